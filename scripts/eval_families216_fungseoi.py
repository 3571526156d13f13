"""Feng-shui and fortune consultation app "Fungseoi Sifu" (Jyutping keys: ``baat_zi`` birth chart,
``ceot_sang_jat_kei`` birth date, ``ceot_sang_si_san`` birth hour, ``nung_lik`` lunar calendar,
``uk_kei`` home, ``dei_zi`` address, ``lau_ceng`` floor, ``zo_hoeng`` facing, ``lo_pun`` compass,
``ping_min_tou`` floor plan, ``sifu`` master, ``jyu_jeok`` booking, ``man_tai`` question,
``kau_cim`` fortune sticks, ``cim_man`` the stick's verse, ``ming_wan`` fortune, ``zung_gaau``
religion, ``gaa_jan`` family, ``lou_gung`` husband, ``gam_ngaak`` amount, ``pui_gin`` charm):
sign-up (Google ID token), ``/ngo``, her birth chart with birth hour, her husband's and the
daughter's charts, the flat's address and floor, the compass reading at home (her fix and a
bearing), the floor plan photo, a consultation booking with the master, its payment, questions
(money and her husband's health), a fortune-stick reading, a charm order sent home, the report
PDF by booking in the path, a review, a search, a message, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import id_token
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
    add,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families216_kit import (
    DAUGHTER,
    HK_MOBILE,
    HOME,
    HOME_AT,
    HUSBAND,
    MASTER,
    fix,
    hd,
    push,
)
from eval_families216_sdk import bk_crash, bk_crumb, gg_bid, gg_notice, jz_launch, tk_batch
from eval_families216_svc import bs_message, fc_card, fc_confirm, tj_save, tz_register
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, W, case

APP = App("fungseoi", "FungseoiSifu", "com.example.fungseoi", "4.1.0",
          "https://api.fungseoi.example.net")
IID = "X-FS-Device"
BOOKING = "FS-B-26031907"  # her consultation booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, yue=True, **kw)


def fungseoi() -> list[Case]:
    rng = random.Random(21651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, din_jau=L(EMAIL, MAIL), meng=L(NAME, NAMEC)))}
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    idt = id_token({"sub": "g-1029384756", "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                    "aud": "fungseoi-android"}, "id_token", lab)
    signup = add(case(f, f"{a}/v3/zyu_caak/google", fmt="form", headers=_h(rng),
                      body={"id_token": idt, "sau_gei": L(HK_MOBILE, TEL)}),
                 {("body", p): c for p, c in lab.items()})
    report = at_path(case(f, f"{a}/v3/jyu_jeok/{BOOKING}/bou_gou.pdf", headers=_h(rng, **b)),
                     BOOKING, BUY)
    pref = case(f, f"{a}/v3/ngo/piu_fung", headers=_h(rng, **b), cookies={
        "fs_pref": W({"nung_lik": True, "jung_wu": L(USER_ID, UID),
                      "ceot_sang_jat_kei": L(DOB, BIRTH)}, "b64json")})
    return [
        signup,
        case(f, f"{a}/v3/ngo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/baat_zi", headers=_h(rng, **b), body={
            "sing_meng": L(f"{FIRST} {LAST}", NAMEC), "ceot_sang_jat_kei": L(DOB, BIRTH),
            "ceot_sang_si_san": L("06:40", BIRTH), "ceot_sang_dei": L("Columbus, Ohio", COARSE),
            "sing_bit": L("nui", GENDER), "nung_lik": False,
            "zung_gaau": L("fat_gaau_seon_tou", SENS)}),
        case(f, f"{a}/v3/baat_zi/gaa_jan", headers=_h(rng, **b), body={"gaa_jan": [
            {"sing_meng": L(HUSBAND[0], NAMEC), "ceot_sang_jat_kei": L("1988-10-02", BIRTH),
             "ceot_sang_si_san": L("23:15", BIRTH), "gwaan_hai": "lou_gung"},
            {"sing_meng": L(f"{DAUGHTER['last']} {DAUGHTER['first']}", NAMEC),
             "ceot_sang_jat_kei": L(DAUGHTER["dob"], BIRTH), "gwaan_hai": "neoi"}]}),
        case(f, f"{a}/v3/uk_kei", headers=_h(rng, **b), body={
            "dei_zi": L(HOME["line"], ADDR), "kui": L(HOME["area"], COARSE),
            "lau_ceng": 12, "zo_hoeng": "sai_bak", "min_zik_cek": 380, "jap_zyu": "2023-08"}),
        case(f, f"{a}/v3/lo_pun", headers=_h(rng, **b), body={
            "wai_zi": {"wai_dou": hla, "ging_dou": hlo, "zing_kok": 5},
            "fong_hoeng_dou": 312.5, "ci_caang": 46.1, "dou_zi": "kaa_mun"}),
        multipart(f, f"{a}/v3/ping_min_tou", [
            ("tou", "floor_plan.jpg", "image/jpeg", L(JPEG + b"\x70", MEDIA)),
            ("meta", None, "application/json", {"dei_zi": L(HOME["line"], ADDR),
                                                "lau_ceng": 12})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/jyu_jeok", headers=_h(rng, **b), body={
            "sifu": MASTER["id"], "jat_kei": "2026-03-28", "si_gaan": "14:00",
            "fong_sik": "soeng_mun", "dei_zi": L(HOME["line"], ADDR),
            "jyu_jeok_hou": L(BOOKING, BUY), "gam_ngaak": L(3800, BUY)}),
        case(f, f"{a}/v3/bei_cin", fmt="form", headers=_h(rng, **b), body={
            "jyu_jeok_hou": L(BOOKING, BUY), "gam_ngaak": L("3800.00", BUY), "fo_bai": "HKD",
            "fong_faat": L(opaque(rng, "pm_", 24), PAY), "kaat_mei_sei_wai": L("4444", PAY)}),
        case(f, f"{a}/v3/man_tai", headers=_h(rng, **b), body={
            "jyu_jeok_hou": L(BOOKING, BUY), "man_tai": [
                L("Gam nin zou saang ji wui m wui zaan cin?", TEXT),
                L("Ngo lou gung go sam zong jau man tai, seng gaan hai bin fong hou?",
                  f"{TEXT}|{MED}")]}),
        case(f, f"{a}/v3/kau_cim", headers=_h(rng, **b), body={
            "miu": "wong_tai_sin", "cim_hou": 38, "man_tai": L("gaa jan gin hong", TEXT),
            "zung_gaau": L("dou_gaau", SENS), "ming_wan": "zung_cim"}),
        case(f, f"{a}/v3/pui_gin", headers=_h(rng, **b), body={
            "mat_gin": [{"meng": "man_cong_taap", "sou_loeng": 1, "gaa_cin": 680}],
            "sau_fo_jan": L(f"{FIRST} {LAST}", NAMEC), "dei_zi": L(HOME["line"], ADDR),
            "sau_gei": L(HK_MOBILE, TEL), "ding_dan": L("FS-O-77120", BUY),
            "gam_ngaak": L(680, BUY)}),
        report,
        case(f, f"{a}/v3/ping_fan", fmt="form", headers=_h(rng, **b), body={
            "sifu": MASTER["id"], "ping_fan": "5",
            "bei_zyu": L("Sifu hou jau san sam, bun zo zoeng cong zi zi hau fan dak hou zo",
                         TEXT)}),
        case(f, f"{a}/v3/sau_sok", headers=_h(rng, **b), query={
            "q": L("man cong wai baai bin dou", SEARCH)}),
        case(f, f"{a}/v3/seon_sik", headers=_h(rng, **b), body={
            "sifu": MASTER["id"], "sifu_din_waa": MASTER["phone"],
            "seon_sik": L(f"Sifu, ho m ho ji daa bei ngo {E164}?", f"{TEXT}|{TEL}")}),
        pref,
        case(f, f"{a}/v3/sit_bei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/si_gin", gz=True, headers=_h(rng, **b), body={
            "jung_wu": L(USER_ID, UID), "si_gin": [
                ev("baat_zi_gai_syun", 1), ev("kau_cim", 2),
                ev("jip_min", 3, jip_min=L("LoPun", USAGE))]}),
        case(f, f"{a}/v3/dang_ceot", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def fungseoi_sdks() -> list[Case]:
    rng = random.Random(21652)
    return [
        tk_batch(APP, rng, [("Chart Cast", {"zodiac": "goat"}),
                            ("Booking Paid", {"total": L(3800, BUY)})], adid=True,
                 at=HOME_AT, nd=2),
        jz_launch(APP, rng, first=True),
        gg_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, yob=1991, gender="F",
               keywords="fengshui,fortune"),
        gg_notice(APP, rng, "imp"),
        bk_crash(APP, rng, ("java.lang.ArithmeticException", "compass calibration"),
                 [bk_crumb("nav", "UkKei -> LoPun"), bk_crumb("tap", "calibrate")],
                 screen="LoPunActivity"),
        tz_register(APP, rng, lang="zh-HK", tags={"sifu": MASTER["id"]}),
        tj_save(APP, rng, {"analytics": True, "ads": True, "personalisation": True}),
        fc_card(APP, rng, email=True),
        fc_confirm(APP, rng, "3800.00", "hkd"),
        bs_message(APP, rng, L(f"Jyu jeok {BOOKING} bou gou zung mei sau dou", f"{TEXT}|{BUY}"),
                   {"jyu_jeok_hou": L(BOOKING, BUY)}),
    ]


__all__ = ["fungseoi", "fungseoi_sdks"]
