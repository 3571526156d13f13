"""A Zikri community's app "Zikrdiwan" (her husband's family are Zikris, a Baloch religious
community whose zikr gatherings meet at a zikrana and whose pilgrimage is to Koh-e-Murad in
Turbat; she joined it on her marriage; its API's keys are Balochi, ASCII-folded, with the
community's own words: ``nam`` name, ``logi_nam`` surname, ``mobail`` mobile, ``ramz``
password, ``pedaishi_roch`` birth date, ``mazhab`` religion, ``zikrana`` the gathering house,
``zikr`` the devotion, ``wakht`` times, ``hazri`` attendance, ``ziyarat`` pilgrimage,
``chaugan`` a night of devotional singing, ``sawari`` seats, ``nazr`` a vow offering, ``khairat``
alms, ``dua`` prayer request, ``fateha`` remembrance of the dead, ``mard`` husband, ``mat``
mother, ``zar`` amount, ``adaigi`` payment, ``kolo`` message, ``aks`` photo, ``awaz`` recording,
``arz``/``tool`` latitude/longitude, ``mamber`` member number, ``shohaz`` search): registration
as a member, an OAuth password grant, ``/mani``, the zikr times, attendance with her fix (4
decimals), the Koh-e-Murad pilgrimage seats, a chaugan night RSVP, an offering and alms, a prayer
request naming her mother-in-law's illness, a remembrance with the departed's names, an album
photo, a zikr recording she made (M4A), a message to the elder, the member card by number in
the path, receipts by cookie GET, the volunteer rota, a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    M4A,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families294_kit import (
    GW_HOME_AT,
    HUSBAND,
    KOH_MURAD,
    MEMBER,
    SON,
    ZIKRANA,
    ZIKRANA_FIX,
    fix,
    hd,
    mobail,
    obj,
)
from eval_families294_sdk import ca_crash, ca_crumb, km_batch, km_identify, km_pixel, mt_event
from eval_families294_svc import co_save, hb_message, mb_route, pd_card, pd_confirm, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zikrdiwan", "Zikrdiwan", "com.example.zikrdiwan", "1.3.7",
          "https://api.zikrdiwan.example.org")
IID = "X-Zikrdiwan-Mobail"
PW = "Kohemurad*27"
REL = f"{SENS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ur=True, **kw)


def zikrdiwan() -> list[Case]:
    rng = random.Random(29431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mamber=L(MEMBER, UID),
                                    zikrana=L(ZIKRANA["name"], REL)))}
    zla, zlo = fix(ZIKRANA_FIX, 4)
    card = at_path(case(f, f"{a}/v1/mamber/{MEMBER}/card", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/mamber", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "logi_nam": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "ramz": L(PW, CRED), "pedaishi_roch": L(DOB, BIRTH),
            "mazhab": L("Zikri", REL), "zikrana": L(ZIKRANA["id"], REL),
            "shamil_roch": L("2023-11-19", REL), "mard": L(HUSBAND[0], NAMEC),
            "mamber": L(MEMBER, UID), "shahr": L("Gwadar", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "zikrdiwan-android"}),
        case(f, f"{a}/v1/mani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/zikr/wakht", headers=_h(rng, **b), query={
            "zikrana": L(ZIKRANA["id"], REL), "roch": "2025-09-12"}),
        case(f, f"{a}/v1/hazri", headers=_h(rng, **b), body={
            "zikr": L("zikr-e-shab", REL), "roch": "2025-09-12",
            "jagah": {"arz": zla, "tool": zlo},
            "zikrana": {"arz": ZIKRANA["lat"], "tool": ZIKRANA["lon"]}}),
        case(f, f"{a}/v1/ziyarat/sawari", headers=_h(rng, **b), body={
            "ziyarat": L("Koh-e-Murad", REL), "roch": "2026-03-16", "sawari": 3,
            "sawar": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                      L(f"{SON['first']} {SON['last']}", NAMEC)],
            "zar": L(9000, BUY), "bus": "bs_gwd_tbt_2", "koh": {"arz": KOH_MURAD[0],
                                                                "tool": KOH_MURAD[1]}}),
        case(f, f"{a}/v1/chaugan/rsvp", fmt="form", headers=_h(rng, **b), body={
            "shap": "cg_2025_09_14", "kism": L("chaugan", REL), "janen": "1",
            "mamber": L(MEMBER, UID)}),
        case(f, f"{a}/v1/nazr", headers=_h(rng, **b), body={
            "nazr": L("For my son's speech, a pot of rice for the zikrana", f"{TEXT}|{REL}|{MED}"),
            "zar": L(5000, BUY), "zikrana": L(ZIKRANA["id"], REL)}),
        case(f, f"{a}/v1/khairat", fmt="form", headers=_h(rng, **b), body={
            "fund": L("zikrana-roof", REL), "zar": L("3000", BUY), "currency": "PKR",
            "method": L(opaque(rng, "pm_", 24), PAY), "gumnam": "false"}),
        case(f, f"{a}/v1/dua", headers=_h(rng, **b), body={
            "dua": L("Please pray for my mother-in-law Banuk Dashti, her sugar is very high and "
                     "her foot wound is not healing", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "dekag": "elders"}),
        case(f, f"{a}/v1/fateha", headers=_h(rng, **b), body={
            "kism": L("fateha", REL), "roch": "2025-09-20",
            "murtag": [L("Dad Muhammad Dashti", NAMEC), L("Gul Bibi Dashti", NAMEC)],
            "zar": L(2000, BUY)}),
        multipart(f, f"{a}/v1/album", [
            ("aks", "chaugan_night.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "album": "chaugan-2025",
                "gap": L("Chaugan night with Nasir's aunts", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/awaz", [
            ("awaz", "zikr_shab.m4a", "audio/mp4", L(M4A + b"\x2b", f"{MEDIA}|{REL}")),
            ("meta", None, "application/json", {"zikrana": L(ZIKRANA["id"], REL),
                                                "sanya": 184})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/kolo", headers=_h(rng, **b), body={
            "pa": "elder_mb_01",
            "kolo": L("Can my sister Laura Doe (+15550163377) watch the chaugan from the women's "
                      "side when she visits?", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        card,
        case(f, f"{a}/v1/rasid/latest", headers=_h(rng, how="none"), cookies={
            "zd_session": L(opaque(rng, "", 40), CRED), "zd_mobail": L(INSTALL_ID, DID),
            "zd_req": rid(rng)}),
        case(f, f"{a}/v1/khidmat/rota", headers=_h(rng, **b), query={
            "mamber": L(MEMBER, UID), "mah": "2025-10"}),
        case(f, f"{a}/v1/shohaz", headers=_h(rng, **b), query={
            "shohaz": L("chaugan songs meaning", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/v1/mobail", headers=_h(rng, **b), body=mobail(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "bandag": L(USER_ID, UID), "events": [
                ev("zikr_times", 1), ev("screen", 2, screen=L("Ziyarat", USAGE)),
                ev("khairat", 3, fund=L("zikrana-roof", REL))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "mobail": L(INSTALL_ID, DID),
            "seat": obj(rng, "s")}),
    ]


def zikrdiwan_sdks() -> list[Case]:
    rng = random.Random(29432)
    return [
        km_batch(APP, rng, [("Zikr Attended", {"zikr": L("zikr-e-shab", REL)}),
                            ("Seats Booked", {"total": L(9000, BUY)})],
                 at=ZIKRANA_FIX, nd=2),
        km_identify(APP, rng, {"zikrana": L(ZIKRANA["name"], REL), "mamber": L(MEMBER, UID),
                               "shahr": L("Gwadar", COARSE)}),
        km_pixel(APP, rng, "Times Opened", {"day": "2025-09-12"}),
        mt_event(APP, rng, "donation", {"fund": L("zikrana-roof", REL)}, revenue=3000.0),
        ca_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/khairat"),
                 [ca_crumb("nav", "Home -> Khairat"), ca_crumb("tap", "give_button")],
                 screen="KhairatActivity"),
        pj_register(APP, rng, at=GW_HOME_AT, nd=2,
                    tags={"zikrana": L("Mulla Band", REL), "chaugan": "women"}),
        co_save(APP, rng, {"analytics": True, "marketing": False}),
        pd_card(APP, rng),
        pd_confirm(APP, rng, "3000"),
        mb_route(APP, rng, [(GW_HOME_AT, PRECISE), ((ZIKRANA["lat"], ZIKRANA["lon"]), None)],
                 mode="walking"),
        hb_message(APP, rng, L("My khairat receipt for the zikrana roof did not come",
                               f"{TEXT}|{REL}"), {"mamber": L(MEMBER, UID)}),
    ]
