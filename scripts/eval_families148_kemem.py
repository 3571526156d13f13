"""A first-birthday feast planner "Kememro" (a ``kemem`` is the big Marshallese feast for a
child's first birthday; she plans her baby niece's with her sister-in-law). New to the
evaluation (a file-name and docstring grep of ``scripts/`` found no first-birthday or feast
planner; set 135's agricultural show and the parties of earlier sets are not feasts one books).
Calls: sign-up by SMS, ``/me`` with a JWT, the feast (the baby's name and birth date, the
family), the hall booking and deposit, the guest list (names and phones she types), an
invitation with a link whose query carries the event, RSVPs, a catering order (pigs, breadfruit,
cake), the cake photo, a church blessing slot, a budget (msgpack), contributions from relatives
(JSON Lines), a search for a band, the hall check-in with her fix, a thank-you post with a
family photo, the receipt by event number in the path, a cookie GET of the plan, push and
events."""

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
    E164,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families148_kit import (
    EVENT,
    HALL,
    HALL_FIX,
    HUSBAND,
    MH_ACCOUNT,
    NIECE,
    SIS_IN_LAW,
    fix,
    hd,
    push,
)
from eval_families148_sdk import bo_bid, bo_notice, sb_batch, sb_pixel, tp_event, tp_link
from eval_families148_svc import cj_card, cj_wallet, ms_route, ps_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kememro", "Kememro", "com.example.kememro", "2.2.0", "https://api.kememro.example.com")
IID = "X-Kememro-Device"
HOST = "KH-5521"  # her host account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "nodash", **kw})


