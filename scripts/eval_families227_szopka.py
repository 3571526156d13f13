"""A Catholic parish's living-nativity play app "Betlejka" (the Kartuzy parish of St Joseph stages
a living nativity with Kashubian carols in the church square at Christmas; cast, costumes,
rehearsals, volunteers, the children's Advent dawn Masses; she sews costumes, her husband is a
shepherd, Maja an angel; its API's keys are Kashubian, ASCII-folded, with English ``email``,
``token``, ``id``: ``rejestracjo`` registration, ``miono``, ``nozwesko``, ``telefon``,
``parola``, ``dzen_urodzenio``, ``gard``, ``parafio`` (parafiô) parish, ``wyznanie``
denomination, ``wolontariusz`` volunteer, ``rola`` role, ``obsada`` cast, ``przedstawienie``
performance, ``osobe`` persons, ``wiek`` age, ``kostium`` costume, ``miare`` (miarë)
measurements, ``wzrost`` height, ``obwod`` girth, ``proba`` (prôba) rehearsal, ``meldunek``
check-in, ``polozenie``, ``roraty`` the Advent dawn Mass, ``znaczk`` sticker, ``msza`` Mass,
``zmiana`` shift, ``darenk`` gift/collection, ``cel`` purpose, ``sema``, ``lest`` letter,
``tekst``, ``dojazd`` ride, ``kierowca`` driver, ``miejsca`` seats, ``intencjo`` Mass intention,
``szukoj`` search, ``pokwitowanie`` receipt): registration (parish, denomination), an OAuth
password grant, ``/ja``, the cast list, the family's roles, costume measurements (gzip), the
rehearsals, a rehearsal check-in in the parish hall with her fix, Maja's Advent dawn-Mass
stickers, a volunteer shift, a collection for the parish charity, a rehearsal photo, a letter to
the curate, a ride to the second performance in Chmielno, the programme, a Mass intention for
her late father-in-law, her shifts by volunteer number in the path, a carol search, a receipt by
cookie GET, push and events. New: "nativity", "passion play", "mystery play" and "jaseł"
matched no file name or docstring; parish apps exist (sets 101, 124, 130, 151 and others:
candles, tithes, confession, pilgrimage seats, retreats) and set 191 has a festival carol
troupe; this is a parish play's cast and volunteer app (roles, costumes, rehearsals, shifts)."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families227_kit import (
    CHURCH,
    DAUGHTER,
    HALL_FIX,
    HUSBAND,
    KT_HOME,
    KT_HOME_AT,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families227_sdk import ch_crash, ch_crumb, mg_batch, mg_identify, mg_pixel, to_event
from eval_families227_svc import cr_save, hg_message, mw_route, pl_register, ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("betlejka", "Betlejka", "com.example.betlejka", "1.2.0",
          "https://api.betlejka.example.org")
IID = "X-Betlejka-Urzadzenie"
PW = "Aniol!Szopka25"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PAR = CHURCH["id"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, csb=True, **kw)


def betlejka() -> list[Case]:
    rng = random.Random(22721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), wolontariusz=L(VOLUNTEER, UID),
                                    parafio=L(PAR, SENS)))}
    hla, hlo = fix(HALL_FIX, 5)
    shifts = at_path(case(f, f"{a}/api/wolontariusz/{VOLUNTEER}/zmiany", headers=_h(rng, **b)),
                     VOLUNTEER, UID)
    return [
        case(f, f"{a}/api/rejestracjo", headers=_h(rng), body={
            "miono": L(FIRST, NAMEC), "nozwesko": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parola": L(PW, CRED), "dzen_urodzenio": L(DOB, BIRTH),
            "gard": L(KT_HOME["town"], COARSE), "parafio": L(PAR, SENS),
            "wyznanie": L("katolickô", SENS), "wolontariusz": L(VOLUNTEER, UID),
            "rola_wolontariusza": "kostiumë", "zgoda_rodo": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "betlejka-android"}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/obsada", headers=_h(rng, **b), query={
            "przedstawienie": "szopka-2025", "parafio": L(PAR, SENS)}),
        case(f, f"{a}/api/obsada/zgloszenie", headers=_h(rng, **b), body={
            "przedstawienie": "szopka-2025", "parafio": L(PAR, SENS), "osobe": [
                {"miono": L(HUSBAND[0], NAMEC), "rola": "pastuszk"},
                {"miono": L(KID, NAMEC), "rola": "aniol", "wiek": L(9, BIRTH)},
                {"miono": L(f"{FIRST} {LAST}", NAMEC), "rola": "kostiumë"}]}),
        case(f, f"{a}/api/kostium/miare", gz=True, headers=_h(rng, **b), body={
            "dzecko": {"miono": L(KID, NAMEC), "wzrost": L(136, FIT), "obwod": L(64, FIT)},
            "chlop": {"miono": L(HUSBAND[0], NAMEC), "wzrost": L(183, FIT)},
            "kostiumë": ["aniol-biale-s", "pastuszk-kozuch-xl"]}),
        case(f, f"{a}/api/probe", headers=_h(rng, **b), query={
            "przedstawienie": "szopka-2025", "tidzen": "2025-W51"}),
        case(f, f"{a}/api/probe/meldunek", headers=_h(rng, **b), body={
            "proba": obj(rng, "pb"), "polozenie": {"szerzo": hla, "dlegosc": hlo},
            "sala": {"id": "sala_parafialnô", "szerzo": CHURCH["lat"], "dlegosc": CHURCH["lon"]},
            "wolontariusz": L(VOLUNTEER, UID)}),
        case(f, f"{a}/api/roraty/znaczk", headers=_h(rng, **b), body={
            "dzecko": L(KID, NAMEC), "datum": "2025-12-12",
            "msza": L("roraty-6:30", SENS), "obecnosc": L(True, SENS), "znaczk": 9}),
        case(f, f"{a}/api/wolontariat/zmiana", fmt="form", headers=_h(rng, **b), body={
            "wolontariusz": L(VOLUNTEER, UID), "zmiana": obj(rng, "zm"),
            "stanowisko": "herbata", "godzene": "16-18"}),
        case(f, f"{a}/api/darenk", fmt="form", headers=_h(rng, **b), body={
            "cel": L("pomoc-parafialnô", SENS), "sema": L("50", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "anonimowo": "false"}),
        multipart(f, f"{a}/api/album/odjimczi", [
            ("odjimk", "proba_aniol.jpg", "image/jpeg", L(JPEG + b"\x6c", MEDIA)),
            ("meta", None, "application/json", {
                "album": "szopka-2025",
                "podpis": L("Maja as an angel at the rehearsal in church", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lest", headers=_h(rng, **b), body={
            "do": "ks_wikary",
            "tekst": L("Father Marek, Maja has a fever and will miss Thursday's rehearsal; we "
                       "will come to the 9:30 Mass on Sunday.", f"{TEXT}|{SENS}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/dojazd", headers=_h(rng, **b), body={
            "przedstawienie": "szopka-2025-chmielno", "miejsca": 3,
            "kierowca": {"miono": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "odjazd": {"szerzo": L(f"{KT_HOME_AT[0]:.3f}", PRECISE),
                       "dlegosc": L(f"{KT_HOME_AT[1]:.3f}", PRECISE)}}),
        case(f, f"{a}/api/program", headers=_h(rng, **b), query={
            "parafio": L(PAR, SENS), "rok": "2025"}),
        case(f, f"{a}/api/intencjo", headers=_h(rng, **b), body={
            "msza": "2025-12-28T09:30", "parafio": L(PAR, SENS),
            "intencjo": L("Za ś.p. Józefa Formelã w pierszą rocznicã smierci",
                          f"{TEXT}|{SENS}|{NAMEC}"),
            "sema": L(100, BUY)}),
        shifts,
        case(f, f"{a}/api/szukanie", headers=_h(rng, **b), query={
            "szukoj": L("kòlãda kaszëbskô tekst Dzys Jezës", SEARCH)}),
        case(f, f"{a}/api/pokwitowanie", headers=_h(rng, how="none"), cookies={
            "bt_sesja": L(opaque(rng, "", 40), CRED), "bt_urz": L(INSTALL_ID, DID),
            "bt_req": rid(rng)}),
        case(f, f"{a}/api/urzadzenie", headers=_h(rng, **b), body=push(push_token(rng),
                                                                        "csb_PL")),
        case(f, f"{a}/api/wedarzenia", gz=True, headers=_h(rng, **b), body={
            "brekownik": L(USER_ID, UID), "wedarzenia": [
                ev("obsada_otwarto", 1), ev("ekran", 2, ekran=L("Probe", USAGE)),
                ev("darenk", 3, cel=L("pomoc-parafialnô", SENS))]}),
    ]


def betlejka_sdks() -> list[Case]:
    rng = random.Random(22722)
    return [
        mg_batch(APP, rng, [("Rehearsal Check-in", {"week": 51}),
                            ("Donation", {"purpose": L("pomoc-parafialnô", SENS)})],
                 at=HALL_FIX, nd=2, locale="csb_PL"),
        mg_identify(APP, rng, {"parafio": L(CHURCH["name"], SENS),
                               "wolontariusz": L(VOLUNTEER, UID), "gard": L("Kartuzy", COARSE)}),
        mg_pixel(APP, rng, "Programme Opened", {"year": 2025}),
        to_event(APP, rng, "donation", {"cel": L("pomoc-parafialnô", SENS)}, revenue=50.0),
        ch_crash(APP, rng, ("java.net.SocketTimeoutException", "api/kostium/miare"),
                 [ch_crumb("nav", "Home -> Kostium"), ch_crumb("tap", "wyslij")],
                 screen="KostiumActivity"),
        pl_register(APP, rng, lang="csb", at=KT_HOME_AT, nd=2,
                    tags={"parafio": L("sw-jozef-kartuzy", SENS), "rola": "kostiume"}),
        cr_save(APP, rng, {"analytics": True, "marketing": False}),
        ps_card(APP, rng, email=True),
        ps_confirm(APP, rng, "50.00"),
        mw_route(APP, rng, [(KT_HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="walking"),
        hg_message(APP, rng, L("My receipt for the parish charity collection did not arrive",
                               f"{TEXT}|{SENS}"), {"wolontariusz": L(VOLUNTEER, UID)}),
    ]
