"""Javelin club app "Tao Lele" (``tao`` spear, ``lele`` fly: a Mata-Utu athletics club's javelin
group; her daughter Losa (15) is the athlete, she is the parent account): its API's keys are
Wallisian without the glottal stop (``higoa`` / ``higoa_famili`` first name / surname, ``meli``,
``telefoni``, ``kupu_fufu`` password, ``faee`` mother, ``tamasii`` child, ``aho_fanau`` birth
date, ``tagata_fafine`` sex, ``numelo_secu`` social-security number, ``laiseni`` licence,
``loloa`` height, ``mamafa`` weight, ``li`` throw, ``mamao`` distance, ``mafu`` heart (rate),
``fakamalohisino`` training, ``sensa`` sensor, ``tauvaga`` competition (the author's choice),
``fili`` selection, ``folau`` trip, ``tauhi`` host / carer, ``fakamooni`` signature,
``paaga`` amount, ``talanoa`` message, ``kalapu`` club, ``ata`` picture): parent sign-up, an
OAuth grant, ``/au``, Losa added, her medical certificate, the licence fee, a training log, a
wrist sensor's throw trace, heart rate (gzip), an offline throw queue (msgpack), a competition
entry, the stadium check-in, the selection for a games trip to Noumea with her aunt as host, its
payment, a video, a message to the coach, the training history by licence in the path, a
calendar, receipts by cookie, push and events. Sets with judo and handball clubs (licences,
tournaments) exist; this is a throwing group's training log with a wrist sensor and a games
selection."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    imu,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families185_kit import (
    DAUGHTER,
    HOME_AT,
    SISTER_IL,
    STADIUM,
    STADIUM_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families185_sdk import mc_batch, mc_pixel, tn_event, tn_launch
from eval_families185_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("taolele", "Tao Lele", "com.example.taolele", "1.8.5", "https://api.taolele.example.net")
IID = "X-TaoLele-Device"
PW = "Losa#Tao2026"
NID = "personal.national_id"
FIT = "health.fitness"
LIC = DAUGHTER["licence"]
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def taolele() -> list[Case]:
    rng = random.Random(18511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, meli=L(EMAIL, MAIL), tamasii=[L(LIC, UID)],
                                    role="faee"))}
    sla, slo = fix(STADIUM_FIX, 4)
    comp = obj(rng, "tv")
    hist = at_path(case(f, f"{a}/v2/atelete/{LIC}/fakamalohisino", headers=_h(rng, **b),
                        query={"mahina": "2026-01"}), LIC, UID)
    return [
        case(f, f"{a}/v2/kaiga/lesita", headers=_h(rng), body={
            "higoa": L(FIRST, NAMEC), "higoa_famili": L(LAST, NAMEC),
            "meli": L(EMAIL_MIXED, MAIL), "telefoni": L(E164, TEL), "kupu_fufu": L(PW, CRED),
            "faahiga": "faee", "kalapu": "asm_javelot"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "taolele-android"}),
        case(f, f"{a}/v2/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tamasii", headers=_h(rng, **b), body={
            "higoa": L(DAUGHTER["first"], NAMEC), "higoa_famili": L(DAUGHTER["last"], NAMEC),
            "aho_fanau": L(DAUGHTER["dob"], BIRTH), "tagata_fafine": L(DAUGHTER["sex"], GENDER),
            "numelo_secu": L(DAUGHTER["nir"], NID), "laiseni": L(LIC, UID),
            "loloa": L(168, FIT), "mamafa": L(61.5, FIT), "lima_li": "matau"}),
        multipart(f, f"{a}/v2/tohi_toketa", [
            ("tohi", "certificat_losa.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"laiseni": L(LIC, UID), "aho": "2026-01-08",
                                                "fua": L("apte, asthme d'effort suivi", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/laiseni/totogi", fmt="form", headers=_h(rng, **b), body={
            "laiseni": L(LIC, UID), "paaga": L("9500", BUY), "valuta": "XPF",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/fakamalohisino", headers=_h(rng, **b), body={
            "laiseni": L(LIC, UID), "aho": "2026-01-17", "tao": "500g",
            "li": [{"mamao": L(38.6, FIT), "vave": L(21.4, FIT)},
                   {"mamao": L(41.2, FIT), "vave": L(22.0, FIT)},
                   {"mamao": L(39.9, FIT), "vave": L(21.7, FIT)}],
            "mafu_lahi": L(182, FIT), "fakamatala": L("Right shoulder tight after the third",
                                                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/fakamalohisino/sensa", headers=_h(rng, **b), body={
            "laiseni": L(LIC, UID), "li": 2, "sensa": "wrist_band_v2",
            "acc": L(imu(rng, 24), MOTION), "pika_g": 7.4}),
        case(f, f"{a}/v2/fakamalohisino/mafu", gz=True, headers=_h(rng, **b), body={
            "laiseni": L(LIC, UID), "kamata": 1768600000,
            "mafu": [L(v, FIT) for v in (96, 124, 151, 168, 177, 142)]}),
        case(f, f"{a}/v2/li/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "laiseni": L(LIC, UID),
            "li": [{"mamao": L(d, FIT), "t": 1768640000 + 90 * i}
                   for i, d in enumerate((36.1, 40.3))]}),
        case(f, f"{a}/v2/tauvaga/{comp}/lesita", headers=_h(rng, **b), body={
            "laiseni": L(LIC, UID), "kalasi": "U16 F", "lelei_taha": L(41.2, FIT),
            "paaga": L(1500, BUY)}),
        case(f, f"{a}/v2/hu_sitatio", headers=_h(rng, **b), body={
            "potu": {"lat": sla, "lon": slo},
            "sitatio": {"id": STADIUM["id"], "lat": STADIUM["lat"], "lon": STADIUM["lon"]},
            "laiseni": L(LIC, UID)}),
        case(f, f"{a}/v2/fili", headers=_h(rng, **b), body={
            "laiseni": L(LIC, UID), "folau": {"ki": "Noumea", "mai": "2026-04-06",
                                              "ki_aho": "2026-04-13"},
            "tauhi": {"higoa": L(SISTER_IL["name"], NAMEC),
                      "telefoni": L(SISTER_IL["phone"], TEL),
                      "nofoaga": L(SISTER_IL["line"], ADDR),
                      "kolo": L(SISTER_IL["town"], COARSE)},
            "fakamooni": L(f"{FIRST} {LAST}", NAMEC), "faee_telefoni": L(E164, TEL)}),
        case(f, f"{a}/v2/folau/totogi", fmt="form", headers=_h(rng, **b), body={
            "laiseni": L(LIC, UID), "paaga": L("42000", BUY), "bolo_4": L("4444", PAY)}),
        multipart(f, f"{a}/v2/ata", [
            ("video", "li_41m.mp4", "video/mp4", L(MP4 + b"\x09", MEDIA)),
            ("meta", None, "application/json", {"laiseni": L(LIC, UID),
                                                "fakamatala": L("Losa's 41 m throw!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/talanoa", headers=_h(rng, **b), body={
            "ki": "coach_kf01",
            "talanoa": L("Losa has knee pain since Saturday, can she skip the approach runs?",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        hist,
        case(f, f"{a}/v2/kalena", headers=_h(rng, **b), query={
            "kalapu": "asm_javelot", "mahina": "2026-02"}),
        case(f, f"{a}/v2/tohi_totogi", headers=_h(rng, how="none"), cookies={
            "tl_sesio": L(opaque(rng, "", 40), CRED), "tl_device": L(INSTALL_ID, DID),
            "tl_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/fakamatala", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("li_logged", 1), ev("screen", 2, screen=L("Fakamalohisino", USAGE))]}),
    ]


def taolele_sdks() -> list[Case]:
    rng = random.Random(18512)
    return [
        mc_batch(APP, rng, [("Throw Logged", {"best": L(41.2, FIT)}),
                            ("Licence Paid", {"amount": L(9500, BUY)})], at=STADIUM_FIX, nd=2),
        mc_pixel(APP, rng, "Calendar Opened", {"month": "2026-02"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"item": "licence_u16"}, revenue=9500.0, currency="XPF"),
        fn_eval(APP, rng, {"club": "asm_javelot", "athlete_age": L(15, BIRTH)}),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"kalapu": "asm_javelot",
                                                       "kalasi": "U16 F"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "9500", "xpf"),
        mm_geocode(APP, rng, "Stade de Kafika", "behavior.search", near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "certificat_losa.pdf", "application/pdf"),
    ]


__all__ = ["KID", "taolele", "taolele_sdks"]
