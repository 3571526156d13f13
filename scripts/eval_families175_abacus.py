"""Abacus and mental-arithmetic class app "Manganit" (a Baner centre where her son Aarav, 10,
learns the soroban and flash-anzan; the account is the parent's, the data largely the child's; its
API's keys are Marathi in Latin letters: ``palak`` parent, ``mul`` child, ``vidyarthi_kr`` student
number, ``shala`` school, ``iyatta`` standard, ``star`` level, ``batch``, ``shulk`` fee, ``saraav``
practice, ``prashna`` questions, ``barobar`` correct, ``kali`` keys pressed, ``chachni`` test,
``nikal`` result, ``gun`` marks, ``spardha`` competition, ``janma_dakhla`` birth certificate,
``upasthiti`` attendance, ``ghenari_vyakti`` person collecting the child, ``vargbadal`` batch
change, ``pragati`` progress, plus the set's ``pahila_nav``, ``kulnav``, ``ipatra``,
``bhramandhvani``, ``parvalicha_shabd``, ``janmadinank``, ``stri_purush`` (``mulga`` boy),
``aadhaar_ank``, ``parisar``, ``nagar`` keys): the parent's registration, an OAuth password grant,
``/mi`` with a ``mule`` claim, the child's profile (his Aadhaar), batches, enrolment, the fee by
UPI, his progress by student number in the path, practice with key timings (JSON and an offline
msgpack queue), a protobuf flash-anzan beat, a test result, the state competition (his Aadhaar,
birth certificate PDF), his photo, the gate check-in, a neighbour authorised for pick-up, a message
to the teacher (his new glasses), a search, a batch change, receipts by cookie, push and events.
New: a docstring grep for "abacus" matched nothing; set 123's tabla class (docstring read) is a
different lesson."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    KEYS,
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
    keys,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families175_kit import (
    CLASS_FIX,
    CLASSROOM,
    IN_MOBILE,
    PUNE_HOME,
    SON,
    UPI_ID,
    fix,
    hd,
    obj,
    upkaran,
)
from eval_families175_sdk import (
    bb_bid,
    bb_notice,
    gv_batch,
    gv_identify,
    ss_launch,
    tl_crash,
    tl_crumb,
)
from eval_families175_svc import pw_save, rp_upi, sp_register, sy_message, zf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("manganit", "Manganit", "com.example.manganit", "4.6.0",
          "https://api.manganit.example.com")
IID = "X-Manganit-Device"
PW = "Aarav@Soroban15"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{SON['first']} {SON['last']}"
STU = SON["student"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def manganit() -> list[Case]:
    rng = random.Random(17541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ipatra=L(EMAIL, MAIL), mule=[L(STU, UID)],
                                    bhumika="palak"))}
    gla, glo = fix(CLASS_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(STU, UID)), (2, 4), (3, [(1, 18), (2, 20), (3, 2150)]), (4, L(64, DEV))],
              "", lab)
    prog = at_path(case(f, f"{a}/api/vidyarthi/{STU}/pragati", headers=_h(rng, **b),
                        query={"star": "4"}), STU, UID)
    return [
        case(f, f"{a}/api/palak/nondani", headers=_h(rng), body={
            "palak": {"pahila_nav": L(FIRST, NAMEC), "kulnav": L(LAST, NAMEC),
                      "ipatra": L(EMAIL_MIXED, MAIL), "bhramandhvani": L(IN_MOBILE, TEL)},
            "parvalicha_shabd": L(PW, CRED), "nagar": L(PUNE_HOME["town"], COARSE),
            "parisar": L(PUNE_HOME["area"], COARSE)}),
        case(f, f"{a}/api/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "manganit-palak"}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/mul", headers=_h(rng, **b), body={
            "pahila_nav": L(SON["first"], NAMEC), "kulnav": L(SON["last"], NAMEC),
            "janmadinank": L(SON["dob"], BIRTH), "stri_purush": L(SON["sex"], GENDER),
            "shala": "Example Vidya Mandir, Baner", "iyatta": "5vi",
            "aadhaar_ank": L(SON["aadhaar"], NID), "vidyarthi_kr": L(STU, UID)}),
        case(f, f"{a}/api/batch", headers=_h(rng, **b), query={
            "kendra": CLASSROOM["id"], "star": "4", "var": "shanivar"}),
        case(f, f"{a}/api/pravesh", headers=_h(rng, **b), body={
            "batch": "bt_sat_1030", "vidyarthi_kr": L(STU, UID), "shulk": L(2400, BUY)}),
        case(f, f"{a}/api/shulk/bharna", fmt="form", headers=_h(rng, **b), body={
            "vidyarthi_kr": L(STU, UID), "mahina": "2026-02", "shulk": L("2400.00", BUY),
            "upi_id": L(UPI_ID, PAY), "paddhat": "upi"}),
        prog,
        case(f, f"{a}/api/saraav", headers=_h(rng, **b), body={
            "vidyarthi_kr": L(STU, UID), "star": 4, "prashna": 20, "barobar": 18,
            "vel_sec": 214, "kali": L(keys(rng, "4827193"), KEYS)}),
        case(f, f"{a}/api/saraav/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "vidyarthi_kr": L(STU, UID), "satre": [
                {"satr": obj(rng, "ss"), "barobar": 17, "kali": L(keys(rng, "3906", "row"),
                                                                   KEYS)},
                {"satr": obj(rng, "ss"), "barobar": 19, "kali": L(keys(rng, "7215", "row"),
                                                                   KEYS)}]}),
        raw(f, f"{a}/api/flash/thokda", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/chachni/nikal", headers=_h(rng, **b), body={
            "vidyarthi_kr": L(STU, UID), "chachni": "tst_l4_feb", "gun": 92, "shreni": "A"}),
        case(f, f"{a}/api/spardha", headers=_h(rng, **b), body={
            "spardha": "rajya_2026", "mul": {"nav": L(KID, NAMEC),
                                             "janmadinank": L(SON["dob"], BIRTH),
                                             "aadhaar_ank": L(SON["aadhaar"], NID),
                                             "vidyarthi_kr": L(STU, UID)},
            "palak_nav": L(f"{FIRST} {LAST}", NAMEC), "shulk": L(750, BUY)}),
        multipart(f, f"{a}/api/spardha/janma_dakhla", [
            ("dakhla", "janma_dakhla.pdf", "application/pdf", L(PDF, f"{MEDIA}|{BIRTH}")),
            ("meta", None, "application/json", {"vidyarthi_kr": L(STU, UID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/mul/photo", [
            ("photo", "aarav.jpg", "image/jpeg", L(JPEG + b"\x4d", MEDIA)),
            ("meta", None, "application/json", {"vidyarthi_kr": L(STU, UID),
                                                "vapar": "olakhpatra"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/upasthiti", headers=_h(rng, **b), body={
            "vidyarthi_kr": L(STU, UID), "sthan": {"lat": gla, "lng": glo},
            "kendra": {"lat": CLASSROOM["lat"], "lng": CLASSROOM["lon"]}, "prakar": "sodle"}),
        case(f, f"{a}/api/ghenari_vyakti", headers=_h(rng, **b), body={
            "vidyarthi_kr": L(STU, UID), "nav": L("Smita Kale", NAMEC),
            "bhramandhvani": L("+919881204517", TEL), "nate": "shejari", "var": ["shanivar"]}),
        case(f, f"{a}/api/sandesh", headers=_h(rng, **b), body={
            "prati": "shikshak_l4",
            "sandesh": L("Aarav la ata chashma lagla aahe, tyala pudhchya bakavar basu dya",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/shodh", headers=_h(rng, **b), query={
            "q": L("flash anzan star 4 saraav", SEARCH)}),
        case(f, f"{a}/api/vargbadal", fmt="form", headers=_h(rng, **b), body={
            "vidyarthi_kr": L(STU, UID), "navin_batch": "bt_sun_0900",
            "karan": L("Shalechi vel badalli aahe", TEXT)}),
        case(f, f"{a}/api/pavtya", headers=_h(rng, how="none"), cookies={
            "mg_sesh": L(opaque(rng, "", 40), CRED), "mg_device": L(INSTALL_ID, DID),
            "mg_req": rid(rng)}),
        case(f, f"{a}/api/upkaran", headers=_h(rng, **b), body=upkaran(push_token(rng))),
        case(f, f"{a}/api/ghatana", gz=True, headers=_h(rng, **b), body={
            "vaparkarta": L(USER_ID, UID), "ghatana": [
                ev("practice_done", 1, star=4), ev("screen", 2, screen=L("FlashAnzan", USAGE))]}),
    ]


def manganit_sdks() -> list[Case]:
    rng = random.Random(17542)
    return [
        gv_batch(APP, rng, [("Practice Done", {"level": 4}), ("Fee Paid", {"amount": L(2400,
                                                                                     BUY)})]),
        gv_identify(APP, rng, {"bhumika": "palak", "mule": 1, "nagar": L("Pune", COARSE)}),
        ss_launch(APP, rng),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="abacus,kids,maths"),
        bb_notice(APP, rng, "imp"),
        tl_crash(APP, rng, ("java.lang.ArithmeticException", "divide by zero in timer"),
                 [tl_crumb("nav", "Home -> FlashAnzan"), tl_crumb("tap", "start_button")],
                 screen="FlashAnzanActivity"),
        zf_eval(APP, rng, {"kendra": CLASSROOM["id"], "mule": 1}),
        sp_register(APP, rng, tags={"kendra": CLASSROOM["id"], "star": "4"}),
        pw_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        rp_upi(APP, rng, "2400", L(UPI_ID, PAY)),
        sy_message(APP, rng, L(f"{KID} chi February chi fee don vela kapli", f"{TEXT}|{NAMEC}"),
                   {"vidyarthi_kr": L(STU, UID)}),
    ]


__all__ = ["APP", "manganit", "manganit_sdks"]
