"""Blind set eleven, part six: history syncs and household records of the same twelve apps (see
``eval_families11.py``): a week of nights (JSON Lines), reading history, a place-visit batch of
the location SDK, a household for away mode, a dog walker's access, a hearing-test run,
reorders, trip history (XML), a tax-report request and a request-to-pay to address-book
contacts. Values are synthetic; hosts are under example.*.
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, pb, raw
from eval_families7_kit import CONTACTS, enc, jsonl, with_labels, xml
from eval_families10_kit import Acc, gps
from eval_families11_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL,
    FIT,
    GAID,
    MAIL,
    MED,
    NAMEC,
    NATID,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
)
from eval_payloads import ANDROID_ID, INSTALL_ID, LAT, LON, USER_ID, Case, L, case, rnd_hex


def plus() -> list[Case]:
    rng = random.Random(11017)
    acc: Acc = {}
    nights = [{"date": f"2026-11-{20 + d}", "bed": L(f"23:{10 + d * 4}", FIT),
               "wake": L(f"06:{40 + d}", FIT), "asleep_min": L(390 + d * 7, FIT),
               "snore_min": L(12 + d, MED), "sounds": L("brown_noise", USAGE)} for d in range(7)]
    data = jsonl(nights, acc)
    out = [with_labels(encode(raw("sleep", "https://api.hushnight.example.net/v1/nights/backfill",
                                  data, "application/x-ndjson", {}, headers={
                                      "X-Install": L(INSTALL_ID, DID)}), "gzip"), acc)]
    acc = {}
    reads = [{"article_id": L(f"a_{7712000 + i * 37}", USAGE), "section": L(s, USAGE),
              "ts": 1764100000 + i * 4000, "pct": round(rng.random(), 2)}
             for i, s in enumerate(["politics", "metro", "health", "opinion", "food", "metro",
                                    "business", "health"])]
    out.append(with_labels(raw("news", "https://api.dailyledger.example.org/v1/history.ndjson",
                               jsonl(reads, acc), "application/x-ndjson", {}, cookies={
                                   "dl_uid": L(USER_ID, UID)}), acc))
    visits = [("Methodist Hospital", "hospital", 40.66791, -73.97922, 140),
              ("Slope Cycle", "gym", 40.67101, -73.97799, 55),
              ("Key Food", "grocery", 40.67452, -73.97631, 18)]
    out.append(encode(case("weather", "https://collect.geopulse.example.net/v2/visits", body={
        "adid": L(GAID, ADID), "visits": [
            {"venue": L(v, COARSE), "category": L(c, COARSE), "lat": L(a, PRECISE),
             "lng": L(b, PRECISE), "dwell_min": m, "arrived": 1764200000 + i * 20000}
            for i, (v, c, a, b, m) in enumerate(visits)], "home": {
            "lat": L(round(LAT, 3), PRECISE), "lng": L(round(LON, 3), PRECISE)},
        "work_zip": L("10001", COARSE)}), "gzip"))
    out.append(case("thermostat", "https://api.thermly.example.com/v1/household", body={
        "members": [{"name": L(n, NAMEC), "phone": L(p, TEL), "presence": st,
                     "last": {"lat": la, "lng": lo}}
                    for (n, p, st), (la, lo) in zip(
                        [("Jane Doe", E164, "away"), ("Sam Ortiz", "+15550100388", "home")],
                        [gps(30, PRECISE, 5), gps(0, PRECISE, 5)], strict=True)],
        "away_mode": "auto"}))
    out.append(case("petcare", "https://api.pawpal.example.net/walkers/access", body={
        "walker": {"name": L("Keiko Tanaka", NAMEC), "phone": L("+15550100907", TEL),
                   "email": L("keiko@example.com", MAIL)},
        "door_code": L("4471#", CRED), "address": L("221 Garfield Pl, Apt 4", ADDR),
        "instructions": L("key under the blue pot, Biscuit pulls left", TEXT),
        "days": ["mon", "wed", "fri"]}))
    labels: dict[str, str] = {}
    body = pb([(1, L(USER_ID, UID)), *[(2, [(1, f), (2, L(db, MED)), (3, ear)])
                                       for ear in (1, 2) for f, db in
                                       zip((500, 1000, 2000, 4000), (20, 25, 40, 55), strict=True)],
               (3, L(ANDROID_ID, DID))], "", labels)
    labels = {k: v for k, v in labels.items() if not k.startswith("2.")}
    labels.update({f"2[{i}].2": MED for i in range(8)})
    out.append(raw("hearing", "https://api.clearear.example.org/v2/test/run", body,
                   "application/x-protobuf", labels))
    out.append(case("grocery", "https://api.freshcart.example.org/orders/reorder", body={
        "from_orders": L(["FC-20261103-1102", "FC-20261117-5531"], BUY),
        "card": L("6277441009312284", UID), "exclude": ["sku_20331"]}))
    labels = {}
    doc = xml("Trips", {"@member": L(USER_ID, UID), "Trip": [
        {"@id": f"trp_{rnd_hex(rng, 8)}", "From": L(a, COARSE), "To": L(b, COARSE),
         "Price": L(p, BUY), "Km": "9.1"} for a, b, p in
        [("Park Slope", "Williamsburg", "17.40"), ("Williamsburg", "JFK Airport", "48.10"),
         ("Park Slope", "Red Hook", "9.85")]]}, "Trips", labels)
    out.append(raw("carshare", "https://api.hopcar.example.org/v3/trips/export", doc.encode(),
                   "application/xml", labels))
    out.append(case("crypto", "https://api.coinvault.example.com/v2/tax/report", fmt="form",
                    body={"year": "2026", "ssn_last4": L("1120", NATID),
                          "email": L(EMAIL, MAIL), "legal_name": L("Jane A. Doe", NAMEC),
                          "address": L("221 Garfield Pl Apt 4, Brooklyn NY 11215", ADDR),
                          "method": "FIFO"}))
    out.append(case("qrpay", "https://api.scanpay.example.net/request/batch", body={
        "amount_each": L("12.50", BUY), "note": L("pizza friday", TEXT), "to": [
            {"contact_name": L(n, CONTACTS), "number": L(p, CONTACTS)} for n, p in
            [("Dana R", "+15550100455"), ("Luis (work)", "+15550100871"),
             ("Aunt Rosa", "+15550100271")]]}))
    out.append(case("safety", "https://api.guardme.example.com/v1/history/export",
                    query={"from": "2026-11-20", "to": "2026-11-27", "fmt": "gpx",
                           "email": L(EMAIL, MAIL)}))
    out.append(case("classes", "https://api.classpassage.example.com/v2/history", query={
        "member": L("MBR-2290173", UID), "page": "1", "include": "hr_summary"}))
    acc = {}
    prof = enc({"uid": L(USER_ID, UID), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
                "dob": L("1990-04-17", BIRTH), "home_zip": L("11215", COARSE),
                "licence_verified": True, "tier": "gold"}, "header", "x-profile", "b64", acc)
    out.append(with_labels(case("carshare", "https://api.hopcar.example.org/v3/offers", headers={
        "X-Profile": prof, "X-Device": L(ANDROID_ID.upper(), DID)}, query={
        "lat": L(f"{LAT:.3f}", PRECISE), "lng": L(f"{LON:.3f}", PRECISE)}), acc))
    return out
