"""Blind set nine, part six: a consent-management platform (CMP) and a hybrid WebView app (see
``eval_families9.py`` for the rules of this set and its labelling conventions).

Shapes typical of their kind: an IAB-TCF-style CMP's consent logs (a TC string, purpose and
vendor choices, a per-device consent UUID, the signed-in user's ID for cross-device sync, the
device block, the region the CMP's geolocation resolved), a cookie-carried check, a US-privacy/
GPP receipt (form), a cross-device sync with a JWT, a data-subject request from the CMP's
privacy centre and a consent-mode ping; a Capacitor/Cordova-style hybrid shop's calls from its
WebView: plugin results forwarded to its API (``Device.getInfo``/``getId``, ``Geolocation``,
``cordova-plugin-device``), cookies, a ``localStorage`` sync whose values are JSON strings,
page views of the app's own routes and of external pages opened in the in-app browser (JSON
Lines), push registration, a camera photo as a data URL, a contact picked with the Contacts
plugin and a checkout form. Values are synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import base64
import random

from eval_families6_kit import encode, jwt, raw
from eval_families7_kit import CONTACTS, jsonl, with_labels
from eval_families9_kit import (
    ADDR,
    ADID,
    ANDROID_ID,
    BROWSE,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL,
    GAID,
    HW,
    IPLOC,
    JPEG,
    LAT,
    LON,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    UID,
    USAGE,
)
from eval_payloads import PUBLIC_IP, SERIAL, USER_ID, Case, L, W, case, quote, rnd_hex, rnd_uuid

CMP = "https://cmp.consentry.example.eu"
SHOP = "https://m.shopkin.example.com"
WV_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 "
         "(KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.39 Mobile Safari/537.36")


def _tc(rng: random.Random) -> str:
    return "CQ" + base64.urlsafe_b64encode(rng.randbytes(72)).decode().rstrip("=") + ".YAAAAAAAAAA"


def cmp() -> list[Case]:
    rng = random.Random(9601)
    cuuid = rnd_uuid(rng)
    out = []
    for n in range(3):
        body = {"consentUUID": L(cuuid, DID), "tcString": _tc(rng), "gdprApplies": n != 2,
                "cmpId": 412, "cmpVersion": 9, "policyVersion": 5, "vendorListVersion": 91,
                "purposeConsents": {str(p): p not in (3, 4) or n == 0 for p in range(1, 11)},
                "vendorConsents": [755, 793, 1126][: n + 1], "action": ["accept_all", "custom",
                                                                       "reject_all"][n],
                "authId": L(USER_ID, UID) if n else None,
                "device": {"ifa": L(GAID, ADID) if n != 2 else "00000000-0000-0000-0000-"
                                                                "000000000000",
                           "os": L("Android 14", DEV), "ua": L(WV_UA, DEV)},
                "ip": L(PUBLIC_IP, IPLOC), "region": L("US-NY", COARSE),
                "ts": 1764252000 + n * 86400, "messageId": 880012 + n}
        out.append(case("cmp", f"{CMP}/wrapper/v2/messages/choice", body=body,
                        query={"env": "prod", "propertyId": "31877"}))
    out.append(case("cmp", f"{CMP}/consent/v2/check", headers={"User-Agent": L(WV_UA, DEV)},
                    cookies={"euconsent-v2": _tc(rng), "consentUUID": L(cuuid, DID),
                             "authId": L(USER_ID, UID), "gpp": "DBABMA~1YNN"},
                    query={"propertyId": "31877"}))
    out.append(case("cmp", f"{CMP}/ccpa/receipt", fmt="form", body={
        "uspString": "1YYN", "gppString": "DBABzw~1YYN", "gppSid": "7",
        "adid": L(GAID, ADID), "consentUUID": L(cuuid, DID), "state": L("NY", COARSE),
        "optOutSale": "true", "ts": "1764252600"}))
    labels: dict[str, str] = {}
    tok = jwt({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "iat": 1764252000},
              "token", labels, alg="HS256")
    c = case("cmp", f"{CMP}/sync/v1/link", body={"token": tok, "consentUUID": L(cuuid, DID),
                                                 "platform": "android"})
    c.labels.update({("body", p): v for p, v in labels.items()})
    out.append(c)
    out.append(case("cmp", f"{CMP}/privacy-center/v1/requests", body={
        "type": "access", "email": L(EMAIL, MAIL), "fullName": L("Jane Doe", NAMEC),
        "jurisdiction": L("US-NY", COARSE), "note": "Please send everything you hold",
        "consentUUID": L(cuuid, DID), "captcha": rnd_hex(rng, 40)}))
    out.append(case("cmp", "https://mp.sitestats.example.com/g/collect", query={
        "v": "2", "tid": "G-EXAMPLE1", "gcs": "G100", "gcd": "13r3r3r2r5l1",
        "cid": L(f"{rng.randint(10**8, 10**9)}.1764250000", DID), "en": L("consent_update", USAGE),
        "dma": "1", "npa": "1", "_p": str(rng.randint(10**8, 10**9))}))
    # the IAB TCF in-app keys (SharedPreferences IABTCF_*) mirrored by an ad SDK's diagnostics
    out.append(case("cmp", "https://diag.adkit-mobile.example.com/v1/consent-state", gz=True,
                    body={"IABTCF_CmpSdkID": 412, "IABTCF_gdprApplies": 1,
                          "IABTCF_TCString": _tc(rng), "IABTCF_PurposeConsents": "1100111111",
                          "IABTCF_VendorConsents": "0101" * 8, "IABTCF_PublisherCC": "US",
                          "IABGPP_HDR_GppString": "DBABMA~1YNN",
                          "gaid": L(GAID, ADID), "limitAdTracking": L(False, DEV),
                          "app": "com.example.shopkin", "sdk": "11.4.0"}))
    out.append(case("cmp", f"{CMP}/wrapper/v2/meta-data", query={
        "accountId": "1907", "propertyId": "31877", "env": "prod", "scriptVersion": "4.21.0"}))
    return out


def hybrid() -> list[Case]:
    rng = random.Random(9602)
    sid = "s%3A" + rnd_hex(rng, 40)
    jar = {"sid": L(sid, CRED), "_skcid": L(f"SK1.2.{rng.randint(10**8, 10**9)}.1764200000", DID),
           "user_email": L(quote(EMAIL), MAIL), "ab_home": "b", "currency": "USD"}
    hdr = {"User-Agent": L(WV_UA, DEV), "X-Requested-With": L("com.example.shopkin", DEV),
           "Origin": "https://localhost"}
    out = [case("hybrid", f"{SHOP}/api/device/register", headers=hdr, cookies=jar, body={
        "info": {"model": L("Pixel 8", DEV), "platform": "android",
                 "operatingSystem": L("android", DEV), "osVersion": L("14", DEV),
                 "manufacturer": L("Google", DEV), "isVirtual": L(False, DEV),
                 "webViewVersion": L("131.0.6778.39", DEV), "memUsed": L(41877504, DEV)},
        "id": {"identifier": L(ANDROID_ID, DID)},
        "battery": {"batteryLevel": L(0.58, DEV), "isCharging": L(False, DEV)},
        "language": L("en-US", DEV)})]
    out.append(case("hybrid", f"{SHOP}/api/device/legacy", headers=hdr, fmt="form", body={
        "uuid": L(ANDROID_ID, DID), "serial": L(SERIAL, HW), "model": L("Pixel 8", DEV),
        "cordova": "12.0.1", "platform": "Android", "version": L("14", DEV),
        "isVirtual": "false"}))
    for n in range(2):
        out.append(case("hybrid", f"{SHOP}/api/stores/nearby", headers=hdr, cookies=jar, body={
            "coords": {"latitude": L(round(LAT + n * 1e-4, 7), PRECISE),
                       "longitude": L(round(LON - n * 1e-4, 7), PRECISE), "accuracy": 14.2,
                       "altitude": None, "heading": None, "speed": None},
            "timestamp": 1764252000000 + n, "radiusKm": 5}))
    out.append(case("hybrid", f"{SHOP}/api/cart", headers=hdr, cookies=jar,
                    query={"_": str(1764252001000)}))
    out.append(case("hybrid", f"{SHOP}/api/storage/sync", headers=hdr, cookies=jar, body={
        "items": {"auth.refreshToken": L("rt_" + rnd_hex(rng, 48), CRED),
                  "profile": W({"name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL),
                                "phone": L(E164, TEL)}, "json"),
                  "recentSearches": W(L(["linen shirt", "rain jacket kids"], SEARCH), "json"),
                  "cart": W({"items": [{"sku": "LS-0042", "qty": 1}], "v": 7}, "json"),
                  "theme": "dark", "onboarded": "true"},
        "origin": "capacitor://localhost", "rev": 112}))
    acc: dict[tuple[str, str], str] = {}
    recs = [{"t": "pageview", "url": L(u, cat), "title": L(tt, cat), "ts": 1764252100 + i * 20,
             "cid": L("SK1.2.55102.1764200000", DID)}
            for i, (u, tt, cat) in enumerate([
                ("capacitor://localhost/#/product/LS-0042", "Linen Shirt", USAGE),
                ("capacitor://localhost/#/cart", "Cart", USAGE),
                ("https://blog.trailtalk.example.net/best-rain-jackets-2026",
                 "Best rain jackets of 2026", BROWSE),
                ("https://news.example.org/local/brooklyn-flooding", "Brooklyn flooding", BROWSE)])]
    out.append(with_labels(encode(raw("hybrid", f"{SHOP}/collect", jsonl(recs, acc),
                                      "application/x-ndjson", {}, headers=hdr), "br"), acc))
    out.append(case("hybrid", f"{SHOP}/api/search", headers=hdr, cookies=jar, query={
        "q": L("waterproof hiking boots womens", SEARCH), "sort": "relevance", "page": "1",
        "from": L("capacitor://localhost/#/home", USAGE)}))
    out.append(case("hybrid", f"{SHOP}/api/iab/history", headers=hdr, cookies=jar, body={
        "visits": [{"url": L(u, BROWSE), "title": L(t, BROWSE), "dwellMs": d}
                   for u, t, d in [
                       ("https://reviews.gearlab.example.com/boots/alpine-x", "Alpine X review",
                        42000),
                       ("https://forum.example.org/t/plantar-fasciitis-boots/712",
                        "Boots for plantar fasciitis?", 91000)]],
        "closedBy": "user", "plugin": "InAppBrowser"}))
    out.append(case("hybrid", f"{SHOP}/api/push/register", headers=hdr, cookies=jar, body={
        "token": L("fcm_" + rnd_hex(rng, 80), DID), "platform": "android",
        "topics": ["deals", "order_updates"]}))
    photo = "data:image/jpeg;base64," + base64.b64encode(JPEG).decode()
    out.append(case("hybrid", f"{SHOP}/api/reviews", headers=hdr, cookies=jar, body={
        "sku": "LS-0042", "rating": 4, "text": L("Runs small, size up. Lovely fabric though.",
                                                  "content.text"),
        "photo": L(photo, "content.media"), "format": "jpeg"}))
    out.append(case("hybrid", f"{SHOP}/api/gift/recipient", headers=hdr, cookies=jar, body={
        "contact": {"contactId": "412", "name": {"display": L("Leo Park", CONTACTS),
                                                 "given": L("Leo", CONTACTS)},
                    "phones": [{"type": "mobile", "number": L("+15550106603", CONTACTS)}],
                    "emails": [{"type": "home", "address": L("leo.park@example.com",
                                                             CONTACTS)}]},
        "source": "Contacts.pickContact"}))
    out.append(case("hybrid", f"{SHOP}/checkout/submit", headers=hdr, cookies=jar, fmt="form",
                    body={"ship_name": L("Jane Doe", NAMEC),
                          "ship_line1": L("118 E 28th St Apt 4B", ADDR),
                          "ship_city": L("New York", COARSE), "ship_zip": L("10016", COARSE),
                          "ship_phone": L(E164, TEL), "pm_token": L("tok_" + rnd_hex(rng, 24),
                                                                    PAY),
                          "order_total": L("68.00", "financial.purchase"),
                          "csrf": rnd_hex(rng, 32)}))
    out.append(case("hybrid", "https://errs.bridgelog.example.dev/api/7/store", headers=hdr,
                    body={"event_id": rnd_hex(rng, 32), "level": "warning",
                          "message": "Geolocation.watchPosition: permission denied",
                          "request": {"url": L("capacitor://localhost/#/stores", USAGE)},
                          "user": {"id": L(USER_ID, UID)},
                          "contexts": {"webview": {"version": L("131.0.6778.39", DEV)}}}))
    return out
