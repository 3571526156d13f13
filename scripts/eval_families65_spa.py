"""Budapest thermal-spa and wellness app "Forrásliget" (its API's keys are Hungarian; she is on a
year's posting in Budapest): sign-up, a log-in, ``/en``, spas near her flat, prices, a basket, a
ticket order and its e-ticket by number in the path, a medical treatment's referral (a photo, her
TAJ and personal ID numbers, the diagnosis) and the contraindication form, a massage booked, the
gate and a locker, crowding, a search, a review, a gift voucher, her address, push, events, a
Play subscription, a contact form and the loyalty points by a cookie GET."""

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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families65_kit import (
    BP_AT,
    BP_LAKAS,
    DOB_HU,
    FURDO,
    FURDO_FIX,
    KARSZALAG,
    KOLLEGA,
    ORVOS,
    RENDELES,
    SZIG,
    TAJ,
    fix,
    obj,
)
from eval_families65_sdk import al_event, al_launch, bm_bid, fk_crash, fk_crumb, sb_batch
from eval_families65_svc import mc_geocode, pl_register, pw_card, px_save, ty_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("forrasliget", "Forrasliget", "com.example.forrasliget", "5.2.1",
          "https://api.forrasliget.example.com")
IID = "X-FL-Eszkoz"
JELSZO = "Gellert-Hegy#58"
TZ = "Europe/Budapest"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("hu-HU,hu;q=0.9,en;q=0.8", DEV)
    return h


def _cim() -> dict[str, Any]:
    return {"utca": L(BP_LAKAS["utca"], ADDR), "iranyitoszam": L(BP_LAKAS["irsz"], COARSE),
            "varos": L(BP_LAKAS["varos"], COARSE)}


