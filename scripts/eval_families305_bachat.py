"""A small-savings agency's recurring-deposit app "Bachatsathi" (money: a women's agency in Pali
that opens monthly recurring deposits at the post-office savings bank and collects the
instalments; her mother-in-law's agent opened one for her, with her daughter as nominee). Its
API's keys are Marwari in ASCII with English loans: ``khatedar`` account holder, ``naanv`` name,
``janam_ri_tarikh`` birth date, ``baap_ro_naanv`` father's name, ``thikano`` address, ``sahar``
town, ``khato`` account, ``kisht`` instalment, ``jama`` deposit, ``byaaj`` interest, ``mahina``
months, ``nominee``, ``rishto`` relation, ``sanrakshak`` guardian, ``karaj`` loan, ``karan``
reason, ``raseed`` receipt, ``bakhat`` time, ``mobail``, ``otp``, ``pan``, ``upi``, ``sandeso``
message, ``sodh`` search, ``boli`` language: a mobile and OTP log-in, the KYC (PAN, OCI card),
``/mharo``, the RD opened with her daughter as nominee, a UPI autopay mandate, the first
instalment, the agent's visit to her house, the agent's receipt confirmed, a passbook photo, the
statement by account number in the path, the interest certificate, a loan against the deposit, an
address change, a message to the agent, a search, a base64 JSON preferences cookie, push, events
and a log-out. Set 223 has a unit-trust education plan for a daughter, set 278 a safe-deposit box
and earlier sets savings accounts at banks and cooperatives; this is an agent's monthly deposit
collection."""

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
    E164,
    JPEG,
    MAIL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families305_kit import (
    AGENT,
    DAUGHTER,
    HOME,
    HUSBAND,
    IFSC,
    IN_ACCOUNT,
    OCI,
    PALI_AT,
    PALI_HOME,
    PAN,
    RD_ACCOUNT,
    UPI,
    hd,
    obj,
    push,
)
from eval_families305_sdk import (
    bb_bid,
    bb_notice,
    ck_crash,
    ck_crumb,
    ck_session,
    kj_launch,
    mo_batch,
)
from eval_families305_svc import cn_wallet, cr_check, fg_eval, hj_message, pk_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bachatsathi", "Bachatsathi", "com.example.bachatsathi", "3.0.2",
          "https://api.bachatsathi.example.in")
IID = "X-Bachat-Device"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, hi=True, **kw)


