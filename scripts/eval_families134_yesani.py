"""A cervical-screening programme's app "Yesani" (yesani: get tested), offering HPV
self-sampling kits in Lilongwe (her own health data; kebab-case paths, camelCase JSON). New to
the evaluation (a grep for HPV and self-sampling found nothing; sets 27, 35 and 57 are cycle and
fertility trackers): a kit is ordered and delivered, activated by its barcode, the swab is
photographed sealed and dropped off, a questionnaire is filled, the lab result is fetched, a
positive result books treatment (thermal ablation) at a screening point, follow-up symptoms are
logged. Calls: sign-up, an SMS code, ``/me`` with a JWT, eligibility (HIV status, pregnancy),
the kit order, activation (a form), the return with its photo (kit barcode in the path), the
questionnaire (gzip JSON), results by kit barcode in the query and by client number in the path
(cookie GET), an appointment, the screening point check-in, a message to the nurse, consent, a
follow-up (msgpack), screening points near her, sharing with her US doctor, a transport voucher,
a search, push, events and a log-out."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
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
from eval_families134_kit import (
    CLIENT_NO,
    HOME,
    HOME_AT,
    KIT,
    RESIDENCE_PERMIT,
    SITE,
    SITE_FIX,
    US_DOCTOR,
    fix,
    hd,
    push,
)
from eval_families134_sdk import ac_launch, ck_crash, ck_crumb, ck_session, sm_batch
from eval_families134_svc import cz_save, fm_eval, hc_message, mk_reverse, pn_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("yesani", "Yesani", "com.example.yesani", "1.3.8", "https://api.yesani.example.net")
IID = "X-Yesani-Device"
NATID = "personal.national_id"
PREG = f"{SENS}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "nodash", **kw})


def yesani() -> list[Case]:
    rng = random.Random(13431)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), client=L(CLIENT_NO, MED)))}
    sla, slo = fix(SITE_FIX, 5)
    order = "YKO-" + opaque(rng, "", 8).upper()
    ret = at_path(multipart(f, f"{a}/v1/kits/{KIT}/return", [
        ("photo", "tube_sealed.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
        ("meta", None, "application/json", {
            "client": L(CLIENT_NO, MED), "collectedAt": "2025-12-08T07:40+02:00",
            "dropOff": SITE["id"], "sealed": True})], headers=_h(rng, **b)), KIT, MED)
    result = at_path(case(f, f"{a}/v1/results/{CLIENT_NO}", headers=_h(rng, how="none"),
                          cookies={"ys_sid": L(opaque(rng, "", 40), CRED),
                                   "ys_dev": L(INSTALL_ID, DID)}), CLIENT_NO, MED)
    return [
        case(f, f"{a}/v1/clients", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "familyName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "birthDate": L(DOB, BIRTH), "sex": L("F", GENDER),
            "idNumber": L(RESIDENCE_PERMIT, NATID), "area": L(HOME["area"], COARSE),
            "language": L("en", DEV), "clientNumber": L(CLIENT_NO, MED)}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("302718", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/eligibility", headers=_h(rng, **b), body={
            "ageYears": L(34, BIRTH), "lastScreened": L("never", MED),
            "hivStatus": L("negative", MED), "pregnant": L(False, PREG),
            "hysterectomy": L(False, MED)}),
        case(f, f"{a}/v1/kit-orders", headers=_h(rng, **b), body={
            "order": L(order, BUY), "deliverTo": {"line": L(HOME["line"], ADDR),
                                                  "area": L(HOME["area"], COARSE),
                                                  "phone": L(E164, TEL)},
            "discreetPackaging": True}),
        case(f, f"{a}/v1/kits/activate", fmt="form", headers=_h(rng, **b), body={
            "kit": L(KIT, MED), "client": L(CLIENT_NO, MED), "lot": "HPVK-25-07"}),
        ret,
        case(f, f"{a}/v1/questionnaire", gz=True, headers=_h(rng, **b), body={
            "client": L(CLIENT_NO, MED), "answers": {
                "bleedingAfterSex": L(True, MED), "unusualDischarge": L(False, MED),
                "pelvicPain": L(False, MED), "contraception": L("implant", MED),
                "births": L(1, MED), "smoker": False}, "version": "q-2025-3"}),
        case(f, f"{a}/v1/results", headers=_h(rng, **b), query={"kit": L(KIT, MED)}),
        result,
        case(f, f"{a}/v1/appointments", headers=_h(rng, **b), body={
            "site": SITE["id"], "slot": "2025-12-18T09:00+02:00",
            "reason": L("HPV positive, booked for VIA and thermal ablation", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "site": SITE["id"], "at": {"lat": sla, "lon": slo},
            "siteAt": {"lat": SITE["lat"], "lon": SITE["lon"]}}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "nurse", "text": L("Some watery discharge four days after the treatment, "
                                     "is that normal?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/consents", fmt="form", headers=_h(rng, **b), body={
            "treatment": "yes", "research": "no",
            "signedName": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/follow-up", fmt="msgpack", headers=_h(rng, **b), body={
            "client": L(CLIENT_NO, MED), "daysAfter": 4, "pain": L(2, MED),
            "discharge": L("watery", MED), "fever": L(False, MED)}),
        case(f, f"{a}/v1/sites/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{HOME_AT[1]:.4f}", PRECISE),
            "service": "thermal"}),
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "doctor": {"name": L(US_DOCTOR[0], NAMEC), "email": L(US_DOCTOR[1], MAIL)},
            "include": ["result", "treatment"]}),
        case(f, f"{a}/v1/transport-vouchers", fmt="form", headers=_h(rng, **b), body={
            "from": L(HOME["area"], COARSE), "site": SITE["id"],
            "amount": L("3000", BUY)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("bleeding after thermal ablation", f"{SEARCH}|{MED}"), "lang": "en"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("kit_activated", 1), ev("result_viewed", 2),
                ev("screen", 3, screen=L("ResultDetail", USAGE))]}),
        case(f, f"{a}/v1/auth/logout", fmt="form", headers=_h(rng, **b), body={
            "device": L(INSTALL_ID, DID), "all": "false", "trace": rid(rng)}),
    ]


def yesani_sdks() -> list[Case]:
    rng = random.Random(13432)
    return [
        sm_batch(APP, rng, [("Kit Ordered", {}), ("Result Viewed", {})], user=False),
        ac_launch(APP, rng, user=True, n=6),
        ck_crash(APP, rng, ("java.lang.IllegalArgumentException", "barcode format"),
                 [ck_crumb("nav", "Kit -> Activate"), ck_crumb("tap", "scan")],
                 screen="ActivateKitActivity"),
        ck_session(APP, rng, secs=244),
        fm_eval(APP, rng, {"program": L("cervical screening", MED), "site": SITE["id"]}),
        pn_register(APP, rng, tags={"area": L(HOME["area"], COARSE), "stage": L(
            "treatment_booked", MED)}),
        cz_save(APP, rng, {"analytics": True, "marketing": False, "research": False}),
        mk_reverse(APP, rng, SITE_FIX, PRECISE, nd=4),
        hc_message(APP, rng, L("My kit result is not showing, kit HPV-7731-2049",
                               f"{TEXT}|{MED}"), {"client": L(CLIENT_NO, MED)}),
    ]
