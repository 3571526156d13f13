"""Service SDKs of the hundred-and-thirty-sixth set, built once and called by every app with its
own choices: feature flags "Flagrusizi", push "Pingkarera", consent "Consentkibira", payments
"Paygitega", maps "Mapkagera" and support chat "Helprusumo" (fictional vendors, hosts under
example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families136_kit import BI_ACCOUNT
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

FR = "https://flags.flagrusizi.example.net"
PK = "https://api.pingkarera.example.com"
CK = "https://cmp.consentkibira.example.org"
PG = "https://api.paygitega.example.com"
MK = "https://api.mapkagera.example.net"
HR = "https://chat.helprusumo.example.org"
TZ = "Africa/Bujumbura"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def fr_eval(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Flagrusizi's evaluation: the context key is the user ID; ``hdr`` sends the context as
    base64 JSON in a header of a GET."""
    ctx: dict[str, Any] = {"key": L(USER_ID, UID),
                           "custom": {"appVersion": app.ver, "os": L("android 14", DEV),
                                      "model": L("Pixel 8", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "flagrusizi-android/1.4.2",
                         "X-Flagrusizi-Sdk-Key": "sdk_" + app.key("flagrusizi")}
    if hdr:
        h["X-Flagrusizi-User"] = W(ctx, "b64json")
        return case(f"{app.fam}-flagrusizi", f"{FR}/sdk/v2/flags", headers=h)
    return case(f"{app.fam}-flagrusizi", f"{FR}/sdk/v2/evaluate", body=ctx, headers=h)


def pk_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "fr") -> Case:
    """Pingkarera's device record (JSON, snake_case): the FCM token, the SDK's device ID, the
    device, the carrier, segments and (``at``) the last known position at ``nd`` decimals."""
    body: dict[str, Any] = {"app_id": app.key("pingkarera"),
                            "device_id": L(sdk_id(app, "pingkarera"), DID),
                            "push_token": L(push_token(rng), DID), "lang": L(lang, DEV),
                            "tz": L(TZ, DEV), "model": L("Pixel 8", DEV),
                            "os_ver": L("14", DEV), "carrier": L("Example Mobile", CARRIER),
                            "app_ver": app.ver, "external_id": L(USER_ID, UID),
                            "segments": tags or {}}
    if at is not None:
        body["location"] = {"lat": L(round(at[0], nd), _cat(nd)),
                            "lon": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-pingkarera", f"{PK}/v2/devices", body=body,
                headers={"User-Agent": L("Pingkarera/3.0.4 (Android 14; Pixel 8)", DEV)})


def ck_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Consentkibira's record (its visitor ID the device's; the country from the IP) with the
    previous signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "consentkibira")
    body: dict[str, Any] = {"site": app.key("consentkibira"), "visitor": L(vid, DID),
                            "choices": purposes, "policyVersion": 5, "geo": L("BI", COARSE),
                            "ua": L(app.ua, DEV), "accountId": L(USER_ID, UID),
                            "ts": 1765322210117}
    acc: Acc = {}
    cookies = {"ck_receipt": sjwt({"iss": "consentkibira", "sub": L(vid, DID),
                                   "ok": sorted(p for p, v in purposes.items() if v),
                                   "iat": 1765210400}, "cookie", "ck_receipt", acc)}
    return add(case(f"{app.fam}-consentkibira", f"{CK}/v2/consents", body=body,
                    cookies=cookies, headers={"User-Agent": L(app.ua, DEV)}), acc)


