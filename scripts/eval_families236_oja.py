"""A market-errand app "Ojarun" (``oja`` market: a runner buys her foodstuff in Otukpo's main
market and brings it home; its API's keys are Idoma with the market's own words and English
``id``, ``email``, ``otp``: ``enyi`` name, ``foni`` phone, ``ole`` house (drop-off line),
``ijeni`` town, ``ebo`` place, ``ikpe`` price, ``owo`` amount, ``ikpo`` payment, ``ejo``
goods, ``ohu`` message, ``ekwo`` search, ``efoto`` photo, ``ene_oko`` mother-in-law): a phone
sign-up, the OTP, ``/me``, the drop-off address with its pin, the day's prices, an errand (yam,
garri, palm oil, crayfish), a wallet top-up, her live position for the hand-off, chat with the
runner, a photo of the palm-oil brand she wants, a substitution answer, the rating and tip, the
receipt by errand number in the path, a search, the weekly list (msgpack), an errand for her
mother-in-law at Ugboju, a protobuf hand-off beat, offline cart edits (JSON Lines), the wallet by
cookie, push, events and a log-out. Grocery delivery apps exist in many sets; this is a personal
runner haggling in an open market (a docstring grep: "errand", "market runner", "personal
shopper" and "foodstuff" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
from eval_families236_kit import (
    ERRAND,
    HOME,
    HOME_AT,
    MARKET,
    MOTHER_IL,
    RUNNER,
    VILLAGE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families236_sdk import (
    ab_event,
    ab_launch,
    bo_bid,
    bo_notice,
    ck_crash,
    ck_crumb,
    mo_batch,
    mo_identify,
)
from eval_families236_svc import (
    cn_card,
    cn_confirm,
    hj_message,
    mw_reverse,
    mw_telemetry,
    pi_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ojarun", "Ojarun", "com.example.ojarun", "1.12.7", "https://api.ojarun.example.com")
IID = "X-Ojarun-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, idu=True, **kw)


def ojarun() -> list[Case]:
    rng = random.Random(23651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, foni=L(E164, TEL), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT)
    nla, nlo = fix((HOME_AT[0] + 0.00031, HOME_AT[1] - 0.00022), 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(ERRAND, BUY)), (2, [(1, L(round(HOME_AT[0] + 0.00012, 6), PRECISE)),
                                         (2, L(round(HOME_AT[1] - 0.00009, 6), PRECISE))]),
               (3, 1769150000), (4, RUNNER["id"]), (5, 4)], "", lab)
    rcpt = at_path(case(f, f"{a}/v1/errands/{ERRAND}/receipt", headers=_h(rng, **b)),
                   ERRAND, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "enyi": L(f"{FIRST} {LAST}", NAMEC), "foni": L(E164, TEL), "email": L(EMAIL, MAIL),
            "ijeni": L("Otukpo", COARSE), "referral": "OJA-FRIEND-22"}),
        case(f, f"{a}/v1/otp/verify", fmt="form", headers=_h(rng), body={
            "foni": L(E164, TEL), "otp": L("220918", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ole", headers=_h(rng, **b), body={
            "label": "home", "ole": L(HOME["line"], ADDR), "ijeni": L(HOME["town"], COARSE),
            "landmark": L("Opposite the Anglican church, blue gate", f"{ADDR}|{TEXT}"),
            "ebo": {"lat": hla, "lng": hlo}}),
        case(f, f"{a}/v1/markets/{MARKET['id']}/prices", headers=_h(rng, **b),
             query={"ejo": "yam,garri,palm_oil,crayfish"}),
        case(f, f"{a}/v1/errands", headers=_h(rng, **b), body={
            "errand": L(ERRAND, BUY), "market": MARKET["id"],
            "ejo": [{"item": "yam tubers (big)", "qty": 5, "ikpe": 3500},
                    {"item": "white garri (paint bucket)", "qty": 2, "ikpe": 2800},
                    {"item": "palm oil 5L", "qty": 1, "ikpe": 9000},
                    {"item": "crayfish (cup)", "qty": 3, "ikpe": 1500}],
            "owo": L(36600, BUY), "fee": L(2000, BUY),
            "ohu": L("Please buy the yams from the Otobi women, they are better", TEXT),
            "deliver_to": "home"}),
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "owo": L("40000", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/errands/{ERRAND}/handoff", headers=_h(rng, **b), body={
            "ebo": {"lat": nla, "lng": nlo, "acc": 12},
            "runner": {"id": RUNNER["id"], "lat": RUNNER["at"][0], "lng": RUNNER["at"][1]}}),
        case(f, f"{a}/v1/errands/{ERRAND}/chat", headers=_h(rng, **b), body={
            "to": RUNNER["id"],
            "ohu": L("If the crayfish is sandy, leave it. Call me on this number when you reach "
                     "the gate.", TEXT)}),
        multipart(f, f"{a}/v1/errands/{ERRAND}/photo", [
            ("efoto", "palmoil_brand.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"ohu": L("This brand only, the red jerrycan",
                                                         TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/errands/{ERRAND}/substitution", fmt="form", headers=_h(rng, **b),
             body={"line": obj(rng, "ln"), "accept": "yes", "new_ikpe": "3200"}),
        case(f, f"{a}/v1/errands/{ERRAND}/rating", headers=_h(rng, **b), body={
            "stars": 5, "tip": L(500, BUY),
            "ohu": L("Musa was fast and the yams are very good", TEXT)}),
        rcpt,
        case(f, f"{a}/v1/ekwo", headers=_h(rng, **b), query={
            "ekwo": L("ogbono price today", SEARCH), "market": MARKET["id"]}),
        case(f, f"{a}/v1/lists/weekly", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "day": "sat",
            "ejo": [{"item": "tomatoes (basket)", "qty": 1}, {"item": "onions", "qty": 6},
                    {"item": "smoked fish", "qty": 2}], "budget": L(15000, BUY)}),
        case(f, f"{a}/v1/errands", headers=_h(rng, **b), body={
            "errand": L("OJ-26-00912", BUY), "market": "mk_ugboju",
            "recipient": {"enyi": L(MOTHER_IL[0], NAMEC), "foni": L(MOTHER_IL[1], TEL),
                          "ijeni": L("Ugboju", COARSE),
                          "ebo": {"lat": L(VILLAGE_AT[0], PRECISE),
                                  "lng": L(VILLAGE_AT[1], PRECISE)}},
            "ejo": [{"item": "bag of rice 25kg", "qty": 1, "ikpe": 42000}],
            "owo": L(42000, BUY), "ohu": L("For Mama Ene, tell her it is from Jane", TEXT)}),
        raw(f, f"{a}/v1/handoff/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/cart/sync", [
            {"op": "add", "item": "ugu leaves", "qty": 4, "by": L(USER_ID, UID)},
            {"op": "remove", "item": "onions", "by": L(USER_ID, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"), cookies={
            "oj_session": L(opaque(rng, "", 40), CRED), "oj_device": L(INSTALL_ID, DID),
            "oj_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("errand_placed", 1, owo=L(36600, BUY)),
                ev("screen", 2, screen=L("TrackRunner", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ojarun_sdks() -> list[Case]:
    rng = random.Random(23652)
    return [
        mo_batch(APP, rng, [("Errand Placed", {"total": L(36600, BUY)}),
                            ("Runner Rated", {"stars": 5})], at=HOME_AT, nd=2),
        mo_identify(APP, rng, {"town": L("Otukpo", COARSE), "orders": 14,
                               "market": MARKET["id"]}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "purchase", {"errand": L(ERRAND, BUY)}, revenue=38600.0,
                 currency="NGN", hashed=True),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="food,market,groceries"),
        bo_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "map fragment detached"),
                 [ck_crumb("nav", "Errand -> TrackRunner")], screen="TrackActivity"),
        pi_register(APP, rng, at=HOME_AT, nd=2, tags={"market": MARKET["id"]}),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "40000.00"),
        mw_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mw_telemetry(APP, rng, [HOME_AT, (HOME_AT[0] + 0.00031, HOME_AT[1] - 0.00022)], PRECISE),
        hj_message(APP, rng, L(f"Errand {ERRAND} was charged twice", f"{TEXT}|{BUY}"),
                   {"user": L(USER_ID, UID)}),
    ]
