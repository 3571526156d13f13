"""A bamboo and cane craft centre's app "Wasamung" (``wa`` bamboo, ``samung`` work: a centre in
Agartala that runs weekend workshops, sells lamps and baskets and makes cane furniture to order):
she takes the lamp-making workshop and orders verandah chairs. Its API's keys are Kokborok with
Bengali loans, ASCII-folded: ``mung`` name, ``podobi`` surname (loan), ``mobail`` mobile,
``gupto_sabdo`` password (lit. "secret word", loan), ``swrangnai`` learner, ``phorangnai``
teacher, ``thikana`` address, ``sohor`` town, ``asbab`` furniture (loan), ``bet`` cane (loan),
``baranda`` verandah (loan), ``dam`` price, ``mot_rang`` total, ``agrim`` advance (loan),
``kisti`` instalment (loan), ``bank_khata`` bank account, ``pathano`` delivery, ``chobi``
photo, ``khorang`` message, ``nai`` search, ``jaga`` place, ``tara`` rating, ``kok`` remark,
``upohar`` gift, ``ghatana`` events: sign-up, log-in, ``/me``, the workshop booked and paid,
the check-in with her fix (the centre's Wi-Fi joined), photos of her lamp, the certificate by
learner number in the path, a cane-chair order with a sketch, the advance, instalments from her
account, the delivery (her husband's phone), a lamp bought, a gift card for her sister, a message
to the teacher, a review, a search, the order by cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
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
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families298_kit import (
    AG_HOME,
    AG_HOME_AT,
    CRAFT,
    CRAFT_FIX,
    HUSBAND,
    IN_ACCOUNT,
    LEARNER,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families298_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, tn_event, tn_launch
from eval_families298_svc import (
    cl_card,
    cl_confirm,
    fn_eval,
    hs_attach,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("wasamung", "Wasamung", "com.example.wasamung", "1.4.5",
          "https://api.wasamung.example.in")
IID = "X-Wasamung-Device"
PW = "BetChair$2026"
ORDER = "WS-ORD-26-0419"
SSID, BSSID = "Wasamung-Workshop", "d8:0d:17:5e:22:a9"  # the centre's Wi-Fi (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def wasamung() -> list[Case]:
    rng = random.Random(29861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), swrangnai=L(LEARNER, UID)))}
    cla, clo = fix(CRAFT_FIX)
    certificate = at_path(case(f, f"{a}/v1/swrangnai/{LEARNER}/certificate",
                               headers=_h(rng, **b)), LEARNER, UID)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "mung": L(FIRST, NAMEC), "podobi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "gupto_sabdo": L(PW, CRED),
            "sohor": L(AG_HOME["town"], COARSE), "swrangnai": L(LEARNER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gupto_sabdo": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/workshop/book", headers=_h(rng, **b), body={
            "workshop": "wk_lamp_sat", "sal": "2026-01-17", "swrangnai": L(LEARNER, UID),
            "phorangnai": "ph_0031", "dam": L(1200, BUY), "booking": L("WS-WK-0883", BUY)}),
        case(f, f"{a}/v1/rang_rwnai", fmt="form", headers=_h(rng, **b), body={
            "booking": L("WS-WK-0883", BUY), "rang": L("1200.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/workshop/checkin", headers=_h(rng, **b), body={
            "swrangnai": L(LEARNER, UID), "jaga": {"lat": cla, "lng": clo},
            "centre": {"id": CRAFT["id"], "lat": CRAFT["lat"], "lng": CRAFT["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        multipart(f, f"{a}/v1/kaj/chobi", [
            ("chobi", "lamp_day1.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "swrangnai": L(LEARNER, UID),
                "kok": L("Ani phwrwm wa lamp! Bet bai tara-ni design", TEXT)})],
            headers=_h(rng, **b)),
        certificate,
        multipart(f, f"{a}/v1/asbab/order", [
            ("sketch", "baranda_sketch.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("order", None, "application/json", {
                "order": L(ORDER, BUY), "asbab": [{"kind": "bet_chair", "qty": 4},
                                                  {"kind": "bet_table", "qty": 1}],
                "baranda_cm": [420, 180], "mot_rang": L(14800, BUY),
                "pathano": {"thikana": L(AG_HOME["line"], ADDR),
                            "sohor": L(AG_HOME["town"], COARSE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/asbab/agrim", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "agrim": L("5000", BUY), "upi_ref": rid(rng)}),
        case(f, f"{a}/v1/asbab/kisti", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "kisti": 3, "kisti_rang": L(3267, BUY),
            "bank_khata": L(IN_ACCOUNT, PAY), "ifsc": "SBIN0004021"}),
        case(f, f"{a}/v1/asbab/pathano", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "sal": "2026-02-07", "somoi": "14-17",
            "mobail": L(HUSBAND[1], TEL), "mung": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/shop/buy", headers=_h(rng, **b), body={
            "jinis": [{"sku": "lamp_wa_m", "qty": 1, "dam": 950},
                      {"sku": "basket_twi", "qty": 2, "dam": 380}],
            "mot_rang": L(1710, BUY), "order": L("WS-SH-11207", BUY)}),
        case(f, f"{a}/v1/giftcard", headers=_h(rng, **b), body={
            "upohar": {"mung": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "rang": L(2000, BUY),
            "khorang": L("Claire, Agartala phaiwi ani bai lamp samung!", TEXT)}),
        case(f, f"{a}/v1/khorang", headers=_h(rng, **b), body={
            "to": "ph_0031", "thread": obj(rng, "th"),
            "khorang": L("Sal 24 tar ang phaiya, lamp-ni bet ani nok-o tong", TEXT)}),
        case(f, f"{a}/v1/review", fmt="form", headers=_h(rng, **b), body={
            "workshop": "wk_lamp_sat", "tara": "5",
            "kok": L("Phorangnai ham, wa kata ang swrangkha", TEXT)}),
        case(f, f"{a}/v1/nai", headers=_h(rng, **b), query={
            "nai": L("cane rocking chair price", SEARCH)}),
        case(f, f"{a}/v1/order/latest", headers=_h(rng, how="none"), cookies={
            "ws_session": L(opaque(rng, "", 40), CRED), "ws_device": L(INSTALL_ID, DID),
            "ws_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatana", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatana": [
                ev("workshop_booked", 1), ev("order_placed", 2, mot_rang=L(14800, BUY)),
                ev("screen", 3, screen=L("Asbab", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "kok": L("en-IN", DEV)}),
    ]


def wasamung_sdks() -> list[Case]:
    rng = random.Random(29862)
    return [
        mc_batch(APP, rng, [("Workshop Booked", {"price": L(1200, BUY)}),
                            ("Order Placed", {"total": L(14800, BUY)})], at=CRAFT_FIX, nd=3),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=14800.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=AG_HOME_AT, nd=2,
               keywords="bamboo,cane,furniture"),
        cd_crash(APP, rng, ("java.lang.IllegalArgumentException", "sketch too large"),
                 [cd_crumb("nav", "Asbab -> Order")], screen="OrderActivity"),
        fn_eval(APP, rng, {"city": L("Agartala", COARSE), "learner": True}),
        pt_register(APP, rng, tags={"workshop": "wk_lamp_sat"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1200.00", "inr"),
        mm_telemetry(APP, rng, [CRAFT_FIX, AG_HOME_AT], PRECISE),
        hs_attach(APP, rng, L(JPEG + b"\x83", MEDIA), "chair_leg.jpg", "image/jpeg"),
    ]
