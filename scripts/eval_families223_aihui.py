"""A clinical psychologist's practice app "Aihui" (``#ai`` think + ``hui`` help; fictional rooms
in Klein Windhoek where she sees a psychologist once a month, in person when she drives up and
by video otherwise, for anxiety and poor sleep after a road accident). Its API's keys are
Khoekhoegowab with Afrikaans loans, ASCII-folded (click letters dropped): ``ons`` name,
``familie_ons`` surname, ``selfoon`` mobile, ``sleutel`` password (lit. "key", Afrikaans),
``goa_tses`` birth date, ``geslag`` sex, ``oms`` house (street line), ``dorob`` town,
``mediese_fonds`` medical aid, ``lid_nommer`` member number, ``leer`` patient file,
``khaib`` condition, ``gaisaob`` doctor, ``gaisaxun`` medicines, ``ais`` feeling/thought,
``rede`` reason, ``bespreking`` booking, ``mari`` amount, ``mari_gui`` payment, ``eis``
claim, ``khanis`` message, ``khais`` place, ``aob`` husband, ``soek`` search, ``toestel``
device, ``xun`` events: sign-up with her medical aid, an e-mail code, ``/ti``, the intake
questionnaire (gzip; scores, medicine), the GP's referral letter (PDF), slots, a booking, the
payment, the arrival with her fix, a protobuf mood diary, an offline msgpack log of breathing
exercises, a journal entry, a message to the psychologist, a video room, the file's invoices by
file number in the path, an emergency contact, the consent signature, a resource search, a
medical aid claim (diagnosis code), the statement by cookie, push and events."""

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
from eval_families223_kit import (
    HUSBAND,
    KH_HOME,
    KH_HOME_AT,
    MEDAID,
    PATIENT,
    PRACTICE,
    PRACTICE_FIX,
    PSYCH,
    fix,
    hd,
    obj,
    push,
)
from eval_families223_sdk import cn_session, mk_batch, mk_queue, tg_launch
from eval_families223_svc import (
    ca_card,
    ca_confirm,
    cb_check,
    fk_eval,
    hw_attach,
    mg_geocode,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("aihui", "Aihui", "com.example.aihui", "1.3.9", "https://api.aihui.example.net")
IID = "X-Aihui-Toestel"
PW = "Kokerboom&Rus7"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(34)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def aihui() -> list[Case]:
    rng = random.Random(22331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), leer=L(PATIENT, MED)))}
    pla, plo = fix(PRACTICE_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1772834400),
                (3, [(1, L(3, MED)), (2, L(6, MED)), (3, L(5.5, MED))]),
                (4, "1.3.9")], "", lab)
    inv = at_path(case(f, f"{a}/v1/leers/{PATIENT}/fakture", headers=_h(rng, **b)),
                  PATIENT, MED)
    return [
        case(f, f"{a}/v1/kliente", headers=_h(rng), body={
            "ons": L(FIRST, NAMEC), "familie_ons": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selfoon": L(E164, TEL), "sleutel": L(PW, CRED), "goa_tses": L(DOB, BIRTH),
            "geslag": L("taras", GENDER), "oms": L(KH_HOME["line"], ADDR),
            "dorob": L(KH_HOME["town"], COARSE),
            "mediese_fonds": {"skema": "Example Health Plus", "lid_nommer": L(MEDAID, MED)}}),
        case(f, f"{a}/v1/auth/epos-kode", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kode": L("604127", CRED)}),
        case(f, f"{a}/v1/ti", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/inname", gz=True, headers=_h(rng, **b), body={
            "leer": L(PATIENT, MED),
            "rede": L("Angs en swak slaap sedert die ongeluk op die B1 in Januarie",
                      f"{TEXT}|{MED}"),
            "gad7": L(14, MED), "phq9": L(9, MED), "slaap_ure": L(5, MED),
            "gaisaxun": [L("sertraline 50 mg", MED)], "vorige_terapie": L(False, MED),
            "alkohol": L("1-2 per week", MED), "selfskade": L(False, MED)}),
        multipart(f, f"{a}/v1/verwysing", [
            ("brief", "verwysing_gp.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"leer": L(PATIENT, MED),
                                                "gaisaob": L("Dr. Nelao Shilongo", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tye", headers=_h(rng, **b), query={
            "praktisyn": "psy_ivw", "week": "2026-W12", "video": "true"}),
        case(f, f"{a}/v1/besprekings", headers=_h(rng, **b), body={
            "leer": L(PATIENT, MED), "gleuf": obj(rng, "sl"), "begin": "2026-03-19T10:00",
            "soort": L("individual therapy (trauma)", MED), "video": False}),
        case(f, f"{a}/v1/betaling", fmt="form", headers=_h(rng, **b), body={
            "leer": L(PATIENT, MED), "mari": L("950.00", BUY), "valuta": "NAD",
            "mari_gui": L(opaque(rng, "pm_", 24), PAY), "laaste_vier": L("4444", PAY)}),
        case(f, f"{a}/v1/aankoms", headers=_h(rng, **b), body={
            "bespreking": obj(rng, "bk"), "khais": {"lat": pla, "lng": plo},
            "kamers": {"id": PRACTICE["id"], "lat": PRACTICE["lat"], "lng": PRACTICE["lon"]}}),
        raw(f, f"{a}/v1/ais/dagboek", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/oefeninge", fmt="msgpack", headers=_h(rng, **b), body={
            "leer": L(PATIENT, MED), "vanlyn": True,
            "sessies": [{"soort": L("4-7-8 asemhaling", MED), "minute": 6, "t": 1772790000},
                        {"soort": L("grounding 5-4-3-2-1", MED), "minute": 4,
                         "t": 1772876400}]}),
        case(f, f"{a}/v1/joernaal", headers=_h(rng, **b), body={
            "leer": L(PATIENT, MED),
            "teks": L("Weer van die ongeluk gedroom; vandag tot by Mariental gery sonder om te "
                      "stop.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/khanis", headers=_h(rng, **b), body={
            "aan": {"ons": L(PSYCH[0], NAMEC), "email": L(PSYCH[1], MAIL)},
            "khanis": L("Kan ons Donderdag se sessie per video doen? My man het die kar.",
                        TEXT)}),
        case(f, f"{a}/v1/video/kamers", headers=_h(rng, **b), body={
            "bespreking": obj(rng, "bk"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        inv,
        case(f, f"{a}/v1/noodkontak", headers=_h(rng, **b), body={
            "leer": L(PATIENT, MED), "ons": L(HUSBAND[0], NAMEC),
            "selfoon": L(HUSBAND[1], TEL), "verhouding": "aob"}),
        multipart(f, f"{a}/v1/vorms/toestemming", [
            ("handtekening", "handtekening.png", "image/png", L(PNG, MEDIA)),
            ("vorm", None, "application/json", {"leer": L(PATIENT, MED), "vorm": "consent_v4",
                                                "geteken": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hulpbronne", headers=_h(rng, **b), query={
            "soek": L("slaap higiene na trauma", SEARCH)}),
        case(f, f"{a}/v1/eise", headers=_h(rng, **b), body={
            "lid_nommer": L(MEDAID, MED), "leer": L(PATIENT, MED),
            "icd10": L("F43.1", MED), "tarief": "86205", "mari": L(950, BUY),
            "tses": "2026-03-19"}),
        case(f, f"{a}/v1/staat/laaste", headers=_h(rng, how="none"), cookies={
            "ah_sessie": L(opaque(rng, "", 40), CRED), "ah_toestel": L(INSTALL_ID, DID),
            "ah_req": rid(rng)}),
        case(f, f"{a}/v1/toestelle", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/xun", headers=_h(rng, **b), body={
            "khoe": L(USER_ID, UID), "sessie": rid(rng), "xun": [
                ev("dagboek_gestoor", 1), ev("skerm", 2, skerm=L("Oefeninge", USAGE))]}),
    ]


def aihui_sdks() -> list[Case]:
    rng = random.Random(22332)
    return [
        mk_batch(APP, rng, [("Session Booked", {"video": False}),
                            ("Payment Made", {"amount": L(950, BUY)})]),
        mk_queue(APP, rng, [("Mood Logged", {"mood": L(3, MED)}),
                            ("Exercise Done", {"minutes": 6})]),
        tg_launch(APP, rng, first=True, user=True),
        cn_session(APP, rng, secs=604),
        fk_eval(APP, rng, {"practice": PRACTICE["id"], "programme": L("trauma", MED)},
                hdr=True),
        ps_register(APP, rng, tags={"practice": PRACTICE["id"]}),
        cb_check(APP, rng, {"analytics": True, "research": False}),
        mg_geocode(APP, rng, "Klein Windhoek Psychology Rooms", SEARCH, near=KH_HOME_AT, nd=2),
        ca_card(APP, rng, email=True),
        ca_confirm(APP, rng, "950.00"),
        hw_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "medical_aid_claim.pdf",
                  "application/pdf"),
    ]
