"""Mobile mammography screening bus app "Przeglond" (a regional screening programme's bus that
parks by markets in Katowice and Rybnik; its API's keys are Silesian, ASCII-folded: ``miano``
first name, ``nazwisko`` surname, ``mobilniok`` mobile, ``haslo`` password, ``datum_narodzin``
birth date, ``adresa``/``gasa``/``miasto``/``kod`` address/street/town/post code, ``ankieta``
questionnaire, ``cionza`` pregnancy, ``karmiynie`` breastfeeding, ``hormony`` hormone therapy,
``guzek`` lump, ``familijo`` family (history), ``operacyjo`` surgery, ``termin`` slot,
``postoj`` the bus's stop, ``kaj`` where (a position), ``szyrokosc``/``dugosc`` latitude /
longitude, ``wynik`` result, ``skierowanie`` referral, ``dochtor`` doctor, ``wiadomosc``
message, ``swiekra`` mother-in-law, ``zdarzynia`` events, ``urzondzynie`` device, ``godka``
language): sign-up, an SMS code, ``/jo`` with a JWT, eligibility by PESEL, stops near her flat,
the bus's schedule, a slot booked, the questionnaire (gzip), an offline draft (msgpack), her
earlier mammogram (PDF), the check-in at the bus with her fix, a protobuf queue beat, the result
by record number in the path, a recall for ultrasound, a message to the nurse, her
mother-in-law registered, a reminder, a search, a cookie GET, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families276_kit import (
    BUS,
    BUS_FIX,
    HOME,
    HOME_AT,
    MOTHER_IL,
    PESEL,
    SCREEN_NO,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families276_sdk import (
    aw_crash,
    aw_crumb,
    li_bid,
    sp_launch,
    zl_batch,
    zl_identify,
)
from eval_families276_svc import gd_message, kl_register, lk_geocode, lk_route, zg_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("przeglond", "Przeglond", "com.example.przeglond", "3.4.1",
          "https://api.przeglond.example.org")
IID = "X-Przeglond-Urzondzynie"
PW = "Familok#Nikisz91"
NID = "personal.national_id"
DOB_PL = "17.05.1991"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pl=True, **kw)


def przeglond() -> list[Case]:
    rng = random.Random(27601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), karta=L(SCREEN_NO, MED),
                                    pesel=L(PESEL, NID)))}
    bla, blo = fix(BUS_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SCREEN_NO, MED)), (2, BUS["id"]), (3, 1768466400), (4, 7),
               (5, [(1, L(BUS_FIX[0], PRECISE)), (2, L(BUS_FIX[1], PRECISE)), (3, 9.0)]),
               (6, L(64, DEV))], "", lab)
    result = at_path(case(f, f"{a}/api/v1/karty/{SCREEN_NO}/wynik", headers=_h(rng, **b)),
                     SCREEN_NO, MED)
    return [
        case(f, f"{a}/api/v1/rejestracyjo", headers=_h(rng), body={
            "miano": L(FIRST, NAMEC), "nazwisko": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobilniok": L(E164, TEL), "haslo": L(PW, CRED), "datum_narodzin": L(DOB_PL, BIRTH),
            "pesel": L(PESEL, NID), "plec": L("kobiyta", GENDER),
            "adresa": {"gasa": L(HOME["line"], ADDR), "miasto": L(HOME["town"], COARSE),
                       "kod": L(HOME["post"], COARSE)},
            "godka": L("en", DEV), "zgoda_rodo": "ja"}),
        case(f, f"{a}/api/v1/logowanie/sms", fmt="form", headers=_h(rng), body={
            "mobilniok": L(NATIONAL, TEL), "kod": L("305118", CRED)}),
        case(f, f"{a}/api/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/uprawnienie", headers=_h(rng, **b), query={
            "pesel": L(PESEL, NID), "program": "mammografijo-50-69"}),
        case(f, f"{a}/api/v1/postoje/blisko", headers=_h(rng, **b), query={
            "szyrokosc": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "dugosc": L(f"{HOME_AT[1]:.3f}", PRECISE), "km": "10"}),
        case(f, f"{a}/api/v1/postoje/{BUS['id']}/grafik", headers=_h(rng, **b),
             query={"od": "2026-01-12", "do": "2026-01-18", "miasto": L("Katowice", COARSE)}),
        case(f, f"{a}/api/v1/terminy", headers=_h(rng, **b), body={
            "postoj": BUS["id"], "termin": obj(rng, "tm"), "datum": "2026-01-15",
            "godzina": "10:40", "karta": L(SCREEN_NO, MED), "tlumacz": "en"}),
        case(f, f"{a}/api/v1/ankieta", gz=True, headers=_h(rng, **b), body={
            "karta": L(SCREEN_NO, MED), "cionza": L("niy", MED), "karmiynie": L("niy", MED),
            "hormony": L("tabletki antykoncepcyjne od 2019", MED),
            "guzek": L("ja, prawo piers, od listopada", MED),
            "familijo": {"mama": L("rak piersi w 52 roku zycia", MED)},
            "operacyjo": L("biopsja lewo 2021 - lagodne", MED), "implanty": L("niy", MED),
            "waga": L(63, "health.fitness"), "ostatnio_badanie": L("2023-04", MED)}),
        case(f, f"{a}/api/v1/ankieta/szkic", fmt="msgpack", headers=_h(rng, **b), body={
            "karta": L(SCREEN_NO, MED), "krok": 3,
            "odpowiedzi": {"guzek": L("ja", MED), "bol": L("niy", MED),
                           "wyciek": L("niy", MED)}, "zapisano": 1768380000}),
        multipart(f, f"{a}/api/v1/poprzednie", [
            ("plik", "mammografia_2023_ohio.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"karta": L(SCREEN_NO, MED), "kraj": "US",
                                                "rok": 2023})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/meldowanie", headers=_h(rng, **b), body={
            "postoj": BUS["id"], "kaj": {"szyrokosc": bla, "dugosc": blo, "dokladnosc": 9},
            "autobus": {"szyrokosc": BUS["lat"], "dugosc": BUS["lon"]},
            "karta": L(SCREEN_NO, MED), "meldowanie_id": obj(rng, "ml")}),
        raw(f, f"{a}/api/v1/kolejka/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        result,
        case(f, f"{a}/api/v1/wezwanie", headers=_h(rng, **b), body={
            "karta": L(SCREEN_NO, MED), "badanie": L("USG piersi + konsultacja", MED),
            "skierowanie": L("SKR-24-5501832", MED), "szpital": "szp_kat_onk",
            "termin": "2026-01-29T08:30"}),
        case(f, f"{a}/api/v1/wiadomosci", headers=_h(rng, **b), body={
            "do": "pielegniarka_mb7",
            "wiadomosc": L("Can I come with my son? The lump in my right breast hurts "
                           "when I touch it.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/familijo/swiekra", headers=_h(rng, **b), body={
            "miano_nazwisko": L(MOTHER_IL["name"], NAMEC), "pesel": L(MOTHER_IL["pesel"], NID),
            "datum_narodzin": L(MOTHER_IL["dob"], BIRTH),
            "mobilniok": L(MOTHER_IL["phone"], TEL), "miasto": L(MOTHER_IL["town"], COARSE),
            "dzielnica": L(MOTHER_IL["area"], COARSE),
            "uwagi": L("Swiekra mo cukrzyca, ino rano", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/przipomniynie", fmt="form", headers=_h(rng, **b), body={
            "karta": L(SCREEN_NO, MED), "kanal": "sms", "dni_przed": "2",
            "mobilniok": L(E164, TEL)}),
        case(f, f"{a}/api/v1/szukanie", headers=_h(rng, **b), query={
            "q": L("mammobus Rybnik luty", SEARCH), "strona": "1"}),
        case(f, f"{a}/api/v1/zaswiadczynie", headers=_h(rng, how="none"), cookies={
            "pg_sesyjo": L(opaque(rng, "", 40), CRED), "pg_urzondzynie": L(INSTALL_ID, DID),
            "pg_req": rid(rng)}),
        case(f, f"{a}/api/v1/urzondzynie", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "id_urzondzynia": L(INSTALL_ID, DID),
            "godka": L("pl", DEV), "strefa_czasu": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/zdarzynia", gz=True, headers=_h(rng, **b), body={
            "uzywocz": L(USER_ID, UID), "zdarzynia": [
                ev("termin_zarezerwowany", 1, postoj=BUS["id"]),
                ev("ekran", 2, ekran=L("MojeWyniki", USAGE))]}),
        case(f, f"{a}/api/v1/wylogowanie", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "urzondzynie": L(INSTALL_ID, DID)}),
    ]


def przeglond_sdks() -> list[Case]:
    rng = random.Random(27602)
    return [
        zl_batch(APP, rng, [("Slot Booked", {"stop": BUS["id"]}),
                            ("Questionnaire Sent", {"lump": L(True, MED)})],
                 at=BUS_FIX, nd=2, locale="pl_PL"),
        zl_identify(APP, rng, {"miasto": L("Katowice", COARSE), "program": "50-69",
                               "karta": L(SCREEN_NO, MED)}),
        sp_launch(APP, rng, first=True),
        li_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="zdrowie,kobieta"),
        aw_crash(APP, rng, ("java.lang.IllegalStateException", "pdf viewer closed"),
                 [aw_crumb("nav", "MojeWyniki -> Pdf"),
                  aw_crumb("net", "GET", {"url": f"{APP.api}/api/v1/karty/wynik",
                                          "status": 200})], screen="PdfActivity"),
        kl_register(APP, rng, lang="pl", tags={"program": "mammografijo",
                                               "miasto": L("Katowice", COARSE)}),
        zg_save(APP, rng, {"analytics": True, "marketing": False}),
        lk_geocode(APP, rng, "Szopienice targowisko", SEARCH, near=HOME_AT, nd=2),
        lk_route(APP, rng, [(HOME_AT, PRECISE), ((BUS["lat"], BUS["lon"]), None)],
                 mode="walking"),
        gd_message(APP, rng, L("Nie widza mojego wyniku z 15 stycznia", f"{TEXT}|{MED}"),
                   {"karta": L(SCREEN_NO, MED)}),
    ]
