"""A secure bike park's app "Bicistasion" (the guarded, badge-opened bike park beside Mestre
railway station: she comes by bus from Chioggia and rides the last two kilometres to her office;
its API's keys are Venetian, ASCII-folded: ``nome`` / ``cognome``, ``email``, ``celulare``,
``ciave``, ``data_de_nassita``, ``codese_fiscal``, ``documento`` (``carta_soggiorno``),
``indirisso``, ``comun``, ``cap``, ``abonamento`` pass, ``inporto``, ``bici`` bike, ``marca``,
``telajo`` frame number, ``color``, ``porta`` door, ``stalo`` rack, ``entrada`` / ``uscia``
way in / out, ``posission``, ``furto`` theft, ``ricarica`` charging, ``tesara`` badge,
``spedision``, ``mesajo``, ``serca``, ``coa`` queue): sign-up with her tax code and residence
card, a log-in, ``/mi``, the yearly pass bought, the bike registered with a photo, the door
opened with her fix, a protobuf access beat, an offline access queue (msgpack), the rack
chosen, an e-bike charge, a theft report, a replacement badge, the access log (JSON Lines), the
pass by number in the path, a message to the guard, a search, a log-in by cookie, push, events
and a log-out."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families263_kit import (
    BIKE,
    BIKEPARK,
    BIKEPARK_FIX,
    CF,
    HOME,
    OFFICE_AT,
    PERMIT,
    SUBSCRIPTION,
    fix,
    hd,
    vpush,
)
from eval_families263_sdk import bb_bid, mc_batch, mc_queue, tf_event, tf_launch
from eval_families263_svc import cb_check, cz_card, cz_confirm, fs_eval, mb_route, mb_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bicistasion", "Bicistasion", "com.example.bicistasion", "4.0.2",
          "https://api.bicistasion.example.com")
IID = "X-Bicistasion-Device"
PW = "Mestre2Cioza!bus80"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bicistasion() -> list[Case]:
    rng = random.Random(26361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    abonamento=L(SUBSCRIPTION, UID)))}
    dla, dlo = fix(BIKEPARK_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SUBSCRIPTION, UID)), (2, "porta_nord"), (3, 1782717300),
               (4, [(1, L(BIKEPARK_FIX[0], PRECISE)), (2, L(BIKEPARK_FIX[1], PRECISE))]),
               (5, L("BLE", DEV)), (6, 1)], "", lab)
    pass_ = at_path(case(f, f"{a}/api/abonamenti/{SUBSCRIPTION}", headers=_h(rng, **b)),
                    SUBSCRIPTION, UID)
    return [
        case(f, f"{a}/api/registrasion", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "celulare": L(NATIONAL, TEL), "ciave": L(PW, CRED), "data_de_nassita": L(DOB, BIRTH),
            "codese_fiscal": L(CF, NID),
            "documento": {"tipo": "carta_soggiorno", "numaro": L(PERMIT, NID)},
            "indirisso": L(HOME["line"], ADDR), "comun": L(HOME["town"], COARSE),
            "cap": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ciave": L(PW, CRED)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/abonamenti", headers=_h(rng, **b), body={
            "tipo": "anual", "dal": "2026-01-07", "abonamento": L(SUBSCRIPTION, UID),
            "inporto": L(90, BUY), "parcheggio": BIKEPARK["id"]}),
        case(f, f"{a}/api/pagamenti", fmt="form", headers=_h(rng, **b), body={
            "abonamento": L(SUBSCRIPTION, UID), "inporto": L("90.00", BUY), "valuta": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/api/bici", [
            ("foto", "bici.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "marca": BIKE["brand"], "modelo": BIKE["model"], "telajo": BIKE["frame"],
                "color": BIKE["colour"], "elettrica": False,
                "abonamento": L(SUBSCRIPTION, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/porte/porta_nord/verzi", headers=_h(rng, **b), body={
            "abonamento": L(SUBSCRIPTION, UID), "posission": {"lat": dla, "lng": dlo},
            "porta": {"id": "porta_nord", "lat": BIKEPARK["lat"], "lng": BIKEPARK["lon"]},
            "token_porta": L(opaque(rng, "dt_", 32), CRED), "direzion": "entrada"}),
        raw(f, f"{a}/api/acessi/batito", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/acessi/coa", fmt="msgpack", headers=_h(rng, **b), body={
            "abonamento": L(SUBSCRIPTION, UID), "acessi": [
                {"porta": "porta_nord", "dir": "entrada", "ts": 1782717300},
                {"porta": "porta_nord", "dir": "uscia", "ts": 1782749820}],
            "aparecio": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/stali", fmt="form", headers=_h(rng, **b), body={
            "stalo": "B-112", "piano": "1", "abonamento": L(SUBSCRIPTION, UID)}),
        case(f, f"{a}/api/ricarica", headers=_h(rng, **b), body={
            "presa": "pr_07", "kwh": 0.42, "totale": L(0.25, BUY),
            "abonamento": L(SUBSCRIPTION, UID)}),
        case(f, f"{a}/api/furti", headers=_h(rng, **b), body={
            "telajo": BIKE["frame"], "zorno": "2026-03-12",
            "descrision": L("Me ga robà la sela e la luce de drio, stalo B-112", TEXT),
            "abonamento": L(SUBSCRIPTION, UID)}),
        case(f, f"{a}/api/tesare/nova", headers=_h(rng, **b), body={
            "motivo": "persa", "spedision": {"nome": L(f"{FIRST} {LAST}", NAMEC),
                                             "indirisso": L(HOME["line"], ADDR),
                                             "comun": L(HOME["town"], COARSE),
                                             "cap": L(HOME["post"], COARSE)},
            "costo": L(10, BUY)}),
        lines(f, f"{a}/api/acessi/registro", [
            {"abonamento": L(SUBSCRIPTION, UID), "porta": "porta_nord", "dir": "entrada",
             "ts": 1782631000, "esito": "ok"},
            {"abonamento": L(SUBSCRIPTION, UID), "porta": "porta_sud", "dir": "uscia",
             "ts": 1782662400, "esito": "ok"}], headers=_h(rng, **b)),
        pass_,
        case(f, f"{a}/api/mesaji", headers=_h(rng, **b), body={
            "a": "guardia",
            "mesajo": L("Stasera rivo col bus de le 21, podè tegner verta la porta sud?", TEXT)}),
        case(f, f"{a}/api/serca", headers=_h(rng, **b), query={
            "serca": L("oficina bici via Piave", SEARCH)}),
        case(f, f"{a}/api/sesion", headers=_h(rng, how="none"), cookies={
            "bs_sesion": L(opaque(rng, "", 40), CRED), "bs_dev": L(INSTALL_ID, DID),
            "bs_ctx": W({"abonamento": L(SUBSCRIPTION, UID), "lengua": L("it", DEV)},
                        "b64json")}),
        case(f, f"{a}/api/aparecio", headers=_h(rng, **b), body=vpush(push_token(rng))),
        case(f, f"{a}/api/eventi", gz=True, headers=_h(rng, **b), body={
            "doparador": L(USER_ID, UID), "eventi": [
                ev("porta_verta", 1), ev("schermo", 2, schermo=L("Abonamento", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def bicistasion_sdks() -> list[Case]:
    rng = random.Random(26362)
    return [
        mc_batch(APP, rng, [("Door Opened", {"door": "porta_nord"}),
                            ("Pass Bought", {"amount": L(90, BUY)})], at=BIKEPARK_FIX, nd=2),
        mc_queue(APP, rng, [("Door Opened", {"door": "porta_nord"}),
                            ("Door Opened", {"door": "porta_sud"})]),
        tf_launch(APP, rng, first=True),
        tf_event(APP, rng, "subscribe", {"tipo": "anual"}, revenue=90.0, currency="EUR"),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BIKEPARK_FIX, nd=3,
               keywords="bici,treno,mestre"),
        fs_eval(APP, rng, {"parcheggio": BIKEPARK["id"]}, hdr=True),
        cb_check(APP, rng, {"analytics": True, "marketing": False}),
        cz_card(APP, rng, email=True),
        cz_confirm(APP, rng, "90.00"),
        mb_route(APP, rng, [(BIKEPARK_FIX, PRECISE), (OFFICE_AT, PRECISE)], mode="cycling"),
        mb_telemetry(APP, rng, [BIKEPARK_FIX, OFFICE_AT], PRECISE),
    ]
