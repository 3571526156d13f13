"""Service SDKs of the hundred-and-sixth set, built once and called by every app with its own
choices: feature flags "Flipkestrel", push "Chimewade", consent "Agreeholm", payments "Tillbrae",
maps "Gridmoth" and support chat "Parleybird" (fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY = "financial.purchase"

FK = "https://flags.flipkestrel.example.com"
CW = "https://api.chimewade.example.net"
AH = "https://consent.agreeholm.example.org"
TB = "https://api.tillbrae.example.com"
GM = "https://maps.gridmoth.example.net"
PB = "https://widget.parleybird.example.com"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fk_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Flipkestrel's evaluation: the user ID as the key; ``hdr`` sends the context as base64 JSON
    in a header of a GET."""
    ctx = {"key": L(USER_ID, UID), "device": L(INSTALL_ID, DID),
           "custom": {"app": app.ver, "platform": L("android-14", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "FlipkestrelSDK/3.0.7", "X-Env-Key": app.key("flipkestrel")}
    if hdr:
        h["X-Fk-Context"] = W(ctx, "b64json")
        return case(f"{app.fam}-flipkestrel", f"{FK}/v1/flags", headers=h)
    return case(f"{app.fam}-flipkestrel", f"{FK}/v1/evaluate", body={"user": ctx}, headers=h)


def cw_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "ku") -> Case:
    """Chimewade's device record (JSON): the FCM token, the SDK device ID, the user, tags."""
    body: dict[str, Any] = {"app": app.key("chimewade"), "push_token": L(push_token(rng), DID),
                            "cw_device": L(sdk_id(app, "chimewade"), DID),
                            "external_user": L(USER_ID, UID), "lang": L(lang, DEV),
                            "tz": L("Asia/Baghdad", DEV), "device": L("Pixel 8", DEV),
                            "carrier": L("Example Mobile", CARRIER), "tags": tags or {}}
    if at is not None:
        body["geo"] = {"lat": L(round(at[0], nd), _cat(nd)), "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-chimewade", f"{CW}/v2/subscriptions", body=body,
                headers={"User-Agent": L("Chimewade/5.3 (Android 14; Pixel 8)", DEV)})


def cw_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (form): the SDK device ID and the campaign (a negative)."""
    return case(f"{app.fam}-chimewade", f"{CW}/v2/opens", fmt="form", body={
        "cw_device": L(sdk_id(app, "chimewade"), DID), "campaign": campaign,
        "action": L("open", USAGE), "app": app.key("chimewade")})


def ah_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Agreeholm's consent record; the previous receipt a signed cookie that opens nothing."""
    vid = sdk_id(app, "agreeholm")
    acc: Acc = {}
    ck = {"ah_receipt": sjwt({"sub": L(vid, DID), "p": sorted(k for k, v in purposes.items() if v),
                              "iat": 1765390000}, "cookie", "ah_receipt", acc)}
    return add(case(f"{app.fam}-agreeholm", f"{AH}/v1/records", body={
        "property": app.key("agreeholm"), "visitor": L(vid, DID), "purposes": purposes,
        "country": L("IQ", COARSE), "ua": L(app.ua, DEV), "version": 7}, cookies=ck,
        headers={"User-Agent": L(app.ua, DEV)}), acc)


def ah_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-agreeholm", f"{AH}/v1/status", query={"property": app.key("agreeholm")},
                cookies={"ah_state": W({"vid": L(sdk_id(app, "agreeholm"), DID),
                                        "p": purposes}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tbh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tillbrae-Android/2.8.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer tb_pk_live_" + opaque(rng, "", 22)}


def tb_card(app: App, rng: random.Random, *, email: bool = True) -> Case:
    """Tillbrae's card token (form, bracketed keys): card, holder, the SDK fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC),
                            "fingerprint": L(sdk_id(app, "tillbrae"), DID)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tillbrae", f"{TB}/v1/tokens", fmt="form", body=body, headers=_tbh(rng))


def tb_charge(app: App, rng: random.Random, amount: str, currency: str = "iqd") -> Case:
    """Confirming a charge (form): the client secret, the method, the amount."""
    ch = opaque(rng, "ch_", 20)
    return case(f"{app.fam}-tillbrae", f"{TB}/v1/charges/{ch}/confirm", fmt="form", body={
        "client_secret": L(opaque(rng, f"{ch}_secret_", 20), CRED),
        "method": L(opaque(rng, "pm_", 20), PAY), "amount": L(amount, BUY),
        "currency": currency, "fingerprint": L(sdk_id(app, "tillbrae"), DID)}, headers=_tbh(rng))


def _gmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Gridmoth/6.4 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def gm_search(app: App, rng: random.Random, text: str, cat: str, *, focus: Pt | None = None,
              nd: int = 3) -> Case:
    """Geocoding (GET): the typed text (labelled ``cat``), a ``near`` point at ``nd`` decimals."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L("ku", DEV),
                         "key": app.key("gridmoth")}
    if focus is not None:
        q["near"] = L(f"{focus[0]:.{nd}f},{focus[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-gridmoth", f"{GM}/geocode/v2/search", query=q, headers=_gmh(app))


def gm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a ``lat,lon`` path segment (whose point decides the label)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-gridmoth", f"{GM}/geocode/v2/reverse/{seg}",
             query={"key": app.key("gridmoth")}, headers=_gmh(app))
    return at_path(c, seg, cat) if cat else c


def gm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]]) -> Case:
    """Directions (JSON): each stop labelled by whose place it is."""
    wps = [{"lat": L(a, c) if c else a, "lon": L(b, c) if c else b} for (a, b), c in stops]
    return case(f"{app.fam}-gridmoth", f"{GM}/route/v1", query={"key": app.key("gridmoth")},
                body={"waypoints": wps, "profile": "car", "lang": L("en-US", DEV)},
                headers=_gmh(app))


