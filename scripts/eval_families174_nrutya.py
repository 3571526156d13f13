"""The daughter's Odissi dance school parent app "Nrutyashala" (a guru's school near Kalpana
Square; her account, Ipsita's data; keys Odia in Latin letters with English: ``abhibhabaka``
guardian, ``sikhyarthi`` pupil, ``shreni`` class, ``upasthiti`` attendance, ``anupasthiti``
absence, ``karana`` reason, ``pariksha`` exam, ``sulka`` fee, ``poshaka`` costume,
``uchchata`` height, ``ojana`` weight, ``kati`` waist, ``anusthana`` recital, ``anumati``
permission, ``swasthya`` health, ``dharma`` religion, ``jati_shreni`` caste category, ``aadhaar``,
``nama`` / ``upanama``, ``janma_tarikha``, ``linga`` (``jhia`` girl), ``sampark`` relation,
``nei_jibe`` pickup person, ``sandesha``, ``khoja``, ``suchana`` notices, ``goshthi`` group):
an OAuth password grant, ``/mo`` with a ``sikhyarthi`` claim, admission with her Baal Aadhaar,
religion and caste category (school forms ask them), classes, attendance by pupil number in the
path, an absence (a fever), costume measurements, the first-level exam registration, the fee by
UPI, a recital video (MP4), photo permission, a gate check-in with her fix, a message to the guru
about a sore knee, a pickup authorisation for her grandmother, recital tickets, a search, the
pupil-card photo, a group chat message (msgpack), notices by cookie, the address, push and
events. Set 87 has a Bharatanatyam class app for the adult user herself (her practice, her
heart rate); here it is a child's school seen by the parent (admission, exam board, consent)."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families174_kit import (
    DAUGHTER,
    HOME,
    MOTHER_IL,
    SCHOOL,
    SCHOOL_FIX,
    UPI,
    fix,
    hd,
    obj,
    push,
    spaced,
)
from eval_families174_sdk import bg_bid, bh_crash, bh_crumb, ch_launch, gn_batch, gn_identify
from eval_families174_svc import am_save, dw_eval, gp_register, sd_message, tp_card, tp_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nrutyashala", "Nrutyashala", "com.example.nrutyashala", "2.2.0",
          "https://api.nrutyashala.example.org")
IID = "X-NS-Yantra"
PW = "Ipsita!Odissi17"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PUPIL = DAUGHTER["student"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def nrutyashala() -> list[Case]:
    rng = random.Random(17411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sikhyarthi=[L(PUPIL, UID)],
                                    role="abhibhabaka"))}
    sla, slo = fix(SCHOOL_FIX, 5)
    att = at_path(case(f, f"{a}/v1/sikhyarthi/{PUPIL}/upasthiti", headers=_h(rng, **b),
                       query={"masa": "2026-01"}), PUPIL, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "nrutyashala-abhibhabaka"}),
        case(f, f"{a}/v1/mo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/prabesha", headers=_h(rng, **b), body={
            "sikhyarthi": {"nama": L(DAUGHTER["first"], NAMEC), "upanama": L(DAUGHTER["last"],
                                                                            NAMEC),
                           "janma_tarikha": L(DAUGHTER["dob"], BIRTH),
                           "linga": L(DAUGHTER["sex"], GENDER),
                           "aadhaar": L(spaced(DAUGHTER["aadhaar"]), NID),
                           "dharma": L("Hindu", SENS), "jati_shreni": L("General", SENS),
                           "swasthya": {"allergy": L("kaju (cashew)", MED),
                                        "shwasa_roga": L(False, MED)}},
            "abhibhabaka": {"nama": L(f"{FIRST} {LAST}", NAMEC), "sampark": "maa",
                            "durabhasa": L("+15550100199", TEL), "email": L(EMAIL, MAIL)},
            "shreni": "prarambhika_a", "sikhyarthi_sankhya": L(PUPIL, UID)}),
        case(f, f"{a}/v1/shreni", headers=_h(rng, **b), query={
            "school": SCHOOL["id"], "bayasa_dala": "7-9"}),
        att,
        case(f, f"{a}/v1/anupasthiti", headers=_h(rng, **b), body={
            "sikhyarthi": L(PUPIL, UID), "tarikha": "2026-01-14", "karana": L("jwara", MED),
            "tippani": L("Ipsita ra kali ratiru jwara, aji class ku asiparibani.",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/poshaka/mapa", headers=_h(rng, **b), body={
            "sikhyarthi": L(PUPIL, UID), "uchchata_cm": L(128, FIT), "ojana_kg": L(25, FIT),
            "kati_cm": L(54, FIT), "chhati_cm": L(58, FIT), "rang": "lal-haldia",
            "poshaka_mulya": L(2600, BUY)}),
        case(f, f"{a}/v1/pariksha/panjikarana", fmt="form", headers=_h(rng, **b), body={
            "sikhyarthi": L(PUPIL, UID), "pariksha": "prarambhika-1",
            "nama": L(KID, NAMEC), "janma_tarikha": L(DAUGHTER["dob"], BIRTH),
            "aadhaar": L(DAUGHTER["aadhaar"], NID), "sulka": L("750", BUY),
            "kendra": "bbs-02"}),
        case(f, f"{a}/v1/sulka/bhugtana", fmt="form", headers=_h(rng, **b), body={
            "sikhyarthi": L(PUPIL, UID), "masa": "2026-02", "rashi": L("1200.00", BUY),
            "upi_id": L(UPI, PAY), "rasida": L("NS-RC-26-0219", BUY)}),
        multipart(f, f"{a}/v1/anusthana/video", [
            ("video", "pallavi_abhyasa.mp4", "video/mp4", L(MP4 + b"\x08", MEDIA)),
            ("meta", None, "application/json", {"sikhyarthi": L(PUPIL, UID),
                                                "nrutya": "Basanta Pallavi", "avadhi_s": 184})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/anumati/photo", fmt="form", headers=_h(rng, **b), body={
            "sikhyarthi": L(PUPIL, UID), "website_re": "na", "goshthi_re": "haan",
            "dastakhata": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/gate/pahanchila", headers=_h(rng, **b), body={
            "sikhyarthi": L(PUPIL, UID), "avasthiti": {"lat": sla, "lng": slo},
            "gate": {"id": "gt_mukhya", "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]},
            "prakara": "chhadiba"}),
        case(f, f"{a}/v1/sandesha", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "kahaku": "guru_01",
            "sandesha": L("Guru Maa, Ipsita ra dahina anthu re byatha, aji chauka kam karibe ki?",
                          f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/nei_jibe/anumati", headers=_h(rng, **b), body={
            "sikhyarthi": L(PUPIL, UID),
            "byakti": {"nama": L(MOTHER_IL[0], NAMEC), "durabhasa": L(MOTHER_IL[1], TEL),
                       "sampark": "jejemaa"}, "dina": ["mangala", "sukra"]}),
        case(f, f"{a}/v1/anusthana/ticket", headers=_h(rng, **b), body={
            "anusthana": "an_basanta26", "sankhya": 3, "rashi": L(900, BUY),
            "ticket": opaque(rng, "TK", 8)}),
        case(f, f"{a}/v1/khoja", headers=_h(rng, **b), query={
            "q": L("ghungura 8 barsha jhia size", SEARCH)}),
        multipart(f, f"{a}/v1/sikhyarthi/photo", [
            ("photo", "ipsita_card.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {"sikhyarthi": L(PUPIL, UID), "use": "id_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/goshthi/sandesha", fmt="msgpack", headers=_h(rng, **b), body={
            "goshthi": "gp_prarambhika_a", "lekhaka": L(USER_ID, UID),
            "sandesha": L("Sanibara practice 5 ta re, mu gaadi re tinijana ku neipariba", TEXT),
            "client_id": rid(rng)}),
        case(f, f"{a}/v1/suchana", headers=_h(rng, how="none"), cookies={
            "ns_sid": L(opaque(rng, "", 40), CRED), "ns_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/profile/thikana", headers=_h(rng, **b), body={
            "sahi": L(HOME["line"], ADDR), "sahara": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/v1/bahari", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantra": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatana", headers=_h(rng, **b), body={
            "byabaharakari": L(USER_ID, UID), "ghatana": [
                ev("upasthiti_dekhila", 1), ev("screen", 2, screen=L("Poshaka", USAGE))]}),
    ]


def nrutyashala_sdks() -> list[Case]:
    rng = random.Random(17412)
    return [
        gn_batch(APP, rng, [("Fee Paid", {"amount": L(1200, BUY)}),
                            ("Video Uploaded", {"secs": 184})], at=SCHOOL_FIX, nd=2),
        gn_identify(APP, rng, {"role": "parent", "children": 1,
                               "sahara": L("Bhubaneswar", COARSE)}),
        ch_launch(APP, rng, user=True),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="dance,kids,odissi"),
        bh_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encode"),
                 [bh_crumb("nav", "Anusthana -> VideoUpload")], screen="VideoActivity"),
        dw_eval(APP, rng, {"school": SCHOOL["id"], "children": 1}),
        gp_register(APP, rng, lang="or", tags={"shreni": "prarambhika_a"}),
        am_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        tp_card(APP, rng, email=True),
        tp_confirm(APP, rng, "900.00"),
        sd_message(APP, rng, L(f"The February fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"sikhyarthi": L(PUPIL, UID)}),
    ]
