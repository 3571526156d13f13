"""The municipal health visitor's app "Nutaraq" (nutaraq: newborn; the health visitor's home
visits for their baby Aviaja, 7 months, and the mother's own postnatal checks; its API's keys
are Kalaallisut: ``nutaraq`` baby, ``meeraq_id`` the child's record number, ``peqqissaasoq``
health visitor, ``pulaarneq`` visit, ``oqimaassuseq`` weight, ``takissuseq`` length,
``niaqqoq_cm`` head circumference, ``kapuineq`` vaccination, ``milluaaneq`` breastfeeding,
``sinittarnera`` her sleep, ``ineriartorneq`` development, ``anaana`` mother, ``nappaat``
illness, ``allergi`` allergy, ``qatanngutit`` siblings, ``aappaq`` spouse, ``inuup_normua`` CPR
number, ``inunngorfik`` birth date, ``suiaassuseq`` sex (``arnaq`` girl), ``apeqqut``
question): sign-up, an OAuth code exchange, ``/uanga`` with the child's CPR claim, linking the
baby, a home visit booked, growth (gzip), a protobuf scale reading, vaccinations, the feeding and
sleep log (msgpack), the mother's EPDS screening, a question about night crying, a rash photo,
milestones, the growth chart by record number in the path, the father and the sibling, family
allergies, the centre's hours, the vaccination card by cookie, a search, push and events. Baby
apps in sets 29 (a monitor) and 70 (a marketplace) and several nurseries with immunisation books
exist; this is the public health visitor's record of home visits, growth and the mother's
postnatal screening."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families203_kit import (
    BABY,
    CPR,
    HEALTH_CENTRE,
    HOME,
    HOME_AT,
    HUSBAND,
    SON,
    hd,
    obj,
    push,
)
from eval_families203_sdk import ka_batch, qc_crash, qc_crumb, qc_session
from eval_families203_svc import ac_save, hi_message, mn_route, pp_register, ts_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nutaraq", "Nutaraq", "com.example.nutaraq", "5.0.3", "https://api.nutaraq.example.org")
IID = "X-Nutaraq-Device"
NID = "personal.national_id"
FIT = "health.fitness"
CHILD = "NT-AV-250509-1"  # the baby's record number at the health visitor (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kl=True, **kw)


def nutaraq() -> list[Case]:
    rng = random.Random(20351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, inuup_normua=L(CPR, NID),
                                    meeqqat=L(BABY["cpr"], NID)))}
    lab: dict[str, str] = {}
    scale = pb([(1, L(CHILD, UID)), (2, L(7840, FIT)), (3, 1767861000), (4, "scale_bt_22")],
               "", lab)
    chart = at_path(case(f, f"{a}/v1/meeqqat/{CHILD}/ineriartorneq", headers=_h(rng, **b)),
                    CHILD, UID)
    baby = f"{BABY['first']} {BABY['last']}"
    rename = at_path(case(f, f"{a}/v1/nutaraq/{CHILD}/ateq", headers=_h(rng, **b), body={
        "ateq_tamakkerlugu": L(baby, NAMEC)}), CHILD, UID)
    return [
        case(f, f"{a}/v1/angajoqqaat", headers=_h(rng), body={
            "ateq": L(FIRST, NAMEC), "ateq_kingulleq": L(LAST, NAMEC), "emaili": L(EMAIL, MAIL),
            "oqarasuaat": L(E164, TEL), "inuup_normua": L(CPR, NID),
            "najugaq": L(HOME["line"], ADDR), "postnormu": L(HOME["post"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "authorization_code", "code": L(opaque(rng, "ac_", 32), CRED),
            "code_verifier": L(opaque(rng, "", 43), CRED),
            "redirect_uri": "com.example.nutaraq:/cb", "client_id": "nutaraq-app"}),
        case(f, f"{a}/v1/uanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/meeqqat", headers=_h(rng, **b), body={
            "ateq": L(BABY["first"], NAMEC), "ateq_kingulleq": L(BABY["last"], NAMEC),
            "inuup_normua": L(BABY["cpr"], NID), "inunngorfik": L(BABY["dob"], BIRTH),
            "suiaassuseq": L(BABY["sex"], GENDER), "meeraq_id": L(CHILD, UID),
            "oqimaassuseq_inunngormat_g": L(3420, FIT), "takissuseq_inunngormat_cm": L(51, FIT),
            "inunngorfia": "Dronning Ingrids Napparsimmavissuat"}),
        case(f, f"{a}/v1/pulaarneq", headers=_h(rng, **b), body={
            "meeraq_id": L(CHILD, UID), "slot": obj(rng, "sl"), "ulloq": "2026-01-09",
            "najugaq": L(HOME["line"], ADDR), "peqqissaasoq": "ps_014",
            "oqaaseqaat": L("Qimmeqanngilagut, matu 2. tv.", TEXT)}),
        case(f, f"{a}/v1/ineriartorneq", gz=True, headers=_h(rng, **b), body={
            "meeraq_id": L(CHILD, UID), "ulloq": "2026-01-09",
            "oqimaassuseq_g": L(7810, FIT), "takissuseq_cm": L(67.5, FIT),
            "niaqqoq_cm": L(43.2, FIT), "percentil": L(45, FIT)}),
        raw(f, f"{a}/v1/ineriartorneq/oqimaassuseq", scale, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kapuinerit", headers=_h(rng, **b), body={
            "meeraq_id": L(CHILD, UID), "kapuinerit": [
                {"suussusia": L("DiTeKiPol/Hib 2", MED), "ulloq": "2025-10-08"},
                {"suussusia": L("Pneumokok 2", MED), "ulloq": "2025-10-08"},
                {"suussusia": L("BCG", MED), "ulloq": "2025-05-12"}]}),
        case(f, f"{a}/v1/nerineq_sinik", fmt="msgpack", headers=_h(rng, **b), body={
            "meeraq_id": L(CHILD, UID), "ulloq": "2026-01-08",
            "milluaanerit": L(6, MED), "imeq_ml": L(240, MED),
            "sinittarnera_nal": L(13.5, MED), "iterfii_unnuami": L(3, MED)}),
        case(f, f"{a}/v1/anaana/epds", headers=_h(rng, **b), body={
            "inuup_normua": L(CPR, NID), "akissutit": L("1,1,2,1,0,1,2,1,1,0", MED),
            "katillugit": L(10, MED), "ulloq": "2026-01-09"}),
        case(f, f"{a}/v1/apeqqutit", headers=_h(rng, **b), body={
            "meeraq_id": L(CHILD, UID),
            "apeqqut": L("Aviaja unnuakkut qiasaqattaarpoq, kiagaqaaq 38,4. Nakorsamut "
                         "attaveqassaanga?", f"{TEXT}|{NAMEC}|{MED}")}),
        multipart(f, f"{a}/v1/apeqqutit/assiliaq", [
            ("assiliaq", "amia.jpg", "image/jpeg", L(JPEG + b"\x61\x76", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"meeraq_id": L(CHILD, UID),
                                                "sumi": L("qungasia", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ineriartorneq/killiffiit", fmt="form", headers=_h(rng, **b), body={
            "meeraq_id": L(CHILD, UID), "ingittarpoq": L("aap", MED),
            "pakerlavoq": L("naamik", MED), "oqaluttuarpoq": L("aap", MED)}),
        chart,
        case(f, f"{a}/v1/ilaqutariit", headers=_h(rng, **b), body={
            "meeraq_id": L(CHILD, UID),
            "aappaq": {"ateq": L(HUSBAND["name"], NAMEC), "oqarasuaat": L(HUSBAND["phone"], TEL),
                       "inuup_normua": L(HUSBAND["cpr"], NID)},
            "qatanngutit": [{"ateq": L(f"{SON['first']} {SON['last']}", NAMEC),
                             "inunngorfik": L(SON["dob"], BIRTH)}]}),
        case(f, f"{a}/v1/ilaqutariit/nappaatit", headers=_h(rng, **b), body={
            "meeraq_id": L(CHILD, UID), "allergi": [L("eksem (anaana)", MED),
                                                    L("astma (ataata)", MED)],
            "pujortartoqarpa": L(False, MED)}),
        case(f, f"{a}/v1/peqqissaavik/{HEALTH_CENTRE['id']}/ammasarfii", headers=_h(rng, **b)),
        case(f, f"{a}/v1/kapuinerit/kort.pdf", headers=_h(rng, how="none"), query={
            "meeraq_id": L(CHILD, UID)}, cookies={
            "nt_session": L(opaque(rng, "", 40), CRED), "nt_device": L(INSTALL_ID, DID),
            "nt_req": rid(rng)}),
        case(f, f"{a}/v1/ujarlerneq", headers=_h(rng, **b), query={
            "ujarlerneq": L("D-vitamin nutaraq 7 qaammat", SEARCH)}),
        rename,
        case(f, f"{a}/v1/atortut", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/pisut", headers=_h(rng, **b), body={
            "atuisoq": L(USER_ID, UID), "pisut": [
                ev("ineriartorneq_nalunaarsorneqarpoq", 1),
                ev("saqqummersitaq", 2, saqqummersitaq=L("Kapuinerit", USAGE))]}),
    ]


def nutaraq_sdks() -> list[Case]:
    rng = random.Random(20352)
    return [
        ka_batch(APP, rng, [("Growth Logged", {"screen": "Ineriartorneq"}),
                            ("Visit Booked", {})], locale="kl_GL"),
        qc_session(APP, rng, secs=402),
        qc_crash(APP, rng, ("java.lang.IllegalArgumentException", "percentile out of range"),
                 [qc_crumb("nav", "Ineriartorneq -> Chart")], screen="GrowthChartActivity"),
        pp_register(APP, rng, lang="kl", tags={"peqqissaavik": HEALTH_CENTRE["id"]}),
        ac_save(APP, rng, {"analytics": True, "research": False}),
        ts_eval(APP, rng, {"centre": HEALTH_CENTRE["id"], "epds": True}),
        mn_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((HEALTH_CENTRE["lat"], HEALTH_CENTRE["lon"]), None)]),
        hi_message(APP, rng, L("Kapuinerit kortiat ammarsinnaanngilara", TEXT),
                   {"meeraq_id": L(CHILD, UID)}),
    ]
