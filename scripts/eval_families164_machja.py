"""A brush-clearing duty and wildfire-alert app "Machja" (``machja``: the maquis; a fictional
inter-communal fire-prevention service: owners in the maquis must clear 50 m around their house
and declare it; the app also pushes fire alerts and asks who is safe). Its API's keys are
Corsican: ``prupietarii`` owners, ``nome``/``casata`` first name/surname, ``telefunu`` phone,
``parolla_secreta`` password, ``data_di_nascita`` birth date, ``casa`` house, ``indirizzu``
address, ``paese`` village, ``codice_pustale`` post code, ``parcella`` parcel,
``obligazioni`` duties, ``dichjarazione`` declaration, ``pulizia`` clearing, ``raghju_m``
radius, ``furnitore`` contractor, ``ritratti`` photos, ``pusizione`` position, ``ramassu``
green-waste pick-up, ``preventivu`` quote, ``messaghju`` message, ``fattura`` invoice,
``somma`` amount, ``pagamentu`` payment, ``alerte`` alerts, ``zone`` zones, ``risicu`` risk,
``statu`` status (``in_salvu`` safe), ``persone`` people, ``nota`` note, ``evacuazione``
evacuation, ``famiglia`` household, ``sedia_rotulante`` wheelchair, ``animali`` animals,
``signalamentu`` smoke report, ``testu`` text, ``vuluntariu`` volunteer,
``permessu_di_guida`` driving licence, ``dispunibilita`` availability, ``ricerca`` search,
``sensore`` sensor, ``notifiche`` notifications. Sign-up with the village house, log-in,
``/eiu``, the duties for her parcel, the clearing declaration, before/after photos with her fix,
a green-waste pick-up, a contractor's quote, its payment, alert zones, the fire risk where she
stands, a protobuf position during an alert, "we are safe", the household for evacuation (her
mother-in-law's wheelchair), a smoke report with her fix and a photo, the declaration by file
number in the path, a volunteer patrol application (her driving licence), a search, the house's
Wi-Fi for a smoke sensor, notifications by cookie, push and events. Wildfire apps are new in a
grep ("wildfire", "forest fire", "fire risk" and "brush clear" matched nothing; set 162 has a
volunteer firefighters' pager app for call-outs, not an owner's clearing duty and alerts)."""

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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families164_kit import (
    DECL,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    PARCEL,
    SON,
    STATION,
    VILLAGE,
    VILLAGE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families164_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_launch,
)
from eval_families164_svc import cy_check, fn_eval, mm_reverse, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("machja", "Machja", "com.example.machja", "5.1.3", "https://api.machja.example.org")
IID = "X-Machja-Apparechju"
PW = "SanPetrone!Focu1"
HOUSE_FIX = (42.378951, 9.370288)  # her phone in the garden of the village house
SMOKE_FIX = (42.382417, 9.366102)  # where she saw smoke, on the road above the village
LICENCE = "130720300417"  # her French driving licence number (personal.national_id)
SSID, BSSID = "CasaSantoni-Campana", "e8:48:b8:5c:21:9f"  # the village house's Wi-Fi


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, co=True, **kw)


