"""A skin and pain clinic's app "Gordelkibri" (Paramaribo; her shingles, ``gordelroos``, on the
left side of her ribs: the rash, the antivirals, the nerve pain afterwards and the vaccine).
Its API's keys are Sranan Tongo, ASCII-folded, with English ``email``, ``token``, ``id`` and
Dutch medical loans where a Paramaribo clinic keeps them (``dossier``, ``recept``,
``verzekering``, ``afspraak``): ``nen`` / ``famiri_nen`` name / surname, ``mobiri`` mobile,
``gebore_dei`` birth date, ``sekse`` sex (``uma`` woman), ``ID_karta`` / ``ID_nomru`` ID document
/ number, ``kode`` code, ``siki`` illness, ``pen`` pain, ``korsu`` fever, ``buba`` skin, ``ai``
eye, ``abi_bere`` pregnant (lit. "has belly"), ``dresi`` medicine, ``datra`` doctor, ``presi``
place, ``prenki`` picture, ``boskopu`` message, ``moni`` amount, ``paiman`` payment, ``faktura``
invoice, ``wroko`` work, ``masra`` husband, ``doro`` check-in. Calls: sign-up with her residence
permit, an SMS code, ``/mi``, the intake (gzip), a photo of the rash, a tele-consult booked, the
video room, the prescription, a pharmacy pick-up, a protobuf pain diary, an eye check, the sick
note for her employer, the insurance card, the consult's payment, the vaccine's second dose, a
check-in at the clinic, a message to the doctor, sharing with her husband, the file's invoices
by file number in the path, push and events. No earlier set has shingles (a docstring grep for
"shingles", "zoster" and "gordelroos" matched nothing; dermatology and pain clinics exist, for
other conditions)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    E164,
    GENDER,
    JPEG,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families256_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    DOSSIER,
    HUSBAND,
    INSURANCE,
    PB_HOME_AT,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families256_sdk import ck_session, tk_launch, tt_batch, tt_queue
from eval_families256_svc import cb_check, fp_eval, hm_attach, mk_geocode, ps_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("gordelkibri", "Gordelkibri", "com.example.gordelkibri", "3.0.5",
          "https://api.gordelkibri.example.net")
IID = "X-GK-Install"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
DOB_NL = "17-05-1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, nl=True, **kw)


def gordelkibri() -> list[Case]:
    rng = random.Random(25621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dossier=L(DOSSIER, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(DOSSIER, MED)), (2, 1769990400),
                (3, [(1, L(7, MED)), (2, L("brandi", MED)), (3, L("pregabaline 75 mg", MED))]),
                (4, L(5, MED)), (5, "2.4.0")], "", lab)
    inv = at_path(case(f, f"{a}/v2/dossier/{DOSSIER}/faktura", headers=_h(rng, **b)),
                  DOSSIER, MED)
    return [
        case(f, f"{a}/v2/pasienti", headers=_h(rng), body={
            "nen": L(FIRST, NAMEC), "famiri_nen": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobiri": L(E164, TEL), "gebore_dei": L(DOB_NL, BIRTH), "sekse": L("uma", GENDER),
            "ID_karta": {"sortu": "verblijfsvergunning", "ID_nomru": L(RESIDENCE, NID)},
            "tongo": "en", "fa_yu_yere": "datra_stuur"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "mobiri": L(E164, TEL), "kode": L("518204", CRED)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/intake", gz=True, headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, MED), "siki": L("gordelroos", MED),
            "presi": L("linker zij, ribben (T6)", MED), "bigin": "2026-01-29",
            "pen": L(8, MED), "korsu": L(True, MED), "ai": L(False, MED),
            "abi_bere": L(False, MED), "dresi": [L("levothyroxine 50 mcg", MED)],
            "allergie": [L("sulfa", MED)], "waterpokken_fosi": L(True, MED)}),
        multipart(f, f"{a}/v2/buba/prenki", [
            ("prenki", "uitslag_dag2.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dossier": L(DOSSIER, MED), "dei": 2,
                                                "blaasjes": L(True, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/afspraak", headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, MED), "sortu": "video", "ten": "2026-01-30T09:20",
            "reden": L("pijnlijke uitslag linker zij", MED), "datra": "dr_kalpoe"}),
        case(f, f"{a}/v2/video/kamra", headers=_h(rng, **b), body={
            "afspraak": obj(rng, "af"), "joinToken": L(opaque(rng, "vk_", 36), CRED)}),
        case(f, f"{a}/v2/recept", headers=_h(rng, **b), query={
            "dossier": L(DOSSIER, MED), "actief": "true"}),
        case(f, f"{a}/v2/apotheek/ophalen", fmt="form", headers=_h(rng, **b), body={
            "recept": obj(rng, "rx"), "dresi": L("valaciclovir 1000 mg 3x/dei 7 dei", MED),
            "apotheek": "ap_flora_02", "moni": L("185.00", BUY)}),
        raw(f, f"{a}/v2/pen/dagboek", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/ai/kontrol", headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, MED), "klacht": L("ai no de fatu, no rood", MED),
            "verwijzing": L(False, MED)}),
        case(f, f"{a}/v2/wroko/brifi", headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, MED), "fu": "2026-01-29", "te": "2026-02-09",
            "werkgever": "Caribbean English Institute", "diagnose_tya": False,
            "gi": "hr_portal"}),
        case(f, f"{a}/v2/verzekering", headers=_h(rng, **b), body={
            "verzekering": "basis-zorg", "lid_nomru": L(INSURANCE, MED),
            "dossier": L(DOSSIER, MED)}),
        case(f, f"{a}/v2/paiman", fmt="form", headers=_h(rng, **b), body={
            "moni": L("450", BUY), "valuta": "SRD", "kaart_laatste4": L("4444", PAY),
            "metodi": L(opaque(rng, "pm_", 24), PAY), "dossier": L(DOSSIER, MED)}),
        case(f, f"{a}/v2/vaccin/afspraak", headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, MED), "vaccin": L("recombinant zoster, dosis 2", MED),
            "ten": "2026-05-04T10:40", "presi": CLINIC["id"]}),
        case(f, f"{a}/v2/doro", headers=_h(rng, **b), body={
            "afspraak": obj(rng, "af"), "presi": {"lat": cla, "lng": clo},
            "kliniek": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v2/boskopu", headers=_h(rng, **b), body={
            "gi": {"nen": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "boskopu": L("Datra, a uitslag drei, ma a pen e bron ete neti, mi no e sribi.",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/deel", headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, MED), "masra": {"nen": L(HUSBAND[0], NAMEC),
                                                  "mobiri": L(HUSBAND[1], TEL)},
            "scope": ["afspraak", "faktura"]}),
        case(f, f"{a}/v2/zenuwpijn/vragenlijst", fmt="msgpack", headers=_h(rng, **b), body={
            "dossier": L(DOSSIER, MED), "wiki": 6, "pen": L(4, MED),
            "sortu_pen": L(["brandi", "steken"], MED), "sribi_yuru": L(5.5, MED),
            "dresi": L("pregabaline 75 mg 2x/dei", MED)}),
        inv,
        case(f, f"{a}/v2/masyin", headers=_h(rng, **b), body=push(push_token(rng), "nl_SR")),
        case(f, f"{a}/v2/den_sani", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sesi": rid(rng), "den_sani": [
                ev("intake_klaar", 1), ev("skrin", 2, skrin=L("PenDagboek", USAGE))]}),
    ]


def gordelkibri_sdks() -> list[Case]:
    rng = random.Random(25622)
    return [
        tt_batch(APP, rng, [("Intake Done", {"step": 4}),
                            ("Consult Paid", {"amount": L(450, BUY)})], locale="nl_SR"),
        tt_queue(APP, rng, [("Pain Logged", {"score": L(7, MED)}),
                            ("Photo Uploaded", {"day": 2})]),
        tk_launch(APP, rng, first=True, user=True),
        ck_session(APP, rng, secs=377),
        fp_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("zoster-pain", MED)}, hdr=True),
        ps_register(APP, rng, lang="nl", tags={"clinic": CLINIC["id"]}),
        cb_check(APP, rng, {"analytics": True, "research": False}),
        mk_geocode(APP, rng, "apotheek Flora open zondag", "behavior.search",
                   near=PB_HOME_AT, nd=3),
        hm_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "labuitslag_varicella.pdf",
                  "application/pdf"),
    ]
