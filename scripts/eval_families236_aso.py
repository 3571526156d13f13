"""An aso-ebi app "Ihotu Aso" (``ihotu`` love: the family's matching fabric for a wedding; the
celebrant's family sells the lace and gele, a tailor sews; its API's keys are Idoma with the
trade's loans ``aso``, ``gele``, ``yadi`` yards and English ``id``, ``email``, ``token``:
``enyi_kpo`` full name, ``foni`` phone, ``kodu`` code, ``ole`` house (delivery line), ``ijeni``
town, ``ikpe`` price, ``owo`` amount, ``ikpo`` payment, ``akanti`` account, ``ara`` body,
``ekpe_ara`` measurements, ``ogbo`` height, ``oko`` husband, ``oyi`` child, ``ebo`` place,
``efoto`` photo, ``ohu`` message, ``ekwo`` search, ``ihotu`` gift): an SMS sign-up, the code,
``/me``, the wedding's page, the family's order, a transfer, its receipt (a screenshot), her and
the son's measurements for the tailor, a style picture, the fitting with her fix at the shop, the
delivery line, the RSVP, a cash gift, a check-in at the venue, a photo from the day, a search,
the cart (msgpack), the order by number in the path, a message to the coordinator, offline
status pings (JSON Lines), push and events. Set 79 has a tailoring shop where she orders her own
clothes and set 148 a seamstress's order book; here the purchase is the celebrant family's
group fabric (aso-ebi) with a tailor's fitting as a side step (a docstring grep: "aso-ebi" and
"aso ebi" matched nothing)."""

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
from eval_families24_kit import claims
from eval_families236_kit import (
    ASO_ORDER,
    HOME,
    HOME_AT,
    HUSBAND,
    NG_ACCOUNT,
    SON,
    TAILOR,
    VENUE,
    VENUE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families236_sdk import ab_event, ab_launch, bo_bid, bo_notice, ck_session, mo_batch
from eval_families236_svc import cn_card, cn_confirm, hj_attach, mw_geocode, mw_route, pi_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ihotuaso", "Ihotu Aso", "com.example.ihotuaso", "2.4.0",
          "https://api.ihotuaso.example.net")
