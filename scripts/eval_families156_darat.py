"""La Paz sand-dune 4x4 and sandboarding app "Daratdaya" (darat: sand; an outfitter's rides on the
dunes west of Laoag). Its API's keys are Iloko with English: ``nagan``, ``apelyido``,
``numero_selpon``, ``sekreto``, ``petsa_pannakayanak``, ``sekso`` sex (``babai`` woman),
``dagsen`` weight, ``kinatayag`` height, ``pasahero`` passengers, ``tawen`` age, ``salun_at``
health (``sakit_ti_puso`` heart disease, ``sakit_ti_likod`` back trouble, ``masikog``
pregnant), ``kontak_emerhensia`` emergency contact, ``reserba`` booking, ``gatad`` amount,
``bayad`` payment, ``pilay`` sprain, ``saka`` foot, ``grado`` rating, ``komento`` remark,
``regalo`` gift, ``puntos`` points: sign-up, an OAuth password grant, an SMS code, ``/siak``,
rides near her house, the booking for the three of them (ages, weights), the payment, the
waiver, the check-in at the base (its Wi-Fi), a protobuf ride beat, sandboard runs (msgpack), a
video, a review, a search, an injury report (her ankle), the booking by number in the path, a gift
voucher, points by cookie, photos shared, push and events. A file-name and docstring grep found
no dune, sandboard or 4x4 app in ``scripts/``."""

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
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families156_kit import (
    DUNE_FIX,
    HOME_AT,
    HUSBAND,
    OUTFITTER,
    RIDE,
    SISTER_US,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families156_sdk import (
    bb_bid,
    bb_notice,
    cr_session,
    mb_batch,
    mb_queue,
    tp_event,
    tp_launch,
    tp_link,
)
from eval_families156_svc import cp_card, cp_confirm, mg_route, mg_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("daratdaya", "Daratdaya", "com.example.daratdaya", "2.4.0",
          "https://api.daratdaya.example.com")
IID = "X-Darat-Device"
PW = "Darat4x4!LaPaz"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
SSID, BSSID = "DuneRiders-Guest", "a8:5e:45:3c:19:e2"  # the outfitter's Wi-Fi (joined: wifi)
TOP = (18.205502, 120.542917)  # her phone at the top of a dune


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def daratdaya() -> list[Case]:
    rng = random.Random(15611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), numero_selpon=L(E164, TEL)))}
    dla, dlo = fix(DUNE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, RIDE), (2, 1769650000),
               (3, [(1, L(DUNE_FIX[0], PRECISE)), (2, L(DUNE_FIX[1], PRECISE)), (3, 31.5)]),
               (4, L(63, DEV)), (5, "jeep_07")], "", lab)
    page = at_path(case(f, f"{a}/v1/reserba/{RIDE}", headers=_h(rng, **b)), RIDE, BUY)
    return [
        case(f, f"{a}/v1/agar-aramat", headers=_h(rng), body={
            "nagan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "numero_selpon": L(NATIONAL, TEL), "sekreto": L(PW, CRED),
            "petsa_pannakayanak": L(DOB, BIRTH), "sekso": L("babai", GENDER),
            "ili": L("Laoag City", COARSE), "balita": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "daratdaya-android"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "numero_selpon": L(E164, TEL), "kodigo": L("508311", CRED)}),
        case(f, f"{a}/v1/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/biahe/asideg", headers=_h(rng, **b), query={
            "latitud": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "longhitud": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "15", "petsa": "2026-01-29"}),
        case(f, f"{a}/v1/reserba", headers=_h(rng, **b), body={
            "outfitter": OUTFITTER["id"], "biahe": "4x4_sandboard_2h", "petsa": "2026-01-29",
            "oras": "15:30", "reserba": L(RIDE, BUY), "gatad": L(7500, BUY),
            "pasahero": [
                {"nagan": L(f"{FIRST} {LAST}", NAMEC), "dagsen": L(61, FIT), "tawen": L(34, BIRTH)},
                {"nagan": L(HUSBAND[0], NAMEC), "dagsen": L(78, FIT)},
                {"nagan": L(KID, NAMEC), "dagsen": L(33, FIT), "tawen": L(10, BIRTH)}]}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "reserba": L(RIDE, BUY), "gatad": L("7500.00", BUY), "kuarta": "PHP",
            "card_token": L(opaque(rng, "tok_", 24), PAY), "maudi_nga_uppat": L("4444", PAY)}),
        case(f, f"{a}/v1/waiver", headers=_h(rng, **b), body={
            "reserba": L(RIDE, BUY), "salun_at": {
                "sakit_ti_puso": L(False, MED), "sakit_ti_likod": L(True, MED),
                "masikog": L(False, MED), "kinatayag": L(165, FIT)},
            "kontak_emerhensia": {"nagan": L(SISTER_US[0], NAMEC),
                                  "numero_selpon": L(SISTER_US[1], TEL)},
            "pirma": L(f"{FIRST} {LAST}", NAMEC), "umanamong": True}),
        case(f, f"{a}/v1/check-in", headers=_h(rng, **b), body={
            "reserba": L(RIDE, BUY), "lugar": {"latitud": dla, "longhitud": dlo, "kinapudno": 7},
            "base": {"latitud": OUTFITTER["lat"], "longhitud": OUTFITTER["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        raw(f, f"{a}/v1/biahe/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/sandboard/runs", fmt="msgpack", headers=_h(rng, **b), body={
            "agar_aramat": L(USER_ID, UID),
            "runs": [{"rugi": {"lat": L(round(TOP[0], 6), PRECISE),
                               "lon": L(round(TOP[1], 6), PRECISE)},
                      "segundo": 14 + 3 * i, "tuppuak": obj(rng, "run")} for i in range(3)],
            "dune": "dune_b"}),
        multipart(f, f"{a}/v1/video", [
            ("video", "sandboard_run2.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "reserba": L(RIDE, BUY),
                "caption": L("Ni Ronaldo ti immuna nga nag-sandboard, nagpaspasaray!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/grado", fmt="form", headers=_h(rng, **b), body={
            "outfitter": OUTFITTER["id"], "grado": "5",
            "komento": L("Naragsak! Ti driver ket nannayat para iti anakmi.", TEXT)}),
        case(f, f"{a}/v1/sapul", headers=_h(rng, **b), query={
            "sapul": L("sunset 4x4 ride para ti ubing", SEARCH), "panid": "1"}),
        case(f, f"{a}/v1/pilay", headers=_h(rng, **b), body={
            "reserba": L(RIDE, BUY), "paset": L("kannigid a saka", MED),
            "teksto": L("Napilay ti kannigid a sakak idi natnagak iti sandboard, nasakit unay",
                        f"{TEXT}|{MED}"), "kasapulan_doktor": False}),
        page,
        case(f, f"{a}/v1/regalo", headers=_h(rng, **b), body={
            "umawat": {"nagan": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "mensahe": L("Emily, no umaykayo ditoy Ilocos, agsandboard tayo!", TEXT),
            "gatad": L(3000, BUY), "kodigo_regalo": opaque(rng, "GV", 8)}),
        case(f, f"{a}/v1/puntos", headers=_h(rng, how="none"), cookies={
            "dd_sesion": L(opaque(rng, "", 40), CRED), "dd_aparato": L(INSTALL_ID, DID),
            "dd_req": rid(rng)}),
        case(f, f"{a}/v1/ladawan/ibinglay", headers=_h(rng, **b), body={
            "album": obj(rng, "al"), "kadua": {"nagan": L(HUSBAND[0], NAMEC),
                                                "numero_selpon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/aparato", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/pasamak", gz=True, headers=_h(rng, **b), body={
            "agar_aramat": L(USER_ID, UID), "pasamak": [
                ev("reserba", 1, gatad=L(7500, BUY)), ev("screen", 2, screen=L("Runs", USAGE))]}),
    ]


def daratdaya_sdks() -> list[Case]:
    rng = random.Random(15612)
    link = U("https://daratdaya.example.com/r", {"reserba": L(RIDE, BUY), "src": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mb_batch(APP, rng, [("Ride Booked", {"total": L(7500, BUY)}),
                            ("Run Logged", {"secs": 17})], at=DUNE_FIX, nd=3),
        mb_queue(APP, rng, [("Run Logged", {"secs": 14}), ("Video Saved", {})]),
        tp_launch(APP, rng, first=True),
        tp_link(APP, rng, link),
        tp_event(APP, rng, "purchase", {"reserba": L(RIDE, BUY)}, revenue=7500.0, hashed=True),
        bb_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=DUNE_FIX, nd=2,
               keywords="adventure,dunes,ilocos"),
        bb_notice(APP, rng, "imp"),
        cr_session(APP, rng, secs=1840),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "7500.00"),
        mg_route(APP, rng, [(HOME_AT, PRECISE), ((OUTFITTER["lat"], OUTFITTER["lon"]), None)]),
        mg_telemetry(APP, rng, [DUNE_FIX, TOP], PRECISE),
    ]
