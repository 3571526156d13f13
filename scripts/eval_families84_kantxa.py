"""Pelota-and-cider-house booking app "Kantxa" (Bilbao; its API's keys are Basque: izena,
abizena, eposta, telefonoa, pasahitza, jaiotze_data, nan, helbidea with kalea, herria and
posta_kodea): she is in Bilbao for a week. Sign-up, log-in, ``/ni`` with a JWT, matches near her,
a match, tickets and a ticket sent to a friend, a cider-house search, a table booked (with her
coeliac note), the booking by code in the path, a shuttle, a photo, a review, a gate scan
(msgpack), a check-in at the frontón (protobuf), a membership bought on Play, a referral, a
password change, settings, weather, push, events and her bookings by a cookie GET."""

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
    MED,
    MEDIA,
    NAMEC,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families84_kit import (
    BILBO_FIX,
    BILBO_FIX2,
    FRIEND_EU,
    FRONTOI,
    KANTXA_MEMBER,
    PILGRIM_PASSPORT,
    SAGARDO_CODE,
    SAGARDOTEGI,
    TICKET_CODE,
)
from eval_families84_sdk import ak_crash, ak_crumb, en_bid, it_event, it_session, kt_alias, kt_batch
from eval_families84_svc import dd_register, eg_eval, mp_geocode, mp_reverse, og_confirm, on_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("kantxa", "Kantxa", "com.example.kantxa", "2.6.3", "https://api.kantxa.example.com")
IID = "X-Gailu-Id"
PW = "Txalaparta-88"
MADRID = "Europe/Madrid"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def kantxa() -> list[Case]:
    rng = random.Random(8411)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, eposta=L(EMAIL, MAIL),
                                    bazkidea=L(KANTXA_MEMBER, UID)))}
    b = {"auth": "bearer"}
    partida = obj(rng, "prt", 8)
    la, lo = fix(BILBO_FIX2)
    lab: dict[str, str] = {}
    checkin = pb([(1, L(USER_ID, UID)), (2, partida), (3, [(1, la), (2, lo)]),
                  (4, 1765390200), (5, FRONTOI["id"])], "", lab)
    return [
        case(f, f"{a}/v1/erabiltzaileak", headers=_h(rng), body={
            "izena": L(FIRST, NAMEC), "abizena": L(LAST, NAMEC), "eposta": L(EMAIL_MIXED, MAIL),
            "telefonoa": L(E164, TEL), "pasahitza": L(PW, CRED),
            "jaiotze_data": L("17/05/1991", BIRTH), "nan": L(PILGRIM_PASSPORT, NATID),
            "nan_mota": "pasaportea", "helbidea": {
                "kalea": L(LINE1, ADDR), "pisua": L(LINE2, ADDR), "herria": L(CITY, COARSE),
                "probintzia": L(STATE, COARSE), "posta_kodea": L(ZIP, COARSE),
                "herrialdea": L("US", COARSE)}, "buletina": False}),
        case(f, f"{a}/v1/saioa", fmt="form", headers=_h(rng), body={
            "eposta": L(EMAIL, MAIL), "pasahitza": L(PW, CRED), "gailua": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ni", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/partidak", headers=_h(rng, **b), query={
            "lat": L(f"{BILBO_FIX[0]:.4f}", PRECISE), "lon": L(f"{BILBO_FIX[1]:.4f}", PRECISE),
            "data": "2025-12-12", "modalitatea": "esku-pilota"}),
        case(f, f"{a}/v1/partidak/{partida}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/erreserbak", headers=_h(rng, **b), body={
            "partida": partida, "frontoia": FRONTOI["id"], "eserlekuak": ["C-12", "C-13"],
            "kopurua": 2, "guztira": L("64.00", BUY), "txanpona": "EUR",
            "bazkidea": L(KANTXA_MEMBER, UID), "titularra": L(NAME, NAMEC)}),
        at_path(case(f, f"{a}/v1/erreserbak/{TICKET_CODE}/bidali", headers=_h(rng, **b), body={
            "eserlekua": "C-13", "izena": L(FRIEND_EU[0], NAMEC),
            "eposta": L(FRIEND_EU[2], MAIL)}), TICKET_CODE, BUY),
        case(f, f"{a}/v1/sagardotegiak/bilatu", fmt="form", headers=_h(rng, **b), body={
            "bilaketa": L("sagardotegi Astigarraga txuleta", SEARCH), "orria": "1"}),
        case(f, f"{a}/v1/sagardotegiak/{SAGARDOTEGI['id']}/mahaiak", headers=_h(rng, **b), body={
            "data": "2025-12-13T20:30", "pertsonak": 4, "menua": "txotx_menua",
            "guztira": L("180.00", BUY), "alergiak": [L("gluten", MED)],
            "oharrak": L("Zeliakoa naiz: I'm coeliac, no bread with the cod omelette please",
                         f"{TEXT}|{MED}"),
            "harremana": {"izena": L(NAME, NAMEC), "telefonoa": L(E164, TEL)}}),
        at_path(case(f, f"{a}/v1/sagardotegiak/erreserbak/{SAGARDO_CODE}", headers=_h(rng),
                     cookies={"kx_saioa": L(obj(rng, "", 40), CRED)}), SAGARDO_CODE, BUY),
        case(f, f"{a}/v1/garraioa", headers=_h(rng, **b), body={
            "geltokia": "Moyua plaza", "ordua": "19:40", "pertsonak": 2,
            "prezioa": L("12.00", BUY), "erreserba": L(SAGARDO_CODE, BUY)}),
        multipart(f, f"{a}/v1/argazkiak", [
            ("argazkia", "txotx.jpg", "image/jpeg", L(JPEG + b"\x84", MEDIA)),
            ("datuak", None, "application/json", {
                "sagardotegia": SAGARDOTEGI["id"],
                "oina": L("Lehen txotx-a Maite-rekin!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/iritziak", headers=_h(rng, **b), body={
            "sagardotegia": SAGARDOTEGI["id"], "izarrak": 5,
            "testua": L("The cider from the third kupela was the best, great txuleta", TEXT)}),
        case(f, f"{a}/v1/sarrerak/eskaneatu", fmt="msgpack", headers=_h(rng, **b), body={
            "sarrera": L(TICKET_CODE, BUY), "atea": "B", "gailua": L(INSTALL_ID, DID),
            "frontoia": FRONTOI["id"], "ordua": 1765390100}),
        raw(f, f"{a}/v1/frontoiak/{FRONTOI['id']}/checkin", checkin, "application/x-protobuf",
            lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/bazkidetza", headers=_h(rng, **b), body={
            "produktua": L("kantxa_bazkide_urtekoa", BUY), "prezioa": L("25.00", BUY),
            "purchaseToken": L(play_token(rng), BUY), "bazkidea": L(KANTXA_MEMBER, UID)}),
        case(f, f"{a}/v1/gonbidapenak", fmt="form", headers=_h(rng, **b), body={
            "telefonoa": L(FRIEND_EU[1], TEL), "kodea": "JANE-TXOTX"}),
        case(f, f"{a}/v1/pasahitza", fmt="form", headers=_h(rng, **b), body={
            "zaharra": L(PW, CRED), "berria": L("Txalaparta-89!", CRED)}),
        case(f, f"{a}/v1/ezarpenak", headers=_h(rng, **b), body={
            "hizkuntza": L("eu", DEV), "jakinarazpenak": True, "modalitateak": ["esku-pilota",
                                                                                "zesta-punta"]}),
        case(f, f"{a}/v1/eguraldia", headers=_h(rng), query={
            "lat": L("43.26", COARSE), "lon": L("-2.92", COARSE)}),
        case(f, f"{a}/v1/gailuak", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "gailua": L(INSTALL_ID, DID),
            "modeloa": L("Pixel 8", DEV), "sistema": L("Android 14", DEV),
            "ordu_zona": L(MADRID, DEV)}),
        case(f, f"{a}/v1/ekitaldiak", gz=True, headers=_h(rng, **b), body={
            "erabiltzailea": L(USER_ID, UID), "ekitaldiak": [
                ev("partida_ikusi", 1), ev("sarrerak_erosi", 2, kopurua=2),
                ev("pantaila", 3, izena=L("Sagardotegiak", USAGE))]}),
        case(f, f"{a}/v1/nire-erreserbak", headers=_h(rng, how="upper"),
             cookies={"kx_saioa": L(obj(rng, "", 40), CRED), "kx_hizk": L("eu", DEV)}),
    ]


def kantxa_sdks() -> list[Case]:
    rng = random.Random(8412)
    return [
        kt_batch(APP, rng, [("Tickets Bought", {"seats": 2, "total": L(64.0, BUY)}),
                            ("Cider House Booked", {"people": 4})], at=BILBO_FIX, nd=2,
                 tz=MADRID),
        kt_alias(APP, rng, {"email": L(EMAIL, MAIL), "city_now": L("Bilbao", COARSE),
                            "member": L(KANTXA_MEMBER, UID)}),
        it_session(APP, rng, first=True),
        it_event(APP, rng, "txotx_booked", {"house": SAGARDOTEGI["id"]}, revenue=180.0,
                 currency="EUR", hashed=True),
        en_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BILBO_FIX, nd=3, country="ESP"),
        ak_crash(APP, rng, ("java.lang.IllegalStateException", "seat map not loaded"),
                 [ak_crumb("nav", "Partidak -> Eserlekuak"),
                  ak_crumb("net", "GET /v1/partidak", {"status": 200})],
                 screen="SeatMapActivity", tz=MADRID),
        eg_eval(APP, rng, {"txotxSeason": True, "market": L("ES", COARSE)}),
        dd_register(APP, rng, at=BILBO_FIX, nd=2, tz=MADRID, tags={"modalitatea": "esku"}),
        on_save(APP, rng, {"analytics": True, "ads": False}, country="ES", region="PV"),
        og_confirm(APP, rng, "180.00", "eur"),
        mp_geocode(APP, rng, "Txirrita Sagardotegia", SEARCH, near=BILBO_FIX, nd=3),
        mp_reverse(APP, rng, BILBO_FIX2, PRECISE, nd=5),
    ]