def forrasliget() -> list[Case]:
    rng = random.Random(6511)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email_cim=L(EMAIL, MAIL), nev=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    gla, glo = fix(FURDO_FIX)
    hla, hlo = fix(BP_AT, 5)
    belepo = at_path(case(f, f"{a}/v1/rendelesek/{RENDELES}/belepo", query={"formatum": "qr"},
                          headers=_h(rng, **b)), RENDELES, BUY)
    return [
        case(f, f"{a}/v1/regisztracio", headers=_h(rng), body={
            "vezeteknev": L(LAST, NAMEC), "keresztnev": L(FIRST, NAMEC),
            "email_cim": L(EMAIL, MAIL), "jelszo": L(JELSZO, CRED),
            "telefonszam": L(PHONE, TEL), "szuletesi_datum": L(DOB_HU, BIRTH),
            "nem": L("nő", GENDER), "cim": _cim(), "hirlevel": False, "aszf_elfogadva": True}),
        case(f, f"{a}/v1/auth/belepes", fmt="form", headers=_h(rng), body={
            "email_cim": L(EMAIL_UPPER, MAIL), "jelszo": L(JELSZO, CRED),
            "eszkoz": L(INSTALL_ID, DID), "emlekezz": "1"}),
        case(f, f"{a}/v1/en", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/furdok", headers=_h(rng, **b), query={
            "lat": L(f"{BP_AT[0]:.3f}", PRECISE), "lon": L(f"{BP_AT[1]:.3f}", PRECISE),
            "sugar_km": "10", "nyelv": "hu"}),
        case(f, f"{a}/v1/jegyek/arak", headers=_h(rng, **b), query={
            "furdo": FURDO["id"], "datum": "2025-12-13", "tipus": "napijegy"}),
        case(f, f"{a}/v1/kosar", headers=_h(rng, **b), body={
            "furdo": FURDO["id"], "kosar": obj(rng, "ks", 8), "tetelek": [
                {"termek": "napijegy_szekrennyel", "db": 1, "egysegar": 11900},
                {"termek": "szaunavilag", "db": 1, "egysegar": 3500}]}),
        case(f, f"{a}/v1/rendelesek", headers=_h(rng, **b), body={
            "rendelesszam": L(RENDELES, BUY), "vegosszeg": L(15400, BUY), "penznem": "HUF",
            "fizetes": {"mod": "kartya", "kartya_utolso4": L("1111", PAY),
                        "tranzakcio": rid(rng)},
            "szamlazas": {"nev": L(NAME, NAMEC), "cim": L(
                f"{BP_LAKAS['utca']}, {BP_LAKAS['irsz']} {BP_LAKAS['varos']}", ADDR)},
            "email_cim": L(EMAIL, MAIL)}),
        belepo,
        multipart(f, f"{a}/v1/gyogykezeles/beutalo", [
            ("beutalo", "beutalo.jpg", "image/jpeg", L(JPEG + b"\x65", f"{MEDIA}|{MED}")),
            ("adatok", None, "application/json", {
                "taj_szam": L(TAJ, NATID), "szemelyi_szam": L(SZIG, NATID),
                "diagnozis_bno": L("M17.0", MED),
                "diagnozis": L("kétoldali térdízületi kopás", MED),
                "orvos_nev": L(ORVOS, NAMEC), "beutalo_szam": "BT-2025-118204",
                "kezelesek": [L("iszappakolás", MED), L("súlyfürdő", MED),
                              L("víz alatti torna", MED)]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/gyogykezeles/kerdoiv", headers=_h(rng, **b), body={
            "szivbetegseg": L(False, MED), "magas_vernyomas": L(True, MED),
            "varandos": L(False, SENS), "nyilt_seb": L(False, MED),
            "gyogyszerek": [{"nev": L("Lisinopril", MED), "adag": L("10 mg", MED)}],
            "megjegyzes": L("Lépcsőn a bal térdem jobban fáj, reggel merev", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/idopontok", headers=_h(rng, **b), body={
            "kezeles": "svedmasszazs_60", "idopont": "2025-12-13T15:30:00+01:00",
            "terapeuta": obj(rng, "tp", 6), "foglalasszam": L("FL-MZ-44120", BUY),
            "ar": L(18900, BUY), "megjegyzes": L("Kérem, a térdemet kímélje", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/kapu/belepes", fmt="msgpack", headers=_h(rng, **b), body={
            "furdo": FURDO["id"], "kapu": "K2", "karszalag": KARSZALAG,
            "pozicio": {"lat": gla, "lon": glo, "pontossag": 6},
            "furdo_pozicio": {"lat": FURDO["lat"], "lon": FURDO["lon"]}, "ido": 1765628112}),
        case(f, f"{a}/v1/szekreny", fmt="form", headers=_h(rng, **b), body={
            "szekreny": "214", "karszalag": KARSZALAG, "pin": L("4471", CRED)}),
        case(f, f"{a}/v1/terheltseg", headers=_h(rng, **b), query={"furdo": FURDO["id"]}),
        case(f, f"{a}/v1/kereses", headers=_h(rng, **b), query={
            "q": L("éjszakai fürdőzés szombat", SEARCH), "oldal": "1"}),
        case(f, f"{a}/v1/velemenyek", fmt="form", headers=_h(rng, **b), body={
            "furdo": FURDO["id"], "ertekeles": "5",
            "szoveg": L("A 38 fokos medence csodás, de a szauna zsúfolt volt", TEXT)}),
        case(f, f"{a}/v1/ajandekutalvany", headers=_h(rng, **b), body={
            "cimzett_nev": L(KOLLEGA[0], NAMEC), "cimzett_email_cim": L(KOLLEGA[1], MAIL),
            "uzenet": L("Boldog születésnapot, Eszter! Pihenj egy jót!", f"{TEXT}|{NAMEC}"),
            "osszeg": L(25000, BUY), "kuldes": "2025-12-20"}),
        case(f, f"{a}/v1/profil/lakcim", headers=_h(rng, **b), body={
            "cim": {**_cim(), "orszag": L("HU", COARSE)}, "lat": hla, "lon": hlo}),
        case(f, f"{a}/v1/eszkozok", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "eszkoz_azonosito": L(INSTALL_ID, DID),
            "modell": L("Pixel 8", DEV), "rendszer": L("Android 14", DEV),
            "nyelv": L("hu_HU", DEV), "idozona": L(TZ, DEV)}),
        case(f, f"{a}/v1/esemenyek", gz=True, headers=_h(rng, **b), body={
            "felhasznalo": L(USER_ID, UID), "esemenyek": [
                ev("jegy_megveve", 1, db=1), ev("kapu_belepes", 2),
                ev("kepernyo", 3, kepernyo=L("Kezelesek", USAGE))]}),
        case(f, f"{a}/v1/elofizetes/ellenorzes", headers=_h(rng, **b), body={
            "termek": L("forrasliget_plusz_havi", BUY), "token": L(play_token(rng), BUY),
            "rendeles": L("GPA.3312-5567-1180-44201", BUY), "csomag": APP.pkg}),
        case(f, f"{a}/v1/kapcsolat", fmt="form", headers=_h(rng, **b), body={
            "nev": L(NAME, NAMEC), "email_cim": L(EMAIL, MAIL), "telefonszam": L(E164, TEL),
            "uzenet": L("Elvesztettem a karszalagomat a 214-es szekrénynél", TEXT)}),
        case(f, f"{a}/v1/husegpontok", headers=_h(rng, how="none"),
             cookies={"fl_munkamenet": L(opaque(rng, "", 40), CRED),
                      "fl_eszkoz": L(INSTALL_ID, DID), "fl_nyelv": L("hu", DEV)}),
    ]


def forrasliget_sdks() -> list[Case]:
    rng = random.Random(6512)
    return [
        sb_batch(APP, rng, [("Ticket Purchased", {"total": L(15400, BUY), "currency": "HUF"}),
                            ("Treatment Booked", {"kind": L("mud pack", MED)})],
                 at=BP_AT, nd=2, tz=TZ, locale="hu-HU"),
        al_launch(APP, rng, first=True, lang="hu", country="HU"),
        al_event(APP, rng, "purchase", {"order": L(RENDELES, BUY), "spa": FURDO["id"]},
                 revenue=15400.0, currency="HUF", hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FURDO_FIX, nd=3, country="HUN",
               gdpr=True, cur="HUF"),
        fk_crash(APP, rng, ("java.lang.IllegalStateException", "NFC reader not ready"),
                 [fk_crumb("navigation", "Jegyek -> Kapu"),
                  fk_crumb("log", "nfc tag", {"uid": KARSZALAG})],
                 screen="KapuActivity", tz=TZ, locale="hu_HU"),
        ty_eval(APP, rng, {"city": L("Budapest", COARSE), "treatments": True}),
        pl_register(APP, rng, tz=TZ, lang="hu", tags={"kedvenc_furdo": FURDO["id"]}),
        px_save(APP, rng, {"analytics": True, "ads": False}, country="HU", region="BU",
                gdpr=True),
        pw_card(APP, rng, zip_=BP_LAKAS["irsz"], country="HU"),
        mc_geocode(APP, rng, "Király utca 26, Budapest", ADDR, near=BP_AT, nd=3, lang="hu"),
    ]
