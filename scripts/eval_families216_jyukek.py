"""Children's Cantonese opera class app "Siu Jyukek" (the daughter learns at a Sham Shui Po
studio; Jyutping keys: ``hok_saang`` pupil, ``hok_saang_hou`` pupil number, ``gaa_zoeng`` parent,
``sing_meng`` full name, ``ceot_sang_jat_kei`` birth date, ``sing_bit`` sex, ``san_fan_zing``
HKID, ``hok_fai`` fee, ``fo_cing`` course, ``soeng_fo`` lesson, ``ceot_zik`` attendance,
``hei_fuk`` costume, ``san_gou`` / ``jiu_wai`` height / waist, ``gwo_man`` allergy, ``haau_cyun``
asthma, ``lok_jing`` recording, ``jin_ceot`` performance, ``ciu_sau`` pick-up, ``lou_si``
teacher, ``seon_sik`` message, ``sau_sok`` search): enrolment with the child's HKID and her own,
log-in by e-mail code, ``/ngo``, the child's page by pupil number in the path, the term fee,
lessons, attendance with her fix at the studio door, a voice recording of the child singing
(content.media), costume measurements, the health form (asthma, allergy), a performance
consent (her photo), tickets for family, a pick-up authorisation for her husband, a message to
the teacher, the make-up allergy note, a search, the practice log (msgpack), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    M4A,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families216_kit import (
    DAUGHTER,
    HER_HKID,
    HK_MOBILE,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    OPERA,
    OPERA_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families216_sdk import bk_session, jz_event, jz_launch, jz_link, tk_batch, tk_queue
from eval_families216_svc import dt_reverse, fc_card, fc_confirm, hg_eval, tz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("jyukek", "SiuJyukek", "com.example.jyukek", "1.3.7", "https://api.jyukek.example.com")
IID = "X-Jyukek-Install"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, yue=True, **kw)


def jyukek() -> list[Case]:
    rng = random.Random(21641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    kid = f"{DAUGHTER['last']} {DAUGHTER['first']}"
    pupil = DAUGHTER["student"]
    jw = {"Authorization": J(claims(rng, din_jau=L(EMAIL, MAIL), hok_saang=[L(pupil, UID)]))}
    ola, olo = fix(OPERA_FIX)
    page = at_path(case(f, f"{a}/v2/hok_saang/{pupil}", headers=_h(rng, **b)), pupil, UID)
    return [
        case(f, f"{a}/v2/bou_meng", headers=_h(rng), body={
            "hok_saang": {"sing_meng": L(kid, NAMEC), "ceot_sang_jat_kei": L(DAUGHTER["dob"], BIRTH),
                          "sing_bit": L(DAUGHTER["sex"], GENDER),
                          "san_fan_zing": L(DAUGHTER["hkid"], NID), "hok_haau": "P3"},
            "gaa_zoeng": {"sing_meng": L(f"{FIRST} {LAST}", NAMEC), "din_jau": L(EMAIL, MAIL),
                          "sau_gei": L(HK_MOBILE, TEL), "san_fan_zing": L(HER_HKID, NID)},
            "kui": L(HOME["area"], COARSE), "fo_cing": "siu_sang_jap_mun"}),
        case(f, f"{a}/v2/dang_luk/din_jau", fmt="form", headers=_h(rng), body={
            "din_jau": L(EMAIL, MAIL), "jim_zing_maa": L("592017", CRED)}),
        case(f, f"{a}/v2/ngo", headers=_h(rng, extra=jw)),
        page,
        case(f, f"{a}/v2/hok_fai", headers=_h(rng, **b), query={
            "hok_saang_hou": L(pupil, UID), "hok_kei": "2026S"}),
        case(f, f"{a}/v2/soeng_fo", headers=_h(rng, **b), query={
            "hok_saang_hou": L(pupil, UID), "jyut": "2026-03"}),
        case(f, f"{a}/v2/ceot_zik", headers=_h(rng, **b), body={
            "hok_saang_hou": L(pupil, UID), "soeng_fo": obj(rng, "sf"),
            "wai_zi": {"wai_dou": ola, "ging_dou": olo},
            "gung_zok_sat": {"wai_dou": OPERA["lat"], "ging_dou": OPERA["lon"]}}),
        multipart(f, f"{a}/v2/lok_jing", [
            ("lok_jing", "dai_neoi_faa_cin.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"hok_saang_hou": L(pupil, UID),
                                                "kuk_muk": "dai_neoi_faa", "si_coeng_s": 94})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/hei_fuk/cek_cyun", headers=_h(rng, **b), body={
            "hok_saang_hou": L(pupil, UID), "san_gou": L(128, "health.fitness"),
            "jiu_wai": L(54, "health.fitness"), "hei_fuk": "faa_daan"}),
        case(f, f"{a}/v2/gin_hong", headers=_h(rng, **b), body={
            "hok_saang_hou": L(pupil, UID), "haau_cyun": L(True, MED),
            "gwo_man": [L("faa_zong_ban_zoeng_liu", MED)],
            "joek_mat": L("salbutamol pan zai", MED),
            "gan_gap_lyun_lok_jan": {"sing_meng": L(HUSBAND[0], NAMEC),
                                     "sau_gei": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/v2/jin_ceot/tung_ji", [
            ("soeng", "hoi_yan.jpg", "image/jpeg", L(JPEG + b"\x33", MEDIA)),
            ("form", None, "application/json", {
                "hok_saang": L(kid, NAMEC), "jin_ceot": "jyun_siu_wui_2026",
                "tung_ji_jan": L(f"{FIRST} {LAST}", NAMEC), "fan_hoeng_soeng": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/jin_ceot/piu", headers=_h(rng, **b), body={
            "jin_ceot": "jyun_siu_wui_2026", "zoeng_sou": 3,
            "gun_zung": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC)],
            "gam_ngaak": L(360, BUY), "ding_dan": L("SJK-T-260419-07", BUY)}),
        case(f, f"{a}/v2/ciu_sau", headers=_h(rng, **b), body={
            "hok_saang_hou": L(pupil, UID),
            "ciu_sau_jan": {"sing_meng": L(HUSBAND[0], NAMEC), "sau_gei": L(HUSBAND[1], TEL),
                            "san_fan_zing_mei_sei_wai": L(HUSBAND[2][-7:], NID)},
            "jat_kei": "2026-03-21"}),
        case(f, f"{a}/v2/seon_sik", headers=_h(rng, **b), body={
            "lou_si": "ls_0042", "seon_sik": L(
                f"{DAUGHTER['first']} gam jat haau cyun jau di faat, ho m ho ji hau zoeng lei hoi?",
                f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/faa_zong", fmt="form", headers=_h(rng, **b), body={
            "hok_saang_hou": L(pupil, UID), "gwo_man": L("jau jung faa zong ban", MED),
            "bei_zyu": L("Ceng jung ngo dei ji gei daai ge faa zong ban", TEXT)}),
        case(f, f"{a}/v2/sau_sok", headers=_h(rng, **b), query={
            "q": L("dai neoi faa kuk ci", SEARCH)}),
        case(f, f"{a}/v2/lin_zaap", fmt="msgpack", headers=_h(rng, **b), body={
            "hok_saang_hou": L(pupil, UID), "gei_luk": [
                {"jat_kei": "2026-03-10", "fan_zung": 25}, {"jat_kei": "2026-03-11",
                                                            "fan_zung": 30}],
            "gaa_zoeng_cim_meng": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/sit_bei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/si_gin", headers=_h(rng, how="none"), cookies={
            "jk_sesson": L(opaque(rng, "", 40), CRED), "jk_sitbei": L(INSTALL_ID, DID), "jk_req": rid(rng)}, body={
            "jung_wu": L(USER_ID, UID), "si_gin": [
                ev("lok_jing_soeng_zoi", 1), ev("jip_min", 2, jip_min=L("HeiFuk", USAGE))]}),
        case(f, f"{a}/v2/hok_fai/bei", fmt="form", headers=_h(rng, **b), body={
            "hok_saang_hou": L(pupil, UID), "gam_ngaak": L("2880", BUY), "fo_bai": "HKD",
            "kaat_mei_sei_wai": L("4444", PAY), "fong_sik": L(opaque(rng, "pm_", 24), PAY)}),
    ]


def jyukek_sdks() -> list[Case]:
    rng = random.Random(21642)
    pupil = DAUGHTER["student"]
    return [
        tk_batch(APP, rng, [("Lesson Attended", {"studio": OPERA["id"]}),
                            ("Recording Uploaded", {"pupil": L(pupil, UID)})], locale="zh_HK"),
        tk_queue(APP, rng, [("Practice Logged", {"minutes": 25}),
                            ("Costume Sized", {"pupil": L(pupil, UID)})]),
        jz_launch(APP, rng, first=True, user=True),
        jz_event(APP, rng, "tickets", {"show": "jyun_siu_wui_2026"}, revenue=360.0,
                 currency="HKD", hashed=True),
        jz_link(APP, rng, U("https://jyukek.example.com/jin_ceot", {
            "show": "jyun_siu_wui_2026", "pupil": L(pupil, UID), "din_jau": L(EMAIL, MAIL)})),
        bk_session(APP, rng, secs=733),
        hg_eval(APP, rng, {"studio": OPERA["id"], "child_account": True}),
        tz_register(APP, rng, lang="zh-HK", at=OPERA_FIX, nd=3, tags={"fo_cing": "jap_mun"}),
        fc_card(APP, rng),
        fc_confirm(APP, rng, "2880.00", "hkd"),
        dt_reverse(APP, rng, HOME_AT, PRECISE, nd=4),
    ]


__all__ = ["jyukek", "jyukek_sdks"]
