"""Pharmacy and prescription-refill app "Refillo" (refills, insurance, a dependent, vaccines)."""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    device_snake,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families23_kit import (
    BIN,
    CHILD,
    CHILD_DOB,
    GROUP_NO,
    MEDS,
    MEMBER_ID,
    PCN,
    PHARMACY_AT,
    PHARMACY_PHONE,
    PRESCRIBER_PHONE,
    RX,
    bearer_jwt,
    hdrs,
    rid,
)
from eval_families23_sdk import (
    crumb,
    fault_envelope,
    fault_session,
    loft_event,
    loft_session,
    tally_batch,
)
from eval_families23_svc import (
    atlas_directions,
    atlas_telemetry,
    nook_start,
    pay_confirm,
    pay_token,
    permit_event,
    ping_open,
    ping_player,
    ping_register,
    toggle_eval,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, Case, J, L, U, case, rnd_hex

APP = App("refillo", "Refillo", "com.example.refillo", "12.3.0", "https://api.refillo.example.com")
PID = "P-0093318"  # the user's patient number at the pharmacy (her account there)
MEDIMG = "content.media|health.medical"


def refillo() -> list[Case]:
    rng = random.Random(2321)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(bearer_jwt(rng, pid=L(PID, UID), email=L(EMAIL, MAIL)))}
    lat, lon = pos(4)
    cases = [
        case(f, f"{a}/api/v3/session", fmt="form", headers=hdrs(APP, rng, iid="nodash"),
             body={"email": L(EMAIL, MAIL), "password": L("Refill#Jane1991", CRED),
                   "remember": "1"}),
        case(f, f"{a}/api/v3/identity/verify", headers=hdrs(APP, rng, iid="nodash"),
             body={"last_name": L("Doe", NAMEC), "dob": L(DOB, BIRTH), "zip": L(ZIP, COARSE),
                   "attempt": 1}),
        case(f, f"{a}/api/v3/prescriptions", query={"status": "active", "include": "refills"},
             headers=hdrs(APP, rng, iid="nodash", extra=jw)),
        case(f, f"{a}/api/v3/refills", headers=hdrs(APP, rng, bearer="opaque"),
             body={"patient_id": L(PID, UID), "rx_numbers": [L(r, MED) for r in RX],
                   "store_id": "st_0412", "fulfilment": "pickup",
                   "pickup_after": "2025-12-10T17:00:00-05:00",
                   "note": L("Please use the easy-open caps", TEXT), "client_ref": rid(rng)}),
        at_path(case(f, f"{a}/api/v3/rx/{RX[0]}/history", headers=hdrs(APP, rng,
                                                                       bearer="opaque")),
                RX[0], MED),
        case(f, f"{a}/api/v3/stores/nearby", headers=hdrs(APP, rng, bearer="opaque"),
             query={"lat": lat, "lng": lon, "radius_mi": "5", "open_now": "true"}),
        case(f, f"{a}/api/v3/stores/search", headers=hdrs(APP, rng, bearer="opaque"),
             query={"q": L(ZIP, f"{SEARCH}|{COARSE}"), "services": "vaccines"}),
        case(f, f"{a}/api/v3/insurance", headers=hdrs(APP, rng, bearer="opaque"),
             body={"member_id": L(MEMBER_ID, MED), "group": GROUP_NO, "rx_bin": BIN,
                   "rx_pcn": PCN, "plan_name": "Keystone Choice PPO",
                   "cardholder": L(NAME, NAMEC), "relationship": "self"}),
        multipart(f, f"{a}/api/v3/insurance/card", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG, MEDIMG)),
            ("back", "card_back.jpg", "image/jpeg", L(JPEG, MEDIMG)),
            ("meta", None, "application/json", {"upload_id": rid(rng), "side_count": 2})],
            headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/api/v3/health-profile", headers=hdrs(APP, rng, bearer="opaque"),
             body={"allergies": [L("penicillin", MED), L("sulfa drugs", MED)],
                   "conditions": [L("hypertension", MED)], "pregnancy_status": None,
                   "updated_by": "patient"}),
        case(f, f"{a}/api/v3/reminders", headers=hdrs(APP, rng, bearer="opaque"),
             body={"medication": L(" ".join(MEDS[0]), MED), "times": ["08:00"],
                   "tz": L("America/New_York", DEV), "refill_alert_days": 5}),
        case(f, f"{a}/api/v3/transfers", headers=hdrs(APP, rng, bearer="opaque"),
             body={"from_pharmacy": "Corner Drug & Surgical", "from_phone": PHARMACY_PHONE,
                   "medication": L(" ".join(MEDS[1]), MED), "prescriber_phone": PRESCRIBER_PHONE,
                   "prescriber_npi": "1487726390", "rx_number_old": L("0048812", MED)}),
        case(f, f"{a}/api/v3/vaccines/appointments", headers=hdrs(APP, rng, bearer="opaque"),
             body={"vaccine": L("Influenza (quadrivalent)", MED), "slot": "sl_" + rnd_hex(rng, 8),
                   "store_id": "st_0412", "patient": {"name": L(NAME, NAMEC),
                                                      "phone": L(NATIONAL, TEL),
                                                      "dob": L(DOB, BIRTH)},
                   "screening": {"immunocompromised": L(False, MED),
                                 "prior_reaction": L(False, MED)}}),
        case(f, f"{a}/api/v3/checkout", headers=hdrs(APP, rng, bearer="opaque"),
             body={"rx": [L(RX[0], MED)], "copay": L("4.50", BUY), "currency": "USD",
                   "payment_method": L("pm_" + rnd_hex(rng, 24), PAY), "idempotency": rid(rng)}),
        at_path(case(f, f"{a}/api/v3/orders/ORD-55120991/status",
                     headers=hdrs(APP, rng, bearer="opaque")), "ORD-55120991", BUY),
        case(f, f"{a}/api/v3/chat/pharmacist", headers=hdrs(APP, rng, bearer="opaque"),
             body={"thread": rid(rng), "text": L("Can I take ibuprofen with my lisinopril?",
                                                 f"{TEXT}|{MED}"), "attachments": []}),
        case(f, f"{a}/api/v3/push", headers=hdrs(APP, rng, bearer="opaque"),
             body={"token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
                   "categories": ["ready_for_pickup", "refill_due"]}),
        case(f, f"{a}/api/v3/events", gz=True, headers=hdrs(APP, rng, bearer="opaque"),
             body={"events": [ev("screen_view", 1, screen=L("RxDetail", USAGE),
                                 drug_class=L("ACE inhibitor", MED)),
                              ev("refill_submit", 2, count=2), ev("pickup_time_set", 3)],
                   "patient": L(PID, UID), "sent": 1765300900, "device": device_snake()}),
        case(f, f"{a}/api/v3/content/articles", query={"topic": "heart-health", "page": "1"},
             headers=hdrs(APP, rng, bearer="opaque")),
        case(f, f"{a}/api/v3/family/dependents", headers=hdrs(APP, rng, bearer="opaque"),
             body={"name": L(CHILD, NAMEC), "dob": L(CHILD_DOB, BIRTH), "relationship": "child",
                   "allergies": [L("peanuts", MED)], "consent_signed": True}),
        case(f, f"{a}/api/v3/me", headers=hdrs(APP, rng, iid="none"),
             cookies={"rf_session": L(opaque(rng, "", 64), CRED), "rf_vid": L(INSTALL_ID, DID),
                      "rf_store": "st_0412"}),
        case(f, f"{a}/api/v3/profile/phone", headers=hdrs(APP, rng, bearer="opaque"),
             body={"phone": L(DASHED, TEL), "sms_opt_in": True, "country": "US"}),
    ]
    return cases


