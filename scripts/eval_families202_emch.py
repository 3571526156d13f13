"""An infectious-disease clinic's outpatient app "Emchin Dong" (lit. "the doctor's help"; a
fictional republican infection clinic in Elista): her brucellosis, caught from unpasteurised
sheep's-milk cheese at the in-laws', treated over six weeks. Its API's keys are Kalmyk in Latin
letters with Russian medical loans: ``ovchtn`` patient, ``nern`` name, ``ovg`` surname,
``utsn`` phone, ``el_bichg`` e-mail, ``nuuts_ug`` password, ``kod`` code, ``torsn_odr`` birth
date, ``pol`` sex (``em`` woman), ``karta`` outpatient card, ``temdg`` symptoms, ``haluun``
temperature, ``idan`` food, ``mal`` livestock, ``shinjlgn`` test, ``emnlhn`` treatment, ``em``
medicines, ``emch`` doctor, ``bolzr`` appointment, ``hazr`` place, ``bolnichny`` sick-leave
certificate, ``kodlmsh`` work, ``bichg`` message, ``sadn`` relatives, ``nokr`` husband,
``tolvr`` payment, ``mongn`` amount, ``haah`` search, ``odr`` day; ``polis`` (OMS),
``snils``, ``anamnez``, ``token``, ``id`` as they are. Sign-up (OMS policy, SNILS, residence
permit), an SMS code, ``/bi``, the history and exposure (gzip), the lab result (PDF), the
treatment plan, medicines, a protobuf dose diary, an appointment, a check-in at the clinic, the
sick-leave certificate, a message to her doctor, a video consult, the family's screening, a paid
test, the invoice by card number in the path, results by cookie, sharing with her husband, a
search, a fever log (msgpack), push and events. No earlier set has brucellosis or an infection
clinic (a docstring grep for "brucell" and "infectious" matched nothing; sets 107, 110, 129 and
139 have malaria, dengue and Chagas)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
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
from eval_families24_kit import claims, rid
from eval_families202_kit import (
    CARD_NO,
    CLINIC,
    CLINIC_FIX,
    DAUGHTER,
    DOCTOR,
    HOME_AT,
    HUSBAND,
    MIR,
    OMS,
    RESIDENCE,
    SNILS,
    fix,
    hd,
    obj,
    push,
)
from eval_families202_sdk import ct_session, md_batch, md_queue, tm_launch
from eval_families202_svc import ck_check, ft_eval, hj_attach, mk_geocode, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("emchindong", "Emchin Dong", "com.example.emchindong", "3.6.0",
          "https://api.emchindong.example.net")
IID = "X-ED-Install"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def emchindong() -> list[Case]:
    rng = random.Random(20251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_bichg=L(EMAIL, MAIL), karta=L(CARD_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CARD_NO, MED)), (2, 1770940800),
                (3, [(1, L("doxycycline 100 mg", MED)), (2, L(2, MED)),
                     (3, L("rifampicin 600 mg", MED))]),
                (4, L(37.4, MED)), (5, "2.6.0")], "", lab)
    inv = at_path(case(f, f"{a}/v1/ovchtn/{CARD_NO}/schet", headers=_h(rng, **b)), CARD_NO, MED)
    return [
        case(f, f"{a}/v1/ovchtn", headers=_h(rng), body={
            "nern": L(FIRST, NAMEC), "ovg": L(LAST, NAMEC), "el_bichg": L(EMAIL, MAIL),
            "utsn": L(E164, TEL), "torsn_odr": L(DOB, BIRTH), "pol": L("em", GENDER),
            "polis": L(OMS, MED), "snils": L(SNILS, NID),
            "vnzh": L(RESIDENCE, NID), "keln": "en"}),
        case(f, f"{a}/v1/orh/sms", fmt="form", headers=_h(rng), body={
            "utsn": L(E164, TEL), "kod": L("290657", CRED)}),
        case(f, f"{a}/v1/bi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/anamnez", gz=True, headers=_h(rng, **b), body={
            "karta": L(CARD_NO, MED),
            "temdg": [L("haluun", MED), L("soni kolrhn", MED), L("uy ovdhn", MED)],
            "haluun": L(38.6, MED), "odr_ehln": "2026-01-19",
            "idan": L("Yashkuld bolsn khon usn byaslg, bolsn uga", f"{TEXT}|{MED}"),
            "mal": L(True, MED), "zhirmn": L(False, MED)}),
        multipart(f, f"{a}/v1/shinjlgn", [
            ("file", "wright_huddleson.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"karta": L(CARD_NO, MED),
                                                "shinjlgn": L("Wright 1:400 positive", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/emnlhn/plan", headers=_h(rng, **b), query={"karta": L(CARD_NO, MED)}),
        case(f, f"{a}/v1/em", headers=_h(rng, **b), body={
            "karta": L(CARD_NO, MED), "em": [
                {"ner": L("doxycycline 100 mg", MED), "dav": L("2x odrt", MED), "odr": 42},
                {"ner": L("rifampicin 600 mg", MED), "dav": L("1x ugluhn", MED), "odr": 42}]}),
        raw(f, f"{a}/v1/em/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/bolzr", headers=_h(rng, **b), body={
            "karta": L(CARD_NO, MED), "emch": "infektsionist", "torl": L("kontrol brutsellez",
                                                                           MED),
            "ehln": "2026-02-16T09:30", "kabinet": "214"}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "bolzr": obj(rng, "ap"), "hazr": {"lat": cla, "lng": clo},
            "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v1/bolnichny", headers=_h(rng, **b), body={
            "eln": L("910245883317", MED), "kodlmsh": "KalmGU, English dept",
            "from": "2026-01-26", "to": "2026-02-13", "diagnoz": L("A23.9", MED)}),
        case(f, f"{a}/v1/bichg", headers=_h(rng, **b), body={
            "emch": {"nern": L(DOCTOR[0], NAMEC), "el_bichg": L(DOCTOR[1], MAIL)},
            "bichg": L("Rifampitsinas uvsn bolnav, ukr ovdnae. Em kelh kergtay?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/video/rooms", headers=_h(rng, **b), body={
            "bolzr": obj(rng, "ap"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/sadn/shinjlgn", headers=_h(rng, **b), body={
            "karta": L(CARD_NO, MED),
            "sadn": [{"nern": L(HUSBAND[0], NAMEC), "shinjlgn": L("negative", MED)},
                     {"nern": L(KID, NAMEC), "torsn_odr": L(DAUGHTER["dob"], BIRTH),
                      "shinjlgn": L("negative", MED)}]}),
        case(f, f"{a}/v1/tolvr", fmt="form", headers=_h(rng, **b), body={
            "shinjlgn": "pcr_brucella", "mongn": L("2350.00", BUY), "valut": "RUB",
            "kartin_suul": L(MIR[-4:], PAY), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        inv,
        case(f, f"{a}/v1/shinjlgn/suul", headers=_h(rng, how="none"), cookies={
            "ed_sess": L(opaque(rng, "", 40), CRED), "ed_req": rid(rng)}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "karta": L(CARD_NO, MED), "nokr": {"nern": L(HUSBAND[0], NAMEC),
                                               "utsn": L(HUSBAND[1], TEL)},
            "scope": ["bolzr", "shinjlgn"]}),
        case(f, f"{a}/v1/haah", headers=_h(rng, **b), query={
            "haah": L("brutsellez rifampitsin uvsn", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/haluun", fmt="msgpack", headers=_h(rng, **b), body={
            "karta": L(CARD_NO, MED),
            "log": [{"t": 1770900000 + 43200 * i, "c": L(round(38.4 - 0.3 * i, 1), MED)}
                    for i in range(3)]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("plan_hazrv", 1), ev("screen", 2, screen=L("EmDiary", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "device": L(INSTALL_ID, "id.device")}),
    ]


def emchindong_sdks() -> list[Case]:
    rng = random.Random(20252)
    return [
        md_batch(APP, rng, [("Plan Opened", {"week": 3}),
                            ("Dose Logged", {"drug": L("rifampicin", MED)})]),
        md_queue(APP, rng, [("Fever Logged", {"c": L(38.1, MED)}),
                            ("Result Viewed", {"n": 1})]),
        tm_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=388),
        ft_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("brucellosis", MED)},
                hdr=True),
        ps_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        mk_geocode(APP, rng, CLINIC["name"], "behavior.search", near=HOME_AT, nd=2),
        hj_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "discharge_summary.pdf",
                  "application/pdf"),
    ]
