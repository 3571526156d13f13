"""A family-planning clinic's app "Planiya" (Rohero, Bujumbura; her own reproductive health;
snake_case JSON under ``/api/v2``). New to the evaluation as a clinic's programme (a grep of
``scripts/`` for "family planning" found nothing; sets 27, 35 and 57 are cycle and fertility
trackers, set 134 an HPV self-sampling kit): she uses the self-injected contraceptive and is
counselled about an implant; the app books counselling, logs each injection and its site,
keeps a bleeding diary and side effects, sends refill kits, reminds by SMS and has a discreet
mode behind a PIN. Calls: sign-up, an SMS code, ``/me`` with a JWT, the intake, eligible
methods, a counselling booking, a clinic check-in (her fix), an injection log (msgpack), the
bleeding diary (gzip JSON), side effects, a referral letter (PDF and JSON), a message to the
midwife, sharing with her, SMS reminders, a refill order and its status by number in the path,
a result by record number in the query, discreet mode, the plan by a cookie GET, a couples
counselling invitation to her husband, push, events, feedback and clinics near her."""

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
    GENDER,
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
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families136_kit import (
    CLIENT_NO,
    CLINIC,
    CLINIC_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    LOCAL_LINE,
    MIDWIFE,
    fix,
    hd,
    obj,
    push,
)
from eval_families136_sdk import cm_crash, cm_crumb, cm_session, mr_batch, ts_launch
from eval_families136_svc import ck_check, fr_eval, hr_attach, mk_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("planiya", "Planiya", "com.example.planiya", "3.0.4", "https://api.planiya.example.org")
IID = "X-Planiya-Install"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(61))
REFILL = "RF-2025-11873"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _diary(rng: random.Random) -> list[dict[str, Any]]:
    """Her bleeding diary (one medical series)."""
    return [{"d": f"2025-11-{d:02d}", "flow": rng.choice(["none", "spotting", "light"]),
             "pain": rng.randint(0, 3)} for d in range(20, 30)]


