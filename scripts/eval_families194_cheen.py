"""A septic-tank pumping and cistern-cleaning service app "Cheen" (Merida has no sewer in most
colonias: houses keep a septic pit and a cistern; keys in maaya t'aan ASCII: ``cheen`` well or
cistern, ``koop`` pit (the septic tank), ``taamil`` depth, ``ja`` water, ``otoch`` home (street
line), ``otoch_id`` the house's contract, ``kolonia`` neighbourhood (loan), ``kaaj`` town,
``cp`` post code, ``kaaba`` name, ``koreo`` e-mail, ``telefono`` phone, ``kodigo`` code (loan),
``kaat`` order, ``kiin`` day, ``suutuk`` time window, ``tojol`` price, ``bool`` payment,
``taakin`` amount, ``tsiib`` note, ``oochel`` photo, ``tsikbal`` chat, ``tuukul`` review,
``kaxan`` search, ``uulab`` the neighbour referred (lit. visitor), ``faktura`` invoice (loan),
``maak`` person/user, ``beetil`` events, ``teen`` me, ``jookol`` log-out). An SMS sign-up, the
code, ``/teen``, the address with her fix, the pit survey, a quote, the pumping order (a gate
code in the note), a SPEI payment from her CLABE, a cistern cleaning (msgpack), the tank lid
photo, the truck's status by order number in the path, a chat quoting her phone, a protobuf
service receipt, a review, the e-invoice request (her RFC), a reminder, a neighbour referred, a
search, an overflow report, history by cookie, push, events and a log-out. New kind: a file-name
and docstring grep for "septic" found nothing and "cistern" only set 170's well-water testing
programme (here waste is taken out and the house's tanks serviced)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, JPEG, multipart, pb, push_token
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families194_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    HOME,
    HOME_AT,
    MAIL,
    MEDIA,
    MY_CLABE,
    MY_RFC,
    NAMEC,
    NID,
    PAY,
    PRECISE,
    SEARCH,
    SEPTIC_YARD,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    hd,
    push,
)
from eval_families194_sdk import cc_session, mk_batch, mk_pixel, tu_event, tu_launch
from eval_families194_svc import fp_eval, ha_message, mx_geocode, mx_reverse, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cheen", "Cheen", "com.example.cheen", "3.0.6", "https://api.cheen.example.net")
IID = "X-Cheen-Nuukul"
CONTRACT = "CH-MID-088173"  # the house's service contract (id.user)
JOB = "PZ-2601-5531"  # the pumping order (financial.purchase)
NEIGHBOUR = ("Felipe Chi Kumul", "+529992230417")  # referred by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, es=True, **kw)


def cheen() -> list[Case]:
    rng = random.Random(19421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefono=L(E164, TEL), otoch_id=L(CONTRACT, UID)))}
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    rcpt = pb([(1, L(CONTRACT, UID)), (2, L(JOB, BUY)), (3, 1768903200),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
               (5, 6.5), (6, "PIPA-07")], "", lab)
    track = at_path(case(f, f"{a}/api/kaat/{JOB}/pipa", headers=_h(rng, **b)), JOB, BUY)
    return [
        case(f, f"{a}/api/tsiibtal", headers=_h(rng), body={
            "kaaba": L(f"{FIRST} {LAST}", NAMEC), "telefono": L(E164, TEL),
            "koreo": L(EMAIL, MAIL), "kaaj": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/ookol/sms", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "kodigo": L("571093", CRED)}),
        case(f, f"{a}/api/teen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/otoch", headers=_h(rng, **b), body={
            "otoch_id": L(CONTRACT, UID), "otoch": L(HOME["line"], ADDR),
            "kolonia": L(HOME["col"], COARSE), "kaaj": L(HOME["town"], COARSE),
            "cp": L(HOME["cp"], COARSE), "tuux_yaan": {"lat": hla, "lon": hlo, "sizuste": 6},
            "japay_kuenta": L("JP-0412-77815", UID)}),
        case(f, f"{a}/api/koop", headers=_h(rng, **b), body={
            "otoch_id": L(CONTRACT, UID), "taamil": 2.5, "ancho": 1.8, "jaab_ts_ook": 3,
            "biodigestor": False, "tapa": "concreto"}),
        case(f, f"{a}/api/cotizacion", headers=_h(rng, **b), query={
            "otoch_id": L(CONTRACT, UID), "m3": "6.5", "kolonia": L(HOME["col"], COARSE)}),
        case(f, f"{a}/api/kaat", headers=_h(rng, **b), body={
            "kaat": L(JOB, BUY), "otoch_id": L(CONTRACT, UID), "kiin": "2026-01-20",
            "suutuk": "08-12", "tojol": L(1850, BUY), "pipa": "6.5m3",
            "tsiib": L("Le peek' ma' u chi'ik. U kodigo le puerta 4471#", f"{TEXT}|{CRED}")}),
        case(f, f"{a}/api/bool", fmt="form", headers=_h(rng, **b), body={
            "kaat": L(JOB, BUY), "taakin": L("1850.00", BUY), "metodo": "spei",
            "clabe": L(MY_CLABE, PAY), "titular": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/cheen", fmt="msgpack", headers=_h(rng, **b), body={
            "otoch_id": L(CONTRACT, UID), "litros": 5000, "kaat": L("PZ-2601-5532", BUY),
            "tojol": L(900, BUY), "cloro": True}),
        multipart(f, f"{a}/api/oochel", [
            ("oochel", "tapa_fosa.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"kaat": L(JOB, BUY), "tipo": "tapa"})],
            headers=_h(rng, **b)),
        track,
        case(f, f"{a}/api/tsikbal", headers=_h(rng, **b), body={
            "kaat": JOB, "ti": "chofer_pipa_07",
            "tsiib": L("Tin much'kinaj, tsa'a teen llamada ti' +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        raw(f, f"{a}/api/recibo", rcpt, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/tuukul", fmt="form", headers=_h(rng, **b), body={
            "kaat": JOB, "estrellas": "4",
            "tsiib": L("Ka'aj k'uchuk tu k'iinil, ba'ale tu p'aatajo'ob lodo tu k'iwik.",
                       TEXT)}),
        case(f, f"{a}/api/faktura", headers=_h(rng, **b), body={
            "kaat": L(JOB, BUY), "rfc": L(MY_RFC, NID), "kaaba": L(f"{FIRST} {LAST}", NAMEC),
            "regimen": "626", "uso_cfdi": "G03", "cp": L(HOME["cp"], COARSE),
            "koreo": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/recordatorio", fmt="form", headers=_h(rng, **b), body={
            "otoch_id": L(CONTRACT, UID), "kiin": "2027-01-20", "jaab_ti_jaab": "1"}),
        case(f, f"{a}/api/uulab", headers=_h(rng, **b), body={
            "kaaba": L(NEIGHBOUR[0], NAMEC), "telefono": L(NEIGHBOUR[1], TEL),
            "kolonia": L(HOME["col"], COARSE), "cupon": "VECINO10"}),
        case(f, f"{a}/api/kaxan", headers=_h(rng, **b), query={
            "kaxan": L("biodigestor 1100 litros tojol", SEARCH)}),
        multipart(f, f"{a}/api/urgente", [
            ("oochel", "desborde.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "otoch_id": L(CONTRACT, UID),
                "tsiib": L("Le koop ku ch'a'ik ja' tu patio, bejla'e'", TEXT),
                "yard": {"id": SEPTIC_YARD["id"], "lat": SEPTIC_YARD["lat"],
                         "lon": SEPTIC_YARD["lon"]}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kaatoob", headers=_h(rng, how="none"), cookies={
            "ch_sesion": L(opaque(rng, "", 40), CRED), "ch_nuukul": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/nuukul", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/beetil", headers=_h(rng, **b), body={
            "maak": L(USER_ID, UID), "session": rid(rng), "beetil": [
                ev("kaat_beetaan", 1), ev("pantalla", 2, pantalla=L("Pipa", USAGE))]}),
        case(f, f"{a}/api/jookol", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "nuukul": L(INSTALL_ID, DID)}),
    ]


def cheen_sdks() -> list[Case]:
    rng = random.Random(19422)
    return [
        mk_batch(APP, rng, [("Order Placed", {"m3": 6.5, "total": L(1850, BUY)}),
                            ("Truck Tracked", {})], at=HOME_AT, nd=2, locale="es_MX"),
        mk_pixel(APP, rng, "Quote Viewed", {"kolonia": L(HOME["col"], COARSE)}),
        tu_launch(APP, rng, user=True),
        tu_event(APP, rng, "purchase", {"kaat": L(JOB, BUY)}, revenue=1850.0,
                 currency="MXN", hashed=True),
        cc_session(APP, rng, secs=380),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "900.00"),
        mx_geocode(APP, rng, HOME["line"] + ", Garcia Gineres", ADDR, near=HOME_AT, nd=3),
        mx_reverse(APP, rng, HOME_AT, PRECISE, nd=6),
        fp_eval(APP, rng, {"kaaj": L("Merida", COARSE), "contrato": L(CONTRACT, UID)}),
        ha_message(APP, rng, L(f"Ma' k'uch le pipa, kaat {JOB}", f"{TEXT}|{BUY}"),
                   {"otoch_id": L(CONTRACT, UID)}),
    ]
