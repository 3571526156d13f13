"""Community-fridge and food-sharing app "Coldshelf": sign-up with a handle, a magic-link log-in,
``/me``, fridges near her, a fridge's page, a check-in at a fridge, its temperature reading, an
item posted with a photo, another sharer's item claimed, a chat message (msgpack), a food request,
her saved home, the neighbourhood feed, a search, a volunteer shift and its waiver, a fridge
issue reported, a user blocked, a donation, push, events and her karma by a cookie GET."""

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
    MED,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import DOB, LINE1, ZIP, App, ev, latlng, opaque, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, home, obj
from eval_families66_kit import FRIDGES, SHARER
from eval_families66_sdk import ah_launch, ah_link, bk_bid, cl_crumb, cl_report, tq_batch, tq_pixel
from eval_families66_svc import (
    pb_register,
    tm_reverse,
    tm_route,
    tm_telemetry,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("coldshelf", "Coldshelf", "com.example.coldshelf", "2.2.5",
          "https://api.coldshelf.example.org")
IID = "X-Coldshelf-Device"
PW = "Crisper#Drawer31"
HANDLE = "jane_on_fifth"  # her public handle (id.user)
MAGIC = "ml_" + "8c1f0e57a3d94b62b7e0f4a19d2c6b83"  # the e-mailed log-in token (credential)
FRIDGE_FIX = (40.740962, -73.978153)  # her phone at the Kips Bay fridge


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def coldshelf() -> list[Case]:
    rng = random.Random(6661)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    fr = FRIDGES[1]
    post, other = obj(rng, "post", 10), obj(rng, "post", 10)
    cla, clo = fix(FRIDGE_FIX, 5)
    hla, hlo = home(4)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "handle": L(HANDLE, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "neighborhood": L("Kips Bay", COARSE), "zip": L(ZIP, COARSE), "over18": True}),
        case(f, f"{a}/v1/auth/magic-link/verify", fmt="form", headers=_h(rng), body={
            "token": L(MAGIC, CRED), "email": L(EMAIL, MAIL), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fridges", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE), "km": "2",
            "open": "now"}),
        case(f, f"{a}/v1/fridges/{fr['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/fridges/{fr['id']}/checkins", headers=_h(rng, **b), body={
            "lat": cla, "lon": clo, "acc": 11, "qr": f"{fr['id']}:QR7",
            "fridgeAt": {"lat": fr["lat"], "lon": fr["lon"]}, "checkin": rid(rng)}),
        case(f, f"{a}/v1/fridges/{fr['id']}/readings", fmt="form", headers=_h(rng, **b), body={
            "tempC": "3.8", "stock": "half", "clean": "yes", "photoTaken": "no"}),
        case(f, f"{a}/v1/posts", headers=_h(rng, **b), body={
            "post": post, "fridge": fr["id"], "title": L("Two loaves of sourdough", TEXT),
            "description": L("Baked this morning, one has sesame", TEXT),
            "allergens": ["gluten", "sesame"], "qty": 2, "bestBefore": "2025-12-11",
            "pickup": "in_fridge"}),
        multipart(f, f"{a}/v1/posts/{post}/photos", [
            ("photo", "sourdough.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/posts/{other}/claim", headers=_h(rng, **b), body={
            "owner": SHARER["id"], "ownerHandle": SHARER["handle"],
            "message": L("Could I pick up the soup around 6?", TEXT)}),
        case(f, f"{a}/v1/chats/{obj(rng, 'chat', 8)}/messages", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "to": SHARER["id"], "text": L("Thanks! I left the jar back in the fridge", TEXT),
                 "client": rid(rng)}),
        case(f, f"{a}/v1/requests", headers=_h(rng, **b), body={
            "text": L("Looking for diabetic-friendly snacks for my neighbour", f"{TEXT}|{MED}"),
            "diet": [L("kosher", SENS)], "pickup": {"lat": hla, "lon": hlo},
            "until": "2025-12-14"}),
        case(f, f"{a}/v1/profile/home", headers=_h(rng, **b), body={
            "label": "home", "street": L(LINE1, ADDR), "lat": hla, "lon": hlo,
            "visibility": "private"}),
        case(f, f"{a}/v1/feed", headers=_h(rng, **b), query={"near": latlng(2), "page": "1"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("baby formula", SEARCH), "near": latlng(3)}),
        case(f, f"{a}/v1/volunteer/shifts", headers=_h(rng, **b), body={
            "shift": obj(rng, "sh", 8), "fridge": FRIDGES[0]["id"], "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "tshirt": "M"}),
        case(f, f"{a}/v1/volunteer/waiver", fmt="form", headers=_h(rng, **b), body={
            "signedName": L(NAME, NAMEC), "dob": L(DOB, BIRTH),
            "emergencyName": L(PEOPLE[4][0], NAMEC), "emergencyPhone": L(PEOPLE[4][1], TEL),
            "agree": "true"}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "fridge": FRIDGES[0]["id"], "issue": "door_seal",
            "text": L("The door seal is torn and the milk was warm", TEXT)}),
        case(f, f"{a}/v1/blocks", fmt="form", headers=_h(rng, **b), body={
            "user": "usr_p9w3kd7x2mzq", "reason": L("Kept messaging me late at night", TEXT)}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "amount": L("15.00", BUY), "network": "Manhattan Free Fridges", "coverFees": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("post_created", 1, qty=2), ev("fridge_checkin", 2),
                ev("screen", 3, screen=L("FridgeMap", USAGE))]}),
        at_path(case(f, f"{a}/v1/users/{HANDLE}/karma", headers=_h(rng, how="none"),
                     cookies={"cs_session": L(opaque(rng, "", 40), CRED),
                              "cs_handle": L(HANDLE, UID)}), HANDLE, UID),
    ]


def coldshelf_sdks() -> list[Case]:
    rng = random.Random(6662)
    fr = FRIDGES[1]
    link = U("https://coldshelf.example.org/auth/magic", {"token": L(MAGIC, CRED),
                                                          "email": L(EMAIL, MAIL)})
    walk = [(round(LAT - 0.00031 * i, 6), round(LON + 0.00052 * i, 6)) for i in range(3)]
    la, lo = pos(3)
    return [
        tq_batch(APP, rng, [("Item Posted", {"qty": 2}), ("Fridge Check In", {})], ip=True),
        tq_pixel(APP, rng, "Onboarding", {"step": 2}),
        ah_launch(APP, rng, user=True, n=3),
        ah_link(APP, rng, link),
        bk_bid(APP, rng, {"native": {"ver": "1.2"}}, at=(LAT, LON), nd=3),
        cl_report(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                  [cl_crumb("navigation", "Map -> Fridge"),
                   cl_crumb("request", "GET", {"url": f"{APP.api}/v1/fridges/{fr['id']}",
                                               "status": 0})],
                  screen="FridgeActivity"),
        tm_reverse(APP, rng, (fr["lat"], fr["lon"]), None),
        tm_route(APP, rng, [((la.value, lo.value), PRECISE), ((fr["lat"], fr["lon"]), None)]),
        tm_telemetry(APP, rng, walk, PRECISE),
        pb_register(APP, rng, at=(LAT, LON), nd=2, tags={"fridge_alerts": fr["id"]}),
    ]
