"""Enugu palm-oil cooperative's member app "Nkwuoma" (its API's keys are partly Igbo: ``aha``
name, ``aha_ezinaulo`` family name, ``nomba_ekwenti`` phone number, ``ebe_obibi`` address,
``obodo`` town, ``nomba_njirimara_mba`` national identity number, ``ubochi_omumu`` birth date,
``okwu_nzuzo`` password, ``di`` husband; also ``ego`` money, ``ozi`` message, ``ugbo`` farm,
``osisi`` trees, ``ala`` land, ``mbinye_ego`` loan, ``nomba_onye_otu`` member number, ``onu_ahia``
price, ``asusu`` language, ``onwe`` self). She holds her late mother's palm grove near Udi and
its share in the cooperative: sign-up, the SMS code, a log-in, ``/onwe`` with a JWT, the member
card by number in the path, the grove (its point) and a photo, a delivery of fruit bunches to
the mill, an oil sale (msgpack), shares bought, a loan asked with a guarantor and her BVN, her
payout account, prices, an inputs order, an advisory by a rounded point, attendance at the hall
(her fix, its Wi-Fi), a message, an AGM vote, dividends, push, events, a cookie GET, a receipt."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import NATID
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PHONE_NOPLUS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families124_kit import (
    BANK_CODE,
    BVN,
    DOB_NG,
    GROVE_AT,
    HALL_AT,
    HALL_FIX,
    HALL_WIFI,
    HUSBAND,
    MEMBER,
    MILL,
    NG_HOME,
    NIN,
    NUBAN,
    SISTER,
    fix,
    obj,
    ref,
)
from eval_families124_sdk import (
    as_bid,
    ck_crumb,
    ck_report,
    gh_batch,
    gh_identify,
    of_event,
    of_session,
)
from eval_families124_svc import cw_message, pay_charge, pg_register, ps_reverse
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("nkwuoma", "Nkwuoma", "com.example.nkwuoma", "2.7.1", "https://api.nkwuoma.example.com")
IID = "X-Nkwuoma-Device"
PW = "Nkwu!Udi2025"
SHARES = "SHR-7K2QHM4P"  # the shares purchase reference (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-US,en;q=0.9,ig;q=0.7", DEV)
    return h


def nkwuoma() -> list[Case]:
    rng = random.Random(12401)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, nomba_onye_otu=L(MEMBER, UID),
                                    nomba_ekwenti=L(E164, TEL)))}
    b = {"auth": "bearer"}
    gla, glo = fix(GROVE_AT, 5)
    hla, hlo = fix(HALL_FIX, 6)
    farm, mtg = obj(rng, "ugbo", 8), obj(rng, "mtg", 6)
    ticket, shares, order = ref(rng, "TKT"), SHARES, ref(rng, "INP")
    card = at_path(case(f, f"{a}/v1/members/{MEMBER}/card", headers=_h(rng, **b)), MEMBER, UID)
    divs = at_path(case(f, f"{a}/v1/members/{MEMBER}/dividends", query={"year": "2025"},
                        headers=_h(rng, **b)), MEMBER, UID)
    rcpt = at_path(case(f, f"{a}/v1/receipts/{shares}", headers=_h(rng, **b)), shares, BUY)
    return [
        case(f, f"{a}/v1/members/signup", headers=_h(rng), body={
            "aha": L(FIRST, NAMEC), "aha_ezinaulo": L(LAST, NAMEC),
            "nomba_ekwenti": L(E164, TEL), "email": L(EMAIL, MAIL),
            "ebe_obibi": L(NG_HOME["line"], ADDR), "obodo": L(NG_HOME["city"], COARSE),
            "steeti": L(NG_HOME["state"], COARSE), "nomba_njirimara_mba": L(NIN, NATID),
            "ubochi_omumu": L(DOB_NG, BIRTH), "okwu_nzuzo": L(PW, CRED),
            "di": {"aha": L(HUSBAND[0], NAMEC), "nomba_ekwenti": L(HUSBAND[1], TEL)},
            "branch": "udi", "terms": True}),
        case(f, f"{a}/v1/members/verify", fmt="form", headers=_h(rng), body={
            "nomba_ekwenti": L(PHONE, TEL), "otp": L("482913", CRED)}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "nomba_ekwenti": L(PHONE_NOPLUS, TEL), "okwu_nzuzo": L(PW, CRED),
            "device_id": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v1/onwe", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/v1/ugbo", headers=_h(rng, **b), body={
            "ugbo": {"aha": "Ugbo 1", "lat": gla, "lon": glo, "ala_hectares": 2.4,
                     "osisi": 310, "variety": "tenera", "obodo": L("Udi", COARSE)},
            "nomba_onye_otu": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/ugbo/{farm}/photos", [
            ("photo", "ugbo.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"farm": farm, "taken": 1765260000})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/deliveries", headers=_h(rng, **b), body={
            "farm": farm, "mill": MILL["id"], "mill_pos": {"lat": MILL["lat"], "lon": MILL["lon"]},
            "mill_phone": MILL["phone"], "bunches": 42, "tonnes": 0.86, "grade": "A",
            "ticket": L(ticket, BUY),
            "ego": L("189200", BUY), "onu_ahia": "220000"}),
        case(f, f"{a}/v1/oil/sales", fmt="msgpack", headers=_h(rng, **b), body={
            "drums": 4, "litres": 400, "onu_ahia": 1650, "ego": L(660000, BUY),
            "nomba_onye_otu": L(MEMBER, UID), "mill": MILL["id"]}),
        case(f, f"{a}/v1/shares/buy", fmt="form", headers=_h(rng, **b), body={
            "ego": L("50000", BUY), "units": "10", "nomba_onye_otu": L(MEMBER, UID),
            "reference": L(shares, BUY)}),
        case(f, f"{a}/v1/loans", headers=_h(rng, **b), body={
            "mbinye_ego": 250000, "months": 12,
            "ozi": L("To buy a new screw press and pay the harvest labourers", TEXT),
            "guarantor": {"aha": L(SISTER[0], NAMEC), "nomba_ekwenti": L(SISTER[1], TEL)},
            "bvn": L(BVN, NATID)}),
        case(f, f"{a}/v1/payout-account", fmt="form", headers=_h(rng, **b), body={
            "account_number": L(NUBAN, PAY), "bank_code": BANK_CODE,
            "account_name": L(NAME.upper(), NAMEC)}),
        case(f, f"{a}/v1/prices", query={"ahia": "ogbete", "product": "palm_oil"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/inputs/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "seedling_tenera", "qty": 50}, {"sku": "npk_15_15_15", "qty": 4}],
            "order_no": L(order, BUY), "total": L("187500", BUY),
            "deliver_to": {"farm": farm, "ward": L("Obinagu", COARSE)}}),
        case(f, f"{a}/v1/advisories", query={
            "lat": L(f"{GROVE_AT[0]:.2f}", COARSE), "lon": L(f"{GROVE_AT[1]:.2f}", COARSE),
            "crop": "oil_palm"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/meetings/{mtg}/attendance", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "accuracy": 8,
            "hall": {"lat": HALL_AT[0], "lon": HALL_AT[1]},
            "wifi": {"ssid": L(HALL_WIFI[0], WIFI), "bssid": L(HALL_WIFI[1], WIFI)},
            "nomba_onye_otu": L(MEMBER, UID)}),
        case(f, f"{a}/v1/ozi", headers=_h(rng, **b), body={
            "to": "secretary", "thread": obj(rng, "thr", 8),
            "ozi": L("Biko, my 42 bunches delivered on Monday are not on my statement", TEXT)}),
        case(f, f"{a}/v1/agm/votes", fmt="form", headers=_h(rng, **b), body={
            "motion": "agm25_m3", "vote": "aye"}),
        divs,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "asusu": L("ig", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("delivery_logged", 1, bunches=42), ev("shares_bought", 2),
                ev("screen_view", 3, screen=L("Ugbo", USAGE))]}),
        case(f, f"{a}/v1/statements", headers=_h(rng, how="none"),
             cookies={"nk_sess": L(opaque(rng, "", 40), CRED), "nk_dev": L(ANDROID_ID, DID),
                      "nk_lang": "ig"}),
        rcpt,
    ]


def nkwuoma_sdks() -> list[Case]:
    rng = random.Random(12402)
    return [
        gh_batch(APP, rng, [("Delivery Logged", {"tonnes": 0.86, "ego": L(189200, BUY)}),
                            ("Screen Viewed", {"screen": L("Ugbo", USAGE)})]),
        gh_identify(APP, rng, {"obodo": L("Udi", COARSE), "member": L(MEMBER, UID),
                               "farms": 1, "language": L("ig", DEV)}),
        of_session(APP, rng, first=True),
        of_event(APP, rng, "shares_bought", {"units": 10}, revenue=50000.0),
        as_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="NGA", region="EN",
               city="Enugu", keywords="agriculture,palm oil"),
        ck_report(APP, rng, ("java.lang.IllegalStateException", "ticket scanner closed"),
                  [ck_crumb("navigation", "Ugbo -> Delivery"),
                   ck_crumb("request", "POST /v1/deliveries", {"status": 500})],
                  screen="DeliveryActivity"),
        pg_register(APP, rng, lang="ig", tags={"obodo": L("Udi", COARSE), "branch": "udi"}),
        pay_charge(APP, rng, 5000000, SHARES),
        ps_reverse(APP, rng, GROVE_AT, "location.precise"),
        cw_message(APP, rng, L("How do I transfer my late mother's shares into my name?", TEXT),
                   {"member": L(MEMBER, UID)}),
    ]

