"""Blind set nine, part five: a Chinese-market-style analytics+push SDK and a game backend in the
style of PlayFab (see ``eval_families9.py`` for the rules of this set and its conventions).

Shapes typical of their kind: an Umeng-style analytics envelope (a form whose ``content`` is
gzip+base64 JSON with a ``header`` of device identifiers: IMEI and its MD5, OAID, Android ID, MAC,
IMSI, a UTDID-style device ID, resolution, carrier, channel, and a ``body`` of sessions and
events), a hex-JSON GET variant, an encrypted envelope (opaque: unlabelled), an installed-apps
report, an LBS report (msgpack: GPS, cell, Wi-Fi list); a JPush-style registration (form with a
registration ID, alias and tags), arrival/click receipts and a tag update; PlayFab-style client
API calls (``LoginWithCustomID``, ``LoginWithAndroidDeviceID``, ``LinkGoogleAccount``,
``UpdateUserTitleDisplayName``, ``UpdatePlayerStatistics``, ``WritePlayerEvent``,
``ValidateGooglePlayPurchase`` with the receipt as a JSON string, ``AddFriend``,
``UpdateUserData``, a guild chat message, the Events API ``WriteTelemetryEvents``). Synthetic.
"""

from __future__ import annotations

import json
import random

from eval_families6_kit import raw
from eval_families7_kit import enc, with_labels
from eval_families9_kit import (
    ADID,
    ANDROID_ID,
    APPS,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    HW,
    IMEI,
    IPLOC,
    LAT,
    LON,
    MAC,
    MAC_PLAIN,
    MAIL,
    PRECISE,
    SIM,
    TEXT,
    UID,
    USAGE,
    WIFI,
    sha,
)
from eval_payloads import (
    BSSID,
    ICCID,
    IMSI,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    L,
    W,
    case,
    rnd_hex,
    rnd_uuid,
)

UM = "https://alog.ustat-cn.example.cn"
JP = "https://reg.jpulse-push.example.cn"
PF = "https://7f3a2.playfabric.example.com"
OAID = "7d2f90a1-3be4-4c55-9a0e-c1d2e3f4a5b6"
UTDID = "Xm9Jd2FzZ0tQa1FBQUFBQ"
INSTALLED = [("com.example.wechatlike", "ChatLike"), ("com.example.paylet", "Paylet"),
             ("com.example.shortclips", "ShortClips"), ("com.example.mapsy", "Mapsy")]


def _header(rng: random.Random, n: int) -> dict[str, object]:
    return {"appkey": "5f3c" + rnd_hex(rng, 20), "channel": "huawei", "sdk_version": "9.6.5",
            "imei": L(IMEI, HW), "idmd5": L(sha("md5", IMEI), HW), "oaid": L(OAID, ADID),
            "android_id": L(ANDROID_ID, DID), "mac": L(MAC_PLAIN if n % 2 else MAC, HW),
            "imsi": L(IMSI, SIM), "utdid": L(UTDID, DID), "device_model": L("Pixel 8", DEV),
            "resolution": L("2400*1080", DEV), "os_version": L("14", DEV),
            "carrier": L("Example Mobile", CARRIER), "mccmnc": L("310260", CARRIER),
            "access": L("wifi", DEV), "timezone": L(-5, DEV), "language": L("zh", DEV),
            "country": L("US", COARSE), "app_version": "6.2.0", "session_id": rnd_hex(rng, 32)}


