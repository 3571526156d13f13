"""A Golsar hey'at's app "Sinezan" (a Shia mourning association: Muharram nights, votive food
(nazri) pledged, cooked and handed out; its API's keys are Gilaki in Latin letters, ASCII-folded,
with the genitive before its head as Gilaki has it: ``nam`` name, ``famil`` surname, ``mobail``
mobile, ``ramz`` password, ``tavallode_ruz`` birth date, ``mazhab`` religion, ``ozve_nomre``
member's number, ``shue_nam`` / ``shue_mobail`` husband's name / mobile, ``mahalle`` district,
``nazr`` vow, ``niyat`` intention, ``dig`` cauldron, ``dige_nobat`` cooking shift, ``hamrah``
companion, ``shab`` night, ``majles`` gathering, ``hozur`` attendance, ``zenane_ja`` women's
section seats, ``zak`` child, ``kor`` girl, ``sen`` age, ``daste`` procession, ``mablagh``
amount, ``pardakht`` payment, ``babat`` purpose, ``resid`` receipt, ``gab`` word (a message),
``dua`` prayer, ``jostoju`` search, ``arz`` / ``tul`` latitude / longitude, ``dastgah`` device,
``zaban`` language): registration with her confession, a code log-in, ``/mi``, the nights'
programme, a pledge of sholezard, a cooking shift, attendance with her fix, nazri handed out near
her flat, the payment, women's-section seats for three, a photo of the cauldron, a message naming
her husband with his phone, names of the departed for the prayers, Tara in the children's
procession, an offline hand-out tally (JSON Lines), the pot's shopping list (msgpack), the member
entry by number in the path, a receipt by cookie GET, a search, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families300_kit import (
    DAUGHTER,
    HEYAT,
    HEYAT_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families300_sdk import ab_event, cs_crash, cs_crumb, mv_batch, mv_identify, mv_pixel
from eval_families300_svc import cg_save, hc_message, md_route, pb_card, pb_confirm, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sinezan", "Sinezan", "com.example.sinezan", "3.2.1", "https://api.sinezan.example.com")
IID = "X-Sinezan-Dastgah"
DOB_JALALI = "1370/02/27"  # her birth date in the Solar Hijri calendar (1991-05-17)
REL = SENS  # religion


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fa=True, **kw)


def sinezan() -> list[Case]:
    rng = random.Random(30011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ozve_nomre=L(MEMBER, UID), email=L(EMAIL, MAIL),
                                    heyat=L(HEYAT["name"], REL)))}
    hla, hlo = fix(HEYAT_FIX, 4)
    kid = f"{DAUGHTER['first']} {DAUGHTER['last']}"
    member = at_path(case(f, f"{a}/api/v1/ozv/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    tally = [{"zarf": 40 + 5 * i, "arz": L(f"{HOME_AT[0] + 0.0004 * i:.5f}", PRECISE),
              "tul": L(f"{HOME_AT[1] - 0.0003 * i:.5f}", PRECISE), "saat": f"12:{10 + 7 * i}",
              "ozve_nomre": L(MEMBER, UID)} for i in range(3)]
    return [
        case(f, f"{a}/api/v1/sabtenam", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "famil": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "ramz": L("Golsar#Tasua1404", CRED),
            "tavallode_ruz": L(DOB_JALALI, BIRTH), "mazhab": L("shie esna ashari", REL),
            "mahalle": L(HOME["area"], COARSE), "shahr": L(HOME["town"], COARSE),
            "shue_nam": L(HUSBAND[0], NAMEC), "shue_mobail": L(HUSBAND[1], TEL),
            "ozve_nomre": L(MEMBER, UID), "heyat": L(HEYAT["id"], REL), "ghavanin": True}),
        case(f, f"{a}/api/v1/vorud/kod", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "kod": L("418206", CRED), "dastgah": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/shabha", headers=_h(rng, **b), query={
            "heyat": HEYAT["id"], "mah": "moharram", "sal": "1404", "saf": "1"}),
        case(f, f"{a}/api/v1/nazr", headers=_h(rng, **b), body={
            "nazr": L("sholezard", REL), "dig": 2, "shab": L("tasua", REL),
            "mablagh": L(45000000, BUY), "vahed": "IRR", "ozve_nomre": L(MEMBER, UID),
            "niyat": L("Nazr kudam bara Tara shafa, zemestan tamam nakhosh bu",
                       f"{TEXT}|{REL}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/dige_nobat", headers=_h(rng, **b), body={
            "nobat": obj(rng, "nb"), "shab": L("tasua", REL), "saat": "04:00-08:00",
            "kar": "piyaz poost", "hamrah": L(HUSBAND[0], NAMEC), "nafar": 2}),
        case(f, f"{a}/api/v1/hozur", headers=_h(rng, **b), body={
            "majles": L("rowze", REL), "shab": "1404-04-13", "ja": {"arz": hla, "tul": hlo},
            "heyate_ja": {"arz": HEYAT["lat"], "tul": HEYAT["lon"]},
            "zenane": L(True, "personal.gender")}),
        case(f, f"{a}/api/v1/nazri/tozi", headers=_h(rng, **b), query={
            "arz": L(f"{HOME_AT[0]:.3f}", PRECISE), "tul": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "shoa": "2km", "nazr": L("gheyme", REL)}),
        case(f, f"{a}/api/v1/pardakht", fmt="form", headers=_h(rng, **b), body={
            "mablagh": L("45000000", BUY), "vahed": "IRR", "babat": L("nazriye tasua", REL),
            "kart_akhar": L("4444", PAY), "ravesh": L(opaque(rng, "pm_", 24), PAY),
            "peygiri": rid(rng)}),
        case(f, f"{a}/api/v1/zenane_ja", headers=_h(rng, **b), body={
            "shab": L("ashura", REL), "sandali": 3,
            "nafarat": [L(f"{FIRST} {LAST}", NAMEC), L(MOTHER_IL[0], NAMEC), L(kid, NAMEC)],
            "zak": {"sen": L(8, BIRTH), "kor": L(True, "personal.gender")}}),
        multipart(f, f"{a}/api/v1/aks", [
            ("aks", "dig_sholezard.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {
                "shab": "tasua",
                "gab": L("Ame dige sholezard, saat 6 sob, khoda gabul bukune", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/gab", headers=_h(rng, **b), body={
            "be": "modir_heyat",
            "gab": L(f"Agha Javad, {HUSBAND[0]} ({HUSBAND[1]}) dig-a farda sob avere, "
                     "darb-e posht vakonid", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/dua/rafteqan", headers=_h(rng, **b), body={
            "majles": L("fateha", REL),
            "namha": [L("Hossein Golshani", NAMEC), L("Robabeh Esmaeilpour", NAMEC)],
            "gab": L("Bara shadi-ye ruhe mi shue per va mi shue mar-e mar", f"{TEXT}|{REL}")}),
        case(f, f"{a}/api/v1/daste/zakan", headers=_h(rng, **b), body={
            "daste": L("tiflan-e moharram", REL),
            "zak": {"nam": L(DAUGHTER["first"], NAMEC), "famil": L(DAUGHTER["last"], NAMEC),
                    "tavallode_ruz": L("1396/08/12", BIRTH), "jens": L(DAUGHTER["sex"],
                                                                        "personal.gender")},
            "lebas_size": "8-9", "vali": L(MEMBER, UID),
            "hasasiyat": L("gerdu", MED)}),
        lines(f, f"{a}/api/v1/nazri/shomar", tally, headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/dig/kharid", fmt="msgpack", headers=_h(rng, **b), body={
            "dig": obj(rng, "dg"), "berenj_kilo": 20, "shekar_kilo": 12, "zaferan_gram": 30,
            "mablagh": L(31000000, BUY), "kharidar": L(MEMBER, UID)}),
        member,
        case(f, f"{a}/api/v1/resid/akhari", headers=_h(rng, how="none"), cookies={
            "sz_sid": L(opaque(rng, "", 40), CRED), "sz_dastgah": L(INSTALL_ID, DID),
            "sz_req": rid(rng)}),
        case(f, f"{a}/api/v1/jostoju", headers=_h(rng, **b), query={
            "q": L("rowze zenane panjshanbe shab", SEARCH), "saf": "1"}),
        case(f, f"{a}/api/v1/dastgah", headers=_h(rng, **b), body=push(push_token(rng),
                                                                        lang="fa_IR")),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("nazr_sabt", 1, nazr=L("sholezard", REL)),
                ev("safhe", 2, safhe=L("ShabhayeMoharram", USAGE))]}),
        case(f, f"{a}/api/v1/khoruj", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dastgah": L(INSTALL_ID, DID)}),
    ]


def sinezan_sdks() -> list[Case]:
    rng = random.Random(30012)
    return [
        mv_batch(APP, rng, [("Nazr Pledged", {"kind": L("sholezard", REL)}),
                            ("Majles Attended", {"majles": L("rowze", REL)})],
                 at=HEYAT_FIX, nd=2, locale="fa_IR"),
        mv_identify(APP, rng, {"heyat": L(HEYAT["name"], REL), "ozve_nomre": L(MEMBER, UID),
                               "shahr": L("Rasht", COARSE)}),
        mv_pixel(APP, rng, "Programme Opened", {"shab": "7"}),
        ab_event(APP, rng, "nazr", {"nazr": L("sholezard", REL)}, revenue=45000000.0),
        cs_crash(APP, rng, ("java.net.SocketTimeoutException", "api/v1/pardakht"),
                 [cs_crumb("nav", "Nazr -> Pardakht"), cs_crumb("tap", "pay_button")],
                 screen="PardakhtActivity"),
        ps_register(APP, rng, at=HOME_AT, nd=2, lang="fa",
                    tags={"heyat": L(HEYAT["id"], REL), "zenane": L("1", "personal.gender")}),
        cg_save(APP, rng, {"analytics": True, "marketing": False}),
        pb_card(APP, rng, email=True),
        pb_confirm(APP, rng, "45000000"),
        md_route(APP, rng, [(HOME_AT, PRECISE), ((HEYAT["lat"], HEYAT["lon"]), None)],
                 mode="walking"),
        hc_message(APP, rng, L("Resid-e nazr-e tasua baram naumad", f"{TEXT}|{REL}"),
                   {"ozve_nomre": L(MEMBER, UID)}),
    ]
