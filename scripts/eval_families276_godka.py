"""A Silesian-language and regional-identity society's members' app "Godomy" (Katowice; its API's
keys are Silesian, ASCII-folded: ``miano``/``nazwisko`` name/surname, ``mobilniok`` mobile,
``haslo`` password, ``datum_narodzin`` birth date, ``czlonek`` member, ``skladka`` dues,
``narodowosc`` nationality, ``godka`` speech/language, ``chop`` husband, ``kurs`` course,
``lekcyjo`` lesson, ``zadanie`` exercise, ``nagrani`` recording, ``slownik`` dictionary,
``szukanie`` search, ``petycyjo`` petition, ``marsz`` march, ``kaj`` where, ``szyrokosc``/
``dugosc`` latitude/longitude, ``datek`` donation, ``fundusz`` fund, ``bilet`` ticket,
``wieczor`` evening, ``familijo`` family, ``opa`` grandfather, ``gruba`` mine, ``wiadomosc``
message, ``uzywocz`` user): joining (her motive, her husband's family's declared Silesian
nationality), an OAuth password grant, ``/jo``, the dues, a beginners' course, a lesson's
exercise she wrote, her pronunciation recording, a dictionary search, the petition for
regional-language status, the July autonomy march with her fix, a donation to the campaign fund,
tickets for a cabaret evening, the family-history entry about her husband's grandfather, a
volunteer sign-up for the census campaign, the hall's events, a message to the course tutor, the
member card by number in the path, a receipt by cookie GET, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    M4A,
    MAIL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families276_kit import (
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MARCH_FIX,
    MEMBER,
    fix,
    hd,
    obj,
    push,
)
from eval_families276_sdk import li_bid, li_notice, sp_event, zl_batch, zl_identify
from eval_families276_svc import cw_card, cw_confirm, gd_message, kl_register, lk_reverse, zg_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("godomy", "Godomy", "com.example.godomy", "2.2.0", "https://api.godomy.example.org")
IID = "X-Godomy-Urzondzynie"
PW = "Szola&Hajer2026"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pl=True, **kw)


def godomy() -> list[Case]:
    rng = random.Random(27621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), czlonek=L(MEMBER, UID),
                                    kolo=L("Godomy - kolo Katowice", SENS)))}
    mla, mlo = fix(MARCH_FIX, 4)
    card = at_path(case(f, f"{a}/v1/czlonkowie/{MEMBER}/legitymacyjo", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/v1/czlonkowie", headers=_h(rng), body={
            "miano": L(FIRST, NAMEC), "nazwisko": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobilniok": L(E164, TEL), "haslo": L(PW, CRED),
            "datum_narodzin": L(DOB, BIRTH), "miasto": L(HOME["town"], COARSE),
            "dzielnica": L(HOME["area"], COARSE),
            "narodowosc": L("amerykanska; slonsko z wyboru", SENS),
            "chop": {"miano_nazwisko": L(HUSBAND[0], NAMEC),
                     "narodowosc": L("slonsko (spis 2021)", SENS)},
            "czamu": L("My husband's family godo po slonsku and I want our son to keep it; "
                       "Silesian should be a regional language.", f"{TEXT}|{SENS}"),
            "czlonek": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "godomy-android"}),
        case(f, f"{a}/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/skladki", fmt="form", headers=_h(rng, **b), body={
            "czlonek": L(MEMBER, UID), "rok": "2026", "suma": L("60", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "cel": L("czlonkowsko", SENS)}),
        case(f, f"{a}/v1/kursy/zapis", headers=_h(rng, **b), body={
            "kurs": "godka_a1_wt", "sala": HALL["id"], "czlonek": L(MEMBER, UID),
            "poziom": "A1", "suma": L(240, BUY)}),
        case(f, f"{a}/v1/lekcyje/l04/zadanie", headers=_h(rng, **b), body={
            "lekcyjo": "l04", "tekst": L("Moj chop robi na grubie, a synek jeździ na motorze "
                                         "w Rybniku. Jo sie uczã godać.", TEXT),
            "czas_s": 412}),
        multipart(f, f"{a}/v1/lekcyje/l04/nagrani", [
            ("nagrani", "wymowa_l04.m4a", "audio/mp4", L(M4A + b"\x04", MEDIA)),
            ("meta", None, "application/json", {"lekcyjo": "l04", "dlugosc_s": 38,
                                                "czlonek": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/slownik", headers=_h(rng, **b), query={
            "szukanie": L("szola", SEARCH), "kerunek": "szl-en"}),
        case(f, f"{a}/v1/petycyje/jynzyk-regionalny/podpis", headers=_h(rng, **b), body={
            "petycyjo": L("uznanie godki slonskij za jynzyk regionalny", SENS),
            "miano_nazwisko": L(f"{FIRST} {LAST}", NAMEC), "miasto": L(HOME["town"], COARSE),
            "email": L(EMAIL, MAIL), "publicznie": "niy", "podpis_id": obj(rng, "pd")}),
        case(f, f"{a}/v1/marsz/obecnosc", headers=_h(rng, **b), body={
            "wydarzynie": L("Marsz Autonomii 2025", SENS), "datum": "2025-07-12",
            "kaj": {"szyrokosc": mla, "dugosc": mlo}, "rola": L("wolontariuszka", SENS)}),
        case(f, f"{a}/v1/datki", fmt="form", headers=_h(rng, **b), body={
            "fundusz": L("kampania autonomii", SENS), "suma": L("100", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "anonimowo": "niy"}),
        case(f, f"{a}/v1/bilety", headers=_h(rng, **b), body={
            "wieczor": "kabaret_po_slonsku_feb", "sala": HALL["id"], "ilosc": 2,
            "suma": L(90, BUY), "bilet": L("BL-2602-4471", BUY),
            "goscie": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)]}),
        case(f, f"{a}/v1/familijo/historia", headers=_h(rng, **b), body={
            "opa": {"miano_nazwisko": L("Alojz Pieczka", NAMEC), "roczniki": "1931-1998",
                    "gruba": "KWK Wieczorek", "robota": "hajer"},
            "opowiesc": L("Opa Alojz Pieczka was a hajer at Wieczorek for 35 years and only "
                          "spoke Silesian at home.", f"{TEXT}|{NAMEC}|{SENS}"),
            "czlonek": L(MEMBER, UID)}),
        case(f, f"{a}/v1/wolontariat", fmt="form", headers=_h(rng, **b), body={
            "akcja": L("spis-2031-deklaruj-slonsko", SENS), "czlonek": L(MEMBER, UID),
            "dni": "sob,niedz", "mobilniok": L(E164, TEL)}),
        case(f, f"{a}/v1/sale/{HALL['id']}/wydarzynia", headers=_h(rng, **b), query={
            "od": "2026-02-01", "do": "2026-02-28"}),
        case(f, f"{a}/v1/sala/meldowanie", headers=_h(rng, **b), body={
            "sala": HALL["id"], "kaj": {"szyrokosc": L(round(HALL_FIX[0], 5), PRECISE),
                                        "dugosc": L(round(HALL_FIX[1], 5), PRECISE)},
            "sala_kaj": {"szyrokosc": HALL["lat"], "dugosc": HALL["lon"]}}),
        case(f, f"{a}/v1/wiadomosci", headers=_h(rng, **b), body={
            "do": "tutor_a1_wt",
            "wiadomosc": L("Pani Jadwigo, I will miss Tuesday, Francik has a race in Rybnik.",
                           TEXT)}),
        card,
        case(f, f"{a}/v1/potwierdzynia/ostatnie", headers=_h(rng, how="none"), cookies={
            "gd_sesyjo": L(opaque(rng, "", 40), CRED), "gd_urz": L(INSTALL_ID, DID),
            "gd_req": rid(rng)}),
        case(f, f"{a}/v1/urzondzynia", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/zdarzynia", gz=True, headers=_h(rng, **b), body={
            "uzywocz": L(USER_ID, UID), "zdarzynia": [
                ev("petycyjo_podpisano", 1), ev("ekran", 2, ekran=L("Slownik", USAGE)),
                ev("datek", 3, fundusz=L("kampania autonomii", SENS))]}),
    ]


def godomy_sdks() -> list[Case]:
    rng = random.Random(27622)
    return [
        zl_batch(APP, rng, [("Petition Signed", {"petition": L("jynzyk-regionalny", SENS)}),
                            ("Lesson Done", {"lesson": "l04"})], at=HALL_FIX, nd=2),
        zl_identify(APP, rng, {"kolo": L("Godomy Katowice", SENS), "czlonek": L(MEMBER, UID),
                               "miasto": L("Katowice", COARSE)}),
        sp_event(APP, rng, "donation", {"fund": L("kampania autonomii", SENS)}, revenue=100.0,
                 hashed=True),
        li_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="kultura,jezyk,slask"),
        li_notice(APP, rng, "imp"),
        kl_register(APP, rng, lang="pl", at=HOME_AT, nd=2,
                    tags={"kolo": L("Godomy Katowice", SENS), "kurs": "A1"}),
        zg_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cw_card(APP, rng, email=True),
        cw_confirm(APP, rng, "100.00"),
        lk_reverse(APP, rng, MARCH_FIX, PRECISE, nd=4),
        gd_message(APP, rng, L("My donation to the autonomy campaign was charged twice",
                               f"{TEXT}|{SENS}"), {"czlonek": L(MEMBER, UID)}),
    ]
