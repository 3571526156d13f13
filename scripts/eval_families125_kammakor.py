"""Garment-factory worker's payroll and shift app "Kammakor" (kammakor: worker), the factory's
app for its workers on the lines in Por Senchey; its API's keys are romanised Khmer (``chhmoh``
name, ``trakoul`` family name, ``lek_tourasap`` phone number, ``asayathan`` address, ``khet``
province, ``lek_attasanhanaban`` ID card number, ``thngai_kamnaeut`` birth date,
``peak_samngat`` password, ``pdei`` husband; also ``khan``, ``sangkat``, ``phet``, ``kon``,
``ven``, ``sahachip``, ``moulhetu``). A worker's own app, not set 73's employer-side payroll
nor set 39's time clock: registration, the SMS code, a log-in, ``/khnhom`` with a JWT, the
roster, a face clock-in at the gate (her fix, the factory's Wi-Fi, a face template), the
clock-out, piece-rate bundles (msgpack), overtime, sick leave with the clinic's note, the leave
balance by worker number in the path, a payslip, the wallet for wages, her social-security
number, union dues, a grievance, her son for the child allowance, the truck's stop at her lane,
a canteen meal, a password change, push, events and notices by a cookie GET."""

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
    FACE,
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families125_kit import (
    CITY_PP,
    FACTORY,
    FACTORY_BSSID,
    FACTORY_FIX,
    FACTORY_SSID,
    HOME_AT,
    HOME_LINE,
    HUSBAND,
    K_ADDRESS,
    K_BIRTH,
    K_FAMILY,
    K_HUSBAND,
    K_IDCARD,
    K_NAME,
    K_PASSWORD,
    K_PHONE,
    K_PROVINCE,
    KH_E164,
    KH_ID,
    KH_NATIONAL,
    KHAN,
    LANG_KM,
    NSSF_NO,
    PICKUP_AT,
    SANGKAT,
    SON,
    UNION,
    WALLET_ACCT,
    WORKER_NO,
    fix,
)
from eval_families125_sdk import cb_crash, cb_crumb, dl_event, dl_launch, mv_batch, mv_identify
from eval_families125_svc import as_save, bt_eval, ha_message, pp_register, sm_route
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kammakor", "Kammakor", "com.example.kammakor", "3.6.2",
          "https://api.kammakor.example.com")
