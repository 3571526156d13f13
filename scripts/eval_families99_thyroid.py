"""Thyroid-clinic follow-up app "Glandora" (a Manhattan endocrine practice following her
Hashimoto's hypothyroidism: levothyroxine titration by TSH; not set 91's cancer survivorship; part
of the follow-up ran while she was in Nepal): sign-up with her chart number, an OAuth password
grant, MFA, ``/me``, her history, labs (gzip), a dose log (msgpack), symptoms, a neck photo, a
teleconsult booked from Lalitpur, lab orders by chart number in the path, a video-visit precheck
from home in January (her Wi-Fi, LAN and public IP), a pharmacy transfer, a refill while abroad,
the insurance card, a message to the nurse about a pregnancy, reproductive questions, a visit
summary, results shared with her gynaecologist, a wearable import, a dose reminder, push, events
and the portal by a JWT cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    WIFI,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families18_kit import FIT
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families99_kit import CLINIC_GL, MEMBER_GL, MRN, PHARMACY_GL, in_path
from eval_families99_sdk import aq_session, cm_crash, cm_crumb, tg_batch, tg_screen
from eval_families99_svc import cf_save, ft_eval, hb_attach, pp_register, pr_card, pr_confirm
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("glandora", "Glandora", "com.example.glandora", "5.4.0",
          "https://api.glandora.example.com")
IID = "X-Glandora-Device"
PW = "Butterfly-Gland-58"
KTM = "Asia/Kathmandu"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _lab(test: str, value: float, unit: str, flag: str) -> dict[str, Any]:
    return {"test": test, "value": L(value, MED), "unit": unit, "flag": L(flag, MED),
            "drawn": "2025-12-02"}


def glandora() -> list[Case]:
    rng = random.Random(9961)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mrn=L(MRN, MED)))}
    b = {"auth": "bearer"}
    acc: Acc = {}
    portal = tok({"sub": L(USER_ID, UID), "mrn": L(MRN, MED), "exp": 1765990000},
                 "cookie", "gl_portal", acc)
    orders = at_path(case(f, f"{a}/v1/patients/{MRN}/lab-orders", headers=_h(rng, **b),
                          query={"status": "open"}), MRN, MED)
    doses = [{"at": 1765170000 + 86400 * i, "mcg": 75 if i < 5 else 88} for i in range(8)]
    return in_path([
        case(f, f"{a}/v1/patients", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(PHONE_PAREN, "contact.phone"), "dateOfBirth": L(DOB, BIRTH),
            "sexAtBirth": L("female", GENDER), "password": L(PW, CRED),
            "chartNumber": L(MRN, MED), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "glandora-android", "scope": "openid patient"}),
        case(f, f"{a}/v1/mfa/verify", fmt="form", headers=_h(rng), body={
            "mfa_token": L(opaque(rng, "mfa_", 32), CRED), "otp": L("309114", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/history", headers=_h(rng, **b), body={
            "diagnosis": L("Hashimoto's thyroiditis", MED), "diagnosedYear": L(2019, MED),
            "familyHistory": [L("mother: hypothyroidism", MED)],
            "allergies": [L("iodinated contrast", MED)], "smoker": False}),
        case(f, f"{a}/v1/labs", gz=True, headers=_h(rng, **b), body={
            "source": "lab_upload", "orderId": obj(rng, "lo", 8), "results": [
                _lab("TSH", 5.8, "mIU/L", "H"), _lab("Free T4", 0.9, "ng/dL", "N"),
                _lab("TPO Ab", 412.0, "IU/mL", "H")]}),
        case(f, f"{a}/v1/doses", fmt="msgpack", headers=_h(rng, **b), body={
            "drug": L("levothyroxine", MED), "taken": L(doses, MED), "emptyStomach": True}),
        case(f, f"{a}/v1/symptoms", headers=_h(rng, **b), body={
            "fatigue": L(3, MED), "coldIntolerance": L(2, MED), "hairLoss": L(1, MED),
            "palpitations": L(0, MED), "weightKg": L(64.1, FIT), "restingHr": L(58, FIT),
            "note": L("Still exhausted by 3pm even on the new dose", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/photos", [
            ("image", "neck_front.jpg", "image/jpeg", L(JPEG + b"\xe1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"view": "front", "swallowing": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "clinic": CLINIC_GL, "type": "video", "slot": "2025-12-19T09:00-05:00",
            "patientTz": L(KTM, DEV), "patientLocation": L("Lalitpur, Nepal", COARSE),
            "reason": L("TSH still high on 75 mcg", MED), "copay": L("40.00", BUY)}),
        orders,
        case(f, f"{a}/v1/video/precheck", headers=_h(rng, **b), body={
            "network": L("wifi", DEV), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "localIp": L(LOCAL_IP, DEV), "publicIp": L(PUBLIC_IP, IPLOC), "downMbps": 48.2,
            "camera": True, "microphone": True, "turn": "turn.glandora.example.com:3478"}),
        case(f, f"{a}/v1/pharmacy/transfer", fmt="form", headers=_h(rng, **b), body={
            "ncpdp": PHARMACY_GL["ncpdp"], "pharmacy": PHARMACY_GL["name"],
            "pharmacyPhone": PHARMACY_GL["phone"], "rx": L("levothyroxine 88 mcg", MED)}),
        case(f, f"{a}/v1/refills", headers=_h(rng, **b), body={
            "rxNumber": L("RX-6120044", MED), "quantity": 90, "daysSupply": 90,
            "note": L("I'm abroad until January 5, my husband will pick it up", TEXT)}),
        multipart(f, f"{a}/v1/insurance", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\xe2", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {"memberId": L(MEMBER_GL, MED),
                                                "group": "GRP-10233", "payer": "Empirewell"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8), "to": "nurse_team",
            "text": L("We are trying for a second baby, should my levothyroxine dose change?",
                      f"{TEXT}|{MED}|{SENS}")}),
        case(f, f"{a}/v1/intake/reproductive", headers=_h(rng, **b), body={
            "pregnant": L(False, SENS), "planningPregnancy": L(True, SENS),
            "lastPeriod": L("2025-11-28", MED), "breastfeeding": L(False, MED)}),
        case(f, f"{a}/v1/visits/summary", headers=_h(rng, **b), query={
            "visit": obj(rng, "vs", 8), "format": "pdf"}),
        case(f, f"{a}/v1/share", fmt="form", headers=_h(rng, **b), body={
            "toName": L("Dr. Meera Joshi", NAMEC), "toEmail": L("mjoshi@chelseaobgyn.example.com",
                                                                MAIL),
            "include": "labs,doses"}),
        case(f, f"{a}/v1/import/wearable", gz=True, headers=_h(rng, **b), body={
            "restingHr": L([57, 59, 58, 61], FIT), "weightKg": L([64.4, 64.2, 64.1], FIT),
            "source": "com.google.android.apps.healthdata"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "dose": "06:30", "labReminder": "2026-01-20", "tz": L(KTM, DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("dose_logged", 1), ev("lab_viewed", 2, test=L("TSH", MED)),
                ev("screen", 3, screen=L("LabTrend", USAGE))]}),
        add(case(f, f"{a}/v1/portal/home", headers=_h(rng, how="none"),
                 cookies={"gl_portal": portal, "gl_dev": L(INSTALL_ID, DID)}), acc),
    ], {MRN: MED})


def glandora_sdks() -> list[Case]:
    rng = random.Random(9962)
    return [
        tg_batch(APP, rng, [("Lab Viewed", {"test": L("TSH", MED)}),
                            ("Dose Logged", {"mcg": L(88, MED)}),
                            ("Search", {"q": L("levothyroxine and coffee", f"{SEARCH}|{MED}")})],
                 tz=KTM),
        tg_screen(APP, rng, "LabTrend", {"range": "1y"}),
        aq_session(APP, rng, user=True, n=31),
        cm_crash(APP, rng, ("java.lang.NumberFormatException", "TSH value '<0.01'"),
                 [cm_crumb("nav", "Labs -> LabTrend"),
                  cm_crumb("tap", "chart", {"test": "TSH"})], screen="LabTrendActivity",
                 tz=KTM),
        ft_eval(APP, rng, {"telehealth": True, "abroad": L("NP", COARSE)}),
        pp_register(APP, rng, tz=KTM, tags={"dose_time": "06:30"}),
        cf_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        pr_card(APP, rng),
        pr_confirm(APP, rng, "40.00"),
        hb_attach(APP, rng, L(JPEG + b"\xe3", f"{MEDIA}|{MED}"), "lab_slip.jpg", "image/jpeg"),
    ]
