"""A children's holiday sewing and fashion class's parent app "Nditofong" (``ndito`` children,
``ofong`` cloth: a fictional studio in Ewet Housing that teaches 8-to-14-year-olds hand and
machine sewing over the Christmas and long holidays, ending in a small fashion show). Idara (10)
is the learner; her mother holds the account. Its API's keys are Ibibio in ASCII with the
English words such apps keep (``email``, ``token``, ``level``, ``slot``, ``cm``,
``lat``/``lng``): ``eka`` mother, ``enying`` first name, ``enying_ekpuk`` surname, ``nomba_fon``
phone, ``iko_mbubik`` password, ``eyen`` child, ``ndito`` children, ``usen_mana`` birth date,
``eren_nwaan`` sex, ``ufok_nwed`` school, ``udongo`` illness, ``ndomo`` measurements (lit.
"measuring"), ``anyan`` height, ``isin`` waist, ``ukpep`` lesson, ``andikpep`` teacher (lit.
"one who teaches"), ``ofong`` cloth, ``nkpo`` items, ``okuk`` amount, ``ukpe`` payment,
``ndimen`` pick-up (lit. "to carry"), ``usen`` day, ``itie`` place, ``ndise`` photo / video,
``iko`` words, ``etop`` message, ``yom`` search, ``owo`` user, ``ami`` me. Calls: the parent's
sign-up, an OAuth log-in, ``/ami`` with an ``ndito`` claim, enrolling Idara (her asthma), her
measurements, a lesson slot, the term fee, a fabric kit (msgpack), the drop-off check-in with
her fix (5 decimals), a pick-up authorisation for a neighbour, an absence note, Idara's progress
by learner number in the path, a photo of her first dress, the fashion-show entry, its video, a
message to the teacher, a protobuf attendance beat, a search, the certificate acknowledged,
events with a session cookie and push."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    MP4,
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
from eval_families301_kit import (
    DAUGHTER,
    LEARNER,
    STUDIO,
    STUDIO_FIX,
    UY_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families301_sdk import ik_launch, nd_batch, nd_identify, ub_bid, ub_notice
from eval_families301_svc import (
    cs_check,
    fe_eval,
    hu_message,
    mi_route,
    pe_register,
    po_card,
    po_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nditofong", "Nditofong", "com.example.nditofong", "2.0.3",
          "https://api.nditofong.example.org")
IID = "X-Nditofong-Device"
PW = "Idara#Ofong10"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def nditofong() -> list[Case]:
    rng = random.Random(30151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ndito=[L(LEARNER, UID)],
                                    role="eka"))}
    sla, slo = fix(STUDIO_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(LEARNER, UID)), (2, "cls_hol_b"), (3, 1765440000), (4, 1),
               (5, [(1, L(round(STUDIO_FIX[0], 5), "location.precise")),
                    (2, L(round(STUDIO_FIX[1], 5), "location.precise"))])], "", lab)
    prog = at_path(case(f, f"{a}/v1/learners/{LEARNER}/progress", headers=_h(rng, **b),
                        query={"term": "xmas25"}), LEARNER, UID)
    return [
        case(f, f"{a}/v1/eka/ndisin", headers=_h(rng), body={
            "enying": L(FIRST, NAMEC), "enying_ekpuk": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "nomba_fon": L(E164, TEL), "iko_mbubik": L(PW, CRED),
            "obio": L("Uyo", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "nditofong-android"}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ndito", headers=_h(rng, **b), body={
            "eyen": {"enying": L(DAUGHTER["first"], NAMEC),
                     "enying_ekpuk": L(DAUGHTER["last"], NAMEC),
                     "usen_mana": L(DAUGHTER["dob"], BIRTH), "eren_nwaan": L("nwaan", GENDER),
                     "ufok_nwed": "Uyo Primary School"},
            "learner": L(LEARNER, UID), "level": "beginner",
            "udongo": L("asthma, uses an inhaler before running", MED),
            "dust_allergy": L(True, MED), "photo_consent": True}),
        at_path(case(f, f"{a}/v1/ndito/{LEARNER}/ndomo", headers=_h(rng, **b), body={
            "anyan_cm": L(141, FIT), "isin_cm": L(58, FIT), "chest_cm": L(66, FIT),
            "hip_cm": L(70, FIT), "taken": "2025-12-15"}), LEARNER, UID),
        case(f, f"{a}/v1/ukpep/slots", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "learner": L(LEARNER, UID), "usen": "2025-12-16"}),
        case(f, f"{a}/v1/ukpe", fmt="form", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "okuk": L("45000.00", BUY), "currency": "NGN",
            "method": L(opaque(rng, "pm_", 24), PAY), "item": "term_fee"}),
        case(f, f"{a}/v1/nkpo/kit", fmt="msgpack", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID),
            "nkpo": [{"sku": "ankara_6y", "ibaat": 1, "okuk": 9000},
                     {"sku": "scissors_kid", "ibaat": 1, "okuk": 2500},
                     {"sku": "thread_set", "ibaat": 1, "okuk": 1800}],
            "okuk": L(13300, BUY)}),
        case(f, f"{a}/v1/dropoff", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "itie": {"lat": sla, "lng": slo},
            "studio": {"lat": STUDIO["lat"], "lng": STUDIO["lon"]}, "kind": "dropoff"}),
        case(f, f"{a}/v1/ndimen", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID),
            "owo": {"enying": L("Mfon Bassey", NAMEC), "nomba_fon": L("+2348140099217", TEL),
                    "relation": "neighbour"}, "usen": ["tue", "thu"]}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "usen": "2025-12-18",
            "iko": L("Idara had an asthma attack last night, she will rest today",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        prog,
        multipart(f, f"{a}/v1/ndise", [
            ("ndise", "first_dress.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"learner": L(LEARNER, UID),
                                                "iko": L("Idara's first ankara dress", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/show/entries", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "show": "fs_dec25", "model": L(KID, NAMEC),
            "outfit": "ankara skater dress", "song": "Joy to the World"}),
        multipart(f, f"{a}/v1/show/video", [
            ("ndise", "catwalk.mp4", "video/mp4", L(MP4 + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"learner": L(LEARNER, UID), "public": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/etop", headers=_h(rng, **b), body={
            "to": "andikpep_ini", "learner": L(LEARNER, UID),
            "etop": L("Aunty Ini, can Idara finish the dress at home this weekend?",
                      f"{TEXT}|{NAMEC}")}),
        raw(f, f"{a}/v1/attendance/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/yom", headers=_h(rng, **b), query={
            "yom": L("easy skirt pattern for beginners", SEARCH)}),
        case(f, f"{a}/v1/certificates/ack", fmt="form", headers=_h(rng, **b), body={
            "learner": L(LEARNER, UID), "name_on_cert": L(KID, NAMEC), "ok": "1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "nf_sid": L(opaque(rng, "", 40), CRED), "nf_dev": L(INSTALL_ID, DID)}, body={
            "owo": L(USER_ID, UID), "events": [
                ev("progress_opened", 1), ev("screen", 2, screen=L("ShowEntry", USAGE))]}),
    ]


def nditofong_sdks() -> list[Case]:
    rng = random.Random(30152)
    return [
        nd_batch(APP, rng, [("Learner Enrolled", {"level": "beginner"}),
                            ("Fee Paid", {"amount": L(45000, BUY)})], at=STUDIO_FIX, nd=2),
        nd_identify(APP, rng, {"role": "eka", "ndito": 1, "obio": L("Uyo", COARSE)}),
        ik_launch(APP, rng),
        ub_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,sewing,fabric"),
        ub_notice(APP, rng, "win"),
        fe_eval(APP, rng, {"studio": STUDIO["id"], "ndito": 1}),
        pe_register(APP, rng, tags={"studio": STUDIO["id"], "level": "beginner"}),
        cs_check(APP, rng, {"analytics": True, "photos": True}),
        po_card(APP, rng),
        po_confirm(APP, rng, "45000.00"),
        mi_route(APP, rng, [(UY_HOME_AT, "location.precise"),
                            ((STUDIO["lat"], STUDIO["lon"]), None)], mode="walking"),
        hu_message(APP, rng, L(f"The fabric kit for {KID} has the wrong size", f"{TEXT}|{NAMEC}"),
                   {"learner": L(LEARNER, UID)}),
    ]
