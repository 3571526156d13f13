"""Solar water-pump irrigation app "Solbomba" for the family's farm at Piribebuy (a solar borehole
pump with a tank and drip lines; sets 58, 65 and 107 had a greenhouse, a garden and canal water
turns, set 98 a solar borehole's water kiosks: this one is a farm's pump controller, its solar
array and its financing). Sign-up, an OAuth log-in, ``/me`` with a JWT, the farm, claiming the
controller, giving it the farm's Wi-Fi, a protobuf relay of the controller's readings with her
phone's fix, the drip field's corners, a schedule (msgpack), a manual run, the weather by a rounded
point, alert rules, her husband as operator, a photo for support, a technician's visit, the
controller's history, a financing instalment, the solar curve (gzip), crops, a firmware check,
push, events and the farms by a cookie GET. The controller is another device (negatives)."""

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
    PAY,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families114_kit import (
    CLAIM_CODE,
    CONTRACT,
    FARM,
    FARM_AT,
    FARM_WIFI,
    FIELD,
    HUSBAND,
    PAYOUT_ACCT,
    PUMP,
    PY_LINE,
    PY_NATIONAL,
    TZ,
    fix,
    obj,
    pv_curve,
)
from eval_families114_sdk import (
    ag_event,
    ag_install,
    cp_crash,
    cp_crumb,
    mc_batch,
    mc_identify,
)
from eval_families114_svc import hc_attach, nc_register, tc_eval, tm_reverse
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, NAME, USER_ID, Case, J, L, case

APP = App("solbomba", "Solbomba", "com.example.solbomba", "5.1.0",
          "https://api.solbomba.example.com")
