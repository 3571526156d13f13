"""A green-gram (mung bean) buyer's farmer app "Ndengu Yitu" ("our green grams"; a Kitui town
store buys the family's crop from the Nzambani shamba, which she manages with her mother-in-law:
money). Its API's keys are Kamba in plain Latin letters with the loans Kenyan farm apps keep:
``isyitwa`` name, ``simu`` phone, ``kodi`` code, ``namba_ya_kipande`` ID-card number,
``kra_pin`` tax PIN, ``utui`` village, ``kaunti`` county, ``muunda`` farm, ``eka`` acres,
``mbeu`` seed, ``ngetha`` harvest, ``makunia`` sacks, ``uito`` weight, ``unyevu`` moisture,
``daraja`` grade, ``thooa`` price, ``mbesa``/``mbesa_syonthe`` amount/total, ``kuiva`` to pay,
``malipo`` payouts, ``lisiti`` receipt, ``ikovi`` loan (input credit), ``mudhamini``
guarantor, ``uthumbi`` delivery, ``ngali`` vehicle, ``mutwai`` driver, ``uvoo`` message,
``kumantha`` search, ``ndunyu`` market, ``mbua`` rain: sign-up, a one-time code, ``/niini``,
prices, seed on credit with her husband as guarantor, a harvest estimate (msgpack), a delivery
at the store with her fix, the weighbridge ticket (protobuf), the delivery note by number in the
path, the sale, the payout to her wallet, her bank account, payouts, a pick-up from the shamba
driven by her brother-in-law, a message to the field officer, a search, a price alert, a field
diary (JSON Lines), her statement by a base64 JSON cookie, the withholding-tax certificate (gzip),
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families272_kit import (
    ALIEN_ID,
    BROTHER_IL,
    FARMER,
    HOME_AT,
    HUSBAND,
    KE_ACCOUNT,
    KE_LINE,
    KE_LINE_LOCAL,
    KRA_PIN,
    SHAMBA_AT,
    STORE,
    STORE_FIX,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families272_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_identify,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families272_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("ndengu", "Ndengu Yitu", "com.example.ndenguyitu", "3.0.2",
          "https://api.ndenguyitu.example.net")
IID = "X-NY-Device"
NID = "personal.national_id"
DN = "DN-KT-2601-0884"  # her delivery note (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def ndengu() -> list[Case]:
    rng = random.Random(27211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, farmer=L(FARMER, UID), simu=L(KE_LINE, TEL)))}
    sla, slo = fix(STORE_FIX, 5)
    lab: dict[str, str] = {}
    ticket = pb([(1, L(FARMER, UID)), (2, L(DN, BUY)), (3, 1260.5), (4, "wb_ktu_2"),
                 (5, [(1, L(STORE_FIX[0], PRECISE)), (2, L(STORE_FIX[1], PRECISE))]),
                 (6, 1768996800)], "", lab)
    note = at_path(case(f, f"{a}/api/uthumbi/{DN}/lisiti", headers=_h(rng, **b)), DN, BUY)
    return [
        case(f, f"{a}/api/arimi", headers=_h(rng), body={
            "isyitwa": L(f"{FIRST} {LAST}", NAMEC), "simu": L(KE_LINE, TEL),
            "imeli": L(EMAIL, MAIL), "namba_ya_kipande": L(ALIEN_ID, NID),
            "kra_pin": L(KRA_PIN, NID), "utui": L("Nzambani", COARSE),
            "kaunti": L("Kitui", COARSE),
            "muunda": {"eka": 2.5, "lat": L(SHAMBA_AT[0], PRECISE),
                       "lng": L(SHAMBA_AT[1], PRECISE), "mbeu": "N26"},
            "farmer": L(FARMER, UID)}),
        case(f, f"{a}/api/otp/thibitisha", fmt="form", headers=_h(rng), body={
            "simu": L(KE_LINE_LOCAL, TEL), "kodi": L("582014", CRED)}),
        case(f, f"{a}/api/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/thooa", headers=_h(rng, **b), query={
            "ndunyu": STORE["id"], "daraja": "1", "mbeu": "N26"}),
        case(f, f"{a}/api/ikovi/mbeu", headers=_h(rng, **b), body={
            "farmer": L(FARMER, UID), "mbeu": "N26", "kilo": 10, "mbesa": L(2400, BUY),
            "kuiva_kwa": "harvest",
            "mudhamini": {"isyitwa": L(HUSBAND[0], NAMEC), "simu": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/ngetha/makadirio", fmt="msgpack", headers=_h(rng, **b), body={
            "farmer": L(FARMER, UID), "eka": 2.5, "makunia": 18, "mbua_mm": 214,
            "muunda": {"lat": L(round(SHAMBA_AT[0], 5), PRECISE),
                       "lng": L(round(SHAMBA_AT[1], 5), PRECISE)}}),
        case(f, f"{a}/api/uthumbi", headers=_h(rng, **b), body={
            "farmer": L(FARMER, UID), "uthumbi": L(DN, BUY), "makunia": 14, "uito_kg": 1260.5,
            "unyevu": 12.5, "daraja": "1", "vandu": {"lat": sla, "lng": slo},
            "store": {"id": STORE["id"], "lat": STORE["lat"], "lng": STORE["lon"]}}),
        raw(f, f"{a}/api/uthumbi/ticket", ticket, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        note,
        case(f, f"{a}/api/kuta", fmt="form", headers=_h(rng, **b), body={
            "uthumbi": L(DN, BUY), "thooa_kwa_kilo": "118", "mbesa_syonthe": L("148739", BUY),
            "ukoka": "1"}),
        case(f, f"{a}/api/malipo", headers=_h(rng, **b), body={
            "farmer": L(FARMER, UID), "mbesa": L(70000, BUY), "nzia": "mobile_money",
            "simu": L(KE_LINE, TEL), "lisiti": L(mpesa(rng), BUY)}),
        case(f, f"{a}/api/malipo/benki", headers=_h(rng, **b), body={
            "isyitwa": L(f"{FIRST} {LAST}", NAMEC), "akaunti": L(KE_ACCOUNT, PAY),
            "benki": "Example Bank Kenya", "tawi": "Machakos", "farmer": L(FARMER, UID)}),
        case(f, f"{a}/api/malipo", headers=_h(rng, **b), query={
            "farmer": L(FARMER, UID), "kuma": "2025-10-01"}),
        case(f, f"{a}/api/ngali", headers=_h(rng, **b), body={
            "kuma": L(f"{SHAMBA_AT[0]:.5f},{SHAMBA_AT[1]:.5f}", PRECISE), "kuvika": STORE["id"],
            "makunia": 14, "mutwai": {"isyitwa": L(BROTHER_IL[0], NAMEC),
                                      "simu": L(BROTHER_IL[1], TEL)},
            "mbesa": L(3500, BUY), "mutheenya": "2026-01-20"}),
        case(f, f"{a}/api/uvoo", headers=_h(rng, **b), body={
            "kwa": "field_officer_ktu", "thread": obj(rng, "th"),
            "uvoo": L(f"My lot {DN} was dry, why is the moisture 12.5? Please recheck",
                      f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/kumantha", headers=_h(rng, **b), query={
            "q": L("bei ya ndengu grade 1 Mwingi", SEARCH)}),
        case(f, f"{a}/api/thooa/alert", fmt="form", headers=_h(rng, **b), body={
            "daraja": "1", "thooa_ya_kwenda": "125", "simu": L(KE_LINE, TEL)}),
        lines(f, f"{a}/api/muunda/diary", [
            {"farmer": L(FARMER, UID), "kindu": "planting", "mutheenya": "2025-10-28",
             "mbeu_kg": 10},
            {"farmer": L(FARMER, UID), "kindu": "pests", "mutheenya": "2025-11-30",
             "note": L("Aphids on the lower field, Mbithe sprayed", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/statement", headers=_h(rng, how="none"), cookies={
            "ny_sess": L(opaque(rng, "", 40), CRED),
            "ny_farmer": W({"farmer": L(FARMER, UID), "kra_pin": L(KRA_PIN, NID)}, "b64json")}),
        case(f, f"{a}/api/kodi/withholding", gz=True, headers=_h(rng, **b), body={
            "kra_pin": L(KRA_PIN, NID), "mwaka": "2025", "mbesa_syonthe": L(148739, BUY),
            "kodi_ilikatwa": L(2975, BUY), "isyitwa": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/maundu", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": obj(rng, "ss"), "maundu": [
                ev("delivery_viewed", 1), ev("screen", 2, screen=L("Malipo", USAGE))]}),
    ]


def ndengu_sdks() -> list[Case]:
    rng = random.Random(27212)
    return [
        mc_batch(APP, rng, [("Delivery Recorded", {"sacks": 14}),
                            ("Payout Requested", {"amount": L(70000, BUY)})],
                 at=STORE_FIX, nd=3),
        mc_identify(APP, rng, {"county": L("Kitui", COARSE), "farmer": L(FARMER, UID),
                               "acres": 2.5}),
        mc_pixel(APP, rng, "Prices Opened", {"grade": "1"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "sale", {"uthumbi": L(DN, BUY)}, revenue=148739.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SHAMBA_AT, nd=2,
               keywords="farming,seeds,pulses"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"county": L("Kitui", COARSE), "crop": "green_gram"}, hdr=True),
        pt_register(APP, rng, tags={"store": STORE["id"], "crop": "green_gram"}),
        cl_wallet(APP, rng, "70000", L(KE_LINE, TEL)),
        mm_geocode(APP, rng, "Ndengu Yitu Kitui Store", SEARCH, near=HOME_AT, nd=2),
        hs_message(APP, rng, L("The payout for my delivery shows pending since Monday", TEXT),
                   {"farmer": L(FARMER, UID)}),
    ]
