"""Post-chikungunya joint-pain clinic app "Joraram" (Zindabazar, Sylhet; her wrists, knees and
ankles after the monsoon's chikungunya outbreak; its API's keys are Sylheti in ASCII: ``nam``,
``fodobi``, ``fon_nombor`` phone, ``gufon_nombor`` PIN, ``jonmo_din`` birth date, ``linga`` sex
(``mohila``), ``tikana`` address (street line), ``shoor`` town, ``rogi_nombor`` patient number,
``lokkhon`` symptoms, ``jor`` fever, ``girar_bish`` joint pain, ``fula`` swelling, ``dawai``
medicine, ``daktor`` doctor, ``serial`` appointment (as Bangladeshi clinics say), ``karon``
reason, ``fi`` fee, ``foriman`` amount, ``rokto_porikkha`` blood test, ``riport`` report,
``fotu`` photo, ``kodom`` steps, ``montobbo`` remark, ``tara`` stars): sign-up with her passport,
a phone code, ``/amar``, the symptom questionnaire (gzip), doctors, the serial and its fee, a
check-in, a blood report (PDF), a protobuf pain diary, a photo of the swollen ankle, a message to
her doctor, prescriptions, the bill by patient number in the path, a video room, a pharmacy
order, steps from the phone (msgpack), sharing with her husband, feedback, push, events and a
report by cookie."""

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
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families289_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HUSBAND,
    PASSPORT,
    PATIENT,
    SY_HOME,
    SY_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families289_sdk import cm_session, ms_batch, ms_queue, tk_launch