def planiya() -> list[Case]:
    rng = random.Random(13631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, client_no=L(CLIENT_NO, MED), phone=L(E164, TEL)))}
    cla, clo = fix(CLINIC_FIX, 5)
    status = at_path(case(f, f"{a}/api/v2/refills/{REFILL}/status", headers=_h(rng, **b)),
                     REFILL, BUY)
    return [
        case(f, f"{a}/api/v2/clients", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "birth_date": L(DOB, BIRTH), "sex": L("F", GENDER),
            "client_no": L(CLIENT_NO, MED), "quartier": L(HOME["area"], COARSE),
            "city": L(HOME["town"], COARSE), "preferred_language": L("fr", DEV)}),
        case(f, f"{a}/api/v2/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("802214", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/intake", headers=_h(rng, **b), body={
            "current_method": L("DMPA-SC self-injection", MED), "lmp": L("2025-11-20", MED),
            "pregnancies": L(1, MED), "breastfeeding": L(False, MED),
            "bp": {"sys": L(118, MED), "dia": L(76, MED)}, "weight_kg": L(63.5, FIT),
            "height_cm": L(168, FIT), "migraine_with_aura": L(True, MED),
            "smoker": False, "wants_children_later": L(True, MED)}),
        case(f, f"{a}/api/v2/methods", headers=_h(rng, **b), query={
            "eligible": "1", "lang": "fr"}),
        case(f, f"{a}/api/v2/counselling/bookings", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "slot": "2025-12-15T10:00+02:00",
            "topic": L("Switching from the injection to an implant", f"{TEXT}|{MED}"),
            "with_partner": False, "booking_ref": obj(rng, "bk")}),
        case(f, f"{a}/api/v2/visits/checkin", headers=_h(rng, **b), body={
            "clinic": CLINIC["id"], "at": {"lat": cla, "lon": clo},
            "clinic_at": {"lat": CLINIC["lat"], "lon": CLINIC["lon"]}, "queue_no": 14}),
        case(f, f"{a}/api/v2/injections", fmt="msgpack", headers=_h(rng, **b), body={
            "client_no": L(CLIENT_NO, MED), "date": "2025-12-09",
            "product": L("DMPA-SC 104 mg", MED), "site": L("left thigh", MED),
            "lot": "UJ4471B", "next_due": L("2026-03-03", MED), "self": True}),
        case(f, f"{a}/api/v2/diary", gz=True, headers=_h(rng, **b), body={
            "client_no": L(CLIENT_NO, MED), "days": L(_diary(rng), MED), "tz": L(
                "Africa/Bujumbura", DEV)}),
        case(f, f"{a}/api/v2/side-effects", headers=_h(rng, **b), body={
            "headache": L(True, MED), "spotting": L("light", MED), "weight_gain": L(False, MED),
            "note": L("Spotting every week since the last injection, and headaches at night",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v2/records/upload", [
            ("file", "referral_implant.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"client_no": L(CLIENT_NO, MED),
                                                "kind": "referral", "pages": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/messages", headers=_h(rng, **b), body={
            "to": "midwife", "text": L("Can the implant be put in while I still have spotting?",
                                       f"{TEXT}|{MED}"), "client_ref": rid(rng)}),
        case(f, f"{a}/api/v2/share", headers=_h(rng, **b), body={
            "with": {"name": L(MIDWIFE[0], NAMEC), "email": L(MIDWIFE[1], MAIL)},
            "include": ["injections", "diary"], "days": 90}),
        case(f, f"{a}/api/v2/reminders", fmt="form", headers=_h(rng, **b), body={
            "what": L("DMPA-SC injection", MED), "at": "2026-03-03T07:00",
            "channel": "sms", "msisdn": L(LOCAL_LINE, TEL), "discreet_text": "Rendez-vous"}),
        case(f, f"{a}/api/v2/refills", headers=_h(rng, **b), body={
            "items": [{"sku": L("dmpa-sc-104", MED), "qty": 1}, {"sku": "sharps-box", "qty": 1}],
            "refill_no": L(REFILL, BUY), "total": L(3000, BUY),
            "pickup": CLINIC["id"], "method": L(opaque(rng, "pm_", 24), PAY)}),
        status,
        case(f, f"{a}/api/v2/results", headers=_h(rng, **b), query={
            "client_no": L(CLIENT_NO, MED), "type": "hcg"}),
        case(f, f"{a}/api/v2/discreet", fmt="form", headers=_h(rng, **b), body={
            "icon": "calculator", "pin": L("4417", CRED), "hide_notifications": "1"}),
        case(f, f"{a}/api/v2/plan", headers=_h(rng, how="none"), cookies={
            "pl_session": L(opaque(rng, "", 40), CRED), "pl_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/partner/invite", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "message": L("Olivier, viens avec moi au conseil du 15 decembre",
                         f"{TEXT}|{NAMEC}"), "session": "couples"}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("injection_logged", 1), ev("diary_saved", 2, days=10),
                ev("screen", 3, screen=L("MethodCompare", USAGE))]}),
        case(f, f"{a}/api/v2/feedback", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "stars": 5,
            "text": L("Sage-femme tres patiente, merci", TEXT)}),
        case(f, f"{a}/api/v2/clinics/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{HOME_AT[1]:.4f}", PRECISE),
            "service": "implant"}),
    ]


def planiya_sdks() -> list[Case]:
    rng = random.Random(13632)
    return [
        mr_batch(APP, rng, [("Injection Logged", {"method": L("DMPA-SC", MED)}),
                            ("Counselling Booked", {})]),
        ts_launch(APP, rng, user=True, n=9),
        cm_crash(APP, rng, ("java.lang.NullPointerException", "diary day was null"),
                 [cm_crumb("nav", "Diary -> Day"), cm_crumb("log", "flow picker closed")],
                 screen="DiaryActivity"),
        cm_session(APP, rng, secs=274),
        fr_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("family planning", MED)},
                hdr=True),
        pk_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        mk_geocode(APP, rng, "Clinique Familiale de Rohero", "behavior.search"),
        hr_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "carnet_pf.pdf", "application/pdf"),
    ]
