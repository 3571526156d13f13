"""Occupational clinic app "Shumbra Knizhka" (Saransk; her personal sanitary medical book, which
a teacher in Russia must keep: the periodic examination, the lab tests, the vaccinations, the
lung X-ray and a hygiene test; camelCase keys, Erzya words with Russian loans as the clinic's
developer writes them: ``lem`` name, ``familiya`` surname, ``telefon``, ``chachomaChi`` birth
date, ``pol`` sex, ``tevtarka`` workplace, ``knizhka`` the book, ``ormat`` illnesses,
``lekarstvat`` medicines, ``analizt`` tests, ``privivkat`` vaccinations, ``vrach`` doctor,
``shka`` time, ``chi`` day, ``pandoma`` payment, ``syorma`` message, ``veshnema`` search,
``kinen`` to whom): sign-up (residence permit, SNILS), an SMS code, ``/mon``, the health
questionnaire (gzip), the book, the examination booked with its specialists, the payment, a
check-in, the lung X-ray PDF, results, the lab panel (protobuf), vaccinations (msgpack), a message
to the doctor, the hygiene test, the book's PDF by number in the path, sharing with her employer,
a sick note, a search, a receipt by cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
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
from eval_families277_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    EMPLOYER,
    MEDBOOK,
    RESIDENCE,
    SNILS,
    SR_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families277_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families277_svc import cl_confirm, cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("shumbra", "Shumbra Knizhka", "com.example.shumbraknizhka", "3.0.7",
          "https://api.shumbraknizhka.example.net")
IID = "X-SK-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def shumbra() -> list[Case]:
    rng = random.Random(27721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), knizhka=L(MEDBOOK, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    panel = pb([(1, L(MEDBOOK, MED)), (2, 1768435200),
                (3, [(1, "kishechnaya_gruppa"), (2, L("otritsatelno", MED))]),
                (4, [(1, "gelminty"), (2, L("ne obnaruzheny", MED))]),
                (5, [(1, "sifilis_rmp"), (2, L("otritsatelno", MED))]), (6, "lab_07")], "", lab)
    book = at_path(case(f, f"{a}/v2/knizhka/{MEDBOOK}/pdf", headers=_h(rng, **b)), MEDBOOK, MED)
    return [
        case(f, f"{a}/v2/patsient", headers=_h(rng), body={
            "lem": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "chachomaChi": L(DOB, BIRTH), "pol": L("ava", GENDER),
            "vidNaZhitelstvo": L(RESIDENCE, NID), "snils": L(SNILS, NID),
            "tevtarka": {"lem": EMPLOYER["name"], "inn": EMPLOYER["inn"]},
            "dolzhnost": "tonavtytsya", "knizhka": L(MEDBOOK, MED)}),
        case(f, f"{a}/v2/sms/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("350918", CRED)}),
        case(f, f"{a}/v2/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/anketa", gz=True, headers=_h(rng, **b), body={
            "knizhka": L(MEDBOOK, MED), "ormat": [L("bronkhialnaya astma", MED)],
            "lekarstvat": [L("salbutamol 100 mkg", MED)], "allergiya": L("penitsillin", MED),
            "beremennost": L(False, MED), "kurit": L(False, MED), "tuberkulez": L(False, MED)}),
        case(f, f"{a}/v2/knizhka", headers=_h(rng, **b), query={"numer": L(MEDBOOK, MED)}),
        case(f, f"{a}/v2/zapis", headers=_h(rng, **b), body={
            "knizhka": L(MEDBOOK, MED), "klinika": CLINIC["id"], "chi": "2026-01-19",
            "shka": "08:30", "vrachtne": [L("terapevt", MED), L("dermatovenerolog", MED),
                                          L("stomatolog", MED), L("otorinolaringolog", MED)],
            "tip": L("periodicheskiy osmotr", MED), "kabinet": "214"}),
        case(f, f"{a}/v2/pandoma", fmt="form", headers=_h(rng, **b), body={
            "summa": L("2850.00", BUY), "valyuta": "RUB", "knizhka": L(MEDBOOK, MED),
            "metod": L(opaque(rng, "pm_", 24), PAY), "chek": L("CH-0118-5521", BUY)}),
        case(f, f"{a}/v2/kiyak", headers=_h(rng, **b), body={
            "zapis": obj(rng, "zp"), "tarka": {"lat": cla, "lng": clo},
            "klinika": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        multipart(f, f"{a}/v2/fluorografiya", [
            ("snimka", "fluoro_2026.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"knizhka": L(MEDBOOK, MED),
                                                "rezultat": L("bez patologii", MED),
                                                "chi": "2026-01-19"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/analizt/rezultat", headers=_h(rng, **b), query={
            "knizhka": L(MEDBOOK, MED), "period": "2026"}),
        raw(f, f"{a}/v2/analizt/panel", panel, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/privivkat", fmt="msgpack", headers=_h(rng, **b), body={
            "knizhka": L(MEDBOOK, MED),
            "privivkat": [{"vaktsina": L("kor", MED), "chi": L("2025-11-02", MED)},
                          {"vaktsina": L("difteriya-stolbnyak ADS-M", MED),
                           "chi": L("2021-03-15", MED)},
                          {"vaktsina": L("gepatit B", MED), "chi": L("2019-09-10", MED)}]}),
        case(f, f"{a}/v2/syorma", headers=_h(rng, **b), body={
            "kinen": {"lem": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "syorma": L("Can I bring my asthma inhaler to the spirometry, or must I stop it a day "
                        "before?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/attestatsiya/test", headers=_h(rng, **b), body={
            "test": "san_min_obraz_v4", "otvety": [2, 1, 4, 3, 1, 2, 2, 4, 1, 3],
            "ball": 9, "knizhka": L(MEDBOOK, MED), "shka_sek": L(412, USAGE)}),
        book,
        case(f, f"{a}/v2/tevtarka/dostup", headers=_h(rng, **b), body={
            "knizhka": L(MEDBOOK, MED), "tevtarka": EMPLOYER["inn"],
            "kadry_email": "kadry@lingvaplus.example.com", "srok": "2027-01-19",
            "razreshenie": True}),
        case(f, f"{a}/v2/bolnichny", headers=_h(rng, **b), body={
            "knizhka": L(MEDBOOK, MED), "orma": L("ORVI", MED), "ot": "2026-02-03",
            "do": "2026-02-09", "temperatura": L(38.2, MED)}),
        case(f, f"{a}/v2/vrachtne", headers=_h(rng, **b), query={
            "veshnema": L("dermatolog subbota utrom", SEARCH), "klinika": CLINIC["id"]}),
        case(f, f"{a}/v2/chek/posledniy", headers=_h(rng, how="none"), cookies={
            "sk_sessiya": L(opaque(rng, "", 40), CRED), "sk_ustroystvo": L(INSTALL_ID, DID),
            "sk_req": rid(rng)}),
        case(f, f"{a}/v2/ustroystvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sessiya": rid(rng), "events": [
                ev("zapis_sozdana", 1), ev("ekran", 2, ekran=L("Knizhka", USAGE))]}),
    ]


def shumbra_sdks() -> list[Case]:
    rng = random.Random(27722)
    return [
        mc_batch(APP, rng, [("Exam Booked", {"specialists": 4}),
                            ("Paid", {"amount": L(2850, BUY)})]),
        mc_queue(APP, rng, [("Result Opened", {"test": L("fluorografiya", MED)}),
                            ("Book Downloaded", {})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"klinika": CLINIC["id"], "program": "sanknizhka"}, hdr=True),
        pt_register(APP, rng, tags={"klinika": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Saransk Occupational Medicine Centre", SEARCH,
                   near=SR_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "analizy_2026.pdf", "application/pdf"),
        cl_confirm(APP, rng, "2850.00"),
    ]
