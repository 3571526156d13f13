"""El Alto's cable-car commuter card app "Wayrapasa" (the user commutes by cable car; her son has
a child-fare card). Set 137 has a ski resort's gondola and lift passes; this is a city transit
card: balance, top-ups, taps at station gates (one as a schema-less protobuf), a monthly pass,
the son's child card and its school discount, a lost card blocked, lost property. Calls:
sign-up, a log-in, ``/me``, the balance by card number in the path, a top-up, a tap, a
protobuf tap, the trip history, a monthly pass, the child card, its top-up, stations near her
house, a trip plan, a saved place, blocking a lost card, the student-discount photo, feedback,
lost property, a receipt by number in the path, notifications by a cookie GET, auto-reload,
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families139_kit import (
    CARD,
    CARNET,
    EA_HOME,
    EA_HOME_AT,
    NATID,
    SCHOOL,
    SON,
    SON_CARD,
    STATION_FIX,
    STATIONS,
    fix,
    hd,
    obj,
    push,
)
from eval_families139_sdk import (
    bc_bid,
    bc_notice,
    cq_crash,
    cq_crumb,
    cq_session,
    mv_batch,
    tt_launch,
    tt_link,
)
from eval_families139_svc import ch_card, ch_confirm, fq_eval, mw_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("wayrapasa", "Wayrapasa", "com.example.wayrapasa", "5.12.0",
          "https://api.wayrapasa.example.com")
IID = "X-Wp-Device"
PW = "Cabina*Roja2026"
RECEIPT = "WPR-2603-118204"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=None, **kw)


def wayrapasa() -> list[Case]:
    rng = random.Random(13921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), card=L(CARD, UID)))}
    st_id, _, st_la, st_lo = STATIONS["dolores"]
    sla, slo = fix(STATION_FIX)
    hla, hlo = fix(EA_HOME_AT, 5)
    lab: dict[str, str] = {}
    tap_pb = pb([(1, L(USER_ID, UID)), (2, L(CARD, UID)), (3, st_id), (4, "G3"),
                 (5, [(1, L(STATION_FIX[0], PRECISE)), (2, L(STATION_FIX[1], PRECISE)),
                      (3, 6.0)]), (6, 1773140400), (7, 300)], "", lab)
    balance = at_path(case(f, f"{a}/v2/cards/{CARD}/balance", headers=_h(rng, **b)), CARD, UID)
    kid_topup = at_path(case(f, f"{a}/v2/cards/{SON_CARD}/topups", headers=_h(rng, **b), body={
        "amount": L(20, BUY), "currency": "BOB", "method": L(opaque(rng, "pm_", 24), PAY)}),
        SON_CARD, UID)
    reload = at_path(case(f, f"{a}/v2/cards/{CARD}/autoreload", fmt="form",
                          headers=_h(rng, **b), body={
                              "threshold": "5", "amount": L("50", BUY),
                              "payment_method": L(opaque(rng, "pm_", 24), PAY)}), CARD, UID)
    rcpt = at_path(case(f, f"{a}/v2/receipts/{RECEIPT}.pdf", headers=_h(rng, **b)),
                   f"{RECEIPT}.pdf", BUY)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "documentType": "CE", "documentNumber": L(CARNET, NATID), "cardNumber": L(CARD, UID),
            "acceptsTerms": True}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "wayrapasa-android", "scope": "cards trips"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        balance,
        case(f, f"{a}/v2/topups", headers=_h(rng, **b), body={
            "card": L(CARD, UID), "amount": L(50, BUY), "currency": "BOB",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY),
            "idempotencyKey": obj(rng, "idem", 16)}),
        case(f, f"{a}/v2/taps", headers=_h(rng, **b), body={
            "card": L(CARD, UID), "station": st_id, "gate": "G2", "direction": "in",
            "position": {"lat": sla, "lng": slo, "acc": 7},
            "stationPosition": {"lat": st_la, "lng": st_lo}, "tapId": obj(rng, "tap")}),
        raw(f, f"{a}/v2/taps/nfc", tap_pb, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/trips", headers=_h(rng, **b), query={
            "card": L(CARD, UID), "from": "2026-03-01", "to": "2026-03-10"}),
        case(f, f"{a}/v2/passes", fmt="form", headers=_h(rng, **b), body={
            "card": L(CARD, UID), "plan": "mensual_adulto", "amount": L("280", BUY),
            "month": "2026-04", "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/cards/child", headers=_h(rng, **b), body={
            "card": L(SON_CARD, UID), "firstName": L(SON["first"], NAMEC),
            "lastName": L(SON["last"], NAMEC), "birthDate": L(SON["dob"], BIRTH),
            "sex": L(SON["sex"], GENDER), "documentNumber": L(SON["ci"], NATID),
            "guardianDocument": L(CARNET, NATID), "fare": "escolar"}),
        kid_topup,
        case(f, f"{a}/v2/stations/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{EA_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{EA_HOME_AT[1]:.3f}", PRECISE),
            "radius": "1500"}),
        case(f, f"{a}/v2/plan", headers=_h(rng, **b), query={
            "q": L("Hospital del Norte", SEARCH), "from": st_id, "time": "07:10"}),
        case(f, f"{a}/v2/places", headers=_h(rng, **b), body={
            "label": "Casa", "address": L(EA_HOME["line"], ADDR), "lat": hla, "lng": hlo,
            "station": st_id}),
        case(f, f"{a}/v2/cards/block", headers=_h(rng, **b), body={
            "card": L(SON_CARD, UID), "reason": L("Mi hijo perdio su tarjeta en el colegio",
                                                  TEXT),
            "documentNumber": L(CARNET, NATID), "replace": True}),
        multipart(f, f"{a}/v2/discounts/student", [
            ("carnet", "carnet_estudiantil.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("data", None, "application/json", {
                "card": L(SON_CARD, UID), "studentCode": L(SON["code"], UID),
                "school": SCHOOL["id"], "grade": "4to primaria"})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/feedback", headers=_h(rng, **b), body={
            "station": st_id, "category": "servicio",
            "text": L("La cabina se detuvo 10 minutos sobre la avenida y nadie aviso", TEXT)}),
        case(f, f"{a}/v2/lost-property", headers=_h(rng, **b), body={
            "station": STATIONS["centro"][0], "date": "2026-03-09",
            "description": L("Mochila azul de mi hijo Mateo con su carnet escolar",
                             f"{TEXT}|{NAMEC}"), "contactPhone": L(NATIONAL, TEL)}),
        rcpt,
        case(f, f"{a}/v2/notifications", headers=_h(rng, how="none"), query={"page": "1"},
             cookies={"wp_session": L(opaque(rng, "", 40), CRED),
                      "wp_device": L(INSTALL_ID.upper(), DID)}),
        reload,
        case(f, f"{a}/v2/devices", headers=_h(rng, how="upper", **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/analytics/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tap_in", 1, station=st_id), ev("topup_done", 2, amount=L(50, BUY)),
                ev("screen_view", 3, screen=L("TripHistory", USAGE))]}),
    ]


def wayrapasa_sdks() -> list[Case]:
    rng = random.Random(13922)
    st_id, _, st_la, st_lo = STATIONS["dolores"]
    ce = STATIONS["centro"]
    return [
        mv_batch(APP, rng, [("Tap In", {"station": st_id}), ("Top Up", {"amount": L(50, BUY)})],
                 at=STATION_FIX, nd=3),
        tt_launch(APP, rng, user=True, n=41),
        tt_link(APP, rng, U("https://go.wayrapasa.example.com/recarga",
                            {"card": L(CARD, UID), "amt": "50", "utm_source": "sms"})),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=STATION_FIX, nd=3),
        bc_notice(APP, rng, "imp"),
        cq_crash(APP, rng, ("android.nfc.TagLostException", "Tag was lost."),
                 [cq_crumb("nav", "Home -> Tap"), cq_crumb("log", "nfc read 3/4 sectors")],
                 screen="TapActivity"),
        cq_session(APP, rng, secs=95),
        fq_eval(APP, rng, {"homeStation": st_id, "hasChildCard": True}, hdr=True),
        ch_card(APP, rng, email=True),
        ch_confirm(APP, rng, "280"),
        mw_route(APP, rng, [(EA_HOME_AT, PRECISE), ((st_la, st_lo), None),
                            ((ce[2], ce[3]), None)], mode="walking"),
    ]