def cnpush() -> list[Case]:
    rng = random.Random(9501)
    out = []
    for n in range(3):
        acc: dict[tuple[str, str], str] = {}
        content = {"header": _header(rng, n), "body": {
            "sessions": [{"id": rnd_hex(rng, 32), "start_time": 1764250000 + n * 3600,
                          "duration": L(300 + n * 45, USAGE),
                          "pages": [{"page_name": L(p, USAGE), "duration": L(d, USAGE)}
                                    for p, d in [("HomeActivity", 40), ("GoodsDetail", 95)]]}],
            "ekv": [{"id": L(["add_cart", "share", "pay_success"][n], USAGE),
                     "ts": 1764250100 + n, "du": 0, "sku": "g_1120"}],
            "active_user": {"provider": "wechat", "puid": L("wx_" + rnd_hex(rng, 14), UID)}}}
        form = {"content": enc(content, "body", "content", "gzb64", acc),
                "sign": rnd_hex(rng, 32), "ts": str(1764250000 + n), "codex": "1"}
        out.append(with_labels(case("cnpush", f"{UM}/unify_logs", body=form, fmt="form"), acc))
    acc = {}
    d = enc({"imei": L(IMEI, HW), "oaid": L(OAID, ADID), "ev": L("app_launch", USAGE),
             "ip": L(PUBLIC_IP, IPLOC), "lng": L(round(LON, 6), PRECISE),
             "lat": L(round(LAT, 6), PRECISE)}, "query", "d", "hex", acc)
    out.append(with_labels(case("cnpush", f"{UM}/l", query={"d": d, "v": "2",
                                                            "t": rnd_hex(rng, 8)}), acc))
    blob = b"UMPX\x01\x00" + rng.randbytes(180)
    out.append(raw("cnpush", f"{UM}/envelope", blob, "envelope/json", {}, headers={
        "Msg-Type": "envelope/json", "X-Utdid": L(UTDID, DID), "Content-Encoding-Ext": "aes"}))
    out.append(case("cnpush", f"{UM}/ext/apps", body={
        "oaid": L(OAID, ADID), "android_id": L(ANDROID_ID, DID), "ts": 1764252000,
        "apps": [{"pn": L(pn, APPS), "an": L(an, APPS), "it": 1700000000 + i * 86400,
                  "sys": False} for i, (pn, an) in enumerate(INSTALLED)]}))
    out.append(case("cnpush", f"{UM}/lbs/report", fmt="msgpack", body={
        "utdid": L(UTDID, DID), "gps": {"lng": L(round(LON, 6), PRECISE),
                                        "lat": L(round(LAT, 6), PRECISE), "acc": 12.0},
        "cell": {"mcc": L(310, CARRIER), "mnc": L(260, CARRIER), "lac": L(11020, CARRIER),
                 "cid": L(21873409, CARRIER)},
        "wifi": [{"bssid": L(BSSID, WIFI), "ssid": L(SSID, WIFI), "level": -45},
                 {"bssid": L("f4:92:bf:0a:11:7c", WIFI), "ssid": L("Cafe_Guest", WIFI),
                  "level": -78}], "ts": 1764252001}))
    rid = "1a0018970a" + rnd_hex(rng, 8)
    out.append(case("cnpush", f"{JP}/v3/register", fmt="form", body={
        "appkey": "3c1f" + rnd_hex(rng, 20), "imei": L(IMEI, HW), "oaid": L(OAID, ADID),
        "android_id": L(ANDROID_ID, DID), "mac": L(MAC, HW), "imsi": L(IMSI, SIM),
        "iccid": L(ICCID, SIM), "device_model": L("Pixel 8", DEV), "sdk_ver": "5.3.0",
        "platform": "a", "channel": "developer-default"}))
    out.append(case("cnpush", f"{JP}/v3/alias", headers={"X-Push-Rid": L(rid, DID)}, body={
        "rid": L(rid, DID), "alias": L(USER_ID, UID), "tags": ["vip", "city_nyc"],
        "seq": 3}))
    for n, kind in enumerate(["arrived", "clicked"]):
        out.append(case("cnpush", f"{JP}/v3/report", body={
            "rid": L(rid, DID), "msg_id": str(58546000000 + n), "type": L(kind, USAGE),
            "ts": 1764252300 + n * 30, "net": L("wifi", DEV),
            "channel": "fcm" if n else "hms"}))
    out.append(case("cnpush", f"{JP}/v3/config", query={"appkey": "3c1f" + rnd_hex(rng, 20),
                                                        "ver": "5.3.0", "platform": "a"}))
    return out


