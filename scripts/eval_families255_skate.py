"""A children's roller-skating academy's parent app "Nditoskate" (``ndito`` children: Eno's
Saturday classes on the rink by the Marina, with a Christmas skate jam). Its API's keys are Efik
in ASCII with the English words such apps keep (``email``, ``token``, ``level``, ``slot``,
``lat``/``lng``): ``eka`` mother, ``enyin`` first name, ``enyin_ubon`` surname, ``ukwak_iko``
phone, ``iko_ndibe`` password, ``eyen`` child, ``usen_emana`` birth date, ``nwan_eren`` sex,
``ufok_nwed`` school (lit. "house of books"), ``ibat_eyen`` skater number, ``ukpep`` lesson,
``andikpep`` coach (lit. "one who teaches"), ``anyan_idem`` height, ``udobi`` weight,
``udongo`` illness, ``iyip`` blood, ``unan`` injury, ``ududuo`` fall, ``owo_ubon`` emergency
contact, ``ibat_okuk`` amount, ``ukpe`` payment, ``nkpo`` items, ``itie`` place, ``isua`` age,
``ndise`` photo / video, ``etop`` message, ``ndiyom`` search, ``owo`` user. Calls: the parent's
sign-up, an OAuth log-in, ``/ami`` with a ``ndito`` claim, enrolling Eno, her health form
(gzip), her height and weight for the skates, the class schedule, a lesson slot, the term fee,
gear (msgpack), the drop-off check-in with her fix (5 decimals), a pick-up authorisation for her
mother-in-law, a fall reported, progress by skater number in the path, the skate-jam entry, a
video of Eno skating, a message to the coach, a search, events with a session cookie and push.
Ice-hockey (171) and figure-skating (198) clubs exist; a roller-skating academy ("roller
skat", "roller-skat" matched nothing) is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families255_kit import (
    ACADEMY,
    DAUGHTER,
    HUSBAND,
    MOTHER_IL,
    RINK_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families255_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families255_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nditoskate", "Nditoskate", "com.example.nditoskate", "2.7.0",
          "https://api.nditoskate.example.org")
IID = "X-Nditoskate-Ukwak"
PW = "Eno2017!Rollers"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
SKATER = DAUGHTER["skater"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def nditoskate() -> list[Case]:
    rng = random.Random(25551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ndito=[L(SKATER, UID)],
                                    role="eka"))}
    rla, rlo = fix(RINK_FIX, 5)
    prog = at_path(case(f, f"{a}/v2/eyen/{SKATER}/progress", headers=_h(rng, **b),
                        query={"term": "2026-1"}), SKATER, UID)
    return [
        case(f, f"{a}/v2/eka", headers=_h(rng), body={
            "enyin": L(FIRST, NAMEC), "enyin_ubon": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "ukwak_iko": L(E164, TEL), "iko_ndibe": L(PW, CRED), "ebuana": "eka"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "nditoskate-parent"}),
        case(f, f"{a}/v2/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/eyen", headers=_h(rng, **b), body={
            "enyin": L(DAUGHTER["first"], NAMEC), "enyin_ubon": L(DAUGHTER["last"], NAMEC),
            "usen_emana": L(DAUGHTER["dob"], BIRTH), "nwan_eren": L(DAUGHTER["sex"], GENDER),
            "ufok_nwed": "Marina Heights Primary", "class": "primary_3",
            "ibat_eyen": L(SKATER, UID), "level": "beginner_2"}),
        case(f, f"{a}/v2/eyen/health", gz=True, headers=_h(rng, **b), body={
            "ibat_eyen": L(SKATER, UID), "udongo": [L("asthma (mild)", MED)],
            "genotype": L("AS", MED), "iyip": L("O+", MED), "allergies": [L("groundnut", MED)],
            "inhaler": L(True, MED),
            "owo_ubon": {"enyin": L(HUSBAND[0], NAMEC), "ukwak_iko": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/eyen/size", fmt="form", headers=_h(rng, **b), body={
            "ibat_eyen": L(SKATER, UID), "anyan_idem": L("128", FIT), "udobi": L("26", FIT),
            "shoe_eu": "32"}),
        case(f, f"{a}/v2/ukpep/schedule", headers=_h(rng, **b), query={
            "academy": ACADEMY["id"], "level": "beginner_2", "month": "2026-01"}),
        case(f, f"{a}/v2/ukpep/book", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "ls"), "ibat_eyen": L(SKATER, UID), "andikpep": "co_utibe"}),
        case(f, f"{a}/v2/ukpe", fmt="form", headers=_h(rng, **b), body={
            "ibat_eyen": L(SKATER, UID), "term": "2026-1", "ibat_okuk": L("60000.00", BUY),
            "ukpe": L(opaque(rng, "pm_", 24), PAY), "inang_akpatre": L("4444", PAY)}),
        case(f, f"{a}/v2/nkpo", fmt="msgpack", headers=_h(rng, **b), body={
            "ibat_eyen": L(SKATER, UID),
            "nkpo": [{"sku": "helmet_kids_s", "ibat": 1, "okuk": 18000},
                     {"sku": "pads_set_s", "ibat": 1, "okuk": 12500}],
            "ibat_okuk": L(30500, BUY), "order": L("NS-G-5531", BUY)}),
        case(f, f"{a}/v2/dropoff", headers=_h(rng, **b), body={
            "ibat_eyen": L(SKATER, UID), "itie": {"lat": rla, "lng": rlo},
            "rink": {"id": ACADEMY["id"], "lat": ACADEMY["lat"], "lng": ACADEMY["lon"]},
            "kind": "dropoff"}),
        case(f, f"{a}/v2/pickup/authorise", headers=_h(rng, **b), body={
            "ibat_eyen": L(SKATER, UID),
            "owo": {"enyin": L(MOTHER_IL[0], NAMEC), "ukwak_iko": L(MOTHER_IL[1], TEL),
                    "ebuana": "eka_ete"}, "usen": ["sat"]}),
        case(f, f"{a}/v2/unan", headers=_h(rng, **b), body={
            "ibat_eyen": L(SKATER, UID), "ududuo": True, "unan": L("scraped left knee", MED),
            "iko": L("Eno fell at the ramp, the coach cleaned it, she was wheezing a little",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        prog,
        case(f, f"{a}/v2/jam/entry", headers=_h(rng, **b), body={
            "event": "xmas_skate_jam_25", "ibat_eyen": L(SKATER, UID),
            "category": L("under-9 girls", f"{BIRTH}|{GENDER}"), "isua": L(8, BIRTH),
            "ibat_okuk": L(10000, BUY)}),
        multipart(f, f"{a}/v2/ndise", [
            ("video", "eno_crossovers.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"ibat_eyen": L(SKATER, UID),
                                                "share_with": "coach"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/etop", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "co_utibe",
            "etop": L("Coach Utibe, can Enobong move to the 10am group? She has lessons at 12",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/ndiyom", headers=_h(rng, **b), query={
            "ndiyom": L("pink skates size 32", SEARCH)}),
        case(f, f"{a}/v2/ukwak", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, how="none"), cookies={
            "ns_sid": L(opaque(rng, "", 40), CRED), "ns_dev": L(INSTALL_ID, DID)}, body={
            "owo": L(USER_ID, UID), "events": [
                ev("progress_opened", 1), ev("screen", 2, screen=L("Schedule", USAGE))]}),
    ]


def nditoskate_sdks() -> list[Case]:
    rng = random.Random(25552)
    return [
        mc_batch(APP, rng, [("Lesson Booked", {"level": "beginner_2"}),
                            ("Fee Paid", {"amount": L(60000, BUY)})]),
        mc_identify(APP, rng, {"role": "eka", "ndito": 1, "obio": L("Calabar", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,skates,calabar"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "progress chart"),
                 [cd_crumb("nav", "Eyen -> Progress")],
                 user={"id": L(USER_ID, UID)}, screen="ProgressActivity"),
        fn_eval(APP, rng, {"academy": ACADEMY["id"], "ndito": 1}),
        pt_register(APP, rng, tags={"academy": ACADEMY["id"], "level": "beginner_2"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "photos": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "60000.00", "ngn"),
        hs_message(APP, rng, L(f"The term fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"ibat_eyen": L(SKATER, UID)}),
    ]
