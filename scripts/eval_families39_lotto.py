"""National lottery and scratch-card app "Lumalot": registration (age, SSN last four, address), a
log-in, ``/me``, the age check and the ID check (licence and selfie), the geolocation check (the
fix, the home Wi-Fi and nearby networks, the IP, SIM and network country) and its signed verdict
in a header, a deposit, a draw ticket and its status by number in the path, an instant game's
scratch gesture (msgpack) and its prize, a second-chance entry with a paper ticket's photo,
retailers nearby, a prize claim with the full SSN, a payout account, limits, a self-exclusion,
saved numbers, a referral, push, events and the wallet's history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    multipart,
    push_token,
)
from eval_families18_kit import NATID, sjwt
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families37_kit import drag, home, obj
from eval_families39_kit import PAPER_TICKET, RETAILER, SSN_L, SSN_LAST4, TICKET
from eval_families39_sdk import af_event, af_launch, af_link, bq_bid, tw_batch, tw_pixel
from eval_families39_svc import cr_save, ft_eval, pm_opened, pm_register, pw_card, pw_confirm
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    PUBLIC_IP,
    SSID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("lumalot", "Lumalot", "com.example.lumalot", "4.9.2", "https://api.lumalot.example.com")
IID = "X-Lumalot-Device"
PW = "Clover-Seven-Quay88"
PLAYER_NO = "LP-0448120"  # the player account's number (id.user)
T_URL = f"https://api.lumalot.example.com/v1/tickets/{TICKET}"
NEARBY = ["aa:bb:cc:11:22:34", "f0:9f:c2:71:aa:03", "9c:53:22:08:b1:7e"]  # neighbours' Wi-Fi


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def lumalot() -> list[Case]:
    rng = random.Random(3941)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), player=L(PLAYER_NO, UID)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    game, play = "ig_7731", obj(rng, "pl", 12)
    acc: Acc = {}
    verdict = sjwt({"iss": "geo.lumalot", "sub": L(PLAYER_NO, UID), "state": L("NY", COARSE),
                    "lat": L(40.74, COARSE), "lon": L(-73.99, COARSE), "ok": True,
                    "exp": 1765304400}, "header", "x-geo-verdict", acc)
    status = at_path(case(f, f"{T_URL}/status", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v1/players", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "phone": L(NATIONAL, TEL),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "ssnLast4": L(SSN_LAST4, NATID), "acceptTerms": True, "marketing": False}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/players/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kyc/age", headers=_h(rng, **b), body={
            "dob": L("05/17/1991", BIRTH), "ssnLast4": L(SSN_LAST4, NATID),
            "zip": L(ZIP, COARSE), "attempt": 1}),
        multipart(f, f"{a}/v1/kyc/document", [
            ("front", "id_front.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("data", None, "application/json", {
                "type": "driver_license", "number": L(LICENCE, NATID),
                "issuer": L("NY", COARSE), "expires": "2030-05-17"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/geo/check", headers=_h(rng, **b), body={
            "checkId": obj(rng, "gc", 12), "fix": {"lat": hla, "lon": hlo, "acc": 11},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "nearby": [L(x, WIFI) for x in NEARBY]},
            "ip": L(PUBLIC_IP, IPLOC), "simCountry": L("us", CARRIER),
            "networkCountry": L("us", CARRIER), "mock": L(False, DEV), "vpn": L(False, DEV)}),
        add(case(f, f"{a}/v1/wallet/deposits", headers=_h(rng, **b, extra={
            "X-Geo-Verdict": verdict}), body={
            "amount": L("50.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "idempotencyKey": obj(rng, "dep", 16)}), acc),
        case(f, f"{a}/v1/draws/drw_20251210/tickets", headers=_h(rng, **b), body={
            "game": "starline", "lines": [{"main": [4, 17, 23, 38, 41], "star": 9},
                                          {"main": [3, 11, 19, 27, 44], "star": 2}],
            "multiplier": True, "price": L("6.00", BUY), "draws": 1}),
        status,
        case(f, f"{a}/v1/instant/{game}/play", fmt="msgpack", headers=_h(rng, **b), body={
            "play": play, "wager": L(5, BUY), "nonce": opaque(rng, "", 16),
            "scratch": L(drag(rng, 14), MOTION), "panel": "A"}),
        case(f, f"{a}/v1/instant/{game}/collect", fmt="form", headers=_h(rng, **b), body={
            "play": play, "prize": L("20.00", BUY), "to": "wallet"}),
        multipart(f, f"{a}/v1/second-chance/entries", [
            ("ticket", "ticket.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("entry", None, "application/json", {
                "barcode": L(PAPER_TICKET, BUY), "retailer": RETAILER["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/retailers", headers=_h(rng, **b), query={
            "lat": L(f"{hla.value:.3f}", PRECISE), "lon": L(f"{hlo.value:.3f}", PRECISE),
            "radiusKm": "2", "sells": "instant"}),
        case(f, f"{a}/v1/claims", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "amount": L("1000.00", BUY), "ssn": L(SSN_L, NATID),
            "legalName": L("Jane Doe", NAMEC), "address": L(f"{LINE1}, {LINE2}", ADDR),
            "withholding": True, "retailer": {"id": RETAILER["id"], "name": RETAILER["name"],
                                              "line": RETAILER["line"],
                                              "phone": RETAILER["phone"]}}),
        case(f, f"{a}/v1/payouts/bank", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY), "type": "checking"}),
        case(f, f"{a}/v1/limits", fmt="form", headers=_h(rng, **b), body={
            "dailyDeposit": "50", "weeklyLoss": "100", "sessionMinutes": "60"}),
        case(f, f"{a}/v1/self-exclusion", headers=_h(rng, **b), body={
            "period": "6m", "games": ["instant"],
            "reason": L("Spending more on scratchers than I can afford", TEXT)}),
        case(f, f"{a}/v1/favorites", headers=_h(rng, **b), body={
            "name": "Family birthdays", "main": [3, 5, 11, 17, 48], "star": 5}),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "friendEmail": L(PEOPLE[4][2], MAIL), "friendName": L(PEOPLE[4][0], NAMEC)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "player": L(PLAYER_NO, UID), "events": [
                ev("ticket_bought", 1, game="starline"), ev("scratch_played", 2, game=game),
                ev("screen", 3, screen=L("Wallet", USAGE))]}),
        case(f, f"{a}/v1/wallet/history", headers=_h(rng, how="plain"),
             cookies={"ll_sess": L(opaque(rng, "", 40), CRED), "ll_geo": "ok"}),
    ]


def lumalot_sdks() -> list[Case]:
    rng = random.Random(3942)
    return [
        tw_batch(APP, rng, [("Ticket Purchased", {"price": L(6.0, BUY), "game": "starline"}),
                            ("Scratch Played", {"wager": L(5, BUY)})], adid=True,
                 at=(40.74183, -73.98931), nd=3),
        tw_pixel(APP, rng, "Landing Viewed", {"jackpot": "41M", "src": "push"}),
        af_launch(APP, rng, first=True),
        af_event(APP, rng, "af_first_deposit", {"method": "card"}, revenue=50.0, hashed=True),
        af_link(APP, rng, U("https://go.lumalot.example.com/claim", {
            "player": L(PLAYER_NO, UID), "campaign": "dec_jackpot", "c": "email"})),
        bq_bid(APP, rng, {"video": {"w": 1080, "h": 1920, "mimes": ["video/mp4"]}}, yob=1991),
        ft_eval(APP, rng, {"state": L("NY", COARSE), "instantGames": True}, get=True),
        pm_register(APP, rng, adid=True, tags={"state": L("NY", COARSE), "jackpotAlerts": "on"}),
        pm_opened(APP, rng, "jackpot_41m_dec"),
        cr_save(APP, rng, {"analytics": True, "ads": True, "sale": False}),
        pw_card(APP, rng, email=True),
        pw_confirm(APP, rng, "50.00"),
    ]
