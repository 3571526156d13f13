"""Outer-island medicine consignment app "Vailakau" (a fictional hospital pharmacy's app: a carer in
Funafuti orders a relative's monthly medicines, hands the box to the ship at the wharf, and the
Nukufetau clinic nurse confirms; readings come back). Keys in Tuvaluan (the shared words, plus
``vailakau`` medicine, ``numela_falemai`` hospital number, ``tino_masaki`` patient, ``tausi``
carer, ``toto`` blood pressure, ``suka_toto`` blood sugar, ``nesi`` nurse, ``pusa`` box,
``fua`` dose, ``fakamanatu`` reminder, ``fesokotakiga`` relation): the carer's sign-up with her
own hospital number, an OAuth password grant, ``/au``, linking her mother-in-law, the medicine
list, a consignment order, blood-pressure and sugar readings (gzip), a protobuf cuff reading, a
photo of the box at the wharf with her fix, the hand-over to the ship, a message to the nurse,
her own inhaler refill, a visiting-doctor slot, the freight fee, the referral letter (PDF), a
search, the medicines by hospital number in the path, reminders, doses taken (JSON Lines), push,
events and a receipt by cookie. Earlier sets have locker pick-ups of repeat prescriptions and a
patient transport with an escort; none sends a relative's medicines by ship to an outer island."""

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
    JPEG,
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families179_kit import (
    HOME,
    HOME_AT,
    HOSPITAL,
    MIL_RECORD,
    MOTHER_IL,
    NURSE,
    OWN_RECORD,
    WHARF_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families179_sdk import ck_session, me_batch, me_queue, tk_launch
from eval_families179_svc import ca_check, ff_eval, hf_attach, ma_reverse, ma_route, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vailakau", "Vailakau", "com.example.vailakau", "1.5.3",
          "https://api.vailakau.example.org")
