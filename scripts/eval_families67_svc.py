"""Service SDKs of the sixty-seventh set, built once and called by every app with its own
choices: feature flags "Flagmallow", push "Pingrook", consent "Assentmoor", payments
"Payfenwick", maps "Atlasbeck" and support chat "Askmeadow" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import ZIP, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, GAID, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FG = "https://sdk.flagmallow.example.com"
PR = "https://api.pingrook.example.net"
AS = "https://cmp.assentmoor.example.org"
PM = "https://api.payfenwick.example.com"
AB = "https://api.atlasbeck.example.com"
AM = "https://widget.askmeadow.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fg_eval(app: App, rng: random.Random, traits: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Flagmallow's identity evaluation: the identifier is the user ID (the install ID signed
    out), traits as key/value records; ``hdr`` sends the identity as base64 JSON in a request
    header of a GET."""
    ident = L(USER_ID, UID) if user else L(INSTALL_ID, DID)
    allt = {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "app_version": app.ver,
            **traits}
    h: dict[str, Any] = {"User-Agent": "flagmallow-android/2.6.0",
                         "X-Environment-Key": "env_" + app.key("flagmallow")}
    if hdr:
        h["X-Flagmallow-Identity"] = W({"identifier": ident, "traits": allt}, "b64json")
        return case(f"{app.fam}-flagmallow", f"{FG}/api/v1/flags/", headers=h)
    body = {"identifier": ident, "transient": False,
            "traits": [{"trait_key": k, "trait_value": v} for k, v in allt.items()]}
    return case(f"{app.fam}-flagmallow", f"{FG}/api/v1/identities/", body=body, headers=h)


def pr_register(app: App, rng: random.Random, *, user: bool = True, adid: bool = False,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "America/New_York", offset: int = -18000, lang: str = "en") -> Case:
    """Pingrook's player record (JSON): the FCM token, the SDK's device ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pingrook"), "device_type": 1,
                            "identifier": L(push_token(rng), DID),
                            "pr_device_id": L(sdk_id(app, "pingrook"), DID),
                            "language": L(lang, DEV), "timezone": L(offset, DEV),
                            "timezone_id": L(tz, DEV), "device_model": L("Pixel 8", DEV),
                            "device_os": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "rooted": L(False, DEV), "game_version": app.ver, "sdk": "050104",
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if adid:
        body["ad_id"] = L(GAID, "id.advertising")
    if at is not None:
        body.update(lat=L(round(at[0], nd), _cat(nd)), long=L(round(at[1], nd), _cat(nd)),
                    loc_acc=1500)
    return case(f"{app.fam}-pingrook", f"{PR}/api/v1/players", body=body,
                headers={"User-Agent": L("Pingrook-Android/5.1.4 (Android 14; Pixel 8)", DEV)})


def as_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            country: str = "US", region: str = "NY", lang: str = "en") -> Case:
    """Assentmoor's consent record (its visitor ID the device's; country and region from the
    IP) with the previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "assentmoor")
    body: dict[str, Any] = {"property": app.key("assentmoor"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "policy_version": 7,
                            "vendors": ["v_eventhollow", "v_installgrove", "v_bidcurlew"],
                            "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
                            "language": L(lang, DEV), "user_agent": L(app.ua, DEV),
                            "ts": 1765321633190}
    if user:
        body["account_id"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"am_receipt": sjwt({"iss": "assentmoor", "sub": L(vid, DID),
                                   "granted": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765200000}, "cookie", "am_receipt", acc)}
    return add(case(f"{app.fam}-assentmoor", f"{AS}/v1/consents", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def as_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-assentmoor", f"{AS}/v1/status",
                query={"property": app.key("assentmoor"), "lang": L("en", DEV)},
                cookies={"am_state": W({"vid": L(sdk_id(app, "assentmoor"), DID),
                                        "p": purposes, "v": 7}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Payfenwick/Android 7.2.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"guid": L(sdk_id(app, "payfenwick-g"), DID), "sid": sdk_id(app, "payfenwick-s")}


def pm_card(app: App, rng: random.Random, *, email: bool = False, zip_: str = ZIP,
            country: str = "US") -> Case:
    """Payfenwick's payment method (a form with bracketed keys): card data, the holder, her
    postal code and country, and the SDK's device fingerprint ``guid``."""
    body: dict[str, Any] = {
        "type": "card", "card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
        "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
        "billing_details[name]": L(NAME, NAMEC),
        "billing_details[address][postal_code]": L(zip_, COARSE),
        "billing_details[address][country]": L(country, COARSE), **_pids(app)}
    if email:
        body["billing_details[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-payfenwick", f"{PM}/v1/payment_methods", fmt="form", body=body,
                headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "usd") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-payfenwick", f"{PM}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "expected_amount": L(amount, BUY), "currency": currency,
                      "return_url": f"{app.fam}://pay/return", **_pids(app)},
                headers=_pmh(rng))


def _abq(app: App) -> dict[str, Any]:
    return {"access_token": "pk." + app.key("atlasbeck")}


def _abh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"AtlasbeckSDK/10.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)",
                            DEV)}


