"""A boarding-house landlady's app "Upaan" (``upa`` rent: her six-room house for college students
in Lingayen; money: rent, deposits, receipts, the electricity split and her payouts). Its API's
keys are Pangasinan in ASCII with English and Spanish loans: ``ngaran`` / ``apelyido``,
``selpon``, ``kontrasenya``, ``tin``, ``abong`` house, ``kalye`` / ``barangay`` / ``baley`` /
``zip``, ``kuarto`` room, ``katre`` bed, ``boarder``, ``atateng`` parent (guardian), ``upa``
rent, ``deposito`` deposit, ``kantidad`` amount, ``bayad`` payment, ``resibo`` receipt,
``kuryente`` electricity, ``danum`` water, ``bulan`` month, ``kontrata`` contract, ``mensahe``
message, ``pabalita`` notice, ``kumpuni`` repair, ``buwis`` tax: the landlady's sign-up (her TIN),
an e-mail code, ``/siak``, the listing (her property's street line and point), room photos, a
boarder added with her guardian, the contract (PDF), rent due, cash rent recorded, a receipt, the
electricity sub-meter split (gzip), the payout account, a payout, an e-wallet collection, a
message and a notice to boarders, an inspection with her fix, a plumber's repair, the ledger by
landlady number in the path, the annual rent-income summary, the house Wi-Fi for the boarders,
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families271_kit import (
    BHOUSE,
    BHOUSE_AT,
    BOARDERS,
    LANDLADY,
    LOCAL_NO,
    PH_ACCOUNT,
    TIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families271_sdk import mt_batch, mt_identify, tp_event, tp_launch
from eval_families271_svc import (
    ck_check,
    fb_eval,
    hp_attach,
    hp_message,
    ma_reverse,
    pd_register,
    py_wallet,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("upaan", "Upaan", "com.example.upaan", "1.5.7", "https://api.upaan.example.com")
IID = "X-Upaan-Device"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
SSID, BSSID = "UpaanLingayen-5G", "9c:53:22:0e:7a:41"  # her boarding house's router (wifi)
PLUMBER = ("Rodrigo Caguioa", "+639395550158")  # the plumber she types (contact.*)
GUARDIAN = ("Marites Nisperos", "+639205550122")  # a boarder's mother (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def upaan() -> list[Case]:
    rng = random.Random(27151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, landlady=L(LANDLADY, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(BHOUSE_AT)
    b1 = obj(rng, "bd")
    ledger = at_path(case(f, f"{a}/api/v1/landlady/{LANDLADY}/ledger", headers=_h(rng, **b),
                          query={"taon": "2026"}), LANDLADY, UID)
    return [
        case(f, f"{a}/api/v1/landlady", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "kontrasenya": L("Upaan!Lingayen7", CRED),
            "tin": L(TIN, NID), "landlady_id": L(LANDLADY, UID),
            "abong": {"kalye": L(BHOUSE["line"], ADDR), "barangay": L(BHOUSE["brgy"], COARSE),
                      "baley": L(BHOUSE["town"], COARSE), "zip": L(BHOUSE["zip"], COARSE)}}),
        case(f, f"{a}/api/v1/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("381466", CRED)}),
        case(f, f"{a}/api/v1/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/abong", headers=_h(rng, **b), body={
            "ngaran_na_abong": "Upaan sa Poblacion", "kalye": L(BHOUSE["line"], ADDR),
            "lugar": {"latitud": L(round(BHOUSE_AT[0], 5), PRECISE),
                      "longhitud": L(round(BHOUSE_AT[1], 5), PRECISE)},
            "kuarto": 6, "katre": 14, "ngina_kada_katre": 2500, "wifi": True,
            "curfew": "22:00", "landlady_id": L(LANDLADY, UID)}),
        multipart(f, f"{a}/api/v1/abong/litrato", [
            ("photo", "kuarto3.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"kuarto": "3", "caption": "double deck, aircon"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/boarders", headers=_h(rng, **b), body={
            "boarder": {"ngaran": L(BOARDERS[0][0], NAMEC), "selpon": L(BOARDERS[0][1], TEL),
                        "eskuelaan": "Lingayen provincial college", "kurso": "BS Nursing 2"},
            "atateng": {"ngaran": L(GUARDIAN[0], NAMEC), "selpon": L(GUARDIAN[1], TEL)},
            "kuarto": "3", "katre": "3B", "upa": L(2500, BUY), "deposito": L(2500, BUY),
            "manlapu": "2026-06-01", "boarder_id": b1}),
        multipart(f, f"{a}/api/v1/kontrata", [
            ("file", "kontrata_3B.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"boarder_id": b1,
                                                "landlady": L(f"{FIRST} {LAST}", NAMEC),
                                                "boarder": L(BOARDERS[0][0], NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/upa/due", headers=_h(rng, **b), query={
            "landlady_id": L(LANDLADY, UID), "bulan": "2026-07"}),
        case(f, f"{a}/api/v1/upa/collect", fmt="form", headers=_h(rng, **b), body={
            "boarder_id": b1, "bulan": "2026-07", "kantidad": L("2500", BUY),
            "paraan": "cash", "resibo_no": L("UR-000418", BUY)}),
        case(f, f"{a}/api/v1/resibo", headers=_h(rng, **b), body={
            "resibo_no": L("UR-000418", BUY), "kantidad": L(2500, BUY),
            "boarder": L(BOARDERS[0][0], NAMEC), "tin": L(TIN, NID),
            "landlady": L(f"{FIRST} {LAST}", NAMEC), "bulan": "2026-07"}),
        case(f, f"{a}/api/v1/kuryente", gz=True, headers=_h(rng, **b), body={
            "bulan": "2026-07", "rate_kwh": 11.42, "bill_total": L(6853.20, BUY),
            "submeters": [{"kuarto": str(i + 1), "metro": f"sm_{i + 1:02d}",
                           "kwh": 60 + 7 * i} for i in range(6)],
            "landlady_id": L(LANDLADY, UID)}),
        case(f, f"{a}/api/v1/payout/account", headers=_h(rng, **b), body={
            "holder": L(f"{FIRST} {LAST}", NAMEC), "account_no": L(PH_ACCOUNT, PAY),
            "bangko": "Example Savings Bank", "landlady_id": L(LANDLADY, UID)}),
        case(f, f"{a}/api/v1/payouts/request", fmt="form", headers=_h(rng, **b), body={
            "kantidad": L("12500.00", BUY), "account_last4": L(PH_ACCOUNT[-4:], PAY),
            "idempotency": rid(rng)}),
        case(f, f"{a}/api/v1/ewallet/collect", headers=_h(rng, **b), body={
            "to_wallet": L(LOCAL_NO, TEL), "from": {"ngaran": L(BOARDERS[1][0], NAMEC),
                                                    "selpon": L(BOARDERS[1][1], TEL)},
            "kantidad": L(2500, BUY), "bulan": "2026-07"}),
        case(f, f"{a}/api/v1/mensahe", headers=_h(rng, **b), body={
            "to": b1, "mensahe": L("Kristine, say upa mo ed Hulyo et 2,500 tan 612 ed kuryente. "
                                   "Salamat!", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/v1/pabalita", headers=_h(rng, **b), body={
            "abong": "all", "mensahe": L("Anggapoy danum ed Martes manlapu 8am anggad 3pm, "
                                         "mangaplag kayo.", TEXT)}),
        case(f, f"{a}/api/v1/inspection", headers=_h(rng, **b), body={
            "at": {"latitud": hla, "longhitud": hlo}, "kuarto": "5",
            "ibaga": L("Naderal so gripo ed CR", TEXT)}),
        case(f, f"{a}/api/v1/kumpuni", headers=_h(rng, **b), body={
            "trabaho": "plumbing", "kuarto": "5",
            "tubero": {"ngaran": L(PLUMBER[0], NAMEC), "selpon": L(PLUMBER[1], TEL)},
            "kantidad": L(1800, BUY), "petsa": "2026-07-14"}),
        ledger,
        case(f, f"{a}/api/v1/buwis/summary", gz=True, headers=_h(rng, **b), body={
            "taon": "2025", "gross_rent": L(301500, BUY), "expenses": L(84200, BUY),
            "tin": L(TIN, NID), "landlady_id": L(LANDLADY, UID)}),
        case(f, f"{a}/api/v1/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "wifi_password": L("bisita2026", CRED),
            "plan_mbps": 100}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rent_collected", 1, kantidad=L(2500, BUY)),
                ev("screen", 2, screen=L("Ledger", USAGE))]}),
    ]


def upaan_sdks() -> list[Case]:
    rng = random.Random(27152)
    return [
        mt_batch(APP, rng, [("Rent Collected", {"amount": L(2500, BUY)}),
                            ("Receipt Issued", {})], at=BHOUSE_AT, nd=2),
        mt_identify(APP, rng, {"baley": L("Lingayen", COARSE), "rooms": 6,
                               "landlady": L(LANDLADY, UID)}),
        tp_launch(APP, rng, user=True),
        tp_event(APP, rng, "rent_collected", {"month": "2026-07"}, revenue=2500.0),
        fb_eval(APP, rng, {"province": L("Pangasinan", COARSE), "rooms": 6}, hdr=True),
        pd_register(APP, rng, tags={"baley": L("Lingayen", COARSE)}),
        ck_check(APP, rng, {"analytics": True}),
        py_wallet(APP, rng, "12500", L(LOCAL_NO, TEL)),
        ma_reverse(APP, rng, BHOUSE_AT, PRECISE, nd=5),
        hp_message(APP, rng, L("Payout of 12,500 did not reach my bank", f"{TEXT}|{BUY}"),
                   {"landlady": L(LANDLADY, UID)}),
        hp_attach(APP, rng, L(PDF, MEDIA), "kontrata_3B.pdf", "application/pdf"),
    ]
