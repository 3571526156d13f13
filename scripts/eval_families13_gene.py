"""Blind set thirteen, part two: a consumer DNA/ancestry app and a blood-donation app (see
``eval_families13.py`` for the rules of this set, its conventions and its calls).

DNA (in the style of direct-to-consumer genetic testing): kit activation (JSON), an ancestry
composition shared with a relative, a genotype file upload (multipart), report views, a family
tree (XML), messages to DNA matches, a context header as base64url JSON, a deflate body.
Blood donation (in the style of a donor-services app): donor sign-in (form), the eligibility
questionnaire (JSON, gzip) and its signed pre-donation pass (a JWT in a JSON field), donation
history, nearby drives (query), a session-JWT cookie, referrals from the address book.
Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families13_kit import (
    ADID,
    BIRTH,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    FIT,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    device_headers,
    device_snake,
    enc,
    encode,
    multipart,
    raw,
    sha,
    tok,
    xml,
)
from eval_payloads import (
    EMAIL,
    GAID,
    INSTALL_ID,
    LAT,
    LON,
    USER_ID,
    Case,
    J,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

DNA = "https://api.rootline.example.com"
BLOOD = "https://donor.giveblood.example.org"
KIT = "RL-7Q2X-99K1-04"


def dna() -> list[Case]:
    rng = random.Random(13003)
    out = []
    auth = {"Authorization": J({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                "iat": 1764263000, "exp": 1764266600}),
            "x-rl-device": L("Pixel 8; Android 14", DEV)}
    c = case("dna", f"{DNA}/v2/kits/{KIT}/activate", headers=auth, body={
        "kitBarcode": L(KIT, UID), "profile": {
            "firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC),
            "birthDate": L("1989-04-12", BIRTH), "sexAtBirth": L("female", GENDER),
            "birthCity": L("Guadalajara", COARSE)},
        "consents": {"research": True, "biobank": False, "version": "2025-10"},
        "sampleCollectedAt": "2026-11-01"})
    c.labels[("url", "path[2]")] = UID
    out.append(c)
    comp = [("Mexican & Indigenous Americas", 0.46), ("Spanish & Portuguese", 0.31),
            ("Ashkenazi Jewish", 0.17), ("Nigerian", 0.06)]
    for k in range(2):
        out.append(case("dna", f"{DNA}/v2/shares", headers=auth, body={
            "to": {"email": L(["sam.patel@example.net", "lucia.f@example.com"][k], MAIL)},
            "include": ["ancestry", "haplogroups"],
            "ancestry": [{"region": L(r, SENS), "share": L(s, SENS)} for r, s in comp],
            "maternalHaplogroup": L("A2w", SENS), "note": L(
                "Look, we really are part Jewish like grandma said!", f"{TEXT}|{SENS}"),
            "shareId": rnd_uuid(rng)}))
    geno = "\n".join(["# rsid\tchromosome\tposition\tgenotype", "rs4477212\t1\t82154\tAA",
                      "rs3094315\t1\t752566\tAG", "rs80357906\t17\t41209079\tDI"]).encode()
    out.append(multipart("dna", f"{DNA}/v2/uploads/raw", [
        ("meta", None, "application/json", {"kitBarcode": L(KIT, UID), "format": "v5",
                                            "build": "GRCh37"}),
        ("file", "genome_Jane_Doe.txt", "text/plain", L(geno, MED)),
    ], headers=auth))
    for k, rep in enumerate(["brca1_brca2_selected_variants", "lactose_intolerance",
                             "sleep_movement"]):
        out.append(case("dna", f"{DNA}/v2/events", headers=auth, body={
            "event": L("report_viewed", USAGE), "report": L(rep, USAGE),
            "screen": L("HealthReports", USAGE), "ts": 1764263100 + k,
            "installId": L(INSTALL_ID, DID), "eventId": rnd_uuid(rng)}))
    out.append(case("dna", f"{DNA}/v2/health/confirmations", headers=auth, body={
        "report": "brca1_brca2_selected_variants",
        "result": L("one variant detected: BRCA1 185delAG", MED),
        "genetic_counselor_requested": L(True, MED), "family_history": L(
            "mother had breast cancer at 44", f"{TEXT}|{MED}")}))
    lab: dict[str, str] = {}
    people = [{"@id": "P1", "Name": L("Jane Doe", NAMEC), "Birth": {
                  "Date": L("1989-04-12", BIRTH), "Place": L("Guadalajara, Jalisco", COARSE)}},
              {"@id": "P2", "Name": L("Rosa Doe Morales", NAMEC), "Birth": {
                  "Date": L("1961-09-30", BIRTH), "Place": L("Tepatitlán, Jalisco", COARSE)},
               "Note": L("converted to Judaism in 1990", f"{TEXT}|{SENS}")},
              {"@id": "P3", "Name": L("Miguel Doe", NAMEC), "Birth": {
                  "Date": L("1958", BIRTH)}, "Deceased": "true"}]
    doc = xml("Tree", {"@owner": L(USER_ID, UID), "@rev": "14", "Person": people}, "Tree", lab)
    out.append(raw("dna", f"{DNA}/v2/tree/sync", doc.encode(), "application/xml", lab,
                   headers=auth))
    for k in range(2):
        out.append(case("dna", f"{DNA}/v2/matches/m_{rnd_hex(rng, 8)}/messages", headers=auth,
                        body={"text": L(["Hi! We share 212 cM, I think you're my mom's cousin.",
                                         "My number is 555 010 0199 if easier"][k],
                                        TEXT if k == 0 else f"{TEXT}|{TEL}"),
                              "clientMsgId": rnd_uuid(rng)}))
    acc: Acc = {}
    ctx = enc({"uid": L(USER_ID, UID), "gaid": L(GAID, ADID), "kit": L(KIT, UID),
               "device": device_snake()}, "header", "x-rl-context", "b64url", acc)
    out.append(add(case("dna", f"{DNA}/v2/session/start", headers={
        "X-RL-Context": ctx, "X-RL-Client": "android/7.3.0"}, body={
        "sessionId": rnd_uuid(rng), "coldStart": True}), acc))
    out.append(encode(case("dna", f"{DNA}/v2/export/request", headers=auth, body={
        "what": ["raw_data", "ancestry"], "deliverTo": L(EMAIL, MAIL),
        "reason": L("want to upload to a genealogy site to find my biological father",
                    TEXT)}), "deflate"))
    # negatives: reference-panel metadata and a static haplogroup tree
    out.append(case("dna", f"{DNA}/v2/reference/panels", query={
        "build": "GRCh37", "rev": "2026.3", "sha256": rnd_hex(rng, 64)}))
    out.append(case("dna", f"{DNA}/static/haplotree/mt-v17.json", query={"v": "17"}))
    return out


def blood() -> list[Case]:
    rng = random.Random(13004)
    out = []
    donor = "D00418822"
    out.append(case("blood", f"{BLOOD}/api/login", fmt="form", body={
        "donorId": L(donor, UID), "dob": L("04/12/1989", BIRTH),
        "password": L("G1veBl00d!", CRED), "device": L(INSTALL_ID, DID)}))
    acc: Acc = {}
    sess = tok({"donorId": L(donor, UID), "name": L("Jane Doe", NAMEC), "bt": L("O-", MED),
                "exp": 1764270000}, "cookie", "gb_session", acc)
    jar = {"gb_session": sess, "gb_consent": "analytics=0"}
    answers = [
        {"q": "Q05_feeling_well", "a": True},
        {"q": "Q11_pregnant_last_6_weeks", "a": L(False, SENS)},
        {"q": "Q14_medications", "a": L(["finasteride", "levothyroxine"], MED)},
        {"q": "Q18_new_sexual_partner_3m_anal_sex", "a": L(False, SENS)},
        {"q": "Q21_ever_positive_hiv", "a": L(False, MED)},
        {"q": "Q25_travel_outside_us_3y", "a": L(["Nigeria", "Mexico"], COARSE)},
        {"q": "Q30_tattoo_3m", "a": False},
        {"q": "Q33_weight_lb", "a": L(148, FIT)}]
    for k in range(2):
        c = case("blood", f"{BLOOD}/api/rapidpass/submit", gz=k == 1, cookies=jar, body={
            "donorId": L(donor, UID), "driveId": "DR-55120", "answers": answers[: 5 + k * 3],
            "startedAt": 1764264000, "durationSec": 311 + k})
        out.append(add(c, acc))
    pacc: Acc = {}
    passj = tok({"donorId": L(donor, UID), "answersHash": rnd_hex(rng, 64), "valid": "today",
                 "eligible": True}, "body", "pass", pacc)
    out.append(add(add(case("blood", f"{BLOOD}/api/checkin", cookies=jar, body={
        "pass": passj, "driveId": "DR-55120", "kiosk": "K3"}), acc), pacc))
    hist = [{"date": f"2026-0{m}-15", "type": "whole_blood",
             "hemoglobin": L(round(12.8 + m * 0.1, 1), MED),
             "bp": L(f"{118 + m}/{76 + m}", MED), "pulse": L(64 + m, FIT)}
            for m in range(2, 6)]
    out.append(add(case("blood", f"{BLOOD}/api/history/sync", cookies=jar, body={
        "donorId": L(donor, UID), "bloodType": L("O negative", MED),
        "cmvNegative": L(True, MED), "donations": hist}), acc))
    for k, nd in enumerate((4, 2)):
        out.append(case("blood", f"{BLOOD}/api/drives/nearby", query={
            "lat": L(round(LAT, nd), PRECISE if nd >= 3 else COARSE),
            "lon": L(round(LON, nd), PRECISE if nd >= 3 else COARSE),
            "radius_mi": "10", "type": "platelets" if k else "whole_blood"},
            headers={"User-Agent": device_headers()["User-Agent"]}))
    out.append(case("blood", f"{BLOOD}/api/drives/search", query={
        "zip": L("10118", COARSE), "date": "2026-12-02"}))
    c = case("blood", f"{BLOOD}/api/donors/{donor}/appointments", cookies=jar, body={
        "driveId": "DR-55120", "slot": "2026-12-02T10:15",
        "reminder": {"sms": L(E164, TEL), "email": L(EMAIL, MAIL)}})
    c.labels[("url", "path[2]")] = UID
    out.append(add(c, acc))
    out.append(add(case("blood", f"{BLOOD}/api/referrals", cookies=jar, body={
        "invitees": [{"name": L("Sam Patel", CONTACTS), "phone": L("+15550142277", CONTACTS)},
                     {"name": L("Mom", CONTACTS), "phone": L("+15550187733", CONTACTS)}],
        "message": L("Come donate with me Saturday!", TEXT)}), acc))
    out.append(case("blood", f"{BLOOD}/api/push", body={
        "token": L("fcm:" + rnd_hex(rng, 64), DID), "donorHash": L(sha("sha256", donor), UID),
        "topics": ["o_neg_shortage"], **device_snake()}))
    # negatives: supply levels and centre list (public data)
    out.append(case("blood", f"{BLOOD}/api/supply", query={"region": "ny", "t": "1764264500"}))
    out.append(case("blood", f"{BLOOD}/api/centres", query={
        "bbox": "-74.05,40.68,-73.90,40.80", "rev": "88"}))
    return out
