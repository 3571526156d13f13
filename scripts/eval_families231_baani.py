"""A Niamey private clinic's outpatient app "Gaabaani" (gaa baani: good health; Clinique Gaabaani
on the Plateau), followed here through her typhoid fever. Its API's keys are Zarma, ASCII-folded,
with French loans: ``maa`` first name, ``baaba_maa`` surname, ``imel`` e-mail, ``telefon`` phone,
``hay_zaari`` birth date, ``jinsi`` sex, ``adiresi`` street line, ``kartiye`` neighbourhood,
``kwaara`` town, ``karti_sejur`` residence card, ``asuraans`` insurance, ``dosiye`` the clinic
file, ``doori`` illness, ``gaa_konni`` fever (lit. hot body), ``gunde_doori`` stomach pain,
``bon_doori`` headache, ``zaari_meyan`` days since, ``safari`` medicine, ``alerji`` allergies,
``labo`` laboratory, ``lokotoro`` doctor, ``alkawli`` appointment, ``sabaabu`` reason, ``windi``
household, ``kurnye`` husband, ``banayan`` payment, ``nooru`` amount, ``karti_taaci`` card's last
four, ``sanni`` message, ``farmasi`` pharmacy, ``ay`` me. Calls: registration with her residence
card and insurer, an SMS log-in, ``/ay``, her blood group and emergency contact (``kuri_dumi``
blood group, ``faaba_boro`` person to help), the symptom intake (gzip), an appointment, its
payment, a check-in at the clinic, the lab report (a PDF), results, the prescription, a protobuf
temperature diary, a message to her doctor, stool tests for her household, a video consult, the
bill by file number in the path, an insurance claim, a control visit, pharmacies on duty near home,
receipts by cookie, push and events. Set 129 has a malaria and dengue fever clinic's telehealth
triage with rapid tests and set 115 names typhoid only as a refund's reason; a docstring grep for
"typhoid" and "widal" found no typhoid follow-up (blood culture, Widal, a course of antibiotics,
the household's stool tests)."""

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
    F32,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families231_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    DOSSIER,
    HUSBAND,
    NY_HOME,
    NY_HOME_AT,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families231_sdk import cf_session, mk_batch, mk_queue, td_launch