def refillo_sdks() -> list[Case]:
    rng = random.Random(2322)
    player = ping_player(rng)
    return [
        tally_batch(APP, rng, [ev("refill_submitted", 1, medication=L(MEDS[0][0], MED),
                                  rx_count=2),
                               ev("store_selected", 2, store="st_0412"),
                               ev("vaccine_booked", 3, vaccine=L("influenza", MED))],
                    props={"has_insurance": True, "dependents": 1}),
        loft_session(APP, rng),
        loft_event(APP, rng, "rf7yq2", revenue=4.50,
                   callback={"patient_id": L(PID, UID), "order": L("ORD-55120991", BUY)},
                   hashed=True),
        fault_envelope(APP, rng, exc=("java.lang.NullPointerException",
                                      "Attempt to read field 'copay' on a null object"),
                       crumbs=[crumb("navigation", "Prescriptions -> RxDetail"),
                               crumb("http", "GET", {"url": U(f"{APP.api}/api/v3/rx/history",
                                                              {"rx": L(RX[1], MED),
                                                               "page": "1"})})],
                       tags={"store": "st_0412"}),
        fault_session(APP, rng),
        toggle_eval(APP, rng, {"state": L("NY", COARSE), "has_insurance": True}, email=True),
        ping_register(APP, rng, tags={"store": "st_0412", "refill_due": "2025-12-12"}),
        ping_open(APP, rng, player),
        permit_event(APP, rng, {"analytics": True, "ads": False, "sale_of_data": False}),
        atlas_directions(APP, rng, PHARMACY_AT, profile="walking"),
        atlas_telemetry(APP, rng, nd=None),
        nook_start(APP, rng, L("My refill shows ready but the store says it's not in stock",
                               TEXT), custom={"patient_id": L(PID, UID), "store": "st_0412"}),
        pay_token(APP, rng, name=False),
        pay_confirm(APP, rng),
    ]

