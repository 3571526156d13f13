"""A clubfoot clinic's Ponseti-programme app "Miila" (Jimma; their son Robsan has both feet
treated: weekly casts, a tenotomy, then boots-and-bar with a wear sensor): its API's keys are
Afaan Oromo in Qubee (``daaima`` child, ``haadha`` mother, ``maqaa``, ``maqaa_abbaa``,
``bilbila``, ``fayda`` Fayda number, ``guyyaa_dhalootaa``, ``saala``, ``lakkoofsa_kaardii``
clinic card number, ``rakkoo`` problem, ``miila_mirgaa``/``miila_bitaa`` right/left foot,
``qabxii`` score, ``pilaastara`` cast, ``torban`` week, ``beellama`` appointment, ``eeyyama``
consent, ``mallattoo`` signature, ``bireesii`` brace, ``saatii`` hours, ``madaa`` sore,
``yaada`` note, ``ulfaatina`` weight, ``dheerina`` length, ``ergaa``, ``afaan`` language,
``kaffaltii``, ``hanga``, ``geejjiba`` transport, ``herrega_baankii`` bank account,
``kunuunsaa`` carer, ``hariiroo`` relation, ``teessoo``, ``ganda``, ``magaalaa``): registering
Robsan, an SMS log-in, ``/ana``, his record by card number in the path, Pirani scores (gzip), a
cast logged, foot photos, the tenotomy booked and consented, a check-in at the clinic, the brace
sensor's day (protobuf), the brace diary, his growth, a message to the nurse, instructions, the
brace payment, a bus-fare refund to her bank account, his grandmother as a carer, appointments,
the record by cookie, the Jimma address, push and events. No earlier clubfoot or Ponseti app (a
docstring grep: "clubfoot", "ponseti" nothing)."""

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
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
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
from eval_families160_kit import (
    BANK,
    CHART,
    CLINIC,
    CLINIC_FIX,
    ET_LINE,
    FIN,
    JIMMA_HOUSE_AT,
    MOTHER_IL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families160_sdk import cg_session, md_batch, md_queue, th_launch
from eval_families160_svc import cw_check, fb_eval, hg_attach, mb_geocode, ps_register
from eval_payloads import USER_ID, Case, J, L, case

APP = App("miila", "Miila", "com.example.miila", "2.2.5", "https://api.miila.example.net")
IID = "X-Miila-Install"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, om=True, **kw)


