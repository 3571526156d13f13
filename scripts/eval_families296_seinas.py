"""A hay-baling and silage-wrapping contractor's booking app "Šėinapjūtė" (the contractor near
Plungė bales the family's meadows at the Šateikiai homestead each June; its API's keys are
Samogitian in Latin letters, ASCII-folded: ``vards``, ``pavarde``, ``telefuons``, ``el_pasts``,
``slaptazuodis``, ``ukis`` farm, ``valdas_numers`` agricultural holding number, ``kaims``
village, ``seniunije`` eldership, ``savivaldybe`` municipality, ``peiva`` meadow, ``ribos``
boundary, ``sens`` hay, ``seinainis`` silage, ``ritinys`` bale, ``plievele`` wrap film,
``paslauga`` service, ``ozsakyms`` order, ``kuontakts`` contact, ``paskirtis`` payment
reference, ``gavejs`` payee, ``skelbims`` listing, ``parasos`` signature, ``zenute``
message, ``eiskuojims`` search): sign-up with the holding, an SMS code, ``/mona``, the meadows'
boundary, the price list, the weather at the homestead (2 decimals), the order with her
mother-in-law as contact, her fix at the meadow gate, a protobuf field beat, the bale count
confirmed (msgpack), a photo of the bales, the invoice by order number in the path, the bank
transfer, a listing of surplus bales, an offline queue of bale stacks (JSON Lines), a search, a
message naming her husband, a preferences cookie (base64 JSON), push and events. No earlier set
has an agricultural contractor's baling service ("baling", "silage", "hay bale" matched
nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families296_kit import (
    BALING_ORDER,
    CONTRACTOR,
    HOMESTEAD,
    HOMESTEAD_AT,
    IBAN,
    MEADOW_AT,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families296_sdk import tm_event, tm_launch, tt_batch, tt_identify, tt_pixel
from eval_families296_svc import fr_eval, hp_message, mv_geocode, mv_telemetry, pp_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("seinapjute", "Seinapjute", "com.example.seinapjute", "4.0.6",
          "https://api.seinapjute.example.net")
IID = "X-SP-Device"
PW = "Sienas2026!Plunge"
HOLDING = "VLD-6850-104472"  # the family's agricultural holding (id.user)
GATE_FIX = (55.933120, 21.880944)  # her phone at the meadow gate


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lt=True, **kw)


def seinapjute() -> list[Case]:
    rng = random.Random(29641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefuons=L(E164, TEL), valda=L(HOLDING, UID)))}
    gla, glo = fix(GATE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOLDING, UID)), (2, obj(rng, "pv")), (3, 1781510400),
               (4, [(1, L(GATE_FIX[0], PRECISE)), (2, L(GATE_FIX[1], PRECISE)), (3, 14.0)]),
               (5, L(47, DEV))], "", lab)
    inv = at_path(case(f, f"{a}/v2/ozsakymai/{BALING_ORDER}/saskaita", headers=_h(rng, **b)),
                  BALING_ORDER, BUY)
    return [
        case(f, f"{a}/v2/registracije", headers=_h(rng), body={
            "vards": L(FIRST, NAMEC), "pavarde": L(LAST, NAMEC), "telefuons": L(E164, TEL),
            "el_pasts": L(EMAIL, MAIL), "slaptazuodis": L(PW, CRED),
            "ukis": {"valdas_numers": L(HOLDING, UID), "kaims": L(HOMESTEAD["village"], COARSE),
                     "seniunije": L(HOMESTEAD["eldership"], COARSE),
                     "savivaldybe": L(HOMESTEAD["muni"], COARSE)}}),
        case(f, f"{a}/v2/prisijongims/kuods", fmt="form", headers=_h(rng), body={
            "telefuons": L(E164, TEL), "kuods": L("771042", CRED)}),
        case(f, f"{a}/v2/mona", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/peivas", headers=_h(rng, **b), body={
            "valda": L(HOLDING, UID), "pavadinims": "Pri upelė", "plots_ha": 3.2,
            "zuole": "daugiametė", "ribos": [[L(la, PRECISE), L(lo, PRECISE)]
                                             for la, lo in MEADOW_AT]}),
        case(f, f"{a}/v2/kainos", headers=_h(rng, **b), query={
            "paslauga": "ritiniai+plievele", "sezons": "2026"}),
        case(f, f"{a}/v2/oras", headers=_h(rng, **b), query={
            "lat": L(f"{HOMESTEAD_AT[0]:.2f}", COARSE), "lng": L(f"{HOMESTEAD_AT[1]:.2f}", COARSE),
            "deinas": "5"}),
        case(f, f"{a}/v2/ozsakymai", headers=_h(rng, **b), body={
            "valda": L(HOLDING, UID), "paslauga": "seinainis_ritiniais", "hektarai": 3.2,
            "ritiniu_keikis": 80, "kaina_uz_ritini": 9.5, "plievele": "750mm_balta",
            "ozsakyms": L(BALING_ORDER, BUY), "es_vesa": L(760, BUY),
            "kuontakts": {"vards": L(MOTHER_IL[0], NAMEC), "telefuons": L(MOTHER_IL[1], TEL)},
            "pastaba": L("The ground by the stream is soft after rain, start from the road",
                         TEXT)}),
        case(f, f"{a}/v2/atvykims", headers=_h(rng, **b), body={
            "ozsakyms": L(BALING_ORDER, BUY), "vieta": {"lat": gla, "lng": glo, "acc": 14},
            "kontraktorius": {"id": CONTRACTOR["id"], "lat": CONTRACTOR["lat"],
                              "lng": CONTRACTOR["lon"]}}),
        raw(f, f"{a}/v2/lauks/pulss", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/ozsakymai/patvirtinims", fmt="msgpack", headers=_h(rng, **b), body={
            "ozsakyms": L(BALING_ORDER, BUY), "ritiniu": 84, "traktors": "JD-6155M",
            "valstybinis_nr": "KHL 418", "es_vesa": L(798, BUY),
            "parasos": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v2/fuotuo", [
            ("fuotuo", "ritiniai.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "ozsakyms": L(BALING_ORDER, BUY),
                "tekstas": L("Two bales torn by the crows, please bring film", TEXT)})],
            headers=_h(rng, **b)),
        inv,
        case(f, f"{a}/v2/muokejims", fmt="form", headers=_h(rng, **b), body={
            "soma": L("798.00", BUY), "saskaita": L(IBAN, PAY),
            "gavejs": CONTRACTOR["name"],
            "paskirtis": L(f"Uz ritinius {BALING_ORDER}", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v2/skelbimai", headers=_h(rng, **b), body={
            "skelbims": {"ritiniu": 20, "kaina": L(25, BUY), "kaims": L(HOMESTEAD["village"],
                                                                       COARSE),
                         "telefuons": L(E164, TEL),
                         "tekstas": L("20 wrapped silage bales for sale, pick-up at "
                                      "Šateikiai", TEXT)}, "valda": L(HOLDING, UID)}),
        lines(f, f"{a}/v2/sinchronizacije", [
            {"op": "stirta", "ritiniu": 40, "lat": L(55.933402, PRECISE),
             "lng": L(21.882210, PRECISE), "t": 1781514000},
            {"op": "stirta", "ritiniu": 44, "lat": L(55.932710, PRECISE),
             "lng": L(21.884930, PRECISE), "t": 1781517600},
            {"op": "pastaba", "tekstas": L("Stack 2 needs a tarp", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/eiskuojims", headers=_h(rng, **b), query={
            "eiskuojims": L("silage film 750 mm price", SEARCH)}),
        case(f, f"{a}/v2/zenutes", headers=_h(rng, **b), body={
            "kam": CONTRACTOR["id"],
            "zenute": L("Mantas will open the gate at 7, his number is +37061204417",
                        f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/nustatymai", headers=_h(rng, how="none"), cookies={
            "sp_sesije": L(opaque(rng, "", 40), CRED),
            "sp_pref": W({"valda": L(HOLDING, UID), "kalba": L("lt", DEV)}, "b64json")}),
        case(f, f"{a}/v2/irenginei", headers=_h(rng, **b), body=push(push_token(rng), "lt_LT")),
        case(f, f"{a}/v2/ivyke", headers=_h(rng, **b), body={
            "vartuotuos": L(USER_ID, UID), "ivyke": [
                ev("ozsakyms", 1), ev("ekrans", 2, ekrans=L("Peivas", USAGE))]}),
    ]


def seinapjute_sdks() -> list[Case]:
    rng = random.Random(29642)
    return [
        tt_batch(APP, rng, [("Order Placed", {"bales": 80}), ("Invoice Paid", {})],
                 at=GATE_FIX, nd=2, locale="lt_LT"),
        tt_identify(APP, rng, {"kaims": L(HOMESTEAD["village"], COARSE),
                               "valda": L(HOLDING, UID)}),
        tt_pixel(APP, rng, "Price List Opened", {"season": "2026"}),
        tm_launch(APP, rng, user=True),
        tm_event(APP, rng, "order", {"ozsakyms": L(BALING_ORDER, BUY)}, revenue=760.0),
        fr_eval(APP, rng, {"savivaldybe": L("Plungės r. sav.", COARSE), "role": "ukininks"}),
        pp_register(APP, rng, lang="lt", at=HOMESTEAD_AT, nd=2,
                    tags={"kaims": L(HOMESTEAD["village"], COARSE)}),
        mv_geocode(APP, rng, "Šateikiai Sodžiaus g. 7", "behavior.search|contact.address",
                   near=GATE_FIX, nd=3),
        mv_telemetry(APP, rng, [GATE_FIX, MEADOW_AT[2]], PRECISE),
        hp_message(APP, rng, L(f"The invoice for {BALING_ORDER} shows 84 bales, we counted 82",
                               f"{TEXT}|{BUY}"), {"valda": L(HOLDING, UID)}),
    ]
