"""A Holy Week hermandad's carriers' registry "Eqanel" (Antigua Guatemala: the brotherhood of a
Nazarene whose andas are carried through the streets on Lent Sundays and Good Friday; she carries
in the women's turns of the Virgin's anda). Its API's keys are Kaqchikel, ASCII-folded (no
apostrophes, no umlauts), with English and Spanish loans: ``biaj`` name (b'i'aj), ``apellido``
surname (loan), ``oyonibal`` telephone, ``correo`` e-mail (loan), ``ewal_tzij`` password
(coinage, "hidden word"), ``ralaxik`` birth (her birth date), ``rachoch`` her house (street
line), ``tinamit`` town, ``ixoq_achin`` sex (coinage; ``ixoq`` woman), ``rachijil`` her husband,
``eqanel`` carrier (the register number), ``loqolaj_wuqij`` Holy Week, ``procesion`` (loan),
``turno`` (loan), ``rupalem`` height (coinage), ``tzyaq`` clothing (the tunic), ``kandela``
candle, ``rajil`` price/amount, ``tojonik`` payment, ``rukisibal_kaji`` last four, ``akuchi``
where (her position), ``tzij`` word/message, ``kanoj`` search, ``wachibal`` picture,
``kotzij`` flowers, ``qij`` day, ``ramaj`` hour, ``okem`` entering (log-in), ``elem`` leaving
(log-out), ``yin`` me: registration, a log-in, ``/yin``, the turns of a procession, a turn
bought, its payment, the tunic ordered, the carrier card, candles at the velacion, a sawdust
carpet registered in front of her house, a check-in at the church, a protobuf beat during her
turn, the route, a msgpack queue of saved turns, a donation for the andas, a photo, a message to
the secretary, her turns by carrier number in the path, receipts by cookie, a search, push,
events and a log-out. Set 192's Holy Week app is a barrio chapel's sung Pasyon and vows; this is
a brotherhood's carriers' turns, tunics and carpets."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families232_kit import (
    CARRIER_NO,
    CHURCH,
    CHURCH_FIX,
    DPI,
    HOME,
    HOME_AT,
    HUSBAND,
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
    mq_batch,
    mq_identify,
    tp_event,
    tp_launch,
)
from eval_families232_svc import hh_message, pg_register, pp_card, pp_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("eqanel", "Eqanel", "com.example.eqanel", "3.2.0", "https://api.eqanel.example.org")
IID = "X-Eqanel-Device"
PW = "Cuaresma#Antigua25"
NID = "personal.national_id"
REL = SENS
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def eqanel() -> list[Case]:
    rng = random.Random(23201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), eqanel=L(CARRIER_NO, UID),
                                    hermandad=L(CHURCH["name"], REL)))}
    cla, clo = fix(CHURCH_FIX, 5)
    hla, hlo = fix(HOME_AT, 5)
    turno = obj(rng, "tn")
    lab: dict[str, str] = {}
    beat = pb([(1, L(CARRIER_NO, UID)), (2, turno), (3, 1775829600),
               (4, [(1, L(CHURCH_FIX[0] + 0.00041, PRECISE)),
                    (2, L(CHURCH_FIX[1] - 0.00122, PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    mine = at_path(case(f, f"{a}/v2/eqanel/{CARRIER_NO}/turnos", headers=_h(rng, **b),
                        query={"juna": "2026"}), CARRIER_NO, UID)
    return [
        case(f, f"{a}/v2/tzibaxik", headers=_h(rng), body={
            "biaj": L(FIRST, NAMEC), "apellido": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "oyonibal": L(E164, TEL), "ewal_tzij": L(PW, CRED), "ralaxik": L(DOB, BIRTH),
            "rachoch": L(HOME["line"], ADDR), "tinamit": L(HOME["town"], COARSE),
            "dpi": L(DPI, NID), "ixoq_achin": L("ixoq", GENDER),
            "rachijil": {"biaj": L(HUSBAND[0], NAMEC), "oyonibal": L(HUSBAND[1], TEL)},
            "hermandad": L(CHURCH["id"], REL), "eqanel": L(CARRIER_NO, UID),
            "devota_desde": L("2023", REL), "acepto": True}),
        case(f, f"{a}/v2/okem", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL_UPPER, MAIL), "ewal_tzij": L(PW, CRED), "nuna": "1"}),
        case(f, f"{a}/v2/yin", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/procesiones", headers=_h(rng, **b), query={
            "hermandad": L(CHURCH["id"], REL), "loqolaj_wuqij": "2026"}),
        case(f, f"{a}/v2/procesiones/pr_vsanto/turnos", headers=_h(rng, **b), query={
            "anda": "virgen", "ixoq": "1", "qij": "2026-04-03"}),
        case(f, f"{a}/v2/turnos/loqoj", headers=_h(rng, **b), body={
            "turno": turno, "procesion": L("Viernes Santo, Virgen de Soledad", REL),
            "cuadra": "4a Calle Oriente", "ramaj": "16:40", "rupalem": L(162, FIT),
            "rajil": L(275, BUY), "eqanel": L(CARRIER_NO, UID)}),
        case(f, f"{a}/v2/tojonik", fmt="form", headers=_h(rng, **b), body={
            "turno": turno, "rajil": L("275.00", BUY), "moneda": "GTQ",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "rukisibal_kaji": L("4444", PAY)}),
        case(f, f"{a}/v2/tzyaq", headers=_h(rng, **b), body={
            "tipo": L("tunica negra de devota", REL), "talla": "M", "rupalem": L(162, FIT),
            "velo": True, "rajil": L(340, BUY), "eqanel": L(CARRIER_NO, UID)}),
        case(f, f"{a}/v2/karnet", headers=_h(rng, **b), query={
            "eqanel": L(CARRIER_NO, UID), "formato": "qr"}),
        case(f, f"{a}/v2/velacion/kandela", headers=_h(rng, **b), body={
            "velacion": "vl_domingo5", "kandela": 4, "rajil": L(20, BUY),
            "tzij": L("Por la salud de mi suegra, operada de la vesicula el lunes",
                      f"{TEXT}|{REL}|{MED}")}),
        case(f, f"{a}/v2/alfombra", headers=_h(rng, **b), body={
            "procesion": L("Viernes Santo", REL), "rachoch": L(HOME["line"], ADDR),
            "akuchi": {"lat": hla, "lon": hlo}, "metros": 12, "aserrin_kg": 180,
            "kotzij": ["corozo", "claveles"],
            "diseno": L("Un quetzal y flores de corozo, con los vecinos de la cuadra", TEXT),
            "molaj": 6}),
        case(f, f"{a}/v2/okel", headers=_h(rng, **b), body={
            "turno": turno, "akuchi": {"lat": cla, "lon": clo, "sizuste": 7},
            "templo": {"lat": CHURCH["lat"], "lon": CHURCH["lon"]},
            "eqanel": L(CARRIER_NO, UID)}),
        raw(f, f"{a}/v2/turnos/{turno}/pulso", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/procesiones/pr_vsanto/recorrido", headers=_h(rng, **b), query={
            "formato": "geojson", "v": "14"}),
        case(f, f"{a}/v2/turnos/guardados", fmt="msgpack", headers=_h(rng, **b), body={
            "eqanel": L(CARRIER_NO, UID),
            "turnos": [{"turno": obj(rng, "tn"), "procesion": L("Domingo de Ramos", REL)},
                       {"turno": obj(rng, "tn"), "procesion": L("Jueves Santo", REL)}],
            "guardado": 1773900000}),
        case(f, f"{a}/v2/donacion", fmt="form", headers=_h(rng, **b), body={
            "fondo": L("restauracion-andas", REL), "rajil": L("150", BUY), "moneda": "GTQ",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "anonimo": "0"}),
        multipart(f, f"{a}/v2/wachibal", [
            ("foto", "turno_viernes.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "album": "vsanto-2026",
                "tzij": L("Mi primer turno con la Virgen de Soledad", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tzij", headers=_h(rng, **b), body={
            "chi": "secretaria",
            "tzij": L("Mi esposo Mateo Xinico tambien quiere cargar el Domingo de Ramos, su "
                      "numero es 5518 4422", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        mine,
        case(f, f"{a}/v2/retal_tojonik", headers=_h(rng, how="none"), cookies={
            "eq_sesion": L(opaque(rng, "", 40), CRED), "eq_device": L(INSTALL_ID, DID),
            "eq_req": rid(rng)}),
        case(f, f"{a}/v2/kanoj", headers=_h(rng, **b), query={
            "kanoj": L("turno corto cerca de La Merced", SEARCH), "ruxaq": "1"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "okisanel": L(USER_ID, UID), "events": [
                ev("turno_loqon", 1, rajil=L(275, BUY)),
                ev("screen", 2, screen=L("NuTurnos", USAGE))]}),
        case(f, f"{a}/v2/elem", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def eqanel_sdks() -> list[Case]:
    rng = random.Random(23202)
    return [
        mq_batch(APP, rng, [("Turn Bought", {"total": L(275, BUY)}),
                            ("Checked In", {"church": CHURCH["id"]})], at=CHURCH_FIX, nd=2),
        mq_identify(APP, rng, {"hermandad": L(CHURCH["name"], REL),
                               "tinamit": L("Antigua Guatemala", COARSE),
                               "eqanel": L(CARRIER_NO, UID)}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "purchase", {"turno": "anda_virgen"}, revenue=275.0, hashed=True),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="cuaresma,antigua,turnos"),
        bc_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "qr camera released"),
                 [ck_crumb("nav", "Karnet -> Escaner"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/v2/okel", "status": 201})],
                 screen="EscanerActivity"),
        pg_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"hermandad": L(CHURCH["id"], REL), "anda": "virgen"}),
        pp_card(APP, rng),
        pp_confirm(APP, rng, "275.00"),
        hh_message(APP, rng, L("Pague el turno dos veces, me pueden devolver uno?", TEXT),
                   {"eqanel": L(CARRIER_NO, UID)}),
    ]
