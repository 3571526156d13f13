"""Ham-radio logbook "Dipolelog": registration by call sign, a log-in, ``/me``, her station
(call, grid locator, home position and address), a batch of contacts (JSON) and one auto-logged
FT8 contact (msgpack), an ADIF upload, a call-sign lookup by call in the path, band spots near her
grid and one she posts, the confirmation service's certificate request (her FCC registration
number and address), a QSL card request, a rig telemetry frame (protobuf), a net check-in, an
APRS position report, propagation by grid, her bio, push, events and the log by a cookie GET.
Other operators' call signs and grid squares are negatives."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import multipart, pb, push_token, raw
from eval_families20_kit import CITY, FIRST, LINE1, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families71_kit import (
    ADDR,
    CALL,
    COARSE,
    CRED,
    DEV,
    DID,
    FRN,
    GRID4,
    GRID6,
    GRID8,
    LOTW_PASS,
    MAIL,
    NAMEC,
    NATID,
    PRECISE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    WORKED,
    home,
    obj,
    qsos,
)
from eval_families71_sdk import (
    ao_bid,
    fl_crash,
    fl_crumb,
    fl_session,
    gp_batch,
    gp_queue,
    tr_open,
)
from eval_families71_svc import as_save, at_reverse, bq_register, fm_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("dipolelog", "Dipolelog", "com.example.dipolelog", "4.6.0",
          "https://api.dipolelog.example.org")
IID = "X-Dipolelog-Install"
PW = "Yagi-Elmer-73!"
ADIF = (f"<ADIF_VER:5>3.1.4 <EOH>\n<CALL:6>VE3XQM <GRIDSQUARE:6>FN03fp <BAND:3>20m <MODE:3>FT8 "
        f"<STATION_CALLSIGN:6>{CALL} <MY_GRIDSQUARE:6>{GRID6} <QSO_DATE:8>20251208 <EOR>\n")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def dipolelog() -> list[Case]:
    rng = random.Random(7161)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, call=L(CALL, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    hla, hlo = home(6)
    other = WORKED[2][0]
    lookup = at_path(case(f, f"{a}/api/v2/lookup/{other}", headers=_h(rng, **b)), other, SEARCH)
    lab: dict[str, str] = {}
    rig = pb([(1, L(CALL, UID)), (2, 14074000), (3, "FT8"), (4, 50), (5, 1.3),
              (6, L(GRID6, COARSE)), (7, "HR-710")], "", lab)
    return [
        case(f, f"{a}/api/v2/register", headers=_h(rng), body={
            "callsign": L(CALL, UID), "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "name": L(NAME, NAMEC), "licenseClass": "General", "grid": L(GRID6, COARSE)}),
        case(f, f"{a}/api/v2/login", fmt="form", headers=_h(rng), body={
            "callsign": L(CALL.lower(), UID), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/station", headers=_h(rng, **b), body={
            "callsign": L(CALL, UID), "gridsquare": L(GRID8, COARSE), "lat": hla, "lon": hlo,
            "qth": {"street": L(LINE1, ADDR), "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                    "zip": L(ZIP, COARSE), "county": L("New York", COARSE)},
            "cqZone": 5, "ituZone": 8, "rig": "HR-710", "antenna": "EFHW 40-10m",
            "powerW": 50}),
        case(f, f"{a}/api/v2/qsos", headers=_h(rng, **b), body={
            "qsos": qsos(rng, 3), "logbook": obj(rng, "lb", 8)}),
        case(f, f"{a}/api/v2/qsos", fmt="msgpack", headers=_h(rng, **b), body={
            "call": WORKED[3][0], "gridsquare": WORKED[3][1], "band": "20m", "mode": "FT8",
            "rst_sent": "-11", "rst_rcvd": "-04", "station_callsign": L(CALL, UID),
            "my_gridsquare": L(GRID4, COARSE), "source": "ft8-autolog"}),
        multipart(f, f"{a}/api/v2/import/adif", [
            ("file", "log.adi", "text/plain", L(ADIF.encode(), f"{UID}|{COARSE}")),
            ("options", None, "application/json", {"dupeCheck": True, "logbook": "main"})],
            headers=_h(rng, **b)),
        lookup,
        case(f, f"{a}/api/v2/spots", headers=_h(rng, **b), query={
            "band": "20m", "near": L(GRID4, COARSE), "mode": "FT8", "limit": "50"}),
        case(f, f"{a}/api/v2/spots", fmt="form", headers=_h(rng, **b), body={
            "spotter": L(CALL, UID), "dx": WORKED[1][0], "freq": "14074.0",
            "comment": L("FT8 -12 loud into NYC", TEXT)}),
        case(f, f"{a}/api/v2/confirm/certificate", headers=_h(rng, **b), body={
            "callsign": L(CALL, UID), "frn": L(FRN, NATID), "name": L(NAME, NAMEC),
            "email": L(EMAIL, MAIL), "address": L(LINE1, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "certPassword": L(LOTW_PASS, CRED), "csr": "MIIBszCCARwCAQAwczELMAkGA1UEBhMCVVMx"}),
        case(f, f"{a}/api/v2/qsl/requests", fmt="form", headers=_h(rng, **b), body={
            "to": WORKED[1][0], "via": "direct", "returnAddress": L(f"{LINE1}, {CITY} {ZIP}",
                                                                   ADDR),
            "sase": "true"}),
        raw(f, f"{a}/api/v2/rig/telemetry", rig, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/nets/checkin", headers=_h(rng, **b), body={
            "net": "net_nyc_2m_tue", "callsign": L(CALL, UID),
            "remarks": L(f"{CALL}, {FIRST}, Manhattan, no traffic", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v2/aprs", headers=_h(rng, **b), body={
            "from": L(f"{CALL}-9", UID),
            "packet": L("!4044.51N/07359.36W>mobile 146.520", PRECISE),
            "path": "WIDE1-1,WIDE2-1"}),
        case(f, f"{a}/api/v2/propagation", headers=_h(rng, **b), query={
            "grid": L(GRID6, COARSE), "bands": "20m,40m", "hours": "6"}),
        case(f, f"{a}/api/v2/profile/bio", fmt="form", headers=_h(rng, **b), body={
            "bio": L("Licensed 2019, mostly FT8 and POTA activations from Manhattan", TEXT)}),
        case(f, f"{a}/api/v2/awards/dxcc", headers=_h(rng, **b), query={
            "callsign": L(CALL, UID), "mode": "mixed"}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "utcOffset": L("-05:00", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("qso_logged", 1, mode="FT8"), ev("lookup", 2),
                ev("screen", 3, screen=L("Logbook", USAGE))]}),
        case(f, f"{a}/api/v2/log", headers=_h(rng, how="none"), cookies={
            "dl_session": L(opaque(rng, "", 40), CRED), "dl_call": L(CALL, UID)}),
    ]


def dipolelog_sdks() -> list[Case]:
    rng = random.Random(7162)
    return [
        gp_batch(APP, rng, [("QSO Logged", {"band": "20m", "mode": "FT8"}),
                            ("Lookup", {"call": L(WORKED[2][0], SEARCH)})]),
        gp_queue(APP, rng, [("Spot Posted", {"band": "20m"}), ("ADIF Imported", {"n": 1})]),
        tr_open(APP, rng, user=True, n=57),
        ao_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="radio,antenna"),
        fl_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad adif tag <GRIDSQUARE:5>"),
                 [fl_crumb("ui", "import", {"file": "log.adi"})], screen="ImportActivity"),
        fl_session(APP, rng, secs=1312),
        fm_eval(APP, rng, {"licenseClass": "General", "aprs": True}, hdr=True),
        bq_register(APP, rng, tags={"call": L(CALL, UID), "bands": "20m"}),
        as_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        at_reverse(APP, rng, (LAT, LON), PRECISE, nd=4),
    ]
