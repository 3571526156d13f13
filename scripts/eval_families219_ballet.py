"""A children's ballet school's parent app "Pikin Ballet" (Abigail's Saturday class at a studio
in Aberdeen; its API is English with Krio keys where the school's developer wrote them:
``pikin`` child, ``fos_nem``/``las_nem`` names, ``bon_de`` birth date, ``seks`` sex (``gyal``),
``ayt`` height, ``wes`` waist, ``sayz`` garment size, ``sik`` illness, ``ticha`` teacher,
``klas`` class, ``bukin`` booking, ``pe`` pay, ``moni`` amount, ``mesej`` message, ``pikup``
pick-up, ``tiket`` ticket, ``nem_dem`` names, ``kostum`` costume, ``pikcho`` photo, ``fen``
search, ``imel``, ``fon``, ``paswod``): the parent's sign-up, an OAuth password grant, ``/mi``
with a ``students`` claim, Abigail enrolled (height, asthma, emergency contact), the timetable,
the term booked and paid, attendance by student number in the path, a pick-up authorisation,
a check-in at the studio door, her recital video, the student-card photo, the costume order
(measurements), a message to the teacher (a fever), notices, recital tickets for the family, a
search, the progress report (PDF), preferences by base64 JSON cookie, push and events. No
earlier set has a dance school for a child (a file-name and docstring grep for "ballet" matched
nothing; "dance school" matched sets 87, 174 and 189, adult or music schools)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families219_kit import (
    CUR,
    DAUGHTER,
    HUSBAND,
    MOTHER_IL,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families219_sdk import (
    bs_bid,
    kk_crash,
    kk_crumb,
    lk_batch,
    lk_identify,
    lk_pixel,
    tp_launch,
)
from eval_families219_svc import ck_save, ff_eval, hb_message, ln_card, ln_confirm, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("pikinballet", "Pikin Ballet", "com.example.pikinballet", "1.3.7",
          "https://api.pikinballet.example.com")
IID = "X-PB-Device"
PW = "Abigail2018!Tutu"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
SID = DAUGHTER["student"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def pikinballet() -> list[Case]:
    rng = random.Random(21941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(SID, UID)],
                                    role="parent"))}
    sla, slo = fix(STUDIO_FIX, 5)
    att = at_path(case(f, f"{a}/v1/pikin/{SID}/atendans", headers=_h(rng, **b),
                       query={"tam": "2026-T1"}), SID, UID)
    return [
        case(f, f"{a}/v1/famili/rejista", headers=_h(rng), body={
            "nem": L(f"{FIRST} {LAST}", NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "fon": L(E164, TEL), "paswod": L(PW, CRED), "relashon": "mama"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pikinballet-parent"}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pikin", headers=_h(rng, **b), body={
            "student": L(SID, UID), "fos_nem": L(DAUGHTER["first"], NAMEC),
            "las_nem": L(DAUGHTER["last"], NAMEC), "bon_de": L(DAUGHTER["dob"], BIRTH),
            "seks": L(DAUGHTER["sex"], GENDER), "ayt": L(121, FIT),
            "sik": L("asma, i get inhaler na in bag", f"{TEXT}|{MED}"),
            "emergency": {"nem": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL)},
            "foto_gri": False}),
        case(f, f"{a}/v1/klas", headers=_h(rng, **b), query={
            "studio": STUDIO["id"], "level": "pre-primary", "de": "satide"}),
        case(f, f"{a}/v1/klas/bukin", headers=_h(rng, **b), body={
            "student": L(SID, UID), "klas": "kl_prep_sat10", "tam": "2026-T1",
            "fi": L(1950, BUY), "kurensi": CUR}),
        case(f, f"{a}/v1/pe", fmt="form", headers=_h(rng, **b), body={
            "student": L(SID, UID), "moni": L("1950.00", BUY), "kurensi": CUR,
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        att,
        case(f, f"{a}/v1/pikup", headers=_h(rng, **b), body={
            "student": L(SID, UID),
            "pasin": {"nem": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL),
                      "relashon": "papa"}, "de_dem": ["sat"]}),
        case(f, f"{a}/v1/do/chekin", headers=_h(rng, **b), body={
            "student": L(SID, UID), "ples": {"lat": sla, "lng": slo},
            "studio": {"id": STUDIO["id"], "lat": STUDIO["lat"], "lng": STUDIO["lon"]},
            "kain": "drop"}),
        multipart(f, f"{a}/v1/resital/vidyo", [
            ("vidyo", "abigail_resital.mp4", "video/mp4", L(MP4 + b"\x07", MEDIA)),
            ("meta", None, "application/json", {
                "student": L(SID, UID),
                "kapshon": L("Abigail in fos dans na stej!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/pikin/pikcho", [
            ("pikcho", "abigail_kad.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"student": L(SID, UID), "yus": "student_kad"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kostum/oda", headers=_h(rng, **b), body={
            "student": L(SID, UID), "kostum": "ks_swan_pink", "sayz": "6-7",
            "ayt": L(121, FIT), "wes": L(54, FIT), "moni": L(420, BUY)}),
        case(f, f"{a}/v1/mesej", headers=_h(rng, **b), body={
            "tred": obj(rng, "th"), "to": "ticha_hawa",
            "mesej": L("Miss Hawa, Abigail no go kam Satide, i get fiva an kof",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/notis", headers=_h(rng, **b), query={
            "studio": STUDIO["id"], "klas": "kl_prep_sat10", "sins": "2026-01-01"}),
        case(f, f"{a}/v1/resital/tiket", headers=_h(rng, **b), body={
            "shoh": "sh_resital_2026", "tiket_dem": 3, "moni": L(450, BUY),
            "nem_dem": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                        L(MOTHER_IL[0], NAMEC)]}),
        case(f, f"{a}/v1/fen", headers=_h(rng, **b), query={
            "fen": L("ballet shuz sayz 30", SEARCH)}),
        multipart(f, f"{a}/v1/ripot/ack", [
            ("ripot", "term1_progress.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"student": L(SID, UID),
                                                "sayn": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prefs", headers=_h(rng, how="none"), cookies={
            "pb_seshon": L(opaque(rng, "", 40), CRED),
            "pb_prefs": W({"student": L(SID, UID), "langwej": L("en", DEV), "sms": True},
                          "b64json")}),
        case(f, f"{a}/v1/divays", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ivent", headers=_h(rng, how="none"), cookies={
            "pb_sid": L(opaque(rng, "", 40), CRED), "pb_dev": L(INSTALL_ID, DID)}, body={
            "yuza": L(USER_ID, UID), "ivent_dem": [
                ev("timetable_opened", 1), ev("skrin", 2, skrin=L("Resital", USAGE))]}),
    ]


def pikinballet_sdks() -> list[Case]:
    rng = random.Random(21942)
    return [
        lk_batch(APP, rng, [("Term Booked", {"amount": L(1950, BUY)}),
                            ("Video Uploaded", {"kind": "recital"})]),
        lk_identify(APP, rng, {"rol": "parent", "pikin": 1, "tong": L("Freetown", COARSE)}),
        lk_pixel(APP, rng, "Notice Opened", {"notice": "nt_resital"}),
        tp_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,dance,shoes"),
        kk_crash(APP, rng, ("java.lang.IllegalStateException", "upload cancelled"),
                 [kk_crumb("nav", "Resital -> Upload")], user={"id": L(USER_ID, UID)},
                 screen="UploadActivity"),
        ff_eval(APP, rng, {"studio": STUDIO["id"], "pikin": 1}),
        pp_register(APP, rng, tags={"studio": STUDIO["id"], "klas": "kl_prep_sat10"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ln_card(APP, rng, email=True),
        ln_confirm(APP, rng, "1950.00", "sle"),
        hb_message(APP, rng, L(f"Di tam fi fo {KID} de sho se wi no pe", f"{TEXT}|{NAMEC}"),
                   {"student": L(SID, UID)}),
    ]
