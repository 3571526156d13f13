"""Service SDKs of the hundred-and-thirty-third set, built once and called by every app with its
own choices: feature flags "Gatewhisk", push "Alertkelp", consent "Agreeborne", payments
"Paymoringa" (mobile money and cards), maps "Chartbasin" and support chat "Helpcanoe"
(fictional vendors, hosts under example.*)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, Acc, add, multipart, push_token, tok
from eval_families18_kit import sjwt
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, CARD2_CVC, CARD2_EXP, WEBVIEW_UA, rid, sdk_id
from eval_families133_kit import ROAM_NET
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, W, case

CARRIER, COARSE, CRED = "location.carrier", "location.coarse", "secret.credential"
DEV, DID, MAIL, NAMEC = "device.info", "id.device", "contact.email", "contact.name"
PAY, PRECISE, UID, USAGE = "financial.payment", "location.precise", "id.user", "behavior.usage"
BUY, TEL = "financial.purchase", "contact.phone"

GW = "https://flags.gatewhisk.example.com"
AK = "https://push.alertkelp.example.net"
AB = "https://consent.agreeborne.example.org"
PM = "https://api.paymoringa.example.com"
CB = "https://maps.chartbasin.example.com"
HC = "https://widget.helpcanoe.example.net"
Pt = tuple[float, float]


def _cat(nd: int) -> str:
    return PRECISE if nd >= 3 else COARSE


def gw_flags(app: App, rng: random.Random, attrs: dict[str, Any], *, hdr: bool = False) -> Case:
    """Gatewhisk's evaluation: the subject is the user ID; ``hdr`` sends it as base64 JSON in a
    request header of a GET."""
    subj: dict[str, Any] = {"id": L(USER_ID, UID), "type": "user",
                            "traits": {"appVersion": app.ver, "platform": L("android-14", DEV),
                                       "locale": L("fr_CD", DEV), **attrs}}
    h: dict[str, Any] = {"User-Agent": "gatewhisk-kotlin/0.19.2",
                         "X-Gatewhisk-Env": "gw_env_" + app.key("gatewhisk")}
    url = f"{GW}/v1/evaluate"
    if hdr:
        h["X-Gatewhisk-Subject"] = W(subj, "b64json")
        return case(f"{app.fam}-gatewhisk", url, headers=h)
    return case(f"{app.fam}-gatewhisk", url, body={"subject": subj, "flags": ["*"]}, headers=h)


def ak_register(app: App, rng: random.Random, *, tags: dict[str, Any] | None = None,
                at: Pt | None = None, nd: int = 2, lang: str = "fr") -> Case:
    """Alertkelp's subscriber record (JSON): the FCM token, the SDK's ID, device and carriers."""
    body: dict[str, Any] = {"app": app.key("alertkelp"),
                            "subscriber": L(sdk_id(app, "alertkelp"), DID),
                            "fcm": L(push_token(rng), DID), "alias": L(USER_ID, UID),
                            "lang": L(lang, DEV), "tz": L("Africa/Kinshasa", DEV),
                            "device": L("Google Pixel 8", DEV), "os": L("14", DEV),
                            "carrier": L(ROAM_NET, CARRIER), "tags": tags or {}}
    if at is not None:
        body["last_loc"] = {"lat": L(round(at[0], nd), _cat(nd)),
                            "lon": L(round(at[1], nd), _cat(nd))}
    return case(f"{app.fam}-alertkelp", f"{AK}/v3/subscribers", body=body,
                headers={"User-Agent": L("Alertkelp/4.2.0 (Android 14; Pixel 8)", DEV)})


def ak_open(app: App, rng: random.Random, campaign: str) -> Case:
    """A notification opened (form): the subscriber and the campaign (a negative)."""
    return case(f"{app.fam}-alertkelp", f"{AK}/v3/opens", fmt="form", body={
        "subscriber": L(sdk_id(app, "alertkelp"), DID), "campaign": campaign,
        "action": L("opened", USAGE), "ts": "1765403321"})


def ab_save(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """Agreeborne's record (the visitor ID the device's; country from the IP) with the previous
    signed receipt in a cookie (a JWT that opens nothing)."""
    vid = sdk_id(app, "agreeborne")
    body: dict[str, Any] = {"property": app.key("agreeborne"), "visitor": L(vid, DID),
                            "purposes": purposes, "notice_version": 7,
                            "geo": {"country": L("CD", COARSE)}, "user_agent": L(app.ua, DEV)}
    acc: Acc = {}
    cookies = {"ab_proof": sjwt({"iss": "agreeborne", "sub": L(vid, DID),
                                 "granted": sorted(p for p, v in purposes.items() if v),
                                 "iat": 1765301000}, "cookie", "ab_proof", acc)}
    return add(case(f"{app.fam}-agreeborne", f"{AB}/v1/records", body=body, cookies=cookies,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def ab_check(app: App, rng: random.Random, purposes: dict[str, bool]) -> Case:
    """The web view's status check: a base64 JSON cookie with the visitor and choices."""
    return case(f"{app.fam}-agreeborne", f"{AB}/v1/status",
                query={"property": app.key("agreeborne"), "hl": L("fr", DEV)},
                cookies={"ab_state": W({"vid": L(sdk_id(app, "agreeborne"), DID),
                                        "p": purposes}, "b64json")},
                headers={"User-Agent": L(WEBVIEW_UA, DEV)})


