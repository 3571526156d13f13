"""Tai Po dragon-boat team app "Lungzau Dui" (Jyutping keys: ``dui_jyun`` member, ``paai_sau_hou``
paddler number, ``san_fan_zing`` HKID, ``tai_zung`` weight, ``san_gou`` height, ``sam_tiu`` heart
rate, ``jau_seoi_ceot_si`` swim test, ``zo_wai`` seat, ``bin`` side (``zo`` / ``jau``),
``lin_zaap`` training, ``ceot_zik`` attendance, ``bei_coi`` race, ``bou_meng`` entry,
``gan_gap_lyun_lok_jan`` emergency contact, ``geoi_lei`` distance, ``zoek_cyun_ci_sou`` stroke
rate, ``gwaan_gin`` key point, ``sau_soeng`` injury, ``fai`` fee, ``bou_him`` insurance):
joining with her HKID, log-in (OAuth password grant), ``/ngo``, the body form (weight, height),
a swim-test certificate (PDF), training slots, attendance with her fix at the shed, a river
session (gzip JSON track and heart rate), a protobuf stroke beat, the seat chart, a race entry
with her HKID and insurance, the fee by FPS, an injury report (sprained ankle), a
physiotherapist referral, the team chat, a photo, kit order, her paddler page by number in the
path, the locker code, push and events."""

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
    DEV,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families216_kit import (
    FPS_ID,
    HER_HKID,
    HK_MOBILE,
    HOME,
    HUSBAND,
    PADDLER,
    RIVER_FIX,
    SHED,
    SHED_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families216_sdk import bk_crash, bk_crumb, gg_bid, jz_event, jz_launch, tk_batch
from eval_families216_svc import dt_telemetry, fc_wallet, hg_eval, tj_save, tz_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("lungzau", "LungzauDui", "com.example.lungzau", "2.2.5",
          "https://api.lungzau.example.net")
IID = "X-LZ-Install"
PW = "Pok!Lung2026"
FIT = "health.fitness"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lungzau() -> list[Case]:
    rng = random.Random(21621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, paai_sau_hou=L(PADDLER, UID), dui="tp_wave"))}
    sla, slo = fix(SHED_FIX)
    track = [{"wai_dou": L(la, PRECISE), "ging_dou": L(lo, PRECISE), "sam_tiu": L(hr, FIT),
              "si_gaan": 1775480000 + 30 * i}
             for i, ((la, lo), hr) in enumerate(zip(RIVER_FIX, (142, 158, 165), strict=True))]
    lab: dict[str, str] = {}
    beat = pb([(1, L(PADDLER, UID)), (2, "boat_07"), (3, L(68, FIT)), (4, L(161, FIT)),
               (5, [(1, L(RIVER_FIX[2][0], PRECISE)), (2, L(RIVER_FIX[2][1], PRECISE))])],
              "", lab)
    page = at_path(case(f, f"{a}/api/paai_sau/{PADDLER}", headers=_h(rng, **b)), PADDLER, UID)
    return [
        case(f, f"{a}/api/dui_jyun", headers=_h(rng), body={
            "sing": L(LAST, NAMEC), "meng": L(FIRST, NAMEC), "din_jau": L(EMAIL, MAIL),
            "sau_gei": L(HK_MOBILE, TEL), "ceot_sang_jat_kei": L(DOB, BIRTH),
            "sing_bit": L("nui", GENDER), "san_fan_zing": L(HER_HKID, NID),
            "dei_zi": L(HOME["line"], ADDR), "kui": L(HOME["area"], COARSE),
            "gan_gap_lyun_lok_jan": {"meng": L(HUSBAND[0], NAMEC), "sau_gei": L(HUSBAND[1], TEL),
                                     "gwaan_hai": "lou_gung"}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lz-android"}),
        case(f, f"{a}/api/ngo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/san_tai", headers=_h(rng, **b), body={
            "paai_sau_hou": L(PADDLER, UID), "tai_zung": L(61.5, FIT), "san_gou": L(166, FIT),
            "jau_seoi": L(True, FIT), "hok_cyun": "2025-03"}),
        multipart(f, f"{a}/api/jau_seoi_ceot_si", [
            ("zing_syu", "swim_test.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"paai_sau_hou": L(PADDLER, UID),
                                                "geoi_lei_m": 200})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lin_zaap", headers=_h(rng, **b), query={
            "jyut": "2026-04", "paai_sau_hou": L(PADDLER, UID)}),
        case(f, f"{a}/api/ceot_zik", headers=_h(rng, **b), body={
            "lin_zaap": obj(rng, "lz"), "paai_sau_hou": L(PADDLER, UID),
            "wai_zi": {"wai_dou": sla, "ging_dou": slo},
            "teng_syun_cong": {"wai_dou": SHED["lat"], "ging_dou": SHED["lon"]}}),
        case(f, f"{a}/api/lin_zaap/gei_luk", gz=True, headers=_h(rng, **b), body={
            "paai_sau_hou": L(PADDLER, UID), "geoi_lei_km": L(6.2, FIT),
            "zoek_cyun_ci_sou": L(62, FIT), "ping_kwan_sam_tiu": L(152, FIT), "gwai_zik": track}),
        raw(f, f"{a}/api/lin_zaap/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/zo_wai", headers=_h(rng, **b), query={
            "bei_coi": "tp_2026_dragon", "syun": "boat_07"}),
        case(f, f"{a}/api/zo_wai/san_cing", headers=_h(rng, **b), body={
            "paai_sau_hou": L(PADDLER, UID), "bin": "zo", "paai": 5,
            "tai_zung": L(61.5, FIT), "bei_zyu": L("Ngo zo bin paai hou di", TEXT)}),
        case(f, f"{a}/api/bei_coi/bou_meng", headers=_h(rng, **b), body={
            "bei_coi": "tp_2026_dragon", "zou_bit": "nui_zi",
            "dui_jyun": {"sing_meng": L(f"{FIRST} {LAST}", NAMEC),
                         "san_fan_zing": L(HER_HKID, NID), "ceot_sang_jat_kei": L(DOB, BIRTH),
                         "sing_bit": L("F", GENDER)},
            "bou_him": {"bou_daan_hou": L("PA-HK-2026-118274", BUY), "sau_jik_jan":
                        L(HUSBAND[0], NAMEC)}, "bou_meng_hou": L("TPDR-26-0412", BUY)}),
        case(f, f"{a}/api/fai/bei", fmt="form", headers=_h(rng, **b), body={
            "bou_meng_hou": L("TPDR-26-0412", BUY), "gam_ngaak": L("380", BUY),
            "fo_bai": "HKD", "fps_id": L(FPS_ID, PAY)}),
        case(f, f"{a}/api/sau_soeng", headers=_h(rng, **b), body={
            "paai_sau_hou": L(PADDLER, UID), "jat_kei": "2026-04-19",
            "bou_wai": L("zo goek ngaan", MED), "zing_zong": L("nau_soeng, zung", MED),
            "tung_dou": L(6, MED),
            "miu_seoi": L("Tiu syun ge si hau nau cung zo goek ngaan", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/mat_gin", headers=_h(rng, **b), body={
            "zoi_dou": {"meng": "Tai Po Sports Physio", "din_waa": "+85226510288"},
            "paai_sau_hou": L(PADDLER, UID), "zing_zong": L("zo goek ngaan nau soeng", MED)}),
        case(f, f"{a}/api/king_gai", headers=_h(rng, **b), body={
            "kwan_zou": "nui_zi_A", "seon_sik": L(
                "Ngo goek ngaan nau zo, gam go sing kei lok m dou syun, m hou ji si", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/soeng", [
            ("soeng", "team_photo.jpg", "image/jpeg", L(JPEG + b"\x4c", MEDIA)),
            ("meta", None, "application/json", {"bei_coi": "tp_2026_dragon"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/dui_fuk", headers=_h(rng, **b), body={
            "ci_maa": "M", "sou_loeng": 1, "gam_ngaak": L(220, BUY),
            "dan_hou": L("LZ-KIT-50931", BUY), "jan_meng": L(FIRST, NAMEC)}),
        page,
        case(f, f"{a}/api/gwai_gwai", headers=_h(rng, **b), body={
            "gwai_hou": "L-23", "mat_maa": L("4817", CRED), "paai_sau_hou": L(PADDLER, UID)}),
        case(f, f"{a}/api/sit_bei", headers=_h(rng, **b), body=push(push_token(rng), "en_HK")),
        case(f, f"{a}/api/si_gin", headers=_h(rng, **b), body={
            "jung_wu": L(USER_ID, UID), "sit_bei": L("Pixel 8", DEV), "si_gin": [
                ev("ceot_zik", 1), ev("gei_luk", 2, km=L(6.2, FIT)),
                ev("jip_min", 3, jip_min=L("ZoWaiBiu", USAGE))]}),
        case(f, f"{a}/api/dang_ceot", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "req": rid(rng)}),
    ]


def lungzau_sdks() -> list[Case]:
    rng = random.Random(21622)
    return [
        tk_batch(APP, rng, [("Training Logged", {"km": L(6.2, FIT)}),
                            ("Seat Requested", {"side": "left"})], at=SHED_FIX, nd=3),
        tk_batch(APP, rng, [("Race Entered", {"fee": L(380, BUY)})], adid=True),
        jz_launch(APP, rng, first=True),
        jz_event(APP, rng, "race_entry", {"race": "tp_2026_dragon"}, revenue=380.0,
                 currency="HKD"),
        gg_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="paddling,sport"),
        bk_crash(APP, rng, ("java.lang.IllegalArgumentException", "heart rate strap lost"),
                 [bk_crumb("nav", "LinZaap -> GeiLuk"),
                  bk_crumb("log", "ble reconnect", {"strap": "hr_band"})],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)}, screen="GeiLukActivity"),
        hg_eval(APP, rng, {"team": "tp_wave", "role": "paddler"}, hdr=True),
        tz_register(APP, rng, lang="en", at=SHED_FIX, nd=2, tags={"dui": "tp_wave"}),
        tj_save(APP, rng, {"analytics": True, "ads": False, "health": True}),
        fc_wallet(APP, rng, "380", L(E164, TEL)),
        dt_telemetry(APP, rng, RIVER_FIX[:2], PRECISE),
    ]


__all__ = ["lungzau", "lungzau_sdks"]
