"""A cyber-fraud complaint and refund tracker "Thogbanchao" (``thog`` cheating, ``banchao`` save:
a fictional app of the district's cyber police station and its partner banks). In February a
caller "from her bank" said her KYC would lapse; she read him a one-time code and two UPI
transfers left her savings account. Santali keys, ASCII-folded, with the Hindi/Bengali loans of
police and bank talk: ``nutum`` name, ``mobail`` phone, ``uku_sabad`` password, ``janam_maha``
birth date, ``thikana`` address, ``sohor`` town, ``jila`` district, ``parichoy`` identity
document, ``nalis`` complaint, ``nalis_nombor`` complaint number, ``thog_mobail`` the
cheat's number, ``thog_upi`` the cheat's UPI address, ``lenden`` transaction, ``taka`` amount,
``khata`` account, ``saboot`` evidence, ``rok`` freeze, ``ferot`` refund, ``halot`` status,
``thana`` police station, ``katha`` account of what happened, ``khobor`` message, ``panja``
search, ``ghotona`` events. Sign-up (OCI card, tax card), a log-in and its OTP, ``/inak``, the
complaint with the cheat's number and UPI address and her two transactions, a screenshot, the
call recording, the freeze request, the bank SMSes imported (msgpack), the status by complaint
number in the path, a transaction by UTR in the query, a station slot, the refund claim, the
card blocked, a message to the investigating officer, a search, sharing the case with her
brother-in-law, a base64 JSON preferences cookie, push, events and a log-out. A docstring grep
found no "phishing", "cybercrime", "cyber crime" or "cyber fraud" ("fraud" matches fraud
signals and risk SDKs, set 195's agent kiosk has a fraud report inside a mobile-money app)."""

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
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families292_kit import (
    BROTHER_IL,
    COMPLAINT,
    DK_HOME,
    DK_HOME_AT,
    FRAUD_TXNS,
    FRAUDSTER,
    IN_ACCOUNT,
    IN_IFSC,
    OCI,
    PAN,
    STATION,
    TZ,
    UPI,
    hd,
    obj,
)
from eval_families292_sdk import bs_bid, cr_crash, cr_crumb, hp_launch, lk_batch, lk_identify
from eval_families292_svc import cj_save, fd_eval, hg_message, md_route, ps_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("thogbanchao", "Thogbanchao", "com.example.thogbanchao", "1.2.5",
          "https://api.thogbanchao.example.net")
