"""Service SDKs of the ninety-second set, built once and called by every app with its own
choices: feature flags "Prepinac", push "Hlasnik", consent "Suhlasko", payments "Platidlo", maps
"Chodnicek" and support chat "Pomocnik" (fictional vendors, hosts under example.*)."""

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
IBAN = "SK3111000000002947183605"  # her Slovak salary account (financial.payment)

PR = "https://flags.prepinac.example.com"
HL = "https://api.hlasnik.example.net"
SU = "https://cmp.suhlasko.example.org"
PD = "https://api.platidlo.example.com"
CH = "https://api.chodnicek.example.com"
PM = "https://widget.pomocnik.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def pr_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Prepinac's evaluation: the context key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID), "device": L(INSTALL_ID, DID),
                           "custom": {"appVersion": app.ver, "os": L("Android 14", DEV),
                                      **attrs}}
    h: dict[str, Any] = {"User-Agent": "PrepinacAndroid/2.0.7",
                         "Authorization": "mob-" + app.key("prepinac")}
    url = f"{PR}/api/v1/flags"
    if hdr:
        h["X-Prepinac-User"] = W(ctx, "b64json")
        return case(f"{app.fam}-prepinac", url, headers=h)
    return case(f"{app.fam}-prepinac", url, body={"user": ctx}, headers=h)


def hl_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "en",
                tz: str = "Europe/Bratislava") -> Case:
    """Hlasnik's device record (JSON): the FCM token, its device ID, device, carrier, tags."""
    body: dict[str, Any] = {"app_key": app.key("hlasnik"),
                            "hid": L(sdk_id(app, "hlasnik"), DID),
                            "push_token": L(push_token(rng), DID), "provider": "fcm",
                            "lang": L(lang, DEV), "tz": L(tz, DEV), "model": L("Pixel 8", DEV),
                            "carrier": L("Example Mobile", CARRIER), "user": L(USER_ID, UID),
                            "tags": tags or {}}
    if at is not None:
        body["last_loc"] = [L(round(at[0], nd), _cat(nd)), L(round(at[1], nd), _cat(nd))]
    return case(f"{app.fam}-hlasnik", f"{HL}/v2/subscribers", body=body,
                headers={"User-Agent": L("Hlasnik/4.2 (Android 14; Pixel 8)", DEV)})


def su_save(app: App, rng: random.Random, purposes: dict[str, bool], *, country: str = "SK",
            region: str = "BL") -> Case:
    """Suhlasko's consent record with the previous signed receipt (a JWT that opens nothing)."""
    vid = sdk_id(app, "suhlasko")
    body = {"property": app.key("suhlasko"), "visitor_id": L(vid, DID), "purposes": purposes,
            "version": 7, "geo": {"country": L(country, COARSE), "region": L(region, COARSE)},
            "ua": L(app.ua, DEV), "ts": 1765390833190}
    acc: Acc = {}
    cookies = {"su_rcpt": sjwt({"iss": "suhlasko", "sub": L(vid, DID),
                                "granted": sorted(p for p, v in purposes.items() if v),
                                "iat": 1765300000}, "cookie", "su_rcpt", acc)}
    return add(case(f"{app.fam}-suhlasko", f"{SU}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def su_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-suhlasko", f"{SU}/v1/state",
                query={"property": app.key("suhlasko"), "hl": L("sk", DEV)},
                cookies={"su_state": W({"vid": L(sdk_id(app, "suhlasko"), DID),
                                        "p": purposes}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pdh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Platidlo-Android/3.3.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_fp": L(sdk_id(app, "platidlo-d"), DID), "sess": sdk_id(app, "platidlo-s")}


def pd_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Platidlo's card token (a form with bracketed keys)."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-platidlo", f"{PD}/v1/tokens", fmt="form", body=body,
                headers=_pdh(rng))


def pd_pay(app: App, rng: random.Random, amount: str, currency: str = "eur") -> Case:
    """Confirming a payment (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pay_", 20)
    return case(f"{app.fam}-platidlo", f"{PD}/v1/payments/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_cs_", 24), CRED),
                      "method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pdh(rng))


def pd_iban(app: App, rng: random.Random) -> Case:
    """A SEPA account for payouts (a form): the IBAN and the holder."""
    return case(f"{app.fam}-platidlo", f"{PD}/v1/sepa_accounts", fmt="form", body={
        "sepa[iban]": L(IBAN, PAY), "sepa[holder]": L(NAME, NAMEC), "sepa[country]": "SK",
        **_pids(app)}, headers=_pdh(rng))


def _chh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"ChodnicekSDK/5.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def ch_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3, lang: str = "sk") -> Case:
    """Forward geocoding (GET): the typed text in ``q``, biased by ``near`` (``lat,lon``)."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L(lang, DEV),
                         "key": "ch_" + app.key("chodnicek")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-chodnicek", f"{CH}/v1/geocode", query=q, headers=_chh(app))


def ch_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-chodnicek", f"{CH}/v1/reverse/{seg}",
             query={"key": "ch_" + app.key("chodnicek")}, headers=_chh(app))
    return at_path(c, seg, cat) if cat else c


def ch_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``points[i]`` as ``[lat, lon]`` labelled by whose place each is."""
    pts = [[L(la, c), L(lo, c)] if c else [la, lo] for (la, lo), c in stops]
    return case(f"{app.fam}-chodnicek", f"{CH}/v1/route", body={
        "points": pts, "profile": mode, "units": "metric", "lang": L("en-US", DEV)},
        query={"key": "ch_" + app.key("chodnicek")}, headers=_chh(app))


def ch_tiles(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a style load, then the last fixes."""
    did = L(sdk_id(app, "chodnicek"), DID)
    evs: list[dict[str, Any]] = [{"ev": L("style_loaded", USAGE), "dev": did,
                                  "model": L("Pixel 8", DEV), "ts": 1765391000}]
    evs += [{"ev": L("fix", USAGE), "dev": did, "lat": L(la, cat), "lng": L(lo, cat),
             "ts": 1765391010 + i} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-chodnicek", "https://t.chodnicek.example.com/v1/telemetry",
                query={"key": "ch_" + app.key("chodnicek")}, body=evs, gz=True,
                headers={"User-Agent": "ChodnicekTelemetry/5.1"})


def pm_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Pomocnik message with the identity JWT the app's server signed (a credential; its
    claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    contact = {"id": L(sdk_id(app, "pomocnik"), DID),
               "user_hash": tok({"uid": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                                 "name": L(NAME, NAMEC), "iat": 1765390702},
                                "body", "contact.user_hash", acc)}
    body = {"inbox": app.key("pomocnik"), "contact": contact, "content": text,
            "echo_id": rid(rng), "custom_attributes": attrs,
            "device": {"os": L("Android 14", DEV), "app": app.ver}}
    return add(case(f"{app.fam}-pomocnik", f"{PM}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def pm_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "pmc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-pomocnik", f"{PM}/api/v1/conversations/{conv}/attachments",
                     [("attachment", filename, ctype, media),
                      ("meta", None, "application/json", {"echo_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Pomocnik-Contact": L(sdk_id(app, "pomocnik"), DID),
                              "X-Pomocnik-Session": L(opaque(rng, "pms_", 40), CRED)})


__all__ = ["IBAN", "ch_geocode", "ch_reverse", "ch_route", "ch_tiles", "hl_register",
           "pd_card", "pd_iban", "pd_pay", "pm_attach", "pm_message", "pr_eval", "su_check",
           "su_save"]
