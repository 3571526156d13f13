"""A visiting surgical mission's clinic-day app "Magadei" (from the Garifuna wish "magadei
bamuga", get well soon; a volunteer team operates twice a year in a Dangriga hospital's mission
wing): its API's keys are Garifuna as a Dangriga developer writes them, ASCII-folded, with
Spanish and English loans: ``iri`` first name, ``apeyidu`` surname, ``telefon`` phone,
``kontrasena`` password, ``usteragule`` birthday (birth date), ``sexu`` sex (``hinaru``
woman), ``muna`` house (street line), ``taun`` town, ``distrik`` district, ``hosban`` husband
(Kriol), ``ayanuha`` illness, ``remediu`` medicines, ``alerjia`` allergies, ``anigi`` heart,
``presion`` blood pressure, ``dokto`` doctor, ``sensu`` amount, ``pago`` payment, ``weyu``
day, ``mesij`` message, ``foto`` photo, ``garada`` paper (form). She has a lipoma on her left
shoulder removed: registration, a log-in, ``/me``, clinic days near her house, the triage form
(gzip), a photo of the lump, slots by patient number, the booking, the consent signature, the
check-in, protobuf vitals, a donation, a day-5 wound photo, a message to the nurses, the
pathology result by patient number in the path, prescriptions, sharing with her husband, a
video follow-up, push, events, a receipt by cookie and a log-out."""

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
    EMAIL_UPPER,
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
from eval_families252_kit import (
    CLINIC,
    CLINIC_FIX,
    DG_HOME,
    DG_HOME_AT,
    HUSBAND,
    PATIENT,
    SOCSEC,
    fix,
    hd,
    obj,
    push,
)
from eval_families252_sdk import (
    cm_crash,
    cm_crumb,
    cm_session,
    mh_batch,
    mh_queue,
    tp_event,
    tp_launch,
)
from eval_families252_svc import cb_check, fc_eval, hp_attach, mp_geocode, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("magadei", "Magadei", "com.example.magadei", "2.3.0",
          "https://api.magadei.example.org")
