"""Coffee smallholder's buyer app "Kopi Bung" (her family's garden near Wau sells parchment to a
buyer's depot; earlier coffee sets were a café or a cooperative, not a grower selling to a
buyer): registration, a grower-number log-in, ``/me``, the garden's boundary and a photo,
prices, a delivery at the depot, its receipt, the payout to her wallet, an input order, a
field visit (protobuf), household labour, a message to the extension officer, an offline
delivery queue (msgpack), a pest report, the weather (rounded), push, events and statements by
a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families121_kit import DEPOT, FARMER_NO, GARDEN, HASBAN, NID, WALLET, fix, obj
from eval_families121_sdk import bh_bid, tk_batch, tw_event, tw_link
from eval_families121_svc import mm_route, pc_wallet, pw_register
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, U, case

APP = App("kopibung", "KopiBung", "com.example.kopibung", "5.2.0",
          "https://api.kopibung.example.net")
IID = "Kb-Install-Id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return head(APP, rng, iid=IID, **kw)


def kopibung() -> list[Case]:
    rng = random.Random(12131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(FARMER_NO, UID)))}
    dlv = obj(rng, "dlv", 10)
    g0 = fix(GARDEN[0])
    lab: dict[str, str] = {}
    visit = pb([(1, L(USER_ID, UID)), (2, obj(rng, "fv", 8)),
                (3, [(1, L(-7.338704, PRECISE)), (2, L(146.712611, PRECISE))]),
                (4, "rust_check"), (5, 2)], "", lab)
    return [
        case(f, f"{a}/v2/growers", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "nid": L(NID, NATID), "province": L("Morobe", COARSE),
            "district": L("Bulolo", COARSE), "village": L("Kaisenik", COARSE)}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(FARMER_NO, UID),
            "password": L("9044", CRED), "client_id": "kopibung-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/gardens", headers=_h(rng, **b), body={
            "grower": L(FARMER_NO, UID), "boundary": [
                {"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in GARDEN],
            "areaHa": 0.8, "trees": 1150, "variety": "Arabica typica", "shade": "casuarina"}),
        multipart(f, f"{a}/v2/gardens/photo", [
            ("image", "garden.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"lat": g0[0], "lon": g0[1], "heading": 212})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/prices", headers=_h(rng, how="none"), query={
            "depot": DEPOT["id"], "grade": "PSC-Y1"}),
        case(f, f"{a}/v2/deliveries", headers=_h(rng, **b), body={
            "delivery": dlv, "grower": L(FARMER_NO, UID),
            "depot": {"id": DEPOT["id"], "name": DEPOT["name"], "phone": DEPOT["phone"],
                      "lat": DEPOT["lat"], "lon": DEPOT["lon"]},
            "bags": 4, "kg": 212.5, "grade": "PSC-Y1", "moisture": 11.8, "pricePerKg": "9.40",
            "totalPaid": L("1997.50", BUY), "receipt": L("WKD-88412", BUY)}),
        case(f, f"{a}/v2/deliveries/{dlv}/receipt", headers=_h(rng, **b), query={
            "grower": L(FARMER_NO, UID), "format": "pdf"}),
        case(f, f"{a}/v2/payouts", headers=_h(rng, **b), body={
            "delivery": dlv, "amount": L("1997.50", BUY), "wallet": L(WALLET, PAY),
            "msisdn": L(E164, TEL)}),
        case(f, f"{a}/v2/inputs/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "pruning-saw", "qty": 1}, {"sku": "drying-tarp-6m", "qty": 2}],
            "total": L("186.00", BUY), "deductFromNextDelivery": True}),
        raw(f, f"{a}/v2/field-visits", visit, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/certification/labour", headers=_h(rng, **b), body={
            "workers": [{"name": L(HASBAN[0], NAMEC), "relation": "husband", "days": 14}],
            "hiredWorkers": 2, "childrenWorking": False}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": "ext_officer_wau", "text": L(
                "Coffee berry borer in the lower rows near the creek, what spray?", TEXT)}),
        case(f, f"{a}/v2/deliveries/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "grower": L(FARMER_NO, UID), "queued": [
                {"delivery": obj(rng, "dlv", 10), "bags": 2, "grade": "PSC-Y2",
                 "paid": L("840.00", BUY)}]}),
        multipart(f, f"{a}/v2/pests", [
            ("photo", "borer.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("report", None, "application/json", {
                "pest": "CBB", "lat": L(-7.338977, PRECISE), "lon": L(146.712583, PRECISE),
                "note": L("Holes in about a third of the cherries", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/weather", headers=_h(rng, how="none"), query={
            "lat": L(f"{GARDEN[0][0]:.2f}", COARSE), "lon": L(f"{GARDEN[0][1]:.2f}", COARSE)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("delivery_logged", 1, bags=4), ev("payout_viewed", 2),
                ev("screen", 3, screen=L("Prices", USAGE))]}),
        case(f, f"{a}/v2/statements", headers=_h(rng, how="none"), query={"year": "2025"},
             cookies={"kb_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def kopibung_sdks() -> list[Case]:
    rng = random.Random(12132)
    return [
        tk_batch(APP, rng, [("delivery_logged", {"bags": 4, "grade": "PSC-Y1"}),
                            ("payout_received", {"amount": L(1997.5, BUY)})], gz=False),
        tw_event(APP, rng, "delivery", {"grade": "PSC-Y1"}, revenue=1997.5),
        tw_link(APP, rng, U("https://kopibung.example.net/open", {
            "grower": L(FARMER_NO, UID), "screen": "payout", "utm_source": "sms"})),
        bh_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}},
               keywords="coffee,farming"),
        pc_wallet(APP, rng, "186.00"),
        pw_register(APP, rng, at=GARDEN[0], nd=2, tags={"depot": DEPOT["id"]}),
        mm_route(APP, rng, [(GARDEN[0], PRECISE), ((DEPOT["lat"], DEPOT["lon"]), None)]),
    ]
