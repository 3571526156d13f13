"""Lodge owners' mutual-aid society app "Kyidug" (a Sherpa ``kyidug``, "joy and sorrow": the
Namche lodge owners pay monthly dues into a common fund that lends interest-free to members,
pays out support when a member's family has a death or an illness, and lends its tents and
copper pots for weddings). Its API's keys are Sherpa, ASCII-folded, with Nepali banking loans a
Namche developer uses (``rakam`` amount, ``bhuktani`` payment, ``jamma`` deposit, ``byaj``
interest, ``kisti`` instalment, ``jamani`` guarantor, ``khata`` account, ``karan`` reason,
``tirne`` repay) and English ones (``pin``, ``otp``, ``pan``, ``visa``): ``tsogpa`` member
(``tsogpa_ang`` member number), ``min`` / ``gyuming`` given / family name, ``mobail`` mobile,
``kyetshe`` birth date, ``lamyig`` passport, ``nesa`` residence, ``yul`` town, ``khyoga``
husband, ``bulon`` loan, ``rogram`` support (help), ``shipa`` the departed, ``ne`` illness,
``tsogdu`` meeting, ``sampa`` goods lent, ``dzey`` item, ``kha`` count, ``tshe`` date, ``tam``
message, ``tshol`` search. Calls: joining (passport, visa, PAN, residence), an OTP, a PIN,
``/nga``, the ledger by member number in the path, dues, a bank account linked, a loan request
(gzip) with her brother-in-law as guarantor, the schedule by loan number in the path, a repayment
(msgpack), support for a funeral's rites, support for her own frostbite evacuation (a bill photo),
a meeting RSVP and check-in, the yearly statement by cookie, tents and pots borrowed, a search, a
message to the treasurer, an offline sync (JSON Lines), a re-verification (base64 JSON in a form
field), push and events. Rotating savings groups (sets 88, 112, 124, 133, 142, 150), a SACCO (138),
savings co-operatives (99, 149), a burial society (128), a clan council with a mutual-aid fund
(238) and a union's mutual-aid claims (192) exist; a grep for "kyidug" found nothing: this is a
trade group's fund with interest-free loans, death and illness support and goods lent."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families303_kit import (
    BROTHER_IL,
    HOME,
    HUSBAND,
    KYIDUG,
    MEMBER,
    NP_ACCOUNT,
    PAN,
    PASSPORT,
    VISA,
    hd,
    obj,
    push,
)
from eval_families303_sdk import bk_bid, bk_notice, ct_session, th_launch, tr_batch, tr_queue
from eval_families303_svc import ck_check, cp_wallet, fc_eval, hw_message, pd_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("kyidug", "Kyidug", "com.example.kyidug", "2.3.0", "https://api.kyidug.example.net")
IID = "X-Kyidug-Install"
NID = "personal.national_id"
LOAN = "BL-2026-0147-02"  # her loan's number (financial.purchase, see Calls made)
HALL = {"lat": 27.80402, "lon": 86.71170}  # the culture hall where members meet (a negative)
HALL_FIX = (27.804035, 86.711722)  # her phone at the meeting


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, ne=True, **kw)


def kyidug() -> list[Case]:
    rng = random.Random(30321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tsogpa_ang=L(MEMBER, UID), mobail=L(E164, TEL)))}
    ledger = at_path(case(f, f"{a}/v1/tsogpa/{MEMBER}/khata", headers=_h(rng, **b),
                          query={"lo": "2026"}), MEMBER, UID)
    sched = at_path(case(f, f"{a}/v1/bulon/{LOAN}/kisti", headers=_h(rng, **b)), LOAN, BUY)
    return [
        case(f, f"{a}/v1/tsogpa/zhug", headers=_h(rng), body={
            "min": L(FIRST, NAMEC), "gyuming": L(LAST, NAMEC), "mobail": L(NATIONAL, TEL),
            "email": L(EMAIL, MAIL), "kyetshe": L(DOB, BIRTH), "lamyig": L(PASSPORT, NID),
            "visa": L(VISA, NID), "pan": L(PAN, NID), "nesa": L(HOME["line"], ADDR),
            "yul": L(HOME["town"], COARSE), "ward": L(HOME["ward"], COARSE),
            "tsogpa_ang": L(MEMBER, UID),
            "khyoga": {"min": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("518204", CRED)}),
        case(f, f"{a}/v1/auth/pin", fmt="form", headers=_h(rng), body={
            "tsogpa_ang": L(MEMBER, UID), "pin": L("4826", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/nga", headers=_h(rng, extra=jw)),
        ledger,
        case(f, f"{a}/v1/jamma", fmt="form", headers=_h(rng, **b), body={
            "tsogpa_ang": L(MEMBER, UID), "rakam": L("2000", BUY), "mahina": "2026-01",
            "bhuktani": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/khata/link", headers=_h(rng, **b), body={
            "khata": L(NP_ACCOUNT, PAY), "bank": "Example Bank Nepal", "sakha": "Namche",
            "khata_dhani": L(NAME, NAMEC), "tsogpa_ang": L(MEMBER, UID)}),
        case(f, f"{a}/v1/bulon/request", gz=True, headers=_h(rng, **b), body={
            "tsogpa_ang": L(MEMBER, UID), "bulon": L(LOAN, BUY), "rakam": L(300000, BUY),
            "kisti": 12, "byaj": 0,
            "karan": L("A solar water heater for the lodge before the spring season", TEXT),
            "jamani": {"min": L(BROTHER_IL[0], NAMEC), "mobail": L(BROTHER_IL[1], TEL),
                       "tsogpa_ang": "KYD-THM-0033"}}),
        sched,
        case(f, f"{a}/v1/bulon/tirne", fmt="msgpack", headers=_h(rng, **b), body={
            "bulon": L(LOAN, BUY), "rakam": L(25000, BUY), "khata": L(NP_ACCOUNT, PAY),
            "kisti_no": 1, "ref": rid(rng)}),
        case(f, f"{a}/v1/rogram", headers=_h(rng, **b), body={
            "tsogpa_ang": L(MEMBER, UID), "kind": L("gyewa", SENS),
            "shipa": L("Pasang Dorje Sherpa", NAMEC), "rakam": L(25000, BUY),
            "tam": L("Mingma's uncle Pasang Dorje Sherpa passed away in Pangboche; the gyewa is "
                     "on the 49th day.", f"{TEXT}|{SENS}|{NAMEC}")}),
        multipart(f, f"{a}/v1/rogram/ne", [
            ("bill", "heli_bill.jpg", "image/jpeg", L(JPEG + b"\x63", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "tsogpa_ang": L(MEMBER, UID), "rakam": L(40000, BUY),
                "ne": L("Flown to Kathmandu with frostbite on two toes", f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tsogdu/rsvp", fmt="form", headers=_h(rng, **b), body={
            "tsogdu": obj(rng, "td"), "yong": "1", "tsogpa_ang": L(MEMBER, UID)}),
        case(f, f"{a}/v1/tsogdu/tshok", headers=_h(rng, **b), body={
            "tsogdu": obj(rng, "td"), "sacha": {"lat": L(round(HALL_FIX[0], 4), PRECISE),
                                                "lng": L(round(HALL_FIX[1], 4), PRECISE)},
            "hall": {"lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/v1/statement/2025", headers=_h(rng, how="none"), cookies={
            "kd_session": L(opaque(rng, "", 40), CRED), "kd_device": L(INSTALL_ID, DID),
            "kd_req": rid(rng)}),
        case(f, f"{a}/v1/sampa/ngonzin", headers=_h(rng, **b), body={
            "tsogpa_ang": L(MEMBER, UID),
            "sampa": [{"dzey": "tent_large", "kha": 2}, {"dzey": "copper_pot", "kha": 6}],
            "tshe": ["2026-04-18", "2026-04-20"], "rakam": L(1500, BUY),
            "karan": L("My niece's wedding in Khumjung", TEXT)}),
        case(f, f"{a}/v1/tshol", headers=_h(rng, **b), query={
            "tshol": L("interest free loan rules", SEARCH)}),
        case(f, f"{a}/v1/tam", headers=_h(rng, **b), body={
            "to": "treasurer", "society": KYIDUG["id"],
            "tam": L("Please call me on +1 555 010 0199 about the loan papers, I am in Lukla "
                     "till Friday", f"{TEXT}|{TEL}")}),
        lines(f, f"{a}/v1/sync", [
            {"op": "jamma", "rakam": L(2000, BUY), "tsogpa_ang": L(MEMBER, UID),
             "at": 1767225600},
            {"op": "rsvp", "tsogdu": obj(rng, "td"), "yong": True}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/tsogpa/verify", fmt="form", headers=_h(rng, **b), body={
            "data": W({"tsogpa_ang": L(MEMBER, UID), "pan": L(PAN, NID),
                       "kyetshe": L(DOB, BIRTH)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ne_NP")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("dues_paid", 1), ev("screen", 2, screen=L("LoanSchedule", USAGE))]}),
    ]


def kyidug_sdks() -> list[Case]:
    rng = random.Random(30322)
    return [
        tr_batch(APP, rng, [("Dues Paid", {"amount": L(2000, BUY)}), ("Loan Requested", {})],
                 locale="ne_NP"),
        tr_queue(APP, rng, [("Ledger Viewed", {"year": 2026}), ("Meeting RSVP", {})]),
        th_launch(APP, rng, user=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="loans,lodge,solar"),
        bk_notice(APP, rng, "win"),
        ct_session(APP, rng, secs=388),
        fc_eval(APP, rng, {"society": KYIDUG["id"], "role": "member"}, hdr=True),
        pd_register(APP, rng, lang="ne", tags={"society": KYIDUG["id"]}),
        cp_wallet(APP, rng, "25000", L(HUSBAND[1], TEL)),
        ck_check(APP, rng, {"analytics": True, "ads": False}),
        hw_message(APP, rng, L("My January dues are not on the ledger", TEXT),
                   {"tsogpa_ang": L(MEMBER, UID)}),
    ]