IID = "X-Magadei-Device"
PW = "Hamanasi#Dangriga7"
DOB_BZ = "17/05/1991"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def magadei() -> list[Case]:
    rng = random.Random(25201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pasiente=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    vitals = pb([(1, L(PATIENT, MED)), (2, 1773302400),
                 (3, [(1, L(138, MED)), (2, L(88, MED)), (3, L(76, FIT)), (4, L(71.4, FIT)),
                      (5, L(5.9, MED))]), (4, "triage-2"), (5, "2.3.0")], "", lab)
    path = at_path(case(f, f"{a}/v1/patoloji/{PATIENT}", headers=_h(rng, **b)), PATIENT, MED)
    return [
        case(f, f"{a}/v1/rejistru", headers=_h(rng), body={
            "iri": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kontrasena": L(PW, CRED), "usteragule": L(DOB_BZ, BIRTH),
            "sexu": L("hinaru", GENDER), "muna": L(DG_HOME["line"], ADDR),
            "taun": L(DG_HOME["town"], COARSE), "distrik": L(DG_HOME["district"], COARSE),
            "socsec": L(SOCSEC, NID),
            "hosban": {"iri": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "pasiente": L(PATIENT, MED), "terms": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kontrasena": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/klinik_weyu", headers=_h(rng, **b), query={
            "taun": L("Dangriga", COARSE), "lat": L(f"{DG_HOME_AT[0]:.3f}", PRECISE),
            "lng": L(f"{DG_HOME_AT[1]:.3f}", PRECISE), "servis": "general-surgery"}),
        case(f, f"{a}/v1/triaj", gz=True, headers=_h(rng, **b), body={
            "pasiente": L(PATIENT, MED),
            "ayanuha": L("A soft lump on my left shoulder, about 4 cm, growing for two years, "
                         "sore when I carry a bag", f"{TEXT}|{MED}"),
            "remediu": [L("amlodipine 5 mg", MED)], "alerjia": [L("sulfa drugs", MED)],
            "anigi": L(False, MED), "presion_alta": L(True, MED), "diabetes": L(False, MED),
            "pregnant": L(False, MED), "smoker": L(False, MED), "last_meal": "06:30"}),
        multipart(f, f"{a}/v1/foto", [
            ("foto", "lump_shoulder.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pasiente": L(PATIENT, MED),
                                                "site": L("left shoulder", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/slots", headers=_h(rng, **b), query={
            "pasiente": L(PATIENT, MED), "procedure": L("lipoma-excision", MED),
            "weyu": "2026-03-12"}),
        case(f, f"{a}/v1/booking", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "pasiente": L(PATIENT, MED),
            "procedure": L("lipoma excision under local anaesthetic", MED),
            "theatre": "mt_2", "surgeon": "vol_0417",
            "escort": {"iri": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/v1/garada/consent", [
            ("signature", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("garada", None, "application/json", {"pasiente": L(PATIENT, MED), "form": "exc_v3",
                                                  "signedBy": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "pasiente": L(PATIENT, MED), "posishan": {"lat": cla, "lng": clo},
            "klinik": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]},
            "queue_no": 14}),
        raw(f, f"{a}/v1/vitals", vitals, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/donation", fmt="form", headers=_h(rng, **b), body={
            "sensu": L("50.00", BUY), "currency": "BZD", "fund": "mission-supplies",
            "pago": L(opaque(rng, "pm_", 24), PAY), "anonymous": "0"}),
        multipart(f, f"{a}/v1/foto/wound", [
            ("foto", "day5.jpg", "image/jpeg", L(JPEG + b"\x53", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pasiente": L(PATIENT, MED), "weyu": 5,
                                                "redness": L("a little", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mesij", headers=_h(rng, **b), body={
            "to": "nurse_desk", "thread": obj(rng, "th"),
            "mesij": L("The stitches itch and are a bit red on day 5, should I come in before "
                       "Friday?", f"{TEXT}|{MED}")}),
        path,
        case(f, f"{a}/v1/remediu", headers=_h(rng, **b), query={
            "pasiente": L(PATIENT, MED), "active": "true"}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "pasiente": L(PATIENT, MED),
            "with": {"iri": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "discharge"]}),
        case(f, f"{a}/v1/followup", fmt="form", headers=_h(rng, **b), body={
            "pasiente": L(PATIENT, MED), "weyu": "2026-03-26", "mode": "video",
            "room_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("triage_sent", 1), ev("screen", 2, screen=L("WoundDiary", USAGE)),
                ev("donation", 3, sensu=L(50, BUY))]}),
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"), cookies={
            "mg_session": L(opaque(rng, "", 40), CRED), "mg_device": L(INSTALL_ID, DID),
            "mg_req": rid(rng)}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def magadei_sdks() -> list[Case]:
    rng = random.Random(25202)
    return [
        mh_batch(APP, rng, [("Triage Sent", {"clinic": CLINIC["id"]}),
                            ("Slot Booked", {"procedure": L("lipoma excision", MED)})],
                 at=CLINIC_FIX, nd=2),
        mh_queue(APP, rng, [("Wound Photo", {"day": 5}), ("Donation", {"amount": L(50, BUY)})]),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "donation", {"fund": "mission-supplies"}, revenue=50.0),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [cm_crumb("nav", "Triaj -> Foto"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/v1/foto", "status": 500})],
                 screen="FotoActivity"),
        cm_session(APP, rng, secs=622),
        fc_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("general-surgery", MED)},
                hdr=True),
        pj_register(APP, rng, tags={"clinic": CLINIC["id"], "taun": L("Dangriga", COARSE)}),
        cb_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Stann Creek Community Hospital", SEARCH, near=DG_HOME_AT, nd=2),
        hp_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "referral_letter.pdf", "application/pdf"),
    ]
