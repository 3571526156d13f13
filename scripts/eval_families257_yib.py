"""The Yap State e-arrival declaration app "Yibwaab" (``yib`` come, ``Waab`` Yap: the traveller's
entry, customs, agricultural quarantine and health form filled in before landing, with a QR pass
shown at the arrival desk). She flies back from Guam with her sister Emily, who visits for a
month. Its API's keys are Yapese with the English words of the paper form (``passport``,
``flight``, ``customs``): ``fithingan`` first name, ``fithingan_e_tabinaw`` family name,
``imeil`` e-mail, ``telefon`` phone, ``thin_ko_mith`` password, ``rran_ni_gargeel`` birth date,
``ppin_pumoon`` sex, ``tafen`` residence (address on Yap), ``binaw`` village, ``nam``
municipality, ``walag`` companion (friend / sibling), ``mar`` illness, ``falay`` medicine,
``salpiy`` value / amount, ``pi_salpiy`` payment, ``sasing`` picture (scan), ``thin`` message,
``gay`` search, ``rran`` day: a traveller account, an e-mail code, ``/me``, her passport page
scan, the declaration (flight, booking, where she came from, her address on Yap, her FSM social
security number as a resident worker), the companion's details, the health questions, the
customs list, the quarantine questions, the duty payment, the QR pass by declaration number in
the path, the arrival-hall check-in (her fix), a protobuf desk-queue beat, an offline draft sync
(msgpack), a search, a message to the desk, a lost-bag report, a cookie GET with base64 JSON
preferences, her past declarations, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families24_kit import claims, rid
from eval_families257_kit import (
    AIRPORT,
    ARRIVAL_FIX,
    DECL,
    FM_NET,
    FM_SSN,
    HOME_AT,
    PASSPORT,
    PNR,
    SISTER_US,
    YAP_HOME,
    fix,
    hd,
    push,
)
from eval_families257_sdk import (
    bb_bid,
    bb_notice,
    cm_crash,
    cm_crumb,
    rt_event,
    rt_launch,
    tm_batch,
    tm_identify,
)
from eval_families257_svc import (
    cs_check,
    fp_card,
    fp_confirm,
    mw_route,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("yibwaab", "Yibwaab", "com.example.yibwaab", "1.0.9", "https://api.yibwaab.example.org")
IID = "X-Yib-Device"
PW = "Waab!Arrive2026"
NID = "personal.national_id"
SISTER_PASSPORT = "A48810327"  # her sister's US passport, typed by her (personal.national_id)
SISTER_DOB = "1994-02-11"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, yap=True, **kw)


def yibwaab() -> list[Case]:
    rng = random.Random(25771)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), passport=L(PASSPORT, NID)))}
    ala, alo = fix(ARRIVAL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(DECL, UID)), (2, "lane_2"), (3, 1768896000),
               (4, [(1, L(round(ARRIVAL_FIX[0], 4), PRECISE)),
                    (2, L(round(ARRIVAL_FIX[1], 4), PRECISE))]),
               (5, L(38, DEV))], "", lab)
    qr = at_path(case(f, f"{a}/v1/declarations/{DECL}/qr", headers=_h(rng, **b)), DECL, UID)
    return [
        case(f, f"{a}/v1/travellers", headers=_h(rng), body={
            "fithingan": L(FIRST, NAMEC), "fithingan_e_tabinaw": L(LAST, NAMEC),
            "imeil": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL), "thin_ko_mith": L(PW, CRED),
            "rran_ni_gargeel": L(DOB, BIRTH), "ppin_pumoon": L("ppin", GENDER),
            "citizenship": "US"}),
        case(f, f"{a}/v1/auth/email-code", fmt="form", headers=_h(rng), body={
            "imeil": L(EMAIL, MAIL), "code": L("640915", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/passport/scan", [
            ("sasing", "passport_page.jpg", "image/jpeg", L(JPEG + b"\x4f", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"passport": L(PASSPORT, NID),
                                                "expires": "2031-06-30", "country": "USA"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/declarations", headers=_h(rng, **b), body={
            "declaration": L(DECL, UID), "flight": "XY172", "seat": "14C",
            "booking_ref": L(PNR, BUY), "from": L("Guam", COARSE), "rran": "2026-01-20",
            "passport": L(PASSPORT, NID), "fm_social_security": L(FM_SSN, NID),
            "tafen": L(YAP_HOME["line"], ADDR), "binaw": L(YAP_HOME["village"], COARSE),
            "nam": L(YAP_HOME["muni"], COARSE), "telefon": L(E164, TEL), "purpose": "resident",
            "network": L(FM_NET, CARRIER)}),
        at_path(case(f, f"{a}/v1/declarations/{DECL}/walag", headers=_h(rng, **b), body={
            "walag": [{"fithingan": L(SISTER_US[0], NAMEC),
                       "passport": L(SISTER_PASSPORT, NID),
                       "rran_ni_gargeel": L(SISTER_DOB, BIRTH), "relation": "sister",
                       "tafen": L(YAP_HOME["line"], ADDR), "stay_days": 30}]}), DECL, UID),
        at_path(case(f, f"{a}/v1/declarations/{DECL}/health", headers=_h(rng, **b), body={
            "fever": L(False, MED), "cough": L(False, MED), "rash": L(False, MED),
            "falay": [L("metformin 500 mg", MED)], "mar_contact": L(False, MED)}), DECL, UID),
        at_path(case(f, f"{a}/v1/declarations/{DECL}/customs", headers=_h(rng, **b), body={
            "items": [{"thing": "rice cooker", "qty": 1}, {"thing": "running spikes", "qty": 1},
                      {"thing": "cigarettes", "qty": 0}],
            "salpiy": L(420, BUY), "cash_over_10k": False}), DECL, UID),
        at_path(case(f, f"{a}/v1/declarations/{DECL}/quarantine", fmt="form",
                     headers=_h(rng, **b), body={
            "fresh_fruit": "no", "seeds": "no", "meat": "yes", "meat_kind": "canned",
            "soil": "no"}), DECL, UID),
        case(f, f"{a}/v1/duty/pay", fmt="form", headers=_h(rng, **b), body={
            "declaration": L(DECL, UID), "salpiy": L("12.60", BUY), "currency": "USD",
            "pi_salpiy": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        qr,
        case(f, f"{a}/v1/arrival/checkin", headers=_h(rng, **b), body={
            "declaration": L(DECL, UID), "at": {"lat": ala, "lon": alo},
            "airport": {"id": AIRPORT["id"], "lat": AIRPORT["lat"], "lon": AIRPORT["lon"]}}),
        raw(f, f"{a}/v1/arrival/queue", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/drafts/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "declaration": L(DECL, UID), "step": 4, "booking_ref": L(PNR, BUY),
            "user": L(USER_ID, UID), "saved": 1768890000}),
        case(f, f"{a}/v1/gay", headers=_h(rng, **b), query={
            "gay": L("duty free allowance tobacco", SEARCH), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/thin", headers=_h(rng, **b), body={
            "to": "desk_arrivals", "declaration": L(DECL, UID),
            "thin": L("My sister's bag did not come off the Guam flight, what do we do?", TEXT)}),
        case(f, f"{a}/v1/bags/lost", headers=_h(rng, **b), body={
            "tag": "GU004471", "flight": "XY172",
            "thin": L("Blue hard suitcase with a red ribbon", TEXT),
            "deliver_to": {"fithingan": L(SISTER_US[0], NAMEC),
                           "tafen": L(YAP_HOME["line"], ADDR), "telefon": L(E164, TEL)}}),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"), cookies={
            "yb_sid": L(opaque(rng, "", 40), CRED),
            "yb_prefs": W({"lang": L("yap", DEV), "traveller": L(USER_ID, UID)}, "b64json"),
            "yb_req": rid(rng)}),
        case(f, f"{a}/v1/declarations", headers=_h(rng, **b), query={
            "passport": L(PASSPORT, NID), "since": "2025-01-01"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng),
                                                                 lang="yap_FM")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L(INSTALL_ID, "id.device"), "events": [
                ev("declaration_submitted", 1), ev("qr_shown", 2),
                ev("screen", 3, screen=L("Customs", USAGE))]}),
    ]


def yibwaab_sdks() -> list[Case]:
    rng = random.Random(25772)
    return [
        tm_batch(APP, rng, [("Declaration Submitted", {"step": 6}),
                            ("QR Shown", {})], at=ARRIVAL_FIX, nd=3, locale="yap_FM"),
        tm_identify(APP, rng, {"nam": L("Tomil", COARSE), "trips": 3, "resident": True}),
        rt_launch(APP, rng, first=True),
        rt_event(APP, rng, "declaration", {"declaration": L(DECL, UID)}),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ARRIVAL_FIX, nd=2,
               keywords="travel,duty free,guam"),
        bb_notice(APP, rng, "imp"),
        cm_crash(APP, rng, ("java.lang.IllegalArgumentException", "mrz parse"),
                 [cm_crumb("nav", "Passport -> Scan")], screen="ScanActivity"),
        cs_check(APP, rng, {"analytics": True}),
        fp_card(APP, rng),
        fp_confirm(APP, rng, "12.60"),
        mw_route(APP, rng, [((AIRPORT["lat"], AIRPORT["lon"]), None), (HOME_AT, PRECISE)]),
        pp_register(APP, rng, lang="yap", tags={"nam": L("Tomil", COARSE)}),
    ]
