"""Service SDKs of the hundred-and-seventeenth set, built once and called by every app with its
own choices: feature flags "Flagjuniper", push "Pingsaxaul", consent "Consentarcha", payments
"Tulparpay", maps "Mapmanas" and support chat "Helpkalpak" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, enc, multipart, push_token, tok
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families117_kit import (
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    KG_ACCOUNT,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    UID,
    USAGE,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, W, case

FJ = "https://sdk.flagjuniper.example.com"
PS = "https://api.pingsaxaul.example.net"
CA = "https://consent.consentarcha.example.org"
TP = "https://api.tulparpay.example.com"
MM = "https://api.mapmanas.example.com"
HK = "https://widget.helpkalpak.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fj_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, user: bool = True,
            get: bool = False) -> Case:
    """Flagjuniper's evaluation: the context key the user ID (the install ID signed out);
    ``get`` sends the context as base64url JSON in the query of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID) if user else L(INSTALL_ID, DID),
                           "anonymous": not user,
                           "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                      **attrs}}
    h = {"User-Agent": "FlagjuniperAndroid/2.9.0",
         "Authorization": "fj-mob-" + app.key("flagjuniper")}
    if get:
        acc: Acc = {}
        c = enc(ctx, "query", "ctx", "b64url", acc)
        return add(case(f"{app.fam}-flagjuniper", f"{FJ}/v1/flags", query={"ctx": c},
                        headers=h), acc)
    return case(f"{app.fam}-flagjuniper", f"{FJ}/v1/flags", body={"context": ctx}, headers=h)


def ps_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "ru",
                tz: str = "Asia/Bishkek") -> Case:
    """Pingsaxaul's subscription (JSON): the FCM token, its device ID, language, zone, carrier,
    the external user ID, tags and (``at``) a position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_key": app.key("pingsaxaul"),
                            "subscriber": L(sdk_id(app, "pingsaxaul"), DID),
                            "fcm_token": L(push_token(rng), DID), "lang": L(lang, DEV),
                            "tz": L(tz, DEV), "device": L("Pixel 8 / Android 14", DEV),
                            "carrier": L("Example Mobile", CARRIER),
                            "external_id": L(USER_ID, UID), "tags": tags or {}}
    if at is not None:
        body["geo"] = {"lat": L(round(at[0], nd), _cat(nd)), "lng": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingsaxaul", f"{PS}/v2/subscribers", body=body,
                headers={"User-Agent": L("Pingsaxaul/5.2 (Android 14; Pixel 8)", DEV)})


def ps_opened(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (a form): the subscriber and the campaign (``behavior.usage``)."""
    return case(f"{app.fam}-pingsaxaul", f"{PS}/v2/opens", fmt="form", body={
        "app_key": app.key("pingsaxaul"), "subscriber": L(sdk_id(app, "pingsaxaul"), DID),
        "campaign": L(campaign, USAGE), "msg": opaque(rng, "m_", 12)})


def ca_save(app: App, rng: random.Random, purposes: dict[str, bool], *,
            country: str = "KG") -> Case:
    """Consentarcha's record: the visitor ID, the choices, the IP's country; the last state in a
    base64 JSON cookie."""
    vid = L(sdk_id(app, "consentarcha"), DID)
    return case(f"{app.fam}-consentarcha", f"{CA}/v1/records", body={
        "property": app.key("consentarcha"), "visitor": vid, "purposes": purposes,
        "version": 7, "country": L(country, COARSE), "account": L(USER_ID, UID)},
        cookies={"ca_state": W({"vid": L(sdk_id(app, "consentarcha"), DID), "p": purposes},
                               "b64json")},
        headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _tph(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Tulparpay-Android/2.6.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _fp(app: App) -> dict[str, Any]:
    return {"fingerprint": L(sdk_id(app, "tulparpay"), DID)}


def tp_card(app: App, rng: random.Random, *, email: bool = True) -> Case:
    """Tulparpay's card token (a form, bracketed keys): card data, holder and fingerprint."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp]": L("/".join(CARD2_EXP),
                                                                          PAY),
                            "card[cvc]": L(CARD2_CVC, PAY), "card[holder]": L(NAME, NAMEC),
                            **_fp(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-tulparpay", f"{TP}/v1/tokens", fmt="form", body=body,
                headers=_tph(rng))


def tp_charge(app: App, rng: random.Random, amount: str, ref: Any, currency: str = "KGS") -> Case:
    """A charge (JSON): the token, the amount and the merchant's order reference."""
    return case(f"{app.fam}-tulparpay", f"{TP}/v1/charges", body={
        "source": L(opaque(rng, "tok_", 24), PAY), "amount": L(amount, BUY),
        "currency": currency, "reference": ref, "capture": True, **_fp(app)},
        headers=_tph(rng))


def tp_payout(app: App, rng: random.Random) -> Case:
    """Her payout account (a form): the Kyrgyz account number and the holder."""
    return case(f"{app.fam}-tulparpay", f"{TP}/v1/payout_accounts", fmt="form", body={
        "account[number]": L(KG_ACCOUNT, PAY), "account[bank]": "KG-BANK-124",
        "account[holder]": L(NAME, NAMEC), "account[currency]": "KGS", **_fp(app)},
        headers=_tph(rng))


def _mmh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapmanas/7.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mm_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text; ``near`` a ``lat,lon`` bias (whose decides)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L("ru", DEV),
                         "key": "mm_" + app.key("mapmanas")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapmanas", f"{MM}/v2/geocode", query=q, headers=_mmh(app))


def mm_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a ``lat,lon`` path segment (whose point it is decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapmanas", f"{MM}/v2/reverse/{seg}",
             query={"key": "mm_" + app.key("mapmanas")}, headers=_mmh(app))
    return at_path(c, seg, cat) if cat else c


def mm_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): each stop labelled by whose place it is."""
    pts = [{"lat": L(la, c) if c else la, "lon": L(lo, c) if c else lo} for (la, lo), c in stops]
    return case(f"{app.fam}-mapmanas", f"{MM}/v2/route", body={
        "points": pts, "profile": mode, "locale": L("ru-KG", DEV)},
        query={"key": "mm_" + app.key("mapmanas")}, headers=_mmh(app))


def hk_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helpkalpak message: the identity JWT the app's server signed rides in a JSON field
    (a credential; its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    ident = tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                 "iat": 1752905100}, "body", "user.jwt", acc)
    body = {"widget": app.key("helpkalpak"),
            "user": {"visitor": L(sdk_id(app, "helpkalpak"), DID), "jwt": ident},
            "message": {"text": text, "client_ref": rid(rng)}, "custom": attrs,
            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV), "app": app.ver}}
    return add(case(f"{app.fam}-helpkalpak", f"{HK}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hk_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hkc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpkalpak", f"{HK}/api/v1/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_ref": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpkalpak-Visitor": L(sdk_id(app, "helpkalpak"), DID),
                              "X-Helpkalpak-Token": L(opaque(rng, "hks_", 40), CRED)})


__all__ = ["ca_save", "fj_eval", "hk_attach", "hk_message", "mm_reverse", "mm_route",
           "mm_search", "ps_opened", "ps_register", "tp_card", "tp_charge", "tp_payout"]
