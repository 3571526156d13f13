"""The son's pelota mixteca club app "Pasajuego" (the court at Tlaxiaco; Emiliano, 10, plays
in the children's "pelota de hule" category with a studded leather glove). Its API's keys are
Mixtec ASCII-folded with the game's Spanish words: ``nana`` mother (the parent's account),
``see`` child (se'e), ``sivi`` name, ``apeyido`` surname (loan), ``kivi_kaku`` birth date,
``sexo``, ``curp`` (the Mexican population register number), ``jugador`` player, ``yii``
husband, ``telefono``, ``tuun_kasi`` password, ``kodigo`` code, ``kuee`` illness, ``tatan``
medicine, ``peso``/``sukun`` weight/height (sukun: tall, a coinage), ``xuun`` money,
``guante`` glove, ``talla`` size, ``equipo`` team, ``juego`` match, ``kasaa`` arrival,
``ndatuun`` message, ``nanduku`` search, ``foto``, ``kivi`` day, ``tayu`` seat.

The parent's sign-up (her husband), an SMS code, ``/yo`` with a ``see`` claim, the son's
registration (CURP, player number), the medical certificate (PDF), weight and height, the fee,
the glove ordered, fixtures, his statistics by player number in the path, attendance with her fix
at the court, a message to the coach about his wrist, the team photo, the trip to a tournament in
Huajuapan with a travel consent, a search, a score sheet (msgpack), an offline attendance queue
(JSON Lines), a base64 JSON preferences cookie, push, events and a log-out. Set 84 has a Basque
pelota court booking for adults; pelota mixteca (a different game) and a children's club are new."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families295_kit import COURT, COURT_FIX, HUSBAND, SON, fix, hd, obj, push
from eval_families295_sdk import bk_bid, cr_crash, cr_crumb, ms_batch, ms_identify, ty_launch
from eval_families295_svc import ck_save, cx_card, cx_confirm, fg_eval, hc_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("pasajuego", "Pasajuego", "com.example.pasajuego", "2.4.0",
          "https://api.pasajuego.example.net")
IID = "X-Pasajuego-Device"
PW = "Hule2015!Tlax"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
KID = f"{SON['first']} {SON['last']}"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, mx=True, **kw)


def pasajuego() -> list[Case]:
    rng = random.Random(29521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), see=[L(SON["player"], UID)],
                                    rol="nana"))}
    cla, clo = fix(COURT_FIX, 5)
    stats = at_path(case(f, f"{a}/v1/jugadores/{SON['player']}/stats", headers=_h(rng, **b),
                         query={"temporada": "2026"}), SON["player"], UID)
    return [
        case(f, f"{a}/v1/nana", headers=_h(rng), body={
            "sivi": L(FIRST, NAMEC), "apeyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefono": L(E164, TEL), "tuun_kasi": L(PW, CRED),
            "yii": {"sivi": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/kodigo", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "kodigo": L("318406", CRED)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/see", headers=_h(rng, **b), body={
            "sivi": L(SON["first"], NAMEC), "apeyido": L(SON["last"], NAMEC),
            "kivi_kaku": L(SON["dob"], BIRTH), "sexo": L(SON["sex"], GENDER),
            "curp": L(SON["curp"], NID), "jugador": L(SON["player"], UID),
            "categoria": "infantil_hule", "equipo": "eq_yuku_kasa"}),
        multipart(f, f"{a}/v1/see/certificado", [
            ("certificado", "certificado_medico.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "jugador": L(SON["player"], UID),
                "kuee": [L("asma leve", MED), L("alergia a picadura de abeja", MED)],
                "tatan": L("salbutamol inhalador", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/see/medidas", headers=_h(rng, **b), body={
            "jugador": L(SON["player"], UID), "peso": L(34.5, FIT), "sukun": L(1.41, FIT),
            "kivi": "2026-01-10"}),
        case(f, f"{a}/v1/cuota", fmt="form", headers=_h(rng, **b), body={
            "jugador": L(SON["player"], UID), "yoo": "2026-02", "xuun": L("250.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/guante", headers=_h(rng, **b), body={
            "jugador": L(SON["player"], UID), "talla": "infantil_3", "mano": "derecha",
            "clavos": 48, "xuun": L(1800, BUY), "taller": "tl_guantero_01"}),
        case(f, f"{a}/v1/juegos", headers=_h(rng, **b), query={
            "equipo": "eq_yuku_kasa", "desde": "2026-02-01"}),
        stats,
        case(f, f"{a}/v1/kasaa", headers=_h(rng, **b), body={
            "jugador": L(SON["player"], UID), "lugar": {"lat": cla, "lon": clo},
            "pasajuego": {"id": COURT["id"], "lat": COURT["lat"], "lon": COURT["lon"]},
            "tipo": "entrenamiento"}),
        case(f, f"{a}/v1/ndatuun", headers=_h(rng, **b), body={
            "to": "coach_tlx", "hilo": obj(rng, "th"),
            "ndatuun": L("Profe, a Emiliano le duele la muneca desde el juego del domingo, "
                         "puede descansar esta semana?", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/equipo/foto", [
            ("foto", "equipo.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {"equipo": "eq_yuku_kasa",
                                                "kivi": "2026-01-18"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/viajes/torneo_huajuapan", headers=_h(rng, **b), body={
            "jugador": L(SON["player"], UID), "tayu": 2, "xuun": L(300, BUY),
            "permiso": {"firma": L(f"{FIRST} {LAST}", NAMEC), "acepta": True},
            "emergencia": {"sivi": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/nanduku", headers=_h(rng, **b), query={
            "q": L("torneo infantil pelota mixteca Huajuapan", SEARCH)}),
        case(f, f"{a}/v1/juegos/jg_0207/hoja", fmt="msgpack", headers=_h(rng, **b), body={
            "juego": "jg_0207", "quinzas": [15, 30, 40], "rayas": 3,
            "jugadores": [L(SON["player"], UID)], "anota": L(USER_ID, UID)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "kasaa", "jugador": L(SON["player"], UID), "lat": L(COURT_FIX[0], PRECISE),
             "lon": L(COURT_FIX[1], PRECISE), "t": 1768600000},
            {"op": "kasaa", "jugador": L(SON["player"], UID), "t": 1768780000}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prefs", headers=_h(rng, how="none"), cookies={
            "pj_sid": L(opaque(rng, "", 40), CRED),
            "pj_prefs": W({"see": L(SON["player"], UID), "lang": L("es", DEV)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "es_MX")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("juego_visto", 1), ev("pantalla", 2, pantalla=L("Estadisticas", USAGE))]}),
        case(f, f"{a}/v1/kee", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, "id.device")}),
    ]


def pasajuego_sdks() -> list[Case]:
    rng = random.Random(29522)
    return [
        ms_batch(APP, rng, [("Fixture Viewed", {"team": "eq_yuku_kasa"}),
                            ("Fee Paid", {"amount": L(250, BUY)})], locale="es_MX"),
        ms_identify(APP, rng, {"rol": "nana", "children": 1, "nuu": L("Tlaxiaco", COARSE)}),
        ty_launch(APP, rng),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="deportes,ninos,pelota"),
        cr_crash(APP, rng, ("java.lang.NullPointerException", "stats row"),
                 [cr_crumb("nav", "Jugadores -> Stats")], screen="StatsActivity"),
        fg_eval(APP, rng, {"club": COURT["id"], "children": 1}, hdr=True),
        pk_register(APP, rng, lang="es", tags={"equipo": "eq_yuku_kasa"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cx_card(APP, rng),
        cx_confirm(APP, rng, "250.00"),
        hc_message(APP, rng, L(f"La cuota de {KID} aparece sin pagar", f"{TEXT}|{NAMEC}"),
                   {"jugador": L(SON["player"], UID)}),
    ]
