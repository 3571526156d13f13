"""Wedding-photography booking app "Lagnachitra" (a marketplace of photographers: she books the
photos for her brother-in-law Rohan's wedding to Gauri in January; set 55 had a single wedding
photographer's client gallery with face clustering, set 32 and 83 wedding planners, this one is
the search, quote, booking and schedule before the day): sign-up, log-in, ``/me``, a search, a
profile, a shortlist, an enquiry (the couple, the rites, the venue), a chat message (msgpack),
the quote accepted, the booking with an advance by UPI and the invoice by booking number in the
path, the contract's signature, the functions' schedule (the haldi at her flat), the pre-wedding
shoot's pick-up, a mood-board photo, the family VIP list, the booking shared with her husband,
the album's picks and delivery, a review, push, events and the bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import ev
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families25_kit import PNG
from eval_families37_kit import fix, obj
from eval_families123_kit import (
    BRIDE,
    FORT_AT,
    GROOM,
    HOME_AT,
    HOME_PN,
    HUSBAND,
    UPI_VPA,
    VENUE,
    PuneApp,
    hh,
)
from eval_families123_sdk import (
    gk_batch,
    gk_identify,
    jx_bid,
    tf_crash,
    tf_crumb,
    vl_event,
    vl_link,
    vl_session,
)
from eval_families123_svc import gn_register, nx_telemetry, pp_upi
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, U, case

APP = PuneApp("lagnachitra", "Lagnachitra", "com.example.lagnachitra", "8.3.0",
              "https://api.lagnachitra.example.com")
IID = "X-LC-Install"
PW = "Sanai&Choughada26"
REF = "LC-26-00417"  # the booking's reference (financial.purchase)
PH = {"id": "ph_0418", "name": "Studio Sanai", "phone": "+919890041800"}  # the photographer
VIPS = [("Aaji (Kusum Deshpande)", "grandmother"), ("Suresh Deshpande", "father-in-law"),
        ("Anita Deshpande", "mother-in-law")]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how=how, lang=False, **kw)


def lagnachitra() -> list[Case]:
    rng = random.Random(12361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    hla, hlo = fix(HOME_AT, 6)
    pla, plo = fix(HOME_AT, 4)
    enq, quote = obj(rng, "enq", 10), obj(rng, "qt", 8)
    acc: Acc = {}
    ck = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "exp": 1768204800}, "cookie",
             "lc_at", acc)
    inv = at_path(case(f, f"{a}/v1/bookings/{REF}/invoice", headers=_h(rng, **b),
                       query={"format": "pdf"}), REF, BUY)
    return [
        case(f, f"{a}/v1/users/signup", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "city": L("Pune", COARSE), "role": "client"}),
        case(f, f"{a}/v1/users/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/photographers/search", headers=_h(rng, **b), query={
            "q": L("candid maharashtrian wedding photographer", SEARCH),
            "city": L("Pune", COARSE), "date": "2026-01-24", "budgetMax": "250000",
            "sort": "rating"}),
        case(f, f"{a}/v1/photographers/{PH['id']}", headers=_h(rng, **b),
             query={"include": "packages,reviews"}),
        case(f, f"{a}/v1/shortlists", fmt="form", headers=_h(rng, **b), body={
            "photographers": f"{PH['id']},ph_0733,ph_1102",
            "name": L("Rohan-Gauri lagna", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/enquiries", headers=_h(rng, **b), body={
            "photographer": PH["id"], "contactName": L(NAME, NAMEC),
            "contactPhone": L(E164, TEL),
            "couple": {"groom": L(GROOM, NAMEC), "bride": L(BRIDE, NAMEC)},
            "event": {"date": "2026-01-24", "city": L("Pune", COARSE), "guests": 400,
                      "functions": ["haldi", "simant_pujan", "lagna", "reception"],
                      "rites": L("Maharashtrian Hindu (Vaidik)", SENS),
                      "venue": {"id": VENUE["id"], "name": VENUE["name"],
                                "line": VENUE["line"], "lat": VENUE["lat"],
                                "lon": VENUE["lon"]}},
            "message": L("Need candid + traditional for 2 days, drone if the lawns allow",
                         TEXT)}),
        case(f, f"{a}/v1/enquiries/{enq}/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "text": L("Can you also cover the Simant Pujan at our flat in Kothrud on the 23rd?",
                      f"{TEXT}|{COARSE}"), "clientId": obj(rng, "cm", 12)}),
        case(f, f"{a}/v1/quotes/{quote}/accept", headers=_h(rng, **b), body={
            "package": L("Gold: 2 days candid + traditional, 1 album", BUY),
            "amount": L(185000, BUY), "gst": L(33300, BUY), "total": L(218300, BUY)}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "quote": quote, "bookingRef": L(REF, BUY), "advance": L(50000, BUY),
            "balanceDue": L(168300, BUY), "payment": "upi", "vpa": L(UPI_VPA, PAY)}),
        inv,
        multipart(f, f"{a}/v1/bookings/{REF}/contract/sign", [
            ("signature", "signature.png", "image/png", L(PNG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "booking": L(REF, BUY), "signedName": L(NAME, NAMEC),
                "signerIp": L(PUBLIC_IP, IPLOC), "signedAt": "2025-12-13T12:02:11+05:30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bookings/{REF}/schedule", headers=_h(rng, **b), body={"events": [
            {"name": "haldi", "date": "2026-01-23", "time": "10:00",
             "place": {"label": "our flat", "line": L(HOME_PN["line"], ADDR),
                       "lat": hla, "lon": hlo}},
            {"name": "lagna", "date": "2026-01-24", "time": "11:34",
             "place": {"label": VENUE["name"], "line": VENUE["line"], "lat": VENUE["lat"],
                       "lon": VENUE["lon"]}}]}),
        case(f, f"{a}/v1/bookings/{REF}/prewedding", headers=_h(rng, **b), body={
            "spot": {"name": "Sinhagad fort", "lat": FORT_AT[0], "lon": FORT_AT[1]},
            "date": "2026-01-10", "pickup": {"line": L(HOME_PN["line"], ADDR), "lat": pla,
                                             "lon": plo}, "time": "05:30"}),
        multipart(f, f"{a}/v1/moodboards/mb_haldi/items", [
            ("image", "haldi_ref.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {"note": L("Marigold backdrop like this", TEXT),
                                                "booking": L(REF, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bookings/{REF}/vips", headers=_h(rng, **b), body={
            "people": [{"name": L(n, NAMEC), "relation": r} for n, r in VIPS],
            "coordinator": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/bookings/{REF}/share", fmt="form", headers=_h(rng, **b), body={
            "email": L(HUSBAND[2], MAIL), "name": L(HUSBAND[0], NAMEC), "role": "viewer"}),
        case(f, f"{a}/v1/album/selections", headers=_h(rng, **b), body={
            "booking": L(REF, BUY), "photos": [obj(rng, "img", 8) for _ in range(4)],
            "layout": "classic_40"}),
        case(f, f"{a}/v1/album/delivery", headers=_h(rng, **b), body={
            "booking": L(REF, BUY), "address": L(HOME_PN["line"], ADDR),
            "city": L("Pune", COARSE), "pin": L(HOME_PN["pin"], COARSE),
            "phone": L(E164, TEL), "extraCopies": 2, "extraCost": L(6000, BUY)}),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "photographer": PH["id"], "stars": "5",
            "text": L("Quick replies, clear quote, flexible on the haldi timing", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_IN", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("quote_accepted", 1), ev("advance_paid", 2),
                ev("screen", 3, screen=L("BookingSchedule", USAGE))]}),
        add(case(f, f"{a}/v1/bookings", headers=_h(rng, how="none"),
                 cookies={"lc_at": ck, "lc_uid": L(USER_ID, UID)}), acc),
    ]


def lagnachitra_sdks() -> list[Case]:
    rng = random.Random(12362)
    link = U("https://lagnachitra.example.com/b", {"ref": L(REF, BUY), "utm_source": "email",
                                                   "utm_campaign": "booking_confirm"})
    drive = [(18.49912, 73.81245), (18.49587, 73.81602), (18.49231, 73.81933)]
    return [
        gk_batch(APP, rng, [("Quote Accepted", {"total": L(218300, BUY)}),
                            ("Search", {"q": L("candid maharashtrian wedding photographer",
                                               SEARCH)})], adid=True, ip=True),
        gk_identify(APP, rng, {"event_city": L("Pune", COARSE), "event_month": "2026-01",
                               "bookings": 1}),
        vl_session(APP, rng, first=True),
        vl_event(APP, rng, "purchase", {"booking": L(REF, BUY)}, revenue=50000.0, hashed=True),
        vl_link(APP, rng, link),
        jx_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3, yob=1991,
               gender="F", keywords="wedding,photography,pune"),
        tf_crash(APP, rng, ("java.io.FileNotFoundException", "moodboard cache"),
                 [tf_crumb("nav", "Booking -> Moodboard")], screen="MoodboardActivity"),
        pp_upi(APP, rng, "50000.00", "Lagnachitra advance"),
        nx_telemetry(APP, rng, drive, PRECISE),
        gn_register(APP, rng, tags={"event_date": "2026-01-24", "city": L("Pune", COARSE)}),
    ]
