"""High-school basketball tournament app "Tapa Wankatuya" ("ball up high"; a fictional December
invitational of reservation schools held in Rapid City's civic arena, with hand-game and art
side events; parents and fans buy tickets, register eligible players, book the hotel block; its
API's keys are Lakota with English (``jersey``, ``token``, ``id``): ``tapa`` ball, ``skatapi``
game ("they play"), ``okolakiciye`` team ("society"), ``cinca`` child, ``caje`` /
``tiwahe_caje`` first name / surname, ``tonpi`` birth date, ``oyate_owapi`` enrollment number,
``masape`` phone, ``mazawowapi`` e-mail, ``natakapi`` password, ``otonwahe`` town, ``owinja``
bed / room, ``mazaska`` amount, ``opetun`` purchase / order, ``wayazanka`` illness,
``pejuta`` medicine, ``tokiya`` where, ``waziyata`` / ``wiyohiyanpata`` latitude / longitude,
``itowapi`` photo, ``wahosi`` message, ``akita`` search, ``wowiyukcan`` remark,
``icimani`` ride / travel, ``woyute`` food, ``han_kasaka`` hand game (a spelling of the
developer's)): the parent's sign-up, log-in, ``/mitawa`` with a ``players`` claim, her son's
eligibility (enrollment, birth date), his physical (PDF), emergency contacts with his asthma,
tickets, the payment, the hotel block, her arena check-in, a protobuf fan beat, concessions
(msgpack), the bracket, a photo of her son, the hand-game team, a player search, a message to
the coach, the order by number in the path, the stream by cookie, a ride with another family,
push and events. Sets 104 and 142 have community basketball leagues and many sets have
tournaments; this one is a school invitational seen by a travelling parent (eligibility by
enrollment, hotel block, arena)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families197_kit import (
    ARENA,
    ARENA_FIX,
    HOME,
    HUSBAND,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families197_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families197_svc import cl_card, cl_confirm, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tapawankatuya", "Tapa Wankatuya", "com.example.tapawankatuya", "4.6.0",
          "https://api.tapawankatuya.example.com")
IID = "X-TW-Device"
PW = "Warriors#Kyle15"
NID = "personal.national_id"
PLAYER = "PL-KCS-2231"  # her son's player registration (id.user)
ORDER = "TW-TIX-558201"  # tickets and hotel (financial.purchase)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))
KID = f"{SON['first']} {SON['last']}"
DRIVER = ("Charlene Iron Cloud", "+16055550151")  # another mother driving (typed: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tapawankatuya() -> list[Case]:
    rng = random.Random(19751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mazawowapi=L(EMAIL, MAIL), players=[L(PLAYER, UID)],
                                    role="parent"))}
    ala, alo = fix(ARENA_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, ARENA["id"]), (3, 1765990800),
               (4, [(1, L(ARENA_FIX[0], PRECISE)), (2, L(ARENA_FIX[1], PRECISE))]),
               (5, L(52, DEV)), (6, "sec_114")], "", lab)
    order = at_path(case(f, f"{a}/v2/orders/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "caje": L(FIRST, NAMEC), "tiwahe_caje": L(LAST, NAMEC),
            "mazawowapi": L(EMAIL_MIXED, MAIL), "masape": L(E164, TEL),
            "natakapi": L(PW, CRED), "otonwahe": L(HOME["town"], COARSE), "role": "parent"}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "mazawowapi": L(EMAIL, MAIL), "natakapi": L(PW, CRED)}),
        case(f, f"{a}/v2/mitawa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/players/eligibility", headers=_h(rng, **b), body={
            "cinca": {"caje": L(SON["first"], NAMEC), "tiwahe_caje": L(SON["last"], NAMEC),
                      "tonpi": L(SON["dob"], BIRTH), "oyate_owapi": L(SON["enroll"], NID),
                      "grade": 10, "jersey": "23"},
            "okolakiciye": "kcs_boys_varsity", "player": L(PLAYER, UID)}),
        multipart(f, f"{a}/v2/players/physical", [
            ("file", "sports_physical.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"player": L(PLAYER, UID), "cleared": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/players/emergency", headers=_h(rng, **b), body={
            "player": L(PLAYER, UID),
            "contacts": [{"caje": L(f"{FIRST} {LAST}", NAMEC), "masape": L(E164, TEL)},
                         {"caje": L(HUSBAND[0], NAMEC), "masape": L(HUSBAND[1], TEL)}],
            "wayazanka": L("exercise-induced asthma", MED),
            "pejuta": L("albuterol inhaler", MED)}),
        case(f, f"{a}/v2/tickets", headers=_h(rng, **b), body={
            "event": "inv_2025", "passes": [{"kind": "adult_4day", "qty": 2, "price": 40},
                                            {"kind": "student_4day", "qty": 1, "price": 20}],
            "opetun": L(ORDER, BUY), "mazaska": L(100, BUY)}),
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "opetun": L(ORDER, BUY), "mazaska": L("100.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v2/hotel", headers=_h(rng, **b), body={
            "block": "hb_rc_dec", "nights": 3, "owinja": "2Q",
            "guests": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "mazaska": L(387, BUY), "opetun": L(ORDER, BUY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/v2/arena/checkin", headers=_h(rng, **b), body={
            "ticket": obj(rng, "tk"), "tokiya": {"waziyata": ala, "wiyohiyanpata": alo},
            "arena": {"waziyata": ARENA["lat"], "wiyohiyanpata": ARENA["lon"]}}),
        raw(f, f"{a}/v2/arena/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/woyute", fmt="msgpack", headers=_h(rng, **b), body={
            "stand": "c_north", "items": [{"sku": "indian_taco", "qty": 2, "price": 9},
                                          {"sku": "water", "qty": 3, "price": 2}],
            "mazaska": L(24, BUY), "seat": "114-F-7"}),
        case(f, f"{a}/v2/bracket", headers=_h(rng, **b), query={
            "division": "boys_a", "day": "2"}),
        multipart(f, f"{a}/v2/itowapi", [
            ("itowapi", "mato_layup.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("meta", None, "application/json", {
                "wowiyukcan": L(f"{KID} with the go-ahead layup!", f"{TEXT}|{NAMEC}"),
                "skatapi": "g_qf_3"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/han_kasaka/teams", headers=_h(rng, **b), body={
            "okolakiciye": "Wolf Creek Hand Game",
            "members": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                        L("Rosalie Black Elk Horse", NAMEC)],
            "captain_masape": L(E164, TEL), "fee": L(50, BUY)}),
        case(f, f"{a}/v2/akita", headers=_h(rng, **b), query={
            "akita": L(f"{KID} stats", f"{SEARCH}|{NAMEC}")}),
        case(f, f"{a}/v2/wahosi", headers=_h(rng, **b), body={
            "to": "coach_kcs_boys",
            "wahosi": L("Coach, Mato left his inhaler in the van, I am bringing it to the "
                        "bench", f"{TEXT}|{MED}")}),
        order,
        case(f, f"{a}/v2/stream", headers=_h(rng, how="none"), cookies={
            "tw_sess": L(opaque(rng, "", 40), CRED), "tw_dev": L(INSTALL_ID, DID),
            "tw_req": rid(rng)}),
        case(f, f"{a}/v2/icimani", headers=_h(rng, **b), body={
            "from": L("Pine Ridge", COARSE), "date": "2025-12-17", "seats": 2,
            "driver": {"caje": L(DRIVER[0], NAMEC), "masape": L(DRIVER[1], TEL)}}),
        case(f, f"{a}/v2/profile", headers=_h(rng, **b), body={
            "mazawowapi": L(EMAIL, MAIL), "masape": L(E164, TEL),
            "notify": {"scores": True, "player": L(PLAYER, UID)}}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("ticket_bought", 1), ev("screen", 2, screen=L("Bracket", USAGE))]}),
    ]


def tapawankatuya_sdks() -> list[Case]:
    rng = random.Random(19752)
    return [
        mc_batch(APP, rng, [("Tickets Bought", {"total": L(100, BUY)}),
                            ("Arena Checked In", {"arena": ARENA["id"]})], at=ARENA_FIX, nd=3),
        mc_identify(APP, rng, {"otonwahe": L("Pine Ridge", COARSE), "role": "parent",
                               "player": L(PLAYER, UID)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"opetun": L(ORDER, BUY)}, revenue=100.0, currency="USD",
                 hashed=True),
        bf_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=ARENA_FIX, nd=2,
               keywords="basketball,sneakers,tournament"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "bracket round 4"),
                 [cd_crumb("nav", "Bracket -> Game")], screen="BracketActivity"),
        pt_register(APP, rng, tags={"team": "kcs_boys_varsity"}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "100.00", "usd"),
        hs_message(APP, rng, L(f"Order {ORDER}: the hotel nights are not on my tickets",
                               f"{TEXT}|{BUY}"), {"order": L(ORDER, BUY)}),
    ]
