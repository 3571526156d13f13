"""Tilapia fish-pond cooperative app "Ntshi Kasai" (``ntshi``: fish; a fictional farmers'
cooperative at Katoka, on the edge of Kananga, with a hatchery, feed and a buyers' day): she and
her husband keep two ponds there. Tshiluba keys with English ``id``/``token``: ``dina``,
``dina_dia_diku``, ``telefone``, ``diyi_dia_musokoko``, ``dituku_dia_kuledibua``, ``musoko``
village, ``mulume`` husband, ``muena_kooperative`` member, ``dijiba``/``majiba`` pond(s),
``bana_ba_ntshi`` fingerlings (lit. "children of fish"), ``biakudia`` feed (lit. "food"),
``mayi`` water, ``dikuata`` catch (harvest), ``bujitu`` weight, ``musumbi`` buyer,
``mushinga`` price, ``difuta`` payment, ``bungi`` amount, ``dibanza`` loan, ``tshisangilu``
meeting, ``mukenji`` message, ``dikeba`` search, ``lumu`` news, ``kode`` code. Newness: a
file-name and docstring grep of ``scripts/`` for fish pond, fishpond, aquaculture, tilapia and
fingerling matched nothing (fishing boats and catches are in sets 46, 104, 136 and others)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families195_kit import (
    HATCHERY,
    HOME_AT,
    HUSBAND,
    LOCAL_TEL,
    MEMBER,
    PONDS,
    RIB,
    fix,
    hd,
    obj,
    push,
)
from eval_families195_sdk import ss_batch, ss_queue, tb_launch
from eval_families195_svc import (
    cs_save,
    fk_eval,
    hl_message,
    mk_route,
    mk_telemetry,
    pt_register,
    pw_wallet,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ntshi", "Ntshi Kasai", "com.example.ntshikasai", "1.9.0",
          "https://api.ntshikasai.example.org")
IID = "X-Ntshi-Device"
PW = "Majiba2Katoka!"
BUYER = ("Mamu Tshiala Mbombo", "+243825550931")  # a fish trader who buys her catch


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def ntshi() -> list[Case]:
    rng = random.Random(19521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, muena=L(MEMBER, UID), telefone=L(LOCAL_TEL, TEL)))}
    ala, alo = fix(PONDS["A"])
    hla, hlo = fix((HATCHERY["lat"] + 0.000184, HATCHERY["lon"] - 0.000121), 5)  # her, there
    lab: dict[str, str] = {}
    probe = pb([(1, L(MEMBER, UID)), (2, "A"), (3, 1768300000),
                (4, [(1, L(PONDS["A"][0], PRECISE)), (2, L(PONDS["A"][1], PRECISE))]),
                (5, [(1, 6.8), (2, 27.4), (3, 5.1)])], "", lab)
    stmt = at_path(case(f, f"{a}/api/bena/{MEMBER}/bilondeshelu", headers=_h(rng, **b),
                        query={"tshidimu": "2025"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/bena", headers=_h(rng), body={
            "dina": L(FIRST, NAMEC), "dina_dia_diku": L(LAST, NAMEC),
            "telefone": L(LOCAL_TEL, TEL), "email": L(EMAIL_MIXED, MAIL),
            "diyi_dia_musokoko": L(PW, CRED), "dituku_dia_kuledibua": L(DOB,
                                                                          "personal.birthdate"),
            "musoko": L("Katoka", COARSE), "tshimenga": L("Kananga", COARSE),
            "mulume": {"dina": L(HUSBAND[0], NAMEC), "telefone": L(HUSBAND[1], TEL)},
            "muena_kooperative": L(MEMBER, UID)}),
        case(f, f"{a}/api/kode", fmt="form", headers=_h(rng), body={
            "telefone": L(LOCAL_TEL, TEL), "kode": L("913406", CRED)}),
        case(f, f"{a}/api/meme", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/majiba", headers=_h(rng, **b), body={
            "muena_kooperative": L(MEMBER, UID), "majiba": [
                {"dina": "A", "lat": ala, "lon": alo, "m2": 400},
                {"dina": "B", "lat": L(PONDS["B"][0], PRECISE),
                 "lon": L(PONDS["B"][1], PRECISE), "m2": 300}]}),
        case(f, f"{a}/api/bana_ba_ntshi", headers=_h(rng, **b), body={
            "hatchery": HATCHERY["id"], "tshibalu": 2000, "dijiba": "A",
            "mushinga": L(120, BUY), "devise": "USD", "commande": L("CMD-NT-0912", BUY)}),
        case(f, f"{a}/api/biakudia", fmt="form", headers=_h(rng, **b), body={
            "sacs": "6", "mushinga": L("210000", BUY), "devise": "CDF",
            "wallet": L(LOCAL_TEL, TEL), "methode": L(opaque(rng, "pm_", 24), PAY)}),
        raw(f, f"{a}/api/mayi/probe", probe, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/mayi/tshimfuanyi", [
            ("tshimfuanyi", "dijiba_A.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {"dijiba": "A", "langi": "vert"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/disama_dia_ntshi", headers=_h(rng, **b), body={
            "dijiba": "B", "ntshi_mifue": 14,
            "mukenji": L("Ntshi idi ifua mu dijiba B, mayi adi apia bikole", TEXT)}),
        case(f, f"{a}/api/dikuata", headers=_h(rng, **b), body={
            "dijiba": "A", "bujitu": 340, "muaba": {"lat": ala, "lon": alo},
            "dituku": "2026-01-17", "dikuata_id": obj(rng, "dk")}),
        case(f, f"{a}/api/dipana", headers=_h(rng, **b), body={
            "musumbi": {"dina": L(BUYER[0], NAMEC), "telefone": L(BUYER[1], TEL)},
            "bujitu": 120, "mushinga": L(360000, BUY), "devise": "CDF",
            "facture": L("FV-NT-26-0031", BUY)}),
        stmt,
        case(f, f"{a}/api/dibanza", headers=_h(rng, **b), body={
            "muena_kooperative": L(MEMBER, UID), "bungi": L(800, BUY), "devise": "USD",
            "ngondo": 10, "rib": L(RIB, PAY), "tshipatshila": L("kuenza dijiba dia kasatu",
                                                                   TEXT)}),
        case(f, f"{a}/api/biakudia/journal", fmt="msgpack", headers=_h(rng, **b), body={
            "muena": L(USER_ID, UID), "journal": [
                {"dijiba": "A", "kg": 4.5, "t": 1768280000},
                {"dijiba": "B", "kg": 3.0, "t": 1768280060}]}),
        case(f, f"{a}/api/mikenji", headers=_h(rng, **b), body={
            "kudi": "vulgarisateur", "mukenji": L(
                "Tatu Mukendi, dijiba B didi ne ntshi ya mifue, nuye kumona mayi", TEXT)}),
        case(f, f"{a}/api/dikeba", headers=_h(rng, **b), query={
            "dikeba": L("biakudia bia ntshi bia mushinga mukese", SEARCH)}),
        case(f, f"{a}/api/tshisangilu/checkin", headers=_h(rng, **b), body={
            "tshisangilu": "ag_2026_01", "muaba": {"lat": hla, "lon": hlo},
            "hatchery": {"lat": HATCHERY["lat"], "lon": HATCHERY["lon"]}}),
        case(f, f"{a}/api/tshisangilu/vote", fmt="form", headers=_h(rng, **b), body={
            "muena_kooperative": L(MEMBER, UID), "tshisangilu": "ag_2026_01",
            "dipangadika": "nouvelle_hatchery", "vote": "eyowa"}),
        case(f, f"{a}/api/lumu", headers=_h(rng, how="none"), cookies={
            "nt_sesi": L(opaque(rng, "", 40), CRED), "nt_device": L(INSTALL_ID, DID),
            "nt_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "lua_CD")),
        case(f, f"{a}/api/bienzedi", gz=True, headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "bienzedi": [
                ev("harvest_logged", 1, kg=340), ev("screen", 2, screen=L("Majiba", USAGE))]}),
        case(f, f"{a}/api/kupatuka", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "muakulu": L("lua", DEV)}),
    ]


def ntshi_sdks() -> list[Case]:
    rng = random.Random(19522)
    pa, pb_ = PONDS["A"], PONDS["B"]
    return [
        ss_batch(APP, rng, [("Harvest Logged", {"kg": 340}),
                            ("Fish Sold", {"total": L(360000, BUY)})], at=pa, nd=3),
        ss_queue(APP, rng, [("Feed Logged", {"pond": "A"}), ("Water Probe", {"ph": 6.8})]),
        tb_launch(APP, rng, user=True),
        fk_eval(APP, rng, {"kooperative": "ntk_katoka", "musoko": L("Katoka", COARSE)}),
        pt_register(APP, rng, lang="lua", at=HOME_AT, nd=2, tags={"dijiba": 2}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        pw_wallet(APP, rng, "360000", L(LOCAL_TEL, TEL)),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((HATCHERY["lat"], HATCHERY["lon"]), None)]),
        mk_telemetry(APP, rng, [pa, pb_], PRECISE),
        hl_message(APP, rng, L("Dibanza dianyi kadiena diafika ku RIB", TEXT),
                   {"muena": L(MEMBER, UID)}),
    ]

