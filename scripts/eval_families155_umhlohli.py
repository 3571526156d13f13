"""University staff app "Umhlohli" (lecturer; she teaches an English block week each month at a
university's Mthatha campus and uses the staff app for HR, marks, travel claims and the
library; isiXhosa keys with English kept for OAuth: ``inombolo_yabasebenzi`` staff number,
``igama`` / ``ifani``, ``inombolo_yesazisi`` ID number, ``irhafu`` tax reference,
``iakhawunti`` account, ``idilesi`` address, ``isixeko`` city, ``ikhowudi_yeposi`` post code,
``ulingano`` employment equity, ``ubuhlanga`` population group, ``ukukhubazeka`` disability,
``ikhosi`` course, ``abafundi`` students, ``umfundi`` student, ``amanqaku`` / ``inqaku`` marks /
mark, ``ubukho`` attendance, ``igumbi`` room, ``ibango`` claim, ``iikhilomitha`` kilometres,
``ukusuka`` / ``ukuya`` from / to, ``imoto`` car, ``irisithi`` receipt, ``ukuhlala``
accommodation, ``ipaki`` parking, ``ikhadi`` card, ``iwifi``, ``ithala`` library, ``incwadi``
book, ``ikhefu`` leave, ``isizathu`` reason, ``uviwo`` exam, ``umyalezo`` message,
``izaziso`` notices): an OAuth password grant with her staff number, ``/mna``, the HR profile
(SA ID number, tax reference, bank account, address), the employment-equity form (population
group, disability), courses and a class list, marks (gzip; students' numbers and marks are
negatives), an attendance QR with her fix, a travel claim, its fuel slip, accommodation
declined, parking, the staff-card photo, the campus Wi-Fi (her phone's MAC), a library search
and loan, family-responsibility leave, an invigilation swap, the tax certificate, the payslip
by staff number in the path, notices by cookie, push and events. Sets with schools have parents
or pupils as users; a university lecturer's staff app is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    HW,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, others, rid
from eval_families155_kit import (
    CAMPUS,
    CAMPUS_FIX,
    HOMESTEAD,
    PE_HOME,
    PE_HOME_AT,
    SA_ID,
    STAFF,
    TAX_REF,
    ZA_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families155_sdk import ab_launch, bm_bid, cz_crash, cz_crumb, mq_batch, mq_identify
from eval_families155_svc import cv_save, fk_eval, hn_message, mk_geocode, mk_route, pq_register
from eval_payloads import EMAIL, INSTALL_ID, MAC, USER_ID, Case, J, L, case

APP = App("umhlohli", "Umhlohli", "com.example.umhlohli", "7.1.3",
          "https://api.umhlohli.example.org")
IID = "X-Umhlohli-Device"
PW = "Kei!Valley2026"
NID = "personal.national_id"
WORK_MAIL = "jdoe@staff.kvu.example.org"  # her staff e-mail (contact.email)
COURSE = "ENG2B14"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def umhlohli() -> list[Case]:
    rng = random.Random(15571)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    st = L(STAFF, UID)
    jw = {"Authorization": J(claims(rng, email=L(WORK_MAIL, MAIL), staff=L(STAFF, UID),
                                    indima="visiting_lecturer"))}
    cla, clo = fix(CAMPUS_FIX, 5)
    students = others(rng, 4, "s")
    slip = at_path(case(f, f"{a}/v1/abasebenzi/{STAFF}/ipayslip", headers=_h(rng, **b),
                        query={"inyanga": "2026-01"}), STAFF, UID)
    return [
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(STAFF, UID), "password": L(PW, CRED),
            "client_id": "umhlohli-android"}),
        case(f, f"{a}/v1/mna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/abasebenzi/profile", headers=_h(rng, **b), body={
            "inombolo_yabasebenzi": st, "igama": L(FIRST, NAMEC), "ifani": L(LAST, NAMEC),
            "imeyile_yobuqu": L(EMAIL, MAIL), "inombolo_yesazisi": L(SA_ID, NID),
            "irhafu": L(TAX_REF, NID), "iakhawunti": L(ZA_ACCOUNT, PAY), "ibhanki": "250655",
            "idilesi": L(PE_HOME["line"], ADDR), "isixeko": L(PE_HOME["town"], COARSE),
            "ikhowudi_yeposi": L(PE_HOME["post"], COARSE)}),
        case(f, f"{a}/v1/ulingano", headers=_h(rng, **b), body={
            "inombolo_yabasebenzi": st, "ubuhlanga": L("White", SENS),
            "isini": L("female", GENDER), "ukukhubazeka": L("none", SENS), "ifomu": "EEA1"}),
        case(f, f"{a}/v1/iikhosi", headers=_h(rng, **b), query={"isemester": "2026-1"}),
        case(f, f"{a}/v1/iikhosi/{COURSE}/abafundi", headers=_h(rng, **b)),
        case(f, f"{a}/v1/amanqaku", gz=True, headers=_h(rng, **b), body={
            "ikhosi": COURSE, "uvavanyo": "essay1", "inombolo_yabasebenzi": st,
            "amanqaku": [{"umfundi": s, "inqaku": 52 + 7 * i} for i, s in enumerate(students)]}),
        case(f, f"{a}/v1/ubukho/qr", headers=_h(rng, **b), body={
            "ikhosi": COURSE, "igumbi": "B204", "indawo": {"lat": cla, "lng": clo},
            "ikhampasi": {"lat": CAMPUS["lat"], "lng": CAMPUS["lon"]}, "isifundo": obj(rng, "lc")}),
        case(f, f"{a}/v1/ibango", headers=_h(rng, **b), body={
            "inombolo_yabasebenzi": st, "ukusuka": L("Gqeberha", COARSE),
            "ukuya": L("Mthatha", COARSE), "iikhilomitha": 492, "isixa": L(2420.80, BUY),
            "imoto": "private", "iakhawunti": L(ZA_ACCOUNT, PAY)}),
        multipart(f, f"{a}/v1/ibango/irisithi", [
            ("irisithi", "fuel_slip.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
            ("meta", None, "application/json", {"ibango": obj(rng, "cl"),
                                                "isixa": L(1180.50, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ukuhlala", fmt="form", headers=_h(rng, **b), body={
            "iveki": "2026-W07", "uyalifuna": "hayi",
            "isizathu": L(f"Ndihlala kumzi wakwaMgijima e{HOMESTEAD['village']}",
                          f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/v1/ipaki", fmt="form", headers=_h(rng, **b), body={
            "inombolo_yabasebenzi": st, "imoto": "JHB 418 EC", "iintsuku": "mon-fri"}),
        multipart(f, f"{a}/v1/ikhadi/ifoto", [
            ("ifoto", "staff_card.jpg", "image/jpeg", L(JPEG + b"\x5d", MEDIA)),
            ("meta", None, "application/json", {"inombolo_yabasebenzi": st})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/iwifi/bhalisa", headers=_h(rng, **b), body={
            "username": L(WORK_MAIL, MAIL), "iphasiwedi_yewifi": L("kvu-" + opaque(rng, "", 10),
                                                                   CRED),
            "mac": L(MAC, HW), "isixhobo": L("Pixel 8", DEV), "ikhampasi": CAMPUS["id"]}),
        case(f, f"{a}/v1/ithala/khangela", headers=_h(rng, **b), query={
            "q": L("Ingqumbo yeminyanya Jordan", SEARCH), "uhlobo": "book"}),
        case(f, f"{a}/v1/ithala/boleka", headers=_h(rng, **b), body={
            "incwadi": "isbn_9780627016011", "inombolo_yabasebenzi": st, "iintsuku": 14}),
        case(f, f"{a}/v1/ikhefu", headers=_h(rng, **b), body={
            "inombolo_yabasebenzi": st, "uhlobo": "family_responsibility",
            "umhla": "2026-03-13", "iintsuku": 1,
            "isizathu": L("Imbeleko yentombi yam ekhaya eNgqeleni", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/uviwo/tshintsha", headers=_h(rng, **b), body={
            "uviwo": obj(rng, "ex"), "igumbi": "Hall C", "kubani": "stf_mbotho",
            "umyalezo": L("Ndicela sitshintshe, ndiya eGqeberha ngoLwesine", TEXT)}),
        case(f, f"{a}/v1/irhafu/irp5", headers=_h(rng, **b), query={
            "irhafu": L(TAX_REF, NID), "unyaka": "2025"}),
        slip,
        case(f, f"{a}/v1/izaziso", headers=_h(rng, how="none"), cookies={
            "uh_sess": L(opaque(rng, "", 40), CRED), "uh_dev": L(INSTALL_ID, DID),
            "uh_req": rid(rng), "uh_campus": CAMPUS["id"]}),
        case(f, f"{a}/v1/izixhobo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/iziganeko", headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "iziganeko": [
                ev("amanqaku_athunyelwe", 1), ev("iscreen", 2, iscreen=L("Ibango", USAGE))]}),
    ]


def umhlohli_sdks() -> list[Case]:
    rng = random.Random(15572)
    return [
        mq_batch(APP, rng, [("Marks Uploaded", {"course": COURSE}),
                            ("Claim Submitted", {"amount": L(2420.8, BUY)})],
                 at=CAMPUS_FIX, nd=2),
        mq_identify(APP, rng, {"role": "visiting_lecturer", "campus": CAMPUS["id"],
                               "city": L("Mthatha", COARSE), "staff": L(STAFF, UID)}),
        ab_launch(APP, rng, user=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="books,education"),
        cz_crash(APP, rng, ("java.lang.OutOfMemoryError", "marks sheet"),
                 [cz_crumb("nav", "Iikhosi -> Amanqaku")], screen="MarksActivity"),
        fk_eval(APP, rng, {"campus": CAMPUS["id"], "role": "visiting_lecturer"}),
        pq_register(APP, rng, at=CAMPUS_FIX, nd=2, tags={"campus": CAMPUS["id"]}),
        cv_save(APP, rng, {"analytics": True, "marketing": False}),
        mk_geocode(APP, rng, "Mthatha campus B block", SEARCH, near=CAMPUS_FIX, nd=3),
        mk_route(APP, rng, [(PE_HOME_AT, PRECISE), ((CAMPUS["lat"], CAMPUS["lon"]), None)]),
        hn_message(APP, rng, L("My travel claim for February is still pending", TEXT),
                   {"staff": L(STAFF, UID)}),
    ]

