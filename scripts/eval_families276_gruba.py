"""A heritage coal mine's underground-tour app "Zjazd" (zjazd: the cage's descent; a closed mine
in Rybnik kept as a museum, where she takes her visiting sister; its API's keys are Silesian,
ASCII-folded: ``gruba`` mine, ``szyb`` shaft, ``szola`` cage, ``trasa`` route (``podziymno``
underground), ``bilety`` tickets, ``osoby`` persons, ``wiek`` age, ``miano``/``nazwisko``
name/surname, ``mobilniok`` mobile, ``haslo`` password, ``karta_mieszkanca`` resident card,
``deklaracyjo`` declaration (``klaustrofobia``, ``serce`` heart, ``cionza`` pregnancy),
``lampa`` lamp, ``pochlaniacz`` self-rescuer, ``obiod`` lunch, ``pamiontki`` souvenirs,
``ocyna`` rating, ``przewodnik`` guide, ``kaj`` where, ``szyrokosc``/``dugosc`` latitude /
longitude, ``zgubione`` lost, ``bon`` voucher, ``siostra`` sister, ``rachonek`` receipt): sign-up,
log-in, ``/jo``, the tour times, four tickets (her resident card, the son's age), the payment,
the safety declaration, the lamp and self-rescuer issue, the check-in at the shaft head with her
fix, audio-guide plays queued underground (msgpack), the miners' lunch, a souvenir order, the
cage photo bought, a review, a search, a voucher for her sister, the booking by number in the
path, a lost scarf, a message quoting her sister's phone, the receipt by cookie, push, events and
a log-out."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families24_kit import claims, rid
from eval_families276_kit import (
    HOME_AT,
    HUSBAND,
    MINE,
    RESIDENT_CARD,
    SHAFT_FIX,
    SISTER_US,
    SON,
    TOUR,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families276_sdk import (
    aw_session,
    li_bid,
    sp_event,
    sp_launch,
    sp_link,
    zl_batch,
    zl_queue,
)
from eval_families276_svc import cw_card, cw_confirm, lk_geocode, lk_route, lk_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("zjazd", "Zjazd", "com.example.zjazd", "4.0.3", "https://api.zjazd.example.com")
IID = "X-Zjazd-Urzondzynie"
PW = "Glik-Auf!320m"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pl=True, **kw)


def zjazd() -> list[Case]:
    rng = random.Random(27641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    karta_mieszkanca=L(RESIDENT_CARD, UID)))}
    sla, slo = fix(SHAFT_FIX)
    booking = at_path(case(f, f"{a}/api/rezerwacyje/{TOUR}", headers=_h(rng, **b)), TOUR, BUY)
    return [
        case(f, f"{a}/api/rejestracyjo", headers=_h(rng), body={
            "miano": L(FIRST, NAMEC), "nazwisko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobilniok": L(NATIONAL, TEL), "haslo": L(PW, CRED),
            "karta_mieszkanca": L(RESIDENT_CARD, UID), "miasto": L("Katowice", COARSE)}),
        case(f, f"{a}/api/logowanie", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "haslo": L(PW, CRED), "urzondzynie": L(INSTALL_ID,
                                                                                    DID)}),
        case(f, f"{a}/api/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/gruby/{MINE['id']}/terminy", headers=_h(rng, **b), query={
            "trasa": "podziymno-320", "datum": "2026-02-14"}),
        case(f, f"{a}/api/rezerwacyje", headers=_h(rng, **b), body={
            "gruba": MINE["id"], "trasa": "podziymno-320", "datum": "2026-02-14",
            "godzina": "11:00", "rezerwacyjo": L(TOUR, BUY), "suma": L(196, BUY),
            "osoby": [{"miano_nazwisko": L(f"{FIRST} {LAST}", NAMEC), "bilet": "normalny"},
                      {"miano_nazwisko": L(HUSBAND[0], NAMEC), "bilet": "normalny"},
                      {"miano_nazwisko": L(f"{SON['first']} {SON['last']}", NAMEC),
                       "wiek": L(10, BIRTH), "bilet": "ulgowy"},
                      {"miano_nazwisko": L(SISTER_US[0], NAMEC), "bilet": "normalny"}],
            "karta_mieszkanca": L(RESIDENT_CARD, UID), "godka_przewodnika": "en"}),
        case(f, f"{a}/api/zoplata", fmt="form", headers=_h(rng, **b), body={
            "rezerwacyjo": L(TOUR, BUY), "suma": L("196.00", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "ostatnie_4": L("4444", PAY)}),
        case(f, f"{a}/api/deklaracyjo", headers=_h(rng, **b), body={
            "rezerwacyjo": TOUR, "klaustrofobia": L("niy", MED), "serce": L("niy", MED),
            "cionza": L("niy", MED), "astma": L("ja, inhalator przy sobie", MED),
            "podpis": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/wyposazynie", fmt="form", headers=_h(rng, **b), body={
            "rezerwacyjo": TOUR, "lampa": "LP-0412", "pochlaniacz": "PC-7781",
            "kaski": "4", "szkolenie": "ja"}),
        case(f, f"{a}/api/meldowanie", headers=_h(rng, **b), body={
            "gruba": MINE["id"], "kaj": {"szyrokosc": sla, "dugosc": slo, "dokladnosc": 6},
            "szyb": {"szyrokosc": MINE["lat"], "dugosc": MINE["lon"]},
            "rezerwacyjo": L(TOUR, BUY), "meldowanie_id": obj(rng, "ml")}),
        case(f, f"{a}/api/audio/kolejka", fmt="msgpack", headers=_h(rng, **b), body={
            "uzywocz": L(USER_ID, UID), "odtworzynia": [
                {"stacja": f"st_{i:02d}", "godka": "en", "t": 1771065000 + 240 * i,
                 "ekran": L("AudioPrzewodnik", USAGE)} for i in range(3)],
            "glymbokosc_m": 320}),
        case(f, f"{a}/api/obiod", headers=_h(rng, **b), body={
            "rezerwacyjo": L(TOUR, BUY), "pozycje": [
                {"danie": "zur slonski", "ilosc": 4, "cyna": 18},
                {"danie": "rolada z kluskami", "ilosc": 3, "cyna": 39}],
            "suma": L(189, BUY), "uwagi": L("One portion without meat for my sister", TEXT)}),
        case(f, f"{a}/api/pamiontki", fmt="msgpack", headers=_h(rng, **b), body={
            "pozycje": [{"art": "lampka_hajerska_mini", "ilosc": 1, "cyna": 79}],
            "suma": L(79, BUY), "odbior": "kasa"}),
        case(f, f"{a}/api/fotki/szola", headers=_h(rng, **b), body={
            "fotka": obj(rng, "ft"), "rezerwacyjo": L(TOUR, BUY), "suma": L(25, BUY),
            "format": "cyfrowo"}),
        case(f, f"{a}/api/ocyny", fmt="form", headers=_h(rng, **b), body={
            "gruba": MINE["id"], "ocyna": "5",
            "tekst": L("The guide was a real hajer, 320 m down in the cage! My sister from "
                       "Ohio loved it.", TEXT)}),
        case(f, f"{a}/api/szukanie", headers=_h(rng, **b), query={
            "q": L("zjazd z dziecmi od 8 lat", SEARCH), "strona": "1"}),
        case(f, f"{a}/api/bony", headers=_h(rng, **b), body={
            "siostra": {"miano_nazwisko": L(SISTER_US[0], NAMEC),
                        "email": L(SISTER_US[2], MAIL)},
            "wiadomosc": L("Megan, come back in summer for the night route!", TEXT),
            "suma": L(150, BUY), "kod_bonu": opaque(rng, "BN", 8)}),
        booking,
        multipart(f, f"{a}/api/zgubione", [
            ("fotka", "szal.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("meta", None, "application/json", {
                "rezerwacyjo": L(TOUR, BUY),
                "opis": L("Green wool scarf left in the lamp room", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/wiadomosci", headers=_h(rng, **b), body={
            "do": "kasa_elfryda",
            "wiadomosc": L("We are 15 min late, my sister's phone is +1 555 016 2274",
                           f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/rachonki/ostatni", headers=_h(rng, how="none"), cookies={
            "zj_sesyjo": L(opaque(rng, "", 40), CRED), "zj_urz": L(INSTALL_ID, DID),
            "zj_req": rid(rng)}),
        case(f, f"{a}/api/urzondzynie", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "id_urzondzynia": L(INSTALL_ID, DID),
            "godka": L("en", DEV), "strefa_czasu": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/zdarzynia", gz=True, headers=_h(rng, **b), body={
            "uzywocz": L(USER_ID, UID), "zdarzynia": [
                ev("bilety_kupione", 1, suma=L(196, BUY)),
                ev("ekran", 2, ekran=L("MojeBilety", USAGE))]}),
        case(f, f"{a}/api/wylogowanie", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def zjazd_sdks() -> list[Case]:
    rng = random.Random(27642)
    link = U("https://zjazd.example.com/r", {"rez": L(TOUR, BUY), "src": "mail",
                                             "em": L(EMAIL, MAIL)})
    return [
        zl_batch(APP, rng, [("Tickets Bought", {"total": L(196, BUY)}),
                            ("Checked In", {"mine": MINE["id"]})], at=SHAFT_FIX, nd=3),
        zl_queue(APP, rng, [("Audio Played", {"station": "st_01"}),
                            ("Audio Played", {"station": "st_02"})]),
        sp_launch(APP, rng, first=True),
        sp_link(APP, rng, link),
        sp_event(APP, rng, "purchase", {"booking": L(TOUR, BUY)}, revenue=196.0, hashed=True),
        li_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=SHAFT_FIX, nd=2,
               keywords="muzeum,gornictwo,rybnik"),
        aw_session(APP, rng, secs=1322),
        cw_card(APP, rng),
        cw_confirm(APP, rng, "196.00"),
        lk_geocode(APP, rng, "Szyb Elfryda parking", SEARCH, near=HOME_AT, nd=3),
        lk_route(APP, rng, [(HOME_AT, PRECISE), ((MINE["lat"], MINE["lon"]), None)]),
        lk_telemetry(APP, rng, [SHAFT_FIX, (50.076311, 18.492207)], PRECISE),
    ]

