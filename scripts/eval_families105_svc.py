"""Service SDKs of the hundred-and-fifth set, built once and called by every app with its own
choices: feature flags "Jendalu", push "Gantamogu", consent "Anumatika", payments with UPI
"Chellimpay", maps "Daarichupu" and support chat "Sahayamitra" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, Acc, add, multipart, push_token, tok
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families105_kit import BANK_ACCT, IFSC, UPI_VPA
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

JD = "https://flags.jendalu.example.com"
GM = "https://api.gantamogu.example.net"
AN = "https://consent.anumatika.example.org"
CP = "https://api.chellimpay.example.com"
DC = "https://maps.daarichupu.example.com"
SM = "https://widget.sahayamitra.example.net"
Pt = tuple[float, float]
TZ = "Asia/Kolkata"


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def jd_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Jendalu's flag evaluation: the user's ``key`` is the user ID (the install ID signed out)
    with custom attributes; ``hdr`` sends the user as base64 JSON in a header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user, "country": L("IN", COARSE),
                         "custom": {"appVersion": app.ver, "osVersion": L("14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "JendaluAndroid/5.2.0",
                         "Authorization": "mob-" + app.key("jendalu")}
    if hdr:
        h["X-Jendalu-User"] = W(u, "b64json")
        return case(f"{app.fam}-jendalu", f"{JD}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-jendalu", f"{JD}/msdk/evalx/context", body={"user": u}, headers=h)


def gm_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                lang: str = "en") -> Case:
    """Gantamogu's subscription (JSON, camelCase): the FCM token, the SDK's player ID, device,
    carrier, zone, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("gantamogu"),
                            "playerId": L(sdk_id(app, "gantamogu"), DID),
                            "identifier": L(push_token(rng), DID), "deviceType": 1,
                            "language": L(lang, DEV), "timezone": L(TZ, DEV),
                            "deviceModel": L("Pixel 8", DEV),
                            "deviceOs": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "sdk": "050112", "gameVersion": app.ver, "tags": tags or {}}
    if user:
        body["externalUserId"] = L(USER_ID, UID)
    if at is not None:
        body["lat"], body["long"] = L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-gantamogu", f"{GM}/api/v1/players", body=body,
                headers={"User-Agent": L("Gantamogu/5.1.12 (Android 14; Pixel 8)", DEV)})


def an_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Anumatika's consent record (JSON): its visitor ID the device's, the region from the IP,
    the previous state in a base64 JSON cookie."""
    vid = sdk_id(app, "anumatika")
    body: dict[str, Any] = {"property": app.key("anumatika"), "visitorId": L(vid, DID),
                            "purposes": purposes, "noticeVersion": "2025-11",
                            "law": "dpdp", "region": {"country": L("IN", COARSE),
                                                      "state": L("TG", COARSE)},
                            "language": L("en", DEV), "savedAt": 1765335633190}
    if user:
        body["accountId"] = L(USER_ID, UID)
    return case(f"{app.fam}-anumatika", f"{AN}/v1/records", body=body,
                cookies={"anm_state": W({"vid": L(vid, DID), "p": sorted(
                    k for k, v in purposes.items() if v), "nv": "2025-10"}, "b64json")},
                headers={"User-Agent": L(app.ua, DEV)})


def an_check(app: App, rng: random.Random) -> Case:
    """The web view's banner check (GET): the visitor ID in the query."""
    return case(f"{app.fam}-anumatika", f"{AN}/v1/banner", query={
        "property": app.key("anumatika"), "vid": L(sdk_id(app, "anumatika"), DID),
        "lang": L("en-IN", DEV)}, headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _cph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Chellimpay-Android/3.7.0", "X-Idempotency-Key": rid(rng),
            "Authorization": "Basic cmtfbGl2ZV8" + opaque(rng, "", 20)}


def _cpdev(app: App) -> dict[str, Any]:
    return {"device[fingerprint]": L(sdk_id(app, "chellimpay-fp"), DID),
            "device[os]": L("android 14", DEV)}


def cp_upi(app: App, rng: random.Random, amount: str, order: str | None = None) -> Case:
    """A UPI collect request (a form): her UPI address, the amount, contact e-mail and phone
    (the checkout's prefill), the SDK's device fingerprint."""
    body: dict[str, Any] = {"method": "upi", "upi[vpa]": L(UPI_VPA, PAY),
                            "upi[flow]": "collect", "amount": L(amount, BUY), "currency": "INR",
                            "contact": L(E164, TEL), "email": L(EMAIL, MAIL),
                            "order_id": L(order or opaque(rng, "order_", 14), BUY), **_cpdev(app)}
    return case(f"{app.fam}-chellimpay", f"{CP}/v1/payments/create/upi", fmt="form", body=body,
                headers=_cph(rng))


