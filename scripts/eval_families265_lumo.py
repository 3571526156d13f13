"""A weekly-market (lumo) shopping-runner app "Lumodoo" (runners buy at the Kombo lumos, Gunjur on
Saturday and Sifoe on Sunday, and bring the shopping home; keys Mandinka in ASCII: ``too``
name, ``telefoon`` phone, ``kod`` code, ``suwo`` compound (street line), ``kabilo`` quarter,
``saatee`` town, ``lumoo`` market, ``lungo`` day, ``fengolu`` items, ``siyaa`` quantity,
``sango`` price, ``kodoo`` amount, ``joo`` payment, ``komandi`` order, ``kiilaa`` runner,
``dulaa`` place, ``safee`` note, ``nyinin`` search, ``looloo`` stars, ``baa`` mother,
``falindiroo`` substitution, ``maraa`` saved): sign-up by phone, an SMS code, ``/nna``, the lumo
calendar near her (2 decimals), a search, a lumo's prices, an order to her compound (her pin at 6
decimals), its payment, a substitution accepted, the runner's position (the runner's), a chat
with the runner, a tip, a rating, an order for her mother-in-law in Brikama, the order by
number in the path, saved lists, an offline cart queue (JSON Lines), a basket sync (msgpack),
preferences (base64 JSON cookie), push, events and a log-out."""

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
    E164,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families265_kit import (
    BRIKAMA,
    BRIKAMA_AT,
    GM_NET,
    HOME,
    HOME_AT,
    LUMO_ORDER,
    LUMOS,
    MOTHER_IL,
    fix,
    hd,
    obj,
)
from eval_families265_sdk import bw_bid, bw_notice, ct_crash, ct_crumb, mb_batch, tk_event
from eval_families265_svc import ck_check, ha_message, mk_route, mk_telemetry, pd_card, pd_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lumodoo", "Lumodoo", "com.example.lumodoo", "1.11.3", "https://api.lumodoo.example.com")
IID = "X-Lumodoo-Device"
ORDER2 = "LD-26-11904"  # the order for her mother-in-law (financial.purchase)
RUNNER_AT = (13.20288, -16.75511)  # the runner's phone at the lumo (not hers: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mnk=True, **kw)


