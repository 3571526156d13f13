"""A latrine desludging and water-tank cleaning service's app "Bolloo" (a vacuum truck from its
Sodo depot empties their pit latrine behind the house; its API's keys are Wolaytta written
camelCase, with English loans: ``sunttaa`` name, ``aawaSunttaa`` father's name, ``silkkiyaa``
phone, ``geemmoQaalaa`` password, ``deiyoSohuwaa`` address, ``katamaa`` town, ``qebeelee``
kebele, ``ollaa`` pit, ``miishshaa`` amount, ``qanxxuwaa`` payment, ``gallassaa`` date,
``sohuwaa`` place, ``misiliyaa`` photo, ``kiitaa`` message, ``xeelluwaa`` review,
``shooruwaa`` neighbour, ``haatta`` water (the tank), ``hanotaa`` events): sign-up, a JSON
log-in, ``/me``, the pit registered with her fix, a quote, the job booked, the payment, a photo
of the pit, the truck's position polled, her pin shared (protobuf), a message to the driver
with her number, a tank cleaning added (msgpack), the job by number in the path, a review, a
complaint, an offline queue (JSON Lines), a neighbour referred, the invoice by cookie, push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families304_kit import (
    DEPOT,
    HOME,
    HOME_AT,
    JOB,
    PIT_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families304_sdk import (
    ba_bid,
    cr_crash,
    cr_crumb,
    cr_session,
    mq_batch,
    mq_queue,
    ts_launch,
    ts_link,
)
from eval_families304_svc import cb_card, cb_confirm, cg_save, ma_reverse, ma_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("bolloo", "Bolloo", "com.example.bolloo", "2.2.0", "https://api.bolloo.example.net")
IID = "X-Bolloo-Device"
PW = "Ollaa#Arada417"
TRUCK_AT = (6.84977, 37.76841)  # the truck on its way (the company's vehicle: a negative)
NEIGHBOUR_REF = ("Tsehay Bekele", "+251913550862")  # a neighbour she refers (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def desludge() -> list[Case]:
    rng = random.Random(30461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL)))}
    pla, plo = fix(PIT_FIX)
    lab: dict[str, str] = {}
    pin = pb([(1, L(JOB, BUY)), (2, [(1, L(PIT_FIX[0], PRECISE)), (2, L(PIT_FIX[1], PRECISE)),
                                     (3, 6.0)]), (3, 1768896000), (4, L(61, "device.info"))],
             "", lab)
    job = at_path(case(f, f"{a}/v1/jobs/{JOB}", headers=_h(rng, **b)), JOB, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "sunttaa": L(FIRST, NAMEC), "aawaSunttaa": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "silkkiyaa": L(E164, TEL),
            "geemmoQaalaa": L(PW, CRED), "deiyoSohuwaa": L(HOME["line"], ADDR),
            "katamaa": L(HOME["town"], COARSE), "qebeelee": L(HOME["area"], COARSE)}),
        case(f, f"{a}/v1/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "geemmoQaalaa": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ollaa", headers=_h(rng, **b), body={
            "kind": "pit_latrine", "depthM": 3.0, "lastEmptied": "2023", "users": 4,
            "sohuwaa": {"lat": pla, "lng": plo, "acc": 5}, "truckAccess": "narrow_lane"}),
        case(f, f"{a}/v1/quotes", headers=_h(rng, **b), query={
            "m3": "4", "katamaa": L("Sodo", COARSE), "depot": DEPOT["id"]}),
        case(f, f"{a}/v1/jobs", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "gallassaa": "2026-01-22", "window": "07-09",
            "miishshaa": L(2800, BUY), "deiyoSohuwaa": L(HOME["line"], ADDR),
            "lat": L(f"{PIT_FIX[0]:.5f}", PRECISE), "lng": L(f"{PIT_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/qanxxuwaa", fmt="form", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "miishshaa": L("2800.00", BUY), "birraa": "ETB",
            "qanxxuwaa": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/ollaa/misiliyaa", [
            ("misiliyaa", "pit_cover.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"job": L(JOB, BUY), "note": L(
                "The slab is cracked near the door, please be careful with the hose", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/jobs/track", headers=_h(rng, **b), query={
            "job": L(JOB, BUY), "truck": "tr_07"}),
        raw(f, f"{a}/v1/jobs/pin", pin, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/kiitaa", headers=_h(rng, **b), body={
            "to": "driver_tr_07",
            "kiitaa": L("Kare penggiyaa doyaa, ta silkkiyaa +1 555 010 0199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/haatta/clean", fmt="msgpack", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "litres": 2000, "roof": True, "miishshaa": L(900, BUY)}),
        job,
        case(f, f"{a}/v1/xeelluwaa", fmt="form", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "stars": "5",
            "xeelluwaa": L("Wodiyan yiidosona, ollaa geeshshidi aattidosona", TEXT)}),
        case(f, f"{a}/v1/complaints", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "kind": "spill",
            "kiitaa": L("A little sludge spilled on the lane, the neighbours are unhappy", TEXT)}),
        lines(f, f"{a}/v1/queue", [
            {"ev": L("job_viewed", USAGE), "job": L(JOB, BUY), "t": 1768890000},
            {"ev": L("pin_moved", USAGE), "lat": L(PIT_FIX[0], PRECISE),
             "lng": L(PIT_FIX[1], PRECISE), "t": 1768890060},
            {"ev": L("truck_polled", USAGE), "truck": {"lat": TRUCK_AT[0], "lng": TRUCK_AT[1]},
             "t": 1768890120}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/referrals", headers=_h(rng, **b), body={
            "shooruwaa": {"sunttaa": L(NEIGHBOUR_REF[0], NAMEC),
                          "silkkiyaa": L(NEIGHBOUR_REF[1], TEL)},
            "code": opaque(rng, "RF", 6)}),
        case(f, f"{a}/v1/invoices/latest", headers=_h(rng, how="none"), cookies={
            "bl_session": L(opaque(rng, "", 40), CRED), "bl_device": L(INSTALL_ID, DID),
            "bl_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/hanotaa", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "hanotaa": [
                ev("job_booked", 1), ev("screen", 2, screen=L("TruckLive", USAGE))]}),
        case(f, f"{a}/v1/depot", headers=_h(rng, **b), query={
            "id": DEPOT["id"], "lat": str(DEPOT["lat"]), "lng": str(DEPOT["lon"]),
            "slot": obj(rng, "sl")}),
    ]


def desludge_sdks() -> list[Case]:
    rng = random.Random(30462)
    link = U("https://bolloo.example.net/j", {"job": L(JOB, BUY), "ph": L(E164, TEL),
                                               "src": "sms"})
    return [
        mq_batch(APP, rng, [("Job Booked", {"total": L(2800, BUY)}),
                            ("Truck Tracked", {"truck": "tr_07"})], at=PIT_FIX, nd=3),
        mq_queue(APP, rng, [("Pin Moved", {}), ("Review Sent", {"stars": 5})]),
        ts_launch(APP, rng, first=True),
        ts_link(APP, rng, link),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="home,sanitation,water"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [cr_crumb("nav", "Jobs -> TruckLive")], screen="TruckLiveActivity"),
        cr_session(APP, rng, secs=533),
        cg_save(APP, rng, {"analytics": True, "marketing": False}),
        cb_card(APP, rng),
        cb_confirm(APP, rng, "2800.00"),
        ma_reverse(APP, rng, PIT_FIX, PRECISE, nd=5),
        ma_telemetry(APP, rng, [PIT_FIX, HOME_AT], PRECISE),
    ]
