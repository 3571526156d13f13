"""A husky kennel's sled-ride and dog-sponsorship app "Koirareki" (koiru dog, regi sled; the
kennel at Shuja north of Petrozavodsk; Livvi keys in ASCII: ``nimi``, ``sugunimi``, ``e_posti``,
``telefon``, ``salasana``, ``linnu``, ``ajelu`` ride, ``ajajat`` riders, ``paino`` weight,
``iga`` age, ``broni``, ``summu``, ``maksu``, ``tervehys``, ``allekirjutus`` signature,
``koiru`` dog, ``sponsoru`` sponsor, ``kuumaksu`` monthly payment, ``lahjukartu`` gift card,
``vastaanottai`` recipient, ``adressu``, ``kohtu``, ``leveys`` / ``pitkys``, ``kyydi``
transfer, ``viesti``, ``arvostelu``, ``eccimine``, ``pisteet`` points): sign-up, a log-in,
``/mina``, rides, a family ride booked (weights, the son's age and asthma), its payment, the
waiver signed, the arrival at the kennel, the sled track (msgpack), sponsoring a dog, its
photos, a family photo, a gift card for her sister, a review, the ride by number in the path, a
message to the musher, a pick-up from the flat, a search, points by cookie, push, events and a
log-out. Set 84 fosters rescue dogs at home; this is a tourist kennel's rides and sponsorship."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families184_kit import (
    HUSBAND,
    KENNEL,
    PTZ_HOME,
    PTZ_HOME_AT,
    RIDE,
    SISTER_US,
    SLED_FIX,
    SON,
    fix,
    hd,
    push,
)
from eval_families184_sdk import (
    jg_event,
    jg_launch,
    jg_link,
    kt_session,
    lg_batch,
    tb_bid,
    tb_notice,
)
from eval_families184_svc import dk_card, dk_confirm, kr_route, kr_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("koirareki", "Koirareki", "com.example.koirareki", "2.0.7",
          "https://api.koirareki.example.com")
IID = "X-Koirareki-Device"
PW = "Lumi&Revontulet9"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def koirareki() -> list[Case]:
    rng = random.Random(18451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_posti=L(EMAIL, MAIL)))}
    kla, klo = fix(SLED_FIX)
    ride = at_path(case(f, f"{a}/api/broni/{RIDE}", headers=_h(rng, **b)), RIDE, BUY)
    return [
        case(f, f"{a}/api/rekisteroindy", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "e_posti": L(EMAIL_MIXED, MAIL),
            "telefon": L(NATIONAL, TEL), "salasana": L(PW, CRED),
            "linnu": L("Petrozavodsk", COARSE), "uudizet": True}),
        case(f, f"{a}/api/kirjuttavu", fmt="form", headers=_h(rng), body={
            "e_posti": L(EMAIL, MAIL), "salasana": L(PW, CRED), "laite": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ajelut", headers=_h(rng, **b), query={
            "datu": "2026-01-24", "tyyppi": "perehe", "kennel": KENNEL["id"]}),
        case(f, f"{a}/api/broni", headers=_h(rng, **b), body={
            "ajelu": "perehe_10km", "datu": "2026-01-24", "aigu": "11:00", "broni": L(RIDE, BUY),
            "summu": L(14400, BUY), "ajajat": [
                {"nimi": L(f"{FIRST} {LAST}", NAMEC), "paino": L(61, FIT)},
                {"nimi": L(HUSBAND[0], NAMEC), "paino": L(84, FIT)},
                {"nimi": L(KID, NAMEC), "iga": L(8, BIRTH), "paino": L(27, FIT)}],
            "tervehys": L("Iljal on astmu, inhaleru taskus", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/maksu", fmt="form", headers=_h(rng, **b), body={
            "broni": L(RIDE, BUY), "summu": L("14400.00", BUY), "valuuttu": "RUB",
            "maksu": L(opaque(rng, "pm_", 24), PAY), "kartu_loppu": L("6781", PAY)}),
        multipart(f, f"{a}/api/vastuu", [
            ("allekirjutus", "allekirjutus.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"broni": L(RIDE, BUY),
                                                "nimi": L(f"{FIRST} {LAST}", NAMEC),
                                                "lapset": [L(KID, NAMEC)]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tulimmo", headers=_h(rng, **b), body={
            "broni": L(RIDE, BUY), "kohtu": {"leveys": L(round(KENNEL["lat"] + 0.000087, 6),
                                                         PRECISE),
                                             "pitkys": L(round(KENNEL["lon"] - 0.000145, 6),
                                                         PRECISE)},
            "kennel": {"lat": KENNEL["lat"], "lng": KENNEL["lon"]}}),
        case(f, f"{a}/api/ajelut/{RIDE}/jalgi", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "kohtat": [
                {"lat": L(round(SLED_FIX[0] + 0.0014 * i, 6), PRECISE),
                 "lng": L(round(SLED_FIX[1] + 0.0021 * i, 6), PRECISE), "kmh": 14 + i}
                for i in range(4)], "loppu": {"lat": kla, "lng": klo}}),
        case(f, f"{a}/api/koirat/lumi/sponsoru", headers=_h(rng, **b), body={
            "koiru": "lumi", "kuumaksu": L(1500, BUY), "kartu_tokenu": L(opaque(rng, "tok_", 24),
                                                                        PAY),
            "sertifikaattu_nimi": L(KID, NAMEC)}),
        case(f, f"{a}/api/koirat/lumi/kuvat", headers=_h(rng, **b), query={
            "sivu": "1", "koko": "m"}),
        multipart(f, f"{a}/api/kuvat", [
            ("kuva", "perehe_koirien_kel.jpg", "image/jpeg", L(JPEG + b"\x5e", MEDIA)),
            ("meta", None, "application/json", {
                "broni": L(RIDE, BUY), "tekstu": L("Ilja ajoi ite regie! Lumi oli parahin",
                                                   TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/lahjukartat", headers=_h(rng, **b), body={
            "vastaanottai": {"nimi": L(SISTER_US[0], NAMEC), "e_posti": L(SISTER_US[2], MAIL)},
            "viesti": L("Emily, tule talvel, ajammo koirien kel yhtes!", TEXT),
            "summu": L(6000, BUY), "koodu": opaque(rng, "GC", 8)}),
        case(f, f"{a}/api/arvostelu", fmt="form", headers=_h(rng, **b), body={
            "kennel": KENNEL["id"], "tahtet": "5",
            "tekstu": L("Koirat ystavalliset, chai da kalitat lammas kodizes", TEXT)}),
        ride,
        case(f, f"{a}/api/viestit", headers=_h(rng, **b), body={
            "kenele": "musher_sergei",
            "viesti": L("Olemmo 15 min myohas, minun telefon +1 555 010 0199",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/kyydi", headers=_h(rng, **b), body={
            "broni": L(RIDE, BUY), "adressu": L(PTZ_HOME["line"], ADDR),
            "linnu": L(PTZ_HOME["town"], COARSE),
            "kohtu": {"leveys": L(PTZ_HOME_AT[0], PRECISE), "pitkys": L(PTZ_HOME_AT[1], PRECISE)},
            "aigu": "2026-01-24T09:45", "summu": L(2500, BUY)}),
        case(f, f"{a}/api/eccimine", headers=_h(rng, **b), query={
            "eccimine": L("revontulet ajelu yol", SEARCH)}),
        case(f, f"{a}/api/pisteet", headers=_h(rng, how="none"), cookies={
            "kr_sess": L(opaque(rng, "", 40), CRED), "kr_dev": L(INSTALL_ID, DID),
            "kr_req": rid(rng)}),
        case(f, f"{a}/api/laite", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("ride_booked", 1, summu=L(14400, BUY)),
                ev("screen", 2, screen=L("SledLive", USAGE))]}),
        case(f, f"{a}/api/lahtie", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "laite": L(INSTALL_ID, DID)}),
    ]


def koirareki_sdks() -> list[Case]:
    rng = random.Random(18452)
    link = U("https://koirareki.example.com/r", {"broni": L(RIDE, BUY), "src": "sms",
                                                "em": L(EMAIL, MAIL)})
    return [
        lg_batch(APP, rng, [("Ride Booked", {"total": L(14400, BUY)}),
                            ("Sled Live", {"dogs": 6})], at=SLED_FIX, nd=3),
        jg_launch(APP, rng, first=True),
        jg_link(APP, rng, link),
        jg_event(APP, rng, "purchase", {"broni": L(RIDE, BUY)}, revenue=14400.0, hashed=True),
        tb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PTZ_HOME_AT, nd=2,
               keywords="winter,husky,karelia"),
        tb_notice(APP, rng, "imp"),
        kt_session(APP, rng, secs=1880),
        dk_card(APP, rng),
        dk_confirm(APP, rng, "14400.00"),
        kr_route(APP, rng, [(PTZ_HOME_AT, PRECISE), ((KENNEL["lat"], KENNEL["lon"]), None)]),
        kr_telemetry(APP, rng, [SLED_FIX, (round(SLED_FIX[0] + 0.0042, 6),
                                          round(SLED_FIX[1] + 0.0063, 6))], PRECISE),
    ]
