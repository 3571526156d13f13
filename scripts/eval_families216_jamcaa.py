"""Sham Shui Po yum-cha teahouse app "Jamcaa Lau" (remote queue tickets and table ordering; its
API's keys are Cantonese in Jyutping without tones: ``sing`` surname, ``meng`` given name,
``din_jau`` e-mail, ``sau_gei`` mobile, ``mat_maa`` password, ``wui_jyun_hou`` member number,
``lo_fei`` take a ticket, ``fei_hou`` ticket number, ``jan_sou`` party size, ``toi_hou`` table,
``dim_sam_zi`` the order sheet, ``ding_dan`` order, ``gam_ngaak`` amount, ``bei_cin`` pay,
``fong_sik`` method, ``wai_dou`` / ``ging_dou`` latitude / longitude, ``gwo_man`` allergy,
``zik_fan`` points, ``ping_fan`` rating, ``bei_zyu`` remark, ``sau_sok`` search, ``seon_sik``
message, ``jung_wu`` user, ``si_gin`` events): sign-up, log-in, ``/ngo``, teahouses near home,
a queue ticket, the ticket's status, the check-in at the door, the order sheet (msgpack), an
allergy note, a cart-push by protobuf, the bill, FPS payment, the receipt by order number in the path,
points by cookie, a review, a search, a birthday table booking for her mother-in-law, a takeaway
for her husband, a complaint, push, events and a log-out."""

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
    EMAIL_UPPER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families216_kit import (
    FPS_ID,
    HK_MOBILE,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    TEA_FIX,
    TEA_MEMBER,
    TEAHOUSE,
    fix,
    hd,
    push,
)
from eval_families216_sdk import (
    bk_crash,
    bk_crumb,
    bk_session,
    gg_bid,
    gg_notice,
    jz_event,
    jz_launch,
    tk_batch,
    tk_pixel,
)
from eval_families216_svc import dt_geocode, fc_wallet, tj_save, tz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jamcaa", "JamcaaLau", "com.example.jamcaa", "3.4.1", "https://api.jamcaa.example.com")
IID = "X-Jamcaa-Sitbei"
PW = "Haagau!Siumai88"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, yue=True, **kw)


