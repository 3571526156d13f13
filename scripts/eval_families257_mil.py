"""A youth track-and-field club's parent app "Miltomil" (``mil`` run: "Tomil Youth Track", where
their son Leo, 12, runs the 100 m and 400 m and trains on the high school's track in Colonia for
the regional games in Palau; the child's data). Its API's keys are Yapese in ASCII with English
sport words (``split``, ``event``, ``meet``): ``fak`` child (his child), ``fithingan`` first
name, ``fithingan_e_tabinaw`` family name, ``rran_ni_gargeel`` birth date, ``ppin_pumoon`` sex
(``pumoon`` male), ``skul`` school, ``chitiningin`` mother (the guardian), ``imeil`` e-mail,
``telefon`` phone, ``thin_ko_mith`` password, ``mar`` illness, ``falay`` medicine, ``kilo``
weight, ``ngiyal`` time, ``salpiy`` amount, ``pi_salpiy`` payment, ``sasing`` photo, ``thin``
message, ``gay`` search, ``binaw`` village: the parent's sign-up, log-in, ``/me`` with an
``athletes`` claim, the son registered, the medical clearance (photo of the physical form), the
birth certificate (PDF), dues, the schedule, meet results, a pick-up check-in at the track, a
protobuf stopwatch session, the travel consent for Palau (his passport), a fundraiser, a
uniform order (msgpack), a message to the coach, a carpool offer, meet photos, results by
athlete number in the path, a search, a cookie GET, push and events."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families257_kit import (
    ATHLETE,
    CLUB,
    COACH,
    FIELD,
    FIELD_FIX,
    SON,
    YAP_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families257_sdk import bb_bid, cm_crash, cm_crumb, rt_launch, tm_batch, tm_identify
from eval_families257_svc import (
    cs_save,
    ff_eval,
    fp_card,
    fp_confirm,
    ha_message,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("miltomil", "Miltomil", "com.example.miltomil", "5.1.0",
          "https://api.miltomil.example.com")
IID = "X-Miltomil-Device"
PW = "Leo400m!Tomil"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def miltomil() -> list[Case]:
    rng = random.Random(25751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), athletes=[L(ATHLETE, UID)],
                                    role="parent"))}
    fla, flo = fix(FIELD_FIX, 5)
    lab: dict[str, str] = {}
    watch = pb([(1, L(ATHLETE, UID)), (2, "400m"), (3, 1768791600),
                (4, [(1, L(15.8, FIT)), (2, L(31.9, FIT)), (3, L(47.6, FIT)),
                     (4, L(63.1, FIT))]), (5, "5.1.0")], "", lab)
    results = at_path(case(f, f"{a}/v1/athletes/{ATHLETE}/results", headers=_h(rng, **b),
                           query={"season": "2026"}), ATHLETE, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "fithingan": L(FIRST, NAMEC), "fithingan_e_tabinaw": L(LAST, NAMEC),
            "imeil": L(EMAIL, MAIL), "telefon": L(E164, TEL), "thin_ko_mith": L(PW, CRED),
            "binaw": L(YAP_HOME["village"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "imeil": L(EMAIL_UPPER, MAIL), "thin_ko_mith": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/athletes", headers=_h(rng, **b), body={
            "fak": {"fithingan": L(SON["first"], NAMEC),
                    "fithingan_e_tabinaw": L(SON["last"], NAMEC),
                    "rran_ni_gargeel": L(SON["dob"], BIRTH), "ppin_pumoon": L(SON["sex"], GENDER),
                    "skul_id": L(SON["school"], UID), "grade": 7},
            "athlete_id": L(ATHLETE, UID), "club": CLUB["id"], "group": "U14",
            "chitiningin": {"fithingan": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)}}),
        multipart(f, f"{a}/v1/athletes/medical", [
            ("sasing", "physical_form.jpg", "image/jpeg", L(JPEG + b"\x09", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "athlete_id": L(ATHLETE, UID), "mar": L("exercise-induced asthma", MED),
                "falay": L("salbutamol inhaler before races", MED), "kilo": L(41.5, FIT),
                "height_cm": L(152, FIT), "cleared": L(True, MED)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/athletes/documents", [
            ("doc", "birth_certificate.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "athlete_id": L(ATHLETE, UID), "kind": "birth_certificate",
                "cert_no": L("YAP-BC-2013-0611", NID), "rran_ni_gargeel": L(SON["dob"], BIRTH)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dues", fmt="form", headers=_h(rng, **b), body={
            "athlete_id": L(ATHLETE, UID), "season": "2026", "salpiy": L("35.00", BUY),
            "pi_salpiy": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "club": CLUB["id"], "group": "U14", "week": "2026-W04"}),
        case(f, f"{a}/v1/results", headers=_h(rng, **b), body={
            "athlete_id": L(ATHLETE, UID), "meet": "mt_yap_jan", "results": [
                {"event": "100m", "ngiyal": L(13.42, FIT), "place": 2},
                {"event": "400m", "ngiyal": L(63.1, FIT), "place": 1}]}),
        case(f, f"{a}/v1/pickup/checkin", headers=_h(rng, **b), body={
            "athlete_id": L(ATHLETE, UID), "at": {"lat": fla, "lon": flo},
            "field": {"id": FIELD["id"], "lat": FIELD["lat"], "lon": FIELD["lon"]}}),
        raw(f, f"{a}/v1/stopwatch", watch, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/travel/palau/consent", fmt="form", headers=_h(rng, **b), body={
            "athlete_id": L(ATHLETE, UID), "consent": "yes",
            "fak_passport": L("A11873302", NID), "emergency_telefon": L(E164, TEL),
            "salpiy": L("180.00", BUY)}),
        case(f, f"{a}/v1/fundraiser/pledge", headers=_h(rng, **b), body={
            "campaign": "fr_palau_trip", "salpiy": L(25, BUY), "athlete_id": L(ATHLETE, UID),
            "thin": L("From Leo's grandma and us", TEXT)}),
        case(f, f"{a}/v1/uniform", fmt="msgpack", headers=_h(rng, **b), body={
            "athlete_id": L(ATHLETE, UID), "items": [{"sku": "singlet_red", "size": "M"},
                                                     {"sku": "shorts_blk", "size": "M"}],
            "bib_name": "LEO", "salpiy": L(28, BUY)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": {"fithingan": L(COACH[0], NAMEC), "telefon": L(COACH[1], TEL)},
            "thin": L("Leo has a sore knee since Tuesday, can he skip the relay on Saturday?",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/carpool", headers=_h(rng, **b), body={
            "from": L(YAP_HOME["village"], COARSE), "seats": 3, "rran": "2026-01-24",
            "telefon": L(E164, TEL), "ride": obj(rng, "cp")}),
        multipart(f, f"{a}/v1/meets/mt_yap_jan/photos", [
            ("sasing", "finish.jpg", "image/jpeg", L(JPEG + b"\x40", MEDIA)),
            ("meta", None, "application/json", {
                "thin": L("Leo winning the 400 m", f"{TEXT}|{NAMEC}"), "public": False})],
            headers=_h(rng, **b)),
        results,
        case(f, f"{a}/v1/gay", headers=_h(rng, **b), query={
            "gay": L("spikes size 7 Colonia", SEARCH)}),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="none"), cookies={
            "mt_sess": L(opaque(rng, "", 40), CRED), "mt_athlete": L(ATHLETE, UID),
            "mt_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L(INSTALL_ID, DID), "events": [
                ev("results_opened", 1), ev("screen", 2, screen=L("Stopwatch", USAGE))]}),
    ]


def miltomil_sdks() -> list[Case]:
    rng = random.Random(25752)
    return [
        tm_batch(APP, rng, [("Results Opened", {"meet": "mt_yap_jan"}),
                            ("Dues Paid", {"amount": L(35, BUY)})]),
        tm_identify(APP, rng, {"role": "parent", "children": 1, "nam": L("Tomil", COARSE)}),
        rt_launch(APP, rng),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="running,shoes,kids"),
        cm_crash(APP, rng, ("java.lang.NullPointerException", "split row"),
                 [cm_crumb("nav", "Athlete -> Stopwatch")],
                 user={"id": L(USER_ID, UID)}, screen="StopwatchActivity"),
        ff_eval(APP, rng, {"club": CLUB["id"], "children": 1}),
        pp_register(APP, rng, tags={"club": CLUB["id"], "group": "U14"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        fp_card(APP, rng),
        fp_confirm(APP, rng, "35.00"),
        ha_message(APP, rng, L(f"The dues for {KID} show unpaid", f"{TEXT}|{NAMEC}"),
                   {"athlete_id": L(ATHLETE, UID)}),
    ]
