"""Baku motor-insurance app "Avtoqalxan" (its API's keys are Azerbaijani: ad, soyad,
telefon_nomresi, e_poct, unvan, seher, fin_kod, dogum_tarixi, sifre, hayat_yoldasi, ...; she keeps
a car in Baku during her assignment): sign-up with her FIN code, an SMS code, a log-in, ``/men``
with a JWT, her Baku address, the car and its registration certificate's photo, a quote with her
husband as a named driver, the compulsory policy bought, the policy's document by number in the
path, offices near her, an inspection booked, roadside help, a claim for a scrape (the site, the
other driver, photos, a note about her neck), an extension, a password change, a referral, push,
events and the notices by a cookie GET."""

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
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families95_kit import (
    AVQ_OFFICE,
    BAKU_HOME,
    BAKU_HOME_AT,
    CAR,
    CRASH_AT,
    FIN,
    LICENCE,
    OTHER_DRIVER,
    POLICY,
    SPOUSE,
    fix,
    obj,
)
from eval_families95_sdk import (
    cm_batch,
    cm_identify,
    fm_crash,
    fm_crumb,
    fm_sessions,
    sm_event,
    sm_install,
)
from eval_families95_svc import aw_message, ce_reverse, cr_card, cr_confirm, pt_register, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("avtoqalxan", "Avtoqalxan", "com.example.avtoqalxan", "5.2.0",
          "https://api.avtoqalxan.example.com")
IID = "X-Cihaz-Id"
SIFRE = "Qala-Divar!58"
DOB_AZ = "17.05.1991"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("az-AZ,az;q=0.9,en-US;q=0.8", DEV)
    return h


