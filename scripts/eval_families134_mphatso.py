"""A goat pass-on programme's app "Mphatso" (mphatso: gift; ``/api`` with lowerCamel JSON and
forms). New to the evaluation (a grep for pass-on and heifer found nothing; the herd, cattle and
goat apps of sets 93, 107, 117, 128 and 130 are about owned herds, wool or sales): an NGO gives
her husband's family's household three goats, a para-vet checks them, and the household must
pass the first kids on to a named neighbouring family at a ceremony. She is the registered
beneficiary (with a village address), reports from the kraal and follows the programme's
training. Calls: the beneficiary's sign-up, an OAuth password grant, ``/me`` with a JWT, the
kraal's position and photo, the goats received, a goat's health check, kidding, the pass-on to
the named family, a field sync (protobuf), an offline queue (msgpack), trainings by district,
attendance, a fodder-seed order, a para-vet request, vets near the village, a buck sold and the
payout, her card by beneficiary number in the path (cookie GET), push, events and feedback."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families134_kit import (
    BENEFICIARY,
    GOAT_TAGS,
    HUSBAND,
    KRAAL_AT,
    MOMO,
    PASS_ON_TO,
    RESIDENCE_PERMIT,
    VILLAGE,
    fix,
    hd,
    push,
)
from eval_families134_sdk import (
    ac_event,
    ac_launch,
    bn_bid,
    bn_notice,
    ck_crash,
    ck_crumb,
    sm_batch,
    sm_queue,
)
from eval_families134_svc import fm_eval, mk_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mphatso", "Mphatso", "com.example.mphatso", "1.5.0",
          "https://api.mphatso.example.net")
IID = "X-Mphatso-Device"
PW = "Mbuzi3Mwase!"
NATID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mphatso() -> list[Case]:
    rng = random.Random(13461)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, beneficiary=L(BENEFICIARY, UID),
                                    email=L(EMAIL, MAIL)))}
    kla, klo = fix(KRAAL_AT, 6)
    lab: dict[str, str] = {}
    sync = pb([(1, L(BENEFICIARY, UID)), (2, 1765260000),
               (3, [(1, L(round(KRAAL_AT[0], 5), PRECISE)),
                    (2, L(round(KRAAL_AT[1], 5), PRECISE)), (3, 25.0)]),
               (4, [(1, GOAT_TAGS[0]), (2, 1)]), (4, [(1, GOAT_TAGS[1]), (2, 0)]),
               (5, L(33, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/beneficiaries/{BENEFICIARY}/card",
                        headers=_h(rng, how="none"),
                        cookies={"mp_sess": L(opaque(rng, "", 40), CRED),
                                 "mp_dev": L(INSTALL_ID, DID)}), BENEFICIARY, UID)
    return [
        case(f, f"{a}/api/beneficiaries", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "sex": L("F", GENDER),
            "idNumber": L(RESIDENCE_PERMIT, NATID), "village": L(VILLAGE["village"], COARSE),
            "ta": L(VILLAGE["ta"], COARSE), "district": L(VILLAGE["district"], COARSE),
            "coBeneficiary": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "beneficiaryNo": L(BENEFICIARY, UID), "householdSize": 3, "cohort": "DW-2025-B"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(E164, TEL), "password": L(PW, CRED),
            "client_id": "mphatso-android"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kraal", headers=_h(rng, **b), body={
            "beneficiaryNo": L(BENEFICIARY, UID), "lat": kla, "lng": klo,
            "roofed": True, "raisedFloor": True, "sizeM2": 9}),
        multipart(f, f"{a}/api/kraal/photo", [
            ("photo", "khola.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"lat": L(round(KRAAL_AT[0], 5), PRECISE),
                                                "lng": L(round(KRAAL_AT[1], 5), PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/goats/receive", headers=_h(rng, **b), body={
            "beneficiaryNo": L(BENEFICIARY, UID), "goats": [
                {"tag": t, "sex": s, "breed": "Malawi local x Boer"}
                for t, s in zip(GOAT_TAGS, ["doe", "doe", "buck"], strict=True)],
            "handover": "HO-" + opaque(rng, "", 6)}),
        case(f, f"{a}/api/goats/{GOAT_TAGS[0]}/health", fmt="form", headers=_h(rng, **b), body={
            "temperature": "39.4", "dewormed": "yes", "ppr_vaccine": "yes",
            "notes": L("Slight cough, eating well", TEXT), "paravet": "pv_118"}),
        case(f, f"{a}/api/kidding", headers=_h(rng, **b), body={
            "dam": GOAT_TAGS[0], "kids": 2,
            "date": "2025-12-02", "alive": 2}),
        case(f, f"{a}/api/pass-on", headers=_h(rng, **b), body={
            "beneficiaryNo": L(BENEFICIARY, UID),
            "recipient": {"name": L(PASS_ON_TO[0], NAMEC), "phone": L(PASS_ON_TO[1], TEL),
                          "village": L(VILLAGE["village"], COARSE)},
            "kids": ["MW-GT-45011", "MW-GT-45012"], "ceremony": "2026-03-14"}),
        raw(f, f"{a}/api/field/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "beneficiaryNo": L(BENEFICIARY, UID), "ops": [
                {"op": "weigh", "tag": GOAT_TAGS[2], "kg": 24.5},
                {"op": "note", "tag": GOAT_TAGS[1], "txt": L("limping left hind", TEXT)}]}),
        case(f, f"{a}/api/trainings", headers=_h(rng, **b), query={
            "district": L(VILLAGE["district"], COARSE), "topic": "housing"}),
        case(f, f"{a}/api/trainings/attend", fmt="form", headers=_h(rng, **b), body={
            "session": "tr_" + opaque(rng, "", 6),
            "attendees": "2"}),
        case(f, f"{a}/api/fodder/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "leucaena-seed-1kg",
                                                             "qty": 2}],
            "total": L(7000, BUY), "deliverTo": L(VILLAGE["village"], COARSE),
            "phone": L(E164, TEL)}),
        case(f, f"{a}/api/vet/requests", headers=_h(rng, **b), body={
            "tag": GOAT_TAGS[1],
            "text": L("Mbuzi ikupunthwa mwendo wakumbuyo, chonde bwerani Lachisanu", TEXT),
            "callback": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/vets/near", headers=_h(rng, **b), query={
            "lat": L(f"{KRAAL_AT[0]:.3f}", PRECISE), "lng": L(f"{KRAAL_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/api/sales", headers=_h(rng, **b), body={
            "beneficiaryNo": L(BENEFICIARY, UID), "tag": GOAT_TAGS[2], "priceMwk": L(85000, BUY),
            "market": "Dowa boma", "receipt": L("MS-" + opaque(rng, "", 6).upper(), BUY)}),
        case(f, f"{a}/api/payouts", fmt="form", headers=_h(rng, **b), body={
            "amount": L("85000", BUY), "msisdn": L(MOMO, TEL), "ref": rid(rng)}),
        card,
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("kidding_reported", 1, kids=2), ev("pass_on_scheduled", 2),
                ev("screen", 3, screen=L("MyGoats", USAGE))]}),
        case(f, f"{a}/api/feedback", fmt="form", headers=_h(rng, **b), body={
            "text": L("The para-vet came late, but the training on the raised floor helped",
                      TEXT), "stars": "4"}),
    ]


def mphatso_sdks() -> list[Case]:
    rng = random.Random(13462)
    return [
        sm_batch(APP, rng, [("Kidding Reported", {"kids": 2}), ("Pass On Scheduled", {})],
                 at=KRAAL_AT, nd=2),
        sm_queue(APP, rng, [("Kraal Photo", {}), ("Goat Weighed", {"kg": 24.5})]),
        ac_launch(APP, rng, user=True, n=4),
        ac_event(APP, rng, "goat_sold", {"tag": GOAT_TAGS[2]}, revenue=85000.0),
        bn_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="goats,livestock"),
        bn_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("android.database.sqlite.SQLiteFullException", "disk full"),
                 [ck_crumb("nav", "Goats -> Sync"), ck_crumb("log", "queue 41 items")],
                 screen="SyncActivity"),
        fm_eval(APP, rng, {"district": L("Dowa", COARSE), "cohort": "DW-2025-B"}, hdr=True),
        mk_reverse(APP, rng, KRAAL_AT, PRECISE, nd=6),
    ]
