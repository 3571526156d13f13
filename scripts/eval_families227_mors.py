"""Winter sea-swimming ("walrus") club app "Mòrsczi Brzezno" (a Gdańsk club that meets at the
Brzeźno pier for dips in the Baltic from November to March; its API's keys are Kashubian,
ASCII-folded as the club's developer writes them, with English ``email``, ``token``, ``id``:
``miono`` first name, ``nozwesko`` (nôzwëskò) surname, ``telefon``, ``parola`` password,
``dzen_urodzenio`` (dzéń ùrodzeniô) birth date, ``plec`` sex (``bialka`` woman), ``gard`` town,
``karta_czlonka`` membership card, ``kontakt_pomoc`` emergency contact, ``chlop`` husband,
``zdrowie`` health, ``choroba_serca`` heart disease, ``cesnienie_krwi`` blood pressure,
``lekarstwa`` medicines, ``ciaza`` pregnancy, ``kapiel`` dip, ``polozenie`` position, ``szerzo`` /
``dlegosc`` latitude / longitude, ``mol`` (môl) place, ``sklodka`` (skłôdka) dues, ``sema`` (sëma)
amount, ``placenk`` (płacënk) payment, ``minute_w_wodze`` minutes in the water, ``tetno`` pulse,
``odjimk`` (òdjimk) photo, ``podpis`` caption, ``szukanie`` search, ``bestelenk`` (bestelënk)
order, ``dowoz`` delivery, ``adresa`` address, ``wiadomosc`` message, ``urzadzenie`` device,
``jazek`` (jãzëk) language, ``wedarzenia`` events): sign-up, log-in, ``/ja``, the health
declaration (gzip), the ECG certificate (PDF), the Sunday dips, a dip booked for her and her
husband, the season's dues, a check-in on the beach, a protobuf dip beat, the dip's result
(msgpack), a group photo, points by cookie, the season challenge, a search, the club-shop order
with delivery, its status by order number in the path, a message to the club chat, the season's
accident insurance with her PESEL, push, events and a log-out. New: "walrus", "winter swim", "ice
swim" and "cold plunge" matched no file name or docstring; set 155's sea swims are a summer
open-water race series with tow-float trackers."""

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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families227_kit import (
    BEACH_FIX,
    HUSBAND,
    KT_HOME,
    MORS_CARD,
    PESEL,
    PIER,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families227_sdk import (
    bm_bid,
    bm_notice,
    ch_crash,
    ch_crumb,
    ch_session,
    mg_batch,
    mg_identify,
    to_event,
    to_launch,
)
from eval_families227_svc import hg_message, mw_reverse, pl_register, ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("morsczi", "Morsczi", "com.example.morsczi", "3.1.0", "https://api.morsczi.example.com")
IID = "X-Morsczi-Urzadzenie"
PW = "Zemno!Brzezno25"
DOB_CSB = "17.05.1991"
NID, FIT = "personal.national_id", "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
ORDER = "MB-SK-551902"  # the club-shop order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, csb=True, **kw)


def morsczi() -> list[Case]:
    rng = random.Random(22701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), karta=L(MORS_CARD, UID)))}
    bla, blo = fix(BEACH_FIX)
    dip = obj(rng, "kp")
    lab: dict[str, str] = {}
    beat = pb([(1, L(MORS_CARD, UID)), (2, dip), (3, 1765713600),
               (4, [(1, L(BEACH_FIX[0], PRECISE)), (2, L(BEACH_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(4, FIT)), (6, L(118, FIT)), (7, L(62, DEV))], "", lab)
    status = at_path(case(f, f"{a}/api/v1/bestelenk/{ORDER}/status", headers=_h(rng, **b)),
                     ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/zapisanie", headers=_h(rng), body={
            "miono": L(FIRST, NAMEC), "nozwesko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parola": L(PW, CRED), "dzen_urodzenio": L(DOB_CSB, BIRTH),
            "plec": L("bialka", GENDER), "gard": L(KT_HOME["town"], COARSE),
            "karta_czlonka": L(MORS_CARD, UID),
            "kontakt_pomoc": {"miono": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                              "kim": "chlop"},
            "zgoda_regulamin": True}),
        case(f, f"{a}/api/v1/logowanie", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "parola": L(PW, CRED), "pamiatac": "1"}),
        case(f, f"{a}/api/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/zdrowie/deklaracjo", gz=True, headers=_h(rng, **b), body={
            "karta_czlonka": L(MORS_CARD, UID), "choroba_serca": L(False, MED),
            "cesnienie_krwi": L("118/76", MED), "padaczka": L(False, MED),
            "uczulenie_na_zemno": L(False, MED), "ciaza": L(False, f"{MED}|{SENS}"),
            "lekarstwa": [L("cetirizine 10 mg", MED)], "sezon": "2025/26"}),
        multipart(f, f"{a}/api/v1/zdrowie/ekg", [
            ("plik", "ekg_2025-11.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"karta_czlonka": L(MORS_CARD, UID),
                                                "datum": "2025-11-04", "rodzaj": "EKG"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kapiele", headers=_h(rng, **b), query={
            "tidzen": "2025-W50", "mol": PIER["id"]}),
        case(f, f"{a}/api/v1/kapiele/{dip}/zapisy", headers=_h(rng, **b), body={
            "karta_czlonka": L(MORS_CARD, UID), "osobe": 2,
            "gosc": {"miono": L(HUSBAND[0], NAMEC), "pierszi_raz": True},
            "termos": True}),
        case(f, f"{a}/api/v1/sklodka", fmt="form", headers=_h(rng, **b), body={
            "karta_czlonka": L(MORS_CARD, UID), "sema": L("120.00", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "ostatne_sztere": L("4444", PAY),
            "sezon": "2025/26"}),
        case(f, f"{a}/api/v1/meldunek", headers=_h(rng, **b), body={
            "kapiel": dip, "polozenie": {"szerzo": bla, "dlegosc": blo, "dokladnosc": 7},
            "mol": {"id": PIER["id"], "szerzo": PIER["lat"], "dlegosc": PIER["lon"]},
            "karta_czlonka": L(MORS_CARD, UID), "temperatura_wode": 4.1,
            "temperatura_luftu": -1.5, "wiater_ms": 6}),
        raw(f, f"{a}/api/v1/kapiel/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kapiel/wenik", fmt="msgpack", headers=_h(rng, **b), body={
            "kapiel": dip, "karta_czlonka": L(MORS_CARD, UID),
            "minute_w_wodze": L(4, FIT), "tetno_max": L(131, FIT), "tetno_sredne": L(112, FIT),
            "temperatura_wode": 4.1, "termometr": "brz_t02",
            "uwoga": L("Zëmno w nodżi, ale bëlno. Paweł wszedł do pasa.", TEXT)}),
        multipart(f, f"{a}/api/v1/odjimczi", [
            ("odjimk", "niedzela_molo.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "kapiel": dip, "album": "grudzen-2025",
                "podpis": L("Niedzelnô kąpiel przë mòlu, jo i Paweł", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/punkte", headers=_h(rng, how="none"), cookies={
            "mb_sesja": L(opaque(rng, "", 40), CRED), "mb_urzadzenie": L(INSTALL_ID, DID),
            "mb_req": rid(rng)}),
        case(f, f"{a}/api/v1/wezwanie", headers=_h(rng, **b), body={
            "karta_czlonka": L(MORS_CARD, UID), "cel_kapieli": L(40, FIT),
            "dotad_kapieli": L(11, FIT), "wezwanie": "sezon-40"}),
        case(f, f"{a}/api/v1/szukanie", headers=_h(rng, **b), query={
            "szukanie": L("czapka neoprenowo rozmior M", SEARCH), "strona": "1"}),
        case(f, f"{a}/api/v1/sklep/bestelenk", headers=_h(rng, **b), body={
            "bestelenk": L(ORDER, BUY),
            "pozycje": [{"towar": "rekawiczki-neopren-3mm", "rozmior": "M", "cena": 89},
                        {"towar": "czapka-klubowo", "cena": 45}],
            "sema": L(134, BUY),
            "dowoz": {"odbiorca": L(f"{FIRST} {LAST}", NAMEC),
                      "adresa": L(KT_HOME["line"], ADDR), "gard": L(KT_HOME["town"], COARSE),
                      "kod_pocztowi": L(KT_HOME["post"], COARSE)}}),
        status,
        case(f, f"{a}/api/v1/wiadomosc", headers=_h(rng, **b), body={
            "czat": "niedzela-10", "wiadomosc": L(
                "Will be at the pier at 10 with Pawel, call me on +1 555 010 0199 if plans "
                "change", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/ubezpieczenie", fmt="form", headers=_h(rng, **b), body={
            "pesel": L(PESEL, NID), "dzen_urodzenio": L(DOB_CSB, BIRTH),
            "sema": L("39.00", BUY), "wariant": "NNW-sezon", "karta_czlonka": L(MORS_CARD, UID)}),
        case(f, f"{a}/api/v1/urzadzenie", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "id_urzadzenia": L(INSTALL_ID, DID),
            "jazek": L("csb", DEV), "czasowo_strefa": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/wedarzenia", gz=True, headers=_h(rng, **b), body={
            "brekownik": L(USER_ID, UID), "wedarzenia": [
                ev("kapiel_zapisano", 1, mol=PIER["id"]), ev("sklodka", 2, sema=L(120, BUY)),
                ev("ekran", 3, ekran=L("MojeKapiele", USAGE))]}),
        case(f, f"{a}/api/v1/wulogowanie", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "urzadzenie": L(INSTALL_ID, DID)}),
    ]


def morsczi_sdks() -> list[Case]:
    rng = random.Random(22702)
    return [
        mg_batch(APP, rng, [("Dip Booked", {"pier": PIER["id"]}),
                            ("Checked In", {"water_c": 4.1})],
                 at=BEACH_FIX, nd=2, locale="csb_PL"),
        mg_identify(APP, rng, {"gard": L("Kartuzy", COARSE), "karta": L(MORS_CARD, UID),
                               "sezon": 3}),
        to_launch(APP, rng, first=True),
        to_event(APP, rng, "purchase", {"sklodka": "2025/26"}, revenue=120.0, hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BEACH_FIX, nd=3,
               keywords="winter,swimming,baltic"),
        bm_notice(APP, rng, "win"),
        ch_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [ch_crumb("nav", "Kapiel -> Odjimk"),
                  ch_crumb("net", "POST", {"url": f"{APP.api}/api/v1/meldunek", "status": 201})],
                 screen="OdjimkActivity"),
        pl_register(APP, rng, lang="csb", at=BEACH_FIX, nd=2,
                    tags={"mol": PIER["id"], "gard": L("Kartuzy", COARSE)}),
        ch_session(APP, rng, secs=611),
        ps_card(APP, rng),
        ps_confirm(APP, rng, "120.00"),
        mw_reverse(APP, rng, BEACH_FIX, PRECISE, nd=5),
        hg_message(APP, rng, L(f"Skłôdka zapłacónô dwa razë, karta {MORS_CARD}", f"{TEXT}|{UID}"),
                   {"karta": L(MORS_CARD, UID)}),
    ]