def avtoqalxan() -> list[Case]:
    rng = random.Random(9511)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, fin=L(FIN, NATID), polis=L(POLICY, UID)))}
    b = {"auth": "bearer"}
    hadise = obj(rng, "hd", 8)
    hla, hlo = fix(CRASH_AT)
    ela, elo = fix(BAKU_HOME_AT, 5)
    sened = at_path(case(f, f"{a}/v1/polisler/{POLICY}/sened", query={"format": "pdf"},
                         headers=_h(rng, **b)), POLICY, UID)
    return [
        case(f, f"{a}/v1/qeydiyyat", headers=_h(rng), body={
            "ad": L(FIRST, NAMEC), "soyad": L(LAST, NAMEC), "telefon_nomresi": L(E164, TEL),
            "e_poct": L(EMAIL, MAIL), "sifre": L(SIFRE, CRED), "dogum_tarixi": L(DOB_AZ, BIRTH),
            "cins": L("qadın", GENDER), "fin_kod": L(FIN, NATID), "seher": L("Bakı", COARSE),
            "razilig": True}),
        case(f, f"{a}/v1/otp/yoxla", fmt="form", headers=_h(rng), body={
            "telefon_nomresi": L(PHONE, TEL), "kod": L("482913", CRED), "sessiya": rid(rng)}),
        case(f, f"{a}/v1/giris", fmt="form", headers=_h(rng), body={
            "e_poct": L(EMAIL_UPPER, MAIL), "sifre": L(SIFRE, CRED),
            "cihaz": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profil/unvan", headers=_h(rng, **b), body={
            "unvan": L(BAKU_HOME["unvan"], ADDR), "seher": L(BAKU_HOME["seher"], COARSE),
            "poct_indeksi": L(BAKU_HOME["indeks"], COARSE), "enlik": ela, "uzunluq": elo}),
        case(f, f"{a}/v1/avtomobiller", headers=_h(rng, **b), body={
            "dovlet_nisani": L(CAR["plate"], HW), "vin_kod": L(CAR["vin"], HW),
            "marka": CAR["marka"], "model": CAR["model"], "buraxilis_ili": CAR["il"],
            "muherrik_hecmi": "2.0", "reng": "boz"}),
        multipart(f, f"{a}/v1/avtomobiller/texpasport", [
            ("sekil", "texpasport.jpg", "image/jpeg", L(JPEG + b"\x95", MEDIA)),
            ("melumat", None, "application/json", {"dovlet_nisani": L(CAR["plate"], HW),
                                                   "teref": "on"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/qiymet", headers=_h(rng, **b), body={
            "dovlet_nisani": L(CAR["plate"], HW), "muddet_ay": 12, "nov": "icbari",
            "suruculuk_vesiqesi": L(LICENCE, NATID), "staj_il": 14,
            "hayat_yoldasi": {"ad": L(SPOUSE[0].split()[0], NAMEC),
                              "soyad": L(SPOUSE[0].split()[1], NAMEC),
                              "telefon_nomresi": L(SPOUSE[1], TEL),
                              "dogum_tarixi": L("02.11.1989", BIRTH),
                              "suruculuk_vesiqesi": L(SPOUSE[3], NATID)}}),
        case(f, f"{a}/v1/polisler", headers=_h(rng, **b), body={
            "qiymet_id": obj(rng, "qt", 8), "mebleg": L("68.00", BUY), "valyuta": "AZN",
            "odenis_usulu": "kart", "baslama": "2025-12-10", "fin_kod": L(FIN, NATID)}),
        sened,
        case(f, f"{a}/v1/ofisler", headers=_h(rng, **b), query={
            "enlik": L(f"{BAKU_HOME_AT[0]:.3f}", PRECISE),
            "uzunluq": L(f"{BAKU_HOME_AT[1]:.3f}", PRECISE), "radius_km": "5"}),
        case(f, f"{a}/v1/texniki-baxis", headers=_h(rng, **b), body={
            "ofis": {"id": AVQ_OFFICE["id"], "ad": AVQ_OFFICE["ad"], "tel": AVQ_OFFICE["tel"],
                     "unvan": AVQ_OFFICE["unvan"], "lat": AVQ_OFFICE["lat"],
                     "lon": AVQ_OFFICE["lon"]},
            "vaxt": "2025-12-15T10:30", "dovlet_nisani": L(CAR["plate"], HW),
            "telefon_nomresi": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/yol-yardimi", headers=_h(rng, **b), body={
            "polis": L(POLICY, UID), "enlik": L(40.37127, PRECISE), "uzunluq": L(49.86403, PRECISE),
            "qeyd": L("Sağ ön təkər partladı, ehtiyat təkər yoxdur", TEXT),
            "telefon_nomresi": L(E164, TEL), "dovlet_nisani": L(CAR["plate"], HW)}),
        case(f, f"{a}/v1/hadiseler", headers=_h(rng, **b), body={
            "id": hadise, "polis": L(POLICY, UID), "tarix": "2025-12-08T18:42",
            "yer": {"enlik": hla, "uzunluq": hlo, "deqiqlik": 9},
            "tesvir": L("Parkdan çıxanda arxadan gələn maşın sol arxa qapını cızdı", TEXT),
            "diger_surucu": {"ad": L(OTHER_DRIVER[0], NAMEC),
                             "telefon_nomresi": L(OTHER_DRIVER[1], TEL),
                             "dovlet_nisani": L(OTHER_DRIVER[2], HW)},
            "yarali_var": False, "polis_cagirildi": False}),
        multipart(f, f"{a}/v1/hadiseler/{hadise}/sekiller", [
            ("sekil", "cizik_1.jpg", "image/jpeg", L(JPEG + b"\x96", MEDIA)),
            ("melumat", None, "application/json", {"hisse": "sol_arxa_qapi", "say": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hadiseler/{hadise}/mesajlar", fmt="form", headers=_h(rng, **b), body={
            "metn": L("Boynum bir az ağrıyır, sabah həkimə gedirəm", f"{TEXT}|{MED}"),
            "mesaj_id": rid(rng)}),
        case(f, f"{a}/v1/polisler/uzat", fmt="form", headers=_h(rng, **b), body={
            "polis": L(POLICY, UID), "muddet_ay": "6", "mebleg": L("34.00", BUY)}),
        case(f, f"{a}/v1/sifre/deyis", fmt="form", headers=_h(rng, **b), body={
            "kohne_sifre": L(SIFRE, CRED), "yeni_sifre": L("Qala-Divar!59", CRED)}),
        case(f, f"{a}/v1/bonus/dost", headers=_h(rng, **b), body={
            "dost_ad": L(PEOPLE[0][0], NAMEC), "dost_telefon": L(PEOPLE[0][1], TEL),
            "kampaniya": "dost25"}),
        case(f, f"{a}/v1/cihazlar", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "qurasdirma_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "emeliyyat_sistemi": L("Android 14", DEV),
            "dil": L("az_AZ", DEV), "saat_qursagi": L("Asia/Baku", DEV)}),
        case(f, f"{a}/v1/analitika", gz=True, headers=_h(rng, **b), body={
            "istifadeci_id": L(USER_ID, UID), "hadiseler": [
                ev("qiymet_alindi", 1, mebleg=68), ev("polis_alindi", 2),
                ev("ekran", 3, ekran=L("HadiseFormu", USAGE))]}),
        case(f, f"{a}/v1/bildirisler", headers=_h(rng, how="none"),
             cookies={"avq_sess": L(opaque(rng, "", 40), CRED),
                      "avq_cihaz": L(INSTALL_ID, DID), "avq_dil": "az"}),
    ]


def avtoqalxan_sdks() -> list[Case]:
    rng = random.Random(9512)
    return [
        cm_batch(APP, rng, [("Quote Viewed", {"premium": 68.0, "term": 12}),
                            ("Policy Purchased", {"amount": L("68.00", BUY), "currency": "AZN"})],
                 baku=True, tz="Asia/Baku", locale="az-AZ"),
        cm_identify(APP, rng, {"seher": L("Bakı", COARSE), "polis": L(POLICY, UID),
                               "avtomobil": "Kia Sportage"}),
        sm_install(APP, rng, baku=True),
        sm_event(APP, rng, "policy_purchase", {"polis": L(POLICY, UID), "nov": "icbari"},
                 revenue="68.00", currency="AZN", hashed=True),
        fm_crash(APP, rng, ("java.lang.IllegalStateException", "camera not ready"),
                 [fm_crumb("navigation", "Hadise -> Sekiller"),
                  fm_crumb("request", "POST", {"url": f"{APP.api}/v1/hadiseler", "status": 201})],
                 screen="ClaimPhotoActivity", tz="Asia/Baku"),
        fm_sessions(APP, rng, [9, 3]),
        sb_eval(APP, rng, {"seher": L("Bakı", COARSE), "hasClaim": True}, country="AZ"),
        pt_register(APP, rng, tz="Asia/Baku", lang="az", at=BAKU_HOME_AT, nd=2,
                    tags={"polis_novu": "icbari"}),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "68.00", "azn"),
        ce_reverse(APP, rng, CRASH_AT, PRECISE, nd=5),
        aw_message(APP, rng, L("Polisim PDF kimi açılmır, nömrəsi AVQ-ICB-25-0048812",
                               f"{TEXT}|{UID}"), {"polis": L(POLICY, UID)}),
    ]
