"""A-level tuition-class app "Panthiya" (panthiya: the class) of a Colombo tuition hall: the
user is the parent (her stepdaughter Sanduni, 17, sits her A-levels next August; the child's data
is what the app is for). Unlike set 75's online academy for young children, set 105's coaching
institute and set 99's/106's schools, these are a mass tuition hall's theory, revision and paper
classes the girl attends after school: the parent's sign-up, an SMS code, ``/me`` with a JWT
listing the girl, her profile (NIC, exam index, class card, her own phone), her class-card
photo, enrolment and the month's fees, the timetable, attendance and results by her ID in the
path, a question to the teacher, recorded lectures (a protobuf progress beat), the school van,
her medical note, halls near home, an exam seminar, a meeting about her nerves, a search, a Play
purchase, photo consent, push, events and notices by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families110_kit import (
    ADDR,
    BIRTH,
    BUY,
    CLASS_CARD,
    CMB_HOME,
    CMB_HOME_AT,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EXAM_INDEX,
    GENDER,
    GIRL,
    GIRL_NIC,
    HALL,
    HUSBAND,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PHONE_PAREN,
    PRECISE,
    SEARCH,
    STUDENT,
    TEACHER,
    TEL,
    TEXT,
    TZ,
    UID,
    USAGE,
    VAN,
    App,
    at_path,
    claims,
    ev,
    fix,
    lk_head,
    multipart,
    obj,
    opaque,
    pb,
    play_token,
    push_token,
    raw,
)
from eval_families110_sdk import (
    bk_bid,
    ch_crash,
    ch_crumb,
    mt_link,
    mt_session,
    sk_batch,
    sk_identify,
)
from eval_families110_svc import ck_attach, pk_register, pm_card, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("panthiya", "Panthiya", "com.example.panthiya", "3.3.4",
          "https://api.panthiya.example.com")
IID = "X-Panthiya-Device"
PW = "Mango-Chutney-31"
S = f"https://api.panthiya.example.com/v1/students/{STUDENT}"
TXT_N = f"{TEXT}|{NAMEC}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return lk_head(APP, rng, IID, how, lang=False, **kw)


def panthiya() -> list[Case]:
    rng = random.Random(11041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    kid = L(STUDENT, UID)
    hla, hlo = fix(CMB_HOME_AT)
    rec = obj(rng, "rec", 8)
    lab: dict[str, str] = {}
    beat = pb([(1, L(STUDENT, UID)), (2, rec), (3, 1840), (4, L(2210, USAGE)),
               (5, L(USER_ID, UID))], "", lab)
    jw = {"Authorization": J(claims(rng, students=[L(STUDENT, UID)], role="parent"))}

    def kidget(suffix: str, query: dict[str, Any] | None = None) -> Case:
        return at_path(case(f, f"{S}/{suffix}", headers=_h(rng, **b), query=query), STUDENT, UID)

    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "relationship": "stepmother",
            "city": L("Colombo", COARSE)}),
        case(f, f"{a}/v1/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE_PAREN, TEL), "otp": L("660214", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/students", headers=_h(rng, **b), body={
            "name": L(GIRL[0], NAMEC), "dob": L(GIRL[1], BIRTH), "gender": L("female", GENDER),
            "nic": L(GIRL_NIC, NATID), "mobile": L(GIRL[2], TEL),
            "school": "Example Ladies' College", "stream": "Biological Science",
            "examYear": 2026, "examIndex": L(EXAM_INDEX, UID), "classCard": L(CLASS_CARD, UID)}),
        at_path(multipart(f, f"{S}/photo", [
            ("photo", "sanduni.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"purpose": "class card"})],
            headers=_h(rng, **b)), STUDENT, UID),
        case(f, f"{a}/v1/enrolments", headers=_h(rng, **b), body={
            "student": kid, "month": "2025-12", "hall": HALL["id"],
            "classes": [{"id": "CHEM-26-THEORY", "teacher": TEACHER[0]},
                        {"id": "PHY-26-REV", "teacher": "tch_0102"}],
            "total": L("7500.00", BUY)}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "student": kid, "amount": L("7500.00", BUY), "method": "card",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        kidget("timetable", {"week": "2025-W50"}),
        kidget("attendance", {"month": "2025-11"}),
        kidget("results"),
        case(f, f"{a}/v1/questions", headers=_h(rng, **b), body={
            "student": kid, "class": "CHEM-26-THEORY", "teacher": TEACHER[0],
            "text": L("Sanduni missed Saturday's organic chemistry paper class; can she get "
                      "the paper?", TXT_N)}),
        raw(f, f"{a}/v1/recordings/{rec}/progress", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/van/pickup", headers=_h(rng, **b), body={
            "student": kid, "time": "15:30",
            "driver": {"name": L(VAN[0], NAMEC), "phone": L(VAN[1], TEL)},
            "pickup": {"line": L(CMB_HOME["line"], ADDR), "lat": hla, "lon": hlo},
            "hall": {"id": HALL["id"], "lat": HALL["lat"], "lon": HALL["lon"],
                     "phone": HALL["phone"]}}),
        at_path(case(f, f"{S}/medical", headers=_h(rng, **b), body={
            "conditions": [L("asthma", MED)], "inhaler": L("salbutamol", MED),
            "allergies": [L("penicillin", MED)],
            "emergency": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}}),
            STUDENT, UID),
        case(f, f"{a}/v1/halls/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{CMB_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{CMB_HOME_AT[1]:.3f}", PRECISE),
            "subject": "chemistry"}),
        case(f, f"{a}/v1/seminars/sem_2607/bookings", headers=_h(rng, **b), body={
            "seats": 2, "total": L("3000.00", BUY), "bookingCode": L("SEM-25-4471", BUY),
            "attendees": [L(GIRL[0], NAMEC), L(NAME, NAMEC)], "venue": HALL["name"]}),
        case(f, f"{a}/v1/meetings", headers=_h(rng, **b), body={
            "teacher": TEACHER[0], "slot": "2025-12-13T10:00+05:30", "student": kid,
            "reason": L("Sanduni has been very anxious before papers and is not sleeping",
                        f"{TXT_N}|{MED}")}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("combined maths revision Wellawatte", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/play/verify", headers=_h(rng, **b), body={
            "productId": L("pnt_recordings_monthly", BUY),
            "orderId": L("GPA.3392-8812-4410-55231", BUY),
            "purchaseToken": L(play_token(rng), BUY), "student": kid}),
        case(f, f"{a}/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "student": kid, "photos": "false", "recordings": "true",
            "parentName": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_LK", DEV), "timezone": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("fees_paid", 1), ev("recording_played", 2, minutes=37),
                ev("screen", 3, screen=L("Timetable", USAGE))]}),
        case(f, f"{a}/v1/notices", headers=_h(rng, how="upper"), cookies={
            "pnt_session": L(opaque(rng, "", 40), CRED), "pnt_student": L(STUDENT, UID)}),
    ]


def panthiya_sdks() -> list[Case]:
    rng = random.Random(11042)
    link = U("https://panthiya.example.com/l/class",
             {"class": "CHEM-26-THEORY", "student": L(STUDENT, UID), "utm_source": "whatsapp"})
    return [
        sk_batch(APP, rng, [("Recording Watched", {"minutes": L(37, USAGE)}),
                            ("Fees Paid", {"amount": L(7500, BUY)})]),
        sk_identify(APP, rng, {"children": 1, "stream": "bio", "city": L("Colombo", COARSE)}),
        mt_session(APP, rng, user=True, n=14),
        mt_link(APP, rng, link),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F"),
        ch_crash(APP, rng, ("android.media.MediaCodec$CodecException", "decoder init"),
                 [ch_crumb("nav", "Recordings -> Player"),
                  ch_crumb("http", "GET", {"status": 206})], screen="PlayerActivity"),
        tp_eval(APP, rng, {"paperClasses": True, "examYear": 2026}),
        pk_register(APP, rng, tags={"stream": "bio", "examYear": "2026"}),
        pm_card(APP, rng),
        ck_attach(APP, rng, L(JPEG + b"\xa2", MEDIA), "paper_page3.jpg", "image/jpeg"),
    ]
