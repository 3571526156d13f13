"""Ward household-list and overnight-guest app "Rapkwak" of a Yangon ward administration (Kamayut
Ward 3): every household keeps its members' list (Form 10) and reports overnight guests (API keys
in Burmese, MLC romanisation: ``imthaungcu`` household, ``imthaungcu_nampat`` household-list
number, ``imthaungucii`` head of household, ``winsu`` members, ``hcakhcany`` relation,
``hmatpumtang`` NRC card number, ``lumyui`` race/ethnicity, ``bhasa`` religion, ``alupakuing``
occupation, ``ahpa_amany`` father's name, ``eisany`` guest, ``rauk`` arrive, ``pran`` leave,
``la_sany_mrui`` town come from, ``akrauang`` reason, ``thaukkhanca`` recommendation letter,
``lipca`` address, ``lam`` street line, ``rapkwak`` ward, ``mruinay`` township, ``mrui`` town,
``tuing`` region, ``ca_tuik`` post code, ``tuingkrac`` complaint, ``kang`` night-watch duty,
``kud`` code, ``akhya`` fee, plus the set's common words): sign-up with her foreigner registration
certificate, an SMS code, ``/kywannup``, the household list by number in the path, its members
(ethnicity and religion, as the form asks), her sister-in-law's and mother-in-law's overnight
stays (NRCs, father's name, a hospital visit, a broken leg), the guest's photo, a recommendation
letter for her stay permit, the ward fee, a complaint with her fix, an address update, a check-in
at the office, the night-watch rota, an offline member update (msgpack), a base64 JSON
preferences cookie, a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families161_kit import (
    FRC,
    HOUSEHOLD,
    HUSBAND,
    HUSBAND_DOB,
    HUSBAND_NRC,
    MOTHER_IL,
    PASSPORT,
    SISTER_IL,
    SON,
    STAY_PERMIT,
    WARD,
    WARD_FIX,
    YG_HOME,
    YG_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families161_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_pixel, tn_launch
from eval_families161_svc import cl_card, cl_confirm, cy_check, fn_eval, hs_message, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("rapkwak", "Rapkwak", "com.example.rapkwak", "1.9.0", "https://api.rapkwak.example.net")
IID = "X-Rapkwak-Cak"
PW = "Kamayut!Ward3"
NID = "personal.national_id"
FATHER_IL = "U Tin Maung Win"  # her late father-in-law, as the guest forms ask


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, my=True, **kw)


def _member(
    name: str, rel: str, dob: str, idno: str, eth: str, job: str, sex: str, idcat: str = NID
) -> dict[str, Any]:
    return {
        "amany": L(name, NAMEC),
        "hcakhcany": rel,
        "mwe_ne": L(dob, BIRTH),
        "hmatpumtang": L(idno, idcat),
        "lumyui": L(eth, SENS),
        "bhasa": L("Buddha", SENS) if eth != "American" else L("Christian", SENS),
        "alupakuing": job,
        "kya_ma": L(sex, GENDER),
    }


def rapkwak() -> list[Case]:
    rng = random.Random(16111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, hpun=L(E164, TEL), imthaungcu_nampat=L(HOUSEHOLD, NID), rapkwak=WARD["id"])
        )
    }
    wla, wlo = fix(WARD_FIX, 5)
    hla, hlo = fix(YG_HOME_AT, 5)
    hh = at_path(case(f, f"{a}/v2/imthaungcu/{HOUSEHOLD}", headers=_h(rng, **b)), HOUSEHOLD, NID)
    return [
        case(
            f,
            f"{a}/v2/carangswang",
            headers=_h(rng),
            body={
                "amany": L(f"{FIRST} {LAST}", NAMEC),
                "hpun": L(E164, TEL),
                "imel": L(EMAIL_MIXED, MAIL),
                "cakahwak": L(PW, CRED),
                "frc": L(FRC, NID),
                "passport": L(PASSPORT, NID),
                "rapkwak": L(YG_HOME["ward"], COARSE),
                "mruinay": L(YG_HOME["township"], COARSE),
            },
        ),
        case(
            f,
            f"{a}/v2/otp/atanypru",
            fmt="form",
            headers=_h(rng),
            body={"hpun": L(E164, TEL), "kud": L("407215", CRED)},
        ),
        case(f, f"{a}/v2/kywannup", headers=_h(rng, extra=jw)),
        hh,
        case(
            f,
            f"{a}/v2/imthaungcu/winsu",
            headers=_h(rng, **b),
            body={
                "imthaungcu_nampat": L(HOUSEHOLD, NID),
                "imthaungucii": L(HUSBAND[0], NAMEC),
                "winsu": [
                    _member(
                        HUSBAND[0],
                        "imthaungucii",
                        HUSBAND_DOB,
                        HUSBAND_NRC,
                        "Bamar",
                        "engineer",
                        "kya",
                    ),
                    _member(f"{FIRST} {LAST}", "jani", DOB, FRC, "American", "hcara", "ma"),
                    _member(SON["name"], "sa", SON["dob"], SON["bc"], "Bamar", "kyaungsa", "kya"),
                ],
            },
        ),
        case(
            f,
            f"{a}/v2/eisany",
            headers=_h(rng, **b),
            body={
                "imthaungcu_nampat": L(HOUSEHOLD, NID),
                "eisany": {
                    "amany": L(SISTER_IL[0], NAMEC),
                    "ahpa_amany": L(FATHER_IL, NAMEC),
                    "hmatpumtang": L(SISTER_IL[2], NID),
                    "hpun": L(SISTER_IL[1], TEL),
                    "asak": L(31, BIRTH),
                    "lumyui": L("Bamar", SENS),
                    "bhasa": L("Buddha", SENS),
                    "hcakhcany": "khangpwan ei nhama",
                },
                "la_sany_mrui": L("Mandalay", COARSE),
                "rauk": "2026-01-09",
                "pran": "2026-01-16",
                "akrauang": L("Yangon General Hospital mha nhalum ci: cac ran", f"{TEXT}|{MED}"),
            },
        ),
        multipart(
            f,
            f"{a}/v2/eisany/dhatpum",
            [
                ("dhatpum", "eisany_mhatpum.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"hmatpumtang": L(SISTER_IL[2], NID), "bhak": "ahre"},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/eisany",
            headers=_h(rng, **b),
            body={
                "imthaungcu_nampat": L(HOUSEHOLD, NID),
                "eisany": {
                    "amany": L(MOTHER_IL[0], NAMEC),
                    "ahpa_amany": L("U Hla Myint", NAMEC),
                    "hmatpumtang": L(MOTHER_IL[2], NID),
                    "hpun": L(MOTHER_IL[1], TEL),
                    "asak": L(64, BIRTH),
                    "lumyui": L("Bamar", SENS),
                    "bhasa": L("Buddha", SENS),
                    "hcakhcany": "yokkhama",
                },
                "la_sany_mrui": L("Mandalay", COARSE),
                "rauk": "2026-01-20",
                "pran": "2026-03-20",
                "akrauang": L(
                    "Ngalyang kraung im pyakci, khre kyui: lhyang ne ra", f"{TEXT}|{MED}"
                ),
            },
        ),
        case(
            f,
            f"{a}/v2/thaukkhanca",
            headers=_h(rng, **b),
            body={
                "amany": L(f"{FIRST} {LAST}", NAMEC),
                "frc": L(FRC, NID),
                "stay_permit": L(STAY_PERMIT, NID),
                "passport": L(PASSPORT, NID),
                "lipca": L(YG_HOME["line"], ADDR),
                "akrauang": L("Stay permit thak tuing ran", TEXT),
                "imthaungcu_nampat": L(HOUSEHOLD, NID),
            },
        ),
        case(
            f,
            f"{a}/v2/akhya/pe",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "imthaungcu_nampat": L(HOUSEHOLD, NID),
                "la": "2026-01",
                "pamana": L("3000", BUY),
                "nany": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v2/kyanyacac",
            headers=_h(rng, **b),
            query={"rapkwak": WARD["id"], "since": "2026-01-01"},
        ),
        case(
            f,
            f"{a}/v2/tuingkrac",
            headers=_h(rng, **b),
            body={
                "amyui": "amhuik",
                "tanyne": {"lat": hla, "lng": hlo},
                "catui": L("Lam thip mha amhuik pum 3 rak ma ru ra sei", TEXT),
                "imthaungcu_nampat": L(HOUSEHOLD, NID),
            },
        ),
        case(
            f,
            f"{a}/v2/lipca",
            headers=_h(rng, **b),
            body={
                "lam": L(YG_HOME["line"], ADDR),
                "rapkwak": L(YG_HOME["ward"], COARSE),
                "mruinay": L(YG_HOME["township"], COARSE),
                "mrui": L(YG_HOME["town"], COARSE),
                "tuing": L(YG_HOME["region"], COARSE),
                "ca_tuik": L(YG_HOME["post"], COARSE),
            },
        ),
        case(
            f,
            f"{a}/v2/rumh/rauk",
            headers=_h(rng, **b),
            body={
                "rapkwak": WARD["id"],
                "tanyne": {"lat": wla, "lng": wlo, "tikya": 10},
                "rum_tanyne": {"lat": WARD["lat"], "lng": WARD["lon"]},
                "lhat_id": obj(rng, "ci"),
            },
        ),
        case(
            f,
            f"{a}/v2/kang",
            headers=_h(rng, **b),
            body={
                "imthaungcu_nampat": L(HOUSEHOLD, NID),
                "necwai": "2026-01-24",
                "kang_su": {"amany": L(HUSBAND[0], NAMEC), "hpun": L(HUSBAND[1], TEL)},
                "lam_akhyak": "lam_thiri_6",
            },
        ),
        case(
            f,
            f"{a}/v2/winsu/offline",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "imthaungcu_nampat": L(HOUSEHOLD, NID),
                "ops": [
                    {"op": "pran", "amany": L(SISTER_IL[0], NAMEC), "necwai": "2026-01-16"},
                    {"op": "rauk", "amany": L(MOTHER_IL[0], NAMEC), "necwai": "2026-01-20"},
                ],
                "ci_khyin": 1768900000,
            },
        ),
        case(
            f,
            f"{a}/v2/eisany/mhat_tam",
            headers=_h(rng, how="none"),
            cookies={
                "rk_sess": L(opaque(rng, "", 40), CRED),
                "rk_prefs": W(
                    {"imthaungcu": L(HOUSEHOLD, NID), "bhasa_ca": L("my", DEV)}, "b64json"
                ),
                "rk_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/v2/hrahpwe",
            headers=_h(rng, **b),
            query={"q": L("eisany carang nauk hcaung nany", SEARCH)},
        ),
        case(f, f"{a}/v2/cak", headers=_h(rng, **b), body=push(push_token(rng), "my_MM")),
        case(
            f,
            f"{a}/v2/lhup_rhar_hmu",
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "hlup": [
                    ev("eisany_tang", 1),
                    ev("screen", 2, screen=L("ImthaungcuCarang", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/v2/htwak",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "cak": L(INSTALL_ID, DID)},
        ),
    ]


def rapkwak_sdks() -> list[Case]:
    rng = random.Random(16112)
    return [
        mc_batch(
            APP,
            rng,
            [("Guest Registered", {"nights": 7}), ("Fee Paid", {})],
            at=YG_HOME_AT,
            nd=2,
            locale="my_MM",
        ),
        mc_pixel(APP, rng, "Notice Opened", {"ward": WARD["id"]}),
        tn_launch(APP, rng, user=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="yangon,ward,household"),
        cd_crash(
            APP,
            rng,
            ("java.lang.NullPointerException", "guest form nrc"),
            [cd_crumb("nav", "Eisany -> Dhatpum")],
            screen="EisanyActivity",
        ),
        fn_eval(APP, rng, {"rapkwak": WARD["id"], "mruinay": L("Kamayut", COARSE)}, hdr=True),
        pt_register(APP, rng, lang="my", tags={"rapkwak": WARD["id"]}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "3000", "mmk"),
        hs_message(
            APP,
            rng,
            L("Eisany carang ma tang ra bhu:, NRC format error", TEXT),
            {"imthaungcu": L(HOUSEHOLD, NID)},
        ),
    ]
