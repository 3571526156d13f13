"""A Bilwi-Managua bus line's seats and cargo desk "Bas Manawa" (the overnight bus across the
country to Managua, where her sister-in-law lives; the line's cargo office carries encomiendas,
boxes that the addressee collects at the Managua terminal by showing her cédula). Its API's keys
are Miskito with the trade's Spanish: ``nina``/``kiamka`` first/family name, ``nina_sut`` full
name, ``imel``, ``telefon``, ``ki`` password, ``sedula`` ID number (for her: the passport),
``tawan`` town, ``pasinja`` passengers, ``mani`` age, ``sit`` seat, ``tiket`` ticket, ``prais``
price, ``lalah`` amount, ``lalah_yabanka`` payment, ``yabra`` sender (lit. "one who gives"),
``alkra`` addressee (lit. "one who takes"), ``utla_pliska`` house address, ``diara_nani``
goods (lit. "things"), ``boks`` box, ``kilo`` weight, ``valor`` declared value, ``guia``
waybill, ``pliska`` place, ``tuktan_brisa`` pregnant, ``sika`` medicine, ``lilka`` photo,
``bila`` message, ``lukanka`` complaint, ``plikanka`` search. Sign-up, log-in, ``/me``, routes,
departures, two seats booked (her passport, Naomi's age, a front seat for the pregnancy), the
fare, an encomienda to her sister-in-law (the addressee's cédula and address), the waybill by
number in the path, tracking, the drop-off at the terminal with her fix, a photo of the box, a
return box of medicines for her mother-in-law, a protobuf beat from the bus, an offline queue of
fixes on the road (msgpack), a meal at the stop, a complaint, lost luggage, a search, a message
to the cargo desk, tickets by cookie, push and events. Sets 115, 140 and 141 sell intercity
seats (140 and 141 send a parcel with the driver); here the cargo desk's encomienda, collected
by cédula at the far terminal, is the core, and the seats are a side."""

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
from eval_families24_kit import claims, rid
from eval_families209_kit import (
    DAUGHTER,
    HOME_AT,
    MAYOREO,
    MOTHER_IL,
    PASSPORT,
    SISTER_IL,
    TERMINAL,
    fix,
    hd,
    push,
)
from eval_families209_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families209_svc import cl_card, cl_confirm, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("bas", "Bas Manawa", "com.example.basmanawa", "5.6.0",
          "https://api.basmanawa.example.com")
