"""A palin club's app "Paliwe" (palin: the Mapuche stick-and-ball field game; the club plays on a
field in Padre Las Casas; she plays in its women's team and their son Antu (10) is in its
children's school). Its API's keys are Mapudungun (Unificado alphabet, ASCII-folded: ü as u, ñ as
n): ``uy`` first name, ``kupalme`` surname (lit. lineage), ``nutramkawe`` phone (a neologism:
"thing to converse with"), ``ellkadungu`` password (lit. "hidden word"), ``llegun_antu`` birth
date, ``ruka`` house (street line), ``waria`` town, ``futamapu`` region, ``domo_wentru`` sex
(``domo`` woman, ``wentru`` man), ``futa`` husband, ``punen`` (püñeñ) a mother's child, ``palife``
player (licence), ``trokin`` team, ``kullin`` amount, ``kullitun`` payment, ``wino`` the palin
stick, ``pikun``/``puel`` latitude/longitude (lit. north/east), ``kintun`` search, ``nutram``
message, ``kutran`` illness/injury, ``lawen`` medicine, ``fanen`` weight, ``tripantu`` age in
years, ``antu`` date, ``adentun`` photo, ``femun`` events, ``dungun`` language, ``che`` user,
``nuke`` mother, ``kume_dungu`` agreed (terms), ``tukulpan`` remember (me), ``tripan`` log-out;
paths ``/konun`` log-in, ``/inche`` me: sign-up, log-in, ``/inche``, Antu's enrolment (his RUN,
asthma), his medical certificate, fixtures, his attendance, a training check-in with her fix, the
fee, a wiño order (msgpack), a protobuf match beat (distance, heart rate), her ankle injury, bus
seats to a tournament, a search, a message to the coach, a team photo, Antu's licence by number in
the path, the emergency contact, points by cookie, a licence link (base64 JSON in a form field),
push, events and a log-out."""

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
    NATIONAL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families214_kit import (
    FIELD,
    FIELD_FIX,
    HOME,
    HUSBAND,
    PALIFE,
    PALIFE_SON,
    RUN,
    SON,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families214_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families214_svc import cl_card, cl_confirm, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("paliwe", "Paliwe", "com.example.paliwe", "3.2.1", "https://api.paliwe.example.com")
IID = "X-Paliwe-Celu"
PW = "Wino!Pulmahue26"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def paliwe() -> list[Case]:
    rng = random.Random(21401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), palife=L(PALIFE, UID),
                                    punen=[L(PALIFE_SON, UID)]))}
    fla, flo = fix(FIELD_FIX, 5)
    match = obj(rng, "mt")
    lab: dict[str, str] = {}
    beat = pb([(1, L(PALIFE, UID)), (2, match), (3, 1768060800),
               (4, [(1, L(FIELD_FIX[0], PRECISE)), (2, L(FIELD_FIX[1], PRECISE))]),
               (5, L(3840, FIT)), (6, L(162, FIT)), (7, L(64, DEV))], "", lab)
    card = at_path(case(f, f"{a}/v1/palife/{PALIFE_SON}/tarjeta", headers=_h(rng, **b)),
                   PALIFE_SON, UID)
    return [
        case(f, f"{a}/v1/che/wirin", headers=_h(rng), body={
            "uy": L(FIRST, NAMEC), "kupalme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nutramkawe": L(E164, TEL), "ellkadungu": L(PW, CRED),
            "llegun_antu": L("17-05-1991", BIRTH), "run": L(RUN, NID),
            "ruka": L(HOME["line"], ADDR), "waria": L(HOME["town"], COARSE),
            "futamapu": L(HOME["region"], COARSE), "domo_wentru": L("domo", GENDER),
            "trokin": "domo_adulto", "palife": L(PALIFE, UID), "kume_dungu": True}),
        case(f, f"{a}/v1/konun", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ellkadungu": L(PW, CRED), "tukulpan": "1"}),
        case(f, f"{a}/v1/inche", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pichi_palife", headers=_h(rng, **b), body={
            "punen": {"uy": L(SON["first"], NAMEC), "kupalme": L(SON["last"], NAMEC),
                      "llegun_antu": L(SON["dob"], BIRTH), "run": L(SON["run"], NID),
                      "domo_wentru": L(SON["sex"], GENDER), "fanen": L(34.5, FIT),
                      "altura_cm": L(141, FIT)},
            "kutran": L("asma leve, usa inhalador antes de jugar", f"{TEXT}|{MED}"),
            "lawen": [L("salbutamol 100 mcg", MED)], "trokin": "pichi_u12",
            "nuke": L(PALIFE, UID), "palife": L(PALIFE_SON, UID)}),
        multipart(f, f"{a}/v1/pichi_palife/certificado", [
            ("certificado", "antu_certificado.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"palife": L(PALIFE_SON, UID),
                                                "tipo": "apto_medico"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/trawun/fixture", headers=_h(rng, **b), query={
            "trokin": "domo_adulto", "temporada": "2026", "paliwe": FIELD["id"]}),
        case(f, f"{a}/v1/pichi_palife/asistencia", headers=_h(rng, **b), query={
            "palife": L(PALIFE_SON, UID), "mes": "2026-01"}),
        case(f, f"{a}/v1/entrenamiento/checkin", headers=_h(rng, **b), body={
            "palife": L(PALIFE, UID), "chew": {"pikun": fla, "puel": flo, "prec_m": 9},
            "paliwe": {"id": FIELD["id"], "pikun": FIELD["lat"], "puel": FIELD["lon"]},
            "sesion": obj(rng, "en")}),
        case(f, f"{a}/v1/kullitun", fmt="form", headers=_h(rng, **b), body={
            "palife": L(PALIFE, UID), "kullin": L("18000", BUY), "moneda": "CLP",
            "concepto": "cuota_anual", "metodo": L(opaque(rng, "pm_", 24), PAY),
            "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/v1/wino/ngillan", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"wino": "wn_luma_adulto", "rakin": 1, "kullin": 15000},
                      {"wino": "wn_luma_pichi", "rakin": 1, "kullin": 11000},
                      {"pali": "pl_cuero", "rakin": 2, "kullin": 6000}],
            "kullin": L(38000, BUY), "ngillan": L(obj(rng, "NG", 8), BUY),
            "palife": L(PALIFE, UID)}),
        raw(f, f"{a}/v1/trawun/{match}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kutran", headers=_h(rng, **b), body={
            "palife": L(PALIFE, UID), "trawun": match, "antu": "2026-01-10",
            "kutran": L("esguince tobillo derecho", MED), "lawen": L("ibuprofeno 400", MED),
            "dungu": L("Me doblé el tobillo en el segundo tiempo, no puedo apoyar",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/bus/asientos", headers=_h(rng, **b), body={
            "torneo": "tr_tirua_feb", "asientos": 2,
            "pasajeros": [{"uy": L(f"{FIRST} {LAST}", NAMEC), "run": L(RUN, NID)},
                          {"uy": L(KID, NAMEC), "tripantu": L(10, BIRTH)}],
            "kullin": L(24000, BUY)}),
        case(f, f"{a}/v1/kintun", headers=_h(rng, **b), query={
            "kintun": L("palin pichikeche torneo verano tirua", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/nutram", headers=_h(rng, **b), body={
            "iney": "coach_ramon", "hilo": obj(rng, "th"),
            "nutram": L("Lamngen, Antu Catrileo no va el sábado, está con fiebre",
                        f"{TEXT}|{NAMEC}|{MED}")}),
        multipart(f, f"{a}/v1/trokin/adentun", [
            ("adentun", "domo_trokin.jpg", "image/jpeg", L(JPEG + b"\x14", MEDIA)),
            ("meta", None, "application/json", {"trokin": "domo_adulto",
                                                "dungu": L("Campeonas del we tripantu!", TEXT)})],
            headers=_h(rng, **b)),
        card,
        case(f, f"{a}/v1/emergencia", headers=_h(rng, **b), body={
            "palife": L(PALIFE, UID), "futa": {"uy": L(HUSBAND[0], NAMEC),
                                               "nutramkawe": L(HUSBAND[1], TEL)},
            "grupo_sangre": L("O+", MED)}),
        case(f, f"{a}/v1/puntos", headers=_h(rng, how="none"), cookies={
            "pw_sesion": L(opaque(rng, "", 40), CRED), "pw_celu": L(INSTALL_ID, DID),
            "pw_req": rid(rng)}),
        case(f, f"{a}/v1/palife/vincular", fmt="form", headers=_h(rng, **b), body={
            "data": W({"palife": L(PALIFE, UID), "nutramkawe": L(NATIONAL, TEL),
                       "punen": L(PALIFE_SON, UID)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/celu", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "celu_id": L(INSTALL_ID, DID),
            "dungun": L("es", DEV), "tz": L(TZ, DEV), "modelo": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/femun", gz=True, headers=_h(rng, **b), body={
            "che": L(USER_ID, UID), "femun": [
                ev("fixture_visto", 1), ev("kullitun", 2, kullin=L(18000, BUY)),
                ev("screen", 3, screen=L("PichiPalife", USAGE))]}),
        case(f, f"{a}/v1/tripan", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "celu": L(INSTALL_ID, DID)}),
    ]


def paliwe_sdks() -> list[Case]:
    rng = random.Random(21402)
    return [
        mc_batch(APP, rng, [("Training Checked In", {"field": FIELD["id"]}),
                            ("Fee Paid", {"amount": L(18000, BUY)})],
                 at=FIELD_FIX, nd=2, locale="es_CL"),
        mc_identify(APP, rng, {"waria": L("Padre Las Casas", COARSE),
                               "palife": L(PALIFE, UID), "trokin": "domo_adulto"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"item": "wino"}, revenue=38000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FIELD_FIX, nd=3,
               keywords="palin,deporte,temuco"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "fixture adapter"),
                 [cd_crumb("nav", "Inche -> Fixture"),
                  cd_crumb("net", "GET", {"url": f"{APP.api}/v1/trawun/fixture", "status": 200})],
                 screen="FixtureActivity"),
        pt_register(APP, rng, at=FIELD_FIX, nd=2,
                    tags={"trokin": "domo_adulto", "waria": L("Padre Las Casas", COARSE)}),
        cd_session(APP, rng, secs=733),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "18000"),
        mm_geocode(APP, rng, "cancha de palin Tirua", SEARCH, near=FIELD_FIX, nd=2),
        hs_message(APP, rng, L(f"La licencia de {KID} sale vencida", f"{TEXT}|{NAMEC}"),
                   {"palife": L(PALIFE_SON, UID)}),
    ]
