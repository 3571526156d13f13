"""Bangkok street-food and motorbike delivery app "Soi Saep" (its API's keys are romanised Thai:
``chue`` first name, ``namsakun`` surname, ``thorasap`` phone, ``thiyu`` address line, ``thanon``
road, ``khet`` district, ``changwat`` province, ``rahat_praisani`` postal code, ``wan_koet`` birth
date, ``rahat_phan`` password, ``lek_prachachon`` ID number; she is on a three-month posting in
Bangkok): sign-up, log-in and OTP, ``/chan`` with a JWT, her condo's address and pin, stalls
nearby, a search, the cart with a note to the cook, an order, its status by number in the path,
the rider's position, a chat with the rider (msgpack), a rating and tip, a motorbike-taxi ride and
its trace (protobuf), the wallet's KYC with her passport, a top-up, a promo, her office as a saved
place, push, events, the order history by a cookie GET, a referral and a Play subscription."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PHONE_NOPLUS,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head, rid
from eval_families68_kit import (
    BKK_HOME,
    BKK_HOME_AT,
    BKK_OFFICE_AT,
    DOB_BE,
    ORDER_SS,
    PW_SS,
    RIDER,
    ROAM_MCC,
    ROAM_MNC,
    STALLS,
    fix,
    obj,
)
from eval_families68_sdk import (
    bl_bid,
    cm_batch,
    cm_identify,
    eg_crash,
    eg_crumb,
    sk_event,
    sk_session,
)
from eval_families68_svc import (
    ch_message,
    mc_reverse,
    mc_telemetry,
    nj_register,
    tl_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("soisaep", "SoiSaep", "com.example.soisaep", "7.3.2", "https://api.soisaep.example.com")
IID = "X-Saep-Device"
TZ = "Asia/Bangkok"
O_URL = f"{APP.api}/v1/khamsang/{ORDER_SS}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("th-TH,th;q=0.9,en-US;q=0.8", DEV)
    return h


def soisaep() -> list[Case]:
    rng = random.Random(6811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, thorasap=L(E164, TEL), chue=L(FIRST, NAMEC)))}
    hla, hlo = fix(BKK_HOME_AT)
    dla, dlo = fix(BKK_HOME_AT, 5)
    ola, olo = fix(BKK_OFFICE_AT, 5)
    cla, clo = fix((13.738402, 100.566871), 5)
    trip = obj(rng, "win", 10)
    lab: dict[str, str] = {}
    trace = pb([(1, L(USER_ID, UID)), (2, trip),
                (3, [(1, L(13.737981, PRECISE)), (2, L(100.565244, PRECISE))]),
                (4, [(1, L(13.737102, PRECISE)), (2, L(100.562790, PRECISE))]),
                (5, 23.5), (6, RIDER["id"])], "", lab)
    status = at_path(case(f, f"{O_URL}/sathana", headers=_h(rng, **b)), ORDER_SS, BUY)
    return [
        case(f, f"{a}/v1/samachik", headers=_h(rng), body={
            "chue": L(FIRST, NAMEC), "namsakun": L(LAST, NAMEC), "thorasap": L(E164, TEL),
            "imel": L(EMAIL, MAIL), "rahat_phan": L(PW_SS, CRED),
            "wan_koet": L(DOB_BE, BIRTH), "phet": L("ying", GENDER), "rap_khao_san": False}),
        case(f, f"{a}/v1/khao_rabop", fmt="form", headers=_h(rng), body={
            "thorasap": L(PHONE_NOPLUS, TEL), "rahat_phan": L(PW_SS, CRED), "jam": "1"}),
        case(f, f"{a}/v1/otp/yuenyan", fmt="form", headers=_h(rng), body={
            "thorasap": L(E164, TEL), "rahat_otp": L("804417", CRED), "ref": "KQX4"}),
        case(f, f"{a}/v1/chan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/thiyu", headers=_h(rng, **b), body={
            "chue_thi": "Condo", "thiyu": L(BKK_HOME["thiyu"], ADDR),
            "thanon": L(BKK_HOME["thanon"], ADDR), "khet": L(BKK_HOME["khet"], COARSE),
            "changwat": L(BKK_HOME["changwat"], COARSE),
            "rahat_praisani": L(BKK_HOME["rahat_praisani"], COARSE), "lat": hla, "lng": hlo,
            "khamnaenam": L("Leave it with the lobby guard, Lumpini Suite room 2207",
                            f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/ran/klai", headers=_h(rng, **b), query={
            "lat": L(f"{BKK_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{BKK_HOME_AT[1]:.4f}", PRECISE),
            "rasami_km": "3", "praphet": "street_food"}),
        case(f, f"{a}/v1/khonha", headers=_h(rng, **b), query={
            "q": L("khao man gai", SEARCH), "latlng": L("13.74,100.57", COARSE), "page": "1"}),
        case(f, f"{a}/v1/takra", headers=_h(rng, **b), body={
            "ran": STALLS[0]["id"], "rai_kan": [
                {"menu": "mn_1102", "jamnuan": 2, "rakha": 60},
                {"menu": "mn_1107", "jamnuan": 1, "rakha": 25}],
            "note_ran": L("No peanuts please, I am allergic", f"{TEXT}|{MED}"),
            "ran_lat": STALLS[0]["lat"], "ran_lng": STALLS[0]["lon"]}),
        case(f, f"{a}/v1/khamsang", headers=_h(rng, **b), body={
            "lek_khamsang": L(ORDER_SS, BUY), "ran": STALLS[0]["id"],
            "ruam": L("245.00", BUY), "kha_song": L("35.00", BUY), "tip": L("20.00", BUY),
            "withi_jai": L(opaque(rng, "pm_", 24), PAY),
            "plaithang": {"lat": dla, "lng": dlo}, "thiyu_id": "adr_55021"}),
        status,
        case(f, f"{a}/v1/rider/{RIDER['id']}/tamnaeng", headers=_h(rng, **b),
             query={"khamsang": L(ORDER_SS, BUY), "since": "1765320011"}),
        case(f, f"{a}/v1/chat/{obj(rng, 'cv', 8)}/messages", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "to": RIDER["id"], "khamsang": L(ORDER_SS, BUY),
                 "text": L("I'm waiting at the 7-Eleven by the condo gate", TEXT),
                 "share": {"lat": cla, "lng": clo}, "client_ts": 1765320144}),
        at_path(case(f, f"{O_URL}/rating", fmt="form", headers=_h(rng, **b), body={
            "rider": RIDER["id"], "dao": "5",
            "khwam_hen": L("Fast and polite, soup still hot", TEXT),
            "tip_phoem": L("20", BUY)}), ORDER_SS, BUY),
        case(f, f"{a}/v1/win/booking", headers=_h(rng, **b), body={
            "trip": trip, "rap": {"lat": hla, "lng": hlo}, "song": "bts_E4",
            "song_chue": "BTS Asok", "rakha_praman": "45.00", "mak": True}),
        raw(f, f"{a}/v1/win/{trip}/trace", trace, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/win/{trip}/jai", fmt="form", headers=_h(rng, **b), body={
            "kha_doisan": L("45.00", BUY), "withi": "wallet"}),
        multipart(f, f"{a}/v1/wallet/kyc", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "lek_prachachon": L(PASSPORT, NATID), "praphet_bat": "passport",
                "chue": L(FIRST, NAMEC), "namsakun": L(LAST, NAMEC),
                "wan_koet": L("1991-05-17", BIRTH), "sanchat": "US"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "jamnuan": L("500.00", BUY), "withi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/sathanthi", headers=_h(rng, **b), body={
            "chue_thi": "Office", "thiyu": L("Tower B, 77 Convent Road", ADDR),
            "khet": L("Bang Rak", COARSE), "lat": ola, "lng": olo}),
        case(f, f"{a}/v1/referral", fmt="form", headers=_h(rng, **b), body={
            "chue_phuean": L(PEOPLE[1][0], NAMEC), "thorasap_phuean": L(PEOPLE[1][1], TEL)}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("saep_plus_monthly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3371-0482-9915-20417", BUY), "packageName": APP.pkg}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "timezone": L(TZ, DEV),
            "sim_operator": L(MCCMNC, CARRIER), "network_operator": L(ROAM_MCC + ROAM_MNC, CARRIER),
            "network_country": L("th", CARRIER), "roaming": True}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("order_placed", 1, items=3), ev("rider_chat_opened", 2),
                ev("screen_view", 3, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/v1/khamsang/history", headers=_h(rng, how="none"),
             cookies={"saep_sid": L(opaque(rng, "", 40), CRED),
                      "saep_dev": L(INSTALL_ID.upper(), DID), "trace": rid(rng)}),
    ]


def soisaep_sdks() -> list[Case]:
    rng = random.Random(6812)
    return [
        cm_batch(APP, rng, [("Order Placed", {"total": L(245.0, BUY), "stall": STALLS[0]["id"]}),
                            ("Search", {"q": L("khao man gai", SEARCH)})],
                 at=BKK_HOME_AT, nd=2, tz=TZ, locale="en-TH"),
        cm_identify(APP, rng, {"khet": L("Watthana", COARSE), "city": L("Bangkok", COARSE),
                               "saep_plus": True}),
        sk_session(APP, rng, user=True, roam=True, n=9),
        sk_event(APP, rng, "order_completed", {"order": L(ORDER_SS, BUY)}, revenue=245.0,
                 currency="THB", hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BKK_HOME_AT, nd=3, country="THA",
               keywords="street food,noodles", lang="th"),
        eg_crash(APP, rng, ("java.lang.IllegalStateException", "rider marker outside bounds"),
                 [eg_crumb("navigation", "Cart -> OrderTracking"),
                  eg_crumb("log", "rider poll", {"rider": RIDER["id"], "status": 200})],
                 screen="OrderTrackingActivity", tz=TZ),
        nj_register(APP, rng, tz=TZ, at=BKK_HOME_AT, nd=2, tags={"khet": L("Watthana", COARSE)}),
        tl_confirm(APP, rng, "245.00", "thb"),
        mc_reverse(APP, rng, BKK_HOME_AT, PRECISE, nd=5),
        mc_telemetry(APP, rng, [(13.737981, 100.565244), (13.737102, 100.56279)], PRECISE),
        ch_message(APP, rng, L(f"Order {ORDER_SS} came without the soup", f"{TEXT}|{BUY}"),
                   {"order": L(ORDER_SS, BUY), "stall": STALLS[0]["id"]}),
    ]
