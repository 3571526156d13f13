"""A Santo Nino devotees' confraternity app "Sugbudebo" (a chapel's confraternity in Lahug: the
nine-day novena before the January fiesta, the walk with the image, candle offerings, Mass
intentions). Her religion (Catholic devotion) is ``personal.sensitive``. Calls: joining the
confraternity (her baptism and parish), an SMS code, ``/me`` with a JWT, the novena schedule,
a novena check-in at the chapel (her fix), a protobuf attendance beat (her fix nested), a candle
offering and its payment, a Mass intention for her daughter's asthma, a petition, the walk
registration with a T-shirt size, a pledge, the member card by a cookie GET, a hymn search, the
procession route, a devotee's number shared, a photo of the family's image, the group message,
the donation statement, the receipt by member number in the path, push and events."""

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
from eval_families142_kit import (
    CHAPEL,
    CHAPEL_FIX,
    DAUGHTER,
    DEVOTEE,
    DEVOTEE_NO,
    HOME,
    HOME_AT,
    HUSBAND,
    fix,
    hd,
    push,
)
from eval_families142_sdk import cd_crash, cd_crumb, mc_batch, mc_queue, tn_event, tn_launch
from eval_families142_svc import (
    cy_save,
    fn_eval,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sugbudebo", "Sugbudebo", "com.example.sugbudebo", "1.9.3",
          "https://api.sugbudebo.example.org")
IID = "X-Debo-Install"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, accept=False, **{"how": "upper", **kw})


