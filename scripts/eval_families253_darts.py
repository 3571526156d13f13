"""A Douglas ladies' darts league app "Dartyn" (``dartyn`` darts, a developer's Manx plural of the
loan; she throws for the Crosh Vooar's A team on winter Tuesday nights; its API's keys are Manx
Gaelic, ASCII-folded, snake_case, with the darts English every league keeps (``legs``,
``checkout``, ``180s``): ``ennym`` first name, ``sloinney`` surname, ``far_ennym`` nickname,
``post_l`` e-mail, ``chellvane`` phone, ``fockle_follit`` password, ``laa_ruggyree`` birth date,
``skimmee`` team, ``earroo`` player number, ``cloieder`` player, ``cloie`` match, ``laaghyn``
days, ``raa`` remark, ``boayl`` place, ``lheead``/``lhiurid`` latitude/longitude, ``sym``
amount, ``chaghteraght`` message, ``shirrey`` search, ``sythyn`` darts thrown, ``keeagh``
guests, ``ymmydeyr`` user, ``taghyrtyn`` events): registration, a log-in, ``/mish``, fixtures,
availability, a result and its scoresheet photo, a check-in at the away pub, the season's subs,
the league table, the team chat, a player search by name, live throws (msgpack), a transfer
request, her stats by player number in the path, raffle tickets, the presentation night for two,
notices by cookie, push, events and a log-out. Earlier sets have skittles, dominoes, curling,
netball, basketball and quiz leagues; no file name or docstring matched "darts", "dartboard" or
"darts league"."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families253_kit import (
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    NICK,
    PLAYER,
    VENUE_FIX,
    VENUES,
    fix,
    hd,
    obj,
    push,
)
from eval_families253_sdk import (
    bl_bid,
    bl_notice,
    cc_session,
    co_batch,
    co_pixel,
    tv_event,
    tv_launch,
)
from eval_families253_svc import ep_card, ep_confirm, fs_eval, mb_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dartyn", "Dartyn", "com.example.dartyn", "2.6.1", "https://api.dartyn.example.com")
IID = "X-Dartyn-Greie"
PW = "TrebleTop!180"
TEAM = "tm_crosh_a"
MATCH = "mt_0127_crosh_3legs"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dartyn() -> list[Case]:
    rng = random.Random(25361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, earroo=L(PLAYER, UID), far_ennym=L(NICK, UID),
                                    skimmee=TEAM))}
    vla, vlo = fix(VENUE_FIX)
    away = VENUES[1]
    stats = at_path(case(f, f"{a}/api/v2/cloiederyn/{PLAYER}/stats", headers=_h(rng, **b),
                         query={"season": "2025-26"}), PLAYER, UID)
    return [
        case(f, f"{a}/api/v2/cloiederyn", headers=_h(rng), body={
            "ennym": L(FIRST, NAMEC), "sloinney": L(LAST, NAMEC), "far_ennym": L(NICK, UID),
            "post_l": L(EMAIL, MAIL), "chellvane": L(NATIONAL, TEL), "fockle_follit": L(PW, CRED),
            "laa_ruggyree": L(DOB, BIRTH), "skimmee": TEAM, "earroo": L(PLAYER, UID),
            "division": "ladies-1"}),
        case(f, f"{a}/api/v2/cur_stiagh", fmt="form", headers=_h(rng), body={
            "post_l": L(EMAIL_UPPER, MAIL), "fockle_follit": L(PW, CRED)}),
        case(f, f"{a}/api/v2/mish", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/fixtures", headers=_h(rng, **b), query={
            "skimmee": TEAM, "season": "2025-26"}),
        case(f, f"{a}/api/v2/availability", headers=_h(rng, **b), body={
            "cloieder": L(PLAYER, UID), "laaghyn": ["2026-01-27", "2026-02-03"],
            "raa": L("Out on the 10th, I'm marshalling at the hill climb", TEXT)}),
        case(f, f"{a}/api/v2/cloieyn/{MATCH}/result", headers=_h(rng, **b), body={
            "cloie": MATCH, "home": TEAM, "away": "tm_3legs_b", "score": [5, 4],
            "legs": [{"p_home": "pl_0452", "p_away": "pl_1920", "won": "home", "checkout": 40},
                     {"p_home": "pl_0513", "p_away": "pl_1107", "won": "away", "checkout": 16}],
            "high_180s": 1, "submitted_by": L(PLAYER, UID)}),
        multipart(f, f"{a}/api/v2/cloieyn/{MATCH}/scoresheet", [
            ("jalloo", "scoresheet.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("meta", None, "application/json", {"cloie": MATCH, "captain": L(PLAYER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/checkin", headers=_h(rng, **b), body={
            "cloie": MATCH, "boayl": {"lheead": vla, "lhiurid": vlo, "acc": 14},
            "venue": {"id": away["id"], "name": away["name"], "lheead": away["lat"],
                      "lhiurid": away["lon"]}, "cloieder": L(PLAYER, UID)}),
        case(f, f"{a}/api/v2/subs", fmt="form", headers=_h(rng, **b), body={
            "cloieder": L(PLAYER, UID), "season": "2025-26", "sym": L("40.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "receipt": L("DL-SUB-1182", BUY)}),
        case(f, f"{a}/api/v2/table", headers=_h(rng, **b), query={
            "division": "ladies-1", "season": "2025-26"}),
        case(f, f"{a}/api/v2/chat", headers=_h(rng, **b), body={
            "room": TEAM, "client_ref": rid(rng),
            "chaghteraght": L("Who's driving to the Three Legs? I can take two from Ramsey",
                              TEXT)}),
        case(f, f"{a}/api/v2/cloiederyn/search", headers=_h(rng, **b), query={
            "shirrey": L(MOTHER_IL[0], f"{SEARCH}|{NAMEC}")}),
        case(f, f"{a}/api/v2/cloieyn/{MATCH}/sythyn", fmt="msgpack", headers=_h(rng, **b),
             body={"cloieder": L(PLAYER, UID), "leg": 3,
                   "sythyn": [{"seg": "T20", "ms": 0}, {"seg": "T20", "ms": 2810},
                              {"seg": "S1", "ms": 5420}], "remaining": 321}),
        case(f, f"{a}/api/v2/transfers", headers=_h(rng, **b), body={
            "cloieder": L(PLAYER, UID), "to": "tm_3legs_a",
            "raa": L("Only if the A team at the Crosh folds, I'd rather stay", TEXT)}),
        stats,
        case(f, f"{a}/api/v2/raffle", fmt="form", headers=_h(rng, **b), body={
            "cloieder": L(PLAYER, UID), "tickets": "5", "sym": L("5.00", BUY),
            "draw": "presentation-2026"}),
        case(f, f"{a}/api/v2/presentation-night", headers=_h(rng, **b), body={
            "cloieder": L(PLAYER, UID), "keeagh": [L(HUSBAND[0], NAMEC)],
            "meals": ["roast", "vegetarian"], "sym": L(36, BUY), "booking": obj(rng, "pn")}),
        case(f, f"{a}/api/v2/notices", headers=_h(rng, how="none"), cookies={
            "dt_session": L(opaque(rng, "", 40), CRED), "dt_device": L(INSTALL_ID, DID),
            "dt_req": rid(rng)}),
        case(f, f"{a}/api/v2/greie", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/taghyrtyn", gz=True, headers=_h(rng, **b), body={
            "ymmydeyr": L(USER_ID, UID), "taghyrtyn": [
                ev("result_submitted", 1), ev("screen", 2, screen=L("Table", USAGE))]}),
        case(f, f"{a}/api/v2/cur_magh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "chengey": L("en", DEV)}),
    ]


def dartyn_sdks() -> list[Case]:
    rng = random.Random(25362)
    return [
        co_batch(APP, rng, [("Result Submitted", {"legs": 9}),
                            ("Checked In", {"venue": VENUES[1]["id"]})], at=VENUE_FIX, nd=3),
        co_pixel(APP, rng, "Table Viewed", {"division": "ladies-1"}),
        tv_launch(APP, rng, user=True),
        tv_event(APP, rng, "subs_paid", {"season": "2025-26"}, revenue=40.0),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=VENUE_FIX, nd=2, yob=1991,
               gender="F", keywords="darts,pub,sport"),
        bl_notice(APP, rng, "win"),
        cc_session(APP, rng, secs=1320),
        fs_eval(APP, rng, {"division": "ladies-1", "captain": True}, hdr=True),
        pk_register(APP, rng, at=VENUE_FIX, nd=2, tags={"skimmee": TEAM}),
        ep_card(APP, rng),
        ep_confirm(APP, rng, "40.00"),
        mb_geocode(APP, rng, "Three Legs Tavern Douglas", SEARCH, near=HOME_AT, nd=3),
    ]
