"""Korean beauty and cosmetics shop "Bomnal Beauty" (its API's keys are Korean in romanisation:
``ireum`` name, ``jeonhwa`` phone, ``juso`` address, ``saengil`` birthday; she lives in Seoul
part of the year): sign-up, SMS verification, a log-in, ``/nae-jeongbo``, the skin profile, a
skin-analysis selfie, a virtual try-on (msgpack), a search, the cart, the delivery address with
her customs code, an order and its tracking by number in the path, a review with a photo, stores
nearby, a wishlist, a daily check-in, a friend referred, a customer inquiry, a membership
purchase, the delivery region, push, events and points by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families43_kit import (
    CUSTOMS_CODE,
    KR_PHONE,
    KR_PHONE_E164,
    ORDER_KR,
    SEOUL_AT,
    SEOUL_HOME,
    SKU,
    STORE_KR,
    obj43,
)
from eval_families43_sdk import (
    bp_bid,
    cb_crumb,
    cb_report,
    io_event,
    io_launch,
    th_batch,
    th_identify,
)
from eval_families43_svc import fs_eval, hm_message, pm_pay, pt_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("bomnal", "BomnalBeauty", "com.example.bomnal", "8.2.1", "https://api.bomnal.example.com")
IID = "X-Bomnal-Gigi"
PW = "Dalbit#Yeonnam25"
SEOUL_TZ = "Asia/Seoul"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("ko-KR,ko;q=0.9,en-US;q=0.8", DEV)
    return h


def bomnal() -> list[Case]:
    rng = random.Random(4311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), hoewon=L(USER_ID, UID)))}
    la, lo = fix(SEOUL_AT, 5)
    friend = PEOPLE[1]
    track = at_path(case(f, f"{a}/v1/jumun/{ORDER_KR}/baesong", headers=_h(rng, **b)),
                    ORDER_KR, BUY)
    return [
        case(f, f"{a}/v1/hoewon/gaip", headers=_h(rng), body={
            "ireum": L(NAME, NAMEC), "imeil": L(EMAIL, MAIL), "jeonhwa": L(KR_PHONE, TEL),
            "saengil": L("19910517", BIRTH), "seongbyeol": L("yeoseong", GENDER),
            "bimilbeonho": L(PW, CRED), "maketing_dongui": True, "yakgwan_beojeon": "2025-07"}),
        case(f, f"{a}/v1/injeung/sms", fmt="form", headers=_h(rng), body={
            "jeonhwa": L(KR_PHONE_E164, TEL), "yongdo": "gaip", "nonce": opaque(rng, "", 16)}),
        case(f, f"{a}/v1/injeung/hwagin", fmt="form", headers=_h(rng), body={
            "jeonhwa": L(KR_PHONE_E164, TEL), "injeung_beonho": L("482913", CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "imeil": L(EMAIL, MAIL), "bimilbeonho": L(PW, CRED), "jadong_login": "Y"}),
        case(f, f"{a}/v1/nae-jeongbo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pibu/jindan", headers=_h(rng, **b), body={
            "pibu_type": "boksung", "pibu_tone": "21N", "gomin": [
                L("yeodurum", MED), L("atopi", MED)], "allereugi": [L("hyangryo", MED)],
            "imsin_jung": L(True, SENS), "nai_dae": L("30dae", BIRTH)}),
        multipart(f, f"{a}/v1/pibu/bunseok", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "face_mesh": L(landmarks(rng, 106), FACE), "jomyeong": "daylight",
                "model": "skinscan-4", "bunseok_id": obj43(rng, "ana")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/makeup/try-on", fmt="msgpack", headers=_h(rng, **b), body={
            "sku": SKU[3], "shade": "#C2185B", "lips": L(landmarks(rng, 20), FACE),
            "frame": 1841, "fps": 30}),
        case(f, f"{a}/v1/geomsaek", headers=_h(rng, **b), query={
            "q": L("달팽이 에센스 민감성", SEARCH), "jeongnyeol": "ingi", "page": "1"}),
        case(f, f"{a}/v1/jangbaguni", headers=_h(rng, **b), body={"items": [
            {"sku": SKU[0], "su": 2, "gagyeok": 18000}, {"sku": SKU[1], "su": 1,
                                                         "gagyeok": 23500}],
            "jangbaguni_id": obj43(rng, "cart")}),
        case(f, f"{a}/v1/baesongji", headers=_h(rng, **b), body={
            "batneun_saram": L(NAME, NAMEC), "jeonhwa": L(KR_PHONE, TEL),
            "juso": L(SEOUL_HOME["juso"], ADDR), "sangse_juso": L(SEOUL_HOME["sangse"], ADDR),
            "upyeonbeonho": L(SEOUL_HOME["upyeon"], COARSE),
            "baesong_memo": L("문 앞에 놓아주세요, 공동현관 비밀번호 1357#", f"{TEXT}|{CRED}"),
            "gaein_tonggwan_buho": L(CUSTOMS_CODE, NATID), "gibon": True}),
        case(f, f"{a}/v1/jumun", headers=_h(rng, **b), body={
            "jumun_beonho": L(ORDER_KR, BUY), "items": [{"sku": SKU[0], "su": 2},
                                                        {"sku": SKU[1], "su": 1}],
            "chong_geumaek": L(59500, BUY), "coupon": "WELCOME10", "point_sayong": L(2000, BUY),
            "gyeolje": "card", "idempotency": opaque(rng, "", 24)}),
        track,
        multipart(f, f"{a}/v1/ribyu", [
            ("photo", "review.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("data", None, "application/json", {
                "sku": SKU[1], "byeoljeom": 4, "jumun_beonho": L(ORDER_KR, BUY),
                "naeyong": L("Gentle on my dry skin, but the scent is strong", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/maejang/geuncheo", headers=_h(rng, **b), body={
            "wido": la, "gyeongdo": lo, "banggyeong_m": 1500}),
        case(f, f"{a}/v1/maejang/{STORE_KR['id']}/pickup", headers=_h(rng, **b), body={
            "maejang": {"ireum": STORE_KR["name"], "juso": STORE_KR["addr"],
                        "jeonhwa": STORE_KR["tel"], "wido": STORE_KR["lat"],
                        "gyeongdo": STORE_KR["lon"]},
            "jumun_beonho": L(ORDER_KR, BUY), "suryeong_ja": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/jjim", headers=_h(rng, **b), body={
            "hoewon_id": L(USER_ID, UID), "sku": SKU[2], "action": "add"}),
        case(f, f"{a}/v1/chingu/chodae", headers=_h(rng, **b), body={
            "chingu_ireum": L(friend[0], NAMEC), "chingu_jeonhwa": L(friend[1], TEL),
            "chodae_code": "BNJANE77"}),
        case(f, f"{a}/v1/cs/munui", headers=_h(rng, **b), body={
            "jumun_beonho": L(ORDER_KR, BUY), "yuhyeong": "product",
            "naeyong": L("The cushion gave me a rash on my cheeks, can I return it?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/membership/play", headers=_h(rng, **b), body={
            "productId": L("bomnal.vip.monthly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3318-4410-2291-77105", BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "gigi_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "eoneo": L("ko_KR", DEV),
            "sigan_dae": L(SEOUL_TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "hoewon_id": L(USER_ID, UID), "events": [
                ev("product_view", 1, sku=SKU[0]), ev("add_to_cart", 2, sku=SKU[1]),
                ev("screen", 3, screen=L("SkinReport", USAGE))]}),
        case(f, f"{a}/v1/point", headers=_h(rng, how="nodash"),
             cookies={"bn_sess": L(opaque(rng, "", 40), CRED), "bn_lang": "ko"}),
    ]


def bomnal_sdks() -> list[Case]:
    rng = random.Random(4312)
    return [
        th_batch(APP, rng, [("Product Viewed", {"sku": SKU[0], "price": 18000}),
                            ("Skin Scan Completed", {"concerns": L(2, USAGE)})],
                 city="Seoul", tz=SEOUL_TZ, locale="ko-KR"),
        th_identify(APP, rng, {"skin_type": "combination", "age_band": L("30-34", BIRTH),
                               "gender": L("female", GENDER), "vip": True}),
        io_launch(APP, rng, first=True, user=False, lang="ko"),
        io_event(APP, rng, "af_purchase", {"order": L(ORDER_KR, BUY), "items": 3},
                 revenue=59500, currency="KRW", hashed=True, lang="ko"),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SEOUL_AT, nd=3,
               ipgeo=("KOR", "11", "Seoul", "03991"), lang="ko", gender="F",
               keywords=L("sensitive skin,atopic dermatitis", MED)),
        cb_report(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                  [cb_crumb("nav", "Home -> SkinScan"), cb_crumb("log", "camera open")],
                  screen="SkinScanActivity", tz=SEOUL_TZ, locale="ko_KR"),
        fs_eval(APP, rng, {"country": L("KR", COARSE), "newCheckout": True}, get=True),
        pt_register(APP, rng, tags={"skin": "combination", "vip": "1"}, at=SEOUL_AT, nd=2,
                    tz=SEOUL_TZ, lang="ko"),
        pm_pay(APP, rng, "59500", currency="krw"),
        hm_message(APP, rng, L("Where is my order? It left the warehouse two days ago", TEXT),
                   {"order": L(ORDER_KR, BUY), "tier": "vip"}),
    ]
