"""Blind set thirteen, part seven: more shapes of the same twelve app kinds (see
``eval_families13.py`` for the rules of this set, its conventions and its calls), and
negative-only exchanges.

Batches that repeat context per record, as offline queues do: an analytics batch with a
per-event context (petitions), union sign-up cards collected by a steward (schema-less protobuf
with signature strokes), a family-tree import (JSON in a form field), a nursery night report
(JSON Lines, zstd), friends found from the address book (karaoke, base64 JSON), a week's
timesheet (XML), a charging history (gzip JSON), a teacher's class roster (msgpack), a photo
metadata page (hex JSON in a query-less form), marketplace browse events (JSON Lines), and an
aligner's wear sensor dump. Negatives: experiment assignments, pings, network jitter and
video QoS timing lists, a typing drill's target rhythm, a landmark's coordinates, sync cursors.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import strokes
from eval_families13_kit import (
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
    EMAIL_SHA1,
    FIT,
    HW,
    IPLOC,
    MAIL,
    MED,
    MOTION,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    encode,
    jsonl,
    pb,
    raw,
    xml,
)
from eval_payloads import (
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

PET = "https://api.signright.example.org"
UNION = "https://app.unionhall.example.net"
DNA = "https://api.rootline.example.com"
CAM = "https://api.nestling.example.com"
SING = "https://api.singalong.example.net"
HR = "https://hr.paycrew.example.com"
EV = "https://api.voltspot.example.net"
EDU = "https://api.learnloop.example.com"
SMILE = "https://api.smileplan.example.com"
PIX = "https://sync.pixvault.example.net"
SWAP = "https://api.swapshop.example.org"
ADID = "id.advertising"
PEOPLE = [("Sam Patel", "+15550142277", "sam.patel@example.net"),
          ("Lucía Fernández", "+15550163390", "lucia.f@example.com"),
          ("Rosa Morales", "+15550187733", "rosa.m@example.com"),
          ("Tom Reyes", "+15550110042", "t.reyes@example.org"),
          ("Ana Kim", "+15550129981", "ana.kim@example.net")]


def _ctx(k: int) -> dict[str, Any]:
    return {"ip": L(PUBLIC_IP, IPLOC), "locale": L("en-US", DEV),
            "os": {"name": L("Android", DEV), "version": L("14", DEV)},
            "network": {"carrier": L("Example Mobile", CARRIER), "wifi": L(k % 2 == 0, DEV)},
            "location": {"latitude": L(round(LAT, 4), PRECISE),
                         "longitude": L(round(LON, 4), PRECISE)}}


def more() -> list[Case]:
    rng = random.Random(13013)
    out = []
    names = ["petition_viewed", "petition_signed", "share_sheet_opened", "donation_started",
             "donation_completed", "representative_called"]
    batch = [{"type": "track", "event": L(n, USAGE), "userId": L(USER_ID, UID),
              "anonymousId": L(INSTALL_ID, DID), "messageId": rnd_uuid(rng),
              "properties": {"slug": L("protect-abortion-access-ny", SENS)} if i < 2 else
              {"amount": L(25, BUY)} if i == 4 else {}, "context": _ctx(i),
              "timestamp": f"2026-11-28T10:0{i}:00Z"} for i, n in enumerate(names)]
    out.append(encode(case("petition", f"{PET}/v1/batch", headers={"User-Agent": L(UA, DEV)},
                           body={"batch": batch, "writeKey": "wk_pub_71aa"}), "gzip"))
    lab: dict[str, str] = {}
    data = pb([(1, L("UH-0044817", UID)), (2, "card_drive_ward7")], "", lab)
    for i, (name, phone, mail) in enumerate(PEOPLE[:4]):  # repeated field 3: 3[i].k
        one: dict[str, str] = {}
        data += pb([(3, [(1, L(name, NAMEC)), (2, L(phone, TEL)), (3, L(mail, MAIL)),
                         (4, L("Example General Hospital, Ward 7B", SENS)),
                         (5, L("I want a union" if i == 0 else
                               "authorise Nurses United to represent me", SENS)),
                         (6, 1764274000)])], "", one)
        lab.update({f"3[{i}]" + k[1:]: v for k, v in one.items()})
    out.append(raw("union", f"{UNION}/api/v2/organizing/cards", data, "application/x-protobuf",
                   lab, headers={"Authorization": L("Bearer " + rnd_hex(rng, 32), CRED)}))
    out.append(case("union", f"{UNION}/api/v2/organizing/signatures", body={
        "card": "c_" + rnd_hex(rng, 8), "signer": L("Tom Reyes", NAMEC),
        "strokes": L(strokes(rng, 30), MOTION), "signedAt": 1764274100}))
    acc: Acc = {}
    tree = [{"name": L(n, NAMEC), "born": L(b, BIRTH), "place": L(p, COARSE),
             "relation": r} for n, b, p, r in [
        ("Rosa Doe Morales", "1961-09-30", "Tepatitlán", "mother"),
        ("Miguel Doe", "1958", "Zapopan", "father"),
        ("Esther Morales", "1932-02-14", "Guadalajara", "grandmother"),
        ("Mia Doe", "2018-07-19", "New York", "daughter")]]
    blob = enc({"owner": L(USER_ID, UID), "people": tree}, "body", "tree", "json", acc)
    out.append(add(case("dna", f"{DNA}/v2/tree/import", fmt="form", body={
        "tree": blob, "source": "gedcom", "rev": "15"}), acc))
    acc = {}
    night = jsonl([{"hour": h, "camera": L("NSTL-C2-0099812", HW),
                    "breaths": L(30 + h % 4, FIT), "state": L(["asleep", "stirring"][h % 2],
                                                               FIT),
                    "roomTempC": 21.0 + h / 10} for h in range(6)], acc)
    out.append(add(encode(raw("babycam", f"{CAM}/v1/reports/night", night,
                              "application/x-ndjson", {}), "zstd"), acc))
    acc = {}
    friends = enc({"uid": L(USER_ID, UID), "contacts": [
        {"n": L(n, CONTACTS), "p": L(p, CONTACTS)} for n, p, _ in PEOPLE]},
        "body", "c", "b64", acc)
    out.append(add(case("karaoke", f"{SING}/v2/friends/find", body={"c": friends,
                                                                   "v": 2}), acc))
    lab = {}
    punches = [{"@type": t, "@at": f"2026-11-2{d}T{h}:00", "Lat": L(f"{LAT + d / 1e4:.5f}",
                                                                     PRECISE),
                "Lon": L(f"{LON - d / 1e4:.5f}", PRECISE)}
               for d in range(3) for t, h in (("in", "07"), ("out", "19"))]
    doc = xml("Timesheet", {"@employee": L("E-204417", UID), "@week": "2026-W48",
                            "Punch": punches, "Note": L("left early Wed for my therapy "
                                                        "appointment", f"{TEXT}|{MED}")},
              "Timesheet", lab)
    out.append(raw("payroll", f"{HR}/api/timesheets", doc.encode(), "application/xml", lab))
    sessions = [{"id": f"ses_{i}", "station": f"ST-NY-04{i}", "lat": L(40.7 + i / 97, PRECISE),
                 "lon": L(-73.99 + i / 113, PRECISE), "kWh": 20 + i,
                 "cost": L(700 + i * 55, BUY), "plate": L("KXT-4471", HW)} for i in range(5)]
    out.append(case("evcharge", f"{EV}/v1/me/history/export", gz=True, body={
        "user": L(USER_ID, UID), "sessions": sessions, "format": "csv",
        "email": L(EMAIL_SHA1, MAIL)}))
    roster = [{"name": L(n, NAMEC), "email": L(m, MAIL), "birthYear": L(2011 + i % 2, BIRTH),
               "wpm": 20 + i * 3, "iep": L(i == 2, SENS)} for i, (n, _, m) in enumerate(PEOPLE)]
    out.append(case("elearn", f"{EDU}/v1/classes/cl_77/roster", fmt="msgpack", body={
        "teacher": L(USER_ID, UID), "students": roster, "term": "2026-fall"}))
    out.append(case("aligner", f"{SMILE}/v2/sensor/dump", body={
        "patient": L("PT-77120", UID), "chip": L("SC-" + rnd_hex(rng, 10).upper(), HW),
        "hourlyWorn": L([1] * 20 + [0] * 4, MED), "tempC": [34.1] * 4, "fw": "1.2"}))
    acc = {}
    page = enc({"items": [{"id": f"ph_{i}", "lat": L(round(LAT + i * 0.001, 5), PRECISE),
                           "lon": L(round(LON - i * 0.001, 5), PRECISE),
                           "people": L(["Sam Patel"], NAMEC)} for i in range(4)],
                "owner": L(USER_ID, UID)}, "body", "page", "hex", acc)
    out.append(add(case("gallery", f"{PIX}/v3/meta/page", fmt="form", body={
        "page": page, "cursor": rnd_hex(rng, 12)}), acc))
    acc = {}
    views = jsonl([{"e": L("listing_viewed", USAGE), "lid": "ls_" + rnd_hex(rng, 6),
                    "u": L(USER_ID, UID), "gaid": L(GAID, ADID),
                    "lat": L(round(LAT, 3), PRECISE), "lng": L(round(LON, 3), PRECISE),
                    "dwellMs": L(3000 + i * 700, USAGE)} for i in range(5)], acc)
    out.append(add(raw("market", f"{SWAP}/v2/events", views, "application/x-ndjson", {},
                       cookies={"ss_did": L(INSTALL_ID, DID)}), acc))
    out.append(case("blood", "https://donor.giveblood.example.org/api/profile", body={
        "donorId": L("D00418822", UID), "phone": L(E164, TEL),
        "address": L("350 5th Ave Apt 4B", ADDR), "zip": L("10118", COARSE),
        "sms": True}))
    return out


def negatives() -> list[Case]:
    """Exchanges with no personal data: IDs, hashes, versions, timings and public places."""
    rng = random.Random(13014)
    return [
        case("petition", f"{PET}/v3/experiments", query={
            "unit": rnd_hex(rng, 16), "exp": "cta_color", "bucket": "17", "salt": "p9"}),
        case("union", f"{UNION}/api/v2/ping", body={"nonce": rnd_hex(rng, 24),
                                                    "t": 1764275000}),
        case("karaoke", f"{SING}/v2/net/stats", body={
            "rttMs": [rng.randrange(30, 90) for _ in range(20)],
            "jitterMs": [round(rng.uniform(0.5, 9), 1) for _ in range(20)],
            "lossPct": 0.4, "edge": "edge-ny-3"}),
        case("babycam", f"{CAM}/v1/stream/qos", body={
            "frameIntervalsMs": [33 + rng.randrange(-3, 4) for _ in range(30)],
            "bitrateKbps": [1200 + rng.randrange(-90, 90) for _ in range(10)],
            "codec": "h264", "stream": "st_" + rnd_hex(rng, 8)}),
        case("elearn", f"{EDU}/v1/drills/metronome", body={
            "drill": "home_row_rhythm", "targetIntervalsMs": [250] * 16,
            "tempoBpm": 120, "version": 3}),
        case("evcharge", f"{EV}/v1/map/poi-impression", body={
            "poi": {"name": "Empire State Building", "lat": 40.74844, "lon": -73.98566},
            "zoom": 15, "impressionId": rnd_uuid(rng)}),
        case("gallery", f"{PIX}/v3/sync/cursor", body={
            "cursor": rnd_hex(rng, 32), "etag": rnd_hex(rng, 16), "changes": 0,
            "serverTime": 1764275100}),
        encode(case("dna", f"{DNA}/v2/assets/manifest", body={
            "files": [{"path": f"img/region_{i}.webp", "sha256": rnd_hex(rng, 64)}
                      for i in range(3)], "rev": "2026.11"}), "br"),
    ]