def sugbudebo() -> list[Case]:
    rng = random.Random(14211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, devotee=L(DEVOTEE_NO, UID),
                                    confraternity=L("Cofradia del Santo Nino de Lahug", REL)))}
    cla, clo = fix(CHAPEL_FIX, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(DEVOTEE_NO, UID)), (2, CHAPEL["id"]), (3, 1768003200),
               (4, [(1, L(CHAPEL_FIX[0], PRECISE)), (2, L(CHAPEL_FIX[1], PRECISE)),
                    (3, 11.0)]),
               (5, L("novena_day_6", REL)), (6, L(64, DEV))], "", lab)
    stmt = at_path(case(f, f"{a}/v1/members/{DEVOTEE_NO}/statement", headers=_h(rng, **b),
                        query={"year": "2026", "format": "pdf"}), DEVOTEE_NO, UID)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "birthDate": L(DOB, BIRTH),
            "barangay": L(HOME["barangay"], COARSE), "city": L(HOME["city"], COARSE),
            "religion": L("Roman Catholic", REL), "baptized": L(True, REL),
            "parish": L("Santo Nino de Lahug Chapel", REL),
            "devotion": L("Senor Santo Nino", REL), "yearsDevotee": L(4, REL),
            "household": [{"name": L(HUSBAND[0], NAMEC)},
                          {"name": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                           "birthDate": L(DAUGHTER["dob"], BIRTH)}]}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "code": L("804417", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/novena/schedule", headers=_h(rng, **b), query={
            "chapel": CHAPEL["id"], "lang": L("ceb", DEV), "fiesta": "2026"}),
        case(f, f"{a}/v1/novena/checkins", headers=_h(rng, **b), body={
            "devotee": L(DEVOTEE_NO, UID), "chapel": CHAPEL["id"],
            "day": L(6, REL), "mass": L("5:30 AM Misa de Novena", REL),
            "at": {"lat": cla, "lon": clo, "acc": 11},
            "chapelAt": {"lat": CHAPEL["lat"], "lon": CHAPEL["lon"]}}),
        raw(f, f"{a}/v1/novena/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/candles", headers=_h(rng, **b), body={
            "devotee": L(DEVOTEE_NO, UID), "candles": [{"color": "red", "n": 3},
                                                       {"color": "yellow", "n": 2}],
            "intention": L("Para sa maayong panglawas sa akong pamilya", f"{TEXT}|{REL}"),
            "amount": L(150, BUY), "offeringId": opaque(rng, "of_", 10)}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "purpose": L("candle_offering", REL), "amount": L("150.00", BUY), "currency": "PHP",
            "method": L(opaque(rng, "pm_", 24), PAY), "wallet": L("+639275550199", TEL)}),
        case(f, f"{a}/v1/intentions", headers=_h(rng, **b), body={
            "type": L("Mass intention - healing", REL),
            "forName": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
            "text": L(f"For {DAUGHTER['first']}, that her asthma attacks stop before Sinulog",
                      f"{TEXT}|{MED}|{REL}|{NAMEC}"),
            "massDate": "2026-01-11", "stipend": L(200, BUY)}),
        case(f, f"{a}/v1/petitions", fmt="form", headers=_h(rng, **b), body={
            "devotee": L(DEVOTEE_NO, UID),
            "petition": L("Pit Senyor! Thank you for Ramil's new job at the port", f"{TEXT}|{REL}"),
            "public": "false"}),
        case(f, f"{a}/v1/walk/register", headers=_h(rng, **b), body={
            "devotee": L(DEVOTEE_NO, UID), "event": L("Walk with Jesus - dawn procession", REL),
            "shirtSize": "M", "withChildren": 1,
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "meetPoint": "mp_fuente"}),
        case(f, f"{a}/v1/pledges", headers=_h(rng, **b), body={
            "devotee": L(DEVOTEE_NO, UID), "fund": L("Fiesta Senor 2026 fund", REL),
            "monthly": L(500, BUY), "months": 12, "startMonth": "2026-02"}),
        case(f, f"{a}/v1/members/card", headers=_h(rng, how="none"), cookies={
            "sd_sess": L(opaque(rng, "", 40), CRED), "sd_dev": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v1/hymns/search", headers=_h(rng, **b), query={
            "q": L("Bato Balani sa Gugma", f"{SEARCH}|{REL}"), "lang": L("ceb", DEV)}),
        case(f, f"{a}/v1/procession/route", headers=_h(rng, **b), query={
            "from": L(f"{HOME_AT[0]:.4f},{HOME_AT[1]:.4f}", PRECISE), "event": "walk_2026"}),
        case(f, f"{a}/v1/contacts/share", headers=_h(rng, **b), body={
            "name": L(DEVOTEE[0], NAMEC), "mobile": L(DEVOTEE[1], TEL),
            "note": L("Marites leads our block rosary on Thursdays", f"{TEXT}|{REL}|{NAMEC}")}),
        multipart(f, f"{a}/v1/album", [
            ("photo", "senyor.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{REL}")),
            ("meta", None, "application/json", {
                "devotee": L(DEVOTEE_NO, UID),
                "caption": L("Our family's Santo Nino at home, dressed for the fiesta",
                             f"{TEXT}|{REL}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/groups/block7/messages", headers=_h(rng, **b), body={
            "text": L("Rosary tonight at Marites' house, 7pm. Text her at +639285550617",
                      f"{TEXT}|{REL}|{TEL}"), "client": rid(rng)}),
        stmt,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("novena_checkin", 1, day=6), ev("candle_offered", 2, n=5),
                ev("screen", 3, screen=L("NovenaDay", USAGE))]}),
        case(f, f"{a}/v1/announcements", headers=_h(rng, **b), query={
            "chapel": CHAPEL["id"], "since": "1767916800"}),
    ]


def sugbudebo_sdks() -> list[Case]:
    rng = random.Random(14212)
    return [
        mc_batch(APP, rng, [("Novena Check In", {"day": L(6, REL)}),
                            ("Candle Offered", {"amount": L(150, BUY)})],
                 at=CHAPEL_FIX, nd=3),
        mc_queue(APP, rng, [("Prayer Opened", {"prayer": L("Novena to the Santo Nino", REL)}),
                            ("Hymn Played", {"hymn": "hy_0412"})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "donation", {"fund": L("Fiesta Senor 2026 fund", REL)},
                 revenue=500.0),
        cd_crash(APP, rng, ("java.io.IOException", "stream closed: novena audio"),
                 [cd_crumb("nav", "Novena -> Audio")], screen="NovenaAudioActivity"),
        fn_eval(APP, rng, {"devotee": L(True, REL), "barangay": L("Lahug", COARSE)}),
        pt_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"novena": L("fiesta_2026", REL), "chapel": CHAPEL["id"]}),
        cy_save(APP, rng, {"analytics": True, "ads": False}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((CHAPEL["lat"], CHAPEL["lon"]), None)],
                 mode="walking"),
        hs_message(APP, rng, L("My pledge shows twice this month", f"{TEXT}|{BUY}"),
                   {"devotee": L(DEVOTEE_NO, UID)}),
    ]
