"""Garment workers' wage and savings app "Betonbondhu" (Dhaka; its API's keys are romanised
Bengali: ``nam``, ``bongshonam``, ``mobile``, ``thikana``, ``shohor``, ``jonmotarikh``,
``gopon_shobdo``, ``jatiyo_porichoy`` ...): registration with the NID and the employee number, an
SMS code, a log-in, ``/ami`` with a JWT, the NID's photos and a selfie match, clocking in at the
factory gate, a wage slip, an overtime complaint, union dues, savings deposits and a withdrawal,
the nominee, a maternity-benefit claim, a safety report with a photo, a call-back request, push,
events and the savings balance by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families79_kit import (
    DHAKA_AT,
    DHAKA_HOME,
    DUE,
    FACTORY,
    GATE_FIX,
    NID_BD,
    NOMINEE,
    SAVINGS_AC,
    UNION,
    WORKER_NO,
    fix,
    obj,
)
from eval_families79_sdk import bl_crash, bl_crumb, gn_alias, gn_batch, sk_event, sk_open
from eval_families79_svc import ak_message, gb_register, pk_eval, tp_wallet
from eval_payloads import BSSID, INSTALL_ID, PHONE, SSID, USER_ID, Case, J, L, case

APP = App("betonbondhu", "Betonbondhu", "com.example.betonbondhu", "2.6.3",
          "https://api.betonbondhu.example.com")
IID = "X-BB-Device"
PW = "Shapla@2291"
PIN = "4907"
DOB_BD = "17-05-1991"
NOMINEE_NID = "8823019456"  # her nominee's NID, typed by her (personal.national_id)
TZ = "Asia/Dhaka"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("bn-BD,bn;q=0.9,en;q=0.8", DEV)
    return h


def betonbondhu() -> list[Case]:
    rng = random.Random(7911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kormi=L(WORKER_NO, UID), mobile=L(E164, TEL)))}
    gla, glo = fix(GATE_FIX)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    return [
        case(f, f"{a}/v1/nibondhon", headers=_h(rng), body={
            "nam": L("Jane", NAMEC), "bongshonam": L("Doe", NAMEC), "mobile": L(E164, TEL),
            "thikana": L(DHAKA_HOME["line"], ADDR), "elaka": L(DHAKA_HOME["area"], COARSE),
            "shohor": L(DHAKA_HOME["city"], COARSE), "dak_code": L(DHAKA_HOME["post"], COARSE),
            "jonmotarikh": L(DOB_BD, BIRTH), "lingo": L("nari", GENDER),
            "jatiyo_porichoy": L(NID_BD, NATID), "kormi_nombor": L(WORKER_NO, UID),
            "karkhana": FACTORY["id"], "gopon_shobdo": L(PW, CRED), "shorto_grohon": True}),
        case(f, f"{a}/v1/otp/jachai", fmt="form", headers=_h(rng), body={
            "mobile": L(PHONE, TEL), "otp": L("418263", CRED), "uddeshyo": "nibondhon"}),
        case(f, f"{a}/v1/probesh", fmt="form", headers=_h(rng), body={
            "kormi_nombor": L(WORKER_NO, UID), "gopon_shobdo": L(PW, CRED), "mone_rakho": "1"}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/porichoy/nid", [
            ("shamne", "nid_front.jpg", "image/jpeg", L(JPEG + b"\x79", f"{MEDIA}|{NATID}")),
            ("pechone", "nid_back.jpg", "image/jpeg", L(JPEG + b"\x7a", f"{MEDIA}|{NATID}")),
            ("tothyo", None, "application/json", {
                "jatiyo_porichoy": L(NID_BD, NATID), "jonmotarikh": L(DOB_BD, BIRTH),
                "nam_ingreji": L("JANE DOE", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/porichoy/chhobi", headers=_h(rng, **b), body={
            "jachai": obj(rng, "ekyc", 10), "mukh_nokkha": L(f32b64(vec), FACE),
            "jibonto": 0.974, "mil": 0.93, "model": "mfn-128"}),
        case(f, f"{a}/v1/hajira/probesh", headers=_h(rng, **b), body={
            "kormi_nombor": L(WORKER_NO, UID), "karkhana": FACTORY["id"],
            "obosthan": {"lat": gla, "lon": glo, "nirbhulota": 9},
            "karkhana_obosthan": {"lat": FACTORY["lat"], "lon": FACTORY["lon"]},
            "wifi": {"ssid": L("MKC-Floor3", WIFI), "bssid": L("5c:e9:31:4a:77:02", WIFI)},
            "somoy": 1765332120, "shift": "A"}),
        case(f, f"{a}/v1/beton/2025-11", headers=_h(rng, **b), query={
            "kormi_nombor": L(WORKER_NO, UID), "format": "json"}),
        case(f, f"{a}/v1/obhijog", headers=_h(rng, **b), body={
            "bishoy": "otirikto_ghonta", "mash": "2025-11",
            "biboron": L("November overtime was 22 hours but the slip pays 14", TEXT),
            "nam_gopon": True, "line": "Line 7", "slip": obj(rng, "slip", 8)}),
        case(f, f"{a}/v1/shongothon/chanda", fmt="form", headers=_h(rng, **b), body={
            "shongothon": L(UNION, SENS), "sodossho_nombor": L("SGSF-22-0419", SENS),
            "chanda": L("50", BUY), "mash": "2025-12"}),
        case(f, f"{a}/v1/shonchoy/joma", headers=_h(rng, **b), body={
            "hishab": L(SAVINGS_AC, PAY), "poriman": L("1500", BUY), "mudra": "BDT",
            "madhyom": "wallet", "wallet_nombor": L(E164, f"{TEL}|{PAY}"), "lenden": rid(rng)}),
        case(f, f"{a}/v1/shonchoy/uttolon", fmt="form", headers=_h(rng, **b), body={
            "hishab": L(SAVINGS_AC, PAY), "poriman": L("4000", BUY), "pin": L(PIN, CRED),
            "karon": L("to pay for my glucose tolerance test", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/shonchoy/monoyonito", headers=_h(rng, **b), body={
            "monoyonito_nam": L(NOMINEE[0], NAMEC), "monoyonito_mobile": L(NOMINEE[1], TEL),
            "monoyonito_nid": L(NOMINEE_NID, NATID), "somporko": "bon", "ongsho": 100}),
        multipart(f, f"{a}/v1/matrittwo/abedon", [
            ("sonod", "doctor_note.jpg", "image/jpeg", L(JPEG + b"\x7b", f"{MEDIA}|{SENS}|{MED}")),
            ("tothyo", None, "application/json", {
                "kormi_nombor": L(WORKER_NO, UID), "prottashito_tarikh": L(DUE, f"{SENS}|{MED}"),
                "chhuti_shuru": "2026-01-24", "shontan_shonkhya": 0})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/nirapotta/report", [
            ("chhobi", "exit.jpg", "image/jpeg", L(JPEG + b"\x7c", MEDIA)),
            ("tothyo", None, "application/json", {
                "karkhana": FACTORY["id"], "tola": "3", "dhoron": "fire_exit_blocked",
                "biboron": L("Cartons stacked against the east fire exit again", TEXT),
                "nam_gopon": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/helpline/callback", fmt="form", headers=_h(rng, **b), body={
            "mobile": L(PHONE, TEL), "shomoy": "after_18", "bishoy": "beton"}),
        case(f, f"{a}/v1/thikana", headers=_h(rng, **b), body={
            "thikana": L(DHAKA_HOME["line"], ADDR), "shohor": L(DHAKA_HOME["city"], COARSE),
            "dak_code": L(DHAKA_HOME["post"], COARSE), "lat": fix(DHAKA_AT, 5)[0],
            "lon": fix(DHAKA_AT, 5)[1]}),
        case(f, f"{a}/v1/jontro", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "jontro_id": L(INSTALL_ID, DID),
            "bhasha": L("bn_BD", DEV), "somoy_onchol": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "wifi_nam": L(SSID, WIFI), "wifi_bssid": L(BSSID, WIFI)}),
        case(f, f"{a}/v1/ghotona", gz=True, headers=_h(rng, **b), body={
            "kormi": L(USER_ID, UID), "ghotona": [
                ev("slip_dekha", 1, mash="2025-11"), ev("joma_shesh", 2),
                ev("screen", 3, screen=L("ShonchoyHishab", USAGE))]}),
        case(f, f"{a}/v1/shohokormi/amontron", fmt="form", headers=_h(rng, **b), body={
            "nam": L("Shirin Akhter", NAMEC), "mobile": L("+8801723448190", TEL),
            "karkhana": FACTORY["id"], "line": "Line 7"}),
        case(f, f"{a}/v1/token/notun", fmt="form", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "jontro_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/shonchoy/jer", headers=_h(rng, how="none"), cookies={
            "bb_session": L(opaque(rng, "", 40), CRED), "bb_jontro": L(INSTALL_ID, DID),
            "bb_lang": L("bn", DEV)}),
    ]


def betonbondhu_sdks() -> list[Case]:
    rng = random.Random(7912)
    return [
        gn_batch(APP, rng, [("Wage Slip Viewed", {"month": "2025-11"}),
                            ("Savings Deposit", {"amount": L(1500, BUY), "currency": "BDT"})],
                 at=DHAKA_AT, nd=2, tz=TZ, locale="bn-BD"),
        gn_alias(APP, rng, {"shohor": L("Dhaka", COARSE), "karkhana": FACTORY["name"],
                            "union_member": L(True, SENS)}),
        sk_open(APP, rng, first=True),
        sk_event(APP, rng, "savings_deposit", {"amount": L(1500, BUY), "scheme": "monthly"},
                 currency="BDT"),
        bl_crash(APP, rng, ("java.lang.IllegalArgumentException", "slip month out of range"),
                 [bl_crumb("nav", "Home -> BetonSlip"),
                  bl_crumb("net", "GET", {"url": f"{APP.api}/v1/beton/2025-11", "status": 200})],
                 screen="BetonSlipActivity", tz=TZ),
        pk_eval(APP, rng, {"factory": FACTORY["id"], "lang": L("bn", DEV)}),
        gb_register(APP, rng, tz=TZ, lang="bn", tags={"shohor": L("Dhaka", COARSE),
                                                      "shift": "A"}),
        tp_wallet(APP, rng, "550913"),
        ak_message(APP, rng, L("My November slip is missing 8 hours of overtime", TEXT),
                   {"kormi_nombor": L(WORKER_NO, UID), "karkhana": FACTORY["id"]}),
    ]


__all__ = ["APP", "betonbondhu", "betonbondhu_sdks"]
