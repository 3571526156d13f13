"""Schueberfouer funfair ticket app "Fouerpass" (the fair on the Glacis in Luxembourg City; the
family goes on a Saturday): sign-up, a form log-in, ``/me`` with a JWT, the family's members
(her husband, Lena), the day's passes in a basket, the payment, the tickets by order number in
the path, the gate scan with her fix, a ride's virtual queue, Lena's lost-child wristband with
her photo and the parents' numbers, points of interest near her, her live position shared with
her husband (protobuf), a food order, a cashless wristband topped up, a ride photo bought, a
rating, a search, favourites, push, events and the basket by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
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
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others, rid
from eval_families119_kit import FAIR_FIX, GLACIS_AT, HUSBAND, KID, ORDER, fix, obj
from eval_families119_sdk import bs_bid, bs_win, cl_batch, cl_traits, ih_event, ih_link
from eval_families119_svc import ch_message, fs_eval, pm_card, pn_register, tb_telemetry
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("fouerpass", "Fouerpass", "com.example.fouerpass", "25.2.0",
          "https://api.fouerpass.example.com")
IID = "X-Fouer-Install"
PW = "Gromper!Kichel25"
TICKETS = ["FPT-88143-A1", "FPT-88143-A2", "FPT-88143-K1"]  # the family's tickets (purchase)
WRISTBAND = "04:A2:19:7C:5E:61:80"  # her cashless wristband's chip (financial.payment)
RIDE = "ride_grande_roue"  # the big wheel (a negative)
FIXES = [(49.615902, 6.120377), (49.615644, 6.119801), (49.615377, 6.119244)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L("lb-LU,de;q=0.8,en;q=0.7", DEV)
    return h


def fouerpass() -> list[Case]:
    rng = random.Random(11913)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    fla, flo = fix(FAIR_FIX)
    alex = others(rng, 1)[0]
    lab: dict[str, str] = {}
    share = pb([(1, L(USER_ID, UID)), (2, alex),
                (3, [(1, L(FIXES[1][0], PRECISE)), (2, L(FIXES[1][1], PRECISE)), (3, 9.0)]),
                (4, 1765290300), (5, L(47, DEV))], "", lab)
    tix = at_path(case(f, f"{a}/v3/orders/{ORDER}/tickets", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v3/accounts", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "birth_date": L(DOB, BIRTH), "password": L(PW, CRED),
            "newsletter": True}),
        case(f, f"{a}/v3/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, email=L(EMAIL, MAIL), phone=L(E164, TEL)))})),
        case(f, f"{a}/v3/me/family", headers=_h(rng, **b), body={"members": [
            {"name": L(HUSBAND[0], NAMEC), "type": "adult"},
            {"name": L(KID["first"], NAMEC), "type": "child", "age": L(KID["age"], BIRTH)}]}),
        case(f, f"{a}/v3/passes", headers=_h(rng, **b), query={"date": "2025-08-30"}),
        case(f, f"{a}/v3/basket", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "items": [{"pass": "day-adult", "qty": 2, "unit": 18.0},
                                              {"pass": "day-child", "qty": 1, "unit": 10.0}],
            "total": L("46.00", BUY), "date": "2025-08-30"}),
        case(f, f"{a}/v3/orders/{ORDER}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("46.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        tix,
        case(f, f"{a}/v3/gates/scan", headers=_h(rng, **b), body={
            "ticket": L(TICKETS[0], BUY), "gate": "glacis-north", "lat": fla, "lon": flo,
            "gatePos": {"lat": GLACIS_AT[0], "lon": GLACIS_AT[1]}}),
        case(f, f"{a}/v3/rides/{RIDE}/queue", headers=_h(rng, **b), body={
            "party": 3, "tickets": [L(t, BUY) for t in TICKETS], "slot": "16:40"}),
        multipart(f, f"{a}/v3/safety/wristband", [
            ("photo", "lena.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("child", None, "application/json", {
                "name": L(KID["first"], NAMEC), "age": L(KID["age"], BIRTH),
                "parents": [L(E164, TEL), L(HUSBAND[1], TEL)],
                "looks": L("Lena wears a red raincoat and a violin-shaped backpack",
                           f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/pois", headers=_h(rng, **b), query={
            "near": L(f"{FAIR_FIX[0]:.5f},{FAIR_FIX[1]:.5f}", PRECISE), "kind": "food,wc"}),
        raw(f, f"{a}/v3/meet/share", share, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/food/orders", headers=_h(rng, **b), body={
            "stand": "st_gromperekichelcher_12", "items": [{"sku": "gk-6", "qty": 2}],
            "total": L("11.00", BUY), "pickupCode": L("GK-47", BUY)}),
        case(f, f"{a}/v3/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "wristband": L(WRISTBAND, PAY), "amount": L("30.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/photos/buy", headers=_h(rng, **b), body={
            "photo": obj(rng, "rph"), "ride": "ride_looping_star", "price": L("8.00", BUY)}),
        case(f, f"{a}/v3/rides/{RIDE}/ratings", fmt="form", headers=_h(rng, **b), body={
            "stars": "5", "text": L("Lena loved the view over the Pétrusse valley",
                                    f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "q": L("autoscooter kids", SEARCH), "lang": L("en", DEV)}),
        case(f, f"{a}/v3/me/favourites", headers=_h(rng, **b), body={
            "rides": ["ride_grande_roue", "ride_looping_star"], "request": rid(rng)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "locale": L("lb_LU", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v3/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pass_bought", 1, passes=3), ev("gate_scanned", 2),
                ev("screen", 3, screen=L("FairMap", USAGE))]}),
        case(f, f"{a}/v3/basket", headers=_h(rng, how="none"), cookies={
            "fp_sess": L(opaque(rng, "", 40), CRED), "fp_iid": L(INSTALL_ID, DID),
            "fp_basket": obj(rng, "bsk"), "fp_phone": L(PHONE, TEL)}),
    ]


def fouerpass_sdks() -> list[Case]:
    rng = random.Random(11914)
    link = U("https://fouerpass.example.com/l/family", {"promo": "FOUER25",
                                                        "order": L(ORDER, BUY),
                                                        "utm_source": "newsletter"})
    return [
        ih_link(APP, rng, link),
        ih_event(APP, rng, "purchase", {"order": L(ORDER, BUY), "passes": 3}, revenue=46.0,
                 hashed=True),
        cl_batch(APP, rng, [("Pass Bought", {"total": L(46.0, BUY)}),
                            ("Map Opened", {"layer": "food"})], adid=True, at=FAIR_FIX, nd=3),
        cl_traits(APP, rng, {"family_size": 3, "kids_ages": [L(KID["age"], BIRTH)]}),
        bs_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=FAIR_FIX, nd=3, yob=1991, gender="F", country="LUX"),
        bs_win(APP, rng),
        fs_eval(APP, rng, {"fairDay": "2025-08-30", "cashless": True}, user=False, hdr=True),
        pn_register(APP, rng, at=FAIR_FIX, nd=2, tags={"family": "3"}),
        pm_card(APP, rng, email=True),
        tb_telemetry(APP, rng, FIXES, PRECISE),
        ch_message(APP, rng, L(f"Order {ORDER}: the child pass does not scan at the gate",
                               f"{TEXT}|{BUY}"), {"order": L(ORDER, BUY)}),
    ]
