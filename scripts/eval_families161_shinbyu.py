"""Novitiation-ceremony (shinbyu) planner "Shinlaung" of a Kamayut monastery's lay committee: her
son Aung Khant Min (10) is to enter the monastery as a novice for the summer (API keys in Burmese,
MLC romanisation: ``amany`` name, ``imel`` e-mail, ``hpun`` phone, ``cakahwak`` password,
``mwe_ne`` birth date, ``nenam`` weekday of birth, ``asak`` age, ``kya_ma`` sex (``kya`` male),
``bhasa`` religion, ``khangpwan`` husband, ``sa`` son, ``hranglaung`` the novice-to-be,
``hrangpru`` novitiation, ``kyaung`` monastery, ``hcaratau`` abbot, ``ahlu`` donation,
``hludansu`` donors, ``pamana`` amount, ``ngwe_pekhye`` payment, ``ahma`` order, ``necwai``
date, ``hpitca`` invitation, ``lakkhan`` recipients, ``catui`` message, ``hmatkhyak`` remark,
``tanyne`` position, ``kyanmare`` health, ``roga`` illness, ``hce`` medicine, ``mrang`` horse,
``hcwam`` alms meal, ``dhatpum`` photo, ``hrahpwe`` search, ``mwe_carang`` birth register,
``dhat_matany`` allergy, ``hlany_pwai`` procession, ``bhasa_amany`` religious name):
sign-up, log-in, ``/kywannup`` (me), the novice-to-be, packages, the ceremony booked, its payment,
the donors' list, invitations, the costume photo, the procession beat (protobuf) and check-in,
the novice's health form, the alms meal (msgpack), the receipt by order number in the path, a
message to the abbot, a card link (base64 JSON in a form field), a search, push, events and a
log-out."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families161_kit import (
    CEREMONY,
    DOW_HER,
    HUSBAND,
    MONASTERY,
    MONASTERY_FIX,
    MOTHER_IL,
    PAGODA,
    SISTER_IL,
    SISTER_US,
    SON,
    TZ,
    YG_HOME,
    YG_HOME_AT,
    fix,
    hd,
    obj,
)
from eval_families161_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families161_svc import cl_card, cl_confirm, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App(
    "shinlaung", "Shinlaung", "com.example.shinlaung", "2.4.1", "https://api.shinlaung.example.org"
)
IID = "X-Shinlaung-Device"
PW = "Shwedagon#2026"
NID = "personal.national_id"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, my=True, **kw)


def shinlaung() -> list[Case]:
    rng = random.Random(16101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, imel=L(EMAIL, MAIL), hpun=L(E164, TEL), kyaung=L(MONASTERY["id"], REL))
        )
    }
    mla, mlo = fix(MONASTERY_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(USER_ID, UID)),
            (2, L(CEREMONY, BUY)),
            (3, 1775000000),
            (4, [(1, L(MONASTERY_FIX[0], PRECISE)), (2, L(MONASTERY_FIX[1], PRECISE)), (3, 9.0)]),
            (5, L(64, DEV)),
        ],
        "",
        lab,
    )
    receipt = at_path(
        case(f, f"{a}/api/v1/ahma/{CEREMONY}/pyecalwha", headers=_h(rng, **b)), CEREMONY, BUY
    )
    son = {
        "amany": L(SON["name"], NAMEC),
        "mwe_ne": L(SON["dob"], BIRTH),
        "nenam": L(SON["weekday"], BIRTH),
        "asak": L(10, BIRTH),
        "kya_ma": L(SON["sex"], GENDER),
    }
    return [
        case(
            f,
            f"{a}/api/v1/carangswang",
            headers=_h(rng),
            body={
                "amany": L(f"{FIRST} {LAST}", NAMEC),
                "imel": L(EMAIL, MAIL),
                "hpun": L(E164, TEL),
                "cakahwak": L(PW, CRED),
                "mwe_ne": L(DOB, BIRTH),
                "nenam": L(DOW_HER, BIRTH),
                "bhasa": L("Buddha bhasa", REL),
                "kyaung": L(MONASTERY["id"], REL),
                "khangpwan": {"amany": L(HUSBAND[0], NAMEC), "hpun": L(HUSBAND[1], TEL)},
                "mruinay": L(YG_HOME["township"], COARSE),
                "mrui": L(YG_HOME["town"], COARSE),
            },
        ),
        case(
            f,
            f"{a}/api/v1/wangrauk",
            fmt="form",
            headers=_h(rng),
            body={"imel": L(EMAIL_UPPER, MAIL), "cakahwak": L(PW, CRED), "mhatthar": "1"},
        ),
        case(f, f"{a}/api/v1/kywannup", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v1/hranglaung",
            headers=_h(rng, **b),
            body={
                "sa": son,
                "mwe_carang": L(SON["bc"], NID),
                "kyaung": L(MONASTERY["id"], REL),
                "bhasa_amany": L("Shin Pyinnya Thiri", REL),
                "hrangpru_necwai": L("2026-04-20", REL),
            },
        ),
        case(
            f,
            f"{a}/api/v1/hrangpru/pakkej",
            headers=_h(rng, **b),
            query={"mrui": L("Yangon", COARSE), "mrang": "2", "hcwam": "30"},
        ),
        case(
            f,
            f"{a}/api/v1/hrangpru/ahma",
            headers=_h(rng, **b),
            body={
                "ahma": L(CEREMONY, BUY),
                "pakkej": "pk_gold_2",
                "necwai": "2026-04-19",
                "kyaung": MONASTERY["id"],
                "mrang": 2,
                "hcwam_hpongyi": 30,
                "eisany": 180,
                "pamana": L(1850000, BUY),
                "ngwe_kraw": "MMK",
                "hmatkhyak": L("Sa ka mrang ci khyang tai, amay ka hto: ne mai", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/v1/ngwe_pekhye",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "ahma": L(CEREMONY, BUY),
                "pamana": L("850000", BUY),
                "ngwe_kraw": "MMK",
                "nany": L(opaque(rng, "pm_", 24), PAY),
                "kat_nauk4": L("4444", PAY),
            },
        ),
        case(
            f,
            f"{a}/api/v1/hludansu",
            headers=_h(rng, **b),
            body={
                "ahma": CEREMONY,
                "hludansu": [
                    {"amany": L(MOTHER_IL[0], NAMEC), "hcakhcany": "ahpwa", "pamana": 500000},
                    {"amany": L(SISTER_IL[0], NAMEC), "hcakhcany": "aday", "pamana": 200000},
                    {"amany": L(SISTER_US[0], NAMEC), "hcakhcany": "nyi ma", "pamana": 300000},
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v1/hpitca",
            headers=_h(rng, **b),
            body={
                "ahma": CEREMONY,
                "lakkhan": [
                    {"amany": L(MOTHER_IL[0], NAMEC), "hpun": L(MOTHER_IL[1], TEL)},
                    {"amany": L(SISTER_IL[0], NAMEC), "hpun": L(SISTER_IL[1], TEL)},
                ],
                "catui": L(
                    f"{SON['name']} ei hrangpru pwai, 2026 April 19, {MONASTERY['name']}",
                    f"{TEXT}|{REL}|{NAMEC}",
                ),
            },
        ),
        multipart(
            f,
            f"{a}/api/v1/dhatpum",
            [
                ("dhatpum", "shinlaung_wat.jpg", "image/jpeg", L(JPEG + b"\x16", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"ahma": CEREMONY, "ca_tan": L("Sa lay hranglaung wat hcang", f"{TEXT}|{REL}")},
                ),
            ],
            headers=_h(rng, **b),
        ),
        raw(
            f,
            f"{a}/api/v1/hlany_pwai/beat",
            beat,
            "application/x-protobuf",
            lab,
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v1/hlany_pwai/rauk",
            headers=_h(rng, **b),
            body={
                "ahma": L(CEREMONY, BUY),
                "tanyne": {"lat": mla, "lng": mlo, "tikya": 7},
                "kyaung_tanyne": {"lat": MONASTERY["lat"], "lng": MONASTERY["lon"]},
                "bhura_tanyne": {"lat": PAGODA[0], "lng": PAGODA[1]},
                "lhat_id": obj(rng, "ck"),
            },
        ),
        case(
            f,
            f"{a}/api/v1/hranglaung/kyanmare",
            gz=True,
            headers=_h(rng, **b),
            body={
                "amany": L(SON["name"], NAMEC),
                "asak": L(10, BIRTH),
                "roga": [L("pan: na (asthma)", MED)],
                "hce": [L("salbutamol inhaler", MED)],
                "dhat_matany": L("mre pai", MED),
                "swe_amyui": L("O+", MED),
                "hmatkhyak": L("Ratri mha hce pa ra mai, hcaratau ko pro: pe par", f"{TEXT}|{MED}"),
            },
        ),
        case(
            f,
            f"{a}/api/v1/hcwam",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "ahma": L(CEREMONY, BUY),
                "ahcaung": [
                    {"amyui": "mohinga", "ahrae": 200, "pamana": 1500},
                    {"amyui": "danpauk", "ahrae": 180, "pamana": 4500},
                ],
                "pamana": L(1110000, BUY),
                "kyaung": MONASTERY["id"],
            },
        ),
        receipt,
        case(
            f,
            f"{a}/api/v1/catui",
            headers=_h(rng, **b),
            body={
                "lakkhan": "hcaratau_u_pannya",
                "catui": L(
                    "Hcaratau bhura, sa lay ko ratri 7 rak kyaung mha ne: khwang pru par",
                    f"{TEXT}|{REL}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/v1/kat/hcak",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "data": W(
                    {
                        "hpun": L(NATIONAL, TEL),
                        "mwe_ne": L(DOB, BIRTH),
                        "kat_nauk4": L("4444", PAY),
                    },
                    "b64json",
                ),
                "v": "1",
            },
        ),
        case(
            f,
            f"{a}/api/v1/hrahpwe",
            headers=_h(rng, **b),
            query={"q": L("hrangpru mrang ngaha Kamayut", SEARCH), "cacmyak": "1"},
        ),
        case(
            f,
            f"{a}/api/v1/hlu_carang",
            headers=_h(rng, how="none"),
            cookies={
                "sl_session": L(opaque(rng, "", 40), CRED),
                "sl_device": L(INSTALL_ID, DID),
                "sl_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/v1/cak",
            headers=_h(rng, **b),
            body={
                "push_token": L(push_token(rng), DID),
                "cak_id": L(INSTALL_ID, DID),
                "bhasa_ca": L("my", DEV),
                "akhyin_jun": L(TZ, DEV),
                "model": L("Pixel 8", DEV),
                "os": L("Android 14", DEV),
            },
        ),
        case(
            f,
            f"{a}/api/v1/lhup_rhar_hmu",
            gz=True,
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "hlup": [
                    ev("ahma_pru", 1, pakkej="pk_gold_2"),
                    ev("ngwe_pe", 2, pamana=L(850000, BUY)),
                    ev("screen", 3, screen=L("HludansuCarang", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v1/htwak",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "cak": L(INSTALL_ID, DID)},
        ),
    ]


def shinlaung_sdks() -> list[Case]:
    rng = random.Random(16102)
    return [
        mc_batch(
            APP,
            rng,
            [
                ("Ceremony Booked", {"package": "pk_gold_2", "total": L(1850000, BUY)}),
                ("Procession Started", {}),
            ],
            at=MONASTERY_FIX,
            nd=2,
            locale="my_MM",
        ),
        mc_identify(
            APP, rng, {"mruinay": L("Kamayut", COARSE), "bhasa": L("Buddha", REL), "kale": 1}
        ),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"ahma": L(CEREMONY, BUY)}, revenue=850000.0, hashed=True),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=YG_HOME_AT,
            nd=3,
            keywords="shinbyu,monastery,ceremony",
        ),
        bf_notice(APP, rng, "win"),
        cd_crash(
            APP,
            rng,
            ("java.lang.IllegalStateException", "camera released"),
            [
                cd_crumb("nav", "Ahma -> Dhatpum"),
                cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/dhatpum", "status": 500}),
            ],
            screen="DhatpumActivity",
        ),
        cd_session(APP, rng, secs=1204),
        pt_register(
            APP,
            rng,
            lang="my",
            at=YG_HOME_AT,
            nd=2,
            tags={"kyaung": L(MONASTERY["id"], REL), "pwai": "hrangpru"},
        ),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "850000", "mmk"),
        mm_route(APP, rng, [(MONASTERY_FIX, PRECISE), (PAGODA, None)], mode="walking"),
        hs_message(
            APP,
            rng,
            L(f"Ahma {CEREMONY} ngwe nhac khar pe mi tai", f"{TEXT}|{BUY}"),
            {"ahma": L(CEREMONY, BUY)},
        ),
    ]
