"""Contact-centre workers' union app "Kapisanan" (agents and trainers of the outsourcing offices in
the Clark Freeport; she coaches agents' voices and joined the union; trade-union membership is
sensitive; its API's keys are Kapampangan with English: ``kapisanan`` union (lit. association),
``kayanib`` member, ``ambag`` dues (lit. contribution), ``sueldu`` pay, ``obra`` work or job,
``kumpanya`` employer, ``reklamu`` grievance, ``botu`` vote, ``pulong`` meeting, ``saup``
mutual aid (lit. help), ``utang`` loan, ``benepisyaryu`` beneficiary, ``lagyu`` name,
``apelyidu`` surname, ``selpon`` mobile, ``aldo_kebaitan`` birth date, ``asawa`` spouse,
``anak`` child, ``sakit`` illness, ``alaga`` amount, ``lugal`` place, ``oras`` hours,
``mensahi`` message, ``letratu`` photo, ``panintun`` search, ``pirma`` signature, ``aku`` me,
``lub`` log in, ``lual`` log out): joining (her SSS number, employee number), log-in (JSON),
``/aku``, the dues check-off authorisation (her signature, bank account), dues history, a
grievance about the night differential, its payslip (PDF), the CBA ratification vote, a general
assembly RSVP, a shift check-in at the Clark office with her fix, an overtime log (msgpack), a
mutual-aid medical claim (laryngitis; her PhilHealth number), a salary loan to her e-wallet (her
TIN), beneficiaries, the member record by number in the path, a news search, the union chat, the
ID photo, the shuttle, push, events and a log-out. Union apps exist (set 174's college teachers'
association, set 187's farm and packhouse workers): this one is a private-sector service union
with a check-off, a CBA ballot, shift and overtime records and a mutual-aid fund; no set has a
call-centre or outsourcing workers' app (a docstring grep for "bpo", "call center", "contact
centre" found only set 81's "call centre" as a word)."""

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
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families192_kit import (
    DAUGHTER,
    EMPLOYEE,
    HUSBAND,
    LOCAL_NO,
    MEMBER,
    OFFICE_AT,
    PH_ACCOUNT,
    PHILHEALTH,
    SSS,
    TIN,
    UNION,
    fix,
    hd,
    obj,
    push,
)
from eval_families192_sdk import cb_crash, cb_crumb, mb_batch, mb_identify, mb_pixel, tk_launch
from eval_families192_svc import ck_check, cm_wallet, fb_eval, ht_message, mp_geocode, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kapisanan", "Kapisanan", "com.example.kapisanan", "4.0.1",
          "https://api.kapisanan.example.com")
