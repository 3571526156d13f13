"""The daughter's taekwondo school app "Dojang Tasi" (a Tamuning dojang's parents' app; Isabel
trains three evenings a week): its API's keys are CHamoru as a local developer writes them,
with the dojang's Korean words and the English APIs keep: ``naan`` / ``apiyidu`` first name /
surname, ``telefon`` phone, ``kontrasena`` password, ``direksion`` address, ``songsong``
village, ``patgon`` child, ``haanen_mafanagu`` birth date, ``idat`` age, ``sekso`` sex
(``palaoan`` girl), ``minakkat`` weight, ``linekka`` height, ``alerhia`` allergy, ``chetnot``
illness, ``estudiante`` student, ``sinturon`` belt (``ti`` in Korean), ``eksamen`` test,
``torneo`` tournament, ``apas`` payment, ``kantidat`` amount, ``fitma`` signature, ``litratu``
photo, ``mensahi`` message, ``sainan`` parent, ``aligao`` search, ``dobok`` uniform: the parent's
sign-up, a log-in, ``/yo`` with a ``students`` claim, Isabel enrolled (birth date, weight,
height, asthma), the waiver signed, tuition, the class schedule, a drop-off check-in with her fix,
a belt test, a tournament entry (msgpack), a protobuf weigh-in, a uniform order, a sick-day
message, a poomsae video, progress by student number in the path, a carpool with another
parent, a search, receipts by cookie, push and events. No earlier set has a taekwondo school
("taekwondo", "dojang" matched no docstring; sets 45 and 153 have boxing and silat)."""

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
    DID,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
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
from eval_families24_kit import claims, rid
from eval_families226_kit import (
    DAUGHTER,
    DOJANG,
    DOJANG_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    STUDENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families226_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families226_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dojangtasi", "Dojang Tasi", "com.example.dojangtasi", "2.2.6",
          "https://api.dojangtasi.example.com")
