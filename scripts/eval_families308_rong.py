"""A Lepcha tribal association's members' app "Mutanchi" (from "Mutanchi Rongkup Rumkup", the
Lepchas' name for themselves; its English API keeps Lepcha and Nepali words: ``abryang`` name,
``ptso`` clan / surname, ``fon`` phone, ``sangket`` password, ``janmamiti`` birth date, ``li``
house, ``kyong`` village, ``sahar`` town, ``jat`` ethnicity (Nepali ``jati``), ``sadasya`` member
(Nepali), ``chanda`` subscription / donation (Nepali), ``rum`` god, ``rumfaat`` worship,
``bongthing`` / ``mun`` the Lepcha priest and priestess, ``chi`` millet beer, ``hik`` fowl,
``kup`` child, ``ring`` message, ``khoj`` search): registration as a member married into the
Simick clan, an OAuth password grant, ``/me``, the member card by number in the path, the yearly
subscription, Namsoong (new year) tickets for the three of them, a house-blessing rite by a
bongthing (slots, booking), attendance at Tendong Lho Rum Faat with her fix, the daughter's
Scheduled Tribe certificate desk (with her father's certificate scanned), a Lepcha script class,
a donation, a petition against the Dzongu dams, a message to the secretary, the ritual calendar,
a clan search, a festival photo, a receipt by cookie GET, push and events. Earlier sets have
shamans (196, 205, 264), a Scheduled Tribe council (293) and community associations (163, 179);
none is an ethnic association's membership app with its rites, petitions and certificate desk
(a file-name and docstring grep: "lepcha", "bongthing", "mutanchi" matched nothing)."""

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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families308_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    fix,
    hd,
    obj,
    push,
)
from eval_families308_sdk import cr_crash, cr_crumb, ta_batch, ta_identify, tr_event, tr_launch
from eval_families308_svc import (
    cm_save,
    co_card,
    co_confirm,
    fd_eval,
    hk_message,
    mt_route,
    pr_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mutanchi", "Mutanchi", "com.example.mutanchi", "2.2.5",
          "https://api.mutanchi.example.org")
