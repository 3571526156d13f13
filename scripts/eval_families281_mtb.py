"""A children's mountain-bike school app "Pedali" (Scuola MTB Alzano, Serio valley: Saturday
trainings, youth races; the son Tommaso rides in the under-11 group and she follows on her own
bike; the child's data). Its API's keys are Lombard, ASCII-folded, snake case: ``genitur``
parent, ``fiol`` son, ``nom``, ``cognom``, ``nassida`` birth date, ``sess`` sex, ``codes_fiscal``
tax code, ``tesera_fci`` federation card, ``email``, ``celular`` mobile, ``ciav`` password,
``certificat`` medical certificate (``scadensa`` expiry), ``salut`` health (``altessa``
height, ``pes`` weight, ``alergie``, ``asma``, ``medesine`` medicines), ``contat_emergensa``
emergency contact, ``quota`` fee, ``import`` amount, ``alenament`` training, ``presense``
attendance, ``assensa`` absence (``motiv`` reason), ``ritir`` pick-up (``persuna``,
``relasiu``), ``posisiu`` position, ``traccia`` track (``punc`` points), ``gara`` race,
``divisa`` kit (``taja`` size, ``nom_so_la_maja`` name on the jersey), ``didascalia``
caption, ``messagg``, ``alenadur`` coach, ``serca`` search, ``aparecc`` device, ``evencc``
events): a log-in, ``/me`` (the son's card in a claim), enrolling Tommaso (tax code, card), the
medical certificate (PDF), the health form (gzip), the fee, trainings, attendance by card number
in the path, an absence (a cold), a pick-up authorisation for his grandfather, a check-in on the
trail, her track (msgpack) and a protobuf beat, a race entry and results, the kit, a photo, a
message to the coach (his inhaler), a calendar by cookie, a search, push and events. Set 248 has
an adult mountain-bike trail park's day passes; this is a children's school with a parent's
account."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families281_kit import (
    BIKE_SCHOOL,
    FATHER_IL,
    SON,
    TRAIL_FIX,
    WIFE,
    fix,
    hd,
    obj,
    push,
)
from eval_families281_sdk import bt_bid, cs_crash, cs_crumb, ms_batch, ms_queue, tp_launch
from eval_families281_svc import (
    co_card,
    co_confirm,
    cp_save,
    fs_eval,
    mp_telemetry,
    po_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pedali", "Pedali", "com.example.pedali", "1.9.5", "https://api.pedali.example.it")
IID = "X-Pedali-Device"
PW = "Seriana-MTB-2026"
NID = "personal.national_id"
BIRTH = "personal.birthdate"
FIT = "health.fitness"
CARD = SON["card"]
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def pedali() -> list[Case]:
    rng = random.Random(28121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fioi=[L(CARD, UID)],
                                    ruolo="genitur"))}
    tla, tlo = fix(TRAIL_FIX, 5)
    ride = obj(rng, "rd")
    lab: dict[str, str] = {}
    beat = pb([(1, L(CARD, UID)), (2, ride), (3, 1775300400),
               (4, [(1, L(TRAIL_FIX[0], PRECISE)), (2, L(TRAIL_FIX[1], PRECISE)), (3, 512.0)]),
               (5, L(48, DEV))], "", lab)
    attendance = at_path(case(f, f"{a}/api/fioi/{CARD}/presense", headers=_h(rng, **b),
                              query={"stagiu": "2026"}), CARD, UID)
    return [
        case(f, f"{a}/api/auth/entrada", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "ciav": L(PW, CRED), "aparecc": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/iscrisiu", headers=_h(rng, **b), body={
            "fiol": {"nom": L(SON["first"], NAMEC), "cognom": L(SON["last"], NAMEC),
                     "nassida": L(SON["dob"], BIRTH), "sess": L(SON["sex"], GENDER),
                     "codes_fiscal": L(SON["cf"], NID), "tesera_fci": L(CARD, UID)},
            "genitur": {"nom": L(f"{FIRST} {LAST}", NAMEC), "celular": L(E164, TEL),
                        "email": L(EMAIL, MAIL)},
            "genitur_2": {"nom": L(WIFE["name"], NAMEC), "celular": L(WIFE["phone"], TEL)},
            "grop": "U11", "scola": BIKE_SCHOOL["id"]}),
        multipart(f, f"{a}/api/certificat", [
            ("certificat", "certificat_tommaso.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"tesera_fci": L(CARD, UID),
                                                "tip": "non agonistic",
                                                "scadensa": "2027-01-20"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/salut", gz=True, headers=_h(rng, **b), body={
            "tesera_fci": L(CARD, UID), "altessa": L(142, FIT), "pes": L(34, FIT),
            "alergie": [L("grass pollen", MED)], "asma": L("mild, spray before effort", MED),
            "medesine": [L("salbutamol inhaler", MED)],
            "contat_emergensa": {"nom": L(WIFE["name"], NAMEC), "celular": L(WIFE["phone"], TEL)}}),
        case(f, f"{a}/api/quota", fmt="form", headers=_h(rng, **b), body={
            "tesera_fci": L(CARD, UID), "stagiu": "2026", "import": L("210.00", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/alenamencc", headers=_h(rng, **b), query={
            "tesera_fci": L(CARD, UID), "mis": "2026-04", "grop": "U11"}),
        attendance,
        case(f, f"{a}/api/assense", headers=_h(rng, **b), body={
            "tesera_fci": L(CARD, UID), "dat": "2026-04-11", "motiv": L("malat", MED),
            "nota": L("Tommaso has a cold and a cough, he stays home this Saturday",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/ritir", headers=_h(rng, **b), body={
            "tesera_fci": L(CARD, UID), "persuna": {"nom": L(FATHER_IL["name"], NAMEC),
                                                    "celular": L(FATHER_IL["phone"], TEL),
                                                    "relasiu": "nono"},
            "de": ["sab"]}),
        case(f, f"{a}/api/alenamencc/{obj(rng, 'al')}/checkin", headers=_h(rng, **b), body={
            "tesera_fci": L(CARD, UID), "posisiu": {"lat": tla, "lng": tlo},
            "base": {"lat": BIKE_SCHOOL["base"][0], "lng": BIKE_SCHOOL["base"][1]}}),
        case(f, f"{a}/api/traccia", fmt="msgpack", headers=_h(rng, **b), body={
            "giro": ride, "utent": L(USER_ID, UID),
            "punc": [{"lat": L(round(TRAIL_FIX[0] + 0.0009 * i, 6), PRECISE),
                      "lng": L(round(TRAIL_FIX[1] + 0.0012 * i, 6), PRECISE),
                      "t": 1775300400 + 240 * i} for i in range(3)],
            "base": {"lat": BIKE_SCHOOL["base"][0], "lng": BIKE_SCHOOL["base"][1]}}),
        raw(f, f"{a}/api/traccia/{ride}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/gare/iscrisiu", headers=_h(rng, **b), body={
            "gara": "coppa_orobie_g5_2026", "tesera_fci": L(CARD, UID), "categoria": "G5",
            "quota": L(12, BUY), "tabela": 214}),
        case(f, f"{a}/api/gare/coppa_orobie_g5_2026/risultacc", headers=_h(rng, **b),
             query={"tesera_fci": L(CARD, UID)}),
        case(f, f"{a}/api/divisa", headers=_h(rng, **b), body={
            "tesera_fci": L(CARD, UID), "taja": "140",
            "articoi": [{"cod": "maja_mtb", "qta": 1}, {"cod": "pantaloncc", "qta": 1}],
            "nom_so_la_maja": L("TOMMY", NAMEC), "total": L(68, BUY)}),
        multipart(f, f"{a}/api/album", [
            ("foto", "tommaso_nera.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "didascalia": L("Tommaso on his first black trail!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/messagg", headers=_h(rng, **b), body={
            "a": "alenadur_u11", "fil": obj(rng, "th"),
            "test": L("Coach, Tommaso's brakes squeal, can you look at them on Saturday? His "
                      "inhaler is in the saddle bag", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/calendari", headers=_h(rng, how="none"), cookies={
            "pd_sess": L(opaque(rng, "", 40), CRED), "pd_dev": L(INSTALL_ID, DID),
            "pd_req": rid(rng)}),
        case(f, f"{a}/api/serca", headers=_h(rng, **b), query={
            "q": L("casco integrale bambino 52 cm", SEARCH)}),
        case(f, f"{a}/api/aparecc", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/evencc", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "evencc": [
                ev("alenament_prenotat", 1), ev("schermada", 2, schermada=L("Traccia", USAGE))]}),
    ]


def pedali_sdks() -> list[Case]:
    rng = random.Random(28122)
    return [
        ms_batch(APP, rng, [("Training Joined", {"group": "U11"}),
                            ("Fee Paid", {"amount": L(210, BUY)})], at=TRAIL_FIX, nd=3),
        ms_queue(APP, rng, [("Ride Recorded", {"km": 11.4}), ("Photo Shared", {})]),
        tp_launch(APP, rng, user=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="mtb,kids,bike"),
        cs_crash(APP, rng, ("java.lang.NullPointerException", "track segment"),
                 [cs_crumb("nav", "Alenamencc -> Traccia")], screen="TracciaActivity"),
        fs_eval(APP, rng, {"school": BIKE_SCHOOL["id"], "children": 1}),
        po_register(APP, rng, tags={"grop": "U11", "scola": BIKE_SCHOOL["id"]}),
        cp_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        co_card(APP, rng),
        co_confirm(APP, rng, "210.00"),
        mp_telemetry(APP, rng, [TRAIL_FIX, (45.742803, 9.739391)], PRECISE),
    ]
