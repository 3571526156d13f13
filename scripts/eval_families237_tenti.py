"""A tent, chair and generator hire app "Katenti" (a Kalabu depot that delivers marquees,
folding chairs, trestle tables, a generator and a sound system; she hires them for the
kato'aga, the family feast, for Jiare's tenth birthday at the Samabula house). Its API's keys
are Rotuman snake_case with the English loans a hire business uses, spelled the Rotuman way:
``asa`` name, ``imel``, ``telefon``, ``faeag_nusura`` password, ``katoaga`` feast (the event),
``ran`` day, ``ut`` place, ``ut_noho`` address, ``hanua`` town, ``famori`` people (the guest
count), ``tenti`` tent, ``jea`` chair, ``tepol`` table, ``jenereta`` generator, ``tala``
amount, ``tala_mua`` deposit (lit. "first money"), ``totogi`` payment, ``fika_bukin`` booking
number, ``jaja`` picture, ``rogrog`` message, ``rae`` search, ``hoag`` spouse: sign-up, log-in,
``/ou``, the catalogue (prices), availability, a quote for the yard, the booking, the deposit,
a photo of the yard, the delivery window, the gate notes, the site contact, generator fuel
(msgpack), a change of chairs, the damage waiver, the booking by number in the path, an invoice
by cookie, a review, a search, a preferences cookie (base64 JSON), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families237_kit import (
    DEPOT,
    HIRE_BOOKING,
    HUSBAND,
    SUVA_HOME,
    SUVA_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families237_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families237_svc import cl_card, cl_confirm, mm_geocode, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("katenti", "Katenti", "com.example.katenti", "4.0.2", "https://api.katenti.example.com")
IID = "X-Katenti-Device"
PW = "Tefui&Fekei10"
CUST = "KTC-77014"  # her customer account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def katenti() -> list[Case]:
    rng = random.Random(23731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), cust=L(CUST, UID)))}
    hla, hlo = fix(SUVA_HOME_AT)
    booking = at_path(case(f, f"{a}/v1/bukin/{HIRE_BOOKING}", headers=_h(rng, **b)),
                      HIRE_BOOKING, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "asa": L(f"{FIRST} {LAST}", NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "faeag_nusura": L(PW, CRED), "cust": L(CUST, UID),
            "hanua": L(SUVA_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "faeag_nusura": L(PW, CRED)}),
        case(f, f"{a}/v1/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/catalogue", headers=_h(rng, **b), query={
            "depot": DEPOT["id"], "kind": "katoaga"}),
        case(f, f"{a}/v1/available", headers=_h(rng, **b), query={
            "ran": "2026-08-01", "tenti": "6x12", "jea": "80"}),
        case(f, f"{a}/v1/quote", headers=_h(rng, **b), body={
            "katoaga": "birthday", "ran": "2026-08-01", "famori": 85,
            "items": [{"sku": "tenti_6x12", "qty": 2, "tala": 180},
                      {"sku": "jea_fold", "qty": 80, "tala": 1.5},
                      {"sku": "tepol_trestle", "qty": 10, "tala": 8}],
            "ut_noho": {"line": L(SUVA_HOME["line"], "contact.address"),
                        "area": L(SUVA_HOME["area"], COARSE),
                        "hanua": L(SUVA_HOME["town"], COARSE)},
            "ut": {"lat": hla, "lng": hlo}, "surface": "grass, slight slope"}),
        case(f, f"{a}/v1/bukin", headers=_h(rng, **b), body={
            "quote": obj(rng, "qt"), "fika_bukin": L(HIRE_BOOKING, BUY), "tala": L(640, BUY),
            "cust": L(CUST, UID), "katoaga": "birthday", "ran": "2026-08-01"}),
        case(f, f"{a}/v1/totogi", fmt="form", headers=_h(rng, **b), body={
            "fika_bukin": L(HIRE_BOOKING, BUY), "tala_mua": L("200.00", BUY),
            "valuta": "FJD", "metodi": L(opaque(rng, "pm_", 24), PAY),
            "kad_4": L("4444", PAY)}),
        multipart(f, f"{a}/v1/bukin/{HIRE_BOOKING}/jaja", [
            ("jaja", "yard.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"note": L("The flat part is behind the mango "
                                                         "tree", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/delivery", fmt="form", headers=_h(rng, **b), body={
            "fika_bukin": L(HIRE_BOOKING, BUY), "ran": "2026-07-31", "window": "14-17"}),
        case(f, f"{a}/v1/delivery/notes", headers=_h(rng, **b), body={
            "fika_bukin": L(HIRE_BOOKING, BUY),
            "rogrog": L("Gate code is 1908, park on the left of the house, the dogs are tied up",
                        f"{TEXT}|{CRED}")}),
        case(f, f"{a}/v1/site/contact", headers=_h(rng, **b), body={
            "fika_bukin": L(HIRE_BOOKING, BUY),
            "hoag": {"asa": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "mine": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/addons", fmt="msgpack", headers=_h(rng, **b), body={
            "fika_bukin": L(HIRE_BOOKING, BUY),
            "jenereta": {"kva": 5.5, "fuel_l": 20, "tala": 95},
            "sound": {"speakers": 2, "mic": 1, "tala": 60}, "tala": L(155, BUY)}),
        case(f, f"{a}/v1/bukin/change", headers=_h(rng, **b), body={
            "fika_bukin": L(HIRE_BOOKING, BUY), "jea": 100, "tepol": 12,
            "reason": L("More of the Rotuman community are coming from Nasinu", TEXT)}),
        case(f, f"{a}/v1/waiver", fmt="form", headers=_h(rng, **b), body={
            "fika_bukin": L(HIRE_BOOKING, BUY), "accept": "1",
            "signed": L(f"{FIRST} {LAST}", NAMEC)}),
        booking,
        case(f, f"{a}/v1/invoice/latest", headers=_h(rng, how="none"), cookies={
            "kt_session": L(opaque(rng, "", 40), CRED), "kt_device": L(INSTALL_ID, DID),
            "kt_req": rid(rng)}),
        case(f, f"{a}/v1/review", headers=_h(rng, **b), body={
            "depot": DEPOT["id"], "stars": 4,
            "text": L("Tents were up before the rain, one generator cable was missing.", TEXT)}),
        case(f, f"{a}/v1/rae", headers=_h(rng, **b), query={
            "rae": L("lovo cooking tent with sides", SEARCH)}),
        case(f, f"{a}/v1/ou/prefs", headers=_h(rng, **b), cookies={
            "kt_prefs": W({"cust": L(CUST, UID), "lang": L("en", DEV),
                           "hanua": L("Suva", COARSE)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("quote_made", 1), ev("booked", 2, tala=L(640, BUY)),
                ev("screen", 3, screen=L("Delivery", USAGE))]}),
    ]


def katenti_sdks() -> list[Case]:
    rng = random.Random(23732)
    link = U("https://katenti.example.com/b", {"bukin": L(HIRE_BOOKING, BUY), "ref": "sms",
                                               "tel": L(E164, TEL)})
    return [
        mc_batch(APP, rng, [("Quote Made", {"items": 3}),
                            ("Booked", {"total": L(640, BUY)})], at=SUVA_HOME_AT, nd=2),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"bukin": L(HIRE_BOOKING, BUY)}, revenue=640.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SUVA_HOME_AT, nd=3,
               keywords="party,tents,catering"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.NumberFormatException", "qty: ''"),
                 [cd_crumb("nav", "Quote -> Items"), cd_crumb("tap", "add_chairs")],
                 screen="QuoteActivity"),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "200.00"),
        mm_geocode(APP, rng, f"{SUVA_HOME['line']}, Samabula", "contact.address",
                   near=SUVA_HOME_AT, nd=3),
        mm_reverse(APP, rng, SUVA_HOME_AT, PRECISE, nd=5),
        pt_register(APP, rng, at=SUVA_HOME_AT, nd=2, tags={"katoaga": "birthday"}),
    ]
