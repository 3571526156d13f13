"""Service SDKs of the hundred-and-fourteenth set, built once and called by every app with its
own choices: feature flags "Togglecedar", push "Nudgeceibo", consent "Consentulip", payments
"Paylapacho", maps "Tilemango" and support chat "Helpcitrine" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families114_kit import PAYOUT_ACCT, RUC, TZ
from eval_payloads import BSSID, EMAIL, INSTALL_ID, NAME, SSID, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, NATID, WIFI = "financial.purchase", "personal.national_id", "location.wifi"

TC = "https://flags.togglecedar.example.com"
NC = "https://api.nudgeceibo.example.net"
CU = "https://consent.consentulip.example.org"
PP = "https://api.paylapacho.example.com"
TM = "https://api.tilemango.example.com"
HC = "https://widget.helpcitrine.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def tc_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Togglecedar's evaluation: the user's key is the user ID (the install ID signed out);
    ``hdr`` sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                    "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "TogglecedarAndroid/4.1.0",
                         "Authorization": "mob-" + app.key("togglecedar")}
    url = f"{TC}/sdk/evalx/users"
    if hdr:
        h["X-Togglecedar-User"] = W(u, "b64json")
        return case(f"{app.fam}-togglecedar", url, headers=h)
    return case(f"{app.fam}-togglecedar", url, body={"user": u, "withReasons": False},
                headers=h)


def nc_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "es", tz: str = TZ) -> Case:
    """Nudgeceibo's installation (JSON PUT-style POST): the FCM token, the SDK's installation
    ID, the device, the carrier, tags and (``at``) the last position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_key": app.key("nudgeceibo"),
                            "installation_id": L(sdk_id(app, "nudgeceibo"), DID),
                            "push_token": L(push_token(rng), DID), "provider": "fcm",
                            "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                                       "carrier": L("Example Mobile", CARRIER)},
                            "language": L(lang, DEV), "timezone": L(tz, DEV),
                            "app_version": app.ver, "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if at is not None:
        body["last_location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                 "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-nudgeceibo", f"{NC}/v3/installations", body=body,
                headers={"User-Agent": L("Nudgeceibo-Android/3.2.1 (Android 14; Pixel 8)",
                                         DEV)})


