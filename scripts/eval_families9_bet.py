"""Blind set nine, part one: a sports-betting app and a period/fertility tracker (see
``eval_families9.py`` for the rules of this set and its labelling conventions).

Fictional apps with request shapes typical of their kind: the betting app's geo-compliance checks
(a GeoComply-style location packet: GPS fix, nearby Wi-Fi, public IP, cell, mock-location and
root flags; JSON and a gzip+base64 form envelope), a signed geolocation verdict sent back as a
JWT header, KYC sign-up and document upload, deposits and withdrawals, bet slips (JSON and
msgpack), a responsible-gaming self-exclusion and a third-party analytics hit; the tracker's
onboarding, daily logs (JSON Lines, zstd), a BBT thermometer import, pregnancy mode, partner
sharing, prediction queries and an ad request. Values are synthetic; hosts are under example.*.
"""

from __future__ import annotations

import random

from eval_families6_kit import encode, jwt, multipart, raw
from eval_families7_kit import enc, jsonl, with_labels, xml
from eval_families9_kit import (
    ADDR,
    ADID,
    ANDROID_ID,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    GAID,
    HW,
    INSTALL_ID,
    IPLOC,
    JPEG,
    LAT,
    LON,
    MAIL,
    MED,
    NAMEC,
    NATID,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    device_camel,
    device_headers,
    device_snake,
    sha,
)
from eval_payloads import (
    BSSID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

BET = "https://api.kickodds.example.com"
GEO = "https://gc.geofence-check.example.net"
CYC = "https://api.lunaria.example.app"


def _geo_packet(rng: random.Random, i: int) -> dict[str, object]:
    cafe = [("f4:92:bf:0a:11:7c", "Cafe_Guest"), ("10:7b:44:9c:20:e1", "xfinitywifi")]
    return {
        "check_id": rnd_uuid(rng), "reason": ["login", "periodic", "bet_place", "deposit"][i % 4],
        "operator_license": "NJ-DGE-0042", "user_id": L(USER_ID, UID),
        "device": {"android_id": L(ANDROID_ID, DID), "model": L("Pixel 8", DEV),
                   "os_version": L("14", DEV), "rooted": L(False, DEV),
                   "mock_location_app": False, "developer_options": L(i == 3, DEV)},
        "gps": {"lat": L(round(LAT + i * 3e-5, 6), PRECISE),
                "lon": L(round(LON - i * 2e-5, 6), PRECISE), "accuracy_m": 7.5 + i,
                "provider": "fused", "fix_age_ms": 1200 + i * 50, "altitude_m": 31.2},
        "wifi": [{"bssid": L(BSSID, WIFI), "ssid": L(SSID, WIFI), "rssi": -48,
                  "connected": True}] + [
            {"bssid": L(b, WIFI), "ssid": L(s, WIFI), "rssi": -70 - n, "connected": False}
            for n, (b, s) in enumerate(cafe[: 1 + i % 2])],
        "ip": {"public": L(PUBLIC_IP, IPLOC), "local": L(LOCAL_IP, DEV), "vpn": False,
               "proxy": False},
        "cell": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                 "cid": L(21873409 + i, CARRIER), "lac": L(11020, CARRIER), "dbm": -91},
        "sdk": {"v": "4.2.1", "license": "lic_" + rnd_hex(rng, 24)}, "ts": 1764251000 + i * 900}