def kememro() -> list[Case]:
    rng = random.Random(14831)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, host=L(HOST, UID), phone=L(E164, TEL)))}
    hla, hlo = fix(HALL_FIX, 5)
    guests = [("Mary Lokeijak", "+6924551908"), ("Tina Jibas", "+6926253381"),
              ("Bobby Laelang", "+6924550072")]
    rec = at_path(case(f, f"{a}/api/events/{EVENT}/receipt.pdf", headers=_h(rng, **b)),
                  f"{EVENT}", BUY)
    contrib = [{"host": L(HOST, UID), "from": L(n, NAMEC), "amount": L(amt, BUY),
                "ts": 1765300000 + 600 * i}
               for i, (n, amt) in enumerate([(HUSBAND[0], 300), (SIS_IN_LAW[0], 250),
                                            ("Kilon Jibas", 100)])]
    return [
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "name": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/auth/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("318822", CRED), "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "host": L(HOST, UID), "kind": "kemem", "event": L(EVENT, BUY),
            "child": {"name": L(NIECE["name"], NAMEC), "dob": L(NIECE["dob"], BIRTH)},
            "parents": [L(SIS_IN_LAW[0], NAMEC)], "date": "2025-12-20",
            "island": L("Majuro", COARSE), "guests": 220}),
        case(f, f"{a}/api/events/{EVENT}/venue", headers=_h(rng, **b), body={
            "hall": HALL["id"], "hallName": HALL["name"], "hallPhone": HALL["phone"],
            "deposit": L(150, BUY), "hours": "10:00-18:00"}),
        case(f, f"{a}/api/events/{EVENT}/guests", headers=_h(rng, **b), body={
            "guests": [{"name": L(n, NAMEC), "phone": L(p, TEL), "table": i + 1}
                       for i, (n, p) in enumerate(guests)]}),
        case(f, f"{a}/api/events/{EVENT}/invite", headers=_h(rng, **b), body={
            "channel": "sms", "text": L(f"Kemem for {NIECE['name']}, Rita Hall, 20 Dec",
                                        f"{TEXT}|{NAMEC}"),
            "link": U("https://kememro.example.com/i", {"e": L(EVENT, BUY),
                                                        "h": L(HOST, UID)})}),
        case(f, f"{a}/api/events/{EVENT}/rsvps", headers=_h(rng, **b), query={
            "status": "yes", "page": "1"}),
        case(f, f"{a}/api/catering/orders", headers=_h(rng, **b), body={
            "event": L(EVENT, BUY), "caterer": "cat_0112", "items": [
                {"item": "roast pig", "qty": 3}, {"item": "breadfruit", "qty": 40},
                {"item": "birthday cake 3-tier", "qty": 1}],
            "total": L(1240.0, BUY), "deliverTo": HALL["id"]}),
        multipart(f, f"{a}/api/catering/cake", [
            ("photo", "cake.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("note", None, "application/json", {"text": L(f"Write 'Happy 1st {NIECE['name']}'",
                                                          f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/events/{EVENT}/blessing", headers=_h(rng, **b), body={
            "church": L("Delap Bethel Congregation", SENS), "pastor": "Rev. Lang",
            "time": "10:30", "prayerFor": L(NIECE["name"], NAMEC)}),
        case(f, f"{a}/api/events/{EVENT}/budget", fmt="msgpack", headers=_h(rng, **b), body={
            "host": L(HOST, UID), "lines": [["hall", 300], ["food", 1240], ["band", 200]],
            "total": L(1740, BUY)}),
        lines(f, f"{a}/api/events/{EVENT}/contributions", contrib, headers=_h(rng, **b)),
        case(f, f"{a}/api/vendors/search", headers=_h(rng, **b), query={
            "q": L("string band for kemem", SEARCH), "island": L("Majuro", COARSE)}),
        case(f, f"{a}/api/events/{EVENT}/checkin", headers=_h(rng, **b), body={
            "hall": HALL["id"], "lat": hla, "lon": hlo}),
        multipart(f, f"{a}/api/posts", [
            ("photo", "family.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("post", None, "application/json", {
                "text": L("Kommool tata to everyone who came for Liana!", f"{TEXT}|{NAMEC}"),
                "event": L(EVENT, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/payouts/account", fmt="form", headers=_h(rng, **b), body={
            "account": L(MH_ACCOUNT, PAY), "holder": L(f"{FIRST} {LAST}", NAMEC)}),
        rec,
        case(f, f"{a}/api/plan", headers=_h(rng, how="none"), query={"e": L(EVENT, BUY)},
             cookies={"km_sess": L(opaque(rng, "", 40), "secret.credential"),
                      "km_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/events/{EVENT}/seating", headers=_h(rng, **b), body={
            "tables": [{"n": 1, "guests": [L("Mary Lokeijak", NAMEC), L("Tina Jibas", NAMEC)]},
                       {"n": 2, "guests": [L(HUSBAND[0], NAMEC)]}], "layout": "rows"}),
        case(f, f"{a}/api/auth/logout", fmt="form", headers=_h(rng, **b), body={
            "all_devices": "0", "install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events/log", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("guest_added", 1), ev("order_placed", 2),
                ev("screen", 3, screen=L("Budget", USAGE))]}),
        case(f, f"{a}/api/config", headers=_h(rng, **b), query={"v": APP.ver,
                                                             "locale": L("en_MH", DEV)}),
    ]


def kememro_sdks() -> list[Case]:
    rng = random.Random(14832)
    return [
        sb_batch(APP, rng, [("Event Created", {"kind": "kemem"}),
                            ("Order Placed", {"total": L(1240.0, BUY)})]),
        sb_pixel(APP, rng, "invite_opened", {"e": L(EVENT, BUY)}),
        tp_event(APP, rng, "order_placed", {"items": 3}, revenue=1240.0),
        tp_link(APP, rng, U("https://kememro.example.com/i", {"e": L(EVENT, BUY),
                                                              "h": L(HOST, UID)})),
        bo_bid(APP, rng, {"native": {"ver": "1.2"}}, at=HALL_FIX, nd=3),
        bo_notice(APP, rng, "imp"),
        cj_card(APP, rng),
        cj_wallet(APP, rng, "150.00", L(E164, TEL)),
        ps_register(APP, rng, at=HALL_FIX, nd=2),
        ms_route(APP, rng, [(HALL_FIX, "location.precise"), ((7.10412, 171.37118), None)]),
    ]
