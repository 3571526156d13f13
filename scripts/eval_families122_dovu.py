"""Sugarcane grower's cane-delivery and payment app "Dovupay" (``dovu``, sugarcane): she keeps the
account of the family's cane farm near Rakiraki (the contract is in her and her husband's names):
sign-up with the grower number and TIN, an OAuth password grant, ``/me`` with a JWT, the grower by
number in the path, the farm block's boundary, a harvest booking, a delivery docket from the mill
weighbridge (msgpack), deliveries by query, a dispute, the bank account for cane payments, a
payment advice, a fertiliser order set against the proceeds, an advance, a field photo, a
protobuf field visit, weather alerts for the sector, a message to the gang's sirdar, a cane fire
report, the TIN, push, events and notices by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
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
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix
from eval_families122_kit import (
    ACCOUNT_FJ,
    BANK,
    FARM,
    FARM_AT,
    FJ_TZ,
    GROWER,
    HUSBAND,
    MILL,
    SIRDAR,
    TIN,
    YASANA,
    boundary,
    evs,
    hdr,
)
from eval_families122_sdk import (
    bl_bid,
    fp_crash,
    fp_crumb,
    gf_batch,
    ir_event,
    ir_session,
)
from eval_families122_svc import ag_search, am_message, cr_bank, ft_eval, pk_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("dovupay", "Dovupay", "com.example.dovupay", "4.3.2", "https://api.dovupay.example.com")
IID = "X-Dovu-Install"
PW = "Ratu-Cane-4471"
DOCKET = "NLM-25-118804"  # the weighbridge docket of one delivery (a negative: the mill's record)
ADVICE = "PA-2025-11-40718"  # a payment advice (income: a negative)
INPUTS = "IN-55120"  # her fertiliser order (financial.purchase)
G = f"https://api.dovupay.example.com/v2/growers/{GROWER}"
FIELD_FIX = (-17.411903, 178.141217)  # her phone in the field by block 3


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hdr(APP, rng, IID, how, fj=False, **kw)


def dovupay() -> list[Case]:
    rng = random.Random(12221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), grower=L(GROWER, UID)))}
    fla, flo = fix(FARM_AT, 5)
    lab: dict[str, str] = {}
    visit = pb([(1, L(GROWER, UID)), (2, FARM["id"]),
                (3, [(1, L(round(FARM_AT[0] + 0.0004, 6), PRECISE)),
                     (2, L(round(FARM_AT[1] - 0.0003, 6), PRECISE))]),
                (4, 1765470021), (5, L("Block 3 ready to cut next week", TEXT))], "", lab)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "mobile": L(DIGITS, TEL), "password": L(PW, CRED),
            "growerNo": L(GROWER, UID), "tin": L(TIN, NATID), "dob": L(DOB, BIRTH),
            "coGrower": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dovupay-android", "scope": "grower payments"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{G}/farm", headers=_h(rng, **b)), GROWER, UID),
        at_path(case(f, f"{G}/blocks", headers=_h(rng, **b), body={
            "farm": FARM["id"], "lease": FARM["lease"], "sector": L(FARM["sector"], COARSE),
            "areaHa": FARM["ha"], "variety": "Mana", "ratoon": 3,
            "boundary": L(boundary(FARM_AT, rng), PRECISE),
            "centroid": {"lat": fla, "lon": flo}}), GROWER, UID),
        case(f, f"{a}/v2/harvest/bookings", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "farm": FARM["id"], "week": "2025-W51",
            "gang": "gang_ra_17", "estTonnes": 118, "lorry": "LT 4410"}),
        case(f, f"{a}/v2/deliveries", fmt="msgpack", headers=_h(rng, **b), body={
            "docket": DOCKET, "grower": L(GROWER, UID), "mill": MILL["id"],
            "grossKg": 21840, "tareKg": 8120, "burnt": False, "lorry": "LT 4410",
            "weighedAt": 1765463300}),
        case(f, f"{a}/v2/deliveries", headers=_h(rng, **b), query={
            "grower": L(GROWER, UID), "season": "2025", "page": "1"}),
        case(f, f"{a}/v2/deliveries/{DOCKET}/disputes", headers=_h(rng, **b), body={
            "reason": "weight", "text": L("Lorry LT 4410 was weighed with the trailer empty, "
                                          "the docket shows 13.7 t not 18 t", TEXT)}),
        case(f, f"{a}/v2/payments/account", fmt="form", headers=_h(rng, **b), body={
            "bank": BANK["name"], "branch": BANK["code"], "accountNo": L(ACCOUNT_FJ, PAY),
            "accountName": L(f"{NAME} & {HUSBAND[0]}", NAMEC), "grower": L(GROWER, UID)}),
        case(f, f"{a}/v2/payments/advice/{ADVICE}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/inputs/orders", headers=_h(rng, **b), body={
            "order": L(INPUTS, BUY), "grower": L(GROWER, UID),
            "items": [{"sku": "NPK-13-13-21", "bags": 12}, {"sku": "urea", "bags": 6}],
            "total": L("684.00", BUY), "deductFromProceeds": True}),
        case(f, f"{a}/v2/advances", fmt="form", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "amount": L("1500.00", BUY),
            "purpose": "harvest_labour", "repayFrom": "2026-cut1"}),
        multipart(f, f"{a}/v2/farms/{FARM['id']}/photos", [
            ("photo", "block3.jpg", "image/jpeg", L(JPEG + b"\x24\x01", MEDIA)),
            ("meta", None, "application/json", {
                "lat": L(round(FARM_AT[0] + 0.0006, 6), PRECISE),
                "lon": L(round(FARM_AT[1] + 0.0002, 6), PRECISE),
                "caption": L("Smut on the ratoon by the creek", TEXT)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/visits", visit, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/weather/subscriptions", fmt="form", headers=_h(rng, **b), body={
            "sector": L(FARM["sector"], COARSE), "province": L(YASANA, COARSE),
            "sms": "1", "cyclone": "1"}),
        case(f, f"{a}/v2/gangs/messages", headers=_h(rng, **b), body={
            "to": {"name": L(SIRDAR[0], NAMEC), "phone": L(SIRDAR[1], TEL)},
            "text": L("Vili, please start block 3 on Tuesday, the lorry comes at 6", TEXT)}),
        case(f, f"{a}/v2/fires", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "lat": L(round(FARM_AT[0] - 0.0008, 5), PRECISE),
            "lon": L(round(FARM_AT[1] + 0.0011, 5), PRECISE), "areaHa": 0.4,
            "note": L("Fire on the road side of block 2, not lit by us", TEXT)}),
        case(f, f"{a}/v2/me/tax", fmt="form", headers=_h(rng, **b), body={
            "tin": L(TIN, NATID), "vatRegistered": "0"}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("fertiliser subsidy", SEARCH), "season": "2025"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "timeZone": L(FJ_TZ, DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": evs("docket_viewed", "advance_requested",
                                                     "screen_Payments")}),
        case(f, f"{a}/v2/notices", headers=_h(rng, how="nodash"),
             cookies={"dp_sess": L(opaque(rng, "", 40), CRED), "dp_rid": rid(rng),
                      "dp_grower": L(GROWER, UID)}),
    ]


def dovupay_sdks() -> list[Case]:
    rng = random.Random(12222)
    return [
        gf_batch(APP, rng, [("Docket Viewed", {"tonnes": 13.7}),
                            ("Advance Requested", {"amount": L(1500.0, BUY)})], adid=True),
        ir_session(APP, rng, first=True),
        ir_event(APP, rng, "inputs_order", {"order": L(INPUTS, BUY), "bags": 18},
                 revenue=684.0),
        bl_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=FIELD_FIX, nd=3, yob=1991,
               gender="F", keywords="sugarcane,fertiliser,farming"),
        fp_crash(APP, rng, ("kotlin.KotlinNullPointerException", "docket.weighedAt"),
                 [fp_crumb("nav", "Deliveries -> Docket"), fp_crumb("tap", "dispute")],
                 screen="DocketActivity"),
        ft_eval(APP, rng, {"sector": L(FARM["sector"], COARSE), "advances": True}),
        pk_register(APP, rng, tags={"grower": L(GROWER, UID), "mill": MILL["id"]}),
        cr_bank(APP, rng),
        ag_search(APP, rng, "Nalau Mill", SEARCH, near=FARM_AT, nd=3),
        am_message(APP, rng, L("My advance for G-RA-40718 is not showing", f"{TEXT}|{UID}"),
                   {"grower": L(GROWER, UID)}),
    ]
