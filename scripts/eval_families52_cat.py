"""Smart pet door "Purrtal": sign-up, a password grant, ``/me``, the household (address, time
zone, position for sunrise curfews), claiming the hub and provisioning its Wi-Fi (her network, its
password, nearby BSSIDs), pairing the flap, the cat's profile with a photo, curfew rules, a
neighbour's cat locked out, the timeline (GET), a member invited, leaving home (an away
reminder), diagnostics, the vet, a LAN discovery, a voice-assistant link, a shop order, a Play
subscription, feedback, push, events and a firmware check by a cookie."""

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
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, play_token, pos
from eval_families24_kit import claims, head
from eval_families52_kit import (
    CAT,
    FLAP,
    HUB,
    NEIGHBOURS,
    STRAY_CHIP,
    WIFI_PASS,
    away,
    fix,
    home,
    near_lan,
    obj,
)
from eval_families52_sdk import cw_batch, cw_queue, sm_crash, sm_crumb, tb_link, tb_session
from eval_families52_svc import bk_register, hd_message, ob_save, sf_eval, tp_card
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    W,
    case,
)

APP = App("purrtal", "Purrtal", "com.example.purrtal", "1.22.5", "https://cloud.purrtal.example.net")
IID = "X-Purrtal-Client"
PW = "Whisker$Moon27"
PARTNER = ("Alex Doe", "alex.doe@example.net")  # invited to the household (contact.*)
LEFT_AT = away(0.00131, -0.00217)  # her phone a block from home when the reminder fires


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid=IID, how=how, **kw)


def _cat() -> dict[str, Any]:
    return {k: CAT[k] for k in ("name", "species", "breed", "dob", "sex", "weight_kg",
                                "microchip")}


