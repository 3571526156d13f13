"""An agricultural show's exhibitor app "Fakaaliali" (faka'ali'ali, "show": the island's yearly
agricultural show in Nuku'alofa, where she enters her husband's yams, her tapa group's ngatu and
their son's drawing, books a food stall and enters the family pig). New to the evaluation (no
earlier set names an agricultural show or an exhibitor). Calls: the exhibitor's sign-up, an SMS
code, ``/me``, three entries (yams, ngatu, a child's drawing), an entry photo, the entry fees, a
stall booking, a livestock entry, gate tickets and their QR by booking number in the path, a gate
check-in, results by exhibitor number, the prize payout, exhibits near her, a lost-child report,
feedback, the programme by a cookie GET, classes, push and events."""

from __future__ import annotations

import random
from typing import Any

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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families135_kit import (
    EXHIBITOR,
    HOME,
    HOME_AT,
    HUSBAND,
    SCHOOL,
    SHOW,
    SHOW_FIX,
    SON,
    TO_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families135_sdk import (
    af_launch,
    bh_bid,
    bh_notice,
    ct_crash,
    ct_crumb,
    mk_batch,
    mk_pixel,
)
from eval_families135_svc import ch_check, hn_message, mt_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("fakaaliali", "Fakaaliali", "com.example.fakaaliali", "1.3.8",
          "https://api.fakaaliali.example.net")
IID = "X-FA-Install"
TICKETS = "GT-25-40917"  # gate tickets (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, to=True, **{"how": "nodash", **kw})


def fakaaliali() -> list[Case]:
    rng = random.Random(13561)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, exhibitor=L(EXHIBITOR, UID), phone=L(E164, TEL)))}
    sla, slo = fix(SHOW_FIX, 5)
    qr = at_path(case(f, f"{a}/v1/tickets/{TICKETS}/qr", headers=_h(rng, **b)), TICKETS, BUY)
    e1, e2, e3 = obj(rng, "ent", 8), obj(rng, "ent", 8), obj(rng, "ent", 8)
    return [
        case(f, f"{a}/v1/exhibitors", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "dob": L(DOB, BIRTH),
            "address": L(HOME["line"], ADDR), "village": L(HOME["area"], COARSE),
            "district": L(HOME["district"], COARSE), "exhibitor": L(EXHIBITOR, UID)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("770215", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/entries", headers=_h(rng, **b), body={
            "entry": e1, "class": "C12 'ufi (yams), five tubers", "exhibitor": L(EXHIBITOR, UID),
            "grower": L(HUSBAND[0], NAMEC), "fee": L(5, BUY),
            "note": L("Kahokaho from the Vaini allotment, planted in July", TEXT)}),
        case(f, f"{a}/v1/entries", headers=_h(rng, **b), body={
            "entry": e2, "class": "H03 ngatu, 5 langanga", "exhibitor": L(EXHIBITOR, UID),
            "maker": "Kautaha Koka'anga Havelu", "fee": L(10, BUY)}),
        case(f, f"{a}/v1/entries", headers=_h(rng, **b), body={
            "entry": e3, "class": "K01 children's drawing, 8-11",
            "entrant": {"name": L(f"{SON['first']} {SON['last']}", NAMEC),
                        "age": L(10, BIRTH), "school": SCHOOL["id"]},
            "guardian": L(EXHIBITOR, UID), "fee": L(2, BUY)}),
        multipart(f, f"{a}/v1/entries/{e2}/photo", [
            ("photo", "ngatu_entry.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"exhibitor": L(EXHIBITOR, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "entries": f"{e1},{e2},{e3}", "total": L("17", BUY), "currency": "TOP",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/stalls/book", headers=_h(rng, **b), body={
            "stall": "F-14", "days": 3, "total": L(90, BUY), "goods": "keki, 'otai, lu pulu",
            "exhibitor": L(EXHIBITOR, UID), "power": True}),
        case(f, f"{a}/v1/livestock", headers=_h(rng, **b), body={
            "class": "P02 sow", "tag": "PIG-TT-88213", "weightKg": 96,
            "owner": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "exhibitor": L(EXHIBITOR, UID)}),
        case(f, f"{a}/v1/tickets", headers=_h(rng, **b), body={
            "adults": 2, "children": 1, "total": L(12, BUY), "booking": L(TICKETS, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "day": "2025-12-18"}),
        qr,
        case(f, f"{a}/v1/gate/checkin", headers=_h(rng, **b), body={
            "booking": L(TICKETS, BUY), "gate": "north", "at": {"lat": sla, "lon": slo},
            "showAt": {"lat": SHOW["lat"], "lon": SHOW["lon"]}}),
        case(f, f"{a}/v1/results", headers=_h(rng, **b), query={
            "exhibitor": L(EXHIBITOR, UID), "show": SHOW["id"]}),
        case(f, f"{a}/v1/prizes/payout", headers=_h(rng, **b), body={
            "exhibitor": L(EXHIBITOR, UID), "amount": L(30, BUY),
            "account": L(TO_ACCOUNT, PAY), "accountName": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/exhibits/near", headers=_h(rng, **b), query={
            "lat": L(f"{SHOW_FIX[0]:.3f}", PRECISE), "lon": L(f"{SHOW_FIX[1]:.3f}", PRECISE),
            "radius": "150"}),
        case(f, f"{a}/v1/lost", headers=_h(rng, **b), body={
            "kind": "child", "text": L("My son Viliami, blue band shirt, lost near the yam tent",
                                       f"{TEXT}|{NAMEC}"),
            "phone": L(E164, TEL), "at": {"lat": sla, "lon": slo}}),
        case(f, f"{a}/v1/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "4", "text": L("Need more shade and water near the children's tent",
                                     TEXT)}),
        case(f, f"{a}/v1/programme", headers=_h(rng, how="none"), query={"day": "2025-12-18"},
             cookies={"fa_sid": L(opaque(rng, "", 40), CRED), "fa_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/classes", headers=_h(rng, **b), query={
            "show": SHOW["id"], "lang": L("to", DEV)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "to_TO")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("entry_made", 1), ev("ticket_bought", 2),
                ev("screen", 3, screen=L("ShowMap", USAGE))]}),
    ]


def fakaaliali_sdks() -> list[Case]:
    rng = random.Random(13562)
    return [
        mk_batch(APP, rng, [("Entry Made", {"class": "C12"}),
                            ("Ticket Bought", {"total": L(12, BUY)})],
                 at=SHOW_FIX, nd=3, locale="to_TO"),
        mk_pixel(APP, rng, "Programme Opened", {"day": "2025-12-18"}),
        af_launch(APP, rng, first=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SHOW_FIX, nd=2,
               keywords="show,farm,food"),
        bh_notice(APP, rng, "imp"),
        ct_crash(APP, rng, ("java.lang.SecurityException", "camera permission revoked"),
                 [ct_crumb("nav", "Tickets -> ScanQr")], screen="ScanQrActivity"),
        pk_register(APP, rng, lang="to", at=HOME_AT, nd=2,
                    tags={"exhibitor": "yes", "district": L("Kolofo'ou", COARSE)}),
        ch_check(APP, rng, {"analytics": True}),
        mt_route(APP, rng, [(HOME_AT, PRECISE), ((SHOW["lat"], SHOW["lon"]), None)],
                 mode="pedestrian"),
        hn_message(APP, rng, L("Prize for entry C12 not paid yet", f"{TEXT}|{BUY}"),
                   {"exhibitor": L(EXHIBITOR, UID)}),
    ]
