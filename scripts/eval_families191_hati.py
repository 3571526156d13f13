"""Human-elephant conflict alerts and crop-loss claims "Hatibatori" (``haati`` elephant,
``batori`` news; a fictional conservation trust's app for villages near the Mariani forests,
where her husband's family keeps three bigha of paddy and a village house). Keys are Assamese in
Latin letters, snake_case: ``naam`` first name, ``upadhi`` surname, ``krishok_nombor`` farmer
number, ``gaon`` village, ``mouza`` revenue circle, ``jila`` district, ``mati`` land (``dag``
plot, ``patta`` title, ``bigha`` area), ``bank_khata`` bank account, ``xotorkota`` alert,
``grahak`` subscriber, ``byasardho`` radius, ``bikolpo`` alternate contact, ``haati`` elephant,
``jaak`` herd, ``xonkhya`` count, ``pochali`` calves, ``disha`` direction, ``dekha`` sighting,
``raati_pahora`` night watch, ``khoti`` loss, ``dabi`` claim, ``fosol`` crop, ``khotipuron``
compensation, ``ghor_khoti`` house damage, ``xour_bera`` solar fence, ``khuta`` post,
``jananii`` notice, ``joruri`` emergency, ``barta`` message, ``chobi`` photo, ``montobyo``
remark, ``okhyangxo`` / ``dragimangxo`` latitude / longitude): registration (her Aadhaar, the
land record, the bank account), an SMS code, ``/moi``, alerts around the village house, herds
near her (3 decimals), a sighting with her fix and photo, a protobuf night-watch beat, the watch
rota (neighbours), a crop-loss claim (gzip; the plot's corners), a damage photo, house damage
(her mother-in-law's Aadhaar), the claim by number in the path, the compensation account (her
PAN), a fence fault (msgpack), a message to the range office, a search, notices, an SOS, a
receipt by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    COARSE,
    CRED,
    DEV,
    DID,
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
from eval_families24_kit import claims, rid
from eval_families191_kit import (
    AADHAAR,
    AADHAAR_MIL,
    ACCOUNT,
    FARM_AT,
    FARM_FIX,
    FARMER,
    GAON_HOUSE_AT,
    IFSC,
    IN_PHONE,
    LAND,
    MOTHER_IL,
    PAN,
    TZ,
    VILLAGE,
    fix,
    hd,
    obj,
)
from eval_families191_sdk import cr_crash, cr_crumb, lm_batch, lm_pixel, ts_launch
from eval_families191_svc import fm_eval, hg_message, mb_reverse, mb_telemetry, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hatibatori", "Hatibatori", "com.example.hatibatori", "1.9.0",
          "https://api.hatibatori.example.org")
IID = "X-Hati-Yontro"
NID = "personal.national_id"
CLAIM = "KP-JRT-26-00417"  # the claim's case number (unlabelled: not a purchase, not an ID)
NEIGHBOURS = [("Dilip Gogoi", "+919401227315"), ("Rina Hazarika", "+919957043826")]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, asm=True, **kw)


def hatibatori() -> list[Case]:
    rng = random.Random(19121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, krishok=L(FARMER, UID), mobile=L(IN_PHONE, TEL)))}
    fla, flo = fix(FARM_FIX)
    hla, hlo = fix(GAON_HOUSE_AT)
    sighting = obj(rng, "dk")
    lab: dict[str, str] = {}
    beat = pb([(1, L(FARMER, UID)), (2, 1767205800),
               (3, [(1, L(FARM_FIX[0], PRECISE)), (2, L(FARM_FIX[1], PRECISE)), (3, 14.0)]),
               (4, L(37, DEV)), (5, 1)], "", lab)
    status = case(f, f"{a}/api/dabi/{CLAIM}/obostha", headers=_h(rng, **b),
                  query={"krishok_nombor": L(FARMER, UID)})
    return [
        case(f, f"{a}/api/panjiyon", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "upadhi": L(LAST, NAMEC), "mobile": L(IN_PHONE, TEL),
            "aadhaar": L(AADHAAR, NID), "gaon": L(VILLAGE["gaon"], COARSE),
            "mouza": L(VILLAGE["mouza"], COARSE), "jila": L(VILLAGE["district"], COARSE),
            "pin": L(VILLAGE["pin"], COARSE), "krishok_nombor": L(FARMER, UID),
            "mati": {"dag": LAND["dag"], "patta": LAND["patta"], "bigha": LAND["bigha"]},
            "bank_khata": {"khata": L(ACCOUNT, PAY), "ifsc": L(IFSC, PAY),
                           "naam": L(f"{FIRST} {LAST}", NAMEC)}}),
        case(f, f"{a}/api/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(IN_PHONE, TEL), "otp": L("552097", CRED)}),
        case(f, f"{a}/api/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/xotorkota/grahak", headers=_h(rng, **b), body={
            "krishok_nombor": L(FARMER, UID),
            "ghor": {"okhyangxo": hla, "dragimangxo": hlo}, "byasardho_km": 3,
            "sms": L(IN_PHONE, TEL),
            "bikolpo": {"naam": L(MOTHER_IL[0], NAMEC), "mobile": L(MOTHER_IL[1], TEL)},
            "bhaxa": L("as", DEV)}),
        case(f, f"{a}/api/haati/jaak", headers=_h(rng, **b), query={
            "okhyangxo": L(f"{FARM_FIX[0]:.3f}", PRECISE),
            "dragimangxo": L(f"{FARM_FIX[1]:.3f}", PRECISE), "km": "5"}),
        case(f, f"{a}/api/haati/dekha", headers=_h(rng, **b), body={
            "dekha_id": sighting, "krishok_nombor": L(FARMER, UID),
            "moi_asilu": {"okhyangxo": fla, "dragimangxo": flo, "nikhutota": 9},
            "jaak": {"okhyangxo": 26.6641, "dragimangxo": 94.3322, "xonkhya": 14,
                     "pochali": 3, "disha": "uttor"},
            "xomoy": "2026-01-02T22:40+05:30",
            "montobyo": L("Jaakto hatigarh nolar phale goise, dhan khetot nami ahise", TEXT)}),
        multipart(f, f"{a}/api/haati/dekha/chobi", [
            ("chobi", "jaak_raati.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"dekha_id": sighting, "flash": False})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/raati_pahora/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/raati_pahora/rota", headers=_h(rng, **b), body={
            "krishok_nombor": L(FARMER, UID), "machan": "mc_pub_02", "raati": "2026-01-03",
            "xongi": [{"naam": L(n, NAMEC), "mobile": L(p, TEL)} for n, p in NEIGHBOURS]}),
        case(f, f"{a}/api/khoti/dabi", gz=True, headers=_h(rng, **b), body={
            "krishok_nombor": L(FARMER, UID), "aadhaar": L(AADHAAR.replace(" ", ""), NID),
            "dag": LAND["dag"], "patta": LAND["patta"], "fosol": "xali dhan",
            "khoti_bigha": 1.5, "anumanik_khoti": 18000, "tarikh": "2026-01-02",
            "xima": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in FARM_AT],
            "bank_khata": L(ACCOUNT, PAY), "ifsc": L(IFSC, PAY)}),
        multipart(f, f"{a}/api/khoti/chobi", [
            ("chobi", "dhan_khoti.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("meta", None, "application/json", {
                "dabi": CLAIM, "okhyangxo": L(round(FARM_FIX[0], 5), PRECISE),
                "dragimangxo": L(round(FARM_FIX[1], 5), PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ghor_khoti", headers=_h(rng, **b), body={
            "dabi": CLAIM, "ghorar_malik": {"naam": L(MOTHER_IL[0], NAMEC),
                                            "aadhaar": L(AADHAAR_MIL, NID)},
            "biboron": L("Bhoral ghoror bera bhangi dhan khai gol", TEXT),
            "ghor": {"okhyangxo": hla, "dragimangxo": hlo}}),
        status,
        case(f, f"{a}/api/khotipuron/bank", fmt="form", headers=_h(rng, **b), body={
            "krishok_nombor": L(FARMER, UID), "khata": L(ACCOUNT, PAY), "ifsc": L(IFSC, PAY),
            "pan": L(PAN, NID), "khatar_naam": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/xour_bera/bigri", fmt="msgpack", headers=_h(rng, **b), body={
            "khuta": "sf_hg_118", "krishok_nombor": L(FARMER, UID),
            "sthan": {"okhyangxo": fla, "dragimangxo": flo},
            "montobyo": L("Tar kati goise, battery-r light nojole", TEXT)}),
        case(f, f"{a}/api/barta", headers=_h(rng, **b), body={
            "prapok": "range_mariani",
            "barta": L("Kali raati 14 ta haati ahi amar dhan khale. Moi Jane Doe, Hatigarh "
                       "Gaon", f"{TEXT}|{NAMEC}|{COARSE}")}),
        case(f, f"{a}/api/sondhan", headers=_h(rng, **b), query={
            "sondhan": L("haati kheda upai lanka jolua", SEARCH)}),
        case(f, f"{a}/api/jananii", headers=_h(rng, **b), query={
            "gaon": L(VILLAGE["gaon"], COARSE), "pora": "2026-01-01"}),
        case(f, f"{a}/api/joruri", headers=_h(rng, **b), body={
            "sthan": {"okhyangxo": hla, "dragimangxo": hlo}, "mobile": L(IN_PHONE, TEL),
            "barta": L("Haati ghoror usorot! Bari bhitorot xomaise", TEXT),
            "joruri_id": obj(rng, "sos")}),
        case(f, f"{a}/api/dabi/roxid", headers=_h(rng, how="none"), cookies={
            "ht_sesion": L(opaque(rng, "", 40), CRED), "ht_yontro": L(INSTALL_ID, DID),
            "ht_req": rid(rng)}),
        case(f, f"{a}/api/yontro", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "yontro_id": L(INSTALL_ID, DID),
            "bhaxa": L("as", DEV), "xomoy_khondo": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/ghotona", gz=True, headers=_h(rng, **b), body={
            "byabohari": L(USER_ID, UID), "ghotona": [
                ev("dekha_pothua", 1), ev("porda", 2, porda=L("HaatiMap", USAGE)),
                ev("dabi_pothua", 3)]}),
        case(f, f"{a}/api/bahir", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yontro": L(INSTALL_ID, DID)}),
    ]


def hatibatori_sdks() -> list[Case]:
    rng = random.Random(19122)
    return [
        lm_batch(APP, rng, [("Sighting Reported", {"herd": 14}),
                            ("Claim Filed", {"crop": "xali dhan"})], at=FARM_FIX, nd=2,
                 locale="as_IN"),
        lm_pixel(APP, rng, "Alert Opened", {"alert": "al_2026_0102"}),
        ts_launch(APP, rng, first=True),
        fm_eval(APP, rng, {"district": L(VILLAGE["district"], COARSE), "role": "krishok"}),
        pk_register(APP, rng, lang="as", at=GAON_HOUSE_AT, nd=3,
                    tags={"gaon": L(VILLAGE["gaon"], COARSE)}),
        cr_crash(APP, rng, ("java.lang.OutOfMemoryError", "camera bitmap"),
                 [cr_crumb("nav", "Dekha -> Camera")], screen="DekhaActivity"),
        mb_telemetry(APP, rng, [FARM_FIX, GAON_HOUSE_AT], PRECISE),
        mb_reverse(APP, rng, FARM_FIX, PRECISE, nd=4),
        hg_message(APP, rng, L("Mor dabi KP-JRT-26-00417 koi maah dhori pending", TEXT),
                   {"krishok": L(FARMER, UID), "email": L(EMAIL, MAIL)}),
    ]
