"""A youth mini-speedway school's parent app "Szlaka" (szlaka: cinders; the school's mini-track in
Rybnik, where Francik, 10, rides an 85 cc bike on Saturdays while his grandmother watches; its
API's keys are Silesian, ASCII-folded: ``bajtel`` child, ``opiekun`` guardian, ``miano`` /
``nazwisko`` name/surname, ``datum_narodzin`` birth date, ``plec`` sex (``synek`` boy),
``licencja`` licence, ``orzeczynie`` (medical) certificate, ``dochtor`` doctor, ``waga`` /
``wzrost`` weight/height, ``ubezpieczynie`` insurance, ``trening`` training, ``tor`` track,
``motor`` bike, ``kask`` helmet, ``czasy`` lap times, ``wypadek`` accident, ``oma`` grandmother,
``odbior`` pick-up, ``skladka`` fee, ``wynajem`` hire, ``zawody`` race, ``bild`` picture,
``kaj`` where, ``szyrokosc``/``dugosc`` latitude/longitude, ``wiadomosc`` message): the parent's
sign-up, an e-mail code, ``/jo`` with a ``bajtle`` claim, the son's registration (PESEL, birth
date, height and weight for the bike class), the sports-medicine certificate (PDF), the parent's
consent signature, the accident insurance, the monthly fee, a bike hire, training slots, a race
entry, the paddock check-in with her fix, a protobuf vest-tracker beat of the son on the track,
lap times queued offline (JSON Lines), an accident report, the grandmother's pick-up
authorisation, a race photo, the kit order (sizes), results by licence number in the path, a
message to the coach, the home address, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families276_kit import (
    GRANDMA_AT,
    HOME,
    MOTHER_IL,
    PADDOCK_FIX,
    SON,
    TRACK,
    fix,
    hd,
    push,
)
from eval_families276_sdk import (
    aw_crash,
    aw_crumb,
    sp_event,
    sp_launch,
    zl_batch,
    zl_queue,
)
from eval_families276_svc import (
    cw_confirm,
    gd_message,
    kl_register,
    lk_route,
    sz_eval,
    zg_check,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("szlaka", "Szlaka", "com.example.szlaka", "1.9.7", "https://api.szlaka.example.net")
IID = "X-Szlaka-Device"
PW = "Francik85!Ryb"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def szlaka() -> list[Case]:
    rng = random.Random(27631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    lic = SON["licence"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), bajtle=[L(lic, UID)],
                                    rola="opiekun"))}
    pla, plo = fix(PADDOCK_FIX, 5)
    lab: dict[str, str] = {}
    run = (50.094512, 18.531407)  # the son on the track's back straight
    beat = pb([(1, L(lic, UID)), (2, "vest_0931"), (3, 1768646400),
               (4, [(1, L(run[0], PRECISE)), (2, L(run[1], PRECISE)), (3, 11.4)]),
               (5, [(1, TRACK["lat"]), (2, TRACK["lon"])]), (6, 3)], "", lab)
    results = at_path(case(f, f"{a}/v1/zawodnicy/{lic}/wyniki", headers=_h(rng, **b),
                           query={"sezon": "2025"}), lic, UID)
    return [
        case(f, f"{a}/v1/opiekunowie", headers=_h(rng), body={
            "miano": L(FIRST, NAMEC), "nazwisko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobilniok": L(E164, TEL), "haslo": L(PW, CRED), "relacyjo": "mama"}),
        case(f, f"{a}/v1/auth/kod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kod": L("640271", CRED)}),
        case(f, f"{a}/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bajtle", headers=_h(rng, **b), body={
            "miano": L(SON["first"], NAMEC), "nazwisko": L(SON["last"], NAMEC),
            "pesel": L(SON["pesel"], NID), "datum_narodzin": L(SON["dob"], BIRTH),
            "plec": L(SON["sex"], GENDER), "wzrost": L(142, FIT), "waga": L(34, FIT),
            "licencja": L(lic, UID), "klasa": "85cc-mini"}),
        multipart(f, f"{a}/v1/bajtle/orzeczynie", [
            ("plik", "orzeczenie_sportowe.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "licencja": L(lic, UID), "wynik": L("zdolny, bez przeciwwskazan", MED),
                "waznosc": L("2026-06-30", MED), "dochtor": "lek. med. sportowej #4471"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/zgody", [
            ("podpis", "podpis_opiekuna.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("zgoda", None, "application/json", {
                "licencja": L(lic, UID), "wzor": "zgoda_rodzica_v4",
                "podpisane_bez": L(f"{FIRST} {LAST}", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ubezpieczynie", headers=_h(rng, **b), body={
            "licencja": L(lic, UID), "polisa": L("NNW-2026-551904", BUY),
            "suma": L(89, BUY), "wariant": "junior-moto"}),
        case(f, f"{a}/v1/skladki", fmt="form", headers=_h(rng, **b), body={
            "licencja": L(lic, UID), "miesionc": "2026-02", "suma": L("250.00", BUY),
            "metoda": L(opaque(rng, "pm_", 24), PAY), "karta_4": L("4444", PAY)}),
        case(f, f"{a}/v1/wynajem", headers=_h(rng, **b), body={
            "motor": "mt_85_07", "kask": "kask_s_12", "sobota": "2026-01-17",
            "suma": L(120, BUY), "licencja": L(lic, UID)}),
        case(f, f"{a}/v1/treningi", headers=_h(rng, **b), query={
            "tor": TRACK["id"], "klasa": "85cc-mini", "tydziyn": "2026-W03"}),
        case(f, f"{a}/v1/zawody/zgloszynie", headers=_h(rng, **b), body={
            "zawody": "mini_gp_ryb_03", "licencja": L(lic, UID), "numer_startowy": 17,
            "wpisowe": L(60, BUY), "mechanik": L("Krystian Pieczka", NAMEC)}),
        case(f, f"{a}/v1/padok/meldowanie", headers=_h(rng, **b), body={
            "tor": {"id": TRACK["id"], "szyrokosc": TRACK["lat"], "dugosc": TRACK["lon"]},
            "kaj": {"szyrokosc": pla, "dugosc": plo}, "licencja": L(lic, UID)}),
        raw(f, f"{a}/v1/tracker/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/czasy/kolejka", [
            {"licencja": L(lic, UID), "okrazynie": i + 1, "czas_ms": 41800 - 350 * i,
             "transponder": "tp_club_22", "t": 1768647000 + 45 * i} for i in range(3)],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/wypadki", headers=_h(rng, **b), body={
            "licencja": L(lic, UID), "datum": "2026-01-17T11:20",
            "opis": L("Francik fell in turn 2, bruised left knee, the medic put ice on it, no "
                      "concussion.", f"{TEXT}|{MED}|{NAMEC}"),
            "uraz": L("stluczone kolano lewe", MED)}),
        case(f, f"{a}/v1/odbior/upowaznienie", headers=_h(rng, **b), body={
            "licencja": L(lic, UID), "oma": {"miano_nazwisko": L(MOTHER_IL["name"], NAMEC),
                                             "mobilniok": L(MOTHER_IL["phone"], TEL)},
            "dni": ["sob"]}),
        multipart(f, f"{a}/v1/bildy", [
            ("bild", "start_17.jpg", "image/jpeg", L(JPEG + b"\x85", MEDIA)),
            ("meta", None, "application/json", {
                "licencja": L(lic, UID),
                "opis": L(f"{KID} na starcie, pierwszy wyscig!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sklep/zamowiynie", fmt="msgpack", headers=_h(rng, **b), body={
            "pozycje": [{"art": "kevlar_junior", "rozmiar": "140", "cyna": 590},
                        {"art": "buty_moto", "rozmiar": "35", "cyna": 310}],
            "suma": L(900, BUY), "wzrost": L(142, FIT), "licencja": L(lic, UID)}),
        results,
        case(f, f"{a}/v1/wiadomosci", headers=_h(rng, **b), body={
            "do": "trener_mini",
            "wiadomosc": L("Panie trenerze, can Francik try the 2nd gate next week?",
                           TEXT)}),
        case(f, f"{a}/v1/opiekun/adresa", headers=_h(rng, **b), body={
            "gasa": L(HOME["line"], ADDR), "miasto": L(HOME["town"], COARSE),
            "kod": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/urzondzynia", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/zdarzynia", headers=_h(rng, how="none"), cookies={
            "sz_sid": L(opaque(rng, "", 40), CRED), "sz_dev": L(INSTALL_ID, DID)}, body={
            "uzywocz": L(USER_ID, UID), "zdarzynia": [
                ev("wyniki_otwarte", 1), ev("ekran", 2, ekran=L("Treningi", USAGE))]}),
    ]


def szlaka_sdks() -> list[Case]:
    rng = random.Random(27632)
    return [
        zl_batch(APP, rng, [("Fee Paid", {"amount": L(250, BUY)}),
                            ("Race Entered", {"class": "85cc-mini"})], at=PADDOCK_FIX, nd=3),
        zl_queue(APP, rng, [("Lap Recorded", {"lap": 1}), ("Lap Recorded", {"lap": 2})]),
        sp_launch(APP, rng, first=True, user=True),
        sp_event(APP, rng, "purchase", {"kit": "kevlar_junior"}, revenue=900.0),
        aw_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "lap table"),
                 [aw_crumb("nav", "Wyniki -> Czasy")], user={"id": L(USER_ID, UID)},
                 screen="LapsActivity"),
        sz_eval(APP, rng, {"track": TRACK["id"], "children": 1}),
        kl_register(APP, rng, tags={"klasa": "85cc-mini", "tor": TRACK["id"]}),
        zg_check(APP, rng, {"analytics": True, "photos_public": False}),
        cw_confirm(APP, rng, "250.00"),
        lk_route(APP, rng, [(GRANDMA_AT, PRECISE), ((TRACK["lat"], TRACK["lon"]), None)]),
        gd_message(APP, rng, L(f"The February fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"licencja": L(SON["licence"], UID)}),
    ]
