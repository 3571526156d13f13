"""Blind set seven, part five: a meditation app, a pharmacy app and a language-learning app (see
``eval_families7.py`` for the rules of this set and its labelling conventions).

Fictional apps with request shapes typical of their kind: the meditation app's onboarding goals,
mood check-ins, journal, listening sessions, health-store import, store purchase and the
analytics hit it sends to a third party (a form with a JSON ``e`` parameter, in the style of
public HTTP analytics APIs); the pharmacy app's patient profile, refills, drug-interaction check,
store finder, vaccine appointment with a screening questionnaire, an insurance eligibility check
(XML), an insurance-card photo (multipart/form-data, RFC 7578), pharmacist chat and a third-party
analytics hit in a query string; the language app's lessons, a free-response speaking exercise
(a RIFF/WAVE part, the recognised transcript and pitch/MFCC features), writing answers, an AI-tutor
chat, leaderboard follows and a msgpack analytics batch (deflate). Values are synthetic; hosts
are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

import msgpack
from eval_families6_kit import encode, multipart, raw
from eval_families7_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    FIT,
    KEYS,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    floats,
    xml,
)
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    W,
    case,
    resolve,
    rnd_hex,
    rnd_uuid,
)

CALM = "https://api.stillwater.example.com"
MT = f"{MED}|{TEXT}"


def meditation() -> list[Case]:
    rng = random.Random(7501)
    auth = {"Authorization": L(f"Bearer {rnd_hex(rng, 40)}", CRED)}
    out = [case("meditation", f"{CALM}/v1/onboarding", headers=auth, body={
        "user_id": L(USER_ID, UID), "goals": L(["reduce_anxiety", "sleep_better"], MED),
        "experience": "beginner", "age_range": L("25-34", BIRTH), "referral": "friend"})]
    moods = [("anxious", ["work", "panic attack"], "Couldn't breathe before the meeting again"),
             ("low", ["family"], "Third day I can't get out of bed, skipped my meds"),
             ("calm", ["exercise"], "Slept better after the body scan")]
    for mood, tags, note in moods:
        out.append(case("meditation", f"{CALM}/v1/checkins", headers=auth, body={
            "checkin_id": rnd_uuid(rng), "mood": L(mood, MED), "intensity": L(4, MED),
            "tags": L(tags, MED), "note": L(note, MT), "created_at": "2026-11-27T07:10:00Z"}))
    for n in range(4):
        out.append(case("meditation", f"{CALM}/v1/sessions", headers=auth, body={
            "session_id": rnd_uuid(rng), "content_id": f"sleep-story-{140 + n}",
            "content_title": L(["Rain on the Lake", "Body Scan", "Deep Sleep", "Focus"][n], USAGE),
            "listened_seconds": L(rng.randint(60, 1800), USAGE),
            "completed": L(n % 2 == 0, USAGE), "started_at": 1764240000 + n}))
    out.append(case("meditation", f"{CALM}/v1/health/import", headers=auth, body={
        "source": "health_connect", "days": [
            {"date": f"2026-11-{20 + d}", "sleep_minutes": L(rng.randint(300, 480), FIT),
             "resting_heart_rate": L(rng.randint(55, 70), FIT),
             "hrv_ms": L(rng.randint(30, 80), FIT)} for d in range(3)]}))
    out.append(case("meditation", f"{CALM}/v1/journal", headers=auth, body={
        "prompt_id": "gratitude-07", "entry": L(
            "Therapist raised my sertraline to 100 mg. Grateful my sister called.", MT),
        "private": True}))
    out.append(case("meditation", f"{CALM}/v1/purchases/verify", headers=auth, body={
        "product_id": "annual_6999", "price": L(69.99, BUY), "currency": "USD",
        "order_id": L(f"GPA.3391-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}", BUY),
        "purchase_token": L(rnd_hex(rng, 80), BUY)}))
    for n in range(3):
        ev = [{"event_type": L(["Mood Logged", "Session Completed", "Paywall Viewed"][n], USAGE),
               "device_id": L(INSTALL_ID, DID), "user_id": L(USER_ID, UID),
               "time": 1764240000000 + n, "os_name": L("android", DEV),
               "device_model": L("Pixel 8", DEV), "language": L("en-US", DEV),
               "event_properties": {"mood": L(moods[n][0], MED)} if n == 0 else {
                   "content_id": "sleep-story-140"},
               "user_properties": {"goal": L("reduce_anxiety", MED), "plan": "trial"},
               "insert_id": rnd_uuid(rng)}]
        out.append(case("meditation", "https://events.metrics.example.org/httpapi", fmt="form",
                        body={"api_key": rnd_hex(rng, 32), "e": W(ev, "json")}))
    return out


RX = "https://api.medirx.example.com/v2"


def pharmacy() -> list[Case]:
    rng = random.Random(7502)
    auth = {"Authorization": L(f"Bearer {rnd_hex(rng, 40)}", CRED),
            "X-Device-Id": L(INSTALL_ID, DID)}
    out = [case("pharmacy", f"{RX}/patients/me", headers=auth, body={
        "first_name": L("Jane", NAMEC), "last_name": L("Doe", NAMEC),
        "dob": L("1991-04-12", BIRTH), "phone": L(NATIONAL, TEL), "email": L(EMAIL, MAIL),
        "address": {"line1": L("221 Example Street Apt 4B", ADDR), "city": L("Brooklyn", COARSE),
                    "state": L("NY", COARSE), "zip": L("11201", COARSE)},
        "allergies": L(["penicillin", "sulfa drugs"], MED),
        "conditions": L(["type 2 diabetes", "hypertension"], MED),
        "insurance": {"member_id": L("XJH882201934", UID), "bin": "610014", "pcn": "ADV",
                      "plan_name": "Example Health Gold"}})]
    drugs = [("6138842-01", "metformin 500 mg tablet", 60), ("6140077-00", "lisinopril 10 mg", 30),
             ("6141903-02", "sertraline 50 mg tablet", 30)]
    for n in range(3):
        items = [{"rx_number": L(rx, MED), "drug": L(d, MED), "quantity": L(q, MED)}
                 for rx, d, q in drugs[: n + 1]]
        out.append(case("pharmacy", f"{RX}/prescriptions/refill", headers=auth, body={
            "items": items, "store_id": 4417, "pickup_date": "2026-11-28",
            "order_id": L(f"RF-{rng.randint(10**5, 10**6)}", BUY),
            "copay_total": L(round(12.5 * (n + 1), 2), BUY),
            "payment": {"card_token": L(f"tok_{rnd_hex(rng, 24)}", PAY), "last4": L("1881", PAY)}}))
    out.append(case("pharmacy", f"{RX}/interactions", headers=auth,
                    query={"drugs": L("atorvastatin,metformin,sertraline", MED), "fmt": "short"}))
    for nd in (3, 5):
        out.append(case("pharmacy", f"{RX}/stores/nearby", headers=auth, query={
            "lat": L(f"{LAT:.{nd}f}", PRECISE), "lon": L(f"{LON:.{nd}f}", PRECISE),
            "radius_mi": "5", "open_now": "true"}))
    out.append(case("pharmacy", f"{RX}/appointments", headers=auth, body={
        "service": L("COVID-19 booster", MED), "store_id": 4417,
        "slot": "2026-12-02T10:15:00-05:00", "confirmation": L("APT-77120", BUY),
        "screening": {"pregnant": L(False, SENS), "immunocompromised": L(True, MED),
                      "prior_reaction": L(False, MED)},
        "store": {"address": "350 Fifth Avenue, New York, NY 10118", "phone": "+1 212 555 0100",
                  "lat": 40.74844, "lon": -73.98566}}))
    lab: dict[str, str] = {}
    body = xml("EligibilityRequest", {
        "Header": {"@version": "D.0", "TransactionId": rnd_hex(rng, 20)},
        "Patient": {"FirstName": L("JANE", NAMEC), "LastName": L("DOE", NAMEC),
                    "DateOfBirth": L("19910412", BIRTH), "Gender": L("F", "personal.gender"),
                    "ZipCode": L("11201", COARSE)},
        "Insurance": {"MemberId": L("XJH882201934", UID), "BIN": "610014", "PCN": "ADV"}},
        "EligibilityRequest", lab)
    out.append(raw("pharmacy", f"{RX}/eligibility", body.encode(), "text/xml", lab,
                   headers=auth))
    jpeg = b"\xff\xd8\xff\xe1\x00\x18Exif\x00\x00" + bytes(400)
    out.append(multipart("pharmacy", f"{RX}/insurance/card", [
        ("front", "card_front.jpg", "image/jpeg", L(jpeg, MEDIA)),
        ("ocr", None, "application/json", {"member_id": L("XJH882201934", UID),
                                           "name": L("JANE DOE", NAMEC)})], headers=auth))
    for msg in ("Can I take ibuprofen with my blood pressure meds?",
                "The sertraline makes me nauseous, should I take it with food?"):
        out.append(case("pharmacy", f"{RX}/chat/messages", headers=auth, body={
            "thread_id": "th_55102", "message": L(msg, MT), "client_ts": 1764240000}))
    for n in range(3):
        out.append(case("pharmacy", "https://collect.metrics.example.org/g/collect", query={
            "v": "2", "tid": "G-EXAMPLE1", "cid": L(f"{rng.randint(10**8, 10**9)}.1764240000",
                                                   DID),
            "uid": L(USER_ID, UID), "en": L(["refill_submitted", "screen_view",
                                             "interaction_check"][n], USAGE),
            "ep.screen_name": L("RefillConfirm", USAGE),
            "ep.drug_class": L(["antidiabetic", "antidepressant", "statin"][n], MED),
            "_s": L(str(n + 3), USAGE), "sr": L("1080x2400", DEV), "ul": L("en-us", DEV)}))
    return out


LB = "https://api.lingobee.example.com"


def language() -> list[Case]:
    rng = random.Random(7503)
    auth = {"Authorization": L(f"Bearer {rnd_hex(rng, 40)}", CRED)}
    out = [case("language", f"{LB}/v1/profile", headers=auth, body={
        "username": L("janed_91", UID), "native_language": "en", "learning": "es",
        "age": L(34, BIRTH), "motivation": "travel", "daily_goal_min": 10})]
    for n in range(4):
        out.append(case("language", f"{LB}/v1/lessons/complete", headers=auth, body={
            "lesson_id": f"es-u3-l{n + 1}", "course": "es-en", "xp": L(15 + n, USAGE),
            "streak": L(41 + n, USAGE), "duration_s": L(rng.randint(120, 600), USAGE),
            "accuracy": round(rng.uniform(0.6, 1), 2), "hearts_left": 3}))
    answers = ["El fin de semana fui a la playa con mi novia y cenamos en casa de sus padres",
               "Trabajo como enfermera en un hospital de Brooklyn"]
    for n, said in enumerate(answers):
        wav = b"RIFF" + (36 + 3200).to_bytes(4, "little") + b"WAVEfmt " + bytes(3220)
        out.append(multipart("language", f"{LB}/v1/speaking/submit", [
            ("audio", f"answer_{n}.wav", "audio/wav", L(wav, MEDIA)),
            ("meta", None, "application/json", {
                "exercise": "free_response", "prompt": "Describe tu fin de semana",
                "recognized": L(said, TEXT),
                "features": {"pitch_hz": L([round(rng.uniform(160, 230), 1) for _ in range(40)],
                                           VOICE),
                             "mfcc_mean": L(floats(rng, 13, 4.0, 3), VOICE)},
                "scores": {"pronunciation": 0.82, "fluency": 0.74, "grammar": 0.9}})],
            headers=auth))
    for ans in ("Ayer fui al médico porque me dolía la espalda",
                "Mi hermano vive en Lisboa con su esposo"):
        out.append(case("language", f"{LB}/v1/writing/submit", headers=auth, body={
            "exercise_id": rnd_hex(rng, 12), "answer": L(ans, TEXT), "time_ms": 48211,
            "typing": {"wpm": L(rng.randint(25, 45), KEYS),
                       "backspaces": L(rng.randint(2, 9), KEYS),
                       "pauses_ms": L([rng.randint(300, 2500) for _ in range(6)], KEYS)}}))
    out.append(case("language", f"{LB}/v1/tutor/chat", headers=auth, body={
        "conversation_id": rnd_uuid(rng), "messages": [
            {"role": "user", "content": L("¿Cómo digo que estoy nerviosa por mi entrevista?",
                                          TEXT)},
            {"role": "assistant", "content": "Puedes decir: estoy nerviosa por mi entrevista."},
            {"role": "user", "content": L("Gracias, y si es una entrevista en un banco?", TEXT)}
        ]}))
    out.append(case("language", f"{LB}/v1/leaderboard/follow", headers=auth, body={
        "user_ids": L(["marco.r", "sofia_lx", "kenji-88"], UID), "league": "ruby"}))
    for n in range(4):
        events = [{"name": L(["lesson_start", "lesson_end", "streak_freeze_used",
                              "shop_opened"][(n + i) % 4], USAGE),
                   "ts": 1764240000 + i, "props": {"skill": "food"}} for i in range(3)]
        tree: dict[str, Any] = {"install_id": L(INSTALL_ID, DID), "events": events,
                                "client_ip": L(PUBLIC_IP, "location.ip"),
                                "device": {"model": L("Pixel 8", DEV), "os": L("14", DEV),
                                           "tz": L("America/New_York", DEV)}}
        lab: dict[str, str] = {}
        data = msgpack.packb(resolve(tree, "", lab))
        c = raw("language", f"{LB}/v1/telemetry", data, "application/x-msgpack", lab)
        out.append(encode(c, "deflate") if n % 2 else c)
    return out


def build() -> list[Case]:
    return meditation() + pharmacy() + language()
