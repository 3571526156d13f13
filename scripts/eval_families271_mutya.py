"""The town fiesta's children's pageant app "Mutyaan" ("Little Mutya" of the fiesta: her daughter
Lianne, 8, is a contestant; the child's data). Its API's keys are Pangasinan in ASCII with
English and Spanish loans: ``atateng`` parent, ``relasyon`` relation (``ina`` mother), ``anak``
child, ``ngaran`` / ``apelyido``, ``petsa_kianak``, ``edad`` age, ``seks`` (``bii`` girl),
``kaatagey_cm`` height, ``timbang_kg`` weight, ``baywang`` waist, ``eskuelaan`` school,
``grado`` grade, ``lrn`` learner number, ``talento`` talent, ``kostyum`` costume, ``litrato``
photo, ``boto`` votes, ``kantidad`` amount, ``bayad`` payment, ``sponsor``, ``sakit`` illness,
``alerhiya`` allergy, ``mangala`` collects (pick-up), ``mensahe`` message, ``anapen`` search,
``kalye`` / ``barangay`` / ``baley`` address: the parent's sign-up, a log-in, ``/siak`` with a
``contestants`` claim, the registration (height, weight, school, learner number), the PSA birth
certificate by contestant number in the path, a headshot, the talent video, the fee, a rehearsal
check-in with her fix, costume measurements, paid votes by e-wallet, a sponsor pledge by her
mother-in-law, a medical clearance (gzip), a pick-up authorisation, a message to the
coordinator, the schedule, scores by contestant number in the path, a signed waiver, a search,
the address, push and events (session cookie)."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families271_kit import (
    CONTESTANT,
    DAUGHTER,
    HOME,
    LOCAL_NO,
    MOTHER_IL,
    PLAZA,
    PLAZA_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families271_sdk import bk_bid, cs_crash, cs_crumb, mt_batch, mt_identify, tp_launch
from eval_families271_svc import ck_save, fb_eval, hp_message, pd_register, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mutyaan", "Mutyaan", "com.example.mutyaan", "1.3.0", "https://api.mutyaan.example.com")
IID = "X-Mutyaan-Device"
PW = "Lianne2017!Mutya"
FIT = "health.fitness"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def mutyaan() -> list[Case]:
    rng = random.Random(27131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    contestants=[L(CONTESTANT, UID)], role="parent"))}
    pla, plo = fix(PLAZA_FIX)
    cert = at_path(multipart(f, f"{a}/api/v1/contestants/{CONTESTANT}/birth-certificate", [
        ("file", "psa_birth_certificate.pdf", "application/pdf", L(PDF, MEDIA)),
        ("meta", None, "application/json", {"registry_no": L("2017-1104-0587", NID)})],
        headers=_h(rng, **b)), CONTESTANT, UID)
    scores = at_path(case(f, f"{a}/api/v1/contestants/{CONTESTANT}/scores", headers=_h(rng, **b),
                          query={"round": "talent"}), CONTESTANT, UID)
    return [
        case(f, f"{a}/api/v1/atateng", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "kontrasenya": L(PW, CRED), "relasyon": "ina"}),
        case(f, f"{a}/api/v1/sumlek", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kontrasenya": L(PW, CRED)}),
        case(f, f"{a}/api/v1/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/contestants", headers=_h(rng, **b), body={
            "anak": {"ngaran": L(DAUGHTER["first"], NAMEC), "apelyido": L(DAUGHTER["last"], NAMEC),
                     "petsa_kianak": L(DAUGHTER["dob"], BIRTH), "edad": L(8, BIRTH),
                     "seks": L("bii", GENDER), "kaatagey_cm": L(128, FIT),
                     "timbang_kg": L(25.5, FIT), "eskuelaan": DAUGHTER["school"],
                     "grado": "3", "lrn": L(DAUGHTER["lrn"], UID)},
            "category": "little-mutya-7-9", "contestant_no": L(CONTESTANT, UID),
            "barangay": L(HOME["brgy"], COARSE)}),
        cert,
        multipart(f, f"{a}/api/v1/litrato", [
            ("photo", "lianne_headshot.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"contestant_no": L(CONTESTANT, UID),
                                                "use": "headshot"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/talento/video", [
            ("video", "talent.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"contestant_no": L(CONTESTANT, UID),
                                                "talento": "folk dance (Pangasinan)",
                                                "duration_s": 94})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "contestant_no": L(CONTESTANT, UID), "fee": "registration",
            "kantidad": L("1500.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/rehearsal/checkin", headers=_h(rng, **b), body={
            "contestant_no": L(CONTESTANT, UID), "at": {"lat": pla, "lng": plo},
            "venue": {"id": PLAZA["id"], "lat": PLAZA["lat"], "lng": PLAZA["lon"]}}),
        case(f, f"{a}/api/v1/kostyum", headers=_h(rng, **b), body={
            "contestant_no": L(CONTESTANT, UID), "kaatagey_cm": L(128, FIT),
            "dibdib_cm": L(61, FIT), "baywang_cm": L(55, FIT), "sapatos": "EU 31",
            "kolor": "gold"}),
        case(f, f"{a}/api/v1/boto", headers=_h(rng, **b), body={
            "contestant_no": L(CONTESTANT, UID), "boto": 50, "kantidad": L(250, BUY),
            "ewallet": L(LOCAL_NO, TEL), "reference": obj(rng, "vt")}),
        case(f, f"{a}/api/v1/sponsor", headers=_h(rng, **b), body={
            "contestant_no": L(CONTESTANT, UID), "sponsor": "Tapat Bangus Live",
            "kantidad": L(2000, BUY),
            "kontak": {"ngaran": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/v1/medical", gz=True, headers=_h(rng, **b), body={
            "contestant_no": L(CONTESTANT, UID), "alerhiya": [L("shrimp", MED)],
            "asthma": L(False, MED), "kombulsyon": L(False, MED),
            "doctor_note": L("Fit to join, avoid shrimp and crab in the snacks", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/mangala", headers=_h(rng, **b), body={
            "contestant_no": L(CONTESTANT, UID),
            "person": {"ngaran": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL),
                       "relasyon": "lola"}, "agew": ["sat", "sun"]}),
        case(f, f"{a}/api/v1/mensahe", headers=_h(rng, **b), body={
            "to": "coord_mutya", "thread": obj(rng, "th"),
            "mensahe": L("Ma'am, Lianne has a cough and fever today, she will miss rehearsal.",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/schedule", headers=_h(rng, **b), query={
            "contestant_no": L(CONTESTANT, UID), "linggo": "2026-W16"}),
        scores,
        multipart(f, f"{a}/api/v1/waiver", [
            ("signature", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"contestant_no": L(CONTESTANT, UID),
                                                "signedBy": L(f"{FIRST} {LAST}", NAMEC),
                                                "anak": L(KID, NAMEC), "photo_consent": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/anapen", headers=_h(rng, **b), query={
            "q": L("hair and makeup for kids Dagupan", SEARCH)}),
        case(f, f"{a}/api/v1/adres", headers=_h(rng, **b), body={
            "kalye": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "baley": L(HOME["town"], COARSE), "zip": L(HOME["zip"], COARSE)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", headers=_h(rng, how="none"), cookies={
            "mt_sid": L(opaque(rng, "", 40), CRED), "mt_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("video_uploaded", 1), ev("screen", 2, screen=L("Votes", USAGE))]}),
    ]


def mutyaan_sdks() -> list[Case]:
    rng = random.Random(27132)
    return [
        mt_batch(APP, rng, [("Contestant Registered", {"category": "7-9"}),
                            ("Votes Bought", {"amount": L(250, BUY)})]),
        mt_identify(APP, rng, {"role": "parent", "children": 1, "city": L("Dagupan", COARSE)}),
        tp_launch(APP, rng),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="pageant,kids,fiesta"),
        cs_crash(APP, rng, ("java.lang.OutOfMemoryError", "video upload"),
                 [cs_crumb("nav", "Contestant -> Talent"), cs_crumb("tap", "upload_video")],
                 user={"id": L(USER_ID, UID)}, screen="TalentActivity"),
        fb_eval(APP, rng, {"event": "fiesta-2026", "children": 1}),
        pd_register(APP, rng, tags={"contestant": L(CONTESTANT, UID), "category": "7-9"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        py_card(APP, rng),
        py_confirm(APP, rng, "1500.00"),
        hp_message(APP, rng, L(f"The fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"contestant": L(CONTESTANT, UID)}),
    ]
