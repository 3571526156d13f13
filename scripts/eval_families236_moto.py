"""A vehicle-papers agent's app "Papakwo" (``akwo`` paper: an agent renews a car's licence,
roadworthiness and insurance and a driver's licence, and delivers the papers; its API's keys are
Idoma with the office's English and loans ``moto`` car, ``lasisi`` licence, ``inshora``
insurance and ``id``, ``email``, ``token``: ``enyi`` name, ``enyi_ada`` surname, ``enyi_kpo``
full name, ``foni`` phone, ``asiri`` password, ``ojo_omi`` birth date, ``ole`` house,
``ijeni`` town, ``lga``, ``owo`` amount, ``ikpo`` payment, ``ebe_ekpa`` blood group, ``ogbo``
height, ``ebo`` place, ``efoto`` photo, ``ohu`` message, ``ekwo`` search, ``ojo`` date): sign-up,
a log-in, ``/me``, her car added (plate, chassis number), the renewal application, photos of the
old papers, her driving licence renewal (blood group, height, glasses), a capture slot, a
check-in at the licensing office, the payment, the insurance certificate by application number
in the path, the roadworthiness inspection, delivery to the house, a fines check by plate, the
history (gzip), the checklist (msgpack), a message to the agent, a search, the session by cookie,
push, events and a token refresh. Sets 63 and 144 have learner-driver and garage apps and a
licensing counter's booking; here an agent handles the whole set of papers (a docstring grep:
"vehicle papers", "vehicle licence", "plate number" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families236_kit import (
    CAR,
    HOME,
    HOME_AT,
    LICENCE,
    OFFICE,
    OFFICE_FIX,
    PAPERS,
    fix,
    hd,
    obj,
    push,
)
from eval_families236_sdk import ab_launch, bo_bid, ck_session, mo_batch
from eval_families236_svc import (
    cn_card,
    cn_confirm,
    co_check,
    fi_eval,
    hj_message,
    mw_geocode,
    pi_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("papakwo", "Papakwo", "com.example.papakwo", "2.2.9", "https://api.papakwo.example.net")
IID = "X-Papakwo-Install"
PW = "Corolla2012$Otk"
NID = "personal.national_id"
FIT = "health.fitness"
CLIENT = "PKC-55120"  # her client account with the agent (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def papakwo() -> list[Case]:
    rng = random.Random(23661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), client=L(CLIENT, UID)))}
    ola, olo = fix(OFFICE_FIX)
    cert = at_path(case(f, f"{a}/v1/applications/{PAPERS}/insurance", headers=_h(rng, **b)),
                   PAPERS, BUY)
    return [
        case(f, f"{a}/v1/clients", headers=_h(rng), body={
            "enyi": L(FIRST, NAMEC), "enyi_ada": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "foni": L(E164, TEL), "asiri": L(PW, CRED), "ole": L(HOME["line"], ADDR),
            "ijeni": L(HOME["town"], COARSE), "lga": L(HOME["lga"], COARSE),
            "client": L(CLIENT, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "asiri": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/moto", headers=_h(rng, **b), body={
            "plate": CAR["plate"], "chassis": CAR["vin"], "make": CAR["make"],
            "model": CAR["model"], "year": CAR["year"], "colour": "silver",
            "owner": L(f"{FIRST} {LAST}", NAMEC), "client": L(CLIENT, UID)}),
        case(f, f"{a}/v1/applications", headers=_h(rng, **b), body={
            "application": L(PAPERS, BUY), "plate": CAR["plate"],
            "items": [{"kind": "vehicle_licence", "fee": 6500},
                      {"kind": "roadworthiness", "fee": 7000},
                      {"kind": "third_party_inshora", "fee": 15000}],
            "service_fee": 5000, "owo": L(33500, BUY)}),
        multipart(f, f"{a}/v1/applications/{PAPERS}/docs", [
            ("efoto", "old_licence.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"application": L(PAPERS, BUY),
                                                "kind": "expired_papers"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lasisi/renew", headers=_h(rng, **b), body={
            "lasisi": L(LICENCE, NID), "enyi_kpo": L(f"{FIRST} {LAST}", NAMEC),
            "ojo_omi": L(DOB, BIRTH), "ebe_ekpa": L("O+", MED), "ogbo": L(1.67, FIT),
            "glasses": L(True, MED), "ole": L(HOME["line"], ADDR), "years": 5,
            "owo": L(21000, BUY)}),
        case(f, f"{a}/v1/capture/slots", fmt="form", headers=_h(rng, **b), body={
            "office": OFFICE["id"], "ojo": "2026-01-27", "slot": obj(rng, "cs"),
            "lasisi": L(LICENCE, NID)}),
        case(f, f"{a}/v1/capture/checkin", headers=_h(rng, **b), body={
            "ebo": {"lat": ola, "lng": olo},
            "office": {"id": OFFICE["id"], "lat": OFFICE["lat"], "lng": OFFICE["lon"]},
            "client": L(CLIENT, UID)}),
        case(f, f"{a}/v1/ikpo", fmt="form", headers=_h(rng, **b), body={
            "application": L(PAPERS, BUY), "owo": L("54500", BUY), "currency": "NGN",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        cert,
        case(f, f"{a}/v1/inspections", headers=_h(rng, **b), body={
            "application": L(PAPERS, BUY), "garage": "gr_otk_04", "ojo": "2026-01-24",
            "odometer": 184220, "plate": CAR["plate"]}),
        case(f, f"{a}/v1/delivery", headers=_h(rng, **b), body={
            "application": L(PAPERS, BUY), "ole": L(HOME["line"], ADDR),
            "ijeni": L(HOME["town"], COARSE), "foni": L(E164, TEL),
            "window": "weekday_afternoon"}),
        case(f, f"{a}/v1/fines", headers=_h(rng, **b), query={
            "plate": CAR["plate"], "state": "BN"}),
        case(f, f"{a}/v1/history/export", gz=True, headers=_h(rng, **b), body={
            "client": L(CLIENT, UID), "from": "2022-01-01", "format": "pdf",
            "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/checklist", fmt="msgpack", headers=_h(rng, **b), body={
            "application": L(PAPERS, BUY), "done": ["photo", "payment"],
            "pending": ["capture", "inspection"], "client": L(CLIENT, UID)}),
        case(f, f"{a}/v1/ohu", headers=_h(rng, **b), body={
            "to": "agent_desk", "thread": obj(rng, "th"),
            "ohu": L("If I am not home, give the papers to my husband Oche Adikwu, "
                     "08035550142", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/ekwo", headers=_h(rng, **b), query={
            "ekwo": L("hackney permit for private car", SEARCH)}),
        case(f, f"{a}/v1/session", headers=_h(rng, how="none"), cookies={
            "pk_sess": L(opaque(rng, "", 40), CRED), "pk_dev": L(INSTALL_ID, DID),
            "pk_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("application_paid", 1, owo=L(54500, BUY)),
                ev("screen", 2, screen=L("Papers", USAGE))]}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def papakwo_sdks() -> list[Case]:
    rng = random.Random(23662)
    return [
        mo_batch(APP, rng, [("Application Paid", {"amount": L(54500, BUY)}),
                            ("Slot Booked", {})], at=OFFICE_FIX, nd=2),
        ab_launch(APP, rng, user=True),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="cars,insurance,tyres"),
        ck_session(APP, rng, secs=388),
        fi_eval(APP, rng, {"state": L("Benue", COARSE), "vehicles": 1}, hdr=True),
        pi_register(APP, rng, tags={"office": OFFICE["id"]}),
        co_check(APP, rng, {"analytics": True}),
        cn_card(APP, rng),
        cn_confirm(APP, rng, "54500.00"),
        mw_geocode(APP, rng, "Otukpo Motor Licensing Office", SEARCH, near=HOME_AT, nd=2),
        hj_message(APP, rng, L(f"Application {PAPERS}: the insurance certificate is missing",
                               f"{TEXT}|{BUY}"), {"client": L(CLIENT, UID)}),
    ]
