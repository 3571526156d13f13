"""Belgrade tenant-association and utility-meter app "Stanarko" (its API's keys are Serbian in
Latin letters): registration with her JMBG and the flat, log-in, an SMS code, ``/ja`` with a JWT,
the notice board, a household member, meter readings (a photo, a heat meter, a msgpack sync), the
bills by customer number, a building-fund payment, a leak report with a photo, a complaint about
a neighbour, a vote with a signing PIN, attendance at the meeting, a guest parking permit, a
message to the manager, settings, a password change, the reading history by customer number in
the path, push, events and notices by a cookie GET."""

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
from eval_families24_kit import claims, head
from eval_families90_kit import (
    BG_HOME,
    BG_HOME_AT,
    BG_LINE,
    BG_TZ,
    BROJ_KUPCA,
    JMBG,
    METERS,
    NEIGHBOUR,
    PARTNER,
    SR,
    SR_LANG,
    ZGRADA,
    fix,
    obj,
)
from eval_families90_sdk import kv_crash, kv_crumb, lc_bid, mk_alias, mk_batch, tg_open
from eval_families90_svc import dr_search, ks_charge, pk_eval, ps_save, zv_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("stanarko", "Stanarko", "rs.example.stanarko", "2.8.3",
          "https://api.stanarko.example.com")
IID = "X-Stanarko-Uredjaj"
PW = "Kalemegdan!1991"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(SR_LANG, DEV)
    return h


def _adresa() -> dict[str, Any]:
    return {"ulica": L(BG_HOME["ulica"], ADDR), "broj": L(BG_HOME["broj"], ADDR),
            "stan": L(BG_HOME["stan"], ADDR),
            "postanski_broj": L(BG_HOME["postanski_broj"], COARSE),
            "grad": L(BG_HOME["grad"], COARSE)}


