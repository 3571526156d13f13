"""An Adama cinema's ticket app "Fiilmii" (one cinema, two halls; seats, snacks, a loyalty card):
its API's keys are Afaan Oromo in Qubee (``maqaa``, ``imeelii``, ``bilbila``, ``jecha_iccitii``,
``guyyaa_dhalootaa``, ``kaardii`` loyalty card, ``magaalaa``, ``sinimaa`` cinema, ``filmii``
film, ``agarsiisa`` showing, ``barcuma`` seat, ``tikeetii`` ticket, ``hanga``, ``kaffaltii``,
``nyaata`` food, ``wantoota`` items, ``qabxii`` points, ``urjii`` stars, ``yaada`` comment,
``barbaacha``, ``kennaa`` gift, ``ergaa``, ``komii`` complaint, ``seenaa`` history,
``agarsiisa_dhuunfaa`` private screening, ``namoota`` people, ``walqabsiisi`` link): sign-up,
a log-in, ``/ana``, cinemas near her house, showings, a film, two tickets, the payment, snacks
(msgpack), the entry scan with her fix, points by cookie, a review, a search, a gift card for her
husband, the ticket by code in the path, the card linked (base64 JSON in a form field), a
complaint, a private screening for her husband's birthday, her ticket history, the cinema's
Wi-Fi, push, events and a log-out. A docstring grep found no cinema or movie-ticket app (film
streaming and a casting-call app exist)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families160_kit import (
    CINE_CARD,
    CINEMA,
    CINEMA_FIX,
    DOB_EC,
    ET_LINE,
    ET_LOCAL,
    HOME_AT,
    HUSBAND,
    fix,
    hd,
    obj,
    push,
)
from eval_families160_sdk import (
    bo_bid,
    bo_notice,
    cg_crash,
    cg_crumb,
    md_batch,
    md_identify,
    md_pixel,
    th_event,
    th_launch,
)
from eval_families160_svc import cq_card, cq_confirm, fb_eval, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("fiilmii", "Fiilmii", "com.example.fiilmii", "4.7.1", "https://api.fiilmii.example.org")
IID = "X-Fiilmii-Device"
PW = "Sinimaa$2025ad"
TICKET = "TK-18-550921"  # her two tickets (financial.purchase)
SSID, BSSID = "Biiftuu-Cinema-Free", "9c:53:22:7e:10:b4"  # the cinema's Wi-Fi (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def fiilmii() -> list[Case]:
    rng = random.Random(16051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaardii=L(CINE_CARD, UID), imeelii=L(EMAIL, MAIL)))}
    cla, clo = fix(CINEMA_FIX, 6)
    show = obj(rng, "ag")
    tk = at_path(case(f, f"{a}/api/tikeetii/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/api/galmee", headers=_h(rng), body={
            "maqaa": L(f"{FIRST} {LAST}", NAMEC), "imeelii": L(EMAIL, MAIL),
            "bilbila": L(ET_LINE, TEL), "jecha_iccitii": L(PW, CRED),
            "guyyaa_dhalootaa": L(DOB, BIRTH), "kaardii": L(CINE_CARD, UID),
            "magaalaa": L("Adama", COARSE), "oduu": False}),
        case(f, f"{a}/api/seeni", fmt="form", headers=_h(rng), body={
            "bilbila": L(ET_LOCAL, TEL), "jecha_iccitii": L(PW, CRED)}),
        case(f, f"{a}/api/ana", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/sinimaawwan/dhiyoo", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/api/agarsiisawwan", headers=_h(rng, **b), query={
            "sinimaa": CINEMA["id"], "guyyaa": "2025-12-13"}),
        case(f, f"{a}/api/filmii/flm_4410", headers=_h(rng, **b), query={"afaan": "om"}),
        case(f, f"{a}/api/tikeetii", headers=_h(rng, **b), body={
            "agarsiisa": show, "barcumawwan": ["F7", "F8"], "tikeetii": L(TICKET, BUY),
            "hanga": L(400, BUY), "kaardii": L(CINE_CARD, UID), "gosa": "gurguddaa"}),
        case(f, f"{a}/api/kaffaltii", fmt="form", headers=_h(rng, **b), body={
            "tikeetii": L(TICKET, BUY), "hanga": L("400.00", BUY), "maallaqa": "ETB",
            "mala": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/nyaata", fmt="msgpack", headers=_h(rng, **b), body={
            "tikeetii": L(TICKET, BUY),
            "wantoota": [{"maqaa": "fandiishaa guddaa", "baayina": 1, "gatii": 120},
                         {"maqaa": "bishaan", "baayina": 2, "gatii": 30}],
            "hanga": L(180, BUY), "barcuma": "F7"}),
        case(f, f"{a}/api/seensa", headers=_h(rng, **b), body={
            "tikeetii": L(TICKET, BUY), "iddoo": {"lat": cla, "lon": clo},
            "sinimaa": {"id": CINEMA["id"], "lat": CINEMA["lat"], "lon": CINEMA["lon"]}}),
        case(f, f"{a}/api/qabxii", headers=_h(rng, how="none"), cookies={
            "fl_sesii": L(opaque(rng, "", 40), CRED), "fl_meeshaa": L(INSTALL_ID, DID),
            "fl_req": rid(rng)}),
        case(f, f"{a}/api/madaallii", fmt="form", headers=_h(rng, **b), body={
            "filmii": "flm_4410", "urjii": "4",
            "yaada": L("Sagaleen gaarii dha, garuu barcumni F7 cabeera", TEXT)}),
        case(f, f"{a}/api/barbaacha", headers=_h(rng, **b), query={
            "q": L("fiilmii Afaan Oromoo haaraa", SEARCH)}),
        case(f, f"{a}/api/kennaa", headers=_h(rng, **b), body={
            "fudhataa": {"maqaa": L(HUSBAND[0], NAMEC), "bilbila": L(HUSBAND[1], TEL)},
            "ergaa": L("Gemechu, guyyaa dhalootaa gammachuu! Fiilmii wajjin haa ilaallu", TEXT),
            "hanga": L(500, BUY), "koodii_kennaa": opaque(rng, "GC", 8)}),
        tk,
        case(f, f"{a}/api/kaardii/walqabsiisi", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kaardii": L(CINE_CARD, UID), "bilbila": L(ET_LOCAL, TEL),
                       "guyyaa_dhalootaa": L(DOB_EC, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/komii", headers=_h(rng, **b), body={
            "sinimaa": CINEMA["id"], "gosa": "qulqullina",
            "barreeffama": L("Mana fincaanii keessa bishaan hin jiru ture", TEXT)}),
        case(f, f"{a}/api/agarsiisa_dhuunfaa", headers=_h(rng, **b), body={
            "sinimaa": CINEMA["id"], "guyyaa": "2026-02-14", "namoota": 12,
            "kaayyoo": L(f"Guyyaa dhalootaa {HUSBAND[0]}", f"{TEXT}|{NAMEC}"),
            "hanga": L(6000, BUY), "galmee": L("PS-26-0081", BUY)}),
        case(f, f"{a}/api/seenaa", headers=_h(rng, **b), query={
            "kaardii": L(CINE_CARD, UID), "fuula": "1"}),
        case(f, f"{a}/api/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip_keessaa": L("10.8.0.41", DEV),
            "kaardii": L(CINE_CARD, UID)}),
        case(f, f"{a}/api/meeshaa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/taateewwan", gz=True, headers=_h(rng, **b), body={
            "fayyadamaa": L(USER_ID, UID), "taateewwan": [
                ev("tikeetii_bitame", 1, hanga=L(400, BUY)),
                ev("fuula", 2, fuula=L("Agarsiisawwan", USAGE))]}),
        case(f, f"{a}/api/bai", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "meeshaa": L(INSTALL_ID, DID)}),
    ]


def fiilmii_sdks() -> list[Case]:
    rng = random.Random(16052)
    return [
        md_batch(APP, rng, [("Ticket Bought", {"total": L(400, BUY), "seats": 2}),
                            ("Snack Ordered", {"total": L(180, BUY)})], at=CINEMA_FIX, nd=2),
        md_identify(APP, rng, {"magaalaa": L("Adama", COARSE), "kaardii": L(CINE_CARD, UID)}),
        md_pixel(APP, rng, "Trailer Played", {"film": "flm_4410"}),
        th_launch(APP, rng),
        th_event(APP, rng, "purchase", {"tikeetii": L(TICKET, BUY)}, revenue=400.0),
        bo_bid(APP, rng, {"video": {"w": 320, "h": 480}}, yob=1991, gender="F",
               keywords="movies,adama,cinema"),
        bo_notice(APP, rng, "imp"),
        cg_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "seat map"),
                 [cg_crumb("nav", "Agarsiisa -> Barcuma"), cg_crumb("tap", "seat_F7")],
                 screen="BarcumaActivity"),
        fb_eval(APP, rng, {"cinema": CINEMA["id"], "seatMap": "v3"}),
        ps_register(APP, rng, at=CINEMA_FIX, nd=3, tags={"cinema": CINEMA["id"]}),
        cq_card(APP, rng),
        cq_confirm(APP, rng, "400.00"),
    ]
