"""Blind set fourteen, part four: an AI video-interview (hiring) app and an event-ticketing app
with face entry (see ``eval_families14.py`` for the rules of this set, its conventions and its
calls).

Video interview (in the style of asynchronous, scored interview platforms): candidate sign-up, a
résumé (multipart PDF), self-identification (form), recorded answers (multipart MP4), the on-device
analysis of each answer (facial action units, head pose, voice statistics, transcript), a
continuity check (msgpack with a float32 face template and a speaker vector), a coding test's key
events (gzip), scheduling with a calendar JWT in a JSON field, references, a background-check
consent with a signature, and a web view's page hit. Ticketing (in the style of venue/ticket apps):
a magic-link sign-in (query), event search, an order, face-entry enrolment (multipart), the
rotating entry pass, a transfer, resale payout, concessions (form), indoor wayfinding, an age
check, an accessibility request and an analytics batch (a top-level JSON array, JWT cookie).
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
import struct

from eval_families10_kit import strokes
from eval_families14_kit import (
    ADDR,
    BIRTH,
    BROWSE,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    JPEG,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    NATID,
    NATIONAL,
    PAY,
    PDF,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    SSN,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    Acc,
    add,
    device_headers,
    device_snake,
    flat,
    keys,
    multipart,
    series,
    tok,
)
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

HIRE = "https://api.hirelens.example.com"
GATE = "https://api.gatepass.example.net"
CAND = "cand_88120455"
QUESTIONS = ["Tell us about a time you disagreed with a manager.",
             "Why do you want to work in pediatric care?",
             "Describe a mistake you made and what you learned."]
ANSWERS = [("My manager wanted to cut a safety check and I pushed back.", TEXT),
           ("After my son's leukemia treatment I saw what good nurses do.", f"{TEXT}|{MED}"),
           ("I once mixed up two patient charts during a night shift.", TEXT)]


def _aus(rng: random.Random, n: int) -> list[dict[str, float]]:
    return [{"t": i * 200, **{f"AU{a:02d}": round(rng.uniform(0, 3), 2)
                              for a in (1, 2, 4, 6, 12, 15, 25)}} for i in range(n)]


def interview() -> list[Case]:
    rng = random.Random(14007)
    out = []
    out.append(case("interview", f"{HIRE}/v2/candidates", headers=device_headers(), body={
        "firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC), "email": L(EMAIL, MAIL),
        "phone": L(NATIONAL, TEL), "city": L("New York, NY", COARSE),
        "password": L("Hire-me-2026!", CRED), "installId": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer hl_" + rnd_hex(rng, 40), CRED),
            "User-Agent": device_headers()["User-Agent"]}
    out.append(multipart("interview", f"{HIRE}/v2/candidates/{CAND}/resume", [
        ("resume", "Jane_Doe_CV.pdf", "application/pdf", L(PDF + b"\x11" * 20, TEXT)),
        ("source", None, "text/plain", "upload")], headers=auth))
    out.append(case("interview", f"{HIRE}/v2/candidates/{CAND}/eeo", fmt="form", headers=auth,
                    body={"race": L("hispanic_latino", SENS), "gender": L("female", GENDER),
                          "disability": L("yes", SENS), "veteran": "not_a_veteran",
                          "orientation": L("bisexual", SENS)}))
    for q in range(3):
        out.append(multipart("interview", f"{HIRE}/v2/interviews/iv_551/answers/{q}", [
            ("meta", None, "application/json", {"candidate": L(CAND, UID), "retakes": q % 2,
                                                "durationS": 88 + q * 7}),
            ("video", f"a{q}.mp4", "video/mp4", L(MP4 + bytes([q]) * 16, MEDIA)),
        ], headers=auth))
        out.append(case("interview", f"{HIRE}/v2/interviews/iv_551/answers/{q}/analysis",
                        headers=auth, gz=q == 2, body={
            "question": QUESTIONS[q], "transcript": L(ANSWERS[q][0], ANSWERS[q][1]),
            "face": {"actionUnits": L(_aus(rng, 8), FACE),
                     "headPose": L(series(rng, 8, ("yaw", "pitch"), 200, 6.0), MOTION),
                     "emotion": {"joy": 0.41, "neutral": 0.5, "surprise": 0.09}},
            "voice": {"pitchMeanHz": L(round(205 + rng.uniform(-8, 8), 1), VOICE),
                      "pitchSdHz": L(round(31 + rng.uniform(-3, 3), 1), VOICE),
                      "jitterPct": L(round(rng.uniform(0.4, 1.1), 2), VOICE),
                      "shimmerPct": L(round(rng.uniform(2.5, 4.5), 2), VOICE),
                      "mfccMean": L(flat(rng, 13, 4.0, 2), VOICE),
                      "speechRateWpm": L(141 + q, VOICE)},
            "scores": {"communication": 3.8, "empathy": 4.1}, "model": "ivx-5.2"}))
    tpl = struct.pack("<128f", *flat(rng, 128, 0.06))
    out.append(case("interview", f"{HIRE}/v2/interviews/iv_551/continuity", fmt="msgpack",
                    headers=auth, body={"candidate": L(CAND, UID), "faceTpl": L(tpl, FACE),
                                        "xvector": L(flat(rng, 256, 0.2, 3), VOICE),
                                        "sameSpeaker": True, "sameFace": True}))
    code = "def two_sum(a, t):\n    seen = {}"
    out.append(case("interview", f"{HIRE}/v2/assessments/code/submit", headers=auth, gz=True,
                    body={"candidate": L(CAND, UID), "task": "two-sum",
                          "source": L(code, TEXT), "keys": L(keys(rng, code), f"{KEYS}|{TEXT}"),
                          "pastes": 0, "tabSwitches": 2, "elapsedS": 911}))
    acc: Acc = {}
    cal = tok({"sub": L(CAND, UID), "email": L(EMAIL, MAIL), "aud": "calendar-bridge",
               "exp": 1764400000}, "body", "calendarToken", acc)
    out.append(add(case("interview", f"{HIRE}/v2/schedule", headers=auth, body={
        "candidate": L(CAND, UID), "recruiter": L("ana.kim@example.net", MAIL),
        "slots": ["2026-12-02T15:00", "2026-12-03T10:00"], "tz": L("America/New_York", DEV),
        "calendarToken": cal}), acc))
    out.append(case("interview", f"{HIRE}/v2/candidates/{CAND}/references", headers=auth,
                    body={"references": [{"name": L(n, NAMEC), "email": L(m, MAIL),
                                          "phone": L(p, TEL), "relation": "former manager"}
                                         for n, p, m in PEOPLE[:2]]}))
    out.append(case("interview", f"{HIRE}/v2/background/consent", headers=auth, body={
        "ssn": L(SSN, NATID), "dob": L("1991-03-08", BIRTH),
        "address": L("350 Fifth Avenue Apt 4B, New York, NY 10118", ADDR),
        "priorAddresses": L(["12 Elm St, Newark, NJ 07102"], ADDR),
        "signature": L(strokes(rng, 24), MOTION), "agreed": True}))
    out.append(case("interview", "https://stats.webcount.example.org/p", query={
        "cid": L(INSTALL_ID, DID), "dl": L("https://jobs.example.com/nurse-practitioner-"
                                           "peds?src=app", BROWSE),
        "dt": L("Pediatric Nurse Practitioner – Example Health", BROWSE), "v": "2"}))
    # negatives: the job posting (the employer's office position) and the question bank
    out.append(case("interview", f"{HIRE}/v2/jobs/j_7712", query={"fields": "title,geo,pay"}))
    out.append(case("interview", f"{HIRE}/v2/interviews/iv_551/questions", body={
        "rev": 4, "etag": rnd_hex(rng, 16), "locale_pack": "en-v7"}))
    return out


def tickets() -> list[Case]:
    rng = random.Random(14008)
    out = []
    out.append(case("tickets", f"{GATE}/v1/auth/magic", query={
        "email": L(EMAIL, MAIL), "token": L(rnd_hex(rng, 32), CRED), "redirect": "app"}))
    out.append(case("tickets", f"{GATE}/v1/events/search", query={
        "q": L("gospel brunch", SEARCH), "lat": L(round(LAT, 3), PRECISE),
        "lng": L(round(LON, 3), PRECISE), "radiusKm": "25", "when": "this_weekend"}))
    acc: Acc = {}
    session = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "iat": 1764330000},
                  "cookie", "gp_jwt", acc)
    ck = {"gp_jwt": session}
    out.append(add(case("tickets", f"{GATE}/v1/orders", cookies=ck, body={
        "event": "ev_30118", "items": L([{"tier": "GA", "qty": 2, "price": 45}], BUY),
        "total": L(98.4, BUY), "buyer": {"name": L("Jane Doe", NAMEC),
                                         "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
                                         "zip": L("10118", COARSE)},
        "payment": {"token": L("tok_" + rnd_hex(rng, 24), PAY), "last4": L("4242", PAY)},
        "risk": device_snake()}), dict(acc)))
    out.append(add(multipart("tickets", f"{GATE}/v1/face-entry/enroll", [
        ("meta", None, "application/json", {
            "user": L(USER_ID, UID), "embedding": L(flat(rng, 512, 0.04), FACE),
            "liveness": 0.99, "consentVersion": "bio-2026-03", "venue": "vn_example_hall"}),
        ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x21" * 14, MEDIA)),
    ], cookies=ck), dict(acc)))
    c = case("tickets", f"{GATE}/v1/orders/or_5512/pass", cookies=ck, body={
        "ticket": L("tk_" + rnd_hex(rng, 10), BUY), "totpSeed": L(rnd_hex(rng, 40), CRED),
        "barcodeFormat": "pdf417", "seat": {"section": "102", "row": "F", "seat": "9"}})
    c.labels[("url", "path[2]")] = BUY  # the order's ID
    out.append(add(c, dict(acc)))
    out.append(add(case("tickets", f"{GATE}/v1/transfers", cookies=ck, body={
        "ticket": L("tk_" + rnd_hex(rng, 10), BUY), "to": {"name": L(PEOPLE[0][0], NAMEC),
                                                   "email": L(PEOPLE[0][2], MAIL),
                                                   "phone": L(PEOPLE[0][1], TEL)},
        "message": L("Can't make it, enjoy the show!", TEXT)}), dict(acc)))
    out.append(add(case("tickets", f"{GATE}/v1/resale/listings", cookies=ck, body={
        "ticket": L("tk_" + rnd_hex(rng, 10), BUY), "price": 60,
        "payout": {"routing": L("021000021", PAY), "account": L("000123456789", PAY),
                   "holder": L("Jane Doe", NAMEC)}}), dict(acc)))
    out.append(add(case("tickets", f"{GATE}/v1/concessions/order", fmt="form", cookies=ck,
                        body={"items": L("2x veggie dog,1x lemonade", BUY),
                              "total": L("21.50", BUY), "section": "102", "row": "F",
                              "seat": "9", "pay": L("pm_" + rnd_hex(rng, 20), PAY)}),
                   dict(acc)))
    for k in range(2):
        out.append(add(case("tickets", f"{GATE}/v1/wayfinding/position", cookies=ck, body={
            "lat": L(round(40.75051 + k * 4e-5, 6), PRECISE),
            "lng": L(round(-73.99342 + k * 3e-5, 6), PRECISE), "floor": 2,
            "beacons": [{"major": 12, "minor": 40 + k, "rssi": -70}]}), dict(acc)))
    out.append(add(multipart("tickets", f"{GATE}/v1/age-check", [
        ("fields", None, "application/json", {"dl": L("123 456 789", NATID),
                                              "dob": L("1991-03-08", BIRTH),
                                              "state": L("NY", COARSE)}),
        ("front", "dl.jpg", "image/jpeg", L(JPEG + b"\x22" * 12, MEDIA)),
    ], cookies=ck), dict(acc)))
    out.append(add(case("tickets", f"{GATE}/v1/accessibility", cookies=ck, body={
        "order": L("or_5512", BUY), "wheelchair": L(True, SENS), "companionSeat": True,
        "note": L("I use a power chair and need step-free entry", f"{TEXT}|{SENS}")}),
        dict(acc)))
    batch = [{"e": L(n, USAGE), "iid": L(INSTALL_ID, DID), "t": 1764330100 + i,
              "id": rnd_uuid(rng)} for i, n in enumerate(["event_viewed", "seat_map_opened",
                                                          "checkout_started"])]
    out.append(add(case("tickets", f"{GATE}/v1/analytics", cookies=ck, body=batch), dict(acc)))
    # negatives: the event list (venues' own coordinates) and a seat-map asset
    out.append(case("tickets", f"{GATE}/v1/events/ev_30118", body={
        "venue": {"name": "Example Hall", "lat": 40.75051, "lng": -73.99342},
        "fields": ["lineup", "doors"]}))
    out.append(case("tickets", f"{GATE}/v1/assets/seatmap/vn_example_hall.svg",
                    query={"rev": "19"}))
    return out