def _pmh(rng: random.Random) -> dict[str, Any]:
    return {"User-Agent": "Paymoringa-Android/2.7.0", "Idempotency-Key": rid(rng),
            "Authorization": "Bearer pk_live_" + opaque(rng, "", 24)}


def pm_momo(app: App, rng: random.Random, amount: str, currency: str = "CDF", *,
            reason: Any = "") -> Case:
    """A mobile-money collection (form): her wallet is her phone number (E.164), the network,
    the amount; the SDK's device fingerprint."""
    return case(f"{app.fam}-paymoringa", f"{PM}/v1/collections", fmt="form", body={
        "msisdn": L(E164, f"{TEL}|{PAY}"), "wallet_network": "mbote_money",
        "amount": L(amount, BUY), "currency": currency, "reference": rid(rng),
        "description": reason, "device_fp": L(sdk_id(app, "paymoringa"), DID)},
        headers=_pmh(rng))


def pm_card(app: App, rng: random.Random) -> Case:
    """A card token (a form with bracketed keys): card data, the holder, her e-mail."""
    return case(f"{app.fam}-paymoringa", f"{PM}/v1/tokens", fmt="form", body={
        "card[number]": L(CARD2, PAY), "card[exp_month]": L(CARD2_EXP[0], PAY),
        "card[exp_year]": L(CARD2_EXP[1], PAY), "card[cvc]": L(CARD2_CVC, PAY),
        "card[holder]": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
        "device_fp": L(sdk_id(app, "paymoringa"), DID)}, headers=_pmh(rng))


def pm_confirm(app: App, rng: random.Random, amount: str, currency: str = "USD") -> Case:
    """Confirming a charge (JSON): the client secret, the method, the amount."""
    ch = opaque(rng, "ch_", 20)
    return case(f"{app.fam}-paymoringa", f"{PM}/v1/charges/{ch}/confirm", body={
        "client_secret": L(opaque(rng, f"{ch}_sec_", 20), CRED),
        "method": L(opaque(rng, "pmt_", 20), PAY), "amount": L(amount, BUY),
        "currency": currency, "device_fp": L(sdk_id(app, "paymoringa"), DID)},
        headers=_pmh(rng))


def _cbh(app: App) -> dict[str, Any]:
    return {"User-Agent": L(f"Chartbasin/7.4 {app.name}/{app.ver} (Android 14; Pixel 8)", DEV)}


def cb_search(app: App, rng: random.Random, text: str, cat: str, *, near: Pt | None = None,
              nd: int = 3) -> Case:
    """Place search (GET): the typed text (``cat``), biased by ``near`` as ``lat,lon``."""
    q: dict[str, Any] = {"q": L(text, cat), "limit": "5", "lang": L("fr", DEV),
                         "key": "cb_" + app.key("chartbasin")}
    if near is not None:
        q["near"] = L(f"{near[0]:.{nd}f},{near[1]:.{nd}f}", _cat(nd))
    return case(f"{app.fam}-chartbasin", f"{CB}/v2/places", query=q, headers=_cbh(app))