IID = "X-Bas-Device"
PW = "Manawa!Bus2026"
NID = "personal.national_id"
PASSENGER = "BM-P-77104"  # her passenger account (id.user)
TICKET = "BM-T-2601-3381"  # the trip's booking (financial.purchase)
GUIA = "BM-G-2601-90442"  # the encomienda's waybill (financial.purchase: her shipment)
TERM_FIX = (14.022161, -83.387804)
ROAD = [(13.921041, -84.404122), (13.732518, -84.779030), (13.301744, -85.214806)]
PREG = f"{SENS}|{MED}"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bas() -> list[Case]:
    rng = random.Random(20961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), pasinja=L(PASSENGER, UID)))}
    tla, tlo = fix(TERM_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TICKET, BUY)), (2, "bus_114"),
               (3, [(1, L(ROAD[1][0], PRECISE)), (2, L(ROAD[1][1], PRECISE)), (3, 24.0)]),
               (4, 1769050800), (5, L(34, DEV))], "", lab)
    waybill = at_path(case(f, f"{a}/v3/guia/{GUIA}", headers=_h(rng, **b)), GUIA, BUY)
    return [
        case(f, f"{a}/v3/pasinja", headers=_h(rng), body={
            "nina": L(FIRST, NAMEC), "kiamka": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "ki": L(PW, CRED), "sedula": L(PASSPORT, NID),
            "tawan": L("Bilwi", COARSE), "pasinja_namba": L(PASSENGER, UID)}),
        case(f, f"{a}/v3/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "ki": L(PW, CRED)}),
        case(f, f"{a}/v3/yang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/ruta", headers=_h(rng, **b), query={"from": "BLW", "to": "MGA"}),
        case(f, f"{a}/v3/salida", headers=_h(rng, **b), query={
            "ruta": "BLW-MGA", "yu": "2026-01-22"}),
        case(f, f"{a}/v3/tiket", headers=_h(rng, **b), body={
            "salida": "sl_0122_1400", "tiket": L(TICKET, BUY),
            "pasinja": [{"nina_sut": L(f"{FIRST} {LAST}", NAMEC), "sedula": L(PASSPORT, NID),
                         "sit": "3A", "tuktan_brisa": L(True, PREG)},
                        {"nina_sut": L(KID, NAMEC), "mani": L(7, BIRTH), "sit": "3B"}],
            "prais": L(1700, BUY), "moneda": "NIO"}),
        case(f, f"{a}/v3/tiket/{TICKET}/lalah", fmt="form", headers=_h(rng, **b), body={
            "lalah": L("1700.00", BUY), "lalah_yabanka": L(opaque(rng, "pm_", 24), PAY),
            "kard_las4": L("4444", PAY)}),
        case(f, f"{a}/v3/encomienda", headers=_h(rng, **b), body={
            "guia": L(GUIA, BUY),
            "yabra": {"nina_sut": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
                      "sedula": L(PASSPORT, NID)},
            "alkra": {"nina_sut": L(SISTER_IL["name"], NAMEC),
                      "telefon": L(SISTER_IL["phone"], TEL),
                      "sedula": L(SISTER_IL["ced"], NID),
                      "utla_pliska": L(SISTER_IL["line"], ADDR), "tawan": L("Managua", COARSE)},
            "diara_nani": ["pescado seco", "aceite de coco", "pan de coco"], "boks": 2,
            "kilo": 18.5, "valor": 2500, "prais": L(420, BUY),
            "terminal": MAYOREO["id"]}),
        waybill,
        case(f, f"{a}/v3/trakin", headers=_h(rng, **b), query={"guia": L(GUIA, BUY)}),
        case(f, f"{a}/v3/encomienda/diman", headers=_h(rng, **b), body={
            "guia": L(GUIA, BUY), "pliska": {"lat": tla, "lng": tlo},
            "terminal": {"id": TERMINAL["id"], "lat": TERMINAL["lat"], "lng": TERMINAL["lon"]}}),
        multipart(f, f"{a}/v3/encomienda/lilka", [
            ("lilka", "boks.jpg", "image/jpeg", L(JPEG + b"\xd4", MEDIA)),
            ("meta", None, "application/json", {"guia": L(GUIA, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/encomienda", headers=_h(rng, **b), body={
            "guia": L("BM-G-2601-90518", BUY), "from": MAYOREO["id"], "to": TERMINAL["id"],
            "alkra": {"nina_sut": L(MOTHER_IL["name"], NAMEC),
                      "telefon": L(MOTHER_IL["phone"], TEL), "tawan": L("Waspam", COARSE)},
            "diara_nani": [L("metformina 850 mg", MED), L("glucómetro tiras", MED)],
            "prais": L(260, BUY)}),
        raw(f, f"{a}/v3/bas/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/bas/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY),
            "fixes": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE), "t": 1769040000 + 3600 * i}
                      for i, (la, lo) in enumerate(ROAD)]}),
        case(f, f"{a}/v3/plun", fmt="form", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "plun": "gallo pinto + pollo", "lalah": L("180", BUY)}),
        case(f, f"{a}/v3/lukanka", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY),
            "lukanka": L("Bas ba Mulukukú ra pyua yumhpa takaskan, AC apu", TEXT)}),
        case(f, f"{a}/v3/tiwan", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY),
            "bila": L("Bag pauni kum, Naomi swetar bara yang sika nani tilara", TEXT)}),
        case(f, f"{a}/v3/plikanka", headers=_h(rng, **b), query={
            "q": L("encomienda Managua Mayoreo horario", SEARCH)}),
        case(f, f"{a}/v3/bila", headers=_h(rng, **b), body={
            "to": "carga_mga",
            "bila": L("Yolanda Wilson Lackwood (+505 8835 7102) ba boks wal alkbia, sedula "
                      "brisa", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v3/tiket/list", headers=_h(rng, how="none"), cookies={
            "bm_sesion": L(opaque(rng, "", 40), CRED), "bm_dev": L(INSTALL_ID, DID),
            "bm_req": rid(rng)}),
        case(f, f"{a}/v3/dukia", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/ivent", gz=True, headers=_h(rng, **b), body={
            "upla": L(USER_ID, UID), "ivent": [
                ev("ticket_bought", 1, tiket=L(TICKET, BUY)),
                ev("screen", 2, screen=L("Trakin", USAGE)), ev("parcel_created", 3)]}),
    ]


def bas_sdks() -> list[Case]:
    rng = random.Random(20962)
    link = U("https://basmanawa.example.com/t", {"guia": L(GUIA, BUY), "src": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Ticket Bought", {"total": L(1700, BUY)}),
                            ("Parcel Created", {"boxes": 2})], at=ROAD[0], nd=3),
        mc_identify(APP, rng, {"tawan": L("Bilwi", COARSE), "pasinja_namba": L(PASSENGER, UID)}),
        tn_launch(APP, rng),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"tiket": L(TICKET, BUY)}, revenue=1700.0,
                 currency="NIO", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TERM_FIX, nd=2,
               keywords="bus,travel,managua"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.net.UnknownHostException", "api.basmanawa.example.com"),
                 [cd_crumb("nav", "Trakin -> Detail"), cd_crumb("net", "GET trakin")],
                 screen="TrakinActivity"),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1700.00"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((TERMINAL["lat"], TERMINAL["lon"]), None)]),
        mm_telemetry(APP, rng, ROAD[:2], PRECISE),
    ]
