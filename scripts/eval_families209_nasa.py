"""A lobster-trap supplier app "Nasa Lalah" (``nasa``: the lobster trap; ``lalah``: money; the
family's boat sets traps off the Miskito Cays and sells the tails to a Bilwi buying plant; she
keeps the boat's account on her phone). Its API's keys are Miskito with the coast's Spanish and
English trade words: ``nina``/``kiamka`` first/family name, ``imel``, ``telefon``, ``ki``
password, ``sedula`` ID number, ``tawan`` town, ``pisman_namba`` fisher (supplier) number,
``bot`` boat, ``lisens`` fishing permit, ``nasa`` trap, ``nasa_pliska`` trap positions,
``kru`` crew, ``kapitan`` skipper, ``trip`` trip, ``balaia_pyua`` return time, ``gasolin``
fuel, ``langosta`` lobster, ``paun`` pounds, ``prais`` price, ``lalah`` amount, ``resibo``
receipt, ``veda`` closed season, ``seguro`` insurance, ``mani`` age, ``lilka`` photo, ``bila``
message, ``plikanka`` search, ``pliska`` place. Supplier sign-up (her residence card, the IBAN),
log-in, ``/me``, the trap line with its positions, a trip plan with the crew, a fuel advance,
the weigh-in and its receipt by number in the path, an offline catch log per trap (msgpack), a
protobuf check-in at the plant with her fix, the closed-season declaration, payments, a payout,
a photo of the catch, a message to the buyer, a search, sea alerts for her town, the plant's
price board, crew insurance, statements by cookie, push and events. Fishing apps exist (sets
104, 111, 118, 154, 171, 181); none is a trap line selling to a buying plant under a closed
season (set 181's sea-cucumber divers are the closest; no diving here)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families209_kit import (
    HOME_AT,
    HUSBAND,
    NI_ACCOUNT,
    PIER,
    PLANT,
    RESIDENCE,
    TRAPS_AT,
    hd,
    obj,
    push,
)
from eval_families209_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families209_svc import cl_wallet, fn_eval, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nasa", "Nasa Lalah", "com.example.nasalalah", "2.4.1",
          "https://api.nasalalah.example.com")
IID = "X-Nasa-Device"
PW = "Langosta$Cayos9"
NID = "personal.national_id"
FISHER = "KP-F-1182"  # her supplier number at the plant (id.user)
RECEIPT = "KP-R-260114-07"  # a weigh-in receipt (financial.purchase: her sale)
PLANT_FIX = (14.035588, -83.389171)
RIGO = f"{HUSBAND['first']} {HUSBAND['last']}"
NEPHEW = ("Kenroy Wilson Brooks", 19)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def nasa() -> list[Case]:
    rng = random.Random(20931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pisman_namba=L(FISHER, UID), imel=L(EMAIL, MAIL)))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(FISHER, UID)), (2, PLANT["id"]),
               (3, [(1, L(PLANT_FIX[0], PRECISE)), (2, L(PLANT_FIX[1], PRECISE)), (3, 11.0)]),
               (4, 1768400000), (5, L(52, DEV))], "", lab)
    rec = at_path(case(f, f"{a}/api/resibo/{RECEIPT}", headers=_h(rng, **b)), RECEIPT, BUY)
    return [
        case(f, f"{a}/api/pisman", headers=_h(rng), body={
            "nina": L(FIRST, NAMEC), "kiamka": L(LAST, NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "ki": L(PW, CRED), "sedula": L(RESIDENCE, NID),
            "pisman_namba": L(FISHER, UID), "bot": "Miss Naomi", "lisens": "PA-RACCN-0881",
            "iban": L(NI_ACCOUNT, PAY), "tawan": L("Bilwi", COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "ki": L(PW, CRED), "dukia": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/yang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/nasa", headers=_h(rng, **b), body={
            "pisman_namba": L(FISHER, UID), "nasa": 120, "bot": "Miss Naomi",
            "nasa_pliska": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)}
                            for la, lo in TRAPS_AT]}),
        case(f, f"{a}/api/trip", headers=_h(rng, **b), body={
            "trip": obj(rng, "tp"), "kapitan": L(RIGO, NAMEC),
            "kru": [L(NEPHEW[0], NAMEC), L("Elmer Taylor Pravia", NAMEC)],
            "taki_pliska": {"lat": PIER[0], "lng": PIER[1]}, "balaia_pyua": "2026-01-14T16:00",
            "telefon_kapitan": L(HUSBAND["phone"], TEL)}),
        case(f, f"{a}/api/gasolin/avans", fmt="form", headers=_h(rng, **b), body={
            "pisman_namba": L(FISHER, UID), "galon": "40", "lalah": L("6400.00", BUY)}),
        case(f, f"{a}/api/pesaje", headers=_h(rng, **b), body={
            "plant": PLANT["id"], "resibo": L(RECEIPT, BUY), "langosta": {"paun": 186.5,
                                                                            "klas": "A"},
            "prais": 14.5, "moneda": "USD", "lalah": L(2704.25, BUY),
            "gasolin_minus": L(174.0, BUY), "pisman_namba": L(FISHER, UID)}),
        rec,
        case(f, f"{a}/api/nasa/log", fmt="msgpack", headers=_h(rng, **b), body={
            "pisman_namba": L(FISHER, UID),
            "nasa": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE), "langosta": n}
                     for (la, lo), n in zip(TRAPS_AT, (4, 2, 5), strict=True)]}),
        raw(f, f"{a}/api/plant/diman", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/veda", headers=_h(rng, **b), body={
            "pisman_namba": L(FISHER, UID), "nasa_sakan": 120, "yu": "2026-03-01",
            "bila": L("Nasa sut sakan, veda pyua ra kabu ra apu", TEXT)}),
        case(f, f"{a}/api/lalah", headers=_h(rng, **b), query={
            "pisman_namba": L(FISHER, UID), "kati": "2026-01"}),
        case(f, f"{a}/api/lalah/payout", fmt="form", headers=_h(rng, **b), body={
            "iban": L(NI_ACCOUNT, PAY), "lalah": L("2530.25", BUY), "moneda": "USD",
            "ref": rid(rng)}),
        multipart(f, f"{a}/api/lilka", [
            ("lilka", "langosta.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {"resibo": L(RECEIPT, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/bila", headers=_h(rng, **b), body={
            "to": "buyer_kabu_01",
            "bila": L("Resibo KP-R-260114-07 ra paun 186 sa, 190 ailal wal bri", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/plikanka", headers=_h(rng, **b), query={
            "q": L("prais langosta enero", SEARCH)}),
        case(f, f"{a}/api/kabu/alert", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE),
            "tipo": "viento"}),
        case(f, f"{a}/api/plant/{PLANT['id']}/prais", headers=_h(rng, **b)),
        case(f, f"{a}/api/seguro", headers=_h(rng, **b), body={
            "kru": [{"nina_sut": L(RIGO, NAMEC), "sedula": L(HUSBAND["ced"], NID)},
                    {"nina_sut": L(NEPHEW[0], NAMEC), "mani": L(NEPHEW[1], BIRTH)}],
            "bot": "Miss Naomi", "prima": L(1850, BUY)}),
        case(f, f"{a}/api/statement", headers=_h(rng, how="none"), cookies={
            "nl_sesion": L(opaque(rng, "", 40), CRED), "nl_dukia": L(INSTALL_ID, DID),
            "nl_req": rid(rng)}),
        case(f, f"{a}/api/dukia", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ivent", gz=True, headers=_h(rng, **b), body={
            "upla": L(USER_ID, UID), "ivent": [
                ev("weigh_in_viewed", 1, resibo=L(RECEIPT, BUY)),
                ev("screen", 2, screen=L("NasaMap", USAGE))]}),
    ]


def nasa_sdks() -> list[Case]:
    rng = random.Random(20932)
    return [
        mc_batch(APP, rng, [("Weigh In", {"lbs": 186.5}), ("Payout", {"amount": L(2530.25, BUY)})],
                 at=PLANT_FIX, nd=2),
        mc_identify(APP, rng, {"pisman_namba": L(FISHER, UID), "tawan": L("Bilwi", COARSE),
                               "nasa": 120}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "sale", {"resibo": L(RECEIPT, BUY)}, revenue=2704.25,
                 currency="USD", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="fishing,outboard,fuel"),
        cd_crash(APP, rng, ("java.lang.ArithmeticException", "price per lb"),
                 [cd_crumb("nav", "Pesaje -> Detail")], screen="PesajeActivity"),
        fn_eval(APP, rng, {"plant": PLANT["id"], "season": "2025-26"}, hdr=True),
        pt_register(APP, rng, tags={"plant": PLANT["id"], "tawan": L("Bilwi", COARSE)}),
        cl_wallet(APP, rng, "2530.25", L(E164, TEL)),
        mm_reverse(APP, rng, TRAPS_AT[0], PRECISE, nd=4),
        hs_message(APP, rng, L("Payout 2530 USD apu sa", f"{TEXT}|{BUY}"),
                   {"pisman_namba": L(FISHER, UID)}),
    ]
