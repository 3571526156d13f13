"""Small-holder poultry-farm vaccination log "Adiyelog" (her 2,000-bird farm at Mowe, Ogun State):
sign-up and log-in, ``/me``, the farm and its point, flocks, vaccinations (msgpack) and the
schedule, mortality, a photo of sick birds, the outbreak map around her farm and a suspected-case
report (other farms' points), her vet and a visit, a feed order, an egg sale, the coop gateway's
readings (protobuf, with the gateway's fix) and its Wi-Fi pairing, the weather, a records export,
a farm hand, push, events and the dashboard by a cookie-authenticated GET."""

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
    PRECISE,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families78_kit import FARM, FARM_AT, FLOCKS, OTHER_FARMS, VET, fix, obj
from eval_families78_sdk import (
    ij_crash,
    ij_crumb,
    ij_session,
    ip_bid,
    ky_alias,
    ky_batch,
    op_session,
)
from eval_families78_svc import ay_eval, ik_register, ir_attach, om_geocode, om_reverse
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, PHONE, USER_ID, Case, J, L, case

APP = App("adiyelog", "Adiyelog", "com.example.adiyelog", "1.12.4",
          "https://api.adiyelog.example.org")
IID = "X-Adiyelog-Device"
PW = "Layers&Broilers24"
FARM_LINE = "Km 4, Ofada Road, Mowe"  # her farm's address (contact.address)
GW = {"serial": "ADL-GW2-0031874", "ssid": "DoeFarm-Coop", "bssid": "f0:9f:c2:5a:31:0e"}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def adiyelog() -> list[Case]:
    rng = random.Random(7861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    fla, flo = fix(FARM_AT)
    lab: dict[str, str] = {}
    reading = pb([(1, L(USER_ID, UID)), (2, GW["serial"]), (3, [(1, 31.4), (2, 68.0),
                                                               (3, 2450)]),
                  (4, [(1, L(6.807339, PRECISE)), (2, L(3.436921, PRECISE))]),
                  (5, 1765352000)], "", lab)
    return [
        case(f, f"{a}/v1/accounts", fmt="form", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "phone": L(PHONE, TEL), "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/sessions", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/farms", headers=_h(rng, **b), body={
            "name": FARM["name"], "registration": FARM["reg"], "owner": L(USER_ID, UID),
            "address": L(FARM_LINE, ADDR), "town": L(FARM["town"], COARSE),
            "state": L(FARM["state"], COARSE), "lat": fla, "lon": flo,
            "birds": 2000, "type": "layers"}),
        case(f, f"{a}/v1/flocks", headers=_h(rng, **b), body={"flocks": [
            {"id": FLOCKS[0], "breed": "Isa Brown", "count": 800, "hatched": "2025-11-02"},
            {"id": FLOCKS[1], "breed": "Isa Brown", "count": 700, "hatched": "2025-11-02"},
            {"id": FLOCKS[2], "breed": "Cobb 500", "count": 500, "hatched": "2025-09-20"}]}),
        case(f, f"{a}/v1/vaccinations", fmt="msgpack", headers=_h(rng, **b), body={
            "id": obj(rng, "vac", 10), "flock": FLOCKS[0], "vaccine": "Newcastle (Lasota)",
            "route": "drinking_water", "batch": "NDV-L-2510-77", "doses": 800,
            "givenAt": "2025-12-10T06:30:00+01:00", "by": L(USER_ID, UID)}),
        case(f, f"{a}/v1/vaccinations/schedule", query={"flock": FLOCKS[1], "weeks": "8"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/mortality", fmt="form", headers=_h(rng, **b), body={
            "flock": FLOCKS[2], "count": "6", "cause": "unknown",
            "note": L("Birds in pen 3 droopy since Sunday, green droppings", TEXT)}),
        multipart(f, f"{a}/v1/health/photos", [
            ("photo", "pen3.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"flock": FLOCKS[2], "signs": ["droopy",
                                                                             "green_droppings"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/outbreaks/map", query={
            "near": L(f"{FARM_AT[0]:.3f},{FARM_AT[1]:.3f}", PRECISE), "km": "15",
            "disease": "all"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/outbreaks/reports", headers=_h(rng, **b), body={
            "farm": {"lat": L(round(FARM_AT[0], 5), PRECISE), "lon": L(round(FARM_AT[1], 5),
                                                                       PRECISE)},
            "suspected": "newcastle", "flock": FLOCKS[2], "deaths": 6,
            "nearbyReports": [{"id": obj(rng, "obr", 6), "lat": la, "lon": lo}
                              for la, lo in OTHER_FARMS],
            "text": L("Six dead in two days, neighbour's farm had the same last week", TEXT)}),
        case(f, f"{a}/v1/vets", headers=_h(rng, **b), body={
            "name": L(VET[0], NAMEC), "phone": L(VET[1], TEL), "primary": True}),
        case(f, f"{a}/v1/vets/visits", headers=_h(rng, **b), body={
            "vet": "vet_0088", "date": "2025-12-12", "fee": L("15000", BUY),
            "reason": "suspected Newcastle, pen 3", "visitId": obj(rng, "vv", 8)}),
        case(f, f"{a}/v1/orders/feed", headers=_h(rng, **b), body={
            "supplier": "sup_ogf_12", "product": "Layers mash 25 kg", "bags": 40,
            "total": L("720000", BUY), "deliverTo": L(FARM_LINE, ADDR),
            "contactPhone": L(PHONE, TEL)}),
        case(f, f"{a}/v1/sales/eggs", fmt="form", headers=_h(rng, **b), body={
            "crates": "60", "pricePerCrate": "5200", "buyer": L("Iya Sade Eggs", NAMEC),
            "buyerPhone": L("+2348025550163", TEL), "total": L("312000", BUY)}),
        raw(f, f"{a}/v1/gateway/readings", reading, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/gateway/pair", headers=_h(rng, **b), body={
            "serial": GW["serial"], "fw": "1.4.2", "wifi": {"ssid": L(GW["ssid"], WIFI),
                                                           "bssid": L(GW["bssid"], WIFI)},
            "phoneIp": L(LOCAL_IP, DEV), "gatewayIp": "192.168.4.1"}),
        case(f, f"{a}/v1/weather", query={"lat": L(f"{FARM_AT[0]:.2f}", COARSE),
                                          "lon": L(f"{FARM_AT[1]:.2f}", COARSE), "days": "3"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/exports", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "what": "vaccinations", "from": "2025-09-01"}),
        case(f, f"{a}/v1/farms/staff", headers=_h(rng, **b), body={
            "name": L("Musa Ibrahim", NAMEC), "phone": L("+2347065550181", TEL),
            "role": "farm_hand", "pin": L("3907", CRED)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("vaccination_logged", 1, flock=FLOCKS[0]), ev("outbreak_viewed", 2),
                ev("screen", 3, screen=L("FlockDetail", USAGE))]}),
        case(f, f"{a}/v1/dashboard", headers=_h(rng, how="none"), cookies={
            "adl_sess": L(opaque(rng, "", 40), CRED), "adl_dev": L(INSTALL_ID, DID)}),
    ]


def adiyelog_sdks() -> list[Case]:
    rng = random.Random(7862)
    return [
        ky_batch(APP, rng, [("Vaccination Logged", {"vaccine": "newcastle"}),
                            ("Outbreak Map Viewed", {"km": 15})], at=FARM_AT, nd=3),
        ky_alias(APP, rng, {"farm_type": "layers", "state": L(FARM["state"], COARSE)}),
        op_session(APP, rng, first=True),
        ip_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        ij_crash(APP, rng, ("android.database.sqlite.SQLiteException", "no such column: pen"),
                 [ij_crumb("nav", "Flocks -> Mortality"), ij_crumb("log", "sync start")],
                 screen="MortalityActivity"),
        ij_session(APP, rng, secs=655),
        ay_eval(APP, rng, {"state": L("ogun", COARSE), "gateway": True}),
        ik_register(APP, rng, at=FARM_AT, nd=2, tags={"birds": "layers"}),
        om_geocode(APP, rng, FARM_LINE, ADDR),
        om_reverse(APP, rng, OTHER_FARMS[1], None, nd=5),
        ir_attach(APP, rng, L(JPEG + b"\xb2", MEDIA), "pen3_birds.jpg", "image/jpeg"),
    ]
