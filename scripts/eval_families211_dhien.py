"""Family-tracing message app "Koordhien" (koor look for + dhien family; a tracing desk helps
families separated by the fighting in Bor in December 2013 find each other: requests, short
family messages, published name lists, matches, phone calls and reunification). The enquirer is
her, for her husband's uncle Akuei Deng Mabior, last seen in Bor. Keys are Dinka ASCII-folded
with English: ``raan`` user, ``rin``, ``rin_wun``, ``email``, ``namba_telefon``, ``wel_thiaan``,
``akool_dhieth``, ``ruon_dhieth`` birth year, ``tik_ku_mony``, ``namba_athor``, ``pan_dit``,
``paan``, ``piny``, ``yen`` me, ``raan_mar`` the missing person (mar lost), ``te_ci_tiet`` place
last seen, ``akool_ci_tiet`` day last seen, ``baai`` home village, ``dhien`` lineage, ``wa``
father, ``ma`` mother, ``mony`` husband, ``nyan`` daughter, ``ruai`` in-law relation, ``guop``
body marks, ``thura`` photo, ``jam`` message, ``koor`` search / request, ``gam`` consent
(agree), ``cath`` travel, ``thaa`` time, ``rol`` voice recording (lit. throat), ``thok``
language. Sign-up with her passport, an OAuth password grant, ``/yen``, the tracing request
(his birth year, lineage, a scar), his old photo, the request by number in the path, a family
message, a name-list search, a possible match confirmed, a call booked, her household, data
sharing consent, the reunification journey, the inbox by cookie, a voice message from her
husband, her address, offices near her, feedback, push, events and a log-out. New: a grep of
``scripts/`` for "tracing", "reunif", "missing person" found contact tracing and a family
reunification permit, no tracing of separated relatives."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families211_kit import (
    BOR_PLOT,
    BOR_PLOT_AT,
    DAUGHTER,
    HUSBAND,
    HUSBAND_NID,
    JUBA_HOME,
    JUBA_HOME_AT,
    PASSPORT,
    TRACE,
    TRACE_OFFICE,
    UNCLE,
    hd,
    obj,
    push,
)
from eval_families211_sdk import ct_crash, ct_crumb, ka_batch, ka_identify, ka_pixel, ty_launch
from eval_families211_svc import cp_save, hl_message, mn_route, pm_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("koordhien", "Koordhien", "com.example.koordhien", "2.4.7",
          "https://api.koordhien.example.org")
IID = "X-KD-Device"
PW = "Akuei#Bor2013"
NID = "personal.national_id"
DHIEN = "Dinka Bor, Athoc"  # the uncle's lineage (ethnic origin: personal.sensitive)
UNCLE_KE = "+254712550341"  # his number in Kenya once found (contact.phone)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def koordhien() -> list[Case]:
    rng = random.Random(21121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), koor=[L(TRACE, UID)]))}
    match = obj(rng, "mt")
    req = at_path(case(f, f"{a}/api/koor/{TRACE}", headers=_h(rng, **b)), TRACE, UID)
    return [
        case(f, f"{a}/api/raan", headers=_h(rng), body={
            "rin": L(FIRST, NAMEC), "rin_wun": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "namba_telefon": L(E164, TEL), "wel_thiaan": L(PW, CRED),
            "akool_dhieth": L(DOB, BIRTH), "namba_athor": {"kind": "passport",
                                                           "namba": L(PASSPORT, NID)},
            "pan_dit": L(JUBA_HOME["town"], COARSE), "ruai": "wife of nephew"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "koordhien-android"}),
        case(f, f"{a}/api/yen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/koor", headers=_h(rng, **b), body={
            "koor_id": L(TRACE, UID),
            "raan_mar": {"rin": L(UNCLE[0], NAMEC), "ruon_dhieth": L(UNCLE[1], BIRTH),
                         "tik_ku_mony": L("mony", GENDER), "baai": L("Makuach", COARSE),
                         "dhien": L(DHIEN, SENS), "guop": L("scar on the left forearm", MED),
                         "wa": L("Deng Mabior Akuei", NAMEC), "ma": L("Abuk Chol Garang", NAMEC)},
            "te_ci_tiet": L("Bor town", COARSE), "akool_ci_tiet": "2013-12-22",
            "mony": {"rin": L(HUSBAND[0], NAMEC), "namba_telefon": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/api/koor/{TRACE}/thura", [
            ("thura", "akuei_2009.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"koor_id": L(TRACE, UID), "ruon": 2009})],
            headers=_h(rng, **b)),
        req,
        case(f, f"{a}/api/jam", headers=_h(rng, **b), body={
            "koor_id": L(TRACE, UID), "to": L(UNCLE[0], NAMEC),
            "jam": L("Akuei, your nephew Garang Mabior Deng and his wife are in Juba. Nyandeng "
                     "is well at the camp. Call us on +211921550184.",
                     f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/lists", headers=_h(rng, **b), query={
            "koor": L("Akuei Deng Kakuma", f"{SEARCH}|{NAMEC}"), "list": "2025-11"}),
        case(f, f"{a}/api/matches/{match}/confirm", headers=_h(rng, **b), body={
            "koor_id": L(TRACE, UID), "answer": "yes",
            "wa": L("Deng Mabior Akuei", NAMEC), "guop": L("scar on the left forearm", MED),
            "jam": L("The photo is him, older. The scar is the same.", TEXT)}),
        case(f, f"{a}/api/calls", fmt="form", headers=_h(rng, **b), body={
            "koor_id": L(TRACE, UID), "slot": obj(rng, "sl"), "thaa": "2026-02-03T15:00",
            "namba_telefon": L(E164, TEL), "raan_mar_telefon": L(UNCLE_KE, TEL)}),
        case(f, f"{a}/api/household", headers=_h(rng, **b), body={
            "mony": {"rin": L(HUSBAND[0], NAMEC), "namba_athor": L(HUSBAND_NID, NID)},
            "nyan": {"rin": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                     "akool_dhieth": L(DAUGHTER["dob"], BIRTH),
                     "tik_ku_mony": L(DAUGHTER["sex"], GENDER)}}),
        case(f, f"{a}/api/gam", fmt="form", headers=_h(rng, **b), body={
            "koor_id": L(TRACE, UID), "share_partners": "true", "publish_name": "true",
            "version": "4"}),
        case(f, f"{a}/api/reunification", gz=True, headers=_h(rng, **b), body={
            "koor_id": L(TRACE, UID), "cath": {"from": L("Kakuma", COARSE), "to": L("Bor",
                                                                                  COARSE),
                                             "akool": "2026-03-10"},
            "paan": {"line": L(BOR_PLOT["line"], ADDR), "pan_dit": L(BOR_PLOT["town"], COARSE),
                     "lat": L(BOR_PLOT_AT[0], PRECISE), "lng": L(BOR_PLOT_AT[1], PRECISE)},
            "raan_mar_telefon": L(UNCLE_KE, TEL), "escort": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/api/inbox", headers=_h(rng, how="none"), cookies={
            "kd_sid": L(opaque(rng, "", 40), CRED), "kd_dev": L(INSTALL_ID, DID),
            "kd_req": rid(rng)}),
        multipart(f, f"{a}/api/jam/voice", [
            ("rol", "garang_to_akuei.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"koor_id": L(TRACE, UID), "secs": 48,
                                                "thok": L("din", DEV)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/raan/paan", headers=_h(rng, **b), body={
            "paan": L(JUBA_HOME["line"], ADDR), "pan_dit": L(JUBA_HOME["town"], COARSE),
            "piny": L(JUBA_HOME["region"], COARSE)}),
        case(f, f"{a}/api/offices/near", headers=_h(rng, **b), query={
            "lat": L(f"{JUBA_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{JUBA_HOME_AT[1]:.2f}",
                                                                 COARSE)}),
        case(f, f"{a}/api/feedback", headers=_h(rng, **b), body={
            "office": TRACE_OFFICE["id"], "stars": 5,
            "jam": L("Thank you, after twelve years we heard his voice.", TEXT)}),
        at_path(case(f, f"{a}/api/koor/{TRACE}/close", fmt="form", headers=_h(rng, **b), body={
            "reason": "found", "jam": L("Reunited in Bor on 12 March", TEXT)}), TRACE, UID),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "raan": L(USER_ID, UID), "events": [
                ev("koor_created", 1), ev("screen", 2, screen=L("MatchReview", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def koordhien_sdks() -> list[Case]:
    rng = random.Random(21122)
    return [
        ka_batch(APP, rng, [("Request Created", {}), ("Match Confirmed", {"hops": 2})]),
        ka_identify(APP, rng, {"pan_dit": L("Juba", COARSE), "koor_id": L(TRACE, UID)}),
        ka_pixel(APP, rng, "List Opened", {"list": "2025-11"}),
        ty_launch(APP, rng, user=True),
        ct_crash(APP, rng, ("java.io.IOException", "upload reset"),
                 [ct_crumb("nav", "Request -> Photo"), ct_crumb("tap", "send_photo")],
                 screen="PhotoActivity"),
        pm_register(APP, rng, tags={"office": TRACE_OFFICE["id"]}),
        cp_save(APP, rng, {"analytics": True, "marketing": False}),
        mn_route(APP, rng, [(JUBA_HOME_AT, PRECISE),
                            ((TRACE_OFFICE["lat"], TRACE_OFFICE["lon"]), None)]),
        hl_message(APP, rng, L("The call with my husband's uncle dropped after two minutes",
                               TEXT), {"koor_id": L(TRACE, UID)}),
    ]
