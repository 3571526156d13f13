"""Church women's fellowship bingo app "Bingo Ekaretia" (a fictional Protestant congregation's
women's fellowship in Bikenibeu runs Saturday bingo nights in the church hall to raise money for
the church roof; she is a member). Its API's keys are Gilbertese: the shared ``aram``,
``aran_utu``, ``tarebon``, ``kawa``, ``namba_ni_kaain``, ``mwane``, ``kabwaka``, ``taeka``,
``ukeuke``, ``tamnei``, ``bong``, ``ngai``, plus ``ekaretia`` church, ``botaki`` fellowship
(lit. "gathering"), ``kaati`` cards, ``tuaai`` night (session), ``kaniwanga`` prize, ``anga``
gift, ``tataro`` prayer, ``kaain`` member(s), ``raoi`` friends, ``mwakuri`` duty; ``password``,
``token`` and ``pattern`` English): registration with her congregation and fellowship, an OAuth
password grant, ``/ngai``, the nights, cards bought, the payment, the hall check-in, the daubed
numbers (msgpack), a win claimed with her payout account, a protobuf beat, the prize receipt by
win number in the path, a gift to the roof fund, a prayer request, friends invited from her
address book, a search, the kitchen rota, a photo of the night, a message to the leader, the
wallet by cookie, an age check with her passport, push and events. No earlier set has a bingo
or gambling app; raffles (sets 114, 116, 150) were a line in other apps."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families181_kit import (
    FELLOW,
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    KI_ACCOUNT,
    PASSPORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families181_sdk import bb_bid, bb_notice, ct_crash, ct_crumb, mb_batch, mb_pixel, tb_event
from eval_families181_svc import ca_save, ce_card, ce_confirm, mk_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bingo", "Bingo Ekaretia", "com.example.bingoekaretia", "1.5.4",
          "https://api.bingoekaretia.example.org")
IID = "X-BE-Device"
NID = "personal.national_id"
PW = "Aoraki?Akea2026"
CHURCH = "Bikenibeu Congregational Church"  # her congregation (personal.sensitive)
WIN = "WN-0125-0031"  # her win (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, gil=True, **kw)


def bingo() -> list[Case]:
    rng = random.Random(18131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaain=L(FELLOW, UID), ekaretia=L(CHURCH, SENS)))}
    hla, hlo = fix(HALL_FIX, 5)
    night = obj(rng, "tn")
    lab: dict[str, str] = {}
    beat = pb([(1, L(FELLOW, UID)), (2, night), (3, 1768640000), (4, [(1, 6), (2, 23)]),
               (5, L(37, DEV))], "", lab)
    prize = at_path(case(f, f"{a}/v2/kaniwanga/{WIN}/reta", headers=_h(rng, **b)), WIN, BUY)
    return [
        case(f, f"{a}/v2/kaain", headers=_h(rng), body={
            "aram": L(FIRST, NAMEC), "aran_utu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "tarebon": L(E164, TEL), "password": L(PW, CRED), "ekaretia": L(CHURCH, SENS),
            "botaki": L("Women's Fellowship", SENS), "namba_ni_kaain": L(FELLOW, UID),
            "kawa": L(HOME["village"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "bingo-android"}),
        case(f, f"{a}/v2/ngai", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tuaai", headers=_h(rng, **b), query={
            "hall": HALL["id"], "mai": "2026-01-17"}),
        case(f, f"{a}/v2/kaati", headers=_h(rng, **b), body={
            "tuaai": night, "kaati": 6, "boo_kaati": 2, "mwane": L(12, BUY),
            "oota": L("BO-260117-552", BUY), "namba_ni_kaain": L(FELLOW, UID)}),
        case(f, f"{a}/v2/kabwaka", fmt="form", headers=_h(rng, **b), body={
            "oota": L("BO-260117-552", BUY), "mwane": L("12.00", BUY), "currency": "AUD",
            "method": L(opaque(rng, "pm_", 24), PAY), "namba_4": L("4444", PAY)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "tuaai": night, "at": {"lat": hla, "lon": hlo},
            "hall": {"id": HALL["id"], "lat": HALL["lat"], "lon": HALL["lon"]}}),
        case(f, f"{a}/v2/daub", fmt="msgpack", headers=_h(rng, **b), body={
            "tuaai": night, "kaain": L(FELLOW, UID), "kaati": [
                {"id": obj(rng, "cd", 6), "marked": [4, 17, 31, 48, 62]},
                {"id": obj(rng, "cd", 6), "marked": [9, 22, 40]}], "called": 23}),
        case(f, f"{a}/v2/kaniwanga", headers=_h(rng, **b), body={
            "tuaai": night, "kaati": obj(rng, "cd", 6), "pattern": "full_house",
            "kaniwanga": L(WIN, BUY), "mwane": L(150, BUY),
            "akaunti": L(KI_ACCOUNT, PAY), "namba_ni_kaain": L(FELLOW, UID)}),
        raw(f, f"{a}/v2/tuaai/{night}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        prize,
        case(f, f"{a}/v2/anga", fmt="form", headers=_h(rng, **b), body={
            "fund": L("church-roof", SENS), "mwane": L("30", BUY), "currency": "AUD",
            "method": L(opaque(rng, "pm_", 24), PAY), "ekaretia": L(CHURCH, SENS)}),
        case(f, f"{a}/v2/tataro", headers=_h(rng, **b), body={
            "taeka": L("Please pray for my husband's cousin, who started leprosy treatment "
                       "this month", f"{TEXT}|{SENS}|{MED}"), "nakon": "pastor"}),
        case(f, f"{a}/v2/raoi/invite", headers=_h(rng, **b), body={
            "raoi": [{"aram": L("Nei Karoua Teem", CONTACTS), "tarebon": L("+68673140921",
                                                                      CONTACTS)},
                     {"aram": L("Nei Tiibo Kaaro", CONTACTS), "tarebon": L("+68673190477",
                                                                       CONTACTS)},
                     {"aram": L("Mareta Tekinaiti", CONTACTS), "tarebon": L("+68673128805",
                                                                       CONTACTS)}],
            "taeka": L("Nako ma ngai n te bingo!", TEXT)}),
        case(f, f"{a}/v2/ukeuke", headers=_h(rng, **b), query={
            "ukeuke": L("bingo Saturday Teaoraereke hall", SEARCH)}),
        case(f, f"{a}/v2/mwakuri", headers=_h(rng, **b), body={
            "tuaai": night, "aram": L(f"{FIRST} {LAST}", NAMEC), "kaain": L(FELLOW, UID),
            "mwakuri": "kitchen", "kanoa": "breadfruit chips"}),
        multipart(f, f"{a}/v2/tamnei", [
            ("tamnei", "bingo_night.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "tuaai": night,
                "taeka": L("Our fellowship raised $840 for the church roof tonight!",
                           f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/taeka", headers=_h(rng, **b), body={
            "nakon": "leader_rae",
            "taeka": L("Nei Karoua, I can bring the urn and 20 cups on Saturday", TEXT)}),
        case(f, f"{a}/v2/wallet", headers=_h(rng, how="none"), cookies={
            "be_session": L(opaque(rng, "", 40), CRED), "be_device": L(INSTALL_ID, DID),
            "be_req": rid(rng)}),
        case(f, f"{a}/v2/ririki", headers=_h(rng, **b), body={
            "bongin_bung": L(DOB, BIRTH), "passport": L(PASSPORT, NID), "country": "USA"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "gil_KI")),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("cards_bought", 1, kaati=6), ev("screen", 2, screen=L("Daub", USAGE)),
                ev("gift", 3, fund=L("church-roof", SENS))]}),
    ]


def bingo_sdks() -> list[Case]:
    rng = random.Random(18132)
    return [
        mb_batch(APP, rng, [("Cards Bought", {"cards": 6}), ("Win Claimed", {"prize": L(150,
                                                                                   BUY)})],
                 at=HALL_FIX, nd=2, locale="gil_KI"),
        mb_pixel(APP, rng, "Nights Opened", {"hall": HALL["id"]}),
        tb_event(APP, rng, "purchase", {"cards": 6}, revenue=12.0),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="bingo,church,fundraiser"),
        bb_notice(APP, rng, "imp"),
        ct_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "card 7 of 6"),
                 [ct_crumb("nav", "Kaati -> Daub"), ct_crumb("tap", "daub_cell")],
                 screen="DaubActivity"),
        pk_register(APP, rng, lang="gil", at=HOME_AT, nd=2,
                    tags={"ekaretia": L("Bikenibeu Congregational", SENS), "botaki": "women"}),
        ca_save(APP, rng, {"analytics": True, "marketing": False}),
        ce_card(APP, rng, email=True),
        ce_confirm(APP, rng, "12.00"),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)],
                 mode="walking"),
    ]
