"""Carpool-to-school app "Schoolpool", used by a parent (her child, other parents, live trips)."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    E164,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    device_snake,
    multipart,
    pb,
    push_token,
    raw,
    sha,
)
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, pos
from eval_families21_kit import track
from eval_families22_kit import LICENCE, PHYSICIAN_PHONE
from eval_families23_kit import (
    CHILD,
    CHILD_DOB,
    CHILD_GRADE,
    PLATE,
    SCHOOL_AT,
    SCHOOL_PHONE,
    bearer_jwt,
    hdrs,
    other_ids,
    rid,
)
from eval_families23_sdk import crumb, fault_envelope, loft_session, tally_batch
from eval_families23_svc import (
    atlas_directions,
    atlas_geocode,
    atlas_reverse,
    nook_start,
    permit_event,
    ping_open,
    ping_player,
    ping_register,
    toggle_eval,
)
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("schoolpool", "Schoolpool", "com.example.schoolpool", "2.9.0",
          "https://api.schoolpool.example.com")
NATID = "personal.national_id"
TRIP = "tr_9931"


def schoolpool() -> list[Case]:
    rng = random.Random(2351)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(bearer_jwt(rng, phone_number=L(E164, TEL), role="parent"))}
    hlat, hlon = pos(6)
    fixes = track(rng, 3, (40.74512, -73.98611))
    fix_pb = pb([(1, TRIP)] + [(2, [(1, x["lat"].value), (2, x["lon"].value), (3, x["t"])])
                               for x in fixes] + [(3, 12)], "", {})
    fix_labels = {f"2[{i}].{k}": PRECISE for i in range(3) for k in (1, 2)}
    cases = [
        case(f, f"{a}/api/auth/otp/start", headers=hdrs(APP, rng),
             body={"phone": L(E164, TEL), "channel": "sms", "locale": "en-US"}),
        case(f, f"{a}/api/auth/otp/verify", headers=hdrs(APP, rng),
             body={"phone": L(E164, TEL), "code": L("552904", CRED),
                   "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=hdrs(APP, rng, extra=jw)),
        case(f, f"{a}/api/children", headers=hdrs(APP, rng, bearer="opaque"),
             body={"name": L(CHILD, NAMEC), "dob": L(CHILD_DOB, BIRTH), "grade": CHILD_GRADE,
                   "school_id": "sch_2208", "allergies": [L("tree nuts", MED)],
                   "booster_seat": True, "pickup_note": L("Leo gets carsick, window seat please",
                                                          f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/children/ch_41/photo", [
            ("photo", "leo.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {"child": "ch_41", "crop": "square"})],
            headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/api/household", headers=hdrs(APP, rng, bearer="opaque"),
             body={"parent": {"name": L(NAME, NAMEC), "dob": L(DOB, BIRTH)},
                   "address": {"street": L(f"{LINE1} {LINE2}", ADDR), "city": L(CITY, COARSE),
                               "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
                   "pickup_point": {"lat": hlat, "lng": hlon}, "seats": 4,
                   "vehicle": {"plate": PLATE, "make": "Honda", "model": "Odyssey",
                               "color": "silver"}}),
        case(f, f"{a}/api/groups/grp_77/invite", headers=hdrs(APP, rng, bearer="opaque"),
             body={"invites": [{"name": L(p[0], NAMEC), "phone": L(p[1], TEL)}
                               for p in PEOPLE[:2]], "message": "Join our Westbrook carpool"}),
        case(f, f"{a}/api/contacts/match", headers=hdrs(APP, rng, bearer="opaque"),
             body={"phones_sha256": [L(sha("sha256", p[1]), CONTACTS) for p in PEOPLE[:4]],
                   "country": "US"}),
        case(f, f"{a}/api/groups/grp_77/schedule", query={"week": "2025-50"},
             headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/api/groups/grp_77/schedule/claim", headers=hdrs(APP, rng,
                                                                        bearer="opaque"),
             body={"day": "2025-12-11", "leg": "morning", "driver": "me",
                   "members": other_ids(rng, 3, "m_")}),
        case(f, f"{a}/api/trips/{TRIP}/start", headers=hdrs(APP, rng, bearer="opaque"),
             body={"lat": hlat, "lng": hlon, "kids": ["ch_41", "ch_58", "ch_60"],
                   "eta_school": "08:12", "started": 1765450000}),
        raw(f, f"{a}/api/trips/{TRIP}/track", fix_pb, "application/x-protobuf", fix_labels,
            headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/api/trips/{TRIP}/pickup", headers=hdrs(APP, rng, bearer="opaque"),
             body={"child": "ch_58", "lat": L(40.74677, PRECISE), "lng": L(-73.98402, PRECISE),
                   "at": 1765450233}),
        case(f, f"{a}/api/trips/{TRIP}/arrive", headers=hdrs(APP, rng, bearer="opaque"),
             body={"school_id": "sch_2208", "school_lat": SCHOOL_AT[0],
                   "school_lng": SCHOOL_AT[1], "lat": L(40.75191, PRECISE),
                   "lng": L(-73.98127, PRECISE), "at": 1765450711}),
        case(f, f"{a}/api/groups/grp_77/messages", headers=hdrs(APP, rng, bearer="opaque"),
             body={"client_id": rid(rng), "text": L("Running 5 min late, Leo forgot his "
                                                    "inhaler so we're going back", f"{TEXT}|{MED}"),
                   "reply_to": None}),
        case(f, f"{a}/api/driver/verify", headers=hdrs(APP, rng, bearer="opaque"),
             body={"licence_number": L(LICENCE, NATID), "state": L("NY", COARSE),
                   "expires": "2029-05-17", "dob": L(DOB, BIRTH), "name": L(NAME, NAMEC)}),
        case(f, f"{a}/api/children/ch_41/emergency-card", headers=hdrs(APP, rng,
                                                                       bearer="opaque"),
             body={"conditions": [L("asthma", MED)], "medications": [L("albuterol inhaler",
                                                                       MED)],
                   "pediatrician_phone": PHYSICIAN_PHONE, "school_phone": SCHOOL_PHONE,
                   "backup_contact": {"name": L(PEOPLE[2][0], NAMEC),
                                      "phone": L(PEOPLE[2][1], TEL)}}),
        case(f, f"{a}/api/schools/search", query={"q": L("westbrook elem", SEARCH)},
             headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/api/location/share", fmt="form", headers=hdrs(APP, rng, bearer="opaque"),
             body={"group": "grp_77", "lat": L(round(fixes[2]["lat"].value, 5), PRECISE),
                   "lng": L(round(fixes[2]["lon"].value, 5), PRECISE), "expires_min": "30"}),
        case(f, f"{a}/api/devices", headers=hdrs(APP, rng, bearer="opaque"),
             body={"push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/events", gz=True, headers=hdrs(APP, rng, bearer="opaque"),
             body={"user": L(USER_ID, UID), "device": device_snake(), "events": [
                 ev("trip_start", 1, kids=3), ev("pickup_confirm", 2),
                 ev("screen_view", 3, screen=L("TripLive", USAGE))]}),
    ]
    return cases


def schoolpool_sdks() -> list[Case]:
    rng = random.Random(2352)
    player = ping_player(rng)
    return [
        tally_batch(APP, rng, [ev("trip_complete", 1, minutes=L(19, USAGE), kids=3),
                               ev("group_message_sent", 2, group="grp_77")],
                    props={"children": 1, "groups": 1, "role": "driver"}),
        loft_session(APP, rng, count=40),
        fault_envelope(APP, rng, exc=("java.lang.SecurityException",
                                      "Location permission revoked"),
                       crumbs=[crumb("navigation", "Schedule -> TripLive"),
                               crumb("location", "fix", {"lat": L(40.74512, PRECISE),
                                                         "lon": L(-73.98611, PRECISE)})]),
        ping_register(APP, rng, tags={"group": "grp_77", "school": "sch_2208"}, nd=4),
        ping_open(APP, rng, player),
        atlas_directions(APP, rng, SCHOOL_AT),
        atlas_reverse(APP, rng, 6),
        atlas_geocode(APP, rng, f"{LINE1}, {CITY}", ADDR),
        toggle_eval(APP, rng, {"groups": 1, "state": L("NY", COARSE)}),
        nook_start(APP, rng, L("The app stopped sharing my location with the group mid-trip",
                               TEXT), custom={"group": "grp_77", "trip": TRIP}),
        permit_event(APP, rng, {"analytics": True, "ads": False}),
    ]
