"""Public-library app "Shelfmark": a patron signs in with her card and PIN, searches the catalogue,
places holds, renews loans, checks books out at a branch with the phone (protobuf), pays a fine,
books a study room, registers for an event, keeps a reading list, renews her card."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DID,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    STREET,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import CITY, DOB, T0, ZIP, App, opaque, pos
from eval_families22_kit import LICENCE, lines
from eval_families24_kit import claims, head, rid
from eval_families25_kit import (
    BRANCH_AT,
    BRANCH_LINE,
    ITEM_BARCODES,
    LIBRARY_CARD,
    LIBRARY_NOREPLY,
    LIBRARY_PHONE,
    LIBRARY_PIN,
    obj_id,
)
from eval_families25_sdk import gauge_batch, gauge_identify, moth_crumb, moth_event, moth_session
from eval_families25_svc import (
    bell_channel,
    bell_register,
    cairn_message,
    cons_save,
    flag_eval,
    smith_directions,
    smith_forward,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("shelfmark", "Shelfmark", "org.example.shelfmark", "8.1.0",
          "https://api.shelfmark.example.org")
IID = "X-Shelfmark-Device"
TEL = "contact.phone"
NATID = "personal.national_id"
BRANCH = "br_midtown"
AT_DESK = (40.753211, -73.982196)  # the phone's own fix at the branch's self-checkout


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _selfcheck(rng: random.Random) -> Case:
    """Self-checkout with the phone (protobuf): the card (1), the books' barcodes (2, repeated:
    negatives), the branch (3), the phone's fix (4.1, 4.2) and the branch's geofence (5)."""
    labels: dict[str, str] = {}
    data = pb([(1, L(LIBRARY_CARD, UID)), *[(2, b) for b in ITEM_BARCODES], (3, BRANCH),
               (4, [(1, L(AT_DESK[0], PRECISE)), (2, L(AT_DESK[1], PRECISE)), (3, 12)]),
               (5, [(1, BRANCH_AT[0]), (2, BRANCH_AT[1]), (3, 60)])], "", labels)
    return raw(APP.fam, f"{APP.api}/v3/self-checkout", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def shelfmark() -> list[Case]:
    rng = random.Random(2571)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, card=L(LIBRARY_CARD, UID), name=L(NAME, NAMEC)))}
    lat, lon = pos(4)
    recs = [{"patron": L(USER_ID, UID), "event": L(n, USAGE), "ts": (T0 + 29 * i) * 1000,
             "props": p} for i, (n, p) in enumerate([
                 ("catalog_search", {"results": 38}), ("hold_placed", {"format": "book"}),
                 ("digital_card_shown", {}), ("self_checkout", {"items": 2})])]
    cases = [
        case(f, f"{a}/v3/patron/login", fmt="form", headers=_h(rng), body={
            "barcode": L(LIBRARY_CARD, UID), "pin": L(LIBRARY_PIN, CRED),
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/patron", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/patron/contact", headers=_h(rng, auth="bearer"), body={
            "email": L(EMAIL, MAIL), "phone": L(DASHED, TEL), "notices": "email",
            "address": {"street": L(STREET, ADDR), "city": L(CITY, COARSE),
                        "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v3/catalog/autocomplete", headers=_h(rng, auth="bearer"),
             query={"q": L("sourd", SEARCH), "limit": "8"}),
        case(f, f"{a}/v3/catalog/search", headers=_h(rng, auth="bearer", lang=True), query={
            "q": L("sourdough baking for beginners", SEARCH), "format": "book",
            "branch": BRANCH, "page": "1"}),
        case(f, f"{a}/v3/catalog/bibs/{obj_id(rng, 'bib', 8)}", headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v3/holds", headers=_h(rng, auth="bearer"), body={
            "bib_id": obj_id(rng, "bib", 8), "pickup_branch": BRANCH,
            "notify": {"email": L(EMAIL, MAIL), "sms": L(DASHED, TEL)}, "suspend_until": None}),
        case(f, f"{a}/v3/checkouts", query={"status": "out"}, headers=_h(rng, auth="session")),
        case(f, f"{a}/v3/checkouts/renew", headers=_h(rng, auth="session"),
             body={"items": ITEM_BARCODES, "request_id": rid(rng)}),
        _selfcheck(rng),
        case(f, f"{a}/v3/fines/pay", headers=_h(rng, auth="bearer"), body={
            "amount": L("3.40", BUY), "fines": [obj_id(rng, "fn", 6)],
            "payment_method": L("pm_" + opaque(rng, "", 24), PAY)}),
        case(f, f"{a}/v3/rooms/bookings", headers=_h(rng, auth="bearer"), body={
            "room_id": "rm_4b", "branch": BRANCH, "start": "2025-12-12T10:00", "minutes": 90,
            "attendees": 1, "purpose": L("Video job interview, need a quiet room", TEXT)}),
        case(f, f"{a}/v3/events/{obj_id(rng, 'evt', 6)}/register",
             headers=_h(rng, auth="bearer"),
             body={"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "guests": 0,
                   "branch": {"address": BRANCH_LINE, "phone": LIBRARY_PHONE}}),
        case(f, f"{a}/v3/lists", headers=_h(rng, auth="bearer"), body={
            "name": L("Winter reads with Sam", TEXT), "public": False,
            "items": [obj_id(rng, "bib", 8), obj_id(rng, "bib", 8)]}),
        case(f, f"{a}/v3/reviews", headers=_h(rng, auth="bearer"), body={
            "bib_id": obj_id(rng, "bib", 8), "stars": 4, "display_name": L("jane_reads", UID),
            "text": L("Clear steps, but the starter chapter assumes a warm kitchen", TEXT)}),
        case(f, f"{a}/v3/wifi/session", headers=_h(rng, auth="bearer"), body={
            "ssid": L("Shelfmark-Public", WIFI), "card": L(LIBRARY_CARD, UID),
            "accept_terms": True, "branch": BRANCH}),
        case(f, f"{a}/v3/devices", headers=_h(rng, auth="bearer"), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "sender": LIBRARY_NOREPLY}),
        lines(f, f"{a}/v3/analytics", recs, gz=True, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v3/branches/nearby", headers=_h(rng, auth="bearer"),
             query={"lat": lat, "lng": lon, "open_now": "true"}),
        case(f, f"{a}/v3/digital-card", headers=_h(rng, how="none"),
             cookies={"sm_session": L(opaque(rng, "", 48), CRED),
                      "sm_device": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v3/card/renew", headers=_h(rng, auth="bearer"), body={
            "birth_date": L(DOB, BIRTH), "address_confirmed": True,
            "id_type": "drivers_license", "id_last4": L(LICENCE[-4:], NATID)}),
    ]
    return cases


def shelfmark_sdks() -> list[Case]:
    rng = random.Random(2572)
    search = U("https://api.shelfmark.example.org/v3/catalog/search",
               {"q": L("sourdough baking for beginners", SEARCH), "format": "book"})
    return [
        gauge_batch(APP, rng, [("Catalog Searched",
                                {"query": L("sourdough baking for beginners", SEARCH)}),
                               ("Hold Placed", {"format": "book"})]),
        gauge_identify(APP, rng, {"home_branch": BRANCH, "card_type": "adult",
                                  "zip": L(ZIP, COARSE)}),
        moth_event(APP, rng, ("java.lang.IllegalArgumentException", "bad barcode checksum"),
                   [moth_crumb("http", "GET", {"url": search, "status_code": 200}),
                    moth_crumb("navigation", "Search -> SelfCheckout")],
                   screen="SelfCheckoutActivity"),
        moth_session(APP, rng),
        flag_eval(APP, rng, {"home_branch": BRANCH, "card_type": "adult"}, header=True),
        bell_register(APP, rng, tags={"holds_ready": "on"}),
        bell_channel(APP, rng, "sms"),
        smith_directions(APP, rng, BRANCH_AT, "walking"),
        smith_forward(APP, rng, "library near bryant park", SEARCH, kind="suggest"),
        cairn_message(APP, rng, L("My card shows blocked but I paid the fine yesterday", TEXT),
                      {"card": L(LIBRARY_CARD, UID)}, phone=None),
        cons_save(APP, rng, {"analytics": True}),
    ]
