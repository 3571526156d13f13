"""Monsoon flood-alert app "Bonyasonket" (Dhaka; snake_case API, run by a fictional relief
network): sign-up by SMS, ``/me``, areas followed (her home's and her family's), background
position updates (JSON and protobuf), a Wi-Fi and cell fix when GPS is weak, alerts near her,
a river gauge, a safe check-in, a waterlogging report with a photo, shelters near her, her
household (her mother) and its needs, a relief request, an SOS, emergency contacts from her
address book, the SMS fallback relayed, push, events and her settings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
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
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import head
from eval_families79_kit import (
    DHAKA_AT,
    DHAKA_HOME,
    FLOOD_FIX,
    GAUGE,
    MOTHER,
    NOMINEE,
    SHELTER,
    VILLAGE,
    fix,
    obj,
)
from eval_families79_sdk import bg_bid, bl_crash, bl_crumb, gn_batch, gn_screen, sk_open
from eval_families79_svc import ak_attach, gb_register, nk_reverse, nk_route, pk_eval, sm_save
from eval_payloads import BSSID, INSTALL_ID, NAME, PHONE, SSID, USER_ID, Case, L, case

APP = App("bonyasonket", "Bonyasonket", "org.example.bonyasonket", "3.2.0",
          "https://api.bonyasonket.example.org")
IID = "X-Bonya-Install"
TZ = "Asia/Dhaka"
MOTHER_PHONE = "+8801912660471"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def bonyasonket() -> list[Case]:
    rng = random.Random(7931)
    a, f = APP.api, APP.fam
    s = {"auth": "session"}
    hla, hlo = fix(DHAKA_AT, 5)
    wla, wlo = fix(FLOOD_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, [(1, L(23.806874, PRECISE)), (2, L(90.368497, PRECISE))]),
               (3, 1765339200), (4, 12.0), (5, "fused"), (6, L(41, DEV))], "", lab)
    return [
        case(f, f"{a}/v1/register", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "first_name": L("Jane", NAMEC), "language": L("bn", DEV),
            "household_size": "4"}),
        case(f, f"{a}/v1/register/verify", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "otp": L("302917", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, **s)),
        case(f, f"{a}/v1/subscriptions", headers=_h(rng, **s), body={
            "areas": [{"district": L(DHAKA_HOME["city"], COARSE),
                       "upazila": L(DHAKA_HOME["area"], COARSE)},
                      {"district": L(VILLAGE["district"], COARSE),
                       "upazila": L(VILLAGE["upazila"], COARSE)}],
            "rivers": ["Turag", "Jamuna"], "levels": ["warning", "danger"], "sms": True}),
        case(f, f"{a}/v1/location", headers=_h(rng, **s), body={
            "lat": hla, "lon": hlo, "accuracy_m": 14, "provider": "fused",
            "battery": L(38, DEV), "charging": L(False, DEV), "ts": 1765338000}),
        raw(f, f"{a}/v1/location/pb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **s)),
        case(f, f"{a}/v1/location/network", headers=_h(rng, **s), body={
            "sim": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "roaming": True},
            "serving": {"mcc": L("470", CARRIER), "mnc": L("01", CARRIER),
                        "lac": L(10244, CARRIER), "cid": L(31877, CARRIER)},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "nearby": [L("9c:3d:cf:10:6b:24", WIFI), L("e8:48:b8:a1:09:f3", WIFI),
                                L("00:1e:58:c2:44:7d", WIFI)]}}),
        case(f, f"{a}/v1/alerts", headers=_h(rng, **s), query={
            "lat": L(f"{DHAKA_AT[0]:.2f}", COARSE), "lon": L(f"{DHAKA_AT[1]:.2f}", COARSE),
            "radius_km": "25", "lang": L("bn", DEV)}),
        case(f, f"{a}/v1/gauges/{GAUGE['id']}", headers=_h(rng, **s), query={
            "river": GAUGE["river"], "hours": "48"}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **s), body={
            "status": "safe", "household": 4, "lat": wla, "lon": wlo,
            "note": L("Water up to the knee in our lane, all of us upstairs", TEXT),
            "battery": L(36, DEV)}),
        multipart(f, f"{a}/v1/reports/waterlogging", [
            ("photo", "lane.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("report", None, "application/json", {
                "lat": fix(FLOOD_FIX)[0], "lon": fix(FLOOD_FIX)[1], "depth_cm": 45,
                "road_open": False, "note": L("Drain blocked near the bazaar", TEXT)})],
            headers=_h(rng, **s)),
        case(f, f"{a}/v1/shelters/near", headers=_h(rng, **s), query={
            "at": L(f"{DHAKA_AT[0]:.4f},{DHAKA_AT[1]:.4f}", PRECISE), "limit": "5"}),
        case(f, f"{a}/v1/household", headers=_h(rng, **s), body={
            "members": [{"name": L(MOTHER[0], NAMEC), "phone": L(MOTHER_PHONE, TEL),
                         "relation": "mother", "district": L(VILLAGE["district"], COARSE)}],
            "adults": 3, "children": 1}),
        case(f, f"{a}/v1/household/needs", headers=_h(rng, **s), body={
            "pregnant": L(True, f"{SENS}|{MED}"), "insulin_cold_storage": L(True, MED),
            "wheelchair": False, "elderly": 1, "infants": 0}),
        case(f, f"{a}/v1/relief/requests", fmt="form", headers=_h(rng, **s), body={
            "items": "dry_food,ors,water_tabs", "household": "4",
            "address": L(DHAKA_HOME["line"], ADDR), "area": L(DHAKA_HOME["area"], COARSE),
            "request_id": obj(rng, "rr", 10)}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **s), body={
            "lat": fix(FLOOD_FIX)[0], "lon": fix(FLOOD_FIX)[1], "phone": L(E164, TEL),
            "message": L("Ground floor flooded, my mother cannot climb the stairs", TEXT),
            "battery": L(31, DEV), "shelter_hint": SHELTER["id"]}),
        case(f, f"{a}/v1/sos/contacts", headers=_h(rng, **s), body={
            "contacts": [{"n": L(NOMINEE[0], CONTACTS), "p": L(NOMINEE[1], CONTACTS)},
                         {"n": L(MOTHER[0], CONTACTS), "p": L(MOTHER_PHONE, CONTACTS)},
                         {"n": L("Tanvir Ahmed", CONTACTS), "p": L("+8801615009923", CONTACTS)}],
            "source": "address_book"}),
        case(f, f"{a}/v1/sms/inbound", fmt="form", headers=_h(rng, **s), body={
            "from": L(E164, TEL), "body": L("SAFE 23.8042 90.3660 4", f"{TEXT}|{PRECISE}"),
            "gateway": "gw-dhk-02"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **s), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "language": L("bn_BD", DEV), "timezone": L(TZ, DEV),
            "os": L("Android 14", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **s), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("alert_opened", 1, level="danger"), ev("checkin_sent", 2),
                ev("screen", 3, screen=L("RiverGauge", USAGE))]}),
        case(f, f"{a}/v1/volunteers", headers=_h(rng, **s), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "skills": ["first_aid", "boat"],
            "blood_group": L("B+", MED), "area": L(DHAKA_HOME["area"], COARSE),
            "available_nights": True}),
        case(f, f"{a}/v1/forecast", headers=_h(rng, **s), query={
            "union": "30-26-48", "days": "5", "lang": L("bn", DEV)}),
        case(f, f"{a}/v1/settings", headers=_h(rng, how="upper"), cookies={
            "bs_session": L(opaque(rng, "", 40), CRED), "bs_install": L(INSTALL_ID, DID)}),
    ]


def bonyasonket_sdks() -> list[Case]:
    rng = random.Random(7932)
    return [
        gn_batch(APP, rng, [("Alert Opened", {"level": "danger", "river": "Turag"}),
                            ("Checkin Sent", {"status": "safe"})],
                 at=DHAKA_AT, nd=3, tz=TZ, locale="bn-BD"),
        gn_screen(APP, rng, "ShelterMap", lang="bn-BD"),
        sk_open(APP, rng, user=True, n=9),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="BGD", city="Dhaka",
               region="Dhaka", zip_="1216", keywords="weather,rain"),
        bl_crash(APP, rng, ("java.lang.OutOfMemoryError", "radar tile cache"),
                 [bl_crumb("nav", "Alerts -> Radar"),
                  bl_crumb("log", "gauge refresh", {"gauge": GAUGE["id"]})],
                 screen="RadarActivity", tz=TZ),
        pk_eval(APP, rng, {"district": L("Dhaka", COARSE)}, query=True),
        gb_register(APP, rng, tz=TZ, lang="bn", at=DHAKA_AT, nd=2,
                    tags={"district": L("Dhaka", COARSE), "upazila": L("Mirpur", COARSE)}),
        sm_save(APP, rng, {"analytics": True, "ads": False}, country="BD", region="Dhaka"),
        nk_reverse(APP, rng, FLOOD_FIX, PRECISE, nd=5),
        nk_route(APP, rng, [(DHAKA_AT, PRECISE), ((SHELTER["lat"], SHELTER["lon"]), None)],
                 profile="walking"),
        ak_attach(APP, rng, L(JPEG + b"\x92", MEDIA), "gauge_board.jpg", "image/jpeg"),
    ]


__all__ = ["APP", "bonyasonket", "bonyasonket_sdks"]
