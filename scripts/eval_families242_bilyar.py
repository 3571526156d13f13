"""A billiard hall's tables-and-league app "Bilyaran" (the fictional Esplanade Cue Club by the Iloilo
River; she plays on a ladies' 9-ball league team on Wednesdays; keys Hiligaynon with English and
Spanish loans: ``ngalan``, ``apelyido``, ``selpon``, ``kontrasenya`` password, ``adlaw_natawo``
birth date, ``numero_manughampang`` player number, ``lamesa`` table, ``reserbasyon``
booking, ``oras`` hours, ``tako`` cue, ``liga`` league, ``grupo`` team, ``kaupod`` team-mates,
``iskor`` score, ``bayad``, ``kantidad``, ``resibo``, ``sulat``, ``pangita``, ``puntos``): sign-up,
log-in, ``/ako``, tables free now, a table booked, its payment by Payhablon, the hall check-in with
her fix and the hall's Wi-Fi joined, a cue locker rented, the league team with two team-mates
typed in, a match score sheet (msgpack), a protobuf table timer beat, the standings, a chat
message, a cue repair order with a photo, a coaching slot, the booking by number in the path, a
search, points by cookie, push, events and a log-out. New: a docstring grep for "billiard",
"snooker", "pool hall", "pool table" and "9-ball" matched nothing (bowling and padel sets are the
nearest sports venues)."""

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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families242_kit import HALL, HALL_FIX, HOME_AT, MATES, PLAYER, fix, hd, obj, push
from eval_families242_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families242_svc import cl_card, cl_confirm, mm_reverse, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, U, case

APP = App("bilyaran", "Bilyaran", "com.example.bilyaran", "2.6.0",
          "https://api.bilyaran.example.com")
IID = "X-Bilyaran-Device"
PW = "NineBall$Esplanade"
BOOKING = "ECC-26-30771"  # a table booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hil=True, **kw)


def bilyaran() -> list[Case]:
    rng = random.Random(24251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL),
                                    manughampang=L(PLAYER, UID)))}
    hla, hlo = fix(HALL_FIX)
    match = obj(rng, "mt")
    lab: dict[str, str] = {}
    beat = pb([(1, L(PLAYER, UID)), (2, "tbl_07"), (3, 1769594400), (4, 3600),
               (5, L(BOOKING, BUY))], "", lab)
    booking = at_path(case(f, f"{a}/v1/reserbasyon/{BOOKING}", headers=_h(rng, **b)),
                      BOOKING, BUY)
    return [
        case(f, f"{a}/v1/rehistro", headers=_h(rng), body={
            "ngalan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "kontrasenya": L(PW, CRED), "adlaw_natawo": L(DOB, BIRTH),
            "syudad": L("Iloilo City", COARSE), "numero_manughampang": L(PLAYER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kontrasenya": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lamesa/bakante", headers=_h(rng, **b), query={
            "hall": HALL["id"], "oras": "2026-01-28T19:00", "klase": "9ft"}),
        case(f, f"{a}/v1/reserbasyon", headers=_h(rng, **b), body={
            "hall": HALL["id"], "lamesa": "tbl_07", "umpisa": "2026-01-28T19:00", "oras": 2,
            "reserbasyon": L(BOOKING, BUY), "kantidad": L(400, BUY),
            "numero_manughampang": L(PLAYER, UID)}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "reserbasyon": L(BOOKING, BUY), "kantidad": L("400", BUY), "kwarta": "PHP",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "reserbasyon": L(BOOKING, BUY), "lugar": {"lat": hla, "lon": hlo, "acc": 6},
            "hall": {"lat": HALL["lat"], "lon": HALL["lon"]},
            "wifi": {"ssid": L(HALL["ssid"], WIFI), "bssid": L(HALL["bssid"], WIFI)},
            "lan_ip": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/v1/locker", fmt="form", headers=_h(rng, **b), body={
            "numero_manughampang": L(PLAYER, UID), "locker": "L-24", "bulan": "3",
            "kantidad": L("450", BUY)}),
        case(f, f"{a}/v1/liga/grupo", headers=_h(rng, **b), body={
            "liga": "ladies-9ball-2026", "grupo": "Tako Ladies",
            "kapitan": L(PLAYER, UID),
            "kaupod": [{"ngalan": L(m[0], NAMEC), "selpon": L(m[1], TEL)} for m in MATES],
            "bayad_liga": L(1500, BUY)}),
        case(f, f"{a}/v1/liga/{match}/iskor", fmt="msgpack", headers=_h(rng, **b), body={
            "match": match, "racks": [{"rack": i + 1, "winner": w} for i, w in
                                      enumerate(["home", "away", "home", "home"])],
            "iskor": "5-3", "nagsulat": L(PLAYER, UID)}),
        raw(f, f"{a}/v1/lamesa/timer", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/liga/standings", headers=_h(rng, **b), query={
            "liga": "ladies-9ball-2026", "semana": "4"}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "kwarto": "tako-ladies",
            "sulat": L("Mga day, abi ko diri na kamo 7 pm, ari na ko sa lamesa 7", TEXT)}),
        multipart(f, f"{a}/v1/tako/repair", [
            ("litrato", "cue_tip.jpg", "image/jpeg", L(JPEG + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"numero_manughampang": L(PLAYER, UID),
                                                "problema": L("Nagbuka ang tip sang akon tako",
                                                              TEXT), "presyo": 250})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/coach/slot", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "cs"), "numero_manughampang": L(PLAYER, UID),
            "kantidad": L("600", BUY)}),
        booking,
        case(f, f"{a}/v1/pangita", headers=_h(rng, **b), query={
            "q": L("break cue carbon shaft", SEARCH)}),
        case(f, f"{a}/v1/puntos", headers=_h(rng, how="none"), cookies={
            "by_session": L(opaque(rng, "", 40), CRED), "by_device": L(INSTALL_ID, DID),
            "by_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "hil_PH")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("table_booked", 1), ev("screen", 2, screen=L("Standings", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def bilyaran_sdks() -> list[Case]:
    rng = random.Random(24252)
    link = U("https://bilyaran.example.com/r", {"booking": L(BOOKING, BUY), "ref": "sms",
                                                "m": L(E164, TEL)})
    return [
        mc_batch(APP, rng, [("Table Booked", {"total": L(400, BUY)}),
                            ("Score Submitted", {"racks": 8})], at=HALL_FIX, nd=3),
        mc_pixel(APP, rng, "Standings Viewed", {"week": 4}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"booking": L(BOOKING, BUY)}, revenue=400.0,
                 currency="PHP", hashed=True),
        bf_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=HALL_FIX, nd=2,
               keywords="billiards,cue,iloilo"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1460),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "400", "php"),
        mm_reverse(APP, rng, HALL_FIX, PRECISE, nd=4),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)]),
        mm_telemetry(APP, rng, [HOME_AT, HALL_FIX], PRECISE),
    ]
