"""University campus app "Selvi Kampüs" of a Turkish university (its API's keys are Turkish),
used by the user as an exchange student in Istanbul: log-in with the student number and an SMS
code, her profile (passport and foreign-resident numbers), attendance by BLE beacon (with the
Wi-Fi in range and her fix), grades, a proctored quiz answer with its key events, the campus
card (QR, top-up), a cafeteria booking, the dorm (registration, a door opened over BLE, a
guest), a shuttle stop request, the library, the health centre, the disability office (a PDF
report), a message to her advisor."""

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
    KEYS,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    keys,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head, others, rid
from eval_families27_kit import PDF
from eval_families30_kit import (
    ADVISOR,
    BEACONS,
    CAMPUS_CARD,
    CLASS_FIX,
    DOB_TR,
    DORM,
    DORM_FIX,
    EDUROAM,
    FOREIGN_ID,
    GUEST,
    LIBRARY_AT,
    MOTHER,
    STOP_FIX,
    STUDENT_NO,
    UNI_MAIL,
    fix,
)
from eval_families30_sdk import bw_crash, bw_crumb, bw_session, cw_batch, cw_identify
from eval_families30_svc import (
    ab_message,
    fq_eval,
    ms_route,
    ms_telemetry,
    nw_register,
    pv_card,
    pv_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("selvikampus", "SelviKampus", "org.example.selvitepe.kampus", "3.7.2",
          "https://obs.selvitepe.example.org")
IID = "X-Cihaz-Kimligi"
QUIZ = "kq_BIL305_04"
ANSWER = "Hash tablosunda ortalama arama O(1), en kotu durumda O(n) olur."


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **{"how": "upper", **kw})


