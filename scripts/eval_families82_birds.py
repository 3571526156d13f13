"""Bird-ringing citizen-science app "Featherband" (she is a licensed volunteer ringer): sign-up,
log-in, ``/me``, her ringer permit, her ringing site and its warden, a net session, a round's
captures (the birds' rings, wing lengths and masses: negatives), the offline sync (JSON Lines), a
bird photo and a song recording, a nest record, a found ring reported with her position, a day's
track (gzip), species search, ring stock ordered, a trainer's sign-off, the membership, push,
events, a cookie GET and a base64url JSON map filter."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, DOB, App, ev, opaque, play_token
from eval_families22_kit import lines
from eval_families24_kit import claims, head, others
from eval_families82_kit import LANDOWNER, RINGER, RINGS, SITE, SITE_FIX, birds, fix, obj, track
from eval_families82_sdk import dz_bid, kk_crash, kk_crumb, ll_open, oz_batch, oz_pixel
from eval_families82_svc import kz_search, kz_telemetry, mk_card, mk_confirm, sz_eval, zv_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("featherband", "Featherband", "com.example.featherband", "2.2.5",
          "https://api.featherband.example.org")
NEST_AT = (40.621077, -73.826634)  # the nest she found (her fix there)
FOUND_AT = (40.58314, -73.81502)  # a dead ringed gull on the beach (her fix)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-FB-Client", **kw)


def featherband() -> list[Case]:
    rng = random.Random(8261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    sess = obj(rng, "ns", 10)
    sla, slo = fix(SITE_FIX, 6)
    trainer = others(rng, 1, "rgr_")[0]
    recs = [dict(bird, session=sess, ringer=L(RINGER, UID), ts=1765283000 + 600 * i)
            for i, bird in enumerate(birds(rng))]
    acc: Acc = {}
    flt = enc({"ringer": L(RINGER, UID), "bbox": [40.55, -73.9, 40.66, -73.75],
               "species": ["SETO"]}, "query", "filter", "b64url", acc)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L("MistNet-2025", CRED),
            "name": L(NAME, NAMEC), "birthDate": L(DOB, BIRTH), "county": L("Queens", COARSE)}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("MistNet-2025", CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={
            "Authorization": J(claims(rng, ringer=L(RINGER, UID)))})),
        case(f, f"{a}/v1/me/permit", headers=_h(rng, **b), body={
            "permit": L(RINGER, UID), "class": "sub-permittee", "expires": "2027-03-31",
            "trainer": trainer, "phone": L(E164, TEL)}),
        case(f, f"{a}/v1/sites", headers=_h(rng, **b), body={
            "id": SITE["id"], "name": SITE["name"], "lat": SITE["lat"], "lon": SITE["lon"],
            "warden": {"name": L(LANDOWNER[0], NAMEC), "phone": L(LANDOWNER[1], TEL)},
            "habitat": "scrub", "nets": 8}),
        case(f, f"{a}/v1/sessions", headers=_h(rng, **b), body={
            "id": sess, "site": SITE["id"], "open": "2025-12-09T06:45", "netMetres": 96,
            "weather": {"wind": 2, "cloud": 40, "tempC": 4},
            "position": {"lat": sla, "lon": slo, "acc": 6}}),
        case(f, f"{a}/v1/sessions/{sess}/captures", headers=_h(rng, **b), body={
            "captures": recs[:2], "by": L(USER_ID, UID)}),
        lines(f, f"{a}/v1/sync", recs, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/media", [
            ("photo", "seto_wing.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"ring": RINGS[0], "kind": "wing",
                                                 "session": sess})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/media", [
            ("audio", "song.m4a", "audio/mp4", L(M4A + b"\xc2", MEDIA)),
            ("meta", None, "application/json", {"species": "SOSP", "seconds": 14,
                                                 "lat": L(40.6194, PRECISE),
                                                 "lon": L(-73.8239, PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nests", headers=_h(rng, **b), body={
            "species": "GRCA", "eggs": 3, "stage": "incubation",
            "lat": L(NEST_AT[0], PRECISE), "lon": L(NEST_AT[1], PRECISE),
            "note": L("Low in the bayberry by the east path, parent flushed", TEXT)}),
        case(f, f"{a}/v1/recoveries", headers=_h(rng, **b), body={
            "ring": "0987-44105", "species": "HERG", "condition": "dead",
            "found": {"lat": L(FOUND_AT[0], PRECISE), "lon": L(FOUND_AT[1], PRECISE)},
            "finder": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL)}}),
        case(f, f"{a}/v1/tracks", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "session": sess,
            "points": track(rng, 6, SITE_FIX, NEST_AT)}),
        case(f, f"{a}/v1/species", headers=_h(rng, **b), query={
            "q": L("yellow warb", SEARCH), "region": "NY"}),
        add(case(f, f"{a}/v1/map/captures", headers=_h(rng, **b),
                 query={"filter": flt, "z": "12"}), acc),
        case(f, f"{a}/v1/rings/orders", headers=_h(rng, **b), body={
            "sizes": {"1A": 100, "1B": 50}, "total": L("36.00", BUY),
            "shipTo": "permit_address"}),
        case(f, f"{a}/v1/me/signoff", fmt="form", headers=_h(rng, **b), body={
            "trainer": trainer, "skill": "extraction", "sessions": "12"}),
        case(f, f"{a}/v1/membership", headers=_h(rng, **b), body={
            "plan": L("ringer_annual", BUY), "purchaseToken": L(play_token(rng), BUY),
            "city": L(CITY, COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("capture_saved", 1), ev("sync_done", 2),
                ev("screen", 3, screen=L("NetRound", USAGE))]}),
        case(f, f"{a}/v1/me/totals", headers=_h(rng, how="nodash"),
             cookies={"fb_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def featherband_sdks() -> list[Case]:
    rng = random.Random(8262)
    return [
        oz_batch(APP, rng, [("Capture Saved", {"species": "SETO"}),
                            ("Session Closed", {"birds": 14})], at=SITE_FIX, nd=2),
        oz_pixel(APP, rng, "Map Opened", {"layer": "captures"}),
        ll_open(APP, rng, first=True),
        dz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SITE_FIX, nd=4),
        kk_crash(APP, rng, ("android.database.sqlite.SQLiteException", "no such column: fat"),
                 [kk_crumb("navigation", "Round -> Capture"),
                  kk_crumb("ui", "save", {"ring": RINGS[1]})], screen="CaptureActivity"),
        sz_eval(APP, rng, {"region": L("NY", COARSE), "audioUpload": True}),
        zv_register(APP, rng, tags={"permit": "sub"}),
        mk_card(APP, rng),
        mk_confirm(APP, rng, "36.00"),
        kz_search(APP, rng, "Jamaica Bay", SEARCH, near=SITE_FIX, nd=3),
        kz_telemetry(APP, rng, [SITE_FIX, NEST_AT], PRECISE),
    ]
