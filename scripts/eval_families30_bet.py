"""Sports-betting app "Oddsmere" (New York): sign-up with an SMS check, KYC (identity with the
SSN's last four and the form's typing rhythm, a driver's licence scan, a selfie with a face
template), geolocation compliance packets at home and at a sports bar, deposits and bet slips
carrying the signed location verdict, a parlay (msgpack), a cash-out, a search, limits, a
self-exclusion, a withdrawal, a W-9 for a large win, a referral."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    APPS,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    IPLOC,
    JPEG,
    KEYS,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    dwell_flight,
    f32b64,
    flat,
    landmarks,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import CELL_ID, NATID, TAC
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import SSN, claims, head, rid
from eval_families30_kit import BANK_LAST4, BAR_FIX, LICENCE_NY, fix, wifi_scan
from eval_families30_sdk import (
    bw_crash,
    bw_crumb,
    cw_batch,
    cw_identify,
    iw_event,
    iw_install,
)
from eval_families30_svc import (
    ab_message,
    fq_eval,
    nw_channel,
    nw_register,
    pv_card,
    pv_confirm,
)
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    NAME,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("oddsmere", "Oddsmere", "com.example.oddsmere.ny", "7.14.0",
          "https://api.oddsmere.example.com")
IID = "X-Oddsmere-Device"
PW = "Parlay&Pretzel22"
SLIP = "OM-7K2Q9X"  # a bet slip's customer-facing reference


def _h(rng: random.Random, geo: bool = False, **kw: Any) -> tuple[dict[str, Any], Acc]:
    """The app's headers; ``geo`` adds the signed location verdict (a credential whose claims
    carry her state and a 2-decimal position)."""
    acc: Acc = {}
    extra: dict[str, Any] = dict(kw.pop("extra", {}) or {})
    if geo:
        extra["X-Geo-Token"] = tok({"sub": L(USER_ID, UID), "st": L("NY", COARSE),
                                    "lat": L(round(LAT, 2), COARSE),
                                    "lon": L(round(LON, 2), COARSE), "ok": True,
                                    "exp": 1765322400}, "header", "x-geo-token", acc)
    return head(APP, rng, iid=IID, extra=extra, **kw), acc


def _c(rng: random.Random, path: str, body: Any = None, *, geo: bool = False,
       auth: str | None = "bearer", **kw: Any) -> Case:
    hd, acc = _h(rng, geo, auth=auth)
    return add(case(APP.fam, f"{APP.api}{path}", headers=hd, body=body, **kw), acc)


def _packet(rng: random.Random, at: tuple[float, float], home: bool) -> dict[str, Any]:
    """A geolocation-compliance packet: the fix, networks in range, the cell, the IP and the
    integrity flags (a remote-desktop app found installed)."""
    lat, lon = fix(at)
    scan = (wifi_scan(rng, ["NETGEAR-4C", "Apt5B"]) if home
            else wifi_scan(rng, ["Dugout-Guest", "Dugout-POS"], home=False))
    return {"uid": L(USER_ID, UID), "install": L(INSTALL_ID, DID), "reason": "wager",
            "gps": {"lat": lat, "lon": lon, "acc_m": 11.0, "provider": "fused", "age_ms": 900},
            "wifi": scan, "cell": {"mccmnc": L(MCCMNC, CARRIER), "cid": L(CELL_ID, CARRIER),
                                   "tac": L(TAC, CARRIER), "rat": L("LTE", DEV)},
            "ip": L(PUBLIC_IP, IPLOC), "vpn": L(False, DEV), "mock": L(False, DEV),
            "rooted": L(False, DEV),
            "remote_apps": [L("com.example.remotedesk", APPS)], "nonce": rid(rng)}


def oddsmere() -> list[Case]:
    rng = random.Random(3011)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jur=L("NY", COARSE)))}
    d1, f1 = dwell_flight(rng, 4)
    tmpl = flat(rng, 128, 0.09, 5)
    parlay = {"uid": L(USER_ID, UID), "stake": L(10.0, BUY), "ref": L("OM-8Q3M1Z", BUY),
              "legs": [{"event": "ev_448120", "market": "moneyline", "odds": -135,
                        "pick": L("Rangers ML", BUY)},
                       {"event": "ev_448133", "market": "total", "odds": -110,
                        "pick": L("Over 6.5", BUY)}], "payout": 38.41, "boost": "pb_12"}
    hd = _h(rng, auth="bearer")[0]
    cases = [
        case(f, f"{a}/v1/auth/register", headers=_h(rng)[0], body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "phone": L(E164, TEL),
            "dob": L(DOB, BIRTH), "state": L(STATE, COARSE), "promo": "NYWELCOME200",
            "marketing": {"email": True, "sms": False}}),
        case(f, f"{a}/v1/auth/sms/verify", fmt="form", headers=_h(rng)[0], body={
            "phone": L(NATIONAL, TEL), "code": L("731508", CRED)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng)[0], body={
            "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)[0]),
        _c(rng, "/v1/kyc/identity", {
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "dob": L(DOB, BIRTH),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "ssn_last4": L(SSN[-4:], NATID),
            "typing": {"ssn_last4": {"dwell_ms": L(d1, KEYS), "flight_ms": L(f1, KEYS)},
                       "pasted": False, "corrections": 1, "field_ms": 2310}}),
        multipart(f, f"{a}/v1/kyc/documents", [
            ("front", "dl_front.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{NATID}")),
            ("back", "dl_back.jpg", "image/jpeg", L(JPEG + b"\x02", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {
                "type": "drivers_license", "issuer": L("NY", COARSE),
                "number": L(LICENCE_NY, NATID), "expires": "2029-05-17",
                "barcode_ok": True, "glare": 0.04})], headers=hd),
        multipart(f, f"{a}/v1/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x03", MEDIA)),
            ("meta", None, "application/json", {
                "template": L(f32b64(tmpl), FACE), "landmarks_68": L(landmarks(rng, 68), FACE),
                "liveness": 0.982, "box": [212, 388, 508, 742], "sdk": "facecheck-2.3"})],
            headers=_h(rng, auth="bearer")[0]),
        _c(rng, "/v1/geo/check", _packet(rng, (LAT, LON), True), gz=True),
        _c(rng, "/v1/geo/check", {"packet": W(_packet(rng, BAR_FIX, False), "gzb64json"),
                                  "v": "4"}, fmt="form"),
        _c(rng, "/v1/wallet/deposits", {
            "amount": L(100.0, BUY), "method": L("pm_" + opaque(rng, "", 22), PAY),
            "bonus": "NYWELCOME200", "idempotency_key": rid(rng)}, geo=True),
        _c(rng, "/v1/bets", {
            "slip_ref": L(SLIP, BUY), "stake": L(25.0, BUY), "odds_format": "american",
            "selections": [{"event": "ev_448102", "market": "spread", "line": -3.5,
                            "odds": -110, "pick": L("Knicks -3.5", BUY)}],
            "accept_odds_change": "higher", "potential_payout": 47.73}, geo=True),
        _c(rng, "/v1/bets", parlay, geo=True, fmt="msgpack"),
        _c(rng, f"/v1/bets/bt_{opaque(rng, '', 10)}/cashout", {
            "amount": L(31.2, BUY), "quote_id": rid(rng)}),
        case(f, f"{a}/v1/events/search", query={"q": L("knicks celtics", SEARCH),
                                                "sport": "basketball"},
             headers=_h(rng, auth="bearer")[0]),
        _c(rng, "/v1/responsible-gaming/limits", {
            "deposit": {"period": "week", "amount": 200}, "session_reminder_min": 60,
            "loss": {"period": "month", "amount": 300}}),
        _c(rng, "/v1/responsible-gaming/self-exclusion", {
            "period": "6m", "reason": L("I keep chasing losses after work and it is getting "
                                        "out of hand", TEXT), "confirm": True}, fmt="form"),
        _c(rng, "/v1/wallet/withdrawals", {
            "amount": L(640.0, BUY), "to": {"type": "ach", "bank_last4": L(BANK_LAST4, PAY),
                                            "account_id": L("ba_" + opaque(rng, "", 16), PAY)}}),
        _c(rng, "/v1/tax/w9", {
            "name": L(NAME, NAMEC), "tin": L(SSN.replace("-", ""), NATID),
            "address": L(f"{LINE1} {LINE2}", ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "certify": "1"}, fmt="form"),
        _c(rng, "/v1/referrals", {
            "friend_name": L(PEOPLE[0][0], NAMEC), "friend_email": L(PEOPLE[0][2], MAIL),
            "message": L("Join me on Oddsmere, we both get a free bet", TEXT)}),
        _c(rng, "/v1/devices", {"fcm": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
                                "model": L("Pixel 8", DEV)}),
        _c(rng, "/v1/events", {"user": L(USER_ID, UID), "events": [
            ev("bet_placed", 1, stake=L(25.0, BUY)), ev("screen_view", 2,
                                                          screen=L("LiveGames", USAGE)),
            ev("geo_check_passed", 3)]}, gz=True),
        case(f, f"{a}/v1/promotions", query={"state": L("NY", COARSE)},
             headers=_h(rng, how="none")[0],
             cookies={"om_sess": L(opaque(rng, "", 48), CRED), "om_dev": L(INSTALL_ID, DID)}),
    ]
    return cases


def oddsmere_sdks() -> list[Case]:
    rng = random.Random(3012)
    return [
        cw_batch(APP, rng, [("Bet Placed", {"stake": L(25.0, BUY), "sport": "basketball"}),
                            ("Deposit Completed", {"amount": L(100.0, BUY)})]),
        cw_identify(APP, rng, {"state": L("NY", COARSE), "kyc": "verified",
                               "email": L(EMAIL, MAIL), "age": L(34, BIRTH)}),
        iw_install(APP, rng),
        iw_event(APP, rng, "first_deposit", {"method": "card"}, revenue=100.0, hashed=True),
        bw_crash(APP, rng, ("java.lang.IllegalStateException", "geo token expired"),
                 [bw_crumb("navigation", "BetSlipActivity"),
                  bw_crumb("request", "POST /v1/bets", {"status": 403})],
                 meta={"geo": {"state": L("NY", COARSE)}}, screen="BetSlipActivity"),
        fq_eval(APP, rng, {"state": L("NY", COARSE), "kyc": "verified"}),
        nw_register(APP, rng, tags={"fav_team": "NYK", "state": L("NY", COARSE)}),
        nw_channel(APP, rng, "sms", L(E164, TEL)),
        pv_card(APP, rng),
        pv_confirm(APP, rng, "100.00"),
        ab_message(APP, rng, L("My withdrawal has been pending for four days now", TEXT),
                   {"state": L("NY", COARSE), "vip": False}),
    ]
