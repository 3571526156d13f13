"""A proctology day clinic's patient app "Arshmukti" (an Athwa clinic treating her grade-II
piles with a laser procedure; her own health data). Its API's keys are Gujarati in Latin
letters, snake_case, with the medical loans a Surat clinic keeps (``report``, ``operation``,
``doctor``, ``allergy``, ``policy_no``): ``dardi`` patient, ``naam`` name, ``atak`` surname,
``mobile``, ``janm_tarikh`` birth date, ``ling`` sex (``stri``), ``saranamu`` address,
``olakh`` identity document, ``file_no`` clinic file number, ``lakshano`` symptoms,
``lohi_padvu`` bleeding, ``dukhavo`` pain, ``kabajiyat`` constipation, ``garbhavastha``
pregnancy, ``bimari`` illness, ``dava`` medicine, ``tapas`` examination, ``mulakat``
appointment, ``yojana`` treatment plan, ``vimo`` insurance, ``sammati`` consent, ``sahi``
signature, ``shek`` sitz bath, ``rakam`` amount, ``kimat`` price, ``bill``, ``sandesh`` message,
``abhipray`` feedback, ``sthal``/``aksh``/``rekh`` place and coordinates. Sign-up with her OCI
card, the OTP, ``/maru``, the symptom form (gzip), the appointment, the consultation fee, a
check-in at the clinic, her earlier US colonoscopy report (PDF), the plan and its quote, the
insurer's pre-authorisation, the consent signature, pre-operative instructions, a protobuf
post-op diary, a sitz-bath and fibre log (msgpack), prescriptions, a message to the doctor, a
video follow-up, the bill by file number in the path, the discharge summary for the claim, a
refund to her account, feedback, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families262_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    FILE_NO,
    HOME,
    HOME_AT,
    IN_ACCOUNT,
    OCI,
    fix,
    hd,
    obj,
    push,
)
from eval_families262_sdk import cf_session, md_batch, md_queue, tt_launch
from eval_families262_svc import cs_check, fj_eval, ht_attach, mp_geocode, pu_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("arshmukti", "Arshmukti", "com.example.arshmukti", "2.2.7",
          "https://api.arshmukti.example.org")
IID = "X-AM-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
POLICY = "HX-PL-7741093"  # her health-insurance policy number (health.medical, as a member ID)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def arshmukti() -> list[Case]:
    rng = random.Random(26251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), file_no=L(FILE_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE_NO, MED)), (2, 1767225600), (3, 4),
                (4, [(1, L(3, MED)), (2, L(False, MED)), (3, L("lidocaine gel", MED))]),
                (5, "2.2.7")], "", lab)
    bill = at_path(case(f, f"{a}/api/v2/dardi/{FILE_NO}/bill", headers=_h(rng, **b)),
                   FILE_NO, MED)
    return [
        case(f, f"{a}/api/v2/dardi", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "atak": L(LAST, NAMEC), "mobile": L(E164, TEL),
            "email": L(EMAIL, MAIL), "janm_tarikh": L(DOB, BIRTH), "ling": L("stri", GENDER),
            "saranamu": L(HOME["line"], ADDR), "shaher": L(HOME["town"], "location.coarse"),
            "olakh": {"prakar": "OCI", "no": L(OCI, NID)}, "bhasha": "en"}),
        case(f, f"{a}/api/v2/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "otp": L("602771", CRED)}),
        case(f, f"{a}/api/v2/maru", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/lakshano", gz=True, headers=_h(rng, **b), body={
            "file_no": L(FILE_NO, MED), "lohi_padvu": L(True, MED), "dukhavo": L(6, MED),
            "kabajiyat": L("3 mahina thi", MED), "garbhavastha": L(False, f"{MED}|{SENS}"),
            "bimari": [L("hypothyroidism", MED)], "dava": [L("thyroxine 50 mcg", MED)],
            "allergy": [L("sulfa", MED)], "pehla_operation": L("none", MED)}),
        case(f, f"{a}/api/v2/mulakat", headers=_h(rng, **b), body={
            "file_no": L(FILE_NO, MED), "tapas": L("proctoscopy", MED),
            "tarikh": "2025-12-18", "samay": "11:30", "doctor": "dr_hv", "room": "opd_2"}),
        case(f, f"{a}/api/v2/chukavani/consultation", fmt="form", headers=_h(rng, **b), body={
            "rakam": L("800", BUY), "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "file_no": L(FILE_NO, MED)}),
        case(f, f"{a}/api/v2/checkin", headers=_h(rng, **b), body={
            "mulakat": obj(rng, "ml"), "sthal": {"aksh": cla, "rekh": clo},
            "clinic": {"id": CLINIC["id"], "aksh": CLINIC["lat"], "rekh": CLINIC["lon"]}}),
        multipart(f, f"{a}/api/v2/report", [
            ("report", "colonoscopy_2023_us.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"file_no": L(FILE_NO, MED),
                                                "prakar": L("colonoscopy", MED),
                                                "varsh": "2023"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/yojana/svikar", headers=_h(rng, **b), body={
            "file_no": L(FILE_NO, MED), "nidan": L("internal haemorrhoids grade II", MED),
            "icd": L("K64.1", MED), "operation": L("laser hemorrhoidoplasty", MED),
            "anesthesia": L("spinal", MED), "kimat": L(48000, BUY), "chalan": "INR"}),
        case(f, f"{a}/api/v2/vimo/preauth", headers=_h(rng, **b), body={
            "file_no": L(FILE_NO, MED), "vimo_company": "Example Health Insurance",
            "policy_no": L(POLICY, MED), "vimadhari": L(f"{FIRST} {LAST}", NAMEC),
            "rakam": L(48000, BUY), "icd": L("K64.1", MED)}),
        multipart(f, f"{a}/api/v2/sammati", [
            ("sahi", "sahi.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(34), MEDIA)),
            ("form", None, "application/json", {"file_no": L(FILE_NO, MED),
                                                "form": "laser_proc_gu_v3",
                                                "sahi_karnar": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/suchana", headers=_h(rng, **b), query={
            "file_no": L(FILE_NO, MED), "prakar": "pre_op"}),
        raw(f, f"{a}/api/v2/diary", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/diary/shek", fmt="msgpack", headers=_h(rng, **b), body={
            "file_no": L(FILE_NO, MED), "divas": 4,
            "shek": L(3, MED), "isabgol_chamchi": L(2, MED), "dukhavo": L(3, MED)}),
        case(f, f"{a}/api/v2/dava", headers=_h(rng, **b), query={
            "file_no": L(FILE_NO, MED), "chalu": "true"}),
        case(f, f"{a}/api/v2/sandesh", headers=_h(rng, **b), body={
            "kone": {"naam": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "sandesh": L("Doctor, chotha divase pan sandas vakhte thodu lohi pade che, chinta "
                         "ni vaat che?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/video/room", headers=_h(rng, **b), body={
            "mulakat": obj(rng, "ml"), "join_token": L(opaque(rng, "vr_", 36), CRED)}),
        bill,
        multipart(f, f"{a}/api/v2/vimo/claim", [
            ("discharge", "discharge_summary.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"policy_no": L(POLICY, MED),
                                                "file_no": L(FILE_NO, MED),
                                                "rakam": L(48000, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/refund", headers=_h(rng, **b), body={
            "rakam": L(5200, BUY), "khatu_no": L(IN_ACCOUNT, PAY), "ifsc": "EXMP0004417",
            "khatedar": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v2/abhipray", fmt="form", headers=_h(rng, **b), body={
            "tara": "5", "abhipray": L("Staff saro hato, doctor e badhu Gujarati ane English "
                                       "banne ma samjavyu", TEXT)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("plan_accepted", 1), ev("screen", 2, screen=L("PostOpDiary", USAGE))]}),
    ]


def arshmukti_sdks() -> list[Case]:
    rng = random.Random(26252)
    return [
        md_batch(APP, rng, [("Plan Accepted", {"operation": L("laser", MED)}),
                            ("Fee Paid", {"rakam": L(800, BUY)})]),
        md_queue(APP, rng, [("Diary Entry", {"dukhavo": L(3, MED)}),
                            ("Report Uploaded", {"prakar": "pdf"})]),
        tt_launch(APP, rng, first=True, user=True),
        cf_session(APP, rng, secs=388),
        fj_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("proctology", MED)}, hdr=True),
        pu_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Sanjeevani Laser Proctology Clinic Athwa",
                   f"behavior.search|{MED}", near=HOME_AT, nd=2),
        ht_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "insurance_query.pdf", "application/pdf"),
    ]
