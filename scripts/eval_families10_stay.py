"""Blind set ten, part three: a hotel/smart-lock app, a school-administration app and an e-mail/
calendar client (see ``eval_families10.py`` for the rules of this set and its conventions).

Fictional apps with shapes typical of their kind: the hotel app's booking lookup, mobile check-in
with a passport scan (ICAO 9303 TD3 MRZ, multipart with the photo page), a digital key issued as a
blob, door-unlock events with BLE RSSI (JSON Lines), guest requests, a folio and a captive-portal
login (form); the school app's roster, gradebook, attendance with reasons, guardian contacts,
an IEP/special-needs record, enrolment demographics and a teacher's message; the mail client's
ActiveSync-style XML sync, a sent message with recipients, received-header sync, a calendar event
with invitees, attachment metadata, an OAuth refresh (form) and a contact autocomplete. Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, multipart, raw
from eval_families7_kit import enc, jsonl, with_labels, xml
from eval_families8_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL,
    GENDER,
    HW,
    JPEG,
    MAC,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PHONE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    b64s,
    device_headers,
)
from eval_families10_kit import PDF, Acc, add, token
from eval_payloads import ANDROID_ID, NAME, USER_ID, Case, L, case, rnd_hex
from eval_payloads import rnd_uuid as uid4

HOTEL = "https://mobile.staybright.example.com"
SCHOOL = "https://sis.classhub.example.edu"
MAILX = "https://sync.mailnest.example.org"


def hotel() -> list[Case]:
    rng = random.Random(10007)
    hdr = {"Authorization": L("Bearer sb_" + rnd_hex(rng, 40), CRED),
           "X-SB-Device": L(ANDROID_ID, DID), **device_headers()}
    out = [case("hotel", f"{HOTEL}/api/v5/reservations/lookup", headers=hdr, query={
        "conf": L("SB7Q4K2M", BUY), "last_name": L("Doe", NAMEC), "email": L(EMAIL, MAIL)})]
    mrz = ("P<USADOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
           "X12345678<USA9004126F3105019<<<<<<<<<<<<<<02")
    out.append(multipart("hotel", f"{HOTEL}/api/v5/checkin", [
        ("passport_page", "mrz.jpg", "image/jpeg", L(JPEG, MEDIA)),
        ("data", None, "application/json", {
            "mrz": L(mrz, f"{NATID}|{NAMEC}|{BIRTH}"),
            "doc": {"number": L("X12345678", NATID), "type": "P", "issuer": "USA",
                    "expiry": "2031-05-01", "nationality": "USA"},
            "guest": {"surname": L("DOE", NAMEC), "given": L("JANE", NAMEC),
                      "dob": L("1990-04-12", BIRTH), "sex": L("F", GENDER),
                      "home_address": L("412 Pacific St, Brooklyn NY 11217", ADDR)},
            "companions": [{"name": L("Tom Doe", NAMEC), "age": L(38, BIRTH)}],
            "eta": "15:00", "reservation": L("SB7Q4K2M", BUY)})], headers=hdr))
    out.append(case("hotel", f"{HOTEL}/api/v5/keys/issue", headers=hdr, body={
        "reservation": L("SB7Q4K2M", BUY), "room": "1207", "lock_ids": ["LK-" + rnd_hex(rng, 6)],
        "device_pubkey": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rnd_hex(rng, 40),
        "key_blob": L(b64s("SBKEY1:" + rnd_hex(rng, 48)), CRED), "valid_to": 1764436800}))
    acc: Acc = {}
    data = jsonl([{"lock": f"LK-{lk}", "ev": L(ev, USAGE), "rssi": -40 - i * 7,
                   "tx_power": -59, "ts": 1764260000 + i * 2900, "res": "ok",
                   "guest": L(USER_ID, "id.user")}
                  for i, (lk, ev) in enumerate([("a11f02", "unlock"), ("a11f02", "unlock"),
                                                 ("gym01", "unlock"), ("a11f02", "deadbolt"),
                                                 ("pool02", "unlock_denied")])], acc)
    out.append(with_labels(encode(raw("hotel", f"{HOTEL}/api/v5/locks/events", data,
                                      "application/x-ndjson", {}, headers=hdr), "gzip"), acc))
    out.append(case("hotel", f"{HOTEL}/api/v5/requests", headers=hdr, body={
        "room": "1207", "type": "housekeeping",
        "text": L("Extra pillows please, and no feather ones - I have a severe allergy",
                  f"{TEXT}|{MED}"), "when": "asap"}))
    out.append(case("hotel", f"{HOTEL}/api/v5/profile/preferences", headers=hdr, body={
        "loyalty_no": L("SB-221-904-771", UID), "room_prefs": {
            "accessible": L("roll-in shower, hearing-impaired kit", f"{SENS}|{MED}"),
            "floor": "high", "pillow": "foam"},
        "dietary": L("halal", SENS), "birthday": L("04-12", BIRTH)}))
    out.append(case("hotel", f"{HOTEL}/api/v5/folio/charges", headers=hdr, body={
        "reservation": L("SB7Q4K2M", BUY), "charges": [
            {"code": "MINIBAR", "desc": L("Minibar - sparkling water x2", BUY),
             "amount": L(9.0, BUY)},
            {"code": "SPA", "desc": L("Deep tissue massage 60 min", BUY),
             "amount": L(145.0, BUY)}], "card_on_file": {"last4": L("0005", PAY)}}))
    out.append(case("hotel", "https://portal.staybright-wifi.example.com/login", fmt="form",
                    body={"room": "1207", "surname": L("Doe", NAMEC), "mac": L(MAC, HW),
                          "accept_tos": "1", "redirect": "http://connectivity.example.com"}))
    return out


def school() -> list[Case]:
    rng = random.Random(10008)
    acc: Acc = {}
    ck = {"chsess": token({"sub": L("tch_8812", UID), "role": "teacher",
                           "email": L("m.alvarez@school.example.edu", MAIL)}, "cookie",
                          "chsess", acc), "ch_tz": "America/New_York"}
    hdr = {"User-Agent": device_headers()["User-Agent"], "X-CSRF": rnd_hex(rng, 32)}
    kids = [("Olivia Chen", "2016-02-11", "F", "S-20431"),
            ("Marcus Johnson", "2015-11-03", "M", "S-20432"),
            ("Sofia Rossi", "2016-06-27", "F", "S-20433"),
            ("Noah Williams", "2016-01-19", "X", "S-20434")]
    out = [add(case("school", f"{SCHOOL}/api/sections/4B/roster", headers=hdr, cookies=ck,
                    body={"section": "4B", "term": "2026-F", "students": [
                        {"id": L(sid, UID), "name": L(n, NAMEC), "dob": L(d, BIRTH),
                         "gender": L(g, GENDER), "grade_level": 4, "homeroom": "104"}
                        for n, d, g, sid in kids]}), dict(acc))]
    out.append(add(case("school", f"{SCHOOL}/api/gradebook/batch", headers=hdr, cookies=ck,
                        body={"assignment": "asg_" + rnd_hex(rng, 6), "max": 20, "scores": [
                            {"student": L(sid, UID), "score": rng.randrange(9, 21),
                             "comment": L(c, TEXT)}
                            for (_, _, _, sid), c in zip(kids, [
                                "Great improvement on fractions",
                                "Missing work - talk to mom about homework routine",
                                "Excellent", "Needs support reading the questions"],
                                                         strict=True)]}), dict(acc)))
    acc_day: Acc = {}
    days: list[list[tuple[str, str, str | None]]] = [
        [("S-20431", "present", None), ("S-20432", "absent", "medical - asthma flare")],
        [("S-20433", "tardy", "bus"), ("S-20434", "absent", "therapy appointment")]]
    for day, rows in enumerate(days):
        out.append(add(case("school", f"{SCHOOL}/api/attendance", headers=hdr, cookies=ck,
                            fmt="form", body={
                                "date": f"2026-11-{23 + day}", "period": "AM",
                                "records": enc([{"id": L(s, UID), "status": st}
                                                for s, st, _ in rows], "body", "records",
                                               "json", acc_day)}),
                       {**acc, **acc_day}))
        acc_day.clear()
        for s, st, reason in rows:
            if reason:
                out.append(add(case("school", f"{SCHOOL}/api/attendance/notes", headers=hdr,
                                    cookies=ck, body={
                                        "student": L(s, UID), "status": st,
                                        "reason": L(reason, f"{MED}|{TEXT}" if st == "absent"
                                                    else TEXT)}), dict(acc)))
    out.append(add(case("school", f"{SCHOOL}/api/students/S-20432/guardians", headers=hdr,
                        cookies=ck, body={"guardians": [
                            {"name": L("Denise Johnson", NAMEC), "relation": "mother",
                             "phone": L("+15550100611", TEL),
                             "email": L("denise.j@example.net", MAIL),
                             "address": L("88 Lincoln Pl, Brooklyn NY 11217", ADDR),
                             "custody_note": L("No contact with father per court order",
                                               TEXT)}]}), dict(acc)))
    out.append(add(case("school", f"{SCHOOL}/api/students/S-20434/support-plan", headers=hdr,
                        cookies=ck, gz=True, body={
                            "plan": "IEP", "diagnoses": L(["ADHD", "dyslexia"], MED),
                            "disability_category": L("Specific learning disability", SENS),
                            "accommodations": L(["extended time 1.5x", "read-aloud tests"],
                                                SENS),
                            "notes": L("Takes methylphenidate at 8am; nurse has supply",
                                       f"{MED}|{TEXT}"), "review": "2027-03-01"}), dict(acc)))
    out.append(add(case("school", f"{SCHOOL}/api/enrolment", headers=hdr, cookies=ck, body={
        "student": {"name": L("Ava Patel", NAMEC), "dob": L("2016-09-02", BIRTH),
                    "ssn_last4": L("4421", NATID), "ethnicity": L("Hispanic or Latino", SENS),
                    "race": L(["Asian"], SENS), "home_language": "Gujarati",
                    "lunch_program": "free", "religious_dietary": L("vegetarian (Jain)", SENS)},
        "address": {"street": L("301 Sterling Pl", ADDR), "zip": L("11238", COARSE)}}),
                   dict(acc)))
    out.append(add(case("school", f"{SCHOOL}/api/messages", headers=hdr, cookies=ck, body={
        "to_guardian": "g_" + rnd_hex(rng, 6), "student": L("S-20432", UID),
        "subject": L("Marcus's inhaler", f"{TEXT}|{MED}"),
        "body": L("Hi Denise, Marcus forgot his inhaler again today. Could you send a spare?",
                  f"{TEXT}|{MED}")}), dict(acc)))
    out.append(add(multipart("school", f"{SCHOOL}/api/forms/photo-consent", [
        ("signed", "consent.pdf", "application/pdf", L(PDF, MEDIA)),
        ("meta", None, "application/json", {"student": L("S-20431", UID), "consent": False,
                                            "form_rev": "2026.2"})], headers=hdr, cookies=ck),
                   dict(acc)))
    return out


def mail() -> list[Case]:
    rng = random.Random(10009)
    hdr = {"Authorization": L("Bearer mn_" + rnd_hex(rng, 52), CRED), "User-Agent": "MailNest/7"}
    labels: dict[str, str] = {}
    doc = xml("Sync", {"@xmlns": "AirSync", "DeviceId": L(ANDROID_ID.upper(), DID),
                       "DeviceType": L("Android", DEV), "User": L(EMAIL, MAIL),
                       "Collections": {"Collection": [
                           {"SyncKey": str(rng.randrange(10**9)), "CollectionId": cid,
                            "WindowSize": "50"} for cid in ("1", "7", "12")]}}, "Sync", labels)
    out = [raw("mail", f"{MAILX}/Microsoft-Server-ActiveSync?Cmd=Sync", doc.encode(),
               "text/xml", labels, headers=hdr)]
    out.append(case("mail", f"{MAILX}/v2/messages/send", headers=hdr, body={
        "from": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL)},
        "to": [{"name": L("Dr. Anika Rao", NAMEC), "email": L("a.rao@clinic.example.com", MAIL)}],
        "cc": [{"name": L("Tom Doe", NAMEC), "email": L("tom.doe@example.net", MAIL)}],
        "subject": L("Follow-up on biopsy results", f"{TEXT}|{MED}"),
        "body_text": L("Hi Dr. Rao, could we move Thursday's appointment? Best, Jane",
                       f"{TEXT}|{MED}"),
        "message_id": f"<{uid4(rng)}@mailnest.example.org>", "draft_rev": 4}))
    senders = [("Bank of Example Alerts", "alerts@bank.example.com", "Your statement is ready"),
               ("Kevin O'Neil", "kevin.oneil@example.com", "Re: Saturday climbing?"),
               ("HR Team", "hr@employer.example.com", "Your benefits enrolment")]
    out.append(encode(case("mail", f"{MAILX}/v2/headers/sync", headers=hdr, body={
        "folder": "INBOX", "uidvalidity": 1697770000, "headers": [
            {"uid": 40811 + i, "from": {"name": L(n, NAMEC) if i == 1 else n,
                                        "addr": L(a, MAIL) if i == 1 else a},
             "to": L(EMAIL, MAIL), "subject": L(s, TEXT), "date": 1764240000 + i * 999,
             "msgid": f"<{rnd_hex(rng, 16)}@example.com>"} for i, (n, a, s) in
            enumerate(senders)]}), "br"))
    out.append(case("mail", f"{MAILX}/v2/calendar/events", headers=hdr, body={
        "uid": uid4(rng), "title": L("Cardiology follow-up", f"{TEXT}|{MED}"),
        # a practice's address typed into the event: the user's text, not their address
        "location": L("Dr. Patel, 12 Elm St, Suite 4", TEXT),
        "start": "2026-12-03T09:30:00-05:00", "end": "2026-12-03T10:15:00-05:00",
        "organizer": L(EMAIL, MAIL), "attendees": [
            {"email": L("tom.doe@example.net", MAIL), "name": L("Tom Doe", NAMEC),
             "status": "accepted"}],
        "notes": L("bring the Holter monitor and med list", f"{TEXT}|{MED}"),
        "reminders": [30, 1440], "color": "#3b82f6"}))
    out.append(case("mail", f"{MAILX}/v2/calendar/events", headers=hdr, body={
        "uid": uid4(rng), "title": L("Team offsite planning", TEXT),
        "location": "Conference Room B", "start": "2026-12-04T13:00:00-05:00",
        "attendees": [{"email": L(f"{u}@employer.example.com", MAIL), "status": "needsAction"}
                      for u in ("r.khan", "l.moreau", "s.ito")]}))
    out.append(case("mail", f"{MAILX}/v2/attachments/meta", headers=hdr, body={
        "message": f"<{uid4(rng)}@mailnest.example.org>", "files": [
            {"name": L("2026_tax_return_Jane_Doe.pdf", f"{TEXT}|{NAMEC}"), "size": 482113,
             "mime": "application/pdf", "sha256": rnd_hex(rng, 64)},
            {"name": L("IMG_20261126_1841.jpg", TEXT), "size": 2210044, "mime": "image/jpeg",
             "sha256": rnd_hex(rng, 64)}]}))
    acc: Acc = {}
    idt = token({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "aud": "mailnest-android"},
                "body", "id_token", acc)
    out.append(with_labels(case("mail", f"{MAILX}/oauth2/token", fmt="form", body={
        "grant_type": "refresh_token", "client_id": "mailnest-android",
        "refresh_token": L("rt_" + rnd_hex(rng, 60), CRED), "id_token": idt}), acc))
    for q in ("pat", "patel"):
        out.append(case("mail", f"{MAILX}/v2/contacts/autocomplete", headers=hdr,
                        query={"q": L(q, SEARCH), "limit": "8", "source": "recent,directory"}))
    acc = {}
    sig = enc({"signature": L(f"{NAME}\nSenior Analyst\n{PHONE}", f"{NAMEC}|{TEL}"),
               "account": L(EMAIL, MAIL)}, "body", "settings", "b64", acc)
    out.append(with_labels(case("mail", f"{MAILX}/v2/settings", headers=hdr, body={
        "settings": sig, "theme": "dark", "swipe_left": "archive"}), acc))
    out.append(case("mail", f"{MAILX}/v2/push/register", headers=hdr, body={
        "token": L("fcm:" + rnd_hex(rng, 140), DID), "accounts": L([EMAIL], MAIL),
        "device": L("Pixel 8", DEV)}))
    return out