IID = "X-Ihotu-Device"
FIT = "health.fitness"
EVENT = "IGB-AGB-2026"  # the wedding's page code (the celebrants': a negative)
BUYER = "buy_" + USER_ID[2:]  # her buyer account (id.user)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(36)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def ihotu() -> list[Case]:
    rng = random.Random(23611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, foni=L(E164, TEL), buyer=L(BUYER, UID)))}
    tla, tlo = fix((TAILOR["lat"] + 0.000021, TAILOR["lon"] - 0.000017), 6)
    vla, vlo = fix(VENUE_FIX, 4)
    order = at_path(case(f, f"{a}/v2/orders/{ASO_ORDER}", headers=_h(rng, **b)), ASO_ORDER, BUY)
    return [
        case(f, f"{a}/v2/auth/sms", headers=_h(rng), body={
            "foni": L(E164, TEL), "enyi_kpo": L(f"{FIRST} {LAST}", NAMEC), "channel": "sms"}),
        case(f, f"{a}/v2/auth/verify", fmt="form", headers=_h(rng), body={
            "foni": L(E164, TEL), "kodu": L("508316", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/events/{EVENT}", headers=_h(rng, **b), query={"side": "groom"}),
        case(f, f"{a}/v2/orders", headers=_h(rng, **b), body={
            "event": EVENT, "order": L(ASO_ORDER, BUY), "buyer": L(BUYER, UID),
            "items": [{"aso": "lace_wine_5y", "yadi": 5, "ikpe": 45000},
                      {"aso": "gele_gold", "yadi": 2, "ikpe": 12000},
                      {"aso": "ankara_men_6y", "yadi": 6, "ikpe": 18000}],
            "owo": L(75000, BUY),
            "wearers": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                        L(f"{SON['first']} {SON['last']}", NAMEC)]}),
        case(f, f"{a}/v2/ikpo/transfer", fmt="form", headers=_h(rng, **b), body={
            "order": L(ASO_ORDER, BUY), "owo": L("75000", BUY), "akanti": L(NG_ACCOUNT, PAY),
            "banki": "Example Bank Nigeria",
            "narration": L("Aso ebi Agbenu wedding, Jane Adikwu family x3",
                           f"{TEXT}|{BUY}|{NAMEC}")}),
        multipart(f, f"{a}/v2/ikpo/proof", [
            ("proof", "transfer_receipt.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"order": L(ASO_ORDER, BUY),
                                                "owo": L(75000, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ekpe_ara", headers=_h(rng, **b), body={
            "order": L(ASO_ORDER, BUY), "tailor": TAILOR["id"], "unit": "inch",
            "ara": {"bust": L(38, FIT), "waist": L(32, FIT), "hip": L(42, FIT),
                    "shoulder": L(15.5, FIT), "gown_length": L(58, FIT), "ogbo": L(167, FIT)},
            "oyi": {"enyi": L(SON["first"], NAMEC), "chest": L(28, FIT), "waist": L(25, FIT),
                    "trouser_length": L(33, FIT)}}),
        multipart(f, f"{a}/v2/styles", [
            ("efoto", "style_mermaid.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(ASO_ORDER, BUY),
                "ohu": L("Mermaid cut, please leave the arms a bit loose", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/fittings/checkin", headers=_h(rng, **b), body={
            "fitting": obj(rng, "ft"), "ebo": {"lat": tla, "lng": tlo},
            "tailor": {"id": TAILOR["id"], "lat": TAILOR["lat"], "lng": TAILOR["lon"],
                       "foni": TAILOR["phone"]}}),
        case(f, f"{a}/v2/delivery", headers=_h(rng, **b), body={
            "order": L(ASO_ORDER, BUY), "ole": L(HOME["line"], ADDR),
            "ijeni": L(HOME["town"], COARSE), "state": L(HOME["state"], COARSE),
            "landmark": L("Blue gate after the pharmacy, ask for Mama Ochai", f"{ADDR}|{TEXT}"),
            "foni": L(E164, TEL)}),
        case(f, f"{a}/v2/events/{EVENT}/rsvp", fmt="form", headers=_h(rng, **b), body={
            "guests": "3", "side": "groom", "enyi_kpo": L(f"{FIRST} {LAST}", NAMEC),
            "oko": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v2/events/{EVENT}/ihotu", headers=_h(rng, **b), body={
            "owo": L(20000, BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "ohu": L("Agbenu and Ejeh, may your home be full of ihotu. Love, Jane, Oche and "
                     "Ochai", TEXT)}),
        case(f, f"{a}/v2/events/{EVENT}/checkin", headers=_h(rng, **b), body={
            "ebo": {"lat": vla, "lng": vlo},
            "venue": {"id": VENUE["id"], "lat": VENUE["lat"], "lng": VENUE["lon"]},
            "table": "T14"}),
        multipart(f, f"{a}/v2/events/{EVENT}/photos", [
            ("efoto", "family_aso.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Team groom in wine lace!", TEXT), "public": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ekwo", headers=_h(rng, **b), query={
            "ekwo": L("wine lace 5 yards", SEARCH), "event": EVENT}),
        case(f, f"{a}/v2/cart", fmt="msgpack", headers=_h(rng, **b), body={
            "buyer": L(BUYER, UID), "lines": [{"sku": "gele_gold", "qty": 1, "ikpe": 6000},
                                              {"sku": "beads_coral", "qty": 1, "ikpe": 8500}],
            "owo": L(14500, BUY)}),
        order,
        case(f, f"{a}/v2/ohu", headers=_h(rng, **b), body={
            "to": "coordinator", "thread": obj(rng, "th"),
            "ohu": L("My sister Laura Doe (+15550148830) wants one gele too, she arrives on the "
                     "12th", f"{TEXT}|{NAMEC}|{TEL}")}),
        lines(f, f"{a}/v2/status/queue", [
            {"order": L(ASO_ORDER, BUY), "seen": "shipped", "t": 1769100000},
            {"order": L(ASO_ORDER, BUY), "seen": "delivered", "t": 1769300000,
             "by": L(BUYER, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events/log", headers=_h(rng, how="none"), cookies={
            "ia_sid": L(opaque(rng, "", 40), CRED), "ia_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, owo=L(75000, BUY)),
                ev("screen", 2, screen=L("Measurements", USAGE))]}),
    ]


def ihotu_sdks() -> list[Case]:
    rng = random.Random(23612)
    return [
        mo_batch(APP, rng, [("Order Placed", {"total": L(75000, BUY)}),
                            ("Measurements Saved", {"unit": "inch"})], at=HOME_AT, nd=3),
        ab_launch(APP, rng, first=True, user=True),
        ab_event(APP, rng, "purchase", {"order": L(ASO_ORDER, BUY)}, revenue=75000.0,
                 currency="NGN", hashed=True),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=VENUE_FIX, nd=2,
               keywords="lace,gele,wedding"),
        bo_notice(APP, rng, "imp"),
        ck_session(APP, rng, secs=1204),
        pi_register(APP, rng, tags={"event": EVENT, "side": "groom"}),
        cn_card(APP, rng, email=True),
        cn_confirm(APP, rng, "20000.00"),
        mw_geocode(APP, rng, "Ojoma Stitches Otukpo", SEARCH, near=HOME_AT, nd=3),
        mw_route(APP, rng, [(HOME_AT, PRECISE), ((VENUE["lat"], VENUE["lon"]), None)]),
        hj_attach(APP, rng, L(PNG, MEDIA), "transfer.png", "image/png"),
    ]

