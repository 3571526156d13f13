"""Remittance and e-load app "Padalaya" from Manila, for overseas Filipinos and their families
(its API is keyed partly in Tagalog, partly in English; she sends money and load to her husband's
family in Quezon City): registration (``pangalan``, ``apelyido``, ``telepono``, ``kaarawan``),
the SMS code, a log-in, ``/me``, KYC (passport photo, selfie, ``tirahan``), her state check, two
recipients (``tatanggap``: her mother-in-law for cash pick-up, her sister-in-law's e-wallet and
bank account), a quote, pick-up centres near the recipient, a ``padala`` and its status by control
number in the path, a receipt shared as a link, a monthly padala, e-load for her mother-in-law's
phone, a device check (msgpack), a higher limit (SSN), the card on file, a complaint, a referral,
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
    E164,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import SSN, claims, head, rid
from eval_families62_kit import (
    BIYENAN,
    BIYENAN_HOME,
    HIPAG,
    HIPAG_BANK,
    LOAD_REF,
    OUTLET,
    PADALA_REF,
    QUOTE,
    home,
    obj,
)
from eval_families62_sdk import as_event, as_session, ck_crash, ck_crumb, mq_batch, mq_identify
from eval_families62_svc import cm_check, cp_message, fh_eval, pj_card, pj_confirm, px_register
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("padalaya", "Padalaya", "com.example.padalaya", "6.3.1",
          "https://api.padalaya.example.com")
IID = "X-Padalaya-Device"
PW = "Sampaguita#1991"
NATID = "personal.national_id"
MIL_LOCAL = "0" + BIYENAN[2][3:]  # her mother-in-law's number as typed locally (0917...)


def _h(rng: random.Random, how: str = "plain", fil: bool = False, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, lang=not fil, **kw)
    if fil:
        h["Accept-Language"] = L("fil-PH,fil;q=0.9,en-US;q=0.8", DEV)
    return h


def _mil() -> dict[str, Any]:
    return {"pangalan": L(BIYENAN[0], NAMEC), "apelyido": L(BIYENAN[1], NAMEC),
            "telepono": L(BIYENAN[2], TEL),
            "tirahan": {"kalye": L(BIYENAN_HOME["kalye"], ADDR),
                        "barangay": L(BIYENAN_HOME["barangay"], ADDR),
                        "lungsod": L(BIYENAN_HOME["lungsod"], COARSE),
                        "lalawigan": L(BIYENAN_HOME["lalawigan"], COARSE),
                        "zip": L(BIYENAN_HOME["zip"], COARSE)},
            "kaugnayan": "biyenan", "paraan": "cash_pickup"}


def padalaya() -> list[Case]:
    rng = random.Random(6211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telepono=L(E164, TEL),
                                    kyc="antas2"))}
    rcp = [obj(rng, "tg", 8), obj(rng, "tg", 8)]
    status = at_path(case(f, f"{a}/v2/padala/{PADALA_REF}", headers=_h(rng, fil=True, **b)),
                     PADALA_REF, BUY)
    return [
        case(f, f"{a}/v2/rehistro", headers=_h(rng, fil=True), body={
            "pangalan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "telepono": L(E164, TEL),
            "email": L(EMAIL, MAIL), "kaarawan": L("05/17/1991", BIRTH),
            "kasarian": L("babae", GENDER), "bansa": L("US", COARSE),
            "password": L(PW, CRED), "aparato": L(INSTALL_ID, DID), "promo": "PASKO25"}),
        case(f, f"{a}/v2/otp/beripika", fmt="form", headers=_h(rng, fil=True), body={
            "telepono": L(NATIONAL, TEL), "code": L("305118", CRED), "channel": "sms"}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng, how="upper"), body={
            "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "device_id": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/kyc", [
            ("pasaporte", "passport.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("datos", None, "application/json", {
                "pasaporte": {"numero": L(PASSPORT, NATID), "bansa": "USA",
                              "expiry": "2031-06-30"},
                "tirahan": {"kalye": L(LINE1, ADDR), "yunit": L(LINE2, ADDR),
                            "lungsod": L(CITY, COARSE), "estado": L(STATE, COARSE),
                            "zip": L(ZIP, COARSE)},
                "trabaho": "registered nurse", "pinagmulan_ng_pondo": "sahod"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/compliance/state", headers=_h(rng, **b), query={
            "lat": L(f"{home(3)[0].value:.3f}", PRECISE),
            "lon": L(f"{home(3)[1].value:.3f}", PRECISE), "ip": L(PUBLIC_IP, IPLOC)}),
        case(f, f"{a}/v2/tatanggap", headers=_h(rng, fil=True, **b), body=_mil()),
        case(f, f"{a}/v2/tatanggap", headers=_h(rng, fil=True, **b), body={
            "pangalan": L(HIPAG[0], NAMEC), "telepono": L(HIPAG[1], TEL), "kaugnayan": "hipag",
            "paraan": "bank", "bangko": HIPAG_BANK[0], "account": L(HIPAG_BANK[1], PAY),
            "ewallet": L(HIPAG[2], TEL)}),
        case(f, f"{a}/v2/quote", headers=_h(rng, **b), query={
            "halaga": "500.00", "mula": "USD", "sa": "PHP", "paraan": "cash_pickup"}),
        case(f, f"{a}/v2/outlets", headers=_h(rng, **b), query={
            "lat": "14.6205", "lon": "121.0531", "radius_km": "3", "bukas": "true"}),
        case(f, f"{a}/v2/padala", headers=_h(rng, fil=True, **b), body={
            "tatanggap": rcp[0], "halaga": L("500.00", BUY), "pera": "USD",
            "matatanggap": L("28060.00", BUY), "singil": QUOTE["fee"], "rate": QUOTE["rate"],
            "quote": QUOTE["id"], "paraan": "cash_pickup", "outlet": OUTLET["id"],
            "layunin": "suporta sa pamilya",
            "mensahe": L("Maligayang Pasko po, Nay! Para sa Noche Buena", TEXT),
            "bayad": {"method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)},
            "kontrol": L(PADALA_REF, BUY), "idempotency": rid(rng)}),
        status,
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "channel": "messenger", "url": U("https://padalaya.example.com/r", {
                "ref": L(PADALA_REF, BUY), "u": L(USER_ID, UID), "lang": "fil"})}),
        case(f, f"{a}/v2/padala/iskedyul", headers=_h(rng, fil=True, **b), body={
            "tatanggap": rcp[1], "halaga": L("300.00", BUY), "araw": 15, "ulit": "buwanan",
            "paraan": "bank", "simula": "2026-01-15"}),
        case(f, f"{a}/v2/eload", headers=_h(rng, **b), body={
            "mobile": L(MIL_LOCAL, TEL), "network": "Lakbay Mobile",
            "product": L("LAKBAY299", BUY), "amount": L("5.49", BUY), "currency": "USD",
            "recipient": rcp[0]}),
        case(f, f"{a}/v2/eload/{LOAD_REF}/confirm", fmt="form", headers=_h(rng, **b), body={
            "reference": L(LOAD_REF, BUY), "pin": L("4718", CRED)}),
        case(f, f"{a}/v2/device/check", fmt="msgpack", headers=_h(rng, **b), body={
            "android_id": L(ANDROID_ID, DID), "model": L("Pixel 8", DEV),
            "rooted": L(False, DEV), "emulator": L(False, DEV), "sim_country": L("us", CARRIER),
            "mccmnc": L(MCCMNC, CARRIER), "carrier": L("Example Mobile", CARRIER),
            "ip": L(PUBLIC_IP, IPLOC), "lan": L(LOCAL_IP, DEV), "nonce": opaque(rng, "", 24)}),
        case(f, f"{a}/v2/limits/increase", headers=_h(rng, **b), body={
            "ssn": L(SSN, NATID), "annual_income": "75000-100000", "employer": "Gramercy General",
            "occupation": "registered nurse", "reason": "tuition ng pamangkin"}),
        case(f, f"{a}/v2/funding/cards", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "tok_", 24), PAY), "last4": L("4444", PAY),
            "brand": "mastercard", "billing_zip": L(ZIP, COARSE), "default": True}),
        case(f, f"{a}/v2/reklamo", fmt="form", headers=_h(rng, fil=True, **b), body={
            "kontrol": L(PADALA_REF, BUY),
            "mensahe": L("Hindi pa natatanggap ni Corazon Reyes ang padala kahapon pa",
                         f"{TEXT}|{NAMEC}"), "kategorya": "delayed"}),
        case(f, f"{a}/v2/referral", fmt="form", headers=_h(rng, **b), body={
            "name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL), "code": "JANE500"}),
        case(f, f"{a}/v2/aparato", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "aparato": L(INSTALL_ID, DID),
            "modelo": L("Pixel 8", DEV), "os": L("Android 14", DEV), "wika": L("fil_PH", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("padala_sent", 1, corridor="US-PH"), ev("eload_bought", 2),
                ev("screen", 3, screen=L("Tatanggap", USAGE))]}),
        case(f, f"{a}/v2/padala", headers=_h(rng, how="none"), query={"page": "1"},
             cookies={"pdl_sess": L(opaque(rng, "", 44), CRED),
                      "pdl_aparato": L(INSTALL_ID, DID), "pdl_lang": "fil"}),
    ]


def padalaya_sdks() -> list[Case]:
    rng = random.Random(6212)
    return [
        mq_batch(APP, rng, [("Padala Sent", {"amount": L(500.0, BUY), "corridor": "US-PH"}),
                            ("Eload Bought", {"amount": L(5.49, BUY)})], ip=True),
        mq_identify(APP, rng, {"kyc_level": 2, "city": L(CITY, COARSE), "corridor": "US-PH",
                               "lang": L("fil", DEV)}),
        as_session(APP, rng, first=True),
        as_event(APP, rng, "k2x7pq", "first_padala", revenue="4.99", hashed=True),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "quote expired"),
                 [ck_crumb("navigation", "Quote -> Padala"),
                  ck_crumb("request", "POST /v2/padala", {"status": 409})],
                 screen="PadalaActivity"),
        fh_eval(APP, rng, {"corridor": "US-PH", "kycLevel": 2}),
        px_register(APP, rng, tags={"wika": "fil", "corridor": "US-PH"}, lang="fil"),
        cm_check(APP, rng, {"analytics": True, "ads": False}),
        pj_card(APP, rng, email=True),
        pj_confirm(APP, rng, "504.99"),
        cp_message(APP, rng, L(f"Nag-fail ang e-load sa {MIL_LOCAL}, pero na-charge ako",
                               f"{TEXT}|{TEL}"), {"reference": L(LOAD_REF, BUY)}),
    ]