IID = "X-TB-Jontro"
PW = "Sido&Kanhu1855"
NID = "personal.national_id"
DOB_SAT = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def thogbanchao() -> list[Case]:
    rng = random.Random(29241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nalis=L(COMPLAINT, UID)))}
    (u1, t1), (u2, t2) = FRAUD_TXNS
    status = at_path(case(f, f"{a}/v1/nalis/{COMPLAINT}/halot", headers=_h(rng, **b)),
                     COMPLAINT, UID)
    return [
        case(f, f"{a}/v1/bhorti", headers=_h(rng), body={
            "nutum": L(NAME, NAMEC), "mobail": L(E164, TEL), "email": L(EMAIL, MAIL),
            "uku_sabad": L(PW, CRED), "janam_maha": L(DOB_SAT, BIRTH),
            "parichoy": {"kisim": "OCI", "nombor": L(OCI, NID)}, "pan": L(PAN, NID),
            "thikana": L(DK_HOME["line"], ADDR), "sohor": L(DK_HOME["town"], COARSE),
            "jila": L(DK_HOME["district"], COARSE), "pin": L(DK_HOME["pin"], COARSE)}),
        case(f, f"{a}/v1/bolo", fmt="form", headers=_h(rng), body={
            "mobail": L(NATIONAL, TEL), "uku_sabad": L(PW, CRED)}),
        case(f, f"{a}/v1/bolo/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("930418", CRED), "jontro": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/inak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/nalis", headers=_h(rng, **b), body={
            "nalis_nombor": L(COMPLAINT, UID), "thog_kisim": "kyc_call",
            "okte": "2026-02-09T11:42:00+05:30",
            "thog_mobail": L(FRAUDSTER[0], TEL), "thog_upi": L(FRAUDSTER[1], PAY),
            "lenden": [{"utr": L(u1, BUY), "taka": L(int(t1), BUY)},
                       {"utr": L(u2, BUY), "taka": L(int(t2), BUY)}],
            "khata": L(IN_ACCOUNT, PAY), "inak_upi": L(UPI, PAY),
            "katha": L("A man said he was from my bank and my KYC would expire today. I read him "
                       "the code from the SMS and two transfers left my account.", TEXT),
            "thana": STATION["id"]}),
        multipart(f, f"{a}/v1/saboot", [
            ("chobi", "upi_history.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {"nalis": L(COMPLAINT, UID),
                                                "kisim": "screenshot"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/saboot", [
            ("audio", "call_0209_1142.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"nalis": L(COMPLAINT, UID),
                                                "kisim": "call_recording", "seconds": 412})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bank/rok", headers=_h(rng, **b), body={
            "nalis": L(COMPLAINT, UID), "khata": L(IN_ACCOUNT, PAY), "ifsc": IN_IFSC,
            "utr": [L(u1, BUY), L(u2, BUY)], "thog_upi": L(FRAUDSTER[1], PAY)}),
        case(f, f"{a}/v1/lenden/sms", fmt="msgpack", headers=_h(rng, **b), body={
            "nalis": L(COMPLAINT, UID), "sms": [
                {"from": "EX-EXBANK", "t": 1770617580,
                 "body": L(f"Rs.{t1}.00 debited from A/c XX7655 to VPA {FRAUDSTER[1]} UTR "
                           f"{u1[3:]}", f"{TEXT}|{BUY}|{PAY}")},
                {"from": "EX-EXBANK", "t": 1770617700,
                 "body": L(f"Rs.{t2}.00 debited from A/c XX7655 to VPA {FRAUDSTER[1]} UTR "
                           f"{u2[3:]}", f"{TEXT}|{BUY}|{PAY}")}]}),
        status,
        case(f, f"{a}/v1/lenden", headers=_h(rng, **b), query={"utr": L(u1, BUY),
                                                              "nalis": L(COMPLAINT, UID)}),
        case(f, f"{a}/v1/thana/slots", headers=_h(rng, **b), query={
            "thana": STATION["id"], "hilok": "2026-02-12"}),
        case(f, f"{a}/v1/thana/book", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "nalis": L(COMPLAINT, UID), "karon": "statement"}),
        case(f, f"{a}/v1/ferot", headers=_h(rng, **b), body={
            "nalis": L(COMPLAINT, UID), "taka": L(48500, BUY), "khata": L(IN_ACCOUNT, PAY),
            "upi": L(UPI, PAY), "rok_taka": L(23501, BUY), "consent": True}),
        case(f, f"{a}/v1/card/block", fmt="form", headers=_h(rng, **b), body={
            "card_last4": L("4444", PAY), "karon": "compromised", "nalis": L(COMPLAINT, UID)}),
        case(f, f"{a}/v1/khobor", headers=_h(rng, **b), body={
            "ema": "io_dmk_cyber_07",
            "khobor": L(f"Sir, the same number {FRAUDSTER[0]} called my brother-in-law Babulal "
                        "Murmu in Jamtara today with the same KYC story.",
                        f"{TEXT}|{TEL}|{NAMEC}")}),
        case(f, f"{a}/v1/panja", headers=_h(rng, **b), query={
            "q": L("upi fraud money back how many days", SEARCH)}),
        case(f, f"{a}/v1/nalis/share", headers=_h(rng, **b), body={
            "nalis": L(COMPLAINT, UID),
            "sathi": {"nutum": L(BROTHER_IL[0], NAMEC), "mobail": L(BROTHER_IL[1], TEL)},
            "scope": ["halot"]}),
        case(f, f"{a}/v1/settings", headers=_h(rng, how="none"), cookies={
            "tb_sesia": L(opaque(rng, "", 40), CRED),
            "tb_prefs": W({"nalis": L(COMPLAINT, UID), "parsi": L("en", DEV),
                           "okte_tho": L(TZ, DEV)}, "b64json")}),
        case(f, f"{a}/v1/jontro", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "jontro_id": L(INSTALL_ID, DID),
            "parsi": L("en", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/ghotona", gz=True, headers=_h(rng, **b), body={
            "beboharic": L(USER_ID, UID), "ghotona": [
                ev("nalis_filed", 1), ev("screen", 2, screen=L("CaseStatus", USAGE))]}),
        case(f, f"{a}/v1/bahre", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "trace": rid(rng)}),
    ]


def thogbanchao_sdks() -> list[Case]:
    rng = random.Random(29242)
    return [
        lk_batch(APP, rng, [("Complaint Filed", {"kind": "kyc_call"}),
                            ("Evidence Uploaded", {"count": 2})], at=DK_HOME_AT, nd=2),
        lk_identify(APP, rng, {"jila": L("Dumka", COARSE), "nalis": L(COMPLAINT, UID)}),
        hp_launch(APP, rng, first=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="banking,security,upi"),
        cr_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [cr_crumb("nav", "Case -> Evidence"), cr_crumb("tap", "attach_audio")],
                 screen="EvidenceActivity"),
        fd_eval(APP, rng, {"jila": L("Dumka", COARSE), "stage": "filed"}),
        ps_register(APP, rng, tags={"thana": STATION["id"]}),
        cj_save(APP, rng, {"analytics": True, "marketing": False}),
        md_route(APP, rng, [(DK_HOME_AT, PRECISE), ((STATION["lat"], STATION["lon"]), None)],
                 mode="driving"),
        hg_message(APP, rng, L(f"My refund for complaint {COMPLAINT} has no update",
                               f"{TEXT}|{UID}"), {"nalis": L(COMPLAINT, UID)}),
    ]
