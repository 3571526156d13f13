"""Cinema app "Kinosall" (a multiplex in Kirchberg and a small cinema in Esch; its API's keys are
Luxembourgish with the umlauts dropped: ``numm`` name, ``gebuertsjoer`` birth year,
``treiheetskaart`` loyalty card, ``punkten`` points, ``kino`` cinema, ``film``, ``virstellung``
screening, ``sall`` screen, ``setzplazen`` seats, ``tickets``, ``alter`` age, ``kand`` child,
``bestellung`` order, ``betrag`` amount, ``bezuelung`` payment, ``leschte_4`` last four digits,
``snacks``, ``bewaertung`` rating, ``sichen`` search, ``gutschain`` voucher, ``empfanger``
recipient, ``wonschlescht`` watch list, ``gebuertsdagsfeier`` birthday party, ``gaescht``
guests, ``standuert`` position): sign-up, an OAuth password grant, ``/konto``, cinemas near
home, films and screenings, seats held, tickets for her and Tom, the payment, the QR by order
number in the path, snacks (msgpack), the arrival by the snack bar with her fix, points by cookie,
a rating, a search, a voucher for her sister, the watch list, Tom's birthday party (his age and a
peanut allergy), a protobuf trailer beat, push, events and a log-out. No earlier set has a
cinema-ticket app (a docstring grep for cinema matched nothing; movie only streaming apps)."""

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
    E164,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families162_kit import (
    CINEMA,
    CINEMA_ESCH,
    HOME_AT,
    LOYALTY,
    SISTER_US,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families162_sdk import (
    bk_bid,
    bk_notice,
    cp_crash,
    cp_crumb,
    mt_event,
    mt_launch,
    qs_batch,
    qs_pixel,
)
from eval_families162_svc import ck_check, cm_card, cm_confirm, ma_geocode, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kinosall", "Kinosall", "com.example.kinosall", "7.3.2",
          "https://api.kinosall.example.net")
