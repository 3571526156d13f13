"""Salt-cave speleotherapy clinic app "Duzgowak" (a clinic in the Kopetdag foothills west of
Ashgabat runs sessions in a salt mine gallery; she takes their son Dowlet (8) for his asthma).
Its API uses camelCase Turkmen keys, diacritics dropped: ``ady`` name, ``familiyasy`` surname,
``ePocta`` e-mail, ``telefon`` phone, ``acarsoz`` password, ``rugsatnama`` residence permit,
``caga`` child, ``doglanSenesi`` birth date, ``jynsy`` sex (``oglan`` boy), ``seHadatnama``
birth certificate, ``hassaBelgisi`` patient number, ``kesel`` illness, ``demgysma`` asthma,
``allergiya`` allergy, ``dermanlar`` medicines, ``ugrukdyryjy`` accompanying adult, ``kurs``
course, ``mukdar`` amount, ``toleg`` payment, ``oturylys`` session, ``yagdayy`` condition,
``ustasma`` attack, ``gol`` signature, ``razylyk`` consent, ``yazgy`` text, ``kime`` to whom:
a parent's sign-up, an OAuth password grant, ``/men`` with a patients claim, Dowlet registered
(his diagnosis, allergy and inhalers), the paediatrician's referral (PDF), an asthma
questionnaire (gzip), a ten-session course and its payment, a check-in at the clinic, a protobuf
peak-flow diary, a session in the gallery, a symptom diary (msgpack), a message to the doctor, a
sick note for his school, her pass as the accompanying adult, the clinic bus, a video consult,
prescriptions, the invoice by patient number in the path, a research consent (signature), the
results by cookie GET, push and events. Set 137 has a radon-spring sanatorium (her back) and an
allergy immunotherapy clinic; this is a child's salt-cave course for asthma."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families169_kit import (
    AS_HOME,
    AS_HOME_AT,
    DOCTOR,
    PASSPORT,
    PATIENT,
    RESIDENCE,
    SALT,
    SALT_FIX,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families169_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families169_svc import cy_check, fn_eval, hs_attach, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "duzgowak", "Duzgowak", "com.example.duzgowak", "2.2.5", "https://api.duzgowak.example.org"
)
IID = "X-DG-Enjam"
PW = "Duzly$Gowak2026"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{SON['first']} {SON['last']}"
COURSE = "DG-K-2612"  # the ten-session course (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def duzgowak() -> list[Case]:
    rng = random.Random(16921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, ePocta=L(EMAIL, MAIL), hassalar=[L(PATIENT, MED)], rol="ene")
        )
    }
    cla, clo = fix(SALT_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb(
        [
            (1, L(PATIENT, MED)),
            (2, 1775001600),
            (3, [(1, L(210, MED)), (2, L(235, MED)), (3, L("salbutamol 2 puff", MED))]),
            (4, "2.2.5"),
        ],
        "",
        lab,
    )
    inv = at_path(case(f, f"{a}/v1/hassalar/{PATIENT}/hasap", headers=_h(rng, **b)), PATIENT, MED)
    return [
        case(
            f,
            f"{a}/v1/ulanyjylar",
            headers=_h(rng),
            body={
                "ady": L(FIRST, NAMEC),
                "familiyasy": L(LAST, NAMEC),
                "ePocta": L(EMAIL, MAIL),
                "telefon": L(E164, TEL),
                "acarsoz": L(PW, CRED),
                "rugsatnama": L(RESIDENCE, NID),
                "sahar": L("Asgabat", COARSE),
                "dil": "en",
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
                "client_id": "duzgowak-android",
            },
        ),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/cagalar",
            headers=_h(rng, **b),
            body={
                "caga": {
                    "ady": L(SON["first"], NAMEC),
                    "familiyasy": L(SON["last"], NAMEC),
                    "doglanSenesi": L(SON["dob"], BIRTH),
                    "jynsy": L(SON["sex"], GENDER),
                    "seHadatnama": L(SON["cert"], NID),
                },
                "hassaBelgisi": L(PATIENT, MED),
                "kesel": L("bronhial demgysma", MED),
                "allergiya": [L("ot tozany", MED), L("pisik tuyi", MED)],
                "dermanlar": [L("salbutamol ingalyator", MED), L("flutikazon 50 mkg", MED)],
            },
        ),
        multipart(
            f,
            f"{a}/v1/ugrukdyrma",
            [
                ("fayl", "ugrukdyrma.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
                (
                    "maglumat",
                    None,
                    "application/json",
                    {"hassaBelgisi": L(PATIENT, MED), "lukman": "pediatr"},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/sorag",
            gz=True,
            headers=_h(rng, **b),
            body={
                "hassaBelgisi": L(PATIENT, MED),
                "gijekiUstasma": L(2, MED),
                "hepdedeIngalyator": L(5, MED),
                "fizkultura": L("dem kemlik bilen", MED),
                "kesgitlenen": "2023-10",
                "temmakiTussesi": L(False, MED),
            },
        ),
        case(
            f,
            f"{a}/v1/kurslar",
            headers=_h(rng, **b),
            body={
                "hassaBelgisi": L(PATIENT, MED),
                "kurs": L(COURSE, BUY),
                "oturylys": 10,
                "baslanyar": "2026-04-06",
                "mukdar": L(900, BUY),
                "pulBirligi": "TMT",
            },
        ),
        case(
            f,
            f"{a}/v1/toleg",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "kurs": L(COURSE, BUY),
                "mukdar": L("900.00", BUY),
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "kartSonky4": L("4444", PAY),
            },
        ),
        case(
            f,
            f"{a}/v1/gelis",
            headers=_h(rng, **b),
            body={
                "oturylys": obj(rng, "ot"),
                "yer": {"ginlik": cla, "uzaklyk": clo},
                "klinika": {"id": SALT["id"], "ginlik": SALT["lat"], "uzaklyk": SALT["lon"]},
            },
        ),
        raw(f, f"{a}/v1/gundelik/pik", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v1/oturylys/tamamlandy",
            headers=_h(rng, **b),
            body={
                "oturylys": obj(rng, "ot"),
                "galereya": "G-2",
                "minut": 45,
                "hassaBelgisi": L(PATIENT, MED),
                "yagdayy": L("ustasma bolmady, bir gezek usguryk", MED),
            },
        ),
        case(
            f,
            f"{a}/v1/gundelik",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "hassaBelgisi": L(PATIENT, MED),
                "sene": "2026-04-09",
                "ustasma": L(0, MED),
                "gijeOyandy": L(1, MED),
                "ingalyator": L(1, MED),
            },
        ),
        case(
            f,
            f"{a}/v1/habarlar",
            headers=_h(rng, **b),
            body={
                "kime": {"ady": L(DOCTOR[0], NAMEC), "ePocta": L(DOCTOR[1], MAIL)},
                "yazgy": L(
                    "Dowlet gije iki gezek usgurdy, salbutamoly berdim. Ertir gelmelimi?",
                    f"{TEXT}|{MED}|{NAMEC}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/mekdep/kagyz",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "caganynAdy": L(KID, NAMEC),
                "mekdep": "mekdep_as_29",
                "synp": "2B",
                "sebap": L("speleoterapiya kursy, demgysma", MED),
                "senelerden": "2026-04-06",
                "senelere": "2026-04-17",
            },
        ),
        case(
            f,
            f"{a}/v1/ugrukdyryjy",
            headers=_h(rng, **b),
            body={
                "hassaBelgisi": L(PATIENT, MED),
                "ugrukdyryjy": {
                    "ady": L(f"{FIRST} {LAST}", NAMEC),
                    "pasport": L(PASSPORT, NID),
                    "garyndasligi": "ejesi",
                },
            },
        ),
        case(
            f,
            f"{a}/v1/awtobus",
            headers=_h(rng, **b),
            body={
                "alysSalgy": L(AS_HOME["line"], ADDR),
                "etrap": L(AS_HOME["etrap"], COARSE),
                "sene": "2026-04-06",
                "orun": 2,
                "bahasy": L(40, BUY),
            },
        ),
        case(
            f,
            f"{a}/v1/wideo/otaglar",
            headers=_h(rng, **b),
            body={"duzgun": obj(rng, "wd"), "joinToken": L(opaque(rng, "vr_", 36), CRED)},
        ),
        case(
            f,
            f"{a}/v1/reseptler",
            headers=_h(rng, **b),
            query={"hassaBelgisi": L(PATIENT, MED), "isjen": "true"},
        ),
        inv,
        multipart(
            f,
            f"{a}/v1/razylyk",
            [
                ("gol", "gol.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
                (
                    "maglumat",
                    None,
                    "application/json",
                    {
                        "hassaBelgisi": L(PATIENT, MED),
                        "gornus": "gozleg_v2",
                        "razylyk": False,
                        "golCeken": L(f"{FIRST} {LAST}", NAMEC),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/netijeler",
            headers=_h(rng, how="none"),
            cookies={
                "dg_sessiya": L(opaque(rng, "", 40), CRED),
                "dg_enjam": L(INSTALL_ID, DID),
                "dg_req": rid(rng),
            },
        ),
        case(f, f"{a}/v1/enjamlar", headers=_h(rng, **b), body=push(push_token(rng), "en_TM")),
        case(
            f,
            f"{a}/v1/wakalar",
            gz=True,
            headers=_h(rng, **b),
            body={
                "ulanyjy": L(USER_ID, UID),
                "wakalar": [
                    ev("kurs_satyn_alyndy", 1),
                    ev("ekran", 2, ekran=L("PikGundelik", USAGE)),
                ],
            },
        ),
    ]


def duzgowak_sdks() -> list[Case]:
    rng = random.Random(16922)
    return [
        mc_batch(
            APP,
            rng,
            [("Course Booked", {"total": L(900, BUY)}), ("Diary Entry", {"attacks": L(0, MED)})],
        ),
        mc_queue(
            APP,
            rng,
            [("Peak Flow Logged", {"value": L(235, MED)}), ("Session Done", {"minutes": 45})],
        ),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=655),
        fn_eval(APP, rng, {"clinic": SALT["id"], "program": L("pediatric-asthma", MED)}, hdr=True),
        pt_register(APP, rng, tags={"klinika": SALT["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Duzly Gowak Speleoterapiya Merkezi", SEARCH, near=AS_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "spirometriya.pdf", "application/pdf"),
        hs_message(
            APP,
            rng,
            L(f"{KID} kursunyn tolegi iki gezek alyndy", f"{TEXT}|{NAMEC}"),
            {"hassaBelgisi": L(PATIENT, MED)},
        ),
    ]
