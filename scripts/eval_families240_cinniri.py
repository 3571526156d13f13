"""Catania's Etna-ash bag collection app "Cinniredda" (the city's service for the volcanic ash
that falls on roofs, balconies and streets after a paroxysm: residents sweep it into the red
bags, take them to a collection point or ask for a pickup; its API's keys are Sicilian,
snake_case, ASCII-folded, with English ``email``, ``token``, ``id``, ``lat``/``lng``:
``nomu`` first name, ``cugnomu`` surname, ``cellulari`` mobile, ``chiavi`` password (lit.
"key"), ``jornu_di_nascita`` birth date, ``codici_fiscali`` tax code, ``nnirizzu`` address
(street line), ``quarteri`` quarter, ``cita`` city, ``cap`` post code, ``utenza_tari`` the
household's waste-tax account, ``sacchi`` bags, ``cinniri`` ash, ``chila`` kilos, ``puntu``
point, ``ritiru`` pickup, ``a_casa`` at home, ``mutivu`` reason, ``jornu`` day, ``fascia``
slot, ``pusizzioni`` position, ``signalazzioni`` report, ``fotu`` photo, ``testu`` text,
``astracu`` flat roof, ``amministraturi`` building manager, ``mpurtu`` amount, ``metudu``
method, ``ultimi_quattru`` last four, ``prenotazzioni`` booking, ``allerta`` alert, ``canali``
channels, ``missaggi`` messages, ``circata`` search, ``sessioni`` session, ``prifirenzi``
preferences, ``lingua`` language, ``dispusitivu`` device, ``eventi`` events, ``schermu``
screen, ``utenti`` user, ``trasi``/``nesci`` log in/out, ``iu`` me): sign-up, log-in, ``/iu``,
points near her flat (3 decimals), a point's hours, bags requested, bags dropped at the point
with her fix, a home pickup (her husband's slipped disc), a paid extra pickup of the roof
terrace's ash, a photo report of ash in her street, its status, ash-fall alerts, an offline
queue of scanned bags (msgpack), the truck-proximity beat (protobuf), the pickups by account in
the path, the roof cleaning request naming the building's manager, a message, a search, notices
by cookie (base64 JSON preferences), push, events (gzip) and a log-out. No earlier set has a
volcanic-ash service (set 77's eruption alerts are an evacuation app; the bulky-waste pickups of
sets 119 and 235 are not for ash)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families240_kit import (
    ASH_FIX,
    ASH_POINT,
    CF_HER,
    HOME,
    HOME_AT,
    NID,
    TARI,
    fix,
    hd,
    obj,
)
from eval_families240_sdk import (
    ba_bid,
    ba_notice,
    cc_crash,
    cc_crumb,
    mk_batch,
    mk_identify,
    tt_launch,
)
from eval_families240_svc import cs_card, cs_confirm, hc_message, ks_save, mu_reverse, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("cinniredda", "Cinniredda", "com.example.cinniredda", "1.8.4",
          "https://api.cinniredda.example.org")
IID = "X-Cinniredda-Dispusitivu"
PW = "Muntagna!Borgo74"
DOB_IT = "17/05/1991"
EXTRA = "CN-RS-260114-088"  # a paid extra pickup (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, it=True, **kw)


def cinniredda() -> list[Case]:
    rng = random.Random(24011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), utenza_tari=L(TARI, UID)))}
    pla, plo = fix(ASH_FIX)
    sla, slo = fix((37.518412, 15.083106), 5)  # her street, outside the door
    rep = obj(rng, "sg")
    lab: dict[str, str] = {}
    beat = pb([(1, L(TARI, UID)), (2, ASH_POINT["id"]), (3, 1768377600),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)), (3, 14.0)]),
               (5, L(58, DEV))], "", lab)
    hist = at_path(case(f, f"{a}/api/v1/utenzi/{TARI}/ritiri", headers=_h(rng, **b),
                        query={"annu": "2026"}), TARI, UID)
    return [
        case(f, f"{a}/api/v1/arrigistrazzioni", headers=_h(rng), body={
            "nomu": L(FIRST, NAMEC), "cugnomu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "cellulari": L(E164, TEL), "chiavi": L(PW, CRED),
            "jornu_di_nascita": L(DOB_IT, "personal.birthdate"),
            "codici_fiscali": L(CF_HER, NID), "nnirizzu": L(HOME["line"], ADDR),
            "quarteri": L(HOME["area"], COARSE), "cita": L(HOME["town"], COARSE),
            "cap": L(HOME["post"], COARSE), "utenza_tari": L(TARI, UID),
            "cumpunenti_famigghia": 3, "privacy": True}),
        case(f, f"{a}/api/v1/trasi", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "chiavi": L(PW, CRED), "arricorda": "1"}),
        case(f, f"{a}/api/v1/iu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/punti_ritiru", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "raggiu": "800", "sulu_aperti": "true"}),
        case(f, f"{a}/api/v1/punti_ritiru/{ASH_POINT['id']}/orari", headers=_h(rng, **b),
             query={"jornu": "2026-01-14"}),
        case(f, f"{a}/api/v1/sacchi/richiesta", headers=_h(rng, **b), body={
            "utenza_tari": L(TARI, UID), "nummaru_sacchi": 10, "cunsigna_a_casa": True,
            "nnirizzu": L(HOME["line"], ADDR), "pianu": "3", "puntu": ASH_POINT["id"]}),
        case(f, f"{a}/api/v1/cunferimentu", headers=_h(rng, **b), body={
            "puntu": ASH_POINT["id"], "sacchi": 6, "chila_stimati": 90,
            "pusizzioni": {"lat": pla, "lng": plo, "accuratizza": 7},
            "puntu_pusizzioni": {"lat": ASH_POINT["lat"], "lng": ASH_POINT["lon"]},
            "qr_sacchi": [f"CNR-{rng.randrange(10 ** 7, 10 ** 8)}" for _ in range(3)],
            "cunferimentu_id": obj(rng, "cf")}),
        case(f, f"{a}/api/v1/ritiru/a_casa", headers=_h(rng, **b), body={
            "utenza_tari": L(TARI, UID), "nnirizzu": L(HOME["line"], ADDR),
            "jornu": "2026-01-16", "fascia": "08-12", "sacchi": 6,
            "mutivu": L("Me maritu havi l'ernia dû discu e iu sula nun ci la fazzu a purtari "
                        "sei sacchi", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/ritiru/straordinariu/pagamentu", fmt="form",
             headers=_h(rng, **b), body={
                 "prenotazzioni": L(EXTRA, BUY), "mpurtu": L("25.00", BUY), "valuta": "EUR",
                 "metudu": L(opaque(rng, "pm_", 24), PAY), "ultimi_quattru": L("4444", PAY)}),
        multipart(f, f"{a}/api/v1/signalazzioni", [
            ("fotu", "cinniri_strata.jpg", "image/jpeg", L(JPEG + b"\x24", MEDIA)),
            ("dati", None, "application/json", {
                "tipu": "cinniri_in_strata", "pusizzioni": {"lat": sla, "lng": slo},
                "testu": L("Cinniri ammunzidduta davanti ô portuni, nuddu a scupa di tri jorna",
                           TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/signalazzioni/{rep}/statu", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/allerta/abbunamentu", headers=_h(rng, **b), body={
            "quarteri": L(HOME["area"], COARSE), "cita": L(HOME["town"], COARSE),
            "canali": ["push", "sms"], "cellulari": L(E164, TEL), "lingua": L("en", DEV)}),
        case(f, f"{a}/api/v1/sacchi/scansioni", fmt="msgpack", headers=_h(rng, **b), body={
            "utenza_tari": L(TARI, UID),
            "scansioni": [{"qr": f"CNR-{rng.randrange(10 ** 7, 10 ** 8)}",
                           "t": 1768380000 + 40 * i} for i in range(3)],
            "ultima_pusizzioni": {"lat": L(round(ASH_FIX[0], 5), PRECISE),
                                  "lng": L(round(ASH_FIX[1], 5), PRECISE)}}),
        raw(f, f"{a}/api/v1/camiu/vicinanza", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        hist,
        case(f, f"{a}/api/v1/astracu/pulizia", headers=_h(rng, **b), body={
            "nnirizzu": L(HOME["line"], ADDR), "astracu_mq": 60, "accessu": "scala_cundominiali",
            "amministraturi": {"nomu": L("Rag. Carmelo Pappalardo", NAMEC),
                               "telefunu": L("+393355512804", TEL)}}),
        case(f, f"{a}/api/v1/missaggi", headers=_h(rng, **b), body={
            "a": "operaturi",
            "testu": L("Bonasira, i sacchi russi sunnu finuti ô puntu di Piazza Cavour, quannu "
                       "arrivanu?", TEXT)}),
        case(f, f"{a}/api/v1/circata", headers=_h(rng, **b), query={
            "circata": L("sacchi cinniri cunsigna a casa", SEARCH), "pagina": "1"}),
        case(f, f"{a}/api/v1/avvisi", headers=_h(rng, how="none"), cookies={
            "cn_sessioni": L(opaque(rng, "", 40), CRED),
            "cn_prifirenzi": W({"utenza_tari": L(TARI, UID), "quarteri": L(HOME["area"], COARSE),
                                "lingua": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/api/v1/dispusitivi", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "dispusitivu": L(INSTALL_ID, DID),
            "lingua": L("it", DEV), "fusu_orariu": L("Europe/Rome", DEV),
            "mudellu": L("Pixel 8", DEV), "sistema": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/eventi", gz=True, headers=_h(rng, **b), body={
            "utenti": L(USER_ID, UID), "eventi": [
                ev("sacchi_richiesti", 1, nummaru=10),
                ev("cunferimentu", 2, puntu=ASH_POINT["id"]),
                ev("schermu", 3, schermu=L("PuntiRitiru", USAGE))]}),
        case(f, f"{a}/api/v1/nesci", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "dispusitivu": L(INSTALL_ID, DID)}),
    ]


def cinniredda_sdks() -> list[Case]:
    rng = random.Random(24012)
    return [
        mk_batch(APP, rng, [("Bags Requested", {"count": 10}),
                            ("Bags Dropped", {"point": ASH_POINT["id"], "bags": 6})],
                 at=ASH_FIX, nd=2, locale="it_IT"),
        mk_identify(APP, rng, {"quarteri": L(HOME["area"], COARSE),
                               "cita": L(HOME["town"], COARSE), "utenza_tari": L(TARI, UID)}),
        tt_launch(APP, rng, first=True),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="casa,pulizia,terrazzo"),
        ba_notice(APP, rng, "imp"),
        cc_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed during scan"),
                 [cc_crumb("nav", "Sacchi -> Scansioni"),
                  cc_crumb("net", "POST", {"url": f"{APP.api}/api/v1/cunferimentu",
                                           "status": 201})], screen="ScansioniActivity"),
        pp_register(APP, rng, lang="it", at=HOME_AT, nd=2,
                    tags={"quarteri": L(HOME["area"], COARSE), "allerta": "cinniri"}),
        ks_save(APP, rng, {"analytics": True, "marketing": False}),
        cs_card(APP, rng),
        cs_confirm(APP, rng, "25.00"),
        mu_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hc_message(APP, rng, L(f"Pagai u ritiru {EXTRA} ma nuddu vinni", f"{TEXT}|{BUY}"),
                   {"utenza_tari": L(TARI, UID)}),
    ]
