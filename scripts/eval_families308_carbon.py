"""An agroforestry carbon-payment app "Kungcarbon" (``kung`` tree; households in Dzongu are paid
each quarter for keeping alder shade trees over their large cardamom; she runs the family's
account for her mother-in-law's land. Keys are Lepcha and Nepali: ``abryang`` name, ``ptso``
surname, ``fon`` phone, ``sangket`` password, ``kyong`` village, ``zilla`` district, ``lyang``
land / plot, ``kung`` tree, ``faat`` soil, ``rakam`` amount, ``bhuktani`` payment, ``khata``
bank account (Nepali), ``kamai`` earnings (Nepali), ``malik`` owner (Nepali), ``ring`` message,
``nam`` year): enrolment (her tax card, her mother-in-law as the land's owner), an SMS code,
``/me``, the plot's boundary, a tree count with her fix, a geotagged photo, inventory notes
(msgpack), credits, the payout account (her bank account, UPI handle), payouts, the statement by
grower number in the path, the yearly tax declaration (gzip), an offline sync (JSON Lines), a
message to the field officer, a training booked, a dispute, carbon prices by cookie GET, push,
events and a token refresh. No earlier set pays for carbon (a grep for "carbon credit" matched
nothing; set 285's cardamom ledger sells the spice, this one is paid for the trees)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
from eval_families308_kit import (
    CARBON_OFFICE,
    GROWER,
    IFSC,
    IN_ACCOUNT,
    MOTHER_IL,
    PAN,
    PLOT_AT,
    PLOT_FIX,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families308_sdk import ta_batch, ta_identify, ta_pixel, tr_event, tr_launch
from eval_families308_svc import co_upi, fd_eval, hk_message, mt_geocode, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kungcarbon", "Kungcarbon", "com.example.kungcarbon", "2.6.1",
          "https://api.kungcarbon.example.net")
IID = "X-Kung-Install"
NID = "personal.national_id"
PW = "Alder&Alaichi2026"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ne=True, **kw)


def kungcarbon() -> list[Case]:
    rng = random.Random(30861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, grower=L(GROWER, UID), fon=L(E164, TEL)))}
    pla, plo = fix(PLOT_FIX)
    plot = obj(rng, "pl")
    stmt = at_path(case(f, f"{a}/api/growers/{GROWER}/statement", headers=_h(rng, **b),
                        query={"nam": "2025"}), GROWER, UID)
    return [
        case(f, f"{a}/api/growers/enrol", headers=_h(rng), body={
            "abryang": L(FIRST, NAMEC), "ptso": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fon": L(E164, TEL), "sangket": L(PW, CRED), "pan": L(PAN, NID),
            "grower": L(GROWER, UID), "kyong": L("Lingthem", COARSE),
            "zilla": L("Mangan", COARSE),
            "malik": {"abryang": L(MOTHER_IL[0], NAMEC), "fon": L(MOTHER_IL[1], TEL),
                      "nata": "sasu"}}),
        case(f, f"{a}/api/auth/verify", fmt="form", headers=_h(rng), body={
            "fon": L(E164, TEL), "code": L("904127", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/plots", headers=_h(rng, **b), body={
            "plot": plot, "grower": L(GROWER, UID), "crop": "large cardamom",
            "hectare": 0.8, "lyang": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PLOT_AT]}),
        case(f, f"{a}/api/plots/{plot}/trees", headers=_h(rng, **b), body={
            "kung": [{"species": "Alnus nepalensis", "count": 62, "dbh_cm": 24.5},
                     {"species": "Schima wallichii", "count": 9, "dbh_cm": 31.0}],
            "at": {"lat": pla, "lng": plo, "acc": 6}, "faat": "moist loam"}),
        multipart(f, f"{a}/api/plots/{plot}/photos", [
            ("photo", "alders_row3.jpg", "image/jpeg", L(JPEG + b"\x86", MEDIA)),
            ("meta", None, "application/json", {
                "lat": L(round(PLOT_FIX[0], 5), PRECISE), "lng": L(round(PLOT_FIX[1], 5),
                                                                   PRECISE),
                "ring": L("Row 3 after pruning, two alders lost in the July slide", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/inventory/notes", fmt="msgpack", headers=_h(rng, **b), body={
            "plot": plot, "by": L(GROWER, UID), "saplings": 14, "height_m": 1.2,
            "note": L("Planted 14 utis saplings along the jhora", TEXT)}),
        case(f, f"{a}/api/credits", headers=_h(rng, **b), query={
            "grower": L(GROWER, UID), "nam": "2025"}),
        case(f, f"{a}/api/payout/account", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "khata": L(IN_ACCOUNT, PAY), "ifsc": IFSC,
            "upi": L(VPA, PAY), "pan": L(PAN, NID), "grower": L(GROWER, UID)}),
        case(f, f"{a}/api/payouts", headers=_h(rng, **b), query={"grower": L(GROWER, UID)}),
        stmt,
        case(f, f"{a}/api/tax/declaration", gz=True, headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "nam": "2025-26", "kamai": L(16800, BUY),
            "pan": L(PAN, NID), "tds": L(0, BUY)}),
        lines(f, f"{a}/api/sync", [
            {"op": "tree_count", "plot": plot, "count": 71, "by": L(GROWER, UID)},
            {"op": "payout_ack", "payout": L("KC-PO-25Q4-0316", BUY), "rakam": L(4200, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "officer_mangan", "thread": obj(rng, "th"),
            "ring": L(f"Please call my mother-in-law {MOTHER_IL[0]} on {MOTHER_IL[1]} before "
                      f"you visit the lyang", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/trainings/book", headers=_h(rng, **b), body={
            "training": "tr_cardamom_drying", "office": CARBON_OFFICE["id"], "seats": 1,
            "grower": L(GROWER, UID)}),
        case(f, f"{a}/api/disputes", headers=_h(rng, **b), body={
            "grower": L(GROWER, UID), "period": "2025-Q3", "rakam": L(4200, BUY),
            "ring": L("The Q3 payment never reached the khata", TEXT)}),
        case(f, f"{a}/api/prices/latest", headers=_h(rng, how="none"), cookies={
            "kc_session": L(opaque(rng, "", 40), CRED), "kc_device": L(INSTALL_ID, DID),
            "kc_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("trees_counted", 1), ev("screen", 2, screen=L("Payouts", USAGE))]}),
        case(f, f"{a}/api/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kungcarbon_sdks() -> list[Case]:
    rng = random.Random(30862)
    return [
        ta_batch(APP, rng, [("Trees Counted", {"count": 71}), ("Photo Added", {})],
                 at=PLOT_FIX, nd=2, locale="ne_IN"),
        ta_identify(APP, rng, {"zilla": L("Mangan", COARSE), "grower": L(GROWER, UID)}),
        ta_pixel(APP, rng, "Statement Opened", {"nam": "2025"}),
        tr_launch(APP, rng, user=True),
        tr_event(APP, rng, "enrolled", {"crop": "large cardamom"}),
        fd_eval(APP, rng, {"zilla": L("Mangan", COARSE), "role": "grower"}),
        pr_register(APP, rng, at=PLOT_FIX, nd=2, lang="ne", tags={"zilla": L("Mangan", COARSE)}),
        co_upi(APP, rng, "4200", L(E164, TEL), L(VPA, PAY)),
        mt_geocode(APP, rng, "Mangan block office", SEARCH, near=PLOT_FIX, nd=3),
        hk_message(APP, rng, L("Payout KC-PO-25Q4-0316 is missing from my khata",
                               f"{TEXT}|{BUY}"), {"grower": L(GROWER, UID)}),
    ]
