"""3D body-scanning app "Tailorlens" for clothing sizes: sign-up, a log-in, ``/me``, her body
basics (height, weight, bust size, a maternity fit), a scan started with the camera's intrinsics,
two frames (front and side photos), her pose while turning (gzip), the fitted body mesh
(protobuf: packed floats and the measurements), the measurements, a size lookup with
measurements in the query, a virtual try-on with a garment's template mesh, the cart, an order
shipped home, fit feedback, an avatar shared, a search, a profile photo, a scan-pack purchase, a
deletion request, push, events and her scans by a cookie GET."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families15_kit import pose
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, FIRST, LINE1, LINE2, STATE, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families25_kit import PNG
from eval_families69_kit import BODY, INTRINSICS, SCAN, SKUS, body_mesh, garment_mesh
from eval_families69_sdk import (
    bt_bid,
    bt_notice,
    cv_crash,
    cv_crumb,
    rr_event,
    sl_batch,
    sl_identify,
)
from eval_families69_svc import cb_attach, pf_card, pf_confirm, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("tailorlens", "Tailorlens", "com.example.tailorlens", "4.0.7",
          "https://api.tailorlens.example.com")
IID = "X-TL-Install-Id"
PW = "Selvedge&Seam30"
ORDER = "TL-88120577"  # her order number (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _m(*keys: str) -> dict[str, Any]:
    return {k: L(BODY[k], FIT) for k in keys}


def tailorlens() -> list[Case]:
    rng = random.Random(6961)
    a, f = APP.api + "/v1", APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="free"))}
    b = {"auth": "bearer"}
    mesh = body_mesh(rng, 64)
    packed = struct.pack(f"<{3 * len(mesh)}f", *[c for v in mesh for c in v])
    lab: dict[str, str] = {}
    fitted = pb([(1, L(USER_ID, UID)), (2, SCAN), (3, len(mesh)), (4, L(packed, FIT)),
                 (5, [(1, L(BODY["chestCm"], FIT)), (2, L(BODY["waistCm"], FIT)),
                      (3, L(BODY["hipsCm"], FIT))]), (6, "smplx-lite-2")], "", lab)
    return [
        case(f, f"{a}/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthYear": L(1991, BIRTH), "gender": L("woman", GENDER), "marketing": True}),
        case(f, f"{a}/auth/password", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED), "client": "android"}),
        case(f, f"{a}/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/body/basics", headers=_h(rng, **b), body={
            **_m("heightCm", "weightKg"), "age": L(34, BIRTH), "braSize": L("34C", FIT),
            "shape": L("pear", FIT), "fitPreference": "relaxed",
            "maternity": {"pregnant": L(True, SENS), "weeks": L(22, SENS)}}),
        case(f, f"{a}/scans", headers=_h(rng, **b), body={
            "id": SCAN, "intrinsics": INTRINSICS, "tiltDeg": 88.4, "lighting": "ok",
            "clothing": "fitted", "mode": "two-photo"}),
        multipart(f, f"{a}/scans/{SCAN}/frames", [
            ("front", "front.jpg", "image/jpeg", L(JPEG + b"\xe1", MEDIA)),
            ("side", "side.jpg", "image/jpeg", L(JPEG + b"\xe2", MEDIA)),
            ("meta", None, "application/json", {"poseScore": 0.93, "distanceM": 2.4,
                                                "intrinsics": INTRINSICS})],
            headers=_h(rng, **b)),
        case(f, f"{a}/scans/{SCAN}/pose", gz=True, headers=_h(rng, **b), body={
            "fps": 10, "joints": 17, "frames": L(pose(rng, 8), MOTION)}),
        raw(f, f"{a}/scans/{SCAN}/mesh", fitted, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/scans/{SCAN}/measurements", headers=_h(rng, **b), body={
            "units": "cm", "measurements": _m(*BODY), "confidence": 0.91}),
        case(f, f"{a}/size", headers=_h(rng, **b), query={
            "brand": "northloom", "sku": SKUS[0][0], "waist": L("74.0", FIT),
            "hips": L("99.5", FIT), "inseam": L("78.0", FIT)}),
        case(f, f"{a}/tryon", headers=_h(rng, **b), body={
            "scan": SCAN, "sku": SKUS[0][0], "size": "M",
            "garmentMesh": garment_mesh(rng, 24), "fabricStretch": 0.12}),
        case(f, f"{a}/cart", headers=_h(rng, **b), body={"items": [
            {"sku": s, "name": n, "price": p, "size": "M"} for s, n, p in SKUS]}),
        case(f, f"{a}/orders", headers=_h(rng, **b), body={
            "items": [{"sku": s, "size": "M"} for s, _, _ in SKUS], "total": L("143.00", BUY),
            "ship": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                     "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                     "phone": L(DIGITS, TEL)}}),
        at_path(case(f, f"{a}/orders/{ORDER}/fit", headers=_h(rng, **b), body={
            "sku": SKUS[0][0], "fit": "tight_hips",
            "comment": L("Too tight across the hips, the waist is perfect", TEXT)}), ORDER, BUY),
        case(f, f"{a}/avatar/share", fmt="form", headers=_h(rng, **b), body={
            "email": L(PEOPLE[4][2], MAIL), "name": L(PEOPLE[4][0], NAMEC), "scan": SCAN}),
        case(f, f"{a}/search", fmt="form", headers=_h(rng, **b), body={
            "q": L("high waisted wide leg jeans", SEARCH), "sort": "fit"}),
        multipart(f, f"{a}/profile/photo", [
            ("photo", "me.jpg", "image/jpeg", L(JPEG + b"\xe3", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/billing/verify", headers=_h(rng, **b), body={
            "product": L("tl_scan_pack_5", BUY), "orderId": L("GPA.3301-8821-7740-11359", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/privacy/requests", fmt="form", headers=_h(rng, **b), body={
            "kind": "delete_scan", "scan": SCAN, "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("scan_done", 1, frames=2), ev("tryon", 2, sku=SKUS[0][0]),
                ev("screen", 3, screen=L("FitView", USAGE))]}),
        case(f, f"{a}/scans", headers=_h(rng, how="nodash"),
             cookies={"tl_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def tailorlens_sdks() -> list[Case]:
    rng = random.Random(6962)
    return [
        sl_batch(APP, rng, [("Scan Completed", {"frames": 2, "heightCm": L(168, FIT)}),
                            ("Size Recommended", {"size": "M", "brand": "northloom"})],
                 adid=True),
        sl_identify(APP, rng, {"shape": L("pear", FIT), "heightCm": L(168.0, FIT),
                               "gender": L("woman", GENDER)}),
        rr_event(APP, rng, "purchase", {"sku": SKUS[0][0], "order": L(ORDER, BUY)},
                 revenue=143.0, hashed=True),
        bt_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, yob=1991, gender="F",
               keywords=L("maternity jeans,wide leg", SENS), hem=True),
        bt_notice(APP, rng, "imp"),
        cv_crash(APP, rng, ("java.lang.OutOfMemoryError", "mesh buffer 12.1 MB"),
                 [cv_crumb("navigation", "Scan -> Review"),
                  cv_crumb("log", "fit done", {"scan": SCAN})], screen="ScanReviewActivity"),
        tg_eval(APP, rng, {"scanV2": True, "heightBand": L("165-170", FIT)}),
        pf_card(APP, rng, email=True),
        pf_confirm(APP, rng, "14300"),
        cb_attach(APP, rng, L(PNG + b"\xe4", MEDIA), "fit_screenshot.png", "image/png"),
    ]
