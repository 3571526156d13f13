"""A Bektashi tekke's community app "Teqenet" (a Tirana tekke her husband's family belongs to; her
religion). Calls: joining the community, a log-in, ``/me``, the calendar, the Matem fast, an
offering for the Ashure, a candle for her father-in-law, a prayer request, attendance at Nevruz
with her fix, buses to Mount Tomorr from near her flat, the family's pilgrimage registration,
a check-in at the Abbas Ali tyrbe (protobuf), an Ashure order (msgpack), a search of the hymn
(nefes) library, a message to the women's group, a photo with its caption, the directory by a
cookie GET, a dervish's house blessing, her son's children's class, a receipt by
number in the path, push and events."""

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
    GENDER,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families140_kit import (
    FRIEND,
    HOME,
    HOME_AT,
    HUSBAND,
    MURID,
    SON,
    TEKKE,
    TEKKE_FIX,
    TOMORR_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families140_sdk import cx_session, mk_batch, mk_queue, td_launch, td_link
from eval_families140_svc import ck_confirm, cv_save, fo_eval, md_route, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("teqenet", "Teqenet", "com.example.teqenet", "1.6.0",
          "https://api.teqenet.example.org")
IID = "X-Teqe-Device"
PW = "Nevruz#Kodra22"
TYRBE_AT = (40.67392, 20.14057)  # the Abbas Ali tyrbe on Tomorr (a public site: negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def teqenet() -> list[Case]:
    rng = random.Random(14011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MURID, UID)))}
    tla, tlo = fix(TEKKE_FIX, 4)
    rcpt = "RC-" + opaque(rng, "", 8).upper()
    receipt = at_path(case(f, f"{a}/v1/receipts/{rcpt}", headers=_h(rng, **b)), rcpt, BUY)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MURID, UID)), (2, "tomorr-2025"), (3, 1755954000),
               (4, [(1, L(TOMORR_FIX[0], PRECISE)), (2, L(TOMORR_FIX[1], PRECISE)),
                    (3, 14.0)]),
               (5, L(41, DEV))], "", lab)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "gender": L("female", GENDER), "tekke": TEKKE["id"],
            "community": L("Bektashi", SENS), "city": L("Tirana", COARSE),
            "spouse": {"name": L(HUSBAND[0], NAMEC), "member": True}, "lang": L("en", DEV)}),
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/calendar", headers=_h(rng, **b), query={"year": "2025", "lang": "en"}),
        case(f, f"{a}/v1/observances/matem", headers=_h(rng, **b), body={
            "member": L(MURID, UID), "observance": L("Matem fast", SENS),
            "days": [L("2025-06-27", SENS), L("2025-06-28", SENS), L("2025-06-29", SENS)],
            "noWater": L(True, SENS), "reminder": "19:30"}),
        case(f, f"{a}/v1/offerings", fmt="form", headers=_h(rng, **b), body={
            "member": L(MURID, UID), "amount": L("3000", BUY), "currency": "ALL",
            "fund": L("Ashure kitchen", SENS), "method": L(opaque(rng, "pm_", 24), PAY),
            "anonymous": "false"}),
        case(f, f"{a}/v1/candles", headers=_h(rng, **b), body={
            "for": L("Sali Hoxha", NAMEC),
            "intention": L("For my father-in-law Sali, recovering from heart surgery",
                           f"{TEXT}|{SENS}|{MED}"), "tekke": TEKKE["id"], "count": 3}),
        case(f, f"{a}/v1/prayers", headers=_h(rng, **b), body={
            "text": L("Pray for patience with my skin treatment, the white patches are spreading",
                      f"{TEXT}|{SENS}|{MED}"), "private": True, "member": L(MURID, UID)}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "event": L("Sultan Nevruz", SENS), "tekke": TEKKE["id"],
            "at": {"lat": tla, "lon": tlo}, "tekkeAt": {"lat": TEKKE["lat"], "lon": TEKKE["lon"]},
            "guests": 2}),
        case(f, f"{a}/v1/pilgrimage/buses", headers=_h(rng, **b), query={
            "from": L(f"{HOME_AT[0]:.2f},{HOME_AT[1]:.2f}", COARSE), "date": "2025-08-21"}),
        case(f, f"{a}/v1/pilgrimage/registrations", headers=_h(rng, **b), body={
            "pilgrimage": L("Mount Tomorr, Abbas Ali days", SENS), "member": L(MURID, UID),
            "people": [{"name": L(f"{FIRST} {LAST}", NAMEC), "adult": True},
                       {"name": L(HUSBAND[0], NAMEC), "adult": True},
                       {"name": L(f"{SON['first']} {SON['last']}", NAMEC),
                        "age": L(8, BIRTH)}],
            "tent": True, "bus": obj(rng, "bus"), "fee": L(7500, BUY)}),
        raw(f, f"{a}/v1/pilgrimage/checkin", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ashure/orders", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MURID, UID), "bowls": 12, "pickup": "2025-07-06",
            "order": L(obj(rng, "ash").upper(), BUY), "total": L(2400, BUY)}),
        case(f, f"{a}/v1/library/search", headers=_h(rng, **b), query={
            "q": L("nefes for Nevruz", f"{SEARCH}|{SENS}"), "type": "audio"}),
        case(f, f"{a}/v1/groups/women/messages", headers=_h(rng, **b), body={
            "text": L(f"Elona can bring the wheat, her number is {FRIEND[1]}",
                      f"{TEXT}|{NAMEC}|{TEL}"), "clientId": rid(rng)}),
        multipart(f, f"{a}/v1/albums/nevruz-2025/photos", [
            ("photo", "nevruz.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Nevruz at the tekke with Elona and the sisters",
                             f"{TEXT}|{SENS}|{NAMEC}"), "member": L(MURID, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/directory", headers=_h(rng, how="none"), cookies={
            "tq_session": L(opaque(rng, "", 40), CRED), "tq_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "kind": L("house blessing by the dervish", SENS),
            "address": L(HOME["line"], ADDR), "area": L(HOME["area"], COARSE),
            "phone": L(E164, TEL), "preferred": "2025-12-20"}),
        case(f, f"{a}/v1/children/classes", headers=_h(rng, **b), body={
            "class": L("Bektashi history for children", SENS),
            "child": {"name": L(f"{SON['first']} {SON['last']}", NAMEC),
                      "birthDate": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER)},
            "parent": L(MURID, UID)}),
        receipt,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("candle_lit", 1), ev("offering_made", 2),
                ev("screen", 3, view=L("Calendar", USAGE))]}),
    ]


def teqenet_sdks() -> list[Case]:
    rng = random.Random(14012)
    link = U("https://teqenet.example.org/i/tomorr", {"m": L(MURID, UID),
                                                      "utm_source": "whatsapp"})
    return [
        mk_batch(APP, rng, [("Offering Made", {"total": L(3000, BUY)}),
                            ("Candle Lit", {"count": 3})]),
        mk_queue(APP, rng, [("Checked In", {"site": "tomorr"}),
                            ("Screen Viewed", {"screen": L("Pilgrimage", USAGE)}),
                            ("Photo Saved", {})]),
        td_launch(APP, rng, user=True, n=21),
        td_link(APP, rng, link),
        cx_session(APP, rng, secs=522),
        fo_eval(APP, rng, {"community": L("bektashi", SENS), "city": L("Tirana", COARSE)}),
        pl_register(APP, rng, tags={"tekke": TEKKE["id"], "observance": L("matem", SENS)}),
        cv_save(APP, rng, {"analytics": True, "marketing": False}),
        ck_confirm(APP, rng, "3000", "all"),
        md_route(APP, rng, [(HOME_AT, PRECISE), (TYRBE_AT, None)]),
    ]
