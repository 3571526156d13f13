"""Service SDKs of the hundred-and-twenty-third set, built once and called by every app with its
own choices: feature flags "Batanvali", push "Ghantanaad", consent "Sammatika", payments with
UPI "Paisapeth", maps "Nakashix" and support chat "Madatdesk" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, Acc, add, multipart, push_token, tok
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families123_kit import BANK_ACCT, IFSC, UPI_VPA
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

# Category ids (TAXONOMY.md), as the earlier kits name them.
CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

BV = "https://flags.batanvali.example.com"
GN = "https://api.ghantanaad.example.net"
SM = "https://consent.sammatika.example.org"
PP = "https://api.paisapeth.example.com"
NX = "https://maps.nakashix.example.com"
MD = "https://widget.madatdesk.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def bv_eval(app: App, rng: random.Random, custom: dict[str, Any], *, user: bool = True,
            hdr: bool = False) -> Case:
    """Batanvali's evaluation: the user key is the user ID (the install ID signed out); ``hdr``
    sends the user as base64 JSON in a request header of a GET."""
    u: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                         "anonymous": not user,
                         "custom": {"appVersion": app.ver, "osVersion": L("Android 14", DEV),
                                    "device": L("Pixel 8", DEV), **custom}}
    h: dict[str, Any] = {"User-Agent": "BatanvaliAndroid/4.0.2",
                         "Authorization": "mob-" + app.key("batanvali")}
    if hdr:
        h["X-Batanvali-User"] = W(u, "b64json")
        return case(f"{app.fam}-batanvali", f"{BV}/msdk/evalx/user", headers=h)
    return case(f"{app.fam}-batanvali", f"{BV}/msdk/evalx/user", body={"user": u}, headers=h)


def gn_register(app: App, rng: random.Random, *, user: bool = True,
                tags: dict[str, Any] | None = None, at: Pt | None = None, nd: int = 2,
                tz: str = "Asia/Kolkata", lang: str = "en") -> Case:
    """Ghantanaad's player record (JSON): the FCM token, the SDK's device ID, the device, the
    carrier, tags and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("ghantanaad"), "identifier": L(push_token(rng), DID),
                            "device_type": 1, "gn_device_id": L(sdk_id(app, "ghantanaad"), DID),
                            "language": L(lang, DEV), "timezone_id": L(tz, DEV),
                            "device_model": L("Pixel 8", DEV), "device_os": L("14", DEV),
                            "carrier": L("Example Mobile", CARRIER), "game_version": app.ver,
                            "tags": tags or {}}
    if user:
        body["external_user_id"] = L(USER_ID, UID)
    if at is not None:
        body["lat"], body["long"] = L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))
    return case(f"{app.fam}-ghantanaad", f"{GN}/v1/players", body=body,
                headers={"User-Agent": L("Ghantanaad-Android/5.1.9 (Pixel 8; Android 14)", DEV)})


