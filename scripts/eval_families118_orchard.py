"""Kiwifruit-orchard seasonal roster app "Huaroster", where she works as a picker: the worker's
sign-up (IRD number, bank account, passport for the right-to-work check, her husband as emergency
contact), a PIN log-in with her picker number, ``/me``, the passport photo, the week's roster, a
shift swap, clock-in and clock-out at the block, bins (msgpack), a protobuf heartbeat, a hazard
with a photo, an injury, payslips by a cookie GET, the bank account, a signed timesheet, the van,
a message to the supervisor, her crew by her picker number in the path, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, multipart, pb, push_token, raw
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families118_kit import (
    ADDR,
    BIRTH,
    BLOCK,
    BLOCK_FIX,
    CRED,
    CREW,
    DEV,
    DID,
    EMPLOYER,
    HUSBAND,
    IRD,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    NZ_BANK,
    PAY,
    PICKER_NO,
    PRECISE,
    TEL,
    TEPUKE,
    TEPUKE_AT,
    TEXT,
    UID,
    USAGE,
    bins,
    fix,
    nz_address,
    obj,
)
from eval_families118_sdk import bp_bid, fk_crash, fk_crumb, fk_session, tk_batch, tk_identify
from eval_families118_svc import ft_eval, mp_reverse, mp_telemetry, ok_save, pt_subscribe
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("huaroster", "Huaroster", "com.example.huaroster", "3.3.2",
          "https://api.huaroster.example.com")
IID = "X-Huaroster-Device"
PIN = "7316"
PASSPORT = "A51947720"  # her US passport (personal.national_id)
PICKER = L(PICKER_NO, UID)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def huaroster() -> list[Case]:
    rng = random.Random(11841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, picker=PICKER, email=L(EMAIL, MAIL)))}
    la, lo = fix(BLOCK_FIX, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, PICKER), (2, BLOCK["id"]),
               (3, [(1, L(round(BLOCK_FIX[0] + 0.00021, 6), PRECISE)),
                    (2, L(round(BLOCK_FIX[1] - 0.00034, 6), PRECISE))]),
               (4, L(47, DEV)), (5, 1765313100)], "", lab)
    return [
        case(f, f"{a}/v1/workers", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "mobile": L(E164, TEL),
            "dob": L(DOB, BIRTH), "address": nz_address(), "ird": L(IRD, NATID),
            "taxCode": "M", "kiwisaverRate": 3, "bankAccount": L(NZ_BANK, PAY),
            "rightToWork": {"passport": L(PASSPORT, NATID), "visa": "working holiday",
                            "expires": "2026-10-31"},
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "employer": EMPLOYER["id"]}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "picker": PICKER, "pin": L(PIN, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/blocks/{BLOCK['id']}", headers=_h(rng, **b), query={"day": "2025-12-09"}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "block": BLOCK["id"], "lat": str(BLOCK["lat"]), "lon": str(BLOCK["lon"])}),
        multipart(f, f"{a}/v1/workers/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"kind": "passport", "picker": PICKER})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/roster", headers=_h(rng, **b), query={
            "week": "2025-W50", "picker": PICKER, "orchard": EMPLOYER["id"]}),
        case(f, f"{a}/v1/roster/swap", headers=_h(rng, **b), body={
            "shift": obj(rng, "sh", 8), "with": CREW[1], "picker": PICKER,
            "reason": L("Son's kapa haka practice on Thursday", TEXT)}),
        case(f, f"{a}/v1/clock/in", headers=_h(rng, **b), body={
            "picker": PICKER, "block": BLOCK["id"], "lat": la, "lon": lo, "accuracy": 6.5,
            "beacon": "ble-14C-02", "battery": L(88, DEV), "at": 1765310400}),
        case(f, f"{a}/v1/bins", fmt="msgpack", headers=_h(rng, **b), body={
            "picker": PICKER, "block": BLOCK["id"], "bins": bins(rng, 4),
            "crew": CREW, "scanner": "hs-0917"}),
        raw(f, f"{a}/v1/heartbeat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/clock/out", headers=_h(rng, **b), body={
            "picker": PICKER, "block": BLOCK["id"],
            "position": L(f"{BLOCK_FIX[0]:.5f},{BLOCK_FIX[1]:.5f}", PRECISE),
            "breakMin": 45, "at": 1765339200, "blockLat": BLOCK["lat"],
            "blockLon": BLOCK["lon"]}),
        multipart(f, f"{a}/v1/hazards", [
            ("photo", "hazard.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("hazard", None, "application/json", {
                "block": BLOCK["id"], "row": 12, "lat": L(round(BLOCK_FIX[0], 5), PRECISE),
                "lon": L(round(BLOCK_FIX[1], 5), PRECISE),
                "text": L("Wasp nest under the canopy at the end of row 12", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/incidents", headers=_h(rng, **b), body={
            "picker": PICKER, "kind": "injury", "injury": L("cut to left palm", MED),
            "firstAid": L("cleaned and bandaged", MED),
            "text": L("Cut my hand on the secateurs while thinning", f"{TEXT}|{MED}"),
            "witness": CREW[0]}),
        case(f, f"{a}/v1/payslips", headers=_h(rng, how="upper"), query={
            "period": "2025-12-01"}, cookies={"hr_sid": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/workers/bank", fmt="form", headers=_h(rng, **b), body={
            "account": L(NZ_BANK, PAY), "holder": L(NAME, NAMEC), "picker": PICKER}),
        case(f, f"{a}/v1/timesheets/2025-W49/sign", headers=_h(rng, **b), body={
            "signature": L(NAME, NAMEC), "hours": 41.5, "bins": 96, "rate": "28.50",
            "agreed": True}),
        case(f, f"{a}/v1/transport", headers=_h(rng, **b), body={
            "van": "V3", "pickup": {"line": L(TEPUKE["line"], ADDR), "lat": L(
                round(TEPUKE_AT[0], 4), PRECISE), "lon": L(round(TEPUKE_AT[1], 4), PRECISE)},
            "time": "06:40"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "supervisor", "thread": obj(rng, "th", 8), "employerPhone": EMPLOYER["phone"],
            "text": L("Running 10 minutes late, the van left without me", TEXT)}),
        at_path(case(f, f"{a}/v1/crews/{PICKER_NO}", headers=_h(rng, **b)), PICKER_NO, UID),
        case(f, f"{a}/v1/training", fmt="form", headers=_h(rng, **b), body={
            "module": "chemical-safety", "score": "9", "picker": PICKER,
            "requestId": rid(rng)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_NZ", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, how="nodash", **b), body={
            "uid": L(USER_ID, UID), "picker": PICKER, "events": [
                ev("clock_in", 1), ev("bin_scanned", 2, count=4),
                ev("screen", 3, screen=L("RosterScreen", USAGE))]}),
    ]


def huaroster_sdks() -> list[Case]:
    rng = random.Random(11842)
    return [
        tk_batch(APP, rng, [("Clocked In", {"block": BLOCK["id"]}),
                            ("Bins Scanned", {"count": 4})], at=BLOCK_FIX, nd=3),
        tk_identify(APP, rng, {"role": "picker", "town": L("Te Puke", "location.coarse"),
                               "picker": PICKER}),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        fk_crash(APP, rng, ("android.nfc.TagLostException", "Tag was lost."),
                 [fk_crumb("navigation", "Bins -> Scan"),
                  fk_crumb("log", "scan", {"block": BLOCK["id"]})], screen="BinScanActivity"),
        fk_session(APP, rng, secs=1804),
        ft_eval(APP, rng, {"employer": EMPLOYER["id"], "nfc": True}, hdr=True),
        pt_subscribe(APP, rng, tags={"crew": "C4", "picker": PICKER}),
        mp_reverse(APP, rng, BLOCK_FIX, PRECISE),
        mp_telemetry(APP, rng, [(round(BLOCK_FIX[0], 6), round(BLOCK_FIX[1], 6)),
                                (round(BLOCK_FIX[0] + 0.0002, 6),
                                 round(BLOCK_FIX[1] + 0.0003, 6))], PRECISE),
        ok_save(APP, rng, {"analytics": True, "ads": False}),
    ]
