"""A women's clinic's patient app "Uima wa Iveti" ("women's health"; a Machakos town clinic
following her recurrent urinary-tract infections: her own health data). Its API's keys are Kamba
in plain Latin letters with the medical English (and Swahili) clinics keep: ``isyitwa_ya_mbee``/
``isyitwa_ya_musyi`` first name/surname, ``simu`` phone, ``imeli`` e-mail, ``kodi`` code,
``mutheenya_wa_kusyawa`` birth date, ``kiveti_kana_mundume`` sex ("woman or man"; ``kiveti``
woman), ``namba_ya_kipande`` ID-card number, ``namba_ya_faili`` file number, ``bima``
insurance, ``uwau`` illness, ``maita`` times, ``ndawa`` medicine, ``ivu`` pregnancy,
``kuwaa`` to hurt, ``homa`` fever, ``damu`` blood, ``ivinda`` appointment slot, ``kitumi``
reason, ``vandu`` place, ``fika`` arrive, ``mbesa`` amount, ``kuiva`` to pay, ``lisiti``
receipt, ``uvoo`` message, ``kiwu`` water drunk, ``musyi`` home, ``taoni`` town, ``muume``
husband: sign-up, an SMS code, ``/niini``, the history (gzip), a symptom check, slots, a visit
booked, the check-in with her fix, an old lab report uploaded, the culture result by file number
in the path, a protobuf dose beat, a refill delivered home, a deposit by mobile money, an
insurance claim, a message to her doctor, a video visit, a hydration log (msgpack), sharing with
her husband, invoices by cookie, push, events and a log-out."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families272_kit import (
    ALIEN_ID,
    CLINIC,
    CLINIC_FILE,
    CLINIC_FIX,
    DOCTOR,
    HOME,
    HOME_AT,
    HUSBAND,
    KE_LINE,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families272_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families272_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("uima", "Uima wa Iveti", "com.example.uimaiveti", "2.4.1",
          "https://api.uimaiveti.example.org")
IID = "X-UI-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
MEMBER = "EHC-7730419-01"  # her health-cover member number (health.medical, as set 37)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def uima() -> list[Case]:
    rng = random.Random(27221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), faili=L(CLINIC_FILE, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CLINIC_FILE, MED)), (2, L("nitrofurantoin 100 mg", MED)), (3, 1),
               (4, 1769065200), (5, "2.4.1")], "", lab)
    res = at_path(case(f, f"{a}/v2/lab/{CLINIC_FILE}/results", headers=_h(rng, **b),
                       query={"test": "urine_culture"}), CLINIC_FILE, MED)
    return [
        case(f, f"{a}/v2/awau", headers=_h(rng), body={
            "isyitwa_ya_mbee": L(FIRST, NAMEC), "isyitwa_ya_musyi": L(LAST, NAMEC),
            "simu": L(E164, TEL), "imeli": L(EMAIL, MAIL), "mutheenya_wa_kusyawa": L(DOB, BIRTH),
            "kiveti_kana_mundume": L("kiveti", GENDER), "namba_ya_kipande": L(ALIEN_ID, NID),
            "bima": {"kampuni": "Example Health Cover", "namba": L(MEMBER, MED)},
            "namba_ya_faili": L(CLINIC_FILE, MED)}),
        case(f, f"{a}/v2/ingia/sms", fmt="form", headers=_h(rng), body={
            "simu": L(E164, TEL), "kodi": L("307716", CRED)}),
        case(f, f"{a}/v2/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/uwau/history", gz=True, headers=_h(rng, **b), body={
            "namba_ya_faili": L(CLINIC_FILE, MED), "uwau": L("recurrent UTI", MED),
            "maita_mwaka_uu": L(4, MED), "ndawa_isu": [L("nitrofurantoin", MED)],
            "allergies": [L("sulfamethoxazole", MED)], "ivu": L(False, f"{MED}|{SENS}"),
            "kisukari": L(False, MED), "last_visit": "2025-11"}),
        case(f, f"{a}/v2/dalili", headers=_h(rng, **b), body={
            "namba_ya_faili": L(CLINIC_FILE, MED), "kuwaa_kwa_kukojoa": L(7, MED),
            "homa": L(37.9, MED), "damu": L(False, MED), "mutheenya": "2026-01-19"}),
        case(f, f"{a}/v2/ivinda", headers=_h(rng, **b), query={
            "clinic": CLINIC["id"], "mutheenya": "2026-01-21"}),
        case(f, f"{a}/v2/ivinda/book", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "namba_ya_faili": L(CLINIC_FILE, MED),
            "kitumi": L("Burning again, the third time since November", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/fika", headers=_h(rng, **b), body={
            "ivinda": obj(rng, "ap"), "vandu": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        multipart(f, f"{a}/v2/lab/upload", [
            ("file", "urinalysis_nov.jpg", "image/jpeg", L(JPEG + b"\x19", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"namba_ya_faili": L(CLINIC_FILE, MED),
                                                "lab": "other", "date": "2025-11-12"})],
            headers=_h(rng, **b)),
        res,
        raw(f, f"{a}/v2/ndawa/dose", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/ndawa/refill", fmt="form", headers=_h(rng, **b), body={
            "ndawa": L("nitrofurantoin 100 mg x 14", MED), "pharmacy": "ph_mks_03",
            "musyi": L(HOME["line"], ADDR), "taoni": L(HOME["town"], COARSE),
            "simu": L(KE_LINE, TEL)}),
        case(f, f"{a}/v2/kuiva", headers=_h(rng, **b), body={
            "mbesa": L(2500, BUY), "sarafu": "KES", "simu": L(KE_LINE, TEL),
            "lisiti": L(mpesa(rng), BUY), "namba_ya_faili": L(CLINIC_FILE, MED)}),
        case(f, f"{a}/v2/bima/claim", headers=_h(rng, **b), body={
            "namba": L(MEMBER, MED), "invoice": L("INV-MWC-26-0193", BUY),
            "mbesa": L(4800, BUY), "diagnosis": L("N39.0", MED)}),
        case(f, f"{a}/v2/uvoo", headers=_h(rng, **b), body={
            "kwa": {"isyitwa": L(DOCTOR[0], NAMEC), "imeli": L(DOCTOR[1], MAIL)},
            "uvoo": L("Since the course ended I have a dull pain on the right side of my back, "
                      "should I come in?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/video/join", headers=_h(rng, **b), body={
            "ivinda": obj(rng, "ap"), "roomToken": L(opaque(rng, "vt_", 36), CRED)}),
        case(f, f"{a}/v2/kiwu", fmt="msgpack", headers=_h(rng, **b), body={
            "namba_ya_faili": L(CLINIC_FILE, MED),
            "siku": [{"mutheenya": f"2026-01-2{i}", "litres": L(2.0 + 0.3 * i, MED)}
                     for i in range(3)]}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "namba_ya_faili": L(CLINIC_FILE, MED),
            "muume": {"isyitwa": L(HUSBAND[0], NAMEC), "simu": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "invoices"]}),
        case(f, f"{a}/v2/invoices", headers=_h(rng, how="none"), cookies={
            "ui_session": L(opaque(rng, "", 40), CRED), "ui_device": L(INSTALL_ID, DID),
            "ui_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/maundu", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "maundu": [
                ev("symptoms_logged", 1), ev("screen", 2, screen=L("Ndawa", USAGE))]}),
        case(f, f"{a}/v2/uma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def uima_sdks() -> list[Case]:
    rng = random.Random(27222)
    return [
        mc_batch(APP, rng, [("Visit Booked", {"clinic": CLINIC["id"]}),
                            ("Deposit Paid", {"amount": L(2500, BUY)})]),
        mc_queue(APP, rng, [("Symptoms Logged", {"burning": L(7, MED)}),
                            ("Dose Taken", {"dose": 1})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=301),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("recurrent_uti", MED)},
                hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"], "reminders": "doses"}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "2500.00"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((CLINIC["lat"], CLINIC["lon"]), None)],
                 mode="driving"),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "culture_result.pdf", "application/pdf"),
    ]
