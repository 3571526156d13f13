"""Service SDKs of the seventy-eighth set, built once and called by every app with its own
choices: feature flags "Asiayipo", push "Ikilobell", consent "Ifohunsika", payments "Sanwolane",
maps "Onamaapu" and support chat "Iranlowodesk" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import NATID, sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families78_kit import ACCT_NG, BANK_CODE, BVN, LOCALE, TZ
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

AY = "https://flags.asiayipo.example.com"
IK = "https://api.ikilobell.example.net"
IF = "https://consent.ifohunsika.example.org"
SW = "https://api.sanwolane.example.com"
OM = "https://api.onamaapu.example.com"
IR = "https://widget.iranlowodesk.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def ay_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Asiayipo's evaluation: the targeting key is the user ID (the install ID signed out);
    ``hdr`` sends the context as base64 JSON in a request header of a GET."""
    ctx: dict[str, Any] = {"targeting_key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "attrs": {"appVersion": app.ver, "platform": L("android-14", DEV),
                                     "locale": L(LOCALE, DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "Asiayipo-Kotlin/0.9.7",
                         "X-Asiayipo-Env": "ayk_" + app.key("asiayipo")}
    if hdr:
        h["X-Asiayipo-Ctx"] = W(ctx, "b64json")
        return case(f"{app.fam}-asiayipo", f"{AY}/v1/flags", headers=h)
    return case(f"{app.fam}-asiayipo", f"{AY}/v1/flags/evaluate", body={"context": ctx},
                headers=h)


def _ikh() -> dict[str, Any]:
    return {"User-Agent": L("Ikilobell/3.3.0 (Android 14; Pixel 8)", DEV)}


def ik_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None,
                nd: int = 2) -> Case:
    """Ikilobell's device record (JSON): the FCM token, the SDK's device ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app": app.key("ikilobell"),
                            "device_id": L(sdk_id(app, "ikilobell"), DID),
                            "push_token": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L("en", DEV), "tz": L(TZ, DEV),
                            "device_model": L("Pixel 8", DEV), "os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "app_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if at is not None:
        body["last_location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                                 "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-ikilobell", f"{IK}/v2/devices", body=body, headers=_ikh())


def ik_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the notification and campaign IDs are negatives."""
    return case(f"{app.fam}-ikilobell", f"{IK}/v2/receipts", fmt="form", body={
        "device_id": L(sdk_id(app, "ikilobell"), DID), "notification": opaque(rng, "ntf_", 12),
        "campaign": campaign, "action": L("opened", USAGE), "app": app.key("ikilobell")},
        headers=_ikh())


