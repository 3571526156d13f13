"""Journalists' union app "Kibar Sendika" (``kibare`` news, ``sendika`` union: a fictional
national union of information workers; she is a member as a freelance radio correspondent: her
trade-union membership). Its API's keys are Moore with French loans: ``yuure`` first name,
``sondre`` family name, ``portabl`` mobile, ``password``, ``rogem_raare`` birth date,
``raoa_poaka`` sex, ``pasipoor`` passport, ``kart_presse`` press card, ``medya`` outlet,
``tuumde`` job, ``sendika`` union, ``tigri_neda`` member (lit. person of the gathering),
``zak_soore`` street line, ``tengkasenga`` town, ``kotizasion`` dues (fr. cotisation),
``kiuugu`` month, ``ligdi`` amount, ``yaobre`` payment, ``misiion`` assignment, ``kolg``
check-in, ``ugense`` emergency contact, ``songre`` help, ``tigsgo`` assembly (lit. meeting),
``vot`` vote, ``deklarasion`` statement, ``solidarite`` solidarity fund, ``formasion``
training, ``koeega`` message, ``soolem`` regions, ``baob`` search, ``atestasion`` attestation,
``apare`` device: the membership application (her passport and press card), a log-in,
``/mam``, dues due and paid, the press-card photo renewal, a safety check-in on assignment in
Kaya (6 decimals) with a protobuf beat and a "back safe" (4-decimal strings), a legal-aid request,
assemblies, a strike vote, a press-freedom statement co-signed, a solidarity-fund gift, a
digital-safety training, the member card by member number in the path, a message to the
secretary, region alerts (msgpack), a search, the attestation by cookie, push and events. New:
"journalist", "press card", "newsroom" (only a kit's negative) and "reporter" (symptom and test
reporters only) matched no app of this kind; unions exist as features of payroll apps and as
teachers' unions (sets 110, 125, 181, 217), not a press union."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families218_kit import (
    ASSIGN_FIX,
    HUSBAND,
    MEMBER,
    OUA_HOME,
    PASSPORT,
    PRESS_CARD,
    UNION,
    fix,
    hd,
    obj,
    push,
)
from eval_families218_sdk import ab_launch, cg_crash, cg_crumb, cg_session, st_batch, st_pixel
from eval_families218_svc import (
    cn_check,
    fs_eval,
    hw_message,
    mz_reverse,
    pm_card,
    pm_confirm,
    py_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kibarsendika", "Kibar Sendika", "com.example.kibarsendika", "1.7.4",
          "https://api.kibarsendika.example.org")
IID = "X-KS-Apare"
PW = "Presse!Libre2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def kibarsendika() -> list[Case]:
    rng = random.Random(21861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tigri_neda=L(MEMBER, SENS),
                                    sendika=L(UNION["id"], SENS)))}
    ala, alo = fix(ASSIGN_FIX)
    mission = obj(rng, "ms")
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, SENS)), (2, mission), (3, 1768380000),
               (4, [(1, L(ASSIGN_FIX[0], PRECISE)), (2, L(ASSIGN_FIX[1], PRECISE)),
                    (3, 14.0)]), (5, L(37, DEV))], "", lab)
    card = at_path(case(f, f"{a}/v1/tigri_neda/{MEMBER}/kart", headers=_h(rng, **b)),
                   MEMBER, SENS)
    return [
        case(f, f"{a}/v1/tigri_neda", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "portabl": L(E164, TEL), "password": L(PW, CRED), "rogem_raare": L(DOB, BIRTH),
            "raoa_poaka": L("poaka", GENDER), "pasipoor": L(PASSPORT, NID),
            "kart_presse": L(PRESS_CARD, UID), "medya": "Example Public Radio",
            "tuumde": "correspondante pigiste", "sendika": L(UNION["id"], SENS),
            "tigri_neda": L(MEMBER, SENS), "zak_soore": L(OUA_HOME["line"], ADDR),
            "tengkasenga": L(OUA_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/mam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kotizasion", headers=_h(rng, **b), query={
            "tigri_neda": L(MEMBER, SENS), "yuumde": "2026"}),
        case(f, f"{a}/v1/kotizasion/yaobre", fmt="form", headers=_h(rng, **b), body={
            "tigri_neda": L(MEMBER, SENS), "ligdi": L("12000", BUY), "kiuugu": "2026-01..03",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/kart_presse/renouvel", [
            ("foto", "id_photo.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"kart_presse": L(PRESS_CARD, UID),
                                                "tigri_neda": L(MEMBER, SENS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/misiion/kolg", headers=_h(rng, **b), body={
            "misiion": mission, "tigri_neda": L(MEMBER, SENS),
            "ziiga": {"lat": ala, "lng": alo}, "tengkasenga": L("Kaya", COARSE),
            "ugense": {"yuure": L(HUSBAND[0], NAMEC), "portabl": L(HUSBAND[1], TEL)},
            "return_by": "2026-01-14T18:00"}),
        raw(f, f"{a}/v1/misiion/{mission}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/misiion/{mission}/ok", fmt="form", headers=_h(rng, **b), body={
            "status": "laafi", "lat": L(f"{ASSIGN_FIX[0]:.4f}", PRECISE),
            "lng": L(f"{ASSIGN_FIX[1]:.4f}", PRECISE)}),
        case(f, f"{a}/v1/songre/jiridik", headers=_h(rng, **b), body={
            "tigri_neda": L(MEMBER, SENS),
            "koeega": L("My recorder was taken at a checkpoint near Kaya on 14 January; I need "
                        "the union's lawyer to get it back", f"{TEXT}|{SENS}|{COARSE}")}),
        case(f, f"{a}/v1/tigsgo", headers=_h(rng, **b), query={
            "sendika": UNION["id"], "kiuugu": "2026-02"}),
        case(f, f"{a}/v1/tigsgo/tg_0226/vot", headers=_h(rng, **b), body={
            "tigri_neda": L(MEMBER, SENS), "motion": "mo_grev_48h",
            "vot": L("ee", SENS)}),
        case(f, f"{a}/v1/deklarasion/dc_presse_libre/sign", headers=_h(rng, **b), body={
            "sign_yuure": L(f"{FIRST} {LAST}", NAMEC), "medya": "Example Public Radio",
            "position": L("sign", SENS), "public": True}),
        case(f, f"{a}/v1/solidarite", fmt="form", headers=_h(rng, **b), body={
            "fund": "fd_colleagues", "ligdi": L("10000", BUY), "anonymous": "false",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/formasion/enskripsion", headers=_h(rng, **b), body={
            "formasion": "fm_digital_safety", "tigri_neda": L(MEMBER, SENS),
            "daare": "2026-02-21"}),
        card,
        case(f, f"{a}/v1/koeega", headers=_h(rng, **b), body={
            "reegda": "secretariat",
            "koeega": L("Please send my membership attestation to my editor, I need it for the "
                        "accreditation", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/kibar/alert", fmt="msgpack", headers=_h(rng, **b), body={
            "tigri_neda": L(MEMBER, SENS), "soolem": ["centre-nord", "centre"],
            "gomde": L("en", DEV), "sms": False}),
        case(f, f"{a}/v1/baob", headers=_h(rng, **b), query={
            "q": L("code de l'information article 17 saisie materiel", SEARCH)}),
        case(f, f"{a}/v1/atestasion", headers=_h(rng, how="none"), cookies={
            "ks_sesion": L(opaque(rng, "", 40), CRED), "ks_apare": L(INSTALL_ID, DID),
            "ks_req": rid(rng)}),
        case(f, f"{a}/v1/apare", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/yela", gz=True, headers=_h(rng, **b), body={
            "neda": L(USER_ID, UID), "yela": [
                ev("kotizasion_paid", 1, ligdi=L(12000, BUY)),
                ev("screen", 2, screen=L("MisiionKolg", USAGE))]}),
    ]


def kibarsendika_sdks() -> list[Case]:
    rng = random.Random(21862)
    return [
        st_batch(APP, rng, [("Dues Paid", {"amount": L(12000, BUY)}),
                            ("Check In", {"mission": "field"})], at=ASSIGN_FIX, nd=2),
        st_pixel(APP, rng, "Statement Opened", {"id": "dc_presse_libre"}),
        ab_launch(APP, rng, user=True),
        cg_crash(APP, rng, ("java.net.UnknownHostException", "api.kibarsendika.example.org"),
                 [cg_crumb("nav", "Misiion -> Kolg"), cg_crumb("log", "offline")],
                 screen="KolgActivity"),
        cg_session(APP, rng, secs=274),
        fs_eval(APP, rng, {"sendika": L(UNION["id"], SENS), "role": "member"}, hdr=True),
        py_register(APP, rng, lang="fr", tags={"sendika": L(UNION["id"], SENS),
                                               "alerts": "centre-nord"}),
        cn_check(APP, rng, {"analytics": False}),
        pm_card(APP, rng),
        pm_confirm(APP, rng, "12000"),
        mz_reverse(APP, rng, ASSIGN_FIX, PRECISE, nd=4),
        hw_message(APP, rng, L("My union dues for January to March were charged twice",
                               f"{TEXT}|{SENS}"), {"tigri_neda": L(MEMBER, SENS)}),
    ]