IID = "X-Mutanchi-Device"
PW = "Namsoong!Tendong9"
DOB_IN = "17-05-1991"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mutanchi() -> list[Case]:
    rng = random.Random(30831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sadasya=L(MEMBER, UID),
                                    jat=L("rong-associate", SENS),
                                    chapter=L("Kalimpong", COARSE)))}
    hla, hlo = fix(HALL_FIX, 4)
    card = at_path(case(f, f"{a}/v1/sadasya/{MEMBER}/card", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/sadasya/register", headers=_h(rng), body={
            "abryang": L(FIRST, NAMEC), "ptso": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fon": L(E164, TEL), "sangket": L(PW, CRED), "janmamiti": L(DOB_IN, BIRTH),
            "jat": L("associate - married to a Rongkup", SENS),
            "jiwansathi": {"abryang": L(HUSBAND[0], NAMEC), "ptso": L("Simick", SENS),
                           "fon": L(HUSBAND[1], TEL)},
            "sahar": L(HOME["town"], COARSE), "sadasya": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "mutanchi-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/v1/chanda", fmt="form", headers=_h(rng, **b), body={
            "sadasya": L(MEMBER, UID), "nam": "2026", "rakam": L("300", BUY), "mudra": "INR",
            "bhuktani": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/namsoong/tickets", headers=_h(rng, **b), body={
            "festival": L("Namsoong", SENS), "date": "2026-12-19", "seats": 3,
            "names": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "rakam": L(450, BUY), "dress": "dumvum rental x1"}),
        case(f, f"{a}/v1/rites/slots", headers=_h(rng, **b), query={
            "kind": L("li-rumfaat", SENS), "priest": "bt_0093", "month": "2026-03"}),
        case(f, f"{a}/v1/rites/book", headers=_h(rng, **b), body={
            "kind": L("li-rumfaat", SENS), "priest": "bt_0093", "slot": obj(rng, "sl"),
            "li": L(HOME["line"], ADDR), "sahar": L(HOME["town"], COARSE),
            "offering": [L("chi", SENS), L("hik", SENS), L("ginger", SENS)],
            "ring": L("Bongthing-bu, please bless the new kitchen before Sangmit's birthday",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "ceremony": L("Tendong Lho Rum Faat", SENS), "date": "2026-08-08",
            "at": {"lat": hla, "lng": hlo}, "hall": {"lat": HALL["lat"], "lng": HALL["lon"]},
            "sadasya": L(MEMBER, UID)}),
        case(f, f"{a}/v1/st-desk/apply", headers=_h(rng, **b), body={
            "kup": {"abryang": L(DAUGHTER["first"], NAMEC), "ptso": L(DAUGHTER["last"], NAMEC),
                    "janmamiti": L(DAUGHTER["dob"], BIRTH), "linga": L(DAUGHTER["sex"], GENDER),
                    "janma_darta": L("KLP-BR-2015-11873", NID)},
            "jat": L("Lepcha (Scheduled Tribe)", SENS),
            "abu": {"abryang": L(HUSBAND[0], NAMEC), "st_cert": L("WB-ST-KLP-090417", NID)},
            "applicant": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/st-desk/documents", [
            ("scan", "abu_st_certificate.jpg", "image/jpeg", L(JPEG + b"\x83", f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"application": obj(rng, "st"),
                                                "kind": "father_st_certificate"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/classes/enrol", headers=_h(rng, **b), body={
            "course": "rong-ring-beginner", "batch": "sat-am", "rakam": L(500, BUY),
            "sadasya": L(MEMBER, UID)}),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "fund": L("mun-bongthing-apprentices", SENS), "rakam": L("1000", BUY),
            "mudra": "INR", "bhuktani": L(opaque(rng, "pm_", 24), PAY), "anonymous": "false"}),
        case(f, f"{a}/v1/petitions/pt_dzongu_dams/sign", headers=_h(rng, **b), body={
            "abryang": L(f"{FIRST} {LAST}", NAMEC), "sadasya": L(MEMBER, UID),
            "stance": L("oppose", SENS),
            "ring": L("No more dams on the Rongnyu in Dzongu; it is sacred land for my family",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "secretary_klp", "thread": obj(rng, "th"),
            "ring": L("Can my husband's Simick clan be listed for the Namsoong archery?",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, **b), query={
            "tradition": L("mun-bongthing", SENS), "nam": "2026"}),
        case(f, f"{a}/v1/clans/khoj", headers=_h(rng, **b), query={
            "khoj": L("Simick ptso origin Dzongu", f"{SEARCH}|{SENS}")}),
        multipart(f, f"{a}/v1/album/photos", [
            ("photo", "namsoong_dance.jpg", "image/jpeg", L(JPEG + b"\x84", MEDIA)),
            ("meta", None, "application/json", {
                "album": "namsoong-2025",
                "caption": L("Sangmit's first Namsoong dance in dumvum", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/volunteers", headers=_h(rng, **b), body={
            "event": L("Namsoong", SENS), "role": "kitchen", "sadasya": L(MEMBER, UID),
            "fon": L(E164, TEL), "days": ["2026-12-18", "2026-12-19"]}),
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"), cookies={
            "mt_session": L(opaque(rng, "", 40), CRED), "mt_device": L(INSTALL_ID, DID),
            "mt_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rite_booked", 1), ev("screen", 2, screen=L("Petitions", USAGE)),
                ev("donation", 3, fund=L("mun-bongthing-apprentices", SENS))]}),
    ]


def mutanchi_sdks() -> list[Case]:
    rng = random.Random(30832)
    return [
        ta_batch(APP, rng, [("Ticket Bought", {"festival": L("Namsoong", SENS)}),
                            ("Petition Signed", {"petition": "pt_dzongu_dams"})],
                 at=HALL_FIX, nd=2),
        ta_identify(APP, rng, {"chapter": L("Kalimpong", COARSE), "sadasya": L(MEMBER, UID),
                               "jat": L("rong-associate", SENS)}),
        tr_launch(APP, rng),
        tr_event(APP, rng, "donation", {"fund": L("mun-bongthing-apprentices", SENS)},
                 revenue=1000.0, currency="INR"),
        cr_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/donations"),
                 [cr_crumb("nav", "Home -> Give"), cr_crumb("tap", "give_button")],
                 screen="GiveActivity"),
        fd_eval(APP, rng, {"chapter": L("Kalimpong", COARSE), "role": "member"}, hdr=True),
        pr_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"chapter": "klp", "tradition": L("mun-bongthing", SENS)}),
        cm_save(APP, rng, {"analytics": True, "marketing": False}),
        co_card(APP, rng, email=True),
        co_confirm(APP, rng, "1000.00"),
        mt_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)],
                 mode="walking"),
        hk_message(APP, rng, L("My Namsoong tickets for three did not come by e-mail", TEXT),
                   {"sadasya": L(MEMBER, UID)}),
    ]