IID = "X-Kmk-Device"
PW, PW2 = "Visal2017!", "Sokun#0148"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    extra = dict(kw.pop("extra", {}), **{"Accept-Language": L(LANG_KM, DEV)})
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def kammakor() -> list[Case]:
    rng = random.Random(12511)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, lek_kammakor=L(WORKER_NO, UID),
                                    lek_tourasap=L(KH_E164, TEL), rongchakr=FACTORY["id"]))}
    b = {"auth": "bearer"}
    gla, glo = fix(FACTORY_FIX)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    bundles = [{"bundle": f"BN-{rng.randrange(10 ** 6, 10 ** 7)}", "op": "sleeve_attach",
                "pcs": rng.choice([20, 24, 30])} for _ in range(4)]
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            K_NAME: L("Jane", NAMEC), K_FAMILY: L("Doe", NAMEC), "phet": L("srei", GENDER),
            K_BIRTH: L("17/05/1991", BIRTH), K_PHONE: L(KH_NATIONAL, TEL),
            K_IDCARD: L(KH_ID, NATID), K_ADDRESS: L(HOME_LINE, ADDR),
            "sangkat": L(SANGKAT, COARSE), "khan": L(KHAN, COARSE),
            K_PROVINCE: L(CITY_PP, COARSE), "lek_kammakor": L(WORKER_NO, UID),
            "rongchakr": FACTORY["id"], K_PASSWORD: L(PW, CRED),
            K_HUSBAND: {K_NAME: L(HUSBAND[0], NAMEC), K_PHONE: L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            K_PHONE: L(KH_E164, TEL), "otp": L("482913", CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "lek_kammakor": L(WORKER_NO, UID), K_PASSWORD: L(PW, CRED),
            "device": L(INSTALL_ID.replace("-", ""), DID)}),
        case(f, f"{a}/v1/khnhom", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ven", headers=_h(rng, **b), query={"week": "2025-W50", "line": "L14"}),
        multipart(f, f"{a}/v1/attendance/clock-in", [
            ("selfie", "clockin.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("scan", None, "application/json", {
                "lat": gla, "lon": glo, "ssid": L(FACTORY_SSID, WIFI),
                "bssid": L(FACTORY_BSSID, WIFI), "ven": "pel_prik", "line": "L14",
                "faceTemplate": L(f32b64(vec), FACE), "match": 0.97, "gate": "G2"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/attendance/clock-out", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{FACTORY_FIX[0]:.5f}", PRECISE), "lon": L(f"{FACTORY_FIX[1]:.5f}", PRECISE),
            "bssid": L(FACTORY_BSSID, WIFI), "ven": "pel_prik", "maong": "10"}),
        case(f, f"{a}/v1/piece-rate/bundles", fmt="msgpack", headers=_h(rng, **b), body={
            "lek_kammakor": L(WORKER_NO, UID), "line": "L14", "bundles": bundles,
            "scannedAt": 1765519200}),
        case(f, f"{a}/v1/overtime", headers=_h(rng, **b), body={
            "date": "2025-12-13", "maong_bonthem": 2,
            "moulhetu": L("Finish the rush order for the Christmas shipment", TEXT)}),
        multipart(f, f"{a}/v1/leave", [
            ("note", "clinic_note.jpg", "image/jpeg", L(JPEG + b"\x32", f"{MEDIA}|{MED}")),
            ("leave", None, "application/json", {
                "type": "sick", "from": "2025-12-02", "to": "2025-12-06",
                "moulhetu": L("Krun chheam (dengue), Bassac Fever Clinic, 5 days rest",
                              f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v1/workers/{WORKER_NO}/leave-balance", headers=_h(rng, **b)),
                WORKER_NO, UID),
        case(f, f"{a}/v1/payslips/2025-11", headers=_h(rng, **b)),
        case(f, f"{a}/v1/payout/account", headers=_h(rng, **b), body={
            "wallet": "Mekong Wallet", "account": L(WALLET_ACCT, PAY),
            "holder": L("JANE DOE", NAMEC), K_PHONE: L(KH_E164, TEL)}),
        case(f, f"{a}/v1/nssf/link", fmt="form", headers=_h(rng, **b), body={
            "nssf": L(NSSF_NO, NATID), K_IDCARD: L(KH_ID, NATID),
            K_BIRTH: L("1991-05-17", BIRTH)}),
        case(f, f"{a}/v1/sahachip/dues", headers=_h(rng, **b), body={
            "sahachip": L(UNION, SENS), "dues": L("1.00", BUY), "fromSalary": True}),
        case(f, f"{a}/v1/grievances", headers=_h(rng, **b), body={
            "anonymous": True, "category": "harassment", "line": "L14",
            "text": L("Line leader on L14 shouts at us and blocks toilet breaks after 10am",
                      TEXT)}),
        case(f, f"{a}/v1/family", headers=_h(rng, **b), body={
            "kon": [{K_NAME: L(SON[0], NAMEC), K_BIRTH: L(SON[2], BIRTH),
                     "phet": L("proh", GENDER)}], "allowance": "child"}),
        case(f, f"{a}/v1/transport/pickup", headers=_h(rng, **b), body={
            "stop": {"lat": L(PICKUP_AT[0], PRECISE), "lon": L(PICKUP_AT[1], PRECISE)},
            "truck": "PP-3A-2210", "driverPhone": "+85517555088", "ven": "pel_prik"}),
        case(f, f"{a}/v1/canteen/orders", fmt="form", headers=_h(rng, **b), body={
            "meal": "bay_sach_chrouk", "qty": "1", "price": L("1.25", BUY)}),
        case(f, f"{a}/v1/password", fmt="form", headers=_h(rng, **b), body={
            "old": L(PW, CRED), K_PASSWORD: L(PW2, CRED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("km_KH", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("clock_in", 1, gate="G2"), ev("payslip_open", 2, month="2025-11"),
                ev("screen", 3, screen=L("Payslip", USAGE))]}),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="plain"), cookies={
            "kmk_sess": L(opaque(rng, "", 40), CRED), "kmk_worker": L(WORKER_NO, UID)}),
    ]


def kammakor_sdks() -> list[Case]:
    rng = random.Random(12512)
    return [
        mv_batch(APP, rng, [("Clock In", {"gate": "G2", "line": "L14"}),
                            ("Payslip Viewed", {"month": "2025-11"})], at=FACTORY_FIX, nd=2,
                 locale="km-KH"),
        mv_identify(APP, rng, {"line": "L14", "shift": "morning", "language": L("km", DEV),
                               "union": L(True, SENS)}),
        dl_launch(APP, rng, first=True),
        dl_event(APP, rng, "payslip_view", {"month": "2025-11"}),
        cb_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed during face scan"),
                 [cb_crumb("nav", "Home -> ClockIn"), cb_crumb("tap", "scan_face")],
                 screen="ClockInActivity"),
        bt_eval(APP, rng, {"khet": L(CITY_PP, COARSE), "factory": FACTORY["id"]}),
        pp_register(APP, rng, lang="km", tags={"line": "L14", "union": L(UNION, SENS)}),
        as_save(APP, rng, {"analytics": True, "marketing": False}),
        ha_message(APP, rng, L("My November payslip is missing 6 hours of overtime", TEXT),
                   {"worker": L(WORKER_NO, UID), "line": "L14"}),
        sm_route(APP, rng, [(HOME_AT, PRECISE), ((FACTORY["lat"], FACTORY["lon"]), None)]),
    ]
