"""A mercury-exposure study's participant app "Kwikitesi" (``kwiki`` mercury, ``tesi`` test; a
fictional university-and-health-post programme that measures mercury in the hair of people who
eat river fish below the small-scale gold mines, and advises them). Its API's keys are
Saramaccan, ASCII-folded: ``neen`` / ``famii_neen`` first name / surname, ``paidaka`` birth date,
``womi_mujee`` sex (``mujee`` woman), ``telefon`` phone, ``kode`` code, ``bee`` pregnant (lit.
"belly"), ``siki`` illness, ``deesi`` medicine, ``dataa`` doctor, ``fisi`` fish, ``njan`` meals
(lit. "eat"), ``wiki`` week, ``uwii`` hair, ``pe_a_de`` where she is, ``konde`` village,
``adeesi`` address, ``sikifi_neen`` signature, ``boskopu`` message, ``suku`` search,
``mii`` child, ``dataa_wosu`` health post: enrolment, an SMS code, ``/mi``, the consent
signature, the exposure questionnaire (gzip), the hair kit posted to their house, the sample
handed in at the Tutubuka health post with her fix, a protobuf fish diary, an offline diary queue
(JSON Lines), the result by study number in the path, the result acknowledged, the son's sample,
the fish advice, a search, where the fish was caught, a message to the study doctor, a video
consult, a neurological check booked, push and events. No earlier set has mercury or
heavy-metal biomonitoring (a grep: "mercury", "hair sample", "biomonitor", "lead poisoning",
"fish consumption" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families234_kit import (
    HAIR_KIT,
    HEALTH_POST,
    PARTICIPANT,
    PBO_HOME,
    PBO_HOME_AT,
    SON,
    STUDY_DOCTOR,
    VILLAGE,
    VILLAGE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families234_sdk import ck_session, tk_launch, tp_batch, tp_queue
from eval_families234_svc import cu_check, fp_eval, ht_attach, ml_geocode, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kwikitesi", "Kwikitesi", "com.example.kwikitesi", "1.2.7",
          "https://api.kwikitesi.example.org")
IID = "X-KT-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
CAUGHT = (4.262411, -55.452093)  # the spot upriver where Kodjo caught the fish (theirs: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kwikitesi() -> list[Case]:
    rng = random.Random(23431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), studi=L(PARTICIPANT, MED)))}
    hla, hlo = fix(VILLAGE_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PARTICIPANT, MED)), (2, 1768521600),
                (3, [(1, "anjumara"), (2, L(3, MED)), (3, "lio")]),
                (4, [(1, "piren"), (2, L(1, MED)), (3, "lio")]), (5, "1.2.7")], "", lab)
    result = at_path(case(f, f"{a}/v1/sembe/{PARTICIPANT}/bakapisi", headers=_h(rng, **b)),
                     PARTICIPANT, MED)
    return [
        case(f, f"{a}/v1/sembe", headers=_h(rng), body={
            "neen": L(FIRST, NAMEC), "famii_neen": L(LAST, NAMEC), "paidaka": L(DOB, BIRTH),
            "womi_mujee": L("mujee", GENDER), "telefon": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "konde": L(VILLAGE["name"], COARSE),
            "kamian": L(PBO_HOME["town"], COARSE), "bee": L(False, f"{MED}|{SENS}"),
            "studi": L(PARTICIPANT, MED), "tongo": "en"}),
        case(f, f"{a}/v1/kode", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kode": L("271904", CRED)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/akoodi", [
            ("sikifi", "sikifi.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("pampia", None, "application/json", {"studi": L(PARTICIPANT, MED),
                                                  "vesi": "consent_v4",
                                                  "sikifi_neen": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/aksi", gz=True, headers=_h(rng, **b), body={
            "studi": L(PARTICIPANT, MED),
            "fisi_njan_a_wiki": L(5, MED), "fisi": [L("anjumara", MED), L("piren", MED)],
            "jaa_a_lio": L(2, MED), "siki": [L("finga ta kii (tingling)", MED),
                                             L("hedi ta hati", MED)],
            "deesi": [L("paracetamol 500 mg", MED)], "tifi_kwik": L(True, MED),
            "gowtu_wooko": L(False, MED), "bee": L(False, f"{MED}|{SENS}")}),
        case(f, f"{a}/v1/uwii/kit", headers=_h(rng, **b), body={
            "studi": L(PARTICIPANT, MED), "kit": L(HAIR_KIT, MED),
            "adeesi": L(PBO_HOME["line"], ADDR), "kamian": L(PBO_HOME["area"], COARSE),
            "telefon": L(E164, TEL)}),
        case(f, f"{a}/v1/uwii/tja_go", headers=_h(rng, **b), body={
            "kit": L(HAIR_KIT, MED), "dataa_wosu": HEALTH_POST["id"],
            "pe_a_de": {"lat": hla, "lng": hlo, "sizu": 12},
            "dataa_wosu_pe": {"lat": HEALTH_POST["lat"], "lng": HEALTH_POST["lon"]},
            "uwii_cm": L(3, MED)}),
        raw(f, f"{a}/v1/fisi/buku", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        lines(f, f"{a}/v1/fisi/buku/sync", [
            {"daka": "2026-01-12", "fisi": L("anjumara", MED), "njan": L(2, MED),
             "studi": L(PARTICIPANT, MED)},
            {"daka": "2026-01-13", "fisi": L("kwikwi", MED), "njan": L(1, MED),
             "studi": L(PARTICIPANT, MED)},
            {"daka": "2026-01-14", "fisi": L("piren", MED), "njan": L(1, MED),
             "studi": L(PARTICIPANT, MED)}], headers=_h(rng, **b)),
        result,
        case(f, f"{a}/v1/bakapisi/kaba", fmt="form", headers=_h(rng, **b), body={
            "studi": L(PARTICIPANT, MED), "hg_ug_g": L("3.4", MED),
            "njan_pikidi": L("yes", MED), "leti": opaque(rng, "rs_", 10)}),
        case(f, f"{a}/v1/mii", headers=_h(rng, **b), body={
            "mama_studi": L(PARTICIPANT, MED), "neen": L(KID, NAMEC),
            "paidaka": L(SON["dob"], BIRTH), "womi_mujee": L("womi", GENDER),
            "kit": L("HK7-44019", MED), "fisi_njan_a_wiki": L(3, MED)}),
        case(f, f"{a}/v1/fisi/lai", headers=_h(rng, **b), query={
            "fisi": "anjumara", "lio": "Boven-Suriname", "tongo": L("srm", DEV)}),
        case(f, f"{a}/v1/suku", headers=_h(rng, **b), query={
            "suku": L("fisi sondi kwik bee mujee", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/fisi/pe", headers=_h(rng, **b), body={
            "studi": L(PARTICIPANT, MED), "fisi": "anjumara",
            "pe_a_kisi": {"lat": L(CAUGHT[0], PRECISE), "lng": L(CAUGHT[1], PRECISE)},
            "gowtu_kampu_pasi": "3 km"}),
        case(f, f"{a}/v1/boskopu", headers=_h(rng, **b), body={
            "go_a": {"neen": L(STUDY_DOCTOR[0], NAMEC), "email": L(STUDY_DOCTOR[1], MAIL)},
            "boskopu": L("Dataa, mi finga ta kii a neti ku mi hedi ta hati. Mi musu tapa fu "
                         "njan anjumara?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/video/wosu", headers=_h(rng, **b), body={
            "afspraak": obj(rng, "ap"), "join": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/afspraak", fmt="form", headers=_h(rng, **b), body={
            "studi": L(PARTICIPANT, MED), "fasi": L("neurologisch onderzoek", MED),
            "kamian": "Kwikitesi poli Flora", "daka": "2026-02-03T09:30"}),
        case(f, f"{a}/v1/uwii/kit/status", headers=_h(rng, **b), query={
            "kit": L(HAIR_KIT, MED), "studi": L(PARTICIPANT, MED)}),
        case(f, f"{a}/v1/memre", fmt="form", headers=_h(rng, **b), body={
            "studi": L(PARTICIPANT, MED), "fasi": L("fisi_buku", USAGE), "juu": "19:30",
            "daka": "sa"}),
        case(f, f"{a}/v1/apaati", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/sani", headers=_h(rng, how="none"), cookies={
            "kt_sesi": L(opaque(rng, "", 40), CRED), "kt_apaati": L(INSTALL_ID, DID)}, body={
            "sembe": L(USER_ID, UID), "sesi": rid(rng), "sani": [
                ev("result_viewed", 1), ev("skiin", 2, skiin=L("FisiBuku", USAGE))]}),
    ]


def kwikitesi_sdks() -> list[Case]:
    rng = random.Random(23432)
    return [
        tp_batch(APP, rng, [("Result Viewed", {"band": L("medium", MED)}),
                            ("Diary Entry", {"meals": L(2, MED)})]),
        tp_queue(APP, rng, [("Diary Entry", {"fish": L("anjumara", MED)}),
                            ("Kit Sent", {})]),
        tk_launch(APP, rng, first=True, user=True),
        ck_session(APP, rng, secs=402),
        fp_eval(APP, rng, {"programme": L("mercury", MED), "site": HEALTH_POST["id"]}, hdr=True),
        pa_register(APP, rng, tags={"site": HEALTH_POST["id"]}),
        cu_check(APP, rng, {"analytics": True, "research": True}),
        ml_geocode(APP, rng, "Kwikitesi poli Flora", "behavior.search", near=PBO_HOME_AT, nd=2),
        ht_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "uwii_bakapisi.pdf", "application/pdf"),
    ]