IID = "X-Vailakau-Masini"
PW = "Vaiaku!Fale2026"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(40))
MEDS = [("amlodipine 5 mg", 30), ("metformin 500 mg", 60), ("aspirin 100 mg", 30)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def vailakau() -> list[Case]:
    rng = random.Random(17961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), numela_falemai=L(OWN_RECORD, MED),
                                    tino_masaki=[L(MIL_RECORD, MED)]))}
    wla, wlo = fix(WHARF_FIX)
    box = obj(rng, "px")
    lab: dict[str, str] = {}
    cuff = pb([(1, L(MIL_RECORD, MED)), (2, 1771900000),
               (3, [(1, L(151, MED)), (2, L(94, MED)), (3, L(78, MED))]), (4, "cuff-v2.1")],
              "", lab)
    meds = at_path(case(f, f"{a}/v1/tino_masaki/{MIL_RECORD}/vailakau", headers=_h(rng, **b)),
                   MIL_RECORD, MED)
    return [
        case(f, f"{a}/v1/lesitala", headers=_h(rng), body={
            "igoa": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "upu_huna": L(PW, CRED), "aso_fanau": L(DOB, BIRTH),
            "numela_falemai": L(OWN_RECORD, MED), "tuatusi": L(HOME["line"], ADDR),
            "tausi": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "vailakau-android"}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tino_masaki", headers=_h(rng, **b), body={
            "igoa": L(MOTHER_IL[0], NAMEC), "numela_falemai": L(MIL_RECORD, MED),
            "aso_fanau": L("1957-09-02", BIRTH), "fenua": L("Nukufetau", COARSE),
            "fakai": L("Savave", COARSE), "telefoni": L(MOTHER_IL[1], TEL),
            "fesokotakiga": "tinana_avaga"}),
        case(f, f"{a}/v1/vailakau", headers=_h(rng, **b), query={
            "numela_falemai": L(MIL_RECORD, MED), "tulaga": "active"}),
        case(f, f"{a}/v1/fakatoka", headers=_h(rng, **b), body={
            "tino_masaki": L(MIL_RECORD, MED), "vaka": "sh_nivaga_0303", "pusa": box,
            "vailakau": [{"igoa": L(n, MED), "numela": q} for n, q in MEDS],
            "fakamatalaga": L("Ko oti ana vailakau mo te toto maualuga i te Aso Faa",
                              f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/toto", gz=True, headers=_h(rng, **b), body={
            "tino_masaki": L(MIL_RECORD, MED), "faitau": [
                {"aso": "2026-02-20", "sys": L(148, MED), "dia": L(92, MED)},
                {"aso": "2026-02-27", "sys": L(156, MED), "dia": L(97, MED)}],
            "suka_toto": L(9.4, MED), "nesi": "ns_nf01"}),
        raw(f, f"{a}/v1/toto/masini", cuff, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/pusa/ata", [
            ("ata", "pusa_vailakau.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {"pusa": box, "lat": wla, "lon": wlo})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pusa/tuku", fmt="form", headers=_h(rng, **b), body={
            "pusa": box, "vaka": "sh_nivaga_0303", "lat": L(f"{WHARF_FIX[0]:.5f}", PRECISE),
            "lon": L(f"{WHARF_FIX[1]:.5f}", PRECISE), "taimi": "2026-03-03T06:40"}),
        case(f, f"{a}/v1/fekau/nesi", headers=_h(rng, **b), body={
            "ki": {"igoa": L(NURSE[0], NAMEC), "telefoni": L(NURSE[1], TEL)},
            "fekau": L(f"Nesi, {MOTHER_IL[0]} e manako ke siaki tena suka toto, e niniva i "
                       "taeao", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/vailakau/au", fmt="form", headers=_h(rng, **b), body={
            "numela_falemai": L(OWN_RECORD, MED), "vailakau": L("salbutamol inhaler", MED),
            "masaki": L("asima", MED), "numela": "1"}),
        case(f, f"{a}/v1/fakatoka/fomai", headers=_h(rng, **b), body={
            "tino_masaki": L(MIL_RECORD, MED), "masaki": L("suka, mata", MED),
            "aso": "2026-03-11", "fomai_asiasi": "dr_team_nz"}),
        case(f, f"{a}/v1/totogi", fmt="form", headers=_h(rng, **b), body={
            "pusa": box, "tupe": L("5.00", BUY), "tupe_ituaiga": "AUD",
            "metotia": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/tusi", [
            ("tusi", "referral_eye.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"tino_masaki": L(MIL_RECORD, MED),
                                                "ituaiga": "referral"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sala", headers=_h(rng, **b), query={
            "sala": L("vailakau mo te toto maualuga", SEARCH)}),
        meds,
        case(f, f"{a}/v1/fakamanatu", headers=_h(rng, **b), body={
            "tino_masaki": L(MIL_RECORD, MED), "taimi": ["07:00", "19:00"],
            "vailakau": L("metformin 500 mg", MED), "ki": L(MOTHER_IL[1], TEL)}),
        lines(f, f"{a}/v1/fua/sync", [
            {"tino_masaki": L(MIL_RECORD, MED), "vailakau": L("amlodipine 5 mg", MED),
             "taimi": 1771920000},
            {"tino_masaki": L(MIL_RECORD, MED), "vailakau": L("metformin 500 mg", MED),
             "taimi": 1771963200}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/masini", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "tino": L(USER_ID, UID), "mea_tutupu": [
                ev("order_sent", 1), ev("screen", 2, screen=L("Toto", USAGE))]}),
        case(f, f"{a}/v1/tusi_tupe/fakamuli", headers=_h(rng, how="none"), cookies={
            "vl_sesi": L(opaque(rng, "", 40), CRED), "vl_masini": L(INSTALL_ID, DID),
            "vl_req": rid(rng)}),
    ]


def vailakau_sdks() -> list[Case]:
    rng = random.Random(17962)
    return [
        me_batch(APP, rng, [("Order Sent", {"items": 3}), ("Reading Logged", {"kind": "bp"})]),
        me_queue(APP, rng, [("Dose Taken", {"med": L("metformin 500 mg", MED)}),
                            ("Reminder Opened", {})]),
        tk_launch(APP, rng, first=True, user=True),
        ck_session(APP, rng, secs=604),
        ff_eval(APP, rng, {"hospital": HOSPITAL["id"], "program": L("ncd-hypertension", MED)}),
        pf_register(APP, rng, tags={"hospital": HOSPITAL["id"]}),
        ca_check(APP, rng, {"analytics": True, "research": False}),
        ma_reverse(APP, rng, WHARF_FIX, PRECISE, nd=4),
        ma_route(APP, rng, [(HOME_AT, PRECISE), ((HOSPITAL["lat"], HOSPITAL["lon"]), None)],
                 mode="driving"),
        hf_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "bp_chart.pdf", "application/pdf"),
    ]