def jamcaa() -> list[Case]:
    rng = random.Random(21601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, din_jau=L(EMAIL, MAIL),
                                    wui_jyun_hou=L(TEA_MEMBER, UID)))}
    tla, tlo = fix(TEA_FIX)
    ticket = "A" + str(rng.randrange(100, 999))
    lab: dict[str, str] = {}
    cart = pb([(1, L(TEA_MEMBER, UID)), (2, TEAHOUSE["id"]), (3, ticket),
               (4, [(1, "har_gow"), (2, 2), (3, 42)]), (4, [(1, "siu_mai"), (2, 1), (3, 38)]),
               (5, L(80, BUY))], "", lab)
    order = "JC-2602-771935"  # her order number (financial.purchase)
    receipt = at_path(case(f, f"{a}/v1/ding_dan/{order}/sau_geoi", headers=_h(rng, **b)),
                      order, BUY)
    return [
        case(f, f"{a}/v1/zyu_caak", headers=_h(rng), body={
            "sing": L(LAST, NAMEC), "meng": L(FIRST, NAMEC), "din_jau": L(EMAIL, MAIL),
            "sau_gei": L(HK_MOBILE, TEL), "mat_maa": L(PW, CRED),
            "saang_jat": L("05-17", BIRTH), "kui": L(HOME["area"], COARSE),
            "wui_jyun_hou": L(TEA_MEMBER, UID), "tung_ji_tiu_fun": True}),
        case(f, f"{a}/v1/dang_luk", fmt="form", headers=_h(rng), body={
            "din_jau": L(EMAIL_UPPER, MAIL), "mat_maa": L(PW, CRED), "gei_zyu_ngo": "1"}),
        case(f, f"{a}/v1/ngo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/caa_lau/fu_gan", headers=_h(rng, **b), query={
            "wai_dou": L(f"{HOME_AT[0]:.3f}", PRECISE), "ging_dou": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "gung_lei": "2"}),
        case(f, f"{a}/v1/lo_fei", headers=_h(rng, **b), body={
            "caa_lau": TEAHOUSE["id"], "jan_sou": 4, "bin_dou": "daai_tong",
            "wui_jyun_hou": L(TEA_MEMBER, UID), "tung_zi_sau_gei": L(HK_MOBILE, TEL),
            "bei_zyu": L("Jau bibi ce, m goi bei go baa wai", TEXT)}),
        case(f, f"{a}/v1/fei/zong_taai", headers=_h(rng, **b), query={
            "fei_hou": ticket, "caa_lau": TEAHOUSE["id"]}),
        case(f, f"{a}/v1/dou_zo", headers=_h(rng, **b), body={
            "fei_hou": ticket, "wai_zi": {"wai_dou": tla, "ging_dou": tlo, "zing_kok": 9},
            "caa_lau_wai_zi": {"wai_dou": TEAHOUSE["lat"], "ging_dou": TEAHOUSE["lon"]}}),
        case(f, f"{a}/v1/dim_sam_zi", fmt="msgpack", headers=_h(rng, **b), body={
            "fei_hou": ticket, "toi_hou": "T17", "caa_sik": "pou_lei",
            "dim_sam": [{"meng": "har_gow", "sou_loeng": 2, "gaa_cin": 42},
                        {"meng": "siu_mai", "sou_loeng": 1, "gaa_cin": 38},
                        {"meng": "caa_siu_baau", "sou_loeng": 2, "gaa_cin": 32}],
            "gam_ngaak": L(186, BUY), "wui_jyun_hou": L(TEA_MEMBER, UID)}),
        case(f, f"{a}/v1/gwo_man", headers=_h(rng, **b), body={
            "fei_hou": ticket, "gwo_man": [L("faa_sang", MED), L("haa_haai", MED)],
            "bei_zyu": L("Ngo deoi faa sang gwo man, m hou jung faa sang jau", f"{TEXT}|{MED}")}),
        raw(f, f"{a}/v1/gau_mat_ce", cart, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/maai_daan", headers=_h(rng, **b), body={
            "fei_hou": ticket, "ding_dan": L(order, BUY), "gam_ngaak": L("254.10", BUY),
            "caa_seoi": 48,
            "gaa_ji": L("23.10", BUY), "wui_jyun_hou": L(TEA_MEMBER, UID)}),
        case(f, f"{a}/v1/bei_cin", fmt="form", headers=_h(rng, **b), body={
            "ding_dan": L(order, BUY), "gam_ngaak": L("254.10", BUY), "fo_bai": "HKD",
            "fong_sik": "fps", "fps_id": L(FPS_ID, PAY),
            "bei_cin_fong_faat": L(opaque(rng, "pm_", 24), PAY)}),
        receipt,
        case(f, f"{a}/v1/zik_fan", headers=_h(rng, how="none"), cookies={
            "jc_sesson": L(opaque(rng, "", 40), CRED), "jc_sitbei": L(INSTALL_ID, DID),
            "jc_req": rid(rng)}),
        case(f, f"{a}/v1/ping_fan", fmt="form", headers=_h(rng, **b), body={
            "caa_lau": TEAHOUSE["id"], "ping_fan": "4",
            "bei_zyu": L("Haa gaau hou sin, daan hai dang zo sei sap fan zung", TEXT)}),
        case(f, f"{a}/v1/sau_sok", headers=_h(rng, **b), query={
            "sau_sok": L("lau saa baau sam seoi bou", SEARCH), "jip": "1"}),
        case(f, f"{a}/v1/jyu_dang", headers=_h(rng, **b), body={
            "caa_lau": TEAHOUSE["id"], "jat_kei": "2026-02-14", "si_gaan": "12:30",
            "jan_sou": 10, "jyun_jan": "saang_jat",
            "sau_sau": {"meng": L(MOTHER_IL[0], NAMEC), "nin_ling": L(78, BIRTH)},
            "lyun_lok": {"meng": L(f"{FIRST} {LAST}", NAMEC), "sau_gei": L(HK_MOBILE, TEL)},
            "deng_gam": L(500, BUY)}),
        case(f, f"{a}/v1/ngoi_maai", headers=_h(rng, **b), body={
            "sau_fo_jan": {"meng": L(HUSBAND[0], NAMEC), "sau_gei": L(HUSBAND[1], TEL)},
            "sung_dou": L(HOME["line"], ADDR), "kui": L(HOME["area"], COARSE),
            "ding_dan": L("JC-2602-771988", BUY), "gam_ngaak": L(96, BUY),
            "bei_zyu": L("Ngo lou gung m sik laat", TEXT)}),
        case(f, f"{a}/v1/tau_sou", headers=_h(rng, **b), body={
            "caa_lau": TEAHOUSE["id"], "fan_leoi": "fuk_mou",
            "seon_sik": L("Fo gei cit caa ge si hau jyut dou ngo go neoi", TEXT),
            "sau_gei": L(E164, TEL)}),
        case(f, f"{a}/v1/sit_bei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/si_gin", gz=True, headers=_h(rng, **b), body={
            "jung_wu": L(USER_ID, UID), "si_gin": [
                ev("lo_fei", 1, caa_lau=TEAHOUSE["id"]), ev("bei_cin", 2, gam=L(254.1, BUY)),
                ev("jip_min", 3, jip_min=L("DimSamZi", USAGE))]}),
        case(f, f"{a}/v1/dang_ceot", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "sit_bei": L(INSTALL_ID, DID)}),
    ]


def jamcaa_sdks() -> list[Case]:
    rng = random.Random(21602)
    return [
        tk_batch(APP, rng, [("Ticket Taken", {"teahouse": TEAHOUSE["id"], "party": 4}),
                            ("Order Sent", {"total": L(186, BUY)})],
                 at=TEA_FIX, nd=2, locale="zh_HK"),
        tk_pixel(APP, rng, "queue_viewed", {"teahouse": TEAHOUSE["id"]}),
        jz_launch(APP, rng, first=True),
        jz_event(APP, rng, "purchase", {"ticket": ticket_of(rng)}, revenue=254.1, hashed=True),
        gg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TEA_FIX, nd=3,
               keywords="dimsum,teahouse"),
        gg_notice(APP, rng, "win"),
        bk_crash(APP, rng, ("java.lang.NullPointerException", "ticket status null"),
                 [bk_crumb("nav", "FeiZongTaai -> DimSamZi"),
                  bk_crumb("net", "POST", {"url": f"{APP.api}/v1/dim_sam_zi", "status": 500})],
                 screen="DimSamZiActivity"),
        bk_session(APP, rng, secs=1312),
        tz_register(APP, rng, lang="zh-HK", at=HOME_AT, nd=2,
                    tags={"caa_lau": TEAHOUSE["id"], "kui": L("Sham Shui Po", COARSE)}),
        tj_save(APP, rng, {"analytics": True, "ads": True, "location": True}),
        fc_wallet(APP, rng, "254.10", L(FPS_ID, PAY), kind="fps_id"),
        dt_geocode(APP, rng, TEAHOUSE["name"], SEARCH, near=HOME_AT, nd=3),
    ]


def ticket_of(rng: random.Random) -> str:
    """A queue ticket as the MMP sees it (the ticket number: a negative)."""
    return "A" + str(rng.randrange(100, 999))


__all__ = ["jamcaa", "jamcaa_sdks"]
