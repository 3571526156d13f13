"""A Lagos market trader's inventory-and-credit book "Ojabook" (its API's keys are Yoruba: oruko,
oruko_idile, foonu, adiresi, ilu, ojo_ibi, oro_asina, nomba_idanimo; she keeps her late mother's
fabric stall at Balogun market for a year): registration with her NIN, log-in and SMS code,
``/emi``, the shop and its point, stock with a photo, sales, credit sales to customers she types
in, customers picked from her phone book (msgpack), a reminder SMS, a repayment, a supplier
order, the settlement account with her BVN, a working-capital loan with a guarantor and a photo
of the stall, an assistant's account, a stock search, push, events and the day's summary by a
cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DIGITS,
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
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families78_kit import (
    ACCEPT_LANG,
    ACCT_NG,
    BVN,
    DEBTORS,
    HOME_NG,
    NIN,
    SKUS,
    STALL,
    STALL_AT,
    STORE_CODE,
    SUPPLIER,
    TZ,
    fix,
    obj,
)
from eval_families78_sdk import ij_crash, ij_crumb, ip_bid, ky_alias, ky_batch, op_event, op_session
from eval_families78_svc import ay_eval, ik_register, om_reverse, sw_bank
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("ojabook", "Ojabook", "com.example.ojabook", "3.9.2", "https://api.ojabook.example.com")
IID = "X-Oja-Ero"  # "ero" (device) in the app's own header name
PW = "Balogun!Aso2025"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L(ACCEPT_LANG, DEV)
    return h


def ojabook() -> list[Case]:
    rng = random.Random(7811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, foonu=L(E164, TEL), oruko=L(FIRST, NAMEC)))}
    sla, slo = fix(STALL_AT)
    sale, credit = obj(rng, "sale", 10), obj(rng, "awin", 10)
    cust = [obj(rng, "cus", 8) for _ in DEBTORS]
    return [
        case(f, f"{a}/v2/iforukosile", headers=_h(rng), body={
            "oruko": L(FIRST, NAMEC), "oruko_idile": L(LAST, NAMEC), "foonu": L(E164, TEL),
            "imeeli": L(EMAIL, MAIL), "oro_asina": L(PW, CRED), "ojo_ibi": L(DOB, BIRTH),
            "adiresi": L(HOME_NG["line"], ADDR), "ilu": L(HOME_NG["city"], COARSE),
            "nomba_idanimo": L(NIN, NATID), "netiwoki": L("Example Mobile", "location.carrier")}),
        case(f, f"{a}/v2/wole", fmt="form", headers=_h(rng), body={
            "foonu": L(PHONE, TEL), "oro_asina": L(PW, CRED), "ranti": "1"}),
        case(f, f"{a}/v2/wole/koodu", fmt="form", headers=_h(rng), body={
            "foonu": L(DIGITS, TEL), "koodu": L("482913", CRED)}),
        case(f, f"{a}/v2/emi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/itaja", headers=_h(rng, **b), body={
            "oruko_itaja": "Iya Bisi Fabrics", "koodu_itaja": STORE_CODE,
            "adiresi": L(STALL["line"], ADDR), "agbegbe": L(STALL["area"], COARSE),
            "ilu": L("Lagos", COARSE), "ipo": {"lat": sla, "lng": slo},
            "olunini": L(USER_ID, UID), "owo": "NGN"}),
        multipart(f, f"{a}/v2/oja", [
            ("aworan", "ankara_roll.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("oja", None, "application/json", {
                "sku": SKUS[0], "oruko": "Holland wax Ankara, 6 yards", "iye": 14,
                "owo_rira": "18500", "owo_tita": "24000", "eka": "ankara"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/oja", query={"eka": "lace", "oju_ewe": "2", "iye": "50"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v2/oja/wa", query={"q": L("george wrapper wine", SEARCH)},
             headers=_h(rng, **b)),
        case(f, f"{a}/v2/tita", headers=_h(rng, **b), body={
            "id": sale, "ohun": [{"sku": SKUS[2], "iye": 1, "owo": "52000"},
                                 {"sku": SKUS[3], "iye": 2, "owo": "6500"}],
            "apapo": L("65000", BUY), "sisanwo": "transfer", "onibara": "walk-in",
            "akoko": "2025-12-10T11:42:09+01:00"}),
        case(f, f"{a}/v2/awin", headers=_h(rng, **b), body={
            "id": credit, "onibara": {"oruko": L(DEBTORS[0][0], NAMEC),
                                      "foonu": L(DEBTORS[0][1], TEL)},
            "ohun": [{"sku": SKUS[2], "iye": 1}], "apapo": L("52000", BUY),
            "san_tele": L("7000", BUY), "ojo_isanwo": "2025-12-24",
            "akiyesi": L("Mama Bisi go pay balance after her daughter's wedding", TEXT)}),
        case(f, f"{a}/v2/onibara/gbe-wole", fmt="msgpack", headers=_h(rng, **b), body={
            "orisun": "phonebook", "onibara": [
                {"oruko": L(n, CONTACTS), "foonu": L(p, CONTACTS)} for n, p in DEBTORS[1:]]}),
        case(f, f"{a}/v2/iranti/sms", fmt="form", headers=_h(rng, **b), body={
            "si": L(DEBTORS[0][1], TEL), "onibara": cust[0],
            "oro": L(f"{DEBTORS[0][0]}, e ku ojo meta. Balance N45,000 for the lace remains. "
                     "Thank you - Iya Bisi Fabrics", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/awin/{credit}/isanwo", headers=_h(rng, **b), body={
            "onibara": cust[0], "iye": L("15000", BUY), "ona": "cash",
            "gba_nipase": L(USER_ID, UID)}),
        case(f, f"{a}/v2/olupese/ibere", headers=_h(rng, **b), body={
            "olupese": SUPPLIER["id"], "oruko_olupese": SUPPLIER["name"],
            "foonu_olupese": SUPPLIER["phone"], "ohun": [{"sku": SKUS[1], "iye": 20}],
            "apapo": L("310000", BUY), "ifijise": "pickup"}),
        case(f, f"{a}/v2/akanti-banki", fmt="form", headers=_h(rng, **b), body={
            "nomba_akanti": L(ACCT_NG, PAY), "koodu_banki": "901",
            "oruko_akanti": L("JANE DOE", NAMEC), "bvn": L(BVN, NATID)}),
        multipart(f, f"{a}/v2/awin-owo/ibeere", [
            ("aworan_itaja", "stall.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("ibeere", None, "application/json", {
                "iye": "500000", "osu": 6, "bvn": L(BVN, NATID), "nomba_idanimo": L(NIN, NATID),
                "akanti": L(ACCT_NG, PAY), "ere_osu": "1200000",
                "oniduro": {"oruko": L("Adewale Johnson", NAMEC),
                            "foonu": L("+2348025550184", TEL)}})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/osise", headers=_h(rng, **b), body={
            "oruko": L("Blessing Okoro", NAMEC), "foonu": L("+2349015550122", TEL),
            "pin": L("5821", CRED), "ase": ["sell", "view_stock"]}),
        case(f, f"{a}/v2/onibara/{cust[1]}/iroyin", query={"lati": "2025-11-01", "de": "pdf"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v2/afeyinti", fmt="form", headers=_h(rng, **b), body={
            "imeeli": L(EMAIL.upper(), MAIL), "osu": "2025-11", "ona": "xlsx"}),
        case(f, f"{a}/v2/alabapin/play", headers=_h(rng, **b), body={
            "product": L("ojabook_pro_monthly", BUY), "order": L("GPA.3391-7720-4418-50127", BUY),
            "token": L(play_token(rng), BUY), "olumulo": L(USER_ID, UID)}),
        case(f, f"{a}/v2/ero/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "ero": L(INSTALL_ID, DID),
            "awose": L("Pixel 8", DEV), "os": L("Android 14", DEV), "ede": L("yo_NG", DEV),
            "agbegbe_akoko": L(TZ, DEV)}),
        case(f, f"{a}/v2/isele", gz=True, headers=_h(rng, **b), body={
            "olumulo": L(USER_ID, UID), "isele": [
                ev("sale_recorded", 1, total=65000), ev("credit_added", 2),
                ev("screen", 3, screen=L("StockList", USAGE))]}),
        case(f, f"{a}/v2/akojopo/oni", headers=_h(rng, how="none"), cookies={
            "oja_sid": L(opaque(rng, "", 40), CRED), "oja_ero": L(INSTALL_ID, DID)}),
    ]


def ojabook_sdks() -> list[Case]:
    rng = random.Random(7812)
    return [
        ky_batch(APP, rng, [("Sale Recorded", {"total": L(65000, BUY), "items": 3}),
                            ("Credit Reminder Sent", {})], at=STALL_AT, nd=2),
        ky_alias(APP, rng, {"business": "fabrics", "city": L("Lagos", COARSE),
                            "first_name": L(FIRST, NAMEC)}),
        op_session(APP, rng, first=True),
        op_event(APP, rng, "loan_applied", {"tenor_months": 6}, hashed=True),
        ip_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, gender="F"),
        ij_crash(APP, rng, ("java.lang.IllegalStateException", "stock count below zero"),
                 [ij_crumb("nav", "Stock -> Sale"), ij_crumb("tap", "add_item",
                                                            {"sku": SKUS[2]})],
                 screen="SaleActivity"),
        ay_eval(APP, rng, {"market": L("Balogun", COARSE), "creditBook": True}),
        ik_register(APP, rng, tags={"plan": "free", "market": L("balogun", COARSE)}),
        sw_bank(APP, rng),
        om_reverse(APP, rng, STALL_AT, PRECISE, nd=5),
    ]
