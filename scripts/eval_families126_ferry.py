"""Inter-island ferry ticket app "Folaugasami" (``folauga`` voyage, ``sami`` sea: Apia's wharf,
Mulifanua on Upolu and Salelologa on Savai'i; its API's keys are Samoan: ``igoa`` name,
``igoa_faaiu`` family name, ``numera_telefoni`` phone number, ``tuatusi`` address, ``nuu``
village, ``numera_faasinomaga`` national ID number, ``aso_fanau`` birth date, ``upu_lilo``
password, ``tane`` husband; also ``imeli`` e-mail, ``tiketi`` ticket, ``pasese`` passengers).
Unlike the Greek, Croatian, Caspian and Faroese ferry apps of sets 41, 59, 70, 95 and 120 this
one takes a family and the family pickup across the Apolima Strait to a funeral on Savai'i.
Sign-up, a log-in, an SMS check, ``/au`` with a JWT, sailings, wharves near the house, a booking
for her, her husband and son and the pickup, its confirmation, the ticket by code in the path,
the national ID photo for the manifest, check-in at the wharf, a trip shared with her husband
(msgpack), a protobuf trip poll, a sea-state alert, a profile change, a lost item, a review, a
search, a cancellation, a fare quote, push, events and the bookings by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

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
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families126_kit import (
    FALE,
    FALE_AT,
    HUSBAND,
    LOCAL_PHONE,
    MULIFANUA_AT,
    NID_WS,
    PICKUP_PLATE,
    SALELOLOGA_AT,
    SON,
    VESSELS,
    WHARF_FIX,
    fix,
    hd,
    obj,
)
from eval_families126_sdk import (
    ab_event,
    ab_launch,
    bm_bid,
    bm_notice,
    fr_crash,
    fr_crumb,
    mw_batch,
    mw_identify,
)
from eval_families126_svc import pc_register, pk_card, pk_confirm, tm_route, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("folauga", "Folaugasami", "com.example.folaugasami", "2.6.3",
          "https://api.folaugasami.example.com")
IID = "X-Folauga-Install"
PW = "Matagi-Malosi-58"
TIKETI = "FS-251212-0448"  # the booking code (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def folauga() -> list[Case]:
    rng = random.Random(12601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    sail = obj(rng, "sail", 8)
    lab: dict[str, str] = {}
    poll = pb([(1, L(USER_ID, UID)), (2, L(TIKETI, BUY)), (3, sail),
               (4, [(1, L(-13.7712, PRECISE)), (2, L(-172.1198, PRECISE))]), (5, 1765357300)],
              "", lab)
    share = {"tiketi": L(TIKETI, BUY), "to": L(HUSBAND[1], TEL),
             "fixes": [{"lat": L(-13.7904 + 0.004 * i, PRECISE),
                        "lon": L(-172.081 - 0.011 * i, PRECISE), "t": 1765357000 + 60 * i}
                       for i in range(4)]}
    return [
        case(f, f"{a}/v1/resitala", headers=_h(rng), body={
            "igoa": L(FIRST, NAMEC), "igoa_faaiu": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "numera_telefoni": L(E164, TEL), "tuatusi": L(FALE["line"], ADDR),
            "nuu": L(FALE["village"], COARSE), "aso_fanau": L(DOB, BIRTH),
            "upu_lilo": L(PW, CRED), "numera_faasinomaga": L(NID_WS, NATID),
            "tane": {"igoa": L(HUSBAND[0], NAMEC), "numera_telefoni": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/ulufale", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "upu_lilo": L(PW, CRED), "client": "android"}),
        case(f, f"{a}/v1/sms/verify", headers=_h(rng, **b), body={
            "numera_telefoni": L(LOCAL_PHONE, TEL), "code": L("508172", CRED)}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra={"Authorization": J(claims(
            rng, imeli=L(EMAIL, MAIL), faasinomaga=L(NID_WS, NATID)))})),
        case(f, f"{a}/v1/malaga", query={"mai": "MUL", "i": "SAL", "aso": "2025-12-12",
                                         "taavale": "1"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/uafu/latalata", query={
            "lat": L(f"{FALE_AT[0]:.4f}", PRECISE), "lon": L(f"{FALE_AT[1]:.4f}", PRECISE),
            "radius_km": "40"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/tusi", headers=_h(rng, **b), body={
            "malaga": sail, "vaa": VESSELS[0], "pasese": [
                {"igoa": L(NAME, NAMEC), "aso_fanau": L(DOB, BIRTH),
                 "numera_faasinomaga": L(NID_WS, NATID), "ituaiga": "matua"},
                {"igoa": L(HUSBAND[0], NAMEC), "ituaiga": "matua"},
                {"igoa": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "aso_fanau": L(SON["dob"], BIRTH), "ituaiga": "tamaitiiti"}],
            "taavale": {"ituaiga": "pickup", "numera": PICKUP_PLATE, "umi_m": 5.3},
            "uta": "2 pusa meaai", "tau_atoa": L("186.00", BUY), "tupe": "WST"}),
        case(f, f"{a}/v1/tusi/{TIKETI}/faamaonia", fmt="form", headers=_h(rng, **b), body={
            "tiketi": L(TIKETI, BUY), "tau_atoa": L("186.00", BUY), "auala": "card"}),
        at_path(case(f, f"{a}/v1/tiketi/{TIKETI}", headers=_h(rng, **b)), TIKETI, BUY),
        multipart(f, f"{a}/v1/manifest/id", [
            ("ata", "faasinomaga.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"numera_faasinomaga": L(NID_WS, NATID),
                                                "tiketi": L(TIKETI, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "tiketi": L(TIKETI, BUY), "lat": fix(WHARF_FIX)[0], "lon": fix(WHARF_FIX)[1],
            "accuracy": 9.0, "uafu": {"id": "MUL", "lat": MULIFANUA_AT[0],
                                      "lon": MULIFANUA_AT[1]}}),
        case(f, f"{a}/v1/malaga/faasoa", fmt="msgpack", headers=_h(rng, **b), body=share),
        raw(f, f"{a}/v1/malaga/poll", poll, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/lapataiga", fmt="form", headers=_h(rng, **b), body={
            "uafu": "MUL,SAL", "galu": "1", "gagana": L("sm", DEV)}),
        case(f, f"{a}/v1/au", headers=_h(rng, **b), body={
            "tuatusi": L(FALE["line"], ADDR), "nuu": L(FALE["village"], COARSE),
            "itumalo": L(FALE["district"], COARSE), "numera_telefoni": L(LOCAL_PHONE, TEL)}),
        case(f, f"{a}/v1/mea_leiloa", headers=_h(rng, **b), body={
            "malaga": sail, "vaa": VESSELS[0],
            "faamatalaga": L("Left a blue chilly bin with our names on it near the stairs",
                             TEXT)}),
        case(f, f"{a}/v1/iloiloga", headers=_h(rng, **b), body={
            "malaga": sail, "fetu": 4,
            "tusitusiga": L("Smooth crossing but the pickup queue took an hour", TEXT)}),
        case(f, f"{a}/v1/saili", query={"q": L("Salelologa taavale", SEARCH)},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/tusi/{TIKETI}/faaleaoga", fmt="form", headers=_h(rng, **b), body={
            "tiketi": L(TIKETI, BUY), "mafuaaga": L("Funeral moved to Saturday", TEXT)}),
        case(f, f"{a}/v1/tau", query={"taavale_umi": "5.3", "matua": "2", "tamaiti": "1"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("SM-A546E", DEV), "os": L("Android 14", DEV), "locale": L("sm_WS", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("sailing_viewed", 1, route="MUL-SAL"), ev("booking_paid", 2),
                ev("screen", 3, screen=L("BoardingPass", USAGE))]}),
        case(f, f"{a}/v1/tusi", headers=_h(rng, how="upper"),
             cookies={"fs_sess": L(opaque(rng, "", 40), CRED), "fs_lang": L("sm", DEV)}),
    ]


def folauga_sdks() -> list[Case]:
    rng = random.Random(12602)
    return [
        mw_batch(APP, rng, [("Sailing Searched", {"route": "MUL-SAL"}),
                            ("Booking Completed", {"fare": L(186.0, BUY), "vehicle": True})],
                 at=FALE_AT, nd=2),
        mw_identify(APP, rng, {"village": L(FALE["village"], COARSE), "email": L(EMAIL, MAIL)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "ticket_purchase", {"route": "MUL-SAL"}, revenue=186.0, hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=WHARF_FIX, nd=3),
        bm_notice(APP, rng),
        fr_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [fr_crumb("nav", "Sailings -> Booking"),
                  fr_crumb("net", "POST /v1/tusi", {"status": 504})], screen="BookingActivity"),
        tp_eval(APP, rng, {"village": L(FALE["village"], COARSE), "vehicleDeck": True}),
        pc_register(APP, rng, tags={"route": "MUL-SAL"}),
        pk_card(APP, rng, email=True),
        pk_confirm(APP, rng, "186.00"),
        tm_route(APP, rng, [(FALE_AT, PRECISE), (MULIFANUA_AT, None), (SALELOLOGA_AT, None)]),
    ]
