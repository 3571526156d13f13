"""Cold-injury follow-up app "Khyagne" (``khyag`` ice, ``ne`` illness: the valley health post
follows frostbite patients after evacuation with a Kathmandu surgeon on video; she froze two toes
on a January descent from Gokyo Ri and was flown down, then came home to Namche). Her own health
data. Its API's keys are Sherpa, ASCII-folded, with English loans (``email``, ``code``,
``token``): ``nepa`` patient (``nepa_ang`` patient number), ``min`` / ``gyuming`` given / family
name, ``khapar`` phone, ``kyetshe`` birth date, ``pho_mo`` sex (``mo`` female), ``lamyig``
passport, ``yul`` town, ``ne`` illness, ``kangpa`` foot, ``sormo`` toes, ``zug`` pain,
``drodang`` warmth (skin temperature), ``men`` medicine, ``menyig`` prescription, ``par`` photo,
``nyin`` day, ``ngonzin`` appointment, ``tshok`` check-in, ``sacha`` place, ``tam`` message,
``ngul`` amount, ``ngultre`` payment, ``tshol`` search. Calls: registration, a log-in by SMS
code, ``/nga``, the injury intake (gzip), a toe photo, a protobuf daily diary, skin temperatures
(msgpack), slots, a dressing change booked, the check-in at the health post, a message to the
doctor, prescriptions, medicines sent up by porter, the payment, a video consult, sharing with
her husband, the discharge summary (PDF), the bill by patient number in the path, a search, push
and events. New kind: a file-name and docstring grep for "frostbite", "cold injury" and
"khyag" found nothing ("frost" matched crop frost in sets 38, 127, 279, 285); wound apps exist
(set 132's diabetic foot ulcer, post-operative wounds in 174, 199, 201, 225): this one is a cold
injury's follow-up (rewarming, blisters, skin temperature, demarcation, an iloprost course)."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families303_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HOME,
    HOME_AT,
    HUSBAND,
    PASSPORT,
    PATIENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families303_sdk import ct_session, th_launch, tr_batch, tr_queue
from eval_families303_svc import (
    ck_check,
    cp_card,
    cp_confirm,
    fc_eval,
    hw_attach,
    mg_geocode,
    pd_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("khyagne", "Khyagne", "com.example.khyagne", "1.2.7", "https://api.khyagne.example.org")
IID = "X-Khyagne-Device"
NID = "personal.national_id"
UID = "id.user"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def khyagne() -> list[Case]:
    rng = random.Random(30331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nepa_ang=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1768867200),
                (3, [(1, L(3, MED)), (2, L("blister drained, dressing dry", MED))]),
                (4, "1.2.7")], "", lab)
    bill = at_path(case(f, f"{a}/api/v1/nepa/{PATIENT}/bill", headers=_h(rng, **b)),
                   PATIENT, MED)
    return [
        case(f, f"{a}/api/v1/nepa", headers=_h(rng), body={
            "min": L(FIRST, NAMEC), "gyuming": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "khapar": L(E164, TEL), "kyetshe": L(DOB, BIRTH), "pho_mo": L("mo", GENDER),
            "lamyig": L(PASSPORT, NID), "yul": L(HOME["town"], COARSE),
            "nepa_ang": L(PATIENT, MED)}),
        case(f, f"{a}/api/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "khapar": L(E164, TEL), "code": L("730118", CRED)}),
        case(f, f"{a}/api/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/khyagne/intake", gz=True, headers=_h(rng, **b), body={
            "nepa_ang": L(PATIENT, MED), "ne": L("frostbite, grade 2", MED),
            "kangpa": L("left", MED), "sormo": [L("hallux", MED), L("second toe", MED)],
            "tshe": "2026-01-08", "sacha": L("Gokyo Ri", COARSE),
            "rewarm": L("Rewarmed in water at 38 C for 30 minutes in Machhermo", f"{TEXT}|{MED}"),
            "smoker": L(False, MED),
            "men": [L("ibuprofen 400 mg", MED), L("iloprost infusion, 5 days", MED)]}),
        multipart(f, f"{a}/api/v1/par", [
            ("par", "toes_day14.jpg", "image/jpeg", L(JPEG + b"\x14", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nepa_ang": L(PATIENT, MED), "nyin": 14,
                                                "sormo": L("hallux", MED)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/v1/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/drodang", fmt="msgpack", headers=_h(rng, **b), body={
            "nepa_ang": L(PATIENT, MED), "probe": "th_probe_22",
            "readings": [{"sormo": "hallux", "c": L(29.4, MED)},
                         {"sormo": "second", "c": L(27.9, MED)}]}),
        case(f, f"{a}/api/v1/ngonzin/tho", headers=_h(rng, **b), query={
            "hp": CLINIC["id"], "tshe": "2026-01-23"}),
        case(f, f"{a}/api/v1/ngonzin", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "nepa_ang": L(PATIENT, MED),
            "kind": L("dressing change", MED)}),
        case(f, f"{a}/api/v1/tshok", headers=_h(rng, **b), body={
            "ngonzin": obj(rng, "ap"), "sacha": {"lat": cla, "lng": clo},
            "hp": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/api/v1/tam", headers=_h(rng, **b), body={
            "to": {"min": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "tam": L("The second toe is darker today and smells a little, should I come down "
                     "to Khunde?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/menyig", headers=_h(rng, **b), query={
            "nepa_ang": L(PATIENT, MED), "active": "true"}),
        case(f, f"{a}/api/v1/men/order", headers=_h(rng, **b), body={
            "items": [{"men": L("amoxicillin-clavulanate 625 mg", MED), "kha": 14},
                      {"men": L("silver sulfadiazine cream", MED), "kha": 1}],
            "ngul": L(980, BUY), "sacha": L(HOME["line"], ADDR), "porter": "pt_lukla_07"}),
        case(f, f"{a}/api/v1/ngultre", fmt="form", headers=_h(rng, **b), body={
            "ngul": L("1830", BUY), "dram": "NPR", "metod": L(opaque(rng, "pm_", 24), PAY),
            "nepa_ang": L(PATIENT, MED)}),
        case(f, f"{a}/api/v1/video", headers=_h(rng, **b), body={
            "ngonzin": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v1/share", headers=_h(rng, **b), body={
            "nepa_ang": L(PATIENT, MED), "with": {"min": L(HUSBAND[0], NAMEC),
                                                  "khapar": L(HUSBAND[1], TEL)},
            "scope": ["ngonzin", "bill"]}),
        multipart(f, f"{a}/api/v1/docs", [
            ("doc", "discharge_ktm.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nepa_ang": L(PATIENT, MED),
                                                "kind": "discharge"})],
            headers=_h(rng, **b)),
        bill,
        case(f, f"{a}/api/v1/tshol", headers=_h(rng, **b), query={
            "tshol": L("frostbite blister care", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("photo_uploaded", 1), ev("screen", 2, screen=L("ToeDiary", USAGE))]}),
    ]


def khyagne_sdks() -> list[Case]:
    rng = random.Random(30332)
    return [
        tr_batch(APP, rng, [("Photo Uploaded", {"day": 14}), ("Dressing Booked", {})]),
        tr_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}), ("Reading Saved", {})]),
        th_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=604),
        fc_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("cold-injury", MED)}, hdr=True),
        pd_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        mg_geocode(APP, rng, "Khunde Valley Health Post", SEARCH, near=HOME_AT, nd=2),
        hw_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "xray_left_foot.pdf", "application/pdf"),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "1830"),
    ]
