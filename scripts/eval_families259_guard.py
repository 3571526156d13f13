"""The county's junior-lifeguard summer programme app "Keiki Guard" (Malia, ten, in the
Richardson Ocean Park group; the parent's account). Its API's keys are Hawaii Pidgin with English
where such APIs keep it (``email``, ``zip``, ``token``, ``id``): ``nem`` / ``las_nem`` the
parent's name, ``fone_numbah`` phone, ``pass_wod`` password, ``wea_stay`` address, ``da_town``
town, ``keiki`` child, ``keiki_nem`` / ``keiki_las_nem`` her name, ``bawn`` birth date,
``how_old`` age, ``boy_o_girl`` sex, ``sick_kine`` conditions, ``no_can_eat`` food allergies,
``medisin``, ``doctah``, ``swim_time`` / ``tread_watah`` swim test, ``pickup_who`` people allowed
to collect her, ``emergency_who`` emergency contact, ``pay_um`` / ``hamuch`` payment and amount,
``wea_you_at`` where the phone is, ``mesej`` message, ``no_can_come`` absence, ``pitcha`` photo,
``look_fo`` search, ``kokua`` volunteering): an account, a password grant, ``/me`` with the
child's number in a claim, sessions, the child's registration, her medical form (gzip), the swim
test, the signed waiver, the fee, pick-up people, the emergency contact, a beach check-in with her
fix, the progress page by the child's number in the path, a message to the coach, an absence, a
team photo, competitions and an entry (msgpack), a parent volunteer shift, a search, an offline
sync (JSON Lines), push and events by cookie."""

from __future__ import annotations

