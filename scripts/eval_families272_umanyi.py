"""A technical institute's short-course app "Umanyi" (``umanyi`` knowledge; Mua Hills Technical
Institute outside Machakos, where she takes an evening solar-PV installer course before an
attachment with an installer). Its API's keys are Kamba in plain Latin letters with the English
and Swahili words Kenyan college systems keep: ``isyitwa_ya_mbee``/``isyitwa_ya_musyi`` first
name/surname, ``simu`` phone, ``imeli`` e-mail, ``ndeto_ya_kuvitha`` password,
``mutheenya_wa_kusyawa`` birth date, ``namba_ya_pasipoti`` passport number,
``namba_ya_kipande`` ID-card number, ``elimu`` education, ``kosi`` course, ``taoni`` town,
``namba_ya_usajili`` admission number, ``fizi`` fees, ``mbesa`` amount, ``lisiti`` receipt,
``ivinda`` timetable, ``kuka`` to come (attendance), ``vandu`` place, ``wia`` work
(practical), ``ndeto`` words, ``mutiani`` exam, ``ikulyo`` question, ``mwalimu`` instructor,
``kampuni`` company, ``musimamizi`` supervisor, ``musyi`` home (address line), ``utui`` area,
``posta`` post code, ``muume`` husband, ``kumantha`` search, ``cheti`` certificate: an
application with her passport and alien card, a log-in, ``/niini``, her passport scan, fees by
mobile money, the timetable, attendance at the workshop with her fix, a practical's photo, a
protobuf rig reading, her results by admission number in the path, the trade-test
registration, a question, the attachment with her supervisor, a logbook (JSON Lines), the
student card, a search, the certificate by a base64 JSON cookie, her address, an emergency
contact, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import F32, raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families272_kit import (
    ADMISSION,
    ALIEN_ID,
    HOME,
    HOME_AT,
    HUSBAND,
    INSTITUTE,
    KE_LINE,
    PASSPORT,
    WORKSHOP_FIX,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families272_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families272_svc import cl_card, cl_confirm, fn_eval, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("umanyi", "Umanyi", "com.example.umanyi", "5.1.0", "https://api.umanyi.example.net")
IID = "X-Umanyi-Install"
PW = "SolarPV!Mua2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def umanyi() -> list[Case]:
    rng = random.Random(27251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    namba_ya_usajili=L(ADMISSION, UID)))}
    wla, wlo = fix(WORKSHOP_FIX)
    lab: dict[str, str] = {}
    rig = pb([(1, L(ADMISSION, UID)), (2, "rig_07"), (3, F32(18.4)), (4, F32(5.2)),
              (5, 1769533200)], "", lab)
    results = at_path(case(f, f"{a}/api/mutiani/{ADMISSION}/results", headers=_h(rng, **b)),
                      ADMISSION, UID)
    return [
        case(f, f"{a}/api/applicants", headers=_h(rng), body={
            "isyitwa_ya_mbee": L(FIRST, NAMEC), "isyitwa_ya_musyi": L(LAST, NAMEC),
            "simu": L(E164, TEL), "imeli": L(EMAIL_MIXED, MAIL), "ndeto_ya_kuvitha": L(PW, CRED),
            "mutheenya_wa_kusyawa": L(DOB, BIRTH), "namba_ya_pasipoti": L(PASSPORT, NID),
            "namba_ya_kipande": L(ALIEN_ID, NID), "elimu": "degree",
            "kosi": "solar_pv_installer_t3", "taoni": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "ndeto_ya_kuvitha": L(PW, CRED)}),
        case(f, f"{a}/api/niini", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/applicants/documents", [
            ("document", "passport.jpg", "image/jpeg", L(JPEG + b"\x5e", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"kind": "passport",
                                                "namba_ya_usajili": L(ADMISSION, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/fizi", fmt="form", headers=_h(rng, **b), body={
            "namba_ya_usajili": L(ADMISSION, UID), "mbesa": L("18500", BUY),
            "simu": L(KE_LINE, TEL), "lisiti": L(mpesa(rng), BUY), "term": "2026-T1"}),
        case(f, f"{a}/api/ivinda", headers=_h(rng, **b), query={
            "namba_ya_usajili": L(ADMISSION, UID), "term": "2026-T1"}),
        case(f, f"{a}/api/kuka", headers=_h(rng, **b), body={
            "kilasi": obj(rng, "ls"), "namba_ya_usajili": L(ADMISSION, UID),
            "vandu": {"lat": wla, "lng": wlo, "acc": 14},
            "workshop": {"id": "ws_ee_2", "lat": INSTITUTE["lat"], "lng": INSTITUTE["lon"]}}),
        multipart(f, f"{a}/api/wia/practical", [
            ("vicha", "string_wiring.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "namba_ya_usajili": L(ADMISSION, UID), "task": "pv_string_2x4",
                "ndeto": L("Two strings of four panels, fuse on each string", TEXT)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/wia/rig", rig, "application/x-protobuf", lab, headers=_h(rng, **b)),
        results,
        case(f, f"{a}/api/mutiani/register", headers=_h(rng, **b), body={
            "namba_ya_usajili": L(ADMISSION, UID), "mutiani": "trade_test_grade_3",
            "fee": L(2500, BUY), "centre": INSTITUTE["id"]}),
        case(f, f"{a}/api/ikulyo", headers=_h(rng, **b), body={
            "kwa": "instr_ee_04", "thread": obj(rng, "th"),
            "ikulyo": L("Can I bring my own multimeter to the practical exam?", TEXT)}),
        case(f, f"{a}/api/attachment", headers=_h(rng, **b), body={
            "namba_ya_usajili": L(ADMISSION, UID), "kampuni": "Example Solar Installers Ltd",
            "musimamizi": {"isyitwa": L("Daniel Mwikya", NAMEC),
                           "simu": L("+254700555846", TEL)},
            "kuma": "2026-04-06", "weeks": 8}),
        lines(f, f"{a}/api/attachment/logbook", [
            {"namba_ya_usajili": L(ADMISSION, UID), "mutheenya": "2026-04-07", "masaa": 7,
             "ndeto": L("Mounted rails on a tin roof, checked earthing", TEXT), "site": "st_31"},
            {"namba_ya_usajili": L(ADMISSION, UID), "mutheenya": "2026-04-08", "masaa": 6,
             "ndeto": L("Commissioned a 3 kW inverter with Daniel", TEXT), "site": "st_31"}],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/card", [
            ("vicha", "photo.jpg", "image/jpeg", L(JPEG + b"\x70", MEDIA)),
            ("meta", None, "application/json", {"namba_ya_usajili": L(ADMISSION, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kumantha", headers=_h(rng, **b), query={
            "q": L("inverter sizing 3kW off grid", SEARCH), "kosi": "solar_pv_installer_t3"}),
        case(f, f"{a}/api/cheti", headers=_h(rng, how="none"), cookies={
            "um_session": L(opaque(rng, "", 40), CRED),
            "um_ctx": W({"namba_ya_usajili": L(ADMISSION, UID), "term": "2026-T1"}, "b64json")}),
        case(f, f"{a}/api/profile/address", headers=_h(rng, **b), body={
            "musyi": L(HOME["line"], ADDR), "utui": L(HOME["area"], COARSE),
            "taoni": L(HOME["town"], COARSE), "posta": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/profile/emergency", fmt="form", headers=_h(rng, **b), body={
            "isyitwa": L(HUSBAND[0], NAMEC), "simu": L(HUSBAND[1], TEL), "relation": "muume"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/maundu", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "maundu": [
                ev("attendance", 1), ev("screen", 2, screen=L("Ivinda", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def umanyi_sdks() -> list[Case]:
    rng = random.Random(27252)
    return [
        mc_batch(APP, rng, [("Attendance Marked", {"lesson": "pv_strings"}),
                            ("Fees Paid", {"amount": L(18500, BUY)})],
                 at=WORKSHOP_FIX, nd=3),
        mc_queue(APP, rng, [("Logbook Entry", {"hours": 7}), ("Logbook Entry", {"hours": 6})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "fees_paid", {"term": "2026-T1"}, revenue=18500.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="solar,training,jobs"),
        bf_notice(APP, rng, "win"),
        cd_session(APP, rng, secs=1204),
        fn_eval(APP, rng, {"course": "solar_pv_installer_t3", "town": L("Machakos", COARSE)}),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"kosi": "solar_pv"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "2500.00", "kes"),
        mm_geocode(APP, rng, "Mua Hills Technical Institute", SEARCH, near=HOME_AT, nd=3),
    ]
