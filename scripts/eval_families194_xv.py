"""A quinceañera (XV años) planning app "Holajun Jaab" (fifteen years) seen from a godparent's
side: her niece Valeria Pech Canul turns fifteen and she is the madrina of the dress and the
cake; the party is at a henequen hacienda near Merida (keys in maaya t'aan ASCII with the
party words in Spanish: ``xchuupal`` girl (the quinceañera), ``madrina``, ``chambelan``,
``nook`` dress (clothes), ``nojochil`` size, ``chowakil`` height, ``boon`` colour, ``uulab``
guests, ``janal`` food, ``pastel`` cake, ``paax`` music, ``ookot`` dance (the waltz), ``misa``,
``kiin`` day, ``kaat`` order/booking, ``tojol`` price, ``bool`` payment, ``taakin`` amount,
``invitacion`` invite code, ``kodigo`` code, ``kaaba`` name, ``koreo``, ``telefono``,
``taakab_taan`` password, ``jaab`` age, ``na`` mother, ``bus`` the family bus, ``tuux_yaan`` where
she is, ``oochel`` photo, ``tsiib`` text, ``kaxan`` search, ``beetil`` events, ``teen`` me).
Sign-up, an e-mail code, ``/teen``, joining the party by invite code, the quinceañera's profile
(her CURP for the Mass), the hacienda booked, the dress fitting (the girl's measurements), the
dress photo, the chambelanes (msgpack: minors), the guest list (JSON Lines), a waltz rehearsal
video, the cake, the payment, the thanksgiving Mass, the family bus from Valladolid, a check-in at
the hacienda with her fix, song requests, a message about the girl's allergy, the booking by
number in the path, a search, her orders by cookie, push and events. Wedding and birthday apps
exist (sets 100, 123, 162); a fifteenth-birthday planner with a godparent role is new (a docstring
grep for "quince" matched only SDK vendor names, "xv " nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, JPEG, MP4, multipart, push_token
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families194_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    FIT,
    HACIENDA,
    HACIENDA_FIX,
    HOME_AT,
    MAIL,
    MED,
    MEDIA,
    MIL_AT,
    MOTHER_IL,
    NAMEC,
    NID,
    NIECE,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    SISTER_IL,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families194_sdk import (
    bk_bid,
    bk_notice,
    cc_session,
    mk_batch,
    mk_identify,
    tu_event,
    tu_launch,
)
from eval_families194_svc import ha_attach, mx_geocode, mx_route, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("holajun", "Holajun Jaab", "com.example.holajun", "3.1.5",
          "https://api.holajun.example.com")
IID = "X-Holajun-Device"
PW = "Valeria15!Madrina"
BOOKING = "HJ-XV-20260221"  # the party's booking at the hacienda (financial.purchase)
GIRL = f"{NIECE['first']} {NIECE['last']}"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def holajun() -> list[Case]:
    rng = random.Random(19461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, koreo=L(EMAIL, MAIL), rol="madrina"))}
    hla, hlo = fix(HACIENDA_FIX, 5)
    book = at_path(case(f, f"{a}/api/v3/kaat/{BOOKING}", headers=_h(rng, **b)), BOOKING, BUY)
    return [
        case(f, f"{a}/api/v3/tsiibtal", headers=_h(rng), body={
            "kaaba": L(f"{FIRST} {LAST}", NAMEC), "koreo": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "taakab_taan": L(PW, CRED), "rol": "madrina"}),
        case(f, f"{a}/api/v3/ookol/koreo", fmt="form", headers=_h(rng), body={
            "koreo": L(EMAIL, MAIL), "kodigo": L("804417", CRED)}),
        case(f, f"{a}/api/v3/teen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/invitacion", fmt="form", headers=_h(rng, **b), body={
            "invitacion": L("XV-VAL-7Q2M", CRED), "madrina_de": "nook,pastel"}),
        case(f, f"{a}/api/v3/xchuupal", headers=_h(rng, **b), body={
            "kaaba": L(GIRL, NAMEC), "kiinil_siijil": L(NIECE["dob"], BIRTH),
            "jaab": L(15, BIRTH), "curp": L(NIECE["curp"], NID),
            "na": {"kaaba": L(SISTER_IL[0], NAMEC), "telefono": L(SISTER_IL[1], TEL)}}),
        case(f, f"{a}/api/v3/kaat", headers=_h(rng, **b), body={
            "kaat": L(BOOKING, BUY), "hacienda": HACIENDA["id"], "kiin": "2026-02-21",
            "uulab": 180, "paquete": "plata", "anticipo": L(25000, BUY)}),
        case(f, f"{a}/api/v3/nook", headers=_h(rng, **b), body={
            "xchuupal": L(GIRL, NAMEC), "nojochil": {
                "busto": L(82, FIT), "cintura": L(66, FIT), "cadera": L(88, FIT)},
            "chowakil": L(158, FIT), "boon": "rosa palo", "tojol": L(9800, BUY),
            "prueba": "2026-02-07 11:00"}),
        multipart(f, f"{a}/api/v3/nook/oochel", [
            ("oochel", "prueba_vestido.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"kaat": L(BOOKING, BUY), "privado": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/chambelanes", fmt="msgpack", headers=_h(rng, **b), body={
            "kaat": L(BOOKING, BUY), "chambelanes": [
                {"kaaba": L("Diego Chan Pool", NAMEC), "jaab": L(16, BIRTH),
                 "na_telefono": L("+529851177020", TEL)},
                {"kaaba": L("Emiliano Uc Tun", NAMEC), "jaab": L(15, BIRTH),
                 "na_telefono": L("+529851460913", TEL)}]}),
        lines(f, f"{a}/api/v3/uulab", [
            {"kaaba": L(MOTHER_IL[0], NAMEC), "telefono": L(MOTHER_IL[1], TEL), "mesa": 1},
            {"kaaba": L("Emily Doe", NAMEC), "koreo": L("emily.doe@example.net", MAIL),
             "mesa": 1},
            {"kaaba": L("Maria Dzul Ek", NAMEC), "telefono": L("+529997015523", TEL),
             "mesa": 4}], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/ookot/video", [
            ("video", "ensayo_vals.mp4", "video/mp4", L(MP4 + b"\x01", MEDIA)),
            ("meta", None, "application/json", {"kaat": L(BOOKING, BUY), "ensayo": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/pastel", headers=_h(rng, **b), body={
            "kaat": L(BOOKING, BUY), "pisos": 4, "sabor": "tres leches", "tojol": L(4200, BUY),
            "tsiib": L("Yaan u tsiibil: Mis XV Valeria", TEXT)}),
        case(f, f"{a}/api/v3/bool", fmt="form", headers=_h(rng, **b), body={
            "kaat": L(BOOKING, BUY), "taakin": L("14000.00", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "tsook_kantul": L("4444", PAY),
            "meses": "6"}),
        case(f, f"{a}/api/v3/misa", headers=_h(rng, **b), body={
            "misa": L("accion de gracias XV anos", SENS), "kiin": "2026-02-21 17:00",
            "kuj_naj": "tpl_sisal", "bautizo_xchuupal": L("2011-05-08", SENS)}),
        case(f, f"{a}/api/v3/bus", headers=_h(rng, **b), body={
            "kaat": L(BOOKING, BUY), "asientos": 22, "tojol": L(6500, BUY),
            "tuux": {"otoch": L("Calle 41 No. 204, barrio Sisal, Valladolid", ADDR),
                     "lat": L(MIL_AT[0], PRECISE), "lon": L(MIL_AT[1], PRECISE)},
            "hacienda": {"lat": HACIENDA["lat"], "lon": HACIENDA["lon"]}}),
        case(f, f"{a}/api/v3/kuchul", headers=_h(rng, **b), body={
            "kaat": L(BOOKING, BUY), "tuux_yaan": {"lat": hla, "lon": hlo},
            "hacienda": HACIENDA["id"], "kuchul_id": obj(rng, "ck")}),
        case(f, f"{a}/api/v3/paax", fmt="form", headers=_h(rng, **b), body={
            "kaat": BOOKING, "kaay": L("Las mananitas, despues la jarana 'El Torito'", TEXT)}),
        case(f, f"{a}/api/v3/tsikbal", headers=_h(rng, **b), body={
            "ti": "coordinadora", "kaat": BOOKING,
            "tsiib": L(f"{NIECE['first']} yaan u alergia ti' camaron, ma' u ts'a'abal ti' u plato",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        book,
        case(f, f"{a}/api/v3/kaxan", headers=_h(rng, **b), query={
            "kaxan": L("vestido XV rosa palo Merida", SEARCH)}),
        case(f, f"{a}/api/v3/in_kaat", headers=_h(rng, how="none"), cookies={
            "hj_sid": L(opaque(rng, "", 40), CRED), "hj_dev": L(INSTALL_ID, DID),
            "hj_req": rid(rng)}),
        case(f, f"{a}/api/v3/nuukul", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/beetil", headers=_h(rng, **b), body={
            "maak": L(USER_ID, UID), "beetil": [
                ev("nook_prueba", 1), ev("pantalla", 2, pantalla=L("Uulab", USAGE))]}),
    ]


def holajun_sdks() -> list[Case]:
    rng = random.Random(19462)
    return [
        mk_batch(APP, rng, [("Party Joined", {"role": "madrina"}),
                            ("Dress Paid", {"total": L(9800, BUY)})], at=HOME_AT, nd=2),
        mk_identify(APP, rng, {"rol": "madrina", "kaaj": L("Merida", COARSE)}),
        tu_launch(APP, rng, first=True),
        tu_event(APP, rng, "purchase", {"kaat": L(BOOKING, BUY)}, revenue=14000.0,
                 currency="MXN", hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2, yob=1991,
               gender="F", keywords="xv,vestidos,hacienda"),
        bk_notice(APP, rng, "win"),
        cc_session(APP, rng, secs=1290),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "14000.00"),
        mx_geocode(APP, rng, HACIENDA["name"], SEARCH, near=HOME_AT, nd=2),
        mx_route(APP, rng, [(HOME_AT, PRECISE), ((HACIENDA["lat"], HACIENDA["lon"]), None)]),
        ha_attach(APP, rng, L(PDF, MEDIA), "invitacion_xv.pdf", "application/pdf"),
    ]
