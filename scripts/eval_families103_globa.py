"""Sofia public-transport fine-payment app "Globoza" (its API's keys are Bulgarian in Latin
letters): registration (``ime``, ``familiya``, ``telefon``, ``adres``, ``grad``, ``egn``,
``data_na_razhdane``, ``parola``), a log-in and an SMS check, ``/profil`` with a JWT, fines looked
up by her personal number, a penalty notice by number in the path, its payment, a photo of the
paper notice, an objection, her transit card linked, topped up and its trips, a validation on the
tram (msgpack), her husband added (``sapruzhnik``) and his fines checked, an invoice for her
employer, an address change, ticket machines nearby, a device check with the flat's Wi-Fi, push,
events, notices by a cookie GET, a support message and a receipt by e-mail."""

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
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families103_kit import (
    CITY_CARD,
    DOB_BG,
    EMPLOYER,
    FINE_ACT,
    INSPECTOR,
    LNCH,
    PARTNER_LNCH,
    PHONE_00,
    SOFIA_AT,
    SOFIA_BSSID,
    SOFIA_HOME,
    SOFIA_SSID,
    TRAM,
    TRAM_FIX,
    fix,
    obj,
)
from eval_families103_sdk import ae_event, ae_session, aw_bid, fq_crash, fq_crumb, gf_batch
from eval_families103_svc import cm_reverse, pm_register, st_eval, tb_card, tb_confirm
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("globoza", "Globoza", "com.example.globoza", "4.2.1",
          "https://api.globoza.example.com")
IID = "X-Globoza-Ustroystvo"
PW = "Vitosha#Tram5"
ADRES = f"{SOFIA_HOME['street']}, {SOFIA_HOME['flat']}"
A_URL = f"https://api.globoza.example.com/v1/globi/{FINE_ACT}"
K_URL = f"https://api.globoza.example.com/v1/karti/{CITY_CARD}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("bg-BG,bg;q=0.9,en;q=0.8", DEV)
    return h


