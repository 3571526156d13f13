"""A weekend Bugis-language and lontara-script studio's parent app "Sureugi" (their son Andi
Fikri's level-3 class near Fort Rotterdam, Makassar). Its API's keys are Buginese, ASCII-folded,
with English ``email``, ``token``, ``id``: ``ana`` child, ``indo`` mother, ``ambo`` father,
``aseng`` name, ``esso_jaji`` birth date, ``jenis`` sex (``oroane`` boy), ``nik`` national ID
number, ``suku`` ethnic group, ``basa_ri_bola`` language spoken at home, ``sikola`` school,
``kelasa`` class, ``jadwal`` timetable, ``engka`` present, ``sabab`` reason, ``catatang`` note,
``jama_jamang`` homework, ``elong`` sung poem, ``ukuran`` size, ``tinggi_cm`` height,
``wera_kg`` weight, ``tiket`` tickets, ``tamu`` guests, ``tau`` person, ``amure`` uncle,
``anreguru`` teacher, ``pappaseng`` message, ``alergi`` allergy, ``golongan_dara`` blood group,
``kontak_darurat`` emergency contact, ``izin_gambara`` photo consent, ``tanra`` signature,
``onrong_monro`` residence, ``kelurahan`` ward, ``sappa`` search): the parent's OAuth log-in,
``/iyya`` with an ``ana`` claim, the enrolment (his NIK, ethnic group and home languages), the
class list, the timetable by student number in the path, attendance, an absence (a fever), his
lontara homework photo, his recorded ``elong``, the monthly fee, a recital costume with his
height and weight, recital tickets, a pick-up authorisation for his uncle, the pick-up with her
fix, a message to the teacher, the health form (gzip), a photo consent, the signed progress
report (PDF), a search, the address, push and events by a session cookie."""

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
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families275_kit import (
    BROTHER_IL,
    CLASS,
    HUSBAND,
    MKS_HOME,
    MOTHER_IL,
    SON,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families275_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families275_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sureugi", "Sureugi", "com.example.sureugi", "1.9.5", "https://api.sureugi.example.org")
IID = "X-Sureugi-Device"
PW = "Fikri2017!Benteng"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{SON['first']} {SON['last']}"
ST = SON["student"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sureugi() -> list[Case]:
    rng = random.Random(27541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ana=[L(ST, UID)], peran="indo"))}
    pla, plo = fix(STUDIO_FIX, 5)
    timetable = at_path(case(f, f"{a}/v1/ana/{ST}/jadwal", headers=_h(rng, **b),
                             query={"semester": "2"}), ST, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "sureugi-indo"}),
        case(f, f"{a}/v1/iyya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ana/daftar", headers=_h(rng, **b), body={
            "ana": {"aseng": L(KID, NAMEC), "esso_jaji": L(SON["dob"], BIRTH),
                    "jenis": L(SON["sex"], GENDER), "nik": L(SON["nik"], NID),
                    "suku": L("Ugi - Amerika", SENS), "basa_ri_bola": L("Ugi, Inggris", SENS),
                    "sikola": "SD Example 12", "kelasa_sikola": 3},
            "indo": {"aseng": L(f"{FIRST} {LAST}", NAMEC), "nomoro_hp": L(E164, TEL)},
            "ambo": {"aseng": L(HUSBAND[0], NAMEC), "nomoro_hp": L(HUSBAND[1], TEL)},
            "kelasa": CLASS["id"], "student": L(ST, UID)}),
        case(f, f"{a}/v1/kelasa", headers=_h(rng, **b), query={"ana": L(ST, UID)}),
        timetable,
        case(f, f"{a}/v1/engka", headers=_h(rng, **b), query={
            "ana": L(ST, UID), "bulang": "2026-01"}),
        case(f, f"{a}/v1/engka/izin", headers=_h(rng, **b), body={
            "ana": L(ST, UID), "esso": "2026-01-18", "sabab": L("malasa", MED),
            "catatang": L("Fikri mapella ulunna sibawa mapeddi ellonna, de' nalao esso Ahad.",
                          f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/jama_jamang", [
            ("gambara", "sure_ugi_p7.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"ana": L(ST, UID), "pangaja": "ls_07",
                                                "lembar": 2})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/elong", [
            ("sadda", "elong_fikri.m4a", "audio/mp4", L(M4A + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"ana": L(ST, UID), "elong": "el_ininnawa",
                                                "detik": 74})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pabbayara", fmt="form", headers=_h(rng, **b), body={
            "ana": L(ST, UID), "bulang": "2026-02", "jumella": L("250000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/pentas/pakeang", headers=_h(rng, **b), body={
            "ana": L(ST, UID), "pakeang": "baju bella dada", "ukuran": "M",
            "tinggi_cm": L(128, FIT), "wera_kg": L(26, FIT), "ellinna": L(175000, BUY)}),
        case(f, f"{a}/v1/pentas/tiket", headers=_h(rng, **b), body={
            "pentas": "pt_2026_02", "tiket": 3, "jumella": L(90000, BUY),
            "tamu": [L(MOTHER_IL[0], NAMEC), L(HUSBAND[0], NAMEC)]}),
        case(f, f"{a}/v1/jemput/izin", headers=_h(rng, **b), body={
            "ana": L(ST, UID),
            "tau": {"aseng": L(BROTHER_IL[0], NAMEC), "nomoro_hp": L(BROTHER_IL[1], TEL),
                    "hubungan": "amure"}, "esso": ["sabtu"]}),
        case(f, f"{a}/v1/jemput/lettu", headers=_h(rng, **b), body={
            "ana": L(ST, UID), "onrong": {"lat": pla, "lng": plo},
            "sanggar": {"id": STUDIO["id"], "lat": STUDIO["lat"], "lng": STUDIO["lon"]},
            "jenis": "jemput"}),
        case(f, f"{a}/v1/pappaseng", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "lao_ri": "anreguru_3b",
            "pappaseng": L("Anreguru, Fikri maelo ma'baca elong ri pentas, ulle ga?",
                           f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/ana/kesehatan", gz=True, headers=_h(rng, **b), body={
            "ana": L(ST, UID), "aseng": L(KID, NAMEC), "esso_jaji": L(SON["dob"], BIRTH),
            "alergi": [L("urang", MED)], "asma": L(False, MED), "golongan_dara": L("O", MED),
            "kontak_darurat": {"aseng": L(MOTHER_IL[0], NAMEC), "nomoro_hp": L(MOTHER_IL[1],
                                                                                TEL)}}),
        case(f, f"{a}/v1/izin_gambara", fmt="form", headers=_h(rng, **b), body={
            "ana": L(ST, UID), "izin_gambara": "de", "tanra": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/rapor/tarima", [
            ("rapor", "rapor_smt1.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"ana": L(ST, UID),
                                                "tanra": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sappa", headers=_h(rng, **b), query={
            "q": L("elong ugi ana-ana pentas", SEARCH)}),
        case(f, f"{a}/v1/profil/onrong", headers=_h(rng, **b), body={
            "onrong_monro": L(MKS_HOME["line"], ADDR), "kelurahan": L(MKS_HOME["kel"], COARSE),
            "kota": L(MKS_HOME["town"], COARSE), "kode_pos": L(MKS_HOME["post"], COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kajadiang", headers=_h(rng, how="none"), cookies={
            "su_sid": L(opaque(rng, "", 40), CRED), "su_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "kajadiang": [
                ev("jadwal_dibuka", 1), ev("screen", 2, screen=L("JamaJamang", USAGE))]}),
    ]


def sureugi_sdks() -> list[Case]:
    rng = random.Random(27542)
    return [
        mc_batch(APP, rng, [("Timetable Opened", {"semester": 2}),
                            ("Fee Paid", {"amount": L(250000, BUY)})]),
        mc_identify(APP, rng, {"peran": "indo", "ana": 1, "kota": L("Makassar", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="bahasa,budaya,anak"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [cd_crumb("nav", "JamaJamang -> Elong"), cd_crumb("tap", "record_button")],
                 user={"id": L(USER_ID, UID)}, screen="ElongActivity"),
        fn_eval(APP, rng, {"sanggar": STUDIO["id"], "ana": 1}),
        pt_register(APP, rng, tags={"sanggar": STUDIO["id"], "kelasa": CLASS["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "250000"),
        hs_message(APP, rng, L(f"Pabbayara bulang Februari untuk {KID} de'pa natama",
                               f"{TEXT}|{NAMEC}|{BUY}"), {"ana": L(ST, UID)}),
    ]
