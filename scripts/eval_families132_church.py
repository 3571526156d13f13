"""A Presbyterian congregation's women's fellowship and offering app "Sistaring" (her religion):
sign-up, a log-in, ``/me`` with the member number and congregation claims, joining the
fellowship, an offering to the mission fund, a monthly pledge, a prayer request, Sunday
attendance at the hall, a Bible-study group, a hymn search, a fundraiser order, the cleaning
roster, a photo of the women's day, the directory entry, her daughter's confirmation class, a
group message, giving statements by a cookie GET and a receipt by number in the path, push,
events and the devotion of the day."""

from __future__ import annotations

import random
from typing import Any

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
from eval_families132_kit import (
    CHURCH,
    CHURCH_FIX,
    DAUGHTER,
    FELLOW_SISTER,
    MEMBER,
    VILA_HOME,
    fix,
    hd,
    push,
)
from eval_families132_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families132_svc import cl_card, cl_confirm, cy_save, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sistaring", "Sistaring", "com.example.sistaring", "2.4.0",
          "https://app.sistaring.example.org")
IID = "X-Sistaring-Device"
PW = "Psalm23:Efate"
GIVING = "GV-2025-118407"  # an offering receipt (financial.purchase)
CHURCH_NAME = CHURCH["name"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "nodash", **kw})


def sistaring() -> list[Case]:
    rng = random.Random(13221)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER, UID),
                                    congregation=L(CHURCH_NAME, SENS)))}
    cla, clo = fix(CHURCH_FIX, 4)
    rec = at_path(case(f, f"{a}/api/giving/receipts/{GIVING}", headers=_h(rng, **b)), GIVING,
                  BUY)
    return [
        case(f, f"{a}/api/auth/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "surname": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "congregation": L(CHURCH_NAME, SENS), "denomination": L("Presbyterian", SENS)}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/fellowship/join", headers=_h(rng, **b), body={
            "group": L("Tabakis Presbyterian Women's Fellowship", SENS), "member": L(MEMBER, UID),
            "role": "secretary", "since": "2024-02"}),
        case(f, f"{a}/api/giving/offerings", headers=_h(rng, **b), body={
            "fund": L("Women's Mission Fund", SENS), "amount": L(2000, BUY), "currency": "VUV",
            "method": L(opaque(rng, "pm_", 24), PAY), "anonymous": False,
            "receipt": L(GIVING, BUY)}),
        case(f, f"{a}/api/giving/pledges", fmt="form", headers=_h(rng, **b), body={
            "fund": L("Church building fund", SENS), "amount": L("5000", BUY),
            "frequency": "monthly", "member": L(MEMBER, UID)}),
        case(f, f"{a}/api/prayer", headers=_h(rng, **b), body={
            "request": L("Pray for the sore on my foot to heal and my sugar to come down",
                         f"{TEXT}|{SENS}|{MED}"), "share": "fellowship", "anonymous": False}),
        case(f, f"{a}/api/attendance", headers=_h(rng, **b), body={
            "service": L("Sunday worship", SENS), "date": "2025-12-07",
            "at": {"lat": cla, "lon": clo}, "hall": {"lat": CHURCH["lat"], "lon": CHURCH["lon"]},
            "member": L(MEMBER, UID)}),
        case(f, f"{a}/api/groups/bible-study/join", fmt="form", headers=_h(rng, **b), body={
            "group": L("Wednesday women's Bible study", SENS), "member": L(MEMBER, UID)}),
        case(f, f"{a}/api/hymns", headers=_h(rng, **b), query={
            "q": L("Jisas i laekem mi", SEARCH), "book": "bislama"}),
        case(f, f"{a}/api/fundraiser/orders", headers=_h(rng, **b), body={
            "event": "Christmas bazaar", "items": [{"sku": "laplap_manioc", "qty": 2},
                                                   {"sku": "island_cabbage_bundle", "qty": 1}],
            "total": L(1500, BUY), "pickup": "hall"}),
        case(f, f"{a}/api/pastoral/visits", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "address": L(VILA_HOME["line"], ADDR),
            "reason": L("Please visit and pray with me, I cannot walk to church with my foot",
                        f"{TEXT}|{SENS}|{MED}"), "phone": L(E164, TEL)}),
        case(f, f"{a}/api/roster/claim", headers=_h(rng, **b), body={
            "duty": "hall cleaning", "week": "2025-W51", "member": L(MEMBER, UID)}),
        multipart(f, f"{a}/api/gallery", [
            ("photo", "womens_day.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("caption", None, "application/json", {
                "text": L("Women's day at Tabakis with sista Mereana", f"{TEXT}|{SENS}|{NAMEC}"),
                "album": "2025"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/directory/me", headers=_h(rng, **b), body={
            "address": L(VILA_HOME["line"], ADDR), "area": L(VILA_HOME["area"], COARSE),
            "town": L(VILA_HOME["town"], COARSE), "showPhone": True, "mobile": L(E164, TEL)}),
        case(f, f"{a}/api/confirmation/enrol", headers=_h(rng, **b), body={
            "child": {"firstName": L(DAUGHTER["first"], NAMEC),
                      "lastName": L(DAUGHTER["last"], NAMEC), "dob": L(DAUGHTER["dob"], BIRTH),
                      "sex": L("F", GENDER), "baptised": L(True, SENS)},
            "class": L("Confirmation class 2026", SENS), "parent": L(MEMBER, UID)}),
        case(f, f"{a}/api/groups/pwf/messages", headers=_h(rng, **b), body={
            "text": L(f"{FELLOW_SISTER[0]} will bring the tea on Saturday, call her "
                      f"{FELLOW_SISTER[1]}", f"{TEXT}|{NAMEC}|{TEL}"), "clientRef": rid(rng)}),
        case(f, f"{a}/api/giving/statement", headers=_h(rng, how="none"), query={
            "year": "2025"}, cookies={"sr_sid": L(opaque(rng, "", 40), CRED),
                                      "sr_dev": L(INSTALL_ID, DID)}),
        rec,
        case(f, f"{a}/api/devotions/today", headers=_h(rng, **b), query={"lang": L("bi", DEV)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "bi_VU")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("offering_given", 1), ev("prayer_posted", 2),
                ev("screen", 3, screen=L("Devotion", USAGE))]}),
    ]


def sistaring_sdks() -> list[Case]:
    rng = random.Random(13222)
    return [
        mc_batch(APP, rng, [("Offering Given", {"fund": L("Women's Mission Fund", SENS),
                                                "amount": L(2000, BUY)}),
                            ("Prayer Posted", {})]),
        mc_identify(APP, rng, {"congregation": L(CHURCH_NAME, SENS),
                               "fellowship": L("PWF", SENS), "member": L(MEMBER, UID)}),
        mc_pixel(APP, rng, "Devotion Opened", {"day": "2025-12-10"}),
        tn_event(APP, rng, "offering", {"fund": L("mission", SENS)}, revenue=2000.0),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "giving/offerings"),
                 [cd_crumb("nav", "Home -> Give"), cd_crumb("tap", "give_button")],
                 screen="GiveActivity"),
        pt_register(APP, rng, lang="bi",
                    tags={"fellowship": L("PWF Tabakis", SENS), "role": "secretary"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "2000"),
        hs_message(APP, rng, L("My offering receipt GV-2025-118407 shows twice", f"{TEXT}|{BUY}"),
                   {"member": L(MEMBER, UID)}),
    ]
