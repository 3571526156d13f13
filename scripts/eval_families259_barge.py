"""An inter-island car-shipping app "Kaa Barge" (``kaa`` car: she bought a pickup truck from
Kainoa's cousin Keala on Oahu, who drops it at the Honolulu yard; she collects it at Hilo
Harbor). Its API's keys are Hawaii Pidgin with the freight English such apps keep (``VIN``,
``sailing``, ``token``, ``routing``): ``nem`` / ``las_nem``, ``fone``, ``sekret_kode`` password,
``kode`` SMS code, ``wea_stay`` address, ``town``, ``da_ride`` the vehicle, ``paid_fo_um`` what
she paid for it, ``from_wea`` / ``go_wea`` ports, ``wen`` date, ``book_um`` booking,
``hamuch`` amount, ``pay_um`` payment, ``las_4``, ``laisens`` driver's licence,
``who_drop_off`` / ``who_pick_up`` the people at the yards, ``gas_how_much`` fuel level,
``owie`` damage, ``pitcha`` photo, ``track_um`` tracking, ``wea_you_at`` where she is, ``mesej``
message, ``look_fo`` search): sign-up, an SMS code, ``/me``, sailings, a quote with the bill of
sale, the booking (her husband's cousin drops off), the registration and licence uploads, the
payment, cover, the drop-off checklist (gzip) and damage photos, tracking by shipment number in
the path, a check-in at the Hilo yard with her fix, a pick-up authorisation for her husband, a
message, a damage claim, a search, an offline yard queue (JSON Lines), invoices by cookie, push
and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families259_kit import (
    DL,
    HARBOR,
    HARBOR_FIX,
    HARBOR_HNL,
    HOME,
    HOME_AT,
    HUSBAND,
    SHIPMENT,
    VIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families259_sdk import (
    bp_bid,
    bp_notice,
    cn_crash,
    cn_crumb,
    cn_session,
    mo_batch,
    mo_queue,
    tk_event,
    tk_launch,
)
from eval_families259_svc import fp_eval, mp_reverse, mp_route, pl_card, pl_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kaabarge", "Kaa Barge", "com.example.kaabarge", "2.6.0",
          "https://api.kaabarge.example.net")
IID = "X-KB-Install"
PW = "Tacoma4x4!Hilo"
NID = "personal.national_id"
COUSIN = ("Keala Kamakau", "+18085550193")  # the husband's cousin in Kaneohe (typed: contact.*)
HUSBAND_DL = "H01177420"  # her husband's licence number, typed by her (personal.national_id)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))
RIDE = {"year": 2020, "make": "Toyota", "model": "Tacoma", "vin": VIN, "color": "silver"}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kaabarge() -> list[Case]:
    rng = random.Random(25961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fone=L(E164, TEL)))}
    hla, hlo = fix(HARBOR_FIX)
    track = at_path(case(f, f"{a}/v2/shipments/{SHIPMENT}/track_um", headers=_h(rng, **b)),
                    SHIPMENT, BUY)
    return [
        case(f, f"{a}/v2/sign_up", headers=_h(rng), body={
            "nem": L(FIRST, NAMEC), "las_nem": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fone": L(E164, TEL), "sekret_kode": L(PW, CRED),
            "wea_stay": L(HOME["line"], ADDR), "town": L(HOME["town"], COARSE),
            "zip": L(HOME["zip"], COARSE)}),
        case(f, f"{a}/v2/verify", fmt="form", headers=_h(rng), body={
            "fone": L(E164, TEL), "kode": L("902716", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sailings", headers=_h(rng, **b), query={
            "from_wea": "HNL", "go_wea": "ITO", "wen": "2026-04-07"}),
        case(f, f"{a}/v2/quote", headers=_h(rng, **b), body={
            "da_ride": RIDE, "from_wea": HARBOR_HNL["id"], "go_wea": HARBOR["id"],
            "paid_fo_um": L(24500, BUY), "running": True}),
        case(f, f"{a}/v2/book_um", headers=_h(rng, **b), body={
            "book_um": L(SHIPMENT, BUY), "sailing": "sl_26_0407_itO", "hamuch": L(368, BUY),
            "da_ride": RIDE, "who_drop_off": {"nem": L(COUSIN[0], NAMEC),
                                              "fone": L(COUSIN[1], TEL)},
            "consignee": "self"}),
        multipart(f, f"{a}/v2/documents", [
            ("registration", "registration.pdf", "application/pdf", L(PDF, MEDIA)),
            ("laisens", "licence.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
            ("meta", None, "application/json", {"book_um": L(SHIPMENT, BUY),
                                                "laisens": L(DL, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/pay_um", fmt="form", headers=_h(rng, **b), body={
            "book_um": L(SHIPMENT, BUY), "hamuch": L("368.00", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY), "las_4": L("4444", PAY)}),
        case(f, f"{a}/v2/cover", headers=_h(rng, **b), body={
            "book_um": L(SHIPMENT, BUY), "kine": "full", "hamuch": L(42, BUY)}),
        case(f, f"{a}/v2/drop_off/checklist", gz=True, headers=_h(rng, **b), body={
            "book_um": L(SHIPMENT, BUY), "gas_how_much": "1/4", "no_food_inside": True,
            "odometer": 48211, "keys": 2,
            "owie": L("Small dent on da tailgate, was already dea", TEXT)}),
        multipart(f, f"{a}/v2/owie_pitchas", [
            ("pitcha", "tailgate.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("pitcha2", "door.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"book_um": L(SHIPMENT, BUY), "side": "rear"})],
            headers=_h(rng, **b)),
        track,
        case(f, f"{a}/v2/pick_up/check_in", headers=_h(rng, **b), body={
            "book_um": L(SHIPMENT, BUY), "wea_you_at": {"lat": hla, "lng": hlo, "acc": 10},
            "yard": {"id": HARBOR["id"], "lat": HARBOR["lat"], "lng": HARBOR["lon"]},
            "lane": "C4"}),
        case(f, f"{a}/v2/pick_up/authorize", headers=_h(rng, **b), body={
            "book_um": L(SHIPMENT, BUY), "who_pick_up": {
                "nem": L(HUSBAND[0], NAMEC), "fone": L(HUSBAND[1], TEL),
                "laisens": L(HUSBAND_DL, NID)}}),
        case(f, f"{a}/v2/mesej", headers=_h(rng, **b), body={
            "to": "hilo_yard", "thread": obj(rng, "th"),
            "mesej": L("Da truck wen come wit one new scratch on da passenger door", TEXT)}),
        case(f, f"{a}/v2/claims", headers=_h(rng, **b), body={
            "book_um": L(SHIPMENT, BUY), "claim": obj(rng, "cl"),
            "wat_wen_happen": L("New scratch on passenger door, not on da drop-off pitchas",
                                TEXT), "hamuch": L(380, BUY)}),
        case(f, f"{a}/v2/look_fo", headers=_h(rng, **b), query={
            "look_fo": L("how early fo drop off honolulu", SEARCH)}),
        lines(f, f"{a}/v2/offline", [
            {"op": "arrived", "book_um": L(SHIPMENT, BUY), "at": {"lat": hla, "lng": hlo},
             "t": 1775600100},
            {"op": "walkaround", "book_um": L(SHIPMENT, BUY), "pitchas": 4, "t": 1775600400}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/invoices", headers=_h(rng, how="none"), cookies={
            "kb_sesh": L(opaque(rng, "", 40), CRED), "kb_install": L(INSTALL_ID, DID),
            "kb_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("book_um", 1, hamuch=L(368, BUY)), ev("screen", 2, screen=L("Track", USAGE))]}),
    ]


def kaabarge_sdks() -> list[Case]:
    rng = random.Random(25962)
    return [
        mo_batch(APP, rng, [("Shipment Booked", {"total": L(368, BUY)}),
                            ("Pick Up Checked In", {"yard": HARBOR["id"]})],
                 at=HARBOR_FIX, nd=2),
        mo_queue(APP, rng, [("Yard Arrived", {"yard": HARBOR["id"]}),
                            ("Walkaround Done", {"pitchas": 4})]),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "purchase", {"book": L(SHIPMENT, BUY)}, revenue=368.0, hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="trucks,shipping,hawaii"),
        bp_notice(APP, rng, "win"),
        cn_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo too big"),
                 [cn_crumb("nav", "Checklist -> Pitchas")], screen="PitchaActivity"),
        cn_session(APP, rng, secs=958),
        fp_eval(APP, rng, {"route": "HNL-ITO"}, hdr=True),
        pl_card(APP, rng),
        pl_confirm(APP, rng, "368.00"),
        mp_route(APP, rng, [((HARBOR["lat"], HARBOR["lon"]), None), (HOME_AT, PRECISE)]),
        mp_reverse(APP, rng, HARBOR_FIX, PRECISE, nd=5),
    ]
