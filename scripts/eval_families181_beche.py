"""Bêche-de-mer buying app "Beche Abemama" (a fictional licensed buyer on Abemama weighs and
grades the dried sea cucumbers that island fishers bring in during the open season and pays
them; the family's fisher registration is in her name, her husband and his nephew dive). Its
API's keys are Gilbertese: the shared ``aram``, ``aran_utu``, ``tarebon``, ``kawa``, ``aba``,
``mwane``, ``taeka``, ``tamnei``, ``boo``, ``bong``, ``buu``, ``kakoaua``, ``ngai``, plus
``tia_akawa`` fisher (lit. "one who fishes"), ``namba_ni_kpf``, ``akaunti`` account, ``kiro``
kilograms, ``ika`` species, ``tabo`` place (fishing ground), ``booti`` boat, ``kaain_booti``
crew, ``aoraki`` illness, ``ririki`` age, ``kanikina`` symptoms; ``lot``, ``grade``, ``licence``
and ``token`` English): registration, an SMS code, ``/ngai``, prices, a lot brought in with the
landing's point, its photo, the price accepted, the payout, payouts by fisher number in the
query and the statement in the path, a protobuf beat at the landing, an offline sync (msgpack),
the licence renewal, a diver's decompression incident, the crew, the fishing ground, a message,
notices by cookie, push, events and a log-out. No earlier set has a sea-cucumber buyer."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MED,
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
from eval_families24_kit import claims, rid
from eval_families181_kit import (
    ABEMAMA_AT,
    BUYER,
    FISHER,
    HUSBAND,
    KI_ACCOUNT,
    KPF,
    LANDING_AT,
    TIN,
    fix,
    hd,
    push,
)
from eval_families181_sdk import mb_batch, mb_pixel, tb_event, tb_launch
from eval_families181_svc import ce_wallet, fg_eval, hb_message, mk_geocode, pk_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("beche", "Beche Abemama", "com.example.becheabemama", "1.2.9",
          "https://api.becheabemama.example.org")
IID = "X-Beche-Device"
NID = "personal.national_id"
NEPHEW = ("Kourabi Tekinaiti", "+68673166048")  # the husband's nephew, a diver (contact.*)
GROUND = (0.381644, 173.902371)  # the family's fishing ground in the lagoon (theirs: precise)
LOT = "LOT-ABM-26-0412"  # the lot (her sale: financial.purchase, as set 151's sales)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, gil=True, **kw)


def beche() -> list[Case]:
    rng = random.Random(18161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tarebon=L(E164, TEL), tia_akawa=L(FISHER, UID)))}
    lla, llo = fix(LANDING_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(FISHER, UID)), (2, L(LOT, BUY)), (3, 1769310000),
               (4, [(1, L(LANDING_AT[0], PRECISE)), (2, L(LANDING_AT[1], PRECISE)),
                    (3, 6.0)]), (5, L(48, DEV))], "", lab)
    stmt = at_path(case(f, f"{a}/v1/tia_akawa/{FISHER}/statement", headers=_h(rng, **b),
                        query={"season": "2026"}), FISHER, UID)
    photo = at_path(multipart(f, f"{a}/v1/lot/{LOT}/tamnei", [
        ("tamnei", "lot_0412.jpg", "image/jpeg", L(JPEG + b"\x7e", MEDIA)),
        ("meta", None, "application/json", {"lot": L(LOT, BUY), "bags": 3})],
        headers=_h(rng, **b)), LOT, BUY)
    return [
        case(f, f"{a}/v1/tia_akawa", headers=_h(rng), body={
            "aram": L(FIRST, NAMEC), "aran_utu": L(LAST, NAMEC), "tarebon": L(E164, TEL),
            "password": L("Abemama!Lagoon7", CRED), "aba": L("Abemama", COARSE),
            "kawa": L("Kariatebike", COARSE), "namba_ni_kpf": L(KPF, NID),
            "tia_akawa": L(FISHER, UID), "akaunti": L(KI_ACCOUNT, PAY),
            "buu": {"aram": L(HUSBAND[0], NAMEC), "tarebon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/kakoaua", fmt="form", headers=_h(rng), body={
            "tarebon": L(E164, TEL), "kakoaua": L("712450", CRED)}),
        case(f, f"{a}/v1/ngai", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/boo", headers=_h(rng, **b), query={
            "buyer": BUYER["id"], "season": "2026"}),
        case(f, f"{a}/v1/lot", headers=_h(rng, **b), body={
            "lot": L(LOT, BUY), "tia_akawa": L(FISHER, UID), "ika": [
                {"ika": "prickly redfish", "kiro": 14.2, "grade": "A"},
                {"ika": "white teatfish", "kiro": 6.8, "grade": "B"},
                {"ika": "lollyfish", "kiro": 21.0, "grade": "C"}],
            "total": L(1284.5, BUY), "tabo": {"lat": lla, "lon": llo},
            "buyer": {"id": BUYER["id"], "lat": BUYER["lat"], "lon": BUYER["lon"]}}),
        photo,
        case(f, f"{a}/v1/lot/accept", fmt="form", headers=_h(rng, **b), body={
            "lot": L(LOT, BUY), "mwane": L("1284.50", BUY), "tia_akawa": L(FISHER, UID)}),
        case(f, f"{a}/v1/payout", headers=_h(rng, **b), body={
            "lot": L(LOT, BUY), "mwane": L(1284.5, BUY), "akaunti": L(KI_ACCOUNT, PAY),
            "tia_akawa": L(FISHER, UID), "reference": rid(rng)}),
        case(f, f"{a}/v1/payouts", headers=_h(rng, **b), query={
            "tia_akawa": L(FISHER, UID)}),
        stmt,
        raw(f, f"{a}/v1/lot/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "tia_akawa": L(FISHER, UID), "lots": [
                {"lot": L(LOT, BUY), "total": L(1284.5, BUY)},
                {"lot": L("LOT-ABM-26-0388", BUY), "total": L(742.0, BUY)}]}),
        case(f, f"{a}/v1/licence", headers=_h(rng, **b), body={
            "tia_akawa": L(FISHER, UID), "namba_ni_kpf": L(KPF, NID), "TIN": L(TIN, NID),
            "licence": "ABM-BDM-2026", "fee": L(25, BUY)}),
        case(f, f"{a}/v1/aoraki", headers=_h(rng, **b), body={
            "aram": L(NEPHEW[0], NAMEC), "ririki": L(24, BIRTH),
            "kanikina": [L("joint pain", MED), L("dizziness", MED)],
            "aoraki": L("suspected decompression sickness", MED), "depth_m": 22,
            "taeka": L("He dived four times yesterday at 22 m and now his shoulders hurt",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/kaain_booti", headers=_h(rng, **b), body={
            "booti": "canoe_abm_17", "kaain_booti": [
                {"aram": L(HUSBAND[0], NAMEC), "tarebon": L(HUSBAND[1], TEL)},
                {"aram": L(NEPHEW[0], NAMEC), "tarebon": L(NEPHEW[1], TEL)}]}),
        case(f, f"{a}/v1/tabo", headers=_h(rng, **b), body={
            "tabo": L("Te Bike passage, inner reef", COARSE),
            "lat": L(GROUND[0], PRECISE), "lon": L(GROUND[1], PRECISE), "depth_m": 18}),
        case(f, f"{a}/v1/taeka", headers=_h(rng, **b), body={
            "nakon": "buyer_desk",
            "taeka": L("The canoe comes back on Thursday with about 40 kg of redfish", TEXT)}),
        case(f, f"{a}/v1/kaongora", headers=_h(rng, how="none"), cookies={
            "ba_session": L(opaque(rng, "", 40), CRED), "ba_device": L(INSTALL_ID, DID),
            "ba_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "gil_KI")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lot_logged", 1), ev("screen", 2, screen=L("Payouts", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/season", headers=_h(rng, **b), query={
            "aba": L("Abemama", COARSE), "ika": "white teatfish"}),
    ]


def beche_sdks() -> list[Case]:
    rng = random.Random(18162)
    return [
        mb_batch(APP, rng, [("Lot Logged", {"kg": 42.0}), ("Payout Viewed", {})],
                 at=LANDING_AT, nd=2, locale="gil_KI"),
        mb_pixel(APP, rng, "Prices Opened", {"season": "2026"}),
        tb_launch(APP, rng, user=True),
        tb_event(APP, rng, "lot_sold", {"lot": L(LOT, BUY)}),
        fg_eval(APP, rng, {"island": L("Abemama", COARSE), "role": "fisher"}),
        pk_register(APP, rng, lang="gil", at=ABEMAMA_AT, nd=2,
                    tags={"aba": L("Abemama", COARSE)}),
        ce_wallet(APP, rng, "1284.50", L(E164, TEL)),
        mk_geocode(APP, rng, "Abemama Marine Products", SEARCH, near=LANDING_AT, nd=3),
        hb_message(APP, rng, L(f"Payout for {LOT} has not arrived", f"{TEXT}|{BUY}"),
                   {"tia_akawa": L(FISHER, UID)}),
    ]
