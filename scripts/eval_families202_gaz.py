"""A rural gas-connection app "Gaz Gert" (lit. "gas to the house"; a fictional gas-distribution
company's free connection programme for private houses): she files for her mother-in-law's house
in Yashkul under a power of attorney. Its API's keys are Kalmyk in Latin letters with Russian
loans for the paperwork: ``nern`` name, ``ovg`` surname, ``utsn`` phone, ``el_bichg`` e-mail,
``nuuts_ug`` password, ``kod`` code, ``torsn_odr`` birth date, ``zayavk`` application (Russian
loan), ``ezn`` owner, ``hadm_ek`` mother-in-law, ``itklt_bichg`` power of attorney (lit. "letter
of trust"), ``haig`` address, ``selan`` village, ``rayon`` district, ``indeks`` post code,
``kadastr`` cadastral number, ``ger`` house, ``ger_kem`` floor area, ``kotel`` boiler, ``truba``
pipe, ``shinjlgn`` site survey, ``bolzr`` appointment, ``zakaz`` order, ``mongn`` amount,
``tolvr`` payment, ``harin_temdg`` signature (lit. "hand mark"), ``lgota`` benefit,
``invalidn`` disability, ``hashanin_kod`` yard gate code, ``pusk`` commissioning, ``schetchik``
meter, ``bichg`` message, ``haah`` search, ``zurg`` photo; ``snils``, ``inn``, ``pasport``
stay Russian. Sign-up with her SNILS and INN, an SMS code, ``/bi``, the application (her
mother-in-law's SNILS, INN, passport, birth date and address), the power of attorney (PDF), a
house photo, the status by application number in the path, the site survey, the pipe's route on
the plot, boilers, a boiler order and its payment, the contract signature, the pensioner's
benefit (disability group), the installation slot (the gate code), a meter reading (gzip),
commissioning with her fix, a message to the fitter, receipts by cookie, a search, an e-mail
change, push and events. No earlier set has a gas connection (a docstring grep for
"gasification", "gas connection" and "boiler" matched nothing; sets 96 and 145 deliver LPG
cylinders, set 158 is biogas)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
from eval_families24_kit import claims, rid
from eval_families202_kit import (
    CADASTRE,
    FATHER_IL,
    GAS_FILE,
    GASCO,
    INN,
    MIR,
    MOTHER_IL,
    PIPE_AT,
    SNILS,
    YASHKUL,
    YASHKUL_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families202_sdk import md_batch, md_pixel, tm_launch
from eval_families202_svc import (
    ck_save,
    ft_eval,
    hj_attach,
    hj_message,
    mk_geocode,
    mk_reverse,
    pg_card,
    pg_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("gazgert", "Gaz Gert", "com.example.gazgert", "2.4.0", "https://api.gazgert.example.net")
IID = "X-GG-Install"
PW = "Yashkul#Gaz51"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
MIL = MOTHER_IL


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, xal=True, **kw)


def gazgert() -> list[Case]:
    rng = random.Random(20221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, utsn=L(E164, TEL), zayavk=L(GAS_FILE, UID)))}
    hla, hlo = fix(YASHKUL_AT, 5)
    status = at_path(case(f, f"{a}/v2/zayavk/{GAS_FILE}/status", headers=_h(rng, **b)),
                     GAS_FILE, UID)
    return [
        case(f, f"{a}/v2/burtkl", headers=_h(rng), body={
            "nern": L(FIRST, NAMEC), "ovg": L(LAST, NAMEC), "utsn": L(E164, TEL),
            "el_bichg": L(EMAIL, MAIL), "nuuts_ug": L(PW, CRED), "snils": L(SNILS, NID),
            "inn": L(INN, NID), "soglasie_pd": True}),
        case(f, f"{a}/v2/orh/sms", fmt="form", headers=_h(rng), body={
            "utsn": L(E164, TEL), "kod": L("508213", CRED)}),
        case(f, f"{a}/v2/bi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/zayavk", headers=_h(rng, **b), body={
            "zayavk": L(GAS_FILE, UID), "programm": "social_gas",
            "ezn": {"nern": L(MIL["name"], NAMEC), "torsn_odr": L(MIL["dob"], BIRTH),
                    "snils": L(MIL["snils"], NID), "inn": L(MIL["inn"], NID),
                    "pasport": L(MIL["passport"], NID), "utsn": L(MIL["phone"], TEL)},
            "haig": {"uulnts": L(YASHKUL["line"], ADDR), "selan": L(YASHKUL["town"], COARSE),
                     "rayon": L(YASHKUL["district"], COARSE),
                     "indeks": L(YASHKUL["post"], COARSE)},
            "kadastr": CADASTRE, "ger_kem": 86, "kotel_too": 1,
            "zayavitel": {"nern": L(f"{FIRST} {LAST}", NAMEC), "snils": L(SNILS, NID),
                          "kem": "hadm_ekin bernk"}}),
        multipart(f, f"{a}/v2/zayavk/docs", [
            ("itklt_bichg", "doverennost.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"zayavk": L(GAS_FILE, UID),
                                                "torl": "itklt_bichg"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/zayavk/zurg", [
            ("zurg", "ger_fasad.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {"zayavk": L(GAS_FILE, UID), "tal": "fasad"})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/v2/shinjlgn/bolzr", headers=_h(rng, **b), body={
            "zayavk": L(GAS_FILE, UID), "slot": obj(rng, "sv"), "odr": "2026-03-12",
            "utsn": L(MIL["phone"], TEL),
            "bichg": L("Eej gertn bolkn, bi Elistas irnav", TEXT)}),
        case(f, f"{a}/v2/truba/hazr", headers=_h(rng, **b), body={
            "zayavk": L(GAS_FILE, UID),
            "orlt": {"lat": L(PIPE_AT[0][0], PRECISE), "lon": L(PIPE_AT[0][1], PRECISE)},
            "kotelin_hana": {"lat": L(PIPE_AT[1][0], PRECISE), "lon": L(PIPE_AT[1][1], PRECISE)},
            "magistral": {"lat": 46.17161, "lon": 45.34421}, "urtn_m": 23}),
        case(f, f"{a}/v2/kotels", headers=_h(rng, **b), query={
            "kvt": "24", "torl": "dvukhkonturny", "hulds": "1"}),
        case(f, f"{a}/v2/zakaz", headers=_h(rng, **b), body={
            "zayavk": L(GAS_FILE, UID), "kotel": "kt_ntl24", "un": 48900,
            "zakaz": L("ZK-2026-11842", BUY), "mongn": L(61700, BUY), "montazh": True}),
        case(f, f"{a}/v2/tolvr", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L("ZK-2026-11842", BUY), "mongn": L("61700.00", BUY), "valut": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kartin_suul": L(MIR[-4:], PAY)}),
        multipart(f, f"{a}/v2/dogovor/sign", [
            ("harin_temdg", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("form", None, "application/json", {"zayavk": L(GAS_FILE, UID),
                                                "nern": L(f"{FIRST} {LAST}", NAMEC),
                                                "dogovor": "dg_2026_0357"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lgota", headers=_h(rng, **b), body={
            "zayavk": L(GAS_FILE, UID), "pensioner": True,
            "invalidn": L("2 grupp", f"{SENS}|{MED}"), "snils": L(MIL["snils"], NID)}),
        case(f, f"{a}/v2/montazh", fmt="form", headers=_h(rng, **b), body={
            "zayavk": L(GAS_FILE, UID), "odr": "2026-04-14", "brigad": "br_07",
            "hashanin_kod": L("4471", CRED)}),
        case(f, f"{a}/v2/schetchik", gz=True, headers=_h(rng, **b), body={
            "zayavk": L(GAS_FILE, UID), "schetchik": "SGK-G4-773120", "pokaz": 0.012,
            "odr": "2026-04-14"}),
        case(f, f"{a}/v2/pusk", headers=_h(rng, **b), body={
            "zayavk": L(GAS_FILE, UID), "hazr": {"lat": hla, "lon": hlo},
            "office": {"id": GASCO["id"], "lat": GASCO["lat"], "lon": GASCO["lon"]},
            "kotel_zhuv": True}),
        case(f, f"{a}/v2/bichg", headers=_h(rng, **b), body={
            "to": "fitter_br_07",
            "bichg": L(f"Ochir aav gertn bolkn, {FATHER_IL[1]} utsar zalhtn", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/kvitants", headers=_h(rng, how="none"), cookies={
            "gg_sess": L(opaque(rng, "", 40), CRED), "gg_dev": L(INSTALL_ID, DID),
            "gg_req": rid(rng)}),
        case(f, f"{a}/v2/haah", headers=_h(rng, **b), query={
            "haah": L("kotel 24 kvt dvukhkonturny yashkul", SEARCH)}),
        case(f, f"{a}/v2/el_bichg/kod", fmt="form", headers=_h(rng, **b), body={
            "el_bichg": L(EMAIL, MAIL), "kod": L("771046", CRED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("zayavk_ilgav", 1), ev("screen", 2, screen=L("Truba", USAGE))]}),
    ]


def gazgert_sdks() -> list[Case]:
    rng = random.Random(20222)
    return [
        md_batch(APP, rng, [("Application Filed", {"programme": "social_gas"}),
                            ("Boiler Ordered", {"total": L(61700, BUY)})], locale="ru_RU"),
        md_pixel(APP, rng, "Status Opened", {"step": 4}),
        tm_launch(APP, rng, user=True),
        ft_eval(APP, rng, {"rayon": L("Yashkulsky", COARSE), "programme": "social_gas"},
                hdr=True),
        ps_register(APP, rng, lang="ru", tags={"rayon": L("Yashkulsky", COARSE)}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        pg_card(APP, rng, email=True),
        pg_confirm(APP, rng, "61700.00"),
        mk_geocode(APP, rng, f"{YASHKUL['town']}, {YASHKUL['line']}", ADDR),
        mk_reverse(APP, rng, YASHKUL_AT, PRECISE, nd=5),
        hj_message(APP, rng, L(f"Zayavk {GAS_FILE} ikhrtn zogsv", f"{TEXT}|{UID}"),
                   {"zayavk": L(GAS_FILE, UID)}),
        hj_attach(APP, rng, L(PDF, MEDIA), "doverennost.pdf", "application/pdf"),
    ]
