"""A village forest council's app "Ban Panchait" (a van panchayat: the elected council that runs a
community's own forest block; the Agency Mohalla council shares out the autumn grass-cutting
lots, issues firewood permits for weddings and funerals, fines green-oak lopping, keeps a fire
line and a guard). The household's member is her husband; she uses the app as a member of the
household. Its API's keys are Garhwali in camelCase, ASCII-folded: ``sadasyaNambar`` member
number, ``naun``/``thar``, ``phon``, ``chabi`` password (lit. "key"), ``parivar`` household,
``mukhiya`` head of household, ``rishta`` relation, ``ghaas`` grass, ``hissa`` lot share,
``lakdu`` firewood, ``karan`` reason, ``shulk`` fee, ``jurmanu`` fine, ``sabha`` meeting,
``hajiri`` attendance, ``prastav`` proposal, ``mat`` vote, ``chaukidar`` guard, ``paali`` rota
turn, ``aag_line`` fire line, ``pauda`` sapling, ``baanj`` oak, ``shikayat`` complaint,
``seema`` boundary, ``thikanu`` address: joining (the household with her husband's Aadhaar), an
OAuth password grant, ``/mi``, grass lots, a lot drawn, its fee paid, a firewood permit for a
cousin's wedding, the meeting attendance with her fix, a proposal vote, the guard rota, the
fire-line volunteer form (her asthma), a fine, a complaint, the boundary walk (gzip track),
oak saplings planted with a photo, the minutes, the member record by number in the path, an
offline attendance sync (JSON Lines), a protobuf patrol beat, push and events. No earlier set
has a forest council ("van panchayat", "forest council", "community forest" matched no
docstring; set 187's traditional council allocates stands)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
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
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families302_kit import (
    BANK,
    COUNCIL,
    DEVAR,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_AADHAAR,
    MEETING_FIX,
    MEMBER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families302_sdk import mb_batch, mb_identify, mb_pixel, tk_launch
from eval_families302_svc import (
    cb_card,
    cb_confirm,
    cs_check,
    fm_eval,
    hj_message,
    md_telemetry,
    pj_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("banpanchait", "Ban Panchait", "com.example.banpanchait", "1.2.5",
          "https://api.banpanchait.example.com")
IID = "X-BP-Install"
PW = "Baanj#Agency2026"
NID = "personal.national_id"
WALK = [(30.152412, 78.770318), (30.153108, 78.771422), (30.153841, 78.772915),
        (30.152906, 78.773807)]  # her boundary walk (her fixes: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def banpanchait() -> list[Case]:
    rng = random.Random(30231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sadasya=L(MEMBER, UID),
                                    role="parivar_sadasya"))}
    mla, mlo = fix(MEETING_FIX, 4)
    lot = obj(rng, "lot")
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, COUNCIL["block"]),
               (3, [(1, L(WALK[2][0], PRECISE)), (2, L(WALK[2][1], PRECISE)), (3, 1905.0)]),
               (4, 1768540000)], "", lab)
    record = at_path(case(f, f"{a}/v1/sadasya/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/judo", headers=_h(rng), body={
            "sadasyaNambar": L(MEMBER, UID), "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC),
            "phon": L(E164, TEL), "email": L(EMAIL, MAIL), "chabi": L(PW, CRED),
            "thikanu": L(HOME["line"], ADDR), "mohalla": L(HOME["area"], COARSE),
            "parivar": [
                {"naun": L(HUSBAND[0], NAMEC), "rishta": "mukhiya",
                 "aadhaar": L(HUSBAND_AADHAAR, NID), "phon": L(HUSBAND[1], TEL)},
                {"naun": L(MOTHER_IL[0], NAMEC), "rishta": "bwe"}],
            "panchait": COUNCIL["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "banpanchait-android"}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ghaas/hissa", headers=_h(rng, **b), query={
            "panchait": COUNCIL["id"], "mausam": "2025-asauj", "sadasya": L(MEMBER, UID)}),
        case(f, f"{a}/v1/ghaas/hissa/chuno", headers=_h(rng, **b), body={
            "hissa": lot, "khand": COUNCIL["block"], "naali": 4,
            "sadasyaNambar": L(MEMBER, UID), "shulk": L(150, BUY)}),
        case(f, f"{a}/v1/shulk/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "hissa": lot, "rakam": L("150.00", BUY), "mudra": "INR",
            "upi": L(BANK["upi"], PAY), "sadasya": L(MEMBER, UID)}),
        case(f, f"{a}/v1/lakdu/anumati", headers=_h(rng, **b), body={
            "sadasyaNambar": L(MEMBER, UID), "quintal": 4,
            "karan": L("Dyor Rakesh ka byo, 14 Feb, Chamdhar", f"{TEXT}|{COARSE}"),
            "prapt_karta": {"naun": L(DEVAR[0], NAMEC), "phon": L(DEVAR[1], TEL)},
            "shulk": L(400, BUY)}),
        case(f, f"{a}/v1/sabha/hajiri", headers=_h(rng, **b), body={
            "sabha": "sb_2026_01", "sadasyaNambar": L(MEMBER, UID),
            "mero_thau": {"lat": mla, "lng": mlo},
            "sabha_sthal": {"naun": "GIC primary yard", "lat": 30.14893, "lng": 78.77579}}),
        case(f, f"{a}/v1/prastav/pr_pirul_line/mat", fmt="form", headers=_h(rng, **b), body={
            "sadasyaNambar": L(MEMBER, UID), "mat": "haan", "prastav": "pr_pirul_line"}),
        case(f, f"{a}/v1/chaukidar/paali", headers=_h(rng, **b), query={
            "mahina": "2026-03", "panchait": COUNCIL["id"]}),
        case(f, f"{a}/v1/aag_line/swayamsevak", headers=_h(rng, **b), body={
            "sadasyaNambar": L(MEMBER, UID), "naun": L(f"{FIRST} {LAST}", NAMEC),
            "phon": L(E164, TEL), "din": ["2026-03-07", "2026-03-08"],
            "swasthya": L("Dama (asthma) ch, inhaler saath rakhdu", f"{TEXT}|{MED}"),
            "dhuan_se_bachau": L(True, MED)}),
        case(f, f"{a}/v1/jurmanu/bhugtan", headers=_h(rng, **b), body={
            "jurmanu": "jm_0318", "karan": "hari baanj ki daali kaati",
            "rakam": L(500, BUY), "sadasyaNambar": L(MEMBER, UID),
            "bhugtan_vidhi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/shikayat", headers=_h(rng, **b), body={
            "khand": COUNCIL["block"],
            "shikayat": L("Khand 3 ma raat ko koi baanj ka lakdu kaati gai, truck ki awaz ai",
                          TEXT), "gupt": True}),
        case(f, f"{a}/v1/seema/yatra", gz=True, headers=_h(rng, **b), body={
            "sadasyaNambar": L(MEMBER, UID), "khand": COUNCIL["block"],
            "bindu": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE), "t": 1768539000 + 240 * i}
                      for i, (la, lo) in enumerate(WALK)]}),
        raw(f, f"{a}/v1/gasht/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/pauda", [
            ("photo", "baanj_pauda.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
            ("meta", None, "application/json", {"pauda": "baanj", "ginti": 25,
                                                "khand": COUNCIL["block"],
                                                "sadasya": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sabha/sb_2026_01/karyavahi", headers=_h(rng, **b),
             query={"format": "pdf"}),
        record,
        lines(f, f"{a}/v1/hajiri/sync", [
            {"sabha": "sb_2025_11", "sadasya": L(MEMBER, UID), "hajir": True},
            {"sabha": "sb_2025_12", "sadasya": L(MEMBER, UID), "hajir": False,
             "karan": L("Sasu ji bimar chhai Chamdhar ma", f"{TEXT}|{MED}|{COARSE}")}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("hissa_chuno", 1), ev("screen", 2, screen=L("Prastav", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def banpanchait_sdks() -> list[Case]:
    rng = random.Random(30232)
    return [
        mb_batch(APP, rng, [("Lot Drawn", {"fee": L(150, BUY)}), ("Vote Cast", {})],
                 at=MEETING_FIX, nd=2),
        mb_identify(APP, rng, {"mohalla": L(HOME["area"], COARSE),
                               "sadasya": L(MEMBER, UID), "role": "parivar_sadasya"}),
        mb_pixel(APP, rng, "Minutes Opened", {"sabha": "sb_2026_01"}),
        tk_launch(APP, rng, first=True),
        fm_eval(APP, rng, {"panchait": COUNCIL["id"], "town": L("Pauri", COARSE)}, hdr=True),
        pj_register(APP, rng, at=HOME_AT, nd=2, tags={"panchait": COUNCIL["id"]}),
        cs_check(APP, rng, {"analytics": True}),
        cb_card(APP, rng),
        cb_confirm(APP, rng, "500.00"),
        md_telemetry(APP, rng, [WALK[0], WALK[3]], PRECISE),
        hj_message(APP, rng, L("Fine jm_0318 paid twice, please refund one", f"{TEXT}|{BUY}"),
                   {"sadasya": L(MEMBER, UID)}),
    ]
