"""Fiji-Tarawa personal-effects freight app "Uota Fiti" (``uota``: to carry, cargo; ``Fiti``:
Fiji; a fictional consolidator collects boxes and drums from families in Suva and ships them to
Betio, where the consignee clears customs and collects). Its API's keys are Gilbertese: the
shared ``aram``, ``aran_utu``, ``tarebon``, ``tabo_ni_maeka``, ``kawa``, ``aba``, ``mwane``,
``kabwaka``, ``taeka``, ``ukeuke``, ``tamnei``, ``boo``, ``bong``, ``kanoa``, ``ngai``, plus
``tia_kanakoa`` sender (``tia-`` the agent prefix, "one who sends"), ``tia_anaa`` consignee ("one
who takes"), ``bwaoki`` box, ``kiro`` kilograms, ``kaibuke`` ship, ``taone`` town, ``raoi``
saved contacts (lit. "friends"), ``kaiaki`` complaint (damage), ``kakoaua`` confirmation;
``passport``, ``TIN``, ``mrz`` and ``token`` English): sign-up with her passport, a log-in,
``/ngai``, a consignment booked by her sister-in-law's details, its payment (FJD), the customs
declaration (gzip; her TIN and work permit), the passport page with its machine-readable zone,
tracking by consignment number in the path, sailings, the port check-in, the packing list
(msgpack), home delivery with her pin, a damage claim with a photo, insurance, rates, a message to
the depot, saved senders (the aunt on Rabi), a search, the invoice by cookie, push, events and a
token refresh. Customs declarations exist in earlier sets as a line in shopping or travel apps;
this is a family-to-family consolidated freight service."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families181_kit import (
    AUNT_RABI,
    CONSIGNEE,
    DEPOT_FJ,
    HOME,
    HOME_AT,
    MRZ1,
    MRZ2,
    PASSPORT,
    PORT_BETIO,
    PORT_FIX,
    SHIPMENT,
    SISTER_FJ,
    TIN,
    WORK_PERMIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families181_sdk import (
    bb_bid,
    ct_crash,
    ct_crumb,
    mb_batch,
    mb_identify,
    tb_event,
    tb_launch,
    tb_link,
)
from eval_families181_svc import ce_card, ce_confirm, ce_wallet, mk_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("uota", "Uota Fiti", "com.example.uotafiti", "4.1.1", "https://api.uotafiti.example.net")
IID = "X-Uota-Install"
NID = "personal.national_id"
PW = "Suva-Betio#2026"
SIS_LINE = "Lot 22, Caubati Road, Nasinu"  # her sister-in-law's address (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def uota() -> list[Case]:
    rng = random.Random(18151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tia_anaa=L(CONSIGNEE, UID)))}
    pla, plo = fix(PORT_FIX, 5)
    track = at_path(case(f, f"{a}/api/v1/uota/{SHIPMENT}/track", headers=_h(rng, **b)),
                    SHIPMENT, BUY)
    return [
        case(f, f"{a}/api/v1/tia_anaa", headers=_h(rng), body={
            "aram": L(FIRST, NAMEC), "aran_utu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "tarebon": L(E164, TEL), "password": L(PW, CRED),
            "tabo_ni_maeka": L(HOME["line"], ADDR), "kawa": L(HOME["village"], COARSE),
            "aba": L(HOME["island"], COARSE), "passport": L(PASSPORT, NID),
            "tia_anaa": L(CONSIGNEE, UID)}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/ngai", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/uota", headers=_h(rng, **b), body={
            "uota": L(SHIPMENT, BUY), "depot": DEPOT_FJ["id"],
            "tia_kanakoa": {"aram": L(SISTER_FJ[0], NAMEC), "tarebon": L(SISTER_FJ[1], TEL),
                            "email": L(SISTER_FJ[2], MAIL), "tabo_ni_maeka": L(SIS_LINE, ADDR),
                            "taone": L("Nasinu", COARSE)},
            "tia_anaa": {"aram": L(f"{FIRST} {LAST}", NAMEC), "tarebon": L(E164, TEL)},
            "bwaoki": 3, "kiro": 61.5, "boo": L(420, BUY),
            "kanoa": L("rice cooker, school shoes, kava, tinned fish", TEXT)}),
        case(f, f"{a}/api/v1/kabwaka", fmt="form", headers=_h(rng, **b), body={
            "uota": L(SHIPMENT, BUY), "mwane": L("236.00", BUY), "currency": "FJD",
            "method": L(opaque(rng, "pm_", 24), PAY), "namba_4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/customs", gz=True, headers=_h(rng, **b), body={
            "uota": L(SHIPMENT, BUY), "importer": L(f"{FIRST} {LAST}", NAMEC),
            "passport": L(PASSPORT, NID), "TIN": L(TIN, NID), "permit": L(WORK_PERMIT, NID),
            "kind": "personal_effects", "items": [
                {"kanoa": "rice cooker", "boo": 89}, {"kanoa": "shoes", "boo": 45},
                {"kanoa": "kava 2 kg", "boo": 110}],
            "total_boo": L(244, BUY), "relation": "tari (sister-in-law)"}),
        multipart(f, f"{a}/api/v1/customs/passport", [
            ("tamnei", "passport.jpg", "image/jpeg", L(JPEG + b"\x0c", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"mrz": [L(MRZ1, f"{NAMEC}|{NID}"),
                                                        L(MRZ2, NID)],
                                                "country": "USA"})],
            headers=_h(rng, **b)),
        track,
        case(f, f"{a}/api/v1/kaibuke", headers=_h(rng, **b), query={
            "mai": "FJSUV", "nakon": "KITRW", "month": "2026-02"}),
        case(f, f"{a}/api/v1/pickup/checkin", headers=_h(rng, **b), body={
            "uota": L(SHIPMENT, BUY), "at": {"lat": pla, "lon": plo},
            "port": {"lat": PORT_BETIO["lat"], "lon": PORT_BETIO["lon"], "shed": "C2"}}),
        case(f, f"{a}/api/v1/uota/items", fmt="msgpack", headers=_h(rng, **b), body={
            "uota": L(SHIPMENT, BUY), "tia_anaa": L(CONSIGNEE, UID),
            "bwaoki": [{"no": 1, "kiro": 22.0, "seal": "S-44812"},
                       {"no": 2, "kiro": 19.5, "seal": "S-44813"},
                       {"no": 3, "kiro": 20.0, "seal": "S-44814"}]}),
        case(f, f"{a}/api/v1/delivery", headers=_h(rng, **b), body={
            "uota": L(SHIPMENT, BUY), "tabo_ni_maeka": L(HOME["line"], ADDR),
            "kawa": L(HOME["village"], COARSE), "lat": L(round(HOME_AT[0], 5), PRECISE),
            "lon": L(round(HOME_AT[1], 5), PRECISE), "fee": L(15, BUY)}),
        multipart(f, f"{a}/api/v1/kaiaki", [
            ("tamnei", "box2.jpg", "image/jpeg", L(JPEG + b"\x2e", MEDIA)),
            ("meta", None, "application/json", {
                "uota": L(SHIPMENT, BUY),
                "taeka": L("Box 2 arrived wet and the rice cooker is cracked", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/insurance", fmt="form", headers=_h(rng, **b), body={
            "uota": L(SHIPMENT, BUY), "boo": L("420", BUY), "premium": L("8.40", BUY)}),
        case(f, f"{a}/api/v1/rates", headers=_h(rng, **b), query={
            "kiro": "60", "mai": "Suva", "nakon": "Betio"}),
        case(f, f"{a}/api/v1/taeka", headers=_h(rng, **b), body={
            "nakon": "walu_depot",
            "taeka": L("Rutiana drops two more boxes on Monday, her phone is +6799214386",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/raoi", headers=_h(rng, **b), body={"raoi": [
            {"aram": L(SISTER_FJ[0], NAMEC), "tarebon": L(SISTER_FJ[1], TEL),
             "taone": L("Nasinu", COARSE)},
            {"aram": L(AUNT_RABI[0], NAMEC), "tarebon": L(AUNT_RABI[1], TEL),
             "aba": L("Rabi Island", COARSE), "aomata": L("Banaban", SENS)}]}),
        case(f, f"{a}/api/v1/ukeuke", headers=_h(rng, **b), query={
            "ukeuke": L("drum shipping Lautoka to Betio", SEARCH)}),
        case(f, f"{a}/api/v1/invoice/latest", headers=_h(rng, how="none"), cookies={
            "uf_session": L(opaque(rng, "", 40), CRED), "uf_device": L(INSTALL_ID, DID),
            "uf_req": rid(rng)}),
        case(f, f"{a}/api/v1/uota/{obj(rng, 'bk', 8)}/kakoaua", fmt="form",
             headers=_h(rng, **b), body={"kakoaua": L("303188", CRED),
                                         "tia_anaa": L(CONSIGNEE, UID)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("shipment_booked", 1), ev("screen", 2, screen=L("Track", USAGE))]}),
        case(f, f"{a}/api/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def uota_sdks() -> list[Case]:
    rng = random.Random(18152)
    link = U("https://uotafiti.example.net/t", {"uota": L(SHIPMENT, BUY), "src": "sms",
                                                "em": L(EMAIL, MAIL)})
    return [
        mb_batch(APP, rng, [("Shipment Booked", {"boxes": 3, "total": L(236, BUY)}),
                            ("Customs Filed", {})]),
        mb_identify(APP, rng, {"aba": L("Tarawa", COARSE), "tia_anaa": L(CONSIGNEE, UID),
                               "shipments": 4}),
        tb_launch(APP, rng, user=True),
        tb_link(APP, rng, link),
        tb_event(APP, rng, "purchase", {"uota": L(SHIPMENT, BUY)}, revenue=236.0,
                 currency="FJD", hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="shipping,fiji,freight"),
        ct_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [ct_crumb("nav", "Customs -> Passport"),
                  ct_crumb("log", "retry 2", {"shipment": L(SHIPMENT, BUY)})],
                 screen="PassportActivity"),
        ce_card(APP, rng),
        ce_confirm(APP, rng, "236.00", currency="fjd"),
        ce_wallet(APP, rng, "40", L(SISTER_FJ[1], TEL), currency="FJD", provider="fj_wallet"),
        mk_geocode(APP, rng, "Walu Bay consolidation depot", SEARCH),
        mk_geocode(APP, rng, "Betio port cargo shed C2", SEARCH, near=HOME_AT, nd=3),
    ]
