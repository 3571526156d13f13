"""Blind set six, part two: apps' own APIs (see ``eval_families6.py`` for the rules of this set
and its labelling conventions).

Fictional apps with request shapes typical of their kind (the video-call app is in
``eval_families6_call.py``): a telehealth app (intake, a photo for the clinician as
multipart/form-data per RFC 7578, visit chat, and the analytics hit it sends to a third party), a
job-search app (profile with EEO self-identification, search query string, résumé upload,
application answers) and a smart-home app (Wi-Fi provisioning of a plug as the ESP-IDF
``wifi_config.proto`` ``CmdSetConfig`` message, cloud registration, geofence events in msgpack, a
camera clip with face embeddings). Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import (
    COARSE,
    CRED,
    DEV,
    E164,
    MEDIA,
    NATIONAL,
    PRECISE,
    USAGE,
    encode,
    floats,
    multipart,
    pb,
    raw,
)
from eval_payloads import (
    BSSID,
    EMAIL,
    LAT,
    LON,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    h,
    rnd_hex,
    rnd_uuid,
)

MED, TEXT, ADDR = "health.medical", "content.text", "contact.address"


def _jpeg(rng: random.Random) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        rng.randbytes(600) + b"\xff\xd9"


def telehealth(rng: random.Random, i: int) -> Case:
    hdr: dict[str, Any] = {"Authorization": L("Bearer " + rnd_hex(rng, 48), CRED),
                           "X-Request-Id": rnd_uuid(rng)}
    kind = i % 4
    visit = "v_" + rnd_hex(rng, 10)
    if kind == 0:
        body: Any = {
            "patient": {"first_name": L("Jane", "contact.name"),
                        "last_name": L("Doe", "contact.name"),
                        "dob": L("1990-04-12", "personal.birthdate"),
                        "sex_at_birth": L("female", "personal.gender"),
                        "email": L(EMAIL, "contact.email"), "phone": L(NATIONAL, "contact.phone"),
                        "address": {"line1": L("12 Example Street", ADDR),
                                    "city": L("New York", COARSE), "state": L("NY", COARSE),
                                    "zip": L("10001", COARSE)},
                        # the member's account at the insurer: an account identifier (id.user)
                        "insurance": {"payer": "Example Health Plan",
                                      "member_id": L("XEH" + str(rng.randint(10**8, 10**9)),
                                                     "id.user"),
                                      "group_number": "G-20931"}},
            # typed by the patient and about their health: both categories
            "reason_for_visit": L("dry cough and fever for five days, worse at night",
                                  f"{MED}|{TEXT}"),
            "symptoms": L(["cough", "fever", "fatigue"], MED),
            "conditions": L(["asthma"], MED), "allergies": L(["penicillin"], MED),
            "medications": [{"name": L("albuterol inhaler", MED), "dose": L("90 mcg", MED)},
                            {"name": L("sertraline", MED), "dose": L("50 mg", MED)}],
            "pregnant": L(False, "personal.sensitive"),
            "vitals": {"weight_kg": L(63.5, "health.fitness"),
                       "height_cm": L(168, "health.fitness"),
                       "heart_rate": L(92, "health.fitness")},
            "pharmacy": {"name": "Corner Pharmacy", "zip": L("10001", COARSE)},
            "client_ts": 1700000000 + i, "form_version": "intake-2026.10"}
        return case("telehealth", "https://api.carenow.example/v1/intake", body=body,
                    headers=hdr)
    if kind == 1:
        meta = {"visit_id": visit, "body_site": L("left forearm", MED),
                "note": L("itchy rash since Monday, spreading", f"{MED}|{TEXT}"),
                "taken_at": 1700000000, "device": {"model": L("Pixel 8", DEV)}}
        return multipart("telehealth", f"https://api.carenow.example/v1/visits/{visit}/photos",
                         [("meta", None, "application/json", meta),
                          ("photo", "IMG_20261127_0812.jpg", "image/jpeg",
                           L(_jpeg(rng), MEDIA))], headers=hdr)
    if kind == 2:
        body = {"visit_id": visit, "sender_id": L(USER_ID, "id.user"),
                "message": {"id": rnd_uuid(rng), "type": "text",
                            "text": L("The inhaler helps but I still wake up coughing at 3am",
                                      f"{TEXT}|{MED}")},
                "client_msg_ts": 1700000000123}
        return case("telehealth", "https://chat.carenow.example/v1/messages", body=body,
                    headers=hdr)
    q = {"v": "2", "tid": "MS-" + rnd_hex(rng, 8).upper(),  # the app's property id (public)
         "cid": L(rnd_uuid(rng), "id.device"),  # the SDK's client id for this install
         "uid_h": L(h("sha256", EMAIL.lower()), "contact.email"),
         "ev": L("screen_view", USAGE), "scr": L("SymptomCheckerResult", USAGE),
         # the event property names the symptom the user checked
         "ep.symptom": L("chest pain", MED), "ep.triage": L("urgent_care", MED),
         "sr": L("1080x2400", DEV), "ul": L("en-us", DEV), "z": str(rng.randint(10**9, 10**10)),
         "sid": str(1700000000 - 600)}
    return case("telehealth", "https://collect.metricsdk.example/m/collect", query=q)


def job_search(rng: random.Random, i: int) -> Case:
    ck = {"js_sess": L(rnd_hex(rng, 40), CRED), "js_vid": L(rnd_uuid(rng), "id.device"),
          "js_consent": "analytics:1|ads:0"}
    kind = i % 4
    if kind == 0:
        body: Any = {
            "name": {"first": L("Jane", "contact.name"), "last": L("Doe", "contact.name")},
            "email": L(EMAIL, "contact.email"), "phone": L(E164, "contact.phone"),
            "location": {"city": L("Brooklyn", COARSE), "region": L("NY", COARSE),
                         "postal_code": L("11201", COARSE), "country": L("US", COARSE)},
            # job history and education carry no TAXONOMY category (unlabelled)
            "headline": "Registered nurse, ICU",
            "experience": [{"employer": "Example General Hospital", "title": "ICU Nurse",
                            "start": "2018-06", "end": None}],
            "birth_year": L(1990, "personal.birthdate"),
            # voluntary EEO self-identification: gender, and race/disability (special
            # categories); veteran status is not a TAXONOMY category (unlabelled)
            "eeo": {"gender": L("female", "personal.gender"),
                    "race_ethnicity": L("Hispanic or Latino", "personal.sensitive"),
                    "disability": L("yes", "personal.sensitive"),
                    "veteran": "not a protected veteran"},
            "open_to_work": True, "profile_version": rng.randint(1, 40)}
        return case("job-search", "https://api.hireloop.example/v3/profile", body=body,
                    cookies=ck)
    if kind == 1:
        prec = 4 if i % 8 == 1 else 2
        q = {"q": L("night shift nurse", "behavior.search"), "l": L("Brooklyn, NY", COARSE),
             "radius": "25", "lat": L(f"{LAT:.{prec}f}", PRECISE if prec >= 3 else COARSE),
             "lon": L(f"{LON:.{prec}f}", PRECISE if prec >= 3 else COARSE),
             "sort": "date", "start": "0", "fromage": "7", "rqid": rnd_hex(rng, 16)}
        return case("job-search", "https://api.hireloop.example/v3/jobs/search", query=q,
                    cookies=ck)
    if kind == 2:
        pdf = (b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\nBT /F1 12 Tf (Jane Doe) Tj "
               b"(jane.doe@example.org) Tj ET\n" + rng.randbytes(300) + b"\n%%EOF")
        # a CV the user wrote: their document (content.text, unreadable without a PDF parser)
        return multipart("job-search", "https://api.hireloop.example/v3/resume",
                         [("resume", "Jane_Doe_CV.pdf", "application/pdf", L(pdf, TEXT)),
                          ("cover_letter", None, "text/plain",
                           L("Dear hiring team, after six years in intensive care I am "
                             "looking for a night role closer to home.", TEXT)),
                          ("source", None, "text/plain", "android_app")],
                         cookies=ck)
    answers = [{"question_id": "q_auth", "answer": "yes"},
               {"question_id": "q_salary", "answer": "85000"},  # no TAXONOMY category
               {"question_id": "q_why",
                "answer": L("I want to work nights so I can care for my father", TEXT)}]
    body = {"job_id": "j" + rnd_hex(rng, 12), "answers": answers,
            "background_check": {"ssn": L("987-65-4320", "personal.national_id"),
                                 "dob": L("04/12/1990", "personal.birthdate"),
                                 "consent": True},
            "applied_via": "easy_apply", "attempt_id": rnd_uuid(rng)}
    return encode(case("job-search", "https://api.hireloop.example/v3/applications",
                       body=body, cookies=ck), "gzip")


def smart_home(rng: random.Random, i: int) -> Case:
    kind = i % 4
    own = i % 8 < 4
    ssid, bssid = (SSID, BSSID) if own else ("Casa-Ruiz", "f0:9f:c2:7a:10:44")
    if kind == 0:
        labels: dict[str, str] = {}
        # ESP-IDF wifi_config.proto: WiFiConfigPayload{msg=TypeCmdSetConfig(2),
        # cmd_set_config(12){ssid(1), passphrase(2), bssid(3, 6 raw bytes), channel(4)}}
        msg = pb([(1, 2), (12, [(1, L(ssid, "location.wifi")),
                               (2, L("correct-horse-battery-" + rnd_hex(rng, 4), CRED)),
                               (3, L(bytes.fromhex(bssid.replace(":", "")), "location.wifi")),
                               (4, 36)])], "", labels)
        return raw("smart-home", "http://setup.plugly.example/prov-config", msg,
                   "application/x-protobuf", labels)
    if kind == 1:
        body: Any = {
            "home": {"name": "Home", "timezone": L("America/New_York", DEV),
                     "address": {"street": L("12 Example Street", ADDR),
                                 "city": L("New York", COARSE), "zip": L("10001", COARSE)},
                     "geofence": {"lat": L(round(LAT, 6), PRECISE),
                                  "lng": L(round(LON, 6), PRECISE), "radius_m": 150}},
            # the plug's own hardware identifiers, in the user's home: id.hardware
            "device": {"mac": L("A4:CF:12:9B:3E:" + rnd_hex(rng, 2).upper(), "id.hardware"),
                       "serial": L("SP2" + rnd_hex(rng, 9).upper(), "id.hardware"),
                       "model": "plug-mini-2", "fw": "1.4.2",
                       "wifi": {"ssid": L(ssid, "location.wifi"),
                                "bssid": L(bssid.upper(), "location.wifi"), "rssi": -52}},
            "phone": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                      "push_token": L(rnd_hex(rng, 22) + ":APA91b" + rnd_hex(rng, 100),
                                      "id.device")},
            "pairing_nonce": rnd_hex(rng, 32)}
        return case("smart-home", "https://cloud.plugly.example/v1/devices/register", body=body,
                    headers={"Authorization": L("Bearer " + rnd_hex(rng, 40), CRED)})
    if kind == 2:
        body = {"event": L("arrived_home" if i % 8 == 2 else "left_home", USAGE),
                "lat": L(round(LAT + rng.uniform(-2e-4, 2e-4), 6), PRECISE),
                "lon": L(round(LON + rng.uniform(-2e-4, 2e-4), 6), PRECISE),
                "acc": 14.0, "ts": 1700000000 + i, "home_id": "h_" + rnd_hex(rng, 8),
                "user": L(USER_ID, "id.user"), "trigger_rule": rnd_uuid(rng)}
        return case("smart-home", "https://cloud.plugly.example/v1/presence", body=body,
                    fmt="msgpack", headers={"Authorization": L("Bearer " + rnd_hex(rng, 40),
                                                               CRED)})
    mp4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + rng.randbytes(900)
    meta = {"camera_id": "cam_" + rnd_hex(rng, 8), "event": "person_detected",
            "started_at": 1700000000, "duration_s": 12, "score": 0.93,
            "faces": [{"track_id": k, "box": [410, 120, 180, 180],
                       # a 128-float embedding of a face in view, to tell known faces apart
                       "embedding": L(floats(rng, 128), "biometric.face")} for k in range(2)]}
    return multipart("smart-home", "https://media.plugly.example/v1/clips",
                     [("meta", None, "application/json", meta),
                      ("clip", "clip.mp4", "video/mp4", L(mp4, MEDIA))],
                     headers={"Authorization": L("Bearer " + rnd_hex(rng, 40), CRED)})


FAMILIES = (telehealth, job_search, smart_home)


def build(rng: random.Random, n_each: int) -> list[Case]:
    return [fam(rng, i) for fam in FAMILIES for i in range(n_each)]