def stanarko() -> list[Case]:
    rng = random.Random(9011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jmbg=L(JMBG, NATID)))}
    sed = obj(rng, "sed", 8)
    hla, hlo = fix(BG_HOME_AT, 5)
    hist = case(f, f"{a}/api/v1/ocitavanja/{BROJ_KUPCA}/istorija", headers=_h(rng, **b),
                query={"od": "2025-01", "do": "2025-11"})
    return [
        case(f, f"{a}/api/v1/nalog/registracija", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "prezime": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "lozinka": L(PW, CRED),
            "datum_rodjenja": L("17.05.1991", BIRTH), "jmbg": L(JMBG, NATID),
            "adresa": _adresa(), "zgrada": ZGRADA["id"], "uslovi": True}),
        case(f, f"{a}/api/v1/nalog/prijava", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "lozinka": L(PW, CRED), "uredjaj": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/nalog/sms-kod", fmt="form", headers=_h(rng, **b), body={
            "telefon": L(PHONE, TEL), "kod": L("480217", CRED)}),
        case(f, f"{a}/api/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/zgrade/{ZGRADA['id']}/oglasna-tabla", headers=_h(rng, **b),
             query={"strana": "1", "po_strani": "20"}),
        case(f, f"{a}/api/v1/stanovi/clanovi", headers=_h(rng, **b), body={
            "ime_prezime": L(PARTNER[0], NAMEC), "telefon": L(PARTNER[1], TEL),
            "srodstvo": "partner", "vlasnik": False}),
        multipart(f, f"{a}/api/v1/ocitavanja/voda", [
            ("slika", "vodomer.jpg", "image/jpeg", L(JPEG + b"\x90", MEDIA)),
            ("podaci", None, "application/json", {
                "brojilo": METERS["voda"], "stanje": 1287.44, "datum": "2025-12-01",
                "korisnik": L(USER_ID, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ocitavanja/toplota", headers=_h(rng, **b), body={
            "broj_kupca": L(BROJ_KUPCA, UID), "brojilo": METERS["toplota"],
            "stanje_kwh": 3410.2, "radijatori": 5, "temperatura_stana": 22.5}),
        case(f, f"{a}/api/v1/ocitavanja/sinhronizacija", fmt="msgpack", headers=_h(rng, **b),
             body={"korisnik": L(USER_ID, UID), "citac": "ble-citac-2", "brojila": [
                 {"id": METERS["struja"], "vt": 18211, "nt": 9420},
                 {"id": METERS["voda"], "m3": 1287.44}]}),
        case(f, f"{a}/api/v1/racuni", headers=_h(rng, **b), query={
            "mesec": "2025-11", "broj_kupca": L(BROJ_KUPCA, UID)}),
        case(f, f"{a}/api/v1/uplate", fmt="form", headers=_h(rng, **b), body={
            "iznos": L("1850.00", BUY), "valuta": "RSD", "svrha": "Tekuce odrzavanje 11/2025",
            "poziv_na_broj": L("97 110004121125", BUY), "racun_primaoca": ZGRADA["racun"],
            "platilac": L(NAME, NAMEC), "platilac_adresa": L(BG_LINE, ADDR),
            "platilac_grad": L("11000 Beograd", COARSE)}),
        multipart(f, f"{a}/api/v1/prijave-kvarova", [
            ("slika", "plafon.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("prijava", None, "application/json", {
                "opis": L("Curi voda iz plafona u kupatilu od juce uvece", TEXT),
                "prostorija": "kupatilo", "hitno": True, "zgrada": ZGRADA["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/zalbe", headers=_h(rng, **b), body={
            "tekst": L(f"Komsija {NEIGHBOUR} iz stana 9 busi zid posle 22h svako vece",
                       f"{TEXT}|{NAMEC}"), "kategorija": "buka", "anonimno": False}),
        case(f, f"{a}/api/v1/sednice/{sed}/glasanje", fmt="form", headers=_h(rng, **b), body={
            "tacka": "3", "odluka": "za", "pin_potpisa": L("5521", CRED)}),
        case(f, f"{a}/api/v1/sednice/{sed}/prisustvo", headers=_h(rng, **b), body={
            "lat": L(str(hla.value), PRECISE), "lon": L(str(hlo.value), PRECISE),
            "nacin": "qr", "kod_sale": "SZ41-PODRUM"}),
        case(f, f"{a}/api/v1/parking/gost", headers=_h(rng, **b), body={
            "gost": L("Jelena Marić", NAMEC), "tablice": "BG 1234-AB",
            "od": "2025-12-12T18:00", "do": "2025-12-12T23:00"}),
        case(f, f"{a}/api/v1/poruke/upravnik", headers=_h(rng, **b), body={
            "primalac": ZGRADA["upravnik"], "telefon_upravnika": ZGRADA["telefon"],
            "tekst": L("Molim Vas da mi posaljete zapisnik sa prosle sednice", TEXT)}),
        case(f, f"{a}/api/v1/ja/podesavanja", fmt="form", headers=_h(rng, **b), body={
            "jezik": L("sr-Latn", DEV), "e_racun": L(EMAIL_UPPER, MAIL),
            "vremenska_zona": L(BG_TZ, DEV), "obavestenja": "1"}),
        case(f, f"{a}/api/v1/nalog/lozinka", headers=_h(rng, **b), body={
            "stara_lozinka": L(PW, CRED), "nova_lozinka": L("Kalemegdan!2025", CRED)}),
        at_path(hist, BROJ_KUPCA, UID),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "uredjaj": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "jezik": L(SR, DEV)}),
        case(f, f"{a}/api/v1/dogadjaji", gz=True, headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "dogadjaji": [
                ev("ocitavanje_poslato", 1, brojilo="voda"), ev("uplata", 2),
                ev("ekran", 3, ekran=L("OglasnaTabla", USAGE))]}),
        case(f, f"{a}/api/v1/obavestenja", headers=_h(rng, how="upper"),
             cookies={"stn_sesija": L(opaque(rng, "", 40), CRED), "jezik": "sr"}),
    ]


def stanarko_sdks() -> list[Case]:
    rng = random.Random(9012)
    return [
        mk_batch(APP, rng, [("Meter Reading Sent", {"meter": "water"}),
                            ("Fee Paid", {"amount": L(1850, BUY), "currency": "RSD"})],
                 at=BG_HOME_AT, nd=2, tz=BG_TZ, locale=SR),
        mk_alias(APP, rng, {"city": L("Beograd", COARSE), "language": L("sr", DEV),
                            "role": "stanar"}),
        tg_open(APP, rng, first=True),
        lc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        kv_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [kv_crumb("nav", "Ocitavanja -> Kamera"),
                  kv_crumb("log", "meter ocr", {"meter": METERS["voda"]})],
                 screen="OcitavanjeActivity"),
        pk_eval(APP, rng, {"grad": L("Beograd", COARSE), "eRacun": True}, hdr=True),
        zv_register(APP, rng, tags={"zgrada": ZGRADA["id"], "odbor": False}),
        ps_save(APP, rng, {"analitika": True, "marketing": False}, user=True),
        ks_charge(APP, rng, "1850.00", "rsd"),
        dr_search(APP, rng, "Njegoševa 41", ADDR, near=BG_HOME_AT, nd=3),
    ]
