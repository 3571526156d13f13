"""Hilot and bone-setting booking app "Agilot" (agilot: to massage; a manghihilot's house in
Sarrat that takes bookings, sells oils and keeps a short client record; she goes for the ankle she
sprained on the dunes and for her back). Its API's keys are Iloko with English: ``pasiente``
client, ``sakit`` ailment, ``ut_ot`` pain (0-10), ``pilay`` sprain, ``saka`` foot, ``likod``
back, ``agas`` medicine, ``alerhia`` allergy, ``masikog`` pregnant, ``presion`` blood pressure,
``dagsen`` weight, ``addang`` steps, ``lana`` oil, ``nagan``, ``apelyido``, ``numero_selpon``,
``sekreto``, ``petsa_pannakayanak``, ``sekso``, ``pagtaengan``, ``gatad``, ``bayad``,
``mensahe``, ``grado``, ``sapul``, ``ibinglay`` share: sign-up, an SMS log-in, ``/siak``,
healers near her house, slots, a booking, the payment, the intake form (gzip), an ankle photo,
the check-in with her fix, a protobuf exercise diary, oils ordered (msgpack), a message, a
review, a search, her record by card number in the path, the record shared with her husband, a
booking for her mother-in-law, receipts by cookie GET, push, events and a log-out. Set 155's
"Amayeza" is a traditional healer's consultation (medicines, faith); set 65 is a thermal spa:
Agilot is a massage-and-bone-setting booking with a pain diary."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families156_kit import (
    HILOT,
    HILOT_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    PATIENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families156_sdk import cr_session, mb_batch, mb_queue, tp_launch
from eval_families156_svc import (
    cb_check,
    cp_card,
    cp_confirm,
    fe_eval,
    ha_attach,
    mg_geocode,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("agilot", "Agilot", "com.example.agilot", "1.3.9", "https://api.agilot.example.com")
IID = "X-Agilot-Install"
PW = "Sarrat!Hilot91"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ilo=True, **kw)


def agilot() -> list[Case]:
    rng = random.Random(15651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pasiente=L(PATIENT, UID)))}
    hla, hlo = fix(HILOT_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, UID)), (2, 1769900000),
                (3, [(1, L(3, MED)), (2, L("pilay ti kannigid a saka", MED)),
                     (3, L(4120, FIT))]), (4, "1.3.9")], "", lab)
    rec = at_path(case(f, f"{a}/api/pasiente/{PATIENT}/rekord", headers=_h(rng, **b)),
                  PATIENT, UID)
    return [
        case(f, f"{a}/api/agar-aramat", headers=_h(rng), body={
            "nagan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "numero_selpon": L(E164, TEL), "sekreto": L(PW, CRED),
            "petsa_pannakayanak": L(DOB, BIRTH), "sekso": L("babai", GENDER),
            "pagtaengan": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "ili": L(HOME["town"], COARSE), "pasiente": L(PATIENT, UID)}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "numero_selpon": L(E164, TEL), "kodigo": L("931604", CRED)}),
        case(f, f"{a}/api/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/manghihilot/asideg", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "20"}),
        case(f, f"{a}/api/manghihilot/{HILOT['id']}/oras", headers=_h(rng, **b),
             query={"petsa": "2026-01-31"}),
        case(f, f"{a}/api/reserba", headers=_h(rng, **b), body={
            "manghihilot": HILOT["id"], "oras": obj(rng, "sl"), "petsa": "2026-01-31",
            "sakit": L("pilay ti kannigid a saka ken nasakit a likod", MED),
            "gatad": L(600, BUY), "pasiente": L(PATIENT, UID)}),
        case(f, f"{a}/api/bayad", fmt="form", headers=_h(rng, **b), body={
            "gatad": L("600.00", BUY), "kuarta": "PHP", "metodo": L(opaque(rng, "pm_", 24), PAY),
            "maudi_nga_uppat": L("4444", PAY), "pasiente": L(PATIENT, UID)}),
        case(f, f"{a}/api/salun_at", gz=True, headers=_h(rng, **b), body={
            "pasiente": L(PATIENT, UID), "ut_ot": L(6, MED), "masikog": L(False, MED),
            "alerhia": [L("aspirin", MED)], "agas": [L("ibuprofen 400 mg", MED)],
            "presion": L("118/76", MED), "dagsen": L(61, FIT),
            "napalabas": L("nadunor ti likod idi 2022", MED)}),
        multipart(f, f"{a}/api/ladawan", [
            ("ladawan", "saka_kannigid.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pasiente": L(PATIENT, UID),
                                                "paset": L("kannigid a lalat", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/check-in", headers=_h(rng, **b), body={
            "lugar": {"lat": hla, "lng": hlo},
            "manghihilot": {"id": HILOT["id"], "lat": HILOT["lat"], "lng": HILOT["lon"]},
            "check_in_id": obj(rng, "ci")}),
        raw(f, f"{a}/api/ehersisio", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/lana/order", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(obj(rng, "od"), BUY), "banag": [{"nagan": "lana ti niog nga adda luya",
                                                       "bilang": 2, "presio": 180}],
            "dagup": L(360, BUY), "pasiente": L(PATIENT, UID)}),
        case(f, f"{a}/api/mensahe", headers=_h(rng, **b), body={
            "para": HILOT["id"],
            "teksto": L("Manang, bimmassit ti ut-ot ngem nasakit pay laeng no magnaak",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/grado", fmt="form", headers=_h(rng, **b), body={
            "manghihilot": HILOT["id"], "grado": "5",
            "komento": L("Nalaka ti imana, nagasat a nakaddang ak manen.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/sapul", headers=_h(rng, **b), query={
            "sapul": L("hilot para iti nasakit a likod", f"{SEARCH}|{MED}")}),
        rec,
        case(f, f"{a}/api/ibinglay", headers=_h(rng, **b), body={
            "pasiente": L(PATIENT, UID), "kadua": {"nagan": L(HUSBAND[0], NAMEC),
                                                   "numero_selpon": L(HUSBAND[1], TEL)},
            "saklaw": ["reserba", "resibo"]}),
        case(f, f"{a}/api/reserba/sabali", headers=_h(rng, **b), body={
            "nagan": L(MOTHER_IL[0], NAMEC), "numero_selpon": L(MOTHER_IL[1], TEL),
            "tawen": L(69, BIRTH), "sakit": L("rayuma kadagiti tumeng", MED),
            "gatad": L(600, BUY), "petsa": "2026-02-07"}),
        case(f, f"{a}/api/resibo", headers=_h(rng, how="none"), cookies={
            "ag_sesion": L(opaque(rng, "", 40), CRED), "ag_aparato": L(INSTALL_ID, DID),
            "ag_req": rid(rng)}),
        case(f, f"{a}/api/aparato", headers=_h(rng, **b), body=push(push_token(rng), "ilo_PH")),
        case(f, f"{a}/api/pasamak", gz=True, headers=_h(rng, **b), body={
            "agar_aramat": L(USER_ID, UID), "pasamak": [
                ev("reserba", 1), ev("screen", 2, screen=L("Ehersisio", USAGE))]}),
        case(f, f"{a}/api/rummuar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID),
            "pagsasao": L("ilo", DEV)}),
    ]


def agilot_sdks() -> list[Case]:
    rng = random.Random(15652)
    return [
        mb_batch(APP, rng, [("Session Booked", {"total": L(600, BUY)}),
                            ("Diary Entry", {"pain": L(3, MED)})], locale="ilo_PH"),
        mb_queue(APP, rng, [("Exercise Done", {"reps": 12}), ("Photo Added", {})]),
        tp_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=377),
        fe_eval(APP, rng, {"manghihilot": HILOT["id"], "program": L("pilay", MED)}, hdr=True),
        ps_register(APP, rng, lang="ilo", tags={"manghihilot": HILOT["id"]}),
        cb_check(APP, rng, {"analytics": True, "research": False}),
        mg_geocode(APP, rng, "Manang Loring Hilot Sarrat", SEARCH, near=HOME_AT, nd=2),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "600.00"),
        ha_attach(APP, rng, L(JPEG + b"\x92", f"{MEDIA}|{MED}"), "saka.jpg", "image/jpeg"),
    ]