IID = "X-Dojang-Device"
PW = "Isabel2015!Kick"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
OTHER_PARENT = ("Leilani Cruz", "+16715550158")  # another parent she types (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dojangtasi() -> list[Case]:
    rng = random.Random(22651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(STUDENT, UID)],
                                    role="sainan"))}
    dla, dlo = fix(DOJANG_FIX, 5)
    lab: dict[str, str] = {}
    weigh = pb([(1, L(STUDENT, UID)), (2, 1769990400), (3, L(DAUGHTER["weight"], FIT)),
                (4, "girls_10_11_light"), (5, DOJANG["id"])], "", lab)
    progress = at_path(case(f, f"{a}/v1/estudiante/{STUDENT}/progreso", headers=_h(rng, **b)),
                       STUDENT, UID)
    return [
        case(f, f"{a}/v1/sainan", headers=_h(rng), body={
            "naan": L(FIRST, NAMEC), "apiyidu": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(NATIONAL, TEL), "kontrasena": L(PW, CRED),
            "direksion": L(HOME["line"], ADDR), "songsong": L(HOME["village"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kontrasena": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/estudiante", headers=_h(rng, **b), body={
            "estudiante": L(STUDENT, UID),
            "patgon": {"naan": L(DAUGHTER["first"], NAMEC), "apiyidu": L(DAUGHTER["last"], NAMEC),
                       "haanen_mafanagu": L(DAUGHTER["dob"], BIRTH),
                       "idat": L(DAUGHTER["age"], BIRTH), "sekso": L("palaoan", GENDER),
                       "minakkat_kg": L(DAUGHTER["weight"], FIT),
                       "linekka_cm": L(DAUGHTER["height"], FIT),
                       "chetnot": L("asthma, carries an inhaler", MED),
                       "alerhia": L("none", MED)},
            "emergency": {"naan": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "klas": "kids_beginner", "dojang": DOJANG["id"]}),
        multipart(f, f"{a}/v1/waiver", [
            ("fitma", "fitma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"estudiante": L(STUDENT, UID),
                                                "waiver": "minor_v3",
                                                "fitma_ni": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/apas/tuition", fmt="form", headers=_h(rng, **b), body={
            "estudiante": L(STUDENT, UID), "mes": "2026-02", "kantidat": L("95.00", BUY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/klas/oran", headers=_h(rng, **b), query={
            "dojang": DOJANG["id"], "klas": "kids_beginner", "simana": "2026-W06"}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "estudiante": L(STUDENT, UID), "lugat": {"lat": dla, "lng": dlo},
            "dojang": {"id": DOJANG["id"], "lat": DOJANG["lat"], "lng": DOJANG["lon"]},
            "qr": obj(rng, "qr")}),
        case(f, f"{a}/v1/eksamen", fmt="form", headers=_h(rng, **b), body={
            "estudiante": L(STUDENT, UID), "sinturon_pago": "yellow", "sinturon_nuebu": "green",
            "fecha": "2026-03-14", "kantidat": L("40", BUY)}),
        case(f, f"{a}/v1/torneo/entry", fmt="msgpack", headers=_h(rng, **b), body={
            "torneo": "trn_island_open_26", "estudiante": L(STUDENT, UID),
            "haanen_mafanagu": L(DAUGHTER["dob"], BIRTH), "minakkat_kg": L(DAUGHTER["weight"], FIT),
            "division": "girls_10_11_light", "events": ["sparring", "poomsae"],
            "kantidat": L(55, BUY)}),
        raw(f, f"{a}/v1/torneo/weigh-in", weigh, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tenda/dobok", headers=_h(rng, **b), body={
            "items": [{"sku": "dobok_130", "size": "130", "kantidat": 1, "presiu": 48},
                      {"sku": "gear_set_s", "kantidat": 1, "presiu": 85}],
            "total": L(133, BUY), "orden": L("DT-O-30912", BUY),
            "entrega": {"direksion": L(HOME["line"], ADDR), "songsong": L(HOME["village"],
                                                                          COARSE)}}),
        case(f, f"{a}/v1/mensahi", headers=_h(rng, **b), body={
            "para": "instructor_kim", "hilo": obj(rng, "th"),
            "mensahi": L("Master Kim, si Isabel ti siña mågi ga'pa sa' malangu, kalentura yan "
                         "asthma", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/video", [
            ("video", "poomsae_taegeuk3.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"estudiante": L(STUDENT, UID),
                                                "poomsae": "taegeuk_3"})],
            headers=_h(rng, **b)),
        progress,
        case(f, f"{a}/v1/carpool", headers=_h(rng, **b), body={
            "klas": "kids_beginner", "haani": ["tue", "thu"],
            "sainan": {"naan": L(OTHER_PARENT[0], NAMEC), "telefon": L(OTHER_PARENT[1], TEL)},
            "pickup": {"direksion": L(HOME["line"], ADDR)}}),
        case(f, f"{a}/v1/aligao", headers=_h(rng, **b), query={
            "q": L("summer camp kids July", SEARCH)}),
        case(f, f"{a}/v1/risibu", headers=_h(rng, how="none"), cookies={
            "dt_sess": L(opaque(rng, "", 40), CRED), "dt_dev": L(INSTALL_ID, DID),
            "dt_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("checkin", 1), ev("screen", 2, screen=L("Torneo", USAGE))]}),
    ]


def dojangtasi_sdks() -> list[Case]:
    rng = random.Random(22652)
    return [
        mc_batch(APP, rng, [("Checked In", {"class": "kids_beginner"}),
                            ("Tuition Paid", {"amount": L(95, BUY)})], at=DOJANG_FIX, nd=2),
        mc_identify(APP, rng, {"role": "parent", "children": 1,
                               "songsong": L(HOME["village"], COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,sports,martial arts"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "belt list"),
                 [cd_crumb("nav", "Estudiante -> Eksamen")], screen="EksamenActivity"),
        fn_eval(APP, rng, {"dojang": DOJANG["id"], "children": 1}),
        pt_register(APP, rng, tags={"dojang": DOJANG["id"], "klas": "kids_beginner"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "95.00", "usd"),
        mm_route(APP, rng, [(HOME_AT, "location.precise"),
                            ((DOJANG["lat"], DOJANG["lon"]), None)]),
        hs_message(APP, rng, L(f"The tournament fee for {KID} was charged twice",
                               f"{TEXT}|{NAMEC}"), {"estudiante": L(STUDENT, UID)}),
    ]
