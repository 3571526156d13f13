"""Community volunteering app "Pitchin" (free, banner ads): finding shifts near the user, a
background check, check-in at the site, logged hours and photos, donations, a team."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    EMAIL_MD5,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    sha,
)
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, STATE, ZIP, App, latlng, opaque
from eval_families22_kit import lines
from eval_families24_kit import (
    COORDINATOR_MAIL,
    FOODBANK_AT,
    FOODBANK_PHONE,
    SSN,
    claims,
    head,
    others,
)
from eval_families24_sdk import fern_bid, fern_notice, graph_batch, graph_pixel, moor_launch
from eval_families24_svc import (
    agree_save,
    chime_register,
    flag_fetch,
    quill_autocomplete,
    quill_route,
    sprout_card,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("pitchin", "Pitchin", "com.example.pitchin", "2.21.3",
          "https://api.pitchin.example.org")
IID = "Pitchin-Install"
NATID = "personal.national_id"
SHIFT = "sh_2291"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def pitchin() -> list[Case]:
    rng = random.Random(2461)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="volunteer"))}
    mates = others(rng, 3, "v_")
    at_site: dict[str, str] = {}  # the phone's fix at the site (fields 2, 3); the site's own 5.*
    checkin = pb([(1, SHIFT), (2, L(40.72991, PRECISE)), (3, L(-73.97826, PRECISE)),
                  (4, 1765371620), (5, [(1, FOODBANK_AT[0]), (2, FOODBANK_AT[1]), (3, 150)]),
                  (6, "geofence")], "", at_site)
    queue = [{"event": L(n, USAGE), "at": 1765371000 + 11 * i, "uid": L(USER_ID, UID),
              "props": p} for i, (n, p) in enumerate([
                  ("opportunity_viewed", {"opp": "opp_4471"}),
                  ("shift_signed_up", {"shift": SHIFT}),
                  ("screen_view", {"screen": L("ImpactDashboard", USAGE)})])]
    cases = [
        case(f, f"{a}/api/v2/auth/magic-link", headers=_h(rng),
             body={"email": L(EMAIL, MAIL), "redirect": "pitchin://auth"}),
        case(f, f"{a}/api/v2/auth/callback", headers=_h(rng),
             query={"token": L(opaque(rng, "ml_", 40), CRED), "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/profile", headers=_h(rng, auth="bearer"),
             body={"display_name": L("Jane D.", NAMEC), "birth_date": L(DOB, BIRTH),
                   "bio": L("Weekend volunteer: food rescue and park cleanups", TEXT),
                   "skills": ["spanish", "driving"], "tshirt": "M", "zip": L(ZIP, COARSE),
                   "causes": ["food_security", "environment", "animals"]}),
        case(f, f"{a}/api/v2/opportunities/near", headers=_h(rng, auth="bearer"),
             query={"ll": latlng(3), "radius_km": "10", "cause": "food_security"}),
        case(f, f"{a}/api/v2/opportunities/search", headers=_h(rng, auth="bearer"),
             query={"q": L("animal shelter saturday", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v2/opportunities/opp_4471", headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/shifts/{SHIFT}/signup", headers=_h(rng, auth="bearer"), body={
            "opportunity": "opp_4471", "waiver_signed": True, "signature": L(NAME, NAMEC),
            "emergency_contact": {"name": L(PEOPLE[3][0], NAMEC),
                                  "phone": L(PEOPLE[3][1], TEL)},
            "accommodations": L("I can't lift more than 10 kg since my back surgery",
                                f"{TEXT}|{MED}"), "site_phone": FOODBANK_PHONE}),
        case(f, f"{a}/api/v2/background-check", headers=_h(rng, auth="bearer"), body={
            "legal_first": L(FIRST, NAMEC), "legal_last": L(LAST, NAMEC),
            "dob": L(DOB, BIRTH), "ssn": L(SSN, NATID), "consent_fcra": True,
            "address": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        raw(f, f"{a}/api/v2/shifts/{SHIFT}/checkin", checkin, "application/x-protobuf",
            at_site, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/shifts/{SHIFT}/hours", headers=_h(rng, auth="bearer"),
             body={"minutes": 185, "supervisor_email": COORDINATOR_MAIL,
                   "notes": L("Sorted about 400 lb of produce with Sam", TEXT)}),
        multipart(f, f"{a}/api/v2/shifts/{SHIFT}/photos", [
            ("photo", "IMG_20251210_1132.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("caption", None, "text/plain", L("Saturday crew at the pantry!", TEXT))],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/donations", headers=_h(rng, auth="bearer"),
             body={"org_id": "org_33", "amount": L("25.00", BUY), "recurring": "monthly",
                   "payment_method": L("pm_" + opaque(rng, "", 24), PAY),
                   "in_honor_of": L(PEOPLE[1][0], NAMEC), "anonymous": False}),
        case(f, f"{a}/api/v2/teams/tm_88/invite", headers=_h(rng, auth="bearer"),
             body={"emails": [L(PEOPLE[0][2], MAIL), L(PEOPLE[4][2], MAIL)],
                   "message": "Join our Saturday team", "members": mates}),
        case(f, f"{a}/api/v2/contacts/match", headers=_h(rng, auth="bearer"),
             body={"hashes": [L(sha("sha256", p[1]), CONTACTS) for p in PEOPLE],
                   "kind": "phone_sha256"}),
        case(f, f"{a}/api/v2/me/impact", query={"year": "2025"}, headers=_h(rng, how="none"),
             cookies={"pi_sid": L(opaque(rng, "", 48), CRED), "pi_iid": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/certificates", fmt="form", headers=_h(rng, auth="bearer"),
             body={"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "from": "2025-01-01",
                   "to": "2025-12-31", "purpose": "school"}),
        case(f, f"{a}/api/v2/orgs/org_33", headers=_h(rng, auth="bearer")),
        lines(f, f"{a}/api/v2/events", queue, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/push", headers=_h(rng, auth="bearer"),
             body={"token": L(push_token(rng), DID), "install": L(INSTALL_ID.upper(), DID),
                   "os": L("android 14", DEV)}),
    ]
    return cases


def pitchin_sdks() -> list[Case]:
    rng = random.Random(2462)
    return [
        fern_bid(APP, rng, {"banner": {"w": 320, "h": 50}, "tagid": "feed_banner"}, nd=2,
                 yob=1991, gender="F"),
        fern_bid(APP, rng, {"banner": {"w": 300, "h": 250}, "tagid": "detail_mrec"}, nd=4),
        fern_notice(APP, rng, "bill"),
        graph_batch(APP, rng, [("shift_checked_in", {"method": "geofence"}),
                               ("donation_made", {"amount": L(25.0, BUY)})], nd=3),
        graph_pixel(APP, rng, "share_tapped", {"target": "photos", "em": L(EMAIL_MD5, MAIL)}),
        moor_launch(APP, rng, count=6, user=True),
        quill_route(APP, rng, FOODBANK_AT, "pedestrian", nd=6),
        quill_autocomplete(APP, rng, "harvest share pantry", SEARCH, nd=4),
        chime_register(APP, rng, nd=3, tags={"causes": "food_security"}),
        flag_fetch(APP, rng, {"zip": L(ZIP, COARSE), "teams": 1}),
        sprout_card(APP, rng, name=False),
        agree_save(APP, rng, {"analytics": True, "ads": True}),
    ]