IID = "X-Kinosall-Install"
PW = "Popcorn!Kirchberg7"
ORDER = "KS-260307-44918"  # her ticket order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kinosall() -> list[Case]:
    rng = random.Random(16251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    treiheetskaart=L(LOYALTY, UID)))}
    cla, clo = fix((CINEMA["lat"] + 0.000041, CINEMA["lon"] - 0.000062), 5)
    show = obj(rng, "vs")
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, "flm_2026_0318"), (3, L(96, USAGE)),
               (4, L("wifi", DEV)), (5, 1772900000)], "", lab)
    qr = at_path(case(f, f"{a}/v3/bestellungen/{ORDER}/qr", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v3/konto", fmt="form", headers=_h(rng), body={
            "numm": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "handy": L(E164, TEL), "password": L(PW, CRED), "gebuertsjoer": L("1991", BIRTH),
            "newsletter": "0"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kinosall-android"}),
        case(f, f"{a}/v3/konto/mech", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/kinoen/no", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "radius_km": "30"}),
        case(f, f"{a}/v3/filmer", headers=_h(rng, **b), query={
            "kino": CINEMA["id"], "datum": "2026-03-07", "sprooch": "vf"}),
        case(f, f"{a}/v3/virstellungen", headers=_h(rng, **b), query={
            "film": "flm_2026_0318", "kino": CINEMA["id"]}),
        case(f, f"{a}/v3/virstellungen/{show}/setzplazen", headers=_h(rng, **b), body={
            "setzplazen": ["F7", "F8"], "halen_bis": "2026-03-07T15:10"}),
        case(f, f"{a}/v3/bestellungen", headers=_h(rng, **b), body={
            "virstellung": show, "sall": "sall_4", "bestellung": L(ORDER, BUY),
            "tickets": [{"typ": "erwuessen", "praeis": 12.5},
                        {"typ": "kand", "alter": L(7, BIRTH), "praeis": 8.5}],
            "total": L(21.0, BUY), "treiheetskaart": L(LOYALTY, UID)}),
        case(f, f"{a}/v3/bezuelung", fmt="form", headers=_h(rng, **b), body={
            "bestellung": L(ORDER, BUY), "betrag": L("21.00", BUY), "waehrung": "EUR",
            "bezuelung": L(opaque(rng, "pm_", 24), PAY), "leschte_4": L("4444", PAY)}),
        qr,
        case(f, f"{a}/v3/snacks", fmt="msgpack", headers=_h(rng, **b), body={
            "bestellung": L(ORDER, BUY),
            "snacks": [{"artikel": "popcorn_mettel", "zuel": 1, "praeis": 6.9},
                       {"artikel": "waasser_05", "zuel": 2, "praeis": 3.2}],
            "total": L(13.3, BUY), "ofhuelen": "bar_2"}),
        case(f, f"{a}/v3/ukomm", headers=_h(rng, **b), body={
            "kino": CINEMA["id"], "standuert": {"lat": cla, "lng": clo},
            "bar": {"lat": CINEMA["lat"], "lng": CINEMA["lon"]}, "bestellung": L(ORDER, BUY)}),
        case(f, f"{a}/v3/punkten", headers=_h(rng, how="none"), cookies={
            "ks_sess": L(opaque(rng, "", 40), CRED), "ks_install": L(INSTALL_ID, DID),
            "ks_req": rid(rng)}),
        case(f, f"{a}/v3/bewaertungen", headers=_h(rng, **b), body={
            "film": "flm_2026_0318", "staeren": 4,
            "text": L("Flotte Film, den Tom huet vill gelaacht, mee de Sall war ze kal.",
                      TEXT)}),
        case(f, f"{a}/v3/sichen", headers=_h(rng, **b), query={
            "sichen": L("animatiounsfilm ouschtervakanz esch", SEARCH), "kino": CINEMA_ESCH["id"]}),
        case(f, f"{a}/v3/gutschain", headers=_h(rng, **b), body={
            "empfanger": {"numm": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "betrag": L(40, BUY), "text": L("Fir wann s du eis zu Lëtzebuerg besichs, Amy!", TEXT),
            "code": opaque(rng, "GS", 8)}),
        case(f, f"{a}/v3/wonschlescht", headers=_h(rng, **b), body={
            "treiheetskaart": L(LOYALTY, UID), "filmer": ["flm_2026_0402", "flm_2026_0415"]}),
        case(f, f"{a}/v3/gebuertsdagsfeier", headers=_h(rng, **b), body={
            "kino": CINEMA_ESCH["id"], "datum": "2026-03-14",
            "kand": {"numm": L(f"{SON['first']} {SON['last']}", NAMEC), "alter": L(8, BIRTH)},
            "gaescht": 8, "allergien": L("Aerdness", MED), "betrag": L(160, BUY),
            "kontakt": L(E164, TEL)}),
        raw(f, f"{a}/v3/trailer/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/apparater", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/evenementer", gz=True, headers=_h(rng, **b), body={
            "benotzer": L(USER_ID, UID), "evenementer": [
                ev("tickets_kaf", 1, total=L(21.0, BUY)),
                ev("ecran", 2, ecran=L("Setzplazen", USAGE))]}),
        case(f, f"{a}/v3/ofmellen", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kinosall_sdks() -> list[Case]:
    rng = random.Random(16252)
    return [
        qs_batch(APP, rng, [("Tickets Bought", {"total": L(21.0, BUY)}),
                            ("Snacks Ordered", {"items": 2})],
                 at=(CINEMA["lat"], CINEMA["lon"]), nd=2, adid=True),
        qs_pixel(APP, rng, "Trailer Played", {"film": "flm_2026_0318"}),
        mt_launch(APP, rng, first=True),
        mt_event(APP, rng, "purchase", {"bestellung": L(ORDER, BUY)}, revenue=21.0,
                 hashed=True),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=HOME_AT, nd=3, yob=1991,
               gender="F", keywords="cinema,family,animation"),
        bk_notice(APP, rng, "win"),
        cp_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "seat map row 12"),
                 [cp_crumb("nav", "Virstellung -> Setzplazen"), cp_crumb("tap", "seat_F9")],
                 screen="SeatMapActivity"),
        pf_register(APP, rng, tags={"kino": CINEMA["id"], "kanner": "jo"}),
        ck_check(APP, rng, {"analytics": True, "ads": True}),
        cm_card(APP, rng),
        cm_confirm(APP, rng, "21.00"),
        ma_geocode(APP, rng, "Kinosall Uelzecht Esch", SEARCH, near=HOME_AT, nd=2),
    ]
