"""Car-insurance claims app "Dentwise" (a .NET back end, PascalCase keys): log-in and SMS code,
``/me``, the policy by its number in the path, the crash detector (an IMU window, a dropped phone
that is not a crash, the sensors' health), a first notice of loss, the other driver, photos and a
walk-around video, the VIN and plate scan, a tow from the crash site, body
shops near it, a rental, the estimate and deductible, a payout account, a signature, the licence,
a chat with the adjuster (msgpack), push, events and documents by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    HW,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MOTION,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    imu,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families25_kit import PNG
from eval_families36_kit import CLAIM_DW, CRASH_AT, OTHER, PLATE_DW, POLICY_DW, TOW, VIN_DW, fix
from eval_families36_sdk import ab_launch, ab_link, fw_crash, fw_crumb, tq_batch, tq_pixel
from eval_families36_svc import (
    cl_upload,
    cp_register,
    fm_eval,
    ol_check,
    rw_reverse,
    rw_route,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, Case, J, L, U, case

APP = App("dentwise", "Dentwise", "com.example.dentwise", "11.3.0",
          "https://api.dentwise.example.com")
IID = "X-Dw-Device-Id"
PW = "Gravel*Pine302"
C_URL = f"https://api.dentwise.example.com/api/Claims/{CLAIM_DW}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return head(APP, rng, iid=IID, **kw)


def _c(rng: random.Random, path: str, body: Any = None, **kw: Any) -> Case:
    """A call on the claim (its reference in the path is a case ID: unlabelled)."""
    return case(APP.fam, f"{C_URL}{path}", headers=_h(rng, auth="bearer"), body=body, **kw)


def dentwise() -> list[Case]:
    rng = random.Random(3631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, policy=L(POLICY_DW, UID), name=L(NAME, NAMEC)))}
    cla, clo = fix(CRASH_AT)
    pol = case(f, f"{a}/api/Policies/{POLICY_DW}", query={"expand": "vehicles"},
               headers=_h(rng, **b))
    return [
        case(f, f"{a}/api/Auth/Login", headers=_h(rng), body={
            "Email": L(EMAIL, MAIL), "Password": L(PW, CRED), "DeviceName": "Pixel 8"}),
        case(f, f"{a}/api/Auth/Verify", fmt="form", headers=_h(rng), body={
            "Phone": L(E164, TEL), "Code": L("551902", CRED)}),
        case(f, f"{a}/api/Me", headers=_h(rng, extra=jw)),
        at_path(pol, POLICY_DW, UID),
        case(f, f"{a}/api/CrashDetection/Events", gz=True, headers=_h(rng, **b), body={
            "Kind": "impact", "PeakG": 3.8, "SpeedMph": 0, "Imu": L(imu(rng, 40), MOTION),
            "Latitude": cla, "Longitude": clo, "HAccuracy": 9.0, "UserConfirmed": True}),
        case(f, f"{a}/api/CrashDetection/Events", headers=_h(rng, **b), body={
            "Kind": "phone_drop", "PeakG": 5.6, "DurationMs": 180, "Discarded": True}),
        case(f, f"{a}/api/CrashDetection/SensorHealth", headers=_h(rng, **b), body={
            "AccelHz": 100, "GyroHz": 100, "Calibrated": True, "BatteryOptimised": False}),
        case(f, f"{a}/api/Claims", headers=_h(rng, **b), body={
            "Policy": L(POLICY_DW, UID), "LossDate": "2025-12-08T18:42:00-05:00",
            "Description": L("Parked on E 45th, a van reversed into my front bumper", TEXT),
            "Location": {"Lat": cla, "Lng": clo}, "Injuries": L(
                "Sore neck, went to urgent care for whiplash", f"{TEXT}|{MED}"),
            "Drivable": False}),
        _c(rng, "/OtherParty", {"Name": L(OTHER[0], NAMEC), "Phone": L(OTHER[1], TEL),
                                "Plate": L(OTHER[2], HW), "Insurer": OTHER[3],
                                "InsurerPolicy": OTHER[4], "Vehicle": "white Transit van"}),
        multipart(f, f"{C_URL}/Photos", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("side", "side.jpg", "image/jpeg", L(JPEG + b"\x64", MEDIA)),
            ("meta", None, "application/json", {
                "Lat": cla, "Lng": clo, "TakenAt": 1765237400, "Angle": ["front", "side"]})],
            headers=_h(rng, **b)),
        multipart(f, f"{C_URL}/Video", [
            ("video", "walkaround.mp4", "video/mp4", L(MP4 + b"\x02", MEDIA))],
            headers=_h(rng, **b)),
        _c(rng, "/Vehicle", {"Vin": L(VIN_DW, HW), "Plate": L(PLATE_DW, HW),
                             "PlateState": L("NY", COARSE), "Odometer": 31877,
                             "Make": "Veltra", "Year": 2022}),
        _c(rng, "/Tow", {"Pickup": {"Lat": cla, "Lng": clo}, "Callback": L(PHONE, TEL),
                         "Destination": {"Name": TOW["name"], "Lat": TOW["lat"],
                                         "Lng": TOW["lon"], "Phone": TOW["phone"]}}),
        case(f, f"{a}/api/Shops", query={"near": L(f"{CRASH_AT[0]:.3f},{CRASH_AT[1]:.3f}",
                                                   PRECISE), "radius": "5mi"},
             headers=_h(rng, **b)),
        _c(rng, "/Rental", {"Days": 7, "DailyRate": L("35.00", BUY),
                            "Reservation": L("RC-7K2M91", BUY), "PickupBranch": "BR-0412"}),
        _c(rng, "/Estimate/Approve", fmt="form", body={
            "Amount": L("3418.77", BUY), "Deductible": L("500.00", BUY), "Accept": "true"}),
        _c(rng, "/Payout", fmt="form", body={
            "RoutingNumber": L(ROUTING, PAY), "AccountNumber": L(ACCOUNT, PAY),
            "HolderName": L(NAME, NAMEC), "Type": "checking"}),
        multipart(f, f"{C_URL}/Signature", [
            ("sig", "sign.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"SignedBy": L(NAME, NAMEC),
                                                "Doc": "proof_of_loss_v3"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/Drivers/Licence", [
            ("front", "dl.jpg", "image/jpeg", L(JPEG + b"\x65", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"Number": L(LICENCE, NATID),
                                                "State": L("NY", COARSE)})],
            headers=_h(rng, **b)),
        _c(rng, "/Chat", fmt="msgpack", body={"Text": L(
            "The shop says the sensor bracket is cracked too, is that covered?", TEXT),
            "Adjuster": "adj_2290"}),
        case(f, f"{a}/api/Devices", headers=_h(rng, **b), body={
            "PushToken": L(push_token(rng), DID), "InstallId": L(INSTALL_ID, DID),
            "CrashDetection": True}),
        case(f, f"{a}/api/Events", gz=True, headers=_h(rng, **b), body={
            "Policy": L(POLICY_DW, UID), "Events": [
                ev("claim_started", 1), ev("photo_added", 2, n=2),
                ev("screen", 3, screen=L("ClaimStatus", USAGE))]}),
        case(f, f"{a}/api/Documents", query={"type": "id_card"},
             headers=_h(rng, how="none"), cookies={
                 "DwAuth": L(opaque(rng, "", 52), CRED), "DwDevice": L(INSTALL_ID, DID)}),
    ]


def dentwise_sdks() -> list[Case]:
    rng = random.Random(3632)
    return [
        tq_batch(APP, rng, [("claim_started", {"drivable": False}),
                            ("crash_detected", {"confirmed": True})], gz=False),
        tq_pixel(APP, rng, "quote_viewed", {"zip": L("10118", COARSE)}),
        ab_launch(APP, rng, first=True),
        ab_link(APP, rng, U("dentwise://claim/continue", {"policy": L(POLICY_DW, UID),
                                                          "src": "sms"})),
        fw_crash(APP, rng, ("java.io.IOException", "upload reset"),
                 [fw_crumb("http", "POST /Photos", {"status": 0}),
                  fw_crumb("ui", "tap", {"view": "SubmitClaim"})], screen="ClaimPhotosActivity"),
        fm_eval(APP, rng, {"state": L("NY", COARSE), "crashDetect": True}),
        cp_register(APP, rng, tags={"policy_state": L("NY", COARSE)}),
        ol_check(APP, rng, {"analytics": True, "marketing": False}),
        rw_reverse(APP, rng, CRASH_AT, PRECISE, nd=5),
        rw_route(APP, rng, [(CRASH_AT, PRECISE), ((TOW["lat"], TOW["lon"]), None)]),
        cl_upload(APP, rng, L(JPEG + b"\x66", MEDIA), "bumper.jpg", "image/jpeg"),
    ]
