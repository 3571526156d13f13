"""A white-stork nest census app "Busly" (a bird society's volunteer observers around Hrodna:
nests visited, pairs and chicks counted, rings read, a dead stork under a power line). Keys are
Belarusian in Lacinka, ASCII-folded: ``naziralnik`` observer, ``imia``, ``prozvisca``, ``posta``,
``telefon``, ``parol``, ``kod``, ``hod_naradzennia`` birth year, ``rajon`` district, ``horad``,
``adras``, ``indeks``, ``hniazdo`` nest, ``busly`` storks, ``ptusaniaty`` chicks, ``kalco``
ring, ``naziranne`` observation, ``stan`` state, ``radyus`` radius, ``syrata`` / ``dauhata``,
``miesca`` place, ``kamientar``, ``tekst``, ``danat`` donation, ``sumiesna`` joint (a friend
joining), ``sertyfikat`` certificate, ``posuk``."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families198_kit import (
    FRIEND,
    GR_HOME,
    GR_HOME_AT,
    NEST,
    NEST_FIX,
    OBSERVER,
    fix,
    hd,
    push,
)
from eval_families198_sdk import (
    bk_bid,
    cn_session,
    md_batch,
    md_queue,
    tz_launch,
)
from eval_families198_svc import cr_check, hm_attach, mb_reverse, mb_telemetry, ph_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("busly", "Busly", "com.example.busly", "1.3.7", "https://api.busly.example.org")
IID = "X-Busly-Device"
PW = "Busel&Nioman25"
POLE_FIX = (53.702918, 23.951377)  # her phone under the power line (a dead stork found)
NEST2 = {"id": "hn_hr_0522", "lat": 53.72514, "lon": 23.99402}  # another catalogue nest


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, be=True, **kw)


def busly() -> list[Case]:
    rng = random.Random(19851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), naziralnik=L(OBSERVER, UID)))}
    nla, nlo = fix(NEST_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(OBSERVER, UID)), (2, NEST["id"]), (3, 1781000000),
               (4, [(1, L(NEST_FIX[0], PRECISE)), (2, L(NEST_FIX[1], PRECISE)), (3, 5.0)]),
               (5, L(81, DEV))], "", lab)
    stats = at_path(case(f, f"{a}/api/naziralniki/{OBSERVER}/statystyka", headers=_h(rng, **b)),
                    OBSERVER, UID)
    return [
        case(f, f"{a}/api/naziralniki", headers=_h(rng), body={
            "imia": L(FIRST, NAMEC), "prozvisca": L(LAST, NAMEC), "posta": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "hod_naradzennia": L(1991, BIRTH),
            "rajon": L("Hrodzienski rajon", COARSE), "naziralnik": L(OBSERVER, UID),
            "dosvied": "pacatkoviec"}),
        case(f, f"{a}/api/uvachod/kod", fmt="form", headers=_h(rng), body={
            "posta": L(EMAIL, MAIL), "kod": L("274018", CRED)}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/hniozdy", headers=_h(rng, **b), query={
            "syrata": L(f"{GR_HOME_AT[0]:.2f}", COARSE), "dauhata": L(f"{GR_HOME_AT[1]:.2f}", COARSE),
            "radyus": "10"}),
        case(f, f"{a}/api/hniozdy/{NEST['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/naziranni", headers=_h(rng, **b), body={
            "hniazdo": NEST["id"], "data": "2026-06-21", "busly": 2, "ptusaniaty": 3,
            "stan": "zaniata", "miesca": {"syrata": nla, "dauhata": nlo, "dakladnasc": 5},
            "hniazdo_miesca": {"syrata": NEST["lat"], "dauhata": NEST["lon"]},
            "naziralnik": L(OBSERVER, UID)}),
        multipart(f, f"{a}/api/naziranni/foto", [
            ("foto", "hniazdo_0417.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "hniazdo": NEST["id"],
                "kamientar": L("Try ptusaniaty, adno mienšaje, na slupie kala fiermy", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kalcy", headers=_h(rng, **b), body={
            "kalco": "ELS-A7731", "kolier": "bieły", "hniazdo": NEST["id"],
            "syrata": L(round(NEST_FIX[0], 5), PRECISE), "dauhata": L(round(NEST_FIX[1], 5), PRECISE),
            "naziralnik": L(OBSERVER, UID)}),
        raw(f, f"{a}/api/marsrut/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/naziranni/cherha", fmt="msgpack", headers=_h(rng, **b), body={
            "naziralnik": L(OBSERVER, UID), "naziranni": [
                {"hniazdo": NEST2["id"], "busly": 1, "ptusaniaty": 0,
                 "syrata": L(53.725188, PRECISE), "dauhata": L(23.993871, PRECISE)},
                {"hniazdo": NEST2["id"], "busly": 2, "ptusaniaty": 2,
                 "hniazdo_syrata": NEST2["lat"], "hniazdo_dauhata": NEST2["lon"]}]}),
        case(f, f"{a}/api/zahinuu", headers=_h(rng, **b), body={
            "typ": "liniaja_elektraperadacy", "kalco": None,
            "tekst": L("Mjortvy busiel pad slupom, drot biez izaliacyi", TEXT),
            "miesca": {"syrata": L(POLE_FIX[0], PRECISE), "dauhata": L(POLE_FIX[1], PRECISE)}}),
        case(f, f"{a}/api/rejtynh", headers=_h(rng, **b), query={
            "rajon": L("Hrodzienski rajon", COARSE), "hod": "2026"}),
        case(f, f"{a}/api/danaty", fmt="form", headers=_h(rng, **b), body={
            "suma": L("20", BUY), "valiuta": "BYN", "fond": "izaliacyja_slupou",
            "metad": L(opaque(rng, "pm_", 24), PAY)}),
        stats,
        case(f, f"{a}/api/paviedamlenni", headers=_h(rng, **b), body={
            "da": "kaardynatar_hr", "tekst": L("Mahu zaucra abjechac jašče piać hniozdau "
                                              "la Putryskau", TEXT)}),
        case(f, f"{a}/api/posuk", headers=_h(rng, **b), query={
            "q": L("hniozdy biez ptusaniat 2025", SEARCH)}),
        case(f, f"{a}/api/sumiesna", headers=_h(rng, **b), body={
            "hniazdo": NEST2["id"], "data": "2026-06-28",
            "siabrouka": {"imia": L(FRIEND[0], NAMEC), "telefon": L(FRIEND[1], TEL)}}),
        case(f, f"{a}/api/profil/adras", headers=_h(rng, **b), body={
            "adras": L(GR_HOME["line"], ADDR), "horad": L(GR_HOME["town"], COARSE),
            "indeks": L(GR_HOME["post"], COARSE), "dla": "sertyfikat"}),
        case(f, f"{a}/api/sertyfikat", headers=_h(rng, how="none"), cookies={
            "bs_sesija": L(opaque(rng, "", 40), CRED), "bs_prylada": L(INSTALL_ID, DID),
            "bs_req": rid(rng)}),
        case(f, f"{a}/api/prylady", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/padziei", gz=True, headers=_h(rng, **b), body={
            "karystalnik": L(USER_ID, UID), "padziei": [
                ev("naziranne", 1, busly=2), ev("ekran", 2, ekran=L("MapaHniozdau", USAGE))]}),
        case(f, f"{a}/api/vychad", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "prylada": L(INSTALL_ID, DID)}),
    ]


def busly_sdks() -> list[Case]:
    rng = random.Random(19852)
    return [
        md_batch(APP, rng, [("Nest Observed", {"chicks": 3}), ("Ring Read", {})],
                 at=NEST_FIX, nd=2, locale="be_BY"),
        md_queue(APP, rng, [("Nest Observed", {"chicks": 0}), ("Nest Observed", {"chicks": 2})]),
        tz_launch(APP, rng),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=NEST_FIX, nd=3,
               keywords="birds,nature,binoculars"),
        cn_session(APP, rng, secs=1320),
        ph_register(APP, rng, lang="be", tags={"rajon": L("Hrodzienski rajon", COARSE)}),
        cr_check(APP, rng, {"analytics": True}),
        mb_reverse(APP, rng, NEST_FIX, PRECISE, nd=5),
        mb_telemetry(APP, rng, [NEST_FIX, POLE_FIX], PRECISE),
        hm_attach(APP, rng, L(JPEG + b"\x42", MEDIA), "slup.jpg", "image/jpeg"),
    ]
