"""Paddy-stubble baling app "Puraalmol" (MONEY; the family's paddy field by Kalanaur: instead of
burning the stubble (``parali``) after the paddy (``jhona``) harvest, she books a baler through the
app and is paid a per-acre incentive into her account). Its API's keys are Haryanvi in Latin
letters, ASCII-folded as a Rohtak developer types them: ``naam`` first name, ``kunba_naam``
surname (lit. the family's name), ``fon`` phone, ``chaabi`` password (lit. key), ``paidaish``
birth date, ``thikana`` address, ``shahar`` town, ``gaam`` village, ``zila`` district, ``pin``,
``gharwala`` husband, ``kisan_nambar`` farmer number, ``khet`` field, ``med`` field boundary,
``kile`` acres (the killa), ``kism`` variety, ``kataai`` harvest, ``gaanth`` bales, ``bhaada``
hire charge, ``rakam`` amount, ``chukta`` paid, ``khata`` bank account, ``khatedaar`` account
holder, ``inaam_rakam`` incentive, ``tasveer`` photo, ``shikayat`` complaint, ``sandesa``
message, ``toh`` search (``tohna``, to look for), ``jagah`` place, ``ginti`` count, with
English ``otp``, ``email``, ``aadhaar``, ``pan``, ``ifsc``, ``upi``, ``lat``/``lng``: sign-up,
log-in, OTP, ``/mera``, the field's boundary, the crop, a baler booked, her check-in in the
field, a photo of the baled field, the hire paid by UPI, the incentive's bank account, its status
(query and URL path), bale counts (msgpack), the baler's live position (protobuf; the operator's
tractor, a negative), a search, a complaint, a message to the operator, the mandi's straw rates,
an offline visit log (JSON Lines), KYC (base64 JSON in a form), push, events."""

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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families306_kit import (
    AADHAAR,
    BALER_DEPOT,
    FARMER,
    FIELD_AT,
    FIELD_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    IN_ACCOUNT,
    IN_IFSC,
    PAN,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families306_sdk import (
    cp_batch,
    cp_identify,
    ht_event,
    ht_launch,
    nb_bid,
    nb_notice,
    tf_crash,
    tf_crumb,
)
from eval_families306_svc import bd_message, ck_upi, dp_register, gm_reverse, gm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("puraalmol", "Puraalmol", "com.example.puraalmol", "3.4.1",
          "https://api.puraalmol.example.in")
IID = "X-Puraal-Device"
PW = "Jhona@Kalanaur26"
DOB_HR = "17/05/1991"
NID = "personal.national_id"
BOOKING = "BL-26-104417"  # the baler booking (financial.purchase)
BALER_AT = [(28.830114, 76.398022), (28.829401, 76.397310)]  # the baler tractor (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def puraalmol() -> list[Case]:
    rng = random.Random(30601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kisan_nambar=L(FARMER, UID), fon=L(E164, TEL)))}
    fla, flo = fix(FIELD_FIX)
    khet = obj(rng, "kh", 8)
    lab: dict[str, str] = {}
    live = pb([(1, L(BOOKING, BUY)), (2, "blr_0711"), (3, 1763280000),
               (4, [(1, BALER_AT[0][0]), (2, BALER_AT[0][1]), (3, 6.5)]), (5, 31)], "", lab)
    inaam = at_path(case(f, f"{a}/v2/inaam/{FARMER}/sthiti", headers=_h(rng, **b)), FARMER, UID)
    return [
        case(f, f"{a}/v2/kisan/panjikaran", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "kunba_naam": L(LAST, NAMEC), "fon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "chaabi": L(PW, CRED), "paidaish": L(DOB_HR, BIRTH),
            "aadhaar": L(AADHAAR, NID), "thikana": L(HOME["line"], ADDR),
            "shahar": L(HOME["town"], COARSE), "zila": L(HOME["district"], COARSE),
            "pin": L(HOME["pin"], COARSE), "kisan_nambar": L(FARMER, UID),
            "gharwala": {"naam": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/kisan/bhitar", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "chaabi": L(PW, CRED), "yaad_rakh": "1"}),
        case(f, f"{a}/v2/kisan/otp", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "otp": L("508126", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/mera", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/khet", headers=_h(rng, **b), body={
            "khet": khet, "kisan_nambar": L(FARMER, UID), "gaam": L("Kalanaur", COARSE),
            "zila": L("Rohtak", COARSE), "kile": 4, "khasra": "112//7/2",
            "med": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in FIELD_AT]}),
        case(f, f"{a}/v2/khet/{khet}/fasal", fmt="form", headers=_h(rng, **b), body={
            "fasal": "jhona", "kism": "PR-126", "kataai": "2025-10-21", "kile": "4",
            "agli_fasal": "gehun"}),
        case(f, f"{a}/v2/baler/buking", headers=_h(rng, **b), body={
            "khet": khet, "depot": BALER_DEPOT["id"], "tarik": "2025-10-24", "kile": 4,
            "gaanth_andaza": 160, "buking": L(BOOKING, BUY), "bhaada": L(4800, BUY),
            "kisan_nambar": L(FARMER, UID),
            "sandesa": L("Kal subah 8 baje aa jaiyo, khet gaam te paachhe hai", TEXT)}),
        case(f, f"{a}/v2/khet/haajri", headers=_h(rng, **b), body={
            "khet": khet, "jagah": {"lat": fla, "lng": flo, "sateekta": 7},
            "depot": {"lat": BALER_DEPOT["lat"], "lng": BALER_DEPOT["lon"]},
            "haajri_id": obj(rng, "hj")}),
        multipart(f, f"{a}/v2/khet/tasveer", [
            ("tasveer", "khet_saaf.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "khet": khet, "lat": L(round(FIELD_FIX[0], 5), PRECISE),
                "lng": L(round(FIELD_FIX[1], 5), PRECISE), "buking": L(BOOKING, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/chukta", fmt="form", headers=_h(rng, **b), body={
            "buking": L(BOOKING, BUY), "rakam": L("4800.00", BUY), "upi": L(VPA, PAY),
            "txn_ref": rid(rng), "chukta": "haan"}),
        case(f, f"{a}/v2/inaam/khata", headers=_h(rng, **b), body={
            "khatedaar": L(f"{FIRST} {LAST}", NAMEC), "khata": L(IN_ACCOUNT, PAY),
            "ifsc": IN_IFSC, "bank": "Example Gramin Bank, Kalanaur", "pan": L(PAN, NID),
            "kisan_nambar": L(FARMER, UID)}),
        case(f, f"{a}/v2/inaam", headers=_h(rng, **b), query={
            "kisan_nambar": L(FARMER, UID), "mausam": "kharif-2025"}),
        inaam,
        case(f, f"{a}/v2/baler/gaanth", fmt="msgpack", headers=_h(rng, **b), body={
            "buking": L(BOOKING, BUY), "ginti": [{"ghanta": 9, "gaanth": 38},
                                                 {"ghanta": 10, "gaanth": 44}],
            "lat": L(round(FIELD_FIX[0], 4), PRECISE), "lng": L(round(FIELD_FIX[1], 4), PRECISE),
            "wazan_kg": 22}),
        raw(f, f"{a}/v2/baler/live", live, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/toh", headers=_h(rng, **b), query={
            "toh": L("baler kiraya Kalanaur kal subah", SEARCH), "page": "1"}),
        case(f, f"{a}/v2/shikayat", headers=_h(rng, **b), body={
            "buking": L(BOOKING, BUY), "kism": "der",
            "shikayat": L("Baler teen ghante late aaya, mazdoor khade rahe", TEXT)}),
        case(f, f"{a}/v2/sandesa", headers=_h(rng, **b), body={
            "kisne": "op_blr_0711",
            "sandesa": L(f"Mere gharwale {HUSBAND[0]} ne {HUSBAND[1]} pe fon kar liyo, "
                         "main khet mein na hoon", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/mandi/bhaav", headers=_h(rng, **b), query={
            "mandi": "Rohtak", "cheez": "parali_gaanth", "tarik": "2025-10-25"}),
        lines(f, f"{a}/v2/sync", [
            {"kaam": "haajri", "khet": khet, "lat": L(FIELD_FIX[0], PRECISE),
             "lng": L(FIELD_FIX[1], PRECISE), "t": 1761292800},
            {"kaam": "gaanth", "buking": L(BOOKING, BUY), "ginti": 82, "t": 1761296400}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kyc", fmt="form", headers=_h(rng, **b), body={
            "data": W({"aadhaar": L(AADHAAR, NID), "paidaish": L(DOB_HR, BIRTH),
                       "naam": L(f"{FIRST} {LAST}", NAMEC)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v2/ghatna", gz=True, headers=_h(rng, how="none"), cookies={
            "pm_sess": L(opaque(rng, "", 40), CRED), "pm_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("baler_buking", 1, kile=4), ev("screen", 2, screen=L("InaamSthiti", USAGE)),
                ev("chukta", 3, rakam=L(4800, BUY))]}),
    ]


def puraalmol_sdks() -> list[Case]:
    rng = random.Random(30602)
    return [
        cp_batch(APP, rng, [("Baler Booked", {"kile": 4, "bhaada": L(4800, BUY)}),
                            ("Field Checked In", {"khet": "kh"})],
                 at=FIELD_FIX, nd=2, locale="hi_IN"),
        cp_identify(APP, rng, {"gaam": L("Kalanaur", COARSE), "kisan_nambar": L(FARMER, UID),
                               "kile": 4}),
        ht_launch(APP, rng, first=True),
        ht_event(APP, rng, "purchase", {"buking": L(BOOKING, BUY)}, revenue=4800.0, hashed=True),
        nb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FIELD_FIX, nd=3,
               keywords="tractor,seed,fertiliser"),
        nb_notice(APP, rng, "win"),
        tf_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [tf_crumb("nav", "Khet -> Tasveer"),
                  tf_crumb("net", "POST", {"url": f"{APP.api}/v2/khet/tasveer", "status": 500})],
                 screen="TasveerActivity"),
        dp_register(APP, rng, lang="hi", at=HOME_AT, nd=2,
                    tags={"zila": L("Rohtak", COARSE), "fasal": "jhona"}),
        ck_upi(APP, rng, "4800.00", L(VPA, PAY)),
        ck_upi(APP, rng, "4000.00", L(VPA, PAY), payout=True),
        gm_reverse(APP, rng, FIELD_FIX, PRECISE, nd=5),
        gm_route(APP, rng, [(HOME_AT, PRECISE), (FIELD_FIX, PRECISE),
                            ((BALER_DEPOT["lat"], BALER_DEPOT["lon"]), None)]),
        bd_message(APP, rng, L(f"Inaam abhi tak khate mein na aaya, buking {BOOKING}",
                               f"{TEXT}|{BUY}"), {"kisan_nambar": L(FARMER, UID)}),
    ]
