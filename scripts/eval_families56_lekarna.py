"""Pharmacy delivery in Prague "Lekovka" (its API's keys are Czech: jmeno, prijmeni, rodne_cislo,
telefon, adresa, psc; she is in Prague for a semester): sign-up, log-in, ``/ja`` with a JWT, the
identity check for prescriptions (birth number), the delivery address with a note for the
courier, an e-prescription token, a search, the basket, the pharmacist's questionnaire, the
order and its status by number in the path, her position shared with the courier, a chat with
the pharmacist, a paper prescription's photo, reminders, a review, a referral, hubs nearby, push,
events, a cookie GET and a Play subscription check."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families56_kit import (
    COURIER_AT,
    CZ_HOME,
    CZ_HOME_AT,
    EPRESCRIPTION,
    HUB,
    MED,
    NATID,
    OBJEDNAVKA,
    RODNE_CISLO,
    SUKL,
    fix,
    obj,
)
from eval_families56_sdk import ao_bid, cm_crash, cm_crumb, lm_event, lm_launch, sw_batch
from eval_families56_svc import aq_search, bz_register, ch_card, ch_confirm, pm_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lekovka", "Lekovka", "com.example.lekovka", "4.2.1", "https://api.lekovka.example.com")
IID = "X-Lekovka-Zarizeni"
PW = "Vltava!Most2291"
CS = {"Accept-Language": L("cs-CZ,cs;q=0.9,en;q=0.7", DEV)}
PRG, TZ = "Europe/Prague", "Europe/Prague"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(CS, **kw.pop("extra", {}))
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def _adresa() -> dict[str, Any]:
    la, lo = fix(CZ_HOME_AT, 6)
    return {"ulice": L(CZ_HOME["ulice"], "contact.address"),
            "byt": L(CZ_HOME["byt"], "contact.address"), "mesto": L(CZ_HOME["mesto"], COARSE),
            "psc": L(CZ_HOME["psc"], COARSE), "zeme": L("CZ", COARSE), "lat": la, "lon": lo}


def lekovka() -> list[Case]:
    rng = random.Random(5611)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jmeno=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    sla, slo = fix(CZ_HOME_AT, 5)
    return [
        case(f, f"{a}/api/v2/registrace", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "heslo": L(PW, CRED), "jmeno": L(FIRST, NAMEC),
            "prijmeni": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "datum_narozeni": L("17.05.1991", BIRTH), "souhlas_marketing": False}),
        case(f, f"{a}/api/v2/prihlaseni", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "heslo": L(PW, CRED), "zarizeni": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/overeni", headers=_h(rng, **b), body={
            "rodne_cislo": L(RODNE_CISLO, NATID),
            "cislo_pojistence": L(RODNE_CISLO.replace("/", ""), NATID),
            "pojistovna": "111", "jmeno": L(FIRST, NAMEC), "prijmeni": L(LAST, NAMEC)}),
        case(f, f"{a}/api/v2/adresy", headers=_h(rng, **b), body={
            "adresa": _adresa(), "vychozi": True,
            "poznamka": L("Zvonek DOE, 3. patro vlevo, kód od vchodu 4471",
                          f"{TEXT}|contact.address")}),
        case(f, f"{a}/api/v2/erecept", fmt="form", headers=_h(rng, **b), body={
            "identifikator": L(EPRESCRIPTION, MED), "zdroj": "sms"}),
        case(f, f"{a}/api/v2/hledat", headers=_h(rng, **b), query={
            "q": L("nosní sprej pro děti", SEARCH), "strana": "1", "razeni": "cena"}),
        case(f, f"{a}/api/v2/kosik", headers=_h(rng, **b), body={
            "polozky": [{"sukl": s, "mnozstvi": 1, "cena": p}
                        for s, p in zip(SUKL, [129.0, 89.9, 214.0], strict=True)],
            "kosik_id": obj(rng, "ks", 10)}),
        case(f, f"{a}/api/v2/dotaznik", headers=_h(rng, **b), body={
            "tehotenstvi": L(False, SENS), "kojeni": L(False, SENS),
            "alergie": [L("penicilin", MED)],
            "uzivane_leky": [L("Warfarin 3 mg", MED), L("Euthyrox 50", MED)],
            "diagnozy": [L("hypotyreóza", MED)], "vek": L(34, BIRTH)}),
        case(f, f"{a}/api/v2/objednavky", headers=_h(rng, **b), body={
            "cislo": L(OBJEDNAVKA, BUY), "doprava": "kuryr", "okno": "2025-12-10T16:00/18:00",
            "celkem": L("489.00", BUY), "mena": "CZK", "adresa_id": obj(rng, "adr", 8),
            "sklad": HUB["id"]}),
        at_path(case(f, f"{a}/api/v2/objednavky/{OBJEDNAVKA}/stav", headers=_h(rng, **b)),
                OBJEDNAVKA, BUY),
        case(f, f"{a}/api/v2/objednavky/{OBJEDNAVKA}/poloha", fmt="form",
             headers=_h(rng, **b), body={"lat": sla, "lon": slo, "presnost": "11"}),
        case(f, f"{a}/api/v2/zpravy", headers=_h(rng, **b), body={
            "vlakno": obj(rng, "vl", 8), "komu": "lekarnik",
            "text": L("Můžu brát ibuprofen, když užívám warfarin?", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v2/recepty/foto", [
            ("foto", "recept.jpg", "image/jpeg", L(JPEG + b"\x56", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"strana": 1, "kvalita": 0.91})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/pripominky", fmt="form", headers=_h(rng, **b), body={
            "lek": L("Euthyrox 50", MED), "cas": "07:00", "dny": "po,ut,st,ct,pa,so,ne",
            "tz": L(TZ, DEV)}),
        case(f, f"{a}/api/v2/hodnoceni", headers=_h(rng, **b), body={
            "objednavka": L(OBJEDNAVKA, BUY), "hvezdicky": 5,
            "text": L("Kurýr byl rychlý a milý, díky!", TEXT)}),
        case(f, f"{a}/api/v2/doporuceni", headers=_h(rng, **b), body={
            "jmeno": L("Tereza Malá", NAMEC), "telefon": L("+420 605 555 218", TEL),
            "kod": "JANE-7Q2"}),
        case(f, f"{a}/api/v2/sklady", headers=_h(rng, how="upper"), query={
            "poloha": L(f"{CZ_HOME_AT[0]:.3f},{CZ_HOME_AT[1]:.3f}", PRECISE), "radius": "3000"}),
        case(f, f"{a}/api/v2/kurier", headers=_h(rng, **b), query={
            "objednavka": L(OBJEDNAVKA, BUY), "od": "1765384000"}),
        case(f, f"{a}/api/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "zarizeni": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "jazyk": L("cs_CZ", DEV)}),
        case(f, f"{a}/api/v2/udalosti", gz=True, headers=_h(rng, **b), body={
            "uzivatel": L(USER_ID, UID), "udalosti": [
                ev("recept_nahran", 1), ev("objednavka_odeslana", 2, polozek=3),
                ev("obrazovka", 3, nazev=L("SledovaniKuryra", USAGE))],
            "kuryr": {"lat": COURIER_AT[0], "lon": COURIER_AT[1]}}),
        case(f, f"{a}/api/v2/kupony", headers=_h(rng, how="none"),
             cookies={"lk_sess": L(opaque(rng, "", 40), CRED), "lk_dev": L(INSTALL_ID, DID),
                      "lang": L("cs", DEV)}),
        case(f, f"{a}/api/v2/predplatne/overit", headers=_h(rng, **b), body={
            "produkt": L("lekovka_plus_mesicni", BUY), "objednavka": L(
                "GPA.3318-2204-7712-40981", BUY), "token": L(play_token(rng), BUY)}),
    ]


def lekovka_sdks() -> list[Case]:
    rng = random.Random(5612)
    return [
        sw_batch(APP, rng, [("Objednavka Odeslana", {"polozek": 3, "doprava": "kuryr"}),
                            ("Recept Nahran", {"zdroj": "foto"})],
                 at=CZ_HOME_AT, nd=2, tz=PRG, locale="cs-CZ"),
        lm_launch(APP, rng, first=True, lang="cs"),
        lm_event(APP, rng, "purchase", {"items": 3}, revenue=489.0, currency="CZK", hashed=True,
                 lang="cs"),
        ao_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CZ_HOME_AT, nd=3, country="CZE",
               lang="cs"),
        cm_crash(APP, rng, ("java.lang.NullPointerException", "courier marker null"),
                 [cm_crumb("nav", "Objednavka -> Sledovani"),
                  cm_crumb("net", "GET /api/v2/kurier", {"status": 200})],
                 screen="SledovaniActivity", tz=PRG, locale="cs_CZ"),
        bz_register(APP, rng, tags={"mesto": L("Praha", COARSE)}, tz=PRG, lang="cs"),
        pm_save(APP, rng, {"analytics": True, "ads": False}, country="CZ", region="PR",
                lang="cs"),
        ch_card(APP, rng, "12000"),
        ch_confirm(APP, rng, "489.00", "czk"),
        aq_search(APP, rng, "Korunní 1208/74", "contact.address", near=CZ_HOME_AT, nd=4,
                  lang="cs"),
    ]
