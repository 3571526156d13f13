"""Cashmere-cooperative seller app "Noolur": she sells the household's combed fibre through the
cooperative. Member registration (member number, registration number), a PIN log-in, ``/me``,
a fibre lot with its origin and photos, a combing tally, buyers' offers, a sale accepted, the
payout account, a pick-up at her address, the sale's invoice by number in the path, chat with a
buyer (msgpack), a traceability scan, the membership fee, a tax receipt, training videos, a
search, push, events (JSON Lines) and a cookie GET."""

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
    JPEG,
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
from eval_families18_kit import NATID
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, head, others
from eval_families37_kit import fix, obj
from eval_families93_kit import (
    CENSUS_NO,
    COOP,
    LOT,
    MEMBER_NO,
    MN_ACCOUNT,
    REG_NO,
    UB_HOME,
    WINTER_CAMP,
    lot_photo_id,
)
from eval_families93_sdk import ac_crash, ac_crumb, md_event, md_launch, tx_batch, tx_pixel
from eval_families93_svc import gt_geocode, mp_register, tg_eval, tl_bank, zv_save
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("noolur", "Noolur", "mn.example.noolur", "2.2.5", "https://api.noolur.example.org")
IID = "X-Noolur-Device"
SALE = "NL-S-25-004417"  # her sale's number (financial.purchase)


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, auth=auth, **kw)


def noolur() -> list[Case]:
    rng = random.Random(9351)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_NO, UID)))}
    buyer = others(rng, 2, "byr_")
    inv = case(f, f"{a}/v2/sales/{SALE}/invoice", headers=_h(rng), query={"format": "pdf"})
    return [
        case(f, f"{a}/v2/members", headers=_h(rng, auth=None), body={
            "member": L(MEMBER_NO, UID), "coop": COOP["id"], "ner": L("Jane", NAMEC),
            "ovog": L("Doe", NAMEC), "utas": L(E164, TEL),
            "registriin_dugaar": L(REG_NO, NATID), "soum": L("Bayandelger", COARSE)}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng, auth=None), body={
            "member": L(MEMBER_NO, UID), "pin": L("7302", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v2/lots", headers=_h(rng), body={
            **LOT, "herd": L(CENSUS_NO, UID),
            "origin": {"lat": fix(WINTER_CAMP, 4)[0], "lng": fix(WINTER_CAMP, 4)[1]},
            "combedFrom": "2025-04-10", "goats": 112}),
        multipart(f, f"{a}/v2/lots/{LOT['id']}/photos", [
            ("photo1", "fibre.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("photo2", "bag.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {"ids": [lot_photo_id(rng), lot_photo_id(rng)],
                                                 "scaleKg": LOT["kg"]})], headers=_h(rng)),
        case(f, f"{a}/v2/lots/{LOT['id']}/tally", headers=_h(rng), body={
            "perGoatG": [182, 205, 167, 240, 199, 221], "total": LOT["kg"]}),
        case(f, f"{a}/v2/offers", headers=_h(rng), query={"lot": LOT["id"], "sort": "price"}),
        case(f, f"{a}/v2/offers/off_8812/accept", headers=_h(rng), body={
            "buyer": buyer[0], "pricePerKg": L(142000, BUY), "kg": LOT["kg"],
            "total": L(2612800, BUY), "sale": L(SALE, BUY)}),
        case(f, f"{a}/v2/payout", fmt="form", headers=_h(rng), body={
            "iban": L(MN_ACCOUNT, PAY), "bank": "Tengerbank", "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/pickups", headers=_h(rng), body={
            "sale": L(SALE, BUY), "gudamj": L(UB_HOME["gudamj"], ADDR),
            "hashaa": L(UB_HOME["hashaa"], ADDR), "hot": L("Ulaanbaatar", COARSE),
            "utas": L(E164, TEL), "window": "2025-12-12 10-14",
            "depot": {"name": COOP["name"], "phone": COOP["phone"]}}),
        at_path(inv, SALE, BUY),
        case(f, f"{a}/v2/chat/{buyer[1]}", fmt="msgpack", headers=_h(rng), body={
            "from": L(USER_ID, UID), "text": L("Can you pick up on Friday? I am in the city "
                                               "until Sunday", TEXT), "mid": obj(rng, "m", 10)}),
        case(f, f"{a}/v2/trace/scan", headers=_h(rng), query={
            "qr": "NL:LOT:" + LOT["id"], "herd": L(CENSUS_NO, UID)}),
        case(f, f"{a}/v2/fees", fmt="form", headers=_h(rng), body={
            "year": "2026", "amount": L("50000", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/tax/receipt", headers=_h(rng), body={
            "sale": L(SALE, BUY), "taxpayer": L(REG_NO, NATID), "vat": False,
            "amount": L(2612800, BUY)}),
        case(f, f"{a}/v2/training/progress", fmt="form", headers=_h(rng), body={
            "video": "combing-basics", "seconds": L("244", USAGE)}),
        case(f, f"{a}/v2/search", headers=_h(rng), query={"q": L("white cashmere 15 micron price",
                                                               SEARCH)}),
        case(f, f"{a}/v2/me/password", headers=_h(rng), body={
            "oldPin": L("7302", CRED), "newPin": L("1946", CRED)}),
        case(f, f"{a}/v2/ratings", headers=_h(rng), body={
            "buyer": buyer[0], "sale": L(SALE, BUY), "stars": 5,
            "text": L("Paid the same day, honest scale", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "lang": L("mn", DEV)}),
        lines(f, f"{a}/v2/events", [
            {"u": L(USER_ID, UID), "e": L(n, USAGE), "t": 1765440000 + 40 * i}
            for i, n in enumerate(["lot_created", "offer_viewed", "offer_accepted"])],
            headers=_h(rng)),
        case(f, f"{a}/v2/sales", headers=_h(rng, auth=None),
             cookies={"nl_sess": L(opaque(rng, "", 40), CRED), "nl_coop": COOP["id"]}),
    ]


def noolur_sdks() -> list[Case]:
    rng = random.Random(9352)
    return [
        tx_batch(APP, rng, [("Offer Accepted", {"total": L(2612800, BUY)}),
                            ("Screen Viewed", {"screen": L("Offers", USAGE)})], lang="mn_MN"),
        tx_pixel(APP, rng, "Price Board Viewed", {"aimag": "Tov"}),
        md_launch(APP, rng, user=True),
        md_event(APP, rng, "sale_completed", {"kg": LOT["kg"]}, revenue=2612800),
        ac_crash(APP, rng, ("java.lang.NumberFormatException", "kg: '18,4'"),
                 [ac_crumb("tap", "lot.save")], screen="LotActivity",
                 user={"id": L(USER_ID, UID), "member": L(MEMBER_NO, UID)}),
        tg_eval(APP, rng, {"coop": COOP["id"], "newOffers": True}),
        mp_register(APP, rng, tags={"coop": COOP["id"]}),
        zv_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        tl_bank(APP, rng),
        gt_geocode(APP, rng, "Tolgoit wool depot", SEARCH),
    ]
