"""Pokhara antenatal clinic app "Garbhasathi" (her own health: she is pregnant with a second
child at 38 weeks' plan): registration, log-in, the antenatal card (gravida, LMP, EDD, blood
group), visits, blood pressure and weight (gzip), kick counts (JSON Lines), an ultrasound report
(PDF), a scan photo, lab results by record number in the path, a message to the midwife, a
birth plan naming her husband, a tele-consult token, a BP cuff sync (protobuf), reminders."""
from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families149_kit import (
    CLINIC,
    CLINIC_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MIL,
    MRN,
    PASSPORT,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families149_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families149_svc import (
    fn_eval,
    hs_message,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

MED, REL, NID = "health.medical", "personal.sensitive", "personal.national_id"


def _std_sdks(app: App, seed: int, at: Any, evs: list[Any], traits: dict[str, Any],
              ) -> list[Case]:
    rng = random.Random(seed)
    return [
        mc_batch(app, rng, evs, at=at, nd=2, locale="en_NP"),
        mc_identify(app, rng, traits),
        tn_launch(app, rng, first=True),
        tn_event(app, rng, "af_purchase", {"app": app.name}, revenue=500.0, hashed=True),
        bf_bid(app, rng, {"banner": {"w": 320, "h": 50}}),
        cd_crash(app, rng, ("java.lang.NullPointerException", "view detached"),
                 [cd_crumb("nav", "Home -> Detail")], screen="MainActivity"),
        pt_register(app, rng, at=HOME_AT, nd=2, lang="en"),
        fn_eval(app, rng, {"country": L("NP", COARSE), "userId": L(USER_ID, UID)}),
    ]

APP = App("garbhasathi", "Garbhasathi", "com.example.garbhasathi", "4.0.2",
          "https://api.garbhasathi.example.net")
IID = "X-Installation"
PW = "Phewa$Matri91"
PDF = b"%PDF-1.4\n% antenatal\n"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def garbhasathi() -> list[Case]:
    return [*_base(), *_more()]


def _base() -> list[Case]:
    rng = random.Random(14921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    cla, clo = fix(CLINIC_FIX, 6)
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    lab: dict[str, str] = {}
    sync = pb([(1, L(USER_ID, UID)), (2, "CUFF-99A1"), (3, 1790012000),
               (4, [(1, L(134, MED)), (2, L(87, MED)), (3, L(92, MED))])], "", lab)
    return [
        case(f, f"{a}/v2/patients", headers=_h(rng), body={
            "given_name": L(FIRST, NAMEC), "family_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "phone": L(E164, TEL), "password": L(PW, CRED),
            "birth_date": L("1991-05-17", BIRTH), "address": L(HOME["line"], ADDR),
            "passport_no": L(PASSPORT, NID), "mrn": L(MRN, MED)}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/anc-card", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "gravida": L(2, MED), "para": L(1, MED),
            "lmp": L("2026-03-02", MED), "edd": L("2026-12-07", MED),
            "blood_group": L("B+", MED), "conditions": [L("gestational hypertension", MED)],
            "height_cm": L(165, "health.fitness"), "pre_pregnancy_kg": L(61.0, "health.fitness")}),
        case(f, f"{a}/v2/visits", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "week": L(24, MED), "fundal_cm": L(24, MED),
            "fhr": L(146, MED), "notes": L("Mild ankle swelling, headache in the evening", MED),
            "checked_in_at": {"lat": cla, "lon": clo}}),
        case(f, f"{a}/v2/vitals", gz=True, headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "bp": L([[132, 86], [128, 84], [136, 88]], MED),
            "weight_kg": L([66.2, 66.8, 67.1], "health.fitness")}),
        lines(f, f"{a}/v2/kicks", [
            {"t": 1790000000 + 3600 * i, "kicks": L(10 + i, MED), "mins": 40 + i}
            for i in range(3)], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/reports", [
            ("file", "usg_24w.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mrn": L(MRN, MED), "kind": "usg"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/scan-photo", [
            ("photo", "scan.jpg", "image/jpeg", L(JPEG + b"\xa2", f"{MEDIA}|{MED}"))],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v2/labs/{MRN}", headers=_h(rng, **b), query={
            "panel": L("OGTT", MED)}), MRN, MED),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "to": "midwife", "body": L(
                "BP 136/88 this morning and blurry vision, should I come in?",
                f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/birth-plan", headers=_h(rng, **b), body={
            "companion": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "pain_relief": L("epidural if available", MED), "hospital": "Western Regional",
            "child_care": {"name": L(MIL[0], NAMEC), "phone": L(MIL[1], TEL)}}),
        case(f, f"{a}/v2/teleconsult", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "room_token": L(opaque(rng, "vr_", 32), CRED),
            "reason": L("swelling review", MED)}),
        raw(f, f"{a}/v2/cuff/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "what": L("iron folic acid", MED), "time": "08:00", "mrn": L(MRN, MED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "tz": L(TZ, DEV), "locale": L("en_NP", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [ev("kick_count", 1), ev("view", 2,
                                                                          s=L("Vitals", USAGE))]}),
    ]


def garbhasathi_sdks() -> list[Case]:
    rng = random.Random(14922)
    return [*_std_sdks(APP, 14923, CLINIC_FIX, [("Log BP", {"week": L(24, MED)})],
                       {"trimester": L(2, MED), "city": L("Pokhara", COARSE)}),
            mc_queue(APP, rng, [("Kick Count", {"kicks": L(12, MED)}), ("Open", {})]),
            hs_message(APP, rng, L("Cannot upload my OGTT result", f"{TEXT}|{MED}"),
                       {"mrn": L(MRN, MED)})]


def _more() -> list[Case]:
    rng = random.Random(14924)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    out: list[Case] = []
    for wk, (sy, dia, kg) in zip([26, 28, 30], [(130, 84, 67.6), (134, 86, 68.3),
                                               (138, 90, 69.0)], strict=True):
        out.append(case(f, f"{a}/v2/vitals/quick", fmt="form", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "week": L(str(wk), MED), "sys": L(str(sy), MED),
            "dia": L(str(dia), MED), "kg": L(str(kg), "health.fitness")}))
    out += [
        case(f, f"{a}/v2/appointments", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2026-09-18T09:00", "mrn": L(MRN, MED),
            "type": L("glucose tolerance test", MED)}),
        case(f, f"{a}/v2/symptoms", headers=_h(rng, **b), body={
            "mrn": L(MRN, MED), "symptoms": [L("headache", MED), L("swollen feet", MED)],
            "severity": L(3, MED)}),
        case(f, f"{a}/v2/share", headers=_h(rng, **b), body={
            "with": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "scope": ["visits", "vitals"]}),
        case(f, f"{a}/v2/articles", headers=_h(rng, **b), query={
            "week": L("28", MED), "lang": "en"}),
    ]
    return out
