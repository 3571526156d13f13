"""Japanese convenience-store app "Hoshimart" (its API's keys are romaji; she is on a three-month
posting in Tokyo) with a member card and barcode payment: sign-up, a log-in and an SMS check,
``/watashi`` with a JWT, her Tokyo address, stores nearby, a store by ID in the path, a barcode
payment at the till (her fix), a top-up from her bank, a checkout in msgpack, a receipt by number
in the path, an age check for alcohol with her residence card, coupons, a search, a pre-order, a
parcel sent to a friend in Osaka, a photo print, a review, an inquiry, push, events and the points
by a cookie GET."""

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
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families45_kit import (
    JAN,
    JP_HOME,
    JP_HOME_AT,
    KAIIN,
    NAMAE_KANA,
    SEINENGAPPI,
    TENPO,
    TENPO_FIX,
    fix,
    obj,
)
from eval_families45_sdk import ar_event, ar_link, bm_bid, fk_crash, fk_crumb, ls_batch, ls_identify
from eval_families45_svc import ak_message, fb_eval, pf_geocode, ph_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("hoshimart", "Hoshimart", "com.example.hoshimart", "8.2.1",
          "https://api.hoshimart.example.com")
IID = "X-HM-Tanmatsu-Id"
PW = "Sakura!Aoyama88"
RESHIITO = "R-0874-20251210-0415"  # a receipt's number (financial.purchase)
ZAIRYU = "UH48201377JA"  # her residence card's number (personal.national_id)
FRIEND_JP = ("田中 愛子", "大阪府大阪市北区梅田1-3-7 梅田ハイム 1105", "530-0001", "090-5555-0123")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("ja-JP,ja;q=0.9,en-US;q=0.7", DEV)
    return h


