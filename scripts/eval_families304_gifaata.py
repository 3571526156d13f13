"""The Wolaita cultural association's app "Gifaataa Bonchcho" (membership, the Gifaataa new-year
festival at Sodo stadium, Wolaytta classes, the clan register, a children's dance troupe, the
heritage museum fund; its API's keys are Wolaytta in snake_case with English words kept:
``sunttaa`` name, ``aawaa_sunttaa`` father's name, ``silkkiyaa`` phone, ``yelettido_gallassaa``
birth date, ``katamaa`` town, ``zariyaa`` clan, ``asa_zariyaa`` ethnic group, ``biittaa``
country of origin, ``azinaa`` husband, ``naa`` child, ``aawaa`` father, ``bonchchuwaa``
festival, ``tikeetiyaa`` ticket, ``imotaa`` donation, ``tamaaruwaa`` class, ``doonaa``
language, ``yettaa`` song, ``maayuwaa`` clothes, ``uddufuwaa`` measures, ``misiliyaa`` photo,
``qofaa`` opinion/remark, ``koyuwaa`` search): membership with her national origin and her
husband's clan, the member card photo, an OAuth password grant, ``/me``, the yearly fee, three
festival tickets, the festival check-in, a Wolaytta class, a museum donation, the family-tree
entry (her father-in-law), the dance troupe for Selam, a traditional dress with her measurements,
an album photo, a search, the statehood survey, the programme, the card by number in the path,
events by cookie, push and events."""

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
from eval_families304_kit import (
    ASSOC_NO,
    DAUGHTER,
    DOB_EC,
    FEST_FIX,
    HOME_AT,
    HUSBAND,
    STADIUM,
    fix,
    hd,
    obj,
    push,
)
from eval_families304_sdk import (
    ba_bid,
    ba_notice,
    cr_crash,
    cr_crumb,
    mq_batch,
    mq_identify,
    mq_pixel,
    ts_event,
    ts_launch,
    ts_link,
)
from eval_families304_svc import cb_card, cb_confirm, cg_save, hk_message, ma_route, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("gifaataa", "Gifaataa Bonchcho", "com.example.gifaataa", "3.0.2",
          "https://api.gifaataa.example.org")
