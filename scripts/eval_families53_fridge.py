"""Smart fridge and grocery-list app "Chillory" (mostly look-alikes: the fridge's serial, MAC,
LAN address, temperatures, energy and firmware, product barcodes, best-before dates): sign-up, a
log-in, ``/me``, provisioning the fridge onto her Wi-Fi, its status, settings, energy, firmware
and camera, a barcode scan (msgpack), the inventory synced, the grocery list and a member,
a recipe search, diet and allergies, a receipt photo, a delivery order, a voice memo on the
family board, a filter reorder, stores nearby, push, events and the lists by a cookie GET."""

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
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import LINE1, LINE2, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families53_kit import FRIDGE, GROCER, PAIR_CODE, PARTNER, UPCS, WIFI_PASS, inventory, obj
from eval_families53_sdk import (
    bt_bid,
    bt_win,
    ck_event,
    ck_session,
    mp_batch,
    mp_pixel,
    sk_crash,
    sk_crumb,
)
from eval_families53_svc import ak_message, ov_status, tg_poll
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LAT, LON, NAME, SSID, USER_ID, Case, J, L, case

APP = App("chillory", "Chillory", "com.example.chillory", "9.0.4",
          "https://api.chillory.example.com")
IID = "X-Chillory-Phone"
PW = "Pistachio#Frost88"
SER = FRIDGE["serial"]
GRO_ORDER = "CHG-7720314"  # the grocery delivery's order number (financial.purchase)
MARCUS_MAIL = "marcus.bell@example.com"  # her partner's address, typed by her


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def chillory() -> list[Case]:
    rng = random.Random(5371)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    lst = obj(rng, "lst", 8)
    return [
        case(f, f"{a}/v3/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "zip": L(ZIP, COARSE), "units": "imperial"}),
        case(f, f"{a}/v3/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/fridges/provision", headers=_h(rng, **b), body={
            "serial": SER, "mac": FRIDGE["mac"], "model": FRIDGE["model"],
            "firmware": FRIDGE["fw"], "fridgeIp": FRIDGE["lan"], "pairCode": L(PAIR_CODE, CRED),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "password": L(WIFI_PASS, CRED), "security": "WPA2"},
            "phoneInstall": L(INSTALL_ID, DID), "region": "US"}),
        case(f, f"{a}/v3/fridges/{SER}/status", headers=_h(rng, how="none", **b)),
        case(f, f"{a}/v3/fridges/{SER}/settings", headers=_h(rng, how="none", **b), body={
            "fridgeC": 3, "freezerC": -18, "mode": "eco", "doorAlarmS": 120, "iceMaker": True,
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v3/fridges/{SER}/energy", headers=_h(rng, how="none", **b),
             query={"month": "2025-11", "unit": "kWh"}),
        case(f, f"{a}/v3/fridges/{SER}/firmware", headers=_h(rng, how="none", **b),
             query={"current": FRIDGE["fw"], "model": FRIDGE["model"], "channel": "stable"}),
        case(f, f"{a}/v3/fridges/{SER}/camera/latest", headers=_h(rng, how="none", **b),
             query={"shelf": "all", "w": "1080"}),
        case(f, f"{a}/v3/inventory/scan", fmt="msgpack", headers=_h(rng, how="none", **b),
             body={"upc": UPCS[4], "qty": 1, "bestBefore": "2025-12-20", "shelf": 2,
                   "fridge": SER}),
        case(f, f"{a}/v3/inventory/sync", gz=True, headers=_h(rng, how="none", **b), body={
            "fridge": SER, "items": inventory(rng), "doorOpensToday": 23,
            "avgFridgeC": 3.4, "avgFreezerC": -18.2}),
        case(f, f"{a}/v3/lists/{lst}/items", headers=_h(rng, **b), body={
            "items": [{"name": "oat milk", "qty": 2}, {"upc": UPCS[1], "qty": 1},
                      {"name": "unsalted butter", "qty": 1}],
            "note": L("Everything for Marcus's birthday cake", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/lists/{lst}/members", headers=_h(rng, **b), body={
            "email": L(MARCUS_MAIL, MAIL), "name": L(f"{PARTNER[0]} {PARTNER[1]}", NAMEC),
            "role": "editor"}),
        case(f, f"{a}/v3/recipes/search", headers=_h(rng, **b), query={
            "q": L("vegetarian lasagna", SEARCH), "diet": "vegetarian",
            "useInventory": "true"}),
        case(f, f"{a}/v3/profile/diet", headers=_h(rng, **b), body={
            "diet": "vegetarian", "allergies": [L("shellfish", MED)], "household": 2,
            "dislikes": ["cilantro"]}),
        multipart(f, f"{a}/v3/receipts", [
            ("photo", "receipt.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "store": GROCER["name"], "storeLine": GROCER["line"],
                "storePhone": GROCER["phone"], "total": L("64.18", BUY),
                "date": "2025-12-07"})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/orders", headers=_h(rng, **b), body={
            "orderNo": L(GRO_ORDER, BUY), "list": lst, "slot": "2025-12-10T18:00/19:00",
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "zip": L(ZIP, COARSE)},
            "instructions": L("Leave it with the doorman please", TEXT),
            "total": L("71.42", BUY), "tip": L("6.00", BUY)}),
        multipart(f, f"{a}/v3/board/voice", [
            ("audio", "memo.m4a", "audio/mp4", L(M4A + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {
                "transcript": L("Marcus, we're out of eggs again", f"{TEXT}|{NAMEC}"),
                "fridge": SER, "durationS": 4})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/filters/reorder", headers=_h(rng, **b), body={
            "sku": "CHF-WF-28A", "qty": 2, "fridge": SER, "total": L("79.98", BUY),
            "method": L(opaque(rng, "pm_", 22), PAY)}),
        case(f, f"{a}/v3/stores", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "delivery": "1"}),
        case(f, f"{a}/v3/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "phone": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("item_scanned", 1), ev("temp_changed", 2, fridgeC=3),
                ev("screen", 3, screen=L("FridgeView", USAGE))]}),
        case(f, f"{a}/v3/lists", headers=_h(rng, how="upper"),
             cookies={"chl_session": L(opaque(rng, "", 40), CRED), "chl_fridge": SER}),
    ]


def chillory_sdks() -> list[Case]:
    rng = random.Random(5372)
    return [
        mp_batch(APP, rng, [("Item Scanned", {"upc": UPCS[0], "shelf": 2}),
                            ("Temp Changed", {"fridge_c": 3})], screen="FridgeView"),
        mp_pixel(APP, rng, "Recipes", {"q": L("vegetarian lasagna", SEARCH), "results": 12}),
        ck_session(APP, rng),
        ck_event(APP, rng, "g4c0rx", "order", {"order": L(GRO_ORDER, BUY), "items": 14},
                 revenue=71.42),
        bt_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[]}"}},
               keywords="recipes,groceries"),
        bt_win(APP, rng),
        sk_crash(APP, rng, ("java.net.SocketTimeoutException", "provision timeout"),
                 [sk_crumb("nav", "Setup -> Wifi"),
                  sk_crumb("log", "provision", {"ssid": L(SSID, WIFI), "fridge": SER})],
                 screen="ProvisionActivity"),
        tg_poll(APP, rng, {"fridgeModel": FRIDGE["model"], "camera": True}),
        ov_status(APP, rng, {"analytics": True, "ads": True}),
        ak_message(APP, rng, L("The ice maker shows error 22E since this morning", TEXT),
                   {"serial": SER}),
    ]
