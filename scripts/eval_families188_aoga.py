"""The son's New Zealand correspondence-school app "Te Aoga Mamao" (``aoga mamao``: the school
far away; Kele is enrolled from Fakaofo and works at the atoll's learning hub and at home;
Tokelauan keys: ``tamaitiiti`` child, ``matua`` parent, ``nsn`` his NZ student number (English,
as NZ forms write it), ``tagata_tokelau`` Tokelauan ethnicity, ``gagana_fale`` home
languages, ``lagolago`` learning support, ``faigata`` difficulty, ``lehona`` lesson,
``galuega`` work / assignment, ``tali`` answers, ``leo`` voice recording, ``faiakoga``
teacher, ``lipoti`` report, ``tui`` immunisations, ``alelegi`` allergies, ``fakafeagai``
emergency contact, ``meaaoga`` school supplies, plus ``igoa_muamua``, ``igoa_kaiga``,
``imeli``, ``numela_telefoni``, ``upu_lilo``, ``aho_fanau``, ``itupa``, ``tuatuhi``, ``fenua``,
``atunuku``, ``tulaga``, ``fekau``, ``hakili``, ``ata``, ``tupe``): the parent's sign-up, an
e-mail code, ``/oku`` with a ``tamaliki`` claim, the enrolment (name, birth date, sex, NSN,
ethnicity), learning support (dyslexia, glue ear), his last school report (PDF), lessons by
NSN in the path, a reading recording, a drawing, a message to his teacher about a fever, a video
lesson, the hub check-in with her fix, a protobuf progress beat, typed answers (msgpack), a
supplies order, the health form (gzip; immunisations, allergy, her sister-in-law as emergency
contact), a search, reports by cookie, the posting address in Lower Hutt, push, events and a
log-out. Set 68 has a US home-school notice of intent; a distance enrolment in a NZ
correspondence school from an atoll is new ("correspondence" matched only a council letter)."""

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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families188_kit import HOME, HUB, SISTER_IL, SON, fix, hd, obj, push
from eval_families188_sdk import ck_crash, ck_crumb, ck_session, mo_batch, mo_pixel, vk_launch
from eval_families188_svc import cf_check, ff_eval, hf_message, pm_register, pu_card, pu_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("aogamamao", "Te Aoga Mamao", "com.example.aogamamao", "5.1.0",
          "https://api.aogamamao.example.org")
