"""A children's epic-recitation studio app "Jangrchi" (a jangarchi recites the Kalmyk epic
Jangar; the studio teaches children the cantos and enters them in the spring contest). The user
is the parent; Kermen (9) is the pupil. Its API's keys are Kalmyk in Latin letters: ``ek``
mother, ``kuukn`` daughter, ``surhulch`` pupil, ``nern`` name, ``ovg`` surname, ``torsn_odr``
birth date, ``nasn`` age, ``pol`` sex (``kuukn`` girl), ``undsn`` nationality (``halmg``
Kalmyk), ``svidetelstvo`` birth certificate (Russian loan), ``utsn`` phone, ``bolg`` canto,
``bichlhn`` recording, ``onts`` marks, ``temtsan`` contest, ``huvtsn`` costume, ``ondr`` height,
``kemjan`` measurement, ``mongn`` amount, ``tolvr`` payment, ``yovdl`` trip, ``ovchn`` illness /
allergy, ``bagsh`` teacher, ``bichg`` message, ``bolzr`` appointment, ``zurg`` photo, ``avch
odh`` pick up, ``hazr`` place, ``haah`` search, ``medulgn`` notices, ``haig`` address,
``balhsn`` city, ``indeks`` post code, ``dasll`` practice; ``snils``, ``token``, ``id``,
``lat``/``lon`` as they are. The parent's log-in (OAuth password grant), ``/bi`` with a pupils
claim, the enrolment (Kermen's SNILS, birth certificate and nationality), the timetable by pupil
number in the path, cantos, a recording of her recital, marks, the contest entry, a costume
(her height and chest), the fee's payment, a trip consent, the health form, a teacher message, a
meeting slot, the contest photo, a pick-up authorisation for her grandmother, a check-in at the
studio, a search, notices, the address, a practice log (msgpack), push and events with a session
cookie. No earlier set has an epic or storytelling school (a docstring grep for "epic",
"jangar" and "storytell" matched nothing; sets 119 and 133 have music schools with recitals)."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    ADDR,
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
from eval_families24_kit import claims
from eval_families202_kit import (
    DAUGHTER,
    HOME,
    MIR,
    MOTHER_IL,
    PUPIL,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families202_sdk import bk_bid, ct_crash, ct_crumb, md_batch, md_identify, tm_launch
from eval_families202_svc import ck_save, ft_eval, hj_message, pg_card, pg_confirm, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jangrchi", "Jangrchi", "com.example.jangrchi", "5.2.1",
          "https://api.jangrchi.example.org")
IID = "X-Jangrchi-Device"
PW = "Bumba!Kermen16"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def jangrchi() -> list[Case]:
    rng = random.Random(20241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), surhulch=[L(PUPIL, UID)],
                                    role="ek"))}
    sla, slo = fix(STUDIO_FIX, 5)
    tt = at_path(case(f, f"{a}/v1/surhulch/{PUPIL}/raspisanie", headers=_h(rng, **b),
                      query={"sar": "2026-03"}), PUPIL, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "jangrchi-parent"}),
        case(f, f"{a}/v1/bi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/surhulch", headers=_h(rng, **b), body={
            "kuukn": {"nern": L(DAUGHTER["first"], NAMEC), "ovg": L(DAUGHTER["last"], NAMEC),
                      "torsn_odr": L(DAUGHTER["dob"], BIRTH), "pol": L(DAUGHTER["sex"], GENDER),
                      "snils": L(DAUGHTER["snils"], NID),
                      "svidetelstvo": L(DAUGHTER["cert"], NID), "undsn": L("halmg", SENS),
                      "keln": ["halmg", "orus"]},
            "ek": {"nern": L(f"{FIRST} {LAST}", NAMEC), "utsn": L(E164, TEL)},
            "surhulch": L(PUPIL, UID), "grupp": "gr_bumba_2"}),
        tt,
        case(f, f"{a}/v1/bolg", headers=_h(rng, **b), query={"grupp": "gr_bumba_2",
                                                             "nasn": "7-10"}),
        multipart(f, f"{a}/v1/bichlhn", [
            ("audio", "bolg_3.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"surhulch": L(PUPIL, UID), "bolg": "bolg_03",
                                                "sec": 184})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/onts", headers=_h(rng, **b), query={
            "surhulch": L(PUPIL, UID), "sar": "2026-02"}),
        case(f, f"{a}/v1/temtsan/burtkl", headers=_h(rng, **b), body={
            "surhulch": L(PUPIL, UID), "nasn": L(9, BIRTH), "katgor": "7-10",
            "bolg": "bolg_03", "mongn": L(1500, BUY), "temtsan": "tm_lagan_2026"}),
        case(f, f"{a}/v1/huvtsn", headers=_h(rng, **b), body={
            "surhulch": L(PUPIL, UID), "ondr": L(134, FIT), "kemjan": {"chest": L(64, FIT),
                                                                       "waist": L(57, FIT)},
            "huvtsn": "tsegdg_red_S", "mongn": L(900, BUY)}),
        case(f, f"{a}/v1/tolvr", fmt="form", headers=_h(rng, **b), body={
            "surhulch": L(PUPIL, UID), "mongn": L("2400.00", BUY), "valut": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kartin_suul": L(MIR[-4:], PAY)}),
        case(f, f"{a}/v1/yovdl/tm_lagan_2026", fmt="form", headers=_h(rng, **b), body={
            "surhulch": L(PUPIL, UID), "zovsharl": "tiim", "ek_utsn": L(E164, TEL),
            "bichg": L("Kermen mashind kuunddg, emiinn avch yovna", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/erul_mend", gz=True, headers=_h(rng, **b), body={
            "surhulch": L(PUPIL, UID), "nern": L(KID, NAMEC), "torsn_odr": L(DAUGHTER["dob"],
                                                                               BIRTH),
            "ovchn": [L("bal (mod)", MED)], "astm": L(False, MED),
            "emch_bichg": L("Kermen bal ideh uga, ukr tosn bolkn", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/bagsh/bichg", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "bagsh_delgr",
            "bichg": L("Delgr bagsh, Kermen gurvdgch bolgan sedklar sursn, bayrlav!",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/bolzr", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "ms"), "surhulch": L(PUPIL, UID), "keln": "halmg"}),
        multipart(f, f"{a}/v1/temtsan/zurg", [
            ("zurg", "kermen_card.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"surhulch": L(PUPIL, UID),
                                                "torl": "temtsan_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/avch_odh", headers=_h(rng, **b), body={
            "surhulch": L(PUPIL, UID),
            "kun": {"nern": L(MOTHER_IL["name"], NAMEC), "utsn": L(MOTHER_IL["phone"], TEL),
                    "kem": "eej"}, "odrmud": ["tue", "fri"]}),
        case(f, f"{a}/v1/hazr/checkin", headers=_h(rng, **b), body={
            "surhulch": L(PUPIL, UID), "hazr": {"lat": sla, "lon": slo},
            "studio": {"id": STUDIO["id"], "lat": STUDIO["lat"], "lon": STUDIO["lon"]},
            "torl": "avch_odh"}),
        case(f, f"{a}/v1/haah", headers=_h(rng, **b), query={
            "haah": L("Jangr gurvdgch bolg audio bagshin", SEARCH)}),
        case(f, f"{a}/v1/medulgn", headers=_h(rng, **b), query={
            "studio": STUDIO["id"], "grupp": "gr_bumba_2", "since": "2026-03-01"}),
        case(f, f"{a}/v1/profil/haig", headers=_h(rng, **b), body={
            "haig": L(HOME["line"], ADDR), "balhsn": L(HOME["town"], COARSE),
            "indeks": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/dasll", fmt="msgpack", headers=_h(rng, **b), body={
            "surhulch": L(PUPIL, UID), "odrmud": [{"odr": f"2026-03-0{i}", "min": 15 + 5 * i}
                                                  for i in range(1, 4)], "bolg": "bolg_03"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "jg_sid": L(opaque(rng, "", 40), CRED), "jg_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("bichlhn_ilgav", 1), ev("screen", 2, screen=L("Bolgud", USAGE))]}),
    ]


def jangrchi_sdks() -> list[Case]:
    rng = random.Random(20242)
    return [
        md_batch(APP, rng, [("Recording Sent", {"canto": 3}),
                            ("Fee Paid", {"amount": L(2400, BUY)})]),
        md_identify(APP, rng, {"role": "ek", "children": 1, "balhsn": L("Elista", COARSE)}),
        tm_launch(APP, rng),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,music,culture"),
        ct_crash(APP, rng, ("java.io.IOException", "recorder busy"),
                 [ct_crumb("nav", "Bolgud -> Bichlhn")], user={"id": L(USER_ID, UID)},
                 screen="RecorderActivity"),
        ft_eval(APP, rng, {"studio": STUDIO["id"], "children": 1}),
        ps_register(APP, rng, tags={"studio": STUDIO["id"], "grupp": "gr_bumba_2"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "2400.00"),
        hj_message(APP, rng, L(f"The contest fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"surhulch": L(PUPIL, UID)}),
    ]
