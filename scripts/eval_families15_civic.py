"""Blind set fifteen, part six: a veterans' benefits app and a political door-to-door canvassing
app (see ``eval_families15.py`` for the rules of this set, its conventions and its calls).

Veterans' benefits (in the style of benefits-and-health-care portals for veterans): an OIDC
sign-in (ID token in a JSON field), the profile, a disability claim (zstd), evidence uploads
(multipart PDF), a C&P exam with travel pay, direct deposit (form), dependents (msgpack),
prescription refills, a secure message, a crisis chat, the claim's status by ID in the URL
path and analytics. Canvassing (in the style of campaign field apps working from the voter
file): a canvasser's sign-in (form), door results with voter records (gzip), a breadcrumb
track (JSON Lines, br), a voter-registration drive form with a signature, peer-to-peer texts,
a voter search, a survey (form), a shift check-in (XML) and analytics (hex JSON in a query
parameter). Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import strokes
from eval_families15_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    DOTTED,
    E164,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    NAMEC,
    NATID,
    PAY,
    PDF,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    SSN,
    STREET,
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
    multipart,
    raw,
    tok,
    xml,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, L, case, rnd_hex, rnd_uuid

VET = "https://api.vetbenefits.example.org"
KNOCK = "https://api.doorknock.example.org"
EDIPI, CLAIM = "1234567890", "600118274"
VOTERS = [("Rosa Morales", "1962-04-11", "12 W 31st St Apt 2", "DEM"),
          ("Tom Reyes", "1988-11-21", "14 W 31st St", "REP"),
          ("Ana Kim", "1979-09-02", "16 W 31st St Apt 5C", "UNA"),
          ("Sam Patel", "1995-01-27", "18 W 31st St", "DEM"),
          ("Lucía Fernández", "1950-06-14", "20 W 31st St Apt 1", "WFP")]


def vets() -> list[Case]:
    rng = random.Random(15011)
    out = []
    acc: Acc = {}
    idt = tok({"sub": L("idp-" + rnd_hex(rng, 12), UID), "email": L(EMAIL, MAIL),
               "given_name": L("Jane", NAMEC), "family_name": L("Doe", NAMEC),
               "birthdate": L("1991-03-08", BIRTH), "aud": "vetapp", "iat": 1764560000},
              "body", "id_token", acc)
    out.append(add(case("vets", f"{VET}/v0/auth/exchange", body={
        "id_token": idt, "installId": L(INSTALL_ID, DID), "nonce": rnd_hex(rng, 16)}), acc))
    auth = {"Authorization": L("Bearer va_" + rnd_hex(rng, 40), CRED), "User-Agent": L(UA, DEV)}
    out.append(case("vets", f"{VET}/v0/profile", headers=auth, body={
        "ssn": L(SSN, NATID), "edipi": L(EDIPI, NATID), "vaFileNumber": L(SSN.replace("-", ""),
                                                                          NATID),
        "branch": "Army", "served": "2010-2016", "discharge": "honorable",
        "address": L(STREET, ADDR), "zip": L("10118", COARSE), "phone": L(DOTTED, TEL)}))
    out.append(encode(case("vets", f"{VET}/v0/claims/526", headers=auth, body={
        "conditions": L(["PTSD", "tinnitus", "lumbar strain"], MED),
        "currentRating": L(70, f"{MED}|{SENS}"),
        "stressor": L("IED hit our convoy outside Kandahar in 2012, I still can't sleep more "
                      "than 3 hours", f"{TEXT}|{MED}"),
        "deployments": L(["AF", "KW"], COARSE), "veteran": L(USER_ID, UID)}), "zstd"))
    for k, (kind, name) in enumerate([("private_medical", "records.pdf"), ("dd214", "dd214.pdf")]):
        out.append(multipart("vets", f"{VET}/v0/claims/evidence", [
            ("meta", None, "application/json", {"type": kind, "claim": L(CLAIM, UID)}),
            ("file", name, "application/pdf", L(PDF + bytes([k]) * 8, MEDIA)),
        ], headers=auth))
    out.append(case("vets", f"{VET}/v0/appointments/cp-exam", headers=auth, body={
        "facility": L("VA Manhattan Audiology Clinic", MED), "exam": L("hearing loss", MED),
        "travelPay": {"from": L(STREET, ADDR), "miles": 2.1}, "slot": "2026-12-09T10:20"}))
    out.append(case("vets", f"{VET}/v0/payment/direct-deposit", fmt="form", headers=auth, body={
        "routing_number": L("021000021", PAY), "account_number": L("000123456789", PAY),
        "account_type": "checking"}))
    out.append(case("vets", f"{VET}/v0/dependents", fmt="msgpack", headers=auth, body={
        "dependents": [{"name": L(n, NAMEC), "dob": L(d, BIRTH), "ssn": L(s, NATID),
                        "relation": r} for n, d, s, r in [
            ("Rosa Morales", "1989-05-30", "219-09-9999", "spouse"),
            ("Mia Doe", "2018-07-19", "457-55-5462", "child")]]}))
    out.append(case("vets", f"{VET}/v0/pharmacy/refills", headers=auth, body={
        "orders": [{"rx": L(r, MED), "drug": L(d, MED)} for r, d in
                   [("2719044", "sertraline 100mg"), ("2719051", "prazosin 2mg")]],
        "mailTo": L(STREET, ADDR)}))
    out.append(case("vets", f"{VET}/v0/messages", headers=auth, body={
        "team": "PACT Primary Care", "subject": "Meds",
        "body": L("The prazosin isn't stopping the nightmares, can we talk about options?",
                  f"{TEXT}|{MED}")}))
    out.append(case("vets", f"{VET}/v0/crisis/chat", body={
        "text": L("I don't see the point anymore", f"{TEXT}|{MED}"),
        "callback": L(E164, TEL), "lat": L(round(LAT, 5), PRECISE),
        "lng": L(round(LON, 5), PRECISE), "session": rnd_uuid(rng)}))
    c = case("vets", f"{VET}/v0/claims/{CLAIM}/status", headers=auth)
    c.labels[("url", "path[2]")] = UID  # the claim number keys the veteran's claim
    out.append(c)
    out.append(case("vets", "https://a.govmetrics.example.org/collect", query={
        "t": "event", "ea": L("claim_submitted", USAGE), "cd1": "mobile",
        "cid": L(INSTALL_ID, DID), "ul": L("en-us", DEV)}))
    # negatives: the forms catalogue and the rates table
    out.append(case("vets", f"{VET}/v0/forms", query={"q": "", "page": "1"}))
    out.append(case("vets", f"{VET}/v0/rates/compensation", query={"year": "2026"}))
    return out


def canvass() -> list[Case]:
    rng = random.Random(15012)
    out = []
    out.append(case("canvass", f"{KNOCK}/v1/login", fmt="form", body={
        "email": L(EMAIL, MAIL), "password": L("DoorsOpen#26", CRED), "campaign": "cmp_884"}))
    auth = {"Authorization": L("Bearer dk_" + rnd_hex(rng, 40), CRED)}
    doors: list[dict[str, Any]] = []
    for i, (n, dob, addr, party) in enumerate(VOTERS):
        rec: dict[str, Any] = {
            "voterId": L(f"NY{7710042 + i:09d}", UID), "name": L(n, NAMEC),
            "dob": L(dob, BIRTH), "address": L(addr, ADDR), "party": L(party, SENS),
            "lat": L(round(40.74712 + i * 6e-5, 6), PRECISE),
            "lng": L(round(-73.98745 - i * 5e-5, 6), PRECISE),
            "result": ["talked", "not_home", "talked", "refused", "talked"][i]}
        if rec["result"] == "talked":
            rec["support"] = L([1, 0, 4][i // 2], SENS)
            rec["issues"] = L([["housing", "abortion rights"], [], ["immigration"]][i // 2],
                              SENS)
        if i == 0:
            rec["phone"] = L(PEOPLE[2][1], TEL)
            rec["note"] = L("Lives with her mother who is on oxygen, wants a mail ballot",
                            f"{TEXT}|{MED}")
        if i == 4:
            rec["email"] = L(PEOPLE[1][2], MAIL)
        doors.append(rec)
    out.append(encode(case("canvass", f"{KNOCK}/v1/turfs/tf_31/results", headers=auth,
                           body={"canvasser": L(USER_ID, UID), "doors": doors}), "gzip"))
    acc: Acc = {}
    lines = jsonl([{"t": 1764570000 + i * 45, "lat": L(round(40.74712 + i * 7e-5, 6), PRECISE),
                    "lng": L(round(-73.98745 - i * 5e-5, 6), PRECISE), "acc": 6 + i}
                   for i in range(6)], acc)
    out.append(add(encode(raw("canvass", f"{KNOCK}/v1/track", lines, "application/x-ndjson",
                              {}, headers=auth), "br"), acc))
    out.append(case("canvass", f"{KNOCK}/v1/registrations", headers=auth, body={
        "name": L("Ana Kim", NAMEC), "dob": L("2008-02-29", BIRTH),
        "address": L("16 W 31st St Apt 5C", ADDR), "dl": L("K987-6543-2100", NATID),
        "ssn4": L("9981", NATID), "party": L("DEM", SENS),
        "signature": L(strokes(rng, 24), MOTION), "collectedBy": L(USER_ID, UID)}))
    for k in range(2):
        n, p, _ = PEOPLE[k + 2]
        out.append(case("canvass", f"{KNOCK}/v1/p2p/send", headers=auth, body={
            "to": L(p, TEL), "voterId": L(f"NY{7710050 + k:09d}", UID),
            "text": L(f"Hi {n.split()[0]}, it's Jane with the Yes on 4 campaign. Can we count "
                      "on your vote Tuesday?", f"{TEXT}|{NAMEC}"), "script": "gotv_2"}))
    out.append(case("canvass", f"{KNOCK}/v1/voters/search", headers=auth, query={
        "q": L("Rosa Morales", f"{SEARCH}|{NAMEC}"), "zip": L("10001", COARSE)}))
    out.append(case("canvass", f"{KNOCK}/v1/surveys/sv_2/responses", fmt="form", headers=auth,
                    body={"voter_id": L("NY007710046", UID), "q1_support": L("2", SENS),
                          "q2_issue": L("police funding", SENS), "volunteer": "no"}))
    lab: dict[str, str] = {}
    doc = xml("Shift", {"@id": "sh_" + rnd_hex(rng, 6), "Volunteer": {
        "Name": L("Jane Doe", NAMEC), "Phone": L(E164, TEL)},
        "CheckIn": {"@lat": L(f"{LAT:.5f}", PRECISE), "@lon": L(f"{LON:.5f}", PRECISE),
                    "@at": "2026-11-29T10:02"}}, "Shift", lab)
    out.append(raw("canvass", f"{KNOCK}/v1/shifts/checkin", doc.encode(), "application/xml", lab,
                   headers=auth))
    acc = {}
    h = enc({"ev": L("door_logged", USAGE), "uid": L(USER_ID, UID), "doors": L(5, USAGE),
             "iid": L(INSTALL_ID, DID)}, "query", "h", "hex", acc)
    out.append(add(case("canvass", "https://m.fieldstat.example.net/h", query={"h": h}), acc))
    # negatives: the script library and the campaign office (a public place)
    out.append(case("canvass", f"{KNOCK}/v1/scripts", query={"campaign": "cmp_884"}))
    out.append(case("canvass", f"{KNOCK}/v1/offices/of_2", body={
        "fields": ["name", "lat", "lng"], "office": {"lat": 40.75101, "lng": -73.99034}}))
    return out