def cb_reverse(app: App, rng: random.Random, at: Pt, cat: str | None, nd: int = 5) -> Case:
    """Reverse geocoding of a point in the path (``lat,lon``; whose point decides)."""
    seg = f"{at[0]:.{nd}f},{at[1]:.{nd}f}"
    c = case(f"{app.fam}-chartbasin", f"{CB}/v2/reverse/{seg}",
             query={"key": "cb_" + app.key("chartbasin")}, headers=_cbh(app))
    return at_path(c, seg, cat) if cat else c


def cb_route(app: App, rng: random.Random, stops: list[tuple[Pt, str | None]],
             mode: str = "car") -> Case:
    """Directions (JSON): ``waypoints[i]`` labelled by whose place each one is."""
    wps = [{"lat": L(la, cat) if cat else la, "lon": L(lo, cat) if cat else lo}
           for (la, lo), cat in stops]
    return case(f"{app.fam}-chartbasin", f"{CB}/v2/directions", body={
        "waypoints": wps, "profile": mode, "lang": L("fr-CD", DEV)},
        query={"key": "cb_" + app.key("chartbasin")}, headers=_cbh(app))


def cb_telemetry(app: App, rng: random.Random, fixes: list[Pt], cat: str) -> Case:
    """Map telemetry (a gzip JSON array): a map load with the device, then the last fixes."""
    did = L(sdk_id(app, "chartbasin"), DID)
    evs: list[dict[str, Any]] = [{"kind": L("map.load", USAGE), "device": did,
                                  "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}]
    evs += [{"kind": L("loc", USAGE), "device": did, "lat": L(la, cat), "lon": L(lo, cat),
             "t": 1765403000 + 5 * i} for i, (la, lo) in enumerate(fixes)]
    return case(f"{app.fam}-chartbasin", "https://t.chartbasin.example.com/v2/events",
                query={"key": "cb_" + app.key("chartbasin")}, body=evs, gz=True,
                headers={"User-Agent": "ChartbasinTelemetry/7.4"})


def hc_message(app: App, rng: random.Random, text: Any, attrs: dict[str, Any]) -> Case:
    """A Helpcanoe message: the identity token the app's server signed rides in a JSON field
    (a JWT: a credential, its claims the user's ID, e-mail and name)."""
    acc: Acc = {}
    who = {"id": L(sdk_id(app, "helpcanoe"), DID),
           "jwt": tok({"sub": L(USER_ID, UID), "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                       "iat": 1765402800}, "body", "contact.jwt", acc)}
    body = {"inbox": app.key("helpcanoe"), "contact": who, "content": text,
            "echo_id": rid(rng), "custom": attrs,
            "device": {"os": L("Android 14", DEV), "model": L("Pixel 8", DEV)}}
    return add(case(f"{app.fam}-helpcanoe", f"{HC}/api/v1/messages", body=body,
                    headers={"User-Agent": L(app.ua, DEV)}), acc)


def hc_attach(app: App, rng: random.Random, media: L, filename: str, ctype: str) -> Case:
    """A file attached to a conversation (the widget session a credential)."""
    conv = "hcv_" + opaque(rng, "", 12)
    return multipart(f"{app.fam}-helpcanoe", f"{HC}/api/v1/conversations/{conv}/attachments",
                     [("attachment", filename, ctype, media),
                      ("meta", None, "application/json", {"echo_id": rid(rng)})],
                     headers={"User-Agent": L(app.ua, DEV),
                              "X-Helpcanoe-Contact": L(sdk_id(app, "helpcanoe"), DID),
                              "X-Helpcanoe-Session": L(opaque(rng, "hcs_", 40), CRED)})


__all__ = ["ab_check", "ab_save", "ak_open", "ak_register", "cb_reverse", "cb_route",
           "cb_search", "cb_telemetry", "gw_flags", "hc_attach", "hc_message", "pm_card",
           "pm_confirm", "pm_momo"]
