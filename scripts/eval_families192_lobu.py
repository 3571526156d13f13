"""Hot-air balloon festival app "Lobu" (the Clark balloon fiesta: tickets, a tethered ride, a
dawn flight; its API's keys are Kapampangan with English: ``lagyu`` name, ``apelyidu`` surname,
``selpon`` mobile, ``aldo_kebaitan`` birth date, ``sexu`` sex (``babai`` woman), ``balen``
town, ``tiket`` ticket, ``bilang`` count, ``alaga`` amount, ``bayad`` payment, ``sasakay``
riders, ``timbang`` weight, ``katas`` height, ``edad`` age, ``sakit`` illness, ``buntis``
pregnant, ``lugal`` place, ``lupa`` face, ``anak`` child, ``pamangan`` food, ``mensahi``
message, ``panintun`` search, ``letratu`` photo, ``mewala`` lost, ``aku`` me, ``lub`` log in):
sign-up, an SMS code, ``/aku``, the schedule, the family's tickets, their payment, a parking
pass, the tethered ride with the riders' weights and heights, the waiver (signature, health
answers), the gate check-in with her fix, a protobuf beat from the dawn flight, the photo finder
(a selfie and a 128-float face template), the daughter's lost-child wristband, food, a search,
favourites, a message to the organisers, the tickets by number in the path, passes by cookie, a
lost item, a review, push and events. No earlier set has a balloon festival (a docstring grep for
"balloon", "hot air" found none)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import floats, raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families192_kit import (
    DAUGHTER,
    FIELD,
    FIELD_FIX,
    HOME_AT,
    HUSBAND,
    TICKET,
    fix,
    hd,
    obj,
    push,
)
from eval_families192_sdk import (
    bt_bid,
    bt_notice,
    cb_session,
    mb_batch,
    tk_event,
    tk_launch,
    tk_link,
)
from eval_families192_svc import ck_save, cm_card, cm_confirm, mp_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("lobu", "Lobu", "com.example.lobu", "1.9.5", "https://api.lobu.example.net")
IID = "X-Lobu-Device"
PW = "Lobu#Clark2026"
FLIGHT_FIX = (15.197215, 120.533804)  # her phone in the basket at dawn


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def lobu() -> list[Case]:
    rng = random.Random(19211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), selpon=L(E164, TEL)))}
    gla, glo = fix(FIELD_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, "fl_dawn_07"), (3, 1771030800),
               (4, [(1, L(FLIGHT_FIX[0], PRECISE)), (2, L(FLIGHT_FIX[1], PRECISE)),
                    (3, 412.0)]), (5, L(63, DEV))], "", lab)
    face = floats(random.Random(19219), 128)
    tix = at_path(case(f, f"{a}/v2/tiket/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v2/magpalista", headers=_h(rng), body={
            "lagyu": L(FIRST, NAMEC), "apelyidu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "password": L(PW, CRED), "aldo_kebaitan": L(DOB, BIRTH),
            "sexu": L("babai", GENDER), "balen": L("Angeles City", COARSE)}),
        case(f, f"{a}/v2/lub/sms", fmt="form", headers=_h(rng), body={
            "selpon": L(E164, TEL), "code": L("508317", CRED)}),
        case(f, f"{a}/v2/aku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/schedule", headers=_h(rng, **b), query={
            "field": FIELD["id"], "petsa": "2026-02-14"}),
        case(f, f"{a}/v2/tiket", headers=_h(rng, **b), body={
            "petsa": "2026-02-14", "field": FIELD["id"], "tiket": L(TICKET, BUY),
            "sasakay": [{"lagyu": L(f"{FIRST} {LAST}", NAMEC), "klase": "adult"},
                        {"lagyu": L(HUSBAND[0], NAMEC), "klase": "adult"},
                        {"lagyu": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                         "klase": "child", "edad": L(10, BIRTH)}],
            "alaga": L(1350, BUY)}),
        case(f, f"{a}/v2/bayad", fmt="form", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "alaga": L("1350.00", BUY), "currency": "PHP",
            "card_token": L(opaque(rng, "tok_", 24), PAY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/v2/parking", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "plate": "NDA 4182", "zone": "P3", "alaga": L(200, BUY)}),
        case(f, f"{a}/v2/tethered", headers=_h(rng, **b), body={
            "slot": obj(rng, "tt"), "sasakay": [
                {"lagyu": L(f"{FIRST} {LAST}", NAMEC), "timbang": L(61, FIT), "katas": L(168, FIT)},
                {"lagyu": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "timbang": L(33, FIT), "katas": L(141, FIT)}], "alaga": L(1000, BUY)}),
        multipart(f, f"{a}/v2/waiver", [
            ("pirma", "pirma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {
                "lagyu": L(f"{FIRST} {LAST}", NAMEC), "sakit_puso": L(False, MED),
                "buntis": L(False, MED), "sakit_likod": L("slipped disc, 2019", MED),
                "takut_katas": L(False, MED), "flight": "fl_dawn_07"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/gate/checkin", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "lugal": {"lat": gla, "lng": glo, "acc": 6},
            "gate": {"id": "gt_north", "lat": FIELD["lat"], "lng": FIELD["lon"]}}),
        raw(f, f"{a}/v2/flight/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/letratu/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {"purpose": "photo_finder",
                                                "consent": True})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/letratu/finder", headers=_h(rng, **b), body={
            "lupa": {"vector": L(face, FACE), "model": "fn-128-v3", "quality": 0.91},
            "petsa": "2026-02-14", "field": FIELD["id"]}),
        case(f, f"{a}/v2/anak/wristband", headers=_h(rng, **b), body={
            "wristband": obj(rng, "wb", 8),
            "anak": {"lagyu": L(DAUGHTER["first"], NAMEC), "apelyidu": L(DAUGHTER["last"], NAMEC),
                     "edad": L(10, BIRTH), "sexu": L(DAUGHTER["sex"], GENDER),
                     "allergy": L("shrimp", MED)},
            "magulang": {"lagyu": L(f"{FIRST} {LAST}", NAMEC), "selpon": L(E164, TEL)},
            "asawa_selpon": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v2/pamangan/order", headers=_h(rng, **b), body={
            "stall": "st_sisig_12", "items": [{"item": "sisig", "bilang": 2, "alaga": 180},
                                             {"item": "buko juice", "bilang": 3, "alaga": 60}],
            "total": L(540, BUY), "pickup": "18:30"}),
        case(f, f"{a}/v2/panintun", headers=_h(rng, **b), query={
            "q": L("night glow schedule at parking malapit king gate", SEARCH)}),
        case(f, f"{a}/v2/favorites", fmt="form", headers=_h(rng, **b), body={
            "event": "ev_night_glow", "remind": "30"}),
        case(f, f"{a}/v2/mensahi", headers=_h(rng, **b), body={
            "kang": "organisers",
            "mensahi": L("Ing anak ku ating wheelchair ing lola na, ati ramp king north gate?",
                         f"{TEXT}|{MED}")}),
        tix,
        case(f, f"{a}/v2/passes", headers=_h(rng, how="none"), cookies={
            "lb_sid": L(opaque(rng, "", 40), CRED), "lb_dev": L(INSTALL_ID, DID),
            "lb_req": rid(rng)}),
        multipart(f, f"{a}/v2/mewala", [
            ("letratu", "cap.jpg", "image/jpeg", L(JPEG + b"\x5b", MEDIA)),
            ("meta", None, "application/json", {
                "sulat": L("Asul a cap ning anak ku, mewala king food area", TEXT),
                "selpon": L(E164, TEL)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/review", fmt="form", headers=_h(rng, **b), body={
            "event": "fiesta_2026", "bituin": "4",
            "komentu": L("Malagu ing night glow, pero mabayat ing pila king parking", TEXT)}),
        case(f, f"{a}/v2/gamit", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tiket_bought", 1, alaga=L(1350, BUY)),
                ev("screen", 2, screen=L("PhotoFinder", USAGE))]}),
    ]


def lobu_sdks() -> list[Case]:
    rng = random.Random(19212)
    link = U("https://lobu.example.net/t", {"tiket": L(TICKET, BUY), "src": "mail",
                                            "em": L(EMAIL, MAIL)})
    return [
        mb_batch(APP, rng, [("Tickets Bought", {"total": L(1350, BUY)}),
                            ("Gate Scanned", {"gate": "gt_north"})], at=FIELD_FIX, nd=3),
        tk_launch(APP, rng, first=True),
        tk_link(APP, rng, link),
        tk_event(APP, rng, "purchase", {"tiket": L(TICKET, BUY)}, revenue=1350.0, hashed=True),
        bt_bid(APP, rng, {"video": {"w": 320, "h": 480}}, keywords="festival,balloon,clark"),
        bt_notice(APP, rng, "imp"),
        cb_session(APP, rng, secs=1880),
        ck_save(APP, rng, {"analytics": True, "marketing": True, "face_search": True}),
        cm_card(APP, rng, email=True),
        cm_confirm(APP, rng, "1350.00"),
        mp_telemetry(APP, rng, [FIELD_FIX, FLIGHT_FIX, HOME_AT], PRECISE),
    ]


__all__ = ["APP", "lobu", "lobu_sdks"]