def purrtal() -> list[Case]:
    rng = random.Random(5231)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hh, pet = obj(rng, "hh", 8), obj(rng, "pet", 8)
    hla, hlo = home(3)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "country": L("US", COARSE), "marketing": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "purrtal-android", "scope": "offline_access"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/households", headers=_h(rng, **b), body={
            "name": "Home", "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                                        "city": L(CITY, COARSE), "zip": L(ZIP, COARSE)},
            "timezone": L("America/New_York", DEV), "lat": hla, "lon": hlo}),
        case(f, f"{a}/v2/hubs/claim", headers=_h(rng, **b), body={
            "household": hh, "claimCode": L("PT-88QF-2K", CRED), "serial": HUB["serial"],
            "mac": HUB["mac"], "fw": HUB["fw"]}),
        case(f, f"{a}/v2/hubs/{HUB['serial']}/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "psk": L(WIFI_PASS, CRED),
            "security": "WPA2", "band": "5GHz", "nearby": [L(x, WIFI) for x in NEIGHBOURS],
            "phoneIp": L(LOCAL_IP, DEV), "hubIp": HUB["lan"]}),
        case(f, f"{a}/v2/flaps/pair", fmt="form", headers=_h(rng, **b), body={
            "hub": HUB["serial"], "serial": FLAP["serial"], "ble": FLAP["ble"],
            "fw": FLAP["fw"], "battery": str(FLAP["battery"])}),
        multipart(f, f"{a}/v2/pets", [
            ("photo", "miso.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("pet", None, "application/json", {**_cat(), "household": hh})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pets/{pet}/rules", headers=_h(rng, **b), body={
            "curfew": {"lock": "22:00", "unlock": "06:30"}, "sunset": True,
            "microchip": CAT["microchip"], "indoorOnly": False}),
        case(f, f"{a}/v2/households/{hh}/intruders", headers=_h(rng, **b), body={
            "chip": STRAY_CHIP, "seen": 4, "action": "keep_locked",
            "note": "ginger tom from next door"}),
        case(f, f"{a}/v2/households/{hh}/timeline", headers=_h(rng, **b), query={
            "pet": pet, "since": "1765238400", "limit": "50"}),
        case(f, f"{a}/v2/households/{hh}/members", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[1], MAIL), "role": "admin"}),
        case(f, f"{a}/v2/presence", headers=_h(rng, **b), body={
            "event": "exit", "lat": fix(LEFT_AT, 5)[0], "lon": fix(LEFT_AT, 5)[1],
            "accuracy": 14, "ts": 1765291120, "remind": "flap_unlocked",
            "meta": W({"provider": "fused", "battery": L(41, DEV), "charging": L(False, DEV),
                       "network": L("lte", DEV)}, "json")}),
        case(f, f"{a}/v2/support/diagnostics", fmt="form", headers=_h(rng, **b), body={
            "hub": HUB["serial"], "hub_rssi": "-62", "phone_ssid": L(SSID, WIFI),
            "phone_ip": L(LOCAL_IP, DEV), "os": L("Android 14", DEV),
            "log": "pairing ok; cloud ok; flap fw 3.0.2"}),
        case(f, f"{a}/v2/pets/{pet}/vet", headers=_h(rng, **b), body={
            "clinic": "Tompkins Cat Clinic", "phone": "+12125550131",
            "meds": ["Methimazole 2.5 mg"], "condition": "hyperthyroidism"}),
        case(f, f"{a}/v2/local/discovered", headers=_h(rng, **b), body={
            "phoneIp": L(LOCAL_IP, DEV), "gateway": "192.168.1.1",
            "found": [{"ip": HUB["lan"], "mac": HUB["mac"], "kind": "hub"},
                      {"ip": near_lan(64), "mac": "a4:77:33:f0:12:9c", "kind": "tv"}]}),
        case(f, f"{a}/v2/integrations/voice", fmt="form", headers=_h(rng, **b), body={
            "code": L(opaque(rng, "ac_", 20), CRED), "state": opaque(rng, "", 16),
            "provider": "homevoice"}),
        case(f, f"{a}/v2/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "PT-BATT-4", "qty": 2, "price": 14.99}],
            "total": L("29.98", BUY), "card_last4": L("4444", PAY),
            "ship": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                     "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                     "phone": L(NATIONAL, TEL)}}),
        case(f, f"{a}/v2/subscriptions/verify", headers=_h(rng, **b), body={
            "sku": L("purrtal_plus_year", BUY), "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/feedback", headers=_h(rng, **b), body={
            "rating": 4, "text": L("Miso learned to hook the flap open from outside, any tips?",
                                   TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "clientId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("flap_paired", 1), ev("curfew_set", 2, lock="22:00"),
                ev("screen", 3, screen=L("PetTimeline", USAGE))]}),
        case(f, f"{a}/v2/firmware/latest", headers=_h(rng, how="none"), query={
            "hub": HUB["fw"], "flap": FLAP["fw"]},
            cookies={"pt_session": L(opaque(rng, "", 44), CRED)}),
    ]


def purrtal_sdks() -> list[Case]:
    rng = random.Random(5232)
    cla, clo = pos(2)
    return [
        cw_batch(APP, rng, [("Flap Paired", {"hub_fw": HUB["fw"]}),
                            ("Curfew Set", {"lock": "22:00"})], at=(cla.value, clo.value)),
        cw_queue(APP, rng, [("Door Event Viewed", {"pet": "cat"}),
                            ("Curfew Edited", {"zip": L(ZIP, COARSE)})]),
        tb_session(APP, rng, first=True),
        tb_link(APP, rng, U("https://purrtal.example.net/open", {
            "uid": L(USER_ID, UID), "utm_source": "email", "c": "plus50"})),
        sm_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 133"),
                 [sm_crumb("navigation", "Setup -> PairFlap"),
                  sm_crumb("ui", "pair", {"flap": FLAP["serial"]})], screen="PairFlapActivity"),
        sf_eval(APP, rng, {"hubFw": HUB["fw"], "plan": "plus"}),
        bk_register(APP, rng, tags={"pets": "1"}, at=(cla.value, clo.value)),
        ob_save(APP, rng, {"analytics": True, "marketing": True}),
        tp_card(APP, rng),
        hd_message(APP, rng, L("The flap stopped reading Miso's chip after the update", TEXT),
                   {"hub": HUB["serial"]}),
    ]
