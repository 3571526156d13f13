"""Blind set fifteen, part seven: batches of the same twelve app kinds that repeat context per
record, as offline queues do (see ``eval_families15.py`` for the rules of this set, its
conventions and its calls), and negative-only exchanges.

Batches: a kids' watch's offline position queue (a top-level JSON array), the co-parenting
app's analytics batch with a per-event context (gzip), a pump's sensor backfill (JSON Lines,
zstd), a golf session (msgpack), a second canvassing turf (base64 JSON in a JSON field), a
transfer history (JSON Lines, gzip), a VA appointment history (XML), glasses captures with
faces, a harvest history (a top-level array, br), an IVF medication log (gzip+base64 JSON in a
form field), a safety-app incident export (deflate) and rent history (base64url JSON header).
Negatives: flag evaluations, a GraphQL catalogue query, a product's weight and size, a weather
station, an equaliser curve and metronome intervals, UI settings, an attestation nonce with a
public key, a trace header. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families15_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    DEV,
    DID,
    FACE,
    HW,
    IPLOC,
    MED,
    MOTION,
    NAMEC,
    PEOPLE,
    PRECISE,
    SENS,
    STREET,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    e7,
    enc,
    encode,
    flat,
    imu,
    jsonl,
    raw,
    xml,
)
from eval_payloads import GAID, INSTALL_ID, LAT, LON, PUBLIC_IP, USER_ID, Case, L, case, rnd_hex

TWO = "https://api.twohomes.example.com"
GW = "https://gw.kidlink.example.net"
PUMP = "https://api.dosewise.example.org"
SWING = "https://api.swingiq.example.com"
KNOCK = "https://api.doorknock.example.org"
SEND = "https://api.sendhome.example.net"
VET = "https://api.vetbenefits.example.org"
LUMA = "https://api.lumaframe.example.com"
TAG = "https://api.fieldtag.example.com"
IVF = "https://portal.bloomfert.example.com"
SAFE = "https://api.harborline.example.org"
RENT = "https://api.rentroll.example.com"
W_IMEI = "352099001761481"


def more() -> list[Case]:
    rng = random.Random(15013)
    out = []
    queue = [{"imei": L(W_IMEI, HW), "t": 1764600000 + i * 120,
              "lat": L(e7(LAT + i * 2.3e-4), PRECISE), "lon": L(e7(LON - i * 1.9e-4), PRECISE),
              "bat": L(90 - i, DEV), "mcc": L(310, CARRIER), "mnc": L(260, CARRIER),
              "ci": L(22018 + i % 3, CARRIER), "steps": 40 * i} for i in range(12)]
    out.append(case("kidwatch", f"{GW}/up/queue", body=queue))
    names = ["calendar_viewed", "swap_requested", "message_sent", "expense_added",
             "checkin_done", "journal_saved", "document_uploaded", "app_background"]
    batch = [{"event": L(n, USAGE), "userId": L(USER_ID, UID), "anonymousId": L(INSTALL_ID, DID),
              "messageId": rnd_hex(rng, 16), "context": {
                  "ip": L(PUBLIC_IP, IPLOC), "device": {"model": L("Pixel 8", DEV),
                                                        "advertisingId": L(GAID, ADID)},
                  "locale": L("en-US", DEV), "network": {"carrier": L("Example Mobile",
                                                                      CARRIER)}},
              "timestamp": f"2026-11-30T08:1{i}:00Z"} for i, n in enumerate(names)]
    out.append(encode(case("coparent", "https://ev.famstat.example.org/v1/batch",
                           headers={"User-Agent": L(UA, DEV)},
                           body={"batch": batch, "writeKey": "wk_pub_31f0"}), "gzip"))
    acc: Acc = {}
    lines = jsonl([{"pump": L("DW-X2-11804472", HW), "t": 1764601000 + i * 300,
                    "sgv": L(96 + (i * 13) % 70, MED), "iob": L(round(2.4 - i * 0.15, 2), MED),
                    "basal": L(0.9, MED)} for i in range(12)], acc)
    out.append(add(encode(raw("pump", f"{PUMP}/v2/cgm/backfill", lines, "application/x-ndjson",
                              {}), "zstd"), acc))
    out.append(case("golf", f"{SWING}/v1/sessions", fmt="msgpack", body={
        "user": L(USER_ID, UID), "swings": [
            {"sensor": L("SIQ-3-0088127", HW), "imu": L(imu(rng, 30), MOTION),
             "lat": L(round(40.88612 + i * 3e-4, 5), PRECISE),
             "lon": L(round(-73.87934 - i * 2e-4, 5), PRECISE), "club": "pw"}
            for i in range(6)]}))
    acc = {}
    voters = enc({"turf": "tf_32", "doors": [
        {"voterId": L(f"NY{7720100 + i:09d}", UID), "name": L(n, NAMEC),
         "address": L(f"{200 + 2 * i} E 29th St", ADDR), "party": L(pt, SENS),
         "age": L(str(24 + 7 * i), BIRTH),
         "support": L(s, SENS), "lat": L(round(40.74201 + i * 8e-5, 6), PRECISE),
         "lng": L(round(-73.98011 + i * 6e-5, 6), PRECISE)}
        for i, (n, pt, s) in enumerate([("Ken Ito", "REP", 0), ("Ada Obi", "DEM", 5),
                                        ("Lee Park", "UNA", 3), ("Bo Lund", "DEM", 4),
                                        ("Eve Sol", "GRN", 2), ("Ray Diaz", "REP", 1),
                                        ("Ida Moss", "DEM", 5), ("Nils Ek", "UNA", 3)])]},
               "body", "payload", "b64", acc)
    out.append(add(case("canvass", f"{KNOCK}/v1/turfs/tf_32/results", body={
        "payload": voters, "canvasser": L(USER_ID, UID)}), acc))
    acc = {}
    hist = jsonl([{"tracking": L(f"SH-77{i}0-44{i}8-2{i}", BUY), "to": L(n, NAMEC),
                   "phone": L(p, TEL), "sent": L(200.0 + 50 * i, BUY), "fee": L(2.99, BUY),
                   "country": L(c, COARSE)} for i, (n, p, c) in enumerate([
                       ("María Doe Ruiz", "+525512345678", "MX"),
                       ("José Ruiz", "+525598765432", "MX"),
                       ("Ana Kim", PEOPLE[4][1], "US"), ("Tala Cruz", "+639171234567", "PH"),
                       ("María Doe Ruiz", "+525512345678", "MX"),
                       ("Tala Cruz", "+639171234567", "PH"), ("José Ruiz", "+525598765432",
                                                              "MX"),
                       ("Ana Kim", PEOPLE[4][1], "US")])], acc)
    out.append(add(encode(raw("remit", f"{SEND}/v1/history/export", hist,
                              "application/x-ndjson", {}), "gzip"), acc))
    lab: dict[str, str] = {}
    doc = xml("Appointments", {"@patient": L(USER_ID, UID), "Appt": [
        {"@clinic": L(c, MED), "Facility": L(f, MED), "When": w} for c, f, w in [
            ("Mental Health PTSD Clinic", "VA NY Harbor", "2026-10-02"),
            ("Audiology", "VA NY Harbor", "2026-10-15"),
            ("Spinal Cord Injury", "James J. Example VAMC", "2026-11-01"),
            ("Primary Care", "VA NY Harbor", "2026-11-20"),
            ("Sleep Clinic", "VA NY Harbor", "2026-12-01")]]}, "Appointments", lab)
    out.append(raw("vets", f"{VET}/v0/appointments/sync", doc.encode(), "application/xml", lab))
    out.append(case("glasses", f"{LUMA}/v2/memory/batch", body={"captures": [
        {"lat": L(round(LAT + i * 4e-4, 6), PRECISE), "lng": L(round(LON - i * 3e-4, 6),
                                                               PRECISE),
         "face": L(flat(rng, 128, 0.08), FACE), "tag": L(PEOPLE[i][0], NAMEC),
         "at": 1764602000 + i * 900} for i in range(5)]}))
    harvests: list[dict[str, Any]] = [
        {"license": L("NY-26-DMP-0049921", UID), "unit": L(u, COARSE),
         "county": L(cty, COARSE),
         "lat": L(round(la, 5), PRECISE), "lon": L(round(lo, 5), PRECISE),
         "species": sp, "sex": "female"}
        for u, cty, la, lo, sp in [("WMU 4R", "Schoharie", 42.61942, -74.33217, "deer"),
                                   ("WMU 4P", "Albany", 42.70215, -74.10144, "turkey"),
                                   ("WMU 3A", "Ulster", 41.90372, -74.50877, "deer"),
                                   ("WMU 4R", "Schoharie", 42.60511, -74.35102, "deer"),
                                   ("WMU 4W", "Greene", 42.52134, -73.99812, "bear")]]
    out.append(encode(case("hunt", f"{TAG}/v1/harvests/history", body=harvests), "br"))
    acc = {}
    log = enc({"cycle": "cy_3391", "log": [
        {"drug": L(d, MED), "dose": L(q, MED), "missed": L(m, MED), "at": 1764603000 + i * 86400}
        for i, (d, q, m) in enumerate([("Gonal-f", "225 IU", False), ("Menopur", "75 IU", False),
                                       ("Gonal-f", "225 IU", True), ("Cetrotide", "0.25 mg",
                                                                     False),
                                       ("Gonal-f", "150 IU", False), ("Ovidrel", "250 mcg",
                                                                      False),
                                       ("Progesterone in oil", "1 mL", False),
                                       ("Estradiol", "2 mg", True)])]}, "body", "z", "gzb64",
              acc)
    out.append(add(case("ivf", f"{IVF}/api/meds/sync", fmt="form", body={"z": log, "v": "2"}),
                   acc))
    out.append(encode(case("dvsafe", f"{SAFE}/v1/incidents/export", body={"incidents": [
        {"what": L(t, f"{TEXT}|{MED}" if inj else TEXT), "injuries": L(inj, MED) if inj else [],
         "lat": L(round(LAT + i * 1e-4, 5), PRECISE), "lng": L(round(LON, 5), PRECISE)}
        for i, (t, inj) in enumerate([
            ("Threw my phone against the wall", []),
            ("Choked me for a few seconds in the kitchen", ["neck bruising"]),
            ("Followed me to work and waited in the lot", []),
            ("Pushed me down the stairs", ["sprained wrist", "bruised hip"])])],
        "to": L(PEOPLE[1][2], "contact.email")}), "deflate"))
    acc = {}
    ctx = enc({"tenant": L(USER_ID, UID), "unit": L(STREET, ADDR), "payments": [
        {"period": f"2026-{m:02d}", "amount": L(2850.0, BUY), "late": L(m == 8, BUY)}
        for m in range(4, 12)]}, "header", "x-rent-ctx", "b64url", acc)
    out.append(add(case("rent", f"{RENT}/v1/credit-reporting/history", headers={
        "X-Rent-Ctx": ctx}, body={"ok": True}), acc))
    return out


def negatives() -> list[Case]:
    """Exchanges with no personal data: flags, catalogues, public places, settings, keys."""
    rng = random.Random(15014)
    return [
        case("coparent", "https://flags.toggleworks.example.com/v1/eval", body={
            "flags": {"cal_v2": {"variant": "b", "bucket": 37}, "tone_meter": {"on": True}},
            "sdkKey": "client-pub-7c1e", "ts": 1764604000}),
        case("remit", f"{SEND}/graphql", body={
            "query": "query Corridors($from: String!) { corridors(from: $from) { to fee rate "
                     "limits { daily monthly } } }", "variables": {"from": "US"},
            "operationName": "Corridors"}),
        case("golf", "https://shop.swingiq.example.com/v1/products/putter-x2", query={
            "weightG": "350", "lengthIn": "34", "lie": "70", "grip": "midsize"}),
        case("hunt", f"{TAG}/v1/weather/stations/KALB", query={
            "lat": "42.74790", "lon": "-73.79910", "fields": "wind,temp"}),
        case("glasses", f"{LUMA}/v2/audio/profile", body={
            "eqBands": [round(rng.uniform(-6, 6), 2) for _ in range(128)],
            "metronomeMs": [500] * 16, "preset": "podcast"}),
        case("kidwatch", "https://api.kidlink.example.net/v2/app/settings", body={
            "darkMode": {"disabled": True}, "fontScale": "default",
            "tips": {"disabled": False}, "version": "6.3.1"}),
        encode(case("pump", f"{PUMP}/v2/attest/nonce", headers={
            "traceparent": "00-" + rnd_hex(rng, 32) + "-" + rnd_hex(rng, 16) + "-01"}, body={
            "nonce": rnd_hex(rng, 32), "publicKey": "pk_pub_a8c11f", "sha256": rnd_hex(rng, 64),
            "model": "carbnet-2", "build": "5.2.0"}), "zstd"),
    ]
