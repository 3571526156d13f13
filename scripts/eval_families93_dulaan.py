"""Ulaanbaatar ger-district heating-subsidy and e-government app "Dulaan Tusgal": its API's keys
are Mongolian in Latin letters (ner, ovog, utas, hayag, gudamj, hot, shuudangiin_kod,
tursun_ognoo, nuuts_ug, registriin_dugaar, imeil). Registration, log-in with an SMS code, the
profile, her plot's address and point, a subsidy application with her ID card and the stove,
a low-emission stove registration, briquette vouchers, the payout account, an e-signature PIN,
air quality at home, a complaint, services search, status, push, events and a cookie GET."""

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
    DIGITS,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families93_kit import (
    COMPANION,
    KHOROO,
    MN_ACCOUNT,
    OFFICE_UB_AT,
    REG_NO,
    STOVE,
    SUBSIDY_NO,
    UB_CITY,
    UB_HOME,
    UB_HOME_AT,
    UB_POST,
)
from eval_families93_sdk import ac_crash, ac_crumb, md_launch, tx_batch, tx_identify
from eval_families93_svc import gt_geocode, gt_reverse, mp_register, tc_message, tg_eval, zv_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("dulaan", "DulaanTusgal", "org.example.dulaantusgal", "2.9.0",
          "https://api.dulaantusgal.example.org")
IID = "X-Tuhuurumj-Id"
MNLANG = {"Accept-Language": L("mn-MN,mn;q=0.9,en-US;q=0.7", DEV)}


def _h(rng: random.Random, auth: str | None = "bearer", extra: dict[str, Any] | None = None,
       **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, auth=auth, extra={**MNLANG, **(extra or {})}, **kw)


def _hayag(nd: int = 6) -> dict[str, Any]:
    la, lo = fix(UB_HOME_AT, nd)
    return {"hot": L(UB_CITY, COARSE), "duureg": L(UB_HOME["duureg"], COARSE),
            "khoroo": L(UB_HOME["khoroo"], COARSE), "gudamj": L(UB_HOME["gudamj"], ADDR),
            "hashaa": L(UB_HOME["hashaa"], ADDR), "shuudangiin_kod": L(UB_POST, COARSE),
            "orgorog": la, "urtrag": lo}


