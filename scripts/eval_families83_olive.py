"""Olive-oil cooperative member app "Ullishta" (a cooperative near Vlorë; snake_case API; she is
a member through her family's grove and lives in New York): log-in by member number and PIN, an
SMS code, ``/me``, the profile, her grower tax number, the grove and a visit with her fix, a
harvest delivery (msgpack), the mill's acidity result by ticket, an oil order and its invoice by
order in the path, her payout IBAN, a pest report with a photo, a spraying log, the weather,
an assembly vote, a picker hired, a message to the agronomist, a search, push, events and a
cookie GET of the price bulletin."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families83_kit import GROVE, GROVE_AT, IBAN_AL, MEMBER_OL, MILL, TAX_AL
from eval_families83_sdk import ak_bid, gj_session, vz_beacon, vz_identify
from eval_families83_svc import fx_eval, ht_geocode, nd_attach, nj_register, pg_card, pq_check
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("ullishta", "Ullishta", "com.example.ullishta", "4.0.3",
          "https://members.ullishta.example.org")
IID = "X-Ull-Install"
ORDER = "ULL-ORD-52018"  # her oil order (financial.purchase)
TICKET = "DLV-25-11873"  # a delivery ticket at the mill (a negative)
GROVE_ID = "grv_0448a"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "plain")
    return head(APP, rng, iid=IID, **kw)


def ullishta() -> list[Case]:
    rng = random.Random(8341)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_OL, UID), role="grower"))}
    gla, glo = fix(GROVE_AT, 6)
    pla, plo = fix(GROVE_AT, 5)
    return [
        case(f, f"{a}/v1/members/login", fmt="form", headers=_h(rng), body={
            "member_no": L(MEMBER_OL, UID), "pin": L("7731", CRED), "device": "android"}),
        case(f, f"{a}/v1/members/otp", fmt="form", headers=_h(rng), body={
            "phone": L(DIGITS, TEL), "code": L("290417", CRED)}),
        case(f, f"{a}/v1/members/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/members/me", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "address": {"line1": L(LINE1, ADDR), "city": L(CITY, COARSE),
                        "zip": L(ZIP, COARSE), "country": L("US", COARSE)},
            "language": L("sq", DEV)}),
        case(f, f"{a}/v1/members/me/tax", headers=_h(rng, **b), body={
            "nipt": L(TAX_AL, NATID), "vat_registered": False}),
        case(f, f"{a}/v1/members/me/heirs", headers=_h(rng, **b), body={
            "heirs": [{"name": L("Michael Doe", NAMEC), "relation": "brother",
                       "national_id": L("K20412071B", NATID), "share": 0.5,
                       "phone": L("+15550126634", TEL)}], "notary": "Noteria Vlorë 4"}),
        case(f, f"{a}/v1/groves", headers=_h(rng, **b), body={
            **GROVE, "centroid": {"lat": pla, "lon": plo}, "irrigated": False,
            "organic": True, "member_no": L(MEMBER_OL, UID)}),
        case(f, f"{a}/v1/groves/{GROVE_ID}/visits", headers=_h(rng, **b), body={
            "lat": gla, "lon": glo, "acc_m": 6, "at": 1762412400, "purpose": "harvest"}),
        case(f, f"{a}/v1/deliveries", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER_OL, UID), "grove": GROVE_ID, "kg": 860, "crates": 43,
            "variety": GROVE["variety"], "mill": MILL["id"], "ticket": TICKET}),
        case(f, f"{a}/v1/deliveries/{TICKET}/analysis", headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "EVOO-5L-TIN", "qty": 4, "unit_price": "38.00"}],
            "total": L("152.00", BUY), "currency": "EUR",
            "ship_to": {"name": L(f"{FIRST} {LAST}", NAMEC), "line1": L(LINE1, ADDR),
                        "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)}}),
        at_path(case(f, f"{a}/v1/orders/{ORDER}/invoice.pdf", headers=_h(rng, **b)),
                ORDER, BUY),
        case(f, f"{a}/v1/payouts/account", fmt="form", headers=_h(rng, **b), body={
            "iban": L(IBAN_AL, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/pest-reports", [
            ("photo", "fly_damage.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("report", None, "application/json", {
                "grove": GROVE_ID, "pest": "olive fruit fly", "share_damaged": 0.15,
                "lat": pla, "lon": plo,
                "note": L("lots of stung fruit on the south terrace", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/groves/{GROVE_ID}/treatments", headers=_h(rng, **b), body={
            "product": "copper oxychloride", "dose_g_per_l": 3.5, "date": "2025-10-02",
            "operator": "self"}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": L(round(GROVE_AT[0], 2), COARSE), "lon": L(round(GROVE_AT[1], 2), COARSE),
            "days": "7"}),
        case(f, f"{a}/v1/assembly/2025-12/votes", headers=_h(rng, **b), body={
            "motion": "mo_17", "choice": "yes", "proxy": False}),
        case(f, f"{a}/v1/pickers", headers=_h(rng, **b), body={
            "name": L("Gëzim Duka", NAMEC), "phone": L("+355694400218", TEL),
            "days": 6, "daily_rate": "2500", "currency": "ALL"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "agronomist", "member": L(MEMBER_OL, UID),
            "text": L("Should I pick the Kalinjot early this year given the fly?", TEXT)}),
        case(f, f"{a}/v1/library/search", headers=_h(rng, **b), query={
            "q": L("olive fly trap bait", SEARCH)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("sq", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "member": L(MEMBER_OL, UID), "uid": L(USER_ID, UID), "events": [
                ev("delivery_logged", 1, kg=860), ev("order_placed", 2),
                ev("screen_view", 3, screen="Bulletin")]}),
        case(f, f"{a}/v1/bulletin/prices", headers=_h(rng, how="none"),
             cookies={"ull_s": L(opaque(rng, "", 36), CRED), "ull_m": L(MEMBER_OL, UID)}),
    ]


def ullishta_sdks() -> list[Case]:
    rng = random.Random(8342)
    return [
        vz_identify(APP, rng, {"member_no": L(MEMBER_OL, UID), "grove_trees": 140,
                               "language": L("sq", DEV)}),
        vz_beacon(APP, rng, "Bulletin Opened", {"week": 49}),
        gj_session(APP, rng, user=True, n=12, lang="sq"),
        ak_bid(APP, rng, {"native": {"ver": "1.2"}}, geo_ip={
            "country": "ALB", "region": "Vlorë", "city": "Vlorë"}, keywords="olive,farming"),
        fx_eval(APP, rng, {"coop": "narta", "harvest": "2025"}),
        nj_register(APP, rng, tags={"member": True}, at=GROVE_AT, nd=2, tz="Europe/Tirane",
                    lang="sq"),
        pq_check(APP, rng, {"analytics": True}),
        pg_card(APP, rng),
        ht_geocode(APP, rng, "Narta", COARSE, lang="sq"),
        nd_attach(APP, rng, L(JPEG + b"\x62", MEDIA), "ticket.jpg", "image/jpeg"),
    ]



