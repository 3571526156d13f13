"""Blind set eighteen, part five: two everyday apps new to the evaluation, a licensed cannabis
delivery app ("Verdella", fictional) and a home-services booking app for cleaners and handymen
("Tidyhop", fictional) (see ``eval_families18.py`` for the rules of this set, its conventions
and its calls).

Verdella: an age gate (form), identity verification (multipart: the licence's fields, its PDF417
barcode text, front and selfie photos), a medical card with qualifying conditions, a menu search,
product analytics (JSON Lines, gzip), a cart, a checkout (drop pin, delivery notes, an ACH token
and last four), order tracking (the order ID in the URL path), loyalty keyed by the phone, a
state-compliance geo check (GPS, IP, Wi-Fi, serving cell, mock-location flag), a purchase-limit
check, a review, a preference quiz, push registration; negatives: the store list in a bounding box,
a lab certificate, the strain catalogue. Tidyhop: the home address (two lines and a pin), access
instructions (door, alarm and gate codes), a booking, a problem photo (multipart), chat with the
pro, a tip and rating, a card, a household contact, a service search, referral invites from the
address book, analytics beacons (query), an account fetch (session cookie), a partner quote in XML
(deflate); negatives: the service-area catalogue, a pro's public profile, the recurring-schedule
options. ``more()``: an order history (a top-level array, br), a launch with device and SIM fields,
the user's position shared with the arriving pro (JSON Lines), a booking history (msgpack), a chat
queue quoting the door code (JSON Lines, gzip). Values are synthetic; hosts are under example.*
(RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PHONE_NOPLUS,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    device_camel,
    device_headers,
    encode,
    jsonl,
    multipart,
    push_token,
    raw,
    xml,
)
from eval_families18_kit import CELL_ID, NATID, TAC
from eval_payloads import (
    BSSID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

VD = "https://api.verdella.example.com/v1"
TH = "https://api.tidyhop.example.com/v3"
DL = "912345678"
AAMVA = ("@\n\x1e\rANSI 636001080002DL00410278ZN03190008DLDAQ912345678\nDCSDOE\nDACJANE\n"
         "DBB05171991\nDAG350 FIFTH AVENUE APT 4B\nDAINEW YORK\nDAJNY\nDAK101180000\n")


def verdella() -> list[Case]:
    rng = random.Random(18041)
    out = []
    hdr = {"X-Verdella-Device": L(INSTALL_ID, DID)}
    out.append(case("verdella", f"{VD}/age-gate", fmt="form", headers=hdr, body={
        "dob": L("05/17/1991", BIRTH), "state": L("NY", COARSE), "remember": "1"}))
    out.append(multipart("verdella", f"{VD}/idv", [
        ("meta", None, "application/json", {
            "dl": L(DL, NATID), "dob": L("1991-05-17", BIRTH), "name": L("Jane Doe", NAMEC),
            "street": L(STREET, ADDR), "city": L("New York", COARSE), "zip": L("10118", COARSE),
            "exp": "2029-05-17", "class": "D",
            "barcode": L(AAMVA, f"{NATID}|{NAMEC}|{BIRTH}|{ADDR}")}),
        ("front", "front.jpg", "image/jpeg", L(JPEG + b"\xa3" * 10, MEDIA)),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xa4" * 10, MEDIA)),
    ], headers=hdr))
    sess = {"vd_s": L("s_" + rnd_hex(rng, 40), CRED)}
    out.append(case("verdella", f"{VD}/medical-card", cookies=sess, body={
        "card": L("MMJ-NY-55821907", MED), "conditions": L(["chronic pain", "insomnia"], MED),
        "expires": "2026-08-01", "uid": L(USER_ID, UID)}))
    out.append(case("verdella", f"{VD}/menu", cookies=sess, query={
        "q": L("indica gummies for sleep", SEARCH), "store": "st_14", "cat": "edibles"}))
    acc: Acc = {}
    evs = ["menu_open", "product_view", "product_view", "add_to_cart", "cart_view",
           "checkout_start"]
    lines = jsonl([{"e": L(e, USAGE), "iid": L(INSTALL_ID, DID), "sku": f"sk_{20 + i}",
                    "t": 1764970000 + 20 * i} for i, e in enumerate(evs)], acc)
    out.append(add(encode(raw("verdella", f"{VD}/events", lines, "application/x-ndjson", {}),
                          "gzip"), acc))
    out.append(case("verdella", f"{VD}/cart", cookies=sess, body={
        "cart": "ct_" + rnd_hex(rng, 8), "items": [{"sku": "sk_21", "qty": 2}], "sub": 44.0}))
    out.append(case("verdella", f"{VD}/orders", cookies=sess, body={
        "order": L("VD-300517", BUY), "items": L(["Midnight Gummies 10pk", "Calm Tincture 30ml"],
                                                  BUY), "total": L(71.94, BUY),
        "tip": L(6.0, BUY), "street": L(STREET, ADDR), "city": L("New York", COARSE),
        "zip": L("10118", COARSE), "pin": {"lat": L(round(LAT, 5), PRECISE),
                                           "lng": L(round(LON, 5), PRECISE)},
        "phone": L(E164, TEL), "notes": L("buzz 4B, do not leave with the doorman", TEXT),
        "pay": {"ach": L("ach_" + rnd_hex(rng, 24), PAY), "last4": L("6620", PAY),
                "bank": "Example Credit Union"}}))
    c = case("verdella", f"{VD}/orders/VD-300517/track", cookies=sess)
    c.labels[("url", "path[2]")] = BUY
    out.append(c)
    out.append(case("verdella", f"{VD}/loyalty", cookies=sess, query={
        "member": L(PHONE_NOPLUS, TEL), "program": "leafpoints"}))
    out.append(case("verdella", f"{VD}/compliance/geo", headers=hdr, body={
        "lat": L(round(LAT, 6), PRECISE), "lng": L(round(LON, 6), PRECISE), "acc": 8.0,
        "ip": L(PUBLIC_IP, IPLOC), "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
        "cell": {"mcc": L(310, CARRIER), "mnc": L(260, CARRIER), "cid": L(CELL_ID, CARRIER),
                 "tac": L(TAC, CARRIER)}, "mock": L(False, DEV), "nonce": rnd_hex(rng, 16)}))
    out.append(case("verdella", f"{VD}/limits", cookies=sess, body={
        "uid": L(USER_ID, UID), "grams30d": L(21.5, BUY), "state": L("NY", COARSE)}))
    out.append(case("verdella", f"{VD}/reviews", cookies=sess, body={
        "sku": "sk_21", "stars": 5, "text": L("finally sleeping through the night, my anxiety is "
                                               "way down", f"{TEXT}|{MED}")}))
    out.append(case("verdella", f"{VD}/quiz", cookies=sess, body={
        "why": L(["insomnia", "anxiety"], MED), "tolerance": "low", "formats": ["edible"]}))
    out.append(case("verdella", f"{VD}/push", headers=hdr, body={
        "token": L(push_token(rng), DID), "tags": {"state": L("NY", COARSE), "fav": "edibles"}}))
    # negatives: the store list, a lab certificate, the strain catalogue
    out.append(case("verdella", f"{VD}/stores", query={"bbox": "40.5,-74.3,41.0,-73.7"}))
    out.append(case("verdella", f"{VD}/coa/sk_21.pdf", query={"lot": "L-2291"}))
    out.append(case("verdella", f"{VD}/strains", query={"page": "2", "sort": "thc"}))
    return out


def tidyhop() -> list[Case]:
    rng = random.Random(18042)
    out = []
    auth = {"Authorization": L("Bearer th_at_" + rnd_hex(rng, 40), CRED),
            "X-Device-Id": L(INSTALL_ID, DID)}
    out.append(case("tidy", f"{TH}/homes", headers=auth, body={
        "line1": L("350 Fifth Avenue", ADDR), "line2": L("Apt 4B", ADDR),
        "city": L("New York", COARSE), "state": L("NY", COARSE), "zip": L("10118", COARSE),
        "lat": L(round(LAT, 6), PRECISE), "lng": L(round(LON, 6), PRECISE), "sqft": 820,
        "pets": ["dog"]}))
    out.append(case("tidy", f"{TH}/homes/h_31/access", headers=auth, body={
        "door": L("4471#", CRED), "alarm": L("2580", CRED), "gate": L("*1190", CRED),
        "notes": L("key under the blue planter, the dog is friendly", TEXT)}))
    out.append(case("tidy", f"{TH}/bookings", headers=auth, body={
        "booking": L("BK-77120", BUY), "service": "deep_clean", "slot": "2025-12-06T10:00",
        "price": L(148.0, BUY), "promo": "WINTER15"}))
    out.append(multipart("tidy", f"{TH}/bookings/BK-77120/photos", [
        ("meta", None, "application/json", {"desc": L("leak under the kitchen sink", TEXT),
                                            "room": "kitchen"}),
        ("photo", "sink.jpg", "image/jpeg", L(JPEG + b"\xb3" * 10, MEDIA)),
    ], headers=auth))
    out.append(case("tidy", f"{TH}/chats/ch_9/messages", headers=auth, body={
        "text": L(f"call me at {NATIONAL} when you're downstairs", f"{TEXT}|{TEL}"),
        "client_id": rnd_uuid(rng)}))
    out.append(case("tidy", f"{TH}/bookings/BK-77120/review", headers=auth, body={
        "tip": L(25.0, BUY), "stars": 5, "comment": L("Marta was amazing with the oven", TEXT)}))
    out.append(case("tidy", f"{TH}/payment-methods", headers=auth, body={
        "token": L("pm_" + rnd_hex(rng, 24), PAY), "last4": L("4242", PAY), "brand": "visa",
        "zip": L("10118", COARSE), "holder": L("Jane Doe", NAMEC)}))
    out.append(case("tidy", f"{TH}/homes/h_31/contacts", headers=auth, body={
        "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL), "relation": "roommate"}))
    out.append(case("tidy", f"{TH}/search", headers=auth, query={
        "q": L("mount tv on brick wall", SEARCH), "zip": L("10118", COARSE)}))
    out.append(case("tidy", f"{TH}/referrals", headers=auth, body={"invitees": [
        {"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE[1:3]],
        "code": "JANE25"}))
    for e, s in [("screen_view", "Home"), ("screen_view", "Booking"), ("booking_confirmed",
                                                                        "Booking")]:
        out.append(case("tidy", "https://t.tidyhop.example.net/b.gif", query={
            "e": L(e, USAGE), "s": L(s, USAGE), "iid": L(INSTALL_ID, DID),
            "uid": L(USER_ID, UID), "r": rnd_hex(rng, 8)}))
    out.append(case("tidy", f"{TH}/me", cookies={"th_sess": L(rnd_hex(rng, 48), CRED)},
                    headers={"X-Device-Id": L(INSTALL_ID, DID)}))
    lab: dict[str, str] = {}
    doc = xml("Quote", {"@zip": L("10118", COARSE), "Customer": {
        "Name": L("Jane Doe", NAMEC), "Phone": L(NATIONAL, TEL), "Street": L(STREET, ADDR)},
        "Job": {"@type": "plumbing", "Desc": L("leak under the kitchen sink", TEXT)}}, "Quote",
        lab)
    out.append(encode(raw("tidy", "https://partners.tidyhop.example.org/quote", doc.encode(),
                          "application/xml", lab), "deflate"))
    # negatives: the service-area catalogue, a pro's profile, schedule options
    out.append(case("tidy", f"{TH}/areas", query={"zips": "10001,10016,10118,11201"}))
    out.append(case("tidy", f"{TH}/pros/p_5512", query={"fields": "rating,bio,badges"}))
    out.append(case("tidy", f"{TH}/schedules/options", body={
        "freq": ["weekly", "biweekly"], "days": [1, 3, 5]}))
    return out


def more() -> list[Case]:
    """Histories and batches that repeat context per record: orders, an app launch with the
    device and SIM, the user's position shared with the arriving pro, bookings, a chat queue."""
    rng = random.Random(18043)
    out = []
    hist = [("VD-298812", ["Calm Tincture 30ml"], 38.0, "10118"),
            ("VD-299440", ["Midnight Gummies 10pk", "Pre-roll 3pk"], 61.5, "10118"),
            ("VD-299901", ["Vape cart 0.5g"], 45.0, "11201"),
            ("VD-300110", ["Midnight Gummies 10pk"], 28.0, "10118"),
            ("VD-300517", ["Midnight Gummies 10pk", "Calm Tincture 30ml"], 71.94, "10118")]
    out.append(encode(case("verdella", f"{VD}/orders/history", headers={
        "X-Verdella-Device": L(INSTALL_ID, DID)}, body=[
        {"order": L(o, BUY), "items": L(it, BUY), "total": L(t, BUY), "zip": L(z, COARSE),
         "store": "st_14"} for o, it, t, z in hist]), "br"))
    out.append(case("verdella", f"{VD}/launch", headers=device_headers(), body={
        "iid": L(INSTALL_ID, DID), "dev": device_camel(), "mccmnc": L("310-260", CARRIER),
        "op": L("Example Mobile", CARRIER), "iso": L("us", CARRIER), "cold": True}))
    acc: Acc = {}
    lines = jsonl([{"lat": L(round(LAT + i * 1.7e-4, 5), PRECISE),
                    "lng": L(round(LON - i * 1.1e-4, 5), PRECISE), "iid": L(INSTALL_ID, DID),
                    "booking": "BK-77120", "t": 1764971000 + 20 * i} for i in range(8)], acc)
    out.append(add(raw("tidy", f"{TH}/bookings/BK-77120/meet", lines, "application/x-ndjson",
                       {}, headers={"Authorization": L("Bearer th_at_" + rnd_hex(rng, 40),
                                                       CRED)}), acc))
    books = [("BK-70018", 132.0, "350 Fifth Avenue", "10118"),
             ("BK-71544", 89.0, "350 Fifth Avenue", "10118"),
             ("BK-74002", 210.0, "22 Pierrepont Street", "11201"),
             ("BK-77120", 148.0, "350 Fifth Avenue", "10118")]
    out.append(case("tidy", f"{TH}/bookings/sync", fmt="msgpack", headers={
        "X-Device-Id": L(INSTALL_ID, DID)}, body={"items": [
            {"booking": L(b, BUY), "price": L(p, BUY), "line1": L(a, ADDR), "zip": L(z, COARSE),
             "status": "done"} for b, p, a, z in books]}))
    acc = {}
    msgs = [("running 10 min late", TEXT), ("the code is 4471#", f"{TEXT}|{CRED}"),
            ("please skip the bedroom today", TEXT), ("thanks so much!", TEXT)]
    lines = jsonl([{"chat": "ch_9", "text": L(t, c), "cid": rnd_uuid(rng)} for t, c in msgs],
                  acc)
    out.append(add(encode(raw("tidy", f"{TH}/chats/queue", lines, "application/x-ndjson", {},
                              headers={"X-Device-Id": L(INSTALL_ID, DID)}), "gzip"), acc))
    return out
