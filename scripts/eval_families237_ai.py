"""A tree-felling service's app "Oloai" (``'olo`` to cut, ``'ai`` tree; a Lami crew that fells
and prunes trees over houses before the cyclone season; she has the old mango tree over their
Samabula roof cut back). Its API's keys are Rotuman, ASCII-folded with the glottal stops
dropped (``ai`` for ``'ai``), camelCase where the developer joined two words: ``asa`` name,
``imel``, ``telefon``, ``faeagNusura`` password, ``utNoho`` address, ``hanua`` town, ``ai``
tree, ``olo`` cut, ``ri`` house, ``jaja`` picture, ``ut`` place, ``tala`` amount, ``talaMua``
deposit, ``totogi`` payment, ``ran`` day, ``fikaGarue`` job number (lit. "work number"),
``rogrog`` message, ``hoag`` spouse, ``sasiagaki`` neighbour's name field (lit. "cousin", as
the form's author wrote it for "the people next door"), ``rae`` search: sign-up, log-in,
``/ou``, a quote request with the tree's point, two photos, the quote accepted, the deposit,
the council permit, the neighbour's notice, the day, the gate notes, the crew's arrival (their
truck's positions: negatives), firewood kept (msgpack), the sign-off signature, an offline form
sync (JSON Lines), the job by number in the path, the invoice by cookie, a review, a tip, a
search, push and events."""

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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families237_kit import (
    HUSBAND,
    JOB,
    SUVA_HOME,
    SUVA_HOME_AT,
    TREE_AT,
    YARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families237_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, tn_event, tn_launch
from eval_families237_svc import cl_card, cl_confirm, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("oloai", "Oloai", "com.example.oloai", "2.0.9", "https://api.oloai.example.com")
IID = "X-Oloai-Device"
PW = "Mango#Samabula8"
NEIGHBOUR = ("Salote Prasad", "+6799016634")  # typed by her: contact.*
CREW_AT = [(-18.11961, 178.43918), (-18.11873, 178.44622)]  # the crew's truck (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def oloai() -> list[Case]:
    rng = random.Random(23761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    tla, tlo = fix(TREE_AT)
    job = at_path(case(f, f"{a}/v2/garue/{JOB}", headers=_h(rng, **b)), JOB, BUY)
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "asa": L(f"{FIRST} {LAST}", NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "faeagNusura": L(PW, CRED),
            "hanua": L(SUVA_HOME["town"], COARSE)}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "faeagNusura": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/quote/request", headers=_h(rng, **b), body={
            "ai": "mango", "heightM": 14, "overRi": True, "powerLine": True,
            "olo": "crown reduction, two limbs off",
            "utNoho": {"line": L(SUVA_HOME["line"], ADDR), "area": L(SUVA_HOME["area"], COARSE),
                       "hanua": L(SUVA_HOME["town"], COARSE)},
            "ut": {"lat": tla, "lng": tlo}}),
        multipart(f, f"{a}/v2/quote/jaja", [
            ("jaja", "mango_1.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("jaja2", "mango_roof.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"note": L("The big limb is right over Jiare's "
                                                         "room", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/quote/accept", headers=_h(rng, **b), body={
            "quote": obj(rng, "qt"), "fikaGarue": L(JOB, BUY), "tala": L(850, BUY),
            "valuta": "FJD"}),
        case(f, f"{a}/v2/totogi", fmt="form", headers=_h(rng, **b), body={
            "fikaGarue": L(JOB, BUY), "talaMua": L("250.00", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY), "kad4": L("4444", PAY)}),
        case(f, f"{a}/v2/permit", headers=_h(rng, **b), body={
            "fikaGarue": L(JOB, BUY), "council": "suva_city", "permit": "TP-2026-0193",
            "owner": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/neighbour/notice", headers=_h(rng, **b), body={
            "sasiagaki": L(NEIGHBOUR[0], NAMEC), "telefon": L(NEIGHBOUR[1], TEL),
            "rogrog": L("Bula Salote, the tree crew comes on Saturday morning, please move "
                        "your car.", TEXT)}),
        case(f, f"{a}/v2/schedule", fmt="form", headers=_h(rng, **b), body={
            "fikaGarue": L(JOB, BUY), "ran": "2026-10-10", "window": "am"}),
        case(f, f"{a}/v2/access", headers=_h(rng, **b), body={
            "fikaGarue": L(JOB, BUY),
            "rogrog": L("Side gate padlock 0622, my husband Tarterani will be home",
                        f"{TEXT}|{CRED}"),
            "hoag": {"telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/crew/eta", headers=_h(rng, **b), query={
            "fikaGarue": L(JOB, BUY), "truck": "trk_04",
            "at": f"{CREW_AT[0][0]},{CREW_AT[0][1]}"}),
        case(f, f"{a}/v2/firewood", fmt="msgpack", headers=_h(rng, **b), body={
            "fikaGarue": L(JOB, BUY), "keep": True, "split": "lovo", "chipper": False,
            "tala": L(40, BUY)}),
        case(f, f"{a}/v2/signoff", headers=_h(rng, **b), body={
            "fikaGarue": L(JOB, BUY), "sain": L("iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB", MEDIA),
            "asa": L(f"{FIRST} {LAST}", NAMEC), "crewAt": {"lat": CREW_AT[1][0],
                                                         "lng": CREW_AT[1][1]}}),
        lines(f, f"{a}/v2/sync", [
            {"op": "note", "fikaGarue": L(JOB, BUY), "text": L("Please leave the stump low",
                                                                TEXT)},
            {"op": "rating", "fikaGarue": L(JOB, BUY), "stars": 5},
            {"op": "device", "id": L(INSTALL_ID, DID)}], headers=_h(rng, **b)),
        job,
        case(f, f"{a}/v2/invoice/latest", headers=_h(rng, how="none"), cookies={
            "ol_session": L(opaque(rng, "", 40), CRED), "ol_device": L(INSTALL_ID, DID),
            "ol_req": rid(rng)}),
        case(f, f"{a}/v2/review", headers=_h(rng, **b), body={
            "yard": YARD["id"], "stars": 5,
            "text": L("Careful crew, nothing fell on the roof and they raked the yard.", TEXT)}),
        case(f, f"{a}/v2/tip", fmt="form", headers=_h(rng, **b), body={
            "fikaGarue": L(JOB, BUY), "tala": L("30", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/rae", headers=_h(rng, **b), query={
            "rae": L("coconut tree removal near house", SEARCH)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("quote_requested", 1), ev("screen", 2, screen=L("JobDay", USAGE))]}),
    ]


def oloai_sdks() -> list[Case]:
    rng = random.Random(23762)
    return [
        mc_batch(APP, rng, [("Quote Requested", {"tree": "mango"}),
                            ("Deposit Paid", {"amount": L(250, BUY)})], at=TREE_AT, nd=3),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"job": L(JOB, BUY)}, revenue=850.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SUVA_HOME_AT, nd=2,
               keywords="garden,trees,roofing"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [cd_crumb("nav", "Quote -> Jaja"), cd_crumb("tap", "add_photo")],
                 screen="PhotoActivity"),
        fn_eval(APP, rng, {"region": L("Suva", COARSE), "season": "pre_cyclone"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "250.00"),
        mm_geocode(APP, rng, "27 Vunakece St Samabula", "contact.address", near=TREE_AT, nd=4),
        hs_attach(APP, rng, L(JPEG + b"\x63", MEDIA), "crack_in_limb.jpg", "image/jpeg"),
        pt_register(APP, rng, tags={"job_state": "scheduled"}),
    ]
