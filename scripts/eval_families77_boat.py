"""Fishing-boat crew roster "Aflaskra": the Grindavik trawler's company app, where she is a
deckhand. Onboarding (her kennitala, her flat, her phone), a log-in with the crew number, ``/me``,
her seafarer's certificate (a scan and the number), a fitness-for-duty record, her next of kin,
her wage account, the roster, a watch swapped, clocking in on the pier (her fix) and out
(msgpack), a haul logged (the vessel's position: a negative), an injury with a photo, a drill,
her survival-suit sizes, her life-jacket beacon, a crew photo, a crew chat message, the AIS
track, push, events and a payslip by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families77_kit import (
    CREW_NO,
    HARBOUR_AT,
    HARBOUR_FIX,
    IS_BANK,
    KT,
    KT_DASH,
    PLB,
    SISTER,
    STCW,
    VESSEL,
    ais,
    fix,
    obj,
    rvk_address,
)
from eval_families77_sdk import hv_crash, hv_crumb, hv_session, lt_queue, lt_track
from eval_families77_svc import fg_eval, hn_register, kf_route, sk_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("aflaskra", "Aflaskra", "com.example.aflaskra", "1.14.3",
          "https://api.aflaskra.example.com")
IID = "X-Crew-Device"
PIN = "480217"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def aflaskra() -> list[Case]:
    rng = random.Random(7741)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, kt=L(KT, NATID), crew=L(CREW_NO, UID),
                                    role="deckhand", vessel=VESSEL["id"]))}
    b = {"auth": "bearer"}
    trip = obj(rng, "trip", 8)
    inla, inlo = fix(HARBOUR_FIX, 5)
    outla, outlo = fix((HARBOUR_FIX[0] + 0.00021, HARBOUR_FIX[1] - 0.00034), 6)
    return [
        case(f, f"{a}/api/crew/onboard", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "kennitala": L(KT_DASH, NATID), "dob": L(DOB, BIRTH),
            "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "address": rvk_address(("street", "flat", "postcode", "town")),
            "nationality": "US", "role": "deckhand", "vessel": VESSEL["id"],
            "pin": L(PIN, CRED)}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "crew": L(CREW_NO, UID), "pin": L(PIN, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/crew/certificates", [
            ("scan", "stcw_basic.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "certNo": L(STCW, NATID), "type": "STCW A-VI/1 Basic Safety",
                "issued": "2025-10-02", "expires": "2030-10-01"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/crew/medical", headers=_h(rng, **b), body={
            "fitForDuty": L(True, MED), "restrictions": L("carry glucose and insulin at sea", TM),
            "colourVision": L("pass", MED), "expires": "2027-10-01"}),
        case(f, f"{a}/api/crew/next-of-kin", headers=_h(rng, **b), body={
            "name": L(SISTER[0], NAMEC), "phone": L(SISTER[1], TEL), "email": L(SISTER[2], MAIL),
            "relation": "sister"}),
        case(f, f"{a}/api/crew/bank", fmt="form", headers=_h(rng, **b), body={
            "account": L(IS_BANK, PAY), "holderKt": L(KT, NATID), "holder": L(NAME, NAMEC),
            "pensionFund": "Lífeyrissjóðurinn Hafalda",
            "unionDues": L("Sjómannafélag Suðurstrandar", SENS)}),
        case(f, f"{a}/api/roster", headers=_h(rng, **b), query={
            "vessel": VESSEL["id"], "from": "2026-01-12", "to": "2026-02-08"}),
        case(f, f"{a}/api/roster/swap", headers=_h(rng, **b), body={
            "watch": obj(rng, "w", 6), "with": others(rng, 1, "crw_")[0],
            "reason": L("Pharmacy pickup for my insulin on Thursday", TM)}),
        case(f, f"{a}/api/clock/in", headers=_h(rng, **b), body={
            "crew": L(CREW_NO, UID), "vessel": VESSEL["id"], "lat": inla, "lon": inlo,
            "pier": {"lat": HARBOUR_AT[0], "lon": HARBOUR_AT[1]}, "ts": 1768363200}),
        case(f, f"{a}/api/clock/out", fmt="msgpack", headers=_h(rng, **b), body={
            "crew": L(CREW_NO, UID), "lat": outla, "lon": outlo, "hours": 12.5,
            "ts": 1768408200}),
        case(f, f"{a}/api/trips/{trip}/hauls", headers=_h(rng, **b), body={
            "haul": 7, "species": {"cod": 4120, "haddock": 880}, "gear": "bottom trawl",
            "position": {"lat": 63.6821, "lon": -22.9744}, "loggedBy": L(CREW_NO, UID)}),
        multipart(f, f"{a}/api/incidents", [
            ("photo", "hand.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "kind": "injury", "where": "aft deck", "vessel": VESSEL["id"], "trip": trip,
                "text": L("Cut my left hand on the trawl winch, three stitches at the clinic",
                          TM)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/safety/drills/{obj(rng, 'drl', 6)}/attend", fmt="form",
             headers=_h(rng, **b), body={"crew": L(CREW_NO, UID), "role": "muster station B"}),
        case(f, f"{a}/api/crew/sizes", headers=_h(rng, **b), body={
            "heightCm": L(170, FIT), "weightKg": L(64, FIT), "suit": "M", "boots": 40}),
        case(f, f"{a}/api/crew/beacon", headers=_h(rng, **b), body={
            "plbHex": PLB, "model": "Bjargvaki PLB-2", "owner": L(NAME, NAMEC),
            "ownerPhone": L(PHONE, TEL), "registered": "2025-11-24"}),
        multipart(f, f"{a}/api/crew/photo", [
            ("photo", "crew_card.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/chat/{VESSEL['id']}", headers=_h(rng, **b), body={
            "from": L(CREW_NO, UID), "clientId": opaque(rng, "m_", 10),
            "text": L("Anyone driving down Sunday night? I chip in for fuel", TEXT)}),
        case(f, f"{a}/api/vessel/{VESSEL['id']}/ais", headers=_h(rng, **b), body={
            "mmsi": VESSEL["mmsi"], "imo": VESSEL["imo"], "track": ais(rng, 5)}),
        case(f, f"{a}/api/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "crew": L(CREW_NO, UID), "user": L(USER_ID, UID), "events": [
                ev("clock_in", 1), ev("roster_viewed", 2),
                ev("screen", 3, screen=L("Payslips", USAGE))]}),
        case(f, f"{a}/api/payslips/{obj(rng, 'ps', 8)}", headers=_h(rng, how="none"),
             cookies={"afl_sess": L(opaque(rng, "", 40), CRED),
                      "afl_dev": L(INSTALL_ID.replace("-", ""), DID)}),
    ]


def aflaskra_sdks() -> list[Case]:
    rng = random.Random(7742)
    return [
        lt_track(APP, rng, [("Clocked In", {"vessel": VESSEL["id"]}),
                            ("Roster Viewed", {"weeks": 4})]),
        lt_queue(APP, rng, [("Offline Haul Saved", {"haul": 7}),
                            ("Sync Completed", {"items": 12})]),
        hv_session(APP, rng, secs=380),
        hv_crash(APP, rng, ("java.net.UnknownHostException", "Unable to resolve host"),
                 [hv_crumb("navigation", "Roster -> ClockIn"),
                  hv_crumb("log", "offline", {"satellite": True})], screen="ClockInActivity"),
        fg_eval(APP, rng, {"vessel": VESSEL["id"], "role": "deckhand"}, query=True),
        hn_register(APP, rng, tags={"vessel": VESSEL["id"], "watch": "B"}),
        sk_save(APP, rng, {"analytics": True, "crash": True}, user=True),
        kf_route(APP, rng, [((64.14532, -21.92871), "location.precise"),
                            ((HARBOUR_AT[0], HARBOUR_AT[1]), None)]),
    ]
