"""Kids' tablet parental-control app "Tabguard" (she is the parent, on her phone; her daughter
Ella, 8, has the tablet): sign-up, a log-in, ``/me``, the child's profile, pairing the tablet,
a parent PIN, limits, the dashboard by the child's ID in the path, an app request approved and
the allowed apps, the child's web history reviewed and a site allowed, a flagged search and a
flagged chat message, the family's places, a locate-now request (protobuf with her own fix), an
arrival alert (the child's fix), the home Wi-Fi rule, a co-parent invited, the weekly report
shared (gzip), a subscription, push, events and alerts by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    APPS,
    BIRTH,
    BROWSE,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families40_kit import KID, KID_AT_SCHOOL, PAIR_CODE, SCHOOL, TABLET, fix, home, obj
from eval_families40_sdk import ab_event, ab_install, ek_batch, ek_traits, fh_crumb, fh_report
from eval_families40_svc import cl_message, cm_save, fb_eval, mf_reverse, pw_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LAT, LON, NAME, SSID, USER_ID, Case, J, L, case

APP = App("tabguard", "Tabguard", "com.example.tabguard", "3.2.0",
          "https://api.tabguard.example.com")
IID = "X-TG-Install"
PW = "Harbor-Light-204"
K = KID["id"]
KURL = f"https://api.tabguard.example.com/v2/children/{K}"
SITES = ["https://kidsmath.example.org/fractions/level-3",
         "https://video.example.com/watch?v=slime-recipe-easy",
         "https://wiki.example.org/wiki/Axolotl"]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def _k(c: Case) -> Case:
    return at_path(c, K, UID)


def tabguard() -> list[Case]:
    rng = random.Random(4061)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(K, UID)]))}
    b = {"auth": "bearer"}
    hla, hlo = home(5)
    kla, klo = fix(KID_AT_SCHOOL, 6)
    lab: dict[str, str] = {}
    locate = pb([(1, L(USER_ID, UID)), (2, L(K, UID)),
                 (3, [(1, L(round(LAT, 6), PRECISE)), (2, L(round(LON, 6), PRECISE))]),
                 (4, 12), (5, rid(rng))], "", lab)
    return [
        case(f, f"{a}/v2/parents", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "role": "mother", "country": "US"}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/children", headers=_h(rng, **b), body={
            "id": L(K, UID), "name": L(KID["name"], NAMEC), "birthYear": L(KID["born"], BIRTH),
            "gender": L("girl", GENDER), "grade": "3", "avatar": "axolotl_2"}),
        _k(case(f, f"{KURL}/devices", headers=_h(rng, **b), body={
            "pairingCode": L(PAIR_CODE, CRED), "tabletId": L(TABLET["id"], DID),
            "model": TABLET["model"], "os": TABLET["os"], "name": "Ella's tablet"})),
        case(f, f"{a}/v2/parent-pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L("7391", CRED), "confirm": L("7391", CRED)}),
        _k(case(f, f"{KURL}/limits", headers=_h(rng, **b), body={
            "weekdayMinutes": 90, "weekendMinutes": 150, "bedtime": "20:00",
            "schoolMode": {"name": SCHOOL["name"], "from": "08:00", "to": "15:00"}})),
        _k(case(f, f"{KURL}/usage", headers=_h(rng, **b), query={"range": "week"})),
        _k(case(f, f"{KURL}/apps/requests/{obj(rng, 'req', 8)}", fmt="form",
                headers=_h(rng, **b), body={"package": L("com.example.blockcraft", APPS),
                                            "decision": "approve", "dailyMinutes": "30"})),
        _k(case(f, f"{KURL}/apps/allowed", headers=_h(rng, **b), body={
            "packages": [L(p, APPS) for p in ("com.example.kidsmath", "com.example.blockcraft",
                                               "com.example.storytime", "com.example.drawpad")]})),
        _k(case(f, f"{KURL}/web/reviewed", headers=_h(rng, **b), body={
            "urls": [L(u, BROWSE) for u in SITES], "reviewedAt": 1765391000})),
        _k(case(f, f"{KURL}/web/allow", fmt="form", headers=_h(rng, **b), body={
            "url": L(SITES[2], BROWSE), "scope": "domain"})),
        _k(case(f, f"{KURL}/alerts/search", headers=_h(rng, **b), body={
            "alert": obj(rng, "al", 8), "term": L("how to turn off tabguard", SEARCH),
            "action": "talked_about_it"})),
        _k(case(f, f"{KURL}/alerts/chat", headers=_h(rng, **b), body={
            "alert": obj(rng, "al", 8), "app": L("com.example.blockcraft", APPS),
            "excerpt": L("whats ur address? i can send u a gift", TEXT),
            "action": "block_sender"})),
        case(f, f"{a}/v2/family/places", headers=_h(rng, **b), body={"places": [
            {"name": "Home", "lat": hla, "lon": hlo, "radiusM": 120},
            {"name": "School", "lat": SCHOOL["lat"], "lon": SCHOOL["lon"], "radiusM": 150}]}),
        raw(f, f"{KURL}/locate", locate, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/alerts/{obj(rng, 'al', 8)}/ack", headers=_h(rng, **b), body={
            "child": L(K, UID), "kind": "arrived_school", "childLat": kla, "childLon": klo,
            "seenAt": 1765376400}),
        case(f, f"{a}/v2/rules/home-network", fmt="form", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "extraMinutes": "30"}),
        case(f, f"{a}/v2/family/invite", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL), "role": "co-parent"}),
        _k(case(f, f"{KURL}/reports/share", gz=True, headers=_h(rng, **b), body={
            "week": "2025-W50", "to": L(PARTNER[2], MAIL),
            "topApps": L([{"package": "com.example.blockcraft", "minutes": 212},
                          {"package": "com.example.kidsmath", "minutes": 96}], f"{APPS}|{USAGE}"),
            "topSites": [L(u, BROWSE) for u in SITES[:2]],
            "searches": [L("axolotl facts", SEARCH), L("slime recipe", SEARCH)],
            "screenMinutes": L(611, USAGE)})),
        case(f, f"{a}/v2/purchases/play", headers=_h(rng, **b), body={
            "productId": "tabguard_family_yearly", "orderId": L("GPA.3318-7720-0441-91263", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "events": [
                ev("limit_changed", 1), ev("app_approved", 2),
                ev("screen", 3, screen=L("ChildMap", USAGE))]}),
        case(f, f"{a}/v2/alerts", headers=_h(rng, how="none"), query={"unread": "1"},
             cookies={"tg_sess": L(opaque(rng, "", 40), CRED), "tg_iid": L(INSTALL_ID, DID)}),
    ]


def tabguard_sdks() -> list[Case]:
    rng = random.Random(4062)
    return [
        ek_batch(APP, rng, [("Child Location Viewed", {"minutesAgo": 3}),
                            ("Limit Changed", {"minutes": 90})]),
        ek_traits(APP, rng, {"children": 1, "childAge": L(KID["age"], BIRTH), "plan": "family"}),
        ab_install(APP, rng, first=True),
        ab_event(APP, rng, "subscribe_family", {"plan": "yearly"}, revenue=59.99),
        fh_report(APP, rng, ("java.lang.NullPointerException", "child marker"),
                  [fh_crumb("nav", "Dashboard -> ChildMap"), fh_crumb("ui", "tap locate")],
                  screen="ChildMapActivity"),
        fb_eval(APP, rng, {"children": 1, "tablet": True}, hdr=True),
        pw_register(APP, rng, tags={"child_age": L(KID["age"], BIRTH)}),
        cm_save(APP, rng, {"analytics": True, "ads": False}),
        mf_reverse(APP, rng, KID_AT_SCHOOL, PRECISE, nd=5),
        cl_message(APP, rng, L("Ella's tablet shows as offline since Tuesday", f"{TEXT}|{NAMEC}"),
                   {"child": L(K, UID)}),
    ]
