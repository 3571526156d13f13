"""Medical-travel app "Aullarvik" (``aullarvik`` place of departure: her own authorised medical
travel from Iqaluit to an Ottawa orthopaedic clinic for a torn knee ligament, with her husband
approved as a non-medical escort, a boarding-home stay and a meal allowance). Keys:
``atiq``, ``ilagiit_atiq``, ``inuulirvik`` birth date, ``angut_arnaq`` sex (``arnaq`` woman),
``uqaalautiq``, ``email``, ``kuudi`` SMS code, ``aanniaqtailiniq_nampa`` health card number
(lit. "health number"), ``najugaq``, ``nunalik``, ``aullarniq`` trip, ``aanniaq`` illness/reason,
``luktaaq`` doctor, ``aanniasiuqti`` nurse, ``ikajuqti`` escort (lit. helper), ``sinivvik``
lodging (boarding home), ``tingmisuuq`` flight (lit. aeroplane), ``ulluq`` date, ``niqi`` food,
``aanniasiutit`` medicines, ``titiraq`` message, ``kiinaujaq`` amount, ``sumiinniq`` position,
``uvanga``, ``atuqti``, ``pisimajut``, ``takuvvik``, ``anniq``: sign-up, an SMS log-in,
``/uvanga``, the referral, the travel request, the escort, the flight, the boarding home, its
check-in with her fix, a protobuf trip beat, a meal claim (msgpack), the referral letter (PDF),
her medicines, a message to the nurse, the Ottawa appointment, the file by number in the path, a
return change, the airport taxi, itinerary by cookie, a records-sharing consent (signature), push,
events and a log-out. Set 159 has a patient-transport app where she escorts her mother-in-law by
ferry and sanitary taxi; here she is the patient flying south, with her husband as escort."""

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
from eval_families217_kit import (
    BOARDING,
    BOARDING_FIX,
    HEALTH_CARD,
    HOSPITAL,
    HUSBAND,
    IQ_HOME,
    MT_FILE,
    PNR,
    fix,
    hd,
    obj,
    push,
)
from eval_families217_sdk import cp_session, km_batch, km_queue, mt_launch
from eval_families217_svc import cs_check, fq_eval, hi_attach, ms_geocode, ms_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("aullarvik", "Aullarvik", "com.example.aullarvik", "2.1.7",
          "https://api.aullarvik.example.org")