def ck_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's check: a base64 JSON cookie with the visitor ID and choices."""
    return case(f"{app.fam}-consentkibira", f"{CK}/v2/status",
                query={"site": app.key("consentkibira"), "lang": L("fr", DEV)},
                cookies={"ck_state": W({"visitor": L(sdk_id(app, "consentkibira"), DID),
                                        "c": purposes, "v": 5}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pgh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paygitega-Android/1.12.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def _pids(app: App) -> dict[str, Any]:
    return {"device_fingerprint": L(sdk_id(app, "paygitega-d"), DID),
            "sdk_session": sdk_id(app, "paygitega-s")}


def pg_card(app: App, rng: random.Random, *, email: bool = False) -> Case:
    """Paygitega's card token (a form, bracketed keys): card data, holder, the device ref."""
    body: dict[str, Any] = {"card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
                            "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
                            "card[name]": L(NAME, NAMEC), "card[address_country]": L("BI", COARSE),
                            **_pids(app)}
    if email:
        body["receipt_email"] = L(EMAIL, MAIL)
    return case(f"{app.fam}-paygitega", f"{PG}/v1/card_tokens", fmt="form", body=body,
                headers=_pgh(rng))


def pg_confirm(app: App, rng: random.Random, amount: str, currency: str = "bif") -> Case:
    """Confirming a payment intent (a form): the client secret, the method and the amount."""
    pi = opaque(rng, "pi_", 24)
    return case(f"{app.fam}-paygitega", f"{PG}/v1/payment_intents/{pi}/confirm", fmt="form",
                body={"client_secret": L(opaque(rng, f"{pi}_secret_", 24), CRED),
                      "payment_method": L(opaque(rng, "pm_", 24), PAY),
                      "amount": L(amount, BUY), "currency": currency, **_pids(app)},
                headers=_pgh(rng))


def pg_wallet(app: App, rng: random.Random, amount: str, msisdn: Any, *,
              bank: bool = False) -> Case:
    """A mobile-money collection or payout (JSON): the wallet's number, the amount."""
    body: dict[str, Any] = {"wallet": {"msisdn": msisdn, "network": "bi_mmoney"},
                            "amount": L(amount, BUY), "currency": "BIF",
                            "reference": rid(rng), **_pids(app)}
    if bank:
        body["settle_to"] = {"bank_account": L(BI_ACCOUNT, PAY)}
    return case(f"{app.fam}-paygitega", f"{PG}/v1/mobile_money/charges", body=body,
                headers=_pgh(rng))


def _mkh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Mapkagera/2.9.1 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def mk_geocode(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
               nd: int = 3) -> Case:
    """Forward geocoding (GET): the typed text in ``text`` (labelled ``cat``), biased by
    ``focus`` ``lat,lon`` at ``nd`` decimals (whose point it is decides the label)."""
    q: dict[str, Any] = {"text": L(text, cat), "size": "5", "lang": L("fr", DEV),
                         "api_key": "mk_" + app.key("mapkagera")}
    if near is not None:
        q["focus"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-mapkagera", f"{MK}/v1/search", query=q, headers=_mkh(app))


def mk_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-mapkagera", f"{MK}/v1/reverse/{seg}",
             query={"layers": "address,locality", "api_key": "mk_" + app.key("mapkagera")},
             headers=_mkh(app))
    return at_path(c, seg, cat) if cat else c


def mk_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``locations[i].lat/lon`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-mapkagera", f"{MK}/v1/route", body={
        "locations": wps, "costing": mode, "units": "km", "language": L("fr-BI", DEV)},
        query={"api_key": "mk_" + app.key("mapkagera")}, headers=_mkh(app))


def mk_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "mapkagera"), DID)
    evs: list[dict[str, Any]] = [{
        "ev": L("map_loaded", USAGE), "t": "2025-12-10T08:12:40.118Z", "device": did,
        "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"ev": L("location", USAGE), "t": f"2025-12-10T08:13:0{i}.210Z", "device": did,
             "lat": L(la, cat), "lon": L(lo, cat), "acc": 9.0} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-mapkagera", "https://telemetry.mapkagera.example.net/v1/events",
                query={"api_key": "mk_" + app.key("mapkagera")}, body=evs, gz=True,
                headers={"User-Agent": "MapkageraTelemetry/2.9.1"})


def hr_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helprusumo message: the identity token the app's server signed rides in a JSON field
    (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    visitor: dict[str, Any] = {"id": L(sdk_id(app, "helprusumo"), DID),
                               "identity_token": tok({"sub": L(USER_ID, UID),
                                                      "email": L(EMAIL, MAIL),
                                                      "name": L(NAME, NAMEC),
                                                      "iat": 1765322377},
                                                     "body", "visitor.identity_token", acc)}
    body: dict[str, Any] = {"widget": app.key("helprusumo"), "visitor": visitor,
                            "message": text, "client_msg_id": rid(rng), "fields": attrs,
                            "env": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV),
                                    "app": app.ver}}
    return add(case(f"{app.fam}-helprusumo", f"{HR}/api/v2/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hr_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget's session token a credential)."""
    conv = "hrc_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helprusumo", f"{HR}/api/v2/conversations/{conv}/files",
                     [("file", filename, ctype, media),
                      ("meta", None, "application/json", {"client_msg_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-HR-Visitor": L(sdk_id(app, "helprusumo"), DID),
                              "X-HR-Session": L(opaque(rng, "hrs_", 40), CRED)})


__all__ = ["ck_check", "ck_save", "fr_eval", "hr_attach", "hr_message", "mk_geocode",
           "mk_reverse", "mk_route", "mk_telemetry", "pg_card", "pg_confirm", "pg_wallet",
           "pk_register"]
