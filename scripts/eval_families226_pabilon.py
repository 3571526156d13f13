"""A parks department's beach-pavilion reservation app "Kanton Tasi" (``kanton tasi`` beach;
she books a pavilion at Ypao for Isabel's birthday): its API's keys are CHamoru as a local
developer writes them with English where APIs keep it: ``naan`` / ``apiyidu`` first name /
surname, ``telefon`` phone, ``kontrasena`` password, ``fecha_mafanagu`` birth date,
``lisensia`` driver's licence, ``direksion`` address, ``songsong`` village, ``pabilon``
pavilion, ``parke`` park, ``fecha`` / ``ora`` date / hour, ``taotao`` guests, ``gupot`` party
(``kumpleanos`` birthday), ``permisu`` permit, ``kantidat`` amount, ``depositu`` deposit,
``apas`` payment, ``kuenta`` account, ``generadot`` generator, ``litratu`` photo, ``mensahi``
message, ``kombida`` invitation, ``aligao`` search, ``reserbasion`` reservation: sign-up with
her licence, a log-in, ``/yo``, availability, the reservation, its payment, the permit by
number in the path, a generator and sound add-on (msgpack), a check-in at the pavilion with her
fix, a photo of the pavilion's state, a protobuf parking-pass scan, invitations to her sister and
a friend, a broken-light report, the cleaning-deposit refund to her bank, a search,
reservations by cookie, push and events. No earlier set has a park or pavilion reservation
("pavilion", "picnic", "park reservation" matched no docstring)."""

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
    DID,
    E164,
    EMAIL_UPPER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families226_kit import (
    BANK,
    HOME,
    HOME_AT,
    LICENCE,
    PAVILION,
    PAVILION_FIX,
    PERMIT,
    PLATE,
    SISTER_US,
    fix,
    hd,
    push,
)
from eval_families226_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_launch,
    tn_link,
)
from eval_families226_svc import (
    cl_card,
    cl_confirm,
    cl_payout,
    fn_eval,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kantontasi", "Kanton Tasi", "com.example.kantontasi", "1.3.4",
          "https://api.kantontasi.example.org")
IID = "X-KT-Install"
PW = "Ypao#Pabilon4"
NID = "personal.national_id"
FRIEND = ("Tina Perez", "+16715550175")  # a friend she invites (typed: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kantontasi() -> list[Case]:
    rng = random.Random(22661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    pla, plo = fix(PAVILION_FIX)
    lab: dict[str, str] = {}
    scan = pb([(1, L(PERMIT, BUY)), (2, PLATE), (3, 1771002000),
               (4, [(1, L(PAVILION_FIX[0], PRECISE)), (2, L(PAVILION_FIX[1], PRECISE))]),
               (5, "gate_ypao_n")], "", lab)
    permit = at_path(case(f, f"{a}/v1/permisu/{PERMIT}/pdf", headers=_h(rng, **b)), PERMIT, BUY)
    return [
        case(f, f"{a}/v1/usuario", headers=_h(rng), body={
            "naan": L(FIRST, NAMEC), "apiyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kontrasena": L(PW, CRED), "fecha_mafanagu": L(DOB, BIRTH),
            "lisensia": L(LICENCE, NID), "direksion": L(HOME["line"], ADDR),
            "songsong": L(HOME["village"], COARSE), "zip": L(HOME["zip"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kontrasena": L(PW, CRED)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pabilon/disponivle", headers=_h(rng, **b), query={
            "parke": "ypao", "fecha": "2026-08-15", "taotao": "60"}),
        case(f, f"{a}/v1/reserbasion", headers=_h(rng, **b), body={
            "pabilon": PAVILION["id"], "fecha": "2026-08-15", "ora": "10:00-18:00",
            "taotao": 60, "gupot": "kumpleanos",
            "deskripsion": L("Kumpleanos Isabel, 11 anos", f"{TEXT}|{NAMEC}|{BIRTH}"),
            "permisu": L(PERMIT, BUY), "kantidat": L(75, BUY), "depositu": L(100, BUY),
            "alkohol": False}),
        case(f, f"{a}/v1/apas", fmt="form", headers=_h(rng, **b), body={
            "permisu": L(PERMIT, BUY), "kantidat": L("175.00", BUY), "currency": "USD",
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        permit,
        case(f, f"{a}/v1/reserbasion/extra", fmt="msgpack", headers=_h(rng, **b), body={
            "permisu": L(PERMIT, BUY), "generadot": True, "sonidu": "amplified_until_17",
            "tent": 2, "kantidat": L(40, BUY)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "permisu": L(PERMIT, BUY), "lugat": {"latitud": pla, "longitud": plo},
            "pabilon": {"id": PAVILION["id"], "latitud": PAVILION["lat"],
                        "longitud": PAVILION["lon"]}}),
        multipart(f, f"{a}/v1/checkin/litratu", [
            ("litratu", "pabilon_antes.jpg", "image/jpeg", L(JPEG + b"\x70", MEDIA)),
            ("meta", None, "application/json", {"permisu": L(PERMIT, BUY), "when": "before"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/parking/scan", scan, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kombida", headers=_h(rng, **b), body={
            "permisu": L(PERMIT, BUY),
            "kombidao": [{"naan": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
                         {"naan": L(FRIEND[0], NAMEC), "telefon": L(FRIEND[1], TEL)}],
            "mensahi": L("Fan maila' para i kumpleanos Isabel giya Ypao, Pavilion 4!",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/reporte", headers=_h(rng, **b), body={
            "pabilon": PAVILION["id"], "tipu": "light",
            "mensahi": L("Ti mamaila' i kandet gi Pavilion 4, yan meggai basula gi hiyong",
                         TEXT)}),
        case(f, f"{a}/v1/depositu/refund", headers=_h(rng, **b), body={
            "permisu": L(PERMIT, BUY), "kantidat": L(100, BUY),
            "kuenta": {"naan": L(f"{FIRST} {LAST}", NAMEC), "routing": BANK["routing"],
                       "numiru": L(BANK["account"], PAY)}}),
        case(f, f"{a}/v1/aligao", headers=_h(rng, **b), query={
            "aligao": L("pabilon ni guaha grill gi Ypao", SEARCH)}),
        case(f, f"{a}/v1/reserbasion/listo", headers=_h(rng, how="none"), cookies={
            "kt_sesion": L(opaque(rng, "", 40), CRED), "kt_dev": L(INSTALL_ID, DID),
            "kt_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("reservation_made", 1, parke="ypao"),
                ev("screen", 2, screen=L("MyPermits", USAGE))]}),
    ]


def kantontasi_sdks() -> list[Case]:
    rng = random.Random(22662)
    link = U("https://kantontasi.example.org/p", {"permisu": L(PERMIT, BUY), "src": "email",
                                                  "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Pavilion Reserved", {"total": L(175, BUY)}),
                            ("Checked In", {"park": "ypao"})], at=PAVILION_FIX, nd=3),
        mc_pixel(APP, rng, "Parks Map Opened", {"parke": "ypao"}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HOME_AT, nd=2,
               keywords="beach,party,bbq"),
        bf_notice(APP, rng, "win"),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"park": "ypao", "village": L(HOME["village"], COARSE)}),
        pt_register(APP, rng, at=PAVILION_FIX, nd=2, tags={"permisu": L(PERMIT, BUY)}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "175.00", "usd"),
        cl_payout(APP, rng, "100.00", L(f"{FIRST} {LAST}", NAMEC)),
        mm_reverse(APP, rng, PAVILION_FIX, PRECISE, nd=5),
    ]
