"""The Cold War museum's visitor app "Bunkers" (the former Soviet nuclear-missile base at
Plokštinė in the Žemaitija National Park: timed tours into the silo, an audio guide that works
underground offline; its API's keys are Samogitian in Latin letters, ASCII-folded: ``belets``
ticket, ``ekskursije`` tour, ``geds`` guide, ``suaugusie`` adults, ``vaikai`` children,
``amzios`` age, ``pirkejs`` buyer, ``ozsakyms`` order, ``soma``, ``muokejims``, ``stuotis``
stop, ``klausyta_s`` seconds listened, ``vieta``, ``neigalums`` disability, ``sveikata``
health, ``dovanu_kuponas`` gift voucher, ``gavejs`` recipient, ``ivertenims`` rating,
``naujienlaiskis`` newsletter): a log-in by e-mail code, ``/mona``, tour times, the family's
tickets, the payment, the ticket by number in the path, a check-in at the entrance with her fix,
the museum's Wi-Fi, the audio guide's protobuf beat and its offline queue (JSON Lines), a
visitor-needs form (claustrophobia), a photo in the silo, souvenirs (msgpack), a gift voucher
for her mother-in-law, a question, a review, tickets by cookie, a search, the newsletter, push,
events and a log-out. Museums with audio guides exist (sets 22, 163); an underground Cold War
missile silo with timed tours and an offline guide is new ("cold war", "missile", "bunker"
matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families296_kit import (
    HOME_AT,
    MOTHER_IL,
    MUSEUM,
    MUSEUM_FIX,
    TICKETS,
    fix,
    hd,
    obj,
    push,
)
from eval_families296_sdk import (
    bl_bid,
    bl_notice,
    ck_crash,
    ck_crumb,
    tm_event,
    tm_launch,
    tm_link,
    tt_batch,
    tt_queue,
)
from eval_families296_svc import ca_check, hp_message, mv_route, mv_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("bunkers", "Bunkers", "com.example.bunkers", "2.2.5", "https://api.bunkers.example.org")
IID = "X-Bunkers-Device"
SSID, BSSID = "Muziejus-Lankytojams", "3c:84:6a:70:1e:b5"  # the museum's Wi-Fi (joined: wifi)
SILO_FIX = (56.011418, 21.848902)  # her phone at the silo's rim


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bunkers() -> list[Case]:
    rng = random.Random(29661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pasts=L(EMAIL, MAIL)))}
    mla, mlo = fix(MUSEUM_FIX, 5)
    tour = obj(rng, "ek")
    lab: dict[str, str] = {}
    beat = pb([(1, L(TICKETS, BUY)), (2, "s07_silosas"), (3, 1783857600),
               (4, [(1, L(SILO_FIX[0], PRECISE)), (2, L(SILO_FIX[1], PRECISE)), (3, 22.0)]),
               (5, L(39, DEV))], "", lab)
    qr = at_path(case(f, f"{a}/v1/beletai/{TICKETS}/qr", headers=_h(rng, **b)), TICKETS, BUY)
    return [
        case(f, f"{a}/v1/prisijongims/kuods", fmt="form", headers=_h(rng), body={
            "el_pasts": L(EMAIL_UPPER, MAIL)}),
        case(f, f"{a}/v1/prisijongims/patvirtinti", fmt="form", headers=_h(rng), body={
            "el_pasts": L(EMAIL, MAIL), "kuods": L("118204", CRED)}),
        case(f, f"{a}/v1/mona", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ekskursijes", headers=_h(rng, **b), query={
            "deina": "2026-07-12", "kalba": "en"}),
        case(f, f"{a}/v1/beletai", headers=_h(rng, **b), body={
            "ekskursije": tour, "laiks": "2026-07-12T13:00", "kalba": "en",
            "suaugusie": 2, "vaikai": [{"amzios": L(10, BIRTH)}],
            "pirkejs": {"vards": L(f"{FIRST} {LAST}", NAMEC), "el_pasts": L(EMAIL, MAIL)},
            "ozsakyms": L(TICKETS, BUY), "soma": L(22, BUY)}),
        case(f, f"{a}/v1/muokejims", fmt="form", headers=_h(rng, **b), body={
            "ozsakyms": L(TICKETS, BUY), "soma": L("22.00", BUY), "valiota": "EUR",
            "muokejima_buods": L(opaque(rng, "pm_", 24), PAY), "kuorteles_galas": L("4444", PAY)}),
        qr,
        case(f, f"{a}/v1/atvykims", headers=_h(rng, **b), body={
            "belets": L(TICKETS, BUY), "vieta": {"lat": mla, "lng": mlo},
            "muziejos": {"id": MUSEUM["id"], "lat": MUSEUM["lat"], "lng": MUSEUM["lon"]}}),
        case(f, f"{a}/v1/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "vidine_ip": L("172.20.1.64", DEV)}),
        raw(f, f"{a}/v1/audiogeds/pulss", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/audiogeds/eile", [
            {"stuotis": "s03_valdymas", "klausyta_s": L(94, USAGE), "belets": L(TICKETS, BUY)},
            {"stuotis": "s07_silosas", "klausyta_s": L(141, USAGE), "belets": L(TICKETS, BUY)},
            {"stuotis": "s09_radars", "klausyta_s": L(37, USAGE), "belets": L(TICKETS, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lankytuoju_puoreikiai", headers=_h(rng, **b), body={
            "belets": L(TICKETS, BUY), "neigalums": L(False, SENS),
            "vezimelis": L(False, SENS),
            "sveikata": L("My husband has claustrophobia, can he wait at the top?",
                          f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/fuotuo", [
            ("fuotuo", "silosas.jpg", "image/jpeg", L(JPEG + b"\x7e", MEDIA)),
            ("meta", None, "application/json", {
                "belets": L(TICKETS, BUY),
                "tekstas": L("Our daughter looking down into the silo", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/parduotuve", fmt="msgpack", headers=_h(rng, **b), body={
            "prekes": [{"kuods": "magnets_raketa", "keikis": 2, "kaina": 3.5},
                       {"kuods": "knyga_en", "keikis": 1, "kaina": 18}],
            "soma": L(25, BUY), "belets": L(TICKETS, BUY)}),
        case(f, f"{a}/v1/dovanu_kuponas", headers=_h(rng, **b), body={
            "gavejs": {"vards": L(MOTHER_IL[0], NAMEC), "telefuons": L(MOTHER_IL[1], TEL)},
            "soma": L(30, BUY), "zenute": L("For your birthday, go with the neighbours!",
                                            TEXT), "kuods": opaque(rng, "DK", 8)}),
        case(f, f"{a}/v1/klausims", headers=_h(rng, **b), body={
            "tema": "ekskursije",
            "tekstas": L("Is the 13:00 tour in English also suitable for a 10-year-old?",
                         TEXT)}),
        case(f, f"{a}/v1/ivertenimai", fmt="form", headers=_h(rng, **b), body={
            "ekskursije": tour, "zvaigzdes": "5",
            "tekstas": L("Chilling and fascinating, the guide was excellent", TEXT)}),
        case(f, f"{a}/v1/beletai/mona", headers=_h(rng, how="none"), cookies={
            "bk_sesije": L(opaque(rng, "", 40), CRED), "bk_irenginys": L(INSTALL_ID, DID),
            "bk_req": rid(rng)}),
        case(f, f"{a}/v1/eiskuojims", headers=_h(rng, **b), query={
            "q": L("missile silo tour english kids", SEARCH)}),
        case(f, f"{a}/v1/naujienlaiskis", fmt="form", headers=_h(rng, **b), body={
            "el_pasts": L(EMAIL, MAIL), "kalba": L("en", DEV)}),
        case(f, f"{a}/v1/irenginei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ivyke", headers=_h(rng, **b), body={
            "vartuotuos": L(USER_ID, UID), "ivyke": [
                ev("belets_nupirkts", 1, soma=L(22, BUY)),
                ev("ekrans", 2, ekrans=L("Audiogeds", USAGE))]}),
        case(f, f"{a}/v1/atsijongims", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "irenginys": L(INSTALL_ID, DID)}),
    ]


def bunkers_sdks() -> list[Case]:
    rng = random.Random(29662)
    link = U("https://bunkers.example.org/t", {"belets": L(TICKETS, BUY), "ref": "mail",
                                               "em": L(EMAIL, MAIL)})
    return [
        tt_batch(APP, rng, [("Tickets Bought", {"total": L(22, BUY)}),
                            ("Guide Started", {"stop": "s01"})], at=MUSEUM_FIX, nd=3),
        tt_queue(APP, rng, [("Stop Played", {"stop": "s07"}), ("Stop Played", {"stop": "s09"})]),
        tm_launch(APP, rng, first=True),
        tm_link(APP, rng, link),
        tm_event(APP, rng, "purchase", {"belets": L(TICKETS, BUY)}, revenue=22.0, hashed=True),
        bl_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=MUSEUM_FIX, nd=2,
               keywords="history,museum,travel"),
        bl_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.io.IOException", "offline pack truncated"),
                 [ck_crumb("nav", "Bilietai -> Audiogeds"), ck_crumb("log", "no network")],
                 screen="AudiogedsActivity"),
        ca_check(APP, rng, {"analytics": True}),
        mv_route(APP, rng, [(HOME_AT, PRECISE), ((MUSEUM["lat"], MUSEUM["lon"]), None)]),
        mv_telemetry(APP, rng, [MUSEUM_FIX, SILO_FIX], PRECISE),
        hp_message(APP, rng, L(f"I did not get the e-mail with tickets {TICKETS}",
                               f"{TEXT}|{BUY}"), {"belets": L(TICKETS, BUY)}),
    ]
