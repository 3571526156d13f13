"""Thermal-bath and health-insurance app "Termalka" (a spa town near Bratislava; its API's keys
are Slovak: meno, priezvisko, telefon, adresa, ulica, mesto, psc, datum_narodenia, heslo,
rodne_cislo, email). She is on a year's posting in Bratislava. Registration, log-in, ``/ja``,
the insurance card, a spa stay prescribed by her doctor (balneotherapy), tickets, the locker
wristband at the pool, a treatment booking, a questionnaire, a photo of the referral, a review,
loyalty, push, events and a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families92_kit import (
    PREUKAZ,
    RODNE,
    SK_HOME,
    SK_HOME_AT,
    SK_PHONE,
    SPA,
    SPA_FIX,
    fix,
    obj,
)
from eval_families92_sdk import bz_event, bz_open, jb_bid, kb_crash, kb_crumb, lp_batch, lp_identify
from eval_families92_svc import ch_geocode, hl_register, pd_card, pd_pay, pr_eval, su_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("termalka", "Termalka", "com.example.termalka", "2.7.1",
          "https://api.termalka.example.com")
IID = "X-Termalka-Zariadenie"
NATID = "personal.national_id"
HESLO = "Kupele#Prameň24"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("sk-SK,sk;q=0.9,en;q=0.7", DEV)
    return h


def termalka() -> list[Case]:
    rng = random.Random(9201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), poistenec=L(PREUKAZ, MED)))}
    sk_lat, sk_lon = fix(SK_HOME_AT, 5)
    acc: Acc = {}
    sso = tok({"sub": L(USER_ID, UID), "rc": L(RODNE, NATID), "exp": 1765393600},
              "body", "poistovna_token", acc)
    return [
        case(f, f"{a}/api/registracia", headers=_h(rng), body={
            "meno": L(FIRST, NAMEC), "priezvisko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(SK_PHONE, TEL), "heslo": L(HESLO, CRED),
            "datum_narodenia": L("17.05.1991", BIRTH), "rodne_cislo": L(RODNE, NATID),
            "adresa": {"ulica": L(SK_HOME["ulica"], ADDR), "mesto": L(SK_HOME["mesto"], COARSE),
                       "psc": L(SK_HOME["psc"], COARSE), "stat": L("SK", COARSE)},
            "suhlas_marketing": False}),
        case(f, f"{a}/api/prihlasenie", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "heslo": L(HESLO, CRED), "zariadenie": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        add(case(f, f"{a}/api/poistenie/prepojit", headers=_h(rng, **b), body={
            "poistovna": "Zdravá Poisťovňa", "cislo_preukazu": L(PREUKAZ, MED),
            "poistovna_token": sso, "platnost_do": "2027-12-31"}), acc),
        multipart(f, f"{a}/api/poistenie/preukaz", [
            ("foto", "preukaz.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"cislo_preukazu": L(PREUKAZ, MED),
                                                "strana": "predna"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/kupele/pobyty", headers=_h(rng, **b), body={
            "kupele_id": SPA["id"], "typ": "liecebny", "od": "2026-01-12", "do": "2026-01-26",
            "diagnoza": L("M54.5 chronická bolesť krížov", MED),
            "odporucil": {"lekar": L("MUDr. Peter Kováč", NAMEC),
                          "telefon": L("+421255501408", TEL)},
            "doplatok_eur": L("120.00", BUY), "izba": "jednolôžková"}),
        multipart(f, f"{a}/api/kupele/poukaz", [
            ("subor", "navrh_kupele.jpg", "image/jpeg", L(JPEG + b"\x22", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pobyt": obj(rng, "pob")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/dotaznik", headers=_h(rng, **b), body={
            "vyska_cm": L(168, FIT), "vaha_kg": L(70.8, FIT),
            "ochorenia": [L("hypertenzia", MED), L("lumbago", MED)],
            "lieky": [L("Lisinopril 10 mg", MED)], "tehotenstvo": L(False, SENS),
            "kardiostimulator": L(False, MED), "alergie": [L("jód", MED)],
            "poznamka": L("Po dlhom sedení ma bolí chrbát, teplá voda pomáha",
                          f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/procedury/rezervacia", headers=_h(rng, **b), body={
            "procedura": L("perličkový kúpeľ", MED), "termin": "2026-01-13T09:30",
            "kupele": {"id": SPA["id"], "nazov": SPA["nazov"], "telefon": SPA["telefon"]},
            "cena": L("18.00", BUY)}),
        case(f, f"{a}/api/vstupenky", headers=_h(rng, **b), body={
            "typ": "celodenna", "pocet": 1, "datum": "2025-12-13",
            "cena_spolu": L("24.90", BUY),
            "platba": L("pm_" + opaque(rng, "", 20), "financial.payment")}),
        case(f, f"{a}/api/vstupenky/{obj(rng, 'vst', 8)}/qr", headers=_h(rng, **b)),
        case(f, f"{a}/api/bazen/naramok", headers=_h(rng, **b), body={
            "naramok": "RFID-88120441", "skrinka": 214, "poloha": {"lat": fix(SPA_FIX)[0],
                                                                   "lon": fix(SPA_FIX)[1]},
            "kupele": {"lat": SPA["lat"], "lon": SPA["lon"], "ulica": SPA["ulica"]}}),
        case(f, f"{a}/api/kupele/najblizsie", query={
            "lat": sk_lat, "lon": sk_lon, "polomer_km": "40"}, headers=_h(rng, **b)),
        case(f, f"{a}/api/obsadenost/{SPA['id']}", query={"den": "2025-12-13"},
             headers=_h(rng, how="upper")),
        case(f, f"{a}/api/hodnotenie", headers=_h(rng, **b), body={
            "kupele_id": SPA["id"], "hviezdy": 4,
            "text": L("Sauna super, ale v šatni bolo chladno", TEXT)}),
        case(f, f"{a}/api/vernost", fmt="form", headers=_h(rng, **b), body={
            "karta": L("TK-0091-4471", UID), "email": L(EMAIL.upper(), MAIL)}),
        case(f, f"{a}/api/profil/adresa", headers=_h(rng, **b), body={
            "ulica": L(SK_HOME["ulica"], ADDR), "mesto": L(SK_HOME["mesto"], COARSE),
            "psc": L(SK_HOME["psc"], COARSE),
            "gps": L(f"{SK_HOME_AT[0]:.4f},{SK_HOME_AT[1]:.4f}", PRECISE)}),
        case(f, f"{a}/api/notifikacie/token", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "zariadenie": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "jazyk": L("sk", DEV),
            "casove_pasmo": L("Europe/Bratislava", DEV)}),
        case(f, f"{a}/api/udalosti", gz=True, headers=_h(rng, **b), body={
            "pouzivatel": L(USER_ID, UID), "udalosti": [
                ev("vstupenka_kupena", 1), ev("obrazovka", 2, nazov=L("Pobyty", USAGE)),
                ev("procedura_rezervovana", 3)]}),
        case(f, f"{a}/api/pobyty", headers=_h(rng, how="nodash"),
             cookies={"tk_sess": L(opaque(rng, "", 40), CRED), "tk_lang": L("sk", DEV)}),
        case(f, f"{a}/api/heslo/zmena", headers=_h(rng, **b), body={
            "stare_heslo": L(HESLO, CRED), "nove_heslo": L("Travertin!Kupel25", CRED)}),
    ]


def termalka_sdks() -> list[Case]:
    rng = random.Random(9202)
    return [
        lp_batch(APP, rng, [("Ticket Purchased", {"type": "day"}),
                            ("Stay Requested", {"therapy": L("balneo", MED)})],
                 at=SK_HOME_AT, nd=2, locale="sk_SK"),
        lp_identify(APP, rng, {"mesto": L("Bratislava", COARSE), "age": L(34, BIRTH)}),
        bz_open(APP, rng, first=True),
        bz_event(APP, rng, "ticket_purchase", {"type": "day"}, revenue=24.9, hashed=True),
        jb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SPA_FIX, nd=3),
        kb_crash(APP, rng, ("java.lang.IllegalStateException", "QR not ready"),
                 [kb_crumb("navigation", "Vstupenky -> QR")], screen="TicketActivity"),
        pr_eval(APP, rng, {"insured": True}),
        hl_register(APP, rng, tags={"kupele": SPA["id"]}, lang="sk"),
        su_save(APP, rng, {"analytics": True, "ads": False}),
        pd_card(APP, rng),
        pd_pay(APP, rng, "24.90"),
        ch_geocode(APP, rng, "Panenská 14 Bratislava", f"{ADDR}|{COARSE}",
                   near=SK_HOME_AT, nd=2),
    ]