def cu_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "PY", region: str = "ASU") -> Case:
    """Consentulip's record (the subject ID the device's; country and region from the IP), the
    previous signed proof in a cookie (a JWT that opens nothing)."""
    sid = sdk_id(app, "consentulip")
    body: dict[str, Any] = {"property": app.key("consentulip"), "subject": L(sid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "user_agent": L(app.ua, DEV), "ts": 1765318633190}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"cu_proof": sjwt({"iss": "consentulip", "sub": L(sid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765100000}, "cookie", "cu_proof", acc)}
    return add(case(f"{app.fam}-consentulip", f"{CU}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def cu_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the subject ID and choices."""
    return case(f"{app.fam}-consentulip", f"{CU}/v1/status",
                query={"property": app.key("consentulip"), "lang": L("es", DEV)},
                cookies={"cu_state": W({"s": L(sdk_id(app, "consentulip"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paylapacho/Android 2.6.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_id": L(sdk_id(app, "paylapacho-d"), DID),
            "session_ref": sdk_id(app, "paylapacho-s")}


def pp_card(app: App, rng: random.Random, *, email: bool = False, city: str = "Asunción") -> Case:
    """Paylapacho's card token (a form with bracketed keys): card data, holder, the billing
    city and country, the SDK's device ID."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "billing_details[address][city]": L(city, COARSE),
                            "billing_details[address][country]": L("PY", COARSE), **_pids(app)}
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paylapacho", f"{PP}/v1/tokens", fmt="form", body=body,
                headers=_pph(rng))


def pp_confirm(app: App, rng: random.Random, amount: str, currency: str = "pyg") -> Case:
    """Confirming a charge (a form): the client secret, the method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-paylapacho", f"{PP}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pph(rng))


def pp_payout(app: App, rng: random.Random) -> Case:
    """A Paraguayan bank account for payouts (a form): the account, the holder and her RUC."""
    return case(f"{app.fam}-paylapacho", f"{PP}/v1/payout_accounts", fmt="form", body={
        "account[number]": L(PAYOUT_ACCT, PAY), "account[bank_code]": "1014",
        "account[country]": "PY", "account[currency]": "pyg",
        "account[holder_name]": L(NAME, NAMEC), "account[holder_tax_id]": L(RUC, NATID),
        **_pids(app)}, headers=_pph(rng))


def _tmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"TilemangoSDK/6.4.2 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def tm_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "es") -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by ``near``
    as ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "country": "py", "key": "tm_" + app.key("tilemango")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-tilemango", f"{TM}/v2/geocode", query=q, headers=_tmh(app))


def tm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-tilemango", f"{TM}/v2/reverse/{seg}",
             query={"types": "address", "key": "tm_" + app.key("tilemango")}, headers=_tmh(app))
    return at_path(c, seg, cat) if cat else c


def tm_locate(app: App, rng: random.Random, neighbour: str) -> Case:
    """Network geolocation (JSON): the Wi-Fi the phone is on and a neighbour's access point
    (``location.wifi``), the serving cell's MCC and MNC (``location.carrier``)."""
    return case(f"{app.fam}-tilemango", f"{TM}/v2/geolocate", body={
        "considerIp": True,
        "wifiAccessPoints": [
            {"macAddress": L(BSSID, WIFI), "ssid": L(SSID, WIFI), "signalStrength": -47},
            {"macAddress": L(neighbour, WIFI), "signalStrength": -81}],
        "cellTowers": [{"mobileCountryCode": L(310, CARRIER),
                        "mobileNetworkCode": L(260, CARRIER), "signalStrength": -95}]},
        query={"key": "tm_" + app.key("tilemango")}, headers=_tmh(app))


def tm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-tilemango", f"{TM}/v2/directions", body={
        "waypoints": wps, "profile": mode, "units": "metric", "language": L("es-PY", DEV)},
        query={"key": "tm_" + app.key("tilemango")}, headers=_tmh(app))


def tm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "tilemango"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T21:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(61, DEV)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T21:13:0{i}.210Z",
             "device": did, "lat": L(la, cat), "lng": L(lo, cat), "accuracy": 5.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-tilemango", "https://events.tilemango.example.com/v2/events",
                query={"key": "tm_" + app.key("tilemango")}, body=evs, gz=True,
                headers={"User-Agent": "TilemangoTelemetry/6.4.2"})


def hc_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True, email: Any = None) -> Case:
    """A Helpcitrine message: signed in, the identity JWT the app's server signed rides in
    ``user.jwt`` (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    u: dict[str, Any] = {"anonymous_id": L(sdk_id(app, "helpcitrine"), DID)}
    if user:
        u["jwt"] = tok({"user_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                        "name": L(NAME, NAMEC), "iat": 1765318702}, "body", "user.jwt", acc)
    if email is not None:
        u["email"] = email
    body: dict[str, Any] = {"app_id": app.key("helpcitrine"), "user": u,
                            "message": {"body": text, "client_ref": rid(rng)},
                            "custom_attributes": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-helpcitrine", f"{HC}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hc_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hcc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpcitrine", f"{HC}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpcitrine-Anon": L(sdk_id(app, "helpcitrine"), DID),
                              "X-Helpcitrine-Session": L(opaque(rng, "hcs_", 40), CRED)})


__all__ = ["cu_check", "cu_save", "hc_attach", "hc_message", "nc_register", "pp_card",
           "pp_confirm", "pp_payout", "tc_eval", "tm_geocode", "tm_locate", "tm_reverse",
           "tm_route", "tm_telemetry"]