IID = "X-Solbomba-Install"
PW = "Kuarahy-Yvu-2025"
PHONE_AT_FARM = (-25.468072, -57.041655)  # her phone by the pump house


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def solbomba() -> list[Case]:
    rng = random.Random(11461)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, contract=L(CONTRACT, UID)))}
    b = {"auth": "bearer"}
    farm, zone, ser = obj(rng, "frm", 8), obj(rng, "zn", 6), PUMP["serial"]
    c = f"{a}/v1/controllers/{ser}"
    fla, flo = fix(FARM_AT)
    pla, plo = fix(PHONE_AT_FARM)
    lab: dict[str, str] = {}
    relay = pb([(1, ser), (2, L(USER_ID, UID)), (3, [(1, pla), (2, plo)]),
                (4, [(1, 1432.5), (2, 31.2), (3, 78), (4, 12.4)]), (5, 1765601000)], "", lab)
    corners = [dict(zip(("lat", "lon"), fix(p), strict=True)) for p in FIELD]
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PY_LINE, TEL),
            "password": L(PW, CRED), "district": L(FARM["distrito"], COARSE), "role": "owner"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL),
            "password": L(PW, CRED), "client_id": "solbomba-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/farms", headers=_h(rng, **b), body={
            "name": FARM["name"], "lat": fla, "lon": flo, "hectares": 4.5,
            "address_line": L(FARM["line"], ADDR), "compania": L(FARM["compania"], COARSE),
            "district": L(FARM["distrito"], COARSE), "department": L(FARM["dpto"], COARSE)}),
        case(f, f"{a}/v1/farms/{farm}/controller/claim", headers=_h(rng, **b), body={
            "serial": ser, "claim_code": L(CLAIM_CODE, CRED), "imei": PUMP["imei"],
            "model": PUMP["model"]}),
        case(f, f"{c}/wifi", headers=_h(rng, **b), body={
            "ssid": L(FARM_WIFI[0], WIFI), "bssid": L(FARM_WIFI[1], WIFI),
            "psk": L("Mandioca-Chipa-55", CRED), "security": "wpa2",
            "phone_ip": L(LOCAL_IP, DEV), "controller_ip": "192.168.4.1"}),
        raw(f, f"{c}/relay", relay, "application/x-protobuf", lab,
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/farms/{farm}/zones", headers=_h(rng, **b), body={
            "zone": zone, "name": "Tomates", "emitters": 420, "corners": corners}),
        case(f, f"{a}/v1/farms/{farm}/schedules", fmt="msgpack", headers=_h(rng, **b), body={
            "zone": zone, "days": ["mon", "wed", "fri"], "start": "06:00", "minutes": 45,
            "min_tank_pct": 20}),
        case(f, f"{c}/run", fmt="form", headers=_h(rng, **b), body={
            "zone": zone, "minutes": "20", "source": "manual"}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": L(f"{FARM_AT[0]:.2f}", COARSE), "lon": L(f"{FARM_AT[1]:.2f}", COARSE),
            "days": "5"}),
        case(f, f"{a}/v1/alerts/rules", headers=_h(rng, **b), body={
            "event": "dry_run", "sms": L(HUSBAND[1], TEL), "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/farms/{farm}/members", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "email": L(HUSBAND[2], MAIL), "role": "operator"}),
        multipart(f, f"{a}/v1/support/photos", [
            ("photo", "filtro_tapado.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"controller": ser, "issue": "filtro tapado"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/maintenance/visits", headers=_h(rng, **b), body={
            "farm": farm, "address_line": L(FARM["line"], ADDR),
            "compania": L(FARM["compania"], COARSE), "contact_phone": L(PY_NATIONAL, TEL),
            "date": "2025-12-18",
            "note": L("Pregunten por Rubén en el portón de la granja", f"{TEXT}|{NAMEC}")}),
        case(f, f"{c}/history", headers=_h(rng, **b), query={
            "from": "2025-12-01", "to": "2025-12-09", "step": "1h"}),
        case(f, f"{a}/v1/financing/payments", headers=_h(rng, **b), body={
            "contract": L(CONTRACT, UID), "instalment": 7, "amount": L(890000, BUY),
            "reference": L("SBF-PAG-44821", BUY), "method": "transfer",
            "account": L(PAYOUT_ACCT, PAY)}),
        case(f, f"{c}/solar", gz=True, headers=_h(rng, **b), body={
            "day": "2025-12-09", "pv": pv_curve(rng, 36), "kwh": 6.1, "pump_hours": 5.4}),
        case(f, f"{a}/v1/crops", headers=_h(rng, **b), body={
            "farm": farm, "crops": [{"name": "tomate", "area_m2": 1200},
                                    {"name": "locote", "area_m2": 800}]}),
        case(f, f"{a}/v1/firmware/check", headers=_h(rng, **b), body={
            "serial": ser, "fw": PUMP["fw"], "model": PUMP["model"], "kw": PUMP["kw"]}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("pump_started", 1), ev("tank_low", 2),
                ev("screen", 3, screen=L("FarmDashboard", USAGE))]}),
        case(f, f"{a}/v1/farms", headers=_h(rng, how="upper"),
             cookies={"sb_session": L(opaque(rng, "", 40), CRED)}),
    ]


def solbomba_sdks() -> list[Case]:
    rng = random.Random(11462)
    return [
        mc_batch(APP, rng, [("Pump Started", {"zone": "Tomates"}), ("Tank Low", {"pct": 18})],
                 at=FARM_AT, nd=2),
        mc_identify(APP, rng, {"district": L(FARM["distrito"], COARSE), "pumps": 1,
                               "contract": L(CONTRACT, UID)}),
        ag_install(APP, rng),
        ag_event(APP, rng, "inst_pay", {"contract": L(CONTRACT, UID)}, revenue=890000.0),
        cp_crash(APP, rng, ("java.io.IOException", "BLE GATT status 133"),
                 [cp_crumb("navigation", "Farm -> Controller"),
                  cp_crumb("log", "ble connect", {"serial": PUMP["serial"]})],
                 screen="ControllerActivity"),
        tc_eval(APP, rng, {"hasPump": True, "district": L(FARM["distrito"], COARSE)}),
        nc_register(APP, rng, at=FARM_AT, nd=2, tags={"farm": "1"}),
        tm_reverse(APP, rng, FARM_AT, PRECISE),
        hc_attach(APP, rng, L(JPEG + b"\xa2", MEDIA), "panel_roto.jpg", "image/jpeg"),
    ]
