"""The snowmobile club's trail app "Kelkkaura" (``kelkka`` sled, ``ura`` track; the Pajala
snowmobile club grooms the trails with the trail-pass money; the app sells the season pass,
shows grooming and ice reports, logs trips and keeps a "gone onto the ice" safety check). Its
API's keys are Meänkieli, ASCII-folded, lowerCamel, with Swedish loans as the villages say them
(``skoteri`` snowmobile) and English ``id``, ``token``, ``email``: ``etunimi``/``sukunimi``,
``email``, ``telefooni`` phone, ``salasana`` password, ``syntymavuosi`` birth year, ``osote``
address, ``kyla`` village, ``jasen`` member, ``uralupa`` trail pass, ``kausi`` season,
``skoteri``, ``rekisterinumero`` registration number, ``hinta`` price, ``summa`` amount,
``maksu`` payment, ``reitti`` route, ``kota`` hut, ``jaa`` ice, ``jaanPaksuus`` ice thickness,
``lahto`` departure, ``paluu`` return, ``hatayhteys`` emergency contact, ``matka`` trip,
``talkoot`` volunteer work, ``havainto`` observation, ``leveys``/``pituus``, ``viesti``,
``haku``: sign-up, log-in, ``/mie``, the season trail pass bought and paid, the pass by number
in the path, the snowmobile registered, grooming status, a route planned, a trip started with her
fix (protobuf beats), a msgpack fix queue, "on the ice" with her husband as emergency contact and
the return time, "back home" (5-decimal strings), an ice-thickness report with a photo, a hut
visit, volunteer grooming, a lost-item post, a search, the trip summary, a message to the club, a
cookie GET of the membership card, push and events. The grep found "snowmobile" only as freight
and transport in sets 217 and 277 and no trail pass or snowmobile club."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families284_kit import (
    CLUB_MEMBER,
    HOME,
    HOME_AT,
    HUSBAND,
    HUT,
    ICE_FIX,
    SLED_PLATE,
    TRAIL_FIX,
    TRAIL_PASS,
    fix,
    hd,
    obj,
    push,
)
from eval_families284_sdk import (
    bl_bid,
    bl_notice,
    jr_event,
    jr_launch,
    jr_link,
    kc_session,
    lp_batch,
    lp_queue,
)
from eval_families284_svc import kp_card, kp_confirm, mv_reverse, mv_route, mv_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kelkkaura", "Kelkkaura", "com.example.kelkkaura", "4.0.2",
          "https://api.kelkkaura.example.com")
IID = "X-Kelkkaura-Device"
PW = "Skoteri*Jänkä26"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kelkkaura() -> list[Case]:
    rng = random.Random(28431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jasen=L(CLUB_MEMBER, UID),
                                    uralupa=L(TRAIL_PASS, BUY)))}
    tla, tlo = fix(TRAIL_FIX)
    ila, ilo = fix(ICE_FIX)
    trip = obj(rng, "mt")
    lab: dict[str, str] = {}
    beat = pb([(1, L(CLUB_MEMBER, UID)), (2, trip), (3, 1770904800),
               (4, [(1, L(TRAIL_FIX[0], PRECISE)), (2, L(TRAIL_FIX[1], PRECISE)), (3, 41.0)]),
               (5, L(37, DEV))], "", lab)
    pas = at_path(case(f, f"{a}/v2/uraluvat/{TRAIL_PASS}", headers=_h(rng, **b)),
                  TRAIL_PASS, BUY)
    return [
        case(f, f"{a}/v2/jasenet", headers=_h(rng), body={
            "etunimi": L(FIRST, NAMEC), "sukunimi": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefooni": L(NATIONAL, TEL), "salasana": L(PW, CRED),
            "syntymavuosi": L(1991, BIRTH), "osote": L(HOME["line"], ADDR),
            "kyla": L(HOME["village"], COARSE), "postinumero": L(HOME["post"], COARSE),
            "jasen": L(CLUB_MEMBER, UID), "uutiskirje": False}),
        case(f, f"{a}/v2/kirjaudu", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "salasana": L(PW, CRED), "laite": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/mie", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/uraluvat", headers=_h(rng, **b), body={
            "kausi": "2025-2026", "tyyppi": "koko_kausi", "uralupa": L(TRAIL_PASS, BUY),
            "hinta": L(1100, BUY), "skoteri": {"rekisterinumero": SLED_PLATE,
                                               "malli": "touring 600", "vuosimalli": 2019},
            "jasen": L(CLUB_MEMBER, UID)}),
        case(f, f"{a}/v2/maksu", fmt="form", headers=_h(rng, **b), body={
            "uralupa": L(TRAIL_PASS, BUY), "summa": L("1100.00", BUY), "valuutta": "SEK",
            "korttiToken": L(opaque(rng, "tok_", 24), PAY)}),
        pas,
        case(f, f"{a}/v2/urat/tila", headers=_h(rng, **b), query={
            "alue": "pajala_pohjoinen", "paiva": "2026-02-12"}),
        case(f, f"{a}/v2/reitit/suunnitelma", headers=_h(rng, **b), body={
            "lahto": {"leveys": L(round(HOME_AT[0], 3), PRECISE),
                      "pituus": L(round(HOME_AT[1], 3), PRECISE)},
            "kohde": {"kota": HUT["id"], "leveys": HUT["lat"], "pituus": HUT["lon"]},
            "valttaHeikkoJaata": True}),
        case(f, f"{a}/v2/matkat", headers=_h(rng, **b), body={
            "matka": trip, "lahto": "2026-02-12T10:40", "kuljettajat": 2,
            "paikka": {"leveys": tla, "pituus": tlo, "tarkkuus": 12}}),
        raw(f, f"{a}/v2/matkat/{trip}/syke", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/matkat/{trip}/jono", fmt="msgpack", headers=_h(rng, **b), body={
            "kayttaja": L(USER_ID, UID),
            "pisteet": [{"lat": L(round(TRAIL_FIX[0] + 0.0021 * i, 6), PRECISE),
                         "lon": L(round(TRAIL_FIX[1] + 0.0034 * i, 6), PRECISE),
                         "t": 1770905100 + 300 * i} for i in range(3)],
            "kota": {"lat": HUT["lat"], "lon": HUT["lon"]}}),
        case(f, f"{a}/v2/jaalla", headers=_h(rng, **b), body={
            "paikka": {"leveys": ila, "pituus": ilo}, "paluuViimeistaan": "2026-02-14T16:00",
            "hatayhteys": {"nimi": L(HUSBAND[0], NAMEC), "telefooni": L(HUSBAND[1], TEL)},
            "seurue": 1, "viesti": L("Pilkille Väylän jäälle Kengiksen kohalle", TEXT)}),
        case(f, f"{a}/v2/jaalla/kotona", fmt="form", headers=_h(rng, **b), body={
            "tila": "kotona", "leveys": L(f"{HOME_AT[0]:.5f}", PRECISE),
            "pituus": L(f"{HOME_AT[1]:.5f}", PRECISE)}),
        multipart(f, f"{a}/v2/havainnot/jaa", [
            ("kuva", "avanto.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("tiedot", None, "application/json", {
                "jaanPaksuus_cm": 38, "leveys": ila, "pituus": ilo,
                "viesti": L("Railo Kengiksen kosken alapuolella, ei kannata ajaa", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kodat/{HUT['id']}/kaynti", headers=_h(rng, **b), body={
            "jasen": L(CLUB_MEMBER, UID), "puita_kaytetty": True, "vieraskirja": L(
                "Hyvä kota, puut loppu, tuon ensi kerralla", TEXT)}),
        case(f, f"{a}/v2/talkoot", headers=_h(rng, **b), body={
            "jasen": L(CLUB_MEMBER, UID), "tehtava": "viitoitus", "paiva": "2026-03-07",
            "tunnit": 5}),
        case(f, f"{a}/v2/loytotavarat", headers=_h(rng, **b), body={
            "kadonnut": "kypärän visiiri", "reitti": "ura_412",
            "yhteys": L(E164, TEL)}),
        case(f, f"{a}/v2/haku", headers=_h(rng, **b), query={
            "haku": L("kota tulipaikka Ahvenjärvi", SEARCH)}),
        case(f, f"{a}/v2/matkat/{trip}/yhteenveto", headers=_h(rng, **b), query={
            "km": "true"}),
        case(f, f"{a}/v2/viestit", headers=_h(rng, **b), body={
            "vastaanottaja": "kerho_hallitus",
            "viesti": L("Ura 412 on aurattu huonosti Ahvenjärven kohalla", TEXT)}),
        case(f, f"{a}/v2/jasenkortti", headers=_h(rng, how="none"), cookies={
            "ku_sessio": L(opaque(rng, "", 40), CRED), "ku_laite": L(INSTALL_ID, DID),
            "ku_req": rid(rng)}),
        case(f, f"{a}/v2/laitteet", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/tapahtumat", gz=True, headers=_h(rng, **b), body={
            "kayttaja": L(USER_ID, UID), "tapahtumat": [
                ev("matka_alkoi", 1), ev("naytto", 2, naytto=L("Jaalla", USAGE))]}),
    ]


def kelkkaura_sdks() -> list[Case]:
    rng = random.Random(28432)
    link = U("https://kelkkaura.example.com/l", {"uralupa": L(TRAIL_PASS, BUY),
                                                 "utm": "mail", "e": L(EMAIL, MAIL)})
    return [
        lp_batch(APP, rng, [("Pass Bought", {"total": L(1100, BUY)}),
                            ("Trip Started", {"riders": 2})], at=TRAIL_FIX, nd=3),
        lp_queue(APP, rng, [("Trip Beat", {"speed": 41}), ("Back Home", {})]),
        jr_launch(APP, rng, first=True),
        jr_link(APP, rng, link),
        jr_event(APP, rng, "purchase", {"uralupa": L(TRAIL_PASS, BUY)}, revenue=1100.0,
                 hashed=True),
        bl_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=TRAIL_FIX, nd=2,
               keywords="snowmobile,ice fishing,outdoor"),
        bl_notice(APP, rng, "imp"),
        kc_session(APP, rng, secs=3905),
        kp_card(APP, rng),
        kp_confirm(APP, rng, "1100.00"),
        mv_reverse(APP, rng, ICE_FIX, PRECISE, nd=4),
        mv_route(APP, rng, [(HOME_AT, PRECISE), ((HUT["lat"], HUT["lon"]), None)],
                 mode="snowmobile"),
        mv_telemetry(APP, rng, [TRAIL_FIX, ICE_FIX], PRECISE),
    ]