from eval_families231_svc import (
    co_card,
    co_confirm,
    cs_check,
    fb_eval,
    hb_attach,
    mg_geocode,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("gaabaani", "Gaabaani", "com.example.gaabaani", "3.1.2",
          "https://api.gaabaani.example.net")
IID = "X-GB-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
NID = "personal.national_id"
INSURED = "XH-448120937"  # her international health insurance member number (health.medical)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def gaabaani() -> list[Case]:
    rng = random.Random(23111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), dosiye=L(DOSSIER, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(DOSSIER, MED)), (2, 1772521200),
                (3, [(1, L(F32(38.6), MED)), (2, L(3, MED)), (3, L("azithromycine", MED))]),
                (4, "1.2.0")], "", lab)
    bill = at_path(case(f, f"{a}/v2/dosiye/{DOSSIER}/faktir", headers=_h(rng, **b)), DOSSIER,
                   MED)
    return [
        case(f, f"{a}/v2/boro", headers=_h(rng), body={
            "maa": L(FIRST, NAMEC), "baaba_maa": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "hay_zaari": L(DOB, BIRTH), "jinsi": L("weyboro", GENDER),
            "karti_sejur": L(RESIDENCE, NID), "adiresi": L(NY_HOME["line"], ADDR),
            "kartiye": L(NY_HOME["area"], COARSE), "kwaara": L(NY_HOME["town"], COARSE),
            "asuraans": {"koy": "Example Health International", "nimero": L(INSURED, MED)}}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kode": L("604118", CRED)}),
        case(f, f"{a}/v2/ay", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ay/tonton", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "kuri_dumi": L("O+", MED),
            "faaba_boro": {"maa": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                           "dumi": "kurnye"}}),
        case(f, f"{a}/v2/doori/alhaali", gz=True, headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "gaa_konni": L(39.4, MED), "zaari_meyan": L(5, MED),
            "gunde_doori": L(True, MED), "bon_doori": L(True, MED), "hari_dumi": "robinet",
            "safari": [L("paracetamol 1 g", MED)], "alerji": [L("sulfamides", MED)]}),
        case(f, f"{a}/v2/alkawli", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "lokotoro": "dr_amoumouni", "zaari": "2026-03-02",
            "alwaati": "09:30",
            "sabaabu": L("Fever for 5 days, stomach pain and headache", f"{TEXT}|{MED}"),
            "nooru": L(15000, BUY)}),
        case(f, f"{a}/v2/banayan", fmt="form", headers=_h(rng, **b), body={
            "nooru": L("15000", BUY), "nooru_dumi": "XOF", "karti_taaci": L("4444", PAY),
            "metodi": L(opaque(rng, "pm_", 24), PAY), "dosiye": L(DOSSIER, MED)}),
        case(f, f"{a}/v2/check_in", headers=_h(rng, **b), body={
            "alkawli": obj(rng, "ak"), "ay_nongu": {"lat": cla, "lng": clo},
            "clinique": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        multipart(f, f"{a}/v2/labo/tira", [
            ("tira", "hemoculture_widal.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dosiye": L(DOSSIER, MED),
                                                "labo": L("hemoculture + Widal", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/labo/alhaali", headers=_h(rng, **b), query={
            "dosiye": L(DOSSIER, MED), "taaga": "true"}),
        case(f, f"{a}/v2/safari", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED),
            "safari": [L("azithromycine 500 mg", MED), L("paracetamol 1 g", MED)],
            "zaari_meyan": 7, "farmasi": "ph_terminus"}),
        raw(f, f"{a}/v2/gaa_konni/diary", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sanni", headers=_h(rng, **b), body={
            "to": {"maa": L(DOCTOR[0], NAMEC), "imel": L(DOCTOR[1], MAIL)},
            "sanni": L("Day 3 on azithromycin: the fever is down to 38 but I still cannot eat",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/windi/labo", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "windi": [
                {"maa": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                {"maa": L("Fati Issaka", NAMEC), "goy": "cuisiniere"}],
            "sabaabu": L("stool culture: household contacts of a typhoid case", MED)}),
        case(f, f"{a}/v2/video/rooms", headers=_h(rng, **b), body={
            "alkawli": obj(rng, "ak"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        bill,
        case(f, f"{a}/v2/asuraans/claim", headers=_h(rng, **b), body={
            "asuraans_nimero": L(INSURED, MED), "dosiye": L(DOSSIER, MED),
            "doori": L("typhoid fever", MED), "nooru": L(42500, BUY), "nooru_dumi": "XOF"}),
        case(f, f"{a}/v2/alkawli/kaayan", fmt="form", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "zaari": "2026-03-16",
            "sabaabu": L("control blood culture after treatment", MED)}),
        case(f, f"{a}/v2/farmasi/garde", headers=_h(rng, **b), query={
            "lat": L(f"{NY_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{NY_HOME_AT[1]:.2f}", COARSE),
            "zaari": "2026-03-02"}),
        case(f, f"{a}/v2/tira/latest", headers=_h(rng, how="none"), cookies={
            "gb_session": L(opaque(rng, "", 40), CRED), "gb_device": L(INSTALL_ID, DID),
            "gb_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "boro": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("labo_viewed", 1), ev("ekran", 2, ekran=L("GaaKonniDiary", USAGE))]}),
    ]


def gaabaani_sdks() -> list[Case]:
    rng = random.Random(23112)
    return [
        mk_batch(APP, rng, [("Appointment Booked", {"clinic": CLINIC["id"]}),
                            ("Lab Result Viewed", {"test": L("Widal", MED)})]),
        mk_queue(APP, rng, [("Temperature Logged", {"temp": L(38.6, MED)}),
                            ("Dose Taken", {"day": 3})]),
        td_launch(APP, rng, first=True, user=True),
        cf_session(APP, rng, secs=388),
        fb_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("typhoid", MED)}, hdr=True),
        pk_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        co_card(APP, rng, email=True),
        co_confirm(APP, rng, "15000"),
        mg_geocode(APP, rng, "pharmacie de garde Plateau", "behavior.search", near=NY_HOME_AT,
                   nd=2),
        hb_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ordonnance.pdf", "application/pdf"),
    ]
