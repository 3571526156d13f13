"""Wakeboard cable park app "Kablehan" (a lakeside cable park at Pili, Camarines Sur; English API
with Bikol words: ``pangaran``, ``apelyido``, ``aldaw_kamundagan``, ``kasarian`` sex (``babayi``
woman), ``timbang`` weight, ``langkaw`` height, ``helang`` illness, ``lugad`` wound, ``kulog``
pain, ``pirma`` signature, ``katood`` friend, ``kakanon`` food, ``presyo`` price, ``kabilogan``
total): sign-up with her weight and height, an OAuth password grant, ``/me``, the waiver (her
old knee injury, a signature image), session slots, a two-hour pass, its payment, a lesson with a
coach, gear, a check-in at the park, a protobuf ride log (laps, falls, heart rate from her
watch), a video clip, an injury report, a locker PIN, her member card by number in the path, the
leaderboard by her handle, a friend invited, a food order, a lost item, receipts by cookie, a
password change, push and events. No earlier set has a wakeboard or cable-park app (a docstring
grep for "wakeboard", "cable park" and "water ski" matched nothing); surf and canoe apps
(116, 113) are lessons at sea or on rivers, not a cable park's passes and laps."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families199_kit import (
    HANDLE,
    HOME_AT,
    KUMARE,
    LOCAL,
    PARK,
    PARK_FIX,
    RIDER,
    fix,
    hd,
    obj,
    push,
)
from eval_families199_sdk import bf_bid, cd_session, mc_batch, mc_queue, tn_event, tn_launch
from eval_families199_svc import cl_wallet, cy_save, fn_eval, hs_attach, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kablehan", "Kablehan", "com.example.kablehan", "2.2.0",
          "https://api.kablehan.example.net")
IID = "X-Kablehan-Device"
PW = "Wake!Pili2026"
FIT = "health.fitness"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(28)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kablehan() -> list[Case]:
    rng = random.Random(19911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), rider=L(RIDER, UID),
                                    handle=L(HANDLE, UID)))}
    pla, plo = fix(PARK_FIX, 5)
    lab: dict[str, str] = {}
    ride = pb([(1, L(RIDER, UID)), (2, obj(rng, "rs")), (3, 1772269200),
               (4, [(1, 14), (2, 3), (3, L(142, FIT)), (4, L(388, FIT))]),
               (5, "2.2.0")], "", lab)
    card = at_path(case(f, f"{a}/v2/members/{RIDER}/card", headers=_h(rng, **b)), RIDER, UID)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "pangaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(E164, TEL), "password": L(PW, CRED),
            "aldaw_kamundagan": L(DOB, BIRTH), "kasarian": L("babayi", GENDER),
            "timbang_kg": L(61, FIT), "langkaw_cm": L(165, FIT), "level": "beginner",
            "handle": L(HANDLE, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kablehan-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/waiver", [
            ("pirma", "pirma.png", "image/png", L(PNG, MEDIA)),
            ("form", None, "application/json", {
                "rider": L(RIDER, UID), "form": "waiver_2026",
                "helang": L("dating lugad sa wala na tuhod (ACL, 2019)", MED),
                "pirma_ni": L(f"{FIRST} {LAST}", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/slots", headers=_h(rng, **b), query={
            "park": PARK["id"], "date": "2026-02-28", "cable": "full"}),
        case(f, f"{a}/v2/passes", headers=_h(rng, **b), body={
            "park": PARK["id"], "kind": "2h", "start": "2026-02-28T09:00",
            "pass": L("PS-2602-77810", BUY), "presyo": L(600, BUY), "rider": L(RIDER, UID)}),
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "pass": L("PS-2602-77810", BUY), "amount": L("600.00", BUY), "currency": "PHP",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/lessons", headers=_h(rng, **b), body={
            "coach": "co_jomar", "slot": obj(rng, "ls"), "rider": L(RIDER, UID),
            "fee": L(450, BUY),
            "note": L("Kinakaba ako sa tuhod, dahan-dahan po", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/gear", fmt="form", headers=_h(rng, **b), body={
            "vest": "M", "helmet": "S", "board": "bd_135", "pass": L("PS-2602-77810", BUY)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "park": PARK["id"], "at": {"lat": pla, "lng": plo, "acc": 7},
            "park_at": {"lat": PARK["lat"], "lng": PARK["lon"]}, "rider": L(RIDER, UID)}),
        raw(f, f"{a}/v2/rides/log", ride, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/clips", [
            ("clip", "first_jump.mp4", "video/mp4", L(MP4 + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"rider": L(RIDER, UID), "lap": 9,
                                                "public": False})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/incidents", headers=_h(rng, **b), body={
            "rider": L(RIDER, UID), "when": "2026-02-28T10:12", "obstacle": "kicker_2",
            "lugad": L("gasgas sa siko", MED), "kulog": L(4, MED),
            "text": L("Natumba ako sa kicker, makulog an siko pero tatao pa maglakaw",
                      f"{TEXT}|{MED}"),
            "first_aid": L("ice pack, bandage", MED)}),
        case(f, f"{a}/v2/lockers/L-27", fmt="form", headers=_h(rng, **b), body={
            "pin": L("5081", CRED), "rider": L(RIDER, UID)}),
        card,
        case(f, f"{a}/v2/leaderboard", headers=_h(rng, **b), query={
            "handle": L(HANDLE, UID), "season": "2026", "park": PARK["id"]}),
        case(f, f"{a}/v2/invites", headers=_h(rng, **b), body={
            "katood": {"name": L(KUMARE[0], NAMEC), "phone": L(KUMARE[1], TEL)},
            "code": opaque(rng, "KB", 6)}),
        case(f, f"{a}/v2/kakanon/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "pinangat", "qty": 1, "presyo": 120},
                      {"sku": "calamansi_juice", "qty": 2, "presyo": 60}],
            "kabilogan": L(240, BUY), "table": "deck_4", "rider": L(RIDER, UID)}),
        case(f, f"{a}/v2/lost", headers=_h(rng, **b), body={
            "text": L("Nawara an itom kong sunglasses sa tower 2", TEXT),
            "contact": L(LOCAL, TEL)}),
        case(f, f"{a}/v2/receipts", headers=_h(rng, how="none"), cookies={
            "kb_sess": L(opaque(rng, "", 40), CRED), "kb_dev": L(INSTALL_ID, DID),
            "kb_req": rid(rng)}),
        case(f, f"{a}/v2/password", fmt="form", headers=_h(rng, **b), body={
            "old": L(PW, CRED), "new": L("Wake!Pili2026b", CRED)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, how="none"), cookies={
            "kb_sess": L(opaque(rng, "", 40), CRED)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("pass_bought", 1), ev("screen", 2, screen=L("Leaderboard", USAGE))]}),
    ]


def kablehan_sdks() -> list[Case]:
    rng = random.Random(19912)
    return [
        mc_batch(APP, rng, [("Pass Bought", {"total": L(600, BUY)}),
                            ("Lap Logged", {"laps": 14})], at=PARK_FIX, nd=3),
        mc_queue(APP, rng, [("Clip Saved", {"lap": 9}), ("Fall", {"count": 3})]),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"pass": L("PS-2602-77810", BUY)}, revenue=600.0,
                 currency="PHP", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="wakeboard,camsur,sports"),
        cd_session(APP, rng, secs=3120),
        fn_eval(APP, rng, {"park": PARK["id"], "level": "beginner"}),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"park": PARK["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        cl_wallet(APP, rng, "600", L(LOCAL, TEL)),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((PARK["lat"], PARK["lon"]), None)]),
        hs_attach(APP, rng, L(MP4 + b"\x13", MEDIA), "fall_clip.mp4", "video/mp4"),
    ]
