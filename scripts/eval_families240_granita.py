"""A Catania granita bar's order-ahead and loyalty app "Briosciu" (granita with a brioche at
breakfast, ordered from the phone and picked up at the counter or served at a table; its API's
keys are Sicilian in camelCase, ASCII-folded, with English ``email``, ``token``, ``id``,
``grant_type``: ``nomu`` first name, ``cugnomu`` surname, ``telefunu`` phone,
``paloraDordini`` password (lit. "word of order"), ``jornuNascita`` birth date,
``tesseraPunti`` loyalty card, ``putia`` shop, ``latitudini``/``longitudini``, ``raggiu``
radius, ``vuci`` lines, ``prodottu`` product, ``quantita``, ``prezzu`` price, ``totali``
total, ``ordini`` order, ``tavulinu`` table, ``nota``, ``mpurtu`` amount, ``valuta`` currency,
``metudu`` method, ``ultimiQuattru`` last four, ``mancia`` tip, ``pusizzioni`` position,
``carrellu`` cart, ``rialu`` gift, ``distinatariu`` recipient, ``missaggiu`` message,
``stiddi`` stars, ``cummentu`` comment, ``circata`` search, ``famigghia`` family, ``membri``
members, ``allergii`` allergies, ``ipLocali`` LAN address, ``cummissioni`` a catering order,
``nnirizzuCunsigna`` delivery address, ``cita`` city, ``dispusitivu`` device, ``eventi``
events, ``schermu`` screen, ``sessioni`` session, ``utenti`` user): sign-up, an OAuth password
grant, ``/iu``, bars near her flat (3 decimals), the menu, an order with a note, its payment
and tip, its status by order number in the path, "I'm here" with her fix, a protobuf queue
beat, a cart sync (msgpack), points by cookie, a gift card for her sister, a review, a search,
the family's allergies (Agata's nuts, her birthday), the bar's Wi-Fi, a catering order for
Agata's party, a card link (base64 JSON in a form field), push, events and a session refresh.
Food-ordering apps exist in many sets (set 40's delivery, set 68's street food); none is a
granita bar's or an order-ahead with a table and a loyalty card ("granita", "brioche", "gelat",
"ice cream" matched nothing)."""

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
    MAIL,
    MED,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families240_kit import (
    BAR,
    BAR_FIX,
    DAUGHTER,
    HOME,
    HOME_AT,
    LOYALTY,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families240_sdk import (
    ba_bid,
    cc_session,
    mk_batch,
    mk_pixel,
    tt_event,
    tt_launch,
)
from eval_families240_svc import cs_card, cs_confirm, fz_eval, mu_route, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("briosciu", "Briosciu", "com.example.briosciu", "5.2.0",
          "https://api.briosciu.example.com")
IID = "X-Briosciu-Device"
PW = "Ceusi&Mennula91"
ORDER = "BR-77120-0412"  # her order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def briosciu() -> list[Case]:
    rng = random.Random(24021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tessera=L(LOYALTY, UID)))}
    bla, blo = fix(BAR_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(LOYALTY, UID)), (2, BAR["id"]), (3, 1768374000),
               (4, [(1, L(BAR_FIX[0], PRECISE)), (2, L(BAR_FIX[1], PRECISE))]),
               (5, L(ORDER, BUY)), (6, L(81, DEV))], "", lab)
    status = at_path(case(f, f"{a}/v2/ordini/{ORDER}/statu", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v2/iscrizzioni", headers=_h(rng), body={
            "nomu": L(FIRST, NAMEC), "cugnomu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefunu": L(E164, TEL), "paloraDordini": L(PW, CRED),
            "jornuNascita": L(DOB, BIRTH), "tesseraPunti": L(LOYALTY, UID),
            "newsletter": True}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "briosciu-android"}),
        case(f, f"{a}/v2/iu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/putii/vicinu", headers=_h(rng, **b), query={
            "latitudini": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "longitudini": L(f"{HOME_AT[1]:.3f}", PRECISE), "raggiu": "2km"}),
        case(f, f"{a}/v2/putii/{BAR['id']}/menu", headers=_h(rng, **b),
             query={"stagiuni": "inverno"}),
        case(f, f"{a}/v2/ordini", headers=_h(rng, **b), body={
            "putia": BAR["id"], "ordini": L(ORDER, BUY), "modalita": "tavulinu",
            "tavulinu": "7",
            "vuci": [{"prodottu": "granita_mennula", "quantita": 2, "prezzu": 3.5},
                     {"prodottu": "granita_ceusi", "quantita": 1, "prezzu": 3.5},
                     {"prodottu": "briosci", "quantita": 3, "prezzu": 1.0}],
            "totali": L(13.5, BUY), "tesseraPunti": L(LOYALTY, UID),
            "nota": L("Una cu panna e senza briosci pâ picciridda", TEXT)}),
        case(f, f"{a}/v2/ordini/{ORDER}/paga", fmt="form", headers=_h(rng, **b), body={
            "mpurtu": L("13.50", BUY), "valuta": "EUR", "mancia": L("1.00", BUY),
            "metudu": L(opaque(rng, "pm_", 24), PAY), "ultimiQuattru": L("4444", PAY)}),
        status,
        case(f, f"{a}/v2/arrivu", headers=_h(rng, **b), body={
            "ordini": L(ORDER, BUY), "pusizzioni": {"latitudini": bla, "longitudini": blo},
            "putia": {"id": BAR["id"], "latitudini": BAR["lat"], "longitudini": BAR["lon"]}}),
        raw(f, f"{a}/v2/coda/battitu", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/carrellu/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "tesseraPunti": L(LOYALTY, UID), "carrellu": obj(rng, "cr"),
            "vuci": [{"prodottu": "granita_pistacchiu", "quantita": 2, "prezzu": 4.0},
                     {"prodottu": "briosci", "quantita": 1, "prezzu": 1.0}],
            "totali": L(9.0, BUY)}),
        case(f, f"{a}/v2/tessera/punti", headers=_h(rng, how="none"), cookies={
            "br_sessioni": L(opaque(rng, "", 40), CRED), "br_dispusitivu": L(INSTALL_ID, DID),
            "br_req": rid(rng)}),
        case(f, f"{a}/v2/rialu", headers=_h(rng, **b), body={
            "distinatariu": {"nomu": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "missaggiu": L("Emily, quannu veni a Catania a granita ta offru iu!", TEXT),
            "mpurtu": L(20, BUY), "codiciRialu": opaque(rng, "GR", 8)}),
        case(f, f"{a}/v2/vutu", fmt="form", headers=_h(rng, **b), body={
            "putia": BAR["id"], "stiddi": "5",
            "cummentu": L("Granita di mennula comu chidda di me socira, briosci caudi", TEXT)}),
        case(f, f"{a}/v2/circata", headers=_h(rng, **b), query={
            "circata": L("granita ceusi senza zuccaru", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v2/famigghia/membri", headers=_h(rng, **b), body={
            "tesseraPunti": L(LOYALTY, UID), "membri": [{
                "nomu": L(DAUGHTER["first"], NAMEC), "cugnomu": L(DAUGHTER["last"], NAMEC),
                "jornuNascita": L(DAUGHTER["dob"], BIRTH),
                "allergii": [L("frutta a guscio", MED)]}]}),
        case(f, f"{a}/v2/wifi/accessu", headers=_h(rng, **b), body={
            "ssid": L(BAR["ssid"], WIFI), "bssid": L(BAR["bssid"], WIFI),
            "ipLocali": L("10.0.7.23", DEV), "tesseraPunti": L(LOYALTY, UID), "minuti": 60}),
        case(f, f"{a}/v2/cummissioni", headers=_h(rng, **b), body={
            "ordini": L("BR-CM-2602-0031", BUY), "briosci": 40, "granitaLitri": 6,
            "jornu": "2026-02-07", "nnirizzuCunsigna": L(HOME["line"], ADDR),
            "cita": L(HOME["town"], COARSE), "mpurtu": L(118, BUY),
            "nota": L("Pâ festa di Agata! Senza frutta a guscio pi favuri", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/tessera/cullega", fmt="form", headers=_h(rng, **b), body={
            "data": W({"tesseraPunti": L(LOYALTY, UID), "telefunu": L(NATIONAL, TEL),
                       "jornuNascita": L(DOB, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v2/dispusitivi", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/eventi", headers=_h(rng, **b), body={
            "utenti": L(USER_ID, UID), "sessioni": rid(rng), "eventi": [
                ev("ordini_fattu", 1, totali=L(13.5, BUY)),
                ev("schermu", 2, schermu=L("Tessera", USAGE))]}),
        case(f, f"{a}/v2/sessioni/rinnova", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "dispusitivu": L(INSTALL_ID, DID)}),
    ]


def briosciu_sdks() -> list[Case]:
    rng = random.Random(24022)
    return [
        mk_batch(APP, rng, [("Order Placed", {"bar": BAR["id"], "total": L(13.5, BUY)}),
                            ("Arrived", {"bar": BAR["id"]})], at=BAR_FIX, nd=3),
        mk_pixel(APP, rng, "Menu Opened", {"bar": BAR["id"]}),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "purchase", {"ordini": L(ORDER, BUY)}, revenue=13.5, hashed=True),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BAR_FIX, nd=2,
               keywords="colazione,granita,dolci"),
        cc_session(APP, rng, secs=244),
        fz_eval(APP, rng, {"putia": BAR["id"], "stagiuni": "inverno"}, hdr=True),
        pp_register(APP, rng, tags={"putia_prifiruta": BAR["id"],
                                    "cita": L(HOME["town"], COARSE)}),
        cs_card(APP, rng),
        cs_confirm(APP, rng, "13.50"),
        mu_route(APP, rng, [(HOME_AT, PRECISE), ((BAR["lat"], BAR["lon"]), None)],
                 mode="walking"),
    ]
