"""A fireworks maker's stand app "Qaq" ("fire": a San Juan Sacatepequez fireworks family sells
from roadside stands in December, with pre-orders for the Quema del Diablo on 7 December and for
Christmas Eve, an age check and a pick-up queue). Keys are Kaqchikel, ASCII-folded, with Spanish
and English loans: ``biaj`` name, ``ruka_biaj`` surname (coinage), ``correo``, ``oyonibal``
telephone, ``ewal_tzij`` password, ``ralaxik`` birth, ``rujuna`` years (age), ``pasaporte``
(loan), ``wachibal`` picture (the selfie), ``cohete`` / ``silbador`` / ``puesto`` (loans),
``qaq`` fire, ``rajil`` price, ``tojonik`` payment, ``rukisibal_kaji`` last four, ``akuchi``
where, ``rachoch`` her house, ``akwal`` child, ``retal`` sign (the signature line), ``tzij``
message, ``naoj`` opinion, ``kanoj`` search, ``kayewal`` problem, ``qij`` day, ``ramaj`` hour,
``elem`` leaving: sign-up with her birth date, a log-in, ``/yin``, the age check (passport and a
selfie), the catalogue, a pre-order, its payment, the pick-up QR by order number in the path, a
pick-up slot, the arrival at the stand (her fix), a protobuf queue beat, the safety agreement
(her son's age), the devil-burning spot in front of her house, a message to the stand, a review,
a search, points with an age-gate cookie (base64 JSON), a complaint, push, events and a log-out.
"firework", "Quema del Diablo" and "coheter" matched nothing in the file-name and docstring
grep ("cohete" is a word in set 139's preste file)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families232_kit import (
    HOME,
    HOME_AT,
    PASSPORT,
    QAQ_ORDER,
    STAND,
    STAND_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families232_sdk import (
    bc_bid,
    bc_notice,
    ck_crash,
    ck_crumb,
    ck_session,
    mq_batch,
    mq_identify,
    tp_event,
    tp_launch,
)
from eval_families232_svc import mf_reverse, pg_register, pp_card, pp_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("qaq", "Qaq", "com.example.qaq", "1.1.4", "https://api.qaq.example.org")
IID = "X-Qaq-Install"
PW = "Diablo7dic!Qaq"
NID = "personal.national_id"
CLIENT = "QQ-C-7781"  # her customer account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def qaq() -> list[Case]:
    rng = random.Random(23261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), cliente=L(CLIENT, UID),
                                    mayor=L(True, BIRTH)))}
    sla, slo = fix(STAND_FIX)
    hla, hlo = fix(HOME_AT, 4)
    slot = obj(rng, "sl")
    lab: dict[str, str] = {}
    beat = pb([(1, L(QAQ_ORDER, BUY)), (2, slot), (3, 1765140000),
               (4, [(1, L(STAND_FIX[0], PRECISE)), (2, L(STAND_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(41, DEV))], "", lab)
    qr = at_path(case(f, f"{a}/v1/preorden/{QAQ_ORDER}/qr", headers=_h(rng, **b)),
                 QAQ_ORDER, BUY)
    return [
        case(f, f"{a}/v1/tzibaxik", headers=_h(rng), body={
            "biaj": L(FIRST, NAMEC), "ruka_biaj": L(LAST, NAMEC), "correo": L(EMAIL_MIXED, MAIL),
            "oyonibal": L(E164, TEL), "ewal_tzij": L(PW, CRED), "ralaxik": L(DOB, BIRTH),
            "tinamit": L(HOME["town"], COARSE), "cliente": L(CLIENT, UID)}),
        case(f, f"{a}/v1/okem", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL, MAIL), "ewal_tzij": L(PW, CRED), "nuna": "1"}),
        case(f, f"{a}/v1/yin", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/verificacion", [
            ("wachibal", "selfie.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("documento", None, "application/json", {
                "tipo": "pasaporte", "pasaporte": L(PASSPORT, NID),
                "ralaxik": L(DOB, BIRTH), "pais": "USA"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/catalogo", headers=_h(rng, **b), query={
            "puesto": STAND["id"], "temporada": "2025-dic"}),
        case(f, f"{a}/v1/preorden", headers=_h(rng, **b), body={
            "pedido": L(QAQ_ORDER, BUY), "puesto": STAND["id"],
            "lineas": [{"sku": "bomba-1000", "cantidad": 1, "rajil": 95},
                       {"sku": "silbador-12", "cantidad": 3, "rajil": 30},
                       {"sku": "estrellitas", "cantidad": 10, "rajil": 4}],
            "rajil": L(225, BUY), "qij": "2025-12-07"}),
        case(f, f"{a}/v1/tojonik", fmt="form", headers=_h(rng, **b), body={
            "pedido": L(QAQ_ORDER, BUY), "rajil": L("225.00", BUY), "moneda": "GTQ",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "rukisibal_kaji": L("4444", PAY)}),
        qr,
        case(f, f"{a}/v1/recoger/turno", fmt="form", headers=_h(rng, **b), body={
            "pedido": L(QAQ_ORDER, BUY), "slot": slot, "ramaj": "17:00-17:30"}),
        case(f, f"{a}/v1/okel", headers=_h(rng, **b), body={
            "pedido": L(QAQ_ORDER, BUY), "akuchi": {"lat": sla, "lon": slo, "prec": 6},
            "puesto": {"lat": STAND["lat"], "lon": STAND["lon"]}}),
        raw(f, f"{a}/v1/cola/pulso", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/seguridad/acuerdo", headers=_h(rng, **b), body={
            "retal": L(f"{FIRST} {LAST}", NAMEC), "akwal_presentes": True,
            "akwal_rujuna": [L(10, BIRTH)], "acepto_distancia": True, "version": "2025.2"}),
        case(f, f"{a}/v1/quema", headers=_h(rng, **b), body={
            "qij": "2025-12-07", "ramaj": "18:00", "rachoch": L(HOME["line"], ADDR),
            "akuchi": {"lat": hla, "lon": hlo}, "diablo_metros": 1.5}),
        case(f, f"{a}/v1/tzij", headers=_h(rng, **b), body={
            "puesto": STAND["id"],
            "tzij": L("Llego como a las 5, si no llego recoge mi esposo Mateo", TEXT)}),
        case(f, f"{a}/v1/naoj", fmt="form", headers=_h(rng, **b), body={
            "puesto": STAND["id"], "estrellas": "4",
            "naoj": L("Buen precio, pero la fila estaba larguisima", TEXT)}),
        case(f, f"{a}/v1/kanoj", headers=_h(rng, **b), query={
            "kanoj": L("cohetillos con poco ruido para ninos", SEARCH)}),
        case(f, f"{a}/v1/puntos", headers=_h(rng, how="none"), cookies={
            "qq_sesion": L(opaque(rng, "", 40), CRED), "qq_dev": L(INSTALL_ID, DID),
            "qq_edad": W({"ralaxik": L(DOB, BIRTH), "ok": True, "v": 1}, "b64json")}),
        case(f, f"{a}/v1/kayewal", headers=_h(rng, **b), body={
            "pedido": L(QAQ_ORDER, BUY), "tipo": "producto",
            "tzij": L("Dos silbadores no encendieron", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "okisanel": L(USER_ID, UID), "sesion": rid(rng), "events": [
                ev("preorden", 1, rajil=L(225, BUY)),
                ev("screen", 2, screen=L("Catalogo", USAGE))]}),
        case(f, f"{a}/v1/elem", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def qaq_sdks() -> list[Case]:
    rng = random.Random(23262)
    return [
        mq_batch(APP, rng, [("Preorder Placed", {"total": L(225, BUY)}),
                            ("Arrived At Stand", {"stand": STAND["id"]})], at=STAND_FIX, nd=3),
        mq_identify(APP, rng, {"rango_edad": L("30-39", BIRTH),
                               "tinamit": L("Antigua Guatemala", COARSE),
                               "cliente": L(CLIENT, UID)}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "purchase", {"pedido": L(QAQ_ORDER, BUY)}, revenue=225.0,
                 hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="navidad,cohetes,diablo"),
        bc_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "slot expired"),
                 [ck_crumb("nav", "Preorden -> Turno"), ck_crumb("tap", "confirmar_turno")],
                 screen="TurnoActivity"),
        ck_session(APP, rng, secs=288),
        pg_register(APP, rng, at=HOME_AT, nd=2, tags={"puesto": STAND["id"]}),
        pp_card(APP, rng),
        pp_confirm(APP, rng, "225.00"),
        mf_reverse(APP, rng, STAND_FIX, PRECISE, nd=4),
    ]
