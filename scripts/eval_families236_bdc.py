"""A bureau de change's customer app "Owonyi" (a fictional licensed exchange office at Wurukum,
Makurdi: she sells the dollars her sister sends for naira paid to her account; its API's keys are
Idoma with the trade's loans ``dola``, ``naira``, ``banki``, ``akanti``, ``pasipoti`` and English
``id``, ``email``, ``pin``, ``bvn``, ``nin``: ``enyi`` name, ``enyi_ada`` surname, ``foni``
phone, ``asiri`` password, ``ojo_omi`` birth date, ``ole`` house, ``ijeni`` town, ``owo``
amount, ``ikpe`` rate/price, ``ikpo`` payment, ``onyi`` relative, ``ebo`` place, ``ohu``
message, ``ekwo`` search, ``efoto`` photo, ``ojo`` date): sign-up with her KYC (passport,
residence card, BVN, NIN), an OAuth password grant, ``/me``, today's rates, a selfie and the
passport scan, a quote, a sell order paid out to her naira account, a wire from her US account,
her sister's transfer announced, a branch slot, a check-in at the branch, the cash receipt by
order number in the path, a rate alert, her history, a protobuf device attestation, her PIN, a
message to support, her husband as a beneficiary, a search, statements by cookie, push and
events. Set 182 has a POS cash-agent finder (card withdrawals at agents) and sets with wallets
have cash-in agents; a currency exchange office's customer app is new (a docstring grep:
"bureau de change" one mention in passing, "BDC" nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, claims, rid
from eval_families236_kit import (
    BDC,
    BDC_FIX,
    BVN,
    CUSTOMER,
    HOME,
    HUSBAND,
    NG_ACCOUNT,
    NIN,
    PASSPORT,
    RESIDENCE,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families236_sdk import ab_event, ab_launch, ck_crash, ck_crumb, mo_batch, mo_queue
from eval_families236_svc import cn_wallet, co_check, fi_eval, hj_message, mw_reverse, pi_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("owonyi", "Owonyi", "com.example.owonyi", "3.1.5", "https://api.owonyi.example.com")
IID = "X-Owonyi-Device"
PW = "Wurukum#Dola26"
NID = "personal.national_id"
SELFIE = JPEG + b"\x5a" * 12


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def owonyi() -> list[Case]:
    rng = random.Random(23621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), customer=L(CUSTOMER, UID),
                                    kyc="tier3"))}
    bla, blo = fix(BDC_FIX)
    order = "OW-S-" + str(rng.randrange(10 ** 6, 10 ** 7))
    lab: dict[str, str] = {}
    att = pb([(1, L(CUSTOMER, UID)), (2, L(INSTALL_ID, DID)), (3, [(1, L("Pixel 8", DEV)),
                                                                   (2, L("14", DEV))]),
              (4, opaque(rng, "", 32)), (5, 1768900000)], "", lab)
    rcpt = at_path(case(f, f"{a}/v1/orders/{order}/receipt", headers=_h(rng, **b)), order, BUY)
    return [
        case(f, f"{a}/v1/customers", headers=_h(rng), body={
            "enyi": L(FIRST, NAMEC), "enyi_ada": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "foni": L(E164, TEL), "asiri": L(PW, CRED), "ojo_omi": L(DOB, BIRTH),
            "ole": L(HOME["line"], ADDR), "ijeni": L(HOME["town"], COARSE),
            "state": L(HOME["state"], COARSE), "nationality": "US",
            "pasipoti": L(PASSPORT, NID), "residence_card": L(RESIDENCE, NID),
            "bvn": L(BVN, NID), "nin": L(NIN, NID), "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "owonyi-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/rates", headers=_h(rng, **b), query={
            "branch": BDC["id"], "pairs": "USD-NGN,GBP-NGN,EUR-NGN"}),
        multipart(f, f"{a}/v1/kyc/selfie", [
            ("efoto", "selfie.jpg", "image/jpeg", L(SELFIE, MEDIA)),
            ("meta", None, "application/json", {"customer": L(CUSTOMER, UID), "liveness": 0.97})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/kyc/document", [
            ("efoto", "passport_page.jpg", "image/jpeg", L(JPEG + b"\x5b", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"kind": "passport",
                                                "number": L(PASSPORT, NID),
                                                "expires": "2031-04-18"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/quotes", headers=_h(rng, **b), body={
            "side": "sell", "dola": L(500, BUY), "ikpe": 1478.5, "quote": obj(rng, "qt"),
            "branch": BDC["id"]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order": L(order, BUY), "side": "sell", "dola": L(500, BUY),
            "naira": L(739250, BUY), "ikpe": 1478.5,
            "payout": {"banki": "Example Bank Nigeria", "akanti": L(NG_ACCOUNT, PAY),
                       "enyi_kpo": L(f"{FIRST} {LAST}", NAMEC)},
            "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/wires/inbound", fmt="form", headers=_h(rng, **b), body={
            "from_routing": L(ROUTING, PAY), "from_account": L(ACCOUNT, PAY),
            "owo": L("1200.00", BUY), "currency": "USD", "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/remittances/expect", headers=_h(rng, **b), body={
            "onyi": {"enyi_kpo": L(SISTER_US[0], NAMEC), "foni": L(SISTER_US[1], TEL),
                     "email": L(SISTER_US[2], MAIL), "relation": "sister"},
            "owo": L(300, BUY), "currency": "USD",
            "ohu": L("Laura sends the school money for Ochai's exam lessons", TEXT)}),
        case(f, f"{a}/v1/branches/{BDC['id']}/slots", headers=_h(rng, **b),
             query={"ojo": "2026-01-22"}),
        case(f, f"{a}/v1/branches/checkin", headers=_h(rng, **b), body={
            "order": L(order, BUY), "ebo": {"lat": bla, "lng": blo, "acc": 6},
            "branch": {"id": BDC["id"], "lat": BDC["lat"], "lng": BDC["lon"],
                       "foni": BDC["phone"]}}),
        rcpt,
        case(f, f"{a}/v1/alerts", fmt="form", headers=_h(rng, **b), body={
            "pair": "USD-NGN", "ikpe": "1500", "via": "push", "customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/history", headers=_h(rng, **b), query={
            "customer": L(CUSTOMER, UID), "from": "2025-10-01", "to": "2026-01-31"}),
        raw(f, f"{a}/v1/attest", att, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L("4829", CRED), "confirm": L("4829", CRED)}),
        case(f, f"{a}/v1/support", headers=_h(rng, **b), body={
            "order": L(order, BUY), "ticket": obj(rng, "tk"),
            "ohu": L("I sold 500 dollars on Thursday but only 700,000 naira reached my account",
                     f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/beneficiaries", headers=_h(rng, **b), body={
            "enyi_kpo": L(HUSBAND[0], NAMEC), "akanti": L("0049917731", PAY),
            "banki": "Example Bank Nigeria", "foni": L(HUSBAND[1], TEL), "relation": "oko"}),
        case(f, f"{a}/v1/ekwo", headers=_h(rng, **b), query={
            "ekwo": L("pounds rate Makurdi today", SEARCH)}),
        case(f, f"{a}/v1/statements", headers=_h(rng, how="none"), cookies={
            "ow_session": L(opaque(rng, "", 40), CRED), "ow_device": L(INSTALL_ID, DID),
            "ow_ctx": W({"customer": L(CUSTOMER, UID), "lang": L("en", DEV)}, "b64json"),
            "ow_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("quote_viewed", 1), ev("order_placed", 2, naira=L(739250, BUY)),
                ev("screen", 3, screen=L("Rates", USAGE))]}),
    ]


def owonyi_sdks() -> list[Case]:
    rng = random.Random(23622)
    return [
        mo_batch(APP, rng, [("Quote Viewed", {"pair": "USD-NGN"}),
                            ("Order Placed", {"naira": L(739250, BUY)})], at=BDC_FIX, nd=3),
        mo_queue(APP, rng, [("Rates Opened", {}), ("Alert Set", {"pair": "USD-NGN"})]),
        ab_launch(APP, rng, user=True),
        ab_event(APP, rng, "sell_order", {"pair": "USD-NGN"}, revenue=739250.0, currency="NGN",
                 hashed=True),
        ck_crash(APP, rng, ("java.lang.IllegalArgumentException", "quote expired"),
                 [ck_crumb("nav", "Rates -> Quote"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/v1/orders", "status": 409})],
                 screen="QuoteActivity"),
        fi_eval(APP, rng, {"kyc": "tier3", "state": L("Benue", COARSE)}, hdr=True),
        pi_register(APP, rng, tags={"branch": BDC["id"], "alerts": "USD-NGN"}),
        co_check(APP, rng, {"analytics": True, "marketing": False}),
        cn_wallet(APP, rng, "50000", L(E164, TEL)),
        mw_reverse(APP, rng, BDC_FIX, PRECISE, nd=5),
        hj_message(APP, rng, L("Can I pick the naira in cash at Wurukum instead of transfer?",
                               TEXT), {"customer": L(CUSTOMER, UID)}),
    ]
