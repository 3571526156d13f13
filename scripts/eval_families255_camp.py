"""A residential prayer camp's app "Edidiong" (``edidiong`` blessing: a fictional Pentecostal camp
on the Ikot Ekpene road outside Uyo where she spends the January week of fasting and prayer with
her daughter). Its API's keys are Efik in ASCII with English where such apps keep it (``email``,
``token``, ``bed``, ``hostel``, ``slot``, ``lat``/``lng``): ``enyin`` first name,
``enyin_ubon`` surname, ``ukwak_iko`` phone, ``iko_ndibe`` password, ``usen_emana`` birth date,
``ufok_abasi`` home church (lit. "house of God"), ``mbuotidem`` faith, ``baptism`` (kept),
``ibat_kamp`` camper number, ``akam`` prayer, ``uwa`` offering, ``udeme_duop`` tithe (lit.
"tenth part"), ``edinyana`` deliverance, ``ndikpan_udia`` fasting (lit. "withholding food"),
``udia`` food, ``ibat_okuk`` amount, ``ukpe`` payment, ``usen`` day, ``ini`` time, ``itie``
place, ``eyen`` child, ``isua`` age (years), ``iko`` words, ``etop`` message, ``ndiyom``
search, ``owo`` user. Calls: registration, a form log-in, ``/ami``, the week's programme, a
hostel bed, its payment, a prayer request, the gate check-in with her fix (4 decimals), a
deliverance session slot, a seed offering, a tithe, a testimony (audio), counselling, the
fasting and meal plan, bus seats from Calabar for her and her daughter, an offline attendance
queue (msgpack), the camper card by number in the path, a sermon search, receipts by cookie,
push, events and a refresh. Church, fellowship, vigil and crusade apps exist (sets 124, 136,
193 among others: a retreat, a vigil with a deliverance crusade); a residential prayer camp's
own app with hostel beds and a fasting week ("prayer camp", "prayer mountain" matched nothing)
is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families255_kit import (
    BED,
    CAMP,
    CAMP_FIX,
    CAMPER,
    CB_HOME_AT,
    DAUGHTER,
    fix,
    hd,
    obj,
    ukwak,
)
from eval_families255_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families255_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("edidiong", "Edidiong", "com.example.edidiong", "1.9.2",
          "https://api.edidiong.example.org")
IID = "X-Edidiong-Ukwak"
PW = "Akam#Edidiong7"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CHURCH = "Living Waters Chapel, State Housing"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, efi=True, **kw)


def edidiong() -> list[Case]:
    rng = random.Random(25541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ibat_kamp=L(CAMPER, UID),
                                    camp=CAMP["id"]))}
    cla, clo = fix(CAMP_FIX, 4)
    card = at_path(case(f, f"{a}/v1/campers/{CAMPER}/card", headers=_h(rng, **b)), CAMPER, UID)
    return [
        case(f, f"{a}/v1/owo", headers=_h(rng), body={
            "enyin": L(FIRST, NAMEC), "enyin_ubon": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "ukwak_iko": L(E164, TEL), "iko_ndibe": L(PW, CRED), "usen_emana": L(DOB, BIRTH),
            "ufok_abasi": L(CHURCH, REL), "mbuotidem": L("Pentecostal", REL),
            "baptism": L("immersion, 2019", REL), "ibat_kamp": L(CAMPER, UID)}),
        case(f, f"{a}/v1/ndiduk", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "iko_ndibe": L(PW, CRED), "ukwak": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/programme", headers=_h(rng, **b), query={
            "camp": CAMP["id"], "week": "2026-W02"}),
        case(f, f"{a}/v1/hostel/bed", headers=_h(rng, **b), body={
            "camp": CAMP["id"], "hostel": "women_4", "bed": L(BED, BUY), "nights": 7,
            "ibat_okuk": L(21000, BUY), "ibat_kamp": L(CAMPER, UID),
            "with_child": True}),
        case(f, f"{a}/v1/ukpe", fmt="form", headers=_h(rng, **b), body={
            "bed": L(BED, BUY), "ibat_okuk": L("21000.00", BUY), "currency": "NGN",
            "ukpe": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/akam", headers=_h(rng, **b), body={
            "akam": L("Pray for my mother-in-law Affiong Archibong, her knee operation in Uyo "
                      "is next week", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "visibility": "prayer_team"}),
        case(f, f"{a}/v1/gate/check_in", headers=_h(rng, **b), body={
            "ibat_kamp": L(CAMPER, UID), "itie": {"lat": cla, "lng": clo},
            "gate": {"lat": CAMP["lat"], "lng": CAMP["lon"]}, "usen": "2026-01-05"}),
        case(f, f"{a}/v1/edinyana/slots", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "session": L("deliverance night", REL),
            "ibat_kamp": L(CAMPER, UID)}),
        case(f, f"{a}/v1/uwa", fmt="form", headers=_h(rng, **b), body={
            "uwa": L("seed offering", REL), "ibat_okuk": L("10000", BUY), "currency": "NGN",
            "ukpe": L(opaque(rng, "pm_", 24), PAY), "anonymous": "false"}),
        case(f, f"{a}/v1/udeme_duop", headers=_h(rng, **b), body={
            "ibat_okuk": L(45000, BUY), "ofiong": "2026-01", "ufok_abasi": L(CHURCH, REL),
            "ibat_kamp": L(CAMPER, UID)}),
        multipart(f, f"{a}/v1/testimony", [
            ("audio", "testimony.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "ibat_kamp": L(CAMPER, UID),
                "iko": L("Testimony: my blood pressure came down after the first week of "
                         "fasting", f"{TEXT}|{REL}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/counselling", headers=_h(rng, **b), body={
            "slot": obj(rng, "cs"), "kind": L("marriage counselling", REL),
            "iko": L("With my husband Etim Asuquo Archibong, he joins on Saturday",
                     f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/ndikpan_udia", headers=_h(rng, **b), body={
            "ibat_kamp": L(CAMPER, UID), "ndikpan_udia": L("dry fast till 3pm", REL),
            "udia": L("no pepper, no salt: high blood pressure", f"{TEXT}|{MED}"),
            "eyen_udia": "child_menu"}),
        case(f, f"{a}/v1/bus/seats", headers=_h(rng, **b), body={
            "route": "calabar_camp", "usen": "2026-01-04", "ini": "07:00",
            "owo": [{"enyin": L(f"{FIRST} {LAST}", NAMEC)},
                    {"enyin": L(KID, NAMEC), "isua": L(8, BIRTH)}],
            "pickup": L("Calabar", COARSE), "ibat_okuk": L(12000, BUY)}),
        case(f, f"{a}/v1/attendance/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "ibat_kamp": L(CAMPER, UID),
            "attended": [{"service": L("dawn prayer", REL), "usen": "2026-01-06"},
                         {"service": L("deliverance night", REL), "usen": "2026-01-07"}],
            "hall": "main_auditorium"}),
        card,
        case(f, f"{a}/v1/sermons", headers=_h(rng, **b), query={
            "ndiyom": L("edinyana ye nsongidem sermon", f"{SEARCH}|{REL}"), "lang": "efi"}),
        case(f, f"{a}/v1/risit", headers=_h(rng, how="none"), cookies={
            "ed_sesion": L(opaque(rng, "", 40), CRED), "ed_ukwak": L(INSTALL_ID, DID),
            "ed_req": rid(rng)}),
        case(f, f"{a}/v1/ukwak", headers=_h(rng, **b), body=ukwak(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "events": [
                ev("bed_booked", 1), ev("screen", 2, screen=L("Programme", USAGE)),
                ev("offering", 3, kind=L("seed offering", REL))]}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ukwak": L(INSTALL_ID, DID)}),
    ]


def edidiong_sdks() -> list[Case]:
    rng = random.Random(25542)
    return [
        mc_batch(APP, rng, [("Bed Booked", {"nights": 7}),
                            ("Service Attended", {"service": L("dawn prayer", REL)})],
                 at=CAMP_FIX, nd=2),
        mc_identify(APP, rng, {"ufok_abasi": L(CHURCH, REL), "ibat_kamp": L(CAMPER, UID),
                               "obio": L("Calabar", COARSE)}),
        mc_pixel(APP, rng, "Devotional Opened", {"day": "2026-01-06"}),
        tn_event(APP, rng, "offering", {"kind": L("seed offering", REL)}, revenue=10000.0,
                 currency="NGN"),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/uwa"),
                 [cd_crumb("nav", "Home -> Uwa"), cd_crumb("tap", "give_button")],
                 screen="OfferingActivity"),
        pt_register(APP, rng, lang="efi", at=CAMP_FIX, nd=2,
                    tags={"camp": CAMP["id"], "mbuotidem": L("Pentecostal", REL)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "10000.00", "ngn"),
        mm_route(APP, rng, [(CB_HOME_AT, PRECISE_), ((CAMP["lat"], CAMP["lon"]), None)],
                 mode="driving"),
        hs_message(APP, rng, L("My seed offering was charged twice", f"{TEXT}|{REL}"),
                   {"ibat_kamp": L(CAMPER, UID)}),
    ]


PRECISE_ = "location.precise"
