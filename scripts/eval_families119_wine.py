"""Moselle vineyard wine-club subscription "Wäibierg" (a domaine at Remich ships a box each
month): sign-up behind an age gate, the age check, a log-in, ``/me`` with a JWT, the club
subscription, the taste profile, a pause (she is pregnant), December's box by number in the path,
skipping a month, a bottle swapped (msgpack), the delivery address with a door code, a gift box
to a friend, a cellar-door tasting for two, the check-in at the domaine with her fix, a label
scan, a tasting note, a rating, a search, an order and its status, push, events and her club
credits by a cookie GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families119_kit import CLUB_NO, DOMAINE, HOME, HOME_AT, HUSBAND, SHIPMENT, fix, obj
from eval_families119_sdk import bs_bid, bs_win, cl_batch, cl_queue, ih_event, ih_open
from eval_families119_svc import ch_attach, cq_save, pm_card, pm_sepa, tb_geocode
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("waibierg", "Waibierg", "com.example.waibierg", "3.8.0",
          "https://api.waibierg.example.com")
IID = "X-Wb-Device"
PW = "Riesling#Remich88"
AT_DOMAINE = (49.544913, 6.366248)  # her phone at the cellar door
SKUS = ["WB-RIE-2023-GK", "WB-AUX-2024", "WB-CRE-BRUT-NV", "WB-PN-2022-R"]  # bottles (negatives)
EVENT = "WB-EV-1206"  # a cellar-door tasting (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, lang=True, **kw)


def waibierg() -> list[Case]:
    rng = random.Random(11903)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    dla, dlo = fix(AT_DOMAINE, 5)
    box = at_path(case(f, f"{a}/v1/shipments/{SHIPMENT}", headers=_h(rng, **b)), SHIPMENT, BUY)
    order = "WB-O-" + str(rng.randrange(10 ** 6, 10 ** 7))
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(PHONE, TEL), "birthDate": L(DOB, BIRTH), "password": L(PW, CRED),
            "address": {"line1": L(HOME["strooss"], ADDR), "postcode": L(HOME["plz"], COARSE),
                        "city": L(HOME["uertschaft"], COARSE), "country": L("FR", COARSE)},
            "marketing": {"email": True, "sms": False}}),
        case(f, f"{a}/v1/age-check", fmt="form", headers=_h(rng), body={
            "dob": L("17/05/1991", BIRTH), "country": L("FR", COARSE), "legalAge": "18"}),
        case(f, f"{a}/v1/sessions", headers=_h(rng), body={
            "email": L("Jane.Doe@Example.org", MAIL), "password": L(PW, CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, club=L(CLUB_NO, UID), email=L(EMAIL, MAIL)))})),
        case(f, f"{a}/v1/club/subscription", headers=_h(rng, **b), body={
            "member": L(CLUB_NO, UID), "plan": L("cremant-riesling-6", BUY),
            "price": L("89.00", BUY), "currency": "EUR", "every": "month", "start": "2025-12",
            "domaine": DOMAINE["id"]}),
        case(f, f"{a}/v1/club/taste", headers=_h(rng, **b), body={
            "styles": ["dry", "sparkling"], "grapes": ["riesling", "auxerrois", "pinot gris"],
            "avoid": ["sweet"], "budget": "mid"}),
        case(f, f"{a}/v1/club/pause", headers=_h(rng, **b), body={
            "from": "2026-01", "until": "2026-09",
            "reason": L("Pregnant, pausing wine until next autumn", f"{TEXT}|{SENS}")}),
        box,
        case(f, f"{a}/v1/shipments/{SHIPMENT}/skip", fmt="form", headers=_h(rng, **b),
             body={"member": L(CLUB_NO, UID), "month": "2026-01"}),
        case(f, f"{a}/v1/shipments/{SHIPMENT}/swap", fmt="msgpack", headers=_h(rng, **b),
             body={"remove": SKUS[3], "add": SKUS[1], "qty": 1, "line": obj(rng, "ln")}),
        case(f, f"{a}/v1/me/delivery", headers=_h(rng, **b), body={
            "name": L("Jane Doe", NAMEC), "line1": L(HOME["strooss"], ADDR),
            "line2": L("Bâtiment B, 2e étage", ADDR), "postcode": L(HOME["plz"], COARSE),
            "city": L(HOME["uertschaft"], COARSE), "doorCode": L("B2417", CRED),
            "note": L("Leave with the neighbour Mme Klein if out", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/gifts", headers=_h(rng, **b), body={
            "recipient": {"name": L(PEOPLE[2][0], NAMEC), "email": L(PEOPLE[2][2], MAIL),
                          "phone": L(PEOPLE[2][1], TEL)},
            "box": "discovery-3", "price": L("45.00", BUY),
            "message": L("Joyeux anniversaire Rosa! Santé from the Moselle", TEXT)}),
        case(f, f"{a}/v1/events/{EVENT}/bookings", headers=_h(rng, **b), body={
            "guests": [{"name": L("Jane Doe", NAMEC)}, {"name": L(HUSBAND[0], NAMEC)}],
            "total": L("30.00", BUY), "slot": "2025-12-13T15:00", "domaine": DOMAINE["id"]}),
        case(f, f"{a}/v1/events/{EVENT}/checkin", headers=_h(rng, **b), body={
            "ticket": L("WBT-1206-8841-2", BUY), "lat": dla, "lon": dlo,
            "domainePos": {"lat": DOMAINE["lat"], "lon": DOMAINE["lon"]}}),
        multipart(f, f"{a}/v1/labels/scan", [
            ("photo", "label.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("ctx", None, "application/json", {"sku": SKUS[0], "source": "camera"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/notes", headers=_h(rng, **b), body={
            "sku": SKUS[0], "vintage": 2023,
            "note": L("Citrus, wet slate, a touch of honey. Alex loved it.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/ratings", fmt="form", headers=_h(rng, **b), body={
            "sku": SKUS[2], "stars": "4", "comment": L("Fine bubbles, a bit too dry", TEXT)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("crémant rosé magnum", SEARCH), "domaine": DOMAINE["id"]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "number": L(order, BUY), "items": [{"sku": SKUS[2], "qty": 6, "unit": 14.5}],
            "total": L("87.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "member": L(CLUB_NO, UID)}),
        case(f, f"{a}/v1/orders/status", headers=_h(rng, **b), query={
            "number": L(order, BUY), "carrier": "colis"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID.upper(), DID),
            "locale": L("en_LU", DEV), "timezone": L("Europe/Paris", DEV),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("box_viewed", 1, box=SHIPMENT), ev("bottle_swapped", 2),
                ev("screen", 3, screen=L("CellarDoor", USAGE))]}),
        case(f, f"{a}/v1/club/credits", headers=_h(rng, how="none"), cookies={
            "wb_sid": L(opaque(rng, "", 48), CRED), "wb_dev": L(INSTALL_ID.replace("-", ""), DID),
            "wb_ab": "cellar_v2"}),
    ]


def waibierg_sdks() -> list[Case]:
    rng = random.Random(11904)
    return [
        ih_open(APP, rng, user=True, n=14),
        ih_event(APP, rng, "subscribe", {"plan": L("cremant-riesling-6", BUY)}, revenue=89.0,
                 hashed=True),
        cl_batch(APP, rng, [("Box Viewed", {"month": "2025-12"}),
                            ("Tasting Booked", {"guests": 2, "total": L(30.0, BUY)})],
                 adid=True),
        cl_queue(APP, rng, [("App Opened", {"cold": True}),
                            ("Search", {"q": L("crémant rosé magnum", SEARCH)})]),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="wine,gastronomy,travel"),
        bs_win(APP, rng),
        cq_save(APP, rng, {"analytics": True, "ads": False, "personalisation": True}, user=True),
        pm_sepa(APP, rng),
        pm_card(APP, rng, email=True),
        tb_geocode(APP, rng, "14 rue des Tanneurs Thionville", ADDR, near=HOME_AT, nd=2),
        ch_attach(APP, rng, L(JPEG + b"\x62", MEDIA), "broken_bottle.jpg", "image/jpeg"),
    ]
