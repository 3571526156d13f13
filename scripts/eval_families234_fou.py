"""A birding checklist app "Fouluku" (``fou`` bird, ``luku`` look; checklists, sound
recordings and a life list for birders in Suriname). Its API's keys are Saramaccan,
ASCII-folded: ``neen`` / ``famii_neen`` first name / surname, ``kibi_woto`` password,
``kamian`` town, ``fou`` bird, ``fou_neen`` species, ``nomba`` count, ``pe_a_de`` where she is,
``juu`` time, ``waka`` walk, ``lio`` river, ``sembe`` observer, ``boskopu`` message, ``suku``
search, ``leima`` guide, ``moni`` amount, ``paka`` payment, ``seeka`` booking, ``konde`` village,
``daka`` day: sign-up, an OAuth password grant, ``/mi``, a checklist at dawn on the old
plantation road with her fix, a species search, a song recording with its point, a photo, an
offline queue of observations from the boat (msgpack), a protobuf track beat on the river,
hotspots near her (3 decimals in the query), a rare-bird alert for a district, a message to a
guide (his name and phone), the guide booked and paid, her life list by observer ID in the path,
the checklist shared with her husband, a preferences cookie (base64 JSON), push and events.
Wildlife sightings exist in other forms (gorillas in set 100, whales in 159, dives in 104); no
earlier set is a birders' checklist app (a grep: "birding", "bird watch", "birder",
"ornitholog" matched nothing; "bird contest" is set 153's songbird contest)."""

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
    M4A,
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
from eval_families234_kit import (
    ATJONI_FIX,
    CULTUUR,
    GUIDE,
    HOTSPOT,
    HUSBAND,
    OBSERVER,
    PBO_HOME_AT,
    VILLAGE_FIX,
    fix,
    hd,
    obj,
)
from eval_families234_sdk import bs_bid, ck_session, tk_launch, tp_batch, tp_queue
from eval_families234_svc import cp_card, cp_confirm, fp_eval, ml_reverse, ml_telemetry, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("fouluku", "Fouluku", "com.example.fouluku", "4.11.0",
          "https://api.fouluku.example.org")
