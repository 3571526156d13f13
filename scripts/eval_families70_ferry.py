"""Zagreb ferry-and-island tourism app "Brodolet" (its API's keys are Croatian: ime, prezime,
telefon, adresa, ulica, grad, postanski_broj, datum_rodjenja, lozinka, oib). She travels in
Dalmatia: sign-up with her New York address, a log-in, an SMS check, ``/ja`` with a JWT, her
OIB for fiscal receipts, timetables, ports near her, a booking for her and a companion, the
payment, the ticket by code in the path, boarding (msgpack), an excursion search and booking, a
protobuf position on Hvar, a review with a photo, support, push, events, a data export and the
trip history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families70_kit import (
    BOOKING_HR,
    COMPANION,
    HOTEL_HVAR,
    HVAR_FIX,
    HVAR_PORT,
    OIB,
    SPLIT_FIX,
    SPLIT_PORT,
    fix,
    obj,
)
from eval_families70_sdk import (
    au_bid,
    bt_crumb,
    bt_report,
    ev_batch,
    sk_event,
    sk_session,
)
from eval_families70_svc import bm_register, cl_geocode, cl_reverse, ft_eval, oq_save, tb_card
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("brodolet", "Brodolet", "com.example.brodolet", "5.2.0",
          "https://api.brodolet.example.com")
IID = "X-Brodolet-Uredjaj"
PW = "Galeb#Vis2025"
LANG = {"Accept-Language": L("en-US,en;q=0.9,hr;q=0.6", DEV)}
ZG = "Europe/Zagreb"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(LANG, **kw.pop("extra", {}))
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def brodolet() -> list[Case]:
    rng = random.Random(7011)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), oib=L(OIB, NATID)))}
    b = {"auth": "bearer"}
    sla, slo = fix(SPLIT_FIX)
    sailing = obj(rng, "pol", 8)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, [(1, L(HVAR_FIX[0], PRECISE)),
                                          (2, L(HVAR_FIX[1], PRECISE)), (3, 6.0)]),
               (3, 1765412211), (4, L(INSTALL_ID, DID)), (5, "otok_hvar")], "", lab)
    return [
        case(f, f"{a}/api/v2/korisnici/registracija", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "prezime": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "lozinka": L(PW, CRED), "datum_rodjenja": L(DOB, BIRTH),
            "adresa": {"ulica": L(LINE1, ADDR), "grad": L(CITY, COARSE),
                       "postanski_broj": L(ZIP, COARSE), "drzava": L("US", COARSE)},
            "newsletter": False, "jezik": L("en", DEV)}),
        case(f, f"{a}/api/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(PHONE, TEL), "kod": L("480913", CRED)}),
        case(f, f"{a}/api/v2/auth/prijava", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "lozinka": L(PW, CRED), "uredjaj": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/korisnici/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/korisnici/ja/oib", headers=_h(rng, **b), body={
            "oib": L(OIB, NATID), "r1_racun": False, "tvrtka": None}),
        case(f, f"{a}/api/v2/linije", headers=_h(rng, **b), query={
            "polaziste": SPLIT_PORT["id"], "odrediste": HVAR_PORT["id"], "datum": "2025-12-12",
            "putnika": "2"}),
        case(f, f"{a}/api/v2/luke/blizu", headers=_h(rng, **b), query={
            "lat": L(f"{SPLIT_FIX[0]:.4f}", PRECISE), "lon": L(f"{SPLIT_FIX[1]:.4f}", PRECISE),
            "radijus_km": "15"}),
        case(f, f"{a}/api/v2/korisnici/ja/suputnici", headers=_h(rng, **b), body={
            "ime": L(COMPANION[0].split()[0], NAMEC), "prezime": L(COMPANION[0].split()[1], NAMEC),
            "datum_rodjenja": L(COMPANION[1], BIRTH)}),
        case(f, f"{a}/api/v2/rezervacije", headers=_h(rng, **b), body={
            "polazak": sailing, "luka_od": SPLIT_PORT["id"], "luka_do": HVAR_PORT["id"],
            "putnici": [{"ime": L(NAME_FULL, NAMEC), "datum_rodjenja": L(DOB, BIRTH),
                         "kategorija": "odrasli"},
                        {"ime": L(COMPANION[0], NAMEC), "datum_rodjenja": L(COMPANION[1], BIRTH),
                         "kategorija": "odrasli"}],
            "kontakt": {"email": L(EMAIL, MAIL), "telefon": L(PHONE, TEL)},
            "cijena": L("42.60", BUY), "valuta": "EUR"}),
        case(f, f"{a}/api/v2/rezervacije/{BOOKING_HR}/placanje", fmt="form",
             headers=_h(rng, **b), body={
                 "iznos": L("42.60", BUY), "valuta": "EUR", "nacin": "kartica",
                 "token": L(opaque(rng, "pm_", 24), PAY), "oib": L(OIB, NATID)}),
        _path(case(f, f"{a}/api/v2/karte/{BOOKING_HR}", headers=_h(rng, **b),
                   query={"jezik": L("en", DEV)}), 3, BUY),
        case(f, f"{a}/api/v2/ukrcaj", fmt="msgpack", headers=_h(rng, **b), body={
            "rezervacija": L(BOOKING_HR, BUY), "qr": "BRD:" + opaque(rng, "", 16),
            "lat": sla, "lon": slo, "luka": SPLIT_PORT["id"], "gat": "Sv. Duje 4"}),
        case(f, f"{a}/api/v2/izleti/pretraga", headers=_h(rng, **b), body={
            "upit": L("kayak tour Pakleni islands", SEARCH), "otok": "Hvar",
            "datum": "2025-12-13", "osoba": 2}),
        case(f, f"{a}/api/v2/izleti/rezervacija", headers=_h(rng, **b), body={
            "izlet": obj(rng, "izl", 6), "osoba": 2, "cijena": L("110.00", BUY),
            "preuzimanje": {"naziv": HOTEL_HVAR["naziv"], "adresa": HOTEL_HVAR["adresa"],
                            "lat": HOTEL_HVAR["lat"], "lon": HOTEL_HVAR["lon"]},
            "napomena": L("One of us can't swim well, please bring a vest", TEXT),
            "organizator_tel": "+385 91 555 2210"}),
        raw(f, f"{a}/api/v2/lokacija", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/recenzije", [
            ("foto", "stari_grad.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("recenzija", None, "application/json", {
                "linija": "ST-SG", "ocjena": 4,
                "tekst": L("Smooth crossing, but the car queue blocked the foot gate", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/podrska", headers=_h(rng, **b), body={
            "tema": "promjena", "tekst": L(f"Missed the 9:30 because of the queue, booking "
                                           f"{BOOKING_HR}, can I move it?", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/v2/obavijesti/uredjaj", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "uredjaj": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "jezik": L("en", DEV),
            "vremenska_zona": L(ZG, DEV)}),
        case(f, f"{a}/api/v2/dogadaji", gz=True, headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "dogadaji": [
                ev("karta_kupljena", 1, linija="ST-SG"), ev("ukrcaj", 2),
                ev("ekran", 3, ekran=L("MojeKarte", USAGE))]}),
        case(f, f"{a}/api/v2/gdpr/izvoz", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "format": "json"}),
        case(f, f"{a}/api/v2/auth/osvjezi", fmt="form", headers=_h(rng, how="upper"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "uredjaj": L(INSTALL_ID.upper(),
                                                                           DID)}),
        case(f, f"{a}/api/v2/putovanja", headers=_h(rng, how="nodash"),
             cookies={"brd_sesija": L(opaque(rng, "", 40), CRED), "brd_jezik": "en"}),
    ]


NAME_FULL = f"{FIRST} {LAST}"


def _path(c: Case, i: int, cat: str) -> Case:
    c.labels[("url", f"path[{i}]")] = cat
    return c


def brodolet_sdks() -> list[Case]:
    rng = random.Random(7012)
    return [
        ev_batch(APP, rng, [("Ticket Purchased", {"route": "ST-SG", "price": L(42.6, BUY)}),
                            ("Boarding Scanned", {"port": SPLIT_PORT["id"]})],
                 at=HVAR_FIX, nd=2, tz=ZG),
        sk_session(APP, rng, first=True),
        sk_event(APP, rng, "ferry_purchase", {"route": "ST-SG", "pax": 2}, revenue=42.6,
                 currency="EUR", hashed=True),
        au_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SPLIT_FIX, nd=3, country="HRV"),
        bt_report(APP, rng, ("java.lang.IllegalStateException", "ticket QR not cached"),
                  [bt_crumb("nav", "MojeKarte -> Karta"),
                   bt_crumb("net", "GET /api/v2/karte", status=504)],
                  screen="TicketActivity", tz=ZG),
        ft_eval(APP, rng, {"market": L("HR", COARSE), "offline_tickets": True}, get=True),
        bm_register(APP, rng, tz=ZG, tags={"island": "hvar"}),
        oq_save(APP, rng, {"analytics": True, "ads": False}, country="HR", region="HR-17"),
        tb_card(APP, rng),
        cl_reverse(APP, rng, HVAR_FIX, PRECISE, nd=5),
        cl_geocode(APP, rng, "Vila Lavanda Hvar", SEARCH, near=HVAR_FIX, nd=3),
    ]
