"""Smart keyboard "Keyquill": typing insights (words per minute, dwell and flight times, in JSON
and protobuf), a typing test, cloud predictions of what the user is typing, a synced personal
dictionary and text shortcuts (msgpack), a cross-device clipboard, swipe-typing traces, GIF
search, emoji use, themes, layouts and languages, model downloads."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    APPS,
    BUY,
    CRED,
    DASHED,
    DEV,
    DID,
    KEYS,
    MAIL,
    MOTION,
    NAMEC,
    PAY,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    compact,
    dwell_flight,
    keys,
    pb,
    push_token,
    raw,
    swipe,
    varints,
)
from eval_families18_kit import IID_UPPER
from eval_families20_kit import T0, App, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, head, rid
from eval_families26_sdk import (
    loom_event,
    loom_launch,
    warden_crumb,
    warden_report,
    warden_session,
    wren_batch,
    wren_identify,
)
from eval_families26_svc import (
    agree_web,
    hive_message,
    till_tokenize,
    tog_eval,
    wick_register,
)
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("keyquill", "Keyquill", "com.example.keyquill", "9.4.2",
          "https://api.keyquill.example.com")
IID = "X-Keyquill-Device"
CHAT_APP = "com.example.chatterbox"  # the messaging app she types into (an installed app)
MAIL_APP = "org.example.mailnest"
PROMPT = "the quick brown fox jumps over the lazy dog"  # the typing test's own sentence


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _rhythm_pb(rng: random.Random) -> Case:
    """A typing session as schema-less protobuf: the user (1), flight times (2, packed
    varints), dwell times (3, packed varints), the app typed into (4), a session ID (5)."""
    dw, fl = dwell_flight(rng, 24)
    labels: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), (2, L(varints(fl), KEYS)), (3, L(varints(dw), KEYS)),
               (4, L(CHAT_APP, APPS)), (5, "ks_" + opaque(rng, "", 12))], "", labels)
    return raw(APP.fam, f"{APP.api}/v1/typing/sessions", data, "application/x-protobuf",
               labels, headers=_h(rng, auth="bearer"))


def keyquill() -> list[Case]:
    rng = random.Random(2631)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    dw, fl = dwell_flight(rng, 16)
    dw2, fl2 = dwell_flight(rng, 12)
    queue = [{"uid": L(USER_ID, UID), "ev": L(n, USAGE), "ts": (T0 + 45 * i) * 1000, "p": p}
             for i, (n, p) in enumerate([("keyboard_shown", {"field": "text"}),
                                         ("suggestion_picked", {"slot": 1}),
                                         ("theme_opened", {"theme": "aurora"})])]
    return [
        case(f, f"{a}/v1/accounts/signin", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Qwerty-not-really-9", CRED)}),
        case(f, f"{a}/v1/accounts/signin/otp", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "otp": L("774201", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/typing/stats", headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "date": "2025-12-09", "wpm_avg": L(41.2, KEYS),
            "wpm_peak": L(63.0, KEYS), "backspace_rate": L(0.071, KEYS),
            "words": L(2841, USAGE), "sessions": L(63, USAGE), "swipe_share": L(0.34, USAGE),
            "autocorrect_accepts": L(112, USAGE)}),
        case(f, f"{a}/v1/typing/rhythm", headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "samples": [
                {"field": "text", "app": L(CHAT_APP, APPS), "dwell": L(dw, KEYS),
                 "flight": L(fl, KEYS)},
                {"field": "email", "app": L(MAIL_APP, APPS), "dwell": L(dw2, KEYS),
                 "flight": L(fl2, KEYS)}]}),
        _rhythm_pb(rng),
        case(f, f"{a}/v1/predict", headers=_h(rng, auth="bearer"), body={
            "context": L("running 10 min late, save me a seat at the", TEXT),
            "lang": L("en-US", DEV), "app": L(CHAT_APP, APPS), "n": 3, "req": rid(rng)}),
        case(f, f"{a}/v1/typing/test", headers=_h(rng, auth="bearer"), body={
            "test_id": "tt_" + opaque(rng, "", 8), "prompt_id": "pangram_01",
            "events": L(keys(rng, PROMPT, "row"), KEYS), "wpm": L(58.4, KEYS),
            "accuracy": 0.97}),
        case(f, f"{a}/v1/dictionary/sync", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"uid": L(USER_ID, UID), "added": [L("Okafor", TEXT), L("Brilha", TEXT),
                                                      L("Greenpoint", TEXT)],
                   "removed": [L("ducking", TEXT)], "shortcuts": [
                       {"trigger": "@@", "expansion": L(EMAIL, MAIL)},
                       {"trigger": "addr", "expansion": L(STREET, ADDR)},
                       {"trigger": "sig", "expansion": L(f"Best, {NAME}", f"{TEXT}|{NAMEC}")}],
                   "rev": 418}),
        case(f, f"{a}/v1/clipboard", headers=_h(rng, auth="bearer"), body={
            "items": [{"text": L(f"Call me at {DASHED} after 6", f"{TEXT}|{TEL}"),
                       "ts": (T0 + 120) * 1000, "src": L(CHAT_APP, APPS)},
                      {"text": L("Bring the blue folder and the spare key", TEXT),
                       "ts": (T0 + 480) * 1000}], "device": "phone"}),
        case(f, f"{a}/v1/gestures", headers=_h(rng, auth="bearer"), body={
            "word": L("tonight", TEXT), "trace": L(swipe(rng, 14), MOTION),
            "layout": "qwerty_en", "decoder": "sw-4.1"}),
        case(f, f"{a}/v1/typing/masked", headers=_h(rng, auth="bearer"), body={
            "field_type": "password", "app": L(MAIL_APP, APPS),
            "ks": L(compact(keys(rng, "xxxxxxxxxx"), masked=True), KEYS)}),
        case(f, f"{a}/v1/gifs/search", headers=_h(rng, auth="bearer"),
             query={"q": L("happy dance", SEARCH), "locale": L("en_US", DEV), "limit": "24"}),
        case(f, f"{a}/v1/emoji/usage", headers=_h(rng, auth="bearer"), body={
            "recent": [L("\U0001f602", USAGE), L("\u2764\ufe0f", USAGE), L("\U0001f64f", USAGE)],
            "skin_tone": "default", "period": "7d"}),
        case(f, f"{a}/v1/themes/purchase", headers=_h(rng, auth="bearer"), body={
            "theme_id": L("th_aurora_pro", BUY), "price": L("1.99", BUY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "idempotency_key": rid(rng)}),
        case(f, f"{a}/v1/layouts", headers=_h(rng, auth="bearer"), body={
            "languages": [L("en-US", DEV), L("pt-BR", DEV)], "height_pct": 38,
            "keys": [{"k": c, "x": 54 + 108 * i, "y": 80, "w": 104} for i, c in
                     enumerate("qwertyuiop")], "number_row": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, auth="bearer"), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "android_id": L(ANDROID_ID, DID), "ime_version": APP.ver}),
        lines(f, f"{a}/v1/events/queue", queue, gz=True, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/models/latest", headers=_h(rng, how="upper"), query={
            "lang": "en-US", "v": "2025.11.3",
            "sha256": "9f1c0e7b44d2a6f3b8e15c0d9a7e6b2c4f1a3d5e7c9b0a2f4e6d8c0b1a3f5e7d"}),
        case(f, f"{a}/v1/feedback/autocorrect", headers=_h(rng, auth="bearer"), body={
            "typed": L("Okafor", TEXT), "replaced_with": "Okay for",
            "app": L(MAIL_APP, APPS), "undo": True}),
        case(f, f"{a}/v1/settings", headers={"User-Agent": L(APP.ua, DEV),
                                             "X-Keyquill-Device": L(IID_UPPER, DID)},
             cookies={"kq_session": L(opaque(rng, "", 48), CRED), "kq_ab": "pred_v7"}),
    ]


def keyquill_sdks() -> list[Case]:
    rng = random.Random(2632)
    return [
        wren_batch(APP, rng, [("Keyboard Enabled", {"step": 2}),
                              ("Theme Purchased", {"value": L(1.99, BUY)}),
                              ("Settings Viewed", {"screen": L("Typing Insights", USAGE)})]),
        wren_identify(APP, rng, {"wpm_bucket": L("40-50", KEYS), "languages": 2,
                                 "plan": "free"}),
        loom_launch(APP, rng, first=True),
        loom_event(APP, rng, "theme_purchase", {"revenue": L(1.99, BUY), "currency": "USD"}),
        warden_report(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 8388608"),
                      [warden_crumb("state", "model loaded en-US 2025.11.3"),
                       warden_crumb("log", "prediction latency 48ms")],
                      user={"id": L(USER_ID, UID)}, meta={"ime": {"lang": L("en-US", DEV)}},
                      screen="ImeService"),
        warden_session(APP, rng),
        tog_eval(APP, rng, {"cloud_predict": True, "langs": 2}),
        wick_register(APP, rng),
        agree_web(APP, rng, {"analytics": True, "improve_typing": False}),
        till_tokenize(APP, rng),
        hive_message(APP, rng, L("Swipe typing stopped working in my mail app after the update",
                                 TEXT), {"version": APP.ver, "lang": L("en-US", DEV)},
                     screen="Support"),
    ]
