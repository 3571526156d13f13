"""A schools' pen-pal exchange "Cibusa" (``cibusa`` friend: a fictional service pairing classes
in Zambia with classes abroad; Chileshe's grade 3 in Kitwe writes to a class in Ohio, and the
parent's account approves every letter). Keys Bemba in ASCII with English where such APIs keep
it (``email``, ``token``, ``grade``): ``umwana`` child, ``ishina`` name, ``ishina_lyalupwa``
surname, ``ubushiku_bwakufyalwa`` birth date, ``jenda`` gender, ``isukulu`` school, ``kalata``
letter, ``umulembi`` writer, ``cibusa`` friend, ``ifyo_atemwa`` what she likes, ``icikope``
picture, ``ishiwi`` voice, ``ukusumina`` consent, ``ukukanya`` approve, ``apo_wikala``
address, ``itauni`` town, ``ubukombe`` message, ``ukufwaya`` search. Calls: the parent's OAuth
log-in, ``/nebo`` (a children claim), the child registered (pupil number, birth date, sex,
interests), consent, pen-pal suggestions, a letter she writes (her age in it), a drawing, the
parent's approval, the inbox by pupil number in the path, a voice note (msgpack), her profile
picture, the school drop of paper letters with the parent's fix, a concern reported, a search,
the yearly fee, the postal address, a read receipt (protobuf), a cookie GET with base64 JSON
preferences, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
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
from eval_families24_kit import claims
from eval_families261_kit import (
    DAUGHTER,
    KT_HOME,
    PAL_CLASS,
    SCHOOL,
    SCHOOL_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families261_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families261_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("cibusa", "Cibusa", "com.example.cibusa", "4.1.2", "https://api.cibusa.example.com")
IID = "X-Cibusa-Device"
PW = "Chileshe2017!Kitwe"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PUPIL = DAUGHTER["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def cibusa() -> list[Case]:
    rng = random.Random(26141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), abana=[L(PUPIL, UID)],
                                    role="parent"))}
    sla, slo = fix(SCHOOL_FIX, 5)
    letter = obj(rng, "kl")
    lab: dict[str, str] = {}
    seen = pb([(1, L(PUPIL, UID)), (2, letter), (3, 1765811100), (4, "read")], "", lab)
    inbox = at_path(case(f, f"{a}/v3/abana/{PUPIL}/kalata", headers=_h(rng, **b),
                         query={"box": "inbox"}), PUPIL, UID)
    return [
        case(f, f"{a}/v3/ukulembesha", headers=_h(rng), body={
            "ishina": L(FIRST, NAMEC), "ishina_lyalupwa": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "foni": L(E164, TEL), "inkama": L(PW, CRED),
            "itauni": L(KT_HOME["town"], COARSE), "role": "parent", "ukusumina_amafunde": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "cibusa-parent"}),
        case(f, f"{a}/v3/nebo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/abana", headers=_h(rng, **b), body={
            "umwana": {"ishina": L(DAUGHTER["first"], NAMEC),
                       "ishina_lyalupwa": L(DAUGHTER["last"], NAMEC),
                       "ubushiku_bwakufyalwa": L(DAUGHTER["dob"], BIRTH),
                       "jenda": L(DAUGHTER["sex"], GENDER), "pupil": L(PUPIL, UID),
                       "ifyo_atemwa": L("football, ukushanika ifikope, imbwa", TEXT)},
            "isukulu": SCHOOL["id"], "grade": "3", "ululimi": ["en", "bem"]}),
        case(f, f"{a}/v3/ukusumina", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "umufyashi": L(f"{FIRST} {LAST}", NAMEC),
            "foni": L(E164, TEL), "ukusumina": "ee", "ifikope_fyamwana": "classmates_only"}),
        case(f, f"{a}/v3/abanandi", headers=_h(rng, **b), query={
            "pupil": L(PUPIL, UID), "grade": "3", "icalo": "US", "class": PAL_CLASS}),
        case(f, f"{a}/v3/kalata", headers=_h(rng, **b), body={
            "kalata": letter, "umulembi": L(PUPIL, UID), "ku": "pal_oh_4471",
            "ilembo": L("Hello Emma! I am Chileshe, I am 8 years old. Mwapoleni! I have a dog "
                        "called Simba and I like football. What do you eat for lunch?",
                        f"{TEXT}|{NAMEC}|{BIRTH}")}),
        multipart(f, f"{a}/v3/kalata/{letter}/icikope", [
            ("icikope", "icikope_ca_nganda.jpg", "image/jpeg",
             L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"umulembi": L(PUPIL, UID),
                                                "ubukombe": L("Our house and Simba", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/kalata/{letter}/ukukanya", fmt="form", headers=_h(rng, **b), body={
            "ukukanya": "1", "ubukombe": L("Nalibelenga, cili bwino", TEXT)}),
        inbox,
        case(f, f"{a}/v3/kalata/ishiwi", fmt="msgpack", headers=_h(rng, **b), body={
            "umulembi": L(PUPIL, UID), "ku": "pal_oh_4471", "seconds": 21,
            "ishiwi": L(M4A, MEDIA)}),
        multipart(f, f"{a}/v3/abana/icikope", [
            ("icikope", "chileshe.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"pupil": L(PUPIL, UID), "use": "profile"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/isukulu/ukuleta_kalata", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "incende": {"lat": sla, "lng": slo},
            "isukulu": {"id": SCHOOL["id"], "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]},
            "amakalata": 2}),
        raw(f, f"{a}/v3/kalata/seen", seen, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/ifyakusoka", headers=_h(rng, **b), body={
            "kalata": obj(rng, "kl"),
            "ubukombe": L("The reply asked for our home address, please check it", TEXT)}),
        case(f, f"{a}/v3/ukufwaya", headers=_h(rng, **b), query={
            "q": L("pen pals who like dogs and football", SEARCH)}),
        case(f, f"{a}/v3/ukulipila", fmt="form", headers=_h(rng, **b), body={
            "pupil": L(PUPIL, UID), "indalama": L("120.00", BUY), "ndalama": "ZMW",
            "method": L(opaque(rng, "pm_", 24), PAY), "plan": "annual_post"}),
        case(f, f"{a}/v3/apo_wikala", headers=_h(rng, **b), body={
            "line": L(KT_HOME["line"], ADDR), "area": L(KT_HOME["area"], COARSE),
            "itauni": L(KT_HOME["town"], COARSE), "post": L(KT_HOME["post"], COARSE)}),
        case(f, f"{a}/v3/ifyo_natemwa", headers=_h(rng, how="none"), cookies={
            "cb_sid": L(opaque(rng, "", 40), CRED),
            "cb_prefs": W({"pupil": L(PUPIL, UID), "ululimi": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/v3/icibombelo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/ifyacitika", headers=_h(rng, how="none"), cookies={
            "cb_sid": L(opaque(rng, "", 40), CRED), "cb_dev": L(INSTALL_ID, DID)}, body={
            "umwina": L(USER_ID, UID), "ifyacitika": [
                ev("kalata_yalembwa", 1), ev("screen", 2, screen=L("Inbox", USAGE))]}),
    ]


def cibusa_sdks() -> list[Case]:
    rng = random.Random(26142)
    return [
        mc_batch(APP, rng, [("Letter Sent", {"words": 34}), ("Letter Approved", {})]),
        mc_identify(APP, rng, {"role": "parent", "children": 1, "itauni": L("Kitwe", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,school,letters"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "letter draft"),
                 [cd_crumb("nav", "Inbox -> Kalata")],
                 user={"id": L(USER_ID, UID)}, screen="KalataActivity"),
        fn_eval(APP, rng, {"isukulu": SCHOOL["id"], "children": 1}),
        pt_register(APP, rng, tags={"isukulu": SCHOOL["id"], "grade": "3"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "120.00"),
        hs_message(APP, rng, L(f"The letter from {KID} is still waiting for approval",
                               f"{TEXT}|{NAMEC}"), {"pupil": L(PUPIL, UID)}),
    ]
