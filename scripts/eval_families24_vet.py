"""Veterinary and pet-care app "Pawpoint": the owner's account, her dog's records (a pet's data,
not a person's: negatives), bookings, a video vet, refills, insurance claims, dog walks."""

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
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    device_camel,
    multipart,
    pb,
    push_token,
    raw,
    srflx,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families21_kit import track
from eval_families24_kit import PET, PET_MEDS, VET_AT, VET_LINE, VET_PHONE, claims, head, rid
from eval_families24_sdk import (
    bay_report,
    crumb,
    graph_batch,
    graph_identify,
    moor_event,
    moor_launch,
)
from eval_families24_svc import (
    agree_save,
    chime_register,
    quill_route,
    sprout_card,
    wharf_start,
    wharf_upload,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("pawpoint", "Pawpoint", "com.example.pawpoint", "5.8.2",
          "https://api.pawpoint.example.com")
IID = "X-Pawpoint-Device"
FIT = "health.fitness"
POLICY = "PPI-2281947"  # the user's pet-insurance policy number (her account there)
APPT = "apt_88213"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def pawpoint() -> list[Case]:
    rng = random.Random(2411)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), plan="care_plus"))}
    lat, lon = pos(3)
    walk = track(rng, 4, (40.74391, -73.98802))
    fixes = [(2, [(1, x["lat"].value), (2, x["lon"].value), (3, x["t"])]) for x in walk]
    walk_pb = pb([(1, "wk_6c1e9a"), *fixes, (3, 2140), (4, 2977), (5, "pet_5521")], "", {})
    walk_labels = {f"2[{i}].{k}": PRECISE for i in range(4) for k in (1, 2)}
    walk_labels.update({"3": FIT, "4": FIT})
    cases = [
        case(f, f"{a}/v2/auth/login", headers=_h(rng),
             body={"email": L(EMAIL_MIXED, MAIL), "password": L("Biscuit!2019", CRED),
                   "device": {"id": L(INSTALL_ID, DID), "name": L("Pixel 8", DEV)}}),
        case(f, f"{a}/v2/auth/refresh", fmt="form", headers=_h(rng),
             body={"grant_type": "refresh_token", "client_id": "pawpoint-android",
                   "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/me", headers=_h(rng, auth="bearer"),
             body={"first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
                   "phone": L(NATIONAL, TEL), "marketing_opt_in": False,
                   "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                               "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                               "postal_code": L(ZIP, COARSE)}}),
        case(f, f"{a}/v2/pets", headers=_h(rng, auth="bearer"), body=dict(PET, owner="me")),
        multipart(f, f"{a}/v2/pets/pet_5521/photo", [
            ("photo", "biscuit.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {"pet_id": "pet_5521", "primary": True})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/clinics/nearby", headers=_h(rng, auth="bearer"),
             query={"lat": lat, "lng": lon, "radius_km": "8", "open_now": "1"}),
        case(f, f"{a}/v2/clinics/search", headers=_h(rng, auth="bearer"),
             query={"q": L("emergency vet open late", SEARCH), "near": L(ZIP, COARSE)}),
        case(f, f"{a}/v2/appointments", headers=_h(rng, auth="bearer"),
             body={"clinic_id": "cl_3307", "pet_id": "pet_5521", "slot": "2025-12-11T16:30",
                   "reason": L("Biscuit has been limping on his back left leg since Sunday",
                               TEXT), "deposit": L("25.00", BUY),
                   "payment_method": L("pm_" + opaque(rng, "", 24), PAY),
                   "client_ref": rid(rng), "clinic_phone": VET_PHONE,
                   "clinic_address": VET_LINE}),
        case(f, f"{a}/v2/appointments/{APPT}", headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/telehealth/sessions", headers=_h(rng, auth="bearer"),
             body={"pet_id": "pet_5521", "symptoms": ["vomiting", "lethargy"],
                   "callback_phone": L(E164, TEL), "consult_fee": L("39.00", BUY)}),
        case(f, f"{a}/v2/telehealth/sessions/ts_19/ice", headers=_h(rng, auth="bearer"),
             body={"candidate": L(srflx(), IPLOC), "sdpMid": "0", "sdpMLineIndex": 0}),
        case(f, f"{a}/v2/messages", headers=_h(rng, auth="bearer"),
             body={"thread_id": "th_5521_cl3307", "client_id": rid(rng),
                   "text": L("Can I give him the leftover carprofen from his last visit?",
                             TEXT)}),
        case(f, f"{a}/v2/pets/pet_5521/records", query={"type": "vaccines", "page": "1"},
             headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/pharmacy/orders", headers=_h(rng, auth="bearer"),
             body={"pet_id": "pet_5521", "items": [{"name": m, "qty": 1} for m in PET_MEDS],
                   "autoship_days": 30, "total": L("86.40", BUY),
                   "ship_to": {"name": L(NAME, NAMEC), "street": L(STREET, ADDR),
                               "zip": L(ZIP, COARSE)}}),
        multipart(f, f"{a}/v2/insurance/claims", [
            ("invoice", "invoice_1209.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("claim", None, "application/json",
             {"policy_no": L(POLICY, UID), "pet_id": "pet_5521", "invoice_total":
              L("412.80", BUY), "diagnosis": "cruciate ligament strain",
              "payout": {"method": "ach", "account_last4": L("6789", PAY)}})],
            headers=_h(rng, auth="bearer")),
        raw(f, f"{a}/v2/walks", walk_pb, "application/x-protobuf", walk_labels,
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v2/household/invite", headers=_h(rng, auth="bearer"),
             body={"name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL),
                   "role": "co_owner"}),
        case(f, f"{a}/v2/devices", headers=_h(rng, auth="bearer"),
             body={"push_token": L(push_token(rng), DID), "platform": "android",
                   "install_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, auth="bearer"),
             body={"uid": L(USER_ID, UID), "device": device_camel(), "events": [
                 ev("screen_view", 1, screen=L("PetProfile", USAGE)),
                 ev("appointment_booked", 2, clinic="cl_3307"),
                 ev("walk_finished", 3, minutes=L(36, FIT))]}),
        case(f, f"{a}/v2/feed", query={"pet": "pet_5521"}, headers=_h(rng, how="none"),
             cookies={"pp_sess": L(opaque(rng, "", 64), CRED), "pp_did": L(INSTALL_ID, DID),
                      "pp_ab": "feed_b"}),
    ]
    return cases


def pawpoint_sdks() -> list[Case]:
    rng = random.Random(2412)
    return [
        graph_batch(APP, rng, [("pet_added", {"species": "dog", "pets": 1}),
                               ("appointment_booked", {"kind": "in_person"}),
                               ("screen_viewed", {"screen": L("ClinicMap", USAGE)})]),
        graph_identify(APP, rng, {"plan": "care_plus", "pets": 1, "city": L(CITY, COARSE)}),
        moor_launch(APP, rng, count=9, user=True),
        moor_event(APP, rng, "af_purchase", {"af_revenue": L("86.40", BUY),
                                             "af_currency": "USD", "af_content_type": "pharmacy"}),
        bay_report(APP, rng, ("java.lang.IllegalStateException", "Slot no longer available"),
                   [crumb("navigation", "ClinicList -> Booking"),
                    crumb("request", "POST /v2/appointments", {"status": 409})],
                   context="BookingActivity"),
        chime_register(APP, rng, tags={"pets": "1", "species": "dog"}),
        quill_route(APP, rng, VET_AT, "auto"),
        sprout_card(APP, rng),
        wharf_start(APP, rng, L("I was charged twice for the video vet call", TEXT),
                    custom={"plan": "care_plus", "appointment": APPT}),
        wharf_upload(APP, rng, "cv_8812"),
        agree_save(APP, rng, {"analytics": True, "marketing": False}),
    ]