def machja() -> list[Case]:
    rng = random.Random(16471)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dichjarazione=L(DECL, UID)))}
    hla, hlo = fix(HOUSE_FIX, 5)
    sla, slo = fix(SMOKE_FIX)
    alert = obj(rng, "al")
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, alert), (3, 1786012800),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)), (3, 18.0)]),
               (5, L(41, DEV))], "", lab)
    decl = at_path(case(f, f"{a}/api/v2/dichjarazioni/{DECL}", headers=_h(rng, **b)),
                   DECL, UID)
    return [
        case(f, f"{a}/api/v2/prupietarii", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "casata": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "parolla_secreta": L(PW, CRED),
            "data_di_nascita": L(DOB, BIRTH),
            "casa": {"indirizzu": L(VILLAGE["line"], ADDR), "paese": L(VILLAGE["town"], COARSE),
                     "codice_pustale": L(VILLAGE["post"], COARSE), "parcella": PARCEL,
                     "lat": L(VILLAGE_AT[0], PRECISE), "lng": L(VILLAGE_AT[1], PRECISE)}}),
        case(f, f"{a}/api/v2/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "parolla_secreta": L(PW, CRED)}),
        case(f, f"{a}/api/v2/eiu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/obligazioni", headers=_h(rng, **b), query={
            "paese": L(VILLAGE["town"], COARSE), "parcella": PARCEL}),
        case(f, f"{a}/api/v2/dichjarazioni", headers=_h(rng, **b), body={
            "dichjarazione": L(DECL, UID), "parcella": PARCEL, "raghju_m": 50,
            "data_pulizia": "2026-05-23", "fattu_da": "impresa",
            "furnitore": "pr_sbuscu_orezza", "superficia_m2": 6400}),
        multipart(f, f"{a}/api/v2/dichjarazioni/ritratti", [
            ("prima", "prima.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("dopu", "dopu.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {"dichjarazione": L(DECL, UID),
                                                "pusizione": {"lat": hla, "lng": hlo}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/ramassu", fmt="form", headers=_h(rng, **b), body={
            "indirizzu": L(VILLAGE["line"], ADDR), "paese": L(VILLAGE["town"], COARSE),
            "data": "2026-05-28", "volume_m3": "6", "telefunu": L(E164, TEL)}),
        case(f, f"{a}/api/v2/preventivu", headers=_h(rng, **b), body={
            "furnitore": "pr_sbuscu_orezza", "indirizzu": L(VILLAGE["line"], ADDR),
            "messaghju": L("Ci vole à taglià dinù i dui pini vicinu à u tettu", TEXT)}),
        case(f, f"{a}/api/v2/pagamentu", fmt="form", headers=_h(rng, **b), body={
            "fattura": L("FAC-2026-0412", BUY), "somma": L("780.00", BUY), "valuta": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v2/alerte/zone", headers=_h(rng, **b), body={
            "zone": [{"paese": L("Bastia", COARSE)}, {"paese": L(VILLAGE["town"], COARSE)},
                     {"paese": L("Ajaccio", COARSE)}],
            "pusizione_attuale": {"lat": L(round(HOME_AT[0], 2), COARSE),
                                  "lng": L(round(HOME_AT[1], 2), COARSE)}, "sms": True}),
        case(f, f"{a}/api/v2/risicu", headers=_h(rng, **b), query={
            "lat": L(f"{HOUSE_FIX[0]:.3f}", PRECISE), "lng": L(f"{HOUSE_FIX[1]:.3f}", PRECISE),
            "ghjornu": "2026-08-02"}),
        raw(f, f"{a}/api/v2/alerte/{alert}/pusizione", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/alerte/{alert}/statu", fmt="form", headers=_h(rng, **b), body={
            "statu": "in_salvu", "lat": L(f"{HOME_AT[0]:.5f}", PRECISE),
            "lng": L(f"{HOME_AT[1]:.5f}", PRECISE),
            "nota": L("Simu in casa, u zitellu hè cun mè", TEXT)}),
        case(f, f"{a}/api/v2/evacuazione/famiglia", headers=_h(rng, **b), body={
            "persone": [
                {"nome": L(HUSBAND[0], NAMEC), "telefunu": L(HUSBAND[1], TEL)},
                {"nome": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "data_di_nascita": L(SON["dob"], BIRTH)},
                {"nome": L(MOTHER_IL[0], NAMEC), "telefunu": L(MOTHER_IL[1], TEL),
                 "sedia_rotulante": L(True, f"{SENS}|{MED}")}],
            "animali": "2 cani", "veiculi": 1}),
        case(f, f"{a}/api/v2/signalamentu", headers=_h(rng, **b), body={
            "pusizione": {"lat": sla, "lng": slo, "prec": 6},
            "testu": L("Fumu biancu sopra a strada di Campana, versu u San Petrone", TEXT),
            "caserna": {"id": STATION["id"], "lat": STATION["lat"], "lng": STATION["lon"]}}),
        multipart(f, f"{a}/api/v2/signalamentu/ritrattu", [
            ("ritrattu", "fumu.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("meta", None, "application/json", {"signalamentu": obj(rng, "sg")})],
            headers=_h(rng, **b)),
        decl,
        case(f, f"{a}/api/v2/vuluntariu", headers=_h(rng, **b), body={
            "nome": L(f"{FIRST} {LAST}", NAMEC), "data_di_nascita": L(DOB, BIRTH),
            "telefunu": L(E164, TEL), "permessu_di_guida": L(LICENCE, NATID),
            "dispunibilita": ["sabbatu", "dumenica"], "paese": L(VILLAGE["town"], COARSE)}),
        case(f, f"{a}/api/v2/ricerca", headers=_h(rng, **b), query={
            "q": L("regule pulizia 50 metri Haute-Corse", SEARCH)}),
        case(f, f"{a}/api/v2/sensore/wifi", headers=_h(rng, **b), body={
            "sensore": "sn_fumu_0921", "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "ip": L("192.168.1.40", DEV)}),
        case(f, f"{a}/api/v2/notifiche", headers=_h(rng, how="none"), cookies={
            "mj_sessione": L(opaque(rng, "", 40), CRED), "mj_apparechju": L(INSTALL_ID, DID),
            "mj_req": rid(rng)}),
        case(f, f"{a}/api/v2/apparechju", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/avvenimenti", gz=True, headers=_h(rng, **b), body={
            "utilizatore": L(USER_ID, UID), "avvenimenti": [
                ev("alerta_aperta", 1), ev("screen", 2, screen=L("Dichjarazione", USAGE))]}),
    ]


def machja_sdks() -> list[Case]:
    rng = random.Random(16472)
    return [
        mc_batch(APP, rng, [("Declaration Sent", {"radius": 50}),
                            ("Alert Opened", {"level": "rossu"})], at=HOUSE_FIX, nd=3),
        mc_identify(APP, rng, {"paese": L(VILLAGE["town"], COARSE),
                               "dichjarazione": L(DECL, UID), "zones": 3}),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="jardin,debroussaillage"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo resize"),
                 [cd_crumb("nav", "Dichjarazione -> Ritratti"), cd_crumb("tap", "camera")],
                 screen="RitrattiActivity"),
        fn_eval(APP, rng, {"paese": L(VILLAGE["town"], COARSE), "season": "summer"}, hdr=True),
        pt_register(APP, rng, lang="co", at=HOME_AT, nd=3, tags={"zona": "2B-castagniccia"}),
        cy_check(APP, rng, {"analytics": True, "alerts_location": True}),
        mm_reverse(APP, rng, SMOKE_FIX, PRECISE, nd=5),
        mm_route(APP, rng, [(VILLAGE_AT, PRECISE), ((STATION["lat"], STATION["lon"]), None)]),
    ]
