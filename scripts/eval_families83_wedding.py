"""Wedding planner "Dasmor" (snake_case API; she is marrying Marco in June): sign-up, a form
log-in, ``/me``, the wedding (ceremony, venue, her fiancé), the guest list, an RSVP entered for
a guest, invitations sent, seating (msgpack), a florist inquiry, the venue deposit and its
booking by invoice in the path, the wedding website, an engagement photo, the registry's shipping
address, paid expenses, vendors nearby, dress measurements, a name-change kit (her SSN and new
surname), a search, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, latlng, opaque
from eval_families21_kit import at_path
from eval_families24_kit import SSN, claims, head
from eval_families83_kit import DEPOSIT, FIANCE, FLORIST_W, GUESTS, VENUE, WEDDING_DATE, ids
from eval_families83_sdk import (
    ak_bid,
    gb_crash,
    gb_crumb,
    gj_link,
    gj_session,
    vz_batch,
)
from eval_families83_svc import fx_eval, ht_geocode, nd_attach, nj_register, pg_card
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("dasmor", "Dasmor", "com.example.dasmor", "6.1.4", "https://api.dasmor.example.com")
IID = "X-Dasmor-Install"
PW = "Peony&Lantern2026"
WED = "wed_61c0a2e9"  # the wedding's record (a negative)
GUEST_IDS = [f"gst_{i:04d}" for i in range(1, 5)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "plain")
    return head(APP, rng, iid=IID, lang=True, **kw)


def dasmor() -> list[Case]:
    rng = random.Random(8361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    w = f"{a}/v1/weddings/{WED}"
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}",
                                                                      NAMEC)))}
    guests = [{"name": n, "phone": p, "email": e, "address": ad, "side": "bride",
               "plus_one": i % 2 == 0} for i, (n, p, e, ad) in enumerate(GUESTS)]
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "partner_first_name": L(FIANCE[0].split()[0], NAMEC),
            "wedding_date": WEDDING_DATE, "role": "bride"}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/weddings", headers=_h(rng, **b), body={
            "date": WEDDING_DATE, "venue_id": VENUE["id"], "guests_estimate": 120,
            "ceremony": L("Catholic nuptial mass", SENS), "budget": "38000",
            "partner": {"name": L(FIANCE[0], NAMEC), "phone": L(FIANCE[1], TEL),
                        "email": L(FIANCE[2], MAIL)}}),
        case(f, f"{w}/guests", gz=True, headers=_h(rng, **b), body={"guests": guests}),
        case(f, f"{w}/guests/{GUEST_IDS[1]}/rsvp", headers=_h(rng, **b), body={
            "attending": True, "meal": "vegetarian", "plus_one_name": "Ilir Kola",
            "entered_by": L(USER_ID, UID)}),
        case(f, f"{w}/invitations/send", headers=_h(rng, **b), body={
            "to": [g[2] for g in GUESTS], "reply_to": L(EMAIL, MAIL),
            "template": "save_the_date_2", "send_at": "2026-01-15T15:00:00Z"}),
        case(f, f"{w}/seating", fmt="msgpack", headers=_h(rng, **b), body={
            "tables": [{"n": 1, "seats": GUEST_IDS[:2]}, {"n": 2, "seats": GUEST_IDS[2:]}],
            "layout": "banquet", "editor": L(USER_ID, UID)}),
        case(f, f"{a}/v1/vendors/florist_118/inquiries", headers=_h(rng, **b), body={
            "vendor_email": FLORIST_W["mail"], "vendor_phone": FLORIST_W["phone"],
            "my_phone": L(E164, TEL), "my_name": L(f"{FIRST} {LAST}", NAMEC),
            "message": L("Looking for peonies and olive branches for 12 tables on June 13",
                         TEXT), "budget_band": "2000-3000"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "vendor": VENUE["id"], "kind": "venue_deposit", "amount": L("5000.00", BUY),
            "invoice": L(DEPOSIT, BUY), "payment_method": L(opaque(rng, "pm_", 24),
                                                            "financial.payment")}),
        at_path(case(f, f"{a}/v1/bookings/{DEPOSIT}", headers=_h(rng, **b)), DEPOSIT, BUY),
        case(f, f"{w}/website", headers=_h(rng, **b), body={
            "slug": "jane-and-marco-2026",
            "story": L("Jane and Marco met at a Tirana cafe in 2019 and got engaged on the "
                       "High Line", f"{TEXT}|{NAMEC}"),
            "guest_password": L("olive-june-13", CRED), "show_registry": True}),
        multipart(f, f"{w}/photos", [
            ("photo", "engagement.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"album": "engagement", "cover": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/registry/shipping", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(LINE1, ADDR),
            "line2": L(LINE2, ADDR), "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)}),
        case(f, f"{w}/expenses", headers=_h(rng, **b), body={
            "category": "photography", "vendor": "Lumen & Lace Studio",
            "paid": L("1800.00", BUY), "planned": "2200.00", "due": "2026-05-01"}),
        case(f, f"{a}/v1/vendors", headers=_h(rng, **b), query={
            "near": latlng(2), "category": "caterer", "radius_km": "25"}),
        case(f, f"{a}/v1/attire/measurements", headers=_h(rng, **b), body={
            "bust_cm": L(88, FIT), "waist_cm": L(70, FIT), "hips_cm": L(95, FIT),
            "height_cm": L(167, FIT), "shoe_eu": 38}),
        case(f, f"{a}/v1/name-change", headers=_h(rng, **b), body={
            "current_last_name": L(LAST, NAMEC), "new_last_name": L("Bellini", NAMEC),
            "ssn": L(SSN, NATID), "marriage_date": WEDDING_DATE, "county": L("New York",
                                                                           COARSE)}),
        case(f, f"{a}/v1/marriage-licence", headers=_h(rng, **b), body={
            "office": "city_clerk_manhattan", "slot": "2026-05-20T09:30",
            "applicant_1": {"name": L(f"{FIRST} {LAST}", NAMEC), "dob": L(DOB, BIRTH)},
            "applicant_2": {"name": L(FIANCE[0], NAMEC), "dob": L("1989-11-02", BIRTH)},
            "fee": L("35.00", BUY)}),
        case(f, f"{a}/v1/inspiration/search", headers=_h(rng, **b), query={
            "q": L("olive branch centerpieces", SEARCH)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("guest_added", 1, count=4), ev("vendor_contacted", 2),
                ev("checklist_item_done", 3, item=ids(rng, "chk", 6))]}),
        case(f, f"{a}/v1/checklist", headers=_h(rng, how="none"),
             cookies={"dsm_session": L(opaque(rng, "", 44), CRED),
                      "dsm_install": L(INSTALL_ID, DID)}),
    ]


def dasmor_sdks() -> list[Case]:
    rng = random.Random(8362)
    return [
        vz_batch(APP, rng, [("Guest Added", {"count": 4}),
                            ("Vendor Contacted", {"category": "florist"})]),
        gj_session(APP, rng, first=True),
        gj_link(APP, rng, U("https://dasmor.example.com/w/jane-and-marco-2026", {
            "invite": "stb-2", "from": L(USER_ID, UID)})),
        ak_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, yob=1991, gender="F",
               keywords="wedding,bridal,venues"),
        gb_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "seat 9 of 8"),
                 [gb_crumb("navigation", "Guests -> Seating"),
                  gb_crumb("ui", "drag", {"table": 2})], screen="SeatingActivity"),
        fx_eval(APP, rng, {"plan": "premium", "wedding_month": "2026-06"}, hdr=True),
        nj_register(APP, rng, tags={"countdown": True}),
        pg_card(APP, rng, email=True),
        ht_geocode(APP, rng, "Hudson Glasshouse", SEARCH),
        nd_attach(APP, rng, L(JPEG + b"\x82", MEDIA), "contract_page1.jpg", "image/jpeg"),
    ]