def hoshimart() -> list[Case]:
    rng = random.Random(4511)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, kaiin=L(KAIIN, UID), meru=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    tla, tlo = fix(TENPO_FIX)
    hla, hlo = fix(JP_HOME_AT, 5)
    tx = obj(rng, "tx", 12)
    store = case(f, f"{a}/v3/tenpo/{TENPO['tenpo_id']}", headers=_h(rng, how="none"),
                 cookies={"hm_sess": L(opaque(rng, "", 40), CRED),
                          "hm_tanmatsu": L(INSTALL_ID, DID)})
    receipt = at_path(case(f, f"{a}/v3/reshiito/{RESHIITO}", headers=_h(rng, **b)), RESHIITO, BUY)
    return [
        case(f, f"{a}/v3/kaiin/touroku", headers=_h(rng), body={
            "namae": L(NAME, NAMEC), "namae_kana": L(NAMAE_KANA, NAMEC),
            "meru_adoresu": L(EMAIL, MAIL), "pasuwado": L(PW, CRED), "denwa_bango": L(E164, TEL),
            "seinengappi": L(SEINENGAPPI, BIRTH), "seibetsu": L("josei", GENDER),
            "yubin_bango": L(JP_HOME["yubin_bango"], COARSE), "kaiin_bango": L(KAIIN, UID),
            "merumaga": False, "riyou_kiyaku": "v12"}),
        case(f, f"{a}/v3/auth/roguin", fmt="form", headers=_h(rng), body={
            "meru_adoresu": L(EMAIL_UPPER, MAIL), "pasuwado": L(PW, CRED), "jidou": "1"}),
        case(f, f"{a}/v3/auth/sms/kakunin", fmt="form", headers=_h(rng), body={
            "denwa_bango": L(E164, TEL), "ninsho_kodo": L("482913", CRED)}),
        case(f, f"{a}/v3/watashi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/kaiin/jusho", headers=_h(rng, **b), body={
            "yubin_bango": L(JP_HOME["yubin_bango"], COARSE),
            "todofuken": L(JP_HOME["todofuken"], COARSE),
            "shikuchoson": L(JP_HOME["shikuchoson"], COARSE),
            "jusho1": L(JP_HOME["jusho1"], ADDR), "jusho2": L(JP_HOME["jusho2"], ADDR),
            "ido": hla, "keido": hlo}),
        case(f, f"{a}/v3/tenpo/kinrin", headers=_h(rng, **b), query={
            "ido": L(f"{JP_HOME_AT[0]:.3f}", PRECISE), "keido": L(f"{JP_HOME_AT[1]:.3f}", PRECISE),
            "hankei": "800", "sabisu": "atm,takuhai,print"}),
        store,
        case(f, f"{a}/v3/pay/barcode", headers=_h(rng, **b), body={
            "kaiin_bango": L(KAIIN, UID), "kessai_kodo": L("2847 1190 3318 5520 61", PAY),
            "tenpo_id": TENPO["tenpo_id"], "ichi": {"ido": tla, "keido": tlo, "seido": 9},
            "tenpo_ichi": {"ido": TENPO["ido"], "keido": TENPO["keido"]}, "yuko_byo": 300}),
        case(f, f"{a}/v3/pay/chaaji", fmt="form", headers=_h(rng, **b), body={
            "kingaku": L("5000", BUY), "ginko_kodo": "0005", "kouza_shimo4": L("7731", PAY),
            "pay_pin": L("5821", CRED), "tsuka": "JPY"}),
        case(f, f"{a}/v3/pay/kessai", fmt="msgpack", headers=_h(rng, **b), body={
            "torihiki": tx, "kaiin": L(KAIIN, UID), "tenpo": TENPO["tenpo_id"],
            "shohin": [{"jan": j, "kosu": 1, "tanka": p}
                       for j, p in zip(JAN, (162, 248, 130, 540), strict=True)],
            "goukei": L(1080, BUY), "pointo_riyou": 100, "shiharai": L(980, BUY)}),
        receipt,
        multipart(f, f"{a}/v3/nenrei/kakunin", [
            ("kado", "zairyu_kado.jpg", "image/jpeg", L(JPEG + b"\x45", f"{MEDIA}|{NATID}")),
            ("deta", None, "application/json", {
                "kado_bango": L(ZAIRYU, NATID), "seinengappi": L(SEINENGAPPI, BIRTH),
                "hatachi_ijo": L(True, BIRTH), "torihiki": tx})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/kuupon", headers=_h(rng, **b), query={
            "kaiin_bango": L(KAIIN, UID), "tenpo": TENPO["tenpo_id"], "peeji": "1"}),
        case(f, f"{a}/v3/kuupon/riyou", fmt="form", headers=_h(rng, **b), body={
            "kuupon_id": "cpn_88120", "kaiin_bango": L(KAIIN, UID), "torihiki": tx}),
        case(f, f"{a}/v3/kensaku", headers=_h(rng, **b), body={
            "kiiwaado": L("鮭おにぎり 低糖質", SEARCH), "tenpo": TENPO["tenpo_id"],
            "sort": "ninki"}),
        case(f, f"{a}/v3/yoyaku", headers=_h(rng, **b), body={
            "shohin": "xmas_cake_18cm", "kosu": 1, "kingaku": L(3980, BUY),
            "chuumon_bango": L("YK-25-0874-3312", BUY), "uketori_tenpo": TENPO["tenpo_id"],
            "uketori_bi": "2025-12-24", "namae": L(NAMAE_KANA, NAMEC), "denwa": L(E164, TEL)}),
        case(f, f"{a}/v3/takuhai", headers=_h(rng, **b), body={
            "okurisaki": {"namae": L(FRIEND_JP[0], NAMEC), "jusho": L(FRIEND_JP[1], ADDR),
                          "yubin_bango": L(FRIEND_JP[2], COARSE), "denwa": L(FRIEND_JP[3], TEL)},
            "irainin": {"namae": L(NAME, NAMEC), "jusho": L(JP_HOME["jusho1"], ADDR),
                        "yubin_bango": L(JP_HOME["yubin_bango"], COARSE)},
            "naiyou": L("お菓子 (チョコレート)", TEXT), "ryokin": L(1160, BUY), "saizu": 60}),
        multipart(f, f"{a}/v3/purinto", [
            ("shashin", "IMG_2291.jpg", "image/jpeg", L(JPEG + b"\x46", MEDIA)),
            ("settei", None, "application/json", {"saizu": "L", "maisu": 2, "karaa": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/rebyuu", fmt="form", headers=_h(rng, **b), body={
            "jan": JAN[1], "hoshi": "5", "komento": L("肉まんが最高。毎朝買っています", TEXT)}),
        case(f, f"{a}/v3/otoiawase", headers=_h(rng, **b), body={
            "kaiin_bango": L(KAIIN, UID), "shubetsu": "kessai",
            "naiyou": L(f"レシート {RESHIITO} の金額が二重に引き落とされています",
                        f"{TEXT}|{BUY}"), "renraku_saki": L(EMAIL, MAIL)}),
        case(f, f"{a}/v3/tanmatsu/push", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "tanmatsu_id": L(INSTALL_ID, DID),
            "gengo": L("ja_JP", DEV), "taimuzon": L("Asia/Tokyo", DEV),
            "kishu": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v3/ibento", gz=True, headers=_h(rng, **b), body={
            "riyousha": L(USER_ID, UID), "ibento": [
                ev("barcode_hyouji", 1), ev("kessai_kanryou", 2, goukei=L(980, BUY)),
                ev("gamen", 3, gamen=L("KuuponIchiran", USAGE))]}),
        case(f, f"{a}/v3/pointo", headers=_h(rng, how="upper"),
             cookies={"hm_sess": L(opaque(rng, "", 40), CRED), "hm_req": rid(rng)}),
    ]


def hoshimart_sdks() -> list[Case]:
    rng = random.Random(4512)
    link = U("https://hoshimart.example.com/l/kuupon", {"c": "XMAS500", "kaiin": L(KAIIN, UID),
                                                        "utm_source": "line"})
    return [
        ls_batch(APP, rng, [("Barcode Payment", {"amount": L(980, BUY), "items": 4}),
                            ("Search", {"query": L("鮭おにぎり 低糖質", SEARCH)})],
                 at=TENPO_FIX, nd=2, tz="Asia/Tokyo", locale="ja-JP"),
        ls_identify(APP, rng, {"prefecture": L("東京都", COARSE), "member": L(KAIIN, UID),
                               "gender": L("female", GENDER), "lang": L("ja", DEV)}),
        ar_event(APP, rng, "purchase", {"order": L("YK-25-0874-3312", BUY)}, revenue=3980.0,
                 currency="JPY", hashed=True),
        ar_link(APP, rng, link),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=JP_HOME_AT, nd=3, country="JPN"),
        fk_crash(APP, rng, ("java.lang.IllegalStateException", "barcode renderer detached"),
                 [fk_crumb("nav", "Home -> Barcode"),
                  fk_crumb("net", "POST", {"url": f"{APP.api}/v3/pay/barcode", "status": 200})],
                 screen="BarcodeActivity", tz="Asia/Tokyo"),
        ph_register(APP, rng, tz="Asia/Tokyo", lang="ja", at=JP_HOME_AT, nd=2,
                    tags={"todofuken": L("東京都", COARSE)}),
        fb_eval(APP, rng, {"region": L("JP-13", COARSE)}, hdr=True),
        pf_geocode(APP, rng, "南青山3-8-12", ADDR, near=JP_HOME_AT, nd=3, lang="ja"),
        ak_message(APP, rng, L("二重決済の返金はいつになりますか", f"{TEXT}|{BUY}"),
                   {"receipt": L(RESHIITO, BUY)}),
    ]