def if_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            user: bool = False) -> Case:
    """Ifohunsika's consent record (its visitor ID the device's; the country and state it
    resolved from the IP) with the previous signed receipt in a cookie (opens nothing)."""
    vid = sdk_id(app, "ifohunsika")
    body: dict[str, Any] = {"property": app.key("ifohunsika"), "visitor": L(vid, DID),
                            "purposes": purposes, "notice": 3,
                            "geo": {"country": L("NG", COARSE), "state": L("LA", COARSE)},
                            "ua": L(app.ua, DEV), "at": 1765355633190}
    if user:
        body["account"] = L(USER_ID, UID)
    acc: Acc = {}
    cookies = {"if_rcpt": sjwt({"iss": "ifohunsika", "sub": L(vid, DID),
                                "granted": sorted(p for p, v in purposes.items() if v),
                                "iat": 1765200000}, "cookie", "if_rcpt", acc)}
    return add(case(f"{app.fam}-ifohunsika", f"{IF}/v3/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def if_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-ifohunsika", f"{IF}/v3/status",
                query={"property": app.key("ifohunsika"), "hl": L("en-NG", DEV)},
                cookies={"if_state": W({"vid": L(sdk_id(app, "ifohunsika"), DID),
                                        "p": purposes, "n": 3}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _swh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Sanwolane-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _sids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "sanwolane-d"), DID),
            "sdk_session": sdk_id(app, "sanwolane-s")}


def sw_card(app: App, rng: random.Random, *, email: bool = True) -> Case:
    """Sanwolane's card tokenisation (a form, bracketed keys): card data, holder, city."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvv]": L(CARD2_CVC, PAY),
                            "card[holder]": L(NAME, NAMEC), "billing[city]": L("Lagos", COARSE),
                            "billing[country]": L("NG", COARSE), **_sids(app)}
    if email:
        body["customer[email]"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-sanwolane", f"{SW}/v1/cards/tokenize", fmt="form", body=body,
                headers=_swh(rng))


def sw_charge(app: App, rng: random.Random, amount: str, currency: str = "NGN") -> Case:
    """Confirming a charge (a form): the client secret, the saved method and the amount."""
    ch = opaque(rng, "ch_", 24)
    return case(f"{app.fam}-sanwolane", f"{SW}/v1/charges/{ch}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{ch}_secret_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY), "amount": L(amount, BUY),
                      "currency": currency, **_sids(app)}, headers=_swh(rng))


def sw_bank(app: App, rng: random.Random) -> Case:
    """A Naira account for payouts (a form): the account number, the bank's code (the bank's,
    unlabelled), the holder and her BVN."""
    return case(f"{app.fam}-sanwolane", f"{SW}/v1/payout_accounts", fmt="form", body={
        "account[number]": L(ACCT_NG, PAY), "account[bank_code]": BANK_CODE,
        "account[holder]": L(NAME, NAMEC), "account[bvn]": L(BVN, NATID), **_sids(app)},
        headers=_swh(rng))


def _omh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Onamaapu/7.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def om_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``q`` (labelled ``cat``), biased by a
    ``near`` of ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "country": "ng",
                         "key": "om_" + app.key("onamaapu")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-onamaapu", f"{OM}/v2/geocode", query=q, headers=_omh(app))


def om_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-onamaapu", f"{OM}/v2/reverse/{seg}",
             query={"types": "street", "key": "om_" + app.key("onamaapu")}, headers=_omh(app))
    return at_path(c, seg, cat) if cat else c


def om_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "driving") -> Case:
    """Directions (JSON): ``waypoints[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-onamaapu", f"{OM}/v2/directions", body={
        "waypoints": wps, "profile": mode, "alternatives": False,
        "lang": L("en-NG", DEV)}, query={"key": "om_" + app.key("onamaapu")}, headers=_omh(app))


def om_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "onamaapu"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map.load", USAGE), "t": "2025-12-10T09:12:40.118Z", "sdk_device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(37, DEV)}]
    evs += [{"ev": L("location", USAGE), "t": f"2025-12-10T09:13:0{i}.210Z", "sdk_device": did,
             "lat": L(la, cat), "lon": L(lo, cat), "hacc": 9.0}
            for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-onamaapu", "https://events.onamaapu.example.com/v2/batch",
                query={"key": "om_" + app.key("onamaapu")}, body=evs, gz=True,
                headers={"User-Agent": "OnamaapuTelemetry/7.4.1"})


def ir_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """An Iranlowodesk message: signed in, the user JWT the app's server signed rides in a JSON
    field (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    person: dict[str, Any] = {"visitor_id": L(sdk_id(app, "iranlowodesk"), DID)}
    if user:
        person["user_jwt"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                  "name": L(NAME, NAMEC), "iat": 1765355702},
                                 "body", "person.user_jwt", acc)
    body: dict[str, Any] = {"widget": app.key("iranlowodesk"), "person": person,
                            "message": text, "client_msg_id": rid(rng), "custom": attrs,
                            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                       "app_version": app.ver}}
    return add(case(f"{app.fam}-iranlowodesk", f"{IR}/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ir_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "irc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-iranlowodesk", f"{IR}/v1/conversations/{conv}/uploads",
                     [("upload", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Iranlowo-Visitor": L(sdk_id(app, "iranlowodesk"), DID),
                              "X-Iranlowo-Session": L(opaque(rng, "irs_", 40), CRED)})


__all__ = ["ay_eval", "if_check", "if_save", "ik_opened", "ik_register", "ir_attach",
           "ir_message", "om_geocode", "om_reverse", "om_route", "om_telemetry", "sw_bank",
           "sw_card", "sw_charge"]
