"""A bone-marrow donor registry app "Meollo" (she joins the registry at a Savona hospital's swab
day; her own health data; keys Ligurian, ASCII-folded, with medical loans: ``donatô``/
``donatou`` donor, ``codice_donatou`` donor code, ``gruppo_sangue`` blood group, ``peiso``
weight, ``artessa`` height, ``maotie`` illnesses, ``meixinne`` medicines, ``gravidansa``
pregnancy, ``tatuaggi`` tattoos, ``tanpon`` swab, ``tipizzasion`` (HLA) typing, ``consenso``
consent, ``disponibilitae`` availability, ``prelevo`` blood draw, ``amiga`` friend, ``sesso``
sex (``F``), ``nomme``/``cognomme``, ``telefono``, ``indirisso``, ``codexo_fiscale``): the
pre-registration (weight, height, blood group), the eligibility questionnaire (gzip), an SMS
code, ``/mi``, a swab kit by post, the swab-day slot, a check-in at the hospital with her fix,
the kit's return, the HLA typing by donor code in the path, the consent signature, a photo of her
residence permit, a contact update, availability (a trip), a confirmatory-typing blood draw, a
message to the coordinator, a friend invited, a protobuf health check, an offline draft
(msgpack), a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families273_kit import (
    DONOR,
    GE_HOME,
    GE_HOME_AT,
    HOSPITAL,
    PERMIT,
    SISTER_US,
    SWAB_FIX,
    TAXCODE,
    fix,
    hd,
    obj,
    push,
)
from eval_families273_sdk import cf_session, cz_batch, cz_queue, pk_launch
from eval_families273_svc import ct_check, fc_eval, hm_attach, hm_message, mp_geocode, pf_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("meollo", "Meollo", "com.example.meollo", "2.2.5", "https://api.meollo.example.net")
IID = "X-Meollo-Install"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def meollo() -> list[Case]:
    rng = random.Random(27341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    codice_donatou=L(DONOR, MED)))}
    sla, slo = fix(SWAB_FIX, 5)
    lab: dict[str, str] = {}
    check = pb([(1, L(DONOR, MED)), (2, 1770000000),
                (3, [(1, L(61.5, FIT)), (2, L("118/76", MED)), (3, L(False, MED))]),
                (4, "2.2.5")], "", lab)
    hla = at_path(case(f, f"{a}/v2/donatoi/{DONOR}/tipizzasion", headers=_h(rng, **b)),
                  DONOR, MED)
    return [
        case(f, f"{a}/v2/preiscrision", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cognomme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "daeta_de_nascita": L(DOB, BIRTH),
            "sesso": L("F", GENDER), "codexo_fiscale": L(TAXCODE, NID),
            "peiso": L(61, FIT), "artessa": L(168, FIT), "gruppo_sangue": L("0 Rh-", MED),
            "comun": L(GE_HOME["town"], COARSE), "canale": "tanpon_day"}),
        case(f, f"{a}/v2/questionaio", gz=True, headers=_h(rng, **b), body={
            "diabete": L(False, MED), "epatite": L(False, MED), "tumoi": L(False, MED),
            "trasfusioin": L(False, MED), "meixinne": [L("levotiroxina 50 mcg", MED)],
            "maotie": [L("ipotiroidismo", MED)], "gravidansa": L(False, MED),
            "tatuaggi": L("2024-06", MED), "viaggi_fua_UE": "USA"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "codice": L("271964", CRED)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tanpon/kit", headers=_h(rng, **b), body={
            "codice_donatou": L(DONOR, MED), "indirisso": L(GE_HOME["line"], ADDR),
            "cap": L(GE_HOME["post"], COARSE), "comun": L(GE_HOME["town"], COARSE),
            "citofono": L(LAST, NAMEC)}),
        case(f, f"{a}/v2/tanpon/giornae/tg_0214/slot", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "codice_donatou": L(DONOR, MED), "ospedale": HOSPITAL["id"]}),
        case(f, f"{a}/v2/tanpon/checkin", headers=_h(rng, **b), body={
            "giornâ": "tg_0214", "poxision": {"lat": sla, "lon": slo},
            "ospedale": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lon": HOSPITAL["lon"]}}),
        case(f, f"{a}/v2/tanpon/kit/ritorno", headers=_h(rng, **b), body={
            "kit": "KT-" + obj(rng, "b", 8), "codice_donatou": L(DONOR, MED),
            "spedio": "2026-02-16", "corriere": "posta"}),
        hla,
        multipart(f, f"{a}/v2/consenso", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("modulo", None, "application/json", {"codice_donatou": L(DONOR, MED),
                                                  "versione": "cns_v4",
                                                  "firmou": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/documenti", [
            ("foto", "permesso.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"tipo": "permesso_soggiorno",
                                                "numero": L(PERMIT, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/contatti", fmt="form", headers=_h(rng, **b), body={
            "telefono": L(E164, TEL), "email": L(EMAIL, MAIL),
            "indirisso": L(GE_HOME["line"], ADDR), "cap": L(GE_HOME["post"], COARSE)}),
        case(f, f"{a}/v2/disponibilitae", headers=_h(rng, **b), body={
            "codice_donatou": L(DONOR, MED), "disponibile": False,
            "da": "2026-08-01", "a": "2026-08-20",
            "motivo": L("Viaggio da mae seu in Ohio", TEXT)}),
        case(f, f"{a}/v2/prelevi", headers=_h(rng, **b), body={
            "codice_donatou": L(DONOR, MED), "tipo": L("tipizzasion de conferma", MED),
            "ospedale": HOSPITAL["id"], "data": "2026-03-03T08:30", "digiun": L(True, MED)}),
        case(f, f"{a}/v2/messaggi", headers=_h(rng, **b), body={
            "a": "coordinatrice_sv", "fio": obj(rng, "th"),
            "testo": L("Ho finio l'antibiotico pe-a bronchite venerdì, posso fâ o prelevo?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/inviti", headers=_h(rng, **b), body={
            "amiga": {"nomme": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "messaggio": L("Iscriviti anche tu, ci vuole un tampone!", TEXT)}),
        raw(f, f"{a}/v2/salute/controllo", check, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/questionaio/bozza", fmt="msgpack", headers=_h(rng, **b), body={
            "codice_donatou": L(DONOR, MED), "pagina": 3,
            "risposte": {"fumo": L(False, MED), "alcol": L("ocaxionale", MED)}}),
        case(f, f"{a}/v2/cerca", headers=_h(rng, **b), query={
            "q": L("doloî dopo a donasion", SEARCH)}),
        case(f, f"{a}/v2/dispoxitivi", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/eventi", headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "sessione": rid(rng), "eventi": [
                ev("questionaio_inviou", 1), ev("schermo", 2, schermo=L("Tipizzasion", USAGE))]}),
    ]


def meollo_sdks() -> list[Case]:
    rng = random.Random(27342)
    return [
        cz_batch(APP, rng, [("Pre Registered", {"channel": "swab_day"}),
                            ("Questionnaire Sent", {"pages": 4})]),
        cz_queue(APP, rng, [("Kit Requested", {}), ("Consent Signed", {"form": "cns_v4"})]),
        pk_launch(APP, rng, first=True),
        cf_session(APP, rng, secs=734),
        fc_eval(APP, rng, {"hospital": HOSPITAL["id"], "registry": L("marrow", MED)}, hdr=True),
        pf_register(APP, rng, lang="it", tags={"ospedale": HOSPITAL["id"]}),
        ct_check(APP, rng, {"analytics": True, "research": True}),
        mp_geocode(APP, rng, "Ospedale San Giacomo Savona", SEARCH, near=GE_HOME_AT, nd=2),
        hm_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "referto_tipizzasion.pdf",
                  "application/pdf"),
        hm_message(APP, rng, L("My HLA result page is empty", f"{TEXT}|{MED}"),
                   {"codice_donatou": L(DONOR, MED)}),
    ]