def cp_card(app: App, rng: random.Random, amount: str) -> Case:
    """A card payment (a form with bracketed keys): card data, holder, amount."""
    body: dict[str, Any] = {"method": "card", "card[number]": L(CARD2, PAY),
                            "card[expiry_month]": L(CARD2_EXP[0], PAY),
                            "card[expiry_year]": L(CARD2_EXP[1], PAY),
                            "card[cvv]": L(CARD2_CVC, PAY), "card[name]": L(NAME, NAMEC),
                            "amount": L(amount, BUY), "currency": "INR",
                            "email": L(EMAIL, MAIL), **_cpdev(app)}
    return case(f"{app.fam}-chellimpay", f"{CP}/v1/payments/create/card", fmt="form", body=body,
                headers=_cph(rng))


def cp_mandate(app: App, rng: random.Random, max_amount: str) -> Case:
    """An e-mandate for instalments (a form): account, IFSC, holder and the ceiling."""
    return case(f"{app.fam}-chellimpay", f"{CP}/v1/emandate", fmt="form", body={
        "bank_account[account_number]": L(BANK_ACCT, PAY), "bank_account[ifsc]": L(IFSC, PAY),
        "bank_account[name]": L(NAME, NAMEC), "max_amount": L(max_amount, BUY),
        "frequency": "monthly", "auth_type": "netbanking", **_cpdev(app)}, headers=_cph(rng))


def _dch(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"DaarichupuSDK/8.0.3 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def dc_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Autocomplete (GET): the typed text in ``input`` (labelled ``cat``), biased by ``location``
    as ``lat,lon`` at ``nd`` decimals."""
    q: dict[str, Any] = {"input": L(text, cat), "components": "country:in",
                         "sessiontoken": rid(rng), "key": "dc_" + app.key("daarichupu")}
    if near is not None:
        q["location"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-daarichupu", f"{DC}/v2/autocomplete", query=q, headers=_dch(app))


def dc_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-daarichupu", f"{DC}/v2/reverse/{seg}",
             query={"result_type": "street_address", "key": "dc_" + app.key("daarichupu")},
             headers=_dch(app))
    return at_path(c, seg, cat) if cat else c


def dc_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lng": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-daarichupu", f"{DC}/v2/directions", body={
        "waypoints": wps, "mode": mode, "departure": "now", "language": L("en-IN", DEV)},
        query={"key": "dc_" + app.key("daarichupu")}, headers=_dch(app))


def dc_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "daarichupu"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "ts": 1765335160118, "sdkInstance": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV)}]
    evs += [{"ev": L("location", USAGE), "ts": 1765335180210 + 1000 * i, "sdkInstance": did,
             "lat": L(la, cat), "lng": L(lo, cat), "hacc": 5.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-daarichupu", "https://events.daarichupu.example.com/v1/ingest",
                query={"key": "dc_" + app.key("daarichupu")}, body=evs, gz=True,
                headers={"User-Agent": "DaarichupuTelemetry/8.0.3"})


def sm_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Sahayamitra message: the identity JWT the app's server signed rides in a header
    (a credential; its claims the user's ID, e-mail and name); the visitor ID the SDK's."""
    acc: Acc = {}
    ident = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                 "iat": 1765335702}, "header", "x-sahayamitra-identity", acc)
    body: dict[str, Any] = {"app": app.key("sahayamitra"),
                            "visitor": L(sdk_id(app, "sahayamitra"), DID), "body": text,
                            "client_msg_id": rid(rng), "custom_attributes": attrs,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "app_version": app.ver}}
    return add(case(f"{app.fam}-sahayamitra", f"{SM}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV), "X-Sahayamitra-Identity": ident}), acc)


def sm_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "smc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-sahayamitra", f"{SM}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Sahayamitra-Visitor": L(sdk_id(app, "sahayamitra"), DID),
                              "X-Sahayamitra-Session": L(opaque(rng, "sms_", 40), CRED)})


__all__ = ["an_check", "an_save", "cp_card", "cp_mandate", "cp_upi", "dc_geocode", "dc_reverse",
           "dc_route", "dc_telemetry", "gm_register", "jd_eval", "sm_attach", "sm_message"]
