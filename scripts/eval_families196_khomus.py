"""A khomus (Sakha jaw harp) smith's workshop and school app "Khomus Uus" (khomus uus, "khomus
smith": a Yakutsk master forges khomuses and teaches children; Sardaana (8) takes lessons, her
mother runs the parent account). Keys Sakha with some Russian and English: ``uoreneechchi``
pupil, ``toroppyt`` parent, ``uruok`` lesson, ``uchuutal`` teacher, ``raspisanie`` timetable,
``bron`` booking, ``suruyuu`` recording, ``dorgoon`` sound, ``analiz``, ``tyas`` tone,
``khomus``, ``matierial``, ``bichik`` engraving, ``kuonkurus`` contest, ``oskuola`` school,
``svid`` birth certificate, ``kelbit`` arrival, ``ylar_kihi`` who collects the child, and the
shared ``aata``, ``familiyata``, ``telefon``, ``kistelen_tyl``, ``toroobut_kun``,
``er_dakhtar`` (``kyys`` girl, ``dakhtar`` woman), ``saas`` age, ``snils``, ``doruobuya``
health, ``aadyrys``, ``kuorat``, ``sakaas`` order, ``suuma``, ``tolobur``, ``kaarta_4``,
``suruk``, ``sanaa``, ``kordoo``, ``sir``, ``teril``, ``tugennar``, ``min``. Music lessons exist
in many sets (harp, duduk, drums, rondalla, gamelan); no earlier set has a jaw harp or a smith
forging the instrument to order (docstring grep for "khomus", "jaw harp"). Calls: the parent's
registration, an OAuth password grant, ``/min`` with a ``uoreneechchi`` claim, Sardaana enrolled
(SNILS, birth certificate, a nickel allergy), her lessons by pupil number in the path, the
timetable, a lesson booked and paid, her practice recording, its tone analysis (the instrument's
spectrum: a negative), a khomus forged to order (msgpack; her name engraved), the order by number
in the path, a contest entry, a message to the teacher (her braces), an arrival at the studio
with her mother's fix, her father as the person who collects her, a search, a review, a
video-lesson token, certificates by cookie, push and events."""

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
    M4A,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families196_kit import (
    DAUGHTER,
    HUSBAND,
    PUPIL,
    SCHOOL,
    YK_HOME,
    YK_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families196_sdk import am_batch, am_identify, ba_bid, ct_crash, ct_crumb, ts_launch
from eval_families196_svc import cc_save, ck_card, ck_confirm, fs_eval, hk_message, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khomusuus", "Khomus Uus", "com.example.khomusuus", "3.0.9",
          "https://api.khomusuus.example.org")
