"""A urology centre's patient app "Dur" (dur: stone; her left kidney stone broken up by
shock-wave lithotripsy at a private centre in Vladikavkaz; Ossetian keys: ``nom``, ``myggag``,
``raiguyry_bon``, ``pol`` sex (``sylgoimag`` woman), ``el_post``, ``telefon``, ``kod`` code,
``medkart`` medical card, ``niz`` illness, ``niztae`` illnesses, ``khos``/``khostae``
medicine(s), ``ryst`` pain, ``dur`` stone, ``dokhtyr`` doctor, ``aenaenizdzinad`` health,
``farst``/``dzuapp`` question / answer, ``kukhaevaerd`` signature, ``razy`` agreed, ``kam``
photo / image, ``fystaeg`` message, ``bon`` day, ``raestaeg`` time, ``uaerkh``/``daerg``
latitude / longitude, ``bynat`` place, ``don`` water, ``aekhtsa`` amount, ``fidyd`` payment,
``moi`` husband, with the loans ``polis``, ``snils``, ``bron``, ``analiz``, ``bolnichny``):
sign-up with her insurance policy, an SMS code, ``/mae``, the questionnaire (gzip), her CT report
(PDF), urologists, a consultation booked and paid, the lithotripsy booked, the consent signed, a
check-in at the centre, a protobuf pain diary, urine test values, a message to her urologist,
prescriptions, a video room, the stone analysis by card number in the path, a drinking plan,
sharing with her husband, a sick-leave certificate, push and events. Earlier sets have a
kidney-stone hydration log and water-filter reasons (a tracker, not a treatment centre); no
docstring names lithotripsy, ESWL or shock waves."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families250_kit import (
    CARD_NO,
    HOME_AT,
    HUSBAND,
    POLIS,
    SNILS,
    URO_FIX,
    UROCENTRE,
    UROLOGIST,
    fix,
    hd,
    obj,
    push,
)
from eval_families250_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families250_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("dur", "Dur", "com.example.uroalania.dur", "2.6.0", "https://api.dur.example.ru")
IID = "X-Dur-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def dur() -> list[Case]:
    rng = random.Random(25021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_post=L(EMAIL, MAIL), medkart=L(CARD_NO, MED)))}
    cla, clo = fix(URO_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CARD_NO, MED)), (2, 1769990400),
                (3, [(1, L(6, MED)), (2, L("left flank", MED)), (3, L("drotaverine 40 mg", MED))]),
                (4, L(True, MED)), (5, "2.6.0")], "", lab)
    stone = at_path(case(f, f"{a}/v2/medkart/{CARD_NO}/dur/analiz", headers=_h(rng, **b)),
                    CARD_NO, MED)
    return [
        case(f, f"{a}/v2/registratsi", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "myggag": L(LAST, NAMEC), "raiguyry_bon": L(DOB, BIRTH),
            "pol": L("sylgoimag", GENDER), "el_post": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "polis": L(POLIS, NID), "snils": L(SNILS, NID),
            "aevzag": "en"}),
        case(f, f"{a}/v2/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("508216", CRED)}),
        case(f, f"{a}/v2/mae", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/anketa", gz=True, headers=_h(rng, **b), body={
            "medkart": L(CARD_NO, MED),
            "dzuapptae": {"niztae": [L("nephrolithiasis", MED), L("hypothyroidism", MED)],
                          "khostae": [L("levothyroxine 50 mcg", MED)],
                          "allergi": [L("sulfonamides", MED)], "tamako": L(False, MED),
                          "syvaerdzhyn": L(False, MED), "ryst_kaed": "2026-01-28",
                          "tug": L(True, MED)}}),
        multipart(f, f"{a}/v2/kam/kt", [
            ("fail", "kt_abdomen.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"medkart": L(CARD_NO, MED), "khuyz": "CT",
                                                "dur": L("left kidney, 7 mm", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dokhtyrtae", headers=_h(rng, **b), query={
            "specialnost": "urolog", "centre": UROCENTRE["id"], "bon": "2026-02-03"}),
        case(f, f"{a}/v2/bron", headers=_h(rng, **b), body={
            "medkart": L(CARD_NO, MED), "dokhtyr": "doc_khet", "raestaeg": "2026-02-03T09:40",
            "khuyz": L("urology consultation", MED), "kabinet": "214"}),
        case(f, f"{a}/v2/fidyd", fmt="form", headers=_h(rng, **b), body={
            "aekhtsa": L("3200", BUY), "valuta": "RUB", "kartae_kaeron": L("4444", PAY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "chek": L("UA-CH-20260203-51", BUY)}),
        case(f, f"{a}/v2/bron/eswl", headers=_h(rng, **b), body={
            "medkart": L(CARD_NO, MED), "procedura": L("ESWL", MED), "fars": L("left", MED),
            "dur": L("7 mm, lower calyx", MED), "raestaeg": "2026-02-10T08:00",
            "aekhtsa": L(28500, BUY), "sedatsi": L("analgesia only", MED)}),
        multipart(f, f"{a}/v2/razy", [
            ("kukhaevaerd", "signature.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"medkart": L(CARD_NO, MED), "forma": "eswl_v3",
                                                "nom": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/check_in", headers=_h(rng, **b), body={
            "bron": obj(rng, "br"), "bynat": {"uaerkh": cla, "daerg": clo},
            "centre": {"id": UROCENTRE["id"], "uaerkh": UROCENTRE["lat"],
                       "daerg": UROCENTRE["lon"]}}),
        raw(f, f"{a}/v2/ryst/dnevnik", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/analiz/mizy", headers=_h(rng, **b), body={
            "medkart": L(CARD_NO, MED), "bon": "2026-02-12",
            "rezultattae": {"pH": L(5.6, MED), "eritrotsit": L("10-12", MED),
                           "leikotsit": L("4-6", MED), "oksalat": L("++", MED)},
            "laboratori": "lab_gemotest_07"}),
        case(f, f"{a}/v2/fystaeg", headers=_h(rng, **b), body={
            "kaemaen": {"nom": L(UROLOGIST[0], NAMEC), "el_post": L(UROLOGIST[1], MAIL)},
            "fystaeg": L("Since the lithotripsy I see blood in the urine and the pain is back "
                         "at night. Is that normal?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/khostae", headers=_h(rng, **b), query={
            "medkart": L(CARD_NO, MED), "aktivon": "1"}),
        case(f, f"{a}/v2/video", headers=_h(rng, **b), body={
            "bron": obj(rng, "br"), "token": L(opaque(rng, "vr_", 36), CRED)}),
        stone,
        case(f, f"{a}/v2/don/plan", fmt="form", headers=_h(rng, **b), body={
            "medkart": L(CARD_NO, MED), "don_litr": L("2.5", MED),
            "khaerinag": L("low oxalate", MED), "fiyppaynaen": "09,13,18"}),
        case(f, f"{a}/v2/radtaen", headers=_h(rng, **b), body={
            "medkart": L(CARD_NO, MED),
            "kaemaen": {"nom": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "aeppaet": ["bron", "fidyd"]}),
        case(f, f"{a}/v2/bolnichny", headers=_h(rng, **b), body={
            "snils": L(SNILS, NID), "bontae": ["2026-02-10", "2026-02-12"],
            "kuyst": "Lingua School Vladikavkaz", "medkart": L(CARD_NO, MED)}),
        case(f, f"{a}/v2/faeraez", headers=_h(rng, **b), body=push(push_token(rng), "en_RU")),
        case(f, f"{a}/v2/tsautae", headers=_h(rng, **b), body={
            "arkhaiaeg": L(USER_ID, UID), "sesi": rid(rng), "tsautae": [
                ev("eswl_booked", 1), ev("ekran", 2, ekran=L("RystDnevnik", USAGE))]}),
    ]


def dur_sdks() -> list[Case]:
    rng = random.Random(25022)
    return [
        mc_batch(APP, rng, [("ESWL Booked", {"procedure": L("ESWL", MED)}),
                            ("Consultation Paid", {"amount": L(3200, BUY)})]),
        mc_queue(APP, rng, [("Pain Logged", {"pain": L(6, MED)}),
                            ("Water Logged", {"litres": L(2.5, MED)})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"centre": UROCENTRE["id"], "programme": L("stone clinic", MED)},
                hdr=True),
        pt_register(APP, rng, tags={"centre": UROCENTRE["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Uro-Alania Centre", SEARCH, near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "urine_test.pdf", "application/pdf"),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "28500.00"),
    ]


__all__ = ["APP", "dur", "dur_sdks"]
