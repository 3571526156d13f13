"""Tap-tap (shared pick-up-truck bus) route app "Taptapwout" for Port-au-Prince: SMS sign-in, her
profile with home and office, ``/me``, stops near her, a route search from home to the office, a
place search, a trip started at a stop, the trip's trace (msgpack) and ping (protobuf), the trip's
end with the fare paid to the conductor, the trip shared with the nanny, crowding and roadblock
reports (one with a photo), a saved place, a wallet top-up and a weekly pass, a driver rating,
friends found from her address book, offline telemetry (JSON Lines), push, events and her trips by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
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
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj, ride
from eval_families101_kit import (
    HT_HOME,
    HT_HOME_AT,
    LAKOU,
    NANNY,
    ROUTE,
    SON_FIRST,
    STOPS,
    TAPTAP,
    TZ,
    WORK_AT,
)
from eval_families101_sdk import (
    ak_install,
    ak_session,
    bl_bid,
    cv_batch,
    fe_crash,
    fe_crumb,
)
from eval_families101_svc import fk_eval, mv_reverse, mv_route, mv_telemetry, pm_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("taptapwout", "Taptapwout", "com.example.taptapwout", "3.9.0",
          "https://api.taptapwout.example.com")
IID = "Tt-Install"
BOARD_FIX = (18.513977, -72.286218)  # her phone at the first stop
ALIGHT_FIX = (18.546904, -72.339127)  # where she got off, near the office
BLOCK_FIX = (18.532844, -72.305102)  # a roadblock she reported (her phone there)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def taptapwout() -> list[Case]:
    rng = random.Random(10131)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL)))}
    b = {"auth": "bearer"}
    trip = obj(rng, "trp", 10)
    hla, hlo = fix(HT_HOME_AT, 6)
    wla, wlo = fix(WORK_AT, 6)
    bla, blo = fix(BOARD_FIX, 6)
    ela, elo = fix(ALIGHT_FIX, 5)
    kla, klo = fix(BLOCK_FIX, 6)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, trip),
               (3, [(1, L(18.528113, PRECISE)), (2, L(-72.301774, PRECISE))]),
               (4, 23.5), (5, 284), (6, TAPTAP["id"])], "", lab)
    return [
        case(f, f"{a}/v3/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "lang": L("ht", DEV)}),
        case(f, f"{a}/v3/auth/sms/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("904117", CRED)}),
        case(f, f"{a}/v3/users/me", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "email": L(EMAIL, MAIL),
            "birth_year": L(1991, BIRTH),
            "home": {"label": "Kay", "line": L(HT_HOME["adres"], ADDR),
                     "commune": L(HT_HOME["vil"], COARSE), "lat": hla, "lon": hlo},
            "work": {"label": "Biwo", "lat": wla, "lon": wlo}}),
        case(f, f"{a}/v3/users/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/stops/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{HT_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{HT_HOME_AT[1]:.4f}", PRECISE),
            "radius": "600"}),
        case(f, f"{a}/v3/routes/search", headers=_h(rng, **b), query={
            "from": L(f"{HT_HOME_AT[0]:.5f},{HT_HOME_AT[1]:.5f}", PRECISE),
            "to": L(f"{WORK_AT[0]:.5f},{WORK_AT[1]:.5f}", PRECISE), "depart": "07:40",
            "modes": "taptap,moto"}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), body={
            "q": L("Kafou Ayewopò", SEARCH),
            "near": {"lat": L(round(HT_HOME_AT[0], 3), PRECISE),
                     "lon": L(round(HT_HOME_AT[1], 3), PRECISE)}, "types": ["stop", "place"]}),
        case(f, f"{a}/v3/trips", headers=_h(rng, **b), body={
            "trip": trip, "route": ROUTE["id"], "stop": STOPS[0][0],
            "stop_pos": {"lat": STOPS[0][2], "lon": STOPS[0][3]},
            "vehicle": {"id": TAPTAP["id"], "plate": TAPTAP["plak"], "name": TAPTAP["non"]},
            "position": {"lat": bla, "lon": blo, "acc": 7},
            "client_meta": W({"v": APP.ver, "install": L(INSTALL_ID, DID),
                              "locale": L("ht_HT", DEV), "net": "4g"}, "json")}),
        case(f, f"{a}/v3/trips/{trip}/trace", fmt="msgpack", headers=_h(rng, **b), body={
            "points": ride(rng, 7, BOARD_FIX, ALIGHT_FIX, 1765280400), "seq": 2,
            "vehicle": TAPTAP["id"]}),
        raw(f, f"{a}/v3/trips/{trip}/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/trips/{trip}/end", headers=_h(rng, **b), body={
            "fare": L("50", BUY), "currency": "HTG", "paid": "cash", "minutes": 41,
            "stop": STOPS[2][0], "position": {"lat": ela, "lon": elo}, "rating": 4}),
        case(f, f"{a}/v3/trips/{trip}/share", headers=_h(rng, **b), body={
            "to": {"name": L(NANNY[0], NAMEC), "phone": L(NANNY[1], TEL)},
            "channel": "sms", "expires_min": 90}),
        case(f, f"{a}/v3/reports/crowding", fmt="form", headers=_h(rng, **b), body={
            "route": ROUTE["id"], "stop": STOPS[1][0], "level": "plen",
            "comment": L("Tap-tap yo plen nèt nan Kafou Delmas 60", TEXT)}),
        multipart(f, f"{a}/v3/reports/incident", [
            ("photo", "blokaj.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("report", None, "application/json", {
                "kind": "blokaj", "lat": kla, "lon": klo, "route": ROUTE["id"],
                "text": L("Gen kawotchou k ap boule sou wout Delmas, tap-tap yo vire", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/places", headers=_h(rng, **b), body={
            "label": L(f"Lekòl {SON_FIRST}", f"{TEXT}|{NAMEC}"),
            "lat": LAKOU["lat"], "lon": LAKOU["lon"], "icon": "school"}),
        case(f, f"{a}/v3/favorites", fmt="form", headers=_h(rng, **b), body={
            "routes": f"{ROUTE['id']},rt_dl_kafou", "stops": f"{STOPS[0][0]},{STOPS[2][0]}"}),
        case(f, f"{a}/v3/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("1000", BUY), "currency": "HTG",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/passes", headers=_h(rng, **b), body={
            "product": L("taptap_semen_pv", BUY), "price": L("750", BUY), "currency": "HTG",
            "starts": "2025-12-10"}),
        case(f, f"{a}/v3/feedback/driver", fmt="form", headers=_h(rng, **b), body={
            "vehicle": TAPTAP["id"], "trip": trip, "stars": "5",
            "comment": L("Chofè a te pran swen granmoun yo, mizik la te bon", TEXT)}),
        case(f, f"{a}/v3/contacts/match", headers=_h(rng, **b), body={
            "contacts": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)}
                         for n, p, _ in PEOPLE[2:5]], "country": "HT"}),
        lines(f, f"{a}/v3/telemetry/offline", [
            {"uid": L(USER_ID, UID), "ev": L(name, USAGE), "t": 1765280460 + 300 * i,
             "stop": st[0], "lat": L(round(la, 5), PRECISE), "lon": L(round(lo, 5), PRECISE)}
            for i, (name, st, (la, lo)) in enumerate([
                ("stop_passed", STOPS[1], (18.533114, -72.304187)),
                ("stop_passed", STOPS[2], (18.551962, -72.301302))])],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV),
            "locale": L("ht_HT", DEV)}),
        case(f, f"{a}/v3/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("trip_end", 1, fare=L("50", BUY)), ev("report_sent", 2, kind="crowding"),
                ev("screen", 3, screen=L("LiveMap", USAGE))]}),
        case(f, f"{a}/v3/trips/history", headers=_h(rng, how="none"),
             cookies={"tt_sess": L(opaque(rng, "", 40), CRED), "tt_rid": rid(rng)}),
    ]


def taptapwout_sdks() -> list[Case]:
    rng = random.Random(10132)
    return [
        cv_batch(APP, rng, [("Trip Started", {"route": ROUTE["id"]}),
                            ("Trip Ended", {"fare_htg": L(50, BUY), "minutes": 41})],
                 at=ALIGHT_FIX, nd=4, adid=True),
        ak_install(APP, rng),
        ak_session(APP, rng, 14),
        bl_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[]}"}},
               at=BOARD_FIX, nd=3, yob=1991, gender="F"),
        fe_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "stop list"),
                 [fe_crumb("nav", "Kat -> Wout"), fe_crumb("tap", "stop", {"id": STOPS[1][0]})],
                 screen="RouteActivity"),
        fk_eval(APP, rng, {"city": L("Port-au-Prince", COARSE), "motoOption": True}),
        pm_register(APP, rng, at=BOARD_FIX, nd=2, tags={"route": ROUTE["id"]}),
        mv_route(APP, rng, [(HT_HOME_AT, PRECISE), ((STOPS[1][2], STOPS[1][3]), None),
                            (WORK_AT, PRECISE)]),
        mv_reverse(APP, rng, ALIGHT_FIX, PRECISE, nd=5),
        mv_telemetry(APP, rng, [BOARD_FIX, (18.528113, -72.301774)], PRECISE),
    ]
