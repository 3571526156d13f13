"""Real-estate search app "Nestfind" (ad-funded: searches, listings, agents, tours, commutes)."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    COARSE,
    CRED,
    DID,
    MAIL,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    device_snake,
    push_token,
    tok,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, latlng, opaque
from eval_families22_kit import lines
from eval_families23_kit import (
    AGENT_MAIL,
    AGENT_PHONE,
    LISTING_LINE,
    LISTINGS_AT,
    WORK_AT,
    WORK_LINE,
    bearer_jwt,
    hdrs,
    rid,
)
from eval_families23_sdk import (
    crumb,
    fault_envelope,
    harbor_beacon,
    harbor_bid,
    loft_event,
    loft_session,
    tally_batch,
)
from eval_families23_svc import atlas_geocode, atlas_reverse, atlas_telemetry, permit_event
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case, rnd_hex

APP = App("nestfind", "Nestfind", "com.example.nestfind", "6.40.2", "https://api.nestfind.example.com")
LISTING = "L-88120341"
GOOGLE_SUB = "108843390125577201934"  # the user's account at the sign-in provider


def nestfind() -> list[Case]:
    rng = random.Random(2331)
    a, f = APP.api, APP.fam
    ck = {"nf_vid": L(INSTALL_ID, DID), "nf_sess": L(opaque(rng, "", 48), CRED),
          "nf_exp": "srp_v7"}
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "aud": "nestfind-android",
               "sub": L(GOOGLE_SUB, UID), "email": L(EMAIL, MAIL), "email_verified": True,
               "name": L(NAME, NAMEC), "iat": 1765300000, "exp": 1765303600},
              "body", "id_token", acc)
    cases = [
        add(case(f, f"{a}/v4/auth/google", headers=hdrs(APP, rng),
                 body={"id_token": idt, "nonce": rnd_hex(rng, 16), "client": "android"}), acc),
        case(f, f"{a}/v4/auth/refresh", fmt="form", headers=hdrs(APP, rng),
             body={"refresh_token": L(opaque(rng, "nfr.", 60), CRED), "grant": "refresh"}),
        case(f, f"{a}/v4/me", headers=hdrs(APP, rng, extra={
            "Authorization": J(bearer_jwt(rng, name=L(NAME, NAMEC)))})),
        case(f, f"{a}/v4/search/autocomplete", headers=hdrs(APP, rng), cookies=ck,
             query={"q": L("park slo", SEARCH), "types": "neighborhood,city,zip,address"}),
        case(f, f"{a}/v4/search", headers=hdrs(APP, rng, bearer="opaque"), gz=True,
             body={"query": L("Park Slope", SEARCH), "status": "for_sale",
                   "price": {"min": 900000, "max": 1600000}, "beds_min": 3, "baths_min": 2,
                   "bounds": {"ne": [40.68422, -73.96978], "sw": [40.66482, -73.98831]},
                   "sort": "newest", "page": 1, "search_id": rid(rng)}),
        case(f, f"{a}/v4/search/nearby", headers=hdrs(APP, rng, bearer="opaque"),
             query={"ll": latlng(5), "radius": "1mi", "status": "for_rent"}),
        case(f, f"{a}/v4/listings/{LISTING}", headers=hdrs(APP, rng), cookies=ck,
             query={"fields": "photos,history,taxes,schools"}),
        case(f, f"{a}/v4/schools", headers=hdrs(APP, rng),
             query={"lat": str(LISTINGS_AT[0][0]), "lng": str(LISTINGS_AT[0][1]),
                    "levels": "elementary,middle"}),
        case(f, f"{a}/v4/favorites", headers=hdrs(APP, rng, bearer="opaque"),
             body={"listing_id": LISTING, "user_id": L(USER_ID, UID), "board": "Top picks"}),
        case(f, f"{a}/v4/saved-searches", headers=hdrs(APP, rng, bearer="opaque"),
             body={"name": L("Slope 3br under 1.6", TEXT), "query": L("Park Slope", SEARCH),
                   "filters": {"beds_min": 3, "price_max": 1600000}, "alerts": "daily",
                   "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v4/leads", headers=hdrs(APP, rng, bearer="opaque"),
             body={"listing_id": LISTING, "agent_id": "ag_5521", "agent_phone": AGENT_PHONE,
                   "agent_email": AGENT_MAIL, "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
                   "phone": L(PHONE_PAREN, TEL),
                   "message": L("Hi, is the seller open to offers? We'd need to close by March.",
                                TEXT), "timeline": "3_6_months", "lead_id": rid(rng)}),
        case(f, f"{a}/v4/tours", headers=hdrs(APP, rng, bearer="opaque"),
             body={"listing_id": LISTING, "address": LISTING_LINE, "date": "2025-12-13",
                   "slot": "11:30", "kind": "in_person",
                   "attendee": {"name": L(NAME, NAMEC), "phone": L(PHONE_PAREN, TEL)},
                   "guests": [{"name": L(PEOPLE[0][0], NAMEC)}],
                   "note": L("We'll have a stroller, is there an elevator?", TEXT)}),
        case(f, f"{a}/v4/commute", headers=hdrs(APP, rng, bearer="opaque"),
             body={"from": {"listing": LISTING, "lat": LISTINGS_AT[0][0],
                            "lng": LISTINGS_AT[0][1]},
                   "to": {"label": "Work", "address": L(f"{WORK_LINE}, New York, NY 10036", ADDR),
                          "lat": L(WORK_AT[0], PRECISE), "lng": L(WORK_AT[1], PRECISE)},
                   "mode": "transit", "arrive_by": "09:00"}),
        case(f, f"{a}/v4/mortgage/estimate", headers=hdrs(APP, rng),
             body={"price": 1450000, "down": 290000, "rate": 6.125, "term_years": 30,
                   "property_tax": 9800, "hoa": 0, "listing_id": LISTING}),
        case(f, f"{a}/v4/home-value", headers=hdrs(APP, rng, bearer="opaque"),
             body={"address": {"line1": L(LINE1, ADDR), "unit": L(LINE2, ADDR),
                               "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                               "zip": L(ZIP, COARSE)},
                   "relationship": "owner", "beds": 2, "sqft": 1050}),
        case(f, f"{a}/v4/recently-viewed", fmt="msgpack", headers=hdrs(APP, rng,
                                                                      bearer="opaque"),
             body={"uid": L(USER_ID, UID), "viewed": [
                 {"id": LISTING, "ts": 1765300400, "dwell_s": L(142, USAGE)},
                 {"id": "L-88120377", "ts": 1765300588, "dwell_s": L(37, USAGE)}]}),
        lines(f, f"{a}/v4/events/batch", [
            {"e": L("listing_view", USAGE), "listing": LISTING, "did": L(INSTALL_ID, DID),
             "t": 1765300400112, "dev": device_snake()},
            {"e": L("photo_swipe", USAGE), "listing": LISTING, "idx": 7, "t": 1765300431020},
            {"e": L("contact_agent_tap", USAGE), "listing": LISTING, "t": 1765300502334}],
            headers=hdrs(APP, rng, bearer="opaque"), gz=True),
        case(f, f"{a}/v4/me/notifications", headers=hdrs(APP, rng, bearer="opaque"),
             body={"push_token": L(push_token(rng), DID), "price_drops": True,
                   "open_houses": True, "quiet_hours": ["22:00", "07:00"]}),
        case(f, f"{a}/v4/share", headers=hdrs(APP, rng, bearer="opaque"),
             body={"listing_id": LISTING, "channel": "sms", "to": L(PEOPLE[1][1], TEL),
                   "message": L("Look at the kitchen in this one!!", TEXT)}),
        case(f, f"{a}/v4/neighborhoods/park-slope/stats", headers=hdrs(APP, rng)),
    ]
    return cases


def nestfind_sdks() -> list[Case]:
    rng = random.Random(2332)
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":1,"title":{"len":90}}]}'},
              "tagid": "srp_native_4", "bidfloor": 1.1}
    return [
        harbor_bid(APP, rng, imp=native, nd=4, hem=True, cat=["IAB21"]),
        harbor_bid(APP, rng, imp={"banner": {"w": 300, "h": 250}, "tagid": "ldp_mrec"},
                   nd=2, cat=["IAB21"], gz=True),
        harbor_beacon(APP, rng, "imp"),
        harbor_beacon(APP, rng, "click"),
        tally_batch(APP, rng, [ev("search", 1, query=L("Park Slope", SEARCH), results=212),
                               ev("listing_view", 2, listing=LISTING, price=1450000),
                               ev("lead_submit", 3, listing=LISTING)], adid=True,
                    props={"buyer_stage": "touring", "home_owner": True}),
        loft_session(APP, rng, count=22),
        loft_event(APP, rng, "nf2lead", callback={"listing": LISTING,
                                                  "uid": L(USER_ID, UID)}, hashed=True),
        fault_envelope(APP, rng, exc=("java.lang.OutOfMemoryError",
                                      "Failed to allocate a 31457292 byte allocation"),
                       crumbs=[crumb("navigation", "Search -> ListingDetail"),
                               crumb("ui.swipe", "gallery", {"index": 7})], user=False),
        atlas_geocode(APP, rng, "Park Slope Brooklyn", SEARCH, near=2),
        atlas_reverse(APP, rng, 5),
        atlas_telemetry(APP, rng, nd=6),
        permit_event(APP, rng, {"analytics": True, "ads": True, "sale_of_data": True}),
    ]

