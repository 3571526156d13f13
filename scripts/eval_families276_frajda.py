"""An amusement park's season-pass app "Frajda" (frajda: fun; a park on the Katowice edge where
the family goes on summer Sundays; its API's keys are Silesian, ASCII-folded: ``karnet`` season
pass, ``osoby`` persons, ``miano``/``nazwisko`` name/surname, ``mobilniok`` mobile, ``haslo``
password, ``datum_narodzin`` birth date, ``wzrost`` height, ``fotka`` photo, ``opaska``
wristband, ``bajtel`` child, ``kolejka`` (virtual) queue, ``atrakcyjo`` ride, ``zgubiony`` lost,
``ostatnio_widziany`` last seen, ``kaj`` where, ``szyrokosc``/``dugosc`` latitude/longitude,
``jedzyni`` food, ``parking``, ``ocyna`` rating, ``szukanie`` search, ``suma`` amount,
``zoplata`` payment): sign-up, log-in, ``/jo``, the family season pass (the son's height for
the rides), the pass photos, the payment, the son's wristband paired, the park's Wi-Fi, her
position on the park map, a virtual-queue slot, a lost-child alert with his description and
her fix, the "found" close, a ride photo bought, food ordered to a table, parking, a review, a
search, the pass by number in the path, a gift pass link (base64 JSON in a form field), a
complaint, push, events and a refresh."""

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
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families276_kit import (
    BAND,
    HOME_AT,
    HUSBAND,
    PARK,
    PARK_FIX,
    PASS,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families276_sdk import (
    aw_crash,
    aw_crumb,
    li_bid,
    sp_event,
    sp_launch,
    zl_batch,
)
from eval_families276_svc import cw_card, cw_confirm, kl_register, lk_reverse, sz_eval, zg_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("frajda", "Frajda", "com.example.frajda", "7.1.0", "https://api.frajda.example.com")
IID = "X-Frajda-Install"
PW = "Karuzela#2026nik"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def frajda() -> list[Case]:
    rng = random.Random(27651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), karnet=L(PASS, BUY)))}
    pla, plo = fix(PARK_FIX)
    lost_at = (50.277104, 18.987311)  # her phone where she last saw the son
    card = at_path(case(f, f"{a}/v3/karnety/{PASS}", headers=_h(rng, **b)), PASS, BUY)
    return [
        case(f, f"{a}/v3/konta", headers=_h(rng), body={
            "miano": L(FIRST, NAMEC), "nazwisko": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobilniok": L(E164, TEL), "haslo": L(PW, CRED), "datum_narodzin": L(DOB, BIRTH),
            "miasto": L("Katowice", COARSE), "newsletter": "niy"}),
        case(f, f"{a}/v3/logowanie", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "haslo": L(PW, CRED)}),
        case(f, f"{a}/v3/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/karnety", headers=_h(rng, **b), body={
            "rodzaj": "familijny-2026", "karnet": L(PASS, BUY), "suma": L(749, BUY),
            "osoby": [{"miano_nazwisko": L(f"{FIRST} {LAST}", NAMEC)},
                      {"miano_nazwisko": L(HUSBAND[0], NAMEC)},
                      {"miano_nazwisko": L(KID, NAMEC), "datum_narodzin": L(SON["dob"], BIRTH),
                       "wzrost": L(142, FIT)}]}),
        multipart(f, f"{a}/v3/karnety/fotki", [
            ("fotka", "karnet_jane.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("fotka_bajtel", "karnet_francik.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"karnet": L(PASS, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/zoplata", fmt="form", headers=_h(rng, **b), body={
            "karnet": L(PASS, BUY), "suma": L("749.00", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "raty": "3"}),
        case(f, f"{a}/v3/opaski/parowanie", headers=_h(rng, **b), body={
            "opaska": L(BAND, DID), "bajtel": L(KID, NAMEC), "karnet": L(PASS, BUY),
            "alarm_odleglosc_m": 150, "mobilniok_rodzica": L(E164, TEL)}),
        case(f, f"{a}/v3/wifi/polonczynie", headers=_h(rng, **b), body={
            "ssid": L(PARK["ssid"], WIFI), "bssid": L(PARK["bssid"], WIFI),
            "ip_lokalne": L("10.44.3.118", DEV), "karnet": L(PASS, BUY)}),
        case(f, f"{a}/v3/mapa/kaj", headers=_h(rng, **b), query={
            "szyrokosc": L(f"{PARK_FIX[0]:.5f}", PRECISE),
            "dugosc": L(f"{PARK_FIX[1]:.5f}", PRECISE), "warstwa": "atrakcyje"}),
        case(f, f"{a}/v3/kolejka", headers=_h(rng, **b), body={
            "atrakcyjo": "at_hajerski_ekspres", "osoby": 2, "slot": obj(rng, "sl"),
            "wzrost_min": 120, "bajtel_wzrost": L(142, FIT), "karnet": L(PASS, BUY)}),
        case(f, f"{a}/v3/zgubiony", headers=_h(rng, **b), body={
            "bajtel": {"miano_nazwisko": L(KID, NAMEC), "wiek": L(10, BIRTH),
                       "opaska": L(BAND, DID)},
            "opis": L("Francik, 10, red Szlaka hoodie, blue cap, near the big wheel",
                      f"{TEXT}|{NAMEC}"),
            "ostatnio_widziany": {"szyrokosc": L(lost_at[0], PRECISE),
                                  "dugosc": L(lost_at[1], PRECISE)},
            "kaj_jo": {"szyrokosc": pla, "dugosc": plo}, "mobilniok": L(E164, TEL)}),
        case(f, f"{a}/v3/zgubiony/zamkniyte", fmt="form", headers=_h(rng, **b), body={
            "zgloszynie": obj(rng, "zg"), "status": "znaleziony", "opaska": L(BAND, DID)}),
        case(f, f"{a}/v3/fotki/atrakcyje", headers=_h(rng, **b), body={
            "fotka": obj(rng, "rf"), "atrakcyjo": "at_hajerski_ekspres", "suma": L(30, BUY),
            "karnet": L(PASS, BUY)}),
        case(f, f"{a}/v3/jedzyni", fmt="msgpack", headers=_h(rng, **b), body={
            "stol": "T-41", "pozycje": [{"danie": "krupniok z chlebem", "ilosc": 2, "cyna": 16},
                                        {"danie": "lody", "ilosc": 1, "cyna": 12}],
            "suma": L(44, BUY), "uwagi": L("No onion for the boy", TEXT)}),
        case(f, f"{a}/v3/parking", headers=_h(rng, **b), query={
            "karnet": L(PASS, BUY), "tablica": "SK 4821F", "strefa": "P2"}),
        case(f, f"{a}/v3/ocyny", headers=_h(rng, **b), body={
            "atrakcyjo": "at_hajerski_ekspres", "ocyna": 4,
            "tekst": L("Great ride, the queue app saved us an hour.", TEXT)}),
        case(f, f"{a}/v3/szukanie", headers=_h(rng, **b), query={
            "q": L("atrakcje dla dzieci 140 cm", SEARCH)}),
        card,
        case(f, f"{a}/v3/karnety/prezent", fmt="form", headers=_h(rng, **b), body={
            "data": W({"karnet": L(PASS, BUY), "od": L(f"{FIRST} {LAST}", NAMEC),
                       "dlo": L("Gertruda Pieczka", NAMEC)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v3/reklamacyje", headers=_h(rng, **b), body={
            "karnet": L(PASS, BUY), "kategoria": "atrakcyjo_zamkniynto",
            "tekst": L("The coaster was closed all Sunday and nobody said so in the app",
                       TEXT)}),
        case(f, f"{a}/v3/urzondzynia", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/zdarzynia", gz=True, headers=_h(rng, **b), body={
            "uzywocz": L(USER_ID, UID), "zdarzynia": [
                ev("kolejka_slot", 1), ev("ekran", 2, ekran=L("Mapa", USAGE)),
                ev("alarm_opaski", 3, opaska=L(BAND, DID))]}),
        case(f, f"{a}/v3/token/odswiez", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "urzondzynie": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def frajda_sdks() -> list[Case]:
    rng = random.Random(27652)
    return [
        zl_batch(APP, rng, [("Pass Bought", {"total": L(749, BUY)}),
                            ("Queue Joined", {"ride": "at_hajerski_ekspres"})],
                 at=PARK_FIX, nd=3, locale="en_PL"),
        sp_launch(APP, rng, first=True),
        sp_event(APP, rng, "purchase", {"pass": L(PASS, BUY)}, revenue=749.0, hashed=True),
        li_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=PARK_FIX, nd=2,
               keywords="rodzina,atrakcje"),
        aw_crash(APP, rng, ("java.lang.SecurityException", "nfc pairing denied"),
                 [aw_crumb("nav", "Karnet -> Opaska"), aw_crumb("tap", "pair_band")],
                 screen="PairActivity"),
        sz_eval(APP, rng, {"park": PARK["id"], "season": "2026"}, hdr=True),
        kl_register(APP, rng, at=PARK_FIX, nd=2, tags={"karnet": "familijny"}),
        zg_save(APP, rng, {"analytics": True, "marketing": True}),
        cw_card(APP, rng, email=True),
        cw_confirm(APP, rng, "749.00"),
        lk_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
