"""Tribal enrollment-office app "Oyate Owapi" ("the nation's register"; a fictional app of the
Tribe's enrollment office: ID cards, children's cards, blood-quantum corrections,
verification letters, the Individual Indian Money account that land-lease income is paid into,
per-capita deposits and election registration; its API's keys are Lakota with English
(``ssn``, ``iim``, ``token``): ``oyate`` nation / tribe, ``oyate_owapi`` enrollment number,
``oyate_wowapi`` tribal ID card, ``we_tonakca`` blood quantum ("how much blood", a coinage),
``hunkake`` ancestors, ``ate`` father, ``ina`` mother, ``cinca`` child, ``tonpi`` birth date,
``tonpi_wowapi`` birth certificate, ``ite_itowapi`` face photo ("face picture"),
``ite_wowapi`` face template (a coinage), ``caje_owa`` signature ("name written"), ``caje`` /
``tiwahe_caje`` first name / surname, ``wiyawicasa`` sex, ``masape`` phone, ``mazawowapi``
e-mail, ``natakapi`` password, ``tiyata`` street line / PO box, ``otonwahe`` town, ``makoce``
land (allotment), ``wakpamni`` distribution (per-capita payment), ``wowapi_iyohi`` election
registration (a coinage), ``tokiya`` where, ``waziyata`` / ``wiyohiyanpata`` latitude /
longitude, ``wahosi`` message, ``akita`` search, ``wowiyukcan`` remark): account creation, an
OAuth password grant, ``/mitawa``, her ID card renewal (face photo, a face template for the
match, her signature, height and weight), Winona's first ID card (her enrollment number,
SSN and birth certificate PDF, both parents' enrollment numbers, her blood quantum), a
blood-quantum correction naming ancestors, a family tree draft (msgpack), a new PO box, the IIM account and a lease tract, the
per-capita deposit, election registration and a recall petition, a protobuf kiosk check-in at
the office, a verification letter, a search, a message to the clerk, the record by enrollment
number in the path, the status by cookie, push and events. No earlier set has a tribal
enrollment office (set 170 sends census numbers to a chapter house and a rodeo)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families197_kit import (
    BANK_ACCOUNT,
    BLOOD,
    DAUGHTER,
    ENROLL,
    ENROLL_OFFICE,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_ENROLL,
    IIM,
    ROUTING,
    SSN,
    fix,
    hd,
    obj,
    push,
)
from eval_families197_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families197_svc import cy_save, fn_eval, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("oyateowapi", "Oyate Owapi", "com.example.oyateowapi", "2.0.9",
          "https://api.oyateowapi.example.org")
IID = "X-OO-Device"
PW = "Hunkake!1868"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(28))
TRIBE = "Oglala Sioux Tribe"
OFFICE_FIX = (43.026198, -102.553907)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lak=True, **kw)


def oyateowapi() -> list[Case]:
    rng = random.Random(19761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, oyate_owapi=L(ENROLL, NID), oyate=L(TRIBE, SENS),
                                    mazawowapi=L(EMAIL, MAIL)))}
    _ola, _olo = fix(OFFICE_FIX, 5)
    template = L([round(rng.gauss(0, 0.09), 5) for _ in range(128)], FACE)
    lab: dict[str, str] = {}
    kiosk = pb([(1, L(ENROLL, NID)), (2, ENROLL_OFFICE["id"]), (3, 1770206400),
                (4, [(1, L(OFFICE_FIX[0], PRECISE)), (2, L(OFFICE_FIX[1], PRECISE))]),
                (5, "queue_B17")], "", lab)
    record = at_path(case(f, f"{a}/v1/members/{ENROLL}", headers=_h(rng, **b)), ENROLL, NID)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "caje": L(FIRST, NAMEC), "tiwahe_caje": L(LAST, NAMEC), "tonpi": L(DOB, BIRTH),
            "mazawowapi": L(EMAIL, MAIL), "masape": L(E164, TEL), "natakapi": L(PW, CRED),
            "oyate_owapi": L(ENROLL, NID), "ssn_last4": L(SSN[-4:], NID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "oyate-owapi-android", "scope": "member"}),
        case(f, f"{a}/v1/mitawa", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/oyate_wowapi/renew", [
            ("ite_itowapi", "face.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("caje_owa", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(24), MEDIA)),
            ("meta", None, "application/json", {
                "oyate_owapi": L(ENROLL, NID), "height_in": L(65, "health.fitness"),
                "weight_lb": L(148, "health.fitness"), "eyes": "BRN",
                "tiyata": L(HOME["po"], ADDR), "fee": 15})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/oyate_wowapi/match", headers=_h(rng, **b), body={
            "oyate_owapi": L(ENROLL, NID), "ite_wowapi": template, "model": "fm-128-v3",
            "liveness": 0.97, "attempt": obj(rng, "fm")}),
        case(f, f"{a}/v1/cinca/card", headers=_h(rng, **b), body={
            "cinca": {"caje": L(DAUGHTER["first"], NAMEC), "tiwahe_caje": L(DAUGHTER["last"], NAMEC),
                      "tonpi": L(DAUGHTER["dob"], BIRTH), "wiyawicasa": L("F", GENDER),
                      "oyate_owapi": L(DAUGHTER["enroll"], NID),
                      "we_tonakca": L("1/2", SENS), "ssn": L(DAUGHTER["ssn"], NID)},
            "ina": {"caje": L(f"{FIRST} {LAST}", NAMEC), "oyate_owapi": L(ENROLL, NID),
                    "we_tonakca": L(BLOOD, SENS)},
            "ate": {"caje": L(HUSBAND[0], NAMEC), "oyate_owapi": L(HUSBAND_ENROLL, NID),
                    "we_tonakca": L("1/2", SENS)}}),
        multipart(f, f"{a}/v1/cinca/documents", [
            ("tonpi_wowapi", "winona_birth_cert.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{BIRTH}")),
            ("meta", None, "application/json", {"kind": "birth_certificate",
                                                "ina_oyate_owapi": L(ENROLL, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/we_tonakca/correction", headers=_h(rng, **b), body={
            "oyate_owapi": L(ENROLL, NID), "on_file": L(BLOOD, SENS), "claimed": L("5/8", SENS),
            "hunkake": [L("Agnes Yellow Hawk", NAMEC), L("Joseph Yellow Hawk", NAMEC)],
            "wowiyukcan": L("My grandmother Agnes Yellow Hawk was full blood Oglala on the 1937 "
                            "roll, her quantum was entered as 3/4", f"{TEXT}|{NAMEC}|{SENS}")}),
        case(f, f"{a}/v1/hunkake/tree", fmt="msgpack", headers=_h(rng, **b), body={
            "root": L(ENROLL, NID),
            "nodes": [{"caje": L("Loretta Yellow Hawk", NAMEC), "rel": "ina",
                       "we_tonakca": L("1", SENS)},
                      {"caje": L("Agnes Yellow Hawk", NAMEC), "rel": "unci",
                       "we_tonakca": L("4/4", SENS)}], "draft": True}),
        case(f, f"{a}/v1/members/address", headers=_h(rng, **b), body={
            "tiyata": L(HOME["po"], ADDR), "otonwahe": L(HOME["town"], COARSE),
            "zip": L(HOME["zip"], COARSE), "district": L("Pine Ridge", COARSE)}),
        case(f, f"{a}/v1/iim", headers=_h(rng, **b), body={
            "iim": L(IIM, PAY), "makoce": {"tract": "T-1907-B", "acres": 160, "lessee": "grazing"},
            "statement_by": "email"}),
        case(f, f"{a}/v1/wakpamni/deposit", fmt="form", headers=_h(rng, **b), body={
            "oyate_owapi": L(ENROLL, NID), "routing": L(ROUTING, PAY),
            "account": L(BANK_ACCOUNT, PAY), "type": "checking"}),
        case(f, f"{a}/v1/wowapi_iyohi", headers=_h(rng, **b), body={
            "oyate_owapi": L(ENROLL, NID), "district": L("Pine Ridge", COARSE),
            "tiyata": L(HOME["line"], "contact.address")}),
        case(f, f"{a}/v1/petitions/sign", fmt="form", headers=_h(rng, **b), body={
            "petition": "pt_recall_2026", "oyate_owapi": L(ENROLL, NID),
            "position": L("support recall of the district council member", SENS)}),
        raw(f, f"{a}/v1/kiosk/checkin", kiosk, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/letters", headers=_h(rng, **b), body={
            "kind": "verification_of_enrollment", "oyate_owapi": L(ENROLL, NID),
            "send_to": L(EMAIL, MAIL), "copies": 2}),
        case(f, f"{a}/v1/akita", headers=_h(rng, **b), query={
            "akita": L("descendant enrollment blood quantum rule", SEARCH)}),
        case(f, f"{a}/v1/wahosi", headers=_h(rng, **b), body={
            "to": "enrollment_clerk",
            "wahosi": L(f"My number is {ENROLL}, my card expires in March, can I renew by mail?",
                        f"{TEXT}|{NID}")}),
        record,
        case(f, f"{a}/v1/status", headers=_h(rng, how="none"), cookies={
            "oo_sess": L(opaque(rng, "", 40), CRED), "oo_dev": L(INSTALL_ID, DID),
            "oo_req": rid(rng)}),
        case(f, f"{a}/v1/preferences", headers=_h(rng, **b), cookies={
            "oo_sess": L(opaque(rng, "", 40), CRED),
            "oo_prefs": W({"oyate_owapi": L(ENROLL, NID), "iapi": L("lkt", DEV)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "lkt_US")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L("Pixel 8", DEV), "events": [
                ev("card_renewal", 1), ev("screen", 2, screen=L("Enrollment", USAGE))]}),
    ]


def oyateowapi_sdks() -> list[Case]:
    rng = random.Random(19762)
    return [
        mc_batch(APP, rng, [("Card Renewal Started", {}), ("Face Match", {"ok": True})],
                 locale="lkt_US"),
        mc_identify(APP, rng, {"district": L("Pine Ridge", COARSE), "tribe": L(TRIBE, SENS)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "child_card_requested", {"children": 1}),
        cd_crash(APP, rng, ("java.lang.RuntimeException", "camera busy"),
                 [cd_crumb("nav", "Card -> Selfie"), cd_crumb("tap", "capture")],
                 screen="SelfieActivity"),
        cd_session(APP, rng, secs=733),
        fn_eval(APP, rng, {"district": L("Pine Ridge", COARSE), "face_match": True}),
        pt_register(APP, rng, lang="lkt", tags={"district": L("Pine Ridge", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((ENROLL_OFFICE["lat"], ENROLL_OFFICE["lon"]),
                                                 None)], mode="driving"),
        hs_message(APP, rng, L("The face match keeps failing at the office kiosk", TEXT),
                   {"member": L(ENROLL, NID)}),
    ]
