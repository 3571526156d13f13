"""Library and e-reader app "Pagewren": a library-card log-in (form), the patron with a JWT
bearer, notification settings, a catalogue search, a hold, a loan, the e-book licence's device
activation and fulfilment, the reading position (protobuf), highlights and notes, reading-speed
telemetry (gzip; two titles), a dictionary look-up, a bookmark (msgpack), the branch's geofence,
a fine, a review, a book-club message, a reading goal, read-aloud voice settings,
devices, events and a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
    raw,
    scroll_velocity,
)
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families32_kit import BRANCH, BRANCH_FIX, LIB_CARD, LIB_PIN, fix, oid, turns
from eval_families32_sdk import (
    ck_crumb,
    ck_notify,
    ck_session,
    tm_batch,
    tm_beacon,
    tm_identify,
)
from eval_families32_svc import cm_message, cs_save, mf_reverse, pr_register, tb_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("pagewren", "Pagewren", "com.example.pagewren", "7.3.0",
          "https://api.pagewren.example.org")
IID = "X-Pagewren-Device"
TITLE1, TITLE2 = "bk_9781571313560", "bk_9780143127741"
CFI = "epubcfi(/6/24!/4/2/16/1:211)"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _reading(rng: random.Random, title_id: str, title: str, mins: int, wpm: int) -> Case:
    return case(APP.fam, f"{APP.api}/api/telemetry/reading", gz=True,
                headers=_h(rng, auth="bearer"), body={
                    "title_id": title_id, "title": L(title, USAGE),
                    "session_s": L(mins * 60, USAGE), "pages": mins // 2,
                    "wpm": L(wpm, USAGE), "page_turn_s": turns(rng, 8),
                    "fling_px_s": scroll_velocity(rng, 5), "font": "literata",
                    "font_size": 18, "theme": "sepia", "orientation": L("portrait", DEV)})


def pagewren() -> list[Case]:
    rng = random.Random(3261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, card=L(LIB_CARD, UID), name=L(NAME, NAMEC),
                                    library="hsq"))}
    pacc: dict[str, str] = {}
    posn = pb([(1, L(USER_ID, UID)), (2, TITLE1), (3, L(CFI, USAGE)), (4, L(0.4127, USAGE)),
               (5, L(INSTALL_ID, DID)), (6, 1765322140)], "", pacc)
    blat, blon = fix(BRANCH_FIX, 5)
    cases = [
        case(f, f"{a}/api/auth/card", fmt="form", headers=_h(rng), body={
            "card": L(LIB_CARD, UID), "pin": L(LIB_PIN, CRED), "library": "hsq",
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/patron", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/patron/notifications", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "sms": L(NATIONAL, TEL), "hold_ready": True,
            "due_soon_days": 3}),
        case(f, f"{a}/api/catalog/search", headers=_h(rng, **b), query={
            "q": L("braiding sweetgrass", SEARCH), "format": "ebook", "available": "1"}),
        case(f, f"{a}/api/holds", headers=_h(rng, **b), body={
            "title_id": TITLE2, "format": "epub", "notify": "sms", "branch": BRANCH["id"]}),
        case(f, f"{a}/api/loans", headers=_h(rng, **b), body={
            "title_id": TITLE1, "format": "epub", "days": 21}),
        case(f, f"{a}/api/drm/activate", headers=_h(rng, **b), body={
            "device_id": L(INSTALL_ID, DID), "name": L("Jane's Pixel 8", f"{NAMEC}|{DEV}"),
            "model": L("Pixel 8", DEV), "scheme": "lcp"}),
        case(f, f"{a}/api/drm/fulfil", headers=_h(rng, **b), body={
            "loan_id": oid(rng, "ln"), "license_token": L(opaque(rng, "lcp.", 40), CRED)}),
        raw(f, f"{a}/sync.v1.Positions/Put", posn, "application/x-protobuf", pacc,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/annotations", headers=_h(rng, **b), body={"items": [
            {"title_id": TITLE1, "kind": "highlight", "cfi": L(CFI, USAGE), "color": "yellow",
             "text": L("All flourishing is mutual.", TEXT)},
            {"title_id": TITLE1, "kind": "note", "cfi": L("epubcfi(/6/26!/4/2/8/1:40)", USAGE),
             "note": L("Grandma's garden in Ohio did this: beans up the corn.", TEXT)}]}),
        _reading(rng, TITLE1, "Braiding Sweetgrass", 38, 241),
        _reading(rng, TITLE2, "The Body Keeps the Score", 22, 228),
        case(f, f"{a}/api/dictionary", headers=_h(rng, **b),
             query={"word": L("reciprocity", SEARCH), "lang": L("en", DEV)}),
        case(f, f"{a}/api/bookmarks", fmt="msgpack", headers=_h(rng, **b), body={
            "title_id": TITLE1, "cfi": L(CFI, USAGE),
            "label": L("ch. 7 - the honorable harvest", TEXT)}),
        case(f, f"{a}/api/branches/arrival", headers=_h(rng, **b), body={
            "branch": BRANCH["id"], "lat": blat, "lon": blon, "acc_m": 11,
            "fence": {"lat": BRANCH["at"][0], "lon": BRANCH["at"][1], "r": 80}}),
        case(f, f"{a}/api/fines/pay", fmt="form", headers=_h(rng, **b), body={
            "card": L(LIB_CARD, UID), "amount": L("3.50", BUY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/reviews", headers=_h(rng, **b), body={
            "title_id": TITLE1, "stars": 5, "display_name": L("jane_reads_nyc", UID),
            "text": L("Slow, generous and beautiful. I read it on the subway for a month.",
                      TEXT)}),
        case(f, f"{a}/api/clubs/cl_4471/messages", headers=_h(rng, **b), body={
            "body": L("I'm on chapter 9, can we push the meeting to the 18th?", TEXT)}),
        case(f, f"{a}/api/goals", headers=_h(rng, **b), body={"year": 2026, "books": 24}),
        case(f, f"{a}/api/tts/settings", headers=_h(rng, **b), body={
            "voice": "en-US-neural-F3", "rate": 1.1, "pitch": 0, "highlight_words": True}),
        case(f, f"{a}/api/devices", headers=_h(rng, how="nodash", **b), body={
            "push": L(push_token(rng), DID), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "card": L(LIB_CARD, UID), "events": [
                ev("book_opened", 1, title=L("Braiding Sweetgrass", USAGE)),
                ev("highlight_added", 2), ev("screen_view", 3, screen=L("Reader", USAGE))]}),
        case(f, f"{a}/api/loans", query={"status": "active"}, headers=_h(rng, how="none"),
             cookies={"pw_sid": L(opaque(rng, "", 40), CRED), "pw_dev": L(INSTALL_ID, DID)}),
    ]
    return cases


def pagewren_sdks() -> list[Case]:
    rng = random.Random(3262)
    return [
        tm_batch(APP, rng, [("Book Opened", {"format": "epub"}),
                            ("Reading Session", {"minutes": L(38, USAGE)})]),
        tm_identify(APP, rng, {"library": "hsq", "card_type": "adult",
                               "$email": L(EMAIL, MAIL)}),
        tm_beacon(APP, rng, "Card Screen Viewed", {"library": "hsq", "step": 1}),
        ck_notify(APP, rng, ("java.lang.IllegalArgumentException", "bad cfi offset"),
                  [ck_crumb("Reader", "navigation"), ck_crumb("page turn", "user")],
                  user={"id": L(LIB_CARD, UID)}, ctx="ReaderActivity"),
        ck_session(APP, rng),
        tb_eval(APP, rng, {"library": "hsq", "lcp": True}, get=True),
        pr_register(APP, rng, tags=["holds", "adult"]),
        cs_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        mf_reverse(APP, rng, BRANCH_FIX, PRECISE),
        cm_message(APP, rng, L("My loan of Braiding Sweetgrass vanished after the update",
                               TEXT), {"library": "hsq"}),
    ]
