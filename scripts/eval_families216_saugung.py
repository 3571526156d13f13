"""Tai Po weekend craft-market vendors' app "Saugung Si" (she sells hand-stitched leather card
holders from a stall; Jyutping keys: ``dong_zyu`` stall holder, ``dong_hau`` stall, ``dong_zyu_hou``
vendor number, ``soeng_jip_dang_gei`` business registration number, ``san_fan_zing`` HKID,
``zou_dong`` stall rent, ``fo_ban`` goods, ``pei_gaap`` leather, ``gaa_cin`` price, ``maai_ceot``
sold, ``kaak_jan`` customer, ``sung_fo`` delivery, ``sau_jap`` takings, ``ting_fu`` payout,
``jan_hong_zoeng_hou`` bank account, ``kou_cyun`` stock, ``zyu_baan_fong`` organiser,
``tin_hei`` weather): vendor sign-up with her HKID, BR number and bank account, an SMS code,
``/ngo``, the fair dates, a stall booking and its rent, her check-in at the stall (fix), goods
listed, a product photo, a sale to a customer (typed name and phone), a delivery label to the
customer's address, a msgpack stock count, the day's takings, the payout to her account, the
sales report by vendor number in the path, an offline sync (JSON Lines), the BR renewal, a
message to the organiser, a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    JPEG,
    MAIL,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families216_kit import (
    BR_NO,
    FPS_ID,
    HER_HKID,
    HK_ACCOUNT,
    HK_MOBILE,
    HK_NET,
    HOME,
    MARKET,
    STALL_FIX,
    VENDOR,
    fix,
    hd,
    obj,
    push,
)
from eval_families216_sdk import (
    bk_session,
    jz_event,
    jz_launch,
    tk_batch,
    tk_identify,
    tk_queue,
)
from eval_families216_svc import (
    bs_attach,
    dt_geocode,
    dt_telemetry,
    fc_wallet,
    hg_eval,
    tj_check,
    tz_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("saugung", "SaugungSi", "com.example.saugung", "2.0.9",
          "https://api.saugung.example.com")
IID = "X-Saugung-Install"
NID = "personal.national_id"
CUSTOMER = ("Wong Mei Ling", "+85263307415", "Flat 3A, 16 Kwong Fuk Road, Tai Po")  # typed


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def saugung() -> list[Case]:
    rng = random.Random(21661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, dong_zyu_hou=L(VENDOR, UID),
                                    din_jau=L(EMAIL, MAIL)))}
    sla, slo = fix(STALL_FIX, 5)
    report = at_path(case(f, f"{a}/v1/dong_zyu/{VENDOR}/bou_biu", headers=_h(rng, **b),
                          query={"jyut": "2026-03"}), VENDOR, UID)
    stall = "ST-2603-B14"  # her stall booking (financial.purchase)
    return [
        case(f, f"{a}/v1/dong_zyu", headers=_h(rng), body={
            "sing_meng": L(f"{FIRST} {LAST}", NAMEC), "din_jau": L(EMAIL, MAIL),
            "sau_gei": L(HK_MOBILE, TEL), "san_fan_zing": L(HER_HKID, NID),
            "soeng_jip_dang_gei": L(BR_NO, NID), "zi_hou": "Doe Leather Studio",
            "dei_zi": L(HOME["line"], ADDR), "kui": L(HOME["area"], COARSE),
            "jan_hong_zoeng_hou": L(HK_ACCOUNT, PAY), "dong_zyu_hou": L(VENDOR, UID)}),
        case(f, f"{a}/v1/jim_zing", fmt="form", headers=_h(rng), body={
            "sau_gei": L(HK_MOBILE, TEL), "jim_zing_maa": L("208861", CRED),
            "mcc_mnc": L(HK_NET, "location.carrier")}),
        case(f, f"{a}/v1/ngo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/si_zaap/jat_kei", headers=_h(rng, **b), query={
            "si_zaap": MARKET["id"], "jyut": "2026-03"}),
        case(f, f"{a}/v1/dong_hau/jyu_jeok", headers=_h(rng, **b), body={
            "si_zaap": MARKET["id"], "jat_kei": ["2026-03-14", "2026-03-15"], "dong_hau": "B14",
            "zou_dong": L(600, BUY), "jyu_jeok_hou": L(stall, BUY),
            "dong_zyu_hou": L(VENDOR, UID), "jiu_din": True}),
        case(f, f"{a}/v1/dong_hau/bei_cin", fmt="form", headers=_h(rng, **b), body={
            "jyu_jeok_hou": L(stall, BUY), "gam_ngaak": L("600.00", BUY), "fo_bai": "HKD",
            "fps_id": L(FPS_ID, PAY)}),
        case(f, f"{a}/v1/dong_hau/dou_zo", headers=_h(rng, **b), body={
            "dong_hau": "B14", "wai_zi": {"wai_dou": sla, "ging_dou": slo},
            "si_zaap_wai_zi": {"wai_dou": MARKET["lat"], "ging_dou": MARKET["lon"]},
            "dong_zyu_hou": L(VENDOR, UID)}),
        case(f, f"{a}/v1/fo_ban", headers=_h(rng, **b), body={"fo_ban": [
            {"id": obj(rng, "fb"), "meng": "pei_gaap_kaat_tou", "gaa_cin": 180, "sou": 24},
            {"id": obj(rng, "fb"), "meng": "pei_gaap_so_si_kau", "gaa_cin": 120, "sou": 30}],
            "dong_zyu_hou": L(VENDOR, UID)}),
        multipart(f, f"{a}/v1/fo_ban/soeng", [
            ("soeng", "card_holder.jpg", "image/jpeg", L(JPEG + b"\x11", "content.media")),
            ("meta", None, "application/json", {"fo_ban": "pei_gaap_kaat_tou"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/maai_ceot", headers=_h(rng, **b), body={
            "dong_hau": "B14", "fo_ban": "pei_gaap_kaat_tou", "sou_loeng": 2,
            "gam_ngaak": L(360, BUY), "kaak_jan": {"sing_meng": L(CUSTOMER[0], NAMEC),
                                           "sau_gei": L(CUSTOMER[1], TEL)},
            "haak_jan_bei_zyu": L("Haak jan jiu hai kaat tou zing zi 'MLW'", TEXT)}),
        case(f, f"{a}/v1/sung_fo", headers=_h(rng, **b), body={
            "sau_fo_jan": L(CUSTOMER[0], NAMEC), "sau_gei": L(CUSTOMER[1], TEL),
            "dei_zi": L(CUSTOMER[2], ADDR), "kui": L("Tai Po", COARSE),
            "gei_fo_jan": {"sing_meng": L(f"{FIRST} {LAST}", NAMEC),
                           "sau_gei": L(HK_MOBILE, TEL)}, "zung_loeng_g": 120}),
        case(f, f"{a}/v1/kou_cyun", fmt="msgpack", headers=_h(rng, **b), body={
            "dong_zyu_hou": L(VENDOR, UID), "kou_cyun": [
                {"fo_ban": "pei_gaap_kaat_tou", "sou": 19},
                {"fo_ban": "pei_gaap_so_si_kau", "sou": 26}], "pei_gaap_m2": 1.8}),
        case(f, f"{a}/v1/sau_jap", headers=_h(rng, **b), body={
            "jat_kei": "2026-03-14", "sau_jap": L(2340, BUY), "jin_gam": L(900, BUY),
            "fps": L(1440, BUY), "dong_zyu_hou": L(VENDOR, UID)}),
        case(f, f"{a}/v1/ting_fu", headers=_h(rng, **b), body={
            "gam_ngaak": L(1440, BUY), "jan_hong_zoeng_hou": L(HK_ACCOUNT, PAY),
            "hou_ming": L(f"{FIRST} {LAST}", NAMEC), "fo_bai": "HKD", "req": rid(rng)}),
        report,
        lines(f, f"{a}/v1/sync", [
            {"lei_jing": "maai_ceot", "dong_zyu_hou": L(VENDOR, UID), "gam_ngaak": 180,
             "si_gaan": 1773460800},
            {"lei_jing": "bat_gei", "dong_zyu_hou": L(VENDOR, UID),
             "man_zi": L("Kam jat jau jan man ho m ho ji ding zou pei baau", TEXT)},
            {"lei_jing": "wai_zi", "wai_dou": L(STALL_FIX[0], PRECISE),
             "ging_dou": L(STALL_FIX[1], PRECISE)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/soeng_jip_dang_gei/gang_san", headers=_h(rng, **b), body={
            "soeng_jip_dang_gei": L(BR_NO, NID), "dou_kei": "2026-06-30",
            "fai_jung": L(2200, BUY), "san_fan_zing": L(HER_HKID, NID)}),
        case(f, f"{a}/v1/seon_sik", headers=_h(rng, **b), body={
            "zyu_baan_fong": MARKET["id"],
            "seon_sik": L("Ngo B14 dong hau gaak lei jau seoi lau, ho m ho ji zyun dong?", TEXT)}),
        case(f, f"{a}/v1/sau_sok", headers=_h(rng, **b), query={
            "q": L("tin hei daai jyu si zaap cyu siu", SEARCH)}),
        case(f, f"{a}/v1/sit_bei", headers=_h(rng, **b), body=push(push_token(rng), "en_HK")),
        case(f, f"{a}/v1/si_gin", headers=_h(rng, how="none"), cookies={
            "sg_sesson": L(opaque(rng, "", 40), CRED), "sg_sitbei": L(INSTALL_ID, DID)}, body={
            "jung_wu": L(USER_ID, UID), "si_gin": [
                ev("dong_hau_jyu_jeok", 1), ev("maai_ceot", 2, gam=L(360, BUY)),
                ev("jip_min", 3, jip_min=L("SauJap", USAGE))]}),
    ]


def saugung_sdks() -> list[Case]:
    rng = random.Random(21662)
    return [
        tk_batch(APP, rng, [("Stall Booked", {"fair": MARKET["id"]}),
                            ("Sale Recorded", {"amount": L(360, BUY)})], at=STALL_FIX, nd=2),
        tk_identify(APP, rng, {"kui": L("Sham Shui Po", COARSE),
                               "dong_zyu_hou": L(VENDOR, UID), "plan": "vendor_pro"}),
        tk_queue(APP, rng, [("Offline Sale", {"amount": L(180, BUY)}),
                            ("Stock Counted", {"items": 2})]),
        jz_launch(APP, rng, user=True, n=14),
        jz_event(APP, rng, "stall_booked", {"fair": MARKET["id"]}, revenue=600.0,
                 currency="HKD", hashed=True),
        bk_session(APP, rng, secs=2104),
        hg_eval(APP, rng, {"fair": MARKET["id"], "vendor": True}, hdr=True),
        tz_register(APP, rng, lang="en", at=STALL_FIX, nd=3, tags={"si_zaap": MARKET["id"]}),
        tj_check(APP, rng, {"analytics": True, "ads": False}),
        fc_wallet(APP, rng, "600.00", L(HK_MOBILE, TEL)),
        dt_geocode(APP, rng, CUSTOMER[2], ADDR, near=STALL_FIX, nd=2),
        dt_telemetry(APP, rng, [STALL_FIX], PRECISE),
        bs_attach(APP, rng, L(JPEG + b"\x12", "content.media"), "leaking_roof.jpg",
                  "image/jpeg"),
    ]


__all__ = ["saugung", "saugung_sdks"]
