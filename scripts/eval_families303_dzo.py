"""Pack-stock hire board "Dzomo Khal" (``dzomo`` the yak-cow cross, ``khal`` a load: the Khumbu
pack-stock owners' association lists loads to carry up from the Lukla airstrip; owners accept
jobs, name their drivers, check in at the loading yard, invoice and get paid). She and her
husband own three dzos; she runs the account. Its API's keys are Sherpa, ASCII-folded, with
English loans (``email``, ``tag``, ``pan``, ``job``) and Nepali ones (``khata`` account):
``dagpo`` owner (``dagpo_ang`` owner number), ``min`` / ``gyuming`` given / family name,
``khapar`` phone, ``sangta`` password, ``yul`` town, ``khyoga`` husband, ``dzo``, ``khal`` load,
``kilo``, ``lam`` route, ``dzopa`` driver, ``la`` wage, ``rtsa`` hay, ``men`` medicine (for an
animal), ``gong`` price, ``ngul`` amount, ``ngultre`` payment, ``tshok`` check-in, ``sacha`` place,
``par`` photo, ``tam`` message, ``tshol`` search, ``tshe`` date. Calls: the owner's sign-up (PAN),
log-in, ``/nga``, the animals (msgpack), the job board, a job accepted with their driver, the
check-in at the Lukla yard with her fix, a load photo, the job done, invoices by owner number in
the path, the payout account, payouts, the driver's wage, a dzo's vet visit, hay ordered (gzip),
an offline sync (JSON Lines), a message to the customer lodge, a dispute, a search, the tax
summary with a base64 JSON context cookie, push and events. New kind: a docstring grep for
"dzo", "zopkio", "pack-stock", "pack animal" and "yak" found no pack-stock app ("dzo" and "yak"
matched only inside other words: Bidzomo, rendzo, kayak, Yakutsk); set 149's porter and
mule-train cargo app has her as a customer sending goods; here she is the animals' owner taking
jobs."""

from __future__ import annotations

