"""Classic-car regularity rally app "Strade Vecie" (a Brescia club's rallies for cars built before
1970; she is the navigator of her father-in-law Gianni Locatelli's 1957 Fiat 1100/103; its API's
keys are Lombard, Bresciano/Bergamasco ASCII-folded, snake case: ``iscrisiu`` sign-up, ``nom``
first name, ``cognom`` surname, ``posta_eletronica`` e-mail, ``celular`` mobile, ``ciav``
password (lit. "key"), ``nassida`` birth date, ``codes_fiscal`` tax code, ``patent`` driving
licence, ``indiris`` street line, ``paes`` town, ``provincia``, ``cap`` post code,
``equipagg`` crew, ``pilota`` driver, ``navigadur`` navigator, ``machina`` car (``marca``,
``modell``, ``an`` year, ``telaio`` chassis, ``targa`` plate), ``quota`` entry fee,
``pagament`` payment, ``import`` amount, ``valuda`` currency, ``ultime_quater`` last four,
``controll`` control, ``prova`` trial, ``tep`` time, ``penalita`` penalty, ``classifica``
standings, ``posisiu`` position, ``sena`` dinner, ``posti`` seats, ``ospiti`` guests, ``nota``,
``messagg`` message, ``serca`` search, ``aparecc`` device, ``lengua`` language, ``fus_orare``
time zone, ``evencc`` events, ``sortida`` log-out, ``regordem`` remember me): sign-up, log-in,
``/me``, the calendar, the crew entry (the driver's licence and tax code, her licence, the car),
the fee, a car photo, the car's insurance certificate (PDF), the road book by crew number in the
path, a check-in at the Lovere control, a protobuf trial beat, a msgpack trial queue, an offline
log (JSON Lines), standings, the gala dinner, a message to the organisers, a receipt by cookie,
a search, preferences (base64 JSON in a form field), push, events and a log-out. Set 85 has a
vintage-car restoration marketplace (parts bought and sold); this is an event's entrant app."""

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
    SENS,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families281_kit import (
    CAR,
    CF,
    CO3_FIX,
    CO5_FIX,
    CONTROLS,
    CREW,
    FATHER_IL,
    HOME,
    HOME_AT,
    LICENCE,
    RALLY,
    TZ,
    WIFE,
    fix,
    hd,
    obj,
)
from eval_families281_sdk import (
    bt_bid,
    cs_crash,
    cs_crumb,
    ms_batch,
    ms_identify,
    tp_event,
    tp_launch,
)
from eval_families281_svc import co_card, co_confirm, hc_message, mp_route, po_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("stradevecie", "Strade Vecie", "com.example.stradevecie", "3.4.1",
          "https://api.stradevecie.example.it")
