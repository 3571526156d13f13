"""Grain-market price-alert app "Farashi" for traders: she keeps the family's stall at Dawanau
when in Kano. Sign-up, log-in, ``/me``, the trader profile, prices by market, markets near her,
a price she reports from the stall, other traders' quotes synced and shared (negatives), alerts
by SMS, her purchase and sale logged, a search, a message to a buyer (msgpack), a truck booked,
the weather, a warehouse receipt photographed, a chart, the USSD fallback, the subscription (a
Play purchase), push, events and the alerts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families88_kit import MARKET, STALL_FIX, TRADER_ID, fix, obj, quotes
from eval_families88_sdk import fw_crash, fw_crumb, kd_batch, kd_screen, tb_bid, tl_link, tl_open
from eval_families88_svc import bg_card, sx_register, tg_eval, tw_search
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, W, case

APP = App("farashi", "Farashi", "com.example.farashi", "4.9.5", "https://api.farashi.example.net")
IID = "X-Farashi-Device"
PW = "Buhu-Masara-6620"
BUYER = {"id": "trd_kd_20417", "name": "Kaduna Feed Mills Depot", "phone": "+2348045550171",
         "lat": 10.52641, "lon": 7.43879}  # a buyer's depot (a business: negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {"Accept-Language": L("ha-NG,en;q=0.8", DEV), **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def farashi() -> list[Case]:
    rng = random.Random(8861)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, trader=L(TRADER_ID, UID), phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    sla, slo = fix(STALL_FIX)
    seen = quotes(rng, 6)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "role": "trader", "homeMarket": MARKET["id"]}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/traders/me", headers=_h(rng, **b), body={
            "traderId": L(TRADER_ID, UID), "crops": ["masara", "waken_soya", "dawa"],
            "stall": "L4-17", "market": MARKET["id"], "bagsPerWeek": 120}),
        case(f, f"{a}/v1/prices", headers=_h(rng, **b, extra={"X-Farashi-Ctx": W({
            "d": L(INSTALL_ID, DID), "m": L("Pixel 8", DEV), "tz": L("Africa/Lagos", DEV),
            "v": APP.ver}, "b64json")}), query={
            "market": MARKET["id"], "crop": "masara", "unit": "bag_100kg"}),
        case(f, f"{a}/v1/markets/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{STALL_FIX[0]:.3f}", PRECISE), "lon": L(f"{STALL_FIX[1]:.3f}", PRECISE),
            "km": "60"}),
        case(f, f"{a}/v1/prices/report", headers=_h(rng, **b), body={
            "crop": "masara", "nairaPerBag": 61500, "quality": "grade_a",
            "market": MARKET["id"], "marketAt": [MARKET["lat"], MARKET["lon"]],
            "at": {"lat": sla, "lon": slo, "acc": 11}, "reporter": L(TRADER_ID, UID)}),
        case(f, f"{a}/v1/quotes/seen", gz=True, headers=_h(rng, **b), body={
            "quotes": seen, "syncedAt": 1765352990}),
        case(f, f"{a}/v1/quotes/share", fmt="form", headers=_h(rng, **b), body={
            "quote": seen[1]["trader"], "price": str(seen[1]["naira_per_bag"]),
            "lat": str(seen[1]["lat"]), "lon": str(seen[1]["lon"]), "to": "whatsapp"}),
        case(f, f"{a}/v1/alerts", headers=_h(rng, **b), body={
            "crop": "waken_soya", "below": 72000, "markets": ["mkt_dawanau", "mkt_gwarzo"],
            "channel": "sms", "smsTo": L(E164, TEL)}),
        case(f, f"{a}/v1/ledger/purchases", headers=_h(rng, **b), body={
            "entry": obj(rng, "lg", 10), "crop": L("masara", BUY), "bags": 40,
            "nairaPerBag": 61000, "total": L(2440000, BUY),
            "seller": seen[0]["trader"], "paid": "transfer",
            "note": L("Part payment, balance after Friday", TEXT)}),
        case(f, f"{a}/v1/ledger/sales", fmt="form", headers=_h(rng, **b), body={
            "crop": L("waken_soya", BUY), "bags": "25", "total": L("1962500", BUY),
            "buyer": BUYER["id"], "buyerName": BUYER["name"], "buyerPhone": BUYER["phone"]}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("farashin waken soya gwarzo", SEARCH), "scope": "prices"}),
        case(f, f"{a}/v1/chats/{BUYER['id']}", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(TRADER_ID, UID), "msg": obj(rng, "m", 10),
            "text": L("Zan iya kawo buhu 25 ranar Alhamis idan ka biya rabi", TEXT)}),
        case(f, f"{a}/v1/trucks/bookings", headers=_h(rng, **b), body={
            "pickup": {"lat": sla, "lon": slo, "market": MARKET["id"]},
            "dropoff": {"depot": BUYER["id"], "lat": BUYER["lat"], "lon": BUYER["lon"]},
            "bags": 25, "price": L(95000, BUY), "when": "2025-12-11T06:00"}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": L(f"{STALL_FIX[0]:.2f}", COARSE), "lon": L(f"{STALL_FIX[1]:.2f}", COARSE),
            "days": "5"}),
        multipart(f, f"{a}/v1/warehouse/receipts", [
            ("photo", "receipt.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("data", None, "application/json", {"receipt": L("WR-KN-2025-04418", BUY),
                                                "bags": 80, "warehouse": "wh_dawakin_tofa"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/charts/masara", headers=_h(rng, **b), query={
            "market": MARKET["id"], "range": "90d", "compare": "mkt_singa"}),
        case(f, f"{a}/v1/ussd/fallback", fmt="form", headers=_h(rng, **b), body={
            "msisdn": L(DIGITS, TEL), "enabled": "1", "shortcode": "*347*88#"}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "sku": L("farashi_pro_monthly", BUY), "order": L("GPA.3318-4471-2095-66120", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("ha_NG", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("price_reported", 1, crop="masara"), ev("alert_created", 2),
                ev("screen", 3, screen=L("PriceBoard", USAGE))]}),
        case(f, f"{a}/v1/alerts", headers=_h(rng, how="upper"),
             cookies={"fr_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def farashi_sdks() -> list[Case]:
    rng = random.Random(8862)
    return [
        kd_batch(APP, rng, [("Price Reported", {"crop": "maize"}),
                            ("Alert Created", {"crop": "soybean"})], at=STALL_FIX, nd=3),
        kd_screen(APP, rng, "PriceBoard", {"market": MARKET["id"]}),
        tl_open(APP, rng, user=True, n=58),
        tl_link(APP, rng, U("https://farashi.example.net/q", {
            "quote": "qt_" + opaque(rng, "", 8), "from": "whatsapp",
            "t": L(TRADER_ID, UID)})),
        tb_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, keywords="maize,soybean,prices"),
        fw_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"61,500\""),
                 [fw_crumb("nav", "Board -> Report"),
                  fw_crumb("tap", "submit_price", {"crop": "masara"})],
                 screen="ReportPriceActivity"),
        tg_eval(APP, rng, {"market": MARKET["id"], "pro": True}),
        sx_register(APP, rng, at=STALL_FIX, nd=2, tags={"crops": "masara,waken_soya"}),
        tw_search(APP, rng, "Gwarzo grain market", SEARCH, near=STALL_FIX, nd=3),
        bg_card(APP, rng),
    ]
