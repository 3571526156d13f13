"""A pickleball open-play and court app "Pikolan" (Dagupan's beachside courts: an open-play queue,
court bookings, a self-rating, match scores and a watch sync). Its API's keys are Pangasinan in
ASCII with English sports words: ``ngaran`` / ``apelyido``, ``selpon``, ``kontrasenya``,
``petsa_kianak``, ``seks``, ``baley`` town, ``pila`` queue, ``kaiba`` partner, ``kaaro`` friend,
``lugar`` place, ``latitud`` / ``longhitud``, ``iskor`` score, ``puso`` heart (rate),
``akbang`` steps, ``kantidad`` amount, ``bayad`` payment, ``sugat`` injury, ``mensahe`` message,
``anapen`` search: sign-up, a log-in, ``/siak``, courts near her house, the open-play board, the
queue with her husband as partner, a check-in with her fix (the courts' Wi-Fi joined), a match
score, a self-rating, a watch sync (gzip: heart rate, steps, calories), a court booking and its
payment, a monthly pass, a friend invited, an injury report, a drills log (msgpack), the group
chat, her match history by player number in the path, a search, push and events (base64 JSON
preferences cookie)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    GENDER,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, others
from eval_families271_kit import (
    COURT_FIX,
    COURTS,
    HOME_AT,
    HUSBAND,
    PLAYER,
    fix,
    hd,
    obj,
    push,
)
from eval_families271_sdk import (
    bk_bid,
    bk_notice,
    cs_session,
    mt_batch,
    mt_queue,
    tp_event,
    tp_launch,
    tp_link,
)
from eval_families271_svc import ma_reverse, ma_telemetry, py_card, py_confirm
from eval_payloads import EMAIL, USER_ID, Case, J, L, U, W, case

APP = App("pikolan", "Pikolan", "com.example.pikolan", "2.6.1", "https://api.pikolan.example.net")
IID = "X-Pikolan-Install"
PW = "Dink&Drive2026"
FIT = "health.fitness"
SSID, BSSID = "Tondaligan-Courts", "d8:07:b6:5c:21:9e"  # the courts' Wi-Fi (joined: wifi)
BOOKING = "PK-26-03391"  # her court booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def pikolan() -> list[Case]:
    rng = random.Random(27141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), player=L(PLAYER, UID)))}
    cla, clo = fix(COURT_FIX, 5)
    opp = others(rng, 2, "pl_")
    hist = at_path(case(f, f"{a}/v1/players/{PLAYER}/history", headers=_h(rng, **b),
                        query={"limit": "20"}), PLAYER, UID)
    return [
        case(f, f"{a}/v1/players", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "kontrasenya": L(PW, CRED), "petsa_kianak": L(DOB, BIRTH),
            "seks": L("bii", GENDER), "baley": L("Dagupan City", COARSE),
            "player_id": L(PLAYER, UID), "dominant_hand": "right"}),
        case(f, f"{a}/v1/sumlek", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kontrasenya": L(PW, CRED)}),
        case(f, f"{a}/v1/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/courts/near", headers=_h(rng, **b), query={
            "latitud": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "longhitud": L(f"{HOME_AT[1]:.3f}", PRECISE), "km": "10"}),
        case(f, f"{a}/v1/courts/{COURTS['id']}/openplay", headers=_h(rng, **b),
             query={"agew": "2026-03-22", "level": "3.0-3.5"}),
        case(f, f"{a}/v1/pila", headers=_h(rng, **b), body={
            "court": COURTS["id"], "player_id": L(PLAYER, UID),
            "kaiba": {"ngaran": L(HUSBAND[0], NAMEC)}, "paddle_rental": False}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "court": COURTS["id"], "at": {"latitud": cla, "longhitud": clo, "acc_m": 7},
            "courts": {"latitud": COURTS["lat"], "longhitud": COURTS["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        case(f, f"{a}/v1/matches", headers=_h(rng, **b), body={
            "match": obj(rng, "mt"), "court": "c3",
            "team_a": [L(PLAYER, UID), "pl_meo_cay"], "team_b": opp,
            "iskor": [11, 8], "format": "doubles"}),
        case(f, f"{a}/v1/ratings/self", fmt="form", headers=_h(rng, **b), body={
            "player_id": L(PLAYER, UID), "rating": "3.5", "years": "1"}),
        case(f, f"{a}/v1/watch/sync", gz=True, headers=_h(rng, **b), body={
            "player_id": L(PLAYER, UID), "session": obj(rng, "ws"),
            "puso": {"avg": L(128, FIT), "max": L(161, FIT),
                     "series": [L(v, FIT) for v in (96, 118, 134, 149, 127)]},
            "akbang": L(7420, FIT), "kcal": L(412, FIT), "minutes": L(95, FIT)}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "court": COURTS["id"], "petsa": "2026-03-28", "oras": "17:00", "hours": 2,
            "booking": L(BOOKING, BUY), "kantidad": L(400, BUY), "players": 4}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "kantidad": L("400.00", BUY), "currency": "PHP",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/membership", headers=_h(rng, **b), body={
            "plan": "monthly-unlimited", "kantidad": L(1200, BUY),
            "player_id": L(PLAYER, UID), "auto_renew": True}),
        case(f, f"{a}/v1/kaaro/invite", headers=_h(rng, **b), body={
            "kaaro": {"ngaran": L("Ma. Luisa Abalos", NAMEC), "selpon": L("+639175550107", TEL)},
            "mensahe": L("Luisa, sali ka ed open play ed Sabado, 5pm!", TEXT)}),
        case(f, f"{a}/v1/sugat", headers=_h(rng, **b), body={
            "player_id": L(PLAYER, UID), "sugat": L("sprained left ankle", MED),
            "petsa": "2026-03-15", "rest_days": L(10, MED)}),
        case(f, f"{a}/v1/drills", fmt="msgpack", headers=_h(rng, **b), body={
            "player_id": L(PLAYER, UID),
            "drills": [{"name": "dinks", "reps": 150}, {"name": "third-shot drop", "reps": 60}],
            "minutes": L(45, FIT)}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "room": "openplay-tondaligan", "thread": obj(rng, "th"),
            "mensahe": L("Who has extra balls? Mine cracked in the sun.", TEXT)}),
        hist,
        case(f, f"{a}/v1/anapen", headers=_h(rng, **b), query={
            "q": L("second hand carbon paddle", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), cookies={
            "pk_sess": L(opaque(rng, "", 40), CRED),
            "pk_prefs": W({"player": L(PLAYER, UID), "salita": L("en", "device.info")},
                          "b64json")}, body={
            "user": L(USER_ID, UID), "events": [
                ev("queue_joined", 1), ev("screen", 2, screen=L("OpenPlay", USAGE))]}),
    ]


def pikolan_sdks() -> list[Case]:
    rng = random.Random(27142)
    link = U("https://pikolan.example.net/b", {"booking": L(BOOKING, BUY), "src": "mail",
                                               "em": L(EMAIL, MAIL)})
    return [
        mt_batch(APP, rng, [("Queue Joined", {"court": COURTS["id"]}),
                            ("Court Booked", {"total": L(400, BUY)})], at=COURT_FIX, nd=3),
        mt_queue(APP, rng, [("Match Scored", {"points": 11}), ("Watch Synced", {})]),
        tp_launch(APP, rng, first=True),
        tp_link(APP, rng, link),
        tp_event(APP, rng, "purchase", {"booking": L(BOOKING, BUY)}, revenue=400.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=COURT_FIX, nd=2,
               keywords="pickleball,paddles,sports"),
        bk_notice(APP, rng, "imp"),
        cs_session(APP, rng, secs=1290),
        py_card(APP, rng),
        py_confirm(APP, rng, "400.00"),
        ma_reverse(APP, rng, COURT_FIX, PRECISE, nd=4),
        ma_telemetry(APP, rng, [HOME_AT, COURT_FIX], PRECISE),
    ]
