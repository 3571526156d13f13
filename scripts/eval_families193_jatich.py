"""A household-employer app "Jatich" (``jatich`` worker: registering and paying their live-in
house help, Caroline Akinyi Atieno, with her statutory deductions). Its API's keys are Dholuo
with English for the statutory words (``kra_pin``, ``nssf``, ``housing_levy``, ``email``,
``token``, ``id``): ``wuon_tich`` employer (lit. "owner of the work"), ``jatich`` / ``jotich``
worker(s), ``winjruok`` contract (lit. "agreement"), ``misara`` salary, ``yweyo`` leave (lit.
"rest"), ``nying`` / ``nying_dhoot`` / ``nying_duto`` first name / surname / full name,
``namba_simu``, ``siri`` password, ``tarik_nywol``, ``namba_kipande`` ID card number,
``kar_dak`` residence, ``boma`` town, ``gweng`` home village, ``wat_machiegni`` next of kin
(lit. "closest relative"), ``picha`` photo, ``pesa`` amount, ``chulo`` pay, ``namba_pesa``
wallet number, ``dwe`` month, ``sa`` hours, ``chiemo_gi_nindo`` board and lodging, ``ngima``
health cover, ``namba_bima`` insurance member number, ``kama_ni`` position, ``ote`` message,
``manyo`` search, ``gir`` device, ``timbe`` events, ``wuok`` log-out: her sign-up (KRA PIN),
log-in (JSON), ``/an``, adding the worker (ID number, KRA PIN, birth date, village, next of kin),
her photo, the contract, the NSSF registration, the salary paid by wallet, the deductions (gzip),
payslips by employer number in the path, a maternity-leave request, the worker's health cover,
a salary advance, clock-ins at the house (msgpack), a message, a search, a reference letter, the
month's summary by cookie, timesheets (JSON Lines), push, events and a log-out. Set 53 had a
nanny-sharing payroll and set 177 a tenancy police registration naming domestic staff; this is an
employer's statutory registration and pay of a house help."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families193_kit import (
    EMPLOYER,
    HELP,
    KE_PHONE,
    KRA_PIN,
    KSM_HOME,
    KSM_HOME_AT,
    gir,
    hd,
    obj,
)
from eval_families193_sdk import (
    kt_crash,
    kt_crumb,
    kw_batch,
    kw_identify,
    lw_event,
    lw_launch,
    ob_bid,
)
from eval_families193_svc import fb_eval, kh_message, op_register, pl_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jatich", "Jatich", "com.example.jatich", "4.0.3", "https://api.jatich.example.com")
IID = "X-Jatich-Gir"
PW = "Milimani!Dala14"
NID = "personal.national_id"
KIN = ("Benta Anyango Atieno", "+254715880263")  # the worker's sister, her next of kin
WORKER = "jt_w_5510a"  # the app's record for the worker (an internal object: negative)
HELP_BIMA = "LBH-50221834-00"  # the worker's cover number (health.medical)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def jatich() -> list[Case]:
    rng = random.Random(19341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, wuon_tich=L(EMPLOYER, UID), email=L(EMAIL, MAIL)))}
    slips = at_path(case(f, f"{a}/api/v3/wuon_tich/{EMPLOYER}/payslips", headers=_h(rng, **b),
                         query={"higa": "2026"}), EMPLOYER, UID)
    return [
        case(f, f"{a}/api/v3/wuon_tich", headers=_h(rng), body={
            "nying": L(FIRST, NAMEC), "nying_dhoot": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "namba_simu": L(KE_PHONE, TEL), "siri": L(PW, CRED), "kra_pin": L(KRA_PIN, NID),
            "kar_dak": L(KSM_HOME["line"], ADDR), "boma": L(KSM_HOME["town"], COARSE),
            "namba_wuon_tich": L(EMPLOYER, UID)}),
        case(f, f"{a}/api/v3/donjo", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "siri": L(PW, CRED)}),
        case(f, f"{a}/api/v3/an", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/jotich", headers=_h(rng, **b), body={
            "nying_duto": L(HELP["name"], NAMEC), "tarik_nywol": L(HELP["dob"], BIRTH),
            "namba_kipande": L(HELP["id"], NID), "kra_pin": L(HELP["pin"], NID),
            "namba_simu": L(HELP["phone"], TEL), "gweng": L("Ndhiwa", COARSE),
            "wat_machiegni": {"nying": L(KIN[0], NAMEC), "namba_simu": L(KIN[1], TEL),
                              "wat": "nyamin"}, "tich": "house_help"}),
        multipart(f, f"{a}/api/v3/jotich/{WORKER}/picha", [
            ("picha", "akinyi.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
            ("meta", None, "application/json", {"use": "profile"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/winjruok", headers=_h(rng, **b), body={
            "jatich": WORKER, "misara": L(18000, BUY), "sa_wiki": 48,
            "chiemo_gi_nindo": True, "chako": "2026-02-01", "wuon_tich": L(EMPLOYER, UID)}),
        case(f, f"{a}/api/v3/nssf/register", headers=_h(rng, **b), body={
            "jatich": WORKER, "namba_nssf": L(HELP["nssf"], NID),
            "namba_kipande": L(HELP["id"], NID), "kra_pin_wuon_tich": L(KRA_PIN, NID)}),
        case(f, f"{a}/api/v3/misara/chulo", fmt="form", headers=_h(rng, **b), body={
            "jatich": WORKER, "namba_pesa": L(HELP["wallet"], TEL), "pesa": L("15530", BUY),
            "dwe": "2026-02", "wuon_tich": L(EMPLOYER, UID), "ref": opaque(rng, "", 12)}),
        case(f, f"{a}/api/v3/deductions", gz=True, headers=_h(rng, **b), body={
            "jatich": WORKER, "dwe": "2026-02", "namba_nssf": L(HELP["nssf"], NID),
            "nssf": L(1080, BUY), "housing_levy": L(270, BUY), "sha": L(495, BUY),
            "paye": L(625, BUY)}),
        case(f, f"{a}/api/v3/misara/risit", headers=_h(rng, **b), query={
            "jatich": WORKER, "dwe": "2026-02", "wuon_tich": L(EMPLOYER, UID)}),
        slips,
        case(f, f"{a}/api/v3/yweyo", headers=_h(rng, **b), body={
            "jatich": WORKER, "kit": L("maternity", SENS), "chako": "2026-06-01", "nindo": 90,
            "ote": L("Akinyi nigi ich mar dweche abich, obiro yweyo e June", f"{TEXT}|{SENS}|"
                     f"{MED}")}),
        case(f, f"{a}/api/v3/ngima", headers=_h(rng, **b), body={
            "jatich": WORKER, "kampuni": "Lake Basin Health Cover",
            "namba_bima": L(HELP_BIMA, MED), "pesa": L(1200, BUY),
            "antenatal": L(True, f"{MED}|{SENS}"), "wat": L(KIN[0], NAMEC)}),
        case(f, f"{a}/api/v3/advance", fmt="form", headers=_h(rng, **b), body={
            "jatich": WORKER, "pesa": L("4000", BUY),
            "ote": L("Fis skul mar wuode e Ndhiwa", TEXT)}),
        case(f, f"{a}/api/v3/clock", fmt="msgpack", headers=_h(rng, **b), body={
            "jatich": WORKER, "timbe": [{"kit": "in", "t": 1770012000},
                                        {"kit": "out", "t": 1770055200}],
            "kama_ni": {"lat": L(round(KSM_HOME_AT[0], 5), PRECISE),
                        "lng": L(round(KSM_HOME_AT[1], 5), PRECISE)}}),
        case(f, f"{a}/api/v3/ote", headers=_h(rng, **b), body={
            "ne": WORKER, "thread": obj(rng, "th"),
            "ote": L("Kawuono Achieng dwogo mapiyo, ted chiemo mar odhiambo mapiyo", TEXT)}),
        case(f, f"{a}/api/v3/manyo", headers=_h(rng, **b), query={
            "q": L("minimum wage domestic worker Kisumu 2026", SEARCH)}),
        case(f, f"{a}/api/v3/reference", headers=_h(rng, **b), body={
            "jatich": WORKER, "ote": L(f"{HELP['name']} osetiyo kodwa kuom higni ariyo maber",
                                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v3/summary", headers=_h(rng, how="none"), cookies={
            "jt_sid": L(opaque(rng, "", 40), CRED), "jt_gir": L(INSTALL_ID, DID),
            "jt_req": obj(rng, "rq")}),
        lines(f, f"{a}/api/v3/timesheets/sync", [
            {"jatich": WORKER, "chieng": "2026-02-02", "sa": 9, "by": L(EMPLOYER, UID)},
            {"jatich": WORKER, "chieng": "2026-02-03", "sa": 8, "by": L(EMPLOYER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/gir", headers=_h(rng, **b), body=gir(push_token(rng))),
        case(f, f"{a}/api/v3/timbe", gz=True, headers=_h(rng, **b), body={
            "jatiyo": L(USER_ID, UID), "timbe": [
                ev("misara_ochul", 1), ev("skrin", 2, skrin=L("Payslips", USAGE))]}),
        case(f, f"{a}/api/v3/wuok", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gir": L(INSTALL_ID, DID)}),
    ]


def jatich_sdks() -> list[Case]:
    rng = random.Random(19342)
    return [
        kw_batch(APP, rng, [("Salary Paid", {"amount": L(15530, BUY)}),
                            ("Payslip Viewed", {})], at=KSM_HOME_AT, nd=2),
        kw_identify(APP, rng, {"boma": L("Kisumu", COARSE), "wuon_tich": L(EMPLOYER, UID),
                               "jotich": 1}),
        lw_launch(APP, rng, user=True),
        lw_event(APP, rng, "salary_paid", {"dwe": "2026-02"}, revenue=15530.0),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="home,family,payroll"),
        kt_crash(APP, rng, ("java.lang.NumberFormatException", "nssf amount"),
                 [kt_crumb("nav", "Misara -> Deductions")], screen="DeductionsActivity"),
        fb_eval(APP, rng, {"jotich": 1, "county": L("Kisumu", COARSE)}),
        op_register(APP, rng, tags={"plan": "household"}),
        pl_wallet(APP, rng, "15530", L(HELP["wallet"], TEL)),
        kh_message(APP, rng, L("The NSSF number for my house help is rejected", TEXT),
                   {"wuon_tich": L(EMPLOYER, UID)}),
    ]