IID = "X-Khomus-Teril"
PW = "Dorgoon#Sardaana17"
NID = "personal.national_id"
ORDER = "KH-0588"  # the forged khomus (financial.purchase)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
STUDIO_FIX = (62.029398, 129.743112)  # her phone at the studio door


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def khomus() -> list[Case]:
    rng = random.Random(19641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    uoreneechchi=[L(PUPIL, UID)], role="toroppyt"))}
    sla, slo = fix(STUDIO_FIX, 5)
    lessons = at_path(case(f, f"{a}/v1/uoreneechchi/{PUPIL}/uruoktar", headers=_h(rng, **b),
                           query={"yi": "2026-02"}), PUPIL, UID)
    order = at_path(case(f, f"{a}/v1/sakaas/{ORDER}/turuk", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/suruttaryy", headers=_h(rng), body={
            "aata": L(FIRST, NAMEC), "familiyata": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "kistelen_tyl": L(PW, CRED),
            "er_dakhtar": L("dakhtar", GENDER), "toroppyt": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "khomus-parent"}),
        case(f, f"{a}/v1/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/uoreneechchi", headers=_h(rng, **b), body={
            "aata": L(DAUGHTER["first"], NAMEC), "familiyata": L(DAUGHTER["last"], NAMEC),
            "toroobut_kun": L(DAUGHTER["dob"], BIRTH), "er_dakhtar": L(DAUGHTER["sex"], GENDER),
            "snils": L(DAUGHTER["snils"], NID), "svid": L(DAUGHTER["birth_cert"], NID),
            "oskuola": "Yakutsk school No. 5",
            "doruobuya": L("nikelge allergiyalaakh", MED), "uoreneechchi": L(PUPIL, UID)}),
        lessons,
        case(f, f"{a}/v1/raspisanie", headers=_h(rng, **b), query={
            "uoreneechchi": L(PUPIL, UID), "uchuutal": "uc_spiridon", "nedelia": "2026-W06"}),
        case(f, f"{a}/v1/uruok/bron", headers=_h(rng, **b), body={
            "uoreneechchi": L(PUPIL, UID), "slot": obj(rng, "sl"), "suuma": L(1500, BUY),
            "studio": SCHOOL["id"]}),
        case(f, f"{a}/v1/tolobur", fmt="form", headers=_h(rng, **b), body={
            "suuma": L("6000.00", BUY), "valyuta": "RUB", "kaarta_4": L("3651", PAY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "abonement": "ab_4uruok"}),
        multipart(f, f"{a}/v1/suruyuu", [
            ("audio", "sardaana_etuud.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "uoreneechchi": L(PUPIL, UID),
                "sanaa": L("Sardaana etuuda, ikkis nedelia", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dorgoon/analiz", headers=_h(rng, **b), body={
            "uoreneechchi": L(PUPIL, UID), "tyas": "G3",
            "spektr": [196.0, 392.1, 588.3, 784.0, 980.6, 1176.2, 1372.9, 1568.4],
            "garmonika_akhsaana": 8, "khomus": "kh_std_g"}),
        case(f, f"{a}/v1/khomus/sakaas", fmt="msgpack", headers=_h(rng, **b), body={
            "sakaas": L(ORDER, BUY), "tyas": "A", "matierial": "bolot",
            "bichik": L(DAUGHTER["first"], NAMEC), "suuma": L(9500, BUY),
            "tierdii": {"aadyrys": L(YK_HOME["line"], ADDR), "kuorat": L("Yakutsk", COARSE)}}),
        order,
        case(f, f"{a}/v1/kuonkurus", headers=_h(rng, **b), body={
            "kuonkurus": "kk_ogo_2026", "aata": L(KID, NAMEC), "saas": L(8, BIRTH),
            "uoreneechchi": L(PUPIL, UID), "nomination": "solo-8-10"}),
        case(f, f"{a}/v1/suruk", headers=_h(rng, **b), body={
            "kimieke": "uc_spiridon",
            "suruk": L("Sardaanaga breket tupputtara, khomustuur kyahar duo?",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/kelbit", headers=_h(rng, **b), body={
            "uoreneechchi": L(PUPIL, UID), "sir": {"lat": sla, "lon": slo},
            "studio": {"id": SCHOOL["id"], "lat": SCHOOL["lat"], "lon": SCHOOL["lon"]},
            "kiine": "ylyy"}),
        case(f, f"{a}/v1/ylar_kihi", headers=_h(rng, **b), body={
            "uoreneechchi": L(PUPIL, UID),
            "kihi": {"aata": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                     "kim": "aga"}, "kunner": ["tue", "fri"]}),
        case(f, f"{a}/v1/kordoo", headers=_h(rng, **b), query={
            "kordoo": L("ogo khomuha 8 saas", SEARCH)}),
        case(f, f"{a}/v1/sanaa", fmt="form", headers=_h(rng, **b), body={
            "studio": SCHOOL["id"], "bal": "5",
            "sanaa": L("Uchuutal olus tulalaakh, kyys uorer", TEXT)}),
        case(f, f"{a}/v1/video/kiir", headers=_h(rng, **b), body={
            "uruok": obj(rng, "ur"), "token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/sertifikat", headers=_h(rng, how="none"), cookies={
            "ku_sid": L(opaque(rng, "", 40), CRED), "ku_dev": L(INSTALL_ID, DID),
            "ku_req": rid(rng)}),
        case(f, f"{a}/v1/teril", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tugennar", headers=_h(rng, **b), body={
            "tuttaachy": L(USER_ID, UID), "tugennar": [
                ev("suruyuu_yytta", 1), ev("ekraan", 2, ekraan=L("Uruoktar", USAGE))]}),
    ]


def khomus_sdks() -> list[Case]:
    rng = random.Random(19642)
    return [
        am_batch(APP, rng, [("Lesson Booked", {"total": L(1500, BUY)}),
                            ("Recording Uploaded", {"secs": 48})], at=YK_HOME_AT, nd=2),
        am_identify(APP, rng, {"role": "toroppyt", "ogo": 1, "kuorat": L("Yakutsk", COARSE)}),
        ts_launch(APP, rng),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,kids,khomus"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [ct_crumb("nav", "Uruoktar -> Suruyuu")], screen="SuruyuuActivity"),
        fs_eval(APP, rng, {"studio": SCHOOL["id"], "ogo": 1}),
        pb_register(APP, rng, tags={"studio": SCHOOL["id"]}),
        cc_save(APP, rng, {"analytics": True, "marketing": False}),
        ck_card(APP, rng),
        ck_confirm(APP, rng, "6000.00"),
        hk_message(APP, rng, L(f"{KID} abonementa ikki tegul surullubut", f"{TEXT}|{NAMEC}"),
                   {"uoreneechchi": L(PUPIL, UID)}),
    ]
