"""A squash-export growers' app "Sikuasi" (she grows kabocha squash for the Japan shipment on her
husband's family's tax allotment near Vaini and sells to a Nuku'alofa packhouse). Unlike set
132's copra buyer and set 100's coffee co-operative, it is about an export crop's compliance:
the allotment's block is registered, every planting is declared, a spray diary is kept for the
buyer's residue rules, bins are booked and scanned in the field, the packhouse grades the fruit
and a phytosanitary inspection is asked for. Calls: grower registration, an SMS code, ``/me``,
the block's boundary, a planting, the spray diary (msgpack), prices, a harvest booking, a bin
scan (protobuf, a nested fix), a delivery docket, a photo of the bins, grading by docket in the
path, the payout to mobile money, her bank account, an inspection request, a pest report with a
photo, weather for the block, packhouses nearby, a message to the packhouse, statements by a
cookie GET, certificates by grower number in the path, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families135_kit import (
    ALLOT,
    BIN_DOCKET,
    GROWER,
    HOME_AT,
    HUSBAND,
    PACKHOUSE,
    PACKHOUSE_FIX,
    TIN,
    TO_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families135_sdk import (
    af_launch,
    bh_bid,
    bh_notice,
    ct_crash,
    ct_crumb,
    mk_batch,
    mk_queue,
)
from eval_families135_svc import cp_wallet, hn_message, mt_telemetry, pk_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sikuasi", "Sikuasi", "com.example.sikuasi", "3.4.0", "https://api.sikuasi.example.com")
IID = "X-Sikuasi-Device"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sikuasi() -> list[Case]:
    rng = random.Random(13511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(GROWER, UID), phone=L(E164, TEL)))}
    block, planting, bin_ = obj(rng, "blk"), obj(rng, "pl"), obj(rng, "bin", 8)
    ala, alo = fix(ALLOT[0], 5)
    pla, plo = fix(ALLOT[2], 6)
    lab: dict[str, str] = {}
    scan = pb([(1, L(GROWER, UID)), (2, bin_), (3, 1765341200),
               (4, [(1, L(ALLOT[3][0], PRECISE)), (2, L(ALLOT[3][1], PRECISE)), (3, 7.0)]),
               (5, L(71, DEV)), (6, "kabocha-delica")], "", lab)
    grading = at_path(case(f, f"{a}/v2/deliveries/{BIN_DOCKET}/grading", headers=_h(rng, **b)),
                      BIN_DOCKET, BUY)
    certs = at_path(case(f, f"{a}/v2/growers/{GROWER}/certificates", headers=_h(rng, **b),
                         query={"season": "2025"}), GROWER, UID)
    return [
        case(f, f"{a}/v2/growers", headers=_h(rng), body={
            "fullName": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "village": L("Vaini", COARSE), "island": L("Tongatapu", COARSE),
            "tin": L(TIN, NID), "dob": L(DOB, BIRTH), "gender": L("F", GENDER),
            "allotmentHolder": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                                "relation": "husband"},
            "crops": ["squash"], "language": L("en", DEV)}),
        case(f, f"{a}/v2/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("318406", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/blocks", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "block": block, "name": "Taufa 'api, Vaini",
            "boundary": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in ALLOT],
            "hectares": 2.1, "soil": "volcanic loam", "irrigated": False}),
        case(f, f"{a}/v2/plantings", headers=_h(rng, **b), body={
            "block": block, "planting": planting, "variety": "Delica", "seedLot": "SL-JP-2507",
            "sown": "2025-08-18", "hectares": 1.6, "grower": L(GROWER, UID)}),
        case(f, f"{a}/v2/spray-diary", fmt="msgpack", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "planting": planting, "entries": [
                {"d": "2025-10-02", "product": "mancozeb 80WP", "rateKgHa": 2.0, "whp": 14},
                {"d": "2025-10-21", "product": "spinosad", "rateMlHa": 150, "whp": 3}],
            "operator": L(HUSBAND[0], NAMEC), "sprayer": "knapsack-16L"}),
        case(f, f"{a}/v2/prices", headers=_h(rng, **b), query={
            "variety": "Delica", "grade": "A", "season": "2025"}),
        case(f, f"{a}/v2/harvest/bookings", headers=_h(rng, **b), body={
            "planting": planting, "bins": 12, "date": "2025-12-12",
            "pickup": {"lat": ala, "lon": alo}, "packhouse": PACKHOUSE["id"]}),
        raw(f, f"{a}/v2/bins/scan", scan, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/deliveries", headers=_h(rng, **b), body={
            "packhouse": PACKHOUSE["id"], "docket": L(BIN_DOCKET, BUY), "grower": L(GROWER, UID),
            "bins": [{"bin": bin_, "kg": 388.5}, {"bin": obj(rng, "bin", 8), "kg": 402.0}],
            "amount": L(1864.2, BUY), "currency": "TOP",
            "packhouseAt": {"lat": PACKHOUSE["lat"], "lon": PACKHOUSE["lon"]}}),
        multipart(f, f"{a}/v2/deliveries/{BIN_DOCKET}/photos", [
            ("photo", "bins.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"docket": L(BIN_DOCKET, BUY), "bins": 2})],
            headers=_h(rng, **b)),
        grading,
        case(f, f"{a}/v2/payouts", headers=_h(rng, **b), body={
            "docket": L(BIN_DOCKET, BUY), "amount": L(1864.2, BUY), "to": "mobile_wallet",
            "msisdn": L(E164, TEL), "name": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/growers/bank", fmt="form", headers=_h(rng, **b), body={
            "account_no": L(TO_ACCOUNT, PAY), "account_name": L(f"{FIRST} {LAST}", NAMEC),
            "branch": "Nuku'alofa main", "grower": L(GROWER, UID)}),
        case(f, f"{a}/v2/inspections", headers=_h(rng, **b), body={
            "planting": planting, "kind": "pre-export phytosanitary",
            "note": L("Fruit fly traps checked Monday, none caught", TEXT),
            "at": {"lat": L(round(ALLOT[1][0], 4), PRECISE), "lon": L(round(ALLOT[1][1], 4),
                                                                     PRECISE)}}),
        multipart(f, f"{a}/v2/pests", [
            ("photo", "leaf.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("report", None, "application/json", {
                "pest": "powdery mildew", "text": L("White powder on the old leaves near the "
                                                    "road side", TEXT),
                "at": {"lat": pla, "lon": plo}})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/weather", headers=_h(rng, **b), query={
            "lat": L(f"{ALLOT[0][0]:.4f}", PRECISE), "lon": L(f"{ALLOT[0][1]:.4f}", PRECISE),
            "days": "7"}),
        case(f, f"{a}/v2/packhouses/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": PACKHOUSE["id"], "text": L("Can the truck come before 9? The road floods after "
                                             "rain", TEXT), "ref": rid(rng)}),
        case(f, f"{a}/v2/packhouse/checkin", headers=_h(rng, **b), body={
            "packhouse": PACKHOUSE["id"], "docket": L(BIN_DOCKET, BUY),
            "at": {"lat": L(round(PACKHOUSE_FIX[0], 5), PRECISE),
                   "lon": L(round(PACKHOUSE_FIX[1], 5), PRECISE)}}),
        case(f, f"{a}/v2/statements", headers=_h(rng, how="none"), query={"season": "2025"},
             cookies={"sq_sess": L(opaque(rng, "", 40), CRED), "sq_dev": L(INSTALL_ID, DID)}),
        certs,
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("bins_booked", 1), ev("docket_viewed", 2),
                ev("screen", 3, screen=L("SprayDiary", USAGE))]}),
    ]


def sikuasi_sdks() -> list[Case]:
    rng = random.Random(13512)
    return [
        mk_batch(APP, rng, [("Delivery Logged", {"amount": L(1864.2, BUY)}),
                            ("Prices Viewed", {"variety": "Delica"})], at=ALLOT[0], nd=2),
        mk_queue(APP, rng, [("Spray Logged", {"product": "spinosad"}),
                            ("Bin Scanned", {"n": 12}),
                            ("Screen Viewed", {"screen": L("Block", USAGE)})]),
        af_launch(APP, rng, user=True, n=7),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="farm,squash,export"),
        bh_notice(APP, rng, "imp"),
        ct_crash(APP, rng, ("java.io.IOException", "scan upload offline"),
                 [ct_crumb("http", "POST", {"url": f"{APP.api}/v2/bins/scan", "status": 0})],
                 screen="ScanWorker"),
        pk_register(APP, rng, at=HOME_AT, nd=2, tags={"island": L("Tongatapu", COARSE),
                                                       "crop": "squash"}),
        mt_telemetry(APP, rng, [ALLOT[1], ALLOT[2]], PRECISE),
        cp_wallet(APP, rng, "1864.20", L(E164, TEL)),
        hn_message(APP, rng, L("Docket PH-25-11870 shows 2 bins rejected, why?", f"{TEXT}|{BUY}"),
                   {"grower": L(GROWER, UID)}),
    ]
