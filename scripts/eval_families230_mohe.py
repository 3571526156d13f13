"""Bedwetting-alarm app "Mohe Mafana" ("warm sleep": a moisture alarm clipped to the son's pyjamas
pairs with the parent's phone; the app logs nights, drinks and wake-ups, keeps a star chart and
shares the log with the children's continence nurse in Grafton). Mikaele (8) is the data subject.
Its API's keys are Niuean with the English of the device (``alarm``, ``ble``, ``serial``,
``nhi``, ``ml``): ``matua`` parent, ``tama`` child, ``higoa`` / ``higoa_fakahiku`` names,
``aho_fanau`` birth date, ``tane_fifine`` sex (``tama tane`` boy), ``mamafa`` weight,
``imeli``, ``telefoni``, ``kupu_fufu``, ``nofoaga``, ``maaga``, ``po`` night, ``mimi`` wet,
``pakupaku`` dry, ``ala`` woke, ``inu`` drink, ``fetu`` star (reward), ``mena_fakaalofa``
reward, ``neesi`` nurse, ``vailakau`` medicine, ``fakafetui`` appointment, ``aoga`` school,
``faiaoga`` teacher, ``fekau`` message, ``kumi`` search, ``mahani`` events): the parent's
sign-up, an OAuth password grant, ``/au`` with a ``tama`` claim, the son's profile (name, birth
date, sex, NHI, weight), the alarm paired, a night's log, the alarm's protobuf event sync, a
weekly summary (msgpack), the star chart and a star, a message to the nurse, appointments and a
clinic check-in with her fix, his medicine, the paper bladder diary (PDF), the report by the
son's ID in the path, a note for the school camp teacher, a search, recent nights by cookie, push
and events. New: a file-name and docstring grep found no bedwetting, enuresis or continence app
(set 188's ``glue ear`` is a school health note, a different kind)."""

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
    MAIL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families230_kit import (
    ALARM,
    CLINIC,
    CLINIC_FIX,
    NU_HOME,
    NURSE,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families230_sdk import ct_crash, ct_crumb, ct_session, fg_batch, fg_identify, tk_launch
from eval_families230_svc import cm_attach, cs_save, fp_eval, pa_register, ph_card, ph_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mohemafana", "Mohe Mafana", "com.example.mohemafana", "2.0.9",
          "https://api.mohemafana.example.com")