import random
from typing import Any

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
    NATIONAL,
    PAY,
    SEARCH,
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
from eval_families24_kit import claims
from eval_families259_kit import (
    BEACH,
    BEACH_FIX,
    DAUGHTER,
    HOME,
    HUSBAND,
    TUTU,
    fix,
    hd,
    obj,
    push,
)
from eval_families259_sdk import bp_bid, cn_crash, cn_crumb, mo_batch, mo_queue, tk_launch
from eval_families259_svc import (
    fp_eval,
    hp_message,
    ol_save,
    pk_register,
    pl_card,
    pl_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("keikiguard", "Keiki Guard", "com.example.keikiguard", "2.2.0",
          "https://api.keikiguard.example.org")
IID = "X-KG-Fone"
PW = "Malia#Lifeguard26"
JG = DAUGHTER["jg"]
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
FIT = "health.fitness"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def keikiguard() -> list[Case]:
    rng = random.Random(25911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), keiki=[L(JG, UID)],
                                    role="makua"))}
    bla, blo = fix(BEACH_FIX, 5)
    progress = at_path(case(f, f"{a}/v2/keiki/{JG}/progress", headers=_h(rng, **b),
                            query={"season": "2026"}), JG, UID)
    return [
        case(f, f"{a}/v2/account", headers=_h(rng), body={
            "nem": L(FIRST, NAMEC), "las_nem": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fone_numbah": L(E164, TEL), "pass_wod": L(PW, CRED),
            "wea_stay": L(HOME["line"], ADDR), "da_town": L(HOME["town"], COARSE),
            "zip": L(HOME["zip"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "keikiguard-android"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sessions", headers=_h(rng, **b), query={
            "beach": BEACH["id"], "week": "2026-W25", "age_group": "9-11"}),
        case(f, f"{a}/v2/keiki", headers=_h(rng, **b), body={
            "keiki_nem": L(DAUGHTER["first"], NAMEC), "keiki_las_nem": L(DAUGHTER["last"], NAMEC),
            "bawn": L(DAUGHTER["dob"], BIRTH), "how_old": L(10, BIRTH),
            "boy_o_girl": L(DAUGHTER["sex"], GENDER), "shirt_size": "YM",
            "school": "Kaumana Elementary", "beach": BEACH["id"], "keiki_id": L(JG, UID)}),
        case(f, f"{a}/v2/keiki/medical", gz=True, headers=_h(rng, **b), body={
            "keiki_id": L(JG, UID), "sick_kine": [L("asthma (mild)", MED)],
            "medisin": [L("albuterol inhaler before swim", MED)],
            "no_can_eat": [L("shellfish", MED)],
            "doctah": {"nem": L("Dr. Leimomi Souza", NAMEC), "fone": L("+18085550388", TEL)},
            "ear_tubes": L(False, MED)}),
        case(f, f"{a}/v2/swim_test", headers=_h(rng, **b), body={
            "keiki_id": L(JG, UID), "swim_time": L(228, FIT), "swim_meters": 200,
            "tread_watah": L(5, FIT), "tester": "lg_0412", "pass": True}),
        multipart(f, f"{a}/v2/waiver", [
            ("signature", "sign.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"keiki_id": L(JG, UID), "form": "jg_2026_v3",
                                                "sign_by": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pay_um", fmt="form", headers=_h(rng, **b), body={
            "keiki_id": L(JG, UID), "hamuch": L("185.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "sibling": "nah"}),
        case(f, f"{a}/v2/pickup_who", headers=_h(rng, **b), body={
            "keiki_id": L(JG, UID), "people": [
                {"nem": L(TUTU[0], NAMEC), "fone": L(TUTU[1], TEL), "who": "tutu"},
                {"nem": L(HUSBAND[0], NAMEC), "fone": L(HUSBAND[1], TEL), "who": "daddy"}]}),
        case(f, f"{a}/v2/emergency_who", fmt="form", headers=_h(rng, **b), body={
            "keiki_id": L(JG, UID), "nem": L(HUSBAND[0], NAMEC), "fone": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v2/check_in", headers=_h(rng, **b), body={
            "keiki_id": L(JG, UID), "wea_you_at": {"lat": bla, "lng": blo},
            "tower": {"id": "tw_3", "lat": BEACH["lat"], "lng": BEACH["lon"]},
            "kind": "drop_off"}),
        progress,
        case(f, f"{a}/v2/mesej", headers=_h(rng, **b), body={
            "to": "coach_east_3", "thread": obj(rng, "th"),
            "mesej": L("Coach, Malia get asthma, her inhaler stay in da red bag by da tower",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/no_can_come", headers=_h(rng, **b), body={
            "keiki_id": L(JG, UID), "day": "2026-06-24",
            "reason": L("sick", MED),
            "note": L("Malia was throwing up last night, she stay home today",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v2/pitcha", [
            ("pitcha", "team.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {
                "album": "east_hawaii_2026",
                "caption": L("Da girls afta da run-swim-run, so proud!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/competitions", headers=_h(rng, **b), query={
            "district": "east_hawaii", "season": "2026"}),
        case(f, f"{a}/v2/competitions/cp_0719/entry", fmt="msgpack", headers=_h(rng, **b), body={
            "keiki_id": L(JG, UID), "events": ["run_swim_run", "paddleboard", "beach_flags"],
            "carpool_seats": 2, "hamuch": L(20, BUY)}),
        case(f, f"{a}/v2/kokua", headers=_h(rng, **b), body={
            "shift": obj(rng, "sh"), "role": "water_station",
            "nem": L(f"{FIRST} {LAST}", NAMEC), "fone_numbah": L(NATIONAL, TEL)}),
        case(f, f"{a}/v2/look_fo", headers=_h(rng, **b), query={
            "look_fo": L("rash guard size chart keiki", SEARCH)}),
        lines(f, f"{a}/v2/sync", [
            {"op": "check_in", "keiki_id": L(JG, UID), "at": {"lat": bla, "lng": blo},
             "t": 1781800200},
            {"op": "sunscreen_ok", "keiki_id": L(JG, UID), "t": 1781800260},
            {"op": "mesej_read", "thread": obj(rng, "th"), "t": 1781800300}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/wat_wen_happen", headers=_h(rng, how="none"), cookies={
            "kg_sesh": L(opaque(rng, "", 40), CRED), "kg_fone": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("swim_test_seen", 1), ev("screen", 2, screen=L("Progress", USAGE))]}),
    ]


def keikiguard_sdks() -> list[Case]:
    rng = random.Random(25912)
    return [
        mo_batch(APP, rng, [("Keiki Registered", {"beach": BEACH["id"]}),
                            ("Fee Paid", {"amount": L(185, BUY)})], at=BEACH_FIX, nd=3),
        mo_queue(APP, rng, [("Check In", {"beach": BEACH["id"]}),
                            ("Photo Viewed", {"album": "east_hawaii_2026"})]),
        tk_launch(APP, rng),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="ocean,keiki,summer"),
        cn_crash(APP, rng, ("java.lang.NullPointerException", "progress row"),
                 [cn_crumb("nav", "Keiki -> Progress")], screen="ProgressActivity"),
        fp_eval(APP, rng, {"beach": BEACH["id"], "keiki": 1}),
        pk_register(APP, rng, tags={"beach": BEACH["id"], "group": "9-11"}),
        ol_save(APP, rng, {"analytics": True, "marketing": False, "photos": True}),
        pl_card(APP, rng),
        pl_confirm(APP, rng, "185.00"),
        hp_message(APP, rng, L(f"Da fee fo {KID} still say unpaid", f"{TEXT}|{NAMEC}"),
                   {"keiki": L(JG, UID)}),
    ]
