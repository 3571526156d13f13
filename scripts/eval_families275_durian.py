"""A seasonal durian stall's app "Duriangku" (a roadside stall in Pettarani, Makassar, that takes
pre-orders of durians from Lumpue and Luwu and seats "durian parties" at its tables). Its API's
keys are Buginese, ASCII-folded, with English ``email``, ``token``, ``otp``: ``nomoro_hp``
mobile, ``kode`` code, ``aseng`` name, ``esso_jaji`` birth date, ``jenis`` sex, ``duriang``
durian, ``jenis_duriang`` variety, ``siaga`` quantity, ``wera_kg`` weight, ``ellinna`` price,
``jumella`` amount, ``pappaseng`` message, ``mejang`` table, ``tamu`` guests, ``esso`` day,
``wettu`` time, ``onrong`` place, ``lapa`` stall, ``pattarima`` recipient, ``jalang`` street,
``ongkos`` fee, ``bintang`` stars, ``pakkeda`` comment, ``hadiah`` gift, ``lao_ri`` to,
``sappa`` search, ``parewa`` device, ``kajadiang`` events): an OTP log-in, the profile,
``/iyya``, the season's list, the stall's page, a pre-order, its payment, a table for a durian
party, her check-in at the stall, the delivery home, the courier by pre-order number in the path,
a rating, a refund photo, a search, a gift voucher for her brother-in-law, her orders by phone in
the query, stamps by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families275_kit import (
    BROTHER_IL,
    HUSBAND,
    MKS_HOME,
    MKS_HOME_AT,
    PREORDER,
    SISTER_US,
    STALL,
    STALL_FIX,
    fix,
    hd,
    push,
)
from eval_families275_sdk import bf_bid, cd_session, mc_batch, mc_pixel, tn_event, tn_launch
from eval_families275_svc import cy_save, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("duriangku", "Duriangku", "com.example.duriangku", "1.3.7",
          "https://api.duriangku.example.org")
IID = "X-Duriangku-Parewa"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bug=True, **kw)


def duriangku() -> list[Case]:
    rng = random.Random(27571)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, hp=L(E164, TEL)))}
    sla, slo = fix(STALL_FIX, 4)
    track = at_path(case(f, f"{a}/v1/pakkiring/{PREORDER}/onrong", headers=_h(rng, **b)),
                    PREORDER, BUY)
    return [
        case(f, f"{a}/v1/otp", headers=_h(rng), body={
            "nomoro_hp": L(E164, TEL), "saluran": "sms"}),
        case(f, f"{a}/v1/otp/verifikasi", fmt="form", headers=_h(rng), body={
            "nomoro_hp": L(E164, TEL), "kode": L("904471", CRED),
            "parewa": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/profil", headers=_h(rng, **b), body={
            "aseng": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "esso_jaji": L(DOB, BIRTH), "jenis": L("makkunrai", GENDER)}),
        case(f, f"{a}/v1/iyya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/musim", headers=_h(rng, **b), query={
            "taung": "2026", "lapa": STALL["id"]}),
        case(f, f"{a}/v1/lapa/{STALL['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/preorder", headers=_h(rng, **b), body={
            "preorder": L(PREORDER, BUY), "duriang": [
                {"jenis_duriang": "montong", "siaga": 2, "wera_kg": 6.5,
                 "ellinna": L(390000, BUY)},
                {"jenis_duriang": "duriang kampong Lumpue", "siaga": 3, "wera_kg": 5.0,
                 "ellinna": L(225000, BUY)}],
            "jumella": L(615000, BUY),
            "pappaseng": L("Pilei iya macommo, isina makunyi, aja' iya mapella matu", TEXT)}),
        case(f, f"{a}/v1/preorder/bayara", fmt="form", headers=_h(rng, **b), body={
            "preorder": L(PREORDER, BUY), "jumella": L("615000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/mejang", headers=_h(rng, **b), body={
            "lapa": STALL["id"], "esso": "2026-02-14", "wettu": "19:30", "mejang": 4,
            "tamu": [L(SISTER_US[0], NAMEC), L(HUSBAND[0], NAMEC)],
            "jumella": L(100000, BUY)}),
        case(f, f"{a}/v1/lettu", headers=_h(rng, **b), body={
            "lapa": STALL["id"], "onrong": {"lat": sla, "lng": slo},
            "lapa_onrong": {"lat": STALL["lat"], "lng": STALL["lon"]},
            "preorder": L(PREORDER, BUY)}),
        case(f, f"{a}/v1/pakkiring", headers=_h(rng, **b), body={
            "preorder": L(PREORDER, BUY),
            "pattarima": {"aseng": L(HUSBAND[0], NAMEC), "nomoro_hp": L(HUSBAND[1], TEL)},
            "jalang": L(MKS_HOME["line"], ADDR),
            "onrong": {"lat": L(f"{MKS_HOME_AT[0]:.5f}", PRECISE),
                       "lng": L(f"{MKS_HOME_AT[1]:.5f}", PRECISE)},
            "ongkos": L(15000, BUY)}),
        track,
        case(f, f"{a}/v1/ulasang", fmt="form", headers=_h(rng, **b), body={
            "lapa": STALL["id"], "bintang": "5",
            "pakkeda": L("Montongna macenning, lapa'na masero ma'bau!", TEXT)}),
        multipart(f, f"{a}/v1/refund", [
            ("gambara", "duriang_masolang.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {
                "preorder": L(PREORDER, BUY),
                "pakkeda": L("Siseddi duriang mabusu ri laleng, de' ulle rianre", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sappa", headers=_h(rng, **b), query={
            "sappa": L("musang king Makassar Februari", SEARCH)}),
        case(f, f"{a}/v1/hadiah", headers=_h(rng, **b), body={
            "lao_ri": {"aseng": L(BROTHER_IL[0], NAMEC), "nomoro_hp": L(BROTHER_IL[1], TEL)},
            "jumella": L(200000, BUY),
            "pappaseng": L("Selamat lettu esso jajimmu, Daeng! Manre duriang ko.", TEXT),
            "kode_voucher": opaque(rng, "DV", 8)}),
        case(f, f"{a}/v1/preorder", headers=_h(rng, **b), query={
            "nomoro_hp": L(E164, TEL), "status": "aktif"}),
        case(f, f"{a}/v1/stempel", headers=_h(rng, how="none"), cookies={
            "dk_sesi": L(opaque(rng, "", 40), CRED), "dk_parewa": L(INSTALL_ID, DID),
            "dk_req": rid(rng)}),
        case(f, f"{a}/v1/parewa", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/v1/kajadiang", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "kajadiang": [
                ev("preorder", 1, jumella=L(615000, BUY)),
                ev("screen", 2, screen=L("Musim", USAGE))]}),
        case(f, f"{a}/v1/lesu", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "parewa": L(INSTALL_ID, DID)}),
    ]


def duriangku_sdks() -> list[Case]:
    rng = random.Random(27572)
    return [
        mc_batch(APP, rng, [("Preorder Placed", {"total": L(615000, BUY)}),
                            ("Table Booked", {"seats": 4})], at=STALL_FIX, nd=2,
                 locale="id_ID"),
        mc_pixel(APP, rng, "Season Opened", {"year": 2026}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"preorder": L(PREORDER, BUY)}, revenue=615000.0,
                 hashed=True),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, at=STALL_FIX, nd=3,
               keywords="durian,buah,makassar"),
        cd_session(APP, rng, secs=276),
        pt_register(APP, rng, lang="id", at=MKS_HOME_AT, nd=2, tags={"lapa": STALL["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        mm_geocode(APP, rng, "Duriang Pettarani Corner", SEARCH, near=MKS_HOME_AT, nd=3),
        hs_message(APP, rng, L(f"Preorder {PREORDER} de'pa lettu, kurirna de' naangkai telpong",
                               f"{TEXT}|{BUY}"), {"preorder": L(PREORDER, BUY)}),
    ]
