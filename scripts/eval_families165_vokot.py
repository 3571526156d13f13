"""Homeopathy clinic app "Vokot" (Miramar; her chronic urticaria and poor sleep; its API's keys
are Konkani in Romi script with English medical words: ``rugnn`` patient, ``nanv`` first name,
``apelid`` surname, ``mobail`` mobile, ``gupit_utor`` password, ``zolm_tarik`` birth date,
``ling`` sex, ``vozon`` weight, ``unchai`` height, ``xar`` town, ``lokxonn`` symptoms, ``kat``
skin, ``khaj`` itch, ``nhid`` sleep, ``bhirant`` fear, ``mon`` mind/mood, ``mhoineachem``
monthly cycle, ``khann`` food cravings, ``tanh`` thirst, ``adi_vokot`` earlier medicines,
``kuttumb`` family history (``avoi`` mother, ``bapui`` father), ``vokot`` medicine, ``ang`` body
part, ``bhett`` visit, ``vell`` slot, ``bhornni`` payment, ``pavonni`` delivery, ``patto``
address, ``sondes`` message, ``obhiprai`` feedback, ``sod`` search): registration with weight
and height, an OAuth password grant, ``/mhaka``, the case-taking questionnaire (gzip), skin
photos, slots, a first visit, its payment, a check-in at the clinic, a protobuf symptom diary,
the remedy by courier, a message to the doctor, active medicines, a video room, a thyroid report
(PDF), family history, sharing with her husband, the bill by case number in the path, feedback,
a search, push, events and notices by cookie. No earlier set has a homeopathy clinic (docstring
grep: "homeopath" matched nothing); set 110 has an ayurvedic panchakarma app and set 151 a
dental clinic."""

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
from eval_families24_kit import claims
from eval_families165_kit import (
    CASE_NO,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HOME,
    HOME_AT,
    HUSBAND,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families165_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families165_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vokot", "Vokot", "com.example.vokot", "2.2.5", "https://api.vokot.example.com")
IID = "X-Vokot-Install"
PW = "Miramar#Khaj91"
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def vokot() -> list[Case]:
    rng = random.Random(16521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), case_no=L(CASE_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb(
        [
            (1, L(CASE_NO, MED)),
            (2, 1768608000),
            (3, [(1, L(6, MED)), (2, L(5, MED)), (3, L("Sulphur 200C", MED))]),
            (4, "2.2.5"),
        ],
        "",
        lab,
    )
    bill = at_path(case(f, f"{a}/v2/rugnn/{CASE_NO}/bill", headers=_h(rng, **b)), CASE_NO, MED)
    return [
        case(
            f,
            f"{a}/v2/rugnn",
            headers=_h(rng),
            body={
                "nanv": L(FIRST, NAMEC),
                "apelid": L(LAST, NAMEC),
                "email": L(EMAIL_MIXED, MAIL),
                "mobail": L(E164, TEL),
                "gupit_utor": L(PW, CRED),
                "zolm_tarik": L(DOB, BIRTH),
                "ling": L("stri", GENDER),
                "vozon": L(61, FIT),
                "unchai": L(166, FIT),
                "xar": L("Panaji", COARSE),
                "konnem_dakhoilo": "ixtt",
            },
        ),
        case(
            f,
            f"{a}/oauth/token",
            fmt="form",
            headers=_h(rng),
            body={
                "grant_type": "password",
                "username": L(EMAIL, MAIL),
                "password": L(PW, CRED),
                "client_id": "vokot-android",
            },
        ),
        case(f, f"{a}/v2/mhaka", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v2/case/ghetop",
            gz=True,
            headers=_h(rng, **b),
            body={
                "case_no": L(CASE_NO, MED),
                "lokxonn": [
                    L("kateak khaj, angar lal chakam", MED),
                    L("sanjechem chodd khaj, unhant chodd", MED),
                ],
                "nhid": L("ratik 2 vorar jag zata, porot nhid iena", MED),
                "bhirant": L("kallokachi ani eklich asonk bhirant", MED),
                "mon": L("chintest, lhan gozalir rodunk ieta", MED),
                "mhoineachem": L("30 dis, 5 dis, poilea disa dukh", MED),
                "khann": L("khar ani tikh", MED),
                "tanh": L("chodd, thond udak", MED),
                "adi_vokot": [L("cetirizine 10 mg", MED), L("levocetirizine 5 mg", MED)],
                "allergy": L("dhull ani kolombi", MED),
            },
        ),
        multipart(
            f,
            f"{a}/v2/kat/foto",
            [
                ("foto", "hat_khaj.jpg", "image/jpeg", L(JPEG + b"\x27", f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {"case_no": L(CASE_NO, MED), "ang": L("davo hat", MED)},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/vell",
            headers=_h(rng, **b),
            query={"clinic": CLINIC["id"], "dis": "2026-01-16"},
        ),
        case(
            f,
            f"{a}/v2/bhett",
            headers=_h(rng, **b),
            body={
                "case_no": L(CASE_NO, MED),
                "vell": obj(rng, "vl"),
                "prokar": "pailo_bhett",
                "fee": L(600, BUY),
                "clinic": CLINIC["id"],
            },
        ),
        case(
            f,
            f"{a}/v2/bhornni",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "rokom": L("600.00", BUY),
                "valut": "INR",
                "upi": L(UPI, PAY),
                "case_no": L(CASE_NO, MED),
            },
        ),
        case(
            f,
            f"{a}/v2/check_in",
            headers=_h(rng, **b),
            body={
                "bhett": obj(rng, "bt"),
                "jaga": {"lat": cla, "lon": clo},
                "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lon": CLINIC["lon"]},
            },
        ),
        raw(f, f"{a}/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v2/vokot/pavonni",
            headers=_h(rng, **b),
            body={
                "vokot": L("Sulphur 200C, 3 pudi", MED),
                "case_no": L(CASE_NO, MED),
                "patto": L(HOME["line"], ADDR),
                "pin": L(HOME["pin"], COARSE),
                "mobail": L(E164, TEL),
                "rokom": L(250, BUY),
                "courier": "cr_goa_express",
            },
        ),
        case(
            f,
            f"{a}/v2/sondes",
            headers=_h(rng, **b),
            body={
                "dotor": {"nanv": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
                "sondes": L(
                    "Vokot ghetlea uprant 3 dis khaj chodd zala, he sarkem?", f"{TEXT}|{MED}"
                ),
            },
        ),
        case(
            f,
            f"{a}/v2/vokot/chalu",
            headers=_h(rng, **b),
            query={"case_no": L(CASE_NO, MED), "chalu": "true"},
        ),
        case(
            f,
            f"{a}/v2/video/room",
            headers=_h(rng, **b),
            body={"bhett": obj(rng, "bt"), "joinToken": L(opaque(rng, "vr_", 36), CRED)},
        ),
        multipart(
            f,
            f"{a}/v2/reports",
            [
                ("report", "thyroid_tsh.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {"case_no": L(CASE_NO, MED), "test": L("TSH, T3, T4", MED)},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/kuttumb",
            headers=_h(rng, **b),
            body={
                "case_no": L(CASE_NO, MED),
                "avoi": L("sakhar duens (diabetes type 2)", MED),
                "bapui": L("ragtachem dabav", MED),
                "bhoinn": L("eczema", MED),
            },
        ),
        case(
            f,
            f"{a}/v2/share",
            headers=_h(rng, **b),
            body={
                "case_no": L(CASE_NO, MED),
                "ghov": {"nanv": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
                "scope": ["bhett", "bill"],
            },
        ),
        bill,
        case(
            f,
            f"{a}/v2/obhiprai",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "mot": "5",
                "obhiprai": L("Don hoptean khaj unni zali, nhid bori", f"{TEXT}|{MED}"),
            },
        ),
        case(
            f,
            f"{a}/v2/sod",
            headers=_h(rng, **b),
            query={"sod": L("urticaria vokot ratchi khaj", SEARCH)},
        ),
        case(f, f"{a}/v2/yontr", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v2/ghoddnneo",
            headers=_h(rng, **b),
            body={
                "vaparpi": L(USER_ID, UID),
                "ghoddnneo": [ev("case_bhorlo", 1), ev("screen", 2, screen=L("Diary", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/v2/suchona",
            headers=_h(rng, how="none"),
            cookies={"vk_sid": L(opaque(rng, "", 40), CRED), "vk_dev": L(INSTALL_ID, DID)},
        ),
    ]


def vokot_sdks() -> list[Case]:
    rng = random.Random(16522)
    return [
        mc_batch(
            APP, rng, [("Case Submitted", {"pages": 6}), ("Visit Paid", {"amount": L(600, BUY)})]
        ),
        mc_queue(
            APP,
            rng,
            [("Diary Entry", {"khaj": L(6, MED)}), ("Photo Uploaded", {"ang": L("davo hat", MED)})],
        ),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=688),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("urticaria", MED)}, hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "250.00", "inr"),
        mm_geocode(APP, rng, "Miramar Homoeo Clinic", SEARCH, near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "cbc_report.pdf", "application/pdf"),
    ]