def game() -> list[Case]:
    rng = random.Random(9502)
    custom_id = "dev-" + rnd_hex(rng, 24)
    base = {"X-PlayFabSDK": "UnitySDK-2.190.240101", "Content-Type-Hint": "json"}
    out = [case("game", f"{PF}/Client/LoginWithCustomID", headers=base, body={
        "TitleId": "7F3A2", "CustomId": L(custom_id, DID), "CreateAccount": True,
        "InfoRequestParameters": {"GetPlayerProfile": True, "GetUserAccountInfo": True}}),
        case("game", f"{PF}/Client/LoginWithAndroidDeviceID", headers=base, body={
            "TitleId": "7F3A2", "AndroidDeviceId": L(ANDROID_ID, DID),
            "OS": L("Android 14", DEV), "AndroidDevice": L("Google Pixel 8", DEV),
            "CreateAccount": False})]
    ticket = f"{rnd_hex(rng, 16).upper()}-{rnd_hex(rng, 16).upper()}---{rnd_hex(rng, 30)}"
    hdr = {**base, "X-Authorization": L(ticket, CRED)}
    out.append(case("game", f"{PF}/Client/LinkGoogleAccount", headers=hdr, body={
        "ServerAuthCode": L("4/0Ad" + rnd_hex(rng, 60), CRED), "ForceLink": False}))
    out.append(case("game", f"{PF}/Client/UpdateUserTitleDisplayName", headers=hdr, body={
        "DisplayName": L("JaneD_92", UID)}))
    for n in range(3):
        out.append(case("game", f"{PF}/Client/UpdatePlayerStatistics", headers=hdr, body={
            "Statistics": [{"StatisticName": "HighScore", "Value": L(81230 + n * 977, USAGE)},
                           {"StatisticName": "LevelsCleared", "Value": L(12 + n, USAGE)},
                           {"StatisticName": "PlaytimeMin", "Value": L(410 + n * 35, USAGE)}]}))
        out.append(case("game", f"{PF}/Client/WritePlayerEvent", headers=hdr, body={
            "EventName": L(["level_complete", "boss_defeated", "shop_opened"][n], USAGE),
            "Body": {"level": 12 + n, "duration_s": L(188 + n * 9, USAGE), "stars": 3,
                     "seed": rng.randint(1, 10**9)}, "Timestamp": f"2026-11-27T14:0{n}:00Z"}))
    receipt = W({"orderId": L("GPA.3321-4410-8812-77120", BUY),
                 "packageName": "com.example.dungeonpop", "productId": L("gems_pack_500", BUY),
                 "purchaseTime": L(1764252400000, BUY), "purchaseState": 0,
                 "purchaseToken": L("aobd" + rnd_hex(rng, 60), BUY)}, "json")
    out.append(case("game", f"{PF}/Client/ValidateGooglePlayPurchase", headers=hdr, body={
        "ReceiptJson": receipt, "Signature": rnd_hex(rng, 88), "CurrencyCode": "USD",
        "PurchasePrice": L(499, BUY), "CatalogVersion": "main"}))
    out.append(case("game", f"{PF}/Client/AddFriend", headers=hdr, body={
        "FriendEmail": L("leo.park@example.com", MAIL)}))
    out.append(case("game", f"{PF}/Client/GetFriendsList", headers=hdr, body={
        "IncludeFacebookFriends": False, "IncludeSteamFriends": False,
        "ProfileConstraints": {"ShowDisplayName": True, "ShowAvatarUrl": True}}))
    out.append(case("game", f"{PF}/Client/UpdateUserData", headers=hdr, body={
        "Data": {"birthday": L("1990-04-12", BIRTH), "country": L("US", COARSE),
                 "avatar": "knight_07", "tutorial_done": "true"}, "Permission": "Private"}))
    out.append(case("game", "https://chat.dungeonpop.example.com/v1/guilds/g_771/messages",
                    headers=hdr, body={"text": L("anyone up for the raid at 9? need a healer",
                                                 TEXT),
                                       "clientId": rnd_uuid(rng), "sender": L(USER_ID, UID)}))
    ent = {"Id": L("8A1C" + rnd_hex(rng, 12).upper(), UID), "Type": "title_player_account"}
    out.append(case("game", f"{PF}/Event/WriteTelemetryEvents", headers={
        **base, "X-EntityToken": L("NHxk" + rnd_hex(rng, 80), CRED)}, body={"Events": [
            {"EventNamespace": "custom.dungeonpop", "Name": L(nm, USAGE), "Entity": ent,
             "OriginalTimestamp": f"2026-11-27T14:10:0{i}Z", "Payload": pl}
            for i, (nm, pl) in enumerate([
                ("fps_sample", {"fps": 57, "gpu": L("Adreno 740", DEV)}),
                ("store_view", {"tab": "gems", "device_id": L(custom_id, DID)})])]}))
    acc: dict[tuple[str, str], str] = {}
    fp = enc({"imei": L(IMEI, HW), "androidId": L(ANDROID_ID, DID), "emu": L(False, DEV),
              "root": L(False, DEV), "abi": L("arm64-v8a", DEV),
              "hooks": L(["com.example.gamespeeder", "com.example.memeditor"], APPS)},
             "header", "X-Client-Fingerprint", "b64", acc)
    out.append(with_labels(case("game", "https://guard.cheatshield.example.com/v2/attest",
                                headers={"X-Client-Fingerprint": fp}, body={
        "session": rnd_uuid(rng), "nonce": rnd_hex(rng, 32), "playerId": L(custom_id, DID),
        "scan": {"suspiciousPackages": L(["com.example.gamespeeder"], APPS),
                 "debuggable": L(False, DEV), "installer": L("com.android.vending", DEV)},
        "integrityToken": L("eyJhbGciOi" + rnd_hex(rng, 120), CRED)}), acc))
    out.append(case("game", f"{PF}/Client/GetTitleData", headers=hdr, body={
        "Keys": ["event_calendar", "motd"], "OverrideLabel": json.dumps({"v": 3})}))
    return out
