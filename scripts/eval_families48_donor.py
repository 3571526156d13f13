"""Sperm and egg donor matching app "Kinmatch" (she is an intended mother on her own, treated at
a fertility clinic): sign-up, a log-in, ``/me``, her recipient profile (ethnicity, religion,
blood group, CMV status), her medical history, donor searches (JSON filters and a text query),
a donor's profile by ID in the path, favourites, a question to a donor through the bank, a
carrier-screening report (a photo) and a genetic match, a vial order and its tracking by number
in the path, a storage plan, the agreement e-signed (her IP), sharing with her clinic, a
wait-list, a counselling session, push, events, a Play membership and favourites by a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    IPLOC,
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
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families48_kit import DONORS, FERT, PATIENT_NO, VIAL_ORDER, code
from eval_families48_sdk import (
    cw_batch,
    cw_identify,
    gm_crash,
    gm_crumb,
    iw_event,
    iw_session,
)
from eval_families48_svc import cf_save, hb_message, pt_register, py_card, py_confirm, tg_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("kinmatch", "Kinmatch", "com.example.kinmatch", "3.4.2",
          "https://api.kinmatch.example.com")
IID = "X-Kinmatch-Device"
PW = "Little-Acorn-0917"
SS = f"{SEARCH}|{SENS}"  # a donor filter on ethnicity: a search term that reveals her own
V_URL = f"https://api.kinmatch.example.com/v1/orders/{VIAL_ORDER}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def kinmatch() -> list[Case]:
    rng = random.Random(4861)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="recipient"))}
    b = {"auth": "bearer"}
    track_order = at_path(case(f, f"{V_URL}/tracking", headers=_h(rng, **b)), VIAL_ORDER, BUY)
    donor = case(f, f"{a}/v1/donors/{DONORS[0]}", headers=_h(rng, **b),
                 query={"include": "medical,family,essays"})  # his ID in the path: a negative
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "birthDate": L(DOB, BIRTH), "phone": L(DASHED, TEL),
            "role": "recipient", "familyType": "single_by_choice", "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/sessions", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/recipient/profile", headers=_h(rng, **b), body={
            "ethnicity": [L("Ashkenazi Jewish", SENS), L("Irish", SENS)],
            "religion": L("Jewish", SENS), "heightCm": L(168, FIT), "eyeColor": "hazel",
            "bloodType": L("O+", MED), "cmvStatus": L("negative", MED)}),
        case(f, f"{a}/v1/recipient/medical", headers=_h(rng, **b), body={
            "amhNgMl": L(2.1, MED), "fshIuL": L(7.4, MED),
            "conditions": [L("endometriosis stage II", MED)], "priorCycles": L(2, MED),
            "plannedTreatment": L("IUI", MED), "clinic": FERT["id"],
            "clinicPatientId": L(PATIENT_NO, MED)}),
        case(f, f"{a}/v1/donors/search", headers=_h(rng, **b), body={
            "filters": {"type": "sperm", "ethnicity": [L("Ashkenazi Jewish", SS)],
                        "eyeColor": [L("brown", SEARCH), L("hazel", SEARCH)],
                        "minHeightCm": L(178, SEARCH), "education": L("graduate", SEARCH),
                        "cmv": L("negative", SEARCH), "idRelease": L(True, SEARCH)},
            "sort": "newest", "page": 1}),
        case(f, f"{a}/v1/donors/search", headers=_h(rng, **b), query={
            "q": L("musician tall curly hair", SEARCH), "type": "sperm", "page": "2"}),
        donor,
        case(f, f"{a}/v1/favorites", fmt="form", headers=_h(rng, **b), body={
            "donor": DONORS[1], "note": L("kind essay, grandparents all lived past 90", TEXT)}),
        case(f, f"{a}/v1/donors/{DONORS[1]}/questions", headers=_h(rng, **b), body={
            "text": L("Would you be open to contact when the child turns 18?", TEXT),
            "anonymous": True}),
        multipart(f, f"{a}/v1/documents", [
            ("file", "carrier_screening.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "kind": "carrier_screening", "lab": "Lanternfield Genomics",
                "result": L("Carrier: GBA (Gaucher). Negative: CFTR, SMN1, HEXA", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/genetics/match", headers=_h(rng, **b), body={
            "donor": DONORS[1], "myCarrierGenes": [L("GBA", MED)], "panel": "ashkenazi-plus"}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "number": L(VIAL_ORDER, BUY), "donor": DONORS[1], "vials": L(2, BUY),
            "prep": "IUI", "total": L("2390.00", BUY),
            "shipTo": {"clinic": FERT["id"], "name": FERT["name"], "line": FERT["line"],
                       "phone": FERT["phone"]},
            "patientId": L(PATIENT_NO, MED), "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        track_order,
        case(f, f"{a}/v1/storage", fmt="form", headers=_h(rng, **b), body={
            "plan": L("storage_12m", BUY), "amount": L("600.00", BUY),
            "order": L(VIAL_ORDER, BUY)}),
        case(f, f"{a}/v1/agreements/sign", headers=_h(rng, **b), body={
            "document": "recipient_agreement_v7", "signedName": L(NAME, NAMEC),
            "ip": L(PUBLIC_IP, IPLOC), "signedAt": "2025-12-09T21:40:11Z",
            "userAgent": L(APP.ua, DEV)}),
        case(f, f"{a}/v1/clinic/share", fmt="form", headers=_h(rng, **b), body={
            "clinic": FERT["id"], "patientId": L(PATIENT_NO, MED), "include": "orders,documents",
            "consent": "1"}),
        case(f, f"{a}/v1/waitlist", headers=_h(rng, **b), body={
            "donor": DONORS[2], "notify": L(EMAIL, MAIL), "channel": "email"}),
        case(f, f"{a}/v1/counseling/book", headers=_h(rng, **b), body={
            "counselor": code(rng, "c_", 6), "slot": "2025-12-18T18:00",
            "topic": L("How and when to tell my child about the donor", TEXT)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("donor_viewed", 1, tab="medical"), ev("favorite_added", 2),
                ev("screen", 3, screen=L("DonorSearch", USAGE))]}),
        case(f, f"{a}/v1/billing/verify", headers=_h(rng, **b), body={
            "productId": L("km_plus_quarter", BUY), "orderId": L("GPA.3301-5528-4107-66291", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/favorites", headers=_h(rng, how="nodash"),
             cookies={"km_sess": L(opaque(rng, "", 44), CRED), "km_trace": rid(rng)}),
    ]


def kinmatch_sdks() -> list[Case]:
    rng = random.Random(4862)
    return [
        cw_batch(APP, rng, [("Donor Search", {"ethnicity": L("Ashkenazi Jewish", SS),
                                              "results": 41}),
                            ("Donor Favorited", {"donor_id": DONORS[1]})]),
        cw_identify(APP, rng, {"role": "recipient", "zip": L(ZIP, COARSE),
                               "treatment": L("IUI", MED)}),
        iw_session(APP, rng, first=True),
        iw_event(APP, rng, "vials_ordered", {"vials": 2, "order": L(VIAL_ORDER, BUY)},
                 revenue="2390.00", hashed=True),
        gm_crash(APP, rng, ("java.io.IOException", "upload stream closed"),
                 [gm_crumb("nav", "Documents -> Upload"),
                  gm_crumb("net", "POST", {"url": f"{APP.api}/v1/documents", "status": 0})],
                 screen="DocumentUploadActivity"),
        tg_eval(APP, rng, {"role": "recipient", "geneticMatch": True}),
        pt_register(APP, rng, tags={"waitlist": "1"}),
        cf_save(APP, rng, {"analytics": True, "ads": False}),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "2390.00"),
        hb_message(APP, rng, L("Can the vials ship to my clinic before Dec 19? My cycle "
                               "starts that week", f"{TEXT}|{MED}"),
                   {"order": L(VIAL_ORDER, BUY)}),
    ]
