"""Rara-band and carnival ticketing app "Rarapas" (Kanaval seats on the Champ de Mars, rara
outings in Léogâne at Easter): an account, an OAuth password grant, ``/me``, events by city, a
search, an order of stand seats with a child's ticket for her son, its payment, the tickets by
order number in the path, a ticket transferred to a friend, the check-in at the stand's gate, a
lost-child wristband for her son and his photo, a band followed and a tip to the band, a clip she
filmed (MP4), a lost-and-found report, the parade schedule near her, a review, a Kanaval+ pass
bought on Play, push, events and the wallet by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families101_kit import (
    BAND,
    HT_HOME_AT,
    SON_AGE,
    SON_FIRST,
    SON_LAST,
    STAND_AT,
    STAND_FIX,
    TICKET_ORDER,
    TZ,
    code,
)
from eval_families101_sdk import (
    ak_event,
    ak_link,
    bl_bid,
    cv_batch,
    cv_identify,
    fe_crash,
    fe_crumb,
    fe_sessions,
)
from eval_families101_svc import at_attach, ow_save, pc_card, pm_opened
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, W, case

APP = App("rarapas", "Rarapas", "com.example.rarapas", "1.14.0", "https://api.rarapas.example.com")
IID = "X-Rarapas-Device"
PW = "Kanaval*Jakmel26"
EVENT = "ev_kanaval26_d2"
FILM_FIX = (18.543711, -72.337964)  # where she filmed the band passing


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def rarapas() -> list[Case]:
    rng = random.Random(10141)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    tix = [obj(rng, "tk", 10) for _ in range(2)]
    sla, slo = fix(STAND_FIX, 6)
    fla, flo = fix(FILM_FIX, 5)
    band = f"{a}/v1/bands/{BAND['id']}"
    wb = code(rng, "wb_", 8)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE_PAREN, TEL),
            "password": L(PW, CRED), "birthdate": L(DOB, BIRTH), "country": L("HT", COARSE),
            "newsletter": True}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "rarapas-android", "scope": "tickets wallet"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/events", headers=_h(rng, auth="bearer", extra={
            "X-Rarapas-Client": W({"device": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV),
                                   "tz": L(TZ, DEV), "build": 1140}, "b64json")}), query={
            "city": L("Port-au-Prince", COARSE), "season": "kanaval-2026", "page": "1"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("rara Léogâne samdi dlo", SEARCH), "type": "event,band"}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "event": EVENT, "number": L(TICKET_ORDER, BUY), "tickets": [
                {"tier": "Estrad A", "seat": "A-14", "price": 2500},
                {"tier": "Estrad A timoun", "seat": "A-15", "price": 1200}],
            "total": L("3700", BUY), "currency": "HTG",
            "buyer": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL)},
            "attendees": [{"name": L(f"{SON_FIRST} {SON_LAST}", NAMEC),
                           "age": L(SON_AGE, BIRTH)}], "promo": "KANAVAL10"}),
        case(f, f"{a}/v1/orders/{TICKET_ORDER}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("3330", BUY), "currency": "HTG",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        at_path(case(f, f"{a}/v1/orders/{TICKET_ORDER}/tickets", headers=_h(rng, **b)),
                TICKET_ORDER, BUY),
        case(f, f"{a}/v1/tickets/{tix[0]}/transfer", headers=_h(rng, **b), body={
            "to": {"name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL)},
            "note": L("Pou ou, nou pral danse ansanm!", TEXT)}),
        case(f, f"{a}/v1/checkin", fmt="msgpack", headers=_h(rng, **b), body={
            "qr": L(f"RP|{EVENT}|{TICKET_ORDER}|{tix[1]}|9F2A", BUY), "gate": "G4",
            "position": {"lat": sla, "lon": slo},
            "stand": {"lat": STAND_AT[0], "lon": STAND_AT[1]}}),
        case(f, f"{a}/v1/wristbands", headers=_h(rng, **b), body={
            "band_id": wb, "child": {"name": L(f"{SON_FIRST} {SON_LAST}", NAMEC),
                                     "age": L(SON_AGE, BIRTH)},
            "guardian": {"name": L(NAME, NAMEC), "phone": L(E164, TEL)},
            "note": L(f"{SON_FIRST} pale angle ak kreyòl, li fè alèji pistach",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/wristbands/{wb}/photo", [
            ("photo", "eli.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{band}/follow", fmt="form", headers=_h(rng, **b), body={"notify": "1"}),
        case(f, f"{band}/tips", headers=_h(rng, **b), body={
            "amount": L("1500", BUY), "currency": "HTG", "anonymous": False,
            "message": L("Zanfan Lakou, nou la ankò ane sa!", TEXT)}),
        multipart(f, f"{a}/v1/moments", [
            ("video", "rara.mp4", "video/mp4", L(MP4 + b"\xd2", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Rara a ap pase devan estrad la", TEXT), "band": BAND["id"],
                "lat": fla, "lon": flo, "duration_ms": 14200})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/lost-found", headers=_h(rng, **b), body={
            "event": EVENT, "kind": "lost",
            "text": L("Mwen pèdi yon ti sak nwa bò estrad A, gen kle ak kat ladan", TEXT),
            "contact_phone": L(E164, TEL)}),
        case(f, f"{a}/v1/schedule", headers=_h(rng, **b), query={
            "day": "2026-02-16", "near": L(f"{STAND_FIX[0]:.3f},{STAND_FIX[1]:.3f}", PRECISE)}),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "event": EVENT, "stars": "4",
            "text": L("Bon plas, men twòp moun nan pòtay G4", TEXT)}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "productId": L("kanaval_plus_season", BUY),
            "orderId": L("GPA.3318-4412-0917-22054", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "timezone": L(TZ, DEV)}),
        case(f, f"{a}/v1/events-log", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_paid", 1, total=L("3330", BUY)), ev("checkin", 2, gate="G4"),
                ev("screen", 3, screen=L("Tickets", USAGE))]}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"),
             cookies={"rp_session": L(opaque(rng, "", 40), CRED),
                      "rp_device": L(INSTALL_ID, DID), "rp_trace": rid(rng)}),
    ]


def rarapas_sdks() -> list[Case]:
    rng = random.Random(10142)
    link = U("https://rarapas.example.com/e/kanaval26", {"promo": "KANAVAL10",
                                                         "ref": L(USER_ID, UID),
                                                         "utm_source": "whatsapp"})
    return [
        cv_batch(APP, rng, [("Order Completed", {"total_htg": L(3330, BUY), "tickets": 2}),
                            ("Band Followed", {"band": BAND["id"]})], at=STAND_FIX, nd=2),
        cv_identify(APP, rng, {"email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                               "city": L("Port-au-Prince", COARSE)}),
        pm_opened(APP, rng, "cmp_kanaval_d2"),
        ak_event(APP, rng, "rp_purchase", {"order": L(TICKET_ORDER, BUY), "tickets": 2},
                 revenue="3330", hashed=True),
        ak_link(APP, rng, link),
        bl_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HT_HOME_AT, nd=3, yob=1991,
               gender="F", keywords="kanaval,rara,konsè"),
        fe_sessions(APP, rng, [1210, 305]),
        fe_crash(APP, rng, ("java.lang.SecurityException", "camera in background"),
                 [fe_crumb("nav", "Tikè -> Moman"), fe_crumb("tap", "record")],
                 screen="MomentsActivity"),
        ow_save(APP, rng, {"analytics": True, "ads": True, "personalisation": False}),
        pc_card(APP, rng, email=True),
        at_attach(APP, rng, L(JPEG + b"\xd3", MEDIA), "tike.jpg", "image/jpeg"),
    ]