IID = "X-Gifaataa-Device"
PW = "Gifaataa#2018ec"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def gifaata() -> list[Case]:
    rng = random.Random(30421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(ASSOC_NO, UID),
                                    zariyaa=L("Wolaytta (spouse)", SENS)))}
    fla, flo = fix(FEST_FIX, 4)
    card = at_path(case(f, f"{a}/v2/members/{ASSOC_NO}/card", headers=_h(rng, **b)),
                   ASSOC_NO, UID)
    return [
        case(f, f"{a}/v2/members", headers=_h(rng), body={
            "sunttaa": L(FIRST, NAMEC), "aawaa_sunttaa": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "silkkiyaa": L(E164, TEL), "password": L(PW, CRED),
            "yelettido_gallassaa": L(DOB_EC, BIRTH), "katamaa": L("Wolaita Sodo", COARSE),
            "biittaa": L("Amerikaa", SENS), "asa_zariyaa": L("Amerikaa (azinaa Wolaytta)", SENS),
            "azinaa": {"sunttaa": L(HUSBAND[0], NAMEC), "zariyaa": L("Gonzzaa", SENS),
                       "asa_zariyaa": L("Wolaytta", SENS)},
            "member_no": L(ASSOC_NO, UID), "branch": "sodo_town"}),
        multipart(f, f"{a}/v2/members/photo", [
            ("misiliyaa", "card_photo.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"member_no": L(ASSOC_NO, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "gifaataa-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/fees", fmt="form", headers=_h(rng, **b), body={
            "member_no": L(ASSOC_NO, UID), "laytta": "2018", "miishshaa": L("300", BUY),
            "qanxxuwaa": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/bonchchuwaa/tikeetiyaa", headers=_h(rng, **b), body={
            "bonchchuwaa": "gifaataa_2018", "gallassaa": "2026-09-27", "qoodaa": 3,
            "sohuwaa": "east_stand", "miishshaa": L(450, BUY),
            "asaa": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)]}),
        case(f, f"{a}/v2/bonchchuwaa/checkin", headers=_h(rng, **b), body={
            "tikeetiyaa": obj(rng, "tk"), "at": {"lat": fla, "lng": flo},
            "venue": {"id": STADIUM["id"], "lat": STADIUM["lat"], "lng": STADIUM["lon"]}}),
        case(f, f"{a}/v2/tamaaruwaa/enrol", headers=_h(rng, **b), body={
            "tamaaruwaa": "wolaytta_doonaa_1", "member_no": L(ASSOC_NO, UID),
            "qofaa": L("Taani Selamiyo aayyiyaa, Wolayttattuwaa minttidi tamaaranaw koyays",
                       TEXT)}),
        case(f, f"{a}/v2/imotaa", fmt="form", headers=_h(rng, **b), body={
            "fund": "kawo_museum", "miishshaa": L("1000", BUY), "birraa": "ETB",
            "qanxxuwaa": L(opaque(rng, "pm_", 24), PAY), "anonymous": "false"}),
        case(f, f"{a}/v2/zariyaa/tree", headers=_h(rng, **b), body={
            "member_no": L(ASSOC_NO, UID),
            "aawaa": {"sunttaa": L("Anjulo Dana", NAMEC), "zariyaa": L("Gonzzaa", SENS),
                      "yelettido_biittaa": L("Boditi", COARSE)},
            "naa": {"sunttaa": L(KID, NAMEC), "asa_zariyaa": L("Wolaytta", SENS)}}),
        case(f, f"{a}/v2/troupe/children", headers=_h(rng, **b), body={
            "naa": {"sunttaa": L(DAUGHTER["first"], NAMEC),
                    "aawaa_sunttaa": L(DAUGHTER["last"], NAMEC),
                    "yelettido_gallassaa": L(DAUGHTER["dob"], BIRTH),
                    "attuma_maccaa": L("maccaa", GENDER)},
            "yettaa": "dichcha_yexxaa", "guardian": L(ASSOC_NO, UID)}),
        case(f, f"{a}/v2/maayuwaa/order", headers=_h(rng, **b), body={
            "maayuwaa": "bulluko_and_shirt", "uddufuwaa": {"dullaa_cm": L(88, FIT),
                                                          "adussa_cm": L(168, FIT),
                                                          "qumaa_cm": L(72, FIT)},
            "waagaa": L(2400, BUY), "tailor": "tl_sodo_04"}),
        multipart(f, f"{a}/v2/album", [
            ("misiliyaa", "gifaataa_family.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "album": "gifaataa-2018",
                "qofaa": L("Nu Wolaytta keettaa asaara koyro Gifaataa!", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/koyuwaa", headers=_h(rng, **b), query={
            "q": L("Gifaataa 2018 yettaa programme", SEARCH)}),
        case(f, f"{a}/v2/surveys/statehood", fmt="form", headers=_h(rng, **b), body={
            "survey": "sv_region_2018", "qofaa": L("ee", SENS),
            "comment": L("Wolaytta dumma kililay koshshees", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/bonchchuwaa/programme", headers=_h(rng, **b), query={
            "bonchchuwaa": "gifaataa_2018", "doonaa": "wal"}),
        card,
        case(f, f"{a}/v2/feed", headers=_h(rng, how="none"), cookies={
            "gf_sid": L(opaque(rng, "", 40), CRED), "gf_dev": L(INSTALL_ID, DID),
            "gf_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("ticket_bought", 1, qoodaa=3), ev("screen", 2, screen=L("ZariyaaTree", USAGE)),
                ev("survey", 3, survey="sv_region_2018")]}),
    ]


def gifaata_sdks() -> list[Case]:
    rng = random.Random(30422)
    link = U("https://gifaataa.example.org/t", {"ticket": L("GF-18-00417", BUY),
                                                 "em": L(EMAIL, MAIL), "src": "sms"})
    return [
        mq_batch(APP, rng, [("Ticket Bought", {"total": L(450, BUY)}),
                            ("Festival Checked In", {"venue": STADIUM["id"]})],
                 at=FEST_FIX, nd=3),
        mq_identify(APP, rng, {"member_no": L(ASSOC_NO, UID), "city": L("Sodo", COARSE),
                               "origin": L("Amerikaa", SENS)}),
        mq_pixel(APP, rng, "Programme Opened", {"day": "2026-09-27"}),
        ts_launch(APP, rng, first=True),
        ts_link(APP, rng, link),
        ts_event(APP, rng, "purchase", {"item": "tikeetiyaa"}, revenue=450.0, hashed=True),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="culture,festival,music"),
        ba_notice(APP, rng, "imp"),
        cr_crash(APP, rng, ("java.lang.OutOfMemoryError", "album upload"),
                 [cr_crumb("nav", "Album -> Upload"), cr_crumb("tap", "send")],
                 screen="AlbumActivity"),
        pb_register(APP, rng, tags={"branch": "sodo_town", "troupe": True}),
        cg_save(APP, rng, {"analytics": True, "marketing": False}),
        cb_card(APP, rng, email=True),
        cb_confirm(APP, rng, "450.00"),
        ma_route(APP, rng, [(HOME_AT, PRECISE), ((STADIUM["lat"], STADIUM["lon"]), None)],
                 mode="walking"),
        hk_message(APP, rng, L("My museum donation receipt has the wrong name", TEXT),
                   {"member_no": L(ASSOC_NO, UID)}),
    ]
