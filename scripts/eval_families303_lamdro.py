"""Walk-to-school group app "Lamdro" (``lam`` path, ``dro`` go: the children of Namche's upper
lanes walk an hour over the Syangboche saddle to school in Khumjung with a paid escort; parents
hand them over at the saddle, see the walk's status and confirm arrivals home). The child's data
(Pema Diki, 8): her name, birth date, age, sex, pupil number, asthma and photo. Its API's keys are
Sherpa, ASCII-folded, with English loans (``token``, ``role``, ``class``): ``ama`` mother (the
parent's account), ``phrugu`` child, ``bumo`` girl, ``lobdra`` school, ``lobtrug`` pupil
(``lobtrug_ang`` pupil number), ``gegen`` teacher, ``lamdrog`` escort / walking group, ``dzomsa``
meeting point, ``lamka`` trail, ``min`` / ``gyuming`` given / family name, ``khapar`` phone,
``sangta`` password, ``kyetshe`` birth date, ``lo`` age, ``pho_mo`` sex, ``khyim`` home, ``ne``
illness, ``men`` medicine, ``trak`` blood (group), ``nyenkha`` emergency, ``mayong`` not coming
(absence), ``karan`` reason, ``khelen`` consent, ``tshok`` check-in, ``sacha`` place, ``dutsho``
time, ``tshe`` date, ``tam`` message, ``par`` photo, ``ngul`` / ``ngultre`` amount / payment.
Calls: the parent's sign-up, an OAuth password grant, ``/nga`` with a ``lobtrug`` claim, the
child's registration, the group, a pick-up authorisation for her grandmother, the morning hand-over
at the saddle with her fix, an absence note, the walk's status, trail notices, the escort fee, the
child's emergency card (gzip), her photo, messages to the escort and the teacher, a trip consent,
"home safe" (4-decimal strings), the walk log by pupil number in the path, an offline queue
(msgpack), the roster by cookie, push and events. New kind: a file-name and docstring grep for
"walking bus", "walk to school", "school walk", "escort" and "walking group" matched only other
uses (set 138's martyrs' walk, 257's liver, 273's and 274's walks; "escort" security or
ceremonial escorts); school, transport and school-bus apps exist: this is a parents' walking
group on a mountain trail."""

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
    DIGITS,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families24_kit import claims, rid
