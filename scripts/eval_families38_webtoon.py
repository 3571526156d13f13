"""Webtoon and comics reader "Panelbom", whose API's keys are romanised Korean (she reads in Seoul
for a semester): sign-up (``imeil``, ``bimilbeonho``, ``nikneim``, ``saengnyeonwolil``), a log-in,
``/nae-jeongbo`` with a JWT, the adult check with her alien registration card, reading history, a
search in Hangul, a comment, likes in msgpack, coins bought on Play, an episode unlocked, a tip to
a creator, a shipping address at her dorm and a merch order, pop-up stores near her, the region
check while roaming, fan art, a translation report, settings, a password change, the daily
attendance, push, events and the bookshelf by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families38_kit import ARC, DORM, DORM_AT, MEMBER_PB, NET, NICK, POPUP, TITLES, obj
from eval_families38_sdk import (
    ab_event,
    ab_link,
    bh_bid,
    bh_win,
    ff_crash,
    ff_crumb,
    sw_batch,
    sw_queue,
)
from eval_families38_svc import as_save, hc_message, mq_geocode
from eval_payloads import EMAIL, INSTALL_ID, PUBLIC_IP, Case, J, L, U, W, case

APP = App("panelbom", "Panelbom", "com.example.panelbom", "6.3.1",
          "https://api.panelbom.example.com")
IID = "X-Pb-Gigi"
PW = "Hangang-Night-31"
SEOUL = "Asia/Seoul"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-US,en;q=0.9,ko-KR;q=0.8", DEV)
    return h


def panelbom() -> list[Case]:
    rng = random.Random(3831)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, hoewon_beonho=L(MEMBER_PB, UID),
                                    nikneim=L(NICK, UID), seongin=True))}
    b = {"auth": "bearer"}
    (t1, n1), (t2, _), (t3, _) = TITLES
    return [
        case(f, f"{a}/v6/hoewon/gaip", headers=_h(rng), body={
            "imeil": L(EMAIL, MAIL), "bimilbeonho": L(PW, CRED), "nikneim": L(NICK, UID),
            "saengnyeonwolil": L("19910517", BIRTH), "seongbyeol": L("yeoseong", GENDER),
            "gukjeok": "US", "yakgwan_dongui": True, "gwanggo_suisin_dongui": False}),
        case(f, f"{a}/v6/rogeuin", fmt="form", headers=_h(rng), body={
            "imeil": L(EMAIL_UPPER, MAIL), "bimilbeonho": L(PW, CRED),
            "gigi_id": L(INSTALL_ID, DID), "jadong_rogeuin": "Y"}),
        case(f, f"{a}/v6/nae-jeongbo", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v6/seongin-injeung", [
            ("sajin", "arc_front.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{NATID}")),
            ("jeongbo", None, "application/json", {
                "sinbunjeung_jongnyu": "oegugin_deungnokjeung",
                "oegugin_deungnok_beonho": L(ARC, NATID), "ireum": L("DOE JANE", NAMEC),
                "saengnyeonwolil": L("1991.05.17", BIRTH), "balgeup_ilja": "2025.09.02"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v6/ikgi-girok", headers=_h(rng, **b), body={
            "hoewon_beonho": L(MEMBER_PB, UID), "girok": [
                {"jakpum_id": t1, "hoecha": 48, "jinhaengnyul": 100,
                 "ikeun_sigan_cho": L(412, USAGE)},
                {"jakpum_id": t2, "hoecha": 7, "jinhaengnyul": 63,
                 "ikeun_sigan_cho": L(188, USAGE)}]}),
        case(f, f"{a}/v6/geomsaek", headers=_h(rng, **b), query={
            "geomsaeeo": L("달빛 세입자", SEARCH), "jeongnyeol": "ingi", "peiji": "1"}),
        case(f, f"{a}/v6/jakpum/{t1}/hoecha/48/daetgeul", headers=_h(rng, **b), body={
            "naeyong": L("As a queer reader far from home this chapter hit hard. Thank you, "
                         "jakga-nim", f"{TEXT}|{SENS}"), "seupoilleo": False,
            "nikneim": L(NICK, UID)}),
        case(f, f"{a}/v6/joayo", fmt="msgpack", headers=_h(rng, **b), body={
            "hoewon": L(MEMBER_PB, UID), "jakpum_id": t1, "hoecha": 48, "joayo": True,
            "gigi": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v6/koin/gumae", headers=_h(rng, **b), body={
            "sangpum_id": L("pb_coin_55", BUY), "jumun_beonho": L("GPA.3318-4471-2290-61844", BUY),
            "gumae_tokeun": L(play_token(rng), BUY), "geumaek": L(5500, BUY), "tonghwa": "KRW"}),
        case(f, f"{a}/v6/jakpum/{t3}/hoecha/12/yeolgi", headers=_h(rng, **b), body={
            "sayong_koin": L(3, BUY), "daegi_muryo": False, "jango_koin": 52}),
        case(f, f"{a}/v6/huwon", fmt="form", headers=_h(rng, **b), body={
            "jakga_id": "ak_30918", "koin": L("50", BUY),
            "mesiji": L(f"Thank you for {n1}! Reading it every Friday night", TEXT)}),
        case(f, f"{a}/v6/baesongji", headers=_h(rng, **b), body={
            "suchwiin": L("Jane Doe", NAMEC), "yeollakcheo": L(E164, TEL),
            "upyeon_beonho": L(DORM["upyeon"], COARSE), "juso": L(DORM["juso"], ADDR),
            "sangse_juso": L(DORM["sangse"], ADDR),
            "baesong_memo": L("Please leave it at the dorm front desk", TEXT), "gibon": True}),
        case(f, f"{a}/v6/gutjeu/jumun", headers=_h(rng, **b), body={
            "jumun_beonho": L("PB-GD-251209-0417", BUY), "sangpum": [
                {"id": "gd_acryl_2041", "suryang": 1}, {"id": "gd_post_0771", "suryang": 2}],
            "chong_geumaek": L(38000, BUY), "gyeolje_sudan": L(opaque(rng, "pm_", 24), PAY),
            "suryeong": {"jeom": POPUP["id"], "ireum": POPUP["name"], "wido": POPUP["lat"],
                         "gyeongdo": POPUP["lon"]}}),
        case(f, f"{a}/v6/popup/geuncheo", headers=_h(rng, **b), query={
            "wido": L(f"{DORM_AT[0]:.3f}", PRECISE), "gyeongdo": L(f"{DORM_AT[1]:.3f}", PRECISE),
            "banggyeong_km": "5"}),
        case(f, f"{a}/v6/jiyeok-hwagin", headers=_h(rng, **b, extra={"X-Pb-Client": W({
            "gigi": L(INSTALL_ID, DID), "os": L("Android 14", DEV), "app": APP.ver,
            "sigandae": L(SEOUL, DEV)}, "b64json")}), body={
            "ip": L(PUBLIC_IP, IPLOC), "tongsinsa": L(NET["name"], CARRIER),
            "mang_mccmnc": L(NET["mccmnc"], CARRIER), "mang_gukga": L(NET["iso"], CARRIER),
            "usim_gukga": L("us", CARRIER), "rouming": L(True, DEV),
            "sigandae": L(SEOUL, DEV), "vpn": L(False, DEV)}),
        multipart(f, f"{a}/v6/paenateu", [
            ("geurim", "fanart.png", "image/png", L(PNG + b"\x32", MEDIA)),
            ("jeongbo", None, "application/json", {
                "jemok": L("Minji on the rooftop, after ep. 48", TEXT), "jakpum_id": t1,
                "taegeu": ["fanart", "moonlit"]})], headers=_h(rng, **b)),
        case(f, f"{a}/v6/beonyeok-pideubaek", headers=_h(rng, **b), body={
            "jakpum_id": t2, "hoecha": 7, "kkeot": 14,
            "naeyong": L("'Hyung' should stay untranslated in panel 14", TEXT)}),
        case(f, f"{a}/v6/seoljeong", fmt="form", headers=_h(rng, **b), body={
            "ikgi_bangsik": "scroll", "yagan_modeu": "1", "eoneo": L("en", DEV),
            "sigandae": L(SEOUL, DEV)}),
        case(f, f"{a}/v6/bimilbeonho/byeongyeong", fmt="form", headers=_h(rng, **b), body={
            "hyeonjae": L(PW, CRED), "sae": L("Namsan-Tower-08", CRED)}),
        case(f, f"{a}/v6/chulseok", headers=_h(rng, **b), body={
            "hoewon_beonho": L(MEMBER_PB, UID), "nalja": "2025-12-10", "bosang_koin": 1,
            "yeonsok_il": 23}),
        case(f, f"{a}/v6/allim/tokeun", headers=_h(rng, **b), body={
            "pusi_tokeun": L(push_token(rng), DID), "gigi_id": L(INSTALL_ID, DID),
            "modeul": L("Pixel 8", DEV), "os_beojeon": L("14", DEV), "eoneo": L("en", DEV),
            "sigandae": L(SEOUL, DEV)}),
        case(f, f"{a}/v6/ibenteu", gz=True, headers=_h(rng, **b), body={
            "hoewon_beonho": L(MEMBER_PB, UID), "ibenteu": [
                ev("hoecha_ikgi", 1, jakpum=t1, hoecha=48), ev("koin_gumae", 2, koin=55),
                ev("hwamyeon", 3, hwamyeon=L("Seojae", USAGE))]}),
        at_path(case(f, f"{a}/v6/hoewon/{MEMBER_PB}/seojae", headers=_h(rng, how="none"),
                     query={"jeongnyeol": "choegeun"}, cookies={
                         "pb_sess": L(opaque(rng, "", 40), CRED), "pb_gigi": L(INSTALL_ID, DID),
                         "pb_req": obj(rng, "rq", 8)}), MEMBER_PB, UID),
    ]


def panelbom_sdks() -> list[Case]:
    rng = random.Random(3832)
    link = U("https://panelbom.example.com/l/ev", {"jakpum": TITLES[0][0], "hoewon": L(
        MEMBER_PB, UID), "utm_campaign": "friday_drop"})
    return [
        sw_batch(APP, rng, [("Episode Read", {"series": TITLES[0][0], "episode": 48}),
                            ("Coins Bought", {"coins": 55, "krw": L(5500, BUY)})],
                 at=DORM_AT, nd=2, tz=SEOUL, locale="en-KR", carrier=NET["name"]),
        sw_queue(APP, rng, [("Episode Read", {"series": TITLES[1][0], "episode": 7}),
                            ("Offline Download", {"episodes": 3})]),
        ab_event(APP, rng, "coin_purchase", {"pack": "55"}, revenue="5500", currency="KRW"),
        ab_link(APP, rng, link),
        bh_bid(APP, rng, {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920,
                                    "minduration": 5, "maxduration": 30}},
               at=DORM_AT, nd=3, country="KOR", yob=1991, tz_min=540),
        bh_win(APP, rng, "1.12"),
        ff_crash(APP, rng, ("java.lang.OutOfMemoryError", "panel bitmap 1080x41200"),
                 [ff_crumb("Seojae -> Viewer"), ff_crumb(f"GET /v6/jakpum/{TITLES[0][0]}",
                                                         "request", {"status": 200})],
                 screen="ViewerActivity", tz=SEOUL),
        as_save(APP, rng, {"analytics": True, "ads": True, "cross_border": True},
                country="KR", region="KR-11"),
        hc_message(APP, rng, L("My 55 coins did not arrive after paying", TEXT),
                   {"region": L("KR", COARSE)}),
        mq_geocode(APP, rng, "Panelbom pop-up Hongdae", SEARCH, near=DORM_AT, nd=3),
    ]
