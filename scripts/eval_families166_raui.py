"""A lagoon-reserve volunteers' app "Ra'ui Tiaki" (a ra'ui is a traditional seasonal closure of
a reef area; volunteers snorkel transects in the Aroa ra'ui, count fish and report poaching; its
API's keys are Cook Islands Maori with English ``lat``/``lng``/``id``: ``numero_tauturu``
volunteer number, ``tauturu`` volunteer/help, ``oa`` buddy, ``kau`` swim, ``maki`` health
conditions, ``roto`` lagoon, ``ika`` fish, ``tatau`` count, ``punga`` coral, ``punga_ma``
bleached coral, ``tai`` tide, ``ripoti`` report, ``koha`` donation, ``tere`` group outing,
``tamariki`` children, ``tau`` age, ``tikaanga`` waiver, ``akamata``/``oti`` start/finish):
sign-up, log-in, ``/ko_au``, the waiver (her asthma, her husband as buddy), reserves near her
house, a survey started with her fix, a protobuf beat, the transect counts (msgpack), a bleached
coral photo, the survey's end, a poaching report, her hours by volunteer number in the path, a
donation, a snorkel outing with her son, the group chat, a fish search, tide alerts at a rounded
position, a certificate by cookie, push, events and a token refresh. New to the evaluation (a
grep of ``scripts/`` found no ra'ui, marine-reserve or reef-survey volunteer app; set 116's
"reef" is a sunscreen shop and set 104's a dive log)."""

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
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families166_kit import (
    HOME_AT,
    HUSBAND,
    REEF_FIX,
    RESERVE,
    SON,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families166_sdk import (
    bv_bid,
    cm_session,
    mk_batch,
    mk_queue,
    tt_event,
    tt_launch,
)
from eval_families166_svc import ck_card, ck_confirm, mi_route, mi_telemetry, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("rauitiaki", "Ra'ui Tiaki", "com.example.rauitiaki", "2.0.6",
          "https://api.rauitiaki.example.org")
IID = "X-Raui-Device"
PW = "Aroa~Ika2026"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def rauitiaki() -> list[Case]:
    rng = random.Random(16651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imera=L(EMAIL, MAIL),
                                    numero_tauturu=L(VOLUNTEER, UID)))}
    sla, slo = fix(REEF_FIX[0])
    survey = obj(rng, "sv")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, survey), (3, 1768512000),
               (4, [(1, L(REEF_FIX[1][0], PRECISE)), (2, L(REEF_FIX[1][1], PRECISE)),
                    (3, 1.4)]), (5, L(52, DEV))], "", lab)
    hours = at_path(case(f, f"{a}/v1/tauturu/{VOLUNTEER}/hours", headers=_h(rng, **b),
                         query={"mataiti": "2026"}), VOLUNTEER, UID)
    return [
        case(f, f"{a}/v1/tauturu", headers=_h(rng), body={
            "ingoa": L(FIRST, NAMEC), "ingoa_openga": L(LAST, NAMEC),
            "imera": L(EMAIL_MIXED, MAIL), "numero_niuniu": L(NATIONAL, TEL),
            "ra_anau": L(DOB, BIRTH), "kupu_muna": L(PW, CRED),
            "numero_tauturu": L(VOLUNTEER, UID), "kau": "ae", "oire": L("Tupapa", COARSE)}),
        case(f, f"{a}/v1/tomo", fmt="form", headers=_h(rng), body={
            "imera": L(EMAIL, MAIL), "kupu_muna": L(PW, CRED), "matini": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ko_au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tikaanga", headers=_h(rng, **b), body={
            "akairo": L(f"{FIRST} {LAST}", NAMEC), "ra": "2026-01-14",
            "oa": {"ingoa": L(HUSBAND[0], NAMEC), "numero_niuniu": L(HUSBAND[1], TEL)},
            "maki": L("mild asthma, carries an inhaler", f"{TEXT}|{MED}"),
            "kau": "ae", "numero_tauturu": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v1/raui", headers=_h(rng, **b), query={
            "turanga": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE), "km": "15"}),
        case(f, f"{a}/v1/survey/akamata", headers=_h(rng, **b), body={
            "survey": survey, "raui": RESERVE["id"], "tai": "low", "transect": "T2",
            "turanga": {"lat": sla, "lng": slo, "acc": 5},
            "tohu": {"lat": RESERVE["lat"], "lng": RESERVE["lon"]},
            "oa": L(HUSBAND[0], NAMEC)}),
        raw(f, f"{a}/v1/survey/{survey}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/survey/{survey}/tatau", fmt="msgpack", headers=_h(rng, **b), body={
            "numero_tauturu": L(VOLUNTEER, UID),
            "transects": [{"id": f"T{i + 1}", "ika": {"kakahi": 4 + i, "maito": 11 - i,
                                                     "paoo": 2},
                           "mutu": {"lat": L(la, PRECISE), "lng": L(lo, PRECISE)}}
                          for i, (la, lo) in enumerate(REEF_FIX)],
            "tuatua": L("Many maito near the channel, two turtles", TEXT)}),
        multipart(f, f"{a}/v1/survey/{survey}/tutu", [
            ("tutu", "punga_ma.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "lat": L(f"{REEF_FIX[2][0]:.5f}", PRECISE),
                "lng": L(f"{REEF_FIX[2][1]:.5f}", PRECISE), "punga_ma": "30%"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/survey/{survey}/oti", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{REEF_FIX[2][0]:.5f}", PRECISE),
            "lng": L(f"{REEF_FIX[2][1]:.5f}", PRECISE), "minutes": "74"}),
        case(f, f"{a}/v1/ripoti", headers=_h(rng, **b), body={
            "raui": RESERVE["id"], "tu": "spearfishing",
            "turanga": {"lat": L(REEF_FIX[1][0], PRECISE), "lng": L(REEF_FIX[1][1], PRECISE)},
            "karere": L("Two men spearfishing inside the ra'ui at dawn, white boat", TEXT)}),
        hours,
        case(f, f"{a}/v1/survey/{survey}/results", headers=_h(rng, **b), query={
            "raui": RESERVE["id"], "compare": "2025"}),
        case(f, f"{a}/v1/koha", fmt="form", headers=_h(rng, **b), body={
            "moni": L("40", BUY), "moni_tu": "NZD", "metodi": L(opaque(rng, "pm_", 24), PAY),
            "numero_tauturu": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v1/tere", headers=_h(rng, **b), body={
            "tere": "tr_snorkel_kids", "ra": "2026-01-24", "tapao": L("RT-TR-0912", BUY),
            "tamariki": [{"ingoa": L(f"{SON['first']} {SON['last']}", NAMEC),
                          "tau": L(8, BIRTH)}], "moni": L(15, BUY)}),
        case(f, f"{a}/v1/karere", headers=_h(rng, **b), body={
            "ruma": "aroa-volunteers",
            "karere": L("Low tide is 7:40 on Saturday, meet at the marker post", TEXT)}),
        case(f, f"{a}/v1/kimi", headers=_h(rng, **b), query={
            "kupu": L("parrotfish blue green juvenile", SEARCH)}),
        case(f, f"{a}/v1/tai/alerts", headers=_h(rng, **b), body={
            "lat": L(round(HOME_AT[0], 2), COARSE), "lng": L(round(HOME_AT[1], 2), COARSE),
            "tai": "low", "before_min": 60}),
        case(f, f"{a}/v1/certificate", headers=_h(rng, how="none"), cookies={
            "ru_session": L(opaque(rng, "", 40), CRED), "ru_device": L(INSTALL_ID, DID),
            "ru_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("survey_started", 1), ev("screen", 2, screen=L("Transect", USAGE))]}),
        case(f, f"{a}/v1/oauth/refresh", fmt="form", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "phone": L(E164, TEL)}),
    ]


def rauitiaki_sdks() -> list[Case]:
    rng = random.Random(16652)
    return [
        mk_batch(APP, rng, [("Survey Started", {"transect": "T2"}),
                            ("Fish Counted", {"n": 31})], at=REEF_FIX[0], nd=3),
        mk_queue(APP, rng, [("Photo Queued", {}), ("Survey Ended", {"minutes": 74})]),
        tt_launch(APP, rng, first=True, user=True),
        tt_event(APP, rng, "donation", {"koha": L(40, BUY)}, revenue=40.0, currency="NZD",
                 hashed=True),
        bv_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=REEF_FIX[0], nd=3,
               keywords="snorkel,reef,ocean"),
        cm_session(APP, rng, secs=4460),
        pp_register(APP, rng, at=REEF_FIX[0], nd=2, tags={"raui": RESERVE["id"]}),
        mi_telemetry(APP, rng, REEF_FIX[:2], PRECISE),
        mi_route(APP, rng, [(HOME_AT, PRECISE), ((RESERVE["lat"], RESERVE["lon"]), None)]),
        ck_card(APP, rng),
        ck_confirm(APP, rng, "40.00", "nzd"),
    ]