IID = "X-Fouluku-Device"
PW = "Kwaku!Fou2026"
RIVER_FIX = (4.392517, -55.408233)  # her phone on the boat upriver


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def fouluku() -> list[Case]:
    rng = random.Random(23461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sembe=L(OBSERVER, UID)))}
    cla, clo = fix(CULTUUR, 5)
    sla, slo = fix(CULTUUR, 6)
    lst = obj(rng, "cl")
    lab: dict[str, str] = {}
    beat = pb([(1, L(OBSERVER, UID)), (2, lst), (3, 1768550400),
               (4, [(1, L(RIVER_FIX[0], PRECISE)), (2, L(RIVER_FIX[1], PRECISE)), (3, 6.5)]),
               (5, L(57, DEV))], "", lab)
    life = at_path(case(f, f"{a}/api/v3/sembe/{OBSERVER}/libi_lista", headers=_h(rng, **b),
                        query={"kondre": "SR"}), OBSERVER, UID)
    return [
        case(f, f"{a}/api/v3/sembe", headers=_h(rng), body={
            "neen": L(FIRST, NAMEC), "famii_neen": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "kibi_woto": L(PW, CRED), "kamian": L("Paramaribo", COARSE),
            "sembe": L(OBSERVER, UID), "public_neen": L(f"{FIRST} D.", NAMEC)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "fouluku-android"}),
        case(f, f"{a}/api/v3/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/lista", headers=_h(rng, **b), body={
            "lista": lst, "sembe": L(OBSERVER, UID), "juu": "2026-01-17T06:12",
            "minuti": 95, "waka_km": 2.4, "fasi": "waka",
            "pe_a_de": {"lat": cla, "lng": clo},
            "fou": [{"fou_neen": "Ramphastos tucanus", "nomba": 2},
                    {"fou_neen": "Pteroglossus aracari", "nomba": 4},
                    {"fou_neen": "Xipholena punicea", "nomba": 1}],
            "boskopu": L("Mi manu sa di tukan a di owru sukru kondre pasi", TEXT)}),
        case(f, f"{a}/api/v3/fou/suku", headers=_h(rng, **b), query={
            "suku": L("pompadour cotinga", SEARCH), "kondre": "SR"}),
        multipart(f, f"{a}/api/v3/sondi", [
            ("sondi", "cotinga.m4a", "audio/mp4", L(M4A + b"\x2f", MEDIA)),
            ("meta", None, "application/json", {"lista": lst, "fou_neen": "Xipholena punicea",
                                                "lat": sla, "lng": slo, "sekondi": 38})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/foto", [
            ("foto", "aracari.jpg", "image/jpeg", L(JPEG + b"\x3e", MEDIA)),
            ("meta", None, "application/json", {"lista": lst,
                                                "fou_neen": "Pteroglossus aracari"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/lista/kiboi", fmt="msgpack", headers=_h(rng, **b), body={
            "sembe": L(OBSERVER, UID), "lio": "Boven-Suriname",
            "fou": [{"fou_neen": "Ara macao", "nomba": 2,
                     "lat": L(round(RIVER_FIX[0] - 0.0121 * i, 6), PRECISE),
                     "lng": L(round(RIVER_FIX[1] - 0.0048 * i, 6), PRECISE)}
                    for i in range(3)]}),
        raw(f, f"{a}/api/v3/lista/{lst}/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/kamian/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{PBO_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{PBO_HOME_AT[1]:.3f}", PRECISE),
            "km": "25"}),
        case(f, f"{a}/api/v3/kamian/{HOTSPOT['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/alarm", fmt="form", headers=_h(rng, **b), body={
            "sembe": L(OBSERVER, UID), "distrikti": L("Sipaliwini", COARSE), "fasi": "rare",
            "kanali": "push"}),
        case(f, f"{a}/api/v3/boskopu", headers=_h(rng, **b), body={
            "go_a": {"neen": L(GUIDE[0], NAMEC), "telefon": L(GUIDE[1], TEL)},
            "boskopu": L("Ronald, u kan go luku di harpy eagle a Atjoni sabadu? Mi manu o kon "
                         "tu.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v3/leima/seeka", headers=_h(rng, **b), body={
            "leima": "gd_abiamofo", "daka": "2026-01-31", "sembe": 2,
            "seeka": L("FL-G-55120", BUY), "moni": L(1200, BUY), "komoto": "Atjoni"}),
        case(f, f"{a}/api/v3/leima/paka", fmt="form", headers=_h(rng, **b), body={
            "seeka": L("FL-G-55120", BUY), "moni": L("1200.00", BUY), "munt": "SRD",
            "paka": L(opaque(rng, "pm_", 24), PAY)}),
        life,
        case(f, f"{a}/api/v3/lista/{lst}/pati", headers=_h(rng, **b), body={
            "go_a": [{"neen": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}],
            "lista": lst}),
        case(f, f"{a}/api/v3/mi/sitaa", headers=_h(rng, how="none"), cookies={
            "fl_sesi": L(opaque(rng, "", 40), CRED),
            "fl_sitaa": W({"sembe": L(OBSERVER, UID), "tongo": L("en", DEV),
                           "kaati": "satellite", "req": rid(rng)}, "b64json")}),
        case(f, f"{a}/api/v3/sembe/jaa", headers=_h(rng, **b), query={
            "sembe": L(OBSERVER, UID), "jaa": "2026"}),
        case(f, f"{a}/api/v3/apaati", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "apaati_id": L(INSTALL_ID, DID),
            "tongo": L("en", DEV), "modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v3/sani", gz=True, headers=_h(rng, **b), body={
            "sembe": L(USER_ID, UID), "sani": [
                ev("checklist_saved", 1, n=3), ev("skiin", 2, skiin=L("LifeList", USAGE))]}),
    ]


def fouluku_sdks() -> list[Case]:
    rng = random.Random(23462)
    return [
        tp_batch(APP, rng, [("Checklist Saved", {"species": 3}),
                            ("Recording Uploaded", {"secs": 38})], at=CULTUUR, nd=3),
        tp_queue(APP, rng, [("Observation Saved", {"n": 3}), ("Track Beat", {})]),
        tk_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ATJONI_FIX, nd=3,
               keywords="birds,nature,binoculars"),
        ck_session(APP, rng, secs=5410),
        fp_eval(APP, rng, {"sound_id": True, "region": L("Paramaribo", COARSE)}),
        pa_register(APP, rng, at=VILLAGE_FIX, nd=2, tags={"alerts": "rare"}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "1200.00"),
        ml_reverse(APP, rng, CULTUUR, PRECISE, nd=4),
        ml_telemetry(APP, rng, [RIVER_FIX, ATJONI_FIX], PRECISE),
    ]