def betting() -> list[Case]:
    rng = random.Random(9101)
    tok = "Bearer kx_" + rnd_hex(rng, 40)
    hdr = {"Authorization": L(tok, CRED), **device_headers()}
    out = []
    for i in range(4):
        if i % 2 == 0:
            out.append(case("betting", f"{GEO}/v3/locate", headers={
                "X-GC-Installation": L(INSTALL_ID, DID), "User-Agent": device_headers()[
                    "User-Agent"]}, body=_geo_packet(rng, i), gz=True))
        else:
            acc: dict[tuple[str, str], str] = {}
            form = {"payload": enc(_geo_packet(rng, i), "body", "payload", "gzb64", acc),
                    "sdk_key": "pk_live_" + rnd_hex(rng, 16), "fmt": "gz64"}
            out.append(with_labels(case("betting", f"{GEO}/v3/locate", body=form, fmt="form"),
                                   acc))
    labels: dict[str, str] = {}
    verdict = jwt({"sub": L(USER_ID, UID), "st": L("NJ", COARSE), "res": "PASS",
                   "loc": {"lat": L(40.74, COARSE), "lon": L(-73.99, COARSE)},
                   "exp": 1764254600, "jti": rnd_hex(rng, 16)}, "x-geo-token", labels)
    out += [case("betting", f"{BET}/v2/wallet/balance", headers={
        **hdr, "X-Geo-Token": L(verdict, CRED)})]
    out[-1].labels.update({("header", p): c for p, c in labels.items()})
    out.append(case("betting", f"{BET}/v2/account/register", headers=device_headers(), body={
        "firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC),
        "email": L(EMAIL, MAIL), "mobile": L(E164, TEL), "password": L("Kick0dds!2026", CRED),
        "dob": L("1990-04-12", BIRTH), "ssnLast4": L("6789", NATID),
        "address": {"line1": L("118 E 28th St Apt 4B", ADDR), "city": L("New York", COARSE),
                    "state": L("NY", COARSE), "zip": L("10016", COARSE)},
        "promoCode": "WELCOME200", "marketingOptIn": False, "termsVersion": "2026-09",
        "referrer": "ref_" + rnd_hex(rng, 8)}))
    out.append(multipart("betting", f"{BET}/v2/kyc/documents", [
        ("doc_type", None, "text/plain", "drivers_license"),
        ("front", "dl_front.jpg", "image/jpeg", L(JPEG, "content.media")),
        ("meta", None, "application/json", {"license_number": L("D123-4567-8901", NATID),
                                            "issuing_state": L("NY", COARSE),
                                            "capture_ms": 2140, "blur_score": 0.08})],
        headers=hdr))
    xl: dict[str, str] = {}
    doc = xml("IdentityCheck", {"@version": "3.1", "@ref": "ivr_" + rnd_hex(rng, 10), "Person": {
        "FirstName": L("Jane", NAMEC), "LastName": L("Doe", NAMEC),
        "DateOfBirth": L("1990-04-12", BIRTH), "SSN": L("123-45-6789", NATID),
        "Address": {"Street": L("118 E 28th St Apt 4B", ADDR), "City": L("New York", COARSE),
                    "Zip": L("10016", COARSE)}, "Phone": L(E164, TEL)},
        "Device": {"@ip": L(PUBLIC_IP, IPLOC), "Fingerprint": L(INSTALL_ID, DID)},
        "Product": "KBA+OFAC", "Operator": "kickodds-nj"}, "IdentityCheck", xl)
    out.append(raw("betting", "https://verify.idproof.example.net/soap/v3/check", doc.encode(),
                   "text/xml; charset=utf-8", xl, headers={"SOAPAction": "urn:Check"}))
    for n, amt in enumerate([50.0, 120.0]):
        out.append(case("betting", f"{BET}/v2/wallet/deposit", headers=hdr, body={
            "amount": L(amt, BUY), "currency": "USD", "txn_ref": L(f"DEP-{88120 + n}", BUY),
            "method": {"type": "card", "token": L("pm_" + rnd_hex(rng, 24), PAY),
                       "last4": L("4242", PAY), "exp": L("08/29", PAY), "brand": "visa"},
            "billing_zip": L("10016", COARSE), "idempotency_key": rnd_uuid(rng),
            "geo_check_id": rnd_uuid(rng)}))
    out.append(case("betting", f"{BET}/v2/wallet/withdraw", headers=hdr, body={
        "amount": L(310.5, BUY), "bank": {"routing": L("021000021", PAY),
                                          "account": L("000123456789", PAY),
                                          "holder": L("Jane Doe", NAMEC)},
        "request_id": rnd_uuid(rng)}))
    for s in range(4):
        slip = {"slipId": L(f"BS-{rnd_hex(rng, 10)}", BUY), "type": ["single", "parlay"][s % 2],
                "stake": L(round(5 + s * 7.5, 2), BUY), "currency": "USD",
                "selections": [{"eventId": 4410000 + s * 10 + k, "market": "moneyline",
                                "pick": L(team, BUY), "odds": odds}
                               for k, (team, odds) in enumerate(
                                   [("NY Comets", -135), ("Boston Harbor", 120)][: 1 + s % 2])],
                "potentialPayout": round(10 + s * 11.3, 2), "acceptOddsChange": True,
                "geoToken": "gt_" + rnd_hex(rng, 20), "placedAt": 1764252000 + s * 600}
        out.append(case("betting", f"{BET}/v2/bets", headers=hdr, body=slip,
                        fmt="msgpack" if s % 2 else "json"))
    out.append(case("betting", f"{BET}/v2/responsible/self-exclusion", headers=hdr, body={
        "period_days": 180, "reason": L("I keep chasing losses and hid it from my wife",
                                        TEXT), "confirm": True}))
    for e, (ev, scr) in enumerate([("bet_placed", "BetSlip"), ("deposit_success", "Wallet")]):
        out.append(case("betting", "https://collect.funnelpoint.example.io/v1/e", query={
            "ev": L(ev, USAGE), "scr": L(scr, USAGE), "uid": L(USER_ID, UID),
            "adid": L(GAID, ADID), "val": L(["12.50", "50.00"][e], BUY), "cur": "USD",
            "os": L("android", DEV), "sv": "7.1.0", "seq": str(100 + e),
            "cb": rnd_hex(rng, 10)}))
    return out


