"""A Navratri garba class and season-pass app "Garbaraas" (an Adajan garba class that teaches
steps in the weeks before Navratri and sells season passes to its nine nights at the Vesu party
plot; she learns with her daughter). Its API's keys are Gujarati in Latin letters with the
loans a Surat developer keeps (``phone``, ``email``, ``pass``, ``otp``, ``qr``): ``naam`` name,
``atak`` surname, ``janm_divas`` birthday, ``ling`` sex (``stri`` woman), ``umar`` age,
``shaher`` town, ``vistar`` area, ``varg`` class batch, ``shikshak`` teacher, ``hajri``
attendance, ``fi`` fee, ``rakam`` amount, ``chukavani`` payment, ``poshak`` costume, ``chhati``
/ ``kamar`` / ``unchai`` chest / waist / height, ``raatri`` nights, ``olakh`` identity
document, ``dikri`` daughter, ``pravesh`` entry, ``gaadi`` car, ``sathi`` partner, ``shodh``
search, ``geet`` song, ``abhipray`` review, ``sandesh`` message, ``khovayel`` lost,
``sthal``/``aksh``/``rekh`` place and coordinates. Sign-up, the OTP, ``/maru``, batches, the
enrolment of both, the fee by UPI, a class check-in with her fix, a practice video, a costume
hired with their measurements, the season passes with her OCI card and her daughter's Aadhaar,
a pass photo, the pass by number in the path, the entry scan (protobuf), parking, a partner
search, a song request, a lost item, a review, a message to the teacher, preferences by cookie,
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families262_kit import (
    DAUGHTER,
    GROUND,
    GROUND_FIX,
    HOME,
    HUSBAND,
    OCI,
    PASS_NO,
    STUDIO,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families262_sdk import (
    bk_bid,
    bk_notice,
    cf_session,
    md_batch,
    md_queue,
    tt_event,
    tt_launch,
    tt_link,
)
from eval_families262_svc import cs_check, mp_reverse, pc_card, pc_confirm
from eval_payloads import EMAIL, USER_ID, Case, J, L, U, W, case

APP = App("garbaraas", "Garbaraas", "com.example.garbaraas", "5.0.3",
          "https://api.garbaraas.example.com")
IID = "X-Garba-Device"
NID = "personal.national_id"
FIT = "health.fitness"
DANCER = "GR-ADJ-2291"  # her class member number (id.user)
KID_PASS = "NR25-KP-07732"  # the daughter's child pass (financial.purchase)
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(48)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
STUDIO_FIX = (21.194127, 72.795861)  # her phone at the class


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def garbaraas() -> list[Case]:
    rng = random.Random(26231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), sabhya=L(DANCER, UID),
                                    pass_no=L(PASS_NO, BUY)))}
    sla, slo = fix(STUDIO_FIX, 5)
    lab: dict[str, str] = {}
    scan = pb([(1, L(PASS_NO, BUY)), (2, GROUND["id"]), (3, "gate_4"), (4, 1759590000),
               (5, [(1, L(GROUND_FIX[0], PRECISE)), (2, L(GROUND_FIX[1], PRECISE))])], "", lab)
    qr = at_path(case(f, f"{a}/api/pass/{PASS_NO}/qr", headers=_h(rng, **b)), PASS_NO, BUY)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "atak": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "janm_divas": L(DOB, BIRTH), "ling": L("stri", GENDER),
            "shaher": L(HOME["town"], COARSE), "vistar": L(HOME["area"], COARSE),
            "kyathi_janyu": "instagram"}),
        case(f, f"{a}/api/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("774120", CRED)}),
        case(f, f"{a}/api/maru", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/varg", headers=_h(rng, **b), query={
            "studio": STUDIO["id"], "mahino": "2025-09", "star": "beginner"}),
        case(f, f"{a}/api/varg/nondhani", headers=_h(rng, **b), body={
            "sabhya": L(DANCER, UID), "varg": "beg_eve_7pm", "studio": STUDIO["id"],
            "dikri": {"naam": L(KID, NAMEC), "umar": L(9, BIRTH), "varg": "kids_6pm"},
            "fi": L(3500, BUY)}),
        case(f, f"{a}/api/chukavani", fmt="form", headers=_h(rng, **b), body={
            "sabhya": L(DANCER, UID), "rakam": L("3500.00", BUY), "rit": "upi",
            "upi_id": L(VPA, PAY), "utr": "527719044812"}),
        case(f, f"{a}/api/hajri", headers=_h(rng, **b), body={
            "sabhya": L(DANCER, UID), "varg": "beg_eve_7pm", "qr": obj(rng, "qr"),
            "sthal": {"aksh": sla, "rekh": slo},
            "studio": {"aksh": STUDIO["lat"], "rekh": STUDIO["lon"]}}),
        multipart(f, f"{a}/api/abhyas/video", [
            ("video", "teen_taali.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"sabhya": L(DANCER, UID), "step": "teen_taali",
                                                "sandesh": L("Mara pag barabar che?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/poshak/bhade", headers=_h(rng, **b), body={
            "poshak": "chaniya_choli_kutchi_m", "raatri": [3, 8],
            "map": {"chhati": L(34, FIT), "kamar": L(29, FIT), "unchai": L(165, FIT)},
            "dikri_map": {"chhati": L(26, FIT), "kamar": L(23, FIT), "unchai": L(138, FIT)},
            "rakam": L(1800, BUY), "deposit": L(2000, BUY)}),
        case(f, f"{a}/api/season_pass", headers=_h(rng, **b), body={
            "sthal": GROUND["id"], "raatri": 9, "pass": L(PASS_NO, BUY),
            "naam": L(f"{FIRST} {LAST}", NAMEC), "olakh": {"prakar": "OCI", "no": L(OCI, NID)},
            "rakam": L(2999, BUY),
            "dikri_pass": {"pass": L(KID_PASS, BUY), "naam": L(KID, NAMEC),
                           "janm_tarikh": L(DAUGHTER["dob"], BIRTH),
                           "aadhaar": L(DAUGHTER["aadhaar"], NID), "rakam": L(999, BUY)}}),
        multipart(f, f"{a}/api/season_pass/photo", [
            ("photo", "pass_photo.jpg", "image/jpeg", L(JPEG + b"\x74", MEDIA)),
            ("meta", None, "application/json", {"pass": L(PASS_NO, BUY)})],
            headers=_h(rng, **b)),
        qr,
        raw(f, f"{a}/api/pravesh/scan", scan, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/parking", fmt="form", headers=_h(rng, **b), body={
            "pass": L(PASS_NO, BUY), "gaadi_no": "GJ-05-RK-4417", "raatri": "1-9",
            "rakam": L("450", BUY)}),
        case(f, f"{a}/api/sathi/shodh", headers=_h(rng, **b), query={
            "shodh": L("dandiya sathi Adajan beginner", SEARCH), "page": "1"}),
        case(f, f"{a}/api/geet/vinanti", headers=_h(rng, **b), body={
            "raatri": 5, "geet": L("Pankhida pankhida, ane pachi Dholida please!", TEXT)}),
        case(f, f"{a}/api/khovayel", headers=_h(rng, **b), body={
            "raatri": 6, "pass": L(PASS_NO, BUY),
            "sandesh": L("Gate 4 pase chandi ni jhanjhar khovai gai, phone karjo "
                         "+1 555 010 0199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/abhipray", fmt="form", headers=_h(rng, **b), body={
            "raatri": "8", "tara": "4",
            "abhipray": L("Sound saras hato pan bhid bahu hati, bachcha mate jagya nahoti", TEXT)}),
        case(f, f"{a}/api/sandesh", headers=_h(rng, **b), body={
            "kone": "shikshak_beg_eve",
            "sandesh": L(f"Aaje {KID} ne {HUSBAND[0]} lai jashe, hu modi aavish",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/pasand", headers=_h(rng, **b), cookies={
            "gr_pasand": W({"sabhya": L(DANCER, UID), "bhasha": L("gu", DEV),
                            "email": L(EMAIL_UPPER, MAIL)}, "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "gu_IN")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pass_bought", 1, rakam=L(2999, BUY)),
                ev("screen", 2, screen=L("PassQr", USAGE))]}),
    ]


def garbaraas_sdks() -> list[Case]:
    rng = random.Random(26232)
    link = U("https://garbaraas.example.com/p", {"pass": L(PASS_NO, BUY), "src": "sms",
                                                  "ph": L(E164, TEL)})
    return [
        md_batch(APP, rng, [("Pass Bought", {"rakam": L(2999, BUY)}),
                            ("Class Checked In", {"varg": "beg_eve_7pm"})],
                 at=GROUND_FIX, nd=3, locale="gu_IN"),
        md_queue(APP, rng, [("Entry Scanned", {"gate": "gate_4"}),
                            ("Song Requested", {"raatri": 5})]),
        tt_launch(APP, rng, first=True),
        tt_link(APP, rng, link),
        tt_event(APP, rng, "purchase", {"pass": L(PASS_NO, BUY)}, revenue=2999.0,
                 currency="INR", hashed=True),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480}}, keywords="navratri,garba,chaniya"),
        bk_notice(APP, rng, "imp"),
        cf_session(APP, rng, secs=1320),
        pc_card(APP, rng),
        pc_confirm(APP, rng, "2999.00", "inr"),
        mp_reverse(APP, rng, GROUND_FIX, PRECISE, nd=4),
        cs_check(APP, rng, {"analytics": True, "ads": False}),
    ]