from eval_families289_svc import (
    ch_check,
    fs_eval,
    hc_attach,
    mj_geocode,
    pg_register,
    ps_card,
    ps_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("joraram", "Joraram", "com.example.joraram", "2.2.7", "https://api.joraram.example.net")
IID = "X-Joraram-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def joraram() -> list[Case]:
    rng = random.Random(28911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), rogi=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 4)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1768521600),
                (3, [(1, L(6, MED)), (2, L(45, MED)), (3, L("dan haat-or kobji", MED))]),
                (4, "2.2.7")], "", lab)
    bill = at_path(case(f, f"{a}/v2/rogi/{PATIENT}/bil", headers=_h(rng, **b)), PATIENT, MED)
    return [
        case(f, f"{a}/v2/rogi", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "fodobi": L(LAST, NAMEC), "fon_nombor": L(E164, TEL),
            "email": L(EMAIL, MAIL), "jonmo_din": L(DOB, BIRTH), "linga": L("mohila", GENDER),
            "tikana": L(SY_HOME["line"], ADDR), "shoor": L(SY_HOME["town"], COARSE),
            "passport_nombor": L(PASSPORT, NID), "rogi_nombor": L(PATIENT, MED),
            "kibhabe_janlen": "facebook"}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "fon_nombor": L(E164, TEL), "otp": L("305118", CRED), "gufon_nombor": L("2291", CRED)}),
        case(f, f"{a}/v2/amar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/proshnomala", gz=True, headers=_h(rng, **b), body={
            "rogi_nombor": L(PATIENT, MED), "jor_shuru": L("2025-11-28", MED),
            "jor_din": L(6, MED),
            "lokkhon": [L("girar bish", MED), L("fula", MED), L("gao-o daag", MED)],
            "girar_bish": {"haat": L(7, MED), "hatu": L(6, MED), "gorali": L(8, MED)},
            "sokal_shokto_minit": L(50, MED), "dawai": [L("paracetamol 500 mg", MED)],
            "age_dengue": L(False, MED), "garbhoboti": L(False, MED)}),
        case(f, f"{a}/v2/daktor", headers=_h(rng, **b), query={
            "bishoy": "rheumatology", "clinic": CLINIC["id"], "din": "2026-01-19"}),
        case(f, f"{a}/v2/serial", headers=_h(rng, **b), body={
            "rogi_nombor": L(PATIENT, MED), "daktor": "dr_fr_011", "tarik": "2026-01-19",
            "homoy": "17:30", "karon": L("chikungunya-r por girar bish ar fula", MED),
            "fi": L(800, BUY), "serial_nombor": 14}),
        case(f, f"{a}/v2/taka_dewa", fmt="form", headers=_h(rng, **b), body={
            "serial": obj(rng, "sr"), "foriman": L("800", BUY), "mudra": "BDT",
            "method": L(opaque(rng, "pm_", 24), PAY), "card_shesh_char": L("4444", PAY)}),
        case(f, f"{a}/v2/ashlam", headers=_h(rng, **b), body={
            "serial": obj(rng, "sr"), "zaga": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        multipart(f, f"{a}/v2/riport", [
            ("riport", "crp_ra_chikv.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "rogi_nombor": L(PATIENT, MED),
                "rokto_porikkha": L("CRP, RA factor, CHIKV IgG", MED), "lab": "lb_zb02"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/fotu", [
            ("fotu", "gorali_fula.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"rogi_nombor": L(PATIENT, MED),
                                                "jaga": L("dan gorali", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/khobor", headers=_h(rng, **b), body={
            "prapok": {"nam": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "likha": L("Sokale haat ar gorali khub bish kore, naproxen khailam tao kome na",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/dawai", headers=_h(rng, **b), query={
            "rogi_nombor": L(PATIENT, MED), "cholti": "true"}),
        bill,
        case(f, f"{a}/v2/video/kamra", headers=_h(rng, **b), body={
            "serial": obj(rng, "sr"), "joinToken": L(opaque(rng, "vk_", 36), CRED)}),
        case(f, f"{a}/v2/pharmacy/ordar", headers=_h(rng, **b), body={
            "dawai": [{"nam": L("Naproxen 500 mg", MED), "kota": 20},
                      {"nam": L("Hydroxychloroquine 200 mg", MED), "kota": 30}],
            "tikana": L(SY_HOME["line"], ADDR), "elaka": L(SY_HOME["area"], COARSE),
            "fon": L(NATIONAL, TEL), "mot": L(1460, BUY)}),
        case(f, f"{a}/v2/hata", fmt="msgpack", headers=_h(rng, **b), body={
            "rogi_nombor": L(PATIENT, MED),
            "din": [{"tarik": "2026-01-14", "kodom": L(3120, FIT)},
                    {"tarik": "2026-01-15", "kodom": L(4410, FIT)}],
            "zontro": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/bhag", headers=_h(rng, **b), body={
            "rogi_nombor": L(PATIENT, MED),
            "kar_shathe": {"nam": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL)},
            "ki": ["serial", "bil"]}),
        case(f, f"{a}/v2/motamot", fmt="form", headers=_h(rng, **b), body={
            "daktor": "dr_fr_011", "tara": "4",
            "montobbo": L("Daktor bala, kintu serial-or lagi 2 ghonta boisa thaklam", TEXT)}),
        case(f, f"{a}/v2/zontro", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/ghotona", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "ghotona": [
                ev("diary_saved", 1), ev("screen", 2, screen=L("PainDiary", USAGE))]}),
        case(f, f"{a}/v2/riport/shesh", headers=_h(rng, how="none"), cookies={
            "jr_sid": L(opaque(rng, "", 40), CRED), "jr_dev": L(INSTALL_ID, DID)}),
    ]


def joraram_sdks() -> list[Case]:
    rng = random.Random(28912)
    return [
        ms_batch(APP, rng, [("Serial Booked", {"fee": L(800, BUY)}),
                            ("Diary Saved", {"pain": L(6, MED)})]),
        ms_queue(APP, rng, [("Diary Entry", {"stiffness_min": L(45, MED)}),
                            ("Photo Uploaded", {"kind": "swelling"})]),
        tk_launch(APP, rng, first=True, user=True),
        cm_session(APP, rng, secs=604),
        fs_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("chikungunya-rehab", MED)},
                hdr=True),
        pg_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ch_check(APP, rng, {"analytics": True, "research": False}),
        mj_geocode(APP, rng, "Zindabazar Joint and Fever Care", SEARCH, near=SY_HOME_AT, nd=2),
        hc_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "xray_haat.pdf", "application/pdf"),
        ps_card(APP, rng),
        ps_confirm(APP, rng, "800.00"),
    ]