def sm_save(app: App, rng: random.Random, purposes: dict[str, bool], *, user: bool = False,
            region: str = "MH") -> Case:
    """Sammatika's consent record (its visitor ID the device's; country and state from the IP)
    with the previous state in a base64 JSON cookie."""
    vid = sdk_id(app, "sammatika")
    body: dict[str, Any] = {"property": app.key("sammatika"), "visitor_id": L(vid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "country": L("IN", COARSE), "state": L(region, COARSE),
                            "user_agent": L(app.ua, DEV), "lang": L("en-IN", DEV)}
    if user:
        body["account_ref"] = L(USER_ID, UID)
    return case(f"{app.fam}-sammatika", f"{SM}/v3/consent", body=body,
                cookies={"smt_state": W({"vid": L(vid, DID), "p": {"analytics": True},
                                         "v": 6}, "b64json")},
                headers={"User-Agent": L(app.ua, DEV)})


def sm_banner(app: App, rng: random.Random) -> Case:
    """The web view's banner check (GET): the visitor ID in the query."""
    return case(f"{app.fam}-sammatika", f"{SM}/v3/banner", query={
        "property": app.key("sammatika"), "vid": L(sdk_id(app, "sammatika"), DID),
        "lang": L("en-IN", DEV), "layout": "bottom"}, headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pph(app: App, rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paisapeth-Android/3.3.0", "X-Idempotency-Key": rid(rng),
            "Authorization": "Basic " + opaque(rng, "", 32),
            "X-Paisapeth-Device": L(sdk_id(app, "paisapeth"), DID)}


def pp_upi(app: App, rng: random.Random, amount: str, note: str, *, prefill: bool = True) -> Case:
    """A UPI collect request (a form with bracketed keys): her VPA, the amount, the order and
    (``prefill``) her e-mail and phone."""
    body: dict[str, Any] = {"amount": L(amount, BUY), "currency": "INR", "method": "upi",
                            "upi[vpa]": L(UPI_VPA, PAY), "upi[flow]": "collect",
                            "order_id": opaque(rng, "order_", 14), "description": note}
    if prefill:
        body["customer[email]"] = L(EMAIL, MAIL)
        body["customer[contact]"] = L(E164, TEL)
    return case(f"{app.fam}-paisapeth", f"{PP}/v1/payments/create/upi", fmt="form", body=body,
                headers=_pph(app, rng))


def pp_card(app: App, rng: random.Random, amount: str) -> Case:
    """A card payment (bracketed form keys): card data, the holder and the amount."""
    return case(f"{app.fam}-paisapeth", f"{PP}/v1/payments/create/card", fmt="form", body={
        "amount": L(amount, BUY), "currency": "INR", "card[number]": L(CARD2, PAY),
        "card[expiry_month]": L(CARD2_EXP[0], PAY), "card[expiry_year]": L(CARD2_EXP[1], PAY),
        "card[cvv]": L(CARD2_CVC, PAY), "card[name]": L(NAME, NAMEC),
        "order_id": opaque(rng, "order_", 14), "save": "0"}, headers=_pph(app, rng))


def pp_mandate(app: App, rng: random.Random, max_amount: str) -> Case:
    """An e-NACH mandate (bracketed form keys): her bank account, IFSC, name and the ceiling."""
    return case(f"{app.fam}-paisapeth", f"{PP}/v1/mandates", fmt="form", body={
        "bank_account[account_number]": L(BANK_ACCT, PAY), "bank_account[ifsc]": L(IFSC, PAY),
        "bank_account[name]": L(NAME, NAMEC), "bank_account[type]": "savings",
        "max_amount": L(max_amount, BUY), "frequency": "monthly", "auth_type": "netbanking",
        "customer[contact]": L(E164, TEL)}, headers=_pph(app, rng))


def _nxh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Nakashix/7.4.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def nx_autocomplete(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
                    nd: int = 3) -> Case:
    """Place autocomplete (GET): the typed ``input`` (labelled ``cat``) biased by ``location``
    ``lat,lon`` at ``nd`` decimals (whose point it is decides its label)."""
    q: dict[str, Any] = {"input": L(text, cat), "components": "country:in",
                         "session": opaque(rng, "", 16), "key": "nx_" + app.key("nakashix")}
    if near is not None:
        q["location"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-nakashix", f"{NX}/v2/autocomplete", query=q, headers=_nxh(app))


def nx_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-nakashix", f"{NX}/v2/reverse/{seg}",
             query={"result_type": "street_address", "key": "nx_" + app.key("nakashix")},
             headers=_nxh(app))
    return at_path(c, seg, cat) if cat else c


def nx_route(app: App, rng: random.Random, origin: tuple[Pt, str | None],
             dest: tuple[Pt, str | None], mode: str = "two_wheeler") -> Case:
    """Directions (JSON): origin and destination labelled by whose place each one is."""
    def pt(p: Pt, cat: str | None) -> dict[str, Any]:
        return {"lat": L(p[0], cat) if cat else p[0], "lng": L(p[1], cat) if cat else p[1]}
    return case(f"{app.fam}-nakashix", f"{NX}/v2/directions", body={
        "origin": pt(*origin), "destination": pt(*dest), "mode": mode, "alternatives": True,
        "language": L("en-IN", DEV)}, query={"key": "nx_" + app.key("nakashix")},
        headers=_nxh(app))


def nx_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "nakashix"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map_load", USAGE), "t": "2025-12-13T08:12:40.118Z", "dev": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "battery": L(57, DEV)}]
    evs += [{"ev": L("fix", USAGE), "t": f"2025-12-13T08:13:0{i}.510Z", "dev": did,
             "lat": L(la, cat), "lng": L(lo, cat), "acc": 5.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-nakashix", "https://events.nakashix.example.com/v1/batch",
                query={"key": "nx_" + app.key("nakashix")}, body=evs, gz=True,
                headers={"User-Agent": "NakashixTelemetry/7.4.1"})


def md_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any], *,
               user: bool = True) -> Case:
    """A Madatdesk message: signed in, the identity JWT the app's server signed rides in a
    header (a credential: it lets its bearer act as her in the widget; claims labelled)."""
    acc: Acc = {}
    h: dict[str, Any] = {"User-Agent": L(app.ua, DEV),
                         "X-Madatdesk-Visitor": L(sdk_id(app, "madatdesk"), DID)}
    if user:
        h["X-Madatdesk-Identity"] = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                         "name": L(NAME, NAMEC), "iat": 1765612900},
                                        "header", "x-madatdesk-identity", acc)
    body: dict[str, Any] = {"widget_id": app.key("madatdesk"), "body": text,
                            "client_msg_id": rid(rng), "custom_fields": attrs,
                            "platform": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                         "app": app.ver}}
    return add(case(f"{app.fam}-madatdesk", f"{MD}/v1/messages", body=body, headers=h), acc)


def md_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session header a credential)."""
    conv = "mdc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-madatdesk", f"{MD}/v1/conversations/{conv}/attachments",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Madatdesk-Visitor": L(sdk_id(app, "madatdesk"), DID),
                              "X-Madatdesk-Session": L(opaque(rng, "mds_", 40), CRED)})


__all__ = ["bv_eval", "gn_register", "md_attach", "md_message", "nx_autocomplete", "nx_reverse",
           "nx_route", "nx_telemetry", "pp_card", "pp_mandate", "pp_upi", "sm_banner", "sm_save"]