def bachatsathi() -> list[Case]:
    rng = random.Random(30531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobail=L(E164, TEL), khato=L(RD_ACCOUNT, PAY),
                                    agent=AGENT["code"]))}
    stmt = at_path(case(f, f"{a}/v2/khato/{RD_ACCOUNT}/vivaran", headers=_h(rng, **b),
                        query={"su": "2025-04-01", "tak": "2026-01-31"}), RD_ACCOUNT, PAY)
    return [
        case(f, f"{a}/v2/otp/bhejo", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "desh": "US"}),
        case(f, f"{a}/v2/otp/jaancho", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("214580", CRED)}),
        case(f, f"{a}/v2/kyc", headers=_h(rng, **b), body={
            "khatedar": {"naanv": L(f"{FIRST} {LAST}", NAMEC), "janam_ri_tarikh": L(DOB, BIRTH),
                         "baap_ro_naanv": L("John Doe", NAMEC), "email": L(EMAIL_MIXED, MAIL)},
            "pan": L(PAN, NID), "oci_card": L(OCI, NID),
            "thikano": L(HOME["line"], ADDR), "sahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "agent": AGENT["code"]}),
        case(f, f"{a}/v2/mharo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/khato/rd", headers=_h(rng, **b), body={
            "kisht": L(5000, BUY), "mahina": 60, "byaaj_dar": 6.7,
            "khato": L(RD_ACCOUNT, PAY),
            "nominee": {"naanv": L(KID, NAMEC), "janam_ri_tarikh": L(DAUGHTER["dob"], BIRTH),
                        "rishto": "beti",
                        "sanrakshak": {"naanv": L(HUSBAND[0], NAMEC),
                                       "mobail": L(HUSBAND[1], TEL)}}}),
        case(f, f"{a}/v2/autopay", headers=_h(rng, **b), body={
            "khato": L(RD_ACCOUNT, PAY), "upi": L(UPI, PAY),
            "bank_khato": L(IN_ACCOUNT, PAY), "ifsc": IFSC, "tarikh": 5,
            "seema": L(5000, BUY)}),
        case(f, f"{a}/v2/kisht/jama", fmt="form", headers=_h(rng, **b), body={
            "khato": L(RD_ACCOUNT, PAY), "rakam": L("5000", BUY), "mahino": "2025-09",
            "upi": L(UPI, PAY), "utr": L("524819337012", BUY)}),
        case(f, f"{a}/v2/agent/milni", headers=_h(rng, **b), body={
            "agent": AGENT["code"], "bakhat": "2025-10-04T17:30",
            "thikano": L(PALI_HOME["line"], ADDR), "sahar": L(PALI_HOME["town"], COARSE),
            "jagah": {"lat": L(round(PALI_AT[0], 4), "location.precise"),
                      "lng": L(round(PALI_AT[1], 4), "location.precise")},
            "kaam": "passbook entry"}),
        case(f, f"{a}/v2/raseed/pakki", fmt="form", headers=_h(rng, **b), body={
            "raseed": L("BS-R-2025-10-0418", BUY), "rakam": L("5000", BUY),
            "khato": L(RD_ACCOUNT, PAY), "sahi": "haan"}),
        multipart(f, f"{a}/v2/passbook/photu", [
            ("photu", "passbook_p3.jpg", "image/jpeg", L(JPEG + b"\x63", f"{MEDIA}|{PAY}")),
            ("meta", None, "application/json", {"khato": L(RD_ACCOUNT, PAY), "panno": 3})],
            headers=_h(rng, **b)),
        stmt,
        case(f, f"{a}/v2/byaaj/pramanpatra", headers=_h(rng, **b), query={
            "pan": L(PAN, NID), "saal": "2025-26"}),
        case(f, f"{a}/v2/karaj", headers=_h(rng, **b), body={
            "khato": L(RD_ACCOUNT, PAY), "rakam": L(20000, BUY),
            "karan": L("Tanvi ri nisal ri fees ar mallakhamb ro kemp", f"{TEXT}|{NAMEC}"),
            "bhugtaan_khato": L(IN_ACCOUNT, PAY)}),
        case(f, f"{a}/v2/thikano/badlo", headers=_h(rng, **b), body={
            "junno": L(PALI_HOME["line"], ADDR), "navo": L(HOME["line"], ADDR),
            "sahar": L(HOME["town"], COARSE), "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/v2/sandeso", headers=_h(rng, **b), body={
            "kane": AGENT["code"],
            "sandeso": L("Bhabhisa, is mahine ri kisht 10 tarikh ne bharsun, mhe Jodhpur hun",
                         TEXT)}),
        case(f, f"{a}/v2/sodh", headers=_h(rng, **b), query={
            "sodh": L("kisht der su bharni penalty", SEARCH)}),
        case(f, f"{a}/v2/agent/jaankari", headers=_h(rng, **b), query={
            "agent": AGENT["code"], "phone": AGENT["phone"]}),
        case(f, f"{a}/v2/pasand", headers=_h(rng, **b), cookies={
            "bs_sesan": L(opaque(rng, "", 40), CRED),
            "bs_pasand": W({"khato": L(RD_ACCOUNT, PAY), "boli": L("hi", DEV)}, "b64json")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("kisht_jama", 1, mahino="2025-09"),
                ev("screen", 2, screen=L("Passbook", USAGE))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "karan": obj(rng, "lo", 6)}),
    ]


def bachatsathi_sdks() -> list[Case]:
    rng = random.Random(30532)
    return [
        mo_batch(APP, rng, [("RD Opened", {"months": 60}),
                            ("Instalment Paid", {"amount": L(5000, BUY)})],
                 at=PALI_AT, nd=2, locale="hi_IN"),
        kj_launch(APP, rng, first=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="savings,deposit,pali"),
        bb_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "kisht: 5,000"),
                 [ck_crumb("nav", "Khato -> Kisht"), ck_crumb("tap", "jama_karo")],
                 screen="KishtActivity"),
        ck_session(APP, rng, secs=277),
        fg_eval(APP, rng, {"agent": AGENT["code"], "city": L("Pali", COARSE)}),
        pk_register(APP, rng, lang="hi", tags={"agent": AGENT["code"]}),
        cr_check(APP, rng, {"analytics": True}),
        cn_wallet(APP, rng, "5000", L(E164, TEL)),
        hj_message(APP, rng, L("September ri kisht do baar kat gayi", TEXT),
                   {"khato": L(RD_ACCOUNT, PAY)}),
    ]
