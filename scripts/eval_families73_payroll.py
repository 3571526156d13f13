"""Domestic-worker payroll "Huishulp": she employs a cleaner, Nomsa Dlamini, two days a week
(the worker is a data subject: her ID number, birth date, phone, address, bank account, sick
leave). Sign-up, log-in, ``/me``, the employer's profile and labour-fund reference, the worker
added with her ID document, her bank account, the contract, a timesheet (msgpack), a payslip
run, the wage payment, the monthly fund declaration, sick leave with a note, the payslip sent
to her phone, an advance, an injury report, a subscription, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families73_kit import CT_HOME_EN, UIF_REF, WORKER, WORKER_BANK, obj
from eval_families73_sdk import av_event, av_session, cl_crash, cl_crumb, gm_batch, gm_pixel, ob_bid
from eval_families73_svc import as_check, cs_message, pm_register, pr_charge, sg_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("huishulp", "Huishulp", "com.example.huishulp", "1.19.2",
          "https://api.huishulp.example.com")
W = WORKER


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-HH-Install", how=how, **kw)


def huishulp() -> list[Case]:
    rng = random.Random(7331)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), employer=True))}
    wid = obj(rng, "wrk", 8)  # the worker's record ID (a negative: she has no account)
    slip = obj(rng, "ps")
    pay_amt = "2640.00"
    return [
        case(f, f"{a}/v1/employers", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Kloof!Payroll24", CRED),
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "mobile": L(E164, TEL)}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L("Kloof!Payroll24", CRED)}),
        case(f, f"{a}/v1/employers/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/employers/me/profile", headers=_h(rng, **b), body={
            "address": {"line1": L(CT_HOME_EN["line1"], ADDR),
                        "suburb": L(CT_HOME_EN["suburb"], COARSE),
                        "city": L(CT_HOME_EN["city"], COARSE),
                        "postcode": L(CT_HOME_EN["postcode"], COARSE)},
            "uifReference": L(UIF_REF, NATID), "employerType": "private_household"}),
        case(f, f"{a}/v1/workers", headers=_h(rng, **b), body={
            "id": wid, "firstName": L(W["first"], NAMEC), "lastName": L(W["last"], NAMEC),
            "idNumber": L(W["id"], NATID), "dateOfBirth": L(W["dob"], BIRTH),
            "gender": L("female", GENDER), "mobile": L(W["phone"], TEL),
            "address": L(W["address"], ADDR), "postcode": L(W["postcode"], COARSE),
            "startDate": "2023-02-01", "occupation": "domestic worker"}),
        multipart(f, f"{a}/v1/workers/{wid}/documents", [
            ("document", "id_book.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"kind": "sa_id", "idNumber": L(W["id"], NATID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/workers/{wid}/bank", fmt="form", headers=_h(rng, **b), body={
            "bank": WORKER_BANK["bank"], "branchCode": L(WORKER_BANK["branch"], PAY),
            "accountNumber": L(WORKER_BANK["account"], PAY), "accountType": "savings",
            "holder": L(W["name"], NAMEC)}),
        case(f, f"{a}/v1/workers/{wid}/contract", headers=_h(rng, **b), body={
            "daysPerWeek": 2, "hoursPerDay": 8, "dailyRate": "330.00", "leaveDays": 15,
            "duties": "cleaning, ironing", "signedByWorker": True}),
        case(f, f"{a}/v1/workers/{wid}/timesheets", fmt="msgpack", headers=_h(rng, **b), body={
            "month": "2025-12", "days": [{"date": f"2025-12-{d:02d}", "hours": 8}
                                         for d in (2, 5, 9, 12)], "overtimeHours": 1.5}),
        case(f, f"{a}/v1/payslips", headers=_h(rng, **b), body={
            "id": slip, "worker": wid, "workerName": L(W["name"], NAMEC),
            "period": "2025-12", "gross": L("2640.00", BUY), "uif": "26.40",
            "net": L("2613.60", BUY), "employerUif": "26.40"}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "payslip": slip, "amount": L("2613.60", BUY),
            "toAccount": L(WORKER_BANK["account"], PAY), "toBranch": L(WORKER_BANK["branch"], PAY),
            "reference": L("Nomsa Dlamini wages Dec", f"{TEXT}|{NAMEC}"),
            "fromMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/uif/declarations", headers=_h(rng, **b), body={
            "employerRef": L(UIF_REF, NATID), "month": "2025-12", "workers": [{
                "idNumber": L(W["id"], NATID), "surname": L(W["last"], NAMEC),
                "remuneration": L(pay_amt, BUY), "hours": 68}]}),
        multipart(f, f"{a}/v1/workers/{wid}/leave", [
            ("note", "sick_note.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{MED}")),
            ("leave", None, "application/json", {
                "kind": "sick", "from": "2025-12-04", "days": 2,
                "reason": L("flu with fever, clinic visit", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/payslips/{slip}/send", fmt="form", headers=_h(rng, **b), body={
            "channel": "whatsapp", "to": L(W["phone"], TEL), "lang": "xh"}),
        case(f, f"{a}/v1/workers/{wid}/advances", headers=_h(rng, **b), body={
            "amount": L("500.00", BUY), "repayMonths": 2,
            "note": L("For Nomsa's son's school uniform", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/workers/{wid}/incidents", headers=_h(rng, **b), body={
            "date": "2025-12-09", "kind": "injury_on_duty",
            "text": L("Nomsa cut her hand on a broken glass, three stitches at the clinic",
                      f"{TEXT}|{MED}"), "clinic": "Khayelitsha CHC"}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "payday": 25, "uifReminder": True, "sms": L(DIGITS, TEL)}),
        case(f, f"{a}/v1/subscription/verify", headers=_h(rng, **b), body={
            "product": L("huishulp_monthly", BUY), "orderId": L("GPA.3361-0041-7712-90215", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV),
            "locale": L("en_ZA", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "employer": L(USER_ID, UID), "events": [
                ev("payslip_created", 1), ev("payment_sent", 2, amount=L(2613.6, BUY)),
                ev("screen", 3, screen=L("UifDeclaration", USAGE))]}),
        case(f, f"{a}/v1/payslips", headers=_h(rng, how="plain"), query={"year": "2025"},
             cookies={"hh_session": L(opaque(rng, "", 40), CRED)}),
    ]


def huishulp_sdks() -> list[Case]:
    rng = random.Random(7332)
    return [
        gm_batch(APP, rng, [("Payslip Created", {"workers": 1}),
                            ("Payment Sent", {"amount": L(2613.6, BUY)})]),
        gm_pixel(APP, rng, "Pricing Viewed", {"plan": "monthly"}),
        av_session(APP, rng, first=True),
        av_event(APP, rng, "subscribe", {"plan": "monthly"}, revenue=79.0, hashed=True),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        cl_crash(APP, rng, ("java.lang.NumberFormatException", "overtime '1,5'"),
                 [cl_crumb("navigation", "Timesheet -> Payslip"),
                  cl_crumb("ui", "submit", {"field": "overtimeHours"})],
                 screen="PayslipActivity", user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)}),
        sg_eval(APP, rng, {"uif_online": True, "workers": 1}),
        pm_register(APP, rng, tags={"payday": "25"}),
        as_check(APP, rng),
        pr_charge(APP, rng, "79.00", "Huishulp monthly"),
        cs_message(APP, rng, L("Nomsa's UIF number isn't showing on her payslip",
                               f"{TEXT}|{NAMEC}"), {"plan": "monthly"}),
    ]
