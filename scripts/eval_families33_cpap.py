"""CPAP companion app "Airhush" for a sleep-apnoea machine (a .NET back end: PascalCase keys):
registration, a password grant, MFA, ``/Me``, pairing the machine, nightly therapy data (AHI,
leak, usage, pressure; gzip), the night's leak and apnoea events (msgpack), the prescription with
her sleep physician, an Epworth questionnaire, body measures (form), a mask-fit face scan, mask
feedback, a supplies order with her insurance, the insurance card's photos, a compliance report
shared with her physician, a coaching message, a sleep import, a caregiver, a firmware check,
devices, events, a Play purchase and the therapy summary by a cookie-authenticated GET."""

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
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    landmarks,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families24_kit import claims, head
from eval_families33_kit import (
    CPAP,
    DME,
    MASK,
    MEMBER_AH,
    PHYSICIAN,
    RX_ORDER,
    SLEEP_LAB_PHONE,
    leak_lpm,
    nights,
)
from eval_families33_sdk import fm_crumb, fm_notify, rh_event, rh_session, th_batch, th_profile
from eval_families33_svc import fc_eval, ps_card, ps_confirm, pw_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("airhush", "Airhush", "com.example.airhush", "5.7.3", "https://api.airhush.example.com")
IID = "X-Airhush-Installation"
PHYSICIAN_MAIL = "s.achebe@midtownsleep.example.org"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _nights(rng: random.Random) -> list[dict[str, Any]]:
    """Three nights, each measure ``health.medical`` (the date not)."""
    return [{"Date": n["date"], "UsageMinutes": L(n["usageMin"], MED), "Ahi": L(n["ahi"], MED),
             "Leak95": L(n["leak95"], MED), "Pressure95": L(n["p95"], MED),
             "MaskOnOff": L(n["maskOnOff"], MED)} for n in nights(rng, 3)]


def _apnoeas(rng: random.Random, n: int) -> list[dict[str, Any]]:
    return [{"T": rng.randrange(0, 27000), "Type": rng.choice(["OA", "H", "H", "CA"]),
             "DurS": rng.randrange(10, 38)} for _ in range(n)]


