"""Thingyan water-festival pandal-pass app "Sangkran" (a lakeside pandal's family passes; keys in
Burmese, MLC romanisation: ``lakhmat`` pass/ticket, ``mandap`` pandal, ``misacu`` family,
``kale`` child, ``lakpat`` wristband, ``ahpa_amay`` parent, ``pyauk`` lost, ``nauk_hcum``
last seen, ``rheu_sunapru`` first aid, ``danra`` injury, ``ka`` truck (the float), ``lam_kraung``
route, ``pyitci`` belongings, ``ahcaung`` food, ``wang_pauk`` gate, ``lhwai`` transfer,
``thang_mrang`` review, plus the set's common words ``amany``, ``hpun``, ``imel``,
``cakahwak``, ``mwe_ne``, ``asak``, ``kya_ma``, ``pamana``, ``ahma``, ``necwai``,
``tanyne``, ``catui``, ``dhatpum``, ``hrahpwe``): sign-up, an OAuth password grant,
``/kywannup``, pandals near her flat, the days, the family's passes, the payment, the son's
lost-child wristband (his photo), the gate scan with her fix, a protobuf crowd beat, a lost-child
alert, first aid for the son's cut foot, a float truck booked, the passes by number in the path,
food (msgpack), her husband's lost phone (its IMEI), a review, a search, a pass handed to her
sister-in-law (base64 JSON in a form field), the invoice by cookie, push and events. Other
sets' festival apps (Newroz, Boun, Gaita, Arman...) are processions, stalls or dances; this one is
a paid pandal's entry passes with a child-safety wristband."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    HW,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families161_kit import (
    HUSBAND,
    PANDAL,
    PANDAL_FIX,
    PASS_NO,
    SISTER_IL,
    SON,
    WRISTBAND,
    YG_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families161_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families161_svc import cl_card, cl_confirm, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App(
    "sangkran", "Sangkran", "com.example.sangkran", "3.1.0", "https://api.sangkran.example.com"
)
IID = "X-Sangkran-Device"
PW = "Thingyan*Re2026"
HUSBAND_IMEI = "353320114829307"  # his lost phone's IMEI (Luhn-valid; id.hardware)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sangkran() -> list[Case]:
    rng = random.Random(16121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), lakhmat=[L(PASS_NO, BUY)]))}
    pla, plo = fix(PANDAL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(WRISTBAND, UID)),
            (2, PANDAL["id"]),
            (3, 1776124800),
            (4, [(1, L(PANDAL_FIX[0], PRECISE)), (2, L(PANDAL_FIX[1], PRECISE)), (3, 14.0)]),
            (5, L(38, DEV)),
        ],
        "",
        lab,
    )
    passes = at_path(case(f, f"{a}/v1/lakhmat/{PASS_NO}", headers=_h(rng, **b)), PASS_NO, BUY)
    return [
        case(
            f,
            f"{a}/v1/akaung",
            headers=_h(rng),
            body={
                "amany": L(f"{FIRST} {LAST}", NAMEC),
                "imel": L(EMAIL_MIXED, MAIL),
                "hpun": L(E164, TEL),
                "cakahwak": L(PW, CRED),
                "mwe_ne": L(DOB, BIRTH),
                "kya_ma": L("ma", GENDER),
                "mrui": L("Yangon", COARSE),
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
                "client_id": "sangkran-android",
            },
        ),
        case(f, f"{a}/v1/kywannup", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/mandap/ani",
            headers=_h(rng, **b),
            query={
                "lat": L(f"{YG_HOME_AT[0]:.3f}", PRECISE),
                "lng": L(f"{YG_HOME_AT[1]:.3f}", PRECISE),
                "km": "4",
            },
        ),
        case(
            f, f"{a}/v1/mandap/{PANDAL['id']}/necwai", headers=_h(rng, **b), query={"hnac": "2026"}
        ),
        case(
            f,
            f"{a}/v1/lakhmat",
            headers=_h(rng, **b),
            body={
                "mandap": PANDAL["id"],
                "necwai": ["2026-04-13", "2026-04-14"],
                "misacu": [
                    {"amany": L(f"{FIRST} {LAST}", NAMEC), "asak": L(34, BIRTH)},
                    {"amany": L(HUSBAND[0], NAMEC), "asak": L(39, BIRTH)},
                    {"amany": L(SON["name"], NAMEC), "asak": L(10, BIRTH)},
                ],
                "lakhmat": L(PASS_NO, BUY),
                "pamana": L(90000, BUY),
                "ngwe_kraw": "MMK",
            },
        ),
        case(
            f,
            f"{a}/v1/ngwe_pekhye",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "lakhmat": L(PASS_NO, BUY),
                "pamana": L("90000", BUY),
                "kat_token": L(opaque(rng, "tok_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v1/kale/lakpat",
            headers=_h(rng, **b),
            body={
                "lakpat": L(WRISTBAND, UID),
                "kale": {
                    "amany": L(SON["name"], NAMEC),
                    "asak": L(10, BIRTH),
                    "kya_ma": L(SON["sex"], GENDER),
                },
                "ahpa_amay": [
                    {"amany": L(f"{FIRST} {LAST}", NAMEC), "hpun": L(E164, TEL)},
                    {"amany": L(HUSBAND[0], NAMEC), "hpun": L(HUSBAND[1], TEL)},
                ],
                "dhat_matany": L("mre pai", MED),
                "roga": L("pan: na", MED),
            },
        ),
        multipart(
            f,
            f"{a}/v1/kale/dhatpum",
            [
                ("dhatpum", "aungkhant.jpg", "image/jpeg", L(JPEG + b"\x38", MEDIA)),
                ("meta", None, "application/json", {"lakpat": L(WRISTBAND, UID)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/wang_pauk/scan",
            headers=_h(rng, **b),
            body={
                "lakhmat": L(PASS_NO, BUY),
                "wang_pauk": "gate_e",
                "tanyne": {"lat": pla, "lng": plo},
                "mandap_tanyne": {"lat": PANDAL["lat"], "lng": PANDAL["lon"]},
                "scan_id": obj(rng, "sc"),
            },
        ),
        raw(f, f"{a}/v1/lakpat/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/v1/kale/pyauk",
            headers=_h(rng, **b),
            body={
                "lakpat": L(WRISTBAND, UID),
                "amany": L(SON["name"], NAMEC),
                "nauk_hcum": L(
                    "Sa lay, lhyang longyi ani nhang rhang aky, stage ba bhak mha", f"{TEXT}"
                ),
                "tanyne": {
                    "lat": L(round(PANDAL_FIX[0] + 0.00021, 6), PRECISE),
                    "lng": L(round(PANDAL_FIX[1] - 0.00017, 6), PRECISE),
                },
                "hcak_swe_ran": L(E164, TEL),
            },
        ),
        case(
            f,
            f"{a}/v1/rheu_sunapru",
            headers=_h(rng, **b),
            body={
                "lakpat": L(WRISTBAND, UID),
                "amany": L(SON["name"], NAMEC),
                "asak": L(10, BIRTH),
                "danra": L("khre hpa mha hpan kwai ra, twe thwak", MED),
                "kusa": L("povidone, patti", MED),
                "mandap": PANDAL["id"],
                "tent": "fa_2",
            },
        ),
        case(
            f,
            f"{a}/v1/ka/ahma",
            headers=_h(rng, **b),
            body={
                "ka": "float_14",
                "lam_kraung": "Kandawgyi - Inya",
                "necwai": "2026-04-15",
                "ahma": L(obj(rng, "kb"), BUY),
                "pamana": L(150000, BUY),
                "htuing": 12,
                "hcak_swe_ran": {"amany": L(HUSBAND[0], NAMEC), "hpun": L(HUSBAND[1], TEL)},
            },
        ),
        passes,
        case(
            f,
            f"{a}/v1/ahcaung",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "lakhmat": L(PASS_NO, BUY),
                "ahcaung": [
                    {"amyui": "mont lone yay paw", "ahrae": 3, "pamana": 3000},
                    {"amyui": "shwe yin aye", "ahrae": 3, "pamana": 4500},
                ],
                "pamana": L(22500, BUY),
            },
        ),
        case(
            f,
            f"{a}/v1/pyitci/pyauk",
            headers=_h(rng, **b),
            body={
                "amyui": "hpun",
                "imei": L(HUSBAND_IMEI, HW),
                "model": "Galaxy A54",
                "puing_rhang": L(HUSBAND[0], NAMEC),
                "catui": L("Khangpwan ei hpun re kya pyauk, ahpum ani", TEXT),
                "hcak_swe_ran": L(E164, TEL),
            },
        ),
        case(
            f,
            f"{a}/v1/thang_mrang",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "mandap": PANDAL["id"],
                "kray": "4",
                "catui": L("Re pan kaung, kale lakpat ca ni kaung. Rheu sunapru mran", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v1/hrahpwe",
            headers=_h(rng, **b),
            query={"q": L("kale aton mandap Kandawgyi", SEARCH)},
        ),
        case(
            f,
            f"{a}/v1/lakhmat/lhwai",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "data": W(
                    {
                        "lakhmat": L(PASS_NO, BUY),
                        "amany": L(SISTER_IL[0], NAMEC),
                        "hpun": L(SISTER_IL[1], TEL),
                    },
                    "b64json",
                ),
                "v": "2",
            },
        ),
        case(
            f,
            f"{a}/v1/pyecalwha/latest",
            headers=_h(rng, how="none"),
            cookies={
                "sk_session": L(opaque(rng, "", 40), CRED),
                "sk_device": L(INSTALL_ID, DID),
                "sk_req": rid(rng),
            },
        ),
        case(f, f"{a}/v1/cak", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/lhup_rhar_hmu",
            gz=True,
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "hlup": [
                    ev("lakhmat_wai", 1, pamana=L(90000, BUY)),
                    ev("kale_pyauk", 2),
                    ev("screen", 3, screen=L("LakpatMap", USAGE)),
                ],
            },
        ),
    ]


def sangkran_sdks() -> list[Case]:
    rng = random.Random(16122)
    link = U(
        "https://sangkran.example.com/p",
        {"lakhmat": L(PASS_NO, BUY), "src": "mail", "em": L(EMAIL, MAIL)},
    )
    return [
        mc_batch(
            APP,
            rng,
            [("Passes Bought", {"total": L(90000, BUY)}), ("Wristband Linked", {})],
            at=PANDAL_FIX,
            nd=3,
        ),
        mc_queue(APP, rng, [("Gate Scan", {"gate": "gate_e"}), ("Child Alert", {})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"lakhmat": L(PASS_NO, BUY)}, revenue=90000.0, hashed=True),
        bf_bid(
            APP,
            rng,
            {"video": {"w": 320, "h": 480}},
            at=PANDAL_FIX,
            nd=2,
            keywords="thingyan,festival,yangon",
        ),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=3120),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "90000", "mmk"),
        mm_telemetry(APP, rng, [PANDAL_FIX, YG_HOME_AT], PRECISE),
    ]