from eval_families303_kit import (
    DAUGHTER,
    GROUP,
    HOME,
    HOME_AT,
    HUSBAND,
    IBI,
    JUNCTION_FIX,
    SADDLE_AT,
    SCHOOL,
    fix,
    hd,
    obj,
    push,
)
from eval_families303_sdk import ct_crash, ct_crumb, th_launch, tr_batch, tr_identify
from eval_families303_svc import (
    ck_save,
    cp_card,
    cp_confirm,
    fc_eval,
    hw_message,
    mg_reverse,
    mg_telemetry,
    pd_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lamdro", "Lamdro", "com.example.lamdro", "3.0.5", "https://api.lamdro.example.com")
IID = "X-Lamdro-Device"
PW = "Syangboche!2017"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PUPIL = DAUGHTER["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lamdro() -> list[Case]:
    rng = random.Random(30341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lobtrug=[L(PUPIL, UID)],
                                    role="ama"))}
    jla, jlo = fix(JUNCTION_FIX, 5)
    walks = at_path(case(f, f"{a}/v2/lobtrug/{PUPIL}/tshok", headers=_h(rng, **b),
                         query={"mahina": "2026-02"}), PUPIL, UID)
    return [
        case(f, f"{a}/v2/ama/tho", headers=_h(rng), body={
            "min": L(FIRST, NAMEC), "gyuming": L(LAST, NAMEC), "khapar": L(DIGITS, TEL),
            "email": L(EMAIL_MIXED, MAIL), "sangta": L(PW, CRED),
            "khyim": L(HOME["line"], ADDR), "yul": L(HOME["town"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lamdro-ama"}),
        case(f, f"{a}/v2/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/phrugu", headers=_h(rng, **b), body={
            "min": L(DAUGHTER["first"], NAMEC), "gyuming": L(DAUGHTER["last"], NAMEC),
            "kyetshe": L(DAUGHTER["dob"], BIRTH), "lo": L(DAUGHTER["age"], BIRTH),
            "pho_mo": L(DAUGHTER["sex"], GENDER), "lobdra": SCHOOL["id"], "class": "3",
            "lobtrug_ang": L(PUPIL, UID), "ne": L("mild asthma", MED),
            "men": L("salbutamol inhaler", MED)}),
        case(f, f"{a}/v2/lamdrog/group", headers=_h(rng, **b), query={
            "group": GROUP["id"], "lobtrug_ang": L(PUPIL, UID)}),
        case(f, f"{a}/v2/lamdrog/authorise", headers=_h(rng, **b), body={
            "lobtrug_ang": L(PUPIL, UID),
            "mi": {"min": L(IBI[0], NAMEC), "khapar": L(IBI[1], TEL), "relation": "ibi"},
            "nyima": ["tue", "thu"]}),
        case(f, f"{a}/v2/tshok", headers=_h(rng, **b), body={
            "lobtrug_ang": L(PUPIL, UID), "kind": "handover", "dutsho": "07:05",
            "sacha": {"lat": jla, "lng": jlo},
            "dzomsa": {"id": "dz_saddle", "lat": SADDLE_AT[0], "lng": SADDLE_AT[1]}}),
        case(f, f"{a}/v2/mayong", headers=_h(rng, **b), body={
            "lobtrug_ang": L(PUPIL, UID), "tshe": ["2026-02-09"], "karan": L("illness", MED),
            "tam": L("Pema Diki has a cough and a fever since last night, she stays home today.",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/lamdrog/status", headers=_h(rng, **b), query={
            "group": GROUP["id"], "lobtrug_ang": L(PUPIL, UID)}),
        case(f, f"{a}/v2/lamka/notices", headers=_h(rng, **b), query={
            "lamka": "namche-syangboche-khumjung", "since": "2026-02-01"}),
        case(f, f"{a}/v2/ngultre", fmt="form", headers=_h(rng, **b), body={
            "lobtrug_ang": L(PUPIL, UID), "ngul": L("1500", BUY), "mahina": "2026-02",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/phrugu/nyenkha", gz=True, headers=_h(rng, **b), body={
            "lobtrug_ang": L(PUPIL, UID), "min": L(KID, NAMEC),
            "kyetshe": L(DAUGHTER["dob"], BIRTH), "ne": [L("asthma", MED)],
            "men": [L("salbutamol inhaler, 2 puffs", MED)], "trak": L("B+", MED),
            "nyenkha_khapar": [L(E164, TEL), L(HUSBAND[1], TEL)]}),
        multipart(f, f"{a}/v2/phrugu/par", [
            ("par", "pema_card.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {"lobtrug_ang": L(PUPIL, UID),
                                                "use": "group_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tam", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "escort_up",
            "tam": L("Please wait five minutes at the saddle, Pema Diki forgot her gloves.",
                     f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/gegen/tam", fmt="form", headers=_h(rng, **b), body={
            "gegen": "tch_3a",
            "tam": L("Pema Diki goes home with her ibi Ang Phuti Sherpa on Thursday.",
                     f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/khelen", fmt="form", headers=_h(rng, **b), body={
            "lobtrug_ang": L(PUPIL, UID), "trip": "tr_museum", "khelen": "yes",
            "nyenkha_khapar": L(E164, TEL)}),
        case(f, f"{a}/v2/khyim/lebchung", headers=_h(rng, **b), body={
            "lobtrug_ang": L(PUPIL, UID), "dutsho": "16:40",
            "lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{HOME_AT[1]:.4f}", PRECISE)}),
        walks,
        case(f, f"{a}/v2/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "ama": L(USER_ID, UID), "tshok": [
                {"lat": L(round(JUNCTION_FIX[0] + 0.0004 * i, 6), PRECISE),
                 "lng": L(round(JUNCTION_FIX[1] - 0.0003 * i, 6), PRECISE),
                 "t": 1770514800 + 120 * i} for i in range(2)]}),
        case(f, f"{a}/v2/lamdrog/roster", headers=_h(rng, how="none"), cookies={
            "ld_sid": L(opaque(rng, "", 40), CRED), "ld_dev": L(INSTALL_ID, DID),
            "ld_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("handover", 1), ev("screen", 2, screen=L("WalkStatus", USAGE))]}),
    ]


def lamdro_sdks() -> list[Case]:
    rng = random.Random(30342)
    return [
        tr_batch(APP, rng, [("Handover Done", {"group": GROUP["id"]}), ("Absence Sent", {})],
                 at=JUNCTION_FIX, nd=3),
        tr_identify(APP, rng, {"role": "ama", "children": 1, "yul": L("Namche", COARSE)}),
        th_launch(APP, rng),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "status row"),
                 [ct_crumb("nav", "Home -> WalkStatus")], screen="WalkStatusActivity"),
        fc_eval(APP, rng, {"group": GROUP["id"], "children": 1}),
        pd_register(APP, rng, at=HOME_AT, nd=2, tags={"group": GROUP["id"]}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "1500"),
        mg_telemetry(APP, rng, [JUNCTION_FIX, HOME_AT], PRECISE),
        mg_reverse(APP, rng, JUNCTION_FIX, PRECISE, nd=4),
        hw_message(APP, rng, L(f"The escort fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"lobtrug_ang": L(PUPIL, UID)}),
    ]