def miila() -> list[Case]:
    rng = random.Random(16031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaardii=L(CHART, MED), bilbila=L(ET_LINE, TEL),
                                    gahee="haadha"))}
    cla, clo = fix(CLINIC_FIX, 5)
    hla, hlo = fix(JIMMA_HOUSE_AT)
    lab: dict[str, str] = {}
    day = pb([(1, L(CHART, MED)), (2, "BR-SN-20931"), (3, 1766016000),
              (4, [(1, L(22.5, MED)), (2, 34.1), (3, L(3, MED))]), (5, L(64, DEV))], "", lab)
    rec = at_path(case(f, f"{a}/api/v1/daaima/{CHART}/galmee", headers=_h(rng, **b)),
                  CHART, MED)
    return [
        case(f, f"{a}/api/v1/galmee", headers=_h(rng), body={
            "haadha": {"maqaa": L(FIRST, NAMEC), "maqaa_abbaa": L(LAST, NAMEC),
                       "bilbila": L(ET_LINE, TEL), "fayda": L(FIN, NID)},
            "daaima": {"maqaa": L(SON["first"], NAMEC), "maqaa_abbaa": L(SON["last"], NAMEC),
                       "guyyaa_dhalootaa": L(SON["dob"], BIRTH),
                       "guyyaa_dhalootaa_lh": L(SON["dob_ec"], BIRTH),
                       "saala": L(SON["sex"], GENDER)},
            "lakkoofsa_kaardii": L(CHART, MED), "rakkoo": L("miila qabaa lamaan", MED),
            "magaalaa": L("Jimmaa", COARSE), "ganda": L("Hirmaataa", COARSE)}),
        case(f, f"{a}/api/v1/seeni/sms", fmt="form", headers=_h(rng), body={
            "bilbila": L(ET_LINE, TEL), "koodii": L("774120", CRED)}),
        case(f, f"{a}/api/v1/ana", headers=_h(rng, extra=jw)),
        rec,
        case(f, f"{a}/api/v1/pirani", gz=True, headers=_h(rng, **b), body={
            "lakkoofsa_kaardii": L(CHART, MED), "torban": 3,
            "miila_mirgaa": {"qabxii": L(4.5, MED), "midfoot": L(2.0, MED)},
            "miila_bitaa": {"qabxii": L(5.0, MED), "midfoot": L(2.5, MED)},
            "ogeessa": "nr_0412"}),
        case(f, f"{a}/api/v1/pilaastara", headers=_h(rng, **b), body={
            "lakkoofsa_kaardii": L(CHART, MED), "lakkoofsa_pilaastaraa": L(3, MED),
            "miila": L("lamaan", MED), "guyyaa": "2025-12-15", "kutaa": "rm_2"}),
        multipart(f, f"{a}/api/v1/suuraa/miilaa", [
            ("suuraa", "miila_t3.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{MED}")),
            ("odeeffannoo", None, "application/json", {"lakkoofsa_kaardii": L(CHART, MED),
                                                       "torban": 3})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/beellama", headers=_h(rng, **b), body={
            "lakkoofsa_kaardii": L(CHART, MED), "gosa": L("tenotomii", MED),
            "guyyaa": "2026-01-05T09:00", "kutaa": "rm_op1"}),
        multipart(f, f"{a}/api/v1/eeyyama", [
            ("mallattoo", "mallattoo.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("odeeffannoo", None, "application/json", {
                "lakkoofsa_kaardii": L(CHART, MED), "unka": "tenotomy_v3",
                "mallatteessaa": L(f"{FIRST} {LAST}", NAMEC), "hariiroo": "haadha"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/seensa", headers=_h(rng, **b), body={
            "beellama": obj(rng, "bl"), "iddoo": {"lat": cla, "lon": clo},
            "kilinika": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lon": CLINIC["lon"]}}),
        raw(f, f"{a}/api/v1/bireesii/sensara", day, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bireesii/guyyaa", headers=_h(rng, **b), body={
            "lakkoofsa_kaardii": L(CHART, MED), "guyyaa": "2026-01-20", "saatii": L(23, MED),
            "madaa": L(False, MED),
            "yaada": L("Halkan booye garuu booda ni rafe; kophee hin baafne", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/guddina", headers=_h(rng, **b), body={
            "lakkoofsa_kaardii": L(CHART, MED), "ulfaatina_kg": L(6.4, FIT),
            "dheerina_cm": L(62.0, FIT), "guyyaa": "2025-12-15"}),
        case(f, f"{a}/api/v1/ergaa", headers=_h(rng, **b), body={
            "gara": "nurse_desk",
            "barreeffama": L(f"{SON['first']} pilaastara isaa keessaa quba isaa diimaa ta'ee "
                             "argine, maal goona?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/qajeelfama", headers=_h(rng, **b), query={
            "afaan": L("om", DEV), "mata_duree": "bireesii"}),
        case(f, f"{a}/api/v1/kaffaltii", fmt="form", headers=_h(rng, **b), body={
            "lakkoofsa_kaardii": L(CHART, MED), "waanta": "bireesii_fi_kophee",
            "hanga": L("1200", BUY), "bilbila_kaffalaa": L(ET_LINE, TEL)}),
        case(f, f"{a}/api/v1/geejjiba", headers=_h(rng, **b), body={
            "lakkoofsa_kaardii": L(CHART, MED), "ka_umsa": L("Adama", COARSE),
            "hanga": L(1400, BUY), "herrega_baankii": L(BANK, PAY),
            "abbaa_herregaa": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/kunuunsaa", headers=_h(rng, **b), body={
            "lakkoofsa_kaardii": L(CHART, MED),
            "nama": {"maqaa": L(MOTHER_IL[0], NAMEC), "bilbila": L(MOTHER_IL[1], TEL),
                     "hariiroo": "akkoo"}}),
        case(f, f"{a}/api/v1/beellamoota", headers=_h(rng, **b), query={
            "lakkoofsa_kaardii": L(CHART, MED), "kan_dhufu": "true"}),
        case(f, f"{a}/api/v1/ragaa", headers=_h(rng, how="none"), cookies={
            "mi_sesii": L(opaque(rng, "", 40), CRED), "mi_meeshaa": L(USER_ID, UID),
            "mi_req": rid(rng)}),
        case(f, f"{a}/api/v1/teessoo", headers=_h(rng, **b), body={
            "teessoo": L("Ganda Hirmaataa, Mana Lakk. 402", ADDR),
            "magaalaa": L("Jimmaa", COARSE), "lat": hla, "lon": hlo}),
        case(f, f"{a}/api/v1/barbaacha", headers=_h(rng, **b), query={
            "q": L("bireesii halkan", SEARCH)}),
        case(f, f"{a}/api/v1/meeshaa", headers=_h(rng, **b), body=push(push_token(rng), "om_ET")),
        case(f, f"{a}/api/v1/taateewwan", headers=_h(rng, **b), body={
            "fayyadamaa": L(USER_ID, UID), "taateewwan": [
                ev("bireesii_galmeesse", 1, saatii=L(23, MED)),
                ev("fuula", 2, fuula=L("GuyyaaBireesii", USAGE))]}),
    ]


def miila_sdks() -> list[Case]:
    rng = random.Random(16032)
    return [
        md_batch(APP, rng, [("Cast Logged", {"cast": L(3, MED)}),
                            ("Brace Day", {"hours": L(23, MED)})], locale="om_ET"),
        md_queue(APP, rng, [("Brace Day", {"hours": L(22, MED)}), ("Photo Added", {"week": 3})]),
        th_launch(APP, rng, first=True, user=True),
        cg_session(APP, rng, secs=604),
        fb_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("ponseti", MED)}, hdr=True),
        ps_register(APP, rng, lang="om", tags={"clinic": CLINIC["id"]}),
        cw_check(APP, rng, {"analytics": True, "research": False}),
        mb_geocode(APP, rng, "Jimma Clubfoot Clinic", SEARCH, near=JIMMA_HOUSE_AT, nd=2),
        hg_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "kaardii_miilaa.pdf", "application/pdf"),
    ]