def lumodoo() -> list[Case]:
    rng = random.Random(26561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefoon=L(E164, TEL), kabilo=L(HOME["area"], COARSE)))}
    hla, hlo = fix(HOME_AT)
    order = at_path(case(f, f"{a}/api/komandi/{LUMO_ORDER}", headers=_h(rng, **b)),
                    LUMO_ORDER, BUY)
    return [
        case(f, f"{a}/api/safee", headers=_h(rng), body={
            "too": L(f"{FIRST} {LAST}", NAMEC), "telefoon": L(E164, TEL),
            "imeel": L(EMAIL, MAIL), "suwo": L(HOME["line"], ADDR),
            "kabilo": L(HOME["area"], COARSE), "saatee": L(HOME["town"], COARSE),
            "network": L(GM_NET, "location.carrier")}),
        case(f, f"{a}/api/kod", fmt="form", headers=_h(rng), body={
            "telefoon": L(NATIONAL, TEL), "kod": L("914402", CRED)}),
        case(f, f"{a}/api/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/lumolu", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE),
            "km": "40"}),
        case(f, f"{a}/api/nyinin", headers=_h(rng, **b), query={
            "q": L("jaabo ning tamaatu", SEARCH), "lumoo": LUMOS[0]["id"]}),
        case(f, f"{a}/api/lumolu/{LUMOS[0]['id']}/sango", headers=_h(rng, **b),
             query={"lungo": "2026-02-21"}),
        case(f, f"{a}/api/komandi", headers=_h(rng, **b), body={
            "komandi": L(LUMO_ORDER, BUY), "lumoo": LUMOS[0]["id"],
            "fengolu": [{"sku": "onion_kg", "siyaa": 3, "sango": 60},
                        {"sku": "bonga_smoked", "siyaa": 6, "sango": 25},
                        {"sku": "okra_heap", "siyaa": 2, "sango": 40},
                        {"sku": "palm_oil_l", "siyaa": 1, "sango": 180}],
            "kodoo": L(590, BUY), "kiilaa_kodoo": 100,
            "suwo": L(HOME["line"], ADDR), "dulaa": {"lat": hla, "lon": hlo},
            "safee": L("Blue gate after the mosque, ask for Lamin's wife", TEXT)}),
        case(f, f"{a}/api/joo", fmt="form", headers=_h(rng, **b), body={
            "komandi": L(LUMO_ORDER, BUY), "kodoo": L("690", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "idempotency": rid(rng)}),
        case(f, f"{a}/api/komandi/falindiroo", fmt="form", headers=_h(rng, **b), body={
            "line": obj(rng, "ln"), "sku": "okra_fresh_kg", "ok": "1"}),
        case(f, f"{a}/api/kiilaa/dulaa", headers=_h(rng, **b), query={
            "komandi": L(LUMO_ORDER, BUY), "kiilaa": "rn_0417",
            "last": f"{RUNNER_AT[0]},{RUNNER_AT[1]}"}),
        case(f, f"{a}/api/kiilaa/chat", headers=_h(rng, **b), body={
            "komandi": L(LUMO_ORDER, BUY), "to": "rn_0417",
            "safee": L("If there is no bonga take catfish, and call me on 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/kiilaa/tip", fmt="form", headers=_h(rng, **b), body={
            "komandi": L(LUMO_ORDER, BUY), "kodoo": L("50", BUY)}),
        case(f, f"{a}/api/looloo", headers=_h(rng, **b), body={
            "komandi": L(LUMO_ORDER, BUY), "looloo": 5,
            "safee": L("Fresh okra and he waited at the gate, thank you", TEXT)}),
        case(f, f"{a}/api/komandi", headers=_h(rng, **b), body={
            "komandi": L(ORDER2, BUY), "lumoo": LUMOS[1]["id"],
            "fengolu": [{"sku": "rice_25kg", "siyaa": 1, "sango": 1450}],
            "kodoo": L(1450, BUY),
            "mookoo": {"too": L(MOTHER_IL[0], NAMEC), "telefoon": L(MOTHER_IL[1], TEL),
                       "suwo": L(BRIKAMA["line"], ADDR), "saatee": L(BRIKAMA["town"], COARSE)},
            "dulaa": {"lat": L(round(BRIKAMA_AT[0], 4), PRECISE),
                      "lon": L(round(BRIKAMA_AT[1], 4), PRECISE)},
            "safee": L("For my mother-in-law, leave it with the children if she is at the market",
                       TEXT)}),
        order,
        case(f, f"{a}/api/maraa", headers=_h(rng, **b), query={"user": L(USER_ID, UID)}),
        lines(f, f"{a}/api/cart/queue", [
            {"op": "add", "sku": "onion_kg", "siyaa": 3, "user": L(USER_ID, UID)},
            {"op": "add", "sku": "bonga_smoked", "siyaa": 6, "user": L(USER_ID, UID)},
            {"op": "note", "safee": L("Not the small bonga", TEXT), "user": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cart/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "lumoo": LUMOS[1]["id"],
            "fengolu": [{"sku": "rice_25kg", "siyaa": 1}], "kodoo": L(1450, BUY)}),
        case(f, f"{a}/api/prefs", headers=_h(rng, how="none"), cookies={
            "ld_sess": L(opaque(rng, "", 40), CRED),
            "ld_prefs": W({"kabilo": L(HOME["area"], COARSE), "kango": L("mnk", DEV),
                           "lumoo": LUMOS[0]["id"]}, "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "kango": L("mnk", DEV), "waati_dulaa": L("Africa/Banjul", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, kodoo=L(590, BUY)), ev("screen", 2,
                                                            screen=L("RunnerMap", USAGE))]}),
        case(f, f"{a}/api/bo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]



def lumodoo_sdks() -> list[Case]:
    rng = random.Random(26562)
    return [
        mb_batch(APP, rng, [("Order Placed", {"total": L(590, BUY)}),
                            ("Runner Tipped", {})], at=HOME_AT, nd=2, locale="mnk_GM"),
        tk_event(APP, rng, "purchase", {"order": L(LUMO_ORDER, BUY)}, revenue=590.0,
                 hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="groceries,market,fish"),
        bw_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "runner map detached"),
                 [ct_crumb("nav", "Order -> RunnerMap"),
                  ct_crumb("net", "GET", {"url": f"{APP.api}/api/kiilaa/dulaa", "status": 200})],
                 screen="RunnerMapActivity"),
        ck_check(APP, rng, {"analytics": True}),
        pd_card(APP, rng),
        pd_confirm(APP, rng, "690.00"),
        mk_route(APP, rng, [((LUMOS[0]["lat"], LUMOS[0]["lon"]), None), (HOME_AT, PRECISE)]),
        mk_telemetry(APP, rng, [HOME_AT], PRECISE),
        ha_message(APP, rng, L(f"Order {LUMO_ORDER} came without the palm oil",
                               f"{TEXT}|{BUY}"), {"user": L(USER_ID, UID)}),
    ]
