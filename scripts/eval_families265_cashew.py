"""A cashew processor's farmer app "Kasuu Jula" (she sells the raw nuts of her husband's family's
orchard near Brikama to the processor's buying station; keys Mandinka in ASCII mixed with the
English a farmer-payments API keeps: ``too`` name, ``kontong`` surname, ``telefoon`` phone,
``gundo`` password, ``sabati_kaardi`` residence card, ``kunkoo`` farm, ``yiroo`` trees,
``tombo`` harvest, ``baaga`` bags, ``kiloo`` kilograms, ``sango`` price, ``kodoo`` amount,
``joo`` payment, ``waafi`` sale, ``konto`` account, ``kee`` husband, ``saatee`` village,
``dulaa`` place, ``kibaaroo`` message, ``jaa`` photo, ``taa`` pick-up): sign-up (her residence
card, her husband as co-owner), an SMS code, ``/nna``, the orchard boundary, the tree census,
the day's price (a catalogue GET), the harvest log with her fix in the orchard, a moisture note
(msgpack), a bag drop at the station (a protobuf weighing ticket), a photo of the bags, the
pick-up at the orchard gate, the sale by number in the path, a quality dispute, the payout
account, payouts, her tax number, an offline sync (JSON Lines), price alerts, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families265_kit import (
    BRIKAMA,
    FARMER,
    GM_ACCOUNT,
    HUSBAND,
    ORCHARD_AT,
    ORCHARD_FIX,
    RESIDENCE,
    STATION,
    TIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families265_sdk import mb_batch, mb_identify, mb_queue, tk_event, tk_launch
from eval_families265_svc import fk_eval, ha_message, mk_geocode, pd_wallet, pk_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kasuujula", "Kasuu Jula", "com.example.kasuujula", "2.4.1",
          "https://api.kasuujula.example.com")
IID = "X-KJ-Device"
NID = "personal.national_id"
SALE = "KJ-S-26-04417"  # her bag drop's sale (financial.purchase)
PW = "Kasuu!Brikama7"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kasuujula() -> list[Case]:
    rng = random.Random(26521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, farmer=L(FARMER, UID), telefoon=L(E164, TEL)))}
    ola, olo = fix(ORCHARD_FIX)
    lab: dict[str, str] = {}
    ticket = pb([(1, L(SALE, BUY)), (2, L(FARMER, UID)), (3, STATION["id"]),
                 (4, [(1, 14), (2, 1148.5), (3, 47.2)]), (5, L(70363, BUY))], "", lab)
    sale = at_path(case(f, f"{a}/v2/waafi/{SALE}", headers=_h(rng, **b)), SALE, BUY)
    return [
        case(f, f"{a}/v2/farmers", headers=_h(rng), body={
            "too": L(FIRST, NAMEC), "kontong": L(LAST, NAMEC), "telefoon": L(E164, TEL),
            "gundo": L(PW, CRED), "sabati_kaardi": L(RESIDENCE, NID), "farmer_id": L(FARMER, UID),
            "kee": {"too": L(HUSBAND[0], NAMEC), "telefoon": L(HUSBAND[1], TEL),
                    "role": "co_owner"},
            "saatee": L(BRIKAMA["town"], COARSE), "district": L("Kombo Central", COARSE),
            "station": STATION["id"]}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "telefoon": L(NATIONAL, TEL), "otp": L("447120", CRED)}),
        case(f, f"{a}/v2/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kunkoo", headers=_h(rng, **b), body={
            "farmer_id": L(FARMER, UID), "hectares": 2.1, "yiroo_siyaa": 186,
            "dandanoo": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in ORCHARD_AT]}),
        case(f, f"{a}/v2/kunkoo/yiroo", fmt="form", headers=_h(rng, **b), body={
            "farmer_id": L(FARMER, UID), "kotoolu": "142", "kuraalu": "44",
            "sanji_jamaa": "12"}),
        case(f, f"{a}/v2/sango/bii", headers=_h(rng, **b), query={
            "station": STATION["id"], "kuu": "rcn"}),
        case(f, f"{a}/v2/tombo", headers=_h(rng, **b), body={
            "farmer_id": L(FARMER, UID), "taariki": "2026-04-11", "baaga": 14,
            "dulaa": {"lat": ola, "lon": olo, "acc": 7}, "workers": 4,
            "safee": L("Picked the east rows, many nuts fell after the wind", TEXT)}),
        case(f, f"{a}/v2/tombo/moisture", fmt="msgpack", headers=_h(rng, **b), body={
            "lot": obj(rng, "lot"), "moisture_pct": 9.4, "nut_count": 188, "kor": 47.2,
            "by": L(FARMER, UID)}),
        raw(f, f"{a}/v2/station/{STATION['id']}/ticket", ticket, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/tombo/jaa", [
            ("jaa", "bags_apr11.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"lot": obj(rng, "lot"), "baaga": 14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/taa", headers=_h(rng, **b), body={
            "farmer_id": L(FARMER, UID), "taariki": "2026-04-13", "baaga": 20,
            "dulaa": {"lat": L(f"{ORCHARD_AT[0][0]:.5f}", PRECISE),
                      "lon": L(f"{ORCHARD_AT[0][1]:.5f}", PRECISE)},
            "contact": L(HUSBAND[1], TEL)}),
        sale,
        case(f, f"{a}/v2/waafi/dispute", headers=_h(rng, **b), body={
            "sale": L(SALE, BUY),
            "kibaaroo": L("The scale showed 1148 kg but we brought 14 full bags, please recheck",
                          TEXT)}),
        case(f, f"{a}/v2/payout/konto", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "konto": L(GM_ACCOUNT, PAY),
            "bank": "Example Bank Gambia", "farmer_id": L(FARMER, UID)}),
        case(f, f"{a}/v2/payouts", headers=_h(rng, **b), query={
            "farmer_id": L(FARMER, UID), "season": "2026"}),
        case(f, f"{a}/v2/payouts/split", fmt="form", headers=_h(rng, **b), body={
            "sale": L(SALE, BUY), "kee_wallet": L(HUSBAND[1], TEL), "kee_kodoo": L("30000", BUY),
            "n_kodoo": L("40363", BUY)}),
        case(f, f"{a}/v2/tax", gz=True, headers=_h(rng, **b), body={
            "farmer_id": L(FARMER, UID), "tin": L(TIN, NID), "season": "2026",
            "kodoo": L(70363, BUY), "kiloo": 1148.5}),
        lines(f, f"{a}/v2/sync", [
            {"op": "tombo", "baaga": 6, "by": L(FARMER, UID), "t": 1775900000},
            {"op": "tombo", "baaga": 8, "by": L(FARMER, UID), "t": 1775986400},
            {"op": "waafi", "sale": L(SALE, BUY), "kodoo": L(70363, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/alerts", fmt="form", headers=_h(rng, **b), body={
            "kuu": "price_above", "sango": "62", "station": STATION["id"]}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("harvest_logged", 1), ev("screen", 2, screen=L("Payouts", USAGE))]}),
        case(f, f"{a}/v2/auth/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kasuujula_sdks() -> list[Case]:
    rng = random.Random(26522)
    return [
        mb_batch(APP, rng, [("Harvest Logged", {"bags": 14}), ("Sale Closed", {
            "amount": L(70363, BUY)})], at=ORCHARD_FIX, nd=2),
        mb_identify(APP, rng, {"district": L("Kombo Central", COARSE),
                               "farmer_id": L(FARMER, UID), "trees": 186}),
        mb_queue(APP, rng, [("Moisture Read", {"pct": 9.4}), ("Ticket Saved", {})]),
        tk_launch(APP, rng, user=True),
        tk_event(APP, rng, "sale", {"sale": L(SALE, BUY)}, revenue=70363.0),
        fk_eval(APP, rng, {"district": L("Kombo Central", COARSE), "role": "farmer"}),
        pk_register(APP, rng, at=ORCHARD_FIX, nd=2, tags={"station": STATION["id"]}),
        pd_wallet(APP, rng, "30000", L(HUSBAND[1], TEL)),
        mk_geocode(APP, rng, "Brikama cashew buying station", "behavior.search",
                   near=ORCHARD_FIX, nd=3),
        ha_message(APP, rng, L(f"Payout for sale {SALE} is late", f"{TEXT}|{BUY}"),
                   {"farmer_id": L(FARMER, UID)}),
    ]
