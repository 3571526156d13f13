"""A hand-pump repair app "Chapakal Seva" (``chapakal`` hand pump, a loan Santali speakers use;
a fictional block-level service where villagers report a broken India Mark II pump and the
block's repair team comes). Santali keys, ASCII-folded, with loans: ``nutum`` name, ``mobail``
phone, ``uku_sabad`` password, ``thikana`` address, ``ato`` village, ``tola`` hamlet, ``blok``
block, ``jila`` district, ``nalis`` complaint, ``kharap`` broken, ``mistri`` mechanic,
``chobi`` photo, ``sadé`` voice (``sade``), ``dak`` water, ``dak_gari`` water tanker,
``chanda`` contribution, ``taka`` amount, ``tho`` place, ``akhansa`` / ``dirghansa`` latitude
/ longitude, ``khobor`` message, ``katha`` remark, ``sujhao`` suggestion, ``hilok`` day,
``beboharic`` user, ``ghotona`` events, ``jontro`` device. Sign-up, a log-in, ``/inak``, pumps
near the in-laws' house, the broken-pump report with her fix, a photo, a voice note, her reports
by user ID in the path, the pump's history by pump ID in the path (a negative), the team's
visit, the visit confirmed with the handover code and her fix, a spare-part contribution, a
rating, an offline queue of reports (msgpack), an offline sync (JSON Lines), a summer tanker
request, a message to the mechanic, a suggestion, the village followed, a receipt by cookie,
push, events and a log-out. New: "chapakal" and "hand pump" app matched nothing in a docstring
grep ("hand pump" is an item in set 270's shop); sets 206 and 214 have village water
associations and committees (billing, meters, assemblies), set 170 a well-testing lab and set 283
a village head's app with a shared pump repair among its petitions: this is a repair desk only."""

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
    E164,
    EMAIL_UPPER,
    JPEG,
    M4A,
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
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families292_kit import (
    MECHANIC,
    MOTHER_IL,
    PUMP,
    PUMP_FIX,
    TZ,
    UPI,
    VILLAGE,
    VILLAGE_HOUSE_AT,
    fix,
    hd,
    obj,
)
from eval_families292_sdk import bs_bid, bs_notice, cr_session, hp_launch, lk_batch, lk_queue
from eval_families292_svc import hg_message, md_reverse, md_telemetry, ps_register, tj_upi
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("chapakal", "Chapakal Seva", "com.example.chapakalseva", "2.0.7",
          "https://api.chapakalseva.example.com")
IID = "X-Chapakal-Jontro"
PW = "Dak!Baskidih26"
VILLAGE_LINE = "Murmu orak, Majhi tola, Baskidih"  # the in-laws' house (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sat=True, **kw)


