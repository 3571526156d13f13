"""PMV (public motor vehicle) bus-fare app "Kar Pasindia" of Lae: its API's keys are Tok Pisin.
Sign-up, the code, log-in, ``/mi``, the profile (address, town, birth date, identity card, her
husband), the identity card's photo, stops nearby, a route's times, boarding a PMV, the trip's
trace (msgpack) and heartbeat (protobuf), paying the fare from her wallet, the fare card's
balance by number in the path, a top-up, a complaint, sharing the trip with her husband, saved
places, a search, settings, push, events, history by a cookie GET and a token refresh.

Tok Pisin keys used (and their meaning): ``nem`` (name), ``nem_famili`` (family name),
``namba_fon`` (phone number), ``adres`` (address), ``taun`` (town), ``provins`` (province),
``namba_aidi_kat`` (identity-card number), ``de_bilong_bon`` (birth date), ``paswot``
(password), ``hasban`` (husband), ``kod`` (code), ``imel`` (e-mail), ``ples`` (place),
``pe`` (pay), ``mani`` (money, amount), ``tok`` (message text), ``painim`` (search)."""

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
    DIGITS,
    E164,
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
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families121_kit import (
    ADRES,
    ALIGHT_FIX,
    BOARD_FIX,
    BUS,
    FARE_CARD,
    HASBAN,
    HOME_LAE,
    MM_PIN,
    NID,
    STOP_EKI,
    STOP_MAKET,
    WALLET,
    fix,
    obj,
    trip,
)
from eval_families121_sdk import bh_bid, fg_crash, fg_crumb, tk_batch, tw_event, tw_launch
from eval_families121_svc import mm_geocode, mm_reverse, mm_telemetry, pw_register, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("karpasindia", "KarPasindia", "com.example.karpasindia", "2.3.0",
          "https://api.karpasindia.example.com")
