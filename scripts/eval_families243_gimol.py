"""A regional singing contest's fan and voting app "Gimol Diamare" (``gimol``: song; a televised
contest of young singers of the Diamare, votes bought by mobile money, tickets for the live
shows at the Maroua hall; its API's keys are Adamawa Fulfulde in ASCII: ``innde_huutoreede``
user name, ``tilifon`` phone, ``kongol_sirri`` password, ``duubi`` age, ``jinsi`` sex,
``saare`` town, ``gimoowo`` singer, ``woote`` votes, ``ceede`` amount, ``njobdi`` payment,
``miijo`` comment, ``binndi`` text, ``tiket`` ticket, ``coggu`` price, ``yimbe`` people,
``nokku_jooddorde`` seat, ``nokku`` place, ``natal`` photo, ``naamne`` quiz questions,
``jaabawol`` answer, ``dabbitol`` search, ``jokkugol`` following, ``kewuuji`` events): sign-up,
log-in, ``/am``, the singers of the season, votes bought and paid, a comment, two tickets (her
and her daughter), the check-in at the hall with her fix, the ticket by number in the path, a
fan photo with a caption, a quiz (msgpack), a search, a follow, a share to her sister by e-mail,
the leaderboard, the vote history by cookie, push, events and a log-out. Set 124's casting app
is for performers' auditions; no earlier set has a viewers' voting app ("talent show", "singing
contest", "song contest" matched no docstring)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families243_kit import (
    CM_LINE,
    DAUGHTER,
    HALL,
    HALL_FIX,
    MR_HOME_AT,
    SISTER_US,
    TICKET,
    fix,
    hd,
    obj,
    push,
)
from eval_families243_sdk import (
    bl_bid,
    bl_notice,
    cm_crash,
    cm_crumb,
    cm_session,
    mn_batch,
    mn_pixel,
    tw_event,
    tw_launch,
)
from eval_families243_svc import cp_confirm, cp_wallet, ml_route, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("gimol", "Gimol Diamare", "com.example.gimoldiamare", "4.1.2",
          "https://api.gimoldiamare.example.com")
IID = "X-Gimol-Device"
PW = "Gimi*Diamare26"
HANDLE = "jane_marwa"  # her user name (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ff=True, **kw)


def gimol() -> list[Case]:
    rng = random.Random(24371)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, name=L(HANDLE, UID), tilifon=L(CM_LINE, TEL)))}
    hla, hlo = fix(HALL_FIX)
    qr = at_path(case(f, f"{a}/v3/tiket/{TICKET}/qr", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v3/winndito", headers=_h(rng), body={
            "innde_huutoreede": L(HANDLE, UID), "email": L(EMAIL, MAIL),
            "tilifon": L(CM_LINE, TEL), "kongol_sirri": L(PW, CRED), "duubi": L(34, BIRTH),
            "jinsi": L("debbo", GENDER), "saare": L("Maroua", COARSE)}),
        case(f, f"{a}/v3/naatgol", fmt="form", headers=_h(rng), body={
            "tilifon": L(CM_LINE, TEL), "kongol_sirri": L(PW, CRED)}),
        case(f, f"{a}/v3/am", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/gimoobe", headers=_h(rng, **b), query={
            "sezon": "3", "emisiyo": "live_05"}),
        case(f, f"{a}/v3/woote", headers=_h(rng, **b), body={
            "gimoowo": "gm_s3_07", "woote": 10, "ceede": L(500, BUY),
            "limre_momo": L(CM_LINE, TEL), "woote_id": obj(rng, "wt")}),
        case(f, f"{a}/v3/njobdi", fmt="form", headers=_h(rng, **b), body={
            "ceede": L("500", BUY), "moneyaa": "XAF", "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/miijo", headers=_h(rng, **b), body={
            "gimoowo": "gm_s3_07",
            "binndi": L("Hande a yimii no feewi! Gimol Hoore Dow ngol wooɗi", TEXT)}),
        case(f, f"{a}/v3/tiket", headers=_h(rng, **b), body={
            "emisiyo": "live_05", "tiket": L(TICKET, BUY), "coggu": L(6000, BUY),
            "yimbe": [L(f"{FIRST} {LAST}", NAMEC),
                      L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC)],
            "nokku_jooddorde": ["B-14", "B-15"], "sal": HALL["id"]}),
        case(f, f"{a}/v3/tiket/naatgol", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "nokku": {"lat": hla, "lng": hlo},
            "sal": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        qr,
        multipart(f, f"{a}/v3/natal", [
            ("natal", "live05.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "emisiyo": "live_05",
                "binndi": L("Min e Aissatou e sal, jemma welii!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/kuis", fmt="msgpack", headers=_h(rng, **b), body={
            "jom": L(HANDLE, UID), "naamne": ["q1", "q2", "q3"], "jaabawol": ["b", "a", "d"],
            "sekond": 41}),
        case(f, f"{a}/v3/dabbitol", headers=_h(rng, **b), query={
            "q": L("gimi Hoore Dow live 4", SEARCH)}),
        case(f, f"{a}/v3/jokkugol", fmt="form", headers=_h(rng, **b), body={
            "gimoowo": "gm_s3_07", "jom": L(HANDLE, UID), "habaru": "1"}),
        case(f, f"{a}/v3/share", headers=_h(rng, **b), body={
            "to": {"innde": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "binndi": L("Laura, hedo gimol ngol, cukalel Maroua!", TEXT),
            "link": "https://gimoldiamare.example.com/v/gm_s3_07"}),
        case(f, f"{a}/v3/leaderboard", headers=_h(rng, **b), query={"sezon": "3"}),
        case(f, f"{a}/v3/woote/taariha", headers=_h(rng, how="none"), cookies={
            "gd_sesiyo": L(opaque(rng, "", 40), CRED), "gd_device": L(INSTALL_ID, DID),
            "gd_prefs": W({"jom": L(HANDLE, UID), "saare": L("Maroua", COARSE)}, "b64json")}),
        case(f, f"{a}/v3/device", headers=_h(rng, **b), body=push(push_token(rng), "ff_CM")),
        case(f, f"{a}/v3/kewuuji", gz=True, headers=_h(rng, **b), body={
            "jom_konte": L(USER_ID, UID), "kewuuji": [
                ev("woote", 1, ceede=L(500, BUY)), ev("yiyde", 2, yiyde=L("Live", USAGE)),
                ev("tiket", 3, coggu=L(6000, BUY))]}),
        case(f, f"{a}/v3/yaltugol", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def gimol_sdks() -> list[Case]:
    rng = random.Random(24372)
    return [
        mn_batch(APP, rng, [("Vote Bought", {"amount": L(500, BUY)}),
                            ("Ticket Bought", {"total": L(6000, BUY)})], at=HALL_FIX, nd=2),
        mn_pixel(APP, rng, "Leaderboard Opened", {"season": 3}),
        tw_launch(APP, rng, first=True),
        tw_event(APP, rng, "purchase", {"tiket": L(TICKET, BUY)}, revenue=6000.0,
                 currency="XAF", hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HALL_FIX, nd=3,
               keywords="music,concert,maroua"),
        bl_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "vote double tap"),
                 [cm_crumb("nav", "Live -> Woote"), cm_crumb("tap", "vote_10")],
                 screen="VoteActivity"),
        cm_session(APP, rng, secs=1912),
        pn_register(APP, rng, lang="ff", at=MR_HOME_AT, nd=2, tags={"gimoowo": "gm_s3_07"}),
        cp_wallet(APP, rng, "500", L(CM_LINE, TEL)),
        cp_confirm(APP, rng, "6000"),
        ml_route(APP, rng, [(MR_HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)],
                 mode="driving"),
    ]
