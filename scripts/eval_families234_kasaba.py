"""A village women's cassava-bread group's app "Mamakasaba" (the Tutubuka women grate, press and
bake cassava bread; she is the group's town coordinator in Paramaribo: she takes the orders,
sends the bread down by boat and bus from Atjoni, and pays the women). Its API's keys are
Saramaccan, ASCII-folded: ``neen`` name, ``telefon`` phone, ``konde`` village, ``kamian`` town,
``koodineta`` coordinator, ``goupu`` group, ``bee`` batch (lit. "bread"), ``kasaba`` cassava,
``bai`` order, ``baima`` customer, ``seli`` sales, ``moni`` amount, ``hii_moni`` total,
``paka_go`` payout, ``banku_nomba`` bank account, ``tja_go`` delivery, ``boto`` boat,
``pe_a_de`` where she is, ``boskopu`` message, ``daka`` day, ``kode`` code: coordinator sign-up
(her bank account), an SMS code, ``/mi``, a baking day logged at the bakehouse with her fix, the
price list, a product photo, a customer's order (the customer's name and phone typed by her),
the shipment from Atjoni (boat and bus), a market day's sales (msgpack), the payouts to the
women, an offline stock sync (JSON Lines), the group's sales by coordinator number in the path, a
message to the bus driver, the group's monthly report (gzip), push, events and a session refresh.
No earlier set has a cassava-bread group (a grep: "cassava bread", "manioc", "kwaka" matched
nothing; "cassava" appears only as a product in set 114)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families234_kit import (
    ATJONI,
    ATJONI_FIX,
    COORD,
    GROUP,
    MOTHER_IL,
    SR_ACCOUNT,
    VILLAGE,
    VILLAGE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families234_sdk import tk_event, tk_launch, tp_batch, tp_identify, tp_pixel
from eval_families234_svc import cp_wallet, fp_eval, ht_message, ml_geocode, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mamakasaba", "Mamakasaba", "com.example.mamakasaba", "1.4.1",
          "https://api.mamakasaba.example.com")
IID = "X-Mamakasaba-Install"
CUSTOMER = ("Lydia Vanenburg", "+5978429913")  # a customer she types in (contact.*)
BUS = {"name": "Atjoni bus Broki", "phone": "+5978901122"}  # a bus line's phone (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mamakasaba() -> list[Case]:
    rng = random.Random(23451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, koodineta=L(COORD, UID), telefon=L(E164, TEL)))}
    vla, vlo = fix(VILLAGE_FIX)
    bla, blo = fix(ATJONI_FIX, 5)
    order = L("MK-B-2026-0188", BUY)
    sales = at_path(case(f, f"{a}/v1/koodineta/{COORD}/seli", headers=_h(rng, **b),
                         query={"komoto": "2025-11-01", "te": "2026-01-31"}), COORD, UID)
    return [
        case(f, f"{a}/v1/koodineta", headers=_h(rng), body={
            "neen": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "telefon": L(E164, TEL),
            "koodineta": L(COORD, UID), "goupu": GROUP["id"],
            "konde": L(VILLAGE["name"], COARSE), "kamian": L("Paramaribo", COARSE),
            "banku_nomba": L(SR_ACCOUNT, PAY), "banku": "Example Bank Suriname"}),
        case(f, f"{a}/v1/kode", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kode": L("930417", CRED)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bee", headers=_h(rng, **b), body={
            "goupu": GROUP["id"], "daka": "2026-01-16", "kasaba_kg": 140, "bee": 96,
            "pe_a_de": {"lat": vla, "lng": vlo},
            "bee_wosu": {"lat": GROUP["bake_lat"], "lng": GROUP["bake_lon"]},
            "mujee_nomba": 9, "koodineta": L(COORD, UID)}),
        case(f, f"{a}/v1/peisi", headers=_h(rng, **b), query={"goupu": GROUP["id"]}),
        multipart(f, f"{a}/v1/sani/foto", [
            ("foto", "kasaba_bee.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {"sani": "kb_gaan", "peisi": 45})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bai", headers=_h(rng, **b), body={
            "bai": order, "baima": {"neen": L(CUSTOMER[0], NAMEC),
                                    "telefon": L(CUSTOMER[1], TEL)},
            "sani": [{"sani": "kb_gaan", "n": 10, "peisi": 45},
                     {"sani": "kb_piki", "n": 6, "peisi": 25}],
            "hii_moni": L(600, BUY), "daka": "2026-01-24",
            "boskopu": L("Tja den 10 gaan kasaba go a Lydia en wosu a Latour baka juu 4",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/tja_go", headers=_h(rng, **b), body={
            "bai": order, "boto": "bt_kodjo_01", "bus": BUS["name"],
            "bus_telefon": BUS["phone"], "komoto": L("Atjoni", COARSE),
            "pe_a_de": {"lat": bla, "lng": blo},
            "landing": {"lat": ATJONI["lat"], "lng": ATJONI["lon"]}, "saka": 4}),
        case(f, f"{a}/v1/seli/maket", fmt="msgpack", headers=_h(rng, **b), body={
            "koodineta": L(COORD, UID), "daka": "2026-01-18", "maket": "Vreedzaam markt",
            "seli": [{"sani": "kb_gaan", "n": 22}, {"sani": "kb_piki", "n": 15}],
            "hii_moni": L(1365, BUY)}),
        case(f, f"{a}/v1/paka_go", headers=_h(rng, **b), body={
            "goupu": GROUP["id"], "koodineta": L(COORD, UID), "liba": "2026-01",
            "mujee": [{"neen": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                       "moni": 820},
                      {"sembe": "mbr_07", "moni": 640}],
            "komoto_banku": L(SR_ACCOUNT, PAY)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "stok", "sani": "kb_gaan", "n": 41, "by": L(COORD, UID)},
            {"op": "seli", "bai": L("MK-B-2026-0188", BUY), "hii_moni": L(600, BUY)},
            {"op": "stok", "sani": "kb_piki", "n": 18, "by": L(COORD, UID)}],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v1/boskopu", headers=_h(rng, **b), body={
            "go_a": "bus_broki",
            "boskopu": L("Baa, den 4 saka kasaba da fu mi, kai mi a +1 555 010 0199 te i "
                         "doo a Paramaribo", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/goupu/liba", gz=True, headers=_h(rng, **b), body={
            "goupu": GROUP["id"], "liba": "2026-01", "koodineta": L(COORD, UID),
            "bee": 412, "kasaba_kg": 590, "hii_seli": L(17340, BUY)}),
        case(f, f"{a}/v1/baima", headers=_h(rng, **b), query={
            "koodineta": L(COORD, UID), "side": "1"}),
        case(f, f"{a}/v1/bai/status", fmt="form", headers=_h(rng, **b), body={
            "bai": L("MK-B-2026-0188", BUY), "status": "doo", "koodineta": L(COORD, UID)}),
        case(f, f"{a}/v1/peisi/kenki", headers=_h(rng, **b), body={
            "goupu": GROUP["id"], "sani": "kb_gaan", "peisi": 50, "komoto": "2026-02-01"}),
        case(f, f"{a}/v1/apaati", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/sani_di_pasa", headers=_h(rng, **b), body={
            "sembe": L(USER_ID, UID), "sani": [
                ev("order_taken", 1), ev("skiin", 2, skiin=L("Tja", USAGE))]}),
        case(f, f"{a}/v1/sesi/nyun", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apaati": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/bai/{obj(rng, 'ln')}", headers=_h(rng, **b)),
    ]


def mamakasaba_sdks() -> list[Case]:
    rng = random.Random(23452)
    return [
        tp_batch(APP, rng, [("Batch Logged", {"loaves": 96}), ("Order Taken", {})],
                 at=VILLAGE_FIX, nd=2),
        tp_identify(APP, rng, {"konde": L(VILLAGE["name"], COARSE), "koodineta": L(COORD, UID)}),
        tp_pixel(APP, rng, "Sales Opened", {"period": "2026-01"}),
        tk_launch(APP, rng, user=True),
        tk_event(APP, rng, "order", {"sani": "kb_gaan"}),
        fp_eval(APP, rng, {"konde": L(VILLAGE["name"], COARSE), "role": "coordinator"}),
        pa_register(APP, rng, at=ATJONI_FIX, nd=2, tags={"goupu": GROUP["id"]}),
        cp_wallet(APP, rng, "820", L(MOTHER_IL[1], TEL)),
        ml_geocode(APP, rng, "Latour Paramaribo", "behavior.search", near=ATJONI_FIX, nd=3),
        ht_message(APP, rng, L("Di paka_go fu liba januari an doo a banku ete", TEXT),
                   {"koodineta": L(COORD, UID)}),
    ]
