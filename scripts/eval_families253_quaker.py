"""A Quaker meeting's app "Caarjyn" (``caarjyn`` friends: the Ramsey meeting of the Religious
Society of Friends keeps its list of members and attenders, notices, rotas and contributions in
it; its API's keys are Manx Gaelic, ASCII-folded, snake_case, with English where the Quaker
vocabulary is English: ``ennym`` first name, ``sloinney`` surname, ``post_l`` e-mail,
``chellvane`` phone, ``fockle_follit`` password, ``laa_ruggyree`` birth date, ``credjue``
faith, ``stayd`` standing (attender or member), ``chaglym`` meeting, ``ooashley`` worship,
``sheshey`` spouse, ``earroo`` list number, ``raa`` remark, ``lhiannoo`` child, ``alleragh``
allergy, ``sym`` amount, ``fund``, ``enmys`` address, ``balley`` town, ``coad_post`` postcode,
``chaghteraght`` message, ``shirrey`` search, ``bee`` food, ``laa`` day, ``mee`` month): sign-up
as an attender, an OAuth password grant, ``/mish``, meeting for worship attended with her fix,
her request for membership (the two visitors named), notices, the children's meeting for Aalin,
a contribution, a request to hold her mother-in-law in the Light, a peace vigil, a library
search, the shared-lunch rota, a newsletter photo, a message to the clerk, her list entry by
number in the path, a receipt by cookie, a room booked for a Manx class, her address for the
printed list, push and events. Earlier sets have parishes, churches, mosques, temples and
fellowships; no file name or docstring matched "quaker" except a hospice's ``faith: Quaker``
field, and none matched "meeting for worship" or "friends meeting"."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families253_kit import (
    DAUGHTER,
    FRIEND_NO,
    HOME,
    HOME_AT,
    HUSBAND,
    MEETING,
    MEETING_FIX,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families253_sdk import cc_crash, cc_crumb, co_batch, co_identify, co_pixel, tv_event
from eval_families253_svc import cx_save, ep_card, ep_confirm, hm_message, mb_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("caarjyn", "Caarjyn", "com.example.caarjyn", "1.8.0", "https://api.caarjyn.example.org")
IID = "X-Caarjyn-Device"
PW = "Ballure!Light26"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def caarjyn() -> list[Case]:
    rng = random.Random(25331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, post_l=L(EMAIL, MAIL), earroo=L(FRIEND_NO, UID),
                                    chaglym=L(MEETING["name"], REL)))}
    mla, mlo = fix(MEETING_FIX, 4)
    entry = at_path(case(f, f"{a}/v1/olteyn/{FRIEND_NO}/lioar", headers=_h(rng, **b)),
                    FRIEND_NO, UID)
    return [
        case(f, f"{a}/v1/olteyn", headers=_h(rng), body={
            "ennym": L(FIRST, NAMEC), "sloinney": L(LAST, NAMEC), "post_l": L(EMAIL, MAIL),
            "chellvane": L(E164, TEL), "fockle_follit": L(PW, CRED),
            "laa_ruggyree": L(DOB, BIRTH),
            "credjue": L("Religious Society of Friends (Quakers)", REL),
            "stayd": L("attender", REL), "chaglym": L(MEETING["id"], REL),
            "sheshey": L(HUSBAND[0], NAMEC), "earroo": L(FRIEND_NO, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "caarjyn-android"}),
        case(f, f"{a}/v1/mish", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ooashley/attendance", headers=_h(rng, **b), body={
            "ooashley": L("meeting for worship", REL), "laa": "2026-02-01",
            "chaglym": L(MEETING["id"], REL), "at": {"lat": mla, "lng": mlo},
            "meeting_house": {"lat": MEETING["lat"], "lng": MEETING["lon"]}}),
        case(f, f"{a}/v1/membership/apply", headers=_h(rng, **b), body={
            "earroo": L(FRIEND_NO, UID),
            "raa": L("I have attended Ramsey Meeting for three years and feel ready to ask for "
                     "membership of the Society", f"{TEXT}|{REL}"),
            "visitors": [L("Ruth Callister", NAMEC), L("Peter Moore", NAMEC)]}),
        case(f, f"{a}/v1/notices", headers=_h(rng, **b), query={
            "chaglym": L(MEETING["id"], REL), "mee": "2026-02"}),
        case(f, f"{a}/v1/children/meeting", headers=_h(rng, **b), body={
            "lhiannoo": {"ennym": L(DAUGHTER["first"], NAMEC),
                         "sloinney": L(DAUGHTER["last"], NAMEC),
                         "laa_ruggyree": L(DAUGHTER["dob"], BIRTH),
                         "alleragh": L("peanuts", MED)},
            "chaglym_paitchyn": L("children's meeting", REL), "jallooyn": "no"}),
        case(f, f"{a}/v1/contributions", fmt="form", headers=_h(rng, **b), body={
            "sym": L("30", BUY), "currency": "GBP", "fund": L("area meeting quota", REL),
            "method": L(opaque(rng, "pm_", 24), PAY), "gift_aid": "false"}),
        case(f, f"{a}/v1/light", headers=_h(rng, **b), body={
            "raa": L(f"Please hold my mother-in-law {MOTHER_IL[0]} in the Light, she has her "
                     "hip operation on Thursday", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "visibility": "elders"}),
        case(f, f"{a}/v1/vigils/signup", headers=_h(rng, **b), body={
            "vigil": "vg_prom_0214", "laa": "2026-02-14",
            "raa": L("I will hold the banner against the arms fair at the Promenade vigil",
                     f"{TEXT}|{REL}"), "seats_in_car": 2}),
        case(f, f"{a}/v1/library/search", headers=_h(rng, **b), query={
            "shirrey": L("Faith and Practice clearness for marriage", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/v1/rota/lunch", fmt="form", headers=_h(rng, **b), body={
            "earroo": L(FRIEND_NO, UID), "laa": "2026-02-22", "bee": "leek soup",
            "slot": obj(rng, "rt")}),
        multipart(f, f"{a}/v1/newsletter/photos", [
            ("photo", "garden_day.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "issue": "2026-03",
                "caption": L("Garden working day at the meeting house", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "gys": "clerk",
            "chaghteraght": L("Could Orry come to our meeting for clearness? He isn't a Friend "
                              "but he would like to be there", f"{TEXT}|{REL}")}),
        entry,
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"), cookies={
            "cj_session": L(opaque(rng, "", 40), CRED), "cj_device": L(INSTALL_ID, DID),
            "cj_req": rid(rng)}),
        case(f, f"{a}/v1/rooms/bookings", headers=_h(rng, **b), body={
            "room": "rm_small", "laa": "2026-03-04", "oor": "19:00-21:00",
            "sym": L(12, BUY), "raa": L("Manx conversation class, about eight people", TEXT)}),
        case(f, f"{a}/v1/profile/address", headers=_h(rng, **b), body={
            "enmys": L(HOME["line"], ADDR), "balley": L(HOME["town"], COARSE),
            "coad_post": L(HOME["post"], COARSE), "printed_list": True}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("notice_read", 1), ev("screen", 2, screen=L("Notices", USAGE)),
                ev("contribution", 3, fund=L("area meeting quota", REL))]}),
    ]



def caarjyn_sdks() -> list[Case]:
    rng = random.Random(25332)
    return [
        co_batch(APP, rng, [("Worship Attended", {"meeting": L(MEETING["id"], REL)}),
                            ("Notice Read", {})], at=MEETING_FIX, nd=2),
        co_identify(APP, rng, {"chaglym": L(MEETING["name"], REL), "earroo": L(FRIEND_NO, UID),
                               "balley": L("Ramsey", COARSE)}),
        co_pixel(APP, rng, "Newsletter Opened", {"issue": "2026-03"}),
        tv_event(APP, rng, "contribution", {"fund": L("area-quota", REL)}, revenue=30.0),
        cc_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/contributions"),
                 [cc_crumb("nav", "Home -> Give"), cc_crumb("tap", "give_button")],
                 screen="GiveActivity"),
        pk_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"chaglym": L("Ramsey Meeting", REL), "rota": "lunch"}),
        cx_save(APP, rng, {"analytics": True, "marketing": False}),
        ep_card(APP, rng, email=True),
        ep_confirm(APP, rng, "30.00"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((MEETING["lat"], MEETING["lon"]), None)],
                 mode="walking"),
        hm_message(APP, rng, L("My contribution receipt for the area meeting did not arrive",
                               f"{TEXT}|{REL}"), {"earroo": L(FRIEND_NO, UID)}),
    ]
