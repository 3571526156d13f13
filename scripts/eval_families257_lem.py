"""A citizens' coalition's campaign app "Lemnag" (``lem`` mind / opinion: "Tomil Reef Keepers",
against a proposed 99-year lease of Tomil's reef flat for a foreign-owned resort; she is a member:
her political opinions). Its API's keys are Yapese with English campaign words: ``fithingan``
first name, ``fithingan_e_tabinaw`` family name, ``imeil`` e-mail, ``telefon`` phone,
``thin_ni_mith`` password, ``binaw`` village, ``nam`` municipality, ``lem`` opinion / stance,
``ayuw`` help (volunteering), ``muulung`` meeting / gathering, ``thin`` message / testimony,
``sasing`` photo, ``salpiy`` amount, ``pi_salpiy`` payment, ``gay`` search, ``rran`` day:
joining, an OAuth password grant, ``/me``, the petition signed, written testimony for the
legislature's hearing, hearing seats, the rally check-in (her fix), a protobuf rally beat, a
donation to the legal fund, the volunteer roster, canvassing tallies (JSON Lines), a letter to a
legislator, the lease map, a reef photo, a search, the members' chat, newsletter choices (base64
JSON in a form field), a cookie GET, the member card by number in the path, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families257_kit import (
    CO_MEMBER,
    COALITION,
    HALL,
    HOME_AT,
    RALLY_FIX,
    RESORT_SITE,
    YAP_HOME,
    fix,
    hd,
    push,
)
from eval_families257_sdk import cm_crash, cm_crumb, rt_event, tm_batch, tm_identify, tm_pixel
from eval_families257_svc import cs_save, fp_card, fp_confirm, ha_message, mw_route, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lemnag", "Lemnag", "com.example.lemnag", "1.3.5", "https://api.lemnag.example.org")
IID = "X-Lemnag-Device"
PW = "Riif-ni-Tomil-26"
REEF_PHOTO_FIX = (9.551934, 138.176208)  # her phone on the shore facing the lease site


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lemnag() -> list[Case]:
    rng = random.Random(25741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), member=L(CO_MEMBER, UID),
                                    coalition=L(COALITION["id"], SENS)))}
    rla, rlo = fix(RALLY_FIX, 4)
    pla, plo = fix(REEF_PHOTO_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CO_MEMBER, UID)), (2, L("rally_hearing_0122", SENS)), (3, 1769040000),
               (4, [(1, L(RALLY_FIX[0], PRECISE)), (2, L(RALLY_FIX[1], PRECISE))]),
               (5, L(52, DEV))], "", lab)
    card = at_path(case(f, f"{a}/v1/members/{CO_MEMBER}/card", headers=_h(rng, **b)),
                   CO_MEMBER, UID)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "fithingan": L(FIRST, NAMEC), "fithingan_e_tabinaw": L(LAST, NAMEC),
            "imeil": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL), "thin_ni_mith": L(PW, CRED),
            "binaw": L(YAP_HOME["village"], COARSE), "nam": L(YAP_HOME["muni"], COARSE),
            "coalition": L(COALITION["id"], SENS), "lem": L("oppose_lease", SENS),
            "member_id": L(CO_MEMBER, UID), "newsletter": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lemnag-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/v1/petitions/pt_no_lease/sign", headers=_h(rng, **b), body={
            "petition": L("pt_no_lease", SENS), "fithingan": L(f"{FIRST} {LAST}", NAMEC),
            "binaw": L(YAP_HOME["village"], COARSE),
            "lem": L("The reef feeds our village, it is not for lease.", f"{TEXT}|{SENS}"),
            "public": False}), "pt_no_lease", SENS),
        case(f, f"{a}/v1/hearings/hr_0122/testimony", headers=_h(rng, **b), body={
            "hearing": "hr_0122", "speaker": {"fithingan": L(f"{FIRST} {LAST}", NAMEC),
                                              "telefon": L(E164, TEL)},
            "thin": L("I live in Falaw with my husband's family. I ask the committee to reject "
                      "the lease: the dredging would kill the reef flat we fish on.",
                      f"{TEXT}|{SENS}"),
            "stance": L("against", SENS), "language": "en"}),
        case(f, f"{a}/v1/hearings/hr_0122/seats", headers=_h(rng, **b), query={
            "hall": HALL["id"], "rran": "2026-01-22"}),
        case(f, f"{a}/v1/muulung/checkin", headers=_h(rng, **b), body={
            "muulung": L("rally_hearing_0122", SENS), "at": {"lat": rla, "lon": rlo},
            "hall": {"lat": HALL["lat"], "lon": HALL["lon"]}, "member_id": L(CO_MEMBER, UID)}),
        raw(f, f"{a}/v1/muulung/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "fund": L("legal_fund_no_lease", SENS), "salpiy": L("50.00", BUY),
            "currency": "USD", "pi_salpiy": L(opaque(rng, "pm_", 24), PAY),
            "anonymous": "false"}),
        case(f, f"{a}/v1/ayuw", headers=_h(rng, **b), body={
            "member_id": L(CO_MEMBER, UID), "ayuw": L("door-to-door in Tomil", SENS),
            "days": ["sat"], "car": True}),
        lines(f, f"{a}/v1/ayuw/tally", [
            {"binaw": L("Falaw", COARSE), "houses": 12, "signed": 9, "rran": "2026-01-10",
             "by": L(CO_MEMBER, UID)},
            {"binaw": L("Gitam", COARSE), "houses": 7, "signed": 6, "rran": "2026-01-10",
             "by": L(CO_MEMBER, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/letters", headers=_h(rng, **b), body={
            "to": "leg_yap_d3", "from": L(f"{FIRST} {LAST}", NAMEC),
            "thin": L("Please vote no on the reef lease bill. Our family will not support it.",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/lease/map", headers=_h(rng, **b), query={
            "center": f"{RESORT_SITE[0]},{RESORT_SITE[1]}", "zoom": "14"}),
        multipart(f, f"{a}/v1/photos", [
            ("sasing", "reef_flat.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {
                "lat": pla, "lon": plo,
                "thin": L("The reef flat they want to dredge, at low tide", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/gay", headers=_h(rng, **b), query={
            "gay": L("lease hearing committee members", SEARCH)}),
        case(f, f"{a}/v1/chat/messages", headers=_h(rng, **b), body={
            "room": "tomil_volunteers", "client_id": rid(rng),
            "thin": L("I can drive four people to the hall on Thursday", TEXT)}),
        case(f, f"{a}/v1/newsletter", fmt="form", headers=_h(rng, **b), body={
            "data": W({"imeil": L(EMAIL, MAIL), "topics": [L("reef_lease", SENS),
                                                           L("hearings", SENS)]}, "b64json"),
            "v": "2"}),
        case(f, f"{a}/v1/campaign/updates", headers=_h(rng, how="none"), cookies={
            "ln_sid": L(opaque(rng, "", 40), CRED), "ln_member": L(CO_MEMBER, UID),
            "ln_req": rid(rng)}),
        card,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L(INSTALL_ID, DID), "events": [
                ev("petition_signed", 1, petition=L("pt_no_lease", SENS)),
                ev("screen", 2, screen=L("Hearing", USAGE))]}),
    ]


def lemnag_sdks() -> list[Case]:
    rng = random.Random(25742)
    return [
        tm_batch(APP, rng, [("Petition Signed", {"petition": L("pt_no_lease", SENS)}),
                            ("Rally Check In", {})], at=RALLY_FIX, nd=2),
        tm_identify(APP, rng, {"coalition": L(COALITION["name"], SENS),
                               "member_id": L(CO_MEMBER, UID), "nam": L("Tomil", COARSE)}),
        tm_pixel(APP, rng, "Update Opened", {"post": "po_0119"}),
        rt_event(APP, rng, "donation", {"fund": L("legal_fund_no_lease", SENS)}, revenue=50.0,
                 currency="USD"),
        cm_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/donations"),
                 [cm_crumb("nav", "Home -> Give"), cm_crumb("tap", "give_button")],
                 screen="GiveActivity"),
        pp_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"coalition": L(COALITION["id"], SENS), "ayuw": "driver"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        fp_card(APP, rng, email=True),
        fp_confirm(APP, rng, "50.00"),
        mw_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)]),
        ha_message(APP, rng, L("My donation receipt for the legal fund did not arrive",
                               f"{TEXT}|{SENS}"), {"member_id": L(CO_MEMBER, UID)}),
    ]