IID = "X-Kapisanan-Gamit"
PW = "Kayanib!Clark2026"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))
UNI = SENS  # the union's name or ID, a ballot, an assembly: trade-union membership


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kapisanan() -> list[Case]:
    rng = random.Random(19261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kayanib=L(MEMBER, UID),
                                    kapisanan=L(UNION["id"], UNI)))}
    ola, olo = fix(OFFICE_AT, 5)
    rec = at_path(case(f, f"{a}/api/kayanib/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/api/kayanib", headers=_h(rng), body={
            "lagyu": L(FIRST, NAMEC), "apelyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "password": L(PW, CRED), "aldo_kebaitan": L(DOB, BIRTH),
            "sss": L(SSS, NID), "employee_no": L(EMPLOYEE, UID),
            "kumpanya": "Clark Example Outsourcing Inc.", "obra": "voice and accent coach",
            "kapisanan": L(UNION["id"], UNI), "kayanib": L(MEMBER, UID)}),
        case(f, f"{a}/api/lub", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "gamit": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/aku", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/ambag/checkoff", [
            ("pirma", "pirma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("form", None, "application/json", {
                "kayanib": L(MEMBER, UID), "employee_no": L(EMPLOYEE, UID),
                "kapisanan": L(UNION["name"], UNI), "ambag_bulan": L(250, BUY),
                "bank_account": L(PH_ACCOUNT, PAY), "pinirmahan": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ambag", headers=_h(rng, **b), query={
            "kayanib": L(MEMBER, UID), "taun": "2026"}),
        case(f, f"{a}/api/reklamu", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "klase": "night_differential",
            "sulat": L("E ne bayaran ing night diff ku king Enero, 10 pm - 6 am ing shift ku; "
                       "ing TL ku i Marco Dizon", f"{TEXT}|{NAMEC}"),
            "kapisanan": L(UNION["id"], UNI)}),
        multipart(f, f"{a}/api/reklamu/attachments", [
            ("payslip", "payslip_jan.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"reklamu": obj(rng, "gr"),
                                                "employee_no": L(EMPLOYEE, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cba/botu", fmt="form", headers=_h(rng, **b), body={
            "ballot": "cba_2026_ratification", "botu": L("yes", UNI),
            "kayanib": L(MEMBER, UID), "nonce": rid(rng)}),
        case(f, f"{a}/api/pulong/rsvp", headers=_h(rng, **b), body={
            "pulong": L("general assembly 2026", UNI), "dadalu": True, "kayanib": L(MEMBER, UID)}),
        case(f, f"{a}/api/shift/checkin", headers=_h(rng, **b), body={
            "employee_no": L(EMPLOYEE, UID), "lugal": {"lat": ola, "lng": olo, "acc": 14},
            "site": "clark-b4", "shift": "22:00-06:00"}),
        case(f, f"{a}/api/overtime", fmt="msgpack", headers=_h(rng, **b), body={
            "employee_no": L(EMPLOYEE, UID), "log": [
                {"petsa": "2026-01-12", "oras": 2.5}, {"petsa": "2026-01-19", "oras": 3.0}],
            "kayanib": L(MEMBER, UID)}),
        case(f, f"{a}/api/saup/medical", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "sakit": L("laryngitis, vocal cord nodules", MED),
            "doktor": "ENT clinic, Angeles", "alaga": L(4800, BUY),
            "philhealth": L(PHILHEALTH, NID), "resibu": L("OR-" + opaque(rng, "", 8), BUY)}),
        case(f, f"{a}/api/saup/utang", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "alaga": L(20000, BUY), "months": 10,
            "ewallet": L(LOCAL_NO, f"{TEL}|{PAY}"), "tin": L(TIN, NID)}),
        case(f, f"{a}/api/benepisyaryu", headers=_h(rng, **b), body={
            "kayanib": L(MEMBER, UID), "benepisyaryu": [
                {"lagyu": L(HUSBAND[0], NAMEC), "relasyon": "asawa",
                 "selpon": L(HUSBAND[1], TEL), "share": 50},
                {"lagyu": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "relasyon": "anak", "aldo_kebaitan": L(DAUGHTER["dob"], BIRTH), "share": 50}]}),
        rec,
        case(f, f"{a}/api/balita", headers=_h(rng, **b), query={
            "panintun": L("night differential DOLE ruling", SEARCH), "page": "1"}),
        case(f, f"{a}/api/chat/messages", headers=_h(rng, **b), body={
            "room": "clark-b4-kayanib",
            "mensahi": L("Dadalu ku king assembly. Ilako ta ing reklamu tungkul king night diff.",
                         f"{TEXT}|{UNI}")}),
        multipart(f, f"{a}/api/kayanib/letratu", [
            ("letratu", "id_photo.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {"kayanib": L(MEMBER, UID), "use": "union_id"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/profile/prefs", headers=_h(rng, **b), cookies={
            "kp_sess": L(opaque(rng, "", 40), CRED),
            "kp_prefs": W({"kayanib": L(MEMBER, UID), "amanu": L("en", DEV),
                           "site": "clark-b4"}, "b64json")}),
        case(f, f"{a}/api/shuttle", headers=_h(rng, **b), query={
            "route": "clark-angeles", "oras": "06:10"}),
        case(f, f"{a}/api/gamit", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("vote_cast", 1, ballot=L("cba_2026_ratification", UNI)),
                ev("screen", 2, screen=L("Reklamu", USAGE))]}),
        case(f, f"{a}/api/lual", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID)}),
    ]


def kapisanan_sdks() -> list[Case]:
    rng = random.Random(19262)
    return [
        mb_batch(APP, rng, [("Vote Cast", {"ballot": L("cba_2026_ratification", UNI)}),
                            ("Grievance Filed", {"kind": "night_differential"})],
                 at=OFFICE_AT, nd=3),
        mb_identify(APP, rng, {"kapisanan": L(UNION["name"], UNI), "kayanib": L(MEMBER, UID),
                               "balen": L("Angeles City", COARSE)}),
        mb_pixel(APP, rng, "News Opened", {"article": "cba-2026"}),
        tk_launch(APP, rng, user=True),
        cb_crash(APP, rng, ("java.lang.IllegalArgumentException", "ballot closed"),
                 [cb_crumb("nav", "Home -> Botu")], screen="BotuActivity"),
        fb_eval(APP, rng, {"kapisanan": L(UNION["id"], UNI), "site": "clark-b4"}, hdr=True),
        ps_register(APP, rng, tags={"kapisanan": L(UNION["id"], UNI), "site": "clark-b4"}),
        ck_check(APP, rng, {"analytics": True}),
        cm_wallet(APP, rng, "20000", L(LOCAL_NO, f"{TEL}|{PAY}")),
        mp_geocode(APP, rng, "union office Clark Freeport", "behavior.search",
                   near=OFFICE_AT, nd=2),
        ht_message(APP, rng, L("My January dues were deducted twice", TEXT),
                   {"kayanib": L(MEMBER, UID), "lang": L("en", DEV)}),
    ]


__all__ = ["APP", "kapisanan", "kapisanan_sdks"]
