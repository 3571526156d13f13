"""A naturopathy and yoga-therapy centre's patient app "Tandrusti" (Trikuta Nagar, Jammu; a ten-day
day-care course for her lower back pain (an L4-L5 disc bulge) and borderline high blood pressure:
mud packs, hip baths, acupressure, therapeutic yoga and a diet plan). Its API's keys are Dogri
health words in Latin letters with English: ``mareez`` patient, ``naa`` name, ``upnaa`` surname,
``mobail`` mobile, ``janam_tarik`` birth date, ``ling`` sex, ``pata`` address, ``sawal``
questionnaire, ``bimariyan`` illnesses, ``dwaiyan`` medicines, ``bhaar`` weight, ``lambai``
height, ``garbh`` pregnancy, ``peerh`` pain, ``upchar`` treatment, ``mitti_lep`` mud pack,
``kati_snaan`` hip bath, ``rakam`` amount, ``adaigi`` payment, ``tarik`` date, ``vela`` time,
``haazri`` attendance, ``thaan`` place, ``aasan`` postures, ``minat`` minutes, ``vrat`` fasting
day, ``khurak`` diet, ``dhadkan`` heart rate, ``kadam`` steps, ``sneha`` message, ``naal``
shared with, ``khoj`` search. Sign-up, an SMS code, ``/mera`` with her patient number, the
intake (gzip), her MRI report (PDF), the plan, the package, its payment, a slot, the check-in, a
protobuf diary (blood pressure, pain, weight), a yoga session (msgpack), fasting days (JSON
Lines), a posture video, a message to her therapist, the bill by patient number in the path, a
video room, sharing with her husband, a search, her band's readings, push and events with a
cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families297_kit import (
    AROGYA,
    AROGYA_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    PATIENT,
    THERAPIST,
    fix,
    hd,
    obj,
    push,
)
from eval_families297_sdk import ct_session, mk_batch, mk_queue, tr_launch
from eval_families297_svc import cm_check, fp_eval, hc_attach, ms_geocode, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tandrusti", "Tandrusti", "com.example.tandrusti", "1.3.7",
          "https://api.tandrusti.example.com")
IID = "X-Tandrusti-Device"
FIT = "health.fitness"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(40)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tandrusti() -> list[Case]:
    rng = random.Random(29751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mareez=L(PATIENT, MED)))}
    cla, clo = fix(AROGYA_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PATIENT, MED)), (2, 1768521600),
                (3, [(1, L(138, MED)), (2, L(88, MED)), (3, L(5, MED))]),
                (4, L(73.2, FIT)), (5, "2.0.1")], "", lab)
    bill = at_path(case(f, f"{a}/v3/mareez/{PATIENT}/bill", headers=_h(rng, **b)), PATIENT, MED)
    return [
        case(f, f"{a}/v3/mareez", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "upnaa": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "janam_tarik": L(DOB, BIRTH), "ling": L("zanaani", GENDER),
            "pata": L(HOME["line"], ADDR), "mareez_nambar": L(PATIENT, MED),
            "kendra": AROGYA["id"]}),
        case(f, f"{a}/v3/auth/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("240617", CRED)}),
        case(f, f"{a}/v3/mera", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/sawal", gz=True, headers=_h(rng, **b), body={
            "mareez": L(PATIENT, MED),
            "bimariyan": [L("kamar di peerh, L4-L5 disc bulge", MED),
                          L("BP thoda uchcha", MED)],
            "dwaiyan": [L("amlodipine 5 mg", MED)], "bhaar": L(74, FIT), "lambai": L(165, FIT),
            "garbh": L(False, MED), "peerh_ank": L(6, MED), "khurak": "shakahari",
            "kasrat": L("hafte ch 2 vaar sair", FIT)}),
        multipart(f, f"{a}/v3/reports", [
            ("report", "mri_lumbar.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mareez": L(PATIENT, MED), "kism": "MRI",
                                                "hissa": L("lumbar spine", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/upchar/yojna", headers=_h(rng, **b), query={
            "mareez": L(PATIENT, MED)}),
        case(f, f"{a}/v3/package", headers=_h(rng, **b), body={
            "mareez": L(PATIENT, MED), "din": 10,
            "upchar": [L("mitti lep", MED), L("kati snaan", MED), L("acupressure", MED),
                       L("therapeutic yoga", MED)],
            "rakam": L(8500, BUY), "package": "pk_backcare_10"}),
        case(f, f"{a}/v3/adaigi", fmt="form", headers=_h(rng, **b), body={
            "package": "pk_backcare_10", "rakam": L("8500.00", BUY),
            "card_antim4": L("4444", PAY), "tarika": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/slot", headers=_h(rng, **b), body={
            "mareez": L(PATIENT, MED), "tarik": "2026-01-19", "vela": "07:30",
            "therapist_zanaani": True, "slot": obj(rng, "sl")}),
        case(f, f"{a}/v3/haazri", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "thaan": {"lat": cla, "lng": clo},
            "kendra": {"id": AROGYA["id"], "lat": AROGYA["lat"], "lng": AROGYA["lon"]}}),
        raw(f, f"{a}/v3/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/yog/satra", fmt="msgpack", headers=_h(rng, **b), body={
            "mareez": L(PATIENT, MED), "aasan": [L("bhujangasana", FIT), L("shalabhasana", FIT),
                                                 L("makarasana", FIT)],
            "minat": L(35, FIT), "peerh_baad": L(4, MED), "satra": obj(rng, "ys")}),
        lines(f, f"{a}/v3/vrat", [
            {"tarik": "2026-01-21", "khurak": "sirf phal te naariyal paani",
             "bhaar": L(73.6, FIT), "bp": L("134/86", MED)},
            {"tarik": "2026-01-24", "khurak": "sirf phal", "bhaar": L(73.1, FIT),
             "bp": L("131/84", MED)}], headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/aasan/video", [
            ("video", "bhujangasana.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"mareez": L(PATIENT, MED),
                                                "aasan": "bhujangasana"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/sneha", headers=_h(rng, **b), body={
            "to": {"naa": L(THERAPIST[0], NAMEC), "email": L(THERAPIST[1], MAIL)},
            "text": L("Madam, kamar di peerh kati snaan de baad zyada ho gayi, kal chhod doon?",
                      f"{TEXT}|{MED}")}),
        bill,
        case(f, f"{a}/v3/video/kamra", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v3/share", headers=_h(rng, **b), body={
            "mareez": L(PATIENT, MED), "naal": {"naa": L(HUSBAND[0], NAMEC),
                                                "mobail": L(HUSBAND[1], TEL)},
            "kya": ["slots", "bills"]}),
        case(f, f"{a}/v3/khoj", headers=_h(rng, **b), query={
            "q": L("yoga for slip disc and high bp", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v3/band", headers=_h(rng, **b), body={
            "mareez": L(PATIENT, MED), "tarik": "2026-01-22", "kadam": L(6240, FIT),
            "dhadkan": L(78, FIT), "neend_minat": L(352, FIT), "band": "bd_xr2"}),
        case(f, f"{a}/v3/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/events", headers=_h(rng, how="none"), cookies={
            "td_sid": L(opaque(rng, "", 40), CRED), "td_dev": L(INSTALL_ID, DID),
            "td_req": rid(rng)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("package_bought", 1), ev("screen", 2, screen=L("Diary", USAGE))]}),
    ]


def tandrusti_sdks() -> list[Case]:
    rng = random.Random(29752)
    return [
        mk_batch(APP, rng, [("Package Bought", {"program": L("back-care", MED),
                                                "total": L(8500, BUY)}),
                            ("Session Done", {"minutes": L(35, FIT)})]),
        mk_queue(APP, rng, [("Diary Entry", {"bp": L("138/88", MED)}),
                            ("Video Uploaded", {"len_s": 42})]),
        tr_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=604),
        fp_eval(APP, rng, {"centre": AROGYA["id"], "program": L("back-care", MED)}, hdr=True),
        pg_register(APP, rng, tags={"centre": AROGYA["id"]}),
        cm_check(APP, rng, {"analytics": True, "research": False}),
        ms_geocode(APP, rng, "Tandrusti Prakritik Chikitsa Kendra Trikuta Nagar", SEARCH,
                   near=HOME_AT, nd=2),
        hc_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "mri_lumbar.pdf", "application/pdf"),
    ]
