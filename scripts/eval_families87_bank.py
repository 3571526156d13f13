"""Chennai cooperative bank and gold-loan app "Ponvizhi" (its API's keys are romanised Tamil:
``peyar`` name, ``kudumba_peyar`` family name, ``kaipesi`` mobile, ``minnanjal`` e-mail,
``mugavari`` address, ``theru`` street, ``nagaram`` city, ``anjal_kuriyeedu`` PIN code,
``piranda_thethi`` birth date, ``kadavuchol`` password, ``aadhaar_en`` Aadhaar number):
registration, OTP log-in, ``/en-vivaram`` with a JWT, Aadhaar and PAN KYC with a selfie, device
binding (SIM and carrier), balance and statement by account number in the path, a gold-loan
estimate and application (pledged ornaments, a nominee), branches nearby, an EMI paid by UPI, a
transfer to a friend, a cheque book, a complaint, a protobuf risk beacon, push, events and
notifications by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
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
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families87_kit import (
    AADHAAR,
    ACCEPT_IN,
    BRANCH,
    CHN,
    CHN_AT,
    CUST_ID,
    EMERGENCY,
    GOLD_LOAN,
    GOLD_RATE,
    IFSC,
    MPIN,
    PAN,
    PLEDGE,
    SB_ACCT,
    SON,
    TZ,
    UPI,
    gen_id,
)
from eval_families87_sdk import am_event, am_open, ck_crash, ck_crumb, km_batch, km_identify
from eval_families87_svc import kd_eval, kp_upi, mo_register, pt_message, sm_save, vp_search
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    NAME,
    PUBLIC_IP,
    Case,
    J,
    L,
    case,
)

APP = App("ponvizhi", "Ponvizhi", "com.example.ponvizhi.coopbank", "6.3.1",
          "https://mb.ponvizhi.example.com")
IID = "X-Ponvizhi-Saadhanam"
PW = "Marina@Kalangarai7"
DOB_IN = "17-05-1991"
FRIEND_ACCT = ("Lakshmi Raman", "50100228814473", "HDBK0001182")  # the payee (typed by her)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_IN, DEV)
    return h


def _addr() -> dict[str, Any]:
    return {"theru": L(CHN["theru"], ADDR), "nagaram": L(CHN["nagaram"], COARSE),
            "anjal_kuriyeedu": L(CHN["pin"], COARSE), "maanilam": L(CHN["maanilam"], COARSE)}


def ponvizhi() -> list[Case]:
    rng = random.Random(8711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, cust=L(CUST_ID, UID), minnanjal=L(EMAIL, MAIL)))}
    hla, hlo = fix(CHN_AT, 5)
    risk_lab: dict[str, str] = {}
    risk = pb([(1, L(CUST_ID, UID)), (2, L(ANDROID_ID, DID)),
               (3, [(1, L(round(CHN_AT[0], 6), PRECISE)), (2, L(round(CHN_AT[1], 6), PRECISE))]),
               (4, L(PUBLIC_IP, IPLOC)), (5, L(0, DEV)), (6, 1765548000)], "", risk_lab)
    return [
        case(f, f"{a}/v1/padhivu", headers=_h(rng), body={
            "peyar": L(FIRST, NAMEC), "kudumba_peyar": L(LAST, NAMEC), "kaipesi": L(E164, TEL),
            "minnanjal": L(EMAIL_MIXED, MAIL), "piranda_thethi": L(DOB_IN, BIRTH),
            "mugavari": _addr(), "aadhaar_en": L(AADHAAR, NATID), "kadavuchol": L(PW, CRED),
            "moli": L("ta", DEV), "vilambaram_anumathi": False}),
        case(f, f"{a}/v1/otp/anuppu", fmt="form", headers=_h(rng), body={
            "kaipesi": L(DIGITS, TEL), "naadu": "+1", "nokkam": "login"}),
        case(f, f"{a}/v1/otp/sariparka", fmt="form", headers=_h(rng), body={
            "kaipesi": L(E164, TEL), "otp": L("580214", CRED), "saadhanam": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v1/ulnuzhai", headers=_h(rng), body={
            "vadikkaiyalar_en": L(CUST_ID, UID), "kadavuchol": L(PW, CRED),
            "saadhanam": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mpin", fmt="form", headers=_h(rng, **b), body={
            "mpin": L(MPIN, CRED), "uruthi_mpin": L(MPIN, CRED)}),
        case(f, f"{a}/v1/en-vivaram", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/kyc/aadhaar", [
            ("munpakkam", "aadhaar_front.jpg", "image/jpeg", L(JPEG + b"\x87", f"{MEDIA}|{NATID}")),
            ("vivaram", None, "application/json", {
                "aadhaar_en": L(AADHAAR.replace(" ", ""), NATID), "peyar": L(NAME, NAMEC),
                "piranda_thethi": L(DOB_IN, BIRTH), "otp_ref": gen_id(rng, "uid", 12)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/kyc/selfie", [
            ("padam", "selfie.jpg", "image/jpeg", L(JPEG + b"\x88", MEDIA)),
            ("meta", None, "application/json", {
                "liveness": 0.982, "idam": {"lat": hla, "lon": hlo}, "camera": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kyc/pan", fmt="form", headers=_h(rng, **b), body={
            "pan_en": L(PAN, NATID), "peyar": L(NAME.upper(), NAMEC),
            "piranda_thethi": L(DOB_IN, BIRTH)}),
        case(f, f"{a}/v1/saadhanam/inaippu", headers=_h(rng, **b), body={
            "android_id": L(ANDROID_ID, DID), "sim": {"mccmnc": L(MCCMNC, CARRIER),
                                                       "operator": L("Example Mobile", CARRIER),
                                                       "slot": 1},
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "sms_token": L(opaque(rng, "PVB", 20), CRED), "rooted": L(False, DEV)}),
        at_path(case(f, f"{a}/v1/kanakku/{SB_ACCT}/iruppu", headers=_h(rng, **b)), SB_ACCT, PAY),
        at_path(case(f, f"{a}/v1/kanakku/{SB_ACCT}/parivarthanai", query={
            "muthal": "2025-11-01", "varai": "2025-11-30", "page": "1"},
            headers=_h(rng, **b)), SB_ACCT, PAY),
        case(f, f"{a}/v1/thanga-kadan/madhippu", headers=_h(rng, **b), body={
            "vadikkaiyalar_en": L(CUST_ID, UID), "nagaigal": PLEDGE,
            "indraya_vilai": GOLD_RATE, "kettha_thogai": L("150000", BUY), "kaalam_maadham": 12}),
        case(f, f"{a}/v1/thanga-kadan/vinnappam", headers=_h(rng, **b), body={
            "vadikkaiyalar_en": L(CUST_ID, UID), "kilai": BRANCH["code"], "nagaigal": PLEDGE,
            "thogai": L("142500", BUY), "vatti_veetham": "9.25",
            "varugai_neram": "2025-12-15T11:00:00+05:30",
            "niyamanathaarar": {"peyar": L(SON["name"], NAMEC), "uravu": "magan",
                                "piranda_thethi": L(SON["dob"], BIRTH)},
            "kanakku": L(SB_ACCT, PAY)}),
        case(f, f"{a}/v1/kilai/arugil", query={
            "lat": L(f"{CHN_AT[0]:.4f}", PRECISE), "lon": L(f"{CHN_AT[1]:.4f}", PRECISE),
            "aaram_km": "5"}, headers=_h(rng, **b)),
        at_path(case(f, f"{a}/v1/thanga-kadan/{GOLD_LOAN}/thavanai", headers=_h(rng, **b), body={
            "thogai": L("12875.00", BUY), "vazhi": "upi", "upi_mugavari": L(UPI, PAY),
            "kurippu": "December EMI"}), GOLD_LOAN, PAY),
        case(f, f"{a}/v1/nidhi-maatram", headers=_h(rng, **b), body={
            "ilirundhu": L(SB_ACCT, PAY), "perunar_peyar": L(FRIEND_ACCT[0], NAMEC),
            "perunar_kanakku": L(FRIEND_ACCT[1], PAY), "ifsc": L(FRIEND_ACCT[2], PAY),
            "thogai": L("4500.00", BUY), "mpin": L(MPIN, CRED),
            "kurippu": L("Arjun coaching books share", f"{TEXT}|{NAMEC}"), "vagai": "IMPS"}),
        case(f, f"{a}/v1/kaasolai-puthagam", fmt="form", headers=_h(rng, **b), body={
            "kanakku": L(SB_ACCT, PAY), "ifsc": L(IFSC, PAY), "pakkangal": "25",
            "anuppa_mugavari": L(f"{CHN['theru']}, {CHN['nagaram']} {CHN['pin']}", ADDR)}),
        case(f, f"{a}/v1/pugar", headers=_h(rng, **b), body={
            "vagai": "atm", "ticket": gen_id(rng, "cmp", 8),
            "vivaram": L("ATM at Besant Nagar debited Rs 2000 but gave no cash on 9 Dec", TEXT),
            "kaipesi": L(E164, TEL), "avasara_thodarbu": {"peyar": L(EMERGENCY[0], NAMEC),
                                                          "kaipesi": L(EMERGENCY[1], TEL)}}),
        raw(f, f"{a}/v1/abaayam/signal", risk, "application/x-protobuf", risk_lab,
            headers=_h(rng, how="upper", **b)),
        case(f, f"{a}/v1/arivippu/padhivu", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "saadhanam": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "moli": L("ta_IN", DEV), "nera_mandalam": L(TZ, DEV)}),
        case(f, f"{a}/v1/nigazhvugal", gz=True, headers=_h(rng, **b), body={
            "vadikkaiyalar": L(CUST_ID, UID), "nigazhvugal": [
                ev("gold_estimate_viewed", 1, grams=47.6), ev("emi_paid", 2),
                ev("screen", 3, screen=L("ThangaKadanDetail", USAGE))]}),
        case(f, f"{a}/v1/arivippugal", headers=_h(rng, how="none"), cookies={
            "pv_amarvu": L(opaque(rng, "", 40), CRED), "pv_saadhanam": L(INSTALL_ID, DID)}),
    ]



def ponvizhi_sdks() -> list[Case]:
    rng = random.Random(8712)
    return [
        km_batch(APP, rng, [("Gold Estimate Viewed", {"grams": 47.6}),
                            ("EMI Paid", {"mode": "upi"})], at=CHN_AT, nd=2, locale="ta_IN"),
        km_identify(APP, rng, {"segment": "gold_loan", "city": L("Chennai", COARSE),
                               "kyc": "full", "branch": BRANCH["code"]}),
        am_open(APP, rng, first=True),
        am_event(APP, rng, "gold_loan_applied", {"tenure": 12, "branch": BRANCH["code"]}),
        ck_crash(APP, rng, ("java.lang.SecurityException", "SIM binding mismatch"),
                 [ck_crumb("nav", "Login -> DeviceBinding"),
                  ck_crumb("net", "POST /v1/saadhanam/inaippu", {"status": 409})],
                 screen="DeviceBindingActivity"),
        kd_eval(APP, rng, {"kyc": "full", "state": L("TN", COARSE)}, get=True),
        mo_register(APP, rng, tags={"loan": "gold", "lang": "ta"}, lang="ta"),
        sm_save(APP, rng, {"essential": True, "analytics": True, "offers": False}),
        kp_upi(APP, rng, "1287500", "Gold loan EMI Dec"),
        vp_search(APP, rng, "ponvizhi bank mylapore", SEARCH, near=CHN_AT, nd=3),
        pt_message(APP, rng, L("My gold loan EMI was paid by UPI but shows as overdue", TEXT),
                   {"customer": L(CUST_ID, UID), "loan": L(GOLD_LOAN, PAY)}),
    ]

