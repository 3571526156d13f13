"""A labour-migrant remittance app "Pulrav", Russia to Tajikistan (remittance apps exist in sets
15, 62, 71, 101, 122 and 127: this one is the receiving side of the Moscow-Dushanbe corridor, her
husband the sender): sign-up in New York before the flight, the SMS code, an app PIN, ``/me``,
KYC with her passport and a liveness selfie, incoming transfers, one by its control number in
the path, claiming it to her Dushanbe card, the card, rates, pickup points, a cash pickup, her
husband as a favourite sender, a thank-you, a device binding check, a support chat (msgpack),
push, events and the history by a cookie GET."""

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
    DIGITS,
    E164,
    FACE,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families131_kit import (
    BRANCH,
    CARD_TJ,
    DU_HOME,
    DU_HOME_AT,
    HUSBAND,
    HUSBAND_PASSPORT,
    PASSPORT_US,
    TRANSFER,
    home,
    obj,
)
from eval_families131_sdk import by_bid, fp_crash, fp_crumb, gm_batch, gm_queue, il_event, il_launch
from eval_families131_svc import at_check, ck_message, pc_register, tm_reverse
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("pulrav", "Pulrav", "com.example.pulrav", "7.2.0", "https://api.pulrav.example.net")
IID = "X-Pulrav-Device-Id"
PIN = "190517"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **{"how": "nodash", **kw})
    h["Accept-Language"] = L("en-US,ru;q=0.8", DEV)
    return h


def pulrav() -> list[Case]:
    rng = random.Random(13141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone_number=L(E164, TEL), kyc="full"))}
    tr = at_path(case(f, f"{a}/v1/transfers/{TRANSFER}", headers=_h(rng, **b)), TRANSFER, BUY)
    hla, hlo = home(4)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "phone": L(E164, TEL), "email": L(EMAIL, MAIL), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "dob": L(DOB, BIRTH), "role": "receiver",
            "payoutCountry": L("TJ", COARSE), "signupGeo": {"lat": hla, "lon": hlo}}),
        case(f, f"{a}/v1/signup/verify", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("302817", CRED)}),
        case(f, f"{a}/v1/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L(PIN, CRED), "pinConfirm": L(PIN, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/kyc/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "docType": "passport", "number": L(PASSPORT_US, NATID), "issuer": "USA",
                "dob": L(DOB, BIRTH), "address": L(DU_HOME["line"], ADDR),
                "city": L(DU_HOME["city"], COARSE), "postcode": L(DU_HOME["zip"], COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kyc/liveness", headers=_h(rng, **b), body={
            "session": obj(rng, "lv"), "template": L(f32b64(vec), FACE),
            "landmarks": L(landmarks(rng, 68), FACE), "score": 0.973, "blink": True}),
        case(f, f"{a}/v1/transfers/incoming", headers=_h(rng, **b), query={
            "status": "ready", "limit": "10"}),
        tr,
        case(f, f"{a}/v1/transfers/{TRANSFER}/claim", headers=_h(rng, **b), body={
            "controlNumber": L(TRANSFER, BUY), "amountRub": L(15000, BUY),
            "amountTjs": L("1728.40", BUY), "rate": 0.11523, "fee": 0,
            "payout": {"type": "card", "cardLast4": L(CARD_TJ[-4:], PAY)},
            "sender": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                       "passport": L(HUSBAND_PASSPORT, NATID)},
            "receiverPassport": L(PASSPORT_US, NATID), "idempotencyKey": rid(rng)}),
        case(f, f"{a}/v1/payout/cards", fmt="form", headers=_h(rng, **b), body={
            "pan": L(CARD_TJ, PAY), "expiry": L("08/28", PAY),
            "holder": L(f"{FIRST} {LAST}".upper(), NAMEC)}),
        case(f, f"{a}/v1/rates", headers=_h(rng, **b), query={"from": "RUB", "to": "TJS"}),
        case(f, f"{a}/v1/pickup/points", headers=_h(rng, **b), query={
            "lat": L(round(DU_HOME_AT[0], 3), PRECISE), "lon": L(round(DU_HOME_AT[1], 3), PRECISE),
            "open": "now"}),
        case(f, f"{a}/v1/pickup/reserve", headers=_h(rng, **b), body={
            "branch": BRANCH["id"], "branchAt": [BRANCH["lat"], BRANCH["lon"]],
            "transfer": L(TRANSFER, BUY), "pickupCode": L("77-4120-93", CRED)}),
        case(f, f"{a}/v1/senders/favourites", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "husband",
            "country": "RU"}),
        case(f, f"{a}/v1/transfers/{TRANSFER}/thanks", headers=_h(rng, **b), body={
            "text": L("Rahmat, jonam! Zarina got her new shoes.", f"{TEXT}|{NAMEC}"),
            "sticker": "heart_02"}),
        case(f, f"{a}/v1/security/device", headers=_h(rng, **b), body={
            "androidId": L(ANDROID_ID, DID), "install": L(INSTALL_ID, DID),
            "rooted": L(False, DEV), "emulator": L(False, DEV), "simCountry": L("US", CARRIER),
            "networkCountry": L("TJ", CARRIER), "mccmnc": L(MCCMNC, CARRIER),
            "ip": L(PUBLIC_IP, IPLOC), "localIp": L(LOCAL_IP, DEV),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        case(f, f"{a}/v1/support/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "msg": L(
                "My husband sent 15000 rubles but only 1728 somoni arrived, why?",
                f"{TEXT}|{BUY}"), "ref": L(TRANSFER, BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "lang": L("en", DEV), "tz": L("Asia/Dushanbe", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("transfer_claimed", 1, amount=L(1728.4, BUY)), ev("kyc_done", 2),
                ev("screen", 3, screen=L("Incoming", USAGE))]}),
        case(f, f"{a}/v1/history", headers=_h(rng, how="none"), cookies={
            "prv_s": L(opaque(rng, "", 44), CRED), "prv_d": L(INSTALL_ID, DID),
            "prv_r": rid(rng)}),
        case(f, f"{a}/v1/notifications", headers=_h(rng, **b)),
        case(f, f"{a}/v1/limits", headers=_h(rng, **b), query={"corridor": "RU-TJ"}),
        at_path(case(f, f"{a}/v1/transfers/{TRANSFER}/receipt.pdf", headers=_h(rng, **b)),
                TRANSFER, BUY),
    ]


def pulrav_sdks() -> list[Case]:
    rng = random.Random(13142)
    return [
        gm_batch(APP, rng, [("Transfer Claimed", {"amount": L(1728.4, BUY)}),
                            ("KYC Completed", {})], at=DU_HOME_AT, nd=2),
        gm_queue(APP, rng, [("App Opened", {}), ("Rates Viewed", {"pair": "RUB-TJS"})]),
        il_launch(APP, rng, first=True),
        il_event(APP, rng, "first_transfer_received", {"corridor": "RU-TJ"}, hashed=True),
        by_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        fp_crash(APP, rng, ("java.net.SocketTimeoutException", "claim timeout"),
                 [fp_crumb("http", "POST", {"url": f"{APP.api}/v1/transfers/claim",
                                            "status": 0})], screen="ClaimActivity"),
        pc_register(APP, rng, adid=True),
        at_check(APP, rng, {"analytics": True, "marketing": False}),
        tm_reverse(APP, rng, DU_HOME_AT, PRECISE, nd=4),
        ck_message(APP, rng, L("Pickup code not working at Somoni Ave", TEXT),
                   {"transfer": L(TRANSFER, BUY)}),
    ]
