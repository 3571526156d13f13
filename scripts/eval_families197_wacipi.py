"""Powwow dancer-registration and contest app "Wacipi Kin" ("the dance"; the Oglala Nation's
August wacipi at Pine Ridge; its API's keys are Lakota without diacritics, mixed with English:
``caje`` first name, ``tiwahe_caje`` surname ("family name"), ``mazawowapi`` e-mail ("metal
letter", a coinage), ``masape`` phone (mas'aphe), ``natakapi`` password ("it is locked", a
coinage), ``tonpi`` birth date ("born"), ``waniyetu`` age (winters), ``wiyawicasa`` sex (values
``wiya`` woman, ``wicincala`` girl), ``oyate`` nation / tribe, ``oyate_owapi`` enrollment number
("nation register", a coinage), ``waci`` dance style, ``waci_owapi`` dancer number, ``wacipi``
the powwow, ``olowan`` song, ``wicayuonihan`` honouring, ``wihpeyapi`` giveaway, ``cinca``
child, ``mazaska`` amount, ``opetun`` purchase / receipt, ``wahosi`` message, ``akita`` search,
``waziyata`` / ``wiyohiyanpata`` latitude / longitude ("north" / "east", coinages), ``itowapi``
photo, ``wowiyukcan`` remark, ``tiyata`` home (street line), ``otonwahe`` town): sign-up, log-in,
``/mitawa``, her and her daughter's registrations (Women's Northern Traditional, Junior Girls'
Jingle), contests, a camp site, the payment, the grand-entry check-in, a protobuf arena beat, a
beadwork repair order (msgpack), standings by cookie, Winona's first-dance photo, an honour song,
the giveaway list, a search, a message to the arena director, results by dancer number in the
path, the prize payout (W-9 with her SSN), push, events and a log-out. No earlier set has a
powwow (a docstring grep for "powwow", "wacipi" and "giveaway" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
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
from eval_families197_kit import (
    BANK_ACCOUNT,
    DAUGHTER,
    ENROLL,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER,
    POWWOW,
    POWWOW_FIX,
    ROUTING,
    SSN,
    fix,
    hd,
    obj,
)
from eval_families197_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families197_svc import cl_card, cl_confirm, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("wacipikin", "Wacipi Kin", "com.example.wacipikin", "3.4.1",
          "https://api.wacipikin.example.org")
IID = "X-Wacipi-Device"
PW = "Jingle#Dress2026"
NID = "personal.national_id"
DANCER = "WNT-0417"  # her dancer number this powwow (id.user)
KID_DANCER = "JGJ-0152"  # Winona's dancer number (id.user)
RECEIPT = "WK-26-08814"  # the registrations' receipt (financial.purchase)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lak=True, **kw)


def wacipikin() -> list[Case]:
    rng = random.Random(19701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mazawowapi=L(EMAIL, MAIL),
                                    waci_owapi=L(DANCER, UID)))}
    pla, plo = fix(POWWOW_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(DANCER, UID)), (2, POWWOW["id"]), (3, 1786046400),
               (4, [(1, L(POWWOW_FIX[0], PRECISE)), (2, L(POWWOW_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV))], "", lab)
    results = at_path(case(f, f"{a}/v1/waci_owapi/{DANCER}/results", headers=_h(rng, **b),
                           query={"wacipi": POWWOW["id"]}), DANCER, UID)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "caje": L(FIRST, NAMEC), "tiwahe_caje": L(LAST, NAMEC), "mazawowapi": L(EMAIL, MAIL),
            "masape": L(E164, TEL), "natakapi": L(PW, CRED), "tonpi": L(DOB, BIRTH),
            "oyate": L("Oglala Lakota", SENS), "oyate_owapi": L(ENROLL, NID),
            "otonwahe": L(HOME["town"], COARSE), "wiyawicasa": L("wiya", GENDER)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "mazawowapi": L(EMAIL_UPPER, MAIL), "natakapi": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/mitawa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/registrations", headers=_h(rng, **b), body={
            "wacipi": POWWOW["id"], "waci": "womens_northern_traditional",
            "waci_owapi": L(DANCER, UID), "oyate": L("Oglala Lakota", SENS),
            "oyate_owapi": L(ENROLL, NID), "mazaska": L(25, BUY), "opetun": L(RECEIPT, BUY)}),
        case(f, f"{a}/v1/registrations/cinca", headers=_h(rng, **b), body={
            "wacipi": POWWOW["id"], "waci": "junior_girls_jingle",
            "cinca": {"caje": L(DAUGHTER["first"], NAMEC), "tiwahe_caje": L(DAUGHTER["last"], NAMEC),
                      "tonpi": L(DAUGHTER["dob"], BIRTH), "waniyetu": L(9, BIRTH),
                      "wiyawicasa": L("wicincala", GENDER),
                      "oyate_owapi": L(DAUGHTER["enroll"], NID),
                      "waci_owapi": L(KID_DANCER, UID)},
            "guardian_masape": L(E164, TEL), "mazaska": L(10, BUY), "opetun": L(RECEIPT, BUY)}),
        case(f, f"{a}/v1/contests", headers=_h(rng, **b), query={
            "wacipi": POWWOW["id"], "waci": "junior_girls_jingle", "day": "2"}),
        case(f, f"{a}/v1/camp", headers=_h(rng, **b), body={
            "wacipi": POWWOW["id"], "site": "C-41", "nights": 4, "tiwahe": 4,
            "mazaska": L(40, BUY), "tent": "wall_tent"}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "opetun": L(RECEIPT, BUY), "mazaska": L("75.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/grand_entry/checkin", headers=_h(rng, **b), body={
            "waci_owapi": L(DANCER, UID), "session": "sat_1pm",
            "tokiya": {"waziyata": pla, "wiyohiyanpata": plo, "acc": 7},
            "arena": {"waziyata": POWWOW["lat"], "wiyohiyanpata": POWWOW["lon"]}}),
        raw(f, f"{a}/v1/arena/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/beadwork/orders", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"piece": "cape_fringe", "qty": 1, "price": 60},
                      {"piece": "hair_ties", "qty": 2, "price": 15}],
            "mazaska": L(90, BUY), "opetun": L("BW-3318", BUY), "pickup": "arena_booth_12",
            "masape": L(E164, TEL)}),
        case(f, f"{a}/v1/standings", headers=_h(rng, how="none"), cookies={
            "wk_session": L(opaque(rng, "", 40), CRED), "wk_device": L(INSTALL_ID, DID),
            "wk_req": rid(rng)}),
        multipart(f, f"{a}/v1/itowapi", [
            ("photo", "winona_jingle.jpg", "image/jpeg", L(JPEG + b"\x97", MEDIA)),
            ("meta", None, "application/json", {
                "waci_owapi": L(KID_DANCER, UID),
                "wowiyukcan": L(f"{KID} dancing her first jingle dress special",
                                f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/wicayuonihan", headers=_h(rng, **b), body={
            "wacipi": POWWOW["id"], "olowan": "honor_song", "drum": "dr_wolf_creek_singers",
            "for": L(KID, NAMEC),
            "wahosi": L(f"Honoring our daughter {KID} as she enters the circle in her first "
                        "jingle dress, from her unci Loretta Yellow Hawk",
                        f"{TEXT}|{NAMEC}"), "mazaska": L(100, BUY)}),
        case(f, f"{a}/v1/wihpeyapi", headers=_h(rng, **b), body={
            "wacipi": POWWOW["id"], "star_quilts": 6, "blankets": 14,
            "recipients": [L(MOTHER[0], NAMEC), L("Delphine Little Moon", NAMEC),
                           L("Ronald Bear Runner", NAMEC)],
            "host": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/akita", headers=_h(rng, **b), query={
            "akita": L("jingle dress special prize money 2026", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/wahosi", headers=_h(rng, **b), body={
            "to": "arena_director",
            "wahosi": L("Our daughter's number is missing from the junior jingle list, call me "
                        "at (555) 010-0199", f"{TEXT}|{TEL}")}),
        results,
        case(f, f"{a}/v1/payouts/w9", headers=_h(rng, **b), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "ssn": L(SSN, NID),
            "tiyata": L(HOME["po"], ADDR), "otonwahe": L(HOME["town"], COARSE),
            "state": L(HOME["state"], COARSE), "zip": L(HOME["zip"], COARSE),
            "routing": L(ROUTING, PAY), "account": L(BANK_ACCOUNT, PAY),
            "prize": L(600, BUY), "waci_owapi": L(DANCER, UID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "iapi": L("lkt", DEV), "tz": L("America/Denver", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("registered", 1, waci="wnt"), ev("payment", 2, mazaska=L(75, BUY)),
                ev("screen", 3, screen=L("ContestResults", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def wacipikin_sdks() -> list[Case]:
    rng = random.Random(19702)
    grid = obj(rng, "slot")
    return [
        mc_batch(APP, rng, [("Dancer Registered", {"category": "wnt", "fee": L(25, BUY)}),
                            ("Grand Entry", {"slot": grid})], at=POWWOW_FIX, nd=2),
        mc_identify(APP, rng, {"otonwahe": L("Pine Ridge", COARSE), "dancer": L(DANCER, UID),
                               "nation": L("Oglala Lakota", SENS)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"opetun": L(RECEIPT, BUY)}, revenue=75.0, currency="USD",
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=POWWOW_FIX, nd=3,
               keywords="powwow,regalia,beadwork"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "results not published"),
                 [cd_crumb("nav", "Contests -> Results"),
                  cd_crumb("net", "GET", {"url": f"{APP.api}/v1/contests", "status": 200})],
                 screen="ResultsActivity"),
        pt_register(APP, rng, lang="lkt", at=HOME_AT, nd=2,
                    tags={"wacipi": POWWOW["id"], "waci": "wnt"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "75.00", "usd"),
        hs_message(APP, rng, L(f"Receipt {RECEIPT} shows only one dancer", f"{TEXT}|{BUY}"),
                   {"dancer": L(DANCER, UID)}),
    ]