def globoza() -> list[Case]:
    rng = random.Random(10311)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, egn=L(LNCH, NATID), tel=L(E164, TEL)))}
    b = {"auth": "bearer"}
    tla, tlo = fix(TRAM_FIX)
    ctk = L(opaque(rng, "ctk_", 24), PAY)
    pid = obj(rng, "pl", 10)
    return [
        case(f, f"{a}/v1/registratsiya", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "telefon": L(PHONE_00, TEL),
            "email": L(EMAIL, MAIL), "parola": L(PW, CRED), "egn": L(LNCH, NATID),
            "data_na_razhdane": L(DOB_BG, BIRTH), "adres": L(ADRES, ADDR),
            "grad": L("Sofia", COARSE), "poshtenski_kod": L(SOFIA_HOME["zip"], COARSE),
            "grazhdanstvo": "USA", "saglasie_obshti_usloviya": True}),
        case(f, f"{a}/v1/vhod", fmt="form", headers=_h(rng), body={
            "potrebitel": L(EMAIL_UPPER, MAIL), "parola": L(PW, CRED), "zapomni": "1"}),
        case(f, f"{a}/v1/sms/potvarzhdenie", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("482913", CRED)}),
        case(f, f"{a}/v1/profil", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/globi", headers=_h(rng, **b), query={
            "egn": L(LNCH, NATID), "status": "neplateni", "stranitsa": "1"}),
        at_path(case(f, A_URL, headers=_h(rng, **b)), FINE_ACT, BUY),
        at_path(case(f, f"{A_URL}/plashtane", headers=_h(rng, **b), body={
            "suma": L("40.00", BUY), "valuta": "BGN", "nachin": "karta",
            "karta_posledni4": L("4444", PAY), "token": ctk,
            "platets": {"ime": L(NAME, NAMEC), "email": L(EMAIL, MAIL)},
            "zayavka": obj(rng, "zq", 12)}), FINE_ACT, BUY),
        multipart(f, f"{a}/v1/globi/snimka", [
            ("snimka", "akt.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("danni", None, "application/json", {
                "nomer_na_akt": L(FINE_ACT, BUY), "inspektor": INSPECTOR,
                "liniya": TRAM["line"], "prevozno_sredstvo": TRAM["vehicle"]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/vazrazheniya", [
            ("danni", None, "application/json", {
                "akt": L(FINE_ACT, BUY), "karta": L(CITY_CARD, UID),
                "tekst": L("I had a valid 30-day card; the validator by the middle door of "
                           "tram 5 was switched off", TEXT),
                "spirka": TRAM["stopName"], "spirka_kod": TRAM["stop"]}),
            ("prilozhenie", "karta.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/karti", fmt="form", headers=_h(rng, **b), body={
            "nomer_na_karta": L(CITY_CARD, UID), "ime_na_kartata": L(NAME, NAMEC),
            "egn": L(LNCH, NATID)}),
        at_path(case(f, f"{K_URL}/zarezhdane", headers=_h(rng, **b), body={
            "produkt": L("30 dni, vsichki linii", BUY), "suma": L("50.00", BUY),
            "valuta": "BGN", "token": ctk}), CITY_CARD, UID),
        at_path(case(f, f"{K_URL}/patuvaniya", headers=_h(rng, **b), query={
            "ot": "2025-11-01", "do": "2025-12-10"}), CITY_CARD, UID),
        case(f, f"{a}/v1/validatsii", fmt="msgpack", headers=_h(rng, **b), body={
            "karta": L(CITY_CARD, UID), "prevozno": TRAM["vehicle"], "liniya": TRAM["line"],
            "lat": tla, "lon": tlo, "tochnost": 9, "vreme": 1765351234,
            "validator": "VAL-88120"}),
        case(f, f"{a}/v1/semeystvo", headers=_h(rng, **b), body={
            "sapruzhnik": {"ime": L("Alex", NAMEC), "familiya": L("Doe", NAMEC),
                           "telefon": L(PARTNER[1], TEL), "email": L(PARTNER[2], MAIL),
                           "egn": L(PARTNER_LNCH, NATID)}, "sazhitelstvo": True}),
        case(f, f"{a}/v1/globi/proverka", fmt="form", headers=_h(rng, **b), body={
            "egn": L(PARTNER_LNCH, NATID), "za": "sapruzhnik"}),
        case(f, f"{a}/v1/fakturi", headers=_h(rng, **b), body={
            "firma": EMPLOYER["firma"], "eik": EMPLOYER["eik"],
            "adres_na_firmata": EMPLOYER["adres"], "tel_na_firmata": EMPLOYER["tel"],
            "mol": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "plashtane": pid}),
        case(f, f"{a}/v1/adres", headers=_h(rng, **b), body={
            "adres": L(ADRES, ADDR), "grad": L("Sofia", COARSE),
            "poshtenski_kod": L(SOFIA_HOME["zip"], COARSE), "oblast": L("Sofia-grad", COARSE),
            "rayon": L(SOFIA_HOME["district"], COARSE)}),
        case(f, f"{a}/v1/avtomati", headers=_h(rng, how="upper"), query={
            "lat": L(f"{SOFIA_AT[0]:.3f}", PRECISE), "lon": L(f"{SOFIA_AT[1]:.3f}", PRECISE),
            "radius": "600"}),
        case(f, f"{a}/v1/ustroystvo/proverka", headers=_h(rng, **b), body={
            "ustroystvo": L(INSTALL_ID, DID), "android_id": L(ANDROID_ID, DID),
            "wifi": {"ssid": L(SOFIA_SSID, WIFI), "bssid": L(SOFIA_BSSID, WIFI)},
            "lokalen_ip": L(LOCAL_IP, DEV), "root": L(False, DEV), "vpn": L(False, DEV)}),
        case(f, f"{a}/v1/ustroystva", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "ustroystvo": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "ezik": L("bg", DEV),
            "chasova_zona": L("Europe/Sofia", DEV)}),
        case(f, f"{a}/v1/sabitiya", gz=True, headers=_h(rng, **b), body={
            "potrebitel": L(USER_ID, UID), "sabitiya": [
                ev("globa_platena", 1, suma=L("40.00", BUY)), ev("karta_zaredena", 2),
                ev("ekran", 3, ekran=L("Vazrazhenie", USAGE))]}),
        case(f, f"{a}/v1/izvestiya", headers=_h(rng, how="none"),
             cookies={"gz_sesiya": L(opaque(rng, "", 40), CRED),
                      "gz_ustr": L(INSTALL_ID.upper(), DID), "gz_ezik": L("bg", DEV)}),
        case(f, f"{a}/v1/podkrepa", headers=_h(rng, **b), body={
            "tema": "dvoyno_plashtane", "email": L(EMAIL_MIXED, MAIL),
            "tekst": L(f"I paid fine {FINE_ACT} twice, please refund one of the payments",
                       f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/plashtaniya/{pid}/razpiska", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL_MIXED, MAIL), "razpiska": L("R-2025-1209-44817", BUY),
            "ezik": "en"}),
    ]


def globoza_sdks() -> list[Case]:
    rng = random.Random(10312)
    return [
        gf_batch(APP, rng, [("Fine Paid", {"amount": L(40.0, BUY), "method": "card"}),
                            ("Screen Viewed", {"screen": L("FineDetails", USAGE)})],
                 at=SOFIA_AT, nd=2, locale="bg-BG"),
        ae_session(APP, rng, first=True),
        ae_event(APP, rng, "fine_paid", {"akt": L(FINE_ACT, BUY), "kanal": "app"},
                 revenue=40.0, hashed=True),
        aw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="transport,sofia,tram"),
        fq_crash(APP, rng, ("java.lang.IllegalStateException", "camera preview not ready"),
                 [fq_crumb("navigation", "Globi -> SnimkaNaAkt"),
                  fq_crumb("request", "POST /v1/globi/snimka", {"status": 0})],
                 screen="SnimkaActivity"),
        st_eval(APP, rng, {"grad": L("Sofia", COARSE), "kartaSvarzana": True}, hdr=True),
        pm_register(APP, rng, lang="bg", tags={"linii": "5,10", "ezik": "bg"}),
        tb_card(APP, rng, email=True),
        tb_confirm(APP, rng, "40.00"),
        cm_reverse(APP, rng, SOFIA_AT, "location.precise", 5),
    ]
