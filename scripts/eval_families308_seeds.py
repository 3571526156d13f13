"""A community seed bank app "Biulyang" (Nepali ``biu`` seed, Lepcha ``lyang`` land; a Dzongu
seed bank lending heirloom millet, rice and bean seed to be returned after harvest; keys in
Lepcha and Nepali: ``abryang`` name, ``ptso`` surname, ``fon`` phone, ``sangket`` password,
``kyong`` village, ``biu`` seed, ``zo`` rice / grain, ``kodo`` finger millet (Nepali),
``sapat`` loan in kind (Nepali), ``firta`` return (Nepali), ``rakam`` amount, ``bhuktani``
payment, ``khoj`` search, ``ring`` message, ``nam`` year, ``faat`` soil): joining, a log-in,
``/gosa``, the catalogue, a search, a seed loan to sow at the in-laws' terraces, a deposit of
seed she saved, a photo of the seed, a check-in at the seed bank, germination tests (msgpack),
the yearly fee by UPI, her ledger by card number in the path, a swap offer, an offline sowing log
(JSON Lines), a message to the keeper, receipts with a base64 JSON cookie, push and events. No
earlier set has a seed bank (a grep for "seed bank" and "seed library" matched nothing)."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families308_kit import (
    INLAWS_AT,
    SEED_CARD,
    SEEDBANK,
    SEEDBANK_FIX,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families308_sdk import (
    bk_bid,
    bk_notice,
    cr_crash,
    cr_crumb,
    ta_batch,
    ta_queue,
    tr_launch,
)
from eval_families308_svc import cm_check, hk_message, mt_reverse, mt_route, pr_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, W, case

APP = App("biulyang", "Biulyang", "com.example.biulyang", "1.1.9",
          "https://api.biulyang.example.org")
IID = "X-Biulyang-Device"
PW = "Kodo+Zo!Hee26"
LOAN = "BL-SP-26-0419"  # her seed loan (financial.purchase: a loan in kind, a call)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def biulyang() -> list[Case]:
    rng = random.Random(30871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), card=L(SEED_CARD, UID)))}
    sla, slo = fix(SEEDBANK_FIX, 5)
    lot1, lot2 = obj(rng, "lot", 8), obj(rng, "lot", 8)
    ledger = at_path(case(f, f"{a}/v1/members/{SEED_CARD}/ledger", headers=_h(rng, **b)),
                     SEED_CARD, UID)
    return [
        case(f, f"{a}/v1/members/join", headers=_h(rng), body={
            "abryang": L(FIRST, NAMEC), "ptso": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fon": L(PHONE, TEL), "sangket": L(PW, CRED), "card": L(SEED_CARD, UID),
            "kyong": L("Lingthem", COARSE), "faat": "terrace, red loam", "sadasya_nam": 2026}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sangket": L(PW, CRED)}),
        case(f, f"{a}/v1/gosa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/biu/catalogue", headers=_h(rng, **b), query={
            "crop": "kodo", "available": "1"}),
        case(f, f"{a}/v1/biu/khoj", headers=_h(rng, **b), query={
            "khoj": L("red zo heirloom for 1200 m terraces", SEARCH)}),
        case(f, f"{a}/v1/sapat", headers=_h(rng, **b), body={
            "sapat": L(LOAN, BUY), "card": L(SEED_CARD, UID),
            "biu": [{"lot": lot1, "variety": "Kodo (finger millet), black", "grams": 500},
                    {"lot": lot2, "variety": "Sikkim red rice", "grams": 1000}],
            "firta_by": "2026-12-15",
            "sow_at": {"lat": L(round(INLAWS_AT[0] - 0.0012, 4), PRECISE),
                       "lng": L(round(INLAWS_AT[1] + 0.0008, 4), PRECISE)}}),
        case(f, f"{a}/v1/deposits", headers=_h(rng, **b), body={
            "card": L(SEED_CARD, UID), "variety": "Rice bean, speckled", "grams": 750,
            "harvest_nam": 2025, "kyong": L("Lingthem", COARSE),
            "ring": L("Saved from my mother-in-law's terrace, dried on bamboo mats", TEXT)}),
        multipart(f, f"{a}/v1/deposits/photo", [
            ("photo", "ricebean.jpg", "image/jpeg", L(JPEG + b"\x87", MEDIA)),
            ("meta", None, "application/json", {"card": L(SEED_CARD, UID),
                                                "variety": "Rice bean, speckled"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "card": L(SEED_CARD, UID), "at": {"lat": sla, "lng": slo},
            "seedbank": {"id": SEEDBANK["id"], "lat": SEEDBANK["lat"], "lng": SEEDBANK["lon"]}}),
        case(f, f"{a}/v1/germination", fmt="msgpack", headers=_h(rng, **b), body={
            "lot": lot1, "sown": 50, "sprouted": 43, "days": 6, "by": L(SEED_CARD, UID)}),
        case(f, f"{a}/v1/fees", fmt="form", headers=_h(rng, **b), body={
            "card": L(SEED_CARD, UID), "nam": "2026", "rakam": L("150", BUY),
            "upi": L(VPA, PAY), "txn": opaque(rng, "tx", 12)}),
        ledger,
        case(f, f"{a}/v1/exchange/offer", headers=_h(rng, **b), body={
            "offer": "Rice bean 200 g", "want": "Buckwheat (phapar)",
            "fon": L(E164, TEL),
            "ring": L("Swap at the Sunday haat in Mangan, call me", TEXT)}),
        lines(f, f"{a}/v1/sowing/sync", [
            {"t": 1777600000 + 900 * i, "sapat": L(LOAN, BUY),
             "lat": L(f"{INLAWS_AT[0] - 0.0011 + 0.0002 * i:.5f}", PRECISE),
             "lng": L(f"{INLAWS_AT[1] + 0.0007:.5f}", PRECISE), "rows": 4 + i}
            for i in range(3)], headers=_h(rng, **b)),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "keeper_hee", "thread": obj(rng, "th"),
            "ring": L("The black kodo came up thin, may I return it in rice bean instead?",
                      TEXT)}),
        case(f, f"{a}/v1/receipts", headers=_h(rng, how="none"), cookies={
            "bl_sid": L(opaque(rng, "", 40), CRED),
            "bl_prefs": W({"card": L(SEED_CARD, UID), "lang": L("ne", DEV)}, "b64json")}),
        case(f, f"{a}/v1/sapat/firta", headers=_h(rng, **b), body={
            "sapat": L(LOAN, BUY), "card": L(SEED_CARD, UID),
            "firta": [{"lot": lot2, "variety": "Sikkim red rice", "grams": 1100}],
            "quality": "dry, sorted", "receipt": obj(rng, "rc")}),
        case(f, f"{a}/v1/members/profile", fmt="form", headers=_h(rng, **b), body={
            "card": L(SEED_CARD, UID), "kyong": L("Lingthem", COARSE),
            "zilla": L("Mangan", COARSE), "fon": L(E164, TEL)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ne_IN")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("loan_taken", 1), ev("screen", 2, screen=L("Ledger", USAGE))]}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng, how="none"), body={
            "device": L(INSTALL_ID, DID), "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def biulyang_sdks() -> list[Case]:
    rng = random.Random(30872)
    return [
        ta_batch(APP, rng, [("Loan Taken", {"grams": 1500}), ("Deposit Made", {})],
                 at=SEEDBANK_FIX, nd=3),
        ta_queue(APP, rng, [("Sowing Logged", {"rows": 4}), ("Ledger Opened", {})]),
        tr_launch(APP, rng, first=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=INLAWS_AT, nd=2,
               keywords="farming,seeds,organic"),
        bk_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.NullPointerException", "lot null"),
                 [cr_crumb("nav", "Catalogue -> Loan")], screen="LoanActivity"),
        cm_check(APP, rng, {"analytics": True}),
        pr_register(APP, rng, lang="ne", tags={"kyong": L("Lingthem", COARSE)}),
        mt_reverse(APP, rng, SEEDBANK_FIX, PRECISE, nd=4),
        mt_route(APP, rng, [(INLAWS_AT, PRECISE), ((SEEDBANK["lat"], SEEDBANK["lon"]), None)],
                 mode="walking"),
        hk_message(APP, rng, L(f"My loan {LOAN} shows 2 kg but I took 1.5 kg",
                               f"{TEXT}|{BUY}"), {"card": L(SEED_CARD, UID)}),
    ]