import random
from typing import Any

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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families303_kit import (
    DZOS,
    HOME,
    HOME_AT,
    HUSBAND,
    NP_ACCOUNT,
    OWNER,
    PAN,
    YARD,
    YARD_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families303_sdk import (
    bk_bid,
    bk_notice,
    th_event,
    th_launch,
    tr_batch,
    tr_identify,
    tr_pixel,
)
from eval_families303_svc import cp_wallet, fc_eval, hw_message, mg_route, pd_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("dzomokhal", "Dzomo Khal", "com.example.dzomokhal", "2.0.11",
          "https://api.dzomokhal.example.com")
IID = "X-DK-Install"
PW = "Dzomo3Lukla!"
NID = "personal.national_id"
DRIVER = ("Lakpa Rita Sherpa", "+9779818204457")  # their hired driver, typed by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dzo() -> list[Case]:
    rng = random.Random(30351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, dagpo_ang=L(OWNER, UID), khapar=L(E164, TEL)))}
    yla, ylo = fix(YARD_FIX)
    job = obj(rng, "job", 8)
    inv = at_path(case(f, f"{a}/v1/dagpo/{OWNER}/invoices", headers=_h(rng, **b),
                       query={"from": "2026-03-01"}), OWNER, UID)
    return [
        case(f, f"{a}/v1/dagpo", headers=_h(rng), body={
            "min": L(FIRST, NAMEC), "gyuming": L(LAST, NAMEC), "khapar": L(E164, TEL),
            "email": L(EMAIL, MAIL), "sangta": L(PW, CRED), "pan": L(PAN, NID),
            "yul": L(HOME["town"], COARSE), "dagpo_ang": L(OWNER, UID),
            "khyoga": {"min": L(HUSBAND[0], NAMEC), "khapar": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "khapar": L(E164, TEL), "sangta": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/dzo", fmt="msgpack", headers=_h(rng, **b), body={
            "dagpo_ang": L(OWNER, UID), "dzo": [
                {"tag": t, "kind": "dzomo" if i else "dzo", "lo": 6 + i, "khal_max": 80}
                for i, t in enumerate(DZOS)]}),
        case(f, f"{a}/v1/khal/board", headers=_h(rng, **b), query={
            "from": "lukla", "to": "namche", "tshe": "2026-03-14"}),
        case(f, f"{a}/v1/khal/{job}/accept", headers=_h(rng, **b), body={
            "dagpo_ang": L(OWNER, UID), "dzo": DZOS, "kilo": 240, "gong": L(6000, BUY),
            "dzopa": {"min": L(DRIVER[0], NAMEC), "khapar": L(DRIVER[1], TEL)},
            "customer": "Kongde View Lodge"}),
        case(f, f"{a}/v1/khal/{job}/tshok", headers=_h(rng, **b), body={
            "sacha": {"lat": yla, "lng": ylo, "acc": 9},
            "yard": {"id": YARD["id"], "lat": YARD["lat"], "lng": YARD["lon"]}, "kilo": 240}),
        multipart(f, f"{a}/v1/khal/{job}/par", [
            ("par", "load.jpg", "image/jpeg", L(JPEG + b"\x3a", MEDIA)),
            ("meta", None, "application/json", {"job": job, "kilo": 240})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/khal/{job}/done", fmt="form", headers=_h(rng, **b), body={
            "status": "delivered", "kilo": "240", "dagpo_ang": L(OWNER, UID)}),
        inv,
        case(f, f"{a}/v1/payout/khata", headers=_h(rng, **b), body={
            "khata": L(NP_ACCOUNT, PAY), "khata_dhani": L(f"{FIRST} {LAST}", NAMEC),
            "bank": "Example Bank Nepal", "dagpo_ang": L(OWNER, UID)}),
        case(f, f"{a}/v1/payouts", headers=_h(rng, **b), query={"dagpo_ang": L(OWNER, UID)}),
        case(f, f"{a}/v1/la", fmt="form", headers=_h(rng, **b), body={
            "dzopa": L(DRIVER[0], NAMEC), "ngul": L("3500", BUY), "job": job}),
        case(f, f"{a}/v1/dzo/{DZOS[1]}/men", headers=_h(rng, **b), body={
            "men": "ivermectin", "ne": "ticks", "vet": "vt_namche", "ngul": L(800, BUY)}),
        case(f, f"{a}/v1/rtsa/order", gz=True, headers=_h(rng, **b), body={
            "kilo": 300, "from": "thame", "ngul": L(9000, BUY),
            "sacha": L(HOME["line"], ADDR)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "load", "job": job, "kilo": 240, "dagpo_ang": L(OWNER, UID)},
            {"op": "tshok", "job": job, "lat": L(round(YARD_FIX[0], 5), PRECISE),
             "lng": L(round(YARD_FIX[1], 5), PRECISE)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/tam", headers=_h(rng, **b), body={
            "job": job, "to": "customer",
            "tam": L("Three dzos reach Namche by 3 pm; Mingma meets you at the stupa.", TEXT)}),
        case(f, f"{a}/v1/dispute", headers=_h(rng, **b), body={
            "job": job, "ngul": L(1200, BUY),
            "tam": L("The load was 290 kg, not 240; please pay the difference.", TEXT)}),
        case(f, f"{a}/v1/tshol", headers=_h(rng, **b), query={
            "tshol": L("loads Lukla to Namche Saturday", SEARCH)}),
        case(f, f"{a}/v1/tax/summary", headers=_h(rng, how="none"), cookies={
            "dk_session": L(opaque(rng, "", 40), CRED),
            "dk_ctx": W({"dagpo_ang": L(OWNER, UID), "pan": L(PAN, NID), "fy": "2082/83"},
                        "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("job_accepted", 1), ev("screen", 2, screen=L("JobBoard", USAGE))]}),
    ]


def dzo_sdks() -> list[Case]:
    rng = random.Random(30352)
    return [
        tr_batch(APP, rng, [("Job Accepted", {"kg": 240}), ("Payout Viewed", {})],
                 at=YARD_FIX, nd=2),
        tr_identify(APP, rng, {"dagpo_ang": L(OWNER, UID), "yul": L("Namche", COARSE),
                               "animals": 3}),
        tr_pixel(APP, rng, "Board Opened", {"route": "lukla-namche"}),
        th_launch(APP, rng, user=True),
        th_event(APP, rng, "job_accepted", {"route": "lukla-namche"}, revenue=6000.0),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=YARD_FIX, nd=3,
               keywords="trekking,cargo,lukla"),
        bk_notice(APP, rng, "imp"),
        fc_eval(APP, rng, {"region": L("Khumbu", COARSE), "role": "owner"}),
        pd_register(APP, rng, at=YARD_FIX, nd=2, tags={"route": "lukla-namche"}),
        cp_wallet(APP, rng, "3500", L(DRIVER[1], TEL)),
        mg_route(APP, rng, [(YARD_FIX, PRECISE), (HOME_AT, PRECISE)], mode="walking"),
        hw_message(APP, rng, L("The payout for last Saturday's Lukla job is missing", TEXT),
                   {"dagpo_ang": L(OWNER, UID)}),
    ]
