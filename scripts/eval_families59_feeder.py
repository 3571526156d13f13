"""Smart bird feeder camera app "Featherpost": sign-up with a handle, a log-in, ``/me``,
claiming the feeder, its Wi-Fi (a community garden's network), its own GPS place, a protobuf
status relayed at setup, visits synced (gzip), a species correction with the classifier's
embedding, a clip shared, a sighting logged on the community map by her phone, hotspots nearby,
a live view (msgpack) from home, diagnostics, a seed order delivered home, a friend invited, a
comment, a subscription, push, events and the feed by a cookie GET."""

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
    IPLOC,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    multipart,
    pb,
    push_token,
    raw,
    tok,
)
from eval_families20_kit import (
    CITY,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    play_token,
)
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families59_kit import FEEDER, GARDEN_WIFI, species_vec, visits
from eval_families59_sdk import (
    af_bid,
    gl_batch,
    gl_pixel,
    sk_link,
    sk_session,
    sn_crumb,
    sn_report,
)
from eval_families59_svc import ag_save, bk_register, fw_poll, pw_geocode
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("featherpost", "Featherpost", "com.example.featherpost", "2.7.1",
          "https://api.featherpost.example.com")
IID = "Fp-Install"
PW = "Chickadee#Dee9"
HANDLE = "janebirdsnyc"  # her public handle (id.user)
PARK_FIX = (40.778912, -73.969204)  # her phone in Central Park's Ramble (a sighting)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def featherpost() -> list[Case]:
    rng = random.Random(5971)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, preferred_username=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    ser = FEEDER["serial"]
    sla, slo = fix(PARK_FIX, 5)
    acc: Acc = {}
    lab: dict[str, str] = {}
    status = pb([(1, ser), (2, FEEDER["fw"]), (3, 87), (4, [(1, FEEDER["lat"]),
                                                             (2, FEEDER["lon"])]),
                 (5, L(INSTALL_ID, DID)), (6, -67)], "", lab)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "name": L(NAME, NAMEC), "newsletter": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "login": L(HANDLE, UID), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/feeders/claim", headers=_h(rng, **b), body={
            "serial": ser, "mac": FEEDER["mac"], "model": FEEDER["model"],
            "claimCode": L("FP-9K2Q-77", CRED), "name": "Garden feeder"}),
        case(f, f"{a}/v1/feeders/{ser}/wifi", headers=_h(rng, **b), body={
            "ssid": GARDEN_WIFI[0], "bssid": GARDEN_WIFI[1],
            "password": L("sunflower-hearts-22", CRED), "security": "WPA2"}),
        case(f, f"{a}/v1/feeders/{ser}/location", headers=_h(rng, **b), body={
            "lat": FEEDER["lat"], "lon": FEEDER["lon"], "source": "feeder_gps",
            "place": "LES community garden", "sharePublic": True}),
        raw(f, f"{a}/v1/feeders/{ser}/status", status, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/feeders/{ser}/visits/sync", gz=True, headers=_h(rng, **b), body={
            "installId": L(INSTALL_ID, DID), "visits": visits(rng, 8),
            "counts": {"today": 41, "week": 233}}),
        case(f, f"{a}/v1/visits/{obj(rng, 'v', 10)}/label", headers=_h(rng, **b), body={
            "species": "House Finch", "was": "Purple Finch", "embedding": species_vec(rng),
            "note": L("Red only on the head and breast, so house finch", TEXT)}),
        multipart(f, f"{a}/v1/posts", [
            ("clip", "cardinal.mp4", "video/mp4", L(MP4 + b"\xe1", MEDIA)),
            ("post", None, "application/json", {
                "caption": L("First cardinal of the winter!", TEXT),
                "species": "Northern Cardinal", "feeder": ser, "visibility": "public"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sightings", headers=_h(rng, **b), body={
            "species": "Red-tailed Hawk", "count": 1, "lat": sla, "lon": slo, "accM": 8,
            "note": L("Perched over the Ramble path, eating a pigeon", TEXT),
            "obscure": False}),
        case(f, f"{a}/v1/hotspots", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "km": "10"}),
        case(f, f"{a}/v1/live/sessions", fmt="msgpack", headers=_h(rng, **b), body={
            "feeder": ser, "viewer": L(USER_ID, UID), "codec": "h264",
            "phone": {"lan": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "relay": "turn-2.featherpost.example.com"}),
        case(f, f"{a}/v1/feeders/{ser}/settings", fmt="form", headers=_h(rng, **b), body={
            "squirrelAlert": "1", "nightMode": "0", "personBlur": "1", "sensitivity": "0.6"}),
        case(f, f"{a}/v1/support/diagnostics", headers=_h(rng, **b), body={
            "feeder": ser, "feederMac": FEEDER["mac"], "rssi": -70, "fw": FEEDER["fw"],
            "phone": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                      "publicIp": L(PUBLIC_IP, IPLOC), "lan": L(LOCAL_IP, DEV)}}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "SEED-SUN-10", "qty": 2, "price": "24.99"}],
            "total": L("49.98", BUY),
            "shipTo": {"name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(LINE1, ADDR),
                       "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                       "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "phone": L("(555) 010-0199", TEL)}),
        case(f, f"{a}/v1/friends/invite", headers=_h(rng, **b), body={
            "email": L(PEOPLE[1][2], MAIL), "name": L(PEOPLE[1][0], NAMEC),
            "message": L("Come see the feeder cam at the garden!", TEXT)}),
        case(f, f"{a}/v1/posts/{obj(rng, 'p', 10)}/comments", headers=_h(rng, **b), body={
            "text": L("Beautiful! Ours only gets starlings", TEXT)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("chickadee feeder", SEARCH), "kind": "posts"}),
        case(f, f"{a}/v1/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("featherpost_pro_yearly", BUY),
            "orderId": L("GPA.3304-5521-7718-90342", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("visit_viewed", 1, species="Blue Jay"), ev("clip_shared", 2),
                ev("screen", 3, screen=L("LiveView", USAGE))]}),
        add(case(f, f"{a}/v1/feed", headers=_h(rng, how="nodash"), cookies={
            "fp_at": tok(claims(rng, handle=L(HANDLE, UID)), "cookie", "fp_at", acc)}), acc),
    ]


def featherpost_sdks() -> list[Case]:
    rng = random.Random(5972)
    return [
        gl_pixel(APP, rng, "Setup Started", {"model": "cam3"}),
        gl_batch(APP, rng, [("Visit Viewed", {"species": "Blue Jay"}),
                            ("Clip Shared", {"seconds": 12})], adid=True, screen="LiveView"),
        sk_session(APP, rng, first=True),
        sk_link(APP, rng, U("https://go.featherpost.example.com/invite",
                            {"ref": L(HANDLE, UID), "feeder": FEEDER["serial"],
                             "utm_source": "share"})),
        af_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=2,
               keywords="birds,gardening"),
        sn_report(APP, rng, ("java.io.IOException", "rtsp stream closed"),
                  [sn_crumb("navigation", "Feeders -> LiveView"),
                   sn_crumb("state", "feeder", {"serial": FEEDER["serial"], "rssi": -70})],
                  context="LiveViewActivity"),
        fw_poll(APP, rng, {"cam": "cam3", "aiSpecies": True}),
        bk_register(APP, rng, at=(LAT, LON), nd=2, tags={"alerts": "cardinal,hawk"}),
        ag_save(APP, rng, {"analytics": True, "ads": True}),
        pw_geocode(APP, rng, "the ramble central park", SEARCH, near=(LAT, LON), nd=3),
    ]