IID = "X-MoheMafana-Install"
PW = "Fetu-Pakupaku-8"
NID = "personal.national_id"
CHILD = "MF-C-3308"  # the son's ID in the app (id.user: a data subject)
KID = f"{SON['first']} {SON['last']}"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mohemafana() -> list[Case]:
    rng = random.Random(23051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tama=[L(CHILD, UID)],
                                    role="matua"))}
    cla, clo = fix(CLINIC_FIX, 5)
    night = obj(rng, "po")
    lab: dict[str, str] = {}
    sync = pb([(1, L(CHILD, UID)), (2, night),
               (3, [(1, 1765276320), (2, L(True, MED)), (3, L(95, MED))]),
               (4, [(1, 1765290480), (2, L(False, MED)), (3, L(0, MED))]),
               (5, ALARM["fw"])], "", lab)
    report = at_path(case(f, f"{a}/v1/tama/{CHILD}/lipoti", headers=_h(rng, **b),
                          query={"vaiaho": "4w"}), CHILD, UID)
    return [
        case(f, f"{a}/v1/matua", headers=_h(rng), body={
            "higoa": L(f"{FIRST} {LAST}", NAMEC), "imeli": L(EMAIL_MIXED, MAIL),
            "telefoni": L(E164, TEL), "kupu_fufu": L(PW, CRED),
            "nofoaga": L(NU_HOME["line"], ADDR), "maaga": L(NU_HOME["village"], COARSE),
            "motu": L(NU_HOME["island"], COARSE)}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "mohe-android"}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tama", headers=_h(rng, **b), body={
            "tama": L(CHILD, UID), "higoa": L(SON["first"], NAMEC),
            "higoa_fakahiku": L(SON["last"], NAMEC), "aho_fanau": L(SON["dob"], BIRTH),
            "tane_fifine": L(SON["sex"], GENDER), "nhi": L(SON["nhi"], NID),
            "mamafa": L(27.5, "health.fitness"), "tau_aoga": 4}),
        case(f, f"{a}/v1/alarm/pair", headers=_h(rng, **b), body={
            "tama": L(CHILD, UID), "serial": ALARM["serial"], "ble": ALARM["ble"],
            "fw": ALARM["fw"], "leo": "vibrate+tone"}),
        case(f, f"{a}/v1/po", headers=_h(rng, **b), body={
            "tama": L(CHILD, UID), "po": night, "aho": "2025-12-08",
            "inu_ml": L(350, MED), "mimi": L(True, MED), "alarm": "01:32",
            "ala": L(False, MED), "matua_ala": True, "mohega_fou": True}),
        raw(f, f"{a}/v1/alarm/sync", sync, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/faahi_tapu", fmt="msgpack", headers=_h(rng, **b), body={
            "tama": L(CHILD, UID), "faahi_tapu": "2025-W49",
            "pakupaku": L(4, MED), "mimi": L(3, MED), "alarm_ala": L(1, MED)}),
        case(f, f"{a}/v1/fetu", headers=_h(rng, **b), query={"tama": L(CHILD, UID)}),
        case(f, f"{a}/v1/fetu", fmt="form", headers=_h(rng, **b), body={
            "tama": L(CHILD, UID), "fetu": "1", "mena_fakaalofa": "movie night"}),
        case(f, f"{a}/v1/neesi/fekau", headers=_h(rng, **b), body={
            "ki": {"higoa": L(NURSE[0], NAMEC), "telefoni": L(NURSE[1], TEL)},
            "fekau": L("Mikaele had three dry nights this week. The alarm wakes everyone except "
                       "him, should we go back to the tablets?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/fakafetui", headers=_h(rng, **b), query={
            "tama": L(CHILD, UID), "clinic": CLINIC["id"]}),
        case(f, f"{a}/v1/fakafetui/checkin", headers=_h(rng, **b), body={
            "fakafetui": obj(rng, "ap"), "tuaga": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v1/vailakau", headers=_h(rng, **b), body={
            "tama": L(CHILD, UID), "vailakau": L("desmopressin 120 mcg melt", MED),
            "magaaho": "19:30", "po_totou": 14}),
        multipart(f, f"{a}/v1/tohi_mimi", [
            ("tohi", "bladder_diary.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"tama": L(CHILD, UID), "aho": 3})],
            headers=_h(rng, **b)),
        report,
        case(f, f"{a}/v1/aoga/camp", headers=_h(rng, **b), body={
            "tama": L(CHILD, UID),
            "faiaoga": {"higoa": L("Mrs Vaha Lemalu", NAMEC),
                        "imeli": L("v.lemalu@alofiprimary.example.nu", MAIL)},
            "fekau": L(f"{KID} uses a bedwetting alarm. Please wake him at 11pm at camp and keep "
                       "it private.", f"{TEXT}|{MED}|{NAMEC}"),
            "aho": "2026-02-19"}),
        case(f, f"{a}/v1/kumi", headers=_h(rng, **b), query={
            "kumi": L("bedwetting age 8 deep sleeper", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/po/fakamui", headers=_h(rng, how="none"), cookies={
            "mf_sess": L(opaque(rng, "", 40), CRED), "mf_dev": L(INSTALL_ID, DID),
            "mf_req": rid(rng)}),
        case(f, f"{a}/v1/oka", fmt="form", headers=_h(rng, **b), body={
            "koloa": "alarm_pad_spare", "tupe": L("34.00", BUY),
            "metoti": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/mena", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/mahani", gz=True, headers=_h(rng, **b), body={
            "tagata": L(USER_ID, UID), "mahani": [
                ev("night_logged", 1, mimi=L(True, MED)),
                ev("lau", 2, lau=L("FetuChart", USAGE))]}),
    ]


def mohemafana_sdks() -> list[Case]:
    rng = random.Random(23052)
    return [
        fg_batch(APP, rng, [("Night Logged", {"wet": L(True, MED)}),
                            ("Star Awarded", {"stars": 1})]),
        fg_identify(APP, rng, {"children": 1, "child_age": L(8, BIRTH),
                               "island": L("Niue", COARSE)}),
        tk_launch(APP, rng),
        ct_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "alarm link lost"),
                 [ct_crumb("nav", "Po -> AlarmPair"), ct_crumb("log", "gatt 133")],
                 screen="AlarmPairActivity"),
        ct_session(APP, rng, secs=188),
        fp_eval(APP, rng, {"alarm_fw": ALARM["fw"], "children": 1}),
        pa_register(APP, rng, tags={"tama": L(CHILD, UID), "bedtime": "20:00"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "research": False}),
        ph_card(APP, rng),
        ph_confirm(APP, rng, "34.00"),
        cm_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "bladder_diary.pdf", "application/pdf"),
    ]
