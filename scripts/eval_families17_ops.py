"""Blind set seventeen, part three: crash reporting, performance monitoring, push registration
and in-app purchase validation SDKs in a shopping app and a puzzle game (see
``eval_families17.py`` for the rules of this set, its conventions and its calls).

Crash ("Crashloom", fictional): a crash envelope (msgpack, gzip) with device and user context,
an exception message quoting the e-mail and breadcrumbs (a captured search URL among them), an
ANR dump (JSON Lines, br) with a logcat line quoting the phone, a release-health session
(form), user feedback after a crash, an NDK minidump (multipart) and a mapping upload.
Performance ("Perfkit", fictional): network spans as schema-less protobuf (zstd; captured URLs
with the user ID in the path and the e-mail in the query), screen vitals, a network-quality
beacon (query) and custom trace attributes. Push ("Pingbell", fictional): a device registration
(form, tags as a JSON string), a session update with the SDK's device ID in the URL path,
open receipts, a geo-push location update, an in-app message click and a message fetch.
Purchases ("Receiptd", fictional): a Play purchase validation with subscriber attributes, a
store receipt blob, a subscriber lookup (the user ID in the URL path, a public API key as
bearer), a restore (a top-level JSON array), an offerings fetch with an anonymous ID and an
attribute sync. ``more()``: handled errors quoting the phone, the public IP and the street,
network spans as JSON Lines (zstd) and push tags; ``devprint_lite()``: a fraud SDK's beacon as
zlib+base64url JSON in a query parameter (SHA-1 of the Android ID, MD5 of the advertising ID,
SHA-256 of the IMEI, the MAC upper case without colons). Values are synthetic; hosts are under
example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADID,
    AID_SHA1,
    BIRTH,
    BUY,
    CARRIER,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GAID_MD5,
    GAID_UPPER,
    HW,
    IPLOC,
    MAC_PLAIN,
    MAIL,
    MCCMNC,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    chain,
    device_headers,
    encode,
    jsonl,
    multipart,
    pb,
    push_token,
    raw,
    sha,
)
from eval_payloads import (
    EMAIL,
    GAID,
    IMEI,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    PUBLIC_IP,
    USER_ID,
    Case,
    L,
    case,
    rnd_hex,
    rnd_uuid,
)

CL = "https://ingest.crashloom.example.net/api/v1"
PK = "https://rum.perfkit.example.com/v1"
PB = "https://api.pingbell.example.net/v1"
RD = "https://api.receiptd.example.org/v1"
SHOP = "https://api.shopnest.example.com/v2"
IMEI_SHA256 = sha("sha256", IMEI)


def crashloom() -> list[Case]:
    rng = random.Random(17007)
    out = []
    hdr = {"X-Crashloom-Key": "clk_pub_51e0aa", "X-Crashloom-Sdk": "android/9.0.4"}
    frames = [{"fn": f"com.example.shopnest.profile.{f}", "ln": 20 + 11 * i, "inApp": True}
              for i, f in enumerate(["ProfileRepo.load", "ProfileVm.refresh", "Main.onResume"])]
    out.append(encode(case("crashloom", f"{CL}/crash", fmt="msgpack", headers=hdr, body={
        "eid": rnd_uuid(rng), "ts": 1764801300, "app": {"id": "com.example.shopnest",
                                                       "ver": "8.3.0", "build": 80300},
        "dev": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "ramMb": L(8192, DEV),
                "diskFreeMb": L(48211, DEV), "rooted": L(False, DEV), "locale": L("en_US", DEV),
                "tz": L("America/New_York", DEV), "bat": L(0.41, DEV), "orient": "portrait"},
        "usr": {"id": L(USER_ID, UID), "email": L(EMAIL, MAIL), "ip": "{{auto}}"},
        "exc": {"type": "java.lang.IllegalStateException",
                "msg": L("Cannot parse profile for jane.doe@example.org", MAIL),
                "frames": frames},
        "crumbs": [{"ts": 1764801200, "cat": "nav", "msg": L("ProductScreen", USAGE)},
                   {"ts": 1764801240, "cat": "ui", "msg": L("tap: btn_add_to_cart", USAGE)},
                   {"ts": 1764801250, "cat": "http", "status": 200,
                    "url": "https://api.shopnest.example.com/v2/search?q=waterproof+boots"
                           "&lat=40.742&lon=-73.989"},
                   {"ts": 1764801290, "cat": "nav", "msg": L("ProfileScreen", USAGE)}]}),
        "gzip"))
    out[-1].labels.update({("body", "crumbs[2].url.q"): SEARCH,
                           ("body", "crumbs[2].url.lat"): PRECISE,
                           ("body", "crumbs[2].url.lon"): PRECISE})
    acc: Acc = {}
    anr = jsonl([
        {"k": "thread", "name": "main", "state": "BLOCKED",
         "frames": ["android.os.MessageQueue.nativePollOnce", "com.example.shopnest.Otp.wait"]},
        {"k": "log", "lvl": "I", "tag": "OtpRepo",
         "line": L("OTP sent to +15550100199, retry in 30s", TEL)},
        {"k": "log", "lvl": "D", "tag": "Net", "line": "GET /v2/orders 200 in 812ms"},
        {"k": "meta", "did": L(INSTALL_ID, DID), "memFreeMb": L(611, DEV),
         "anrMs": 5400, "fg": True}], acc)
    out.append(add(encode(raw("crashloom", f"{CL}/anr", anr, "application/x-ndjson", {},
                              headers=hdr), "br"), acc))
    out.append(case("crashloom", f"{CL}/session", fmt="form", headers=hdr, body={
        "sid": rnd_uuid(rng), "did": L(INSTALL_ID, DID), "status": "crashed",
        "dur": L("93", USAGE), "seq": "4", "started": "1764801207"}))
    out.append(case("crashloom", f"{CL}/feedback", headers=hdr, body={
        "eid": rnd_uuid(rng), "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL),
        "comments": L("App crashed when I tried to pay with my card ending 4242",
                      f"{TEXT}|{PAY}")}))
    out.append(multipart("crashloom", f"{CL}/native", [
        ("minidump", "crash.dmp", "application/octet-stream",
         b"MDMP\x93\xa7\x00\x00" + bytes(range(96))),
        ("meta", None, "application/json", {
            "did": L(INSTALL_ID, DID), "uid": L(USER_ID, UID), "abi": L("arm64-v8a", DEV),
            "model": L("Pixel 8", DEV), "signal": "SIGSEGV", "buildId": rnd_hex(rng, 40)}),
    ], headers=hdr))
    # negative: a mapping-file upload from the build (debug IDs, hashes)
    out.append(case("crashloom", f"{CL}/mappings", headers=hdr, query={
        "build": "80300", "debugId": rnd_uuid(rng), "sha1": rnd_hex(rng, 40)}))
    return out


def perfkit() -> list[Case]:
    rng = random.Random(17008)
    out = []
    urls = [(f"{SHOP}/users/{USER_ID}/orders", UID), (f"{SHOP}/catalog?page=2&sort=top", None),
            ("https://cdn.shopnest.example.com/img/TR-223.webp", None),
            (f"{SHOP}/newsletter?email=jane.doe%40example.org&src=app", None),
            (f"{SHOP}/stores/near?ll=40.7418,-73.9893&r=5", None)]
    lab: dict[str, str] = {}
    spans = [(3, [(1, u), (2, "GET"), (3, 200), (4, rng.randrange(80, 900))]) for u, _ in urls]
    data = pb([(1, "s_" + rnd_hex(rng, 12)),
               (2, [(1, L("Pixel 8", DEV)), (2, L("14", DEV)),
                    (3, L("Example Mobile", CARRIER)), (4, L("LTE", DEV))]), *spans,
               (5, L(INSTALL_ID, DID))], "", lab)
    lab.update({"3[0].1": UID, "3[3].1.email": MAIL, "3[4].1.ll": PRECISE})
    out.append(encode(raw("perfkit", f"{PK}/spans", data, "application/x-protobuf", lab,
                          headers={"X-Perfkit-App": "pk_app_31c9"}), "zstd"))
    out.append(case("perfkit", f"{PK}/vitals", body={
        "iid": L(INSTALL_ID, DID), "screen": L("CheckoutScreen", USAGE),
        "coldStartMs": 1820, "ttid": 640, "frozenFrames": 2, "slowFrames": 17,
        "fps": [59.8, 60.0, 48.2, 58.9], "memMb": L(412, DEV), "thermal": L("nominal", DEV)}))
    out.append(case("perfkit", f"{PK}/b", query={
        "iid": L(INSTALL_ID, DID), "rtt": "84", "dl": "18.2", "net": L("lte", DEV),
        "op": L("Example Mobile", CARRIER), "simcc": L("us", CARRIER), "v": "3.1.0"}))
    out.append(case("perfkit", f"{PK}/traces/custom", body={
        "name": "checkout_submit", "durMs": 912, "iid": L(INSTALL_ID, DID),
        "attrs": {"user_email": L(EMAIL_UPPER, MAIL), "tier": "gold", "cart_items": "3",
                  "payment": "card"}}))
    return out


def pingbell() -> list[Case]:
    rng = random.Random(17009)
    out = []
    pid = rnd_uuid(rng)
    tags = '{"plan":"plus","last_order":"2025-11-02","fav_category":"running","age":34}'
    out.append(case("pingbell", f"{PB}/devices", fmt="form", body={
        "app_id": "5c1e0b2a-pingbell-app", "token": L(push_token(rng), DID),
        "platform": "android", "tz": L("America/New_York", DEV), "lang": L("en", DEV),
        "external_id": L(USER_ID, UID), "sms_number": L(E164, TEL), "email": L(EMAIL, MAIL),
        "tags": tags, "ad_id": L(GAID, ADID), "carrier": L("Example Mobile", CARRIER),
        "sdk": "050104"}))
    out[-1].labels.update({("body", "tags.last_order"): BUY, ("body", "tags.age"): BIRTH})
    out.append(case("pingbell", f"{PB}/players/{pid}/on_session", body={
        "session_count": L(88, USAGE), "active_time": L(310, USAGE),
        "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV), "game_version": "3.9.0",
        "net_type": L(0, DEV)}))
    out[-1].labels[("url", "path[2]")] = DID
    for e in ("received", "opened"):
        out.append(case("pingbell", f"{PB}/r", query={
            "n": rnd_uuid(rng), "e": L(e, USAGE), "d": L(pid, DID), "t": "1764801400"}))
    out.append(case("pingbell", f"{PB}/players/{pid}/location", body={
        "lat": L(round(LAT, 5), PRECISE), "long": L(round(LON, 5), PRECISE),
        "loc_acc": 14.0, "loc_type": 1, "loc_bg": True}))
    out[-1].labels[("url", "path[2]")] = DID
    out.append(case("pingbell", f"{PB}/iam/click", body={
        "msg": "iam_" + rnd_hex(rng, 8), "click": L("cta_shop_now", USAGE), "player": L(pid, DID),
        "variant": "B"}))
    # negative: the in-app message fetch (app ID, cached message IDs)
    out.append(case("pingbell", f"{PB}/apps/5c1e0b2a/iam", query={
        "cached": "iam_1,iam_7", "v": "050104"}))
    return out


def receiptd() -> list[Case]:
    rng = random.Random(17010)
    out = []
    pub = {"Authorization": "Bearer rcd_pub_Qm9vbGVhbkZhbHNl", "X-Platform": "android"}
    out.append(case("receiptd", f"{RD}/receipts/google", headers=pub, body={
        "app_user_id": L(USER_ID, UID), "package": "com.example.tilequest",
        "product_id": L("gems_pack_1200", BUY), "purchase_token": L("pt." + rnd_hex(rng, 60), BUY),
        "order_id": L("GPA.3317-8821-0442-51120", BUY), "price": L(9.99, BUY), "currency": "USD",
        "attributes": {"$email": L(EMAIL, MAIL), "$gaid": L(GAID, ADID),
                       "$ip": L(PUBLIC_IP, IPLOC), "$displayName": L("Jane Doe", NAMEC),
                       "$phoneNumber": L(NATIONAL, TEL), "$mediaSource": "adnook",
                       "$campaign": "spring_sale"}}))
    blob = "MIIT0QYJKoZIhvcNAQcCoIITwjCCE74CAQExCzAJBgUrDgMCGgUAMIIDcgYJKoZIhvcNAQcBoIIDYw" + \
        rnd_hex(rng, 40)
    out.append(case("receiptd", f"{RD}/receipts/store", headers=pub, body={
        "app_user_id": L(USER_ID, UID), "receipt_data": L(blob, BUY), "is_restore": False,
        "observer_mode": False}))
    out.append(case("receiptd", f"{RD}/subscribers/{USER_ID}", headers=pub))
    out[-1].labels[("url", "path[2]")] = UID
    out.append(encode(case("receiptd", f"{RD}/restore", headers=pub, body=[
        {"order_id": L(f"GPA.3317-8821-0442-{51100 + i}", BUY), "product_id": L(p, BUY),
         "purchase_token": L("pt." + rnd_hex(rng, 40), BUY), "purchase_time": 1760000000 + i}
        for i, p in enumerate(["gems_pack_1200", "no_ads", "season_pass_s4"])]), "deflate"))
    anon = "$RDAnonymousID:" + rnd_hex(rng, 32)
    out.append(case("receiptd", f"{RD}/offerings", headers=pub, query={
        "app_user_id": L(anon, DID), "locale": L("en_US", DEV)}))
    out.append(case("receiptd", f"{RD}/subscribers/attributes", headers=pub, body={
        "app_user_id": L(USER_ID, UID),
        "attributes": {"$fcmTokens": {"value": L(push_token(rng), DID)},
                       "$ip": {"value": L(PUBLIC_IP, IPLOC)},
                       "$lan": {"value": L(LOCAL_IP, DEV)},
                       "$gaid": {"value": L(GAID_UPPER, ADID)}}}))
    out.append(case("shopnest", f"{SHOP}/checkout/confirm", headers={
        **device_headers(), "Authorization": L("Bearer sn_" + rnd_hex(rng, 40), CRED)}, body={
        "order": L("SN-10442", BUY), "total": L(128.4, BUY),
        "card": {"last4": L("4242", PAY), "exp": L("08/29", PAY), "brand": "visa"},
        "ship_to": {"lat": L(round(LAT, 6), PRECISE), "lng": L(round(LON, 6), PRECISE)}}))
    return out


def more() -> list[Case]:
    """Handled errors quoting the phone, the public IP and the street; captured network spans
    (JSON Lines, zstd); push tags naming a search and a birthday."""
    rng = random.Random(17020)
    out = []
    hdr = {"X-Crashloom-Key": "clk_pub_51e0aa"}
    errs = [("ValidationError", "Phone (555) 010-0199 rejected by validator", TEL, "Signup"),
            ("HttpException", "client 203.0.113.7 blocked by edge rule 12", IPLOC, "Feed"),
            ("GeocodeError", "no result for 350 Fifth Avenue Apt 4B", "contact.address",
             "Address")]
    for i, (typ, msg, cat, scr) in enumerate(errs):
        c = case("crashloom", f"{CL}/event", headers=hdr, body={
            "eid": rnd_uuid(rng), "level": "error", "exc": {"type": typ, "msg": L(msg, cat)},
            "dev": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                    "locale": L("en_US", DEV)}, "usr": {"id": L(USER_ID, UID)},
            "tags": {"screen": L(scr + "Screen", USAGE), "release": "8.3.0"}})
        out.append(encode(c, "gzip") if i == 1 else c)
    acc: Acc = {}
    spans = [(f"{SHOP}/users/{USER_ID}/cart", "CartScreen"),
             (f"{SHOP}/search?q=rain+jacket+women&page=1", "SearchScreen"),
             (f"{SHOP}/catalog/TR-223", "ProductScreen"),
             (f"{SHOP}/reviews?product=TR-223", "ProductScreen"),
             (f"{SHOP}/account/verify?email=jane.doe%40example.org", "AccountScreen"),
             ("https://cdn.shopnest.example.com/img/banner_12.webp", "HomeScreen"),
             (f"{SHOP}/recs?slot=home", "HomeScreen"), (f"{SHOP}/orders/SN-10442", "OrderScreen")]
    recs = jsonl([{"u": u, "m": "GET", "s": 200, "ms": rng.randrange(60, 900),
                   "scr": L(s, USAGE), "iid": L(INSTALL_ID, DID), "trace": rnd_hex(rng, 16)}
                  for u, s in spans], acc)
    acc.update({("body", "[0].u"): UID, ("body", "[1].u.q"): SEARCH,
                ("body", "[4].u.email"): MAIL, ("body", "[7].u"): BUY})
    out.append(add(encode(raw("perfkit", f"{PK}/spans/json", recs, "application/x-ndjson", {},
                              headers={"X-Perfkit-App": "pk_app_31c9"}), "zstd"), acc))
    pid = rnd_uuid(rng)
    tags = '{"cart_value":"39.99","last_search":"trail running shoes","birthday":"1991-05-17"}'
    out.append(case("pingbell", f"{PB}/players/{pid}/tags", body={"tags": tags, "sdk": "050104"}))
    out[-1].labels.update({("url", "path[2]"): DID, ("body", "tags.last_search"): SEARCH,
                           ("body", "tags.birthday"): BIRTH})
    return out


def devprint_lite() -> list[Case]:
    """The fraud SDK's compact beacon from the game: hashed and upper-case identifiers."""
    rng = random.Random(17024)
    acc: Acc = {}
    d = chain({"a1": L(AID_SHA1, DID), "g5": L(GAID_MD5, ADID), "i": L(IMEI_SHA256, HW),
               "m": L(MAC_PLAIN, HW), "c": L(MCCMNC, CARRIER), "ip": L(PUBLIC_IP, IPLOC),
               "emu": L(0, DEV), "dbg": L(0, DEV), "up": 882311}, "query", "d", ["z", "b64url"],
              acc)
    return [add(case("devprint", "https://fp.devprint.example.net/v4/l", query={
        "d": d, "k": "dp_pub_19c0", "n": rnd_hex(rng, 12)}), acc)]
