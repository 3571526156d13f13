"""Whitebait-fishing catch diary "Inangalog" (the Kaituna River mouth near Maketu): sign-up with a
handle, log-in, ``/me``, a catch with a photo, an offline sync (msgpack), tides by station in the
path, a forecast by her spot's ``lat,lon`` in the path, a saved spot with notes, spots near her, a
tide's track, a catch shared with her husband, a post, the river's rules, a report of illegal
netting, a season summary, push, events and the diary by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, multipart, push_token
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path, track
from eval_families24_kit import claims, head
from eval_families118_kit import (
    CRED,
    DEV,
    DID,
    HUSBAND,
    MAIL,
    MEDIA,
    NAMEC,
    PASSWORD,
    PRECISE,
    RIVER,
    SEARCH,
    SPOTS,
    TEL,
    TEPUKE_AT,
    TEXT,
    UID,
    USAGE,
    catches,
    fix,
    obj,
)
from eval_families118_sdk import (
    aw_link,
    aw_session,
    bp_bid,
    bp_win,
    fk_crash,
    fk_crumb,
    tk_batch,
    tk_pixel,
)
from eval_families118_svc import ft_eval, mp_search, pt_subscribe
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("inangalog", "Inangalog", "com.example.inangalog", "1.8.4",
          "https://api.inangalog.example.net")
IID = "X-Inanga-Install"
HANDLE = "janebait_nz"  # her public handle (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def inangalog() -> list[Case]:
    rng = random.Random(11851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID)))}
    s0la, s0lo = fix(SPOTS[0], 6)
    seg = f"{SPOTS[1][0]:.4f},{SPOTS[1][1]:.4f}"
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "handle": L(HANDLE, UID), "email": L(EMAIL, MAIL), "password": L(PASSWORD, CRED),
            "region": L("Bay of Plenty", "location.coarse"), "experience": "3 seasons"}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "login": L(HANDLE, UID), "password": L(PASSWORD, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/catches", headers=_h(rng, **b), body={
            "river": RIVER["id"], "lat": s0la, "lon": s0lo, "grams": 420, "minutes": 150,
            "net": "scoop", "tide": "incoming", "waterTempC": 15.5,
            "notes": L("Best run of the season, shoals hugging the bank", TEXT)}),
        multipart(f, f"{a}/v1/catches/{obj(rng, 'ct', 8)}/photo", [
            ("photo", "IMG_20251121_064210.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"lat": L(round(SPOTS[0][0], 5), PRECISE),
                                                "lon": L(round(SPOTS[0][1], 5), PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "catches": catches(rng, 4), "client": "offline"}),
        case(f, f"{a}/v1/tides/{RIVER['station']}", headers=_h(rng, **b), query={
            "from": "2025-12-09", "days": "7"}),
        at_path(case(f, f"{a}/v1/forecast/{seg}", headers=_h(rng, **b), query={"h": "48"}),
                seg, PRECISE),
        case(f, f"{a}/v1/spots", headers=_h(rng, **b), body={
            "name": "willow bend", "lat": L(str(SPOTS[1][0]), PRECISE),
            "lon": L(str(SPOTS[1][1]), PRECISE), "private": True,
            "notes": L("Behind the big willow, 40 m upstream of the stand", TEXT)}),
        case(f, f"{a}/v1/spots/near", headers=_h(rng, **b), query={
            "lat": L(f"{TEPUKE_AT[0]:.5f}", PRECISE), "lon": L(f"{TEPUKE_AT[1]:.5f}", PRECISE),
            "km": "25"}),
        case(f, f"{a}/v1/trips", gz=True, headers=_h(rng, **b), body={
            "river": RIVER["id"], "track": track(rng, 6, SPOTS[0], 6), "start": 1763657400}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "catch": obj(rng, "ct", 8), "to": {"name": L(HUSBAND[0], NAMEC),
                                               "phone": L(HUSBAND[1], TEL)},
            "message": L("Tama - fritters tonight!", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/posts", headers=_h(rng, **b), body={
            "text": L("Kaituna was running clear this morning, decent run on the turn",
                      TEXT), "river": RIVER["id"], "showSpot": False}),
        case(f, f"{a}/v1/rivers/{RIVER['id']}/rules", headers=_h(rng, **b)),
        case(f, f"{a}/v1/gear", headers=_h(rng, **b), body={
            "net": "scoop", "screens": 2, "waders": True, "requestId": obj(rng, "rq", 12)}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "kind": "illegal_net", "lat": L(round(SPOTS[1][0], 5), PRECISE),
            "lon": L(round(SPOTS[1][1], 5), PRECISE),
            "text": L("Fixed net across the channel below the stands", TEXT),
            "riverLat": RIVER["lat"], "riverLon": RIVER["lon"]}),
        case(f, f"{a}/v1/seasons/2025/summary", headers=_h(rng, **b), body={
            "tides": 14, "totalGrams": 3120, "bestTide": "2025-11-21"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("fritter recipe no egg", SEARCH)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L("Pacific/Auckland",
                                                                           DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, how="nodash", **b), body={
            "handle": L(HANDLE, UID), "events": [
                ev("catch_logged", 1, grams=420), ev("spot_saved", 2),
                ev("screen", 3, screen=L("DiaryScreen", USAGE))]}),
        case(f, f"{a}/v1/diary", headers=_h(rng, how="upper"), query={"season": "2025"},
             cookies={"il_session": L(opaque(rng, "", 40), CRED), "il_units": "metric"}),
        case(f, f"{a}/v1/me/settings", headers=_h(rng, **b), body={
            "units": "metric", "publicProfile": False, "language": L("en-NZ", DEV)}),
    ]


def inangalog_sdks() -> list[Case]:
    rng = random.Random(11852)
    return [
        tk_batch(APP, rng, [("Catch Logged", {"grams": 420}), ("Spot Saved", {})], adid=True),
        tk_pixel(APP, rng, "Onboarding Started", {"step": 1}),
        aw_session(APP, rng, first=True),
        aw_link(APP, rng, U("https://inangalog.example.net/c", {
            "catch": "ct_51a0be3c", "by": L(HANDLE, UID), "utm_medium": "share"})),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SPOTS[0], nd=3,
               keywords="whitebait,fishing"),
        bp_win(APP, rng),
        fk_crash(APP, rng, ("java.lang.NullPointerException", "tide was null"),
                 [fk_crumb("navigation", "Diary -> Forecast")], screen="ForecastActivity"),
        ft_eval(APP, rng, {"region": L("BOP", "location.coarse")}),
        pt_subscribe(APP, rng, tags={"river": RIVER["id"]}, at=SPOTS[0], nd=1),
        mp_search(APP, rng, "Kaituna River mouth", SEARCH, near=TEPUKE_AT, nd=4),
    ]
