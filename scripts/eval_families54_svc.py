"""Service SDKs of the fifty-fourth set, built once and called by every app with its own choices:
flags "Switchhollow", push "Pingwhistle", consent "Permitfold", payments "Coinvale", maps
"Routemoss" and support chat "Askbramble" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

SH = "https://flags.switchhollow.example.com"
PW = "https://push.pingwhistle.example.net"
PF = "https://consent.permitfold.example.org"
CV = "https://api.coinvale.example.com"
RM = "https://maps.routemoss.example.net"
AB = "https://widget.askbramble.example.org"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def sh_flags(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
             hdr: bool = False) -> Case:
    """Switchhollow's evaluation: ``identity`` the user ID (the install ID signed out); ``hdr``
    sends the identity as base64 JSON in a header of a GET."""
    ident: dict[str, Any] = {"identifier": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                             "traits": {"app_version": app.ver, "platform": "android",
                                        "device": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "switchhollow-android/2.6.1",
                         "X-Environment-Key": "env_" + app.key("switchhollow")}
    if hdr:
        h["X-SH-Identity"] = W(ident, "b64json")
        return case(f"{app.fam}-switchhollow", f"{SH}/api/v1/flags", headers=h)
    return case(f"{app.fam}-switchhollow", f"{SH}/api/v1/identities", body=ident, headers=h)


def pw_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, tz: str = "America/New_York",
                lang: str = "en") -> Case:
    """Pingwhistle's subscription (JSON, camelCase): the FCM token, the SDK's device ID, the
    device, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"appId": app.key("pingwhistle"),
                            "installationId": L(sdk_id(app, "pingwhistle"), DID),
                            "pushToken": L(push_token(rng), DID), "provider": "fcm",
                            "language": L(lang, DEV), "timeZone": L(tz, DEV),
                            "deviceModel": L("Pixel 8", DEV), "osVersion": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "appVersion": app.ver,
                            "externalUserId": L(USER_ID, UID), "tags": tags or {}}
    if at is not None:
        body["lastLocation"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingwhistle", f"{PW}/v2/subscriptions", body=body,
                headers={"User-Agent": L("Pingwhistle/4.2.0 (Android 14; Pixel 8)", DEV)})


