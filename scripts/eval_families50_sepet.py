"""Grocery delivery app "Sepetim" in Istanbul (its API's keys are Turkish: ``ad``, ``soyad``,
``telefon``, ``dogum_tarihi``, ``adres``, ``tc_kimlik_no``; she is on a three-month work stay in
Cihangir): an SMS code to her Turkish line, the sign-up with her identity number, a log-in,
``/ben``, the address with directions, the delivery zone, a search, a category by cookie-less
GET, the basket and a coupon, the order with an e-invoice, tracking by number in the path, her
position shared with the courier (msgpack), a rating, a missing-item claim with a photo,
favourites, allergens, a referral, a wallet top-up, push, events and campaigns by a cookie GET."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
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
from eval_families24_kit import claims, head, rid
from eval_families50_kit import (
    BARKOD,
    DEPO,
    KURYE,
    SIPARIS,
    TC_NO,
    TR_HOME,
    TR_HOME_AT,
    TR_PHONE,
    TR_PHONE_NAT,
    mine,
    obj,
)
from eval_families50_sdk import (
    bq_bid,
    cw_crash,
    cw_crumb,
    sm_batch,
    sm_identify,
    tw_event,
    tw_link,
    tw_open,
)
from eval_families50_svc import al_message, bt_register, cr_card, cr_confirm, pb_reverse
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("sepetim", "Sepetim", "com.example.sepetim", "6.21.0",
          "https://api.sepetim.example.com.tr")
IID = "X-Sepetim-Cihaz"
NID = "personal.national_id"
SIFRE = "Lale*Bogaz2025"
TZ, LOC = "Europe/Istanbul", "tr_TR"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("tr-TR,tr;q=0.9,en-US;q=0.7", DEV)
    return h


def sepetim() -> list[Case]:
    rng = random.Random(5011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, eposta=L(EMAIL, MAIL), tel=L(TR_PHONE, TEL)))}
    hla, hlo = mine(TR_HOME_AT)
    kla, klo = mine(TR_HOME_AT, 5)
    sepet = obj(rng, "sp", 10)
    takip = at_path(case(f, f"{a}/v1/siparisler/{SIPARIS}/takip", headers=_h(rng, **b)),
                    SIPARIS, BUY)
    return [
        case(f, f"{a}/v1/uyelik/sms-kodu", fmt="form", headers=_h(rng), body={
            "telefon": L(TR_PHONE, TEL), "ulke_kodu": "90", "captcha": opaque(rng, "", 32)}),
        case(f, f"{a}/v1/uyelik/dogrula", headers=_h(rng), body={
            "telefon": L(TR_PHONE, TEL), "kod": L("482913", CRED),
            "cihaz": {"model": L("Pixel 8", DEV), "isletim_sistemi": L("Android 14", DEV),
                      "dil": L(LOC, DEV)}}),
        case(f, f"{a}/v1/uyelik", headers=_h(rng), body={
            "ad": L(FIRST, NAMEC), "soyad": L(LAST, NAMEC), "eposta": L(EMAIL, MAIL),
            "telefon": L(TR_PHONE, TEL), "ikinci_telefon": L(E164, TEL),
            "dogum_tarihi": L("17.05.1991", BIRTH), "cinsiyet": L("kadın", GENDER),
            "tc_kimlik_no": L(TC_NO, NID), "sifre": L(SIFRE, CRED), "kvkk_onay": True,
            "ticari_ileti_izni": False}),
        case(f, f"{a}/v1/oturum/giris", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "eposta": L(EMAIL_UPPER, MAIL), "sifre": L(SIFRE, CRED),
            "client_id": "sepetim-android"}),
        case(f, f"{a}/v1/ben", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/adresler", headers=_h(rng, **b), body={
            "baslik": "Ev", "alici_ad": L(NAME, NAMEC), "alici_telefon": L(TR_PHONE_NAT, TEL),
            "adres": L(TR_HOME["adres"], ADDR), "kat": L("3", ADDR),
            "ilce": L(TR_HOME["ilce"], COARSE), "il": L(TR_HOME["il"], COARSE),
            "posta_kodu": L(TR_HOME["posta_kodu"], COARSE),
            "konum": {"enlem": hla, "boylam": hlo},
            "tarif": L("Cihangir Camii arkası, mavi kapı, zilde DOE yazıyor",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/teslimat-bolgesi", headers=_h(rng, **b), query={
            "konum": L(f"{TR_HOME_AT[0]:.4f},{TR_HOME_AT[1]:.4f}", PRECISE), "hizmet": "hizli"}),
        case(f, f"{a}/v1/depolar/yakin", headers=_h(rng, **b), query={
            "enlem": L(f"{TR_HOME_AT[0]:.3f}", PRECISE),
            "boylam": L(f"{TR_HOME_AT[1]:.3f}", PRECISE),
            "ilce": L(TR_HOME["ilce"], COARSE)}),
        case(f, f"{a}/v1/urunler/ara", headers=_h(rng, **b), query={
            "q": L("laktozsuz süt", SEARCH), "depo": DEPO["id"], "sayfa": "1"}),
        case(f, f"{a}/v1/kategoriler/kahvaltilik/urunler", headers=_h(rng, how="upper"),
             query={"depo": DEPO["id"], "siralama": "populer"}),
        case(f, f"{a}/v1/sepet", headers=_h(rng, **b), body={
            "sepet_id": sepet, "depo": DEPO["id"],
            "urunler": [{"barkod": k, "adet": n}
                        for k, n in zip(BARKOD, (2, 1, 1, 3), strict=True)],
            "ara_toplam": L("486.50", BUY), "birim_fiyatlar": [42.5, 119.9, 64.9, 28.0]}),
        case(f, f"{a}/v1/sepet/{sepet}/kupon", fmt="form", headers=_h(rng, **b), body={
            "kod": "HOSGELDIN50", "indirim": L("50.00", BUY)}),
        case(f, f"{a}/v1/siparisler", headers=_h(rng, **b), body={
            "siparis_no": L(SIPARIS, BUY), "sepet_id": sepet, "toplam": L("456.50", BUY),
            "bahsis": L("20.00", BUY), "odeme_yontemi": L(opaque(rng, "pm_", 24), PAY),
            "kart_son4": L("4444", PAY), "teslimat_adresi": obj(rng, "adr", 8),
            "teslimat_notu": L("Zili çalmayın lütfen, bebek uyuyor", TEXT),
            "fatura": {"tip": "bireysel", "ad_soyad": L(NAME, NAMEC),
                       "tc_kimlik_no": L(TC_NO, NID)}}),
        takip,
        at_path(case(f, f"{a}/v1/siparisler/{SIPARIS}/konum", fmt="msgpack",
                     headers=_h(rng, **b), body={"enlem": kla, "boylam": klo, "dogruluk_m": 8,
                                                 "zaman": 1765312466, "kurye": KURYE["id"]}),
                SIPARIS, BUY),
        case(f, f"{a}/v1/kurye/degerlendirme", fmt="form", headers=_h(rng, **b), body={
            "siparis": L(SIPARIS, BUY), "kurye": KURYE["id"], "puan": "5",
            "yorum": L("Çok kibar, poşetleri kapıya kadar getirdi", TEXT)}),
        at_path(multipart(f, f"{a}/v1/siparisler/{SIPARIS}/sorun", [
            ("foto", "kirik_yumurta.jpg", "image/jpeg", L(JPEG + b"\x50", MEDIA)),
            ("detay", None, "application/json", {
                "barkod": BARKOD[2], "aciklama": L("Yumurtaların üçü kırık geldi", TEXT),
                "iade_tutari": L("64.90", BUY), "depo_tel": DEPO["telefon"]})],
            headers=_h(rng, **b)), SIPARIS, BUY),
        case(f, f"{a}/v1/favoriler", headers=_h(rng, **b), body={
            "kullanici": L(USER_ID, UID), "barkodlar": BARKOD[:3], "depo": DEPO["id"]}),
        case(f, f"{a}/v1/profil/alerjenler", headers=_h(rng, **b), body={
            "alerjenler": [L("gluten", MED), L("yer fıstığı", MED)], "colyak": L(True, MED),
            "vejetaryen": False}),
        case(f, f"{a}/v1/davet", headers=_h(rng, **b), body={
            "arkadas_ad": L("Elif Yılmaz", NAMEC), "arkadas_telefon": L("+90 555 018 27 40", TEL),
            "mesaj": L("İlk siparişine 100 TL indirim, benden!", TEXT)}),
        case(f, f"{a}/v1/cuzdan/yukle", fmt="form", headers=_h(rng, **b), body={
            "tutar": L("500.00", BUY), "para_birimi": "TRY",
            "kart": L(opaque(rng, "pm_", 24), PAY), "islem": rid(rng)}),
        case(f, f"{a}/v1/fatura/e-arsiv", fmt="form", headers=_h(rng, **b), body={
            "siparis": L(SIPARIS, BUY), "tc_kimlik_no": L(TC_NO, NID), "eposta": L(EMAIL, MAIL),
            "ad_soyad": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/cihazlar", headers=_h(rng, **b), body={
            "push_jetonu": L(push_token(rng), DID), "cihaz_kimligi": L(INSTALL_ID, DID),
            "dil": L(LOC, DEV), "saat_dilimi": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "surum": L("Android 14", DEV), "uygulama_surumu": APP.ver}),
        case(f, f"{a}/v1/olaylar", gz=True, headers=_h(rng, **b), body={
            "kullanici": L(USER_ID, UID), "olaylar": [
                ev("sepete_eklendi", 1, barkod=BARKOD[0]), ev("siparis_verildi", 2),
                ev("ekran", 3, ekran=L("SiparisTakip", USAGE))]}),
        case(f, f"{a}/v1/kampanyalar", headers=_h(rng, how="none"),
             cookies={"spt_oturum": L(opaque(rng, "", 40), CRED),
                      "spt_cihaz": L(INSTALL_ID, DID), "spt_ist": rid(rng)}),
        case(f, f"{a}/v1/uyelik/telefon-degistir", fmt="form", headers=_h(rng, **b), body={
            "eski": L(TR_PHONE_NAT, TEL), "yeni": L(PHONE, TEL), "kod": L("771204", CRED)}),
    ]


def sepetim_sdks() -> list[Case]:
    rng = random.Random(5012)
    return [
        sm_batch(APP, rng, [("Order Completed", {"total": L(456.5, BUY), "items": 7,
                                                 "currency": "TRY"}),
                            ("Search", {"query": L("laktozsuz süt", SEARCH)})],
                 at=TR_HOME_AT, nd=2, tz=TZ, locale="tr-TR"),
        sm_identify(APP, rng, {"il": L("İstanbul", COARSE), "ilce": L("Beyoğlu", COARSE),
                               "siparisSayisi": 3}),
        tw_open(APP, rng, first=True, lang="tr"),
        tw_link(APP, rng, U("https://sepetim.example.com.tr/l/takip", {
            "siparis": L(SIPARIS, BUY), "utm_source": "sms", "utm_campaign": "teslimat"})),
        tw_event(APP, rng, "af_purchase", {"order_id": L(SIPARIS, BUY), "depo": DEPO["id"]},
                 revenue=456.5, currency="TRY", hashed=True, lang="tr"),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TR_HOME_AT, nd=3, country="TUR",
               keywords="market,kahvaltilik,sut", lang="tr"),
        cw_crash(APP, rng, ("java.lang.IllegalStateException", "courier map not attached"),
                 [cw_crumb("nav", "Sepet -> SiparisTakip"),
                  cw_crumb("net", "GET", {"url": f"{APP.api}/v1/siparisler/{SIPARIS}/takip",
                                          "status": 200})],
                 screen="TrackingActivity", tz=TZ, locale=LOC),
        bt_register(APP, rng, tz=TZ, lang="tr", tags={"ilce": L("Beyoğlu", COARSE)}),
        cr_card(APP, rng, zip_=None),
        cr_confirm(APP, rng, "456.50", "try"),
        pb_reverse(APP, rng, TR_HOME_AT, PRECISE),
        al_message(APP, rng, L("Siparişim SPT-2512-447109 hâlâ yolda görünüyor, 40 dakika oldu",
                               f"{TEXT}|{BUY}"), {"siparis": L(SIPARIS, BUY), "dil": "tr"}),
    ]
