"""A gum arabic buyer's supplier app "Keskagam" (``keska`` tree, ``gam`` gum: the family's acacia
plot near Konduga is tapped in the dry season and the gum sold to a depot that grades and exports
it; she is the registered supplier). Its API's keys are Kanuri in ASCII: ``cu`` name, ``cu_abba``
father's name (the family name), ``imel`` e-mail, ``lamba_waya`` phone number, ``sirri``
password, ``kodu`` code, ``kau_ganji`` birth date, ``kwa_kamu`` sex (``kamu`` woman), ``fato``
house (street line), ``unguwa`` ward, ``bla`` town, ``jiha`` state, ``kwanyi`` my husband,
``lamba_nin``/``lamba_bvn``, ``lamba_supplier``, ``keska`` trees, ``kona`` corners, ``kilo``,
``daraja`` grade, ``kurdi`` money, ``kurdi_pat`` total, ``yiwa`` payment, ``akawun`` account,
``banki`` bank, ``hoto`` photo, ``labar`` message, ``lamar`` complaint, ``nemtu`` search,
``sawa`` friend, ``oda`` order/delivery, ``rasit`` receipt, ``mashin`` device, ``luga``
language, ``kam`` person/user. Sign-up, log-in, SMS code, ``/nyi`` (me), the plot's corners, a
tapping log with her fix, a protobuf beat, a depot weighing (msgpack), prices, the payout account,
payouts, the statement by supplier number in the path, a photo, a complaint, a search, a
referral, tapping knives ordered, a traceability declaration (gzip), a receipt by cookie, an
offline sync (JSON Lines), push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
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
from eval_families24_kit import claims, rid
from eval_families182_kit import (
    ACCOUNT,
    BANK_CODE,
    BVN,
    DEPOT,
    HOME,
    HOME_AT,
    HUSBAND,
    LOCAL_NO,
    NIN,
    PLOT_AT,
    SISTER_IL,
    SUPPLIER,
    TAP_FIX,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families182_sdk import (
    bk_bid,
    kd_crash,
    kd_crumb,
    mk_batch,
    mk_identify,
    ty_event,
    ty_launch,
)
from eval_families182_svc import cn_wallet, hp_message, mp_reverse, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("keskagam", "Keskagam", "com.example.keskagam", "3.4.1",
          "https://api.keskagam.example.com")
IID = "X-Keskagam-Mashin"
PW = "Konduga#Gam2026"
DOB_KR = "17/05/1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kr=True, **kw)


def keskagam() -> list[Case]:
    rng = random.Random(18201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), lamba_supplier=L(SUPPLIER, UID)))}
    tla, tlo = fix(TAP_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SUPPLIER, UID)), (2, DEPOT["id"]), (3, 1767950000),
               (4, [(1, L(TAP_FIX[0], PRECISE)), (2, L(TAP_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    stmt = at_path(case(f, f"{a}/api/v1/suppliers/{SUPPLIER}/statement", headers=_h(rng, **b),
                        query={"kau_fara": "2025-11-01", "kau_dawu": "2026-01-31"}),
                   SUPPLIER, UID)
    return [
        case(f, f"{a}/api/v1/rijista", headers=_h(rng), body={
            "cu": L(FIRST, NAMEC), "cu_abba": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "lamba_waya": L(LOCAL_NO, TEL), "sirri": L(PW, CRED),
            "kau_ganji": L(DOB_KR, BIRTH), "kwa_kamu": L("kamu", GENDER),
            "lamba_nin": L(NIN, NID), "lamba_bvn": L(BVN, NID),
            "fato": L(HOME["line"], ADDR), "unguwa": L(HOME["area"], COARSE),
            "bla": L(HOME["town"], COARSE), "jiha": L(HOME["state"], COARSE),
            "kwanyi": {"cu": L(HUSBAND[0], NAMEC), "lamba_waya": L(HUSBAND[1], TEL)},
            "lamba_supplier": L(SUPPLIER, UID), "yarda": True}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "sirri": L(PW, CRED), "tuna_nyi": "1"}),
        case(f, f"{a}/api/v1/kodu", fmt="form", headers=_h(rng), body={
            "lamba_waya": L(E164, TEL), "kodu": L("402917", CRED)}),
        case(f, f"{a}/api/v1/nyi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/keska/fili", headers=_h(rng, **b), body={
            "lamba_supplier": L(SUPPLIER, UID), "keska": 140, "iri": "Acacia senegal",
            "kona": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PLOT_AT],
            "bla": L("Konduga", COARSE)}),
        case(f, f"{a}/api/v1/tapping", headers=_h(rng, **b), body={
            "kau": "2026-01-09", "keska": 38, "wuka": 2,
            "lokeshen": {"lat": tla, "lng": tlo, "acc": 7}, "lamba_supplier": L(SUPPLIER, UID),
            "tapping_id": obj(rng, "tp")}),
        raw(f, f"{a}/api/v1/tapping/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kilo", fmt="msgpack", headers=_h(rng, **b), body={
            "oda": L("DLV-26-01877", BUY), "depot": DEPOT["id"],
            "buhu": [{"kilo": 48.5, "daraja": "HPS-1"}, {"kilo": 51.0, "daraja": "HPS-2"}],
            "kurdi_kilo": 1850, "kurdi_pat": L(184025, BUY),
            "lamba_supplier": L(SUPPLIER, UID)}),
        case(f, f"{a}/api/v1/kurdi/farashi", headers=_h(rng, **b), query={
            "depot": DEPOT["id"], "daraja": "HPS-1", "kau": "2026-01-12"}),
        case(f, f"{a}/api/v1/akawun", headers=_h(rng, **b), body={
            "cu_pat": L(f"{FIRST} {LAST}", NAMEC), "akawun": L(ACCOUNT, PAY),
            "banki": BANK_CODE, "lamba_bvn": L(BVN, NID), "lamba_supplier": L(SUPPLIER, UID)}),
        case(f, f"{a}/api/v1/yiwa", headers=_h(rng, **b), query={
            "lamba_supplier": L(SUPPLIER, UID), "shafi": "1"}),
        stmt,
        multipart(f, f"{a}/api/v1/hoto", [
            ("hoto", "gam_buhu.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {"oda": L("DLV-26-01877", BUY),
                                                "daraja": "HPS-1"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/lamar", headers=_h(rng, **b), body={
            "depot": DEPOT["id"], "iri": "mizani",
            "labar": L("Mizani Konduga depot kilo 4 ganadə, nyi kilo 103 cinna, shi 99 rubuta",
                       TEXT)}),
        case(f, f"{a}/api/v1/nemtu", headers=_h(rng, **b), query={
            "nemtu": L("kurdi gam daraja tilo Maiduguri", SEARCH), "shafi": "1"}),
        case(f, f"{a}/api/v1/sawa", headers=_h(rng, **b), body={
            "sawa": {"cu": L(SISTER_IL[0], NAMEC), "lamba_waya": L(SISTER_IL[1], TEL)},
            "kodu_sawa": opaque(rng, "REF", 6)}),
        case(f, f"{a}/api/v1/oda/wuka", headers=_h(rng, **b), body={
            "kaye": [{"sku": "wk_tap_02", "adadi": 4, "kurdi": 3500}],
            "kurdi_pat": L(14000, BUY), "oda": L("ODW-3318", BUY),
            "fato": L(HOME["line"], ADDR), "bla": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/v1/traceability", gz=True, headers=_h(rng, **b), body={
            "lamba_supplier": L(SUPPLIER, UID), "kaka": "2025-26", "keska": 140,
            "tada_cida": False, "kona_adadi": 4, "sahu": L(f"{FIRST} {LAST}", NAMEC),
            "kau": "2026-01-12"}),
        case(f, f"{a}/api/v1/rasit/latest", headers=_h(rng, how="none"), cookies={
            "kg_zaman": L(opaque(rng, "", 40), CRED), "kg_mashin": L(INSTALL_ID, DID),
            "kg_req": rid(rng)}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "tapping", "keska": 22, "kam": L(SUPPLIER, UID)},
            {"op": "oda", "oda": L("DLV-26-01902", BUY), "kurdi_pat": L(92500, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mashin", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "mashin_id": L(INSTALL_ID, DID),
            "luga": L("kr", DEV), "lokta_zon": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "kam": L(USER_ID, UID), "events": [
                ev("tapping_logged", 1), ev("oda", 2, kurdi=L(184025, BUY)),
                ev("screen", 3, screen=L("NyiYiwa", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "mashin": L(INSTALL_ID, DID)}),
    ]


def keskagam_sdks() -> list[Case]:
    rng = random.Random(18202)
    return [
        mk_batch(APP, rng, [("Tapping Logged", {"trees": 38}),
                            ("Delivery Weighed", {"total": L(184025, BUY)})],
                 at=TAP_FIX, nd=2, locale="kr_NG"),
        mk_identify(APP, rng, {"bla": L("Konduga", COARSE), "lamba_supplier": L(SUPPLIER, UID),
                               "keska": 140}),
        ty_launch(APP, rng, first=True),
        ty_event(APP, rng, "sale", {"oda": L("DLV-26-01877", BUY)}, revenue=184025.0,
                 hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="farm,gum,export"),
        kd_crash(APP, rng, ("java.lang.IllegalStateException", "scale bluetooth lost"),
                 [kd_crumb("nav", "Oda -> Mizani"),
                  kd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/kilo", "status": 201})],
                 screen="MizaniActivity"),
        pf_register(APP, rng, lang="kr", at=TAP_FIX, nd=2,
                    tags={"depot": DEPOT["id"], "bla": L("Konduga", COARSE)}),
        cn_wallet(APP, rng, "184025", L(LOCAL_NO, f"{TEL}|{PAY}")),
        mp_reverse(APP, rng, TAP_FIX, PRECISE, nd=5),
        hp_message(APP, rng, L("Yiwa oda DLV-26-01877 ganadə, kurdi 184025 isəna",
                               f"{TEXT}|{BUY}"), {"lamba_supplier": L(SUPPLIER, UID)}),
    ]