def pf_save(app: App, rng: random.Random, purposes: dict[str, bool], *, country: str = "US",
            region: str = "NY") -> Case:
    """Permitfold's consent record: its visitor ID the device's; country and region from the
    IP; the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "permitfold")
    acc: Acc = {}
    body = {"property": app.key("permitfold"), "visitorId": L(vid, DID), "purposes": purposes,
            "version": 7, "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
            "userAgent": L(app.ua, DEV), "ts": 1765320112044}
    cookies = {"pf_receipt": sjwt({"iss": "permitfold", "sub": L(vid, DID), "v": 7,
                                   "iat": 1765100000}, "cookie", "pf_receipt", acc)}
    return add(case(f"{app.fam}-permitfold", f"{PF}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pf_check(app: App, rng: random.Random, purposes: dict[str, bool], lang: str = "en") -> Case:
    """The web view's status GET: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-permitfold", f"{PF}/v1/status",
                query={"property": app.key("permitfold"), "lang": L(lang, DEV)},
                cookies={"pf_state": W({"vid": L(sdk_id(app, "permitfold"), DID),
                                        "p": purposes}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _cvh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Coinvale-Android/3.1.7", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def cv_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Coinvale's card tokenisation (JSON): card data, holder, ZIP, the SDK's fingerprint."""
    body: dict[str, Any] = {"card": {"number": L(CARD2, PAY), "exp_month": L(CARD2_EXP[0], PAY),
                                     "exp_year": L(CARD2_EXP[1], PAY), "cvc": L(CARD2_CVC, PAY),
                                     "holder": L(NAME, NAMEC)},
                            "billing": {"postal_code": L(ZIP, COARSE)},
                            "fingerprint": L(sdk_id(app, "coinvale-fp"), DID)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-coinvale", f"{CV}/v2/tokens", body=body, headers=_cvh(rng))


def cv_charge(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """A charge confirmed with a saved method (a form): the client secret, method, amount."""
    ch = opaque(rng, "ch_", 20)
    return case(f"{app.fam}-coinvale", f"{CV}/v2/charges/{ch}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{ch}_sec_", 20), CRED),
        "method": L(opaque(rng, "cm_", 20), PAY), "amount": L(amount, BUY),
        "currency": currency, "fingerprint": L(sdk_id(app, "coinvale-fp"), DID)},
        headers=_cvh(rng))


def cv_payout(app: App, rng: random.Random, iban_or_acct: dict[str, Any]) -> Case:
    """A payout destination (a form with bracketed keys): the account, the holder."""
    body = {f"destination[{k}]": v for k, v in iban_or_acct.items()}
    body.update({"destination[holder]": L(NAME, NAMEC),
                 "fingerprint": L(sdk_id(app, "coinvale-fp"), DID)})
    return case(f"{app.fam}-coinvale", f"{CV}/v2/payout_destinations", fmt="form", body=body,
                headers=_cvh(rng))


def _rmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Routemoss/5.8.0 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def rm_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3, lang: str = "en") -> Case:
    """Forward geocoding (GET): the typed ``q`` (labelled ``cat``) near ``lat,lng`` (``at``)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV),
                         "key": "rm_" + app.key("routemoss")}
    if near is not None:
        q["at"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-routemoss", f"{RM}/geocode/v1/search", query=q, headers=_rmh(app))


def rm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lng``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-routemoss", f"{RM}/geocode/v1/reverse/{seg}",
             query={"key": "rm_" + app.key("routemoss")}, headers=_rmh(app))
    return at_path(c, seg, cat) if cat else c


def rm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lng`` labelled by whose place each one is."""
    wps = [{"lat": L(la, c) if c else la, "lng": L(lo, c) if c else lo}
           for (la, lo), c in stops]
    return case(f"{app.fam}-routemoss", f"{RM}/routing/v1/route", body={
        "waypoints": wps, "profile": mode, "alternatives": 1}, query={
        "key": "rm_" + app.key("routemoss")}, headers=_rmh(app))


def rm_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (gzip JSON array): a style load with the device, then recent fixes."""
    did = L(sdk_id(app, "routemoss"), DID)
    evs: list[dict[str, Any]] = [{"ev": L("style_loaded", USAGE), "sid": did,
                                  "model": L("Pixel 8", DEV), "battery": L(61, DEV)}]
    evs += [{"ev": L("fix", USAGE), "sid": did, "lat": L(la, cat), "lng": L(lo, cat),
             "hacc": 7.5} for la, lo in fixes]
    return case(f"{app.fam}-routemoss", "https://t.routemoss.example.net/v1/ingest",
                query={"key": "rm_" + app.key("routemoss")}, body=evs, gz=True,
                headers={"User-Agent": "RoutemossTelemetry/5.8.0"})


def ab_message(app: App, rng: random.Random, text: Any, meta: dict[str, Any]) -> Case:
    """An Askbramble message: the app-signed user JWT in ``auth.user_jwt`` (a credential; its
    claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    body = {"widgetKey": app.key("askbramble"),
            "auth": {"deviceId": L(sdk_id(app, "askbramble"), DID),
                     "user_jwt": tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                      "name": L(NAME, NAMEC), "iat": 1765320500},
                                     "body", "auth.user_jwt", acc)},
            "message": {"text": text, "clientMsgId": rid(rng)}, "meta": meta,
            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV)}}
    return add(case(f"{app.fam}-askbramble", f"{AB}/v3/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ab_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to the conversation (the widget session a credential)."""
    conv = opaque(rng, "abc_", 12)
    return multipart(f"{app.fam}-askbramble", f"{AB}/v3/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("info", None, "application/json", {"clientMsgId": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askbramble-Device": L(sdk_id(app, "askbramble"), DID)},
                     cookies={"ab_sess": L(opaque(rng, "", 36), CRED)})


__all__ = ["ab_attach", "ab_message", "cv_card", "cv_charge", "cv_payout", "pf_check",
           "pf_save", "pw_register", "rm_reverse", "rm_route", "rm_search", "rm_telemetry",
           "sh_flags"]
