"""Board-game club app "Bawo Ladder" of a Mzuzu bawo club (bawo: the four-row mancala game played
on a carved wooden board; the club keeps a ladder of members, their over-the-board results, a
junior coaching class and trips to tournaments). She learnt from her husband and plays on the
club's ladder; their daughter Lusekero joins the children's class. Its API's keys are
Chitumbuka: ``lembeska`` register, ``ine`` me, ``zina``, ``zina_la_fuko``, ``imelo``, ``foni``,
``mazgu_ghachisisi``, ``zuwa_lakubabika``, ``jenda``, ``msumba`` town, ``chigawa`` region,
``kalabu`` club, ``wakusewera`` player, ``mzere`` ladder (lit. line), ``masewero`` games,
``mdani`` opponent, ``wakupunda`` winner, ``mapointi`` points, ``vyeso`` moves, ``maenje``
pits, ``mphikizgano`` tournament (competition), ``msonkho`` dues, ``masambiro`` lessons,
``mwana`` child, ``vyaka`` age, ``umoyo`` health, ``mipando`` seats, ``wakwenda_nawo`` travelling
with, ``kuchema`` invite, ``uthenga`` message, ``penja`` search, ``makani`` news, ``ndalama``
amount, ``malipiro`` payment, ``risiti`` receipt, ``vyakuchitika`` events. Sign-up, an OAuth
password grant, ``/ine``, the ladder, a result, the moves (msgpack), a protobuf clock beat, a
check-in at the club, dues and the receipt by player number in the path, a tournament entry in
Rumphi, the daughter's class, a club chat, a board photo, a search, a profile edit, tournaments
by region, bus seats, news by cookie, an invitation, push, events and a log-out. No earlier set
has bawo or mancala (a docstring grep found neither); chess apps exist (online play, puzzles):
this is a club's over-the-board ladder with dues, a junior class and a trip."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families208_kit import (
    CLUB,
    CLUB_FIX,
    DAUGHTER,
    HUSBAND,
    MW_PHONE,
    MZ_HOME_AT,
    PLAYER,
    RUMPHI_HALL,
    fix,
    hd,
    obj,
    push,
)
from eval_families208_sdk import bc_bid, cr_crash, cr_crumb, mn_batch, mn_pixel, tv_launch, tv_link
from eval_families208_svc import ck_save, cs_confirm, mk_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("bawo", "Bawo Ladder", "com.example.bawoladder", "1.4.5",
          "https://api.bawoladder.example.org")
IID = "X-Bawo-Device"
PW = "Maenje32!Katoto"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
FRIEND = ("Temwa Gondwe", "+265997215804")  # a friend she invites (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bawo() -> list[Case]:
    rng = random.Random(20841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, wakusewera=L(PLAYER, UID), imelo=L(EMAIL, MAIL)))}
    cla, clo = fix(CLUB_FIX)
    match = obj(rng, "ms")
    lab: dict[str, str] = {}
    beat = pb([(1, L(PLAYER, UID)), (2, match), (3, 412000), (4, 388000), (5, L(81, DEV))],
              "", lab)
    dues = at_path(case(f, f"{a}/v1/msonkho/{PLAYER}/risiti", headers=_h(rng, **b),
                        query={"chaka": "2026"}), PLAYER, UID)
    return [
        case(f, f"{a}/v1/lembeska", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_la_fuko": L(LAST, NAMEC),
            "imelo": L(EMAIL_MIXED, MAIL), "foni": L(MW_PHONE, TEL),
            "mazgu_ghachisisi": L(PW, CRED), "zuwa_lakubabika": L(DOB, BIRTH),
            "jenda": L("mwanakazi", GENDER), "msumba": L("Mzuzu", COARSE),
            "kalabu": CLUB["id"], "wakusewera": L(PLAYER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "bawo-android"}),
        case(f, f"{a}/v1/ine", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mzere", headers=_h(rng, **b), query={
            "kalabu": CLUB["id"], "peji": "1"}),
        case(f, f"{a}/v1/masewero", headers=_h(rng, **b), body={
            "masewero": match, "wakusewera": L(PLAYER, UID), "mdani": "BW-0402",
            "wakupunda": "BW-0402", "mapointi": -12, "vyeso": 57, "mphindi": 41,
            "bawo": "bw_board_3"}),
        case(f, f"{a}/v1/masewero/{match}/vyeso", fmt="msgpack", headers=_h(rng, **b), body={
            "wakusewera": L(PLAYER, UID), "vyeso": [[3, 1], [12, -1], [7, 1], [22, 1]],
            "maenje": 32}),
        raw(f, f"{a}/v1/masewero/{match}/clock", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kufika", headers=_h(rng, **b), body={
            "kalabu": CLUB["id"], "malo": {"lat": cla, "lng": clo},
            "malo_gha_kalabu": {"lat": CLUB["lat"], "lng": CLUB["lon"]}}),
        case(f, f"{a}/v1/msonkho", fmt="form", headers=_h(rng, **b), body={
            "wakusewera": L(PLAYER, UID), "ndalama": L("12000", BUY), "chaka": "2026",
            "wallet": L(MW_PHONE, TEL), "method": L(opaque(rng, "pm_", 24), PAY)}),
        dues,
        case(f, f"{a}/v1/mphikizgano/rumphi-open/lembeska", headers=_h(rng, **b), body={
            "wakusewera": L(PLAYER, UID), "ndalama": L(5000, BUY), "gulu": "open",
            "wakwenda_nawo": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/masambiro/wana", headers=_h(rng, **b), body={
            "mwana": {"zina": L(DAUGHTER["first"], NAMEC),
                      "zina_la_fuko": L(DAUGHTER["last"], NAMEC),
                      "zuwa_lakubabika": L(DAUGHTER["dob"], BIRTH), "vyaka": L(8, BIRTH),
                      "jenda": L(DAUGHTER["sex"], GENDER),
                      "umoyo": L("asthma, wali na inhaler mu chola", MED)},
            "mulezi": {"foni": L(MW_PHONE, TEL)}, "ndalama": L(3000, BUY),
            "kalasi": "Loweruka 9:00"}),
        case(f, f"{a}/v1/uthenga", headers=_h(rng, **b), body={
            "chipinda": "kalabu-katoto", "uthenga": L(
                "Kasi bawo la mwala likuwoneka Loweruka? Nkhukhumba kusambira kujula kwa "
                "namua", TEXT)}),
        multipart(f, f"{a}/v1/masewero/{match}/chithuzi", [
            ("chithuzi", "bawo.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"masewero": match, "vyeso": 57})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/penja", headers=_h(rng, **b), query={
            "penja": L("kujula kwa mtaji na namua", SEARCH)}),
        case(f, f"{a}/v1/wakusewera/ine", headers=_h(rng, **b), body={
            "zina_lakuseweramo": L("JaneBawo", UID), "msumba": L("Mzuzu", COARSE),
            "chiyowoyero": L("tum", DEV),
            "za_ine": L("Nkhusambira bawo kwa mwanalume wane kufuma 2023", TEXT)}),
        case(f, f"{a}/v1/mphikizgano", headers=_h(rng, **b), query={
            "chigawa": L("Northern Region", COARSE), "mwezi": "2026-02"}),
        case(f, f"{a}/v1/mphikizgano/rumphi-open/basi", headers=_h(rng, **b), body={
            "mipando": 2, "ndalama": L(9000, BUY),
            "wakwera": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)]}),
        case(f, f"{a}/v1/makani", headers=_h(rng, how="none"), cookies={
            "bw_sid": L(opaque(rng, "", 40), CRED), "bw_dev": L(INSTALL_ID, DID),
            "bw_req": rid(rng)}),
        case(f, f"{a}/v1/kuchema", fmt="form", headers=_h(rng, **b), body={
            "zina": L(FRIEND[0], NAMEC), "foni": L(FRIEND[1], TEL), "kalabu": CLUB["id"]}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/vyakuchitika", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "vyakuchitika": [
                ev("result_saved", 1), ev("screen", 2, screen=L("Mzere", USAGE))]}),
        case(f, f"{a}/v1/fuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def bawo_sdks() -> list[Case]:
    rng = random.Random(20842)
    link = U("https://bawoladder.example.org/t", {"mphikizgano": "rumphi-open", "ref": "mail",
                                                   "em": L(EMAIL, MAIL)})
    return [
        mn_batch(APP, rng, [("Result Saved", {"moves": 57}), ("Dues Paid", {"amount":
                                                                            L(12000, BUY)})],
                 at=CLUB_FIX, nd=3),
        mn_pixel(APP, rng, "Ladder Opened", {"club": CLUB["id"]}),
        tv_launch(APP, rng, first=True),
        tv_link(APP, rng, link),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CLUB_FIX, nd=3, yob=1991,
               gender="F", keywords="games,bawo,mzuzu"),
        cr_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "pit 33"),
                 [cr_crumb("nav", "Mzere -> Masewero"), cr_crumb("tap", "save_result")],
                 screen="MaseweroActivity"),
        pk_register(APP, rng, lang="tum", at=CLUB_FIX, nd=2, tags={"kalabu": CLUB["id"]}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        cs_confirm(APP, rng, "12000"),
        mk_route(APP, rng, [(MZ_HOME_AT, "location.precise"), (RUMPHI_HALL, None)]),
    ]