def cycle() -> list[Case]:
    rng = random.Random(9102)
    hdr = {"Authorization": L("Bearer lu_" + rnd_hex(rng, 44), CRED),
           "X-Lunaria-Device": L(INSTALL_ID, DID), "User-Agent": device_headers()["User-Agent"]}
    out = [case("cycle", f"{CYC}/v1/onboarding", headers=hdr, body={
        "birthYear": L(1990, BIRTH), "goal": L("trying_to_conceive", SENS),
        "avgCycleLength": L(29, MED), "avgPeriodLength": L(5, MED),
        "lastPeriodStart": L("2026-11-03", MED), "contraception": L("none", MED),
        "conditions": L(["pcos"], MED), "units": "celsius", "device": device_camel()})]
    moods = ["calm", "irritable", "sad", "energetic"]
    for week in range(3):
        acc: dict[tuple[str, str], str] = {}
        recs = [{"date": f"2026-11-{10 + week * 3 + d:02d}", "cycleDay": L(8 + week * 3 + d, MED),
                 "flow": L(["none", "spotting", "light"][d % 3], MED),
                 "bbt": L(round(36.4 + rng.uniform(0, 0.5), 2), MED),
                 "cervicalMucus": L(["sticky", "creamy", "eggwhite"][d], MED),
                 "lhTest": L(["negative", "negative", "peak"][d], MED),
                 "mood": L(moods[(week + d) % 4], MED),
                 "symptoms": L([["bloating"], ["cramps", "acne"], ["tender_breasts"]][d], MED),
                 "sex": L(["none", "protected", "unprotected"][d], SENS),
                 "entryId": rnd_uuid(rng), "updatedAt": 1764000000 + week * 259200 + d * 86400}
                for d in range(3)]
        recs[1]["note"] = L("spotting again mid-cycle, worried about the cyst", f"{MED}|{TEXT}")
        data = jsonl(recs, acc)
        out.append(with_labels(encode(raw("cycle", f"{CYC}/v1/logs/batch", data,
                                          "application/x-ndjson", {}, headers=hdr),
                                      "zstd"), acc))
    out.append(case("cycle", f"{CYC}/v1/devices/thermometer/import", headers=hdr, body={
        "thermometer": {"model": "BT-200", "mac": L("C8:FD:19:4A:07:3E", HW),
                        "fw": "1.0.7"},
        "readings": [{"ts": 1764230000 + k * 86400, "tempC": L(round(36.3 + k * 0.05, 2), MED)}
                     for k in range(5)]}))
    out.append(case("cycle", f"{CYC}/v1/pregnancy", headers=hdr, body={
        "pregnant": L(True, SENS), "dueDate": L("2027-07-21", SENS),
        "positiveTestDate": L("2026-11-26", SENS), "week": L(5, SENS),
        "firstPregnancy": L(True, SENS), "modeVersion": 3}))
    out.append(case("cycle", f"{CYC}/v1/partner/invite", headers=hdr, body={
        "partnerEmail": L("sam.rivera@example.net", MAIL), "partnerName": L("Sam", NAMEC),
        "share": ["fertile_window", "period_dates"], "inviteCode": rnd_hex(rng, 8)}))
    for n in range(2):
        out.append(case("cycle", f"{CYC}/v1/predictions", headers=hdr, query={
            "uid": L(USER_ID, UID), "lastStart": L("2026-11-03", MED),
            "cycleDay": L(str(24 + n), MED), "horizon": "3", "model": "v7-bayes",
            "tz": L("America/New_York", DEV)}))
    out.append(case("cycle", "https://ads.wellnessreach.example.com/v1/bid", query={
        "ifa": L(GAID, ADID), "app": "com.example.lunaria", "cat": "IAB7",
        # targeting keywords derived from the user's goal: they disclose it
        "kw": L("ttc,ovulation,prenatal_vitamins", SENS), "lmt": "0",
        "os": L("android", DEV), "osv": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
        "slot": "home_banner", "rid": rnd_uuid(rng)}))
    out.append(case("cycle", "https://events.metricsly.example.com/v2/track", headers={
        "User-Agent": L("okhttp/4.12.0", DEV)}, gz=True, body={
        "api_key": "mk_" + rnd_hex(rng, 16), "device_id": L(ANDROID_ID, DID),
        "user_properties": {"goal": L("trying_to_conceive", SENS), "age": L(36, BIRTH),
                            "premium": True},
        "events": [{"event_type": L(ev, USAGE), "time": 1764252000 + k * 40,
                    "event_properties": props, "insert_id": rnd_uuid(rng)}
                   for k, (ev, props) in enumerate([
                       ("log_symptom", {"symptom": L("cramps", MED)}),
                       ("view_fertile_window", {"days_to_ovulation": L(2, MED)}),
                       ("paywall_view", {"variant": "annual_b"})])],
        "device": device_snake()}))
    out.append(case("cycle", f"{CYC}/v1/account", headers=hdr, body={
        "email": L(EMAIL, MAIL), "password": L("Luna!pass99", CRED), "name": L("Jane", NAMEC),
        "consents": {"health_data": True, "research": False}, "client_ts": 1764251111}))
    out.append(case("cycle", f"{CYC}/v1/community/posts", headers=hdr, body={
        "circle": "ttc_over_35", "author": L("moonbeam_jd", UID),
        "body": L("TTC 14 months and finally a BFP this morning!! 5 weeks, so scared",
                  f"{TEXT}|{SENS}"), "anonymous": False, "clientId": rnd_uuid(rng)}))
    out.append(case("cycle", f"{CYC}/v1/articles/search", headers=hdr, query={
        "q": L("implantation bleeding or period", SEARCH), "lang": L("en", DEV), "n": "20"}))
    out.append(case("cycle", "https://research.cycledata-coop.example.org/v1/donate", body={
        "participant": L(sha("sha256", EMAIL.lower()), MAIL), "ageBand": L("35-39", BIRTH),
        "zip3": L("100", COARSE), "cycleLengths": L([29, 31, 28, 30, 33, 29], MED),
        "conditions": L(["pcos"], MED), "studyId": "st_2026_cyc_04", "consentVersion": "3"}))
    out.append(case("cycle", f"{CYC}/v1/privacy/delete", headers=hdr, body={
        "user_id": L(USER_ID, UID), "scope": "all", "confirm_phrase": "DELETE",
        "request_id": rnd_uuid(rng)}))
    return out
