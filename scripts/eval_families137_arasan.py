"""A hot-spring sanatorium's guest app "Arasan" (a radon-spring health resort in the foothills
south of Almaty, where she spends twelve days for her back; camelCase English API, a few Russian
values). A file-name and docstring grep found no sanatorium among earlier sets (spa apps in sets
65, 92 and 118 book treatments at a day spa): a sanatorium admits a patient with a referral
card, its doctor prescribes a course of procedures, meals follow a diet table and walks a
prescribed route. Sign-up with her passport, a log-in, ``/me``, programmes, the stay booked, its
documents (a passport scan and the resort-referral card) by stay number in the path, the
payment, the medical intake, the schedule, procedures booked, the arrival check-in, the guest
Wi-Fi, her diet (msgpack), a procedure's feedback, a prescribed walk (gzip JSON), the bill by a
cookie GET, a transfer from her flat, her husband as companion, the discharge summary by stay
number in the path, a review, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families137_kit import (
    ALA_HOME,
    FIT,
    HUSBAND,
    NATID,
    PASSPORT,
    SAN_FIX,
    SANATORIUM,
    STAY,
    fix,
    hd,
    obj,
    push,
)
from eval_families137_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    tn_launch,
    tn_link,
)
from eval_families137_svc import hs_attach, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("arasan", "Arasan", "com.example.arasan", "1.4.6", "https://api.arasan.example.net")
IID = "X-Guest-Device"
PW = "Radon#Springs12"
GUEST = "G-ARS-55012"  # her guest number (id.user)
WALK = [(43.188512, 76.876402), (43.189377, 76.877951), (43.190604, 76.879118),
        (43.191220, 76.880447)]  # the prescribed walking route (her fixes)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def arasan() -> list[Case]:
    rng = random.Random(13761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), guest=L(GUEST, UID)))}
    sla, slo = fix(SAN_FIX, 6)
    docs = at_path(multipart(f, f"{a}/api/stays/{STAY}/documents", [
        ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NATID}")),
        ("referral", "form_072u.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
        ("meta", None, "application/json", {"guest": L(GUEST, UID),
                                            "passportNo": L(PASSPORT, NATID)})],
        headers=_h(rng, **b)), STAY, BUY)
    discharge = at_path(case(f, f"{a}/api/stays/{STAY}/discharge", headers=_h(rng, **b),
                             query={"format": "pdf"}), STAY, BUY)
    return [
        case(f, f"{a}/api/guests/signup", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "gender": L("female", GENDER), "passportNo": L(PASSPORT, NATID),
            "citizenship": "USA", "guestNo": L(GUEST, UID)}),
        case(f, f"{a}/api/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/programmes", headers=_h(rng, **b), query={
            "type": "musculoskeletal", "nights": "12"}),
        case(f, f"{a}/api/stays", headers=_h(rng, **b), body={
            "stayNo": L(STAY, BUY), "guest": L(GUEST, UID),
            "programme": L("Spine and joints: radon baths and mud", MED),
            "room": "standard_single", "arrive": "2026-01-19", "nights": 12,
            "total": L(684000, BUY), "currency": "KZT"}),
        docs,
        case(f, f"{a}/api/payments", fmt="form", headers=_h(rng, **b), body={
            "stayNo": L(STAY, BUY), "amount": L("684000", BUY), "currency": "KZT",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "idem": rid(rng)}),
        case(f, f"{a}/api/medical/intake", headers=_h(rng, **b), body={
            "guest": L(GUEST, UID),
            "complaints": L("Lower back pain, L4-L5 disc protrusion, numb left foot",
                            f"{TEXT}|{MED}"),
            "bloodPressure": L("118/76", MED), "pulse": L(72, FIT),
            "medications": [L("ibuprofen 400 mg as needed", MED)],
            "contraindications": L("none known", MED), "heightCm": L(168, FIT),
            "weightKg": L(61, FIT)}),
        case(f, f"{a}/api/schedule", headers=_h(rng, **b), query={
            "stay": L(STAY, BUY), "day": "2026-01-20"}),
        case(f, f"{a}/api/procedures/book", headers=_h(rng, **b), body={
            "guest": L(GUEST, UID), "procedures": [
                {"name": L("radon bath", MED), "slot": "09:30", "room": "B-12"},
                {"name": L("mud application, lumbar", MED), "slot": "11:00", "room": "M-03"},
                {"name": L("underwater spinal traction", MED), "slot": "15:00",
                 "room": "P-01"}], "booking": obj(rng, "pb")}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "stayNo": L(STAY, BUY), "at": {"lat": sla, "lon": slo},
            "site": {"lat": SANATORIUM["lat"], "lon": SANATORIUM["lon"]}, "room": "214"}),
        case(f, f"{a}/api/wifi/login", headers=_h(rng, **b), body={
            "ssid": L(SANATORIUM["ssid"], WIFI), "bssid": L(SANATORIUM["bssid"], WIFI),
            "ip": L("172.20.14.66", DEV), "room": "214", "guest": L(GUEST, UID)}),
        case(f, f"{a}/api/meals/diet", fmt="msgpack", headers=_h(rng, **b), body={
            "guest": L(GUEST, UID), "diet": L("lactose-free", MED), "table": "15",
            "choices": [{"day": 1, "lunch": "sorpa", "dinner": "fish"}]}),
        case(f, f"{a}/api/procedures/feedback", headers=_h(rng, **b), body={
            "guest": L(GUEST, UID), "procedure": L("underwater spinal traction", MED),
            "painBefore": L(6, MED), "painAfter": L(4, MED),
            "text": L("Traction helped, but the foot still tingles at night",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/walks", gz=True, headers=_h(rng, **b), body={
            "guest": L(GUEST, UID), "route": "terrenkur_2", "steps": L(6120, FIT),
            "distanceM": L(4100, FIT), "points": [
                {"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1768801200 + 300 * i}
                for i, (la, lo) in enumerate(WALK)]}),
        case(f, f"{a}/api/bill", headers=_h(rng, how="none"), cookies={
            "ars_sid": L(opaque(rng, "", 40), CRED), "ars_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/transfer", headers=_h(rng, **b), body={
            "stayNo": L(STAY, BUY), "pickup": L(ALA_HOME["line"], ADDR),
            "phone": L(E164, TEL), "at": "2026-01-19T10:00:00+05:00", "fee": L(9000, BUY)}),
        case(f, f"{a}/api/guests/companion", headers=_h(rng, **b), body={
            "stayNo": L(STAY, BUY), "name": L(HUSBAND[0], NAMEC),
            "birthDate": L("1986-11-02", BIRTH), "phone": L(HUSBAND[1], TEL),
            "nights": 2, "price": L(76000, BUY)}),
        discharge,
        case(f, f"{a}/api/reviews", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "text": L("Quiet, good doctors, the radon baths really helped", TEXT),
            "stayNo": L(STAY, BUY)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("procedure_booked", 1), ev("walk_done", 2),
                ev("screen", 3, screen=L("Schedule", USAGE))]}),
    ]


def arasan_sdks() -> list[Case]:
    rng = random.Random(13762)
    return [
        mc_batch(APP, rng, [("Procedure Booked", {"count": 3}), ("Walk Done", {})],
                 at=SAN_FIX, nd=3),
        tn_launch(APP, rng, user=True, n=9),
        tn_link(APP, rng, U("https://arasan.example.net/stay", {
            "stay": L(STAY, BUY), "guest": L(GUEST, UID), "src": "email"})),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "schedule sync"),
                 [cd_crumb("nav", "Schedule -> Procedure")], screen="ScheduleActivity"),
        pt_register(APP, rng, at=SAN_FIX, nd=2, tags={"stay": L(STAY, BUY)}),
        hs_attach(APP, rng, L(JPEG + b"\x82", MEDIA), "room_tap.jpg", "image/jpeg"),
        mm_reverse(APP, rng, SAN_FIX, PRECISE, nd=6),
    ]
