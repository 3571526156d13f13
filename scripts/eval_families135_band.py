"""A primary school brass band's parents' app "Palasipani" (their son Viliami, 10, plays the
cornet in his school's band; the user is the parent). New to the evaluation (no earlier set names
a brass band; sets 95, 97 and 105 have music lessons, a choir and a classical-music school, none
a school band with hired instruments, practice recordings and parade trips). Calls: the
parent's sign-up, a log-in, ``/me`` (a ``students`` claim), linking Viliami, his band page by
student number in the path, an instrument hire, a practice recording (audio and JSON), a
practice log, band fees, a uniform order, a parade-trip consent, a check-in at the parade, a
message to the bandmaster, his photo, notices by a cookie GET, a volunteer sign-up, concert
tickets, contacts, a receipt by number in the path, the schedule, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families135_kit import (
    HUSBAND,
    INSTRUMENT,
    PARADE_FIX,
    SCHOOL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families135_sdk import af_event, ct_crash, ct_crumb, mk_batch, mk_traits
from eval_families135_svc import ch_save, cp_card, cp_confirm, ft_eval, hn_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("palasipani", "Palasipani", "com.example.palasipani", "2.2.3",
          "https://api.palasipani.example.net")
IID = "X-Band-Install"
PW = "Cornet!Mateialona5"
SID = SON["student"]
KID = f"{SON['first']} {SON['last']}"
RECEIPT = "BR-2025-00412"
INVOICE = "BF-T4-2025-0388"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def palasipani() -> list[Case]:
    rng = random.Random(13541)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(SID, UID)]))}
    pla, plo = fix(PARADE_FIX, 5)
    trip = obj(rng, "trip", 8)
    page = at_path(case(f, f"{a}/v1/students/{SID}/band", headers=_h(rng, **b)), SID, UID)
    rcpt = at_path(case(f, f"{a}/v1/receipts/{RECEIPT}.pdf", headers=_h(rng, **b)),
                   f"{RECEIPT}.pdf", BUY)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "mobile": L(E164, TEL), "password": L(PW, CRED),
            "relationship": "mother"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students/link", headers=_h(rng, **b), body={
            "studentNumber": L(SID, UID), "firstName": L(SON["first"], NAMEC),
            "lastName": L(SON["last"], NAMEC), "dob": L(SON["dob"], BIRTH),
            "sex": L("M", GENDER), "class": "5B", "section": "cornets",
            "school": SCHOOL["id"]}),
        page,
        case(f, f"{a}/v1/instruments/hire", headers=_h(rng, **b), body={
            "instrument": INSTRUMENT["id"], "serial": INSTRUMENT["serial"],
            "kind": INSTRUMENT["kind"], "student": L(SID, UID), "deposit": L(50, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "term": "2025-T4"}),
        multipart(f, f"{a}/v1/practice/recordings", [
            ("audio", "scales_week50.m4a", "audio/mp4", L(M4A + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"student": L(SID, UID), "minutes": 14,
                                                 "piece": "Tonga Fonua Ko 'Eku"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/practice/log", headers=_h(rng, **b), body={
            "student": L(SID, UID), "week": "2025-W50",
            "days": [{"d": "2025-12-08", "min": 20}, {"d": "2025-12-09", "min": 15}],
            "signedBy": "parent"}),
        case(f, f"{a}/v1/fees/pay", headers=_h(rng, **b), body={
            "invoice": L(INVOICE, BUY), "student": L(SID, UID), "amount": L(35, BUY),
            "currency": "TOP", "method": L(opaque(rng, "pm_", 24), PAY),
            "receipt": L(RECEIPT, BUY)}),
        case(f, f"{a}/v1/uniform/orders", fmt="form", headers=_h(rng, **b), body={
            "student": L(SID, UID), "items": "tupenu_S,white_shirt_S,cap_S",
            "total": L("62", BUY)}),
        case(f, f"{a}/v1/trips/{trip}/consent", headers=_h(rng, **b), body={
            "student": L(SID, UID), "consent": True,
            "medical": L("Rheumatic heart disease, monthly penicillin, no heavy lifting", MED),
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "photoConsent": False}),
        case(f, f"{a}/v1/trips/{trip}/checkin", headers=_h(rng, **b), body={
            "student": L(SID, UID), "at": {"lat": pla, "lon": plo}, "role": "parent-helper"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "bandmaster", "student": L(SID, UID),
            "text": L("Viliami has his heart injection Thursday and will miss practice",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/students/{SID}/photo", [
            ("photo", "viliami_band.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"student": L(SID, UID), "use": "band_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"), query={"band": "mps_band"},
             cookies={"pp_session": L(opaque(rng, "", 40), CRED),
                      "pp_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/volunteers", fmt="form", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "role": "food stall", "event": "evt_xmas_concert"}),
        case(f, f"{a}/v1/concerts/tickets", headers=_h(rng, **b), body={
            "event": "evt_xmas_concert", "qty": 4, "total": L(40, BUY),
            "booking": L("TK-88120", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/students/{SID}/contacts", headers=_h(rng, **b), body={
            "contacts": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                          "relation": "father"},
                         {"name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
                          "relation": "mother"}]}),
        rcpt,
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "band": "mps_band", "from": "2025-12-01", "lang": L("en", DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("recording_uploaded", 1), ev("fee_paid", 2),
                ev("screen", 3, screen=L("BandHome", USAGE))]}),
    ]


def palasipani_sdks() -> list[Case]:
    rng = random.Random(13542)
    return [
        mk_batch(APP, rng, [("Recording Uploaded", {"minutes": 14}),
                            ("Fee Paid", {"amount": L(35, BUY)})]),
        mk_traits(APP, rng, {"childBirthYear": L(2015, BIRTH), "instrument": "cornet",
                             "children": 1}),
        af_event(APP, rng, "band_fee", {"invoice": L(INVOICE, BUY)}, revenue=35.0,
                 hashed=True),
        ct_crash(APP, rng, ("java.lang.IllegalArgumentException", "audio encoder 0 Hz"),
                 [ct_crumb("nav", "BandHome -> Record"), ct_crumb("ui", "record_stop")],
                 screen="RecordActivity"),
        ft_eval(APP, rng, {"school": SCHOOL["id"], "children": 1}),
        pk_register(APP, rng, tags={"band": "mps_band", "section": "cornets"}),
        ch_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "35"),
        hn_message(APP, rng, L(f"Receipt {RECEIPT} is not showing for {KID}",
                               f"{TEXT}|{BUY}|{NAMEC}"), {"student": L(SID, UID)}),
    ]