def selvikampus() -> list[Case]:
    rng = random.Random(3071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ogrenciNo=L(STUDENT_NO, UID), eposta=L(UNI_MAIL, MAIL),
                                    adSoyad=L(NAME, NAMEC)))}
    clat, clon = fix(CLASS_FIX)
    dlat, dlon = fix(DORM_FIX, 5)
    slat, slon = fix(STOP_FIX)
    cases = [
        case(f, f"{a}/api/v2/oturum/giris", fmt="form", headers=_h(rng), body={
            "ogrenciNo": L(STUDENT_NO, UID), "sifre": L("Bogaz-Kampus-25", CRED),
            "cihazKimligi": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/oturum/dogrulama", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("480917", CRED), "guvenilirCihaz": True}),
        case(f, f"{a}/api/v2/ben", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/profil", headers=_h(rng, **b), body={
            "ad": L(FIRST, NAMEC), "soyad": L(LAST, NAMEC), "dogumTarihi": L(DOB_TR, BIRTH),
            "cinsiyet": L("Kadın", GENDER), "uyruk": "ABD", "pasaportNo": L(PASSPORT, NATID),
            "yabanciKimlikNo": L(FOREIGN_ID, NATID), "telefon": L(PHONE, TEL),
            "kisiselEposta": L(EMAIL, MAIL), "bolum": "Bilgisayar Mühendisliği",
            "program": "Değişim (Erasmus+/İkili Anlaşma)", "donem": "2025-Güz"}),
        case(f, f"{a}/api/v2/yoklama", headers=_h(rng, **b), body={
            "dersKodu": "BİL305", "oturum": "yk_" + opaque(rng, "", 8), "derslik": "M-204",
            "isaretciler": [dict(x, rssi=-61 - 7 * i) for i, x in enumerate(BEACONS)],
            "wifi": [{"ssid": L(s, WIFI), "bssid": L(m, WIFI), "rssi": -55 - 4 * i}
                     for i, (s, m) in enumerate(EDUROAM)],
            "konum": {"enlem": clat, "boylam": clon, "dogruluk_m": 12},
            "zaman": 1765265400}),
        case(f, f"{a}/api/v2/notlar", query={"donem": "2025-Guz", "ogrenciNo": L(STUDENT_NO, UID)},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/sinavlar/{QUIZ}/cevap", headers=_h(rng, **b), body={
            "soru": 3, "cevap": L(ANSWER, TEXT),
            "tusVuruslari": L(keys(rng, ANSWER[:40], "row"), f"{KEYS}|{TEXT}"),
            "odakKaybi": L(1, USAGE), "kopyalaYapistir": False, "sure_sn": 214}),
        at_path(case(f, f"{a}/api/v2/ogrenciler/{STUDENT_NO}/transkript-talebi",
                     headers=_h(rng, **b), body={
                         "teslim": "eposta", "eposta": L(UNI_MAIL, MAIL), "dil": "en",
                         "ucret": L(50, BUY), "adet": 1}), STUDENT_NO, UID),
        case(f, f"{a}/api/v2/kart/qr", headers=_h(rng, **b), body={
            "kartNo": L(CAMPUS_CARD, UID), "kapi": "Ana Kapı Turnike 3",
            "cihazKimligi": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/kart/bakiye-yukle", headers=_h(rng, **b), body={
            "kartNo": L(CAMPUS_CARD, UID), "tutar": L(200, BUY), "paraBirimi": "TRY",
            "odemeYontemi": L("pm_" + opaque(rng, "", 22), PAY), "istekNo": rid(rng)}),
        case(f, f"{a}/api/v2/yemekhane/rezervasyon", headers=_h(rng, **b), body={
            "tarih": "2025-12-10", "ogun": "ogle", "diyet": L("çölyak (glutensiz)", MED),
            "tutar": L(40, BUY), "kartNo": L(CAMPUS_CARD, UID)}),
        case(f, f"{a}/api/v2/yurt/kayit", headers=_h(rng, **b), body={
            "blok": L(DORM["blok"], ADDR), "adres": L(DORM["adres"], ADDR),
            "ilce": L(DORM["ilce"], COARSE), "il": L(DORM["il"], COARSE),
            "postaKodu": L(DORM["posta"], COARSE),
            "acilDurumKisisi": {"adSoyad": L(MOTHER[0], NAMEC), "telefon": L(MOTHER[1], TEL),
                                "yakinlik": "anne"}}),
        case(f, f"{a}/api/v2/yurt/kapi", headers=_h(rng, **b), body={
            "kilit": "YRT-B-GIRIS-01", "erisimAnahtari": L(opaque(rng, "ak_", 32), CRED),
            "konum": {"enlem": dlat, "boylam": dlon}, "rssi": -58}),
        case(f, f"{a}/api/v2/yurt/misafir", fmt="form", headers=_h(rng, **b), body={
            "misafirAdSoyad": L(GUEST[0], NAMEC), "pasaportNo": L(GUEST[1], NATID),
            "giris": "2025-12-19", "cikis": "2025-12-21", "oda": L(DORM["oda"], ADDR)}),
        case(f, f"{a}/api/v2/ring/durak-istegi", headers=_h(rng, **b), body={
            "hat": "R2", "durak": "Kütüphane", "konum": {"enlem": slat, "boylam": slon}}),
        case(f, f"{a}/api/v2/kutuphane/ara", query={"q": L("veri yapıları ve algoritmalar",
                                                           SEARCH), "tur": "kitap"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/kutuphane/oda-rezervasyonu", headers=_h(rng, **b), body={
            "oda": "K3-Grup-07", "baslangic": "2025-12-11T14:00", "sure_dk": 120,
            "katilimcilar": others(rng, 2, "E25")}),
        case(f, f"{a}/api/v2/saglik/randevu", headers=_h(rng, **b), body={
            "birim": "genel", "tarih": "2025-12-10T10:15",
            "sikayet": L("Three days of sore throat and fever, 38.4 this morning",
                         f"{TEXT}|{MED}"), "alerjiler": [L("penisilin", MED)]}),
        multipart(f, f"{a}/api/v2/engelli-birimi/basvuru", [
            ("rapor", "dyslexia_report.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("basvuru", None, "application/json", {
                "durum": L("disleksi", SENS), "talepler": [L("sınavda ek süre", SENS),
                                                          L("ayrı salon", SENS)],
                "aciklama": L("I was diagnosed with dyslexia in high school and had extra "
                              "time at my home university", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/danisman/mesaj", headers=_h(rng, **b), body={
            "alici": ADVISOR[0], "konu": "Ders ekleme",
            "mesaj": L("Hocam, could I add BIL412 even though it clashes with my Turkish "
                       "class on Thursdays?", TEXT)}),
        case(f, f"{a}/api/v2/cihazlar", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "dil": L("en", DEV),
            "saatDilimi": L("Europe/Istanbul", DEV)}),
        case(f, f"{a}/api/v2/olaylar", gz=True, headers=_h(rng, **b), body={
            "kullanici": L(USER_ID, UID), "olaylar": [
                ev("yoklama_verildi", 1, ders="BİL305"), ev("kart_qr_acildi", 2),
                ev("ekran", 3, ekran=L("Notlar", USAGE))]}),
        case(f, f"{a}/api/v2/duyurular", query={"sayfa": "1"}, headers=_h(rng, how="none"),
             cookies={"obs_oturum": L(opaque(rng, "", 48), CRED),
                      "obs_cihaz": L(INSTALL_ID, DID)}),
    ]
    return cases


def selvikampus_sdks() -> list[Case]:
    rng = random.Random(3072)
    return [
        cw_batch(APP, rng, [("Attendance Given", {"course": "BİL305"}),
                            ("Card Topped Up", {"amount": L(200, BUY)})], tz="Europe/Istanbul"),
        cw_identify(APP, rng, {"student_type": "exchange", "faculty": "engineering",
                               "dorm": True}),
        bw_crash(APP, rng, ("java.lang.SecurityException", "BLUETOOTH_SCAN not granted"),
                 [bw_crumb("navigation", "YoklamaActivity"),
                  bw_crumb("user", "tapped Yoklama Ver")], screen="YoklamaActivity"),
        bw_session(APP, rng),
        fq_eval(APP, rng, {"fakulte": "muhendislik", "yabanci": True}, get=True),
        nw_register(APP, rng, tags={"yurt": "B", "ogrenci_tipi": "degisim"},
                    tz="Europe/Istanbul"),
        pv_card(APP, rng, zip_=False),
        pv_confirm(APP, rng, "200.00", "try"),
        ms_route(APP, rng, STOP_FIX, PRECISE, LIBRARY_AT, None),
        ms_telemetry(APP, rng, [CLASS_FIX, STOP_FIX], PRECISE),
        ab_message(APP, rng, L("My attendance for BIL305 today was not recorded although I "
                               "was in class", TEXT), {"ogrenci_tipi": "degisim"}),
    ]