def chapakal() -> list[Case]:
    rng = random.Random(29251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobail=L(E164, TEL), ato=L(VILLAGE["name"], COARSE)))}
    pla, plo = fix(PUMP_FIX)
    vla, vlo = fix(PUMP_FIX, 4)
    mine = at_path(case(f, f"{a}/api/v2/beboharic/{USER_ID}/nalis", headers=_h(rng, **b),
                        query={"halot": "open"}), USER_ID, UID)
    ticket = obj(rng, "tk")
    return [
        case(f, f"{a}/api/v2/bhorti", headers=_h(rng), body={
            "nutum": L(NAME, NAMEC), "mobail": L(E164, TEL), "email": L(EMAIL, MAIL),
            "uku_sabad": L(PW, CRED), "thikana": L(VILLAGE_LINE, ADDR),
            "ato": L(VILLAGE["name"], COARSE), "blok": L(VILLAGE["block"], COARSE),
            "jila": L(VILLAGE["district"], COARSE), "pin": L(VILLAGE["pin"], COARSE)}),
        case(f, f"{a}/api/v2/bolo", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "uku_sabad": L(PW, CRED)}),
        case(f, f"{a}/api/v2/inak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/chapakal/nearby", headers=_h(rng, **b), query={
            "akhansa": L(f"{VILLAGE_HOUSE_AT[0]:.3f}", PRECISE),
            "dirghansa": L(f"{VILLAGE_HOUSE_AT[1]:.3f}", PRECISE), "km": "2"}),
        case(f, f"{a}/api/v2/nalis", headers=_h(rng, **b), body={
            "chapakal": PUMP["id"], "tag": PUMP["tag"], "kharap": ["handle_dhila", "dak_ban"],
            "tho": {"akhansa": pla, "dirghansa": plo, "sudhi_m": 6},
            "chapakal_tho": {"akhansa": PUMP["lat"], "dirghansa": PUMP["lon"]},
            "katha": L("Handle is loose and no water comes since Tuesday; the whole tola uses "
                       "the pond now.", TEXT),
            "ticket": ticket}),
        multipart(f, f"{a}/api/v2/nalis/chobi", [
            ("chobi", "chapakal_kharap.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"ticket": ticket, "chapakal": PUMP["id"]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/nalis/sade", [
            ("audio", "sade_mistri.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"ticket": ticket, "seconds": 23})],
            headers=_h(rng, **b)),
        mine,
        case(f, f"{a}/api/v2/chapakal/{PUMP['id']}/itihas", headers=_h(rng, **b),
             query={"serma": "2025"}),
        case(f, f"{a}/api/v2/mistri/visit", headers=_h(rng, **b), query={
            "ticket": ticket, "team": MECHANIC["id"]}),
        case(f, f"{a}/api/v2/mistri/visit/confirm", headers=_h(rng, **b), body={
            "ticket": ticket, "handover_code": L("7731", CRED),
            "tho": {"akhansa": vla, "dirghansa": vlo},
            "parts": [{"nutum": "cup_washer", "ganan": 2}, {"nutum": "chain", "ganan": 1}]}),
        case(f, f"{a}/api/v2/chanda", fmt="form", headers=_h(rng, **b), body={
            "ticket": ticket, "taka": L("350", BUY), "upi": L(UPI, PAY),
            "hor_ganan": "14"}),
        case(f, f"{a}/api/v2/reting", headers=_h(rng, **b), body={
            "team": MECHANIC["id"], "tara": 4,
            "katha": L("They came on the third day and fixed it in an hour, thank you.", TEXT)}),
        case(f, f"{a}/api/v2/nalis/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "beboharic": L(USER_ID, UID),
            "nalis": [{"chapakal": PUMP["id"], "kharap": "dak_ban", "t": 1770710400,
                       "tho": {"akhansa": L(round(PUMP_FIX[0], 5), PRECISE),
                               "dirghansa": L(round(PUMP_FIX[1], 5), PRECISE)}},
                      {"chapakal": "hp_bsk_02", "kharap": "ghola_dak", "t": 1770714000,
                       "tho": {"akhansa": L(23.93301, PRECISE),
                               "dirghansa": L(87.04519, PRECISE)}}]}),
        lines(f, f"{a}/api/v2/sync", [
            {"op": "bucket_strokes", "chapakal": PUMP["id"], "strokes": 38, "by": L(USER_ID,
                                                                                   UID)},
            {"op": "seen_working", "chapakal": "hp_bsk_02", "t": 1771315200}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/dak_gari", headers=_h(rng, **b), body={
            "thikana": L(VILLAGE_LINE, ADDR), "ato": L(VILLAGE["name"], COARSE),
            "mobail": L(MOTHER_IL[1], TEL), "hilok": "2026-05-12", "liter": 500}),
        case(f, f"{a}/api/v2/khobor", headers=_h(rng, **b), body={
            "ema": MECHANIC["id"],
            "khobor": L("Mistri babu, please call my hanhar Phulmani Murmu on +919973041186, "
                        "she is at home all day.", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v2/sujhao", fmt="form", headers=_h(rng, **b), body={
            "sujhao": L("Please put a platform and drain at pump 4, the water stands in the "
                        "lane.", TEXT), "chapakal": PUMP["id"]}),
        case(f, f"{a}/api/v2/ato/follow", headers=_h(rng, **b), body={
            "ato": L(VILLAGE["name"], COARSE), "blok": L(VILLAGE["block"], COARSE),
            "notify": True}),
        case(f, f"{a}/api/v2/rasid/latest", headers=_h(rng, how="none"), cookies={
            "cs_sesia": L(opaque(rng, "", 40), CRED), "cs_jontro": L(INSTALL_ID, DID),
            "cs_req": rid(rng)}),
        case(f, f"{a}/api/v2/jontro", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "jontro_id": L(INSTALL_ID, DID),
            "parsi": L("sat", DEV), "okte_tho": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v2/ghotona", gz=True, headers=_h(rng, **b), body={
            "beboharic": L(USER_ID, UID), "ghotona": [
                ev("nalis_sent", 1), ev("screen", 2, screen=L("PumpMap", USAGE))]}),
        case(f, f"{a}/api/v2/bahre", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "jontro": L(INSTALL_ID, DID)}),
    ]


def chapakal_sdks() -> list[Case]:
    rng = random.Random(29252)
    return [
        lk_batch(APP, rng, [("Report Sent", {"fault": "no_water"}),
                            ("Visit Confirmed", {"stars": 4})], at=PUMP_FIX, nd=3,
                 locale="sat_IN"),
        lk_queue(APP, rng, [("Report Queued", {"fault": "no_water"}), ("Photo Queued", {})]),
        hp_launch(APP, rng, first=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="water,village,repair",
               city="Jamtara"),
        bs_notice(APP, rng, "imp"),
        cr_session(APP, rng, secs=276),
        ps_register(APP, rng, at=VILLAGE_HOUSE_AT, nd=2, lang="sat",
                    tags={"ato": L(VILLAGE["name"], COARSE)}),
        md_reverse(APP, rng, PUMP_FIX, PRECISE, nd=4),
        md_telemetry(APP, rng, [PUMP_FIX, VILLAGE_HOUSE_AT], PRECISE),
        tj_upi(APP, rng, "350", L(UPI, PAY), kind="collect"),
        hg_message(APP, rng, L("My report for pump JMT-NALA-BSK-04 shows closed but it is not "
                               "fixed", TEXT), {"beboharic": L(USER_ID, UID)}),
    ]