def airhush() -> list[Case]:
    rng = random.Random(3351)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC),
                                    role="patient"))}
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/api/Account/Register", headers=_h(rng), body={
            "FirstName": L(FIRST, NAMEC), "LastName": L(LAST, NAMEC), "Email": L(EMAIL, MAIL),
            "Password": L("Quiet-Night-0517", CRED), "DateOfBirth": L(DOB, BIRTH),
            "PhoneNumber": L(PHONE_PAREN, TEL), "ZipCode": L(ZIP, COARSE),
            "Sex": L("F", GENDER), "AcceptTerms": True}),
        case(f, f"{a}/api/Account/Token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Quiet-Night-0517", CRED), "client_id": "airhush.android"}),
        case(f, f"{a}/api/Account/Mfa", fmt="form", headers=_h(rng), body={
            "MfaToken": L(opaque(rng, "mfa.", 32), CRED), "Code": L("402118", CRED),
            "RememberDevice": "true"}),
        case(f, f"{a}/api/Me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/Devices/Pair", headers=_h(rng, **b), body={
            "SerialNumber": CPAP["serial"], "Model": CPAP["model"], "Firmware": CPAP["fw"],
            "BluetoothAddress": CPAP["ble"], "ModemImei": CPAP["modem_imei"],
            "PairingPin": L("8841", CRED), "Humidifier": True}),
        case(f, f"{a}/api/Therapy/Nights", gz=True, headers=_h(rng, **b), body={
            "SerialNumber": CPAP["serial"], "PatientId": L(USER_ID, UID),
            "Nights": _nights(rng), "Source": "ble_sync"}),
        case(f, f"{a}/api/Therapy/Detail", fmt="msgpack", headers=_h(rng, **b), body={
            "SerialNumber": CPAP["serial"], "Night": "2025-12-09",
            "LeakLpm": L(leak_lpm(rng, 30), MED), "Events": L(_apnoeas(rng, 6), MED),
            "SampleSec": 60}),
        case(f, f"{a}/api/Prescription", headers=_h(rng, **b), body={
            "Mode": L("APAP", MED), "MinPressure": L(6.0, MED), "MaxPressure": L(14.0, MED),
            "Ramp": "auto", "Humidity": 4, "Diagnosis": L("G47.33", MED),
            "DiagnosisAhi": L(23.4, MED), "StudyDate": "2025-10-21",
            "Physician": {"Name": L(PHYSICIAN, NAMEC), "Npi": "1649302281",
                          "Phone": SLEEP_LAB_PHONE}}),
        case(f, f"{a}/api/Questionnaires/Epworth", headers=_h(rng, **b), body={
            "Answers": [L(x, MED) for x in [2, 1, 1, 0, 3, 0, 2, 2]], "Total": L(11, MED),
            "Completed": "2025-12-09T08:02:00-05:00"}),
        case(f, f"{a}/api/Profile/Body", fmt="form", headers=_h(rng, **b), body={
            "WeightKg": L("78.2", FIT), "HeightCm": L("167", FIT), "NeckCm": L("38.5", FIT),
            "Bmi": L("28.0", FIT)}),
        multipart(f, f"{a}/api/MaskFit/Scan", [
            ("selfie", "maskfit.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("scan", None, "application/json", {
                "Landmarks": L(landmarks(rng, 68), FACE),
                "FaceGeometryMm": L([36.2, 41.8, 118.4, 32.0, 104.7], FACE),
                "RecommendedModel": MASK["model"], "RecommendedSize": MASK["size"],
                "Glasses": False, "ScanQuality": 0.93})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/MaskFit/Feedback", headers=_h(rng, **b), body={
            "MaskModel": MASK["model"], "Size": MASK["size"], "Comfort": 3,
            "Comment": L("Leaks at the bridge of my nose when I sleep on my side",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/Supplies/Orders", headers=_h(rng, **b), body={
            "Items": [{"Sku": L("N30I-CUSH-M", BUY), "Qty": 2},
                      {"Sku": L("FILTER-DISP-6", BUY), "Qty": 1}],
            "Total": L("84.20", BUY), "OrderRef": L(RX_ORDER, BUY), "Supplier": DME["name"],
            "ShipTo": {"Line1": L(LINE1, ADDR), "Line2": L(LINE2, ADDR),
                       "City": L(CITY, COARSE), "State": L(STATE, COARSE),
                       "Zip": L(ZIP, COARSE)},
            "Insurance": {"MemberId": L(MEMBER_AH, MED), "Payer": "Harbor Health"}}),
        multipart(f, f"{a}/api/Insurance/Card", [
            ("Front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("Back", "card_back.jpg", "image/jpeg", L(JPEG + b"\x53", f"{MEDIA}|{MED}")),
            ("Meta", None, "application/json", {"MemberId": L(MEMBER_AH, MED),
                                                "GroupNumber": "HH-20931"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/Compliance/Share", headers=_h(rng, **b), body={
            "RecipientEmail": L(PHYSICIAN_MAIL, MAIL), "RecipientName": L(PHYSICIAN, NAMEC),
            "From": "2025-11-10", "To": "2025-12-09", "CompliantDays": L(27, MED),
            "AvgUsageMinutes": L(388, MED), "CcSupplier": DME["mail"]}),
        case(f, f"{a}/api/Coaching/Messages", headers=_h(rng, **b), body={
            "Text": L("I keep pulling the mask off around 3am without noticing",
                      f"{TEXT}|{MED}"), "Topic": "mask_removal"}),
        case(f, f"{a}/api/Sleep/Import", gz=True, headers=_h(rng, **b), body={
            "Source": "health_connect", "Days": [
                {"Date": "2025-12-08", "SleepMinutes": L(402, FIT), "RestingHr": L(64, FIT),
                 "SpO2Min": L(89, MED), "Steps": L(7310, FIT)}]}),
        case(f, f"{a}/api/Account/Caregivers", headers=_h(rng, **b), body={
            "Name": L(PEOPLE[3][0], NAMEC), "Phone": L(PEOPLE[3][1], TEL),
            "AlertAfterMissedNights": 2, "ShareAhi": False}),
        case(f, f"{a}/api/Devices/Firmware", headers=_h(rng, **b), query={
            "Model": CPAP["model"], "Current": CPAP["fw"], "Channel": "stable"}),
        case(f, f"{a}/api/Notifications/Devices", headers=_h(rng, **b), body={
            "FcmToken": L(push_token(rng), DID), "InstallationId": L(INSTALL_ID, DID),
            "TimeZone": L("America/New_York", DEV), "NightlyReminder": "21:30"}),
        case(f, f"{a}/api/Billing/Play/Verify", headers=_h(rng, **b), body={
            "ProductId": L("airhush_coach_monthly", BUY),
            "OrderId": L("GPA.3317-7720-0941-66203", BUY),
            "PurchaseToken": L(play_token(rng), BUY), "PackageName": APP.pkg}),
        case(f, f"{a}/api/Telemetry/Events", gz=True, headers=_h(rng, **b), body={
            "UserId": L(USER_ID, UID), "Events": [
                ev("night_synced", 1, ahi=L(3.1, MED)), ev("mask_fit_done", 2),
                ev("screen_view", 3, screen=L("MyNight", USAGE))]}),
        case(f, f"{a}/api/Therapy/Summary", query={"days": "30"}, headers=_h(rng, how="none"),
             cookies={".AspNetCore.Session": L(opaque(rng, "CfDJ8", 60), CRED),
                      "ah_install": L(INSTALL_ID, DID)}),
    ]


def airhush_sdks() -> list[Case]:
    rng = random.Random(3352)
    return [
        th_batch(APP, rng, [("Night Synced", {"ahi": L(3.1, MED), "hours": L(6.5, MED)}),
                            ("Mask Fit Done", {"size": "M"})]),
        th_profile(APP, rng, {"therapy_days": L(41, MED), "mask_type": "nasal_cradle",
                              "zip": L(ZIP, COARSE)}),
        rh_session(APP, rng, first=True),
        rh_event(APP, rng, "supplies_order", {"items": 2}, revenue=84.2, hashed=True),
        fm_notify(APP, rng, ("android.bluetooth.BluetoothGattException", "GATT 133"),
                  [fm_crumb("navigation", "MyNight -> Sync"),
                   fm_crumb("log", "ble connect retry 2", {"machine": CPAP["ble"]})],
                  meta={"machine": {"serial": CPAP["serial"], "fw": CPAP["fw"]}},
                  context="SyncActivity"),
        fc_eval(APP, rng, {"mask": "nasal_cradle", "coach": True}),
        pw_register(APP, rng, tags={"therapy": L("apap", MED), "reminder": "2130"}),
        ps_card(APP, rng, email=True),
        ps_confirm(APP, rng, "84.20"),
    ]