IID = "X-Aullarvik-Device"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
WHY = "right knee: torn ACL, MRI and orthopaedic consult"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def aullarvik() -> list[Case]:
    rng = random.Random(21711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), file=L(MT_FILE, MED),
                                    hc=L(HEALTH_CARD, NID)))}
    bla, blo = fix(BOARDING_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MT_FILE, MED)), (2, L(PNR, BUY)), (3, "landed_yow"), (4, 1768392000)],
              "", lab)
    file_get = at_path(case(f, f"{a}/v2/files/{MT_FILE}", headers=_h(rng, **b)), MT_FILE, MED)
    return [
        case(f, f"{a}/v2/atiliurniq", headers=_h(rng), body={
            "atiq": L(FIRST, NAMEC), "ilagiit_atiq": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "uqaalautiq": L(E164, TEL), "inuulirvik": L(DOB, BIRTH),
            "angut_arnaq": L("arnaq", GENDER), "aanniaqtailiniq_nampa": L(HEALTH_CARD, NID),
            "najugaq": L(IQ_HOME["line"], ADDR), "nunalik": L(IQ_HOME["town"], COARSE)}),
        case(f, f"{a}/v2/isirniq/sms", fmt="form", headers=_h(rng), body={
            "uqaalautiq": L(E164, TEL), "kuudi": L("730418", CRED)}),
        case(f, f"{a}/v2/uvanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/referrals", headers=_h(rng, **b), query={
            "file": L(MT_FILE, MED), "status": "approved"}),
        case(f, f"{a}/v2/aullarniq", headers=_h(rng, **b), body={
            "file": L(MT_FILE, MED), "from": "YFB", "to": "YOW", "ulluq": "2026-01-14",
            "aanniaq": L(WHY, MED), "luktaaq": L("Dr. Anne Tremblay", NAMEC),
            "clinic": "ott_ortho_3", "mobility": L("crutches", MED)}),
        case(f, f"{a}/v2/aullarniq/ikajuqti", headers=_h(rng, **b), body={
            "file": L(MT_FILE, MED), "ikajuqti": {
                "atiq": L(HUSBAND[0], NAMEC), "uqaalautiq": L(HUSBAND[1], TEL),
                "inuulirvik": L("1987-11-02", BIRTH)},
            "why": L("She cannot carry bags on crutches, he interprets for her", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/tingmisuuq/confirm", fmt="form", headers=_h(rng, **b), body={
            "pnr": L(PNR, BUY), "flight": "FX 862", "seat": "12C",
            "wheelchair": L("true", MED), "file": L(MT_FILE, MED)}),
        case(f, f"{a}/v2/sinivvik", headers=_h(rng, **b), body={
            "sinivvik": BOARDING["id"], "nights": 4, "ulluq": "2026-01-14",
            "niqi": L("gluten-free (celiac)", MED), "room_with": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v2/sinivvik/checkin", headers=_h(rng, **b), body={
            "sinivvik": BOARDING["id"], "sumiinniq": {"lat": bla, "lon": blo},
            "home": {"lat": BOARDING["lat"], "lon": BOARDING["lon"]}, "visit": obj(rng, "vs")}),
        raw(f, f"{a}/v2/trip/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/claims/meals", fmt="msgpack", headers=_h(rng, **b), body={
            "file": L(MT_FILE, MED), "days": 4, "kiinaujaq": L(248.0, BUY),
            "receipts": 6, "deposit_to": L("004-50112-5123478", PAY)}),
        multipart(f, f"{a}/v2/documents", [
            ("letter", "referral_ortho.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"file": L(MT_FILE, MED), "kind": "referral"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/aanniasiutit", fmt="form", headers=_h(rng, **b), body={
            "file": L(MT_FILE, MED), "aanniasiutit": L("naproxen 500 mg twice daily", MED),
            "allergy": L("codeine", MED)}),
        case(f, f"{a}/v2/titiraq", headers=_h(rng, **b), body={
            "to": "aanniasiuqti_medtravel", "thread": obj(rng, "th"),
            "titiraq": L("The knee is swollen after the flight, can I get ice at the home?",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), query={
            "file": L(MT_FILE, MED), "clinic": "ott_ortho_3", "ulluq": "2026-01-15"}),
        file_get,
        case(f, f"{a}/v2/recovery/diary", fmt="form", headers=_h(rng, **b), body={
            "file": L(MT_FILE, MED), "pain": L("6", MED), "swelling": L("moderate", MED),
            "walked_m": L("150", "health.fitness"), "day": "2"}),
        case(f, f"{a}/v2/aullarniq/return", headers=_h(rng, **b), body={
            "pnr": L(PNR, BUY), "ulluq": "2026-01-19",
            "why": L("Surgeon wants a second look on Monday", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/taxi", headers=_h(rng, **b), body={
            "pickup": "YOW_arrivals", "dropoff": BOARDING["id"],
            "passenger": {"atiq": L(f"{FIRST} {LAST}", NAMEC), "uqaalautiq": L(E164, TEL)},
            "pax": 2, "ride": rid(rng)}),
        case(f, f"{a}/v2/itinerary", headers=_h(rng, how="none"), cookies={
            "av_sid": L(opaque(rng, "", 40), CRED), "av_dev": L(INSTALL_ID.upper(), DID)}),
        multipart(f, f"{a}/v2/consents", [
            ("signature", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {
                "aanniaqtailiniq_nampa": L(HEALTH_CARD, NID), "file": L(MT_FILE, MED),
                "share_with": HOSPITAL["id"], "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/pisimajut", headers=_h(rng, **b), body={
            "atuqti": L(USER_ID, UID), "session": rid(rng), "pisimajut": [
                ev("trip_viewed", 1), ev("takuvvik", 2, takuvvik=L("Itinerary", USAGE))]}),
        case(f, f"{a}/v2/anniq", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def aullarvik_sdks() -> list[Case]:
    rng = random.Random(21712)
    return [
        km_batch(APP, rng, [("Trip Requested", {"to": "YOW"}),
                            ("Boarding Checked In", {"nights": 4})], at=BOARDING_FIX, nd=3),
        km_queue(APP, rng, [("Itinerary Opened", {"offline": True}),
                            ("Claim Started", {"kind": "meals"})]),
        mt_launch(APP, rng, first=True, user=True),
        cp_session(APP, rng, secs=388),
        fq_eval(APP, rng, {"region": L("Qikiqtaaluk", "location.coarse"),
                           "program": L("medical_travel", MED)}, hdr=True),
        pg_register(APP, rng, tags={"file_status": "approved"}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        ms_geocode(APP, rng, "Ottawa orthopaedic clinic Smyth Road", SEARCH,
                   near=BOARDING_FIX, nd=2),
        ms_route(APP, rng, [(BOARDING_FIX, PRECISE), ((45.40112, -75.65104), None)],
                 mode="driving"),
        hi_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "mri_request.pdf", "application/pdf"),
    ]