IID = "X-Aoga-Device"
PW = "Kele2015!Fale"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
KID = f"{SON['first']} {SON['last']}"
HUB_FIX = (-9.372298, -171.245987)  # her phone at the learning hub (location.precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def aogamamao() -> list[Case]:
    rng = random.Random(18871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), tamaliki=[L(SON["nsn"], UID)],
                                    role="matua"))}
    hla, hlo = fix(HUB_FIX, 5)
    lesson = obj(rng, "lh")
    lab: dict[str, str] = {}
    beat = pb([(1, L(SON["nsn"], UID)), (2, lesson), (3, 1769648400), (4, L(1260, USAGE)),
               (5, 14)], "", lab)
    lessons = at_path(case(f, f"{a}/v3/tamaiti/{SON['nsn']}/lehona", headers=_h(rng, **b),
                           query={"vaiaho": "2026-W06"}), SON["nsn"], UID)
    return [
        case(f, f"{a}/v3/matua", headers=_h(rng), body={
            "igoa_muamua": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC),
            "imeli": L(EMAIL_MIXED, MAIL), "numela_telefoni": L(E164, TEL),
            "upu_lilo": L(PW, CRED), "tuatuhi": L(HOME["line"], ADDR),
            "fenua": L(HOME["atoll"], COARSE), "atunuku": L("Tokelau", COARSE)}),
        case(f, f"{a}/v3/ulufale/imeli", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "numela_fakamaonia": L("904421", CRED)}),
        case(f, f"{a}/v3/oku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/tamaiti", headers=_h(rng, **b), body={
            "igoa_muamua": L(SON["first"], NAMEC), "igoa_kaiga": L(SON["last"], NAMEC),
            "aho_fanau": L(SON["dob"], BIRTH), "itupa": L(SON["sex"], GENDER),
            "nsn": L(SON["nsn"], UID), "tagata_tokelau": L("Tokelauan, European", SENS),
            "gagana_fale": ["Tokelau", "English"], "tauhaga_aoga": 6,
            "matua": {"igoa": L(f"{FIRST} {LAST}", NAMEC), "vaega": "tinana"}}),
        case(f, f"{a}/v3/tamaiti/lagolago", headers=_h(rng, **b), body={
            "nsn": L(SON["nsn"], UID), "faigata": [L("dyslexia", MED), L("glue ear", MED)],
            "fakamatalaga": L("E faigata ia Kele te faitau, e he lelei te fakalogo i te taliga "
                              "tauagavale", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v3/tamaiti/lipoti_muamua", [
            ("tuhi", "lipoti_2025.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"nsn": L(SON["nsn"], UID)})],
            headers=_h(rng, **b)),
        lessons,
        multipart(f, f"{a}/v3/galuega/leo", [
            ("leo", "faitau_kele.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"nsn": L(SON["nsn"], UID), "lehona": lesson})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/galuega/ata", [
            ("ata", "ata_vaka.jpg", "image/jpeg", L(JPEG + b"\x3a", MEDIA)),
            ("meta", None, "application/json", {"nsn": L(SON["nsn"], UID), "lehona": lesson})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/fekau", headers=_h(rng, **b), body={
            "kia": "faiakoga_y6_03",
            "fekau": L("Kia ora Whaea Anna, ko Kele e fiva i te aho nei, ka tuku atu tana "
                       "galuega i te Aso Falaile", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/lehona/vitio", headers=_h(rng, **b), body={
            "lehona": lesson, "join_token": L(opaque(rng, "vl_", 36), CRED)}),
        case(f, f"{a}/v3/hub/siaki", headers=_h(rng, **b), body={
            "nsn": L(SON["nsn"], UID), "hub": HUB["id"], "tulaga": {"lat": hla, "lng": hlo},
            "hub_tulaga": {"lat": HUB["lat"], "lng": HUB["lon"]}}),
        raw(f, f"{a}/v3/lehona/fatu", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/galuega/tali", fmt="msgpack", headers=_h(rng, **b), body={
            "nsn": L(SON["nsn"], UID), "lehona": lesson, "tali": [
                L("The canoe was made from a breadfruit tree", TEXT),
                L("My dad goes fishing with uncle on Saturday", TEXT)]}),
        case(f, f"{a}/v3/meaaoga", fmt="form", headers=_h(rng, **b), body={
            "nsn": L(SON["nsn"], UID), "pusa": "y6_term1", "tupe": L("35.00", BUY),
            "auala_totogi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/tamaiti/ola", gz=True, headers=_h(rng, **b), body={
            "nsn": L(SON["nsn"], UID), "tui": {"MMR": L("2017-01-10", MED),
                                               "DTaP": L("2020-02-14", MED)},
            "alelegi": [L("peanuts", MED)], "asthma": L(True, MED),
            "fakafeagai": {"igoa": L(SISTER_IL[0], NAMEC),
                           "numela_telefoni": L(SISTER_IL[1], TEL)}}),
        case(f, f"{a}/v3/hakili", headers=_h(rng, **b), query={
            "hakili": L("tusi faitau year 6 dyslexia", SEARCH)}),
        case(f, f"{a}/v3/lipoti", headers=_h(rng, how="none"), cookies={
            "am_sid": L(opaque(rng, "", 40), CRED), "am_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/tuatuhi/meli", headers=_h(rng, **b), body={
            "igoa": L(SISTER_IL[0], NAMEC), "tuatuhi": L(SISTER_IL[3], ADDR),
            "taulaga": L("Lower Hutt", COARSE), "atunuku": L("NZ", COARSE)}),
        case(f, f"{a}/v3/masini", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "fakaaoga": L(USER_ID, UID), "mea_tutupu": [
                ev("lehona_tatala", 1), ev("itulau", 2, itulau=L("Galuega", USAGE))]}),
        case(f, f"{a}/v3/ulufafo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def aogamamao_sdks() -> list[Case]:
    rng = random.Random(18872)
    return [
        mo_batch(APP, rng, [("Lesson Opened", {"week": "2026-W06"}),
                            ("Recording Uploaded", {})]),
        mo_pixel(APP, rng, "Report Viewed", {"term": 1}),
        vk_launch(APP, rng, user=True),
        ck_crash(APP, rng, ("java.net.SocketTimeoutException", "upload leo"),
                 [ck_crumb("nav", "Lehona -> Leo")], screen="LeoActivity"),
        ck_session(APP, rng, secs=1960),
        ff_eval(APP, rng, {"year": 6, "hub": HUB["id"]}),
        pm_register(APP, rng, tags={"year": "6"}),
        cf_check(APP, rng, {"analytics": True, "research": False}),
        pu_card(APP, rng),
        pu_confirm(APP, rng, "35.00", "nzd"),
        hf_message(APP, rng, L(f"The recording for {KID} will not upload", f"{TEXT}|{NAMEC}"),
                   {"nsn": L(SON["nsn"], UID)}),
    ]
