"""Home-brewing fermentation monitor "Wortwatch": a floating hydrometer in her fermenter reports
through a Wi-Fi bridge. Sign-up with an age check, a log-in, ``/me`` with a JWT, the bridge set up
on her home Wi-Fi, the hydrometer paired, her recipe, a batch started, readings synced (gzip
JSON, a protobuf frame relayed), a tasting note, a fermenter photo, other brewers' recipes
browsed and searched, a recipe cloned, an ingredients order, a club membership, a competition
entry shipped, an alert, push, events and the batch list by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families70_kit import BATCH, BRIDGE, CLUB_NO, HYDRO, OTHER_RECIPES, obj, tank_temps
from eval_families70_sdk import (
    au_bid,
    bt_crumb,
    bt_report,
    ev_batch,
    ev_identify,
    sk_session,
)
from eval_families70_svc import as_message, bm_register, ft_eval, oq_save, tb_card
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("wortwatch", "Wortwatch", "com.example.wortwatch", "2.6.5",
          "https://api.wortwatch.example.net")
IID = "WW-Install-Id"
PW = "Krausen&Hops7"
WIFI_PW = "blue-kettle-4471"  # her home Wi-Fi passphrase, given to the bridge


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def wortwatch() -> list[Case]:
    rng = random.Random(7071)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), club=L(CLUB_NO, UID)))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    frame = pb([(1, BRIDGE["id"]), (2, HYDRO["serial"]), (3, 1765301200), (4, 19.4),
                (5, 1.0312), (6, -61), (7, L(USER_ID, UID))], "", lab)
    rows = tank_temps(rng, 12)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "displayName": L("janebrews", UID), "birthDate": L(DOB, BIRTH),
            "over21": L(True, BIRTH)}),
        case(f, f"{a}/v2/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile", headers=_h(rng, **b), body={
            "displayName": L("janebrews", UID), "city": L("Manhattan", COARSE),
            "units": "metric", "experience": "intermediate",
            "bio": L("Extract to all-grain convert, brewing in a fifth-floor walk-up", TEXT)}),
        case(f, f"{a}/v2/bridges/setup", headers=_h(rng, **b), body={
            "bridge": BRIDGE["id"], "firmware": BRIDGE["fw"], "bridgeIp": BRIDGE["lan"],
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "psk": L(WIFI_PW, CRED)},
            "phoneIp": L(LOCAL_IP, DEV), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/hydrometers", headers=_h(rng, **b), body={
            "serial": HYDRO["serial"], "ble": HYDRO["ble"], "firmware": HYDRO["fw"],
            "colour": HYDRO["colour"], "bridge": BRIDGE["id"], "calibration": [1.0, 0.9987]}),
        case(f, f"{a}/v2/recipes", headers=_h(rng, **b), body={
            "name": "Fifth Avenue Pale", "style": "American Pale Ale", "og": 1.052,
            "fg": 1.011, "ibu": 38, "grains": ["2-row 4.5 kg", "Crystal 40 0.3 kg"],
            "notes": L("Dry hop on day 4, my sister-in-law hates too much citra", TEXT)}),
        case(f, f"{a}/v2/batches", headers=_h(rng, **b), body={
            "batch": BATCH, "recipe": obj(rng, "rcp", 6), "hydrometer": HYDRO["serial"],
            "brewedOn": "2025-12-06", "litres": 19, "yeast": "US-05", "targetC": 19.0}),
        case(f, f"{a}/v2/batches/{BATCH}/readings", gz=True, headers=_h(rng, **b), body={
            "rows": rows, "source": "bridge", "bridge": BRIDGE["id"], "rssi": -61}),
        raw(f, f"{a}/v2/relay", frame, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/batches/{BATCH}/notes", headers=_h(rng, **b), body={
            "day": 4, "text": L("Krausen dropped, smells of peach, dry hopped tonight", TEXT),
            "tasting": {"aroma": 4, "clarity": 2}}),
        multipart(f, f"{a}/v2/batches/{BATCH}/photos", [
            ("photo", "fermenter.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"day": 4, "chamberC": 18.6})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/community/recipes", headers=_h(rng, **b),
             query={"style": "stout", "sort": "top", "page": "1"}),
        case(f, f"{a}/v2/community/search", headers=_h(rng, **b), query={
            "q": L("gluten reduced saison", SEARCH), "page": "1"}),
        case(f, f"{a}/v2/recipes/clone", fmt="form", headers=_h(rng, **b), body={
            "source": OTHER_RECIPES[1]["id"], "brewer": OTHER_RECIPES[1]["brewer"],
            "scale": "0.5"}),
        case(f, f"{a}/v2/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "HOP-CITRA-100", "qty": 2}, {"sku": "YST-US05", "qty": 1}],
            "total": L("31.40", BUY), "ageConfirmed": True,
            "ship": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                     "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                     "phone": L(PHONE, TEL)}}),
        case(f, f"{a}/v2/clubs/join", fmt="form", headers=_h(rng, **b), body={
            "club": "club_gotham_brewers", "member": L(CLUB_NO, UID), "dues": L("25.00", BUY)}),
        case(f, f"{a}/v2/competitions/entries", headers=_h(rng, **b), body={
            "competition": "cmp_nyc_winter_25", "batch": BATCH, "category": "18B",
            "entrant": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
                        "club": L(CLUB_NO, UID)}, "fee": L("12.00", BUY),
            "dropOff": "Gotham Homebrew Supply, 412 West 23rd"}),
        case(f, f"{a}/v2/alerts", fmt="form", headers=_h(rng, **b), body={
            "batch": BATCH, "kind": "temp_high", "thresholdC": "22.0",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("batch_started", 1, litres=19), ev("alert_opened", 2),
                ev("screen", 3, screen=L("BatchChart", USAGE))]}),
        case(f, f"{a}/v2/batches", headers=_h(rng, how="nodash"),
             cookies={"ww_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def wortwatch_sdks() -> list[Case]:
    rng = random.Random(7072)
    return [
        ev_batch(APP, rng, [("Batch Started", {"style": "APA"}),
                            ("Reading Synced", {"sg": 1.031, "temp_c": 19.4})]),
        ev_identify(APP, rng, {"email": L(EMAIL, MAIL), "club": L(CLUB_NO, UID),
                               "batches": 7, "birthday": L(DOB, BIRTH)}),
        sk_session(APP, rng, user=True, n=22),
        au_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991),
        bt_report(APP, rng, ("java.net.SocketTimeoutException", "bridge 192.168.1.57"),
                  [bt_crumb("nav", "Batches -> Chart"),
                   bt_crumb("net", "GET http://192.168.1.57/status", status=0)],
                  screen="BatchChartActivity"),
        ft_eval(APP, rng, {"bridgeFw": BRIDGE["fw"]}, user=False),
        bm_register(APP, rng, tags={"batches_active": "1"}),
        oq_save(APP, rng, {"analytics": True, "ads": True}),
        tb_card(APP, rng),
        as_message(APP, rng, L("Bridge keeps dropping off my Wi-Fi overnight", TEXT),
                   {"bridge": BRIDGE["id"]}),
    ]