def ab_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "en", country: str | None = None) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``proximity`` of ``lon,lat`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "language": L(lang, DEV), **_abq(app)}
    if near is not None:
        q["proximity"] = L(f"{near[1]:.{nd}f},{near[0]:.{nd}f}", _cat(nd))
    if country:
        q["country"] = country
    return case(f"{app.fam}-atlasbeck", f"{AB}/search/v5/forward", query=q, headers=_abh(app))


def ab_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lon,lat.json``; whose point decides)."""
    seg = f"{at[1]:.{nd}f},{at[0]:.{nd}f}.json"
    c = case(f"{app.fam}-atlasbeck", f"{AB}/search/v5/reverse/{seg}",
             query={"types": "address", **_abq(app)}, headers=_abh(app))
    return at_path(c, seg, cat) if cat else c


def ab_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             profile: str = "driving") -> Case:
    """Directions (JSON): ``coordinates[i]`` as ``[lon, lat]``, labelled by whose place each
    one is."""
    coords = [[L(lo, cat) if cat else lo, L(la, cat) if cat else la] for (la, lo), cat in stops]
    return case(f"{app.fam}-atlasbeck", f"{AB}/directions/v5/{profile}", body={
        "coordinates": coords, "steps": True, "overview": "full",
        "language": L("en-US", DEV)}, query=_abq(app), headers=_abh(app))


def ab_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "atlasbeck"), DID)
    evs: list[dict[str, Any]] = [{
        "event": L("map.load", USAGE), "created": "2025-12-09T23:12:40.118Z", "userId": did,
        "model": L("Pixel 8", DEV), "operatingSystem": L("Android 14", DEV),
        "batteryLevel": L(51, DEV), "carrier": L("Example Mobile", CARRIER)}]
    evs += [{"event": L("location", USAGE), "created": f"2025-12-09T23:13:0{i}.210Z",
             "userId": did, "lat": L(la, cat), "lng": L(lo, cat), "horizontalAccuracy": 7}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-atlasbeck", "https://events.atlasbeck.example.com/events/v2",
                query=_abq(app), body=evs, gz=True,
                headers={"User-Agent": "AtlasbeckTelemetry/10.4.1"})


def am_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Askmeadow message: signed in, the app's server-signed user JWT rides in a JSON field
    (a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who: dict[str, Any] = {"anonymous_id": L(sdk_id(app, "askmeadow"), DID)}
    if user:
        who["user_jwt"] = tok({"external_id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                               "name": L(NAME, NAMEC), "iat": 1765321702},
                              "body", "user.user_jwt", acc)
    body: dict[str, Any] = {"app_id": app.key("askmeadow"), "user": who,
                            "message": {"type": "text", "text": text},
                            "client_msg_id": rid(rng), "custom_attributes": attrs,
                            "device": {"platform": "android", "os_version": L("14", DEV),
                                       "model": L("Pixel 8", DEV), "app_version": app.ver}}
    return add(case(f"{app.fam}-askmeadow", f"{AM}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def am_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "amc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-askmeadow", f"{AM}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Askmeadow-Device": L(sdk_id(app, "askmeadow"), DID),
                              "X-Askmeadow-Session": L(opaque(rng, "ams_", 40), CRED)})


__all__ = ["ab_geocode", "ab_reverse", "ab_route", "ab_telemetry", "am_attach", "am_message",
           "as_check", "as_save", "fg_eval", "pm_card", "pm_confirm", "pr_register"]
