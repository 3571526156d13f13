"""An ex-servicemen's canteen card app "Kantinkard" (the Satwari unit-run canteen sells groceries,
appliances and cars at service prices to ex-servicemen and their dependants on a smart card; her
father-in-law, a retired Subedar, holds the card and she is registered as the family member who
orders and collects). Its API mixes Army English with Dogri keys: ``kard`` card, ``sewa_nambar``
service number, ``ohda`` rank, ``kard_dharak`` card holder, ``esm_pehchan`` the ex-serviceman
identity card, ``adhikrit`` authorised person, ``rishta`` relation (``nuh`` daughter-in-law),
``naa`` name, ``mobail`` mobile, ``kota`` quota, ``mahina`` month, ``saman`` goods, ``kul``
total, ``adaigi`` payment, ``lejaan_aala`` the one collecting, ``gaddi`` car, ``rang`` colour,
``ashrit`` dependant, ``janam_tarik`` birth date, ``shikayat`` complaint, ``pata`` address,
``shehar`` town, ``thaan`` place, ``sneha`` message, ``khoj`` search, ``khariddari`` purchases.
Linking the card (her Aadhaar, his ESM card), an SMS code to his phone, ``/mera``, the month's
quota, a search, an order (msgpack), its payment, a pick-up slot, the check-in at the canteen,
purchases by card number in the path, a car's availability (his PAN), a dependant's card for her
mother-in-law (photo), a complaint, the latest bill by cookie, the delivery address with her
point, a message naming her father-in-law, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families297_kit import (
    AADHAAR,
    CANTEEN,
    CANTEEN_FIX,
    CARD,
    ESM_ID,
    FATHER_IL,
    HOME,
    HOME_AT,
    MOTHER_IL,
    SERVICE_NO,
    fix,
    hd,
    obj,
    push,
)
from eval_families297_sdk import (
    bt_bid,
    bt_notice,
    ct_crash,
    ct_crumb,
    mk_batch,
    mk_identify,
    mk_pixel,
    tr_launch,
)
from eval_families297_svc import cr_card, cr_confirm, ms_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kantinkard", "Kantinkard", "com.example.kantinkard", "4.6.0",
          "https://api.kantinkard.example.org")
IID = "X-Kantin-Device"
NID = "personal.national_id"
ORDER = "URC-26-01-88213"  # her grocery order (financial.purchase)
FIL_PAN = "AKPPJ3310M"  # her father-in-law's PAN (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kantinkard() -> list[Case]:
    rng = random.Random(29761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kard=L(CARD, UID), email=L(EMAIL, MAIL),
                                    role="adhikrit"))}
    cla, clo = fix(CANTEEN_FIX)
    hist = at_path(case(f, f"{a}/api/v1/kard/{CARD}/khariddari", headers=_h(rng, **b),
                        query={"mahine": "3"}), CARD, UID)
    return [
        case(f, f"{a}/api/v1/kard/link", headers=_h(rng), body={
            "kard": L(CARD, UID), "sewa_nambar": L(SERVICE_NO, UID), "ohda": "Subedar",
            "kard_dharak": {"naa": L(FATHER_IL[0], NAMEC), "mobail": L(FATHER_IL[1], TEL),
                            "esm_pehchan": L(ESM_ID, NID)},
            "adhikrit": {"naa": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(E164, TEL),
                         "email": L(EMAIL, MAIL), "rishta": "nuh", "aadhaar": L(AADHAAR, NID)}}),
        case(f, f"{a}/api/v1/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(FATHER_IL[1], TEL), "otp": L("902155", CRED), "kard": L(CARD, UID)}),
        case(f, f"{a}/api/v1/mera", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kota", headers=_h(rng, **b), query={
            "kard": L(CARD, UID), "mahina": "2026-01"}),
        case(f, f"{a}/api/v1/saman", headers=_h(rng, **b), query={
            "khoj": L("atta 10 kg aur sarson tel", SEARCH), "canteen": CANTEEN["id"]}),
        case(f, f"{a}/api/v1/order", fmt="msgpack", headers=_h(rng, **b), body={
            "kard": L(CARD, UID), "canteen": CANTEEN["id"], "order": L(ORDER, BUY),
            "saman": [{"sku": "gr_atta10", "qty": 2, "rate": 392},
                      {"sku": "gr_mustard1l", "qty": 5, "rate": 148},
                      {"sku": "ap_mixer_750", "qty": 1, "rate": 5316}],
            "kul": L(6840, BUY)}),
        case(f, f"{a}/api/v1/adaigi", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "rakam": L("6840.00", BUY), "card_antim4": L("4444", PAY),
            "tarika": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/pickup", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "tarik": "2026-01-17", "vela": "10:00-11:00",
            "lejaan_aala": {"naa": L(f"{FIRST} {LAST}", NAMEC), "gaddi": "JK02CK9180"}}),
        case(f, f"{a}/api/v1/checkin", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "thaan": {"lat": cla, "lng": clo},
            "canteen": {"id": CANTEEN["id"], "lat": CANTEEN["lat"], "lng": CANTEEN["lon"]},
            "counter": "C3", "token": obj(rng, "tk", 6)}),
        hist,
        case(f, f"{a}/api/v1/gaddi/upalabdhta", headers=_h(rng, **b), body={
            "kard": L(CARD, UID), "model": "Example Hatch VXi", "rang": "safed",
            "rakam": L(612000, BUY), "pan": L(FIL_PAN, NID), "loan": False}),
        multipart(f, f"{a}/api/v1/ashrit", [
            ("photo", "kamla_devi.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {
                "kard": L(CARD, UID), "naa": L(MOTHER_IL[0], NAMEC),
                "janam_tarik": L("1956-02-11", BIRTH), "rishta": "patni"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/shikayat", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "kism": "damaged",
            "text": L("Atte da ik packet phatteya hoya aaya, badal deo", TEXT)}),
        case(f, f"{a}/api/v1/bil/latest", headers=_h(rng, how="none"), cookies={
            "kk_sesh": L(opaque(rng, "", 40), CRED), "kk_dev": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        case(f, f"{a}/api/v1/pata", headers=_h(rng, **b), body={
            "pata": L(HOME["line"], ADDR), "shehar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE),
            "thaan": {"lat": L(round(HOME_AT[0], 4), PRECISE),
                      "lng": L(round(HOME_AT[1], 4), PRECISE)}}),
        case(f, f"{a}/api/v1/sneha", headers=_h(rng, **b), body={
            "to": "urc_manager",
            "text": L(f"Mere sohre Subedar {FATHER_IL[0]} (card {CARD}) nahi aa sakde, saman "
                      "main lena", f"{TEXT}|{NAMEC}|{UID}")}),
        case(f, f"{a}/api/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, kul=L(6840, BUY)),
                ev("screen", 2, screen=L("Kota", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kantinkard_sdks() -> list[Case]:
    rng = random.Random(29762)
    return [
        mk_batch(APP, rng, [("Order Placed", {"total": L(6840, BUY)}),
                            ("Checked In", {"canteen": CANTEEN["id"]})],
                 at=CANTEEN_FIX, nd=2),
        mk_identify(APP, rng, {"kard": L(CARD, UID), "shehar": L("Jammu", COARSE),
                               "role": "adhikrit"}),
        mk_pixel(APP, rng, "Quota Opened", {"month": "2026-01"}),
        tr_launch(APP, rng),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="grocery,appliances,car"),
        bt_notice(APP, rng, "imp"),
        ct_crash(APP, rng, ("java.lang.IllegalArgumentException", "quota month"),
                 [ct_crumb("nav", "Home -> Kota"), ct_crumb("tap", "next_month")],
                 screen="KotaActivity"),
        pg_register(APP, rng, at=HOME_AT, nd=2, tags={"canteen": CANTEEN["id"]}),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "6840.00"),
        ms_route(APP, rng, [(HOME_AT, PRECISE), ((CANTEEN["lat"], CANTEEN["lon"]), None)]),
    ]
