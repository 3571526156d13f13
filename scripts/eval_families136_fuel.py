"""A fuel-queue slot booking app "Lisansi" (ilisansi: petrol) for Bujumbura's stations in a
season of shortages (versioned ``/v1``, camelCase JSON). Set 124's generator-diesel delivery and
set 133's generator subscription are other kinds: here a driver books a slot in a station's
queue for the family car, pays it by mobile money, checks in by the pump's QR code, reports her
place in the line (protobuf), and gets the pump receipt. Calls: sign-up (her driving permit),
an SMS code, ``/me`` with a JWT, stations near her, a station's stock, a slot booking, its
payment, the queue position (protobuf with a nested fix), the QR check-in (her fix), the fill
and its receipt by number in the path, the odometer (msgpack), a report, a search, alerts,
sharing the slot with her husband, a trip plan, the wallet by a cookie GET, a wallet top-up by
card, the day's quota (base64 JSON in a header of a GET), push, events and feedback."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families136_kit import (
    DRIVER,
    HOME_AT,
    HUSBAND,
    LOCAL_LINE,
    PLATE,
    QUEUE_FIX,
    STATIONS,
    TZ,
    fix,
    hd,
    obj,
    push,
)
from eval_families136_sdk import (
    bh_bid,
    bh_notice,
    cm_crash,
    cm_crumb,
    cm_session,
    mr_batch,
    ts_event,
    ts_launch,
)
from eval_families136_svc import fr_eval, mk_reverse, mk_telemetry, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lisansi", "Lisansi", "com.example.lisansi", "1.3.8", "https://api.lisansi.example.com")
IID = "X-Lisansi-Install"
PW = "Essence*Kinindo4"
NID = "personal.national_id"
PERMIT = "PC-BJM-0098812"  # her Burundian driving permit (personal.national_id)
FILL_RECEIPT = "FR-KIN-2025-55190"
KIN, ROH = STATIONS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lisansi() -> list[Case]:
    rng = random.Random(13661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, driver=L(DRIVER, UID), phone=L(E164, TEL)))}
    qla, qlo = fix(QUEUE_FIX, 5)
    hla, hlo = fix(HOME_AT, 6)
    slot = obj(rng, "slot")
    lab: dict[str, str] = {}
    pos = pb([(1, L(DRIVER, UID)), (2, KIN["id"]), (3, slot), (4, [
        (1, L(QUEUE_FIX[0], PRECISE)), (2, L(QUEUE_FIX[1], PRECISE)), (3, 6.0)]),
        (5, 37), (6, L(52, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/v1/receipts/{FILL_RECEIPT}", headers=_h(rng, **b)),
                      FILL_RECEIPT, BUY)
    return [
        case(f, f"{a}/v1/drivers", headers=_h(rng), body={
            "fullName": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "driverId": L(DRIVER, UID),
            "permitNo": L(PERMIT, NID), "vehicle": {"plate": PLATE, "make": "Toyota",
                                                    "model": "RAV4", "fuel": "essence"}}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("660418", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/stations/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "fuel": "essence", "radiusKm": "5"}),
        case(f, f"{a}/v1/stations/{ROH['id']}/stock", headers=_h(rng, **b)),
        case(f, f"{a}/v1/slots", headers=_h(rng, **b), body={
            "station": KIN["id"], "slot": slot, "window": "2025-12-11T06:00/06:30",
            "litres": 30, "plate": PLATE, "driverId": L(DRIVER, UID),
            "quoteTotal": L(123000, BUY)}),
        case(f, f"{a}/v1/slots/{slot}/pay", headers=_h(rng, **b), body={
            "amount": L(123000, BUY), "currency": "BIF", "method": "mobile_money",
            "msisdn": L(LOCAL_LINE, TEL), "idempotencyKey": rid(rng)}),
        raw(f, f"{a}/v1/queue/position", pos, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/queue/checkin", headers=_h(rng, **b), body={
            "qr": "PMP-KIN-03", "slot": slot, "at": {"lat": qla, "lon": qlo},
            "station": {"id": KIN["id"], "lat": KIN["lat"], "lon": KIN["lon"]}}),
        case(f, f"{a}/v1/fills", headers=_h(rng, **b), body={
            "slot": slot, "pump": 3, "litres": 30, "pricePerL": 4100,
            "total": L(123000, BUY), "receipt": L(FILL_RECEIPT, BUY)}),
        receipt,
        case(f, f"{a}/v1/vehicle/odometer", fmt="msgpack", headers=_h(rng, **b), body={
            "driverId": L(DRIVER, UID), "km": 148220, "litres": 30, "plate": PLATE}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "station": ROH["id"], "kind": "no_fuel",
            "text": L("Station fermee depuis 5h, la file va jusqu'au rond-point", TEXT)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("gasoil Rohero ouvert", SEARCH)}),
        case(f, f"{a}/v1/alerts", fmt="form", headers=_h(rng, **b), body={
            "stations": f"{KIN['id']},{ROH['id']}", "sms": L(LOCAL_LINE, TEL),
            "lang": L("fr", DEV)}),
        case(f, f"{a}/v1/slots/{slot}/share", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "note": L("C'est toi qui conduis demain matin", TEXT)}),
        case(f, f"{a}/v1/trips/plan", headers=_h(rng, **b), body={
            "from": {"lat": hla, "lon": hlo}, "to": {"lat": KIN["lat"], "lon": KIN["lon"]},
            "leaveAt": "2025-12-11T05:40:00+02:00"}),
        case(f, f"{a}/v1/wallet", headers=_h(rng, how="none"), cookies={
            "ls_session": L(opaque(rng, "", 40), CRED), "ls_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/wallet/topup", fmt="form", headers=_h(rng, **b), body={
            "amount": L("200000", BUY), "last4": L("4444", PAY),
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "currency": "BIF"}),
        case(f, f"{a}/v1/quota", headers=_h(rng, **b, extra={
            "X-Lisansi-Ctx": W({"driverId": L(DRIVER, UID), "tz": L(TZ, DEV),
                               "station": KIN["id"]}, "b64json")})),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("slot_booked", 1), ev("checked_in", 2),
                ev("screen", 3, screen=L("QueueLive", USAGE))]}),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), body={
            "station": KIN["id"], "stars": 4,
            "text": L("Bien organise mais la file a pris 2 heures", TEXT)}),
    ]


def lisansi_sdks() -> list[Case]:
    rng = random.Random(13662)
    return [
        mr_batch(APP, rng, [("Slot Booked", {"litres": 30}), ("Checked In", {})],
                 at=QUEUE_FIX, nd=3, adid=True),
        ts_launch(APP, rng, first=True),
        ts_event(APP, rng, "slot_paid", {"station": KIN["id"]}, revenue=123000.0,
                 hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HOME_AT, nd=2,
               keywords="voiture,carburant"),
        bh_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad QR payload"),
                 [cm_crumb("nav", "Slot -> ScanPump")], screen="ScanPumpActivity"),
        cm_session(APP, rng, secs=2210),
        fr_eval(APP, rng, {"city": L("Bujumbura", "location.coarse")}, hdr=True),
        pk_register(APP, rng, at=HOME_AT, nd=2, tags={"station": KIN["id"]}),
        mk_reverse(APP, rng, QUEUE_FIX, PRECISE, nd=6),
        mk_telemetry(APP, rng, [HOME_AT, QUEUE_FIX], PRECISE),
    ]
