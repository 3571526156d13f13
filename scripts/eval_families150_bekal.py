"""A primary school's lunch-box and pick-up app "Bekalsekolah" (her son Bima, 8, in class 2 at
a Kotagede primary school; the user is the parent). Unlike the school-fee apps of earlier sets
(100, 106, 128, 132's boarding, 139, 149), it is about the school's catering and the gate: a
weekly lunch-box menu ordered per day, the child's food allergies and a halal note, the canteen
balance, who collects him at the gate (a named adult with a photo), a late pick-up, the
teacher's daily note. The child's data. English keys with Indonesian values."""

from __future__ import annotations

import random
from typing import Any

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
    NAMEC,
    PAY,
    SENS,
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
from eval_families150_kit import (
    GATE_FIX,
    HUSBAND,
    MIL,
    SCHOOL,
    SON,
    fix,
    hd,
    push,
)
from eval_families150_sdk import (
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_launch,
)
from eval_families150_svc import (
    cl_wallet,
    cy_save,
    fn_eval,
    hs_message,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))
FIT, NATID = "health.fitness", "personal.national_id"

APP = App("bekalsekolah", "Bekalsekolah", "com.example.bekalsekolah", "2.8.0",
          "https://api.bekalsekolah.example.net")
IID = "X-Bekal-Install"
PW = "BimaKelas2!bekal"
SID = SON["student"]
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="id", **kw)


def bekalsekolah() -> list[Case]:
    rng = random.Random(15061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), students=[L(SID, UID)]))}
    gla, glo = fix(GATE_FIX, 5)
    menu = at_path(case(f, f"{a}/v1/students/{SID}/menu", headers=_h(rng, **b),
                        query={"week": "2026-W03"}), SID, UID)
    notes = at_path(case(f, f"{a}/v1/students/{SID}/notes", headers=_h(rng, **b)), SID, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "relation": "ibu"}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students/link", headers=_h(rng, **b), body={
            "studentNumber": L(SID, UID), "nisn": L(SON["nisn"], NATID),
            "name": L(KID, NAMEC), "dob": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER),
            "class": "2B", "school": SCHOOL["id"]}),
        case(f, f"{a}/v1/students/{SID}/diet", headers=_h(rng, **b), body={
            "allergies": [L("peanut", MED), L("shrimp", MED)], "epipen": L(True, MED),
            "halal": L(True, SENS), "note": L("Bima gets hives from shrimp paste (terasi)",
                                              f"{TEXT}|{MED}|{NAMEC}")}),
        menu,
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "student": L(SID, UID), "week": "2026-W03",
            "days": {"mon": "nasi_ayam", "tue": "soto", "wed": "bakmi", "thu": "nasi_ayam",
                     "fri": "gudeg_no_chili"}, "total": L(90000, BUY),
            "order": L("BK-26-W03-1187", BUY)}),
        case(f, f"{a}/v1/canteen/topup", fmt="form", headers=_h(rng, **b), body={
            "student": L(SID, UID), "amount": L("50000", BUY), "daily_limit": "10000",
            "method": L(opaque(rng, "pm_", 20), PAY)}),
        case(f, f"{a}/v1/pickup/authorised", headers=_h(rng, **b), body={
            "student": L(SID, UID), "adults": [
                {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "rel": "ayah"},
                {"name": L(MIL[0], NAMEC), "phone": L(MIL[1], TEL), "rel": "eyang"}]}),
        multipart(f, f"{a}/v1/pickup/authorised/photo", [
            ("photo", "eyang.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"student": L(SID, UID),
                                                "name": L(MIL[0], NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pickup/arrived", headers=_h(rng, **b), body={
            "student": L(SID, UID), "at": {"lat": gla, "lon": glo}, "gate": "timur"}),
        case(f, f"{a}/v1/pickup/late", fmt="form", headers=_h(rng, **b), body={
            "student": L(SID, UID), "minutes": "20",
            "reason": L("Stuck at the thalassaemia clinic with his results", f"{TEXT}|{MED}")}),
        notes,
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "student": L(SID, UID), "date": "2026-01-20",
            "reason": L("Bima has a blood test at Klinik Talasemia", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "wali_kelas", "student": L(SID, UID),
            "text": L("Bu guru, Bima forgot his reading book, his father will bring it",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "student": L(SID, UID), "user": L(USER_ID, UID), "since": 1768521600,
            "read": ["nt_1021", "nt_1022"]}),
        case(f, f"{a}/v1/announcements", headers=_h(rng, how="none"),
             query={"school": SCHOOL["id"]},
             cookies={"bs_session": L(opaque(rng, "", 40), CRED),
                      "bs_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/students/{SID}/canteen", headers=_h(rng, **b),
             query={"student": L(SID, UID), "month": "2026-01"}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "student": L(SID, UID), "meal": "soto", "stars": "4",
            "comment": L("He liked the soto but it was too spicy for him", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lunch_ordered", 1), ev("pickup_arrived", 2),
                ev("screen", 3, screen=L("Menu", USAGE))]}),
    ]


def bekalsekolah_sdks() -> list[Case]:
    rng = random.Random(15062)
    return [
        tn_launch(APP, rng, first=True),
        mc_batch(APP, rng, [("Lunch Ordered", {"total": L(90000, BUY)}),
                            ("Pickup Arrived", {})], at=GATE_FIX, nd=3),
        mc_identify(APP, rng, {"childBirthYear": L(2018, BIRTH), "childClass": 2,
                               "city": L("Yogyakarta", COARSE)}),
        cd_crash(APP, rng, ("java.lang.ArrayIndexOutOfBoundsException", "length=5; index=5"),
                 [cd_crumb("nav", "Menu -> Order")], screen="MenuActivity"),
        fn_eval(APP, rng, {"school": SCHOOL["id"]}),
        pt_register(APP, rng, tags={"school": SCHOOL["id"], "class": "2B"}, lang="id"),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "50000", L(E164, TEL)),
        hs_message(APP, rng, L(f"Lunch for {KID} was not delivered on Tuesday",
                               f"{TEXT}|{NAMEC}"), {"student": L(SID, UID)}),
    ]
