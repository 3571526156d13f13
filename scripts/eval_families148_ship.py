"""The outer-island field-trip ship's passage and cargo app "Ailinwa" (``aelōñ`` atoll, ``wa``
ship: the government field-trip ship from Majuro's Uliga dock to the outer atolls; its API's keys
are Marshallese). Unlike set 126's inter-island ferry tickets (and sets 41, 59, 70, 95's ferries)
it is a field trip: a berth on a multi-atoll voyage, cargo consigned to relatives on the atoll
(rice, fuel drums, a generator), copra loaded at the atoll for the return, and a sailing
schedule that slips with the weather. Calls: sign-up (form, Marshallese keys), an SMS code,
``/me`` with a JWT, the voyage schedule, a berth booking, the ticket payment, a cargo
consignment, a cargo photo, the manifest (msgpack), the dock check-in with her fix, a protobuf
position beat at sea, a delay alert subscription, her passport for the manifest, the return
copra, a message to the purser, the ticket by number in the path, statements by a cookie GET,
the family's beach landing, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
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
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families148_kit import (
    ARNO_AT,
    DOCK,
    DOCK_FIX,
    HUSBAND,
    MAJ_HOME,
    NATIONAL_ID,
    PASSENGER,
    PASSPORT,
    SHIP,
    SIS_IN_LAW,
    TICKET,
    fix,
    hd,
    obj,
    push,
)
from eval_families148_sdk import (
    bo_bid,
    bo_notice,
    cn_crash,
    cn_crumb,
    sb_batch,
    sb_queue,
    tp_launch,
)
from eval_families148_svc import cj_card, cj_confirm, fa_eval, hf_message, ms_reverse, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ailinwa", "Ailinwa", "com.example.ailinwa", "3.1.4", "https://api.ailinwa.example.net")
IID = "X-AW-Device"
NID = "personal.national_id"
PW = "Jeramman!Arno7"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mh=True, **kw)


def ailinwa() -> list[Case]:
    rng = random.Random(14811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nomba_pasinja=L(PASSENGER, UID), imel=L(EMAIL, MAIL)))}
    dla, dlo = fix(DOCK_FIX, 6)
    sea = (7.074418, 171.552907)  # her phone at sea between Majuro and Arno
    lab: dict[str, str] = {}
    beat = pb([(1, L(PASSENGER, UID)), (2, SHIP["id"]), (3, 1765401200),
               (4, [(1, L(sea[0], PRECISE)), (2, L(sea[1], PRECISE)), (3, 25.0)]),
               (5, L(41, DEV))], "", lab)
    tkt = at_path(case(f, f"{a}/v2/tiket/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    cargo = obj(rng, "cg")
    return [
        case(f, f"{a}/v2/kwelok/kalikkar", fmt="form", headers=_h(rng), body={
            "etan": L(FIRST, NAMEC), "etan_bwij": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "nomba_telpon": L(E164, TEL), "pasword": L(PW, CRED),
            "ran_in_lotak": L("17/05/1991", BIRTH), "kora_emmaan": L("kora", GENDER),
            "jikin_jokwe": L(MAJ_HOME["line"], ADDR), "aelon": L("Majuro", COARSE),
            "nomba_aidentiti": L(NATIONAL_ID, NID), "paleen": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v2/kwelok/sms", headers=_h(rng), body={
            "nomba_telpon": L(E164, TEL), "kood": L("551904", CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/kwelok/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ailinwa-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/jerak", headers=_h(rng, **b), query={
            "jen": "Majuro", "nan": "Arno,Mili", "allon": "2026-01"}),
        case(f, f"{a}/v2/jerak/ft-2601/bed", headers=_h(rng, **b), body={
            "nomba_pasinja": L(PASSENGER, UID), "wa": SHIP["id"], "kilaas": "deck",
            "aelon_nan": L("Arno", COARSE), "ien_jerak": "2026-01-08T07:00:00+12:00",
            "ro_rej_itok": [{"etan": L(HUSBAND[0], NAMEC), "ded": "adult"},
                            {"etan": L("Tobin Jibas", NAMEC), "ded": "child",
                             "ran_in_lotak": L("2014-08-02", BIRTH)}],
            "wonaan": L(84.0, BUY), "mani": "USD"}),
        case(f, f"{a}/v2/tiket", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "wonaan": L(84.0, BUY), "kwalkol": "card",
            "pm": L(opaque(rng, "pm_", 24), PAY), "ikdelel": rid(rng)}),
        case(f, f"{a}/v2/mweiuk", headers=_h(rng, **b), body={
            "nomba_pasinja": L(PASSENGER, UID), "mweiuk": [
                {"kain": "rice 20kg", "bwe": 6}, {"kain": "fuel drum", "bwe": 2},
                {"kain": "generator 2kW", "bwe": 1}],
            "nan": {"etan": L(SIS_IN_LAW[0], NAMEC), "nomba_telpon": L(SIS_IN_LAW[1], TEL),
                    "aelon": L("Arno", COARSE), "bukwon": L("Ine", COARSE)},
            "wonaan": L(46.5, BUY), "kg": 188}),
        multipart(f, f"{a}/v2/mweiuk/{cargo}/pija", [
            ("pija", "cargo.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"mweiuk": cargo, "bwe": 9})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/manifest/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "nomba_pasinja": L(PASSENGER, UID), "tiket": L(TICKET, BUY),
            "queued": [{"kind": "seat_view", "ts": 1765390101},
                       {"kind": "cargo_tag", "tag": "ARN-0091", "ts": 1765390402}]}),
        case(f, f"{a}/v2/dock/checkin", headers=_h(rng, **b), body={
            "dock": DOCK["id"], "tiket": L(TICKET, BUY), "lat": dla, "lon": dlo,
            "ro_rej_itok": 3}),
        raw(f, f"{a}/v2/wa/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/alerts", fmt="form", headers=_h(rng, **b), body={
            "jerak": "ft-2601", "nomba_telpon": L(E164, TEL), "sms": "1"}),
        multipart(f, f"{a}/v2/pasinja/passport", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\xa2", f"{MEDIA}|{NID}")),
            ("data", None, "application/json", {
                "nomba_passport": L(PASSPORT, NID), "nationality": "USA",
                "ran_in_lotak": L(DOB, BIRTH)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/copra/return", headers=_h(rng, **b), body={
            "nomba_pasinja": L(PASSENGER, UID), "bwe": 22, "kg": 1180, "wonaan_kg": 0.5,
            "jikin": {"lat": L(ARNO_AT[0], PRECISE), "lon": L(ARNO_AT[1], PRECISE)}}),
        case(f, f"{a}/v2/kennaan", headers=_h(rng, **b), body={
            "nan": "purser", "kennaan": L(
                "Kwe maron ke kōnono ippa? My sister-in-law Rosalind waits at Ine for the rice",
                f"{TEXT}|{NAMEC}"), "ref": rid(rng)}),
        tkt,
        case(f, f"{a}/v2/statements", headers=_h(rng, how="none"), query={"iio": "2025"},
             cookies={"aw_sess": L(opaque(rng, "", 40), CRED), "aw_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/landing", headers=_h(rng, **b), query={
            "lat": L(f"{ARNO_AT[0]:.5f}", PRECISE), "lon": L(f"{ARNO_AT[1]:.5f}", PRECISE),
            "boat": "skiff"}),
        case(f, f"{a}/v2/emergency", headers=_h(rng, **b), body={
            "etan": L(HUSBAND[0], NAMEC), "nomba_telpon": L(HUSBAND[1], TEL),
            "ro": "paleen"}),
        case(f, f"{a}/v2/kwelok/jikin", fmt="form", headers=_h(rng, **b), body={
            "nomba_pasinja": L(PASSENGER, UID), "jikin_jokwe": L(MAJ_HOME["line"], ADDR),
            "bukwon": L(MAJ_HOME["area"], COARSE), "nomba_telpon": L("(555) 010-0199", TEL)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "mh_MH")),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("berth_booked", 1), ev("cargo_added", 2),
                ev("screen", 3, screen=L("Jerak", USAGE))]}),
        case(f, f"{a}/v2/config", headers=_h(rng, **b), query={"app": APP.ver,
                                                            "lang": L("mh", DEV)}),
        case(f, f"{a}/v2/kwelok/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 40), CRED)}),
    ]


def ailinwa_sdks() -> list[Case]:
    rng = random.Random(14812)
    return [
        sb_batch(APP, rng, [("Berth Booked", {"fare": L(84.0, BUY)}),
                            ("Schedule Viewed", {"voyage": "ft-2601"})], at=DOCK_FIX, nd=2),
        sb_queue(APP, rng, [("Cargo Tagged", {"items": 3}), ("Manifest Synced", {})]),
        tp_launch(APP, rng, first=True),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="ship,atoll,cargo"),
        bo_notice(APP, rng, "win"),
        cn_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout at sea"),
                 [cn_crumb("nav", "Jerak"),
                  cn_crumb("net", "POST", {"url": f"{APP.api}/v2/wa/beat", "status": 0})],
                 screen="VoyageActivity"),
        cj_card(APP, rng, email=True),
        cj_confirm(APP, rng, "84.00"),
        ps_register(APP, rng, tags={"aelon": L("Arno", COARSE)}, lang="mh"),
        fa_eval(APP, rng, {"atoll": L("Majuro", COARSE)}),
        ms_reverse(APP, rng, ARNO_AT, PRECISE, 5),
        hf_message(APP, rng, L("The ship left without my cargo tag ARN-0091", TEXT),
                   {"passenger": L(PASSENGER, UID)}),
    ]
