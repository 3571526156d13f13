"""Wedding-planning app "Aislewise": sign-up, log-in, ``/me`` with a JWT bearer, the wedding
(venue, partner), the partner's invitation, the guest list (addresses, a plus-one, dietary and
access needs), guests imported from the address book, her mother's entry, seating (msgpack),
budget payments, a vendor search, an enquiry and a deposit, the RSVP website (its password, her
mailing address, their story) and an engagement photo, "find my photos" (a selfie and its face
embedding), dress measurements, the checklist, the name-change kit, devices,
events and a cookie-authenticated GET (native ads on the free tier)."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import PDF
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families27_kit import code
from eval_families30_kit import centroid
from eval_families32_kit import (
    FIANCE,
    GUESTS,
    MOTHER,
    PLUS_ONE,
    SITE_PASS,
    SITE_SLUG,
    SSN_LAST4,
    VENDORS,
    VENUE,
    oid,
)
from eval_families32_sdk import (
    al_event,
    al_link,
    al_session,
    bf_bid,
    ck_crumb,
    ck_notify,
    tm_batch,
)
from eval_families32_svc import cm_upload, cs_check, mf_route, pr_contact, pr_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("aislewise", "Aislewise", "com.example.aislewise", "6.0.3",
          "https://api.aislewise.example.com")
IID = "Aislewise-Install-Id"
PW = "Peony+Garden+613"
WED = "wd_3f81c2"
W_URL = f"https://api.aislewise.example.com/api/v1/weddings/{WED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _guest(g: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": oid(rng, "gst", 8), "first_name": L(g["first"], NAMEC),
        "last_name": L(g["last"], NAMEC), "email": L(g["email"], MAIL),
        "phone": L(g["phone"], TEL), "address": {
            "line1": L(g["line1"], ADDR), "city": L(g["city"], COARSE),
            "state": L(g["state"], COARSE), "zip": L(g["zip"], COARSE)},
        "side": "bride", "household": oid(rng, "hh", 6), "invited_to": ["ceremony",
                                                                        "reception"]}
    if g["diet"] == "kosher":
        out["meal"] = L("kosher", SENS)
        out["plus_one"] = {"name": L(PLUS_ONE, NAMEC)}
    elif g["diet"]:
        out["meal"] = "chicken"
        out["allergies"] = [L(g["diet"], MED)]
    else:
        out["meal"] = "vegetarian"
    return out


def aislewise() -> list[Case]:
    rng = random.Random(3241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    wedding=WED))}
    contacts = [{"display_name": L(n, CONTACTS), "phones": [L(p, CONTACTS)],
                 "emails": [L(m, CONTACTS)]} for n, p, m in PEOPLE[:3]]
    tables = [{"table": "Table 1", "seats": 10, "guests": [oid(rng, "gst", 8)
                                                           for _ in range(6)]},
              {"table": "Sweetheart", "seats": 2, "guests": ["self", "partner"]}]
    flor, photo = VENDORS[0], VENDORS[1]
    cases = [
        case(f, f"{a}/api/v1/signup", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "role": L("bride", GENDER), "wedding_date": "2026-06-13"}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, W_URL, headers=_h(rng, **b), body={
            "partner": {"name": L(FIANCE[0], NAMEC), "role": L("groom", GENDER)},
            "date": "2026-06-13", "guest_estimate": 120, "budget_total": 48000,
            "venue": {"id": VENUE["id"], "name": VENUE["name"], "line": VENUE["line"],
                      "city": VENUE["city"], "lat": VENUE["at"][0], "lon": VENUE["at"][1]},
            "style": ["garden", "rustic"]}),
        case(f, f"{W_URL}/collaborators", headers=_h(rng, **b), body={
            "email": L(FIANCE[2], MAIL), "phone": L(FIANCE[1], TEL),
            "message": L("Come plan with me! The caterer needs our menu by Friday", TEXT)}),
        case(f, f"{W_URL}/guests", headers=_h(rng, **b), body={
            "guests": [_guest(g, rng) for g in GUESTS]}),
        case(f, f"{W_URL}/guests/import", gz=True, headers=_h(rng, **b), body={
            "source": "device_contacts", "contacts": contacts}),
        case(f, f"{W_URL}/guests/{oid(rng, 'gst', 8)}", headers=_h(rng, **b), body={
            "first_name": L(MOTHER[0].split()[0], NAMEC), "last_name": L(LAST, NAMEC),
            "phone": L(MOTHER[1], TEL), "email": L(MOTHER[2], MAIL),
            "role": "mother_of_bride",
            "access_note": L("Mum uses a wheelchair, seat her near the step-free entrance",
                             f"{TEXT}|{SENS}")}),
        case(f, f"{W_URL}/seating", fmt="msgpack", headers=_h(rng, **b), body={
            "layout": "round_10", "tables": tables,
            "note": L("Keep Tomás's table away from the nut dessert station",
                      f"{TEXT}|{MED}")}),
        case(f, f"{W_URL}/budget/items", headers=_h(rng, **b), body={"items": [
            {"category": "florals", "vendor": flor["id"], "estimate": 3500,
             "paid": L(1000, BUY), "due": "2026-05-01"},
            {"category": "photography", "vendor": photo["id"], "estimate": 4200,
             "paid": L(2100, BUY), "due": "2026-06-01"}]}),
        case(f, f"{a}/api/v1/vendors/search", headers=_h(rng, **b), query={
            "q": L("florist near tarrytown", SEARCH), "category": "florist",
            "near": f"{VENUE['at'][0]},{VENUE['at'][1]}", "radius_mi": "25"}),
        case(f, f"{a}/api/v1/vendors/{flor['id']}/inquiries", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L("+15550100199", TEL),
            "event_date": "2026-06-13", "guests": 120,
            "message": L("Hi! We'd love peonies and garden roses for a June garden wedding, "
                         "budget around $3,500.", TEXT)}),
        case(f, f"{a}/api/v1/vendors/{photo['id']}/deposit", headers=_h(rng, **b), body={
            "amount": L(2100, BUY), "invoice": L(code(rng, "LL"), BUY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{W_URL}/site", headers=_h(rng, **b), body={
            "slug": SITE_SLUG, "password": L(SITE_PASS, CRED),
            "headline": L("Jane & Ethan", NAMEC),
            "story": L("We met at a Tuesday pottery class in 2021 and neither of us can "
                       "throw a bowl.", TEXT),
            "gift_address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                             "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                             "zip": L(ZIP, COARSE)}}),
        multipart(f, f"{W_URL}/site/photos", [
            ("photo", "engagement_01.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Engagement shoot in Prospect Park", TEXT), "order": 1})],
            headers=_h(rng, **b)),
        multipart(f, f"{W_URL}/photos/find-me", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x07", MEDIA)),
            ("face", None, "application/json", {
                "embedding": L(centroid(rng), FACE), "model": "fn-128-v3",
                "landmarks5": L([301.2, 402.8, 399.6, 401.9, 350.4, 455.1, 312.7, 508.3,
                                 391.2, 507.6], FACE), "albums": ["guest_uploads"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/attire/measurements", headers=_h(rng, **b), body={
            "bust_in": L(34, FIT), "waist_in": L(27, FIT), "hips_in": L(37, FIT),
            "height_in": L(66, FIT), "fitting": "2026-04-18", "boutique": "bt_0419"}),
        case(f, f"{W_URL}/checklist", headers=_h(rng, **b), body={"tasks": [
            {"id": oid(rng, "tsk", 6), "title": L("Book hair and makeup trial", TEXT),
             "done": False},
            {"id": oid(rng, "tsk", 6), "title": L("Send Hannah the kosher caterer list", TEXT),
             "done": True}]}),
        case(f, f"{a}/api/v1/name-change", headers=_h(rng, **b), body={
            "new_last_name": L(FIANCE[0].split()[1], NAMEC), "current_last_name": L(LAST, NAMEC),
            "agencies": ["ssa", "dmv", "passport"], "ssn_last4": L(SSN_LAST4, NATID)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, how="nodash", **b), body={
            "token": L(push_token(rng), DID), "installation": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("guest_added", 1, count=3), ev("site_published", 2),
                ev("screen_view", 3, screen=L("SeatingChart", USAGE))]}),
        case(f, f"{W_URL}/rsvps", query={"status": "pending"}, headers=_h(rng, how="none"),
             cookies={"aw_session": L(opaque(rng, "", 40), CRED),
                      "aw_install": L(INSTALL_ID, DID)}),
    ]
    return cases


def aislewise_sdks() -> list[Case]:
    rng = random.Random(3242)
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":1,"title":{"len":80}},'
                                    '{"id":2,"img":{"type":3,"w":1200,"h":627}}]}',
                         "ver": "1.2"}, "tagid": "vendor_feed_native"}
    link = U("https://aislewise.example.com/join", {"w": WED, "from": L(NAME, NAMEC),
                                                    "invite": L(opaque(rng, "", 20), CRED),
                                                    "utm_source": "email"})
    return [
        tm_batch(APP, rng, [("Guest Added", {"count": 3}),
                            ("Vendor Contacted", {"category": "florist"}),
                            ("Deposit Paid", {"amount": L(2100, BUY)})], adid=True),
        al_session(APP, rng, first=True),
        al_event(APP, rng, "wd8pay", {"category": "photography"}, revenue=2100.0, hashed=True),
        al_link(APP, rng, link),
        bf_bid(APP, rng, native, at=(LAT, LON), nd=2, gender="F",
               keywords="wedding,bridal,florist"),
        cm_upload(APP, rng, L(PDF, MEDIA), "florist_contract.pdf", "application/pdf"),
        ck_notify(APP, rng, ("java.lang.OutOfMemoryError", "bitmap too large"),
                  [ck_crumb("SiteEditor", "navigation"), ck_crumb("photo picked", "user")],
                  ctx="SiteEditorActivity"),
        pr_contact(APP, rng, "email", L(EMAIL, MAIL)),
        pr_register(APP, rng, tags=["bride", "date:2026-06"]),
        cs_check(APP, rng, {"analytics": True, "ads": True}),
        mf_route(APP, rng, [((LAT, LON), PRECISE), (VENUE["at"], None)]),
    ]
