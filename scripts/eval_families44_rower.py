"""Kraków city bikes and transit tickets "Rowerka" (its API's keys are Polish; she spends a
semester in Kraków): registration (imie, nazwisko, numer telefonu, data urodzenia), log-in and an
SMS code, ``/ja``, her address there, a resident's discount check with her PESEL, a 20-minute
ticket and its QR by number in the path, docks nearby, a bike rented at a dock, the trip's trace
(msgpack) and its end at another dock (protobuf with a nested fix), a top-up, a monthly pass
checked with Play, a journey planner, saved places, a broken-bike report with a photo, a
complaint, a referral, a history export, push, events and the trip history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
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
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families44_kit import (
    BILET,
    DOCKS,
    EBIKE,
    KARTA,
    KRK_HOME,
    KRK_HOME_AT,
    PESEL,
    UNI_AT,
    fix,
    obj,
    trace,
)
from eval_families44_sdk import bs_bid, cf_crumb, cf_report, lr_event, lr_session, tb_track
from eval_families44_svc import fh_eval, mc_events, mc_search, oq_save, pb_register, pw_method
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("rowerka", "Rowerka", "com.example.rowerka.krakow", "3.9.2",
          "https://api.rowerka.example.com")
IID = "X-Rowerka-Urzadzenie"
PW = "Wawel#Smok1991"
TZ = "Europe/Warsaw"
START = (50.051601, 19.944920)  # her fix at the Plac Nowy dock as she unlocks
END = (50.061483, 19.937391)  # her fix at the Rynek dock as she returns the bike


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L("pl-PL,pl;q=0.9,en-US;q=0.7", DEV)
    return h


def rowerka() -> list[Case]:
    rng = random.Random(4411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), karta=L(KARTA, UID)))}
    trip = obj(rng, "prz", 10)
    sla, slo = fix(START)
    hla, hlo = fix(KRK_HOME_AT, 5)
    lab: dict[str, str] = {}
    koniec = pb([(1, L(USER_ID, UID)), (2, trip), (3, DOCKS["rynek"][0]),
                 (4, [(1, L(END[0], PRECISE)), (2, L(END[1], PRECISE))]), (5, 1140),
                 (6, L(420, BUY)), (7, EBIKE["battery"])], "", lab)
    return [
        case(f, f"{a}/v2/rejestracja", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "haslo": L(PW, CRED), "imie": L("Jane", NAMEC),
            "nazwisko": L("Doe", NAMEC), "numer_telefonu": L(PHONE, TEL),
            "data_urodzenia": L("17.05.1991", BIRTH), "plec": L("K", GENDER),
            "zgoda_marketingowa": False, "regulamin": True}),
        case(f, f"{a}/v2/logowanie", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "haslo": L(PW, CRED), "zapamietaj": "1"}),
        case(f, f"{a}/v2/logowanie/sms", fmt="form", headers=_h(rng), body={
            "numer_telefonu": L(E164, TEL), "kod": L("630915", CRED)}),
        case(f, f"{a}/v2/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ja/adres", headers=_h(rng, **b), body={
            "ulica": L(KRK_HOME["ulica"], ADDR), "kod_pocztowy": L(KRK_HOME["kod"], COARSE),
            "miasto": L(KRK_HOME["miasto"], COARSE), "kraj": L("PL", COARSE)}),
        case(f, f"{a}/v2/ulgi/weryfikacja", headers=_h(rng, **b), body={
            "karta": L(KARTA, UID), "pesel": L(PESEL, NATID), "imie": L("Jane", NAMEC),
            "nazwisko": L("Doe", NAMEC), "rodzaj_ulgi": "karta_krakowska_50",
            "zameldowanie_od": "2025-10-01"}),
        case(f, f"{a}/v2/bilety", headers=_h(rng, **b), body={
            "karta": L(KARTA, UID), "rodzaj": L("20-minutowy ulgowy", BUY), "strefa": "I",
            "cena": L("2.00", BUY), "waluta": "PLN",
            "metoda_platnosci": L(opaque(rng, "pm_", 24), PAY)}),
        at_path(case(f, f"{a}/v2/bilety/{BILET}/qr", headers=_h(rng, **b),
                     query={"format": "png"}), BILET, BUY),
        case(f, f"{a}/v2/stacje/w-poblizu", headers=_h(rng, **b), query={
            "szer": L(f"{KRK_HOME_AT[0]:.4f}", PRECISE), "dl": L(f"{KRK_HOME_AT[1]:.4f}", PRECISE),
            "promien": "500"}),
        case(f, f"{a}/v2/wypozyczenia", headers=_h(rng, **b), body={
            "rower": EBIKE["id"], "stacja": DOCKS["plac_nowy"][0], "przejazd": trip,
            "pozycja": {"szer": sla, "dl": slo, "dokladnosc": 6}, "karta": L(KARTA, UID),
            "zamek_ble": EBIKE["ble"]}),
        case(f, f"{a}/v2/wypozyczenia/{trip}/trasa", fmt="msgpack", headers=_h(rng, **b),
             body={"punkty": trace(rng, 6, START, END, ("szer", "dl")), "rower": EBIKE["id"],
                   "nr": 2}),
        raw(f, f"{a}/v2/wypozyczenia/{trip}/koniec", koniec, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/portfel/doladowanie", fmt="form", headers=_h(rng, **b), body={
            "kwota": L("50.00", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/abonamenty/weryfikacja", headers=_h(rng, **b), body={
            "produkt": L("rowerka_miesieczny", BUY), "cena": L("19.99", BUY),
            "token_zakupu": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/planer", headers=_h(rng, **b), body={
            "skad": {"szer": hla, "dl": hlo, "opis": "Moja lokalizacja"},
            "dokad": {"tekst": L("AGH Czarnowiejska", SEARCH)},
            "odjazd": "2025-12-11T08:20:00+01:00", "srodki": ["rower", "tramwaj"]}),
        case(f, f"{a}/v2/ulubione", headers=_h(rng, **b), body={"miejsca": [
            {"nazwa": "Dom", "adres": L(KRK_HOME["ulica"], ADDR),
             "szer": L(KRK_HOME_AT[0], PRECISE), "dl": L(KRK_HOME_AT[1], PRECISE)},
            {"nazwa": "Uczelnia", "szer": L(UNI_AT[0], PRECISE), "dl": L(UNI_AT[1], PRECISE)}]}),
        multipart(f, f"{a}/v2/zgloszenia/usterka", [
            ("zdjecie", "lancuch.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("zgloszenie", None, "application/json", {
                "rower": EBIKE["id"], "stacja": DOCKS["rynek"][0], "usterka": "lancuch",
                "opis": L("Spadł łańcuch zaraz po ruszeniu, rower stoi w stojaku nr 7", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reklamacje", headers=_h(rng, **b), body={
            "przejazd": trip, "karta": L(KARTA, UID),
            "tresc": L("Naliczono mi 4 zł, choć oddałam rower po 19 minutach", TEXT),
            "email_kontaktowy": L(EMAIL, MAIL)}),
        case(f, f"{a}/v2/polecenia", fmt="form", headers=_h(rng, **b), body={
            "numer_telefonu_znajomego": L(PEOPLE[1][1], TEL), "kod": "JANEKRK"}),
        case(f, f"{a}/v2/historia/eksport", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL.upper(), MAIL), "miesiac": "2025-11", "format": "csv"}),
        case(f, f"{a}/v2/urzadzenia", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "id_instalacji": L(INSTALL_ID, DID),
            "jezyk": L("pl", DEV), "strefa_czasowa": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/zdarzenia", gz=True, headers=_h(rng, **b), body={
            "uzytkownik": L(USER_ID, UID), "zdarzenia": [
                ev("wypozyczenie_start", 1, stacja=DOCKS["plac_nowy"][0]),
                ev("bilet_kupiony", 2, rodzaj="20min"),
                ev("ekran", 3, ekran=L("Mapa", USAGE))]}),
        case(f, f"{a}/v2/przejazdy", headers=_h(rng, how="none"), cookies={
            "rw_sesja": L(opaque(rng, "", 40), CRED), "rw_urz": L(INSTALL_ID, DID)}),
    ]


def rowerka_sdks() -> list[Case]:
    rng = random.Random(4412)
    return [
        tb_track(APP, rng, [("Rental Started", {"dock": DOCKS["plac_nowy"][0]}),
                            ("Ticket Purchased", {"price": L(2.0, BUY), "currency": "PLN"})],
                 at=KRK_HOME_AT, nd=3, tz=TZ, locale="pl-PL"),
        lr_session(APP, rng, first=True),
        lr_event(APP, rng, "tk7q2a", {"ticket": "20min", "zone": "I"}, revenue=2.0,
                 currency="PLN"),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=START, nd=3, country="POL",
               yob=1991),
        cf_report(APP, rng, ("java.util.concurrent.TimeoutException", "BLE unlock timed out"),
                  [cf_crumb("navigation", "Mapa -> Wypozycz"),
                   cf_crumb("user", "scan", {"dock": DOCKS["plac_nowy"][0]})],
                  context="UnlockActivity", tz=TZ, locale="pl_PL"),
        fh_eval(APP, rng, {"miasto": L("krakow", COARSE), "ebike": True}),
        pb_register(APP, rng, tags={"abonament": "miesieczny"}, at=KRK_HOME_AT, nd=2, tz=TZ,
                    lang="pl"),
        oq_save(APP, rng, {"analytics": True, "ads": False}, country="PL", region="MA"),
        pw_method(APP, rng, postal=L(KRK_HOME["kod"], COARSE), country="PL"),
        mc_search(APP, rng, "Rynek Główny", SEARCH, near=KRK_HOME_AT, nd=3, lang="pl"),
        mc_events(APP, rng, [START, (50.056874, 19.941212)], PRECISE),
    ]
