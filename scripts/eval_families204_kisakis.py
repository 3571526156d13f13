"""A congregation's annual offering-rally app "Kisakis" (Nett's Protestant church: every January its
sections (``pwihn``) march in, sing and bring their offering; the app keeps members, pledges, the
section tallies, the song items, the feast's food shares, prayer requests and the Sunday school).
Its API's keys are Pohnpeian: ``ede``, ``ede_peneinei``, ``imeil``, ``delepwohn``, ``lokaia_rir``,
``rahnen_ipwidi``, ``mwomwohdiso`` congregation, ``pelien_lamalam`` denomination (lit. "side of
belief"), ``paptais`` baptism, ``pwihn`` section/group, ``tohn`` member, ``nempehn_tohn`` member
number, ``kisakis`` offering, ``inou`` pledge (promise), ``koul`` song, ``kapakap`` prayer,
``rahn_sarawi`` Sunday (holy day), ``sakramento`` communion, ``sukuhlen_rahn_sarawi`` Sunday
school, ``seri`` child, ``mwenge`` food, ``pwihk`` pig, ``kehp`` yam, ``sounpadahk`` pastor
(preacher), ``kilel``, ``kisinlikou``, ``rapahki``, ``mwohni``, ``pwain``, ``wasa``, ``maram``
month, ``wiewia``; paths ``ntingidi``, ``pedolong``, ``ngehi``, ``kaunop`` (rota), ``kasalehda``
(announcements). Membership sign-up (baptism, section), an OAuth password grant, ``/ngehi``, her
pledge, the section tally, the song items, the feast shares (msgpack), Sunday attendance with her
fix, communion, Meriam in Sunday school, the offering paid, a prayer request, a photo with a
caption, a message to the pastor naming a cousin, the choir rota, the member entry by number in the
path, a receipt by cookie, a hymn search, announcements, a token refresh, push and events. Parish
apps exist (101, 102, 115, 142, 151, 156: candles, Mass rota, tithes, pledges); this is a section
rally's competition (the tally board, the marching order, the song items), not a parish's giving
page."""

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
from eval_families204_kit import (
    CHURCH,
    CHURCH_FIX,
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families204_sdk import cp_crash, cp_crumb, sm_batch, sm_identify, ts_event
from eval_families204_svc import cm_card, cm_confirm, ct_save, hk_message, mk_route, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kisakis", "Kisakis", "com.example.kisakis", "2.5.1", "https://api.kisakis.example.org")
IID = "X-Kisakis-Device"
PW = "Rahnsarawi!2026"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
SECTION = "Pwihn Nett Powe"  # her church section (personal.sensitive: religion)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pon=True, **kw)


def kisakis() -> list[Case]:
    rng = random.Random(20441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), tohn=L(MEMBER, UID),
                                    mwomwohdiso=L(CHURCH["name"], REL)))}
    cla, clo = fix(CHURCH_FIX, 4)
    entry = at_path(case(f, f"{a}/v1/tohn/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/ntingidi", headers=_h(rng), body={
            "ede": L(FIRST, NAMEC), "ede_peneinei": L(LAST, NAMEC), "imeil": L(EMAIL_MIXED, MAIL),
            "delepwohn": L(E164, TEL), "lokaia_rir": L(PW, CRED), "rahnen_ipwidi": L(DOB, BIRTH),
            "mwomwohdiso": L(CHURCH["id"], REL), "pelien_lamalam": L("Protestant", REL),
            "paptais": L("2019-06-09", REL), "pwihn": L(SECTION, REL),
            "pwoud": L(HUSBAND[0], NAMEC), "nempehn_tohn": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kisakis-android"}),
        case(f, f"{a}/v1/ngehi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/inou", headers=_h(rng, **b), body={
            "nempehn_tohn": L(MEMBER, UID), "pwihn": L(SECTION, REL), "mwohni": L(300, BUY),
            "pahr": 2026, "lokaia": L("Sang peneinei Lihpai, pwehki kapai en pahr kaksa",
                                      f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/pwihn/tally", headers=_h(rng, **b), query={
            "mwomwohdiso": L(CHURCH["id"], REL), "pahr": "2026"}),
        case(f, f"{a}/v1/koul", headers=_h(rng, **b), body={
            "pwihn": L(SECTION, REL), "koul": [{"title": "Kaselehlie Maria", "order": 3},
                                               {"title": "Pwarpwar en Rahn", "order": 4}],
            "sounkoul": L(f"{FIRST} {LAST}", NAMEC), "part": "alto"}),
        case(f, f"{a}/v1/mwenge", fmt="msgpack", headers=_h(rng, **b), body={
            "nempehn_tohn": L(MEMBER, UID), "pwihn": L(SECTION, REL),
            "mwenge": [{"kind": "pwihk", "n": 1}, {"kind": "kehp", "n": 2},
                       {"kind": "rais", "pwehk": 3}], "mwohni": L(260, BUY)}),
        case(f, f"{a}/v1/rahn_sarawi/kohdo", headers=_h(rng, **b), body={
            "service": L("Sunday worship", REL), "rahn": "2026-01-11",
            "wasa": {"lat": cla, "lng": clo},
            "mwomwohdiso": {"lat": CHURCH["lat"], "lng": CHURCH["lon"]},
            "sakramento": L(True, REL)}),
        case(f, f"{a}/v1/sukuhlen_rahn_sarawi", headers=_h(rng, **b), body={
            "seri": {"ede": L(DAUGHTER["first"], NAMEC), "ede_peneinei": L(DAUGHTER["last"],
                                                                            NAMEC),
                     "rahnen_ipwidi": L(DAUGHTER["dob"], BIRTH),
                     "ohl_de_lih": L(DAUGHTER["sex"], GENDER), "paptais": L(True, REL),
                     "allergies": L("peanuts", MED)},
            "kilahs": L("primary-bible-class", REL), "nohno": L(MEMBER, UID)}),
        case(f, f"{a}/v1/kisakis/pwain", fmt="form", headers=_h(rng, **b), body={
            "inou": obj(rng, "in"), "mwohni": L("150", BUY), "currency": "USD",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kisakis": L("rally-2026", REL)}),
        case(f, f"{a}/v1/kapakap", headers=_h(rng, **b), body={
            "lokaia": L("Kapakap ong ihn en pwoudi Sohpia Lihpai, eh suke en nta laud oh e pahn "
                        "wia operation en neh", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "visibility": "pastors"}),
        multipart(f, f"{a}/v1/kilel", [
            ("kilel", "mahrsing.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "album": "kisakis-2026",
                "lokaia": L("Pwihn Nett Powe marching in with Meriam and Kasiano",
                            f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kisinlikou", headers=_h(rng, **b), body={
            "sounale": "past_nett_01",
            "kisinlikou": L("Sounpadahk, my cousin Bertina Ioanis (+6919260415) wants to join "
                            "our section, can she be baptised at Easter?",
                            f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/kaunop", headers=_h(rng, **b), query={
            "nempehn_tohn": L(MEMBER, UID), "maram": "2026-02"}),
        entry,
        case(f, f"{a}/v1/risiht/latest", headers=_h(rng, how="none"), cookies={
            "ks_session": L(opaque(rng, "", 40), CRED), "ks_device": L(INSTALL_ID, DID),
            "ks_req": rid(rng)}),
        case(f, f"{a}/v1/rapahki", headers=_h(rng, **b), query={
            "rapahki": L("koul en kapingpaiki Krismas", SEARCH)}),
        case(f, f"{a}/v1/tohn/peneinei", headers=_h(rng, **b), body={
            "nempehn_tohn": L(MEMBER, UID), "tohn": [
                {"ede": L(HUSBAND[0], NAMEC), "pwihn": L(SECTION, REL)},
                {"ede": L(MOTHER_IL[0], NAMEC), "mwomwohdiso": L("Madolenihmw church", REL)}]}),
        case(f, f"{a}/v1/kasalehda", headers=_h(rng, **b), query={
            "mwomwohdiso": L(CHURCH["id"], REL), "since": "2026-01-01"}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "pon_FM")),
        case(f, f"{a}/v1/wiewia", gz=True, headers=_h(rng, **b), body={
            "aramas": L(USER_ID, UID), "wiewia": [
                ev("inou_made", 1, mwohni=L(300, BUY)),
                ev("skrihn", 2, skrihn=L("Tally", USAGE)),
                ev("kisakis_paid", 3, pwihn=L(SECTION, REL))]}),
    ]


def kisakis_sdks() -> list[Case]:
    rng = random.Random(20442)
    return [
        sm_batch(APP, rng, [("Pledge Made", {"amount": L(300, BUY)}),
                            ("Service Attended", {"service": L("Sunday worship", REL)})],
                 at=CHURCH_FIX, nd=2, locale="pon_FM"),
        sm_identify(APP, rng, {"mwomwohdiso": L(CHURCH["name"], REL),
                               "nempehn_tohn": L(MEMBER, UID), "kahnimw": L("Kolonia", COARSE)}),
        ts_event(APP, rng, "donation", {"pwihn": L(SECTION, REL)}, revenue=150.0),
        cp_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/kisakis/pwain"),
                 [cp_crumb("nav", "Inou -> Pwain"), cp_crumb("tap", "pwain_button")],
                 screen="PwainActivity"),
        pn_register(APP, rng, lang="pon", at=HOME_AT, nd=2,
                    tags={"pwihn": L(SECTION, REL), "koul": "alto"}),
        ct_save(APP, rng, {"analytics": True, "marketing": False}),
        cm_card(APP, rng, email=True),
        cm_confirm(APP, rng, "150.00", "usd"),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="walking"),
        hk_message(APP, rng, L("My rally receipt for the section offering did not come",
                               f"{TEXT}|{REL}"), {"nempehn_tohn": L(MEMBER, UID)}),
    ]
