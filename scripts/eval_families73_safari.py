"""Game-reserve safari booking "Veldtrek" (she and her partner Alex book a lodge): sign-up,
log-in, ``/me``, a camp search, the camp, the booking with both guests' passports and birth
dates, payment, the park's conservation fee with her Wild Card, the airstrip transfer, the
indemnity with a signature, a game-drive check-in at the gate, a sighting with a photo, the
live sightings map and the collared animals (negatives), the drive's track (msgpack), a message
to the lodge, a tip for the ranger, trip photos, a review, travel insurance, push, events and a
cookie GET."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families73_kit import BOOKING_V, COLLARS, LODGE, PASSPORT, RANGERS, SIGHT_AT, fix, obj
from eval_families73_kit import trip as track
from eval_families73_sdk import av_event, av_link, av_session, cl_crash, cl_crumb, gm_batch, ob_bid
from eval_families73_svc import (
    as_save,
    mk_route,
    mk_search,
    pm_register,
    pr_card,
    pr_charge,
    sg_eval,
)
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, U, case

APP = App("veldtrek", "Veldtrek", "com.example.veldtrek", "3.11.0",
          "https://api.veldtrek.example.com")
GATE_AT = (-24.412107, 31.768342)  # her fix at the reserve's gate (location.precise)
ALEX_PASSPORT, ALEX_DOB = "A55019274", "1989-11-02"
WILD_CARD = "WC-7710-4482-19"  # her parks membership (id.user)
PNG = b"\x89PNG\r\n\x1a\n"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-Vt-Device", how=how, **kw)


def veldtrek() -> list[Case]:
    rng = random.Random(7321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    sid = obj(rng, "sgt")
    gla, glo = fix(GATE_AT, 6)
    sla, slo = fix(SIGHT_AT, 6)
    cases = [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Umhlanga+Lion9", CRED),
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "residence": L("US", COARSE),
            "newsletter": False}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Umhlanga+Lion9", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/camps", headers=_h(rng, **b), query={
            "q": L("big five private reserve malaria free", SEARCH), "from": "2025-12-19",
            "to": "2025-12-22", "adults": "2"}),
        case(f, f"{a}/api/camps/{LODGE['id']}", headers=_h(rng, **b), query={"lang": "en"}),
        case(f, f"{a}/api/bookings", headers=_h(rng, **b), body={
            "camp": LODGE["id"], "room": "tented-suite", "ref": L(BOOKING_V, BUY),
            "total": L("48600.00", BUY), "currency": "ZAR", "guests": [
                {"name": L(NAME, NAMEC), "dob": L(DOB, BIRTH), "passport": L(PASSPORT, NATID),
                 "diet": "vegetarian", "medical": L("asthma, carries an inhaler", MED)},
                {"name": L(PARTNER[0], NAMEC), "dob": L(ALEX_DOB, BIRTH),
                 "passport": L(ALEX_PASSPORT, NATID), "diet": "none",
                 "medical": L("shellfish allergy", MED)}]}),
        case(f, f"{a}/api/bookings/{BOOKING_V}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("48600.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "installments": "1"}),
        case(f, f"{a}/api/bookings/{BOOKING_V}/conservation", headers=_h(rng, **b), body={
            "wildCard": L(WILD_CARD, UID), "fee": L("0.00", BUY), "nights": 3}),
        case(f, f"{a}/api/transfers", headers=_h(rng, **b), body={
            "booking": L(BOOKING_V, BUY), "flight": "FA 112", "arrive": "2025-12-19T11:40",
            "airstrip": "Ngala", "passengers": 2, "price": L("2200.00", BUY)}),
        multipart(f, f"{a}/api/bookings/{BOOKING_V}/indemnity", [
            ("signature", "sign.png", "image/png", L(PNG + b"\x01", MEDIA)),
            ("form", None, "application/json", {
                "name": L(NAME, NAMEC), "passport": L(PASSPORT, NATID),
                "accepted": True, "version": "2025-03"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/drives/checkin", headers=_h(rng, **b), body={
            "booking": L(BOOKING_V, BUY), "vehicle": "GV-04", "ranger": RANGERS[0],
            "lat": gla, "lng": glo, "acc": 9}),
        multipart(f, f"{a}/api/sightings", [
            ("photo", "leopard.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("sighting", None, "application/json", {
                "id": sid, "species": "leopard", "count": 1, "lat": sla, "lng": slo,
                "note": L("Female leopard in a marula tree right next to the road", TEXT),
                "ranger": RANGERS[1], "nearCollar": COLLARS[1]["collar"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sightings/live", headers=_h(rng, **b), query={
            "bbox": "-24.45,31.70,-24.35,31.80", "since": "1765380000"}),
        case(f, f"{a}/api/collars/positions", headers=_h(rng, **b), query={
            "reserve": "ngala", "species": "elephant,lion"}),
        case(f, f"{a}/api/drives/{sid}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "fixes": track(rng, 6, GATE_AT, SIGHT_AT), "vehicle": "GV-04",
            "collarsSeen": [c["collar"] for c in COLLARS],
            "collarFixes": [{"lat": c["lat"], "lng": c["lon"]} for c in COLLARS]}),
        case(f, f"{a}/api/camps/{LODGE['id']}/messages", headers=_h(rng, **b), body={
            "text": L("It's our anniversary on the 20th and Alex is allergic to shellfish",
                      f"{TEXT}|{MED}"), "booking": L(BOOKING_V, BUY)}),
        case(f, f"{a}/api/tips", fmt="form", headers=_h(rng, **b), body={
            "ranger": RANGERS[0], "amount": L("600", BUY), "booking": L(BOOKING_V, BUY)}),
        multipart(f, f"{a}/api/trips/{BOOKING_V}/photos", [
            ("photo", "sundowner.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {"caption": L("Sundowners with Alex", TEXT),
                                                "album": "ngala-dec"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/camps/{LODGE['id']}/reviews", headers=_h(rng, **b), body={
            "stars": 5, "title": L("Unforgettable", TEXT),
            "text": L("Thandi found us a leopard on the first drive", TEXT)}),
        case(f, f"{a}/api/insurance", headers=_h(rng, **b), body={
            "booking": L(BOOKING_V, BUY), "plan": L("evac-plus", BUY),
            "premium": L("890.00", BUY), "insured": [L(NAME, NAMEC), L(PARTNER[0], NAMEC)]}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "osVersion": L("14", DEV), "tz": L("Africa/Johannesburg", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("sighting_posted", 1, species="leopard"), ev("booking_paid", 2),
                ev("screen", 3, screen=L("LiveMap", USAGE))]}),
        case(f, f"{a}/api/bookings", headers=_h(rng, how="none"),
             cookies={"vt_sid": L(opaque(rng, "", 48), CRED)}),
    ]
    # the booking reference in the URL path is labelled there too
    return [at_path(c, BOOKING_V, BUY) if f"/{BOOKING_V}/" in c.exchange.url else c
            for c in cases]


def veldtrek_sdks() -> list[Case]:
    rng = random.Random(7322)
    return [
        gm_batch(APP, rng, [("Sighting Posted", {"species": "leopard"}),
                            ("Booking Paid", {"value": L(48600.0, BUY)})], at=SIGHT_AT, nd=3),
        av_session(APP, rng, first=True, user=True),
        av_event(APP, rng, "af_purchase", {"camp": LODGE["id"]}, revenue=48600.0, hashed=True),
        av_link(APP, rng, U("https://veldtrek.example.com/b", {
            "ref": L(BOOKING_V, BUY), "utm_source": "email", "guest": L(EMAIL, MAIL)})),
        ob_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=SIGHT_AT, nd=3, yob=1991),
        cl_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap decode"),
                 [cl_crumb("navigation", "Map -> Sighting"),
                  cl_crumb("ui", "attach_photo", {"sighting": "sgt_draft"})],
                 screen="SightingActivity"),
        sg_eval(APP, rng, {"collar_layer": True}),
        pm_register(APP, rng, at=GATE_AT, nd=2, tags={"trip": "upcoming"}),
        as_save(APP, rng, {"analytics": True, "ads": True, "marketing": False}),
        pr_card(APP, rng),
        pr_charge(APP, rng, "48600.00", f"Veldtrek booking {BOOKING_V}"),
        mk_route(APP, rng, [((LODGE["lat"], LODGE["lon"]), None), (GATE_AT, PRECISE)]),
        mk_search(APP, rng, "Skukuza rest camp", SEARCH, near=SIGHT_AT, nd=2),
    ]