IID = "X-Kar-Install"
TPI = {"Accept-Language": L("tpi-PG,en-US;q=0.8", DEV)}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def karpasindia() -> list[Case]:
    rng = random.Random(12101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, namba_fon=L(E164, TEL)))}
    trp = obj(rng, "trip", 10)
    bla, blo = fix(BOARD_FIX)
    hla, hlo = fix(HOME_LAE, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trp), (3, [(1, L(-6.725517, PRECISE)),
                                                    (2, L(146.993208, PRECISE))]),
               (4, 27.5), (5, BUS["plate"])], "", lab)
    card_c = case(f, f"{a}/api/v1/kat/{FARE_CARD}/balans", headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/v1/rejista", fmt="form", headers=_h(rng, extra=TPI), body={
            "nem": L(FIRST, NAMEC), "nem_famili": L(LAST, NAMEC), "namba_fon": L(E164, TEL),
            "imel": L(EMAIL, MAIL), "paswot": L("Buai&Kaukau77", CRED)}),
        case(f, f"{a}/api/v1/rejista/kod", fmt="form", headers=_h(rng), body={
            "namba_fon": L(DIGITS, TEL), "kod": L("480213", CRED)}),
        case(f, f"{a}/api/v1/login", headers=_h(rng, extra=TPI), body={
            "namba_fon": L(NATIONAL, TEL), "paswot": L("Buai&Kaukau77", CRED),
            "divais": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/mi/profail", headers=_h(rng, **b), body={
            "adres": L(ADRES["line"], ADDR), "taun": L(ADRES["taun"], COARSE),
            "provins": L(ADRES["provins"], COARSE), "de_bilong_bon": L("17/05/1991", BIRTH),
            "namba_aidi_kat": L(NID, NATID),
            "hasban": {"nem": L(HASBAN[0], NAMEC), "namba_fon": L(HASBAN[1], TEL)},
            "tok_ples": "tpi"}),
        multipart(f, f"{a}/api/v1/mi/aidi", [
            ("kat", "aidi_kat.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"namba_aidi_kat": L(NID, NATID),
                                                "kain": "NID"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/stop/klostu", headers=_h(rng, **b), query={
            "lat": L(f"{BOARD_FIX[0]:.4f}", PRECISE), "lon": L(f"{BOARD_FIX[1]:.4f}", PRECISE),
            "radius": "500"}),
        case(f, f"{a}/api/v1/rot/{BUS['route']}/taim", headers=_h(rng, how="none"),
             query={"stop": "stp_eki_03", "de": "2025-12-10"}),
        case(f, f"{a}/api/v1/trip", headers=_h(rng, **b), body={
            "trip": trp, "bas": {"plet": BUS["plate"], "rot": BUS["route"],
                                 "draiva": BUS["driver"]},
            "stop": {"id": "stp_eki_03", "lat": STOP_EKI[0], "lon": STOP_EKI[1]},
            "ples": {"lat": bla, "lon": blo, "acc": 12}}),
        case(f, f"{a}/api/v1/trip/{trp}/rot", fmt="msgpack", headers=_h(rng, **b), body={
            "points": trip(rng, 6), "seq": 2}),
        raw(f, f"{a}/api/v1/trip/{trp}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/trip/{trp}/pe", fmt="form", headers=_h(rng, **b), body={
            "mani": L("2.00", BUY), "wallet": L(WALLET, PAY), "pin": L(MM_PIN, CRED),
            "stop_pinis": "stp_mkt_01"}),
        at_path(card_c, FARE_CARD, UID),
        case(f, f"{a}/api/v1/kat/topap", headers=_h(rng, **b), body={
            "kat": L(FARE_CARD, UID), "mani": L("20.00", BUY), "wallet": L(WALLET, PAY)}),
        case(f, f"{a}/api/v1/ripot", headers=_h(rng, **b, extra=TPI), body={
            "tok": L("Draiva i ran strong tumas long Bumbu Rot na i no stop long Eriku", TEXT),
            "plet": BUS["plate"], "trip": trp, "kain": "draiva"}),
        case(f, f"{a}/api/v1/trip/{trp}/sharim", headers=_h(rng, **b), body={
            "hasban": {"nem": L(HASBAN[0], NAMEC), "namba_fon": L(HASBAN[1], TEL)},
            "link": U("https://karpasindia.example.com/lukim", {"trip": trp,
                                                              "t": opaque(rng, "", 12)}),
            "ples": {"lat": L(round(BOARD_FIX[0], 5), PRECISE),
                     "lon": L(round(BOARD_FIX[1], 5), PRECISE)}}),
        case(f, f"{a}/api/v1/ples", headers=_h(rng, **b), body={"ples": [
            {"nem": "Haus", "lat": hla, "lon": hlo, "adres": L(ADRES["line"], ADDR)},
            {"nem": "Maket", "lat": STOP_MAKET[0], "lon": STOP_MAKET[1]}]}),
        case(f, f"{a}/api/v1/painim", headers=_h(rng, **b), query={
            "q": L("Eriku i go Main Market", SEARCH), "taim": "nau"}),
        case(f, f"{a}/api/v1/setting", headers=_h(rng, **b, extra=TPI), body={
            "tok_ples": L("tpi", DEV), "notis": True, "data_saver": True}),
        case(f, f"{a}/api/v1/divais/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "divais_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/ivent", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ivent": [
                ev("trip_start", 1, rot=BUS["route"]), ev("fare_paid", 2, mani=L(2.0, BUY)),
                ev("screen", 3, screen=L("TripMap", USAGE))]}),
        case(f, f"{a}/api/v1/trip/histori", headers=_h(rng, how="none"),
             cookies={"kp_sesen": L(opaque(rng, "", 40), CRED), "kp_tokples": "tpi"}),
        case(f, f"{a}/api/v1/token/nupela", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 40), CRED)}),
    ]


def karpasindia_sdks() -> list[Case]:
    rng = random.Random(12102)
    return [
        tk_batch(APP, rng, [("trip_started", {"route": BUS["route"]}),
                            ("fare_paid", {"amount": L(2.0, BUY), "method": "wallet"})],
                 at=BOARD_FIX, nd=2),
        tw_launch(APP, rng, first=True),
        tw_event(APP, rng, "fare_paid", {"route": BUS["route"]}, revenue=2.0, hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BOARD_FIX, nd=3, yob=1991,
               gender="F"),
        fg_crash(APP, rng, ("java.net.SocketTimeoutException", "trip/hb timeout"),
                 [fg_crumb("nav", "Stops -> Trip"), fg_crumb("http", "POST /trip/hb 504")],
                 screen="TripActivity"),
        sb_eval(APP, rng, {"taun": L("Lae", COARSE)}, hdr=True),
        pw_register(APP, rng, at=HOME_LAE, nd=2, tags={"rot": BUS["route"]}),
        mm_geocode(APP, rng, "Lae Main Market", SEARCH, near=BOARD_FIX, nd=3),
        mm_reverse(APP, rng, ALIGHT_FIX, PRECISE, nd=5),
        mm_telemetry(APP, rng, [BOARD_FIX, ALIGHT_FIX], PRECISE),
    ]
