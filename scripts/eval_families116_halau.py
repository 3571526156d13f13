"""Hula hālau class-fees app "Halaupay" (she pays for her daughter Ava's classes; the child's
data): the parent's sign-up, a log-in, ``/me`` (a JWT naming the child), the child's profile
(name, birth date, age, allergies, asthma), her photo for the roster card, classes by age,
enrolment, tuition paid, attendance by the child's ID in the path, costume measurements, people
allowed to pick her up, an absence note, a performance video and a chant recording, a message to
the kumu, raffle tickets, a car-pool from the rental, a Play subscription, push, events and the
schedule by a cookie GET (a child cookie)."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families13_kit import M4A
from eval_families17_kit import E164, JPEG, multipart, push_token
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families116_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    HALAU,
    HNL_AT,
    HUSBAND,
    KID,
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
    obj,
)
from eval_families116_sdk import bs_bid, cw_batch, fp_crash, fp_crumb, sc_session
from eval_families116_svc import nu_register, oo_check, pg_card, pg_confirm, sw_eval, tb_attach
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("halaupay", "Halaupay", "com.example.halaupay", "2.3.8",
          "https://api.halaupay.example.com")
IID = "X-Halaupay-Device"
KIDID = KID["id"]
TM = f"{TEXT}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def halaupay() -> list[Case]:
    rng = random.Random(11641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    kid = L(KIDID, UID)
    cls = "papa_keiki_2"
    return [
        case(f, f"{a}/v1/makua", headers=_h(rng, lang=True), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L("Ohana-Hula-88", CRED), "relation": "mother"}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Ohana-Hula-88", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, keiki=[L(KIDID, UID)]))})),
        case(f, f"{a}/v1/keiki", headers=_h(rng, **b), body={
            "id": kid, "firstName": L(KID["first"], NAMEC), "lastName": L(KID["last"], NAMEC),
            "dob": L(KID["dob"], BIRTH), "age": L(KID["age"], BIRTH), "grade": 4,
            "allergies": [L("peanuts", MED)],
            "medical": L("Asthma, inhaler is in her bag", TM), "photoConsent": True}),
        multipart(f, f"{a}/v1/keiki/{KIDID}/photo", [
            ("photo", "ava.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {"use": "roster_card"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/halau/{HALAU['id']}/classes", headers=_h(rng, **b),
             query={"age": L(str(KID["age"]), BIRTH), "term": "spring26"}),
        case(f, f"{a}/v1/enrolments", headers=_h(rng, **b), body={
            "keiki": kid, "class": cls, "term": "spring26", "tuition": L("240.00", BUY),
            "kumu": HALAU["kumu"], "halauPhone": HALAU["phone"]}),
        case(f, f"{a}/v1/invoices/inv_30442/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("240.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "keiki": kid.value}),
        at_path(case(f, f"{a}/v1/keiki/{KIDID}/attendance", headers=_h(rng, **b),
                     query={"term": "spring26"}), KIDID, UID),
        case(f, f"{a}/v1/keiki/{KIDID}/costume", headers=_h(rng, **b), body={
            "heightCm": L(134, FIT), "waistCm": L(58, FIT), "hipsCm": L(66, FIT),
            "fabric": "red palaka", "fee": L("55.00", BUY)}),
        case(f, f"{a}/v1/keiki/{KIDID}/pickup", headers=_h(rng, **b), body={"people": [
            {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "father"},
            {"name": L("Ana Kim", NAMEC), "phone": L("+15550129981", TEL),
             "relation": "family friend"}]}),
        case(f, f"{a}/v1/keiki/{KIDID}/emergency", fmt="form", headers=_h(rng, **b), body={
            "doctor": L("Dr. Noelani Cruz", NAMEC), "doctorPhone": L("+18085550143", TEL),
            "insurer": "Pacific Family Health", "memberId": L("PFH-20914471-02", MED),
            "parentPhone": L(E164, TEL)}),
        case(f, f"{a}/v1/absences", fmt="form", headers=_h(rng, **b), body={
            "keiki": kid.value, "date": "2025-12-16",
            "note": L("She has a fever and a cough, keeping her home", TM)}),
        multipart(f, f"{a}/v1/keiki/{KIDID}/videos", [
            ("video", "hoike.mp4", "video/mp4", L(MP4 + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"class": cls, "song": "Kaulana Na Pua"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/keiki/{KIDID}/oli", [
            ("audio", "oli_practice.m4a", "audio/mp4", L(M4A + b"\x53", MEDIA)),
            ("meta", None, "application/json", {"secs": 42, "class": cls})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "kumu", "class": cls,
            "text": L("Mahalo! She will miss Thursday, we fly to Hilo", TEXT)}),
        case(f, f"{a}/v1/fundraiser/raffle", headers=_h(rng, **b), body={
            "tickets": 10, "amount": L("20.00", BUY), "keiki": kid.value}),
        case(f, f"{a}/v1/carpool", headers=_h(rng, **b), body={
            "class": cls, "seats": 2, "home": {"lat": L(round(HNL_AT[0], 3), PRECISE),
                                                "lon": L(round(HNL_AT[1], 3), PRECISE)}}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "sku": L("halaupay_family_monthly", BUY), "token": L(opaque(rng, "", 56), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "osVersion": L("14", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tuition_paid", 1), ev("video_uploaded", 2, secs=96),
                ev("screen", 3, screen=L("Schedule", USAGE))]}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, how="none"),
             cookies={"hp_session": L(opaque(rng, "", 40), CRED), "hp_keiki": kid,
                      "hp_prefs": W({"keiki": L(KIDID, UID), "lang": L("en-US", DEV),
                                     "tz": L("Pacific/Honolulu", DEV)}, "b64json")}),
        case(f, f"{a}/v1/halau/{HALAU['id']}", headers=_h(rng, **b), query={
            "fields": "address,phone,kumu", "ref": obj(rng, "r", 6)}),
    ]


def halaupay_sdks() -> list[Case]:
    rng = random.Random(11642)
    return [
        cw_batch(APP, rng, [("Tuition Paid", {"amount": L(240.0, BUY)}),
                            ("Keiki Added", {"age": L(KID["age"], BIRTH)})]),
        sc_session(APP, rng, first=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        fp_crash(APP, rng, ("java.lang.OutOfMemoryError", "video transcode"),
                 [fp_crumb("nav", "Keiki -> Videos"), fp_crumb("tap", "upload")],
                 screen="VideoUploadActivity"),
        sw_eval(APP, rng, {"halau": HALAU["id"], "kids": 1}),
        nu_register(APP, rng, tags={"class": cls_tag(), "keiki_age": L(KID["age"], BIRTH)}),
        oo_check(APP, rng, {"analytics": True, "ads": False}),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "240.00"),
        tb_attach(APP, rng, L(JPEG + b"\x54", f"{MEDIA}|{MED}"), "doctor_note.jpg", "image/jpeg"),
    ]


def cls_tag() -> str:
    return "papa_keiki_2"

