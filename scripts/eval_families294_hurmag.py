"""Turbat date-market seller app "Hurmagbazar" (she sells the dates of her husband's family's
orchard in Kalatuk to wholesale buyers at the Turbat mandi; its API's keys are Balochi in Latin
letters, ASCII-folded: ``nam`` first name, ``logi_nam`` surname (lit. "house name"), ``mobail``
mobile, ``ramz`` password, ``pedaishi_roch`` birth date, ``shanakhti_kard`` ID card, ``halk``
village, ``zila`` district, ``mard`` husband, ``bag`` orchard, ``mach`` palms, ``nar_mach`` male
palms, ``hurmag`` dates, ``kism`` variety, ``chinag`` picking, ``hushkag`` drying, ``bar`` load,
``baha`` price, ``zar`` amount, ``adaigi`` payment, ``sauda`` deal, ``kharidar`` buyer, ``kolo``
message, ``gap`` remark, ``arz``/``tool`` latitude/longitude, ``jagah`` place, ``mazdur``
labourers, ``hisab`` account, ``rasid`` receipt, ``bikrokar`` seller, ``shohaz`` search): sign-up,
log-in, ``/mani``, the orchard's boundary, a pollination crew, the harvest with her fix in the
rows, a drying note (msgpack), a lot listed with a photo, bids, a deal accepted, the truck to
Karachi, the payout account, payouts, mandi rates, the market-fee return (gzip; her tax number),
an offline sync (JSON Lines), sales by seller number in the path, a message to a buyer, push,
events and a refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families294_kit import (
    HUSBAND,
    MANDI,
    NTN,
    ORCHARD_AT,
    PK_ACCOUNT,
    POC,
    ROW_FIX,
    SELLER,
    TURBAT,
    fix,
    hd,
    mobail,
    obj,
)
from eval_families294_sdk import (
    bh_bid,
    ca_session,
    km_batch,
    km_identify,
    km_pixel,
    mt_event,
    mt_launch,
)
from eval_families294_svc import fp_eval, hb_message, mb_geocode, pd_wallet, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hurmagbazar", "Hurmagbazar", "com.example.hurmagbazar", "3.4.1",
          "https://api.hurmagbazar.example.com")
IID = "X-Hurmag-Mobail"
PW = "Begumjangi#2025"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ur=True, **kw)


def hurmagbazar() -> list[Case]:
    rng = random.Random(29401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), bikrokar=L(SELLER, UID)))}
    rla, rlo = fix(ROW_FIX)
    lot = obj(rng, "lot")
    sales = at_path(case(f, f"{a}/api/v1/bikrokar/{SELLER}/sauda", headers=_h(rng, **b),
                         query={"az": "2025-08-01", "ta": "2025-10-31"}), SELLER, UID)
    return [
        case(f, f"{a}/api/v1/bikrokar", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "logi_nam": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "ramz": L(PW, CRED), "pedaishi_roch": L(DOB, BIRTH),
            "shanakhti_kard": L(POC, NID), "halk": L(TURBAT["village"], COARSE),
            "zila": L(TURBAT["district"], COARSE), "bikrokar_id": L(SELLER, UID),
            "mard": {"nam": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
            "mandi": MANDI["id"], "sharait_manzur": True}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ramz": L(PW, CRED), "yat_dar": "1"}),
        case(f, f"{a}/api/v1/mani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/bag", headers=_h(rng, **b), body={
            "bikrokar_id": L(SELLER, UID), "mach": 240, "nar_mach": 6,
            "kism": ["Begum Jangi", "Mozati", "Kaharaba"],
            "had": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in ORCHARD_AT]}),
        case(f, f"{a}/api/v1/mazdur/gushn", headers=_h(rng, **b), body={
            "roch": "2025-03-04", "mazdur": 3, "mach": 180, "zar": L(27000, BUY),
            "gap": L("Use pollen from our own six male palms, not bought pollen", TEXT)}),
        case(f, f"{a}/api/v1/chinag", headers=_h(rng, **b), body={
            "roch": "2025-08-12", "kism": "Begum Jangi", "kg": 1860, "qatar": "q07",
            "jagah": {"arz": rla, "tool": rlo, "durosti": 9}, "mazdur": 5}),
        case(f, f"{a}/api/v1/hushkag/{lot}", fmt="msgpack", headers=_h(rng, **b), body={
            "lot": lot, "roch": 6, "garmi": 44.5, "namb": 18.2,
            "gap": L("Three days on the palm-mat platform, colour is good, no rain", TEXT),
            "bikrokar_id": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/lot", headers=_h(rng, **b), body={
            "lot": lot, "kism": "Begum Jangi", "bar_kg": 1400, "darja": "A",
            "baha_fi_kg": 520, "mandi": MANDI["id"], "bikrokar_id": L(SELLER, UID)}),
        multipart(f, f"{a}/api/v1/lot/aks", [
            ("aks", "begum_jangi_lot.jpg", "image/jpeg", L(JPEG + b"\x94", MEDIA)),
            ("meta", None, "application/json", {"lot": lot, "darja": "A"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/lot/{lot}/boli", headers=_h(rng, **b), query={"tartib": "baha"}),
        case(f, f"{a}/api/v1/sauda", headers=_h(rng, **b), body={
            "lot": lot, "kharidar": "kh_karachi_114", "boli": obj(rng, "bd"),
            "sauda": L("SD-25-08817", BUY), "zar": L(728000, BUY), "peshgi": L(200000, BUY)}),
        case(f, f"{a}/api/v1/truck", fmt="form", headers=_h(rng, **b), body={
            "sauda": L("SD-25-08817", BUY), "gaadi": "BA-TBT-4412", "roch": "2025-08-20",
            "driver_nam": L("Karim Bakhsh Gichki", NAMEC), "driver_mobail": L("+923458813520",
                                                                             TEL),
            "manzil": "Karachi Sabzi Mandi"}),
        case(f, f"{a}/api/v1/hisab", headers=_h(rng, **b), body={
            "hisab_dar": L(f"{FIRST} {LAST}", NAMEC), "iban": L(PK_ACCOUNT, PAY),
            "bank": "Example Bank Pakistan", "bikrokar_id": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/adaigi", headers=_h(rng, **b), query={
            "bikrokar_id": L(SELLER, UID), "halat": "all"}),
        case(f, f"{a}/api/v1/mandi/nirkh", headers=_h(rng, **b), query={
            "mandi": MANDI["id"], "kism": "Begum Jangi", "roch": "2025-08-18"}),
        case(f, f"{a}/api/v1/shohaz", headers=_h(rng, **b), query={
            "shohaz": L("Mozati kharidar Dubai", SEARCH), "safha": "1"}),
        case(f, f"{a}/api/v1/mandi_fees", gz=True, headers=_h(rng, **b), body={
            "bikrokar_id": L(SELLER, UID), "mosum": "2025", "bar_kg": 5200,
            "kul_zar": L(2694000, BUY), "ntn": L(NTN, NID), "fees": L(26940, BUY)}),
        lines(f, f"{a}/api/v1/sync", [
            {"amal": "stock", "lot": lot, "kg": 1400, "bikrokar_id": L(SELLER, UID)},
            {"amal": "sauda", "sauda": L("SD-25-08817", BUY), "zar": L(728000, BUY)}],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/api/v1/kolo", headers=_h(rng, **b), body={
            "pa": "kh_karachi_114",
            "kolo": L("Salam, the truck leaves tonight. Call my husband Nasir Dashti on "
                      "+923218840217 at the mandi", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/mobail", headers=_h(rng, **b), body=mobail(push_token(rng))),
        case(f, f"{a}/api/v1/events", headers=_h(rng, **b), body={
            "bandag": L(USER_ID, UID), "events": [
                ev("lot_listed", 1), ev("screen", 2, screen=L("Boli", USAGE))]}),
        case(f, f"{a}/api/v1/session/nok", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "mobail": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]



def hurmagbazar_sdks() -> list[Case]:
    rng = random.Random(29402)
    return [
        km_batch(APP, rng, [("Harvest Logged", {"kg": 1860}), ("Lot Listed", {"grade": "A"})],
                 at=ROW_FIX, nd=2),
        km_identify(APP, rng, {"zila": L("Kech", COARSE), "bikrokar_id": L(SELLER, UID)}),
        km_pixel(APP, rng, "Rates Opened", {"mandi": MANDI["id"]}),
        mt_launch(APP, rng, user=True),
        mt_event(APP, rng, "deal", {"sauda": L("SD-25-08817", BUY)}, revenue=728000.0),
        fp_eval(APP, rng, {"zila": L("Kech", COARSE), "role": "seller"}),
        pj_register(APP, rng, at=ROW_FIX, nd=2, tags={"zila": L("Kech", COARSE)}),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ROW_FIX, nd=3,
               keywords="dates,agriculture,turbat"),
        ca_session(APP, rng, secs=1104),
        pd_wallet(APP, rng, "200000", L(E164, TEL)),
        mb_geocode(APP, rng, "Turbat date mandi cold store", SEARCH, near=ROW_FIX, nd=3),
        hb_message(APP, rng, L("Payout for deal SD-25-08817 is still pending",
                               f"{TEXT}|{BUY}"), {"bikrokar_id": L(SELLER, UID)}),
    ]
