"""Pet-care and vet telehealth app "Vetkin": the dog's profile and photo (a pet's data:
negatives, as set 24), a symptom triage, a booked video consult with the vet's public profile,
its call (ICE candidates) and photos and a clip of the ear, messages, a prescription delivered
home, pet insurance and a claim with the invoice photo, a lost-dog alert from the park, the dog's
emergency carer, nearby clinics, a weight log (msgpack), a records export, a subscription."""

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
    EMAIL_B64,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
    relay,
    srflx,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import (
    CITY,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
    pos,
)
from eval_families24_kit import claims, head, rid
from eval_families30_kit import (
    ANIMAL_ER_AT,
    ANIMAL_ER_PHONE,
    DOG,
    DOG_PARK_AT,
    SEARCH_FIX,
    SITTER,
    VET,
    fix,
)
from eval_families30_sdk import (
    bw_crash,
    bw_crumb,
    cw_batch,
    cw_identify,
    iw_event,
    iw_install,
    iw_link,
)
from eval_families30_svc import fq_eval, ms_route, nw_register, pv_bank, pv_card
from eval_payloads import EMAIL, LOCAL_IP, NAME, USER_ID, Case, J, L, U, case

APP = App("vetkin", "Vetkin", "com.example.vetkin", "4.1.2", "https://api.vetkin.example.net")
IID = "X-Vetkin-Install"
PET, CONSULT, RX = "pet_2b7e41", "cs_71f0aa29", "rx_30c8e1"
PW = "Pepper&Frisbee3"
POLICY = "PPI-7730918"  # her pet-insurance policy (id.user, as set 24)
HOST = (f"candidate:3390145871 1 udp 2122260223 {LOCAL_IP} 51733 typ host generation 0 "
        "ufrag Vk7p network-cost 10")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **{"how": "nodash", **kw})


def _addr() -> dict[str, Any]:
    return {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}


def _track(rng: random.Random) -> Case:
    """Her walk through the park while looking for the dog (schema-less protobuf): the alert
    (a negative), the user, then repeated fixes ``2[i]`` (lat/lon ``location.precise``)."""
    pts = [(round(SEARCH_FIX[0] + 0.00031 * i, 6), round(SEARCH_FIX[1] - 0.00027 * i, 6))
           for i in range(4)]
    rows = [(2, [(1, 1765454700 + 60 * i), (2, la), (3, lo), (4, 6.0)])
            for i, (la, lo) in enumerate(pts)]
    data = pb([(1, "lp_" + opaque(rng, "", 8)), (3, USER_ID), *rows, (5, 4)], "", {})
    lab = {"3": UID}
    for i in range(len(pts)):
        lab.update({f"2[{i}].2": PRECISE, f"2[{i}].3": PRECISE})
    return raw(APP.fam, f"{APP.api}/v1/lost-pets/search-track", data,
               "application/x-protobuf", lab, headers=_h(rng, auth="bearer"))


