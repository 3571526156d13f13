"""A shrine-necropolis's visitors' app "Ziyarat" (the family's graves at the Ata-baba necropolis
near Xojeli; her religion: she became a Muslim when she married; its API's keys are Karakalpak
in Latin letters, snake_case, ASCII-folded: ``ati``, ``familiyasi``, ``el_pochta``,
``telefon``, ``parol``, ``tuwilgan_sane``, ``din`` religion, ``mazhab`` school of law,
``musilman_bolgan_sane`` the date she became a Muslim, ``ziyaratshi`` visitor (her register
number), ``jamaat`` congregation, ``mazar`` shrine, ``kenlik`` / ``uzinliq``, ``sapar`` trip,
``orinlar`` seats, ``jolawshilar`` passengers, ``summa``, ``tolem``, ``niyet`` intention,
``qabir`` grave, ``marhum`` the deceased, ``xizmet`` service, ``quran_oqitiw`` a Quran recital
ordered, ``qari`` reciter, ``sadaqa`` alms, ``duwa`` prayer, ``namaz_waqitlari`` prayer times,
``topar`` group, ``fond`` fund, ``suwret`` photo, ``jazba`` caption, ``xabar`` message,
``izlew`` search, ``qurilma``, ``waqiyalar``): sign-up, an OAuth password grant, ``/men``,
shrines near her flat, the trip by bus for the three of them, its payment, the arrival at the
shrine with her fix, a grave search, grave care, a Quran recital for her husband's grandfather,
prayer times, the women's visiting group, alms for the restoration, a photo, a message to the
shaykh, her register entry by number in the path, a receipt by cookie, push and events.
Pilgrimage apps exist (sets 57, 91, 111, 112, 171's Bolgar add-on, a Ugandan martyrs' shrine
walk); a necropolis's family-grave and recital app is new ("necropolis", "mausoleum", "mazar",
"grave care" matched nothing in a docstring grep)."""

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
    GENDER,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families258_kit import (
    DAUGHTER,
    HUSBAND,
    NK_HOME_AT,
    PILGRIM,
    SHRINE,
    SHRINE_FIX,
    fix,
    hd,
    kpush,
)
from eval_families258_sdk import (
    cj_crash,
    cj_crumb,
    es_batch,
    es_identify,
    es_pixel,
    tq_event,
)
from eval_families258_svc import (
    cb_card,
    cb_confirm,
    hj_message,
    jy_save,
    mp_route,
    mp_telemetry,
    pq_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ziyarat", "Ziyarat", "com.example.ziyarat", "1.9.5", "https://api.ziyarat.example.org")
IID = "X-Ziyarat-Qurilma"
PW = "Xojeli#Mazar91"
GRANDFATHER = "Kalimbet Seytniyazov"  # her husband's late grandfather (contact.name)
GRANDMOTHER = "Bibijan Seytniyazova"  # his late grandmother (contact.name)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kaa=True, **kw)


def ziyarat() -> list[Case]:
    rng = random.Random(25821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pochta=L(EMAIL, MAIL), ziyaratshi=L(PILGRIM, UID),
                                    din=L("islam", SENS)))}
    sla, slo = fix(SHRINE_FIX, 4)
    reg = at_path(case(f, f"{a}/api/ziyaratshilar/{PILGRIM}", headers=_h(rng, **b)),
                  PILGRIM, UID)
    kid = f"{DAUGHTER['first']} {DAUGHTER['last']}"
    return [
        case(f, f"{a}/api/dizim", headers=_h(rng), body={
            "ati": L(FIRST, NAMEC), "familiyasi": L(LAST, NAMEC), "el_pochta": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "tuwilgan_sane": L(DOB, BIRTH),
            "din": L("islam", SENS), "mazhab": L("hanafiy", SENS),
            "musilman_bolgan_sane": L("2014-06-20", SENS), "ziyaratshi": L(PILGRIM, UID),
            "jamaat": L("Nukus Orayliq meshiti", SENS)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ziyarat-android"}),
        case(f, f"{a}/api/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/mazarlar/jaqin", headers=_h(rng, **b), query={
            "kenlik": L(f"{NK_HOME_AT[0]:.3f}", PRECISE),
            "uzinliq": L(f"{NK_HOME_AT[1]:.3f}", PRECISE), "km": "40"}),
        case(f, f"{a}/api/mazarlar/{SHRINE['id']}", headers=_h(rng, **b),
             query={"til": "kaa"}),
        case(f, f"{a}/api/saparlar", headers=_h(rng, **b), body={
            "sapar": "sp_juma_0213", "mazar": SHRINE["id"], "sane": "2026-02-13",
            "orinlar": 3, "jolawshilar": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                                          L(kid, NAMEC)],
            "summa": L(90000, BUY), "toqtaw": "Orayliq bazar aldi",
            "ziyaratshi": L(PILGRIM, UID)}),
        case(f, f"{a}/api/tolem", fmt="form", headers=_h(rng, **b), body={
            "sapar": "sp_juma_0213", "summa": L("90000", BUY), "valyuta": "UZS",
            "karta_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/keldim", headers=_h(rng, **b), body={
            "mazar": SHRINE["id"], "orin": {"kenlik": sla, "uzinliq": slo},
            "mazar_orni": {"kenlik": SHRINE["lat"], "uzinliq": SHRINE["lon"]},
            "niyet": L("Ata-babalarimiz ruwxina duwa oqiw", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/qabirler/izlew", headers=_h(rng, **b), query={
            "izlew": L(GRANDFATHER, f"{SEARCH}|{NAMEC}"), "mazar": SHRINE["id"]}),
        case(f, f"{a}/api/qabirler/kutim", headers=_h(rng, **b), body={
            "qabir": "Q-14-227", "marhum": [L(GRANDFATHER, NAMEC), L(GRANDMOTHER, NAMEC)],
            "xizmet": "tazalaw, gul egiw", "summa": L(150000, BUY),
            "ziyaratshi": L(PILGRIM, UID)}),
        case(f, f"{a}/api/quran_oqitiw", headers=_h(rng, **b), body={
            "marhum": L(GRANDFATHER, NAMEC), "quran_oqitiw": L("xatim", SENS),
            "qari": "qr_0071", "sane": "2026-02-20", "sadaqa": L(200000, BUY),
            "duwa": L("Kalimbet atamizdin ruwxi shad bolsin, jayi jannatta bolsin",
                      f"{TEXT}|{SENS}|{NAMEC}")}),
        case(f, f"{a}/api/namaz_waqitlari", headers=_h(rng, **b), query={
            "qala": L("Nukus", COARSE), "mazhab": L("hanafiy", SENS), "sane": "2026-02-13"}),
        case(f, f"{a}/api/toparlar/qosiliw", fmt="form", headers=_h(rng, **b), body={
            "topar": L("hayallar_ziyarat_topari", f"{SENS}|{GENDER}"),
            "ziyaratshi": L(PILGRIM, UID), "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/sadaqa", fmt="form", headers=_h(rng, **b), body={
            "fond": L("mazar_qayta_tiklew", SENS), "summa": L("100000", BUY),
            "valyuta": "UZS", "usil": L(opaque(rng, "pm_", 24), PAY), "anonim": "false"}),
        multipart(f, f"{a}/api/suwretler", [
            ("suwret", "ziyarat.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "albom": "ziyarat-2026",
                "jazba": L("Juma kuni semya menen Ata-baba mazarinda", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/xabarlar", headers=_h(rng, **b), body={
            "kimge": "shayx_mz01",
            "xabar": L("Hurmetli shayx, qizimiz birinshi ret ziyaratqa keledi, hayallar qay "
                       "esikten kiredi?", f"{TEXT}|{SENS}")}),
        lines(f, f"{a}/api/oflayn/sinxron", [
            {"waqiya": "qabir_ziyarati", "ziyaratshi": L(PILGRIM, UID), "qabir": "Q-14-227",
             "kenlik": L(42.394233, PRECISE), "uzinliq": L(59.352018, PRECISE), "t": 1770969600},
            {"waqiya": "duwa_oqildi", "ziyaratshi": L(PILGRIM, UID),
             "tur": L("fatiha", SENS), "t": 1770970200}], headers=_h(rng, **b)),
        reg,
        case(f, f"{a}/api/kvitansiya/songi", headers=_h(rng, how="none"), cookies={
            "zy_sessiya": L(opaque(rng, "", 40), CRED), "zy_qurilma": L(INSTALL_ID, DID),
            "zy_req": rid(rng)}),
        case(f, f"{a}/api/qurilma", headers=_h(rng, **b), body=kpush(push_token(rng))),
        case(f, f"{a}/api/waqiyalar", gz=True, headers=_h(rng, **b), body={
            "paydalaniwshi": L(USER_ID, UID), "waqiyalar": [
                ev("xatim_buyirtpa", 1), ev("ekran", 2, ekran=L("Qabirler", USAGE)),
                ev("sadaqa", 3, fond=L("mazar_qayta_tiklew", SENS))]}),
    ]


def ziyarat_sdks() -> list[Case]:
    rng = random.Random(25822)
    road = [(42.43175, 59.47219), (42.40211, 59.39804)]  # her phone on the road to the shrine
    return [
        es_batch(APP, rng, [("Recital Ordered", {"kind": L("xatim", SENS)}),
                            ("Visit Checked In", {"shrine": SHRINE["id"]})],
                 at=SHRINE_FIX, nd=2, locale="kaa_UZ"),
        es_identify(APP, rng, {"din": L("islam", SENS), "ziyaratshi": L(PILGRIM, UID),
                               "qala": L("Nukus", COARSE)}),
        es_pixel(APP, rng, "Prayer Times Opened", {"day": "2026-02-13"}),
        tq_event(APP, rng, "donation", {"fond": L("mazar_qayta_tiklew", SENS)},
                 revenue=100000.0, currency="UZS"),
        cj_crash(APP, rng, ("java.net.SocketTimeoutException", "api/quran_oqitiw"),
                 [cj_crumb("nav", "Mazar -> Xatim"), cj_crumb("tap", "buyirtpa_beriw")],
                 screen="XatimActivity"),
        pq_register(APP, rng, lang="kaa", at=NK_HOME_AT, nd=2,
                    tags={"din": L("islam", SENS), "topar": L("hayallar", f"{SENS}|{GENDER}")}),
        jy_save(APP, rng, {"analytics": True, "marketing": False}),
        cb_card(APP, rng, email=True),
        cb_confirm(APP, rng, "100000"),
        mp_route(APP, rng, [(NK_HOME_AT, PRECISE), ((SHRINE["lat"], SHRINE["lon"]), None)]),
        mp_telemetry(APP, rng, road, PRECISE),
        hj_message(APP, rng, L("Xatim ushin sadaqa tolemi eki ret alindi", f"{TEXT}|{SENS}"),
                   {"ziyaratshi": L(PILGRIM, UID)}),
    ]
