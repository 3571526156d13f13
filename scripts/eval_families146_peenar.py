"""An allotment-garden society's app "Peenar" (peenar: a garden bed; English API with Estonian
values): joining the Raadi society, the plot lease, the membership fee, the water-meter reading at
her plot, a tool-shed booking, a compost delivery, a photo of the plot, the sowing diary, a
swap-market post, a work-day sign-up, a message to the board, a shared plot-mate (her husband),
the gate code by cookie GET, the fee statement by membership number in the path, push, events.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
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
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families146_kit import (
    ALLOT_GATE,
    HUSBAND,
    MEMBER,
    PLOT_AT,
    PLOT_NO,
    TARTU_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families146_sdk import cd_crash, cd_crumb, mc_batch, mc_queue, tn_event
from eval_families146_svc import cy_save, fn_eval, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("peenar", "Peenar", "com.example.peenar", "1.9.3", "https://api.peenar.example.org")
IID = "X-Peenar-Install"
PW = "Tomat&Till88"
FEE = "LIIT-2025-0311"  # the season's membership invoice (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def _peenar_core() -> list[Case]:
    rng = random.Random(14621)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER, UID), plot=PLOT_NO))}
    pla, plo = fix(PLOT_AT, 6)
    pla5, plo5 = fix(PLOT_AT, 5)
    stmt = at_path(case(f, f"{a}/api/members/{MEMBER}/statement", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED),
            "address": L(f"{TARTU_HOME['line']}, {TARTU_HOME['town']}", ADDR)}),
        case(f, f"{a}/api/session", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/society/join", headers=_h(rng, **b), body={
            "society": ALLOT_GATE["id"], "member_no": L(MEMBER, UID), "household": 3,
            "district": L(TARTU_HOME["area"], COARSE)}),
        case(f, f"{a}/api/plots/lease", headers=_h(rng, **b), body={
            "plot": PLOT_NO, "size_m2": 200, "season": "2025", "member_no": L(MEMBER, UID),
            "at": {"lat": pla, "lon": plo}, "gate": {"lat": ALLOT_GATE["lat"],
                                                      "lon": ALLOT_GATE["lon"]}}),
        case(f, f"{a}/api/fees/pay", headers=_h(rng, **b), body={
            "invoice": L(FEE, BUY), "amount": L(45.0, BUY), "currency": "EUR",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/water/readings", fmt="form", headers=_h(rng, **b), body={
            "plot": PLOT_NO, "meter": "WM-112", "m3": "14.62", "lat": L(str(pla5.value), PRECISE),
            "lon": L(str(plo5.value), PRECISE)}),
        case(f, f"{a}/api/shed/bookings", headers=_h(rng, **b), body={
            "tool": "mootorkultivaator", "date": "2025-05-03", "hours": 3,
            "booking": obj(rng, "bk"), "member_no": L(MEMBER, UID)}),
        case(f, f"{a}/api/compost/orders", headers=_h(rng, **b), body={
            "bags": 6, "total": L(24.0, BUY), "deliver_to": "plot", "plot": PLOT_NO,
            "note": "pane kotid kasvuhoone kõrvale"}),
        multipart(f, f"{a}/api/plots/{PLOT_NO}/photos", [
            ("photo", "peenar_mai.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("meta", None, "application/json", {"taken": "2025-05-21", "public": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/diary", gz=True, headers=_h(rng, **b), body={
            "entries": [{"crop": "kartul", "sown": "2025-05-10", "row": 1},
                        {"crop": "till", "sown": "2025-05-12", "row": 2},
                        {"crop": "maasikas", "sown": "2025-04-28", "row": 3}],
            "owner": L(USER_ID, UID)}),
        case(f, f"{a}/api/swap/posts", headers=_h(rng, **b), body={
            "text": L("Extra tomato seedlings, pick up at plot R-112 or call me "
                      "+1 555 010 0199", f"{TEXT}|{TEL}"), "category": "seedlings"}),
        case(f, f"{a}/api/workdays/signup", fmt="form", headers=_h(rng, **b), body={
            "workday": "talgud-2025-05-17", "member_no": L(MEMBER, UID), "bring": "reha"}),
        case(f, f"{a}/api/board/messages", headers=_h(rng, **b), body={
            "subject": "Water tap", "text": L("The tap by plot 112 is leaking since Sunday",
                                               TEXT), "reply_to": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/plots/{PLOT_NO}/mates", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "role": "co-gardener"}),
        case(f, f"{a}/api/gate/code", headers=_h(rng, how="none"), cookies={
            "pn_sess": L(opaque(rng, "", 40), CRED), "pn_dev": L(INSTALL_ID, DID)}),
        stmt,
        case(f, f"{a}/api/market/search", headers=_h(rng, **b), query={
            "q": L("rabarberi istikud", SEARCH), "radius_km": "5"}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("reading_sent", 1), ev("swap_posted", 2),
                ev("screen", 3, screen=L("Diary", USAGE))], "rid": rid(rng)}),
    ]


def peenar_sdks() -> list[Case]:
    rng = random.Random(14622)
    return [
        mc_batch(APP, rng, [("Reading Sent", {"m3": 14.62}), ("Diary Updated", {})],
                 at=PLOT_AT, nd=3),
        mc_queue(APP, rng, [("Photo Taken", {}), ("Diary Updated", {"crop": "kartul"}),
                            ("Workday Joined", {})]),
        tn_event(APP, rng, "fee_paid", {"season": "2025"}, revenue=45.0, hashed=True),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [cd_crumb("nav", "Plot -> Photo"), cd_crumb("tap", "shutter")],
                 screen="PlotPhotoActivity"),
        fn_eval(APP, rng, {"society": ALLOT_GATE["id"], "district": L("Raadi", COARSE)}),
        pt_register(APP, rng, tags={"plot": PLOT_NO}, at=PLOT_AT, nd=2),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_reverse(APP, rng, PLOT_AT, PRECISE, nd=5),
    ]


def _peenar_more() -> list[Case]:
    rng = random.Random(14623)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, PLOT_NO), (3, 1748000000),
               (4, [(1, L(PLOT_AT[0], PRECISE)), (2, L(PLOT_AT[1], PRECISE))])], "", lab)
    return [
        raw(f, f"{a}/api/greenhouse/sensor", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/harvest", fmt="msgpack", headers=_h(rng, **b), body={
            "member_no": L(MEMBER, UID), "kg": {"kartul": 42.5, "tomat": 11.0},
            "season": "2025"}),
        case(f, f"{a}/api/notices", headers=_h(rng, **b), query={
            "society": ALLOT_GATE["id"], "since": "2025-05-01"}),
        case(f, f"{a}/api/profile", headers=_h(rng, **b), body={
            "email": L(EMAIL.upper(), MAIL), "phone": L(E164, TEL),
            "district": L("Raadi-Kruusamäe", COARSE), "showOnMap": False}),
    ]


def peenar() -> list[Case]:
    return [*_peenar_core(), *_peenar_more()]
