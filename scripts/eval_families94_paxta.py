"""Cotton-farm cooperative payout app "Oqoltin" (a farmers' cooperative near Chinoz, Tashkent
region; its API's keys are Uzbek in Latin letters: ``ism`` first name, ``familiya`` family name,
``telefon_raqami`` phone, ``manzil`` address, ``shahar`` city, ``pasport_seriyasi`` document
series and number, ``tugilgan_sana`` birth date, ``parol`` password, ``turmush_ortogi`` spouse).
She holds a member's share through her husband's family farm: registration, a log-in and its SMS
code, ``/men`` with a JWT, the share by member number in the path, her profile and tax number,
documents (multipart), the payout card and account, harvest deliveries (a GET with the member
number, a declaration in msgpack), a field visit with her fix and a photo, the weather at the field
(a negative), a payout by receipt number in the path, a message to the agronomist, a power of
attorney for her husband, the tax statement, a password change, a network check, push, events and
news by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families94_kit import (
    BANK_MFO,
    COOP,
    FIELD,
    FIELD_FIX,
    MEMBER,
    PINFL,
    RESIDENCE,
    SPOUSE,
    STIR,
    UZ_ACCOUNT,
    UZ_BSSID,
    UZ_CARD,
    UZ_HOME,
    UZ_HOME_AT,
    UZ_LAN,
    UZ_SSID,
    uz_fix,
)
from eval_families94_sdk import kz_batch, kz_identify, mb_session, xc_crash, xc_crumb
from eval_families94_svc import bq_eval, rz_save, tg_payout, xp_register, xt_reverse, yd_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("oqoltin", "Oqoltin", "uz.example.oqoltin", "2.6.3", "https://api.oqoltin.example.com")
IID = "X-Oqoltin-Qurilma"
PW = "Chinoz-Paxta-2291"
UZ_LANG = {"Accept-Language": L("uz-UZ,uz;q=0.9,en-US;q=0.8", DEV)}
RECEIPT = "TP-25-08812"  # the delivery's payout receipt (financial.purchase)


def _h(rng: random.Random, how: str = "plain", auth: str | None = None,
       extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, auth=auth, extra={**UZ_LANG, **(extra or {})})


def _manzil() -> dict[str, Any]:
    return {"shahar": L(UZ_HOME["shahar"], COARSE), "tuman": L(UZ_HOME["tuman"], COARSE),
            "mahalla": L(UZ_HOME["mahalla"], COARSE), "kocha": L(UZ_HOME["kocha"], ADDR),
            "indeks": L(UZ_HOME["indeks"], COARSE)}


def oqoltin() -> list[Case]:
    rng = random.Random(9411)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, azo=L(MEMBER, UID), telefon=L(E164, TEL)))}
    b = {"auth": "bearer"}
    fla, flo = uz_fix(FIELD_FIX)
    return [
        case(f, f"{a}/v1/royxat", headers=_h(rng), body={
            "ism": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "telefon_raqami": L(E164, TEL),
            "email": L(EMAIL, MAIL), "parol": L(PW, CRED), "tugilgan_sana": L("17.05.1991", BIRTH),
            "pasport_seriyasi": L(RESIDENCE, NATID), "jshshir": L(PINFL, NATID),
            "manzil": _manzil(), "azo_raqami": L(MEMBER, UID), "kooperativ": COOP["id"],
            "turmush_ortogi": {"ism": L(SPOUSE[0], NAMEC), "familiya": L(SPOUSE[1], NAMEC),
                               "telefon_raqami": L(SPOUSE[2], TEL)},
            "ofertaga_rozi": True}),
        case(f, f"{a}/v1/kirish", fmt="form", headers=_h(rng), body={
            "telefon_raqami": L(PHONE, TEL), "parol": L(PW, CRED), "qurilma": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/kirish/tasdiqlash", headers=_h(rng), body={
            "telefon_raqami": L(E164, TEL), "sms_kod": L("482913", CRED),
            "sessiya": obj(rng, "otp", 12)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/v1/azo/{MEMBER}/ulush", headers=_h(rng, **b)), MEMBER, UID),
        case(f, f"{a}/v1/profil", headers=_h(rng, **b), body={
            "jinsi": L("ayol", GENDER), "stir": L(STIR, NATID), "email": L(EMAIL_MIXED, MAIL),
            "oilaviy_holati": "turmush qurgan", "til": L("uz", DEV)}),
        multipart(f, f"{a}/v1/hujjatlar", [
            ("pasport", "yashash_guvohnomasi.jpg", "image/jpeg",
             L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("shartnoma", "azolik_shartnomasi.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("malumot", None, "application/json", {
                "hujjat_turi": "yashash_guvohnomasi", "seriya_raqam": L(RESIDENCE, NATID),
                "amal_qilish": "2027-08-31", "azo_raqami": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tolov/karta", headers=_h(rng, **b), body={
            "karta_raqami": L(UZ_CARD, PAY), "karta_egasi": L(NAME.upper(), NAMEC),
            "amal_muddati": L("09/28", PAY), "asosiy": True}),
        case(f, f"{a}/v1/tolov/hisob", fmt="form", headers=_h(rng, **b), body={
            "hisob_raqami": L(UZ_ACCOUNT, PAY), "bank_mfo": BANK_MFO, "egasi": L(NAME, NAMEC),
            "valyuta": "UZS"}),
        case(f, f"{a}/v1/hosil/topshirish", headers=_h(rng, **b), query={
            "mavsum": "2025", "azo": L(MEMBER, UID), "sahifa": "1"}),
        case(f, f"{a}/v1/hosil/topshirish", fmt="msgpack", headers=_h(rng, **b), body={
            "azo": L(MEMBER, UID), "kontur": FIELD["kontur"], "gektar": FIELD["gektar"],
            "navi": "Buxoro-6", "ogirlik_kg": 4120, "namlik_foiz": 9.2, "narx_kg": 7400,
            "jami_summa": L(30488000, BUY), "kvitansiya": L(RECEIPT, BUY),
            "tarozi": "trz_" + opaque(rng, "", 6)}),
        case(f, f"{a}/v1/dala/tashrif", headers=_h(rng, **b), body={
            "kontur": FIELD["kontur"], "markaz": {"lat": FIELD["lat"], "lon": FIELD["lon"]},
            "joylashuv": {"lat": fla, "lon": flo, "aniqlik": 6},
            "izoh": L("G'o'za barglarida o'rgimchakkana ko'rindi, 3-qatorda", TEXT)}),
        multipart(f, f"{a}/v1/dala/rasm", [
            ("rasm", "dala_0452.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("malumot", None, "application/json", {
                "kontur": FIELD["kontur"], "lat": L(f"{FIELD_FIX[0]:.5f}", PRECISE),
                "lon": L(f"{FIELD_FIX[1]:.5f}", PRECISE)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ob-havo", headers=_h(rng, **b), query={
            "lat": f"{FIELD['lat']:.2f}", "lon": f"{FIELD['lon']:.2f}", "kunlar": "7"}),
        at_path(case(f, f"{a}/v1/tolovlar/{RECEIPT}", headers=_h(rng, **b)), RECEIPT, BUY),
        case(f, f"{a}/v1/xabarlar", headers=_h(rng, **b), body={
            "kimga": "agronom", "mavzu": obj(rng, "thr", 8),
            "matn": L("Sardor akam 14-dekabr dalaga boradi, suv navbatini o'zgartirsa "
                      "bo'ladimi?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/ishonchnoma", headers=_h(rng, **b), body={
            "vakil": {"ism": L(SPOUSE[0], NAMEC), "familiya": L(SPOUSE[1], NAMEC),
                      "telefon_raqami": L(SPOUSE[2], TEL),
                      "pasport_seriyasi": L("AC1187265", NATID)},
            "vakolat": ["tolov_olish", "hosil_topshirish"], "muddat": "2026-12-31"}),
        case(f, f"{a}/v1/hisobot/soliq", headers=_h(rng, **b), query={
            "yil": "2025", "stir": L(STIR, NATID), "format": "pdf"}),
        case(f, f"{a}/v1/parol/ozgartirish", fmt="form", headers=_h(rng, **b), body={
            "eski_parol": L(PW, CRED), "yangi_parol": L("Oq-Oltin#7734", CRED)}),
        case(f, f"{a}/v1/xavfsizlik/tarmoq", headers=_h(rng, **b), body={
            "ip": L(PUBLIC_IP, IPLOC), "lan_ip": L(UZ_LAN, DEV), "wifi_ssid": L(UZ_SSID, WIFI),
            "wifi_bssid": L(UZ_BSSID, WIFI), "sim_mcc_mnc": L("310260", CARRIER),
            "tarmoq_mcc_mnc": L("43405", CARRIER), "rouming": True, "vpn": L(False, DEV)}),
        case(f, f"{a}/v1/bildirishnoma", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "qurilma_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "til": L("uz", DEV)}),
        case(f, f"{a}/v1/hodisalar", gz=True, headers=_h(rng, **b), body={
            "foydalanuvchi": L(USER_ID, UID), "hodisalar": [
                ev("tolov_korildi", 1), ev("topshirish_yuborildi", 2, kg=4120),
                ev("ekran", 3, ekran=L("TolovTarixi", USAGE))]}),
        case(f, f"{a}/v1/yangiliklar", headers=_h(rng, how="upper"),
             cookies={"oq_sessiya": L(opaque(rng, "", 40), CRED), "til": "uz"}),
    ]


def oqoltin_sdks() -> list[Case]:
    rng = random.Random(9412)
    return [
        kz_batch(APP, rng, [("Payout Viewed", {"receipt": L(RECEIPT, BUY)}),
                            ("Delivery Declared", {"kg": 4120})], at=UZ_HOME_AT, nd=2,
                 roaming=True),
        kz_identify(APP, rng, {"name": L(NAME, NAMEC), "city": L("Tashkent", COARSE),
                               "member": L(MEMBER, UID), "cooperative": COOP["id"]}),
        mb_session(APP, rng, first=True),
        xc_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"4 120\""),
                 [xc_crumb("nav", "Hosil -> Topshirish"),
                  xc_crumb("ui", "submit", {"kontur": FIELD["kontur"]})],
                 screen="TopshirishActivity", extra={"member": L(MEMBER, UID)}),
        bq_eval(APP, rng, {"region": L("Toshkent viloyati", COARSE), "payoutV2": True}),
        xp_register(APP, rng, tags={"kooperativ": COOP["id"], "member": L(MEMBER, UID)},
                    lang="uz"),
        rz_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        tg_payout(APP, rng, UZ_CARD, NAME),
        xt_reverse(APP, rng, FIELD_FIX, PRECISE, nd=5),
        yd_message(APP, rng, L("My November payout for receipt TP-25-08812 has not arrived",
                               f"{TEXT}|{BUY}"), {"member": L(MEMBER, UID)}),
    ]
