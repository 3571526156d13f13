"""Blind set twenty-one, part six: a habit-tracker and to-do app ("Streakly"), its own API and the
SDKs it embeds (see ``eval_families21.py`` for the rules of this set, its conventions and its
calls).

First party: single sign-on with the identity provider's ID token (a JWT in a JSON field), a token
refresh, habits the user names (one a medication), a check-in, tasks with notes, an offline sync
(msgpack: queued operations with the titles the user typed), a step, sleep and weight import from
the phone's health store, a location reminder whose geofence is the user's home (5 decimals), a
habit shared with a friend by e-mail, friend finding by hashed address-book numbers, stats, a
template search, push registration, the profile (display name, time zone, gender, birth year),
feedback with the device, and an export mailed to the user (the e-mail in the query); signed-in
calls carry a bearer JWT (user ID claim) and OkHttp's default User-Agent. SDKs: analytics batch
without the advertising ID, premium purchase validation and the customer fetch by user ID, flags
with the user's key and the exposure summary, push with the named user, push events by channel ID,
two crash reports and a session, MMP launch.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    CONTACTS,
    CRED,
    DEV,
    DID,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEXT,
    UID,
    Acc,
    add,
    push_token,
    sha,
    tok,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, T0, App, opaque, pos
from eval_families21_kit import channel, sdk_uid
from eval_families21_sdk import bf_error, bf_session, ew_batch, ew_msg, tm_launch
from eval_families21_svc import (
    nf_events,
    nf_register,
    sv_customer,
    sv_validate,
    tg_ctx,
    tg_eval,
    tg_events,
)
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, case, rnd_hex

SK = App("streakly", "Streakly", "com.example.streakly", "12.0.3",
         "https://api.streakly.example.org/v1")
HB = "hb_water"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": "okhttp/4.12.0", "X-SK-Client": f"android/{SK.ver}"}
    if auth:
        h["Authorization"] = J({"uid": L(USER_ID, UID), "iat": T0, "exp": T0 + 3600,
                                "sid": rnd_hex(rng, 16)})
    return h


def streakly() -> list[Case]:
    rng = random.Random(21041)
    a, f = SK.api, SK.fam
    acc: Acc = {}
    idt = tok({"iss": "https://id.idp.example.com", "aud": "streakly-android",
               "sub": L("000412.9f3ac81e2b.1204", UID), "email": L(EMAIL, MAIL),
               "email_verified": True, "name": L(NAME, NAMEC), "iat": T0, "exp": T0 + 600,
               "nonce": rnd_hex(rng, 12)}, "body", "id_token", acc)
    out = [add(case(f, f"{a}/auth/idp", headers=_h(rng, False), body={
        "provider": "idp_example", "id_token": idt, "device_name": L("Pixel 8", DEV)}), acc)]
    out.append(case(f, f"{a}/auth/refresh", headers=_h(rng, False), body={
        "refresh_token": L(opaque(rng, "skr_", 48), CRED)}))
    out.append(case(f, f"{a}/habits", headers=_h(rng), body={
        "title": L("Drink 8 glasses of water", TEXT), "icon": "droplet",
        "schedule": {"days": [1, 2, 3, 4, 5, 6, 7], "times": 8}, "reminder": "09:00"}))
    out.append(case(f, f"{a}/habits", headers=_h(rng), body={
        "title": L("Take sertraline after breakfast", f"{TEXT}|{MED}"), "icon": "pill",
        "schedule": {"days": [1, 2, 3, 4, 5, 6, 7], "times": 1}, "reminder": "08:30"}))
    out.append(case(f, f"{a}/habits/{HB}/checkins", headers=_h(rng), body={
        "date": "2025-12-09", "value": 6, "client_ts": (T0 + 300) * 1000}))
    out.append(case(f, f"{a}/tasks", headers=_h(rng), body={
        "title": L("Call the landlord about the radiator", TEXT),
        "notes": L("Ask for Tuesday morning, before 11", TEXT), "due": "2025-12-10",
        "list": "home", "priority": 2}))
    ops = [{"op": "add", "id": rnd_hex(rng, 8), "task": {"title": L(t, TEXT), "list": lst}}
           for t, lst in [("Buy birthday card for Sam", "errands"),
                          ("Renew passport photos", "errands"), ("Finish Q4 slides", "work")]]
    out.append(case(f, f"{a}/sync", headers=_h(rng), fmt="msgpack", body={
        "since": T0 - 86400, "ops": ops, "device": L("Pixel 8", DEV)}))
    out.append(case(f, f"{a}/health/import", headers=_h(rng), body={
        "source": "health_store", "day": "2025-12-08", "steps": L(8421, FIT),
        "sleep_min": L(412, FIT), "weight_kg": L(61.2, FIT), "active_kcal": L(318, FIT)}))
    lat, lon = pos(5)
    out.append(case(f, f"{a}/habits/hb_stretch/geofence", headers=_h(rng), body={
        "label": "Home", "lat": lat, "lon": lon, "radius_m": 100, "trigger": "arrive"}))
    out.append(case(f, f"{a}/habits/{HB}/share", headers=_h(rng), body={
        "email": L(PEOPLE[1][2], MAIL), "role": "cheerleader"}))
    out.append(case(f, f"{a}/stats", headers=_h(rng), query={
        "range": "30d", "tz_offset": L("-300", DEV)}))
    out.append(case(f, f"{a}/templates", headers=_h(rng), query={
        "q": L("morning routine", SEARCH), "category": "wellness"}))
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "fcm": L(push_token(rng), DID), "tz": L("America/New_York", DEV),
        "locale": L("en_US", DEV)}))
    out.append(case(f, f"{a}/me", headers=_h(rng), body={
        "display_name": L(f"{FIRST} {LAST[0]}.", NAMEC), "tz": L("America/New_York", DEV),
        "week_start": "monday", "avatar": "av_07", "gender": L("female", GENDER),
        "birth_year": L(1991, BIRTH)}))
    out.append(case(f, f"{a}/friends/match", headers=_h(rng), body={
        "phones_sha256": [L(sha("sha256", p), CONTACTS) for _, p, _ in PEOPLE[:4]],
        "region": "US"}))
    out.append(case(f, f"{a}/feedback", headers=_h(rng), body={
        "message": L("Widget stops updating after midnight", TEXT),
        "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                   "battery_saver": L(True, DEV)}, "app_version": SK.ver}))
    out.append(case(f, f"{a}/export", headers=_h(rng), query={
        "format": "csv", "email": L(EMAIL, MAIL)}))
    return out


def streakly_sdks() -> list[Case]:
    rng = random.Random(21042)
    chan = channel(rng)
    out = [ew_batch(SK, [
        ew_msg(0, "Today", kind="screen"),
        ew_msg(1, "Habit Created", {"template": None, "times": 8}),
        ew_msg(2, "Checkin Logged", {"streak": 12}),
        ew_msg(3, "Paywall Viewed", {"source": "stats"})], adid=False)]
    out.append(sv_validate(SK, rng, "streakly_premium_annual", 29.99))
    out.append(sv_customer(SK))
    out.append(tg_eval(SK, tg_ctx(plan="trial"), ["paywall_v4", "streak_freeze"]))
    out.append(tg_events(SK, L(USER_ID, UID), [("paywall_v4", 1), ("streak_freeze", 0)]))
    out.append(nf_register(SK, push_token(rng), ["premium", "habits_5plus"]))
    out.append(nf_events(SK, rng, chan, ["app_foreground", "push_arrived", "push_opened",
                                         "app_background"]))
    out.append(bf_error(SK, rng, "android.app.ForegroundServiceStartNotAllowedException",
                        "startForegroundService() not allowed due to mAllowStartForeground "
                        "false", ["Today", "Settings"]))
    out.append(bf_error(SK, rng, "java.lang.IndexOutOfBoundsException",
                        "Index: 7, Size: 7", ["Stats", "StatsWeek"], severity="warning",
                        meta={"widget": {"size": "4x2", "habits": 5}}))
    out.append(bf_session(SK, rng))
    out.append(tm_launch(SK, sdk_uid(rng), 64, cuid=True))
    return out


