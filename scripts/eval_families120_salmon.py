"""Salmon-farm shift roster "Alivakt" (she works shifts at the Gøtuvík site): log-in by employee
number and PIN, an MFA code, ``/me`` by JWT, the week's roster, clocking in on the pier (her fix
and the site's Wi-Fi), clocking out (protobuf), a shift swap, sick leave, a certificate photo, her
payroll profile (p-tal, IBAN, her husband as next of kin), an incident at a net pen, the workboat's
log (JSON Lines of her fixes), a payslip by month, overtime, push, events and notices by cookie."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    COARSE,
    CRED,
    E164,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    WIFI,
    multipart,
    pb,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import App
from eval_families22_kit import lines
from eval_families24_kit import claims, head, others, rid
from eval_families120_kit import (
    FARM_SITE,
    FO_HOME,
    FO_IBAN,
    HUSBAND,
    PIER_AT,
    PTAL,
    common,
    fo,
    scr,
    walk,
)
from eval_families120_sdk import tm_batch, wl_crash, wl_crumb, wl_session
from eval_families120_svc import fn_eval, mf_telemetry, ph_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("alivakt", "Alivakt", "com.example.alivakt", "7.2.0", "https://roster.alivakt.example.com")
IID = "X-Alivakt-Device"
EMPLOYEE = "AV-20417"  # her employee number (id.user)
SITE_SSID, SITE_BSSID = "Alivakt-Gotuvik", "7c:10:c9:4a:22:e1"  # the site's Wi-Fi she joins


def _h(rng: random.Random) -> dict:
    return head(APP, rng, iid=IID, auth="session")


def alivakt() -> list[Case]:
    rng = random.Random(12041)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, emp=L(EMPLOYEE, UID), email=L(EMAIL, "contact.email")))}
    pla, plo = fo(PIER_AT, 6)
    lab: dict[str, str] = {}
    out_pb = pb([(1, L(USER_ID, UID)), (2, L(EMPLOYEE, UID)), (3, L(62.190388, PRECISE)),
                 (4, L(-6.727402, PRECISE)), (5, 1773950400), (6, "sh_2611"), (7, 8.5)], "", lab)
    mates = others(rng, 2, "emp_")
    boat = [dict(p, boat="Gøtuvík II", speed=round(rng.uniform(3, 8), 1))
            for p in walk(rng, 4, PIER_AT, step=0.0012)]
    out = [
        case(f, f"{a}/v1/auth/login", fmt="form", headers=head(APP, rng, iid=IID), body={
            "employee": L(EMPLOYEE, UID), "pin": L("480516", CRED), "site": FARM_SITE["id"]}),
        case(f, f"{a}/v1/auth/mfa", fmt="form", headers=head(APP, rng, iid=IID), body={
            "employee": L(EMPLOYEE, UID), "code": L("773104", CRED)}),
        case(f, f"{a}/v1/me", headers=head(APP, rng, iid=IID, extra=jw)),
        case(f, f"{a}/v1/roster", headers=_h(rng), query={"week": "2026-W12",
                                                          "site": FARM_SITE["id"]}),
        case(f, f"{a}/v1/clock/in", headers=_h(rng), body={
            "employee": L(EMPLOYEE, UID), "shift": "sh_2611", "lat": pla, "lon": plo,
            "accuracy": 6, "wifi": {"ssid": L(SITE_SSID, WIFI), "bssid": L(SITE_BSSID, WIFI)},
            "site": {"id": FARM_SITE["id"], "lat": FARM_SITE["lat"], "lon": FARM_SITE["lon"]}}),
        raw(f, f"{a}/v1/clock/out", out_pb, "application/x-protobuf", lab, headers=_h(rng)),
        case(f, f"{a}/v1/shifts/swap", headers=_h(rng), body={
            "give": "sh_2614", "to": mates[0], "approver": mates[1], "reason": "family"}),
        case(f, f"{a}/v1/leave/sick", headers=_h(rng), body={
            "from": "2026-03-19", "to": "2026-03-20",
            "reason": L("Migraine with aura, doctor says two days off", f"{TEXT}|{MED}"),
            "certificate": False}),
        multipart(f, f"{a}/v1/certificates", [
            ("file", "boat_licence.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"kind": "boat-licence", "expires": "2029-01-31",
                                                "number": "SK-2291-44"})], headers=_h(rng)),
        case(f, f"{a}/v1/profile", headers=_h(rng), body={
            "phone": L(E164, TEL), "address": {"line": L(FO_HOME["line"], ADDR),
                                               "postcode": L(FO_HOME["postcode"], COARSE),
                                               "town": L(FO_HOME["town"], COARSE)},
            "ptal": L(PTAL, NATID), "iban": L(FO_IBAN, PAY),
            "nextOfKin": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                          "relation": "husband"}}),
        case(f, f"{a}/v1/incidents", headers=_h(rng), body={
            "kind": "net_damage", "pen": 4, "site": FARM_SITE["id"],
            "text": L("Tear in net pen 4 about 30 cm, saw a few fish outside", TEXT),
            "lat": L(round(FARM_SITE["lat"] + 0.0007, 5), PRECISE),
            "lon": L(round(FARM_SITE["lon"] + 0.0011, 5), PRECISE)}),
        lines(f, f"{a}/v1/boat/log", boat, headers=_h(rng)),
        case(f, f"{a}/v1/payslips/2026-02", headers=_h(rng), query={"format": "pdf"}),
        case(f, f"{a}/v1/overtime", fmt="form", headers=_h(rng), body={
            "shift": "sh_2611", "hours": "1.5", "note": L("Storm check on moorings", TEXT),
            "request": rid(rng)}),
    ]
    return out + common(APP, rng, IID, [("clock_in", {"site": FARM_SITE["id"]}),
                               ("screen", scr("Roster")), ("swap_requested", {})],
               "av_session", "v1/notices")


def alivakt_sdks() -> list[Case]:
    rng = random.Random(12042)
    return [
        tm_batch(APP, rng, [("Clocked In", {"site": FARM_SITE["id"]}), ("Roster Viewed", {})],
                 at=PIER_AT, nd=2),
        wl_crash(APP, rng, ("java.net.SocketTimeoutException", "clock-in timeout"),
                 [wl_crumb("navigation", "Roster -> ClockIn"),
                  wl_crumb("http", "POST /v1/clock/in", {"status": 504})], screen="ClockActivity"),
        wl_session(APP, rng, secs=95),
        fn_eval(APP, rng, {"site": FARM_SITE["id"], "role": "feeder"}),
        ph_register(APP, rng, tags={"site": FARM_SITE["id"], "team": "B"}),
        mf_telemetry(APP, rng, [(PIER_AT[0], PIER_AT[1]), (62.191215, -6.725904)], PRECISE),
    ]
