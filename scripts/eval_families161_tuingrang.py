"""Myanmar traditional-medicine clinic app "Tuingrang" (Yankin; her insomnia and lower-back pain;
keys in Burmese, MLC romanisation: ``luna`` patient, ``luna_nampat`` patient record number,
``hcarawan`` physician, ``roga`` illness, ``roga_lakkhana`` symptoms, ``dhat`` element (the four
elements of the traditional diagnosis), ``swe_hpia`` blood pressure, ``swe_khunhnun`` pulse,
``alekhyin`` weight, ``arap`` height, ``hce`` medicine, ``hcenhan`` prescription, ``hnip``
massage, ``khyinhcui`` appointment, ``rasi`` menstruation, ``kuiwan`` pregnancy,
``dhat_matany`` allergy, ``ip_khyin`` sleep hours, ``nakyang`` pain score, ``mhyawe`` share,
plus the set's common words): sign-up, an SMS code, ``/kywannup``, the intake form (gzip),
physicians near her flat, a massage appointment, its payment, a check-in with her fix, a
protobuf home reading (pulse, blood pressure, weight), a tongue photo, herbal medicines delivered
to her flat, a message to the physician, the prescriptions, a video consult, the invoices by
patient number in the path, sharing with her husband, an offline self-care diary (msgpack), a
review, a search, push, events and a refresh. Set 64's clinic is Chinese medicine; this one is
Burmese traditional medicine (element diagnosis, herbal powders, massage)."""

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
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families161_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HUSBAND,
    PATIENT,
    YG_HOME,
    YG_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families161_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families161_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "tuingrang", "Tuingrang", "com.example.tuingrang", "5.0.2", "https://api.tuingrang.example.net"
)
IID = "X-TR-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tuingrang() -> list[Case]:
    rng = random.Random(16141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), luna_nampat=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    reading = pb(
        [
            (1, L(PATIENT, MED)),
            (2, 1765310000),
            (3, [(1, L(78, FIT)), (2, L(128, MED)), (3, L(84, MED)), (4, L(61.5, FIT))]),
            (4, "omron_bp7"),
        ],
        "",
        lab,
    )
    inv = at_path(case(f, f"{a}/v1/luna/{PATIENT}/pyecalwha", headers=_h(rng, **b)), PATIENT, MED)
    return [
        case(
            f,
            f"{a}/v1/luna",
            headers=_h(rng),
            body={
                "amany": L(f"{FIRST} {LAST}", NAMEC),
                "mwe_ne": L(DOB, BIRTH),
                "kya_ma": L("ma", GENDER),
                "hpun": L(E164, TEL),
                "imel": L(EMAIL, MAIL),
                "lipca": L(YG_HOME["line"], ADDR),
                "mruinay": L(YG_HOME["township"], COARSE),
                "luna_nampat": L(PATIENT, MED),
            },
        ),
        case(
            f,
            f"{a}/v1/otp/atanypru",
            fmt="form",
            headers=_h(rng),
            body={"hpun": L(E164, TEL), "kud": L("552018", CRED)},
        ),
        case(f, f"{a}/v1/kywannup", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/luna/mhattam",
            gz=True,
            headers=_h(rng, **b),
            body={
                "luna_nampat": L(PATIENT, MED),
                "roga_lakkhana": [L("ip ma pyau (insomnia)", MED), L("kyau auk nakyang", MED)],
                "rasi": L("ma mhan", MED),
                "kuiwan": L(False, MED),
                "hce": [L("melatonin 3 mg", MED)],
                "dhat_matany": [L("penicillin", MED)],
                "swe_hpia": L("128/84", MED),
                "alekhyin": L(61.5, FIT),
                "arap": L(165, FIT),
                "dhat": L("wayo lwan", MED),
            },
        ),
        case(
            f,
            f"{a}/v1/hcarawan/ani",
            headers=_h(rng, **b),
            query={
                "lat": L(f"{YG_HOME_AT[0]:.3f}", PRECISE),
                "lng": L(f"{YG_HOME_AT[1]:.3f}", PRECISE),
                "amyui": "hnip",
            },
        ),
        case(
            f,
            f"{a}/v1/khyinhcui",
            headers=_h(rng, **b),
            body={
                "luna_nampat": L(PATIENT, MED),
                "hcarawan": "dr_nna_04",
                "necwai": "2025-12-12",
                "akhyin": "16:30",
                "amyui": L("kyau hnip + hce pu kap", MED),
                "pamana": L(45000, BUY),
                "khyinhcui_id": obj(rng, "ap"),
            },
        ),
        case(
            f,
            f"{a}/v1/ngwe_pekhye",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "pamana": L("45000", BUY),
                "ngwe_kraw": "MMK",
                "kat_nauk4": L("4444", PAY),
                "nany": L(opaque(rng, "pm_", 24), PAY),
                "luna_nampat": L(PATIENT, MED),
            },
        ),
        case(
            f,
            f"{a}/v1/rauk",
            headers=_h(rng, **b),
            body={
                "khyinhcui": obj(rng, "ap"),
                "tanyne": {"lat": cla, "lng": clo},
                "clinic": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]},
            },
        ),
        raw(
            f, f"{a}/v1/home_reading", reading, "application/x-protobuf", lab, headers=_h(rng, **b)
        ),
        multipart(
            f,
            f"{a}/v1/hlya/dhatpum",
            [
                ("dhatpum", "hlya.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {"luna_nampat": L(PATIENT, MED), "hlya_are": L("hpru: hpyau", MED)},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/hcenhan/ahma",
            headers=_h(rng, **b),
            body={
                "luna_nampat": L(PATIENT, MED),
                "hce": [
                    {"amany": L("ip hce mhun (herbal sleep powder)", MED), "ahrae": 2},
                    {"amany": L("kyau nakyang hce hcim", MED), "ahrae": 1},
                ],
                "pamana": L(28000, BUY),
                "pu_lipca": L(YG_HOME["line"], ADDR),
                "pu_hpun": L(E164, TEL),
            },
        ),
        case(
            f,
            f"{a}/v1/catui",
            headers=_h(rng, **b),
            body={
                "lakkhan": {"amany": L(DOCTOR[0], NAMEC), "imel": L(DOCTOR[1], MAIL)},
                "catui": L(
                    "Hce mhun ca pri: nauk ip 5 nayi ip ra pri, kyau nakyang ne ra", f"{TEXT}|{MED}"
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/hcenhan",
            headers=_h(rng, **b),
            query={"luna_nampat": L(PATIENT, MED), "active": "1"},
        ),
        case(
            f,
            f"{a}/v1/video/rooms",
            headers=_h(rng, **b),
            body={"khyinhcui": obj(rng, "ap"), "join_token": L(opaque(rng, "vr_", 36), CRED)},
        ),
        inv,
        case(
            f,
            f"{a}/v1/mhyawe",
            headers=_h(rng, **b),
            body={
                "luna_nampat": L(PATIENT, MED),
                "lu": {"amany": L(HUSBAND[0], NAMEC), "hpun": L(HUSBAND[1], TEL)},
                "ahcang": ["khyinhcui", "pyecalwha"],
            },
        ),
        case(
            f,
            f"{a}/v1/diary/offline",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "luna_nampat": L(PATIENT, MED),
                "ne": [
                    {"necwai": "2025-12-13", "ip_khyin": L(4.5, MED), "nakyang": L(6, MED)},
                    {"necwai": "2025-12-14", "ip_khyin": L(5.5, MED), "nakyang": L(4, MED)},
                ],
            },
        ),
        case(
            f,
            f"{a}/v1/thang_mrang",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "clinic": CLINIC["id"],
                "kray": "5",
                "catui": L("Hnip pri: kyau nakyang ta wak lhau kya, ip ra pri", f"{TEXT}|{MED}"),
            },
        ),
        case(
            f,
            f"{a}/v1/hrahpwe",
            headers=_h(rng, **b),
            query={"q": L("kyau nakyang tuingrang hce", SEARCH)},
        ),
        case(f, f"{a}/v1/cak", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/lhup_rhar_hmu",
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "hlup": [ev("khyinhcui_pru", 1), ev("screen", 2, screen=L("HceCarang", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/v1/session/refresh",
            fmt="form",
            headers=_h(rng, how="none"),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "cak": L(INSTALL_ID, DID)},
        ),
    ]


def tuingrang_sdks() -> list[Case]:
    rng = random.Random(16142)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Appointment Booked", {"kind": L("massage", MED)}),
                ("Paid", {"amount": L(45000, BUY)}),
            ],
        ),
        mc_queue(APP, rng, [("Diary Entry", {"sleep": L(4.5, MED)}), ("Reading Saved", {})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=688),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("insomnia", MED)}, hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Yankin Traditional Medicine Clinic", SEARCH, near=YG_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "blood_test.pdf", "application/pdf"),
    ]
