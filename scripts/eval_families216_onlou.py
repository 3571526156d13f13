"""Yuen Long elderly home's family app "Onlou Ging" (her mother-in-law lives there; Jyutping keys:
``zyu_jyun_hou`` resident number, ``gaa_zuk`` family member, ``gwaan_hai`` relationship,
``taam_fong`` visit, ``hyut_aat`` blood pressure, ``hyut_tong`` blood sugar, ``joek_mat``
medicine, ``jam_sik`` diet, ``beng_lik`` medical history (``tong_niu_beng`` diabetes,
``zung_fung`` stroke), ``daa_zam`` vaccination, ``tung_ji_syu`` consent form, ``fai_jung`` fees,
``zi_zo`` subsidy, ``wu_si`` nurse, ``san_fan_zing`` HKID, ``seon_sik`` message, ``soeng`` photo,
``sing_meng`` full name): registering as the family contact (her HKID, the resident's HKID), log-in
(form), ``/ngo``, the resident's record, vitals, the medication chart, a visit booking, the
check-in with her fix, a video call token, a flu vaccination consent (signature), the diet
form, the monthly fee by resident number in the path, its FPS payment, a subsidy form (gzip),
a message to the nurse, photos from an activity, a hospital transfer note, a search, a
complaint, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families216_kit import (
    CARE_FIX,
    CARE_HOME,
    FPS_ID,
    HER_HKID,
    HK_ACCOUNT,
    HK_MOBILE,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    RESIDENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families216_sdk import bk_session, jz_launch, tk_batch, tk_pixel
from eval_families216_svc import (
    bs_attach,
    bs_message,
    dt_geocode,
    dt_route,
    fc_confirm,
    tj_check,
    tz_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("onlou", "OnlouGing", "com.example.onlou", "5.0.2", "https://api.onlou.example.org")
IID = "X-Onlou-Sitbei"
PW = "Maamaa#YL1947"
NID = "personal.national_id"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(28)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, yue=True, **kw)


def onlou() -> list[Case]:
    rng = random.Random(21631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    mil, _mil_tel, mil_id = MOTHER_IL
    jw = {"Authorization": J(claims(rng, din_jau=L(EMAIL, MAIL), zyu_jyun_hou=L(RESIDENT, MED)))}
    cla, clo = fix(CARE_FIX, 4)
    fee = at_path(case(f, f"{a}/v1/zyu_jyun/{RESIDENT}/fai_jung", headers=_h(rng, **b),
                       query={"jyut": "2026-03"}), RESIDENT, MED)
    return [
        case(f, f"{a}/v1/gaa_zuk/zyu_caak", headers=_h(rng), body={
            "sing_meng": L(f"{FIRST} {LAST}", NAMEC), "din_jau": L(EMAIL, MAIL),
            "sau_gei": L(HK_MOBILE, TEL), "san_fan_zing": L(HER_HKID, NID),
            "mat_maa": L(PW, CRED), "gwaan_hai": "sam_pou",
            "zyu_jyun_jan": {"sing_meng": L(mil, NAMEC), "san_fan_zing": L(mil_id, NID),
                             "zyu_jyun_hou": L(RESIDENT, MED)}}),
        case(f, f"{a}/v1/dang_luk", fmt="form", headers=_h(rng), body={
            "din_jau": L(EMAIL, MAIL), "mat_maa": L(PW, CRED)}),
        case(f, f"{a}/v1/ngo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/zyu_jyun_jan", headers=_h(rng, **b), query={
            "zyu_jyun_hou": L(RESIDENT, MED)}),
        case(f, f"{a}/v1/san_tai_zi_biu", headers=_h(rng, **b), body={
            "zyu_jyun_hou": L(RESIDENT, MED), "jat_kei": "2026-03-12",
            "hyut_aat": L("148/86", MED), "hyut_tong": L(8.9, MED), "tai_zung": L(52.4, MED),
            "ceot_sang_nin": L(1947, BIRTH), "sing_bit": L("nui", GENDER)}),
        case(f, f"{a}/v1/joek_mat", headers=_h(rng, **b), body={
            "zyu_jyun_hou": L(RESIDENT, MED), "joek_mat": [
                {"meng": L("metformin 500mg", MED), "ci_sou": 2},
                {"meng": L("amlodipine 5mg", MED), "ci_sou": 1}],
            "beng_lik": [L("tong_niu_beng", MED), L("zung_fung_2019", MED)]}),
        case(f, f"{a}/v1/taam_fong", headers=_h(rng, **b), body={
            "zyu_jyun_hou": L(RESIDENT, MED), "jat_kei": "2026-03-15", "si_gaan": "15:00",
            "taam_fong_jan": [{"sing_meng": L(f"{FIRST} {LAST}", NAMEC)},
                              {"sing_meng": L(HUSBAND[0], NAMEC),
                               "sau_gei": L(HUSBAND[1], TEL)}],
            "taam_fong_hou": obj(rng, "tf")}),
        case(f, f"{a}/v1/taam_fong/dou_zo", headers=_h(rng, **b), body={
            "onlou_jyun": CARE_HOME["id"], "wai_zi": {"wai_dou": cla, "ging_dou": clo},
            "jyun_wai_zi": {"wai_dou": CARE_HOME["lat"], "ging_dou": CARE_HOME["lon"]}}),
        case(f, f"{a}/v1/sing_ziu_tung_waa", headers=_h(rng, **b), body={
            "zyu_jyun_hou": L(RESIDENT, MED), "fong_gaan": obj(rng, "vc"),
            "jap_fong_token": L(opaque(rng, "vr_", 36), CRED)}),
        multipart(f, f"{a}/v1/daa_zam/tung_ji", [
            ("cim_meng", "cim_meng.png", "image/png", L(PNG, MEDIA)),
            ("form", None, "application/json", {
                "zyu_jyun_hou": L(RESIDENT, MED), "jik_miu": L("lau_gam_jik_miu_2026", MED),
                "tung_ji_jan": L(f"{FIRST} {LAST}", NAMEC), "gwaan_hai": "sam_pou"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/jam_sik", fmt="form", headers=_h(rng, **b), body={
            "zyu_jyun_hou": L(RESIDENT, MED), "jam_sik": L("tong_niu_beng_ceoi_sik", MED),
            "tsit_jung": L("jyun_lau", MED), "bei_zyu": L("Maa maa m sik ngau juk", TEXT)}),
        fee,
        case(f, f"{a}/v1/fai_jung/bei", headers=_h(rng, **b), body={
            "zyu_jyun_hou": L(RESIDENT, MED), "gam_ngaak": L(9850, BUY), "fo_bai": "HKD",
            "fps_id": L(FPS_ID, PAY), "jan_hong_zoeng_hou": L(HK_ACCOUNT, PAY),
            "kei_hou": L("KWE-INV-2603-0731", BUY)}),
        case(f, f"{a}/v1/zi_zo/san_cing", gz=True, headers=_h(rng, **b), body={
            "zyu_jyun_jan": {"sing_meng": L(mil, NAMEC), "san_fan_zing": L(mil_id, NID)},
            "san_cing_jan": {"sing_meng": L(f"{FIRST} {LAST}", NAMEC),
                             "san_fan_zing": L(HER_HKID, NID)},
            "gaa_ting_jyut_jap": 42000,
            "jan_hong_zoeng_hou": L(HK_ACCOUNT, PAY), "zi_zo": "onlou_zi_zo"}),
        case(f, f"{a}/v1/seon_sik", headers=_h(rng, **b), body={
            "sau_jan": {"sing_meng": "Wu si Wong", "wu_si": "ns_017"},
            "seon_sik": L("Maa maa kam maan hyut tong hou gou, jau mou bei jo dou si?",
                          f"{TEXT}|{MED}"),
            "zyu_jyun_hou": L(RESIDENT, MED)}),
        multipart(f, f"{a}/v1/wut_dung/soeng", [
            ("soeng", "cung_joeng.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {"zyu_jyun_hou": L(RESIDENT, MED),
                                                "wut_dung": "ngon_nok_zit"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/zyun_jyun", headers=_h(rng, **b), body={
            "zyu_jyun_hou": L(RESIDENT, MED), "ji_jyun": "Pok Oi Hospital",
            "jyun_jan": L("hyut_tong_gwo_dai, tau wan", MED),
            "tung_zi_gaa_zuk": L(HK_MOBILE, TEL)}),
        case(f, f"{a}/v1/sau_sok", headers=_h(rng, **b), query={
            "q": L("tong niu beng jam sik fu dou", SEARCH)}),
        case(f, f"{a}/v1/tau_sou", headers=_h(rng, **b), body={
            "onlou_jyun": CARE_HOME["id"], "fan_leoi": "wu_lei",
            "seon_sik": L("Maa maa ge ngoi fu saam jau zo di seng jat mou wun", TEXT),
            "lyun_lok": L(E164, TEL)}),
        case(f, f"{a}/v1/sit_bei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/si_gin", headers=_h(rng, **b), cookies={
            "ol_sesson": L(opaque(rng, "", 40), CRED), "ol_req": rid(rng)}, body={
            "jung_wu": L(USER_ID, UID), "si_gin": [
                ev("taam_fong_jyu_jeok", 1), ev("bei_fai", 2, gam=L(9850, BUY)),
                ev("jip_min", 3, jip_min=L("SanTaiZiBiu", USAGE))]}),
    ]


def onlou_sdks() -> list[Case]:
    rng = random.Random(21632)
    return [
        tk_batch(APP, rng, [("Visit Booked", {"home": CARE_HOME["id"]}),
                            ("Fee Paid", {"amount": L(9850, BUY)})], locale="zh_HK"),
        tk_pixel(APP, rng, "vitals_viewed", {"resident": L(RESIDENT, MED)}),
        jz_launch(APP, rng, user=True, n=21),
        bk_session(APP, rng, secs=288),
        tz_register(APP, rng, lang="zh-HK", tags={"onlou_jyun": CARE_HOME["id"],
                                                  "zyu_jyun_hou": L(RESIDENT, MED)}),
        tj_check(APP, rng, {"analytics": True, "ads": False}),
        fc_confirm(APP, rng, "9850.00", "hkd"),
        dt_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((CARE_HOME["lat"], CARE_HOME["lon"]), None)], mode="transit"),
        dt_geocode(APP, rng, "Yuen Long Kwong Wah Elderly Home", SEARCH),
        bs_message(APP, rng, L(f"Ngo sam pou {mil_name()} ge fai jung daan jau co",
                               f"{TEXT}|{NAMEC}"), {"zyu_jyun_hou": L(RESIDENT, MED)}),
        bs_attach(APP, rng, L(JPEG + b"\x5b", MEDIA), "fee_slip.jpg", "image/jpeg"),
    ]


def mil_name() -> str:
    return MOTHER_IL[0]


__all__ = ["onlou", "onlou_sdks"]
