"""Kyiv clinic-booking and e-prescription app "Zdorovynka" (its API's keys are transliterated
Ukrainian: ``imya``, ``prizvyshche``, ``telefon``, ``adresa``, ``data_narodzhennya``, ``stat``,
``poshta``...; she is on a six-month posting in Kyiv with an aid organisation): registration,
SMS log-in, ``/profil`` with a JWT, her Kyiv address, her residence permit and passport, a
family-doctor declaration, doctors near her flat, a paid consultation, the medical questionnaire,
her insurance policy, a photo for a tele-consultation, an e-prescription fetched by number and
code and reserved at a pharmacy, pharmacies and air-raid shelters nearby, lab results sent to her
New York doctor, a message to the clinic, a cancellation, reminders, push, events and the
bookings by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PHONE_NOPLUS,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims, head
from eval_families25_kit import DOCTOR
from eval_families63_kit import (
    KY_CLINIC,
    KY_DOCTOR,
    KY_HOME,
    KY_HOME_AT,
    KY_OFFICE_FIX,
    KY_PHARMACY,
    POLIS_UA,
    POSVIDKA,
    RX_CODE,
    RX_UA,
    ZAPYS,
    App63,
    fix,
    obj,
)
from eval_families63_sdk import fp_crumb, fp_report, sw_event, sw_open, tb_batch, tb_identify
from eval_families63_svc import fg_eval, pbay_save, pm_card, pm_confirm, pw_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App63("zdorovynka", "Zdorovynka", "ua.example.zdorovynka", "5.4.2",
            "https://api.zdorovynka.example.com", loc="uk_UA")
IID = "X-Prystrii-Id"
PW = "Kashtan-Podil-19"
KARTA = "PC-0031-77412"  # her patient-card number at the clinic (id.user)
TZ = "Europe/Kyiv"
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {"Accept-Language": L("uk-UA,uk;q=0.9,en-US;q=0.7", DEV), **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def _addr() -> dict[str, Any]:
    return {"vulytsia": L(KY_HOME["vulytsia"], ADDR), "kvartyra": L(KY_HOME["kvartyra"], ADDR),
            "indeks": L(KY_HOME["indeks"], COARSE), "misto": L(KY_HOME["misto"], COARSE)}


def zdorovynka() -> list[Case]:
    rng = random.Random(6311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), karta=L(KARTA, UID)))}
    hla, hlo = fix(KY_HOME_AT)
    return [
        case(f, f"{a}/v2/reiestratsiia", headers=_h(rng), body={
            "imya": L(FIRST, NAMEC), "prizvyshche": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "poshta": L(EMAIL, MAIL), "data_narodzhennya": L("17.05.1991", BIRTH),
            "stat": L("zhinocha", GENDER), "parol": L(PW, CRED), "hromadianstvo": "US",
            "mova": L("uk", DEV), "rozsylka": False}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kanal": "sms"}),
        case(f, f"{a}/v2/auth/sms/pidtverdyty", fmt="form", headers=_h(rng), body={
            "telefon": L(PHONE_NOPLUS, TEL), "kod": L("530914", CRED)}),
        case(f, f"{a}/v2/profil", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profil/adresa", headers=_h(rng, **b), body={
            "adresa": _addr(), "koordynaty": {"lat": hla, "lon": hlo}, "typ": "tymchasova"}),
        multipart(f, f"{a}/v2/dokumenty", [
            ("skan", "posvidka.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("dani", None, "application/json", {
                "nomer_posvidky": L(POSVIDKA, NATID), "pasport": L(PASSPORT, NATID),
                "diisna_do": "2026-06-30", "typ": "posvidka_tymchasova"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/deklaratsiia", headers=_h(rng, **b), body={
            "likar": KY_DOCTOR["id"], "filiia": KY_CLINIC["id"],
            "patsiient": {"imya": L(FIRST, NAMEC), "prizvyshche": L(LAST, NAMEC),
                          "data_narodzhennya": L(DOB, BIRTH), "telefon": L(PHONE, TEL)},
            "kod_z_sms": L("771205", CRED), "zghoda_ehealth": True}),
        case(f, f"{a}/v2/likari", headers=_h(rng, **b), query={
            "spetsialnist": "terapevt", "lat": L(f"{KY_HOME_AT[0]:.4f}", PRECISE),
            "lon": L(f"{KY_HOME_AT[1]:.4f}", PRECISE), "radius_km": "3"}),
        case(f, f"{a}/v2/zapysy", headers=_h(rng, **b), body={
            "likar": {"id": KY_DOCTOR["id"], "pib": KY_DOCTOR["pib"]},
            "filiia": {"id": KY_CLINIC["id"], "adresa": KY_CLINIC["adresa"],
                       "telefon": KY_CLINIC["telefon"], "lat": KY_CLINIC["lat"],
                       "lon": KY_CLINIC["lon"]},
            "chas": "2025-12-15T10:20:00+02:00", "tsina": L("850.00", BUY), "valiuta": "UAH",
            "skarhy": L("Headaches in the mornings, home blood pressure 150/95", TM)}),
        case(f, f"{a}/v2/anketa", headers=_h(rng, **b), body={
            "alerhii": [L("penitsylin", MED)], "khronichni": [L("hipertoniia", MED)],
            "liky": [{"nazva": L("Amlodypin", MED), "doza": L("5 mh", MED)}],
            "vaha_kg": L(64.5, FIT), "zrist_sm": L(168, FIT), "tysk": L("150/95", MED),
            "kurinnia": L(False, MED), "vahitnist": L(False, SENS),
            "hrupa_krovi": L("A(II)+", MED)}),
        case(f, f"{a}/v2/polis", headers=_h(rng, **b), body={
            "nomer": L(POLIS_UA, MED), "strakhovyk": "Lelekasure",
            "dii_do": "2026-05-31"}),
        multipart(f, f"{a}/v2/telemedytsyna/foto", [
            ("foto", "shkira.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{MED}")),
            ("dani", None, "application/json", {
                "zapys": L(ZAPYS, BUY), "opys": L("Rash on my forearm since Monday, itchy", TM)})],
            headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v2/e-retsepty/{RX_UA}", headers=_h(rng, **b),
                     query={"kod": L(RX_CODE, CRED)}), RX_UA, MED),
        case(f, f"{a}/v2/apteky/rezerv", headers=_h(rng, **b), body={
            "apteka": {"id": KY_PHARMACY["id"], "nazva": KY_PHARMACY["nazva"],
                       "adresa": KY_PHARMACY["adresa"], "telefon": KY_PHARMACY["telefon"]},
            "retsept": L(RX_UA, MED), "kod": L(RX_CODE, CRED),
            "preparat": L("Amlodypin 5 mh N30", MED), "kilkist": 1, "suma": L("112.40", BUY)}),
        case(f, f"{a}/v2/apteky/poruch", headers=_h(rng, **b), query={
            "koordynaty": L(f"{KY_HOME_AT[0]:.5f},{KY_HOME_AT[1]:.5f}", PRECISE),
            "preparat": L("amlodypin", f"{SEARCH}|{MED}"), "vidkryti": "1"}),
        case(f, f"{a}/v2/ukryttia", headers=_h(rng, **b), query={
            "lat": L(f"{KY_OFFICE_FIX[0]:.4f}", PRECISE),
            "lon": L(f"{KY_OFFICE_FIX[1]:.4f}", PRECISE), "typ": "vsi"}),
        case(f, f"{a}/v2/analizy/{obj(rng, 'an', 8)}/nadislaty", fmt="form",
             headers=_h(rng, **b), body={
                 "oderzhuvach": L(DOCTOR[0], NAMEC), "poshta": L(DOCTOR[1], MAIL),
                 "mova_zvitu": "en"}),
        case(f, f"{a}/v2/povidomlennia", headers=_h(rng, **b), body={
            "likar": KY_DOCTOR["id"], "potik": obj(rng, "pt", 8),
            "tekst": L("Can I take amlodipine together with ibuprofen for the headaches?", TM)}),
        at_path(case(f, f"{a}/v2/zapysy/{ZAPYS}/skasuvaty", headers=_h(rng, **b), body={
            "prychyna": L("Work trip to Lviv that week", TEXT), "povernennia": True}),
            ZAPYS, BUY),
        case(f, f"{a}/v2/nahaduvannia", fmt="form", headers=_h(rng, **b), body={
            "preparat": L("Amlodypin 5 mh", MED), "chas": "08:00", "tz": L(TZ, DEV)}),
        case(f, f"{a}/v2/prystroi", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "prystrii": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "mova": L("uk", DEV)}),
        case(f, f"{a}/v2/podii", gz=True, headers=_h(rng, **b), body={
            "korystuvach": L(USER_ID, UID), "podii": [
                ev("zapys_stvoreno", 1, likar=KY_DOCTOR["id"]), ev("retsept_vidkryto", 2),
                ev("ekran", 3, ekran=L("MoiZapysy", USAGE))]}),
        case(f, f"{a}/v2/zapysy", headers=_h(rng, how="none"), cookies={
            "zd_sesiia": L(opaque(rng, "", 40), CRED), "zd_prystrii": L(INSTALL_ID, DID)}),
    ]


def zdorovynka_sdks() -> list[Case]:
    rng = random.Random(6312)
    return [
        tb_batch(APP, rng, [("Zapys Stvoreno", {"spetsialnist": "terapevt"}),
                            ("Retsept Vidkryto", {"kilkist": 1})],
                 at=KY_HOME_AT, nd=2, tz=TZ, locale="uk-UA"),
        tb_identify(APP, rng, {"misto": L("Kyiv", COARSE), "mova": L("uk", DEV),
                               "karta": L(KARTA, UID), "stat": L("zhinocha", GENDER)}),
        sw_open(APP, rng, first=True),
        sw_event(APP, rng, "konsultatsiia_oplachena", {"filiia": KY_CLINIC["id"]},
                 revenue=850.0, currency="UAH", hashed=True),
        fp_report(APP, rng, ("java.lang.IllegalStateException", "retsept qr not rendered"),
                  [fp_crumb("nav", "Retsepty -> Retsept"),
                   fp_crumb("http", "GET /v2/e-retsepty", {"status": 200})],
                  screen="RetseptActivity", tz=TZ),
        fg_eval(APP, rng, {"misto": L("Kyiv", COARSE), "eRetsept": True}, hdr=True),
        pw_register(APP, rng, tags={"filiia": KY_CLINIC["id"]}, tz=TZ, lang="uk-UA"),
        pbay_save(APP, rng, {"analytics": True, "ads": False}, country="UA", region="30"),
        pm_card(APP, rng, zip_=None, country="UA"),
        pm_confirm(APP, rng, "850.00", "uah"),
    ]
