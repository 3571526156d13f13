"""Horse-games (kok-boru) ticket app "Ulakbilet" (ulak: the goat carcass the riders fight for)
for the games at the Cholpon-Ata hippodrome (snake_case API; set 114's football season tickets
are the nearest earlier kind). Sign-up, a log-in, ``/me`` with a JWT, the fixtures, a match's
page, seats, three tickets bought (hers, her husband's, her son's), the payment, the ticket's QR
by number in the path, a ticket passed to her husband, the gate scan with her fix, a team
followed, a search, a parking pass, a food pre-order (msgpack), a protobuf live-score heartbeat,
a comment, a photo from the stands, push, events and her tickets by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import DASHED, JPEG, multipart, push_token
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families117_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HIPPODROME,
    HUSBAND,
    KG_HOME_AT,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SON,
    TEL,
    TEXT,
    TICKET,
    UID,
    USAGE,
    fix,
)
from eval_families117_sdk import ag_batch, ay_event, ay_link, bs_bid, bs_win, ci_crash
from eval_families117_svc import ca_save, mm_reverse, mm_route, ps_opened, tp_card, tp_charge
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("ulakbilet", "Ulakbilet", "com.example.ulakbilet", "5.0.3",
          "https://api.ulakbilet.example.net")
IID = "X-Ulak-Install"
PW = "KokBoru*2025"
MATCH = {"id": "m_2025_0905_3", "home": "Talas Burkuttary", "away": "Naryn Argymaktary"}
GATE_FIX = (42.648577, 77.085904)  # her phone at gate C


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def ulakbilet() -> list[Case]:
    rng = random.Random(11751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(PHONE, TEL)))}
    gla, glo = fix(GATE_FIX, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, MATCH["id"]), (3, 1757070000), (4, L(1260, USAGE)),
               (5, "hls_720")], "", lab)
    qr = at_path(case(f, f"{a}/v1/tickets/{TICKET}/qr", headers=_h(rng, **b)), TICKET, BUY)
    give = at_path(case(f, f"{a}/v1/tickets/{TICKET}-2/transfer", headers=_h(rng, **b), body={
        "to_name": L(HUSBAND[0], NAMEC), "to_phone": L(HUSBAND[1], TEL),
        "message": L("Your ticket, see you at gate C", TEXT)}), f"{TICKET}-2", BUY)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "name": L("Jane Doe", NAMEC), "email": L(EMAIL, MAIL), "phone": L(DASHED, TEL),
            "password": L(PW, CRED), "year_of_birth": L(1991, BIRTH),
            "city": L("Bishkek", COARSE), "marketing": False}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fixtures", headers=_h(rng, **b), query={
            "venue": HIPPODROME["id"], "from": "2025-09-01", "to": "2025-09-10"}),
        case(f, f"{a}/v1/matches/{MATCH['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/matches/{MATCH['id']}/seats", headers=_h(rng, **b),
             query={"sector": "C", "qty": "3"}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "match": MATCH["id"], "order_no": L(TICKET, BUY),
            "tickets": [{"seat": "C-14-7", "holder": L("Jane Doe", NAMEC), "type": "adult"},
                        {"seat": "C-14-8", "holder": L(HUSBAND[0], NAMEC), "type": "adult"},
                        {"seat": "C-14-9", "holder": L(SON["first"], NAMEC), "type": "child",
                         "child_age": L(SON["age"], BIRTH)}],
            "total": L("2100", BUY), "currency": "KGS"}),
        case(f, f"{a}/v1/orders/{TICKET}/pay", fmt="form", headers=_h(rng, **b), body={
            "method": L(opaque(rng, "pm_", 24), PAY), "amount": L("2100", BUY),
            "card_last4": L("4444", PAY), "idempotency": rid(rng)}),
        qr,
        give,
        case(f, f"{a}/v1/gates/scan", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "gate": HIPPODROME["gate"], "lat": gla, "lon": glo,
            "gate_lat": HIPPODROME["lat"], "gate_lon": HIPPODROME["lon"]}),
        case(f, f"{a}/v1/follows", fmt="form", headers=_h(rng, **b), body={
            "team": "talas_burkuttary", "notify": "1"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("Naryn kok-boru team", SEARCH)}),
        case(f, f"{a}/v1/parking", headers=_h(rng, **b), body={
            "match": MATCH["id"], "plate": "01KG 777 ABC",
            "pass_no": L("PK-5520", BUY), "price": L("300", BUY)}),
        case(f, f"{a}/v1/food/preorder", fmt="msgpack", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "items": ["boorsok", "kymyz 0.5"],
            "total": L(450, BUY), "pickup": "C-kiosk"}),
        raw(f, f"{a}/v1/live/hb", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/matches/{MATCH['id']}/comments", headers=_h(rng, **b), body={
            "text": L("What a chapkyn from Talas in the second half!", TEXT)}),
        multipart(f, f"{a}/v1/fan-photos", [
            ("photo", "stands.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"match": MATCH["id"], "sector": "C"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("tickets_bought", 1, qty=3), ev("ticket_transferred", 2),
                ev("screen", 3, screen=L("LiveScore", USAGE))]}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"), cookies={
            "ub_sess": L(opaque(rng, "", 40), CRED), "ub_dev": L(INSTALL_ID, DID)}),
    ]


def ulakbilet_sdks() -> list[Case]:
    rng = random.Random(11752)
    link = U("https://ulakbilet.example.net/t/claim", {"ticket": L(f"{TICKET}-2", BUY),
                                                       "from": "share"})
    return [
        ag_batch(APP, rng, [("Tickets Purchased", {"value": L(2100, BUY), "qty": 3}),
                            ("Live Score Opened", {"match": MATCH["id"]})],
                 at=GATE_FIX, nd=4, locale="en-US"),
        ay_event(APP, rng, "purchase", {"order": L(TICKET, BUY)}, revenue=2100, hashed=True),
        ay_link(APP, rng, link),
        bs_bid(APP, rng, {"video": {"w": 640, "h": 360, "mimes": ["video/mp4"]}},
               at=KG_HOME_AT, nd=3, gender="F", keywords="kok-boru,horses,sport"),
        bs_win(APP, rng),
        ci_crash(APP, rng, ("java.lang.IllegalArgumentException", "seat map"),
                 ["Seats -> Order", "POST /v1/orders 201"], screen="SeatMapActivity"),
        ca_save(APP, rng, {"analytics": True, "ads": True}),
        tp_card(APP, rng, email=False),
        tp_charge(APP, rng, "2100", L(TICKET, BUY)),
        mm_route(APP, rng, [(KG_HOME_AT, PRECISE), ((HIPPODROME["lat"], HIPPODROME["lon"]),
                                                    None)]),
        mm_reverse(APP, rng, (HIPPODROME["lat"], HIPPODROME["lon"]), None, nd=5),
        ps_opened(APP, rng, "match_starts_soon"),
    ]
