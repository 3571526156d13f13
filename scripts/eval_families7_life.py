"""Blind set seven, part seven: a faith app, a parental-control app and a travel-booking app (see
``eval_families7.py`` for the rules of this set and its labelling conventions).

Fictional apps with request shapes typical of their kind: the faith app's prayer-time query
(``lat``/``lng`` at two decimals, calculation method and juristic school, as public prayer-time
APIs take them), profile, prayer log, qibla and mosque finder (a ``"lat,lon"`` string), donation
and reading progress, and its third-party analytics hit; the parental-control app's report from the
child's phone (gzip: position fixes, app usage, web history, searches, SMS and calls), geofence
alerts, installed-app list, an SOS and a screenshot (multipart/form-data, RFC 7578); the travel
app's flight search, an order with passengers in the style of public flight-booking APIs
(``identity_documents``, ``loyalty_programme_accounts``, SSR/meal codes per IATA), an advance-
passenger-information message (XML), a passport MRZ scan (ICAO 9303 TD3 lines), a boarding-pass
barcode (IATA BCBP) and a price alert. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import encode, multipart, raw
from eval_families7_kit import (
    ADDR,
    APPS,
    BIRTH,
    BROWSE,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    HW,
    MAIL,
    MEDIA,
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
    sha,
    xml,
)
from eval_payloads import (
    EMAIL,
    GAID,
    IMEI,
    INSTALL_ID,
    LAT,
    LON,
    MAC,
    NAME,
    SERIAL,
    USER_ID,
    Case,
    L,
    W,
    case,
    rnd_hex,
    rnd_uuid,
)

FAITH = "https://api.dawnprayer.example.com"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300)


def faith() -> list[Case]:
    rng = random.Random(7701)
    auth = {"Authorization": L(f"Bearer {rnd_hex(rng, 40)}", CRED)}
    out = []
    for n in range(3):
        # The juristic school reveals the user's religious tradition; the calculation method
        # is a convention of a region's authority, left unlabelled.
        out.append(case("faith", f"{FAITH}/v1/times", query={
            "lat": L(f"{LAT:.2f}", COARSE), "lng": L(f"{LON:.2f}", COARSE), "method": "ISNA",
            "school": L("hanafi", SENS), "date": f"2026-11-{27 + n}",
            "tz": L("America/New_York", DEV)}))
    out.append(case("faith", f"{FAITH}/v1/profile", headers=auth, body={
        "user_id": L(USER_ID, UID), "tradition": L("sunni", SENS),
        "gender": L("female", GENDER), "reminders": {"fajr": True, "isha": True},
        "language": L("en", DEV)}))
    for n in range(3):
        entries = [{"prayer": L(p, SENS), "prayed_at": f"2026-11-{25 + n}T{h}:00-05:00",
                    "on_time": L(rng.random() < 0.7, SENS)}
                   for p, h in (("fajr", "05:52"), ("dhuhr", "11:58"), ("asr", "14:31"))]
        out.append(case("faith", f"{FAITH}/v1/prayer_log", headers=auth,
                        body={"entries": entries, "device_id": L(INSTALL_ID, DID)}))
    out.append(case("faith", f"{FAITH}/v1/qibla", headers=auth, body={
        "lat": L(round(LAT, 6), PRECISE), "lon": L(round(LON, 6), PRECISE), "heading": 58.2}))
    out.append(case("faith", f"{FAITH}/v1/mosques", headers=auth, query={
        "near": L(f"{LAT:.4f},{LON:.4f}", PRECISE), "radius_km": "3"}))
    out.append(case("faith", f"{FAITH}/v1/donations", headers=auth, body={
        "amount": L(50, BUY), "currency": "USD", "campaign": "winter-appeal",
        "zakat": L(True, SENS), "donor": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL)},
        "payment": {"token": L(f"tok_{rnd_hex(rng, 24)}", PAY)}}))
    out.append(case("faith", f"{FAITH}/v1/reading/progress", headers=auth, body={
        "book": L("Al-Kahf", SENS), "chapter": 18, "verse": 10,
        "minutes": L(12, USAGE)}))
    for ev in ("prayer_logged", "qibla_opened"):
        out.append(case("faith", "https://events.metrics.example.org/httpapi", fmt="form", body={
            "api_key": rnd_hex(rng, 32), "e": W([{
                "event_type": L(ev, USAGE), "device_id": L(INSTALL_ID, DID),
                "user_properties": {"tradition": L("sunni", SENS)},
                "adid": L(GAID, "id.advertising"), "os_name": L("android", DEV)}], "json")}))
    return out


KID = "https://api.kidguard.example.com"


def parental() -> list[Case]:
    rng = random.Random(7702)
    auth = {"Authorization": L(f"Bearer {rnd_hex(rng, 40)}", CRED)}
    out = []
    child = {"child_id": L("ch_48213", UID), "child_name": L("Mia Doe", NAMEC),
             "child_birthdate": L("2014-06-03", BIRTH)}
    for _n in range(4):
        fixes = [{"lat": L(round(40.70 + rng.random() * 0.08, 6), PRECISE),
                  "lon": L(round(-74.01 + rng.random() * 0.08, 6), PRECISE),
                  "acc": round(rng.uniform(4, 30), 1), "ts": 1764240000 + i * 300}
                 for i in range(5)]
        apps = [{"package": L(p, APPS), "label": L(lb, APPS), "minutes_today": L(m, USAGE)}
                for p, lb, m in (("com.example.reelio", "Reelio", 94),
                                 ("com.example.blockcraft", "BlockCraft", 41),
                                 ("com.example.chatterly", "Chatterly", 23))]
        web = [{"url": L(u, BROWSE), "title": L(t, BROWSE), "ts": 1764240000 + i}
               for i, (u, t) in enumerate((("https://wiki.example.org/Puberty", "Puberty"),
                                           ("https://games.example.net/slither", "Slither")))]
        body = {**child, "device": {"imei": L(IMEI, HW), "serial": L(SERIAL, HW),
                                    "model": L("Pixel 8", DEV), "battery": L(57, DEV),
                                    "imei_sha1": L(sha("sha1", IMEI), HW),
                                    "wifi_mac": L(MAC.replace(":", "").upper(), HW)},
                "locations": fixes, "apps": apps, "web": web,
                "searches": [{"q": L(q, SEARCH), "engine": "search.example.com"}
                             for q in ("how to hide apps from parents", "period cramps")],
                "sms": [{"from": L("+15550142277", TEL),
                         "body": L("are u coming to the party sat? dont tell ur mom", TEXT),
                         "ts": 1764240100}],
                "calls": [{"number": L("(555) 014-2277", TEL), "direction": "in",
                           "duration_s": 184}]}
        c = case("parental", f"{KID}/v3/child/report", headers=auth, body=body)
        out.append(encode(c, "gzip"))
    for ev in ("exit", "enter"):
        out.append(case("parental", f"{KID}/v3/geofence/event", headers=auth, body={
            **child, "geofence": {"name": "School", "lat": L(40.72911, PRECISE),
                                  "lon": L(-73.99652, PRECISE), "radius_m": 150},
            "event": ev, "position": {"lat": L(round(40.7291 + rng.random() * 0.002, 5),
                                               PRECISE),
                                      "lon": L(round(-73.9965 + rng.random() * 0.002, 5),
                                               PRECISE)}}))
    out.append(case("parental", f"{KID}/v3/child/apps", headers=auth, body={
        "child_id": L("ch_48213", UID), "installed": L(
            ["com.example.reelio", "com.example.blockcraft", "com.example.chatterly",
             "com.example.vaultcalc"], APPS)}))
    out.append(case("parental", f"{KID}/v3/sos", headers=auth, body={
        "child_id": L("ch_48213", UID), "where": L(f"{LAT:.5f},{LON:.5f}", PRECISE),
        "battery": L(12, DEV), "message": L("pick me up at the library", TEXT)}))
    out.append(multipart("parental", f"{KID}/v3/screenshots", [
        ("meta", None, "application/json", {"child_id": L("ch_48213", UID),
                                            "app": L("com.example.chatterly", APPS)}),
        ("image", "shot.png", "image/png", L(PNG, MEDIA))], headers=auth))
    return out


AIR = "https://api.skyhop.example.com"


def _pax(given: str, family: str, born: str, sex: str, passport: str, meal: str,
         ssr: list[str] | None, email: str | None, phone: str | None) -> dict[str, Any]:
    p: dict[str, Any] = {"title": "ms" if sex == "f" else "mr", "given_name": L(given, NAMEC),
                         "family_name": L(family, NAMEC), "born_on": L(born, BIRTH),
                         "gender": L(sex, GENDER), "nationality": "US",
                         "identity_documents": [
                             {"type": "passport", "unique_identifier": L(passport, NATID),
                              "expires_on": "2031-05-01", "issuing_country_code": "US"},
                             {"type": "known_traveler_number",
                              "unique_identifier": L("TT" + passport[1:], NATID),
                              "expires_on": "2030-01-01", "issuing_country_code": "US"}],
                         "meal": L(meal, SENS)}
    if ssr:
        p["ssr"] = L(ssr, SENS)
    if email:
        p["email"], p["phone_number"] = L(email, MAIL), L(phone, TEL)
    return p


def travel() -> list[Case]:
    rng = random.Random(7703)
    auth = {"Authorization": L(f"Bearer {rnd_hex(rng, 40)}", CRED)}
    out = []
    for frm, to in (("JFK", "LIS"), ("EWR", "TLV")):
        out.append(case("travel", f"{AIR}/v1/search", headers=auth, query={
            "from": L(frm, SEARCH), "to": L(to, SEARCH), "depart": "2026-12-18",
            "adults": "2", "cabin": "economy", "search_id": rnd_uuid(rng)}))
    for n in range(2):
        pax = [_pax("Jane", "Doe", "1991-04-12", "f", "X12345678", "MOML", None, EMAIL, E164),
               _pax("Marco", "Rossi", "1988-09-30", "m", "Y87654321", "KSML", ["WCHR"],
                    "marco.rossi@example.net", "+15550147788")]
        pax[0]["loyalty_programme_accounts"] = [{"airline_iata_code": "XH",
                                                  "account_number": L("FF88123401", UID)}]
        out.append(case("travel", f"{AIR}/v1/orders", headers=auth, body={
            "offer_id": f"off_{rnd_hex(rng, 20)}", "passengers": pax,
            "payments": [{"type": "card", "token": L(f"tok_{rnd_hex(rng, 24)}", PAY),
                          "amount": L("1284.40", BUY), "currency": "USD"}],
            "booking_reference": L(f"QX7L2{n}", BUY)}))
    lab: dict[str, str] = {}
    body = xml("APIS", {"Flight": {"@number": "XH209", "@date": "2026-12-18"},
                        "Traveller": {"Surname": L("DOE", NAMEC), "GivenNames": L("JANE", NAMEC),
                                      "DateOfBirth": L("1991-04-12", BIRTH),
                                      "Sex": L("F", GENDER),
                                      "Document": {"@type": "P", "@number": L("X12345678", NATID),
                                                   "@expiry": "2031-05-01"},
                                      "Address": {"Street": L("221 Example Street Apt 4B", ADDR),
                                                  "City": L("Brooklyn", COARSE),
                                                  "Zip": L("11201", COARSE)}}}, "APIS", lab)
    out.append(raw("travel", f"{AIR}/v1/apis", body.encode(), "application/xml", lab,
                   headers=auth))
    mrz = ("P<USADOE<<JANE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
           "X123456784USA9104121F3105014<<<<<<<<<<<<<<06")
    out.append(case("travel", f"{AIR}/v1/documents/scan", headers=auth, body={
        "mrz": L(mrz, f"{NATID}|{NAMEC}|{BIRTH}"), "ocr_confidence": 0.97,
        "document_type": "TD3"}))
    out.append(case("travel", f"{AIR}/v1/wallet/pass", headers=auth, body={
        "barcode": L("M1DOE/JANE            EQX7L20 JFKLISXH 0209 352Y014C0045 100",
                     f"{NAMEC}|{BUY}"), "format": "PDF417", "seat": "14C"}))
    out.append(case("travel", f"{AIR}/v1/alerts", headers=auth, body={
        "route": L("JFK-LIS", SEARCH), "email": L(EMAIL, MAIL), "max_price": 650,
        "user_id": L(USER_ID, UID)}))
    out.append(case("travel", f"{AIR}/v1/hotels/nearby", headers=auth, query={
        "lat": L(f"{LAT:.3f}", PRECISE), "lon": L(f"{LON:.3f}", PRECISE), "nights": "2"}))
    return out


def build() -> list[Case]:
    return faith() + parental() + travel()