def gm_telemetry(app: App, rng: random.Random, fixes: list[Pt]) -> Case:
    """Map telemetry (a gzip JSON array): a map load, then her last fixes."""
    did = L(sdk_id(app, "gridmoth"), DID)
    evs: list[dict[str, Any]] = [{"ev": L("map.load", USAGE), "dev": did,
                                  "model": L("Pixel 8", DEV), "style": "streets-ku"}]
    evs += [{"ev": L("loc", USAGE), "dev": did, "lat": L(a, PRECISE), "lon": L(b, PRECISE),
             "hacc": 8.0} for a, b in fixes]
    return case(f"{app.fam}-gridmoth", "https://t.gridmoth.example.net/v1/events",
                query={"key": app.key("gridmoth")}, body=evs, gz=True,
                headers={"User-Agent": "GridmothTelemetry/6.4"})


def pb_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Parleybird message: the identity JWT (user ID, e-mail, name) in a JSON field."""
    acc: Acc = {}
    contact = {"visitor_id": L(sdk_id(app, "parleybird"), DID),
               "jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                           "name": L(NAME, NAMEC), "iat": 1765401200}, "body", "contact.jwt", acc)}
    body = {"inbox": app.key("parleybird"), "contact": contact, "content": text,
            "custom_attributes": attrs, "echo_id": rid(rng),
            "device": {"os": L("Android 14", DEV), "app": app.ver}}
    return add(case(f"{app.fam}-parleybird", f"{PB}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pb_attach(app: App, rng: random.Random, media: L, name: str, ctype: str) -> Case:
    """A file attached to the conversation (the widget's session a credential)."""
    conv = opaque(rng, "cv", 10)
    return multipart(f"{app.fam}-parleybird", f"{PB}/api/v1/conversations/{conv}/attachments",
                     [("attachment", name, ctype, media),
                      ("meta", None, "application/json", {"echo_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Pb-Session": L(opaque(rng, "pbs_", 36), CRED)})


__all__ = ["ah_check", "ah_save", "cw_opened", "cw_register", "fk_eval", "gm_reverse",
           "gm_route", "gm_search", "gm_telemetry", "pb_attach", "pb_message", "tb_card",
           "tb_charge"]
