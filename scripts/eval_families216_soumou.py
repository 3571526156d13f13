"""Yuen Long columbarium app "Soumou Tung" (the husband's grandparents' niches, Ching Ming and
Chung Yeung grave-sweeping; Jyutping keys: ``gaa_zuk`` family, ``zou_sin`` ancestors, ``ham_wai``
niche, ``gwaan_hai`` relationship, ``sai_sai_jat_kei`` date of death, ``zung_gaau`` religion
(``fat_gaau`` Buddhist, ``dou_gaau`` Taoist), ``fat_si`` rite, ``zai_ban`` offerings, ``zi_zaat``
paper offerings, ``hoeng_zuk`` incense and candles, ``sou_mou`` grave-sweeping, ``baa_si``
shuttle, ``zo_wai`` seats, ``gaa_zuk_zoeng_hou`` family account, ``san_fan_zing`` HKID,
``gam_ngaak`` amount, ``cim_meng`` signature, ``kei_fuk`` prayer, ``seon_sik`` message): the
family account with her HKID and her husband as holder, log-in by SMS code, ``/ngo``, the niches,
the Ching Ming slot, shuttle seats, offerings ordered, the rite with monks (religion), its
payment, a check-in at the hall with her fix, a protobuf visit beat, a photo of the niche
plaque, a memorial page with the grandparents' names and dates, a prayer note, the annual fee by
account in the path, a transfer of the niche's key holder to her husband (his HKID), a search,
a message, the receipt by cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
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
from eval_families216_kit import (
    COL_FIX,
    COLUMBARIUM,
    FAMILY_ACC,
    GRANDPARENTS,
    HER_HKID,
    HK_MOBILE,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    NICHES,
    fix,
    hd,
    obj,
    push,
)
from eval_families216_sdk import bk_session, jz_launch, tk_batch, tk_identify, tk_queue
from eval_families216_svc import (
    bs_message,
    dt_reverse,
    dt_route,
    fc_card,
    fc_confirm,
    hg_eval,
    tj_check,
    tz_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("soumou", "SoumouTung", "com.example.soumou", "1.8.0", "https://api.soumou.example.org")
IID = "X-Soumou-Device"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, yue=True, **kw)


def soumou() -> list[Case]:
    rng = random.Random(21611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, gaa_zuk_zoeng_hou=L(FAMILY_ACC, UID),
                                    zung_gaau=L("fat_gaau", SENS)))}
    cla, clo = fix(COL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(FAMILY_ACC, UID)), (2, COLUMBARIUM["id"]),
               (3, [(1, L(COL_FIX[0], PRECISE)), (2, L(COL_FIX[1], PRECISE)), (3, 6.0)]),
               (4, 1775400000), (5, L("sou_mou", SENS))], "", lab)
    fee = at_path(case(f, f"{a}/v2/gaa_zuk/{FAMILY_ACC}/nin_fai", headers=_h(rng, **b)),
                  FAMILY_ACC, UID)
    g1, g2 = GRANDPARENTS
    return [
        case(f, f"{a}/v2/gaa_zuk/zyu_caak", headers=_h(rng), body={
            "sing_meng": L(f"{FIRST} {LAST}", NAMEC), "din_jau": L(EMAIL, MAIL),
            "sau_gei": L(HK_MOBILE, TEL), "san_fan_zing": L(HER_HKID, NID),
            "dei_kui": L(HOME["area"], COARSE),
            "zyu_zoeng_jan": {"sing_meng": L(HUSBAND[0], NAMEC), "sau_gei": L(HUSBAND[1], TEL),
                              "gwaan_hai": "lou_gung"},
            "zung_gaau": L("fat_gaau", SENS), "gaa_zuk_zoeng_hou": L(FAMILY_ACC, UID)}),
        case(f, f"{a}/v2/dang_luk/sms", fmt="form", headers=_h(rng), body={
            "sau_gei": L(HK_MOBILE, TEL), "jim_zing_maa": L("730418", CRED)}),
        case(f, f"{a}/v2/ngo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ham_wai", headers=_h(rng, **b), query={
            "gaa_zuk_zoeng_hou": L(FAMILY_ACC, UID)}),
        case(f, f"{a}/v2/sou_mou/si_gaan", headers=_h(rng, **b), query={
            "ham_wai": NICHES[0], "jat_kei": "2026-04-05", "zit": L("cing_ming", SENS)}),
        case(f, f"{a}/v2/sou_mou/jyu_jeok", headers=_h(rng, **b), body={
            "ham_wai": list(NICHES), "jat_kei": "2026-04-05", "si_gaan": "08:30",
            "jan_sou": 5, "zit": L("cing_ming", SENS), "zoeng_hou": L(FAMILY_ACC, UID),
            "jyu_jeok_hou": L("SM-26-04-0771", BUY)}),
        case(f, f"{a}/v2/baa_si/zo_wai", headers=_h(rng, **b), body={
            "baan_ci": "YL-0745", "zo_wai": ["12A", "12B", "13A"],
            "sing_haak": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                          L(MOTHER_IL[0], NAMEC)],
            "lyun_lok_sau_gei": L(HK_MOBILE, TEL), "gam_ngaak": L(90, BUY)}),
        case(f, f"{a}/v2/zai_ban", headers=_h(rng, **b), body={
            "ham_wai": NICHES[0], "zoeng_hou": L(FAMILY_ACC, UID), "mat_gin": [
                {"meng": L("hoeng_zuk", SENS), "sou_loeng": 2, "gaa_cin": 38},
                {"meng": L("zi_zaat_gam_ngan", SENS), "sou_loeng": 1, "gaa_cin": 120},
                {"meng": "sin_faa", "sou_loeng": 2, "gaa_cin": 80}],
            "gam_ngaak": L(276, BUY)}),
        case(f, f"{a}/v2/fat_si", headers=_h(rng, **b), body={
            "ham_wai": list(NICHES), "zung_gaau": L("fat_gaau", SENS),
            "fat_si": L("ping_on_ging_zung_sin", SENS), "sang_jan": 3,
            "zou_sin": [{"sing_meng": L(g1, NAMEC), "sai_sai_jat_kei": "2009-11-02"},
                        {"sing_meng": L(g2, NAMEC), "sai_sai_jat_kei": "2015-06-19"}],
            "gam_ngaak": L(1800, BUY), "zoeng_hou": L(FAMILY_ACC, UID)}),
        case(f, f"{a}/v2/bei_cin", fmt="form", headers=_h(rng, **b), body={
            "jyu_jeok_hou": L("SM-26-04-0771", BUY), "gam_ngaak": L("2076.00", BUY),
            "fo_bai": "HKD", "kaat_mei_sei_wai": L("4444", PAY),
            "fong_sik": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/dou_zo", headers=_h(rng, **b), body={
            "gwat_hui_tong": COLUMBARIUM["id"], "wai_zi": {"wai_dou": cla, "ging_dou": clo},
            "tong_wai_zi": {"wai_dou": COLUMBARIUM["lat"], "ging_dou": COLUMBARIUM["lon"]},
            "zoeng_hou": L(FAMILY_ACC, UID), "dou_zo_id": obj(rng, "dz")}),
        raw(f, f"{a}/v2/fong_man/sam_tiu", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/ham_wai/soeng", [
            ("soeng", "ham_wai_1142.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("meta", None, "application/json", {"ham_wai": NICHES[0],
                                                "zoeng_hou": L(FAMILY_ACC, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/gei_nim_jip", headers=_h(rng, **b), body={
            "zou_sin": [{"sing_meng": L(g1, NAMEC), "ceot_sang": L("1931", BIRTH), "ham_wai": NICHES[0]},
                        {"sing_meng": L(g2, NAMEC), "ceot_sang": L("1934", BIRTH), "ham_wai": NICHES[1]}],
            "gwaan_hai": "lou_gung_ge_jeh_jeh_maa_maa",
            "man_zi": L(f"{g1} jau {g2}, ngo dei jat gaa jan soeng nim nei dei", TEXT)}),
        case(f, f"{a}/v2/kei_fuk", headers=_h(rng, **b), body={
            "ham_wai": NICHES[1], "zung_gaau": L("fat_gaau", SENS),
            "man_zi": L(f"Kau maa maa bou jau {MOTHER_IL[0]} san tai gin hong, ngo dei sap jat "
                        "wui zoi lai sik zaai",
                        f"{TEXT}|{SENS}|{NAMEC}")}),
        fee,
        case(f, f"{a}/v2/ham_wai/zyun_jeung", headers=_h(rng, **b), body={
            "ham_wai": list(NICHES), "san_zyu_zoeng_jan": {
                "sing_meng": L(HUSBAND[0], NAMEC), "san_fan_zing": L(HUSBAND[2], NID),
                "sau_gei": L(HUSBAND[1], TEL)},
            "san_cing_jan_san_fan_zing": L(HER_HKID, NID),
            "cim_meng": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/sau_sok", headers=_h(rng, **b), query={
            "gwaan_gin_zi": L("cung joeng zit sou mou baa si", "behavior.search")}),
        case(f, f"{a}/v2/seon_sik", headers=_h(rng, **b), body={
            "gwat_hui_tong": COLUMBARIUM["id"],
            "seon_sik": L("Cing man 1143 hou ham wai ge zi pai ho m ho ji gang wun?", TEXT),
            "lyun_lok": L(E164, TEL)}),
        case(f, f"{a}/v2/sau_geoi", headers=_h(rng, how="none"), cookies={
            "sm_sesson": L(opaque(rng, "", 40), CRED), "sm_zoeng_hou": L(FAMILY_ACC, UID),
            "sm_req": rid(rng)}),
        case(f, f"{a}/v2/sit_bei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/si_gin", headers=_h(rng, **b), body={
            "jung_wu": L(USER_ID, UID), "si_gin": [
                ev("sou_mou_jyu_jeok", 1), ev("zai_ban_ding", 2, gam=L(276, BUY)),
                ev("jip_min", 3, jip_min=L("GeiNimJip", USAGE))]}),
    ]


def soumou_sdks() -> list[Case]:
    rng = random.Random(21612)
    return [
        tk_batch(APP, rng, [("Slot Booked", {"festival": L("ching_ming", SENS)}),
                            ("Offerings Ordered", {"total": L(276, BUY)})], locale="zh_HK"),
        tk_identify(APP, rng, {"dei_kui": L("Sham Shui Po", COARSE),
                               "zung_gaau": L("fat_gaau", SENS),
                               "gaa_zuk_zoeng_hou": L(FAMILY_ACC, UID)}),
        tk_queue(APP, rng, [("Hall Entered", {"hall": COLUMBARIUM["id"]}),
                            ("Plaque Photo", {"niche": NICHES[0]})]),
        jz_launch(APP, rng, user=True, n=6),
        bk_session(APP, rng, secs=602),
        hg_eval(APP, rng, {"festival": L("ching_ming", SENS), "hall": COLUMBARIUM["id"]}),
        tz_register(APP, rng, lang="zh-HK", tags={"zung_gaau": L("fat_gaau", SENS)}),
        tj_check(APP, rng, {"analytics": True, "ads": False}),
        fc_card(APP, rng, email=True),
        fc_confirm(APP, rng, "2076.00", "hkd"),
        dt_route(APP, rng, [(HOME_AT, PRECISE), ((COLUMBARIUM["lat"], COLUMBARIUM["lon"]), None)],
                 mode="transit"),
        dt_reverse(APP, rng, COL_FIX, PRECISE, nd=5),
        bs_message(APP, rng, L("Baa si zo wai bei zo cin daan mou sau dou kok jing", TEXT),
                   {"zoeng_hou": L(FAMILY_ACC, UID)}),
    ]


__all__ = ["soumou", "soumou_sdks"]
