"""Motorbike loan repayment app "Sinlot" (a Vientiane lender finances her commuter motorbike over
18 months; snake_case API). Not set 46's micro-lending nor set 14's instant loans: an asset loan
with a dealer, instalments and the bike's papers. SMS sign-in and a PIN, ``/me`` with a JWT, the
KYC (passport, residence card, work permit, employer), the documents and a liveness selfie's
template, the application, the schedule by contract in the path, a repayment and its transfer
slip, an auto-debit, dealers near her office, the bike's registration, where she parked, an
insurance claim after a skid, her guarantor and references, the device binding (SIM and network,
IP, Wi-Fi, LAN address), a payoff quote, statements by e-mail, push, events and the loan by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    f32b64,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families25_kit import PNG
from eval_families113_kit import (
    BIKE,
    DEALER,
    GUARANTOR,
    HOME,
    HUSBAND,
    LA_ACCOUNT,
    LA_E164,
    LA_MCCMNC,
    LA_NAT,
    LA_NET,
    LOAN,
    NANNY,
    NATID,
    OFFICE_AT,
    PASSPORT,
    RES_CARD,
    WORK_PERMIT,
    fix,
    la_head,
    obj,
)
from eval_families113_sdk import (
    bl_bid,
    ff_crash,
    ff_crumb,
    ff_session,
    ig_event,
    ig_session,
    pw_batch,
)
from eval_families113_svc import cw_save, pk_attach, tb_bank, tg_eval
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("sinlot", "Sinlot", "com.example.sinlot", "2.3.7", "https://api.sinlot.example.net")
IID = "Sinlot-Device-Id"
REPAY = "SLT-R-25-0412"  # a repayment's reference (financial.purchase)
PARKED = (17.966212, 102.609905)  # where she parked near her office
SKID = (17.97053, 102.61862)  # where she skidded, 5 decimals


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return la_head(APP, rng, IID, how=how, lang=None, **kw)


def sinlot() -> list[Case]:
    rng = random.Random(11361)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, contract=L(LOAN, UID), phone=L(LA_E164, TEL)))}
    b = {"auth": "bearer"}
    pla, plo = fix(PARKED)
    sla, slo = fix(SKID, 5)
    vec = [round(rng.gauss(0, 0.08), 4) for _ in range(128)]
    l_url = f"{a}/v1/loans/{LOAN}"
    return [
        case(f, f"{a}/v1/auth/otp/send", fmt="form", headers=_h(rng), body={
            "phone": L(LA_E164, TEL), "channel": "sms", "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(LA_NAT, TEL), "otp": L("592044", CRED), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/auth/pin", fmt="form", headers=_h(rng, auth="session"), body={
            "pin": L("118204", CRED), "confirm": L("118204", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kyc", headers=_h(rng, auth="bearer"), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "birth_date": L(DOB, BIRTH), "gender": L("F", GENDER), "nationality": "US",
            "passport_no": L(PASSPORT, NATID), "residence_card": L(RES_CARD, NATID),
            "work_permit": L(WORK_PERMIT, NATID), "employer": "Mekong Learning Trust",
            "monthly_income_usd": 3200, "email": L(EMAIL, MAIL),
            "address": {"line": L(HOME["line"], ADDR), "village": L(HOME["ban"], COARSE),
                        "district": L(HOME["meuang"], COARSE),
                        "province": L(HOME["khweng"], COARSE)}}),
        multipart(f, f"{a}/v1/kyc/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\xc1", f"{MEDIA}|{NATID}")),
            ("work_permit", "permit.jpg", "image/jpeg", L(JPEG + b"\xc2", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xc3", MEDIA)),
            ("liveness", None, "application/json", {
                "template": L(f32b64(vec), FACE), "liveness": 0.97, "match": 0.93,
                "check": obj(rng, "lv", 10)})], headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/loans/applications", headers=_h(rng, **b), body={
            "dealer": DEALER["id"], "bike": {"model": BIKE["model"], "colour": BIKE["colour"]},
            "price": L("28500000", BUY), "down_payment": L("5700000", BUY),
            "financed": L("22800000", BUY), "term_months": 18, "rate_pct_month": 1.25,
            "purpose": "commute"}),
        at_path(case(f, f"{l_url}/schedule", headers=_h(rng, **b)), LOAN, UID),
        at_path(case(f, f"{l_url}/repayments", headers=_h(rng, **b), body={
            "instalment": 4, "amount": L("1520000", BUY), "reference": L(REPAY, BUY),
            "from_account": L(LA_ACCOUNT, PAY), "method": "laoqr"}), LOAN, UID),
        at_path(multipart(f, f"{a}/v1/repayments/{REPAY}/slip", [
            ("slip", "transfer.png", "image/png", L(PNG, f"{MEDIA}|{PAY}")),
            ("meta", None, "application/json", {"amount": L("1520000", BUY),
                                                "bank_time": "2025-12-05T09:14:00+07:00"})],
            headers=_h(rng, **b)), REPAY, BUY),
        case(f, f"{a}/v1/autodebit", fmt="form", headers=_h(rng, **b), body={
            "account_number": L(LA_ACCOUNT, PAY), "holder": L(NAME, NAMEC),
            "bank_code": "LA0301", "day": "5", "contract": L(LOAN, UID)}),
        case(f, f"{a}/v1/dealers", headers=_h(rng, **b), query={
            "lat": L(f"{OFFICE_AT[0]:.3f}", PRECISE), "lng": L(f"{OFFICE_AT[1]:.3f}", PRECISE),
            "brand": "mekong"}),
        case(f, f"{a}/v1/bikes/registration", headers=_h(rng, **b), body={
            "contract": L(LOAN, UID), "plate": BIKE["plate"], "frame_no": BIKE["frame"],
            "engine_no": BIKE["engine"], "insurance_policy": "INS-MC-55102",
            "dealer_point": [DEALER["lat"], DEALER["lon"]]}),
        case(f, f"{a}/v1/bikes/parked", headers=_h(rng, **b), body={
            "lat": pla, "lng": plo, "acc": 8, "floor": "B1", "at": 1765339200}),
        multipart(f, f"{a}/v1/insurance/claims", [
            ("photo", "mirror.jpg", "image/jpeg", L(JPEG + b"\xc4", MEDIA)),
            ("claim", None, "application/json", {
                "contract": L(LOAN, UID), "lat": sla, "lng": slo, "injured": L(True, MED),
                "text": L("Skidded on the wet road near Patuxai, grazed my knee and broke the "
                          "left mirror", f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/guarantors", headers=_h(rng, **b), body={
            "name": L(GUARANTOR[0], NAMEC), "phone": L(GUARANTOR[1], TEL),
            "id_number": L(GUARANTOR[2], NATID), "relation": "colleague"}),
        case(f, f"{a}/v1/references", headers=_h(rng, **b), body={"references": [
            {"name": L(f"{HUSBAND[0]} {HUSBAND[1]}", NAMEC), "phone": L(HUSBAND[2], TEL),
             "relation": "spouse"},
            {"name": L(NANNY[0], NAMEC), "phone": L(NANNY[1], TEL), "relation": "other"},
            {"name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL),
             "relation": "friend"}]}),
        case(f, f"{a}/v1/device/binding", headers=_h(rng, **b), body={
            "android_id": L(ANDROID_ID, DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "rooted": L(False, DEV),
            "sim": {"mccmnc": L(MCCMNC, CARRIER), "operator": L("Example Mobile", CARRIER),
                    "country": L("us", CARRIER)},
            "network": {"mccmnc": L(LA_MCCMNC, CARRIER), "operator": L(LA_NET, CARRIER),
                        "roaming": True},
            "ip": L(PUBLIC_IP, IPLOC), "local_ip": L(LOCAL_IP, DEV),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        case(f, f"{a}/v1/payoff/quote", fmt="form", headers=_h(rng, **b), body={
            "contract": L(LOAN, UID), "date": "2026-03-01"}),
        case(f, f"{a}/v1/statements/email", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL_UPPER, MAIL), "contract": L(LOAN, UID), "period": "2025-11"}),
        case(f, f"{a}/v1/push/register", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os_version": L("14", DEV), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("repayment_submitted", 1, instalment=4), ev("slip_uploaded", 2),
                ev("screen", 3, screen=L("Schedule", USAGE))]}),
        case(f, f"{a}/v1/loans", headers=_h(rng, how="upper"),
             cookies={"sl_sess": L(opaque(rng, "", 40), CRED), "sl_req": rid(rng)}),
    ]


def sinlot_sdks() -> list[Case]:
    rng = random.Random(11362)
    return [
        pw_batch(APP, rng, [("Repayment Submitted", {"amount": L(1520000, BUY),
                                                     "instalment": 4}),
                            ("Schedule Viewed", {})]),
        ig_session(APP, rng, first=True),
        ig_event(APP, rng, "l0anok", {"financed": L(22800000, BUY), "term": 18}),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        ff_crash(APP, rng, ("java.lang.SecurityException", "biometric prompt cancelled"),
                 [ff_crumb("navigation", "Loan -> Repay"),
                  ff_crumb("ui", "tap", {"view": "confirm_pin"})], screen="RepayActivity"),
        ff_session(APP, rng, secs=318),
        tg_eval(APP, rng, {"contractState": "active", "autodebit": True}, hdr=True),
        cw_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        tb_bank(APP, rng),
        pk_attach(APP, rng, L(JPEG + b"\xc5", MEDIA), "registration_book.jpg", "image/jpeg"),
    ]