def vetkin() -> list[Case]:
    rng = random.Random(3041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    slat, slon = fix(SEARCH_FIX)
    lat3, lon3 = pos(3)
    cases = [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE_PAREN, TEL),
            "password": L(PW, CRED), "zip": L(ZIP, COARSE), "terms": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pets", headers=_h(rng, **b), body=dict(DOG, conditions=["otitis"],
                                                               vet_of_record=VET["id"])),
        multipart(f, f"{a}/v1/pets/{PET}/photo", [
            ("photo", "pepper.jpg", "image/jpeg", L(JPEG, MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/v1/triage", headers=_h(rng, **b), body={
            "pet": PET, "symptoms": ["ear_scratching", "head_shaking", "odor"],
            "since_days": 4, "eating": "normal",
            "notes": L("Pepper keeps scratching her left ear and it smells yeasty", TEXT)}),
        case(f, f"{a}/v1/consults", headers=_h(rng, **b), body={
            "pet": PET, "slot": "2025-12-10T18:40:00-05:00",
            "vet": {"id": VET["id"], "name": VET["name"], "license": VET["license"],
                    "phone": VET["phone"]},
            "reason": L("Ear infection again, second time this year", TEXT),
            "fee": L(49.0, BUY), "payment_method": L("pm_" + opaque(rng, "", 22), PAY)}),
        case(f, f"{a}/v1/consults/{CONSULT}/rtc", headers=_h(rng, **b), body={
            "ice": {"srflx": L(srflx(51733), IPLOC), "host": L(HOST, DEV),
                    "relay": relay(51734)}, "camera": "rear", "session": rid(rng)}),
        multipart(f, f"{a}/v1/consults/{CONSULT}/media", [
            ("photo", "ear.jpg", "image/jpeg", L(JPEG + b"\x07", MEDIA)),
            ("clip", "ear.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Redness inside the left ear flap", TEXT), "pet": PET})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/consults/{CONSULT}/messages", headers=_h(rng, **b), body={
            "thread": "th_" + opaque(rng, "", 10),
            "text": L("Can ringworm spread to people? I'm 20 weeks pregnant and she sleeps "
                      "on our bed", f"{TEXT}|{SENS}"), "client_id": rid(rng)}),
        case(f, f"{a}/v1/prescriptions/{RX}/fill", headers=_h(rng, **b), body={
            "pet": PET, "items": [{"drug": "Otomax ointment 15 g", "qty": 1},
                                  {"drug": "Ear cleanser 4 oz", "qty": 1}],
            "ship_to": _addr(), "total": L(38.9, BUY), "autoship": False}),
        case(f, f"{a}/v1/insurance/policy", headers=_h(rng, **b), body={
            "insurer": "Tailguard Pet", "policy_number": L(POLICY, UID), "pet": PET,
            "deductible": 250}),
        multipart(f, f"{a}/v1/insurance/claims", [
            ("invoice", "invoice.jpg", "image/jpeg", L(JPEG + b"\x09", MEDIA)),
            ("claim", None, "application/json", {
                "policy": L(POLICY, UID), "pet": PET, "invoice_total": L(212.4, BUY),
                "visit": "2025-12-10", "diagnosis": "otitis externa",
                "reimburse_to": {"bank_last4": L("6789", PAY)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lost-pets", headers=_h(rng, **b), body={
            "pet": PET, "last_seen": {"lat": DOG_PARK_AT[0], "lon": DOG_PARK_AT[1],
                                      "at": "2025-12-11T07:42:00-05:00"},
            "reporter": {"lat": slat, "lon": slon, "acc_m": 8},
            "description": L("Black and white collie mix, red harness, very shy, do not "
                             "chase", TEXT),
            "contact_phone": L(E164, TEL), "radius_mi": 2}),
        _track(rng),
        case(f, f"{a}/v1/care-team", headers=_h(rng, **b), body={
            "name": L(SITTER[0], NAMEC), "phone": L(SITTER[1], TEL), "role": "emergency_carer",
            "can_authorize_care": True}),
        case(f, f"{a}/v1/clinics", query={"lat": lat3, "lng": lon3, "open_now": "1",
                                          "emergency": "1"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "clinic": {"name": "Gramercy Animal ER", "phone": ANIMAL_ER_PHONE,
                       "lat": ANIMAL_ER_AT[0], "lon": ANIMAL_ER_AT[1]},
            "pet": PET, "consult": CONSULT, "eta_min": 18}),
        case(f, f"{a}/v1/pets/{PET}/weights", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "entries": [{"d": "2025-11-02", "kg": 17.6},
                                                {"d": "2025-12-09", "kg": 17.2}]}),
        case(f, f"{a}/v1/pets/{PET}/records/export", query={"email": L(EMAIL, MAIL),
                                                             "format": "pdf"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("vetkin_unlimited_monthly", BUY),
            "order_id": L("GPA.3391-0428-5518-20473", BUY),
            "purchase_token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("consult_booked", 1, fee=L(49.0, BUY)),
                ev("screen_view", 2, screen=L("VideoConsult", USAGE)),
                ev("lost_pet_alert_sent", 3)]}),
        case(f, f"{a}/v1/plans", headers=_h(rng, how="none"),
             cookies={"vk_sess": L(opaque(rng, "", 48), CRED)}),
    ]
    return cases


def vetkin_sdks() -> list[Case]:
    rng = random.Random(3042)
    link = U("https://vetkin.example.net/c", {"consult": CONSULT, "e": L(EMAIL_B64, MAIL),
                                              "utm_source": "reminder_email"})
    return [
        cw_batch(APP, rng, [("Consult Booked", {"fee": L(49.0, BUY), "species": "dog"}),
                            ("Lost Pet Alert Sent", {"radius_mi": 2})]),
        cw_identify(APP, rng, {"pets": 1, "zip": L(ZIP, COARSE), "plan": "unlimited"}),
        iw_install(APP, rng),
        iw_event(APP, rng, "consult_booked", {"species": "dog"}, revenue=49.0, hashed=True),
        iw_link(APP, rng, link),
        bw_crash(APP, rng, ("java.lang.IllegalStateException", "camera in use"),
                 [bw_crumb("navigation", "VideoConsultActivity"),
                  bw_crumb("user", "tapped Switch camera")], screen="VideoConsultActivity"),
        fq_eval(APP, rng, {"species": "dog", "insured": True}),
        nw_register(APP, rng, tags={"pet_species": "dog", "zip": L(ZIP, COARSE)}),
        pv_card(APP, rng),
        pv_bank(APP, rng),
        ms_route(APP, rng, SEARCH_FIX, PRECISE, ANIMAL_ER_AT, None, mode="drive"),
    ]
