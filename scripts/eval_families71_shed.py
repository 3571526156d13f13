"""Smart lock on a shared bike shed "Shedlatch" (the shed is in a community garden on her
street, shared by a few neighbours): sign-up, a magic-link log-in, ``/me``, joining the shed with
an invitation code, its locks, pairing her phone with the lock, a digital key, an unlock (a
protobuf with her fix), the lock's audit log synced over Bluetooth (JSON Lines), her keypad code,
inviting members, a guest pass, her bike's registration with a photo, an issue report, the
shed's dues, auto-unlock (her home Wi-Fi), a cargo-bike slot, the lock's status near her, push,
events and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, multipart, pb, push_token, raw
from eval_families20_kit import App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, others
from eval_families71_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    HW,
    LOCK,
    LOCK_PIN,
    MAIL,
    MEDIA,
    MEMBERS,
    NAMEC,
    PAY,
    PRECISE,
    SHED,
    SHED_FIX,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    fix,
    home,
    obj,
)
from eval_families71_sdk import fl_crash, fl_crumb, gp_batch, gp_pixel, tr_open
from eval_families71_svc import (
    ab_message,
    as_check,
    at_reverse,
    at_tiles_telemetry,
    bq_register,
    cq_card,
    fm_eval,
)
from eval_payloads import BSSID, EMAIL, INSTALL_ID, MAC, NAME, SSID, USER_ID, Case, J, L, case

APP = App("shedlatch", "Shedlatch", "com.example.shedlatch", "1.19.2",
          "https://api.shedlatch.example.net")
IID = "X-Shedlatch-Phone"
PW = "Spokes+Chain2025"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def shedlatch() -> list[Case]:
    rng = random.Random(7171)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone_number=L(E164, TEL)))}
    b = {"auth": "bearer"}
    lk, sh = LOCK["id"], SHED["id"]
    sla, slo = fix(SHED_FIX, 5)
    neighbours = others(rng, 2, "usr_")
    lab: dict[str, str] = {}
    unlock = pb([(1, L(USER_ID, UID)), (2, lk), (3, [(1, L(SHED_FIX[0], PRECISE)),
                                                     (2, L(SHED_FIX[1], PRECISE))]),
                 (4, -61), (5, LOCK["battery"]), (6, 1765318420)], "", lab)
    audit = [{"lock": lk, "actor": L(USER_ID, UID) if i % 2 == 0 else neighbours[i % 2],
              "action": "unlock" if i < 2 else "lock", "at": 1765310000 + 600 * i,
              "method": "ble", "seq": 4410 + i} for i in range(4)]
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL), "name": L(NAME, NAMEC),
            "password": L(PW, CRED)}),
        case(f, f"{a}/v1/auth/magic-link", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "redirect": "shedlatch://auth"}),
        case(f, f"{a}/v1/auth/magic-link/verify", fmt="form", headers=_h(rng), body={
            "token": L(opaque(rng, "ml_", 32), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sheds/join", headers=_h(rng, **b), body={
            "inviteCode": L("SHED-W31-8KQ2", CRED), "shed": sh}),
        case(f, f"{a}/v1/sheds/{sh}/locks", headers=_h(rng, **b)),
        case(f, f"{a}/v1/locks/{lk}/pair", headers=_h(rng, **b), body={
            "lockSerial": LOCK["serial"], "lockBle": LOCK["ble"], "fw": LOCK["fw"],
            "phoneBluetooth": L(MAC, HW), "phoneModel": L("Pixel 8", DEV), "rssi": -58}),
        case(f, f"{a}/v1/locks/{lk}/keys", headers=_h(rng, **b), body={
            "publicKey": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + opaque(rng, "", 24),
            "device": L(INSTALL_ID, DID), "validDays": 365}),
        raw(f, f"{a}/v1/locks/{lk}/unlock", unlock, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/locks/{lk}/audit", audit, headers=_h(rng, **b)),
        case(f, f"{a}/v1/locks/{lk}/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L(LOCK_PIN, CRED), "slot": "3"}),
        case(f, f"{a}/v1/sheds/{sh}/members", headers=_h(rng, **b), body={
            "invite": [{"name": L(n, NAMEC), "phone": L(p, TEL), "email": L(e, MAIL)}
                       for n, p, e in MEMBERS], "role": "member"}),
        case(f, f"{a}/v1/sheds/{sh}/guest-passes", headers=_h(rng, **b), body={
            "guest": L("Theo (bike mechanic)", NAMEC), "hours": 4,
            "code": L("771903", CRED), "pass": obj(rng, "gp", 8)}),
        multipart(f, f"{a}/v1/sheds/{sh}/bikes", [
            ("photo", "bike.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("bike", None, "application/json", {"make": "Foldmere", "colour": "racing green",
                                                "frame": "WTU217C4410", "slot": 6})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sheds/{sh}/issues", headers=_h(rng, **b), body={
            "lock": lk, "text": L("Latch sticks in the rain, had to wiggle it 3 times", TEXT)}),
        case(f, f"{a}/v1/sheds/{sh}/dues", fmt="form", headers=_h(rng, **b), body={
            "period": "2026", "amount": L("40.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/users/me/auto-unlock", headers=_h(rng, **b), body={
            "enabled": True, "radiusM": 40, "centre": [SHED["lat"], SHED["lon"]],
            "notFromWifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        case(f, f"{a}/v1/sheds/{sh}/cargo-bike/slots", fmt="form", headers=_h(rng, **b), body={
            "from": "2025-12-14T09:00", "to": "2025-12-14T12:00", "bike": "cargo_1"}),
        case(f, f"{a}/v1/locks/{lk}/status", headers=_h(rng, **b), query={
            "lat": L(f"{SHED_FIX[0]:.5f}", PRECISE), "lon": L(f"{SHED_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "phone": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "bleVersion": L("5.3", DEV), "at": {"lat": sla, "lon": slo}}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("unlock_ble", 1), ev("guest_pass_created", 2),
                ev("screen", 3, screen=L("ShedHome", USAGE))]}),
        case(f, f"{a}/v1/history", headers=_h(rng, how="none"), cookies={
            "sl_sess": L(opaque(rng, "", 40), CRED), "sl_phone": L(INSTALL_ID, DID)}),
    ]


def shedlatch_sdks() -> list[Case]:
    rng = random.Random(7172)
    hla, hlo = home(6)
    return [
        gp_batch(APP, rng, [("Unlocked", {"method": "ble"}),
                            ("Guest Pass Created", {"hours": 4})], at=SHED_FIX, nd=4),
        gp_pixel(APP, rng, "Invite Opened", {"shed": SHED["id"]}),
        tr_open(APP, rng, first=True),
        fl_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                 [fl_crumb("ui", "unlock", {"lock": LOCK["id"]})], screen="LockActivity"),
        fm_eval(APP, rng, {"autoUnlock": True}),
        bq_register(APP, rng, tags={"shed": SHED["id"]}),
        as_check(APP, rng, {"analytics": True}),
        cq_card(APP, rng),
        at_reverse(APP, rng, (SHED["lat"], SHED["lon"]), None),
        at_tiles_telemetry(APP, rng, [(hla.value, hlo.value), SHED_FIX], PRECISE),
        ab_message(APP, rng, L("My PIN stopped working on the keypad since the firmware update",
                               TEXT), {"lock": LOCK["id"]}),
    ]