IID = "X-SV-Aparecc"
PW = "Millecurve!1957"
NID = "personal.national_id"
BIRTH = "personal.birthdate"
DOB_LMO = "17/05/1991"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def stradevecie() -> list[Case]:
    rng = random.Random(28101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta_eletronica=L(EMAIL, MAIL),
                                    codes_fiscal=L(CF, NID)))}
    cla, clo = fix(CO3_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CREW, BUY)), (2, "PC12"), (3, 1774785600),
               (4, [(1, L(CO5_FIX[0], PRECISE)), (2, L(CO5_FIX[1], PRECISE)), (3, 41.5)]),
               (5, 2318), (6, L(63, DEV))], "", lab)
    road = at_path(case(f, f"{a}/api/v1/equipagg/{CREW}/road-book", headers=_h(rng, **b),
                        query={"formato": "pdf"}), CREW, BUY)
    return [
        case(f, f"{a}/api/v1/iscrisiu", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "cognom": L(LAST, NAMEC), "posta_eletronica": L(EMAIL, MAIL),
            "celular": L(E164, TEL), "ciav": L(PW, CRED), "nassida": L(DOB_LMO, BIRTH),
            "codes_fiscal": L(CF, NID), "indiris": L(HOME["line"], ADDR),
            "paes": L(HOME["town"], COARSE), "provincia": L(HOME["prov"], COARSE),
            "cap": L(HOME["post"], COARSE), "club": "cl_brescia_storiche", "privacy": True}),
        case(f, f"{a}/api/v1/entrada", fmt="form", headers=_h(rng), body={
            "posta_eletronica": L(EMAIL_UPPER, MAIL), "ciav": L(PW, CRED), "regordem": "1"}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/gare", headers=_h(rng, **b), query={
            "an": "2026", "regiu": "lombardia", "tip": "regolarita"}),
        case(f, f"{a}/api/v1/gare/{RALLY['id']}/equipagg", headers=_h(rng, **b), body={
            "equipagg": L(CREW, BUY), "quota": L(480, BUY), "valuda": "EUR",
            "pilota": {"nom": L(FATHER_IL["name"], NAMEC), "nassida": L("14/03/1955", BIRTH),
                       "codes_fiscal": L(FATHER_IL["cf"], NID),
                       "patent": L(FATHER_IL["licence"], NID),
                       "celular": L(FATHER_IL["phone"], TEL),
                       "indiris": L(FATHER_IL["line"], ADDR),
                       "paes": L(FATHER_IL["town"], COARSE)},
            "navigadur": {"nom": L(f"{FIRST} {LAST}", NAMEC), "patent": L(LICENCE, NID),
                          "celular": L(E164, TEL)},
            "machina": {"marca": CAR["make"], "modell": CAR["model"], "an": CAR["year"],
                        "telaio": CAR["chassis"], "targa": CAR["plate"], "cilindrada": 1089}}),
        case(f, f"{a}/api/v1/pagament", fmt="form", headers=_h(rng, **b), body={
            "equipagg": L(CREW, BUY), "import": L("480.00", BUY), "valuda": "EUR",
            "metod": L(opaque(rng, "pm_", 24), PAY), "ultime_quater": L("4444", PAY)}),
        multipart(f, f"{a}/api/v1/machine/foto", [
            ("foto", "fiat1100_fianc.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"equipagg": L(CREW, BUY), "lat": "destra",
                                                "targa": CAR["plate"]})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/documencc", [
            ("document", "assicurasiu_2026.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"equipagg": L(CREW, BUY), "tip": "assicurasiu",
                                                "scadensa": "2026-12-31"})],
            headers=_h(rng, **b)),
        road,
        case(f, f"{a}/api/v1/controll", headers=_h(rng, **b), body={
            "equipagg": L(CREW, BUY), "controll": "CO3", "tep": "10:42:17",
            "posisiu": {"lat": cla, "lon": clo, "precision": 6},
            "controll_posisiu": {"lat": CONTROLS["CO3"][0], "lon": CONTROLS["CO3"][1]},
            "check_id": obj(rng, "ck")}),
        raw(f, f"{a}/api/v1/cronometro", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/prove/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "equipagg": L(CREW, BUY), "prove": [
                {"prova": "PC13", "centesim": 1241, "penalita": 3},
                {"prova": "PC14", "centesim": 2032, "penalita": 0}],
            "posisiu": L(f"{CO5_FIX[0]:.5f},{CO5_FIX[1]:.5f}", PRECISE)}),
        lines(f, f"{a}/api/v1/diare", [
            {"tip": "controll", "controll": "CO5", "lat": L(round(CO5_FIX[0], 4), PRECISE),
             "lon": L(round(CO5_FIX[1], 4), PRECISE), "tep": "12:08:51"},
            {"tip": "nota", "nota": L("Radiator hot again after the climb, stopped 5 min at "
                                      "Gardone", TEXT), "tep": "12:31:02"}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/classifica", headers=_h(rng, **b), query={
            "gara": RALLY["id"], "equipagg": L(CREW, BUY), "categoria": "1947-1961"}),
        case(f, f"{a}/api/v1/sena", headers=_h(rng, **b), body={
            "gara": RALLY["id"], "posti": 3, "ospiti": [L(WIFE["name"], NAMEC)],
            "import": L(135, BUY),
            "nota": L("One gluten-free menu please, my wife is coeliac", f"{TEXT}|{MED}|{SENS}")}),
        case(f, f"{a}/api/v1/messagg", headers=_h(rng, **b), body={
            "a": "organisasiu", "equipagg": L(CREW, BUY),
            "test": L(f"Crew {CREW}: my father-in-law {FATHER_IL['name']} has the car papers, "
                      "call him on +39 335 662 0173 if we are late at the start",
                      f"{TEXT}|{BUY}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/ricevude/ultima", headers=_h(rng, how="none"), cookies={
            "sv_sessiu": L(opaque(rng, "", 40), CRED), "sv_aparecc": L(INSTALL_ID, DID),
            "sv_req": rid(rng)}),
        case(f, f"{a}/api/v1/serca", headers=_h(rng, **b), query={
            "serca": L("regolarita Franciacorta aprile auto anni 50", SEARCH), "pagina": "1"}),
        case(f, f"{a}/api/v1/preferense", fmt="form", headers=_h(rng, **b), body={
            "dat": W({"equipagg": L(CREW, BUY), "lengua": L("en", DEV),
                      "unita": "km"}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v1/aparecc", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "aparecc_id": L(INSTALL_ID, DID),
            "lengua": L("en", DEV), "fus_orare": L(TZ, DEV), "modell": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/evencc", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "evencc": [
                ev("iscrisiu_gara", 1, gara=RALLY["id"]), ev("pagament", 2, **{"import": L(480, BUY)}),
                ev("schermada", 3, schermada=L("RoadBook", USAGE))]}),
        case(f, f"{a}/api/v1/sortida", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparecc": L(INSTALL_ID, DID)}),
    ]


def stradevecie_sdks() -> list[Case]:
    rng = random.Random(28102)
    return [
        ms_batch(APP, rng, [("Crew Entered", {"rally": RALLY["id"], "fee": L(480, BUY)}),
                            ("Control Reached", {"control": "CO3"})],
                 at=CO3_FIX, nd=2),
        ms_identify(APP, rng, {"paes": L(HOME["town"], COARSE), "equipagg": L(CREW, BUY),
                               "ruolo": "navigadur"}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "purchase", {"equipagg": L(CREW, BUY)}, revenue=480.0, currency="EUR",
                 hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="classic cars,rally,brescia"),
        cs_crash(APP, rng, ("java.lang.IllegalStateException", "chronometer not started"),
                 [cs_crumb("nav", "RoadBook -> Cronometro"),
                  cs_crumb("net", "POST", {"url": f"{APP.api}/api/v1/controll", "status": 201})],
                 screen="CronometroActivity"),
        po_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"gara": RALLY["id"], "paes": L(HOME["town"], COARSE)}),
        co_card(APP, rng),
        co_confirm(APP, rng, "480.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), (RALLY["start"], None)], mode="driving"),
        hc_message(APP, rng, L(f"Crew {CREW}: the road book PDF does not open", f"{TEXT}|{BUY}"),
                   {"equipagg": L(CREW, BUY)}),
    ]
