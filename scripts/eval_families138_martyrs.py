"""An Anglican (Church of Uganda) parish's app "Martyrsway" (St. Barnabas, Kabalagala: her
religion) built around the parish's walking pilgrimage to the Namugongo martyrs' shrine for
Martyrs' Day. Unlike the Catholic parish apps of sets 124, 128 and 129, the Kimbanguist
pilgrimage of set 133 and the Presbyterian fellowship of set 132, the core is a multi-day walk:
a walking group, a pilgrim tag, the walk's track, camp check-ins along the road, a camp bed,
food for the pilgrims, an SOS on the road and a certificate; the parish side is the twins'
baptism with godparents, tithe envelopes and a cell group. Calls: the parishioner's sign-up, an
OAuth password grant, ``/me``, the pilgrimage registration, the tag photo, the walk's track
(gzip), a camp check-in (protobuf), a tithe and its mobile-money payment, the twins' baptism, a
prayer request, Sunday attendance, a sermon, a hymn search, a cell group, envelope statements
by a cookie GET, food for the pilgrims (msgpack), an SOS, a camp bed, the directory, the
certificate by pilgrim number in the path, push and events."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families138_kit import (
    FRIEND,
    HUSBAND,
    KLA_HOME_AT,
    PARISH,
    PARISH_FIX,
    PARISHIONER,
    SHRINE,
    SISTER_US,
    TWINS,
    WALK_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families138_sdk import (
    bm_bid,
    bm_notice,
    cs_crash,
    cs_crumb,
    sn_batch,
    sn_pixel,
    ta_launch,
    ta_link,
)
from eval_families138_svc import cj_card, ck_save, mk_route, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("martyrsway", "Martyrsway", "com.example.martyrsway", "3.0.6",
          "https://api.martyrsway.example.net")
IID = "X-MW-Install"
PW = "Namugongo3June!"
PILGRIM = "NMG26-STB-0419"  # her pilgrim number (id.user)
WALK = [(0.305112, 32.610276), (0.318840, 32.621503), (0.331207, 32.626911),
        (0.341907, 32.628815)]  # her fixes on the walk (precise)
CAMP_FIX = (0.352417, 32.634090)  # her fix at the Kireka camp


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    if kw.get("auth"):
        kw.setdefault("how", "none")  # signed in: the bearer alone
    return hd(APP, rng, IID, **kw)


def martyrsway() -> list[Case]:
    rng = random.Random(13831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    parishioner=L(PARISHIONER, UID),
                                    parish=L(PARISH["name"], SENS)))}
    pla, plo = fix(PARISH_FIX, 4)
    sla, slo = fix(WALK_FIX, 5)
    lab: dict[str, str] = {}
    cla, clo = fix(CAMP_FIX, 6)
    camp = pb([(1, L(PILGRIM, UID)), (2, "camp_kireka"), (3, [(1, cla), (2, clo)]),
               (4, L(72, DEV)), (5, 1780444800)], "", lab)
    cert = at_path(case(f, f"{a}/v1/pilgrims/{PILGRIM}/certificate", headers=_h(rng, **b)),
                   PILGRIM, UID)
    return [
        case(f, f"{a}/v1/parishioners", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dateOfBirth": L(DOB, BIRTH),
            "gender": L("female", GENDER), "parish": L(PARISH["id"], SENS),
            "denomination": L("Anglican (Church of Uganda)", SENS),
            "confirmed": L(True, SENS), "zone": L("Muyenga zone", COARSE),
            "spouse": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "martyrsway-android", "scope": "parish pilgrim"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pilgrimages/2026/register", headers=_h(rng, **b), body={
            "pilgrim": L(PILGRIM, UID), "group": L("St. Barnabas walkers", SENS),
            "from": L(PARISH["id"], SENS), "to": L(SHRINE["id"], SENS), "days": 4,
            "shirt": "L",
            "fee": L(60000, BUY),
            "emergencyContact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "health": L("Right knee injured in a boda accident, may need the support car",
                        f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/pilgrims/tag-photo", [
            ("photo", "tag.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"pilgrim": L(PILGRIM, UID), "crop": "face"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/walk/track", gz=True, headers=_h(rng, **b), body={
            "pilgrim": L(PILGRIM, UID), "points": [
                {"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1780390800 + 2400 * i}
                for i, (la, lo) in enumerate(WALK)], "stage": 1}),
        raw(f, f"{a}/v1/walk/camp-checkin", camp, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/giving", headers=_h(rng, **b), body={
            "fund": L("tithe", SENS), "amount": L(100000, BUY), "currency": "UGX",
            "envelope": L("ENV-0419", UID), "parish": L(PARISH["id"], SENS),
            "giving_id": obj(rng, "gv")}),
        case(f, f"{a}/v1/giving/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("100000", BUY), "msisdn": L(E164, TEL), "channel": "mobile_money",
            "reference": rid(rng)}),
        case(f, f"{a}/v1/sacraments/baptism", headers=_h(rng, **b), body={
            "sacrament": L("infant baptism", SENS), "date": "2026-03-08",
            "children": [{"name": L(f"{t['first']} {t['middle']} {t['last']}", NAMEC),
                          "dob": L(t["dob"], BIRTH), "sex": L(t["sex"], GENDER)}
                         for t in TWINS],
            "godparents": [{"name": L(FRIEND[0], NAMEC), "phone": L(FRIEND[1], TEL)},
                           {"name": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)}],
            "parents": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)]}),
        case(f, f"{a}/v1/prayer-requests", headers=_h(rng, **b), body={
            "text": L("Pray for my knee to heal before the walk, and for the boda rider who "
                      "was hurt with me", f"{TEXT}|{SENS}|{MED}"), "public": False}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "service": L("Sunday 9am English service", SENS), "at": {"lat": pla, "lon": plo},
            "church": {"lat": PARISH["lat"], "lon": PARISH["lon"]}, "members": 4}),
        case(f, f"{a}/v1/sermons", headers=_h(rng, **b), query={
            "parish": L(PARISH["id"], SENS), "series": "martyrs", "page": "2"}),
        case(f, f"{a}/v1/hymns/search", headers=_h(rng, **b), query={
            "q": L("Tukutendereza Yesu", SEARCH), "lang": L("lg", DEV)}),
        case(f, f"{a}/v1/cell-groups/join", fmt="form", headers=_h(rng, **b), body={
            "group": L("Muyenga Mothers' fellowship", SENS), "member": L(PARISHIONER, UID),
            "meets": "thursday"}),
        case(f, f"{a}/v1/giving/statements", headers=_h(rng, how="none"),
             query={"year": "2025"}, cookies={"mw_sid": L(opaque(rng, "", 40), CRED),
                                              "mw_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/pilgrim-food", fmt="msgpack", headers=_h(rng, **b), body={
            "pilgrim": L(PILGRIM, UID), "items": [{"what": "posho", "kg": 20},
                                                  {"what": "beans", "kg": 10}],
            "amount": L(130000, BUY), "camp": "camp_kireka"}),
        case(f, f"{a}/v1/walk/sos", headers=_h(rng, **b), body={
            "pilgrim": L(PILGRIM, UID), "at": {"lat": sla, "lon": slo},
            "text": L("Knee swollen, cannot continue, need the support car", f"{TEXT}|{MED}"),
            "callback": L(E164, TEL)}),
        case(f, f"{a}/v1/camps/beds", headers=_h(rng, **b), body={
            "camp": "camp_kireka", "nights": 1, "booking": L("BED-26-1187", BUY),
            "amount": L(15000, BUY), "pilgrim": L(PILGRIM, UID)}),
        case(f, f"{a}/v1/directory/me", headers=_h(rng, **b), body={
            "show": True, "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "zone": L("Muyenga zone", COARSE), "fellowship": L("Mothers' fellowship", SENS)}),
        cert,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pilgrim_registered", 1), ev("tithe_paid", 2),
                ev("screen", 3, screen=L("WalkMap", USAGE))]}),
    ]


def martyrsway_sdks() -> list[Case]:
    rng = random.Random(13832)
    link = U("https://martyrsway.example.net/join", {
        "group": L("St. Barnabas walkers", SENS), "pilgrim": L(PILGRIM, UID),
        "utm_source": "whatsapp"})
    return [
        sn_batch(APP, rng, [("Walk Stage Done", {"stage": 1}),
                            ("Tithe Given", {"amount": L(100000, BUY)})], at=WALK_FIX, nd=3),
        sn_pixel(APP, rng, "Sermon Played", {"series": "martyrs"}),
        ta_launch(APP, rng, first=True),
        ta_link(APP, rng, link),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        bm_notice(APP, rng, "win"),
        cs_crash(APP, rng, ("java.lang.IllegalArgumentException", "track point out of order"),
                 [cs_crumb("nav", "Walk -> Map"), cs_crumb("log", "gps resumed")],
                 screen="WalkActivity"),
        pn_register(APP, rng, tags={"parish": L(PARISH["id"], SENS),
                                    "pilgrimage": L("namugongo-2026", SENS)}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        cj_card(APP, rng, email=True),
        mk_route(APP, rng, [(KLA_HOME_AT, PRECISE), ((PARISH["lat"], PARISH["lon"]), None),
                            ((SHRINE["lat"], SHRINE["lon"]), None)], mode="walking"),
    ]