def dulaan() -> list[Case]:
    rng = random.Random(9301)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, registriin_dugaar=L(REG_NO, NATID),
                                    utas=L(E164, TEL)))}
    app_no = obj(rng, "hus", 10)
    return [
        case(f, f"{a}/api/v2/burtgel", fmt="form", headers=_h(rng, auth=None), body={
            "imeil": L(EMAIL, MAIL), "utas": L(E164, TEL), "nuuts_ug": L("Tsas#Uul2025", CRED),
            "registriin_dugaar": L(REG_NO, NATID), "zuvshuursun": "1"}),
        case(f, f"{a}/api/v2/nevtrekh", headers=_h(rng, auth=None), body={
            "utas": L(DIGITS, TEL), "nuuts_ug": L("Tsas#Uul2025", CRED),
            "tuhuurumj": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/nevtrekh/batalgaajuulakh", fmt="form", headers=_h(rng, auth=None),
             body={"utas": L(E164, TEL), "kod": L("480271", CRED), "session": opaque(rng, "", 16)}),
        case(f, f"{a}/api/v2/bi", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/api/v2/bi/medeelel", headers=_h(rng), body={
            "ovog": L(LAST, NAMEC), "ner": L(FIRST, NAMEC), "tursun_ognoo": L(DOB, BIRTH),
            "huis": L("em", GENDER), "imeil": L(EMAIL_UPPER, MAIL),
            "registriin_dugaar": L(REG_NO, NATID), "irgenshil": "USA"}),
        case(f, f"{a}/api/v2/bi/hayag", headers=_h(rng), body={
            "hayag": _hayag(6), "oron_suuts_turul": "ger", "ezemshil": "tureesiin"}),
        multipart(f, f"{a}/api/v2/tetgemj/huselt", [
            ("huselt", None, "application/json", {
                "huselt_id": app_no, "registriin_dugaar": L(REG_NO, NATID),
                "ner": L(NAME, NAMEC), "hayag": {"gudamj": L(UB_HOME["gudamj"], ADDR),
                                                 "khoroo": L(UB_HOME["khoroo"], COARSE)},
                "ger_bul_too": 1, "zuukh": STOVE["serial"], "tuleg": "shakhmal_tulsh"}),
            ("unemlekh_urd", "id_front.jpg", "image/jpeg",
             L(JPEG + b"\x31", f"{MEDIA}|{NATID}")),
            ("zuukh_zurag", "stove.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA))],
            headers=_h(rng)),
        case(f, f"{a}/api/v2/zuukh/burtgel", headers=_h(rng), body={
            "serial": STOVE["serial"], "model": STOVE["model"], "firmware": STOVE["fw"],
            "suuriluulsan_ognoo": "2025-10-02", "bairlal": {"lat": fix(UB_HOME_AT, 5)[0],
                                                           "lng": fix(UB_HOME_AT, 5)[1]}}),
        case(f, f"{a}/api/v2/tulsh/erkh", fmt="form", headers=_h(rng), body={
            "too_shirheg": "40", "une": L("32000", BUY), "tulbur_turul": "khuvaari",
            "erkh_kod": L("BRQ-7731-0419", BUY)}),
        case(f, f"{a}/api/v2/tetgemj/dans", fmt="form", headers=_h(rng), body={
            "dans": L(MN_ACCOUNT, PAY), "bank": "Tengerbank", "ezemshigch": L(NAME, NAMEC)}),
        case(f, f"{a}/api/v2/tamga/gariin_usug", fmt="form", headers=_h(rng), body={
            "huselt_id": app_no, "pin": L("4417", CRED), "hash": opaque(rng, "", 64)}),
        case(f, f"{a}/api/v2/tetgemj/{SUBSIDY_NO}/tuluv", headers=_h(rng),
             query={"hel": L("mn", DEV)}),
        case(f, f"{a}/api/v2/agaar", headers=_h(rng), query={
            "lat": L(f"{UB_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{UB_HOME_AT[1]:.3f}", PRECISE),
            "pm": "pm25"}),
        case(f, f"{a}/api/v2/agaar/ajil", headers=_h(rng), query={
            "lat": L(f"{OFFICE_UB_AT[0]:.4f}", PRECISE),
            "lng": L(f"{OFFICE_UB_AT[1]:.4f}", PRECISE)}),
        case(f, f"{a}/api/v2/gomdol", headers=_h(rng), body={
            "angilal": "utaa", "tekst": L("Neighbour at 114 burns tyres every night, smoke comes "
                                          "into my ger", TEXT),
            "khoroo": L(UB_HOME["khoroo"], COARSE), "nuuts": True}),
        case(f, f"{a}/api/v2/uilchilgee/khaikh", headers=_h(rng), query={
            "q": L("tsakhilgaan shunu hungulult", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v2/khoroo/chd-17/medeelel", headers=_h(rng),
             query={"utas": KHOROO["utas"], "lat": str(KHOROO["lat"]),
                    "lng": str(KHOROO["lon"])}),
        case(f, f"{a}/api/v2/tsakhilgaan/zaalt", fmt="form", headers=_h(rng), body={
            "tooluur": "EM-0017-22841", "zaalt_shunu": "10482", "zaalt_udur": "22107",
            "ognoo": "2025-12-01"}),
        case(f, f"{a}/api/v2/bichig/jagsaalt", headers=_h(rng, auth=None),
             cookies={"dt_sess": L(opaque(rng, "", 48), CRED), "dt_hel": "mn"}),
        case(f, f"{a}/api/v2/tuhuurumj/push", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "tuhuurumj_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "hel": L("mn_MN", DEV)}),
        case(f, f"{a}/api/v2/uil_yavdal", gz=True, headers=_h(rng), body={
            "hereglegch": L(USER_ID, UID), "events": [
                ev("huselt_ilgeesen", 1), ev("agaar_kharsan", 2, pm25=188),
                ev("delgets", 3, ner=L("TetgemjTuluv", USAGE))]}),
        case(f, f"{a}/api/v2/unelgee", fmt="form", headers=_h(rng), body={
            "od": "4", "setgegdel": L("Application took 5 minutes, my ID photo failed twice",
                                      TEXT)}),
        case(f, f"{a}/api/v2/bi/nuuts_ug", fmt="form", headers=_h(rng), body={
            "huuchin_nuuts_ug": L("Tsas#Uul2025", CRED), "shine_nuuts_ug": L("Khar#Us2026", CRED)}),
        case(f, f"{a}/api/v2/ger_bul", headers=_h(rng), body={
            "gishuud": [{"ner": L(COMPANION[0], NAMEC), "utas": L(COMPANION[1], TEL),
                         "khamaaral": "naiz", "tursun_on": L(1988, BIRTH)}],
            "hayag": {"gudamj": L(UB_HOME["gudamj"], ADDR), "hot": L(UB_CITY, COARSE)}}),
        case(f, f"{a}/api/v2/tetgemj/tulbur", headers=_h(rng), body={
            "huselt_id": app_no, "dun": 96000, "sar": "2025-12", "dans_suuliin4": L("6789", PAY)}),
    ]


def dulaan_sdks() -> list[Case]:
    rng = random.Random(9302)
    return [
        tx_batch(APP, rng, [("Subsidy Applied", {"stove": "ulzii4"}),
                            ("Screen Viewed", {"screen": L("AirQuality", USAGE)})],
                 at=UB_HOME_AT, nd=2, lang="mn_MN"),
        tx_identify(APP, rng, {"khoroo": L(UB_HOME["khoroo"], COARSE),
                               "hot": L(UB_CITY, COARSE), "imeil": L(EMAIL, MAIL)}),
        md_launch(APP, rng, first=True),
        ac_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [ac_crumb("nav", "Huselt -> Zurag"),
                  ac_crumb("net", "POST /api/v2/tetgemj/huselt", {"status": 413})],
                 screen="HuseltActivity"),
        tg_eval(APP, rng, {"duureg": L(UB_HOME["duureg"], COARSE), "gerDistrict": True}),
        mp_register(APP, rng, tags={"khoroo": L("17", COARSE), "tetgemj": "active"}),
        zv_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        gt_geocode(APP, rng, UB_HOME["gudamj"] + " " + UB_HOME["hashaa"], ADDR,
                   near=(47.95, 106.90), nd=2),
        gt_reverse(APP, rng, UB_HOME_AT, PRECISE, nd=5),
        tc_message(APP, rng, L("My subsidy status says pending since October, registration "
                               + REG_NO, f"{TEXT}|{NATID}"), {"huselt": SUBSIDY_NO}),
    ]
