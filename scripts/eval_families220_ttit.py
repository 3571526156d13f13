"""The Tonoas municipality's seawall and shore-erosion app "Ttitin Mataw" (``ttit`` wall,
``mataw`` open sea: "the sea wall"): residents report the eroding shore and king-tide floods with
photos, sign up for the seawall work days, ask for sandbags, register their household for
relocation help and file damage claims. Its API's keys are Chuukese with English: ``it`` /
``iten_famili`` name / surname, ``nampaan_fon`` phone, ``kood`` code, ``sopw`` village, ``fonu``
island, ``leeni`` place, ``foto`` photo, ``kapas`` message, ``konik`` water, ``ran`` day,
``fansoun`` time, ``angang`` work, ``aramas`` people, ``chommong`` count, ``imw`` house,
``leenien_nonnom`` residence, ``aninnis`` help, ``moni`` amount, ``akaun`` account,
``fonuen_famili`` family land, ``ierin`` age, ``kuta`` search: joining as a reporter, an SMS
code, ``/ngang``, an erosion report with her fix and a photo, a king-tide flood report (gzip), the
segments, the tide table, a work day, sandbags to the house, the family land's corners, the
household for relocation help (the aunt's wheelchair), a damage claim and its payout account, an
offline queue (JSON Lines), the community tide gauge (msgpack), a protobuf beat, a message to the
engineer, her reports by reporter number in the path, a search, a session cookie, push and
events. A Tuvalu set has a reclaimed-land plot application and taro-pit salinity; no set has a
seawall or shore-erosion reporting app ("seawall", "sea wall", "erosion", "coastal", "sandbag",
"flood report" matched no docstring)."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families220_kit import (
    AUNT,
    DAUGHTER,
    FM_ACCOUNT,
    HOME,
    HOME_AT,
    HUSBAND,
    PARCEL_AT,
    REPORTER,
    SEGMENTS,
    SHORE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families220_sdk import bf_bid, cm_session, mn_batch, mn_queue, tw_launch
from eval_families220_svc import (
    fp_eval,
    ha_attach,
    ha_message,
    ms_reverse,
    ms_telemetry,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ttitinmataw", "Ttitin Mataw", "com.example.ttitinmataw", "1.0.9",
          "https://api.ttitinmataw.example.net")
IID = "X-TM-Device"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, chk=True, **kw)


def ttitinmataw() -> list[Case]:
    rng = random.Random(22051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, reporter=L(REPORTER, UID), phone=L(E164, TEL)))}
    sla, slo = fix(SHORE_AT)
    fla, flo = fix(HOME_AT, 5)
    rep = obj(rng, "rp")
    lab: dict[str, str] = {}
    beat = pb([(1, L(REPORTER, UID)), (2, rep), (3, 1771400000),
               (4, [(1, L(SHORE_AT[0], PRECISE)), (2, L(SHORE_AT[1], PRECISE)), (3, 5.0)]),
               (5, L(38, DEV))], "", lab)
    mine = at_path(case(f, f"{a}/api/reporters/{REPORTER}/reports", headers=_h(rng, **b),
                        query={"ier": "2026"}), REPORTER, UID)
    return [
        case(f, f"{a}/api/reporters", headers=_h(rng), body={
            "it": L(FIRST, NAMEC), "iten_famili": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nampaan_fon": L(E164, TEL), "sopw": L(HOME["village"], COARSE),
            "fonu": L(HOME["island"], COARSE), "reporter": L(REPORTER, UID)}),
        case(f, f"{a}/api/auth/kood", fmt="form", headers=_h(rng), body={
            "nampaan_fon": L(E164, TEL), "kood": L("840271", CRED)}),
        case(f, f"{a}/api/ngang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/reports/erosion", headers=_h(rng, **b), body={
            "report": rep, "leeni": {"lat": sla, "lon": slo, "acc": 5},
            "segment": {"id": "sg_ncp_03", "lat": SEGMENTS[0][0], "lon": SEGMENTS[0][1]},
            "kapas": L("The sea took two more metres in front of our house, the breadfruit tree "
                       "is falling", TEXT), "ran": "2026-02-18"}),
        multipart(f, f"{a}/api/reports/{rep}/foto", [
            ("foto", "shore.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"reporter": L(REPORTER, UID),
                                                "taken": "2026-02-18T17:20"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/reports/flood", gz=True, headers=_h(rng, **b), body={
            "leeni": {"lat": fla, "lon": flo}, "konik_cm": 35, "imw_chommong": 4,
            "fansoun": "2026-02-19T06:10",
            "kapas": L("King tide water inside our kitchen this morning", TEXT),
            "reporter": L(REPORTER, UID)}),
        case(f, f"{a}/api/segments", headers=_h(rng, **b), query={
            "sopw": L(HOME["village"], COARSE), "status": "all"}),
        case(f, f"{a}/api/tides", headers=_h(rng, **b), query={
            "station": "tonoas_east", "from": "2026-02-18", "days": "7"}),
        case(f, f"{a}/api/workdays/wd_0301/join", headers=_h(rng, **b), body={
            "aramas": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)], "chommong": 2,
            "tools": ["shovel", "wheelbarrow"], "mwenge": "bring lunch"}),
        case(f, f"{a}/api/sandbags", fmt="form", headers=_h(rng, **b), body={
            "chommong": "40", "leenien_nonnom": L(HOME["line"], ADDR),
            "nampaan_fon": L(HUSBAND[1], TEL), "reporter": L(REPORTER, UID)}),
        case(f, f"{a}/api/land", headers=_h(rng, **b), body={
            "fonuen_famili": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PARCEL_AT],
            "owner": L(HUSBAND[0], NAMEC), "sopw": L(HOME["village"], COARSE),
            "shore_m": 31}),
        case(f, f"{a}/api/relocation/household", headers=_h(rng, **b), body={
            "reporter": L(REPORTER, UID), "imw": [
                {"it": L(f"{FIRST} {LAST}", NAMEC), "ierin": L(34, BIRTH)},
                {"it": L(HUSBAND[0], NAMEC), "ierin": L(39, BIRTH)},
                {"it": L(KID, NAMEC), "ierin": L(13, BIRTH)},
                {"it": L(AUNT[0], NAMEC), "ierin": L(AUNT[2], BIRTH),
                 "aninnis": L("wheelchair user", f"{SENS}|{MED}")}]}),
        case(f, f"{a}/api/claims", headers=_h(rng, **b), body={
            "claim": obj(rng, "cl"), "kind": "storm_damage", "moni": L(1200, BUY),
            "kapas": L("Kitchen wall and water tank broken by the waves", TEXT),
            "reporter": L(REPORTER, UID)}),
        case(f, f"{a}/api/claims/payout", fmt="form", headers=_h(rng, **b), body={
            "akaun": L(FM_ACCOUNT, PAY), "it_akaun": L(f"{FIRST} {LAST}", NAMEC),
            "bank": "Lagoon Savings"}),
        lines(f, f"{a}/api/queue", [
            {"kind": "note", "leeni": [L(round(SHORE_AT[0], 5), PRECISE),
                                       L(round(SHORE_AT[1], 5), PRECISE)],
             "kapas": L("Waves over the wall at 6 am", TEXT), "t": 1771398000},
            {"kind": "photo_meta", "report": rep, "bytes": 284110, "t": 1771398060}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/gauge", fmt="msgpack", headers=_h(rng, **b), body={
            "gauge": "tg_ton_e", "readings": [{"t": 1771398000 + 600 * i, "cm": 182 + 4 * i}
                                              for i in range(4)],
            "by": L(REPORTER, UID)}),
        raw(f, f"{a}/api/reports/{rep}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kapas", headers=_h(rng, **b), body={
            "ngeni": "engineer", "report": rep,
            "kapas": L("Please come before the March tides, call my husband Simiron Nukuto on "
                       "+6919304418", f"{TEXT}|{NAMEC}|{TEL}")}),
        mine,
        case(f, f"{a}/api/kuta", headers=_h(rng, **b), query={
            "kuta": L("sandbag delivery Nechap", SEARCH)}),
        case(f, f"{a}/api/notices", headers=_h(rng, how="none"), cookies={
            "tm_sess": L(opaque(rng, "", 40), CRED), "tm_dev": L(INSTALL_ID, DID),
            "tm_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "chk_FM")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("report_sent", 1), ev("screen", 2, screen=L("Segments", USAGE))]}),
    ]


def ttitinmataw_sdks() -> list[Case]:
    rng = random.Random(22052)
    return [
        mn_batch(APP, rng, [("Report Sent", {"kind": "erosion"}),
                            ("Workday Joined", {"people": 2})], at=SHORE_AT, nd=3,
                 locale="chk_FM"),
        mn_queue(APP, rng, [("Photo Queued", {"bytes": 284110}), ("Note Queued", {})]),
        tw_launch(APP, rng, first=True, user=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="weather,tides,island"),
        cm_session(APP, rng, secs=732),
        fp_eval(APP, rng, {"sopw": L("Nechap", COARSE), "role": "reporter"}),
        pk_register(APP, rng, at=HOME_AT, nd=2, lang="chk",
                    tags={"sopw": L("Nechap", COARSE), "alerts": "king_tide"}),
        ms_telemetry(APP, rng, [SHORE_AT, HOME_AT], PRECISE),
        ms_reverse(APP, rng, SHORE_AT, PRECISE, nd=4),
        ha_attach(APP, rng, L(JPEG + b"\x72", MEDIA), "wall.jpg", "image/jpeg"),
        ha_message(APP, rng, L("The flood report did not send from the boat", TEXT),
                   {"reporter": L(REPORTER, UID)}),
    ]
