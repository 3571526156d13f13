"""Podcast player "Earshot" (mostly signed out, ad-funded; audio ads, an offline queue)."""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    CRED,
    DEV,
    DID,
    IID_NODASH,
    M4A,
    MAIL,
    MEDIA,
    SEARCH,
    TEXT,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families22_kit import lines
from eval_families23_kit import hdrs, rid
from eval_families23_sdk import (
    crumb,
    fault_envelope,
    fault_session,
    harbor_beacon,
    harbor_bid,
    loft_session,
    tally_batch,
)
from eval_families23_svc import (
    permit_event,
    ping_open,
    ping_player,
    ping_register,
    toggle_eval,
    toggle_exposures,
)
from eval_payloads import EMAIL, INSTALL_ID, Case, L, U, case, rnd_hex

APP = App("earshot", "Earshot", "com.example.earshot", "3.1.4", "https://api.earshot.example.com")
FEEDS = ["https://feeds.example.net/hourly-brief.xml", "https://feeds.example.net/gardenlab.rss",
         "https://feeds.example.org/retro-cpu/podcast.xml"]
EP = "ep_" + "4be1c0a9d2"


def earshot() -> list[Case]:
    rng = random.Random(2341)
    a, f = APP.api, APP.fam
    cases = [
        case(f, f"{a}/v1/devices/register", headers=hdrs(APP, rng),
             body={"install_id": L(INSTALL_ID, DID), "push": L(push_token(rng), DID),
                   "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                   "locale": L("en_US", DEV), "tz": L("America/New_York", DEV),
                   "store_region": L("us", DEV)}),
        case(f, f"{a}/v1/search", headers=hdrs(APP, rng),
             query={"term": L("sourdough starter", SEARCH), "type": "episode", "limit": "30"}),
        case(f, f"{a}/v1/search/suggest", headers=hdrs(APP, rng),
             query={"prefix": L("retro cp", SEARCH)}),
        case(f, f"{a}/v1/subscriptions/sync", fmt="msgpack", headers=hdrs(APP, rng),
             body={"device": L(INSTALL_ID, DID), "feeds": FEEDS, "rev": 88,
                   "removed": [], "etag": rnd_hex(rng, 16)}),
        case(f, f"{a}/v1/playback/progress", fmt="msgpack", headers=hdrs(APP, rng),
             body={"device": L(INSTALL_ID, DID), "episode": EP, "position_s": 1312,
                   "played_s": L(604, USAGE), "speed": 1.5, "completed": False,
                   "source": "queue"}),
        case(f, "https://cdn.earshot.example.net/e/" + EP + ".mp3",
             query={"aid": "earshot", "lid": L(IID_NODASH, DID), "dl": "1"},
             headers={"User-Agent": L("Earshot/3.1.4 ExoPlayerLib/2.19.1 (Linux; Android 14; "
                                      "Pixel 8)", DEV), "Range": "bytes=0-"}),
        lines(f, f"{a}/v1/events/offline", [
            {"e": L("play", USAGE), "ep": EP, "t": 1765300010, "did": L(INSTALL_ID, DID)},
            {"e": L("skip_forward", USAGE), "ep": EP, "t": 1765300412, "secs": 30},
            {"e": L("pause", USAGE), "ep": EP, "t": 1765300904,
             "listened_s": L(604, USAGE)}], headers=hdrs(APP, rng), gz=True),
        multipart(f, f"{a}/v1/clips", [
            ("meta", None, "application/json",
             {"episode": EP, "at_s": 1290, "caption": L("This bit about hydration ratios!",
                                                         TEXT), "client_id": rid(rng)}),
            ("voice", "reply.m4a", "audio/mp4", L(M4A, MEDIA))],
            headers=hdrs(APP, rng, bearer="session")),
        case(f, f"{a}/v1/account/signup", headers=hdrs(APP, rng),
             body={"email": L(EMAIL, MAIL), "password": L("podsAtDawn!9", CRED),
                   "birth_year": L(1991, BIRTH), "marketing": False,
                   "install_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/opml/export", fmt="form", headers=hdrs(APP, rng, bearer="session"),
             body={"email": L(EMAIL, MAIL), "format": "opml", "include_played": "0"}),
        case(f, f"{a}/v1/recommendations", query={"seed": EP, "n": "12"},
             headers=hdrs(APP, rng, iid="none"),
             cookies={"es_did": L(INSTALL_ID, DID), "es_ab": "recs-v4:b",
                      "es_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/ratings", headers=hdrs(APP, rng, bearer="session"),
             body={"show": "sh_gardenlab", "stars": 5,
                   "review": L("Finally a garden show that doesn't assume I have a yard.",
                               TEXT)}),
        case(f, f"{a}/v1/chapters/{EP}", headers=hdrs(APP, rng)),
        case(f, f"{a}/v1/charts", query={"country": L("us", DEV), "genre": "science"},
             headers=hdrs(APP, rng)),
        case(f, f"{a}/v1/settings", headers=hdrs(APP, rng, bearer="session"),
             body={"wifi_only_downloads": True, "auto_delete_played": True, "skip_back": 15,
                   "sleep_timer_default": 30, "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/listening/summary", headers=hdrs(APP, rng, bearer="session"),
             body={"week": "2025-49", "minutes": L(318, USAGE), "shows": 6,
                   "top_show": "sh_retro_cpu"}),
    ]
    return cases


def earshot_sdks() -> list[Case]:
    rng = random.Random(2342)
    player = ping_player(rng)
    audio = {"audio": {"mimes": ["audio/mpeg"], "minduration": 15, "maxduration": 30,
                       "startdelay": 0, "feed": 3}, "tagid": "preroll_1", "bidfloor": 8.0}
    return [
        harbor_bid(APP, rng, imp=audio, nd=None, cat=["IAB15"], gz=True),
        harbor_beacon(APP, rng, "start"),
        harbor_beacon(APP, rng, "complete"),
        tally_batch(APP, rng, [ev("episode_play", 1, show="sh_gardenlab", episode=EP),
                               ev("search", 2, term=L("sourdough starter", SEARCH)),
                               ev("subscribe", 3, show="sh_retro_cpu")], user=False,
                    adid=True),
        loft_session(APP, rng, first=True, count=1),
        fault_envelope(APP, rng, exc=("android.media.MediaCodec$CodecException",
                                      "Error 0xfffffff4"),
                       crumbs=[crumb("navigation", "Queue -> Player"),
                               crumb("http", "GET", {"url": U(f"{APP.api}/v1/search",
                                                              {"term": L("retro cpu", SEARCH),
                                                               "type": "show"})})],
                       user=False, tags={"codec": "aac"}),
        fault_session(APP, rng, user=False),
        ping_register(APP, rng, user=False, tags={"new_episodes": "on"}, adid=True),
        ping_open(APP, rng, player, focus=905),
        permit_event(APP, rng, {"analytics": True, "ads": True}, b64=True),
        toggle_eval(APP, rng, {"downloads": 14, "plan": "free"}, user=False),
        toggle_exposures(APP, rng, {"new-player-ui": "on"}, user=False),
    ]
