"""A power-bank rental app "Kurangbox" (kiosks at junctions and car parks rent charged power
banks during power cuts; she takes one at Westfield and returns it at the Brikama car park;
keys Mandinka in ASCII with English loans: ``too`` name, ``telefoon`` phone, ``imeel``
e-mail, ``kod`` code, ``sitaasoo`` station, ``batiri`` battery, ``kurango`` electricity,
``kodi_maaraa`` deposit, ``segi`` return, ``waatoo`` time, ``dulaa`` place, ``kabilo``
quarter, ``kodoo`` amount, ``joo`` payment, ``safee`` note, ``jaa`` photo, ``baarimmuso``
sister): sign-up by phone, an SMS code, ``/nna``, stations near her (3 decimals), a Wi-Fi and
cell locate request, the deposit, a rental by QR scan at Westfield with her fix, a protobuf
rental beat, the return at Brikama with her fix (5-decimal strings), the rental by number in
the path, the bill, its payment, a damage report with a photo, a promo code, a monthly pass,
a power-cut report (2 decimals), a referral for her sister, history by cookie, the deposit
refunded to her bank account, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    CARRIER,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families265_kit import (
    CARPARK_FIX,
    GM_ACCOUNT,
    GM_NET,
    HOME,
    HOME_AT,
    RENTAL,
    SISTER_US,
    STATIONS,
    WESTFIELD_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families265_sdk import (
    bw_bid,
    bw_notice,
    ct_session,
    mb_batch,
    mb_queue,
    tk_event,
    tk_launch,
)
from eval_families265_svc import (
    fk_eval,
    mk_geocode,
    mk_reverse,
    pd_card,
    pd_confirm,
    pk_register,
)
from eval_payloads import BSSID, EMAIL, INSTALL_ID, SSID, USER_ID, Case, J, L, case

APP = App("kurangbox", "Kurangbox", "com.example.kurangbox", "5.0.2",
          "https://api.kurangbox.example.net")
IID = "X-Kurangbox-Device"
PB = "PB10K-0093318"  # the rented power bank's serial (the kiosk's: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kurangbox() -> list[Case]:
    rng = random.Random(26571)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefoon=L(E164, TEL), imeel=L(EMAIL, MAIL)))}
    wla, wlo = fix(WESTFIELD_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(RENTAL, BUY)), (2, STATIONS[0]["id"]), (3, PB), (4, 1771234567),
               (5, [(1, 62), (2, 18.5)]), (6, L(23, DEV))], "", lab)
    rental = at_path(case(f, f"{a}/v2/rentals/{RENTAL}", headers=_h(rng, **b)), RENTAL, BUY)
    return [
        case(f, f"{a}/v2/konto", headers=_h(rng), body={
            "too": L(f"{FIRST} {LAST}", NAMEC), "telefoon": L(E164, TEL),
            "imeel": L(EMAIL, MAIL), "kango": L("en", DEV)}),
        case(f, f"{a}/v2/konto/kod", fmt="form", headers=_h(rng), body={
            "telefoon": L(E164, TEL), "kod": L("277390", CRED)}),
        case(f, f"{a}/v2/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sitaasoolu", headers=_h(rng, **b), query={
            "lat": L(f"{WESTFIELD_FIX[0]:.3f}", PRECISE),
            "lon": L(f"{WESTFIELD_FIX[1]:.3f}", PRECISE), "radius": "2000"}),
        case(f, f"{a}/v2/locate", headers=_h(rng, **b), body={
            "wifi": [{"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "rssi": -61}],
            "cell": {"plmn": L(GM_NET, CARRIER), "lac": L(2107, CARRIER),
                     "cid": L(40331, CARRIER)}}),
        case(f, f"{a}/v2/kodi_maaraa", fmt="form", headers=_h(rng, **b), body={
            "kodoo": L("300", BUY), "currency": "GMD",
            "card_token": L(opaque(rng, "tok_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v2/rentals", headers=_h(rng, **b), body={
            "rental": L(RENTAL, BUY), "sitaasoo": STATIONS[0]["id"], "slot": 7,
            "powerbank": PB, "qr": opaque(rng, "qr_", 16),
            "dulaa": {"lat": wla, "lon": wlo, "acc": 6},
            "sitaasoo_dulaa": {"lat": STATIONS[0]["lat"], "lon": STATIONS[0]["lon"]},
            "n_batiri": L(23, DEV)}),
        raw(f, f"{a}/v2/rentals/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/segi", fmt="form", headers=_h(rng, **b), body={
            "rental": L(RENTAL, BUY), "sitaasoo": STATIONS[1]["id"], "powerbank": PB,
            "lat": L(f"{CARPARK_FIX[0]:.5f}", PRECISE),
            "lon": L(f"{CARPARK_FIX[1]:.5f}", PRECISE), "waatoo_min": "214"}),
        rental,
        case(f, f"{a}/v2/bill", headers=_h(rng, **b), query={"rental": L(RENTAL, BUY)}),
        case(f, f"{a}/v2/joo", fmt="form", headers=_h(rng, **b), body={
            "rental": L(RENTAL, BUY), "kodoo": L("75.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v2/damage", [
            ("jaa", "cable.jpg", "image/jpeg", L(JPEG + b"\x2c", MEDIA)),
            ("meta", None, "application/json", {
                "rental": L(RENTAL, BUY), "powerbank": PB,
                "safee": L("The USB-C cable was already bent when I took it", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/promo", fmt="form", headers=_h(rng, **b), body={
            "code": "KORITEH26", "user": L(USER_ID, UID)}),
        case(f, f"{a}/v2/pass", headers=_h(rng, **b), body={
            "plan": "monthly_unlimited", "kodoo": L(600, BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "auto_renew": True}),
        case(f, f"{a}/v2/kurango/outage", headers=_h(rng, **b), body={
            "kabilo": L(HOME["area"], COARSE), "saatee": L(HOME["town"], COARSE),
            "dulaa": {"lat": L(round(HOME_AT[0], 2), COARSE),
                      "lon": L(round(HOME_AT[1], 2), COARSE)},
            "since": "2026-02-18T19:40",
            "safee": L("No light in our street since evening, the transformer made a bang", TEXT)}),
        case(f, f"{a}/v2/refer", headers=_h(rng, **b), body={
            "baarimmuso": {"too": L(SISTER_US[0], NAMEC), "imeel": L(SISTER_US[2], MAIL)},
            "safee": L("Emily, you will need this when the light goes off every evening!", TEXT)}),
        case(f, f"{a}/v2/history", headers=_h(rng, how="none"), cookies={
            "kb_session": L(opaque(rng, "", 40), CRED), "kb_device": L(INSTALL_ID, DID),
            "kb_req": rid(rng)}),
        case(f, f"{a}/v2/kodi_maaraa/refund", headers=_h(rng, **b), body={
            "kodoo": L(300, BUY), "konto": L(GM_ACCOUNT, PAY),
            "holder": L(f"{FIRST} {LAST}", NAMEC), "reference": obj(rng, "rf")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rent_started", 1), ev("rent_returned", 2, minutes=214),
                ev("screen", 3, screen=L("StationMap", USAGE))]}),
    ]


def kurangbox_sdks() -> list[Case]:
    rng = random.Random(26572)
    return [
        mb_batch(APP, rng, [("Rental Started", {"station": STATIONS[0]["id"]}),
                            ("Rental Returned", {"amount": L(75, BUY)})],
                 at=WESTFIELD_FIX, nd=3),
        mb_queue(APP, rng, [("Station Opened", {"station": STATIONS[1]["id"]}),
                            ("Return Scanned", {})]),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "subscribe", {"plan": "monthly_unlimited"}, revenue=600.0,
                 hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=WESTFIELD_FIX, nd=3,
               keywords="power,phone,charger"),
        bw_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=298),
        pd_card(APP, rng),
        pd_confirm(APP, rng, "75.00"),
        mk_reverse(APP, rng, CARPARK_FIX, PRECISE, nd=4),
        mk_geocode(APP, rng, "Brikama car park", "behavior.search", near=HOME_AT, nd=2),
        pk_register(APP, rng, at=HOME_AT, nd=2, tags={"pass": "monthly"}),
        fk_eval(APP, rng, {"city": L("Serekunda", COARSE), "pass": True}, hdr=True),
    ]
