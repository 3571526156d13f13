"""A Sufi brotherhood's women's zikr-circle app "Zikar Gulam" (Gudermes; the circle of a Qadiri
vird her husband's family belongs to; its API's keys are Chechen in Latin letters: ``tse`` first
name, ``famili`` surname, ``telefon`` phone, ``qayla_dosh`` password (lit. "secret word"),
``vina_de`` birth date, ``yurt`` town, ``kosht`` district, ``mar`` husband, ``vird`` brotherhood,
``murid_terakh`` membership number, ``gulam`` gathering, ``dolu`` present (attendance),
``zikar_kep`` zikr form, ``tasbih`` count, ``sagha`` alms, ``akhcha`` money, ``niyat``
intention, ``lamaz`` prayer, ``shoralla``/``dokhalla`` latitude/longitude, ``dua``
supplication, ``khaam`` message, ``ber`` child, ``lakhar`` search, ``khilamash`` events,
``ghirs`` device, ``kod`` code, ``chuvalar``/``arvalar`` log-in/log-out, ``san`` my): sign-up,
SMS and password log-ins, ``/san``, gatherings near home, attendance with her fix, a protobuf
tasbih sync, alms, prayer times, a supplication request, shrine-visit bus seats, her recitation
for the teacher (audio), a message to the teacher, Amina's Qur'an class, a Mawlid contribution,
the membership by number in the path, a receipt by cookie, a search, push, events and a
log-out. Sets 131, 137, 143 have mosque, sacrifice and waqf apps and set 171 a shrine-visit app;
none is a Sufi zikr circle."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families13_kit import M4A
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families172_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    MURID,
    fix,
    hd,
    obj,
    push,
)
from eval_families172_sdk import al_event, al_launch, ct_crash, ct_crumb, tk_batch, tk_identify
from eval_families172_svc import ap_card, ap_confirm, cv_save, hg_message, mt_route, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zikargulam", "Zikar Gulam", "com.example.zikargulam", "1.8.2",
          "https://api.zikargulam.example.org")
IID = "X-ZG-Ghirs"
PW = "Gudermes*Nur2026"
DOB_RU = "17.05.1991"
VIRD = "Kunta-Khadzhi vird"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ce=True, **kw)


def zikargulam() -> list[Case]:
    rng = random.Random(17211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), murid=L(MURID, UID),
                                    vird=L(VIRD, SENS)))}
    hla, hlo = fix(HALL_FIX)
    lab: dict[str, str] = {}
    sync = pb([(1, L(MURID, UID)), (2, L(1000, SENS)), (3, 1768640400),
               (4, [(1, L(HALL_FIX[0], PRECISE)), (2, L(HALL_FIX[1], PRECISE))]),
               (5, "la_ilaha_illallah")], "", lab)
    card = at_path(case(f, f"{a}/api/murid/{MURID}/tarikh", headers=_h(rng, **b)), MURID, UID)
    return [
        case(f, f"{a}/api/dayazdar", headers=_h(rng), body={
            "tse": L(FIRST, NAMEC), "famili": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "qayla_dosh": L(PW, CRED), "vina_de": L(DOB_RU, BIRTH),
            "yurt": L("Gudermes", COARSE), "kosht": L("Gudermesskiy rayon", COARSE),
            "vird": L(VIRD, SENS), "din": L("islam", SENS), "pol": L("zuda", GENDER),
            "mar": {"tse": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "murid_terakh": L(MURID, UID), "qoblam": True}),
        case(f, f"{a}/api/chuvalar/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("418207", CRED)}),
        case(f, f"{a}/api/chuvalar", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "qayla_dosh": L(PW, CRED), "ghirs": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/san", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/gulamash", headers=_h(rng, **b), query={
            "shoralla": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "dokhalla": L(f"{HOME_AT[1]:.3f}", PRECISE), "vird": L(VIRD, SENS), "zudarin": "1"}),
        case(f, f"{a}/api/gulam/dolu", headers=_h(rng, **b), body={
            "gulam": obj(rng, "gl"), "murid_terakh": L(MURID, UID),
            "mettig": {"shoralla": hla, "dokhalla": hlo, "sizuste_m": 9},
            "zal": {"id": HALL["id"], "shoralla": HALL["lat"], "dokhalla": HALL["lon"]},
            "zikar_kep": L("khalqa, loud zikr", SENS)}),
        raw(f, f"{a}/api/tasbih/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sagha", fmt="form", headers=_h(rng, **b), body={
            "akhcha": L("1500", BUY), "valyuta": "RUB", "metod": L(opaque(rng, "pm_", 24), PAY),
            "niyat": L("Sagha for my father-in-law's recovery after his leg amputation",
                       f"{TEXT}|{SENS}|{MED}"), "fond": L("ziyarat-dzhaamat", SENS)}),
        case(f, f"{a}/api/lamaz/khan", headers=_h(rng, **b), query={
            "shoralla": L(f"{HOME_AT[0]:.2f}", COARSE), "dokhalla": L(f"{HOME_AT[1]:.2f}", COARSE),
            "madhab": L("shafii", SENS), "de": "2026-01-17"}),
        case(f, f"{a}/api/dua", headers=_h(rng, **b), body={
            "yoza": L(f"Please make dua for my mother-in-law {MOTHER_IL[0]}, her kidney "
                      "operation is on Tuesday", f"{TEXT}|{SENS}|{MED}|{NAMEC}"),
            "gush": "ustaza"}),
        case(f, f"{a}/api/ziyarat/mettigash", headers=_h(rng, **b), body={
            "avtobus": "bus_kheda_0124", "mettigash": 2,
            "nakhan": [L(f"{FIRST} {LAST}", NAMEC), L(MOTHER_IL[0], NAMEC)],
            "akhcha": L(1200, BUY), "kkhachin_mettig": "Gudermes vokzal"}),
        multipart(f, f"{a}/api/recitation", [
            ("audio", "vird_day17.m4a", "audio/mp4", L(M4A + b"\x17", MEDIA)),
            ("meta", None, "application/json", {
                "murid_terakh": L(MURID, UID), "dars": L("daily vird, 3rd part", SENS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/khaam", headers=_h(rng, **b), body={
            "gush": "ust_khava",
            "yoza": L("Ustaza Khava, can my sister-in-law Madina Elmurzaeva (+79289930114) "
                      "come to the Thursday zikr?", f"{TEXT}|{SENS}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/ber/quran", headers=_h(rng, **b), body={
            "ber": {"tse": L(DAUGHTER["first"], NAMEC), "famili": L(DAUGHTER["last"], NAMEC),
                    "vina_de": L(DAUGHTER["dob"], BIRTH), "pol": L(DAUGHTER["sex"], GENDER)},
            "dars": L("Qur'an reading for girls, level 1", SENS), "nana": L(MURID, UID)}),
        case(f, f"{a}/api/mavlid/qo", headers=_h(rng, **b), body={
            "mavlid": L("Mawlid an-Nabi 2026", SENS), "akhcha": L(800, BUY),
            "yaay": "zhizhig-galnash", "nakh": 10}),
        card,
        case(f, f"{a}/api/sagha/kvitanciya", headers=_h(rng, how="none"), cookies={
            "zg_sesiya": L(opaque(rng, "", 40), CRED), "zg_ghirs": L(INSTALL_ID, DID),
            "zg_req": rid(rng)}),
        case(f, f"{a}/api/lakhar", headers=_h(rng, **b), query={
            "lakhar": L("women's zikr Thursday Gudermes", f"{SEARCH}|{SENS}"), "agho": "1"}),
        case(f, f"{a}/api/ghirs", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/khilamash", gz=True, headers=_h(rng, **b), body={
            "lelorkho": L(USER_ID, UID), "khilamash": [
                ev("gulam_dolu", 1, vird=L(VIRD, SENS)), ev("sagha", 2, akhcha=L(1500, BUY)),
                ev("ekran", 3, ekran=L("TasbihCounter", USAGE))]}),
        case(f, f"{a}/api/arvalar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ghirs": L(INSTALL_ID, DID)}),
    ]


def zikargulam_sdks() -> list[Case]:
    rng = random.Random(17212)
    return [
        tk_batch(APP, rng, [("Gathering Attended", {"vird": L(VIRD, SENS)}),
                            ("Alms Given", {"amount": L(1500, BUY)})],
                 at=HALL_FIX, nd=2, locale="ce_RU"),
        tk_identify(APP, rng, {"yurt": L("Gudermes", COARSE), "murid": L(MURID, UID),
                               "vird": L(VIRD, SENS)}),
        al_launch(APP, rng, first=True),
        al_event(APP, rng, "donation", {"fond": L("ziyarat-dzhaamat", SENS)}, revenue=1500.0),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "counter service stopped"),
                 [ct_crumb("nav", "Gulamash -> Tasbih"), ct_crumb("tap", "tasbih_plus")],
                 screen="TasbihActivity"),
        ps_register(APP, rng, lang="ce", at=HOME_AT, nd=2,
                    tags={"vird": L(VIRD, SENS), "zudarin_gulam": "thu"}),
        cv_save(APP, rng, {"analytics": True, "marketing": False}),
        ap_card(APP, rng, email=True),
        ap_confirm(APP, rng, "1500.00"),
        mt_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)],
                 mode="walking"),
        hg_message(APP, rng, L("My sagha receipt for the ziyarat fund did not come",
                               f"{TEXT}|{SENS}"), {"murid": L(MURID, UID)}),
    ]
