"""Blind set eighteen, part six: two more everyday apps new to the evaluation, an astrology app
("Astrolume", fictional) and a teledermatology/skin-check app ("Dermly", fictional) (see
``eval_families18.py`` for the rules of this set, its conventions and its calls).

Astrolume: onboarding with the birth date, time and place, a daily horoscope (the sun sign), a
compatibility reading about a partner (their name, birth date and gender; the user's orientation),
a paid question to an astrologer, the local sky, push tags, a tarot question, a subscription,
analytics (JSON Lines, br), friends' charts from the address book, a mood journal; negatives: a
chart render from ephemeris longitudes, a star map with right ascension and declination, the moon
phase. Dermly: a mole check (multipart photo with lesion details), a concern note, the intake
(allergies, medications, conditions, Fitzpatrick type, insurance member ID), a visit booking with
copay, the pharmacy and prescription, an acne face scan (landmarks to align photos, lesion count),
the UV index at the user's position, push tags, an insurance card (multipart), a video visit's ICE
candidates, a secure message, analytics (JSON Lines, br, article titles), a card, an HSA receipt
request; negatives: a photo timeline's hashes, the condition library, the dermatologist directory
with office coordinates, a model download. ``more()``: a week of mood check-ins (JSON Lines, zstd),
a launch with the SIM and a ``/24`` of the IP, friends' charts (msgpack), an itch diary (a
top-level array, gzip), a launch with device headers, a video visit's quality report (form). Values
are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    DEV,
    DID,
    EMAIL_UPPER,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SENS,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    device_abbrev,
    device_headers,
    device_snake,
    encode,
    jsonl,
    landmarks,
    multipart,
    push_token,
    raw,
    relay,
    srflx,
    tok,
)
from eval_families18_kit import FIT, IP_CIDR, ephemeris, stars
from eval_payloads import (
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    USER_ID,
    Case,
    J,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

AS = "https://api.astrolume.example.com/v2"
DM = "https://api.dermly.example.net/v1"


def astro() -> list[Case]:
    rng = random.Random(18051)
    out = []
    auth = {"Authorization": J({"sub": L(USER_ID, UID), "tier": "free", "iat": 1764980000})}
    out.append(case("astro", f"{AS}/onboarding", headers=auth, body={
        "name": L("Jane", NAMEC), "birthDate": L("1991-05-17", BIRTH),
        "birthTime": L("06:42", BIRTH), "birthPlace": {
            "city": L("Cleveland, OH", COARSE), "lat": L(41.5, COARSE), "lon": L(-81.69, COARSE)},
        "gender": L("woman", GENDER), "sign": "taurus", "iid": L(INSTALL_ID, DID)}))
    out.append(case("astro", f"{AS}/horoscope/daily", headers=auth, query={
        "sign": "taurus", "date": "2025-12-05", "tz": L("America/New_York", DEV)}))
    out.append(case("astro", f"{AS}/compatibility", headers=auth, body={
        "partner": {"name": L("Rosa Morales", NAMEC), "birthDate": L("1990-11-02", BIRTH),
                    "gender": L("woman", GENDER)},
        "me": {"gender": L("woman", GENDER), "seeking": L("women", SENS)},
        "type": "romantic"}))
    out.append(case("astro", f"{AS}/ask", headers=auth, body={
        "question": L("will we finally get pregnant next year? second IVF round in march",
                      f"{TEXT}|{SENS}|{MED}"),
        "astrologer": "as_12", "order": L("AQ-40912", BUY), "price": L(14.99, BUY)}))
    out.append(case("astro", f"{AS}/sky/local", headers=auth, query={
        "lat": L("40.74", COARSE), "lon": L("-73.99", COARSE), "tz": L("America/New_York",
                                                                         DEV)}))
    out.append(case("astro", f"{AS}/push", body={
        "token": L(push_token(rng), DID), "tags": {"sign": "taurus",
                                                   "birth_year": L(1991, BIRTH)}}))
    out.append(case("astro", f"{AS}/tarot", headers=auth, body={
        "question": L("should I take the job in Boston?", TEXT),
        "cards": ["the_star", "six_of_cups", "knight_of_wands"], "spread": "three"}))
    out.append(case("astro", f"{AS}/billing/verify", headers=auth, body={
        "product": L("astro_plus_year", BUY), "price": L(39.99, BUY),
        "token": L("pt_" + rnd_hex(rng, 40), BUY)}))
    acc: Acc = {}
    evs = ["app_open", "horoscope_view", "compat_start", "compat_result", "paywall_view",
           "subscribe", "tarot_draw", "app_background"]
    lines = jsonl([{"ev": L(e, USAGE), "iid": L(INSTALL_ID, DID), "id": rnd_uuid(rng),
                    "t": 1764980100 + 15 * i} for i, e in enumerate(evs)], acc)
    out.append(add(encode(raw("astro", f"{AS}/events", lines, "application/x-ndjson", {}),
                          "br"), acc))
    out.append(case("astro", f"{AS}/friends/import", headers=auth, body={"contacts": [
        {"name": L(PEOPLE[i][0], CONTACTS), "birthday": L(b, CONTACTS)}
        for i, b in ((0, "1989-03-30"), (4, "1993-08-14"))]}))
    out.append(case("astro", f"{AS}/journal", headers=auth, body={
        "mood": L("anxious", MED), "note": L("couldn't sleep again, mercury retrograde or the "
                                             "new meds", f"{TEXT}|{MED}"), "date": "2025-12-05"}))
    # negatives: a chart render from ephemeris, a star map, the moon phase
    out.append(case("astro", f"{AS}/render/transits", headers=auth, body={
        "date": "2025-12-05", "bodies": ephemeris(rng), "style": "wheel"}))
    out.append(case("astro", f"{AS}/skymap/tiles", body={
        "stars": stars(rng, 8), "fov": 60, "mag": 4.5}))
    out.append(case("astro", f"{AS}/moon", query={"date": "2025-12-05"}))
    return out


def derma() -> list[Case]:
    rng = random.Random(18052)
    out = []
    auth = {"Authorization": J({"sub": L(USER_ID, UID), "pt": "pt_55120", "iat": 1764990000})}
    out.append(multipart("derma", f"{DM}/checks", [
        ("meta", None, "application/json", {
            "site": L("left forearm", MED), "itch": L(True, MED), "weeks": L(6, MED),
            "changed": L(True, MED), "sizeMm": L(7, MED), "capture": rnd_uuid(rng)}),
        ("photo", "mole.jpg", "image/jpeg", L(JPEG + b"\xc3" * 10, MEDIA)),
    ], headers=auth))
    out.append(case("derma", f"{DM}/checks/ck_88/note", headers=auth, body={
        "note": L("it bled once last week and my dad had melanoma", f"{TEXT}|{MED}")}))
    out.append(case("derma", f"{DM}/intake", headers=auth, body={
        "name": L("Jane Doe", NAMEC), "dob": L("1991-05-17", BIRTH), "sex": L("F", GENDER),
        "memberId": L("XGH448120931", UID), "group": "G-77120",
        "allergies": L(["penicillin", "latex"], MED), "meds": L(["sertraline 50mg"], MED),
        "conditions": L(["eczema", "PCOS"], MED), "fitzpatrick": L("IV", f"{MED}|{SENS}")}))
    out.append(case("derma", f"{DM}/visits", headers=auth, body={
        "appt": L("AP-20551", BUY), "copay": L(30.0, BUY),
        "reason": L("changing mole, left forearm", f"{TEXT}|{MED}"),
        "slot": "2025-12-09T15:20", "provider": "dr_118"}))
    out.append(case("derma", f"{DM}/rx/pharmacy", headers=auth, body={
        "pharmacy": "ph_2231", "address": "12 W 31st St, New York, NY 10001",
        "rx": L("tretinoin 0.05% cream", MED)}))
    out.append(multipart("derma", f"{DM}/acne/scan", [
        ("meta", None, "application/json", {"lm": L(landmarks(rng, 68), FACE),
                                            "lesions": L(14, MED), "zone": "t-zone"}),
        ("face", "face.jpg", "image/jpeg", L(JPEG + b"\xc4" * 10, MEDIA)),
    ], headers=auth))
    out.append(case("derma", f"{DM}/uv", query={
        "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE)}))
    out.append(case("derma", f"{DM}/push", body={
        "token": L(push_token(rng), DID), "tags": {"condition": L("eczema", MED),
                                                   "reminders": True}}))
    out.append(multipart("derma", f"{DM}/insurance", [
        ("meta", None, "application/json", {"memberId": L("XGH448120931", UID),
                                            "payer": "Example Health", "group": "G-77120"}),
        ("card", "card.jpg", "image/jpeg", L(JPEG + b"\xc5" * 10, MEDIA)),
    ], headers=auth))
    out.append(case("derma", f"{DM}/visits/AP-20551/ice", headers=auth, body={
        "candidates": [L(srflx(50122), f"{IPLOC}|{DEV}"), relay(61533)]}))
    out.append(case("derma", f"{DM}/messages", headers=auth, body={
        "thread": "th_41", "text": L("the cream burns a lot, should I stop using it?",
                                     f"{TEXT}|{MED}")}))
    acc: Acc = {}
    seen = [("screen_view", "Home"), ("article_view", "Is this mole normal? The ABCDEs"),
            ("screen_view", "Check"), ("article_view", "Living with eczema in winter"),
            ("screen_view", "Visits")]
    lines = jsonl([{"ev": L(e, USAGE), "what": L(w, USAGE), "iid": L(INSTALL_ID, DID),
                    "id": rnd_uuid(rng)} for e, w in seen], acc)
    out.append(add(encode(raw("derma", f"{DM}/events", lines, "application/x-ndjson", {}),
                          "br"), acc))
    out.append(case("derma", f"{DM}/cards", headers=auth, body={
        "token": L("tok_" + rnd_hex(rng, 24), PAY), "last4": L("0005", PAY),
        "zip": L("10118", COARSE)}))
    acc = {}
    st = tok({"sub": L(USER_ID, UID), "scope": "receipts"}, "cookie", "dm_rt", acc)
    out.append(add(case("derma", f"{DM}/receipts/hsa", cookies={"dm_rt": st}, body={
        "email": L(EMAIL_UPPER, MAIL), "year": 2025}), acc))
    # negatives: a photo timeline, the condition library, a directory, a model download
    out.append(case("derma", f"{DM}/timeline", headers={"X-Dermly-App": "4.2.0"}, body={
        "photos": [{"id": f"ph_{i}", "phash": rnd_hex(rng, 16)} for i in range(4)]}))
    out.append(case("derma", f"{DM}/library", query={"topic": "eczema", "lang": "en"}))
    out.append(case("derma", f"{DM}/providers", body={"offices": [
        {"id": "of_1", "lat": 40.751233, "lon": -73.990112, "name": "Midtown Skin"},
        {"id": "of_2", "lat": 40.729410, "lon": -73.998765, "name": "Village Derm"}]}))
    out.append(case("derma", f"{DM}/models/lesion", query={
        "v": "3.1.0", "sha256": rnd_hex(rng, 64)}))
    return out


def more() -> list[Case]:
    """Check-ins and diaries that repeat per day, launches with device and SIM fields."""
    rng = random.Random(18053)
    out = []
    acc: Acc = {}
    moods = ["anxious", "calm", "tired", "hopeful", "anxious", "sad", "calm"]
    notes = {1: "slept better after the bath", 4: "panic attack on the train again",
             5: "missed my sertraline dose"}
    lines = jsonl([{"day": f"2025-11-{24 + d}", "mood": L(m, MED),
                    "sleepH": L(round(rng.uniform(4.5, 8.5), 1), FIT),
                    **({"note": L(notes[d], f"{TEXT}|{MED}")} if d in notes else {}),
                    "sign": "taurus"} for d, m in enumerate(moods)], acc)
    out.append(add(encode(raw("astro", f"{AS}/checkins", lines, "application/x-ndjson", {}),
                          "zstd"), acc))
    out.append(case("astro", f"{AS}/launch", headers={"User-Agent": L(UA, DEV)}, body={
        "iid": L(INSTALL_ID, DID), **device_snake(), "carrier": L("Example Mobile", CARRIER),
        "sim_iso": L("us", CARRIER), "client_ip": L(IP_CIDR, IPLOC), "first": False}))
    out.append(case("astro", f"{AS}/friends/synastry", fmt="msgpack", body={"people": [
        {"name": L(PEOPLE[i][0], CONTACTS), "bday": L(b, CONTACTS), "rel": r}
        for i, b, r in ((0, "1989-03-30", "friend"), (3, "1987-12-01", "ex"),
                        (4, "1993-08-14", "coworker"))]}))
    days = [(3, True, ["wool sweater"]), (5, True, ["stress", "hot shower"]), (2, False, []),
            (1, False, []), (4, True, ["cold wind"]), (2, False, []), (1, False, [])]
    out.append(encode(case("derma", f"{DM}/diary", headers={
        "X-Dermly-Device": L(INSTALL_ID, DID)}, body=[
        {"day": f"2025-11-{24 + d}", "itch": L(i, MED), "flare": L(f, MED),
         **({"triggers": L(t, MED)} if t else {}), "photo": f"ph_{d}"}
        for d, (i, f, t) in enumerate(days)]), "gzip"))
    out.append(case("derma", f"{DM}/launch", headers=device_headers(), body={
        "iid": L(INSTALL_ID, DID), "dev": device_abbrev(), "push": True, "v": "4.2.0"}))
    out.append(case("derma", f"{DM}/visits/AP-20551/quality", fmt="form", body={
        "wan": L(IP_CIDR, IPLOC), "lan": L(LOCAL_IP, DEV), "net": L("wifi", DEV),
        "mccmnc": L(MCCMNC, CARRIER), "rtt": "64", "loss": "0.4"}))
    return out
