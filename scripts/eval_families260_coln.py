"""Spreewald punt-tour app "Colnik" (cołnik: punter; the tours of a Lübbenau harbour's ferrymen
through the channels to Lehde, and the berths it lets to families' own punts). Its API's keys are
Lower Sorbian, ASCII-folded (ł as l, ś/š as s, ź/ž as z, ě as e, ó as o, ń as n), with
English words kept: ``psedme`` first name, ``familijowe_me`` surname, ``email``, ``mobilny`` mobile,
``gronidlo`` password, ``datum_narozenja`` birth date, ``adresa`` / ``droga`` street,
``postowa_licba`` post code, ``mesto`` town, ``wuzywar`` user, ``rezerwacija`` booking,
``jezba`` tour, ``wosoby`` persons, ``cena`` price, ``suma`` amount, ``plasenje`` payment,
``sledne_styri`` last four, ``syrina`` / ``dlujkosc`` latitude / longitude, ``mestno`` place,
``psistaw`` harbour, ``coln`` punt, ``mandzelski`` husband, ``pogodnosenje`` rating,
``komentar`` remark, ``pytanje`` search, ``powesc`` message, ``dostawar`` recipient, ``korta``
card, ``grat`` device, ``rec`` language, ``casowa_cona`` time zone, ``tsojenja`` events,
``bonusowe_punkty`` points: sign-up, log-in, ``/moj``, tours near her house, a tour booked for
the family (her husband's grandmother with a walker), the payment, a check-in at the landing
stage, a protobuf tour beat, a picnic basket (msgpack), the berth for the family punt and its
SEPA mandate, points by cookie, a review, a search, a gift voucher for her mother, the receipt by
booking number in the path, the family card (base64 JSON in a form field), a lost item, a
complaint, the water levels, push, events and a log-out."""

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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families260_kit import (
    DE_IBAN,
    HARBOUR,
    HARBOUR_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_US,
    PUNT_REG,
    TOUR_BOOKING,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families260_sdk import (
    bk_bid,
    bk_notice,
    cs_batch,
    cs_identify,
    zl_crash,
    zl_crumb,
    zl_session,
    zw_event,
    zw_launch,
)
from eval_families260_svc import bm_reverse, pl_card, pl_confirm, pw_register, rg_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("colnik", "Colnik", "com.example.colnik", "3.4.1", "https://api.colnik.example.com")
IID = "X-Colnik-Grat"
PW = "Lehde!Kahn2026"
DOB_DE = "17.05.1991"
FAMILY_CARD = "CLF-22-40917"  # the harbour's family season card (id.user)
TRIP_FIX = (51.874615, 13.979902)  # her phone in the punt on the channel to Lehde


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def colnik() -> list[Case]:
    rng = random.Random(26011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), korta=L(FAMILY_CARD, UID)))}
    hla, hlo = fix(HARBOUR_FIX)
    lab: dict[str, str] = {}
    tour = obj(rng, "jz")
    beat = pb([(1, L(USER_ID, UID)), (2, tour), (3, 1780142400),
               (4, [(1, L(TRIP_FIX[0], PRECISE)), (2, L(TRIP_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(63, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/rezerwacije/{TOUR_BOOKING}/kwitowanka",
                           headers=_h(rng, **b)), TOUR_BOOKING, BUY)
    return [
        case(f, f"{a}/api/v1/registracija", headers=_h(rng), body={
            "psedme": L(FIRST, NAMEC), "familijowe_me": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobilny": L(E164, TEL), "gronidlo": L(PW, CRED), "datum_narozenja": L(DOB_DE, BIRTH),
            "adresa": {"droga": L(HOME["line"], ADDR), "postowa_licba": L(HOME["post"], COARSE),
                       "mesto": L(HOME["town"], COARSE)},
            "newsletter": False, "wumenjenja": True}),
        case(f, f"{a}/api/v1/psizjawjenje", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "gronidlo": L(PW, CRED), "wostanu_psizjawjona": "1"}),
        case(f, f"{a}/api/v1/moj", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/jezby", headers=_h(rng, **b), query={
            "syrina": L(f"{HOME_AT[0]:.3f}", PRECISE), "dlujkosc": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "datum": "2026-05-30", "wosoby": "6"}),
        case(f, f"{a}/api/v1/psistawy/{HARBOUR['id']}/jezby", headers=_h(rng, **b),
             query={"datum": "2026-05-30", "cas": "10:30", "rec": "de"}),
        case(f, f"{a}/api/v1/rezerwacije", headers=_h(rng, **b), body={
            "psistaw": HARBOUR["id"], "jezba": "lehde_3h", "datum": "2026-05-30", "cas": "10:30",
            "wosoby": {"dorosli": 4, "zisi": 1, "seniorki": 1}, "rezerwacija": L(TOUR_BOOKING, BUY),
            "cena": L(84, BUY), "wuzywar": L(USER_ID, UID),
            "komentar": L("Grandma Hanža uses a walker since her hip surgery, please help her "
                          "board at the front", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/plasenje", fmt="form", headers=_h(rng, **b), body={
            "rezerwacija": L(TOUR_BOOKING, BUY), "suma": L("84.00", BUY), "waluta": "EUR",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "sledne_styri": L("4444", PAY)}),
        case(f, f"{a}/api/v1/check_in", headers=_h(rng, **b), body={
            "rezerwacija": L(TOUR_BOOKING, BUY),
            "mestno": {"syrina": hla, "dlujkosc": hlo, "dokradnosc": 9},
            "psistaw": {"id": HARBOUR["id"], "syrina": HARBOUR["lat"],
                        "dlujkosc": HARBOUR["lon"]}, "check_in_id": obj(rng, "ci")}),
        raw(f, f"{a}/api/v1/jezby/{tour}/pulsk", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/picknick", fmt="msgpack", headers=_h(rng, **b), body={
            "rezerwacija": L(TOUR_BOOKING, BUY),
            "pozicije": [{"artikel": "kisale korki 6 ks", "licba": 2, "cena": 4.5},
                         {"artikel": "twarog z lenowym wolijom", "licba": 4, "cena": 7.9}],
            "suma": L(40.6, BUY)}),
        case(f, f"{a}/api/v1/psistawne_mesta", headers=_h(rng, **b), body={
            "coln": {"registracija": PUNT_REG, "dlujkosc_m": 9.5, "material": "drjewo"},
            "wobsedar": {"psedme": L(FIRST, NAMEC), "familijowe_me": L(LAST, NAMEC),
                         "mobilny": L(E164, TEL)},
            "mandzelski": {"me": L(HUSBAND[0], NAMEC), "mobilny": L(HUSBAND[1], TEL)},
            "adresa": {"droga": L(HOME["line"], ADDR), "mesto": L(HOME["town"], COARSE)},
            "sezona": "2026", "cena": L(310, BUY)}),
        case(f, f"{a}/api/v1/sepa_mandat", fmt="form", headers=_h(rng, **b), body={
            "iban": L(DE_IBAN, PAY), "wobsedar_konta": L(f"{FIRST} {LAST}", NAMEC),
            "mandat_referenca": obj(rng, "md", 12), "psizwolenje": "1"}),
        case(f, f"{a}/api/v1/bonusowe_punkty", headers=_h(rng, how="none"), cookies={
            "cl_sesija": L(opaque(rng, "", 40), CRED), "cl_grat": L(INSTALL_ID, DID),
            "cl_req": rid(rng)}),
        case(f, f"{a}/api/v1/pogodnosenje", fmt="form", headers=_h(rng, **b), body={
            "jezba": tour, "pogodnosenje": "5",
            "komentar": L("Our punter sang in Sorbian all the way to Lehde, Kito loved it.",
                          TEXT)}),
        case(f, f"{a}/api/v1/pytanje", headers=_h(rng, **b), query={
            "pytanje": L("Kahnfahrt mit Rollator Freilandmuseum Lehde", SEARCH), "bok": "1"}),
        case(f, f"{a}/api/v1/dar", headers=_h(rng, **b), body={
            "dostawar": {"me": L(MOTHER_US[0], NAMEC), "mobilny": L(MOTHER_US[1], TEL)},
            "powesc": L("Mom, a punt ride through the Spreewald when you visit in July!", TEXT),
            "suma": L(60, BUY), "kod_wauchera": opaque(rng, "CV", 8)}),
        receipt,
        case(f, f"{a}/api/v1/korta/zwezas", fmt="form", headers=_h(rng, **b), body={
            "data": W({"korta": L(FAMILY_CARD, UID), "mobilny": L(NATIONAL, TEL),
                       "datum_narozenja": L(DOB_DE, BIRTH)}, "b64json"), "v": "1"}),
        multipart(f, f"{a}/api/v1/zgubjone", [
            ("wobraz", "sunglasses.jpg", "image/jpeg", L(JPEG + b"\x26", MEDIA)),
            ("meta", None, "application/json", {
                "jezba": tour, "tekst": L("Left my sunglasses under the back bench", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/skorzba", headers=_h(rng, **b), body={
            "psistaw": HARBOUR["id"], "kategorija": "cakanje",
            "powesc": L("We waited 40 minutes at the landing stage with an 86-year-old", TEXT)}),
        case(f, f"{a}/api/v1/wodowe_stawy", headers=_h(rng, **b), query={
            "psistaw": HARBOUR["id"], "kanal": "Lehder Fließ"}),
        case(f, f"{a}/api/v1/grat", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "grat_id": L(INSTALL_ID, DID),
            "rec": L("en", DEV), "casowa_cona": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/tsojenja", gz=True, headers=_h(rng, **b), body={
            "wuzywar": L(USER_ID, UID), "tsojenja": [
                ev("rezerwacija", 1, psistaw=HARBOUR["id"]), ev("plasenje", 2, suma=L(84, BUY)),
                ev("wobrazowka", 3, wobrazowka=L("MojeRezerwacije", USAGE))]}),
        case(f, f"{a}/api/v1/wotzjawjenje", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "grat": L(INSTALL_ID, DID)}),
    ]


def colnik_sdks() -> list[Case]:
    rng = random.Random(26012)
    return [
        cs_batch(APP, rng, [("Tour Booked", {"tour": "lehde_3h", "total": L(84, BUY)}),
                            ("Checked In", {"harbour": HARBOUR["id"]})],
                 at=HARBOUR_FIX, nd=2),
        cs_identify(APP, rng, {"mesto": L("Lübbenau", COARSE), "korta": L(FAMILY_CARD, UID),
                               "bonusowe_punkty": 180}),
        zw_launch(APP, rng, first=True),
        zw_event(APP, rng, "purchase", {"rezerwacija": L(TOUR_BOOKING, BUY)}, revenue=84.0,
                 hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HARBOUR_FIX, nd=3,
               keywords="spreewald,boat,gherkins"),
        bk_notice(APP, rng, "win"),
        zl_crash(APP, rng, ("java.lang.IllegalStateException", "ticket qr closed"),
                 [zl_crumb("nav", "MojeRezerwacije -> Bilet"),
                  zl_crumb("net", "POST", {"url": f"{APP.api}/api/v1/check_in", "status": 201})],
                 screen="BiletActivity"),
        pw_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"psistaw": HARBOUR["id"], "mesto": L("Lübbenau", COARSE)}),
        zl_session(APP, rng, secs=1312),
        pl_card(APP, rng),
        pl_confirm(APP, rng, "84.00"),
        bm_reverse(APP, rng, TRIP_FIX, PRECISE, nd=5),
        rg_message(APP, rng, L(f"Booking {TOUR_BOOKING} was charged twice", f"{TEXT}|{BUY}"),
                   {"korta": L(FAMILY_CARD, UID)}),
    ]

