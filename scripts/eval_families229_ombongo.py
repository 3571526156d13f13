"""Crowd-reported ATM cash finder "Ombongo" ("money": users report which cash machines have notes
and how long the queue is, in Huambo, Benguela and Lobito; its API's keys are Umbundu,
ASCII-folded, with a few Portuguese words: ``onduko`` name, ``alcunha`` nickname (her user name),
``otelefone`` phone, ``ocisapi`` password (lit. "key"), ``ombala`` town, ``olombongo`` money
(cash, an amount), ``kuli`` there is, ``fila`` queue, ``ocitumalo`` place, ``esapulo`` report,
``efoto`` photo, ``okusanda`` search, ``ondaka`` text, ``eteke`` day, ``estadia`` stay,
``carteira`` wallet): sign-up, log-in, ``/ame``, machines near her (3 decimals), one machine, a
report that it has cash with her fix, a photo of the queue, alerts around the flat, favourites by
nickname in the query, trip mode for the Benguela holiday (where she stays, 4 decimals), machines
near her in Benguela, an empty-machine report there (msgpack), a card swallowed by a machine, a
cash-out at an agent shop, the ranking by cookie GET, a protobuf proximity ping with her fix, a
search, an offline queue of reports from the road (JSON Lines), push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
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
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families229_kit import (
    ATM_BGU,
    ATM_BGU_FIX,
    ATM_HBO,
    ATM_HBO_FIX,
    HOME_AT,
    LOBITO_AT,
    TZ,
    fix,
    hd,
)
from eval_families229_sdk import (
    ck_session,
    en_launch,
    en_link,
    kb_bid,
    kb_notice,
    tx_batch,
    tx_queue,
)
from eval_families229_svc import ft_eval, hm_message, mp_reverse, mp_route, pk_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("ombongo", "Ombongo", "com.example.ombongo", "1.2.6", "https://api.ombongo.example.com")
IID = "X-Ombongo-Id"
PW = "Notas5000!hbo"
NICK = "jane_sakala"  # her nickname in the app (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ombongo() -> list[Case]:
    rng = random.Random(22961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, alcunha=L(NICK, UID), otelefone=L(E164, TEL)))}
    hla, hlo = fix(ATM_HBO_FIX)
    bla, blo = fix(ATM_BGU_FIX, 5)
    lab: dict[str, str] = {}
    ping = pb([(1, L(NICK, UID)),
               (2, [(1, L(round(HOME_AT[0], 6), PRECISE)), (2, L(round(HOME_AT[1], 6), PRECISE)),
                    (3, 20.0)]),
               (3, 1768390000), (4, L(47, DEV))], "", lab)
    return [
        case(f, f"{a}/v1/omunu", headers=_h(rng), body={
            "onduko": L(FIRST, NAMEC), "alcunha": L(NICK, UID), "otelefone": L(E164, TEL),
            "ocisapi": L(PW, CRED), "ombala": L("Huambo", COARSE)}),
        case(f, f"{a}/v1/okuingila", fmt="form", headers=_h(rng), body={
            "alcunha": L(NICK, UID), "ocisapi": L(PW, CRED)}),
        case(f, f"{a}/v1/ame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/atm/perto", headers=_h(rng, **b), query={
            "lat": L(f"{ATM_HBO_FIX[0]:.3f}", PRECISE), "lng": L(f"{ATM_HBO_FIX[1]:.3f}", PRECISE),
            "raio_km": "2", "so_com_olombongo": "1"}),
        case(f, f"{a}/v1/atm/{ATM_HBO['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/esapulo", headers=_h(rng, **b), body={
            "atm": ATM_HBO["id"], "kuli_olombongo": True, "notas": ["5000", "2000"],
            "fila": 14, "ocitumalo": {"lat": hla, "lng": hlo, "acc_m": 9},
            "atm_pos": {"lat": ATM_HBO["lat"], "lng": ATM_HBO["lon"]}}),
        multipart(f, f"{a}/v1/esapulo/efoto", [
            ("efoto", "fila.jpg", "image/jpeg", L(JPEG + b"\x0c", MEDIA)),
            ("meta", None, "application/json", {"atm": ATM_HBO["id"], "fila": 14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/alertas", headers=_h(rng, **b), body={
            "centro": {"lat": L(round(HOME_AT[0], 3), PRECISE),
                       "lng": L(round(HOME_AT[1], 3), PRECISE)},
            "raio_km": 3, "ombala": L("Huambo", COARSE), "so_notas_5000": True}),
        case(f, f"{a}/v1/favoritos", headers=_h(rng, **b), query={"alcunha": L(NICK, UID)}),
        case(f, f"{a}/v1/viagem", headers=_h(rng, **b), body={
            "ombala": L("Benguela", COARSE), "de": "2026-02-01", "ate": "2026-02-10",
            "estadia": {"lat": L(f"{LOBITO_AT[0]:.4f}", PRECISE),
                        "lng": L(f"{LOBITO_AT[1]:.4f}", PRECISE)}}),
        case(f, f"{a}/v1/atm/perto", headers=_h(rng, **b), query={
            "lat": L(f"{ATM_BGU_FIX[0]:.3f}", PRECISE), "lng": L(f"{ATM_BGU_FIX[1]:.3f}", PRECISE),
            "ombala": L("Benguela", COARSE), "raio_km": "5"}),
        case(f, f"{a}/v1/esapulo", fmt="msgpack", headers=_h(rng, **b), body={
            "atm": ATM_BGU["id"], "kuli_olombongo": False, "fila": 0,
            "ocitumalo": {"lat": bla, "lng": blo}, "alcunha": L(NICK, UID)}),
        case(f, f"{a}/v1/cartao-retido", headers=_h(rng, **b), body={
            "atm": ATM_BGU["id"], "banco": "Example Banco Angola", "cartao_final": L("4444", PAY),
            "otelefone": L(E164, TEL),
            "ondaka": L("The machine kept my card at 18:10, the screen froze after the PIN.",
                        TEXT)}),
        case(f, f"{a}/v1/agentes/levantamento", fmt="form", headers=_h(rng, **b), body={
            "agente": "ag_lobito_0331", "olombongo": L("20000", BUY), "moeda": "AOA",
            "carteira": L(E164, TEL), "codigo": L("884105", CRED)}),
        case(f, f"{a}/v1/ranking", headers=_h(rng, how="none"), cookies={
            "ob_sessao": L(opaque(rng, "", 40), CRED), "ob_dev": L(INSTALL_ID, DID),
            "ob_req": rid(rng)}),
        raw(f, f"{a}/v1/pulso", ping, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/okusanda", headers=_h(rng, **b), query={
            "q": L("atm com notas perto do mercado municipal", SEARCH)}),
        lines(f, f"{a}/v1/esapulo/fila-offline", [
            {"atm": "atm_bgu_0112", "kuli_olombongo": True, "t": 1770001200,
             "lat": L(f"{ATM_BGU_FIX[0] + 0.0021:.4f}", PRECISE),
             "lng": L(f"{ATM_BGU_FIX[1] - 0.0017:.4f}", PRECISE)},
            {"atm": "atm_lob_0045", "fila": 30, "t": 1770004800, "alcunha": L(NICK, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "tz": L(TZ, DEV), "modelo": L("Pixel 8", DEV), "elimi": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("report_sent", 1, atm=ATM_HBO["id"]),
                ev("screen", 2, screen=L("MapaAtm", USAGE))]}),
        case(f, f"{a}/v1/okupitamo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def ombongo_sdks() -> list[Case]:
    rng = random.Random(22962)
    link = U("https://ombongo.example.com/atm", {"id": ATM_HBO["id"], "ref": "share",
                                                 "by": L(NICK, UID)})
    return [
        tx_batch(APP, rng, [("Report Sent", {"has_cash": True}), ("Alert Created", {"km": 3})],
                 at=ATM_HBO_FIX, nd=3),
        tx_queue(APP, rng, [("Report Queued", {"town": L("Benguela", COARSE)}),
                            ("Trip Mode", {"days": 9})]),
        en_launch(APP, rng, first=True),
        en_link(APP, rng, link),
        kb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ATM_BGU_FIX, nd=2,
               keywords="banking,cash,benguela"),
        kb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, town=("BGU", "Benguela")),
        kb_notice(APP, rng, "win"),
        ck_session(APP, rng, secs=215),
        ft_eval(APP, rng, {"ombala": L("Benguela", COARSE), "tripMode": True}),
        pk_register(APP, rng, at=HOME_AT, nd=3, tags={"alerta_5000": True}),
        mp_reverse(APP, rng, ATM_BGU_FIX, PRECISE, nd=4),
        mp_route(APP, rng, [(LOBITO_AT, PRECISE), ((ATM_BGU["lat"], ATM_BGU["lon"]), None)]),
        hm_message(APP, rng, L("My report from the Benguela square did not count for points",
                               TEXT), {"alcunha": L(NICK, UID)}),
    ]
