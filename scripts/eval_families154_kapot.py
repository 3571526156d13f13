"""Domino-league app "Kapòt" (``kapòt``: a shut-out in dominoes; a bar league of pairs playing at
snèks around Willemstad, where she and her husband play as a pair; its API's keys are
Papiamentu: ``hugado`` player, ``apodo`` nickname (shown on the league table), ``pareha``
partner / pair, ``ekipo`` team, ``liga`` league, ``inskripshon`` entry, ``temporada`` season,
``snek`` snack bar (the venue), ``wega`` game, ``ronda`` round, ``puntonan`` points, ``tabel``
table, ``resultado`` result, ``premio`` prize, ``kobra`` collect, ``invitashon`` invitation,
``kontaktonan`` contacts, ``reklamo`` dispute, ``kalender`` fixtures; the rest as in
``_honrun.py``): sign-up, a log-in, ``/mi``, the pair with her husband, the league entry and fee,
the table, her games, a result (msgpack), a check-in at the snèk, a protobuf live score, a league
chat message, snèks near her, her stats by player number in the path, a prize collected with her
sédula and account, a trophy photo, friends invited from her address book, fixtures by cookie, a
dispute, the snèk's Wi-Fi, push, events and a log-out. No earlier set has dominoes."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families154_kit import (
    CW_ACCOUNT,
    CW_HOME,
    CW_HOME_AT,
    HUSBAND,
    SEDULA,
    fix,
    hd,
    obj,
    push,
)
from eval_families154_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families154_svc import cl_card, cl_confirm, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kapot", "Kapot", "com.example.kapot", "2.0.7", "https://api.kapot.example.com")
IID = "X-Kapot-Device"
PW = "Dobel6!Kapot"
SNEK = {"id": "snk_3herm", "name": "Snek Tres Hermanos", "phone": "+59997371188",
        "lat": 12.13018, "lon": -68.88342, "ssid": "TresHermanos-WiFi",
        "bssid": "e4:8d:8c:71:0a:3f"}  # the venue (point, phone: negatives; Wi-Fi she joins: wifi)
SNEK_FIX = (12.130162, -68.883391)  # her phone at the snèk
PLAYER = "KP-0388"  # her league player number (id.user)
NICK = "JaneDushi"  # her nickname on the league table (id.user)
FRIENDS = [("Giselle Rosaria", "+59995220981"), ("Orlando Isenia", "+59996640217")]
LEAGUE = "lg_bandariba_25"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pap=True, **kw)


def kapot() -> list[Case]:
    rng = random.Random(15441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, hugado=L(PLAYER, UID), apodo=L(NICK, UID),
                                    korreo=L(EMAIL, MAIL)))}
    sla, slo = fix(SNEK_FIX, 5)
    game = obj(rng, "wg")
    lab: dict[str, str] = {}
    live = pb([(1, game), (2, 3), (3, [(1, L(PLAYER, UID)), (2, 87)]), (4, 1765395000)],
              "", lab)
    stats = at_path(case(f, f"{a}/v1/hugado/{PLAYER}/estadistika", headers=_h(rng, **b)),
                    PLAYER, UID)
    book = [{"nomber": L(n, f"{CONTACTS}|{NAMEC}"), "telefon": L(p, f"{CONTACTS}|{TEL}")}
            for n, p in FRIENDS]
    return [
        case(f, f"{a}/v1/hugado/inskripshon", headers=_h(rng), body={
            "nomber": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "apodo": L(NICK, UID),
            "korreo": L(EMAIL_MIXED, MAIL), "selular": L(E164, TEL), "kontrasena": L(PW, CRED),
            "fecha_nasementu": L(DOB, BIRTH), "bario": L(CW_HOME["area"], COARSE),
            "hugado": L(PLAYER, UID)}),
        case(f, f"{a}/v1/drenta", fmt="form", headers=_h(rng), body={
            "selular": L(E164, TEL), "kontrasena": L(PW, CRED)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pareha", headers=_h(rng, **b), body={
            "hugado": L(PLAYER, UID),
            "pareha": {"nomber": L(HUSBAND[0], NAMEC), "selular": L(HUSBAND[1], TEL)},
            "ekipo": "Dushi Kapot"}),
        case(f, f"{a}/v1/liga/inskripshon", fmt="form", headers=_h(rng, **b), body={
            "liga": LEAGUE, "hugado": L(PLAYER, UID), "kuota": L("60.00", BUY),
            "moneda": "XCG", "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/liga/{LEAGUE}/tabel", headers=_h(rng, **b)),
        case(f, f"{a}/v1/wega", headers=_h(rng, **b), query={
            "hugado": L(PLAYER, UID), "temporada": "2025-26"}),
        case(f, f"{a}/v1/wega/resultado", fmt="msgpack", headers=_h(rng, **b), body={
            "wega": game, "snek": SNEK["id"], "rondanan": [[100, 64], [100, 88], [72, 100]],
            "kapot": 1, "hugado": L(PLAYER, UID)}),
        case(f, f"{a}/v1/check_in", headers=_h(rng, **b), body={
            "wega": game, "luga": {"latitut": sla, "longitut": slo},
            "snek": {"id": SNEK["id"], "latitut": SNEK["lat"], "longitut": SNEK["lon"]}}),
        raw(f, f"{a}/v1/wega/live", live, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/chat/mensahe", headers=_h(rng, **b), body={
            "kanal": LEAGUE,
            "teksto": L("Rignald i ami lo hunga djabierne na Tres Hermanos, ken mas ta bin?",
                        TEXT)}),
        case(f, f"{a}/v1/snek/serka", headers=_h(rng, **b), query={
            "lat": L(f"{CW_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{CW_HOME_AT[1]:.2f}", COARSE)}),
        stats,
        case(f, f"{a}/v1/premio/kobra", headers=_h(rng, **b), body={
            "hugado": L(PLAYER, UID), "premio": L(500, BUY), "number_sedula": L(SEDULA, NID),
            "kuenta_banko": L(CW_ACCOUNT, PAY), "titular": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/potret", [
            ("potret", "trofeo.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "teksto": L("Kampeon di Banda Ariba ku mi kasá!", TEXT), "liga": LEAGUE})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/invitashon", headers=_h(rng, **b), body={
            "hugado": L(PLAYER, UID), "kontaktonan": book, "mensahe": "Bin hunga ku nos!"}),
        case(f, f"{a}/v1/kalender", headers=_h(rng, how="none"), cookies={
            "kp_seshon": L(opaque(rng, "", 40), CRED), "kp_aparato": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/reklamo", fmt="form", headers=_h(rng, **b), body={
            "wega": game, "tipo": "puntonan",
            "teksto": L("E otro pareha a konta e puntonan di ronda 3 malu.", TEXT)}),
        case(f, f"{a}/v1/wifi", headers=_h(rng, **b), body={
            "ssid": L(SNEK["ssid"], WIFI), "bssid": L(SNEK["bssid"], WIFI),
            "ip": L("10.0.0.41", DEV), "snek": SNEK["id"]}),
        case(f, f"{a}/v1/aparato", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventonan", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventonan": [
                ev("resultado_entra", 1), ev("pantaya", 2, pantaya=L("Tabel", USAGE))]}),
        case(f, f"{a}/v1/sali", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "req": rid(rng)}),
    ]


def kapot_sdks() -> list[Case]:
    rng = random.Random(15442)
    return [
        mc_batch(APP, rng, [("Result Entered", {"game": "wg"}),
                            ("Table Viewed", {"league": LEAGUE})], at=SNEK_FIX, nd=2,
                 locale="pap_CW"),
        mc_pixel(APP, rng, "Invite Opened", {"src": "whatsapp"}),
        tn_launch(APP, rng),
        tn_event(APP, rng, "league_entry", {"liga": LEAGUE}, revenue=60.0, currency="XCG",
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SNEK_FIX, nd=3, yob=1991,
               gender="F", keywords="dominoes,bar,games"),
        cd_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "round 4"),
                 [cd_crumb("nav", "Wega -> Resultado"), cd_crumb("tap", "save_round")],
                 screen="ResultadoActivity"),
        pt_register(APP, rng, lang="pap", tags={"liga": LEAGUE}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "60.00"),
    ]
