"""A state senator's constituent-services app "Tingor" (``tingor`` to ask for, a request): the
office of the senator for her region publishes news and town halls and takes constituents'
requests (a road, a letter, a scholarship), a survey on Chuuk's political-status question and a
petition. Its API's keys are Chuukese with English: ``it`` / ``iten_famili`` name / surname,
``nampaan_fon`` phone, ``kapas_monomon`` password, ``nampaan_filfil`` voter number (``filfil`` to
choose, vote), ``tingor`` request, ``aninnis`` help, ``aan`` road, ``taropwe`` letter,
``ekiek`` opinion, ``poraus`` news, ``mwich`` meeting, ``kapas`` message, ``kuta`` search,
``leeni`` place, ``foto`` photo, ``sopw`` village, ``fonu`` island, ``moni`` amount: sign-up with
her voter number, an OAuth password grant, ``/ngang``, news, a road repair with her fix and a
photo, a support letter for the aunt's medical referral, the political-status survey, a town-hall
RSVP, a petition, a message to the senator, a supporter pledge, a campaign donation, a scholarship
request for the daughter, offline drafts (msgpack), news read (JSON Lines), requests by voter
number in the path, preferences by cookie, a search, push and events. Voter, ballot and canvassing
apps exist in earlier sets; no legislator's constituent-services app ("legislat", "constituen",
"political status", "referendum" matched no docstring)."""

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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families220_kit import (
    AUNT,
    DAUGHTER,
    HOME,
    OFFICE,
    POTHOLE_AT,
    SCHOOL,
    VOTER,
    fix,
    hd,
    obj,
    push,
)
from eval_families220_sdk import bf_bid, cm_crash, cm_crumb, mn_batch, mn_pixel, tw_event, tw_launch
from eval_families220_svc import ce_check, fp_eval, ha_attach, ha_message, ms_reverse, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tingor", "Tingor", "com.example.tingor", "2.2.0", "https://api.tingor.example.org")
IID = "X-Tingor-Device"
PW = "Namoneas$2026"
NID = "personal.national_id"
DISTRICT = "Southern Namoneas"
POL = f"{SENS}"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tingor() -> list[Case]:
    rng = random.Random(22031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), voter=L(VOTER, NID),
                                    district=L(DISTRICT, COARSE)))}
    pla, plo = fix(POTHOLE_AT)
    mine = at_path(case(f, f"{a}/v1/voters/{VOTER}/tingor", headers=_h(rng, **b),
                        query={"status": "open"}), VOTER, NID)
    return [
        case(f, f"{a}/v1/kamwo", headers=_h(rng), body={
            "it": L(FIRST, NAMEC), "iten_famili": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nampaan_fon": L(E164, TEL), "kapas_monomon": L(PW, CRED),
            "nampaan_filfil": L(VOTER, NID), "district": L(DISTRICT, COARSE),
            "sopw": L(HOME["village"], COARSE), "fonu": L(HOME["island"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tingor-android"}),
        case(f, f"{a}/v1/ngang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/poraus", headers=_h(rng, **b), query={
            "district": L(DISTRICT, COARSE), "since": "2026-01-01"}),
        case(f, f"{a}/v1/tingor/aan", headers=_h(rng, **b), body={
            "tingor_id": obj(rng, "tg"), "kind": "road",
            "leeni": {"lat": pla, "lon": plo, "acc": 6},
            "kapas": L("The road past the church in Nechap has a deep hole, the school truck "
                       "cannot pass", TEXT)}),
        multipart(f, f"{a}/v1/tingor/foto", [
            ("foto", "aan.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"tingor_id": obj(rng, "tg"),
                                                "nampaan_filfil": L(VOTER, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tingor/taropwe", headers=_h(rng, **b), body={
            "kind": "support_letter", "ngeni": "Medical Referral Committee",
            "aramas": {"it": L(AUNT[0], NAMEC), "ierin": L(AUNT[2], BIRTH)},
            "popun": L("Referral to Pohnpei for her diabetic foot", f"{TEXT}|{MED}"),
            "nampaan_filfil": L(VOTER, NID)}),
        case(f, f"{a}/v1/ekiek/status", headers=_h(rng, **b), body={
            "survey": "pol_status_2026", "nampaan_filfil": L(VOTER, NID),
            "ekiek": {"independence": L("aapw", POL), "free_association": L("ewer", POL),
                      "priorities": [L("seawalls", POL), L("boat subsidy", POL)]},
            "kapas": L("Stay in the Compact but fund the outer islands' seawalls",
                       f"{TEXT}|{POL}")}),
        case(f, f"{a}/v1/mwich/rsvp", fmt="form", headers=_h(rng, **b), body={
            "mwich": "th_tonoas_0314", "chommong": "2", "it": L(f"{FIRST} {LAST}", NAMEC),
            "nampaan_fon": L(E164, TEL)}),
        case(f, f"{a}/v1/petitions/boat-subsidy/sign", headers=_h(rng, **b), body={
            "it": L(f"{FIRST} {LAST}", NAMEC), "nampaan_filfil": L(VOTER, NID),
            "sopw": L(HOME["village"], COARSE), "mak": L(True, POL)}),
        case(f, f"{a}/v1/kapas", headers=_h(rng, **b), body={
            "ngeni": "senator", "thread": obj(rng, "th"),
            "kapas": L("Senator, I voted for you last time; please vote against the fuel tax "
                       "for lagoon boats.", f"{TEXT}|{POL}")}),
        case(f, f"{a}/v1/supporters", fmt="form", headers=_h(rng, **b), body={
            "nampaan_filfil": L(VOTER, NID), "supporter": L("ewer", POL),
            "volunteer": L("phone bank", POL), "nampaan_fon": L(E164, TEL)}),
        case(f, f"{a}/v1/campaign/donate", headers=_h(rng, **b), body={
            "kampein": L("Re-elect for Southern Namoneas 2027", POL), "moni": L(50, BUY),
            "method": L(opaque(rng, "pm_", 24), "financial.payment"),
            "it": L(f"{FIRST} {LAST}", NAMEC), "angang": "English tutor"}),
        case(f, f"{a}/v1/tingor/scholarship", headers=_h(rng, **b), body={
            "it": L(KID, NAMEC), "ranin_upwutiw": L(DAUGHTER["dob"], BIRTH),
            "school": SCHOOL["id"], "grade": "8", "next": "Chuuk High School",
            "kapas": L("Marisa will need help with boarding fees next year",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/drafts", fmt="msgpack", headers=_h(rng, **b), body={
            "drafts": [{"kind": "road", "leeni": [L(round(POTHOLE_AT[0], 4), PRECISE),
                                                 L(round(POTHOLE_AT[1], 4), PRECISE)]},
                       {"kind": "letter", "it": L(AUNT[0], NAMEC)}],
            "user": L(USER_ID, UID)}),
        lines(f, f"{a}/v1/poraus/read", [
            {"poraus": "nw_4412", "secs": L(42, USAGE), "user": L(USER_ID, UID)},
            {"poraus": "nw_4419", "secs": L(17, USAGE), "user": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        mine,
        case(f, f"{a}/v1/kuta", headers=_h(rng, **b), query={
            "kuta": L("boat subsidy Tonoas vote", SEARCH)}),
        case(f, f"{a}/v1/prefs", headers=_h(rng, how="none"), cookies={
            "tg_sess": L(opaque(rng, "", 40), CRED), "tg_dev": L(INSTALL_ID, DID),
            "tg_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("survey_done", 1), ev("screen", 2, screen=L("Petitions", USAGE)),
                ev("petition_signed", 3, petition=L("boat-subsidy", POL))]}),
    ]


def tingor_sdks() -> list[Case]:
    rng = random.Random(22032)
    return [
        mn_batch(APP, rng, [("Request Filed", {"kind": "road"}),
                            ("Petition Signed", {"petition": L("boat-subsidy", POL)})],
                 at=POTHOLE_AT, nd=2),
        mn_pixel(APP, rng, "News Opened", {"id": "nw_4412"}),
        tw_launch(APP, rng, user=True),
        tw_event(APP, rng, "donation", {"kampein": L("re-elect-2027", POL)}, revenue=50.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="news,chuuk,politics"),
        cm_crash(APP, rng, ("java.lang.IllegalArgumentException", "survey closed"),
                 [cm_crumb("nav", "Ekiek -> Status")], screen="SurveyActivity"),
        fp_eval(APP, rng, {"district": L(DISTRICT, COARSE), "office": OFFICE["id"]}, hdr=True),
        pk_register(APP, rng, tags={"district": L(DISTRICT, COARSE),
                                    "supporter": L("yes", POL)}),
        ce_check(APP, rng, {"analytics": True, "marketing": False}),
        ms_reverse(APP, rng, POTHOLE_AT, PRECISE, nd=5),
        ha_attach(APP, rng, L(JPEG + b"\x42", MEDIA), "aan2.jpg", "image/jpeg"),
        ha_message(APP, rng, L("My road request has no answer since January", TEXT),
                   {"voter": L(VOTER, NID)}),
    ]
