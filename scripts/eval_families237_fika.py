"""A credit bureau's consumer app "Fikalelei" ("a good number"; Suva; she checks her own credit
file before a car loan and disputes a loan she never took). Its API's keys are Rotuman,
ASCII-folded as a Suva developer types them (glottal stops and vowel marks dropped), mixed with
the English words such APIs keep (``token``, ``id``, ``score``, ``loan``) and English loans
spelled the Rotuman way: ``asa_mua`` first name (lit. "front name"), ``asa_kainaga`` surname
(the kin group's name), ``imel`` e-mail, ``telefon`` phone, ``faeag_nusura`` password (lit. "door
word", a coinage), ``ran_fanau`` birth date, ``ut_noho`` address (lit. "place of living"),
``hanua`` town, ``pasport`` passport, ``pemit_noho`` residence permit, ``fika_taks`` tax number,
``fika_mem`` member number, ``tala`` amount, ``totogi`` payment, ``garue`` work, ``rogrog``
message, ``rae`` search (lit. "look"), ``jaja`` picture, ``hual`` month: sign-up, log-in, an SMS
code, ``/ou`` ("you"), the identity quiz, the report, the score history, a dispute with a
statement photo, a freeze with its PIN, a lender's access, alerts, the premium plan paid, the
report PDF by member number in the path, her work, a message, a receipt by cookie, a lender
search, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families237_kit import (
    FJ_NET,
    LOAN_ACCT,
    MEMBER,
    PASSPORT,
    RESIDENCE,
    SUVA_HOME,
    TIN,
    TZ,
    hd,
    obj,
    push,
)
from eval_families237_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families237_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("fikalelei", "Fikalelei", "com.example.fikalelei", "3.6.1",
          "https://api.fikalelei.example.com")
IID = "X-Fika-Device"
PW = "Noaia!Samabula25"
DOB_FJ = "17/05/1991"
NID = "personal.national_id"
CARRIER = "location.carrier"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, rt=True, **kw)


def fikalelei() -> list[Case]:
    rng = random.Random(23701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), fika_mem=L(MEMBER, UID),
                                    plan="lelei_plus"))}
    dispute = obj(rng, "dp")
    lab: dict[str, str] = {}
    pref = pb([(1, L(MEMBER, UID)), (2, 1), (3, [(1, "sms"), (2, L(E164, TEL))]),
               (4, [(1, "imel"), (2, L(EMAIL, MAIL))]), (5, L(TZ, DEV))], "", lab)
    pdf = at_path(case(f, f"{a}/v1/ripot/{MEMBER}/pdf", headers=_h(rng, **b),
                       query={"fau": "2026", "lang": "en"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/regista", headers=_h(rng), body={
            "asa_mua": L(FIRST, NAMEC), "asa_kainaga": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "faeag_nusura": L(PW, CRED),
            "ran_fanau": L(DOB_FJ, BIRTH),
            "ut_noho": {"line": L(SUVA_HOME["line"], ADDR), "area": L(SUVA_HOME["area"], COARSE),
                        "hanua": L(SUVA_HOME["town"], COARSE)},
            "pasport": L(PASSPORT, NID), "pemit_noho": L(RESIDENCE, NID),
            "fika_taks": L(TIN, NID), "fika_mem": L(MEMBER, UID), "konsent": True}),
        case(f, f"{a}/v1/sesion", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "faeag_nusura": L(PW, CRED), "hapa": "1"}),
        case(f, f"{a}/v1/sesion/otp", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("318064", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fakmoa/quiz", headers=_h(rng, **b), body={
            "quiz": obj(rng, "qz"), "tali": [
                {"q": "ut_noho_mua", "a": L(STREET, ADDR)},
                {"q": "telefon_mua", "a": L(DIGITS, TEL)},
                {"q": "loan_mua", "a": "none"}]}),
        multipart(f, f"{a}/v1/fakmoa/pasport", [
            ("jaja", "pasport.jpg", "image/jpeg", L(JPEG + b"\x38", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {
                "pasport": L(PASSPORT, NID), "asa": L(f"{FIRST} {LAST}", NAMEC),
                "ran_fanau": L(DOB_FJ, BIRTH), "nationality": "USA",
                "fika_mem": L(MEMBER, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ripot", headers=_h(rng, **b), query={
            "fika_mem": L(MEMBER, UID), "fomat": "json"}),
        case(f, f"{a}/v1/score/history", headers=_h(rng, **b), query={
            "fika_mem": L(MEMBER, UID), "hual": "12"}),
        case(f, f"{a}/v1/disput", headers=_h(rng, **b), body={
            "disput": dispute, "fika_mem": L(MEMBER, UID), "lender": "Example Finance Fiji",
            "loan_akaun": L(LOAN_ACCT, PAY), "tala": L(4800, BUY),
            "rogrog": L("Gou ke'ea loan te'. I never took this loan, I was on Rotuma all of March "
                        "2025.", TEXT)}),
        multipart(f, f"{a}/v1/disput/{dispute}/jaja", [
            ("jaja", "statement_mar25.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
            ("meta", None, "application/json", {"fika_mem": L(MEMBER, UID), "kind": "bank"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fris", fmt="form", headers=_h(rng, **b), body={
            "fika_mem": L(MEMBER, UID), "pin": L("7302", CRED), "hual": "6"}),
        case(f, f"{a}/v1/lender/konsent", headers=_h(rng, **b), body={
            "lender": "lnd_0418", "purpose": "car_loan", "tala": L(18500, BUY),
            "fika_mem": L(MEMBER, UID), "av_ofi": "2026-03-31"}),
        raw(f, f"{a}/v1/alet", pref, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/plan/totogi", fmt="form", headers=_h(rng, **b), body={
            "plan": "lelei_plus", "tala": L("9.95", BUY), "valuta": "FJD",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "kad_4": L("4444", PAY)}),
        pdf,
        case(f, f"{a}/v1/garue", headers=_h(rng, **b), body={
            "garue": "English tutor", "employer": "Laucala Language Centre",
            "fau_garue": 2, "tala_hual": 2600, "fika_mem": L(MEMBER, UID)}),
        case(f, f"{a}/v1/rogrog", headers=_h(rng, **b), body={
            "to": "support", "rogrog": L(f"My TIN {TIN} shows a wrong birth date, it is 17 May "
                                         "1991", f"{TEXT}|{NID}|{BIRTH}")}),
        case(f, f"{a}/v1/ripot/receipt", headers=_h(rng, how="none"), cookies={
            "fk_sesion": L(opaque(rng, "", 40), CRED), "fk_device": L(INSTALL_ID, DID),
            "fk_req": rid(rng)}),
        case(f, f"{a}/v1/lender/rae", headers=_h(rng, **b), query={
            "rae": L("car loan low interest Suva", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/divais", headers=_h(rng, **b), body={
            **push(push_token(rng)), "network": L(FJ_NET, CARRIER)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("report_viewed", 1), ev("screen", 2, screen=L("Disput", USAGE)),
                ev("plan_paid", 3, tala=L(9.95, BUY))]}),
        case(f, f"{a}/v1/ou/prefs", fmt="form", headers=_h(rng, **b), body={
            "data": W({"fika_mem": L(MEMBER, UID), "lang": L("rtm", DEV),
                       "hanua": L("Suva", COARSE)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v1/sesion/ofi", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def fikalelei_sdks() -> list[Case]:
    rng = random.Random(23702)
    return [
        mc_batch(APP, rng, [("Report Viewed", {"section": "loans"}),
                            ("Dispute Filed", {"amount": L(4800, BUY)})]),
        mc_identify(APP, rng, {"hanua": L("Suva", COARSE), "fika_mem": L(MEMBER, UID),
                               "plan": "lelei_plus"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "subscribe", {"plan": "lelei_plus"}, revenue=9.95, hashed=True),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "pdf viewer detached"),
                 [cd_crumb("nav", "Ripot -> Pdf"),
                  cd_crumb("net", "GET", {"url": f"{APP.api}/v1/ripot",
                                          "status": 200})], screen="PdfActivity"),
        cd_session(APP, rng, secs=392),
        fn_eval(APP, rng, {"plan": "lelei_plus", "country": L("FJ", COARSE)}, hdr=True),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "9.95"),
        hs_message(APP, rng, L(f"Loan {LOAN_ACCT} is not mine, please help",
                               f"{TEXT}|financial.payment"), {"fika_mem": L(MEMBER, UID)}),
    ]
