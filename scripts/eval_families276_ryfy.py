"""A seasonal tyre change and tyre-storage ("tyre hotel") app "Ryfownia" (ryfy: tyres; the
family car's winter set is stored at a depot in Bogucice and swapped each October and April,
sometimes by a van that comes to her work car park; its API's keys are Silesian, ASCII-folded:
``auto`` car, ``tablica`` plate, ``ryfy`` tyres, ``rozmiar`` size, ``bieznik`` tread,
``czujniki`` (pressure) sensors, ``wymiana`` swap, ``przechowanie`` storage, ``termin`` slot,
``dojazd`` (van) call-out, ``kaj`` where, ``szyrokosc``/``dugosc`` latitude/longitude,
``odbior`` pick-up, ``adresa``/``gasa``/``miasto``/``kod`` address, ``miano``/``nazwisko``
name/surname, ``mobilniok`` mobile, ``haslo`` password, ``zlecynie`` order, ``suma`` amount,
``zoplata`` payment, ``rachonek`` receipt, ``zdjyncia`` photos, ``szukanie`` search): sign-up,
a phone-code log-in, ``/jo``, the car added (plate and VIN unlabelled), the stored set's
condition, a swap slot at the depot, the van call-out to her work car park with her fix, the
order, the payment, tyre photos she took, a protobuf van-tracking poll, a tread report, new
tyres searched and ordered, the home pick-up of the summer set (her address), a message to the
fitter quoting her husband's phone, the order by number in the path, the invoice by cookie, an
offline checklist (JSON Lines), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families276_kit import (
    DEPOT,
    HOME,
    HOME_AT,
    HUSBAND,
    PLATE,
    TYRE_ORDER,
    VIN,
    WORK_AT,
    fix,
    hd,
    push,
)
from eval_families276_sdk import (
    aw_crash,
    aw_crumb,
    li_bid,
    sp_launch,
    zl_batch,
    zl_pixel,
)
from eval_families276_svc import (
    cw_card,
    cw_confirm,
    gd_message,
    kl_register,
    lk_geocode,
    sz_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ryfownia", "Ryfownia", "com.example.ryfownia", "2.6.5",
          "https://api.ryfownia.example.net")
IID = "X-Ryfownia-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, pl=True, **kw)


def ryfownia() -> list[Case]:
    rng = random.Random(27661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobilniok=L(E164, TEL), klient=L("KL-88213", UID)))}
    wla, wlo = fix(WORK_AT)
    lab: dict[str, str] = {}
    van = (50.254310, 19.030122)  # the fitter's van on its way (the business's: a negative)
    poll = pb([(1, L(TYRE_ORDER, BUY)), (2, "van_kat_03"),
               (3, [(1, van[0]), (2, van[1])]),
               (4, [(1, L(WORK_AT[0], PRECISE)), (2, L(WORK_AT[1], PRECISE))]),
               (5, 14)], "", lab)
    order = at_path(case(f, f"{a}/v1/zlecynia/{TYRE_ORDER}", headers=_h(rng, **b)),
                    TYRE_ORDER, BUY)
    return [
        case(f, f"{a}/v1/klienci", headers=_h(rng), body={
            "miano": L(FIRST, NAMEC), "nazwisko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobilniok": L(E164, TEL), "klient": L("KL-88213", UID),
            "miasto": L(HOME["town"], COARSE), "zgoda_sms": "ja"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "mobilniok": L(NATIONAL, TEL), "kod": L("918344", CRED)}),
        case(f, f"{a}/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/auta", headers=_h(rng, **b), body={
            "marka": "Volkswagen", "model": "Golf VII", "rok": 2016, "tablica": PLATE,
            "vin": VIN, "klient": L("KL-88213", UID)}),
        case(f, f"{a}/v1/przechowanie/stan", headers=_h(rng, **b), query={
            "klient": L("KL-88213", UID), "komplet": "zima-2025"}),
        case(f, f"{a}/v1/terminy", headers=_h(rng, **b), query={
            "depot": DEPOT["id"], "od": "2026-04-06", "do": "2026-04-12"}),
        case(f, f"{a}/v1/dojazd", headers=_h(rng, **b), body={
            "kaj": {"szyrokosc": wla, "dugosc": wlo, "dokladnosc": 7},
            "opis_miejsca": L("Car park behind the language school, level -1, grey Golf",
                              TEXT),
            "termin": "2026-04-09T12:00", "klient": L("KL-88213", UID)}),
        case(f, f"{a}/v1/zlecynia", headers=_h(rng, **b), body={
            "zlecynie": L(TYRE_ORDER, BUY), "wymiana": "zima->lato", "przechowanie": True,
            "suma": L(260, BUY), "dojazd_doplata": L(60, BUY), "depot": DEPOT["id"],
            "czujniki": ["tpms_1a22f0", "tpms_1a22f4", "tpms_1a22f9", "tpms_1a2301"]}),
        case(f, f"{a}/v1/zoplata", fmt="form", headers=_h(rng, **b), body={
            "zlecynie": L(TYRE_ORDER, BUY), "suma": L("320.00", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "ostatnie_4": L("4444", PAY)}),
        multipart(f, f"{a}/v1/zdjyncia", [
            ("zdjyncie", "lewe_przod.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("zdjyncie2", "prawe_przod.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"zlecynie": L(TYRE_ORDER, BUY),
                                                "uwagi": L("Bulge on the front left?", TEXT)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/dojazd/sledzynie", poll, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/zlecynia/raport", gz=True, headers=_h(rng, **b), body={
            "zlecynie": L(TYRE_ORDER, BUY), "bieznik_mm": [6.1, 5.9, 4.2, 4.4],
            "rozmiar": "205/55 R16", "dot": "3219", "cisnienie_bar": [2.3, 2.3, 2.2, 2.2]}),
        case(f, f"{a}/v1/szukanie", headers=_h(rng, **b), query={
            "q": L("opony letnie 205/55 R16 ciche", SEARCH), "sort": "cyna"}),
        case(f, f"{a}/v1/sklep/zamowiynie", fmt="msgpack", headers=_h(rng, **b), body={
            "pozycje": [{"art": "lato_205_55_16_eco", "ilosc": 2, "cyna": 389}],
            "suma": L(778, BUY), "zlecynie": L(TYRE_ORDER, BUY), "montaz": True}),
        case(f, f"{a}/v1/odbior", headers=_h(rng, **b), body={
            "adresa": {"gasa": L(HOME["line"], ADDR), "miasto": L(HOME["town"], COARSE),
                       "kod": L(HOME["post"], COARSE)},
            "kaj": {"szyrokosc": L(round(HOME_AT[0], 4), PRECISE),
                    "dugosc": L(round(HOME_AT[1], 4), PRECISE)},
            "komplet": "lato-2025", "okno": "17-20", "suma": L(40, BUY)}),
        case(f, f"{a}/v1/wiadomosci", headers=_h(rng, **b), body={
            "zlecynie": L(TYRE_ORDER, BUY), "do": "monter_van_03",
            "wiadomosc": L(f"If I am in class, call my husband {HUSBAND[0]} on {HUSBAND[1]}, "
                           "he has the key.", f"{TEXT}|{NAMEC}|{TEL}")}),
        order,
        case(f, f"{a}/v1/faktury/ostatnio", headers=_h(rng, how="none"), cookies={
            "rf_sesyjo": L(opaque(rng, "", 40), CRED), "rf_urz": L(INSTALL_ID, DID),
            "rf_req": rid(rng)}),
        lines(f, f"{a}/v1/lista/sync", [
            {"punkt": "sruby_dokrecone", "ok": True, "zlecynie": L(TYRE_ORDER, BUY)},
            {"punkt": "cisnienie", "ok": True, "klient": L("KL-88213", UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/urzondzynia", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/zdarzynia", headers=_h(rng, **b), body={
            "uzywocz": L(USER_ID, UID), "sesyjo": rid(rng), "zdarzynia": [
                ev("dojazd_zamowiony", 1), ev("ekran", 2, ekran=L("Sledzynie", USAGE)),
                ev("zoplata", 3, suma=L(320, BUY))]}),
    ]


def ryfownia_sdks() -> list[Case]:
    rng = random.Random(27662)
    return [
        zl_batch(APP, rng, [("Swap Booked", {"order": L(TYRE_ORDER, BUY)}),
                            ("Van Tracked", {})], at=WORK_AT, nd=2),
        zl_pixel(APP, rng, "Promo Opened", {"promo": "lato26"}),
        sp_launch(APP, rng),
        li_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="auto,opony,serwis"),
        aw_crash(APP, rng, ("java.lang.NullPointerException", "van eta"),
                 [aw_crumb("nav", "Zlecynie -> Sledzynie")], screen="TrackActivity"),
        sz_eval(APP, rng, {"depot": DEPOT["id"], "van": True}),
        kl_register(APP, rng, lang="pl", tags={"depot": DEPOT["id"]}),
        cw_card(APP, rng),
        cw_confirm(APP, rng, "320.00"),
        lk_geocode(APP, rng, "ul. Grubiorzy 9 Katowice", ADDR, near=WORK_AT, nd=3),
        gd_message(APP, rng, L(f"Order {TYRE_ORDER} was charged but the van did not come",
                               f"{TEXT}|{BUY}"), {"klient": L("KL-88213", UID)}),
    ]
