"""Online gem-auction app "Manikbid" (manik: gem) of a fictional Ratnapura gem exchange: she
bids from home in New York (the profile's position) after her year in Sri Lanka, for a blue
sapphire shipped insured to her Fifth Avenue address. Unlike set 45's car auctions, lots are
certified gems sold in timed and live rooms with a bidding deposit. Sign-up, a password grant and
an MFA code, ``/me`` with a JWT, KYC (her passport, a selfie and its face template), her address,
the eligibility check (position, SIM, IP, Wi-Fi), a lot search, a lot, the watch list, the deposit,
a timed bid, a live-room bid (msgpack) and a protobuf heartbeat, the invoice paid by number in the
path, shipping, a lab certificate checked, a gem of her own consigned with a photo, a message to
the house, push, events and her purchases by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP
from eval_families22_kit import PASSPORT
from eval_families110_kit import (
    ADDR,
    AUCTION,
    BIRTH,
    BUY,
    CARRIER,
    CERT,
    COARSE,
    CRED,
    DEV,
    DID,
    DOB,
    E164,
    EMAIL_MIXED,
    FACE,
    HOUSE,
    INVOICE,
    IPLOC,
    JPEG,
    LOT,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    NATID,
    PADDLE,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    App,
    at_path,
    claims,
    ev,
    face,
    head,
    multipart,
    obj,
    opaque,
    pb,
    push_token,
    raw,
    rid,
)
from eval_families110_sdk import (
    bk_bid,
    ch_crash,
    ch_crumb,
    mt_event,
    mt_session,
    sk_batch,
    sk_identify,
)
from eval_families110_svc import ck_message, cw_save, pk_register, pm_bank, pm_card, tp_eval
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    NAME,
    PHONE,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("manikbid", "Manikbid", "com.example.manikbid", "6.1.0",
          "https://api.manikbid.example.com")
IID = "X-Manik-Install"
PW = "Padparadscha!44"
NY = "America/New_York"
HOME = (LAT, LON)
AU = f"https://api.manikbid.example.com/v2/auctions/{AUCTION}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _addr() -> dict[str, Any]:
    return {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE), "country": L("US", COARSE)}


def manikbid() -> list[Case]:
    rng = random.Random(11051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    pad = L(PADDLE, UID)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PADDLE, UID)), (2, AUCTION), (3, 182), (4, L(PUBLIC_IP, IPLOC)),
               (5, L(USER_ID, UID))], "", lab)
    jw = {"Authorization": J(claims(rng, bidder=L(PADDLE, UID), email=L(EMAIL, MAIL)))}
    pay = at_path(case(f, f"{a}/v2/invoices/{INVOICE}/pay", fmt="form", headers=_h(rng, **b),
                       body={"amount": L("5865.00", BUY), "currency": "USD",
                             "card_token": L(opaque(rng, "tok_", 24), PAY)}), INVOICE, BUY)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "full_name": L(NAME, NAMEC),
            "phone": L(PHONE, TEL), "country": L("US", COARSE), "dob": L(DOB, BIRTH),
            "marketing": False}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "manikbid-android"}),
        case(f, f"{a}/v2/auth/mfa", fmt="form", headers=_h(rng), body={
            "code": L("907215", CRED), "trust_device": "1", "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/kyc", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("data", None, "application/json", {
                "passport_no": L(PASSPORT, NATID), "expiry": "2031-04-18",
                "face_template": L(face(rng), FACE), "match": 0.93})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kyc/address", headers=_h(rng, **b), body=_addr()),
        case(f, f"{a}/v2/eligibility", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.4f}", PRECISE), "lon": L(f"{LON:.4f}", PRECISE),
            "sim_country": L("US", CARRIER), "mccmnc": L(MCCMNC, CARRIER),
            "ip": L(PUBLIC_IP, IPLOC), "wifi_bssid": L(BSSID, WIFI)}),
        case(f, f"{a}/v2/lots", headers=_h(rng, **b), query={
            "q": L("unheated Ceylon blue sapphire", SEARCH), "min_ct": "2", "auction": AUCTION}),
        case(f, f"{a}/v2/lots/{LOT}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/watchlist", fmt="form", headers=_h(rng, **b), body={
            "lot": LOT, "paddle": pad}),
        case(f, f"{a}/v2/deposits", headers=_h(rng, **b), body={
            "auction": AUCTION, "amount": L("1500.00", BUY), "currency": "USD",
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{AU}/lots/{LOT}/bids", headers=_h(rng, **b), body={
            "paddle": pad, "amount": L(4200, BUY), "max_bid": L(4800, BUY), "currency": "USD",
            "estimate": {"low": 3500, "high": 5500}, "idempotency_key": rid(rng),
            "client_ip": L(PUBLIC_IP, IPLOC)}),
        case(f, f"{AU}/live", fmt="msgpack", headers=_h(rng, **b), body={
            "paddle": pad, "lot": LOT, "amount": L(5100, BUY), "increment": 100,
            "ts": 1765330412}),
        raw(f, f"{AU}/heartbeat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        pay,
        case(f, f"{a}/v2/shipping", headers=_h(rng, **b), body={
            "invoice": L(INVOICE, BUY), "recipient": L(NAME, NAMEC), **_addr(),
            "phone": L(E164, TEL), "insured_value": L("5865.00", BUY),
            "courier": "insured air"}),
        case(f, f"{a}/v2/certificates/verify", fmt="form", headers=_h(rng, **b), body={
            "cert_no": CERT, "lab": "GIC"}),
        multipart(f, f"{a}/v2/consignments", [
            ("photo", "pink_sapphire.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("gem", None, "application/json", {
                "carat": 1.84, "colour": "pink", "origin": "Ratnapura", "reserve_usd": 900,
                "house": {k: HOUSE[k] for k in ("id", "name", "lat", "lon", "phone")},
                "story": L("My grandmother's pink sapphire, set in a ring until 2019", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8),
            "text": L("Does lot 118 come with an export certificate? I am bidding from New "
                      "York.", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "tz": L(NY, DEV), "locale": L("en_US", DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("bid_placed", 1, lot=LOT), ev("lot_watched", 2),
                ev("screen", 3, screen=L("LiveRoom", USAGE))]}),
        case(f, f"{a}/v2/purchases", headers=_h(rng, how="none"), cookies={
            "mb_session": L(opaque(rng, "", 48), CRED), "mb_paddle": L(PADDLE, UID)}),
    ]


def manikbid_sdks() -> list[Case]:
    rng = random.Random(11052)
    return [
        sk_batch(APP, rng, [("Bid Placed", {"lot": LOT, "amount": L(4200, BUY)}),
                            ("Lot Viewed", {"lot": LOT, "carat": 2.31})],
                 adid=True, at=HOME, nd=2, tz=NY),
        sk_identify(APP, rng, {"paddle": L(PADDLE, UID), "country": L("US", COARSE),
                               "kyc": "passed"}),
        mt_session(APP, rng, first=True),
        mt_event(APP, rng, "auction_won", {"lot": LOT}, revenue=5865.0, currency="USD",
                 hashed=True),
        bk_bid(APP, rng, {"native": {"ver": "1.2"}}, at=HOME, nd=3, country="USA",
               net=("Example Mobile", MCCMNC)),
        ch_crash(APP, rng, ("java.net.SocketTimeoutException", "live room socket"),
                 [ch_crumb("nav", "Lot -> LiveRoom"),
                  ch_crumb("http", "POST", {"url": f"{AU}/live", "status": 504})],
                 screen="LiveRoomActivity", tz=NY),
        tp_eval(APP, rng, {"liveRoom": True, "country": L("US", COARSE)}, hdr=True),
        pk_register(APP, rng, tz=NY, at=HOME, nd=2, tags={"watching": "1"}),
        cw_save(APP, rng, {"analytics": True, "ads": False}, user=True, country="US",
                region="NY"),
        pm_card(APP, rng, email=True, postcode=ZIP),
        pm_bank(APP, rng),
        ck_message(APP, rng, L("My invoice shows the buyer's premium twice", TEXT),
                   {"invoice": L(INVOICE, BUY), "paddle": L(PADDLE, UID)}),
    ]
