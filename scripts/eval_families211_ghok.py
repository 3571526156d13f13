"""Cattle raid and stray registry "Tiitghok" (tiit guard + ghok cattle; a county livestock
registry run with the police desk in Bor: a herd's brand, each animal's colour pattern and ear
cuts, raids and strays reported, tips, transfers). Its API's keys are Dinka, ASCII-folded as a
Bor developer writes them (``ɛ`` e, ``ɔ`` o, ``ŋ`` ng, ``ɣ`` gh, umlauts dropped), with English
``email``, ``token`` and ``id``: ``rin`` name, ``rin_wun`` father's name (the surname),
``namba_telefon`` phone number, ``wel_thiaan`` password (lit. hidden word), ``akool_dhieth``
birth date, ``namba_athor`` ID document number, ``tik_ku_mony`` sex (``tik`` woman),
``pan_dit`` town, ``piny`` state, ``dhien`` lineage (clan section), ``wut`` cattle camp,
``yen`` me, ``ghok`` cattle, ``weng`` cow, ``thon`` bull, ``kuen`` count, ``kit`` brand mark,
``kit_guop`` colour pattern, ``yith_tem`` ear cuts, ``run`` age (years), ``thura`` photo,
``cuer`` theft (a raid report), ``luk`` case, ``te`` place, ``akool`` day, ``jam`` message,
``koor`` search, ``bany`` chief, ``raan`` person / user, ``mony`` husband, ``wanmath`` brother,
``ruai`` marriage (in-laws), ``raan_ghok`` the cattle's owner, ``raan_gam`` receiver,
``raan_ci_tiet`` witness, ``rin_ghok`` a cow's name, ``ghok_kor`` calves, ``muk`` keep (me
signed in), ``weu`` money / amount, ``namba_ngic`` code, ``thok`` language.
Sign-up, log-in, ``/yen``, the family herd registered (her husband as owner with his national
ID, his brother as herder), cows with their patterns, a photo, the herd by number in the path,
a raid report with her fix at the camp, the police case linked, a search, a tip, a reward
pledge, a protobuf camp beat, a msgpack count sheet, alerts by cookie, an alert area, a message
to the camp's chief, three cows given in a cousin's marriage, a base64 JSON link form, push,
events and a log-out. Sets 107 (a zebu market) and 130 (a cattle-post vaccination record) have
cattle apps; none is a raid and stray registry with brands and ear cuts."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families24_kit import claims, rid
from eval_families211_kit import (
    BROTHER_IL,
    CAMP,
    CAMP_FIX,
    HERD,
    HUSBAND,
    HUSBAND_NID,
    JUBA_HOME,
    LOCAL_PHONE,
    POLICE,
    RAID_CASE,
    WORK_PERMIT,
    fix,
    hd,
    obj,
)
from eval_families211_sdk import (
    bw_bid,
    bw_notice,
    ct_crash,
    ct_crumb,
    ka_batch,
    ka_identify,
    ty_event,
    ty_launch,
)
from eval_families211_svc import cw_wallet, hl_message, mn_reverse, pm_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tiitghok", "Tiitghok", "com.example.tiitghok", "1.8.2",
          "https://api.tiitghok.example.org")
IID = "X-Tiitghok-Device"
PW = "Malual!Thon2026"
DOB_SS = "17/05/1991"
NID = "personal.national_id"
DHIEN = "Dinka Bor, Athoc section"  # the family's lineage (ethnic origin: personal.sensitive)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, din=True, **kw)


def tiitghok() -> list[Case]:
    rng = random.Random(21101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), herd=L(HERD, UID)))}
    cla, clo = fix(CAMP_FIX)
    cow = obj(rng, "gh")
    raid = obj(rng, "cu")
    lab: dict[str, str] = {}
    beat = pb([(1, L(HERD, UID)), (2, 1768400000),
               (3, [(1, L(CAMP_FIX[0], PRECISE)), (2, L(CAMP_FIX[1], PRECISE)), (3, 9.0)]),
               (4, 214), (5, L(63, DEV))], "", lab)
    herd = at_path(case(f, f"{a}/api/v1/herd/{HERD}", headers=_h(rng, **b)), HERD, UID)
    return [
        case(f, f"{a}/api/v1/raan", headers=_h(rng), body={
            "rin": L(FIRST, NAMEC), "rin_wun": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "namba_telefon": L(LOCAL_PHONE, TEL), "wel_thiaan": L(PW, CRED),
            "akool_dhieth": L(DOB_SS, BIRTH), "namba_athor": L(WORK_PERMIT, NID),
            "tik_ku_mony": L("tik", GENDER), "pan_dit": L(JUBA_HOME["town"], COARSE),
            "piny": L(JUBA_HOME["region"], COARSE), "dhien": L(DHIEN, SENS),
            "mony": {"rin": L(HUSBAND[0], NAMEC), "namba_telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "wel_thiaan": L(PW, CRED), "muk": "1"}),
        case(f, f"{a}/api/v1/yen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/herd", headers=_h(rng, **b), body={
            "herd_id": L(HERD, UID), "kit": "two bars on the left hip",
            "raan_ghok": {"rin": L(HUSBAND[0], NAMEC), "namba_athor": L(HUSBAND_NID, NID)},
            "wanmath": {"rin": L(BROTHER_IL[0], NAMEC), "namba_telefon": L(BROTHER_IL[1], TEL)},
            "wut": L(CAMP["name"], COARSE), "payam": L(CAMP["payam"], COARSE),
            "dhien": L(DHIEN, SENS), "kuen": {"weng": 31, "thon": 4, "ghok_kor": 12}}),
        case(f, f"{a}/api/v1/ghok", headers=_h(rng, **b), body={
            "herd_id": L(HERD, UID), "ghok_id": cow, "weng": True, "kit_guop": "malual",
            "yith_tem": "left split, right notch", "run": 6, "rin_ghok": "Malual-Dit"}),
        multipart(f, f"{a}/api/v1/ghok/{cow}/thura", [
            ("thura", "malual_dit.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"herd_id": L(HERD, UID), "side": "left"})],
            headers=_h(rng, **b)),
        herd,
        case(f, f"{a}/api/v1/cuer", headers=_h(rng, **b), body={
            "cuer_id": raid, "herd_id": L(HERD, UID), "akool": "2026-01-14", "thaa": "04:30",
            "kuen": 14, "te": {"lat": cla, "lng": clo, "acc": 12},
            "wut": L(CAMP["name"], COARSE),
            "jam": L("Ghok 14 aci kuany wakou, raan 6 ke mac. Majok ee tiit, acie guop tuany.",
                     TEXT),
            "raan_ci_tiet": {"rin": L(BROTHER_IL[0], NAMEC),
                             "namba_telefon": L(BROTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/v1/cuer/{raid}/luk", fmt="form", headers=_h(rng, **b), body={
            "luk": RAID_CASE, "police": POLICE["id"], "herd_id": L(HERD, UID)}),
        case(f, f"{a}/api/v1/ghok/koor", headers=_h(rng, **b), query={
            "koor": L("thon malual kit two bars Anyidi", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/strays/near", headers=_h(rng, **b), query={
            "lat": L(f"{CAMP_FIX[0]:.2f}", COARSE), "lng": L(f"{CAMP_FIX[1]:.2f}", COARSE),
            "km": "40"}),
        case(f, f"{a}/api/v1/tip", headers=_h(rng, **b), body={
            "cuer_id": raid, "te": {"lat": 6.3412, "lng": 31.4977}, "source": "market",
            "jam": L("A trader at Anyidi market has a malual bull with our two bars; call me "
                     "on +211915550199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/weu/reward", fmt="form", headers=_h(rng, **b), body={
            "cuer_id": raid, "weu": L("50000", BUY), "currency": "SSP",
            "namba_telefon": L(LOCAL_PHONE, TEL), "herd_id": L(HERD, UID)}),
        raw(f, f"{a}/api/v1/wut/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kuen/sheet", fmt="msgpack", headers=_h(rng, **b), body={
            "herd_id": L(HERD, UID), "akool": "2026-01-16", "by": L(BROTHER_IL[0], NAMEC),
            "kuen": [{"kit_guop": "majok", "n": 7}, {"kit_guop": "mabior", "n": 9},
                     {"kit_guop": "marial", "n": 6}], "missing": 14}),
        case(f, f"{a}/api/v1/alerts", headers=_h(rng, how="none"), cookies={
            "tg_sesh": L(opaque(rng, "", 40), CRED), "tg_device": L(INSTALL_ID, DID),
            "tg_req": rid(rng)}),
        case(f, f"{a}/api/v1/alerts/area", headers=_h(rng, **b), body={
            "te": {"lat": L(round(CAMP_FIX[0], 3), PRECISE), "lng": L(round(CAMP_FIX[1], 3),
                                                                     PRECISE)},
            "km": 30, "wut": L(CAMP["name"], COARSE), "kinds": ["cuer", "stray"]}),
        case(f, f"{a}/api/v1/bany/jam", headers=_h(rng, **b), body={
            "bany": "bn_malek_02",
            "jam": L("Bany Kuol Aguer, please tell the other camps about our 14 cattle.",
                     f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/ghok/ruai", headers=_h(rng, **b), body={
            "herd_id": L(HERD, UID), "kuen": 3, "ghok": [obj(rng, "gh"), obj(rng, "gh")],
            "raan_gam": {"rin": L("Ayen Chol Bior", NAMEC), "namba_telefon":
                         L("+211929550118", TEL)},
            "jam": L("Weng diak ke ruai Kuol Majok", TEXT)}),
        case(f, f"{a}/api/v1/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"herd_id": L(HERD, UID), "namba_telefon": L(NATIONAL, TEL),
                       "namba_athor": L(HUSBAND_NID, NID)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "thok": L("din", DEV), "tz": L("Africa/Juba", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "raan": L(USER_ID, UID), "events": [
                ev("cuer_reported", 1, kuen=14), ev("screen", 2, screen=L("HerdList", USAGE)),
                ev("tip_sent", 3)]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "namba_telefon": L(E164, TEL)}),
    ]


def tiitghok_sdks() -> list[Case]:
    rng = random.Random(21102)
    return [
        ka_batch(APP, rng, [("Raid Reported", {"count": 14}), ("Herd Viewed", {})],
                 at=CAMP_FIX, nd=2, locale="din_SS"),
        ka_identify(APP, rng, {"pan_dit": L("Juba", COARSE), "herd_id": L(HERD, UID),
                               "wut": L(CAMP["name"], COARSE)}),
        ty_launch(APP, rng, first=True),
        ty_event(APP, rng, "reward_pledged", {"cuer": "raid"}, revenue=50000.0, hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CAMP_FIX, nd=2,
               keywords="cattle,veterinary,bor"),
        bw_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [ct_crumb("nav", "HerdList -> CowPhoto"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/cuer", "status": 201})],
                 screen="CowPhotoActivity"),
        pm_register(APP, rng, lang="din", at=CAMP_FIX, nd=2,
                    tags={"wut": L(CAMP["name"], COARSE), "alerts": "cuer"}),
        cw_wallet(APP, rng, "50000", L(LOCAL_PHONE, TEL), bank=False),
        mn_reverse(APP, rng, CAMP_FIX, PRECISE, nd=5),
        hl_message(APP, rng, L(f"Our raid report for herd {HERD} has no case number yet",
                               f"{TEXT}|{UID}"), {"herd_id": L(HERD, UID)}),
    ]
