"""Groundnut buyer's app "Mtedza Bwino" (snake_case English API with a few Chichewa words): a
Lilongwe peanut-butter processor buys aflatoxin-tested groundnuts from growers around Dowa,
advancing certified seed on credit that is repaid in kilograms at the sale. She registers as the
grower for her husband's family's plot in Mwase village (he is the co-grower). Unlike set 88's
input-credit and insurance app and set 108's tobacco auction floor, it is a buyer's app: the
seed loan repaid in kind, lots declared from the field, aflatoxin samples and their lab results,
the depot check-in, the sale's goods-received note with the seed deducted, the payout. Calls:
sign-up, an OAuth password grant, an SMS code, ``/me`` with a JWT, the plot's boundary, the
seed catalogue by district, the seed loan, its page by loan number in the path, a crop photo
with a note, an agronomy question, a lot declared with its pick-up point, an offline sync
(msgpack), an aflatoxin sample, its results, the depot check-in (protobuf), the sale, the payout
to mobile money, a bank account, prices, the statement by grower number in the path, the
weather at 2 decimals, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    E164,
    GENDER,
    JPEG,
    MAIL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families134_kit import (
    FARM_AT,
    GN_DEPOT,
    GRN,
    GROWER,
    HOME,
    HOME_AT,
    HUSBAND,
    MOMO,
    MW_ACCOUNT,
    PLOT,
    RESIDENCE_PERMIT,
    SEED_LOAN,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families134_sdk import (
    ac_event,
    ac_launch,
    bn_bid,
    ck_crash,
    ck_crumb,
    ck_session,
    sm_batch,
)
from eval_families134_svc import cm_wallet, fm_eval, mk_geocode, mk_route, pn_register
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, case

APP = App("mtedza", "Mtedza Bwino", "com.example.mtedzabwino", "1.7.2",
          "https://api.mtedzabwino.example.com")
IID = "X-MB-Device-Id"
PW = "Chalimbana#CG7"
NATID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mtedza() -> list[Case]:
    rng = random.Random(13411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), grower=L(GROWER, UID)))}
    plot = obj(rng, "plt")
    lot = obj(rng, "lot", 8)
    sample = obj(rng, "smp", 8)
    fla, flo = fix(FARM_AT, 5)
    lab: dict[str, str] = {}
    checkin = pb([(1, L(GROWER, UID)), (2, GN_DEPOT["id"]), (3, 1765346400),
                  (4, [(1, L(round(GN_DEPOT["lat"] + 0.000041, 6), PRECISE)),
                       (2, L(round(GN_DEPOT["lon"] - 0.000032, 6), PRECISE)), (3, 14.0)]),
                  (5, lot), (6, 24)], "", lab)
    loan = at_path(case(f, f"{a}/v2/seed/loans/{SEED_LOAN}", headers=_h(rng, **b)),
                   SEED_LOAN, BUY)
    stmt = at_path(case(f, f"{a}/v2/growers/{GROWER}/statement", headers=_h(rng, how="none"),
                        query={"season": "2025"}, cookies={
                            "mb_session": L(opaque(rng, "", 44), CRED),
                            "mb_grower": L(GROWER, UID)}), GROWER, UID)
    return [
        case(f, f"{a}/v2/growers", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "gender": L("female", GENDER),
            "id_type": "residence_permit", "id_number": L(RESIDENCE_PERMIT, NATID),
            "village": L(VILLAGE["village"], COARSE), "traditional_authority": L(
                VILLAGE["ta"], COARSE), "district": L(VILLAGE["district"], COARSE),
            "co_grower": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                          "relation": "mwamuna"},
            "postal_address": L(HOME["line"], ADDR), "grower_no": L(GROWER, UID),
            "club": "Mwase Groundnut Club"}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "mtedza-android", "scope": "grower"}),
        case(f, f"{a}/v2/oauth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("715260", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/plots", headers=_h(rng, **b), body={
            "grower_no": L(GROWER, UID), "plot_id": plot, "name": "Munda wa kumtsinje",
            "boundary": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in PLOT],
            "area_ha": 0.8, "variety": "CG7", "planted": "2025-11-22"}),
        case(f, f"{a}/v2/seed/catalogue", headers=_h(rng, **b), query={
            "district": L(VILLAGE["district"], COARSE), "crop": "groundnut"}),
        case(f, f"{a}/v2/seed/loans", headers=_h(rng, **b), body={
            "grower_no": L(GROWER, UID), "loan_no": L(SEED_LOAN, BUY),
            "items": [{"sku": "CG7-shelled-25kg", "qty": 2}], "value_mwk": L(96000, BUY),
            "repay_kg": L(120, BUY), "collect_at": GN_DEPOT["id"]}),
        loan,
        multipart(f, f"{a}/v2/plots/{plot}/photos", [
            ("photo", "munda.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "lat": fla, "lon": flo,
                "note": L("Brown spots on the lower leaves after the rains", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/advice/questions", headers=_h(rng, **b), body={
            "plot_id": plot, "topic": "disease",
            "question": L("Is it early leaf spot? Should we spray before flowering?", TEXT)}),
        case(f, f"{a}/v2/lots", headers=_h(rng, **b), body={
            "lot_id": lot, "bags": 24, "kg_est": 1150,
            "moisture_pct": 7.5, "pickup": {"lat": L(round(FARM_AT[0], 4), PRECISE),
                                            "lon": L(round(FARM_AT[1], 4), PRECISE)},
            "shelled": True}),
        case(f, f"{a}/v2/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "grower_no": L(GROWER, UID), "queue": [
                {"k": "lot_update", "lot": lot, "bags": 24},
                {"k": "photo_pending", "plot": plot}],
            "fix": {"lat": L(FARM_AT[0], PRECISE), "lon": L(FARM_AT[1], PRECISE)}}),
        case(f, f"{a}/v2/aflatoxin/samples", fmt="form", headers=_h(rng, **b), body={
            "lot_id": lot, "sample_id": sample, "bags_sampled": "6"}),
        case(f, f"{a}/v2/aflatoxin/results", headers=_h(rng, **b), query={
            "grower_no": L(GROWER, UID), "lot_id": lot}),
        raw(f, f"{a}/v2/depot/checkin", checkin, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sales", headers=_h(rng, **b), body={
            "grower_no": L(GROWER, UID), "grn": L(GRN, BUY), "lot_id": lot, "kg_net": 1108,
            "grade": "A", "price_per_kg": 850, "gross_mwk": L(941800, BUY),
            "seed_deducted_kg": L(120, BUY), "net_mwk": L(839800, BUY),
            "depot": GN_DEPOT["id"]}),
        case(f, f"{a}/v2/payouts", headers=_h(rng, **b), body={
            "grn": L(GRN, BUY), "amount": L(839800, BUY), "channel": "mobile_money",
            "msisdn": L(MOMO, TEL), "ref": rid(rng)}),
        case(f, f"{a}/v2/bank-accounts", fmt="form", headers=_h(rng, **b), body={
            "holder": L(NAME, NAMEC), "account_no": L(MW_ACCOUNT, PAY),
            "bank": "Example Bank Malawi", "branch": "Capital City"}),
        case(f, f"{a}/v2/prices", headers=_h(rng, **b), query={
            "district": L(VILLAGE["district"], COARSE), "crop": "groundnut", "grade": "A"}),
        stmt,
        case(f, f"{a}/v2/weather", headers=_h(rng, **b), query={
            "lat": L(f"{FARM_AT[0]:.2f}", COARSE), "lon": L(f"{FARM_AT[1]:.2f}", COARSE),
            "days": "5"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lot_declared", 1, bags=24), ev("sample_sent", 2),
                ev("screen", 3, view=L("SalesHistory", USAGE))]}),
    ]


def mtedza_sdks() -> list[Case]:
    rng = random.Random(13412)
    return [
        sm_batch(APP, rng, [("Lot Declared", {"bags": 24}),
                            ("Sale Completed", {"net": L(839800, BUY)})],
                 adid=True, at=FARM_AT, nd=3),
        ac_launch(APP, rng, user=True, n=9),
        ac_event(APP, rng, "sale", {"grn": L(GRN, BUY)}, revenue=839800.0, hashed=True),
        bn_bid(APP, rng, {"native": {"ver": "1.2"}}, keywords="groundnut,seed,farming"),
        ck_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [ck_crumb("nav", "Lots -> Declare"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/v2/lots", "status": 0})],
                 screen="DeclareLotActivity"),
        ck_session(APP, rng, secs=902),
        fm_eval(APP, rng, {"district": L("Dowa", COARSE), "season": "2025"}),
        pn_register(APP, rng, tags={"district": L("Dowa", COARSE), "crop": "groundnut"},
                    at=FARM_AT, nd=2),
        cm_wallet(APP, rng, "839800", L(MOMO, TEL), bank=True),
        mk_geocode(APP, rng, "Dowa Turnoff Depot", "behavior.search",
                   near=FARM_AT, nd=2),
        mk_route(APP, rng, [(HOME_AT, PRECISE), (FARM_AT, PRECISE)]),
    ]
