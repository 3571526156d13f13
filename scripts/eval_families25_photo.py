"""School-photo ordering app "Picday" used by a parent: a gallery opened with the printed access
code, her son's profile, prints ordered for a grandmother, a yearbook submission, a retake."""

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
    DIGITS,
    EMAIL_B64,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import CITY, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families23_kit import CHILD, CHILD_DOB, CHILD_GRADE
from eval_families24_kit import claims, head, rid
from eval_families25_kit import PHOTO_ORDER, PICDAY_NOREPLY, SCHOOL_OFFICE_PHONE, access_code
from eval_families25_sdk import gauge_lines, gauge_pixel, moth_event, ref_event, ref_open
from eval_families25_svc import (
    bell_channel,
    bell_register,
    cairn_message,
    cairn_upload,
    cons_save,
    finch_token,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, case, rnd_hex

APP = App("picday", "Picday", "com.example.picday", "6.3.1", "https://api.picday.example.com")
IID = "X-Picday-Install"
KID = CHILD.split()[0]
CHILD_ID, GALLERY, SCHOOL = "chd_8f21a0", "gal_55e1c9b0", "sch_4471"
POSES = ["ph_a81c44", "ph_a81c47", "ph_a81c52"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def picday() -> list[Case]:
    rng = random.Random(2541)
    a, f = APP.api, APP.fam
    acc: Acc = {}
    jar = {"pd_at": tok(claims(rng, email=L(EMAIL, MAIL)), "cookie", "pd_at", acc),
           "pd_did": L(INSTALL_ID, DID), "pd_cur": "USD"}
    cases = [
        case(f, f"{a}/v2/gallery/unlock", headers=_h(rng), body={
            "access_code": L(access_code(rng), CRED), "email": L(EMAIL, MAIL),
            "school_id": SCHOOL}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("LeoSmiles2016", CRED), "remember": "1"}),
        add(case(f, f"{a}/v2/account", cookies=jar, headers=_h(rng, how="none")), acc),
        case(f, f"{a}/v2/schools/search", headers=_h(rng, auth="bearer"),
             query={"q": L("harbor oak elementary", "behavior.search"), "near": L(ZIP, COARSE)}),
        case(f, f"{a}/v2/children", headers=_h(rng, auth="bearer"), body={
            "first_name": L(KID, NAMEC), "last_name": L(LAST, NAMEC),
            "dob": L(CHILD_DOB, BIRTH), "grade": CHILD_GRADE, "school_id": SCHOOL,
            "teacher": "Ms. Alvarez"}),
        case(f, f"{a}/v2/galleries/{GALLERY}/photos", query={"child": CHILD_ID, "size": "m"},
             headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/viewer/state", fmt="msgpack", headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "gallery": GALLERY, "viewed": POSES,
            "favorites": POSES[1:2], "zoom": 2.0}),
        case(f, f"{a}/v2/cart/items", headers=_h(rng, auth="bearer"), body={
            "package": "B", "pose_id": POSES[1], "background": "blue_mottled", "retouch": True,
            "qty": 1, "price": L("42.00", BUY)}),
        case(f, f"{a}/v2/orders", headers=_h(rng, auth="bearer"), body={
            "ship_to": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR),
                        "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "email": L(EMAIL, MAIL), "phone": L(PHONE_PAREN, TEL), "total": L("58.50", BUY),
            "payment_method": L("pm_" + opaque(rng, "", 24), PAY), "ship_to_school": False,
            "gift_message": L("For Grandma Rosa, love Leo", TEXT), "idempotency_key": rid(rng)}),
        at_path(case(f, f"{a}/v2/orders/{PHOTO_ORDER}", headers=_h(rng, auth="bearer")),
                PHOTO_ORDER, BUY),
        multipart(f, f"{a}/v2/yearbook/submissions", [
            ("photo", "leo_soccer.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json",
             {"child_id": CHILD_ID, "caption": L("Leo's first goal this fall!", TEXT)})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/retakes", headers=_h(rng, auth="bearer"), body={
            "child_id": CHILD_ID, "preferred_date": "2026-01-22",
            "reason": L("Leo had a cast on his arm on picture day", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/galleries/{GALLERY}/share", headers=_h(rng, auth="bearer"), body={
            "recipients": [{"name": L(PEOPLE[2][0], NAMEC), "email": L(PEOPLE[2][2], MAIL)}],
            "note": L("Pick your favourite!", TEXT)}),
        case(f, f"{a}/v2/consents/photo-release", headers=_h(rng, auth="bearer"), body={
            "child_id": CHILD_ID, "yearbook": True, "class_website": False,
            "signed_by": L(NAME, NAMEC), "relationship": "mother"}),
        case(f, f"{a}/v2/downloads/dl_{rnd_hex(rng, 12)}", headers=_h(rng, how="none"),
             query={"e": L(EMAIL_B64, MAIL), "exp": "1765900000", "sig": rnd_hex(rng, 40),
                    "from": PICDAY_NOREPLY}),
        case(f, f"{a}/v2/promo/apply", headers=_h(rng, auth="bearer"),
             body={"code": "SPRING10", "cart_id": "cart_" + rnd_hex(rng, 10)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, auth="bearer"), body={
            "token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "os": "android"}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "userId": L(USER_ID, UID), "model": L("Pixel 8", DEV), "events": [
                ev("gallery_open", 1, gallery=GALLERY),
                ev("pose_favorited", 2, pose=POSES[1]),
                ev("checkout_complete", 3, total=L("58.50", BUY))]}),
        case(f, f"{a}/v2/account/notifications", fmt="form", headers=_h(rng, auth="bearer"),
             body={"email_orders": "1", "sms_orders": "1", "sms_number": L(DIGITS, TEL)}),
        case(f, f"{a}/v2/support/contact", headers=_h(rng, auth="bearer"), body={
            "order": L(PHOTO_ORDER, BUY), "reply_to": L(EMAIL, MAIL),
            "school_office_phone": SCHOOL_OFFICE_PHONE,
            "message": L("Two of the wallet prints are cropped at the top", TEXT)}),
        case(f, f"{a}/v2/school-calendar", query={"school": SCHOOL, "year": "2025-26"},
             headers=_h(rng, auth="bearer", lang=True)),
    ]
    return cases


def picday_sdks() -> list[Case]:
    rng = random.Random(2542)
    return [
        gauge_pixel(APP, rng, "Gallery Code Entered", {"school": SCHOOL, "step": 1}),
        gauge_lines(APP, rng, [("Gallery Unlocked", {"school": SCHOOL}),
                               ("Pose Favorited", {"pose": POSES[1]}),
                               ("Screen Viewed", {"name": L("Checkout", USAGE)}),
                               ("Order Completed", {"total": L(58.5, BUY)})]),
        ref_open(APP, rng, first=True),
        ref_event(APP, rng, "PURCHASE", {"revenue": L(58.5, BUY), "currency": "USD",
                                         "transaction_id": L(PHOTO_ORDER, BUY)}, hashed=True),
        moth_event(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 48 MB"), [],
                   user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                   screen="GalleryActivity"),
        bell_register(APP, rng, tags={"children": "1"}),
        bell_channel(APP, rng, "email"),
        finch_token(APP, rng),
        cairn_message(APP, rng, L("The prints came with the wrong background colour", TEXT),
                      {"order": L(PHOTO_ORDER, BUY)}),
        cairn_upload(APP, rng, "cv_" + rnd_hex(rng, 8)),
        cons_save(APP, rng, {"analytics": True}, webview=True),
    ]

