"""Onion auction app "Kandabazar" (a farmer's app for the Lasalgaon market yard's open auctions;
the seller is her mother-in-law Sunanda, whose land at Niphad grows the family's onions, and the
account is run from her phone; its API's keys are Marathi in Latin letters: ``shetkari`` farmer,
``shetkari_kr`` seller registration, ``pratinidhi`` representative, ``nate`` relation (``sun``
daughter-in-law), ``aadhaar_ank``/``pan_ank`` Aadhaar/PAN, ``janmadinank`` birth date, ``gav``
village, ``taluka``, ``jilha`` district, ``pin_sanket`` PIN code, ``jamin`` land, ``gat_kr`` survey
number, ``kshetra`` area, ``seema`` boundary, ``pik`` crop, ``kanda`` onion, ``jaat`` variety,
``lagvad`` planting, ``aagman`` arrival, ``vahan_kr`` vehicle number, ``goni`` sacks, ``vajan``
weight, ``lot``, ``boli`` bid, ``vyapari`` trader, ``dar`` rate, ``sweekar`` accept, ``tolai``
weighing, ``hamali`` porterage, ``hisheb`` account statement, ``khatedar`` account holder,
``bank_khate`` bank account, ``anudan`` subsidy, ``chal`` onion store, ``vikri`` sales, ``hawaman``
weather, ``namuna`` sample, plus ``pahila_nav``-style keys of the set): the seller's registration
with her Aadhaar and PAN, an SMS code, ``/mi``, the plot's boundary, the crop, the day's rates, the
tractor's arrival at the yard with her fix, a lot's bids, the bid accepted, the weighing slip, the
statement by registration in the path, the payout account, an offline sync (msgpack), a sample
photo, a message to a trader, a weighing complaint, the weather at the plot, an onion-store
subsidy, the year's sales (gzip), lots imported (JSON Lines), the slips by cookie, push and events.
New: a docstring grep for "APMC", "Lasalgaon" and "mandi" found no market-yard app ("onion" matched
only the docstrings of sets 57 and 123, a grocery and a tiffin set); "farmer" matched modules of
sets 113-158 that were not opened."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families175_kit import (
    FARM_AT,
    IN_MOBILE,
    MOTHER_IL,
    PAN,
    SELLER,
    YARD,
    YARD_FIX,
    fix,
    hd,
    obj,
    upkaran,
)
from eval_families175_sdk import bb_bid, gv_batch, gv_queue, ss_event, ss_launch
from eval_families175_svc import dr_geocode, rp_upi, sp_register, sy_message, zf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kandabazar", "Kandabazar", "com.example.kandabazar", "2.4.0",
          "https://api.kandabazar.example.net")
IID = "X-Kanda-Upkaran"
NID = "personal.national_id"
MIL = MOTHER_IL


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mr=True, **kw)


def kandabazar() -> list[Case]:
    rng = random.Random(17521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, shetkari_kr=L(SELLER, UID),
                                    bhramandhvani=L(IN_MOBILE, TEL)))}
    yla, ylo = fix(YARD_FIX)
    lot = obj(rng, "lot", 8)
    hisheb = at_path(case(f, f"{a}/api/hisheb/{SELLER}", headers=_h(rng, **b),
                          query={"hangam": "rabi-2025"}), SELLER, UID)
    return [
        case(f, f"{a}/api/shetkari/nondani", headers=_h(rng), body={
            "shetkari": {"nav": L(MIL["name"], NAMEC), "bhramandhvani": L(MIL["phone"], TEL),
                         "aadhaar_ank": L(MIL["aadhaar"], NID), "pan_ank": L(MIL["pan"], NID),
                         "janmadinank": L(MIL["dob"], BIRTH)},
            "pratinidhi": {"nav": L(f"{FIRST} {LAST}", NAMEC), "bhramandhvani": L(IN_MOBILE, TEL),
                           "ipatra": L(EMAIL, MAIL), "nate": "sun"},
            "gav": L("Niphad", COARSE), "taluka": L("Niphad", COARSE),
            "jilha": L("Nashik", COARSE), "pin_sanket": L("422303", COARSE),
            "shetkari_kr": L(SELLER, UID), "bazar": YARD["id"]}),
        case(f, f"{a}/api/pravesh/otp", fmt="form", headers=_h(rng), body={
            "bhramandhvani": L(IN_MOBILE, TEL), "otp": L("906127", CRED)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/jamin", headers=_h(rng, **b), body={
            "shetkari_kr": L(SELLER, UID), "gat_kr": "318/2", "kshetra_acre": 2.5,
            "seema": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in FARM_AT]}),
        case(f, f"{a}/api/pik", headers=_h(rng, **b), body={
            "shetkari_kr": L(SELLER, UID), "pik": "kanda", "jaat": "Lal Kanda N-53",
            "lagvad": "2025-10-28", "apekshit_quintal": 220}),
        case(f, f"{a}/api/dar", headers=_h(rng, **b), query={
            "bazar": YARD["id"], "pik": "kanda", "dinank": "2026-02-16"}),
        case(f, f"{a}/api/aagman", headers=_h(rng, **b), body={
            "shetkari_kr": L(SELLER, UID), "vahan_kr": "MH15 KA 2231", "goni": 60,
            "anumanit_vajan_quintal": 30, "sthan": {"lat": yla, "lng": ylo},
            "gate": {"lat": YARD["lat"], "lng": YARD["lon"]}, "token": obj(rng, "gt", 6)}),
        case(f, f"{a}/api/lot/{lot}/boli", headers=_h(rng, **b)),
        case(f, f"{a}/api/lot/{lot}/sweekar", headers=_h(rng, **b), body={
            "vyapari": "vy_0921", "dar_prati_quintal": 2140, "shetkari_kr": L(SELLER, UID),
            "ekun": L(64200, BUY)}),
        case(f, f"{a}/api/tolai", fmt="form", headers=_h(rng, **b), body={
            "lot": lot, "nivval_vajan_quintal": "29.6", "hamali": L("420", BUY),
            "ekun": L("62924", BUY), "shetkari_kr": L(SELLER, UID)}),
        hisheb,
        case(f, f"{a}/api/bank", headers=_h(rng, **b), body={
            "khatedar": L(MIL["name"], NAMEC), "bank_khate": L(MIL["account"], PAY),
            "ifsc": MIL["ifsc"], "shetkari_kr": L(SELLER, UID)}),
        case(f, f"{a}/api/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "shetkari_kr": L(SELLER, UID), "nondi": [
                {"lot": lot, "goni": 60, "sthiti": "vikla"},
                {"lot": obj(rng, "lot", 8), "goni": 24, "sthiti": "baki"}],
            "upkaran": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/api/namuna", [
            ("photo", "kanda_namuna.jpg", "image/jpeg", L(JPEG + b"\x6b", MEDIA)),
            ("meta", None, "application/json", {"lot": lot, "prat": "A"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sandesh", headers=_h(rng, **b), body={
            "prati": "vy_0921",
            "sandesh": L("Udya 80 goni aanto, dar 2100 chya var pahije", TEXT)}),
        case(f, f"{a}/api/takrar", headers=_h(rng, **b), body={
            "lot": lot, "prakar": "tolai",
            "tapshil": L("Kata 40 kilo kami dakhavto aahe, punha tolai karavi", TEXT)}),
        case(f, f"{a}/api/hawaman", headers=_h(rng, **b), query={
            "lat": L(f"{FARM_AT[0][0]:.2f}", COARSE), "lng": L(f"{FARM_AT[0][1]:.2f}", COARSE)}),
        case(f, f"{a}/api/anudan/chal", headers=_h(rng, **b), body={
            "shetkari_kr": L(SELLER, UID), "aadhaar_ank": L(MIL["aadhaar"], NID),
            "bank_khate": L(MIL["account"], PAY), "gat_kr": "318/2", "chal_kshamata_ton": 25,
            "anudan": L(87500, BUY)}),
        case(f, f"{a}/api/vikri/varshik", gz=True, headers=_h(rng, **b), body={
            "shetkari_kr": L(SELLER, UID), "varsha": "2025-26", "pan_ank": L(MIL["pan"], NID),
            "ekun_vikri": L(412600, BUY), "lot_sankhya": 7,
            "tayar_karnara": {"nav": L(f"{FIRST} {LAST}", NAMEC), "pan_ank": L(PAN, NID)}}),
        lines(f, f"{a}/api/lot/import", [
            {"lot": obj(rng, "lot", 8), "goni": 40, "shetkari_kr": L(SELLER, UID)},
            {"lot": obj(rng, "lot", 8), "goni": 35, "ekun": L(51800, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/pavtya", headers=_h(rng, how="none"), cookies={
            "kb_sesh": L(opaque(rng, "", 40), CRED), "kb_upkaran": L(INSTALL_ID, DID),
            "kb_req": rid(rng)}),
        case(f, f"{a}/api/upkaran", headers=_h(rng, **b), body=upkaran(push_token(rng))),
        case(f, f"{a}/api/ghatana", headers=_h(rng, **b), body={
            "vaparkarta": L(USER_ID, UID), "ghatana": [
                ev("lot_sold", 1, ekun=L(64200, BUY)),
                ev("screen", 2, screen=L("AajcheDar", USAGE))]}),
    ]


def kandabazar_sdks() -> list[Case]:
    rng = random.Random(17522)
    return [
        gv_batch(APP, rng, [("Lot Sold", {"total": L(64200, BUY)}),
                            ("Rates Viewed", {"yard": YARD["id"]})],
                 at=YARD_FIX, nd=3, locale="mr_IN"),
        gv_queue(APP, rng, [("Sync Done", {"lots": 2}), ("Sample Uploaded", {})]),
        ss_launch(APP, rng, user=True),
        ss_event(APP, rng, "lot_sold", {"lot_total": L(64200, BUY)}),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="agri,onion,tractor"),
        zf_eval(APP, rng, {"yard": YARD["id"], "jilha": L("Nashik", COARSE)}),
        sp_register(APP, rng, lang="mr", at=FARM_AT[0], nd=2, tags={"bazar": YARD["id"]}),
        rp_upi(APP, rng, "62924", None, payout=True, account=(MIL["account"], MIL["ifsc"])),
        dr_geocode(APP, rng, "Lasalgaon market yard gate 2", "behavior.search",
                   near=FARM_AT[0], nd=3),
        sy_message(APP, rng, L("Lot che paise ajun khatyat aale nahit", TEXT),
                   {"shetkari_kr": L(SELLER, UID)}),
    ]


__all__ = ["APP", "kandabazar", "kandabazar_sdks"]
