"""A Kisumu ward's participatory-budgeting and public-participation app "Bura Ward" (``bura``
council meeting, forum). Its API mixes Dholuo keys with the county's English (``ward``,
``token``, ``id``, ``email``, ``petition``): ``jadak`` / ``jodak`` resident(s) (lit. "one who
lives"), ``namba_jadak`` resident number, ``nying`` / ``nying_dhoot`` first name / surname,
``namba_simu`` phone, ``tarik_nywol`` birth date, ``namba_kipande`` ID card number, ``kar_dak``
residence (street line), ``boma`` town, ``dhako_kata_dichuo`` sex (``dhako`` woman), ``mradi``
/ ``miradi`` project(s), ``paro`` opinion, ``kura`` vote, ``chokruok`` gathering, ``dhi`` go
(RSVP), ``ripot`` report, ``kama_ni`` position, ``ote`` message, ``manyo`` search, ``kony``
help / access request, ``maro`` mother-in-law, ``jo_ot`` household members, ``nyithindo``
children, ``higa`` year / age, ``dhok`` language, ``gir`` device, ``timbe`` events: sign-up, an
OAuth password grant, ``/an``, the ward's projects, a view on the lakefront market plan, a
ranked vote, an RSVP to the forum and a check-in there with her fix, a water-leak report with a
photo and her fix at home, her reports by number, a petition signed with her ID number and a
political opinion, an access request for her mother-in-law's wheelchair, the household survey,
a search, a message to the ward office, her submissions by cookie and by resident number in the
path, SMS alerts, drafts synced (JSON Lines), push, events and a log-out. Sets 13 and 15 had
civic issue reporters; this is a ward's budget consultation (projects, votes, forums)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families193_kit import (
    ALIEN_ID,
    KE_PHONE,
    KSM_HOME,
    KSM_HOME_AT,
    MOTHER_IL,
    RESIDENT,
    WARD,
    WARD_FIX,
    fix,
    gir,
    hd,
    obj,
)
from eval_families193_sdk import kt_session, kw_batch, kw_pixel, lw_launch
from eval_families193_svc import (
    fb_eval,
    kh_message,
    nm_geocode,
    nm_route,
    op_register,
    yc_check,
    yc_save,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("buraward", "Bura Ward", "com.example.buraward", "1.9.0",
          "https://api.buraward.example.org")
IID = "X-Bura-Gir"
PW = "Milimani#Ward42"
NID = "personal.national_id"
MARKET = "mr_lakefront_market"  # a ward project (negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def bura() -> list[Case]:
    rng = random.Random(19311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jadak=L(RESIDENT, UID),
                                    ward=L("Milimani", COARSE)))}
    wla, wlo = fix(WARD_FIX, 5)
    hla, hlo = fix(KSM_HOME_AT)
    mine = at_path(case(f, f"{a}/v2/jodak/{RESIDENT}/paro", headers=_h(rng, **b)), RESIDENT, UID)
    return [
        case(f, f"{a}/v2/jodak", headers=_h(rng), body={
            "nying": L(FIRST, NAMEC), "nying_dhoot": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "namba_simu": L(KE_PHONE, TEL), "siri": L(PW, CRED), "tarik_nywol": L(DOB, BIRTH),
            "namba_kipande": L(ALIEN_ID, NID), "kar_dak": L(KSM_HOME["line"], ADDR),
            "ward": L(KSM_HOME["area"], COARSE), "boma": L(KSM_HOME["town"], COARSE),
            "dhako_kata_dichuo": L("dhako", GENDER), "namba_jadak": L(RESIDENT, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "bura-android"}),
        case(f, f"{a}/v2/an", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/miradi", headers=_h(rng, **b), query={
            "ward": WARD["id"], "higa": "2026/27", "kit": "all"}),
        case(f, f"{a}/v2/miradi/{MARKET}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/paro", headers=_h(rng, **b), body={
            "mradi": MARKET, "jadak": L(RESIDENT, UID),
            "paro": L("Chiro mar dho nam dwarore, to kik giriemb jouso mag rech", TEXT),
            "kwero": False}),
        case(f, f"{a}/v2/kura", headers=_h(rng, **b), body={
            "jadak": L(RESIDENT, UID), "ward": WARD["id"],
            "kura": ["mr_street_lights", MARKET, "mr_borehole_kanyakwar"], "nonce": opaque(rng, "",
                                                                                          16)}),
        case(f, f"{a}/v2/chokruok/ck_0214/dhi", fmt="form", headers=_h(rng, **b), body={
            "jadak": L(RESIDENT, UID), "welo": "1", "dhok": L("luo", DEV)}),
        case(f, f"{a}/v2/chokruok/checkin", headers=_h(rng, **b), body={
            "chokruok": "ck_0214", "kama_ni": {"lat": wla, "lng": wlo},
            "ofis": {"lat": WARD["lat"], "lng": WARD["lon"]}}),
        multipart(f, f"{a}/v2/ripot", [
            ("picha", "pipe.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("meta", None, "application/json", {
                "kit": "pi", "kama_ni": {"lat": hla, "lng": hlo},
                "ote": L("Pi mar county ochwer e Aput Lane nyaka nindo adek", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ripot", headers=_h(rng, **b), query={
            "jadak": L(RESIDENT, UID), "status": "open"}),
        case(f, f"{a}/v2/petition/pt_lakefront/sign", headers=_h(rng, **b), body={
            "nying_duto": L(f"{FIRST} {LAST}", NAMEC), "namba_kipande": L(ALIEN_ID, NID),
            "ward": L("Milimani", COARSE),
            "paro": L("I oppose the governor's lakefront eviction plan and back the opposition "
                      "motion in the county assembly", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/kony", headers=_h(rng, **b), body={
            "chokruok": "ck_0214", "ne": {"nying": L(MOTHER_IL[0], NAMEC),
                                          "namba_simu": L(MOTHER_IL[1], TEL)},
            "kony": L("Maro wuotho gi wheelchair, odwaro kama lor maonge ngazi",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/survey/jo_ot", gz=True, headers=_h(rng, **b), body={
            "jadak": L(RESIDENT, UID), "jo_ot": 4,
            "nyithindo": [{"higa": L(10, BIRTH), "skul": True}],
            "pi_oa": "county_tap", "ward": L("Milimani", COARSE)}),
        case(f, f"{a}/v2/manyo", headers=_h(rng, **b), query={
            "q": L("bajeti mar ndara Milimani", SEARCH)}),
        case(f, f"{a}/v2/ote", headers=_h(rng, **b), body={
            "ne": "ofis_ward", "thread": obj(rng, "th"),
            "ote": L("Wadwaro taya mag ndara e Aput Lane kapok higa orumo", TEXT)}),
        case(f, f"{a}/v2/ndiko_mag", headers=_h(rng, how="none"), cookies={
            "bw_sid": L(opaque(rng, "", 40), CRED), "bw_gir": L(INSTALL_ID, DID)}),
        mine,
        case(f, f"{a}/v2/sms/alerts", fmt="form", headers=_h(rng, **b), body={
            "namba_simu": L(KE_PHONE, TEL), "dhok": L("luo", DEV), "ward": WARD["id"]}),
        lines(f, f"{a}/v2/drafts/sync", [
            {"op": "draft", "mradi": MARKET, "jadak": L(RESIDENT, UID),
             "paro": L("Ler mar ndara ok tiyo", TEXT)},
            {"op": "delete", "draft": obj(rng, "dr")}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/gir", headers=_h(rng, **b), body=gir(push_token(rng))),
        case(f, f"{a}/v2/timbe", headers=_h(rng, **b), body={
            "jatiyo": L(USER_ID, UID), "timbe": [
                ev("kura_oor", 1), ev("skrin", 2, skrin=L("Miradi", USAGE))]}),
        case(f, f"{a}/v2/wuok", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gir": L(INSTALL_ID, DID)}),
    ]


def bura_sdks() -> list[Case]:
    rng = random.Random(19312)
    return [
        kw_batch(APP, rng, [("Vote Cast", {"projects": 3}),
                            ("Forum Check In", {"forum": "ck_0214"})], at=WARD_FIX, nd=3),
        kw_pixel(APP, rng, "Budget Opened", {"year": "2026/27"}),
        lw_launch(APP, rng, user=True),
        fb_eval(APP, rng, {"ward": WARD["id"], "county": L("Kisumu", COARSE)}, hdr=True),
        op_register(APP, rng, tags={"ward": L("Milimani", COARSE), "sms": True}),
        yc_save(APP, rng, {"analytics": True, "marketing": False}),
        yc_check(APP, rng, {"analytics": True}),
        nm_geocode(APP, rng, "Kondele market", SEARCH, near=KSM_HOME_AT, nd=2),
        nm_route(APP, rng, [(KSM_HOME_AT, PRECISE), ((WARD["lat"], WARD["lon"]), None)],
                 mode="walking"),
        kh_message(APP, rng, L("My petition signature shows twice", TEXT),
                   {"jadak": L(RESIDENT, UID)}),
        kt_session(APP, rng, secs=388),
    ]
