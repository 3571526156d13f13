"""A community app of the traditional Chuvash faith "Kelekil" ("house of prayer"; a registered
Cheboksary community of the old faith whose rites are held in a grove outside Kugesi, where her
husband's family comes from: her religion, and the ethnic origin its forms ask for). Its API's
keys are Chuvash in Latin letters, ASCII-folded, with English where real APIs keep it
(``email``, ``password`` in the OAuth grant, ``token``): ``yat``/``khushamat``, ``telefon``,
``varttan_samakh``, ``suralna_kun``, ``khalakh`` nationality (ethnic origin), ``ten`` faith,
``yal`` village, ``upashka`` husband, ``yval`` son, ``pireve`` member number, ``uyav`` feast,
``chuk`` rite, ``parne`` offering, ``patta`` porridge, ``pulashu`` donation, ``fond``,
``asanu`` commemoration, ``vattisem`` ancestors, ``kele`` prayer, ``kelepus`` the prayer leader,
``yura_ushkan`` song group, ``ukerchek``, ``khut`` caption, ``syru``, ``laptak`` seats,
``tulev``/``summa``, ``shyrav``: sign-up, an OAuth password grant, ``/manan``, the calendar, the
Surkhuri rite registration for the family, an offering paid, the ancestors' commemoration, a
prayer request, attendance at the grove with her fix, a rite photo, the song group, a message to
the prayer leader, her member card by number in the path, dues, the bus to the village, the
cooking rota, a search, receipts by cookie GET, push and events. A docstring grep: "old faith",
"traditional faith", "pagan", "sacred grove", "chuvash" nothing; "traditional religion" only
labels inside other kinds (233, 235, 236); churches, mosques and temples are other faiths."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families245_kit import (
    COMMUNITY,
    GROVE,
    GROVE_FIX,
    HOME_AT,
    HUSBAND,
    MEMBER,
    SON,
    fix,
    hd,
    push,
)
from eval_families245_sdk import cy_crash, cy_crumb, ta_event, ts_batch, ts_identify, ts_pixel
from eval_families245_svc import cu_save, hk_message, ms_route, pu_card, pu_confirm, py_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kelekil", "Kelekil", "com.example.kelekil", "1.9.4", "https://api.kelekil.example.org")
IID = "X-Kelekil-Device"
PW = "Surkhuri*2026"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, cv=True, **kw)


def kelekil() -> list[Case]:
    rng = random.Random(24531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pireve=L(MEMBER, UID),
                                    ushkan=L(COMMUNITY["name"], SENS)))}
    gla, glo = fix(GROVE_FIX, 4)
    card = at_path(case(f, f"{a}/v1/pireve/{MEMBER}/karta", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/registratsi", headers=_h(rng), body={
            "yat": L(FIRST, NAMEC), "khushamat": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "varttan_samakh": L(PW, CRED),
            "suralna_kun": L(DOB, BIRTH), "khalakh": L("amerikanka", SENS),
            "ten": L("vattisen yaly", SENS), "yal": L("Kugesi", COARSE),
            "upashka": L(HUSBAND[0], NAMEC), "upashka_khalakhe": L("chavash", SENS),
            "ushkan": L(COMMUNITY["id"], SENS), "pireve": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kelekil-android"}),
        case(f, f"{a}/v1/manan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kalendar", headers=_h(rng, **b), query={
            "ushkan": L(COMMUNITY["id"], SENS), "sul": "2026"}),
        case(f, f"{a}/v1/uyav/surkhuri/registratsi", headers=_h(rng, **b), body={
            "uyav": L("Surkhuri", SENS), "kun": "2026-01-04", "pireve": L(MEMBER, UID),
            "khutshanakansem": [{"yat": L(f"{FIRST} {LAST}", NAMEC)},
                                {"yat": L(HUSBAND[0], NAMEC)},
                                {"yat": L(KID, NAMEC), "sul": L(8, BIRTH)}],
            "parne": L("patta tata sara", SENS), "khak": L(1500, BUY)}),
        case(f, f"{a}/v1/pulashu", fmt="form", headers=_h(rng, **b), body={
            "fond": L("chuk_surkhuri", SENS), "summa": L("1500", BUY), "valyuta": "RUB",
            "mel": L(opaque(rng, "pm_", 24), PAY), "yatsar": "false"}),
        case(f, f"{a}/v1/asanu", headers=_h(rng, **b), body={
            "tesh": L("kalam_asanu", SENS), "kun": "2026-04-02",
            "vattisem": [L("Pyotr Turkhanov", NAMEC), L("Anna Turkhanova", NAMEC)],
            "pulashu": L(300, BUY)}),
        case(f, f"{a}/v1/kele/yytu", headers=_h(rng, **b), body={
            "text": L("Khunyama Galina syvlakhesh valli kele tavas: unan yun pusame "
                      "yultara, yerne operatsi", f"{TEXT}|{SENS}|{MED}|{NAMEC}"),
            "kurme": "kelepus"}),
        case(f, f"{a}/v1/khutshanu", headers=_h(rng, **b), body={
            "chuk": L("Surkhuri chuke", SENS), "kun": "2026-01-04",
            "vyran": {"lat": gla, "lon": glo},
            "kiremet": {"id": GROVE["id"], "lat": GROVE["lat"], "lon": GROVE["lon"]}}),
        multipart(f, f"{a}/v1/albom/ukerchek", [
            ("ukerchek", "surkhuri.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "albom": "surkhuri-2026",
                "khut": L("Surkhuri chukenche Andreypa Ilem kele yurri yurlaryoh",
                          f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/yura_ushkan", headers=_h(rng, **b), body={
            "pireve": L(MEMBER, UID), "ushkan": L("kele yurrisem", SENS), "sasse": "alto"}),
        case(f, f"{a}/v1/syru", headers=_h(rng, **b), body={
            "kam_valli": "kelepus_01",
            "syru": L("Kelepus pichche, Ilem Surkhuri chukne pervaykhi khut kilet, "
                      "unan kepe khatarlamalla-i?", f"{TEXT}|{SENS}")}),
        card,
        case(f, f"{a}/v1/pireve/tulev", fmt="form", headers=_h(rng, **b), body={
            "pireve": L(MEMBER, UID), "sul": "2026", "summa": L("1200.00", BUY),
            "karta_vessi": L("4444", PAY)}),
        case(f, f"{a}/v1/avtobus", headers=_h(rng, **b), body={
            "reys": "bus_kugesi_0104", "laptak": 3,
            "passazhirsem": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "khak": L(450, BUY), "tapranu": "Cheboksary, ost. Ploshchad Respubliki"}),
        case(f, f"{a}/v1/pesherni/rota", headers=_h(rng, **b), query={
            "pireve": L(MEMBER, UID), "uyav": L("Surkhuri", SENS)}),
        case(f, f"{a}/v1/shyrav", headers=_h(rng, **b), query={
            "shyrav": L("Surkhuri yurrisem tekstpa", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/v1/kvitantsi/yulashki", headers=_h(rng, how="none"), cookies={
            "kk_session": L(opaque(rng, "", 40), CRED), "kk_khater": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        case(f, f"{a}/v1/khater", headers=_h(rng, **b), body=push(push_token(rng), "cv_RU")),
        case(f, f"{a}/v1/pulamsem", gz=True, headers=_h(rng, **b), body={
            "usa_kurakan": L(USER_ID, UID), "pulamsem": [
                ev("rite_registered", 1), ev("screen", 2, screen=L("Kalendar", USAGE)),
                ev("donation", 3, fond=L("chuk_surkhuri", SENS))]}),
    ]


def kelekil_sdks() -> list[Case]:
    rng = random.Random(24532)
    return [
        ts_batch(APP, rng, [("Rite Registered", {"feast": L("Surkhuri", SENS)}),
                            ("Offering Paid", {"amount": L(1500, BUY)})],
                 at=GROVE_FIX, nd=2, locale="cv_RU"),
        ts_identify(APP, rng, {"ushkan": L(COMMUNITY["name"], SENS),
                               "pireve": L(MEMBER, UID), "khula": L("Novocheboksarsk", COARSE)}),
        ts_pixel(APP, rng, "Calendar Opened", {"month": "2026-01"}),
        ta_event(APP, rng, "donation", {"fond": L("chuk_surkhuri", SENS)}, revenue=1500.0),
        cy_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/pulashu"),
                 [cy_crumb("nav", "Kalendar -> Pulashu"), cy_crumb("tap", "tule_button")],
                 screen="PulashuActivity"),
        py_register(APP, rng, lang="cv", at=HOME_AT, nd=2,
                    tags={"ushkan": L("vattisen yaly", SENS), "yura": "alto"}),
        cu_save(APP, rng, {"analytics": True, "marketing": False}),
        pu_card(APP, rng, email=True),
        pu_confirm(APP, rng, "1500.00"),
        ms_route(APP, rng, [(HOME_AT, PRECISE), ((GROVE["lat"], GROVE["lon"]), None)]),
        hk_message(APP, rng, L("Pulashu kvitantsi kilmerch", TEXT), {"pireve": L(MEMBER, UID)}),
    ]

