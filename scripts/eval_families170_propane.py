"""Rural propane delivery app "Kodzil" (ko' "fire", dziil "strong"; a fictional Gallup propane
dealer that fills the 250-gallon tank at their homesite, where no gas line runs). Keys (Navajo
without diacritics or glottal stops, with English): ``bizhi`` / ``bizhi_naaki`` first name /
surname, ``beesh_naaltsoos`` e-mail, ``beesh_bee_hane`` phone, ``bee_adaalkaal`` password,
``hooghan`` home (street line), ``hooghan_bitiin`` directions home ("the road to the home"),
``tozis`` tank (tózis, a jar or bottle), ``nilchi_ko`` propane (a coinage, "air fire"),
``nayiijaah`` delivery ("hauls it"), ``beeso`` amount, ``bike`` payment, ``ji`` day,
``hane`` message, ``hadinitaa`` search, ``analwo`` assistance, ``dine`` household members,
``naahai`` age, ``naalniih`` illness, ``nahookos`` / ``haaaah`` latitude / longitude. Calls:
sign-up with the directions to the homesite, an OAuth password grant, ``/shi``, the tank's
registration (its point), the gauge bridge's home Wi-Fi, gauge readings (protobuf), a refill
order with the cattle-gate combination, the payment, an energy-assistance application (gzip; her
SSN, the household, her son's asthma), her driver licence scan, the order by number in the path,
the truck's ETA polled with her fix, the delivery photo, autopay from her bank account, a leak
check, a message to the driver, a search, invoices by cookie, a referral for her mother, push and
events. A grep of ``scripts/`` for "propane" found nothing; sets 96 and 139 deliver LPG
cylinders in cities, here a bulk tank at a rural homesite is filled by truck."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families170_kit import (
    ACCOUNT,
    DEPOT,
    DL_AZ,
    HOME,
    HOME_AT,
    HOME_DIRECTIONS,
    HUSBAND,
    MOTHER,
    ROUTING,
    SON,
    SSN,
    TZ,
    fix,
    hd,
    push,
)
from eval_families170_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_queue, tn_event, tn_launch
from eval_families170_svc import cl_card, cl_confirm, fn_eval, mm_geocode, pt_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("kodzil", "Kodzil", "com.example.kodzil", "2.2.7", "https://api.kodzil.example.net")
IID = "X-Kodzil-Install"
PW = "Propane!N12mile4"
NID = "personal.national_id"
ACCT = "KDZ-0044817"  # her propane account (id.user)
ORDER = "RF-2611-0932"  # a refill order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kodzil() -> list[Case]:
    rng = random.Random(17031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, account=L(ACCT, UID), beesh_naaltsoos=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    reading = pb(
        [
            (1, L(ACCT, UID)),
            (2, "tk_250_08812"),
            (3, 1781300000),
            (4, 34.0),
            (5, -3.5),
            (6, L(71, DEV)),
            (7, L(TZ, DEV)),
        ],
        "",
        lab,
    )
    order = at_path(case(f, f"{a}/v1/nayiijaah/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(
            f,
            f"{a}/v1/signup",
            headers=_h(rng),
            body={
                "bizhi": L(FIRST, NAMEC),
                "bizhi_naaki": L(LAST, NAMEC),
                "beesh_naaltsoos": L(EMAIL, MAIL),
                "beesh_bee_hane": L(E164, TEL),
                "bee_adaalkaal": L(PW, CRED),
                "hooghan": L(HOME["line"], ADDR),
                "mail": {
                    "po": L(HOME["po"], ADDR),
                    "hoolye": L(HOME["town"], COARSE),
                    "state": L(HOME["state"], COARSE),
                    "zip": L(HOME["zip"], COARSE),
                },
                "hooghan_bitiin": L(HOME_DIRECTIONS, ADDR),
                "account": L(ACCT, UID),
            },
        ),
        case(
            f,
            f"{a}/oauth/token",
            fmt="form",
            headers=_h(rng),
            body={
                "grant_type": "password",
                "username": L(EMAIL, MAIL),
                "password": L(PW, CRED),
                "client_id": "kodzil-android",
            },
        ),
        case(f, f"{a}/v1/shi", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/tozis",
            headers=_h(rng, **b),
            body={
                "tozis": "tk_250_08812",
                "gallons": 250,
                "owner": "leased",
                "nahookos": hla,
                "haaaah": hlo,
                "account": L(ACCT, UID),
            },
        ),
        case(
            f,
            f"{a}/v1/tozis/gauge/wifi",
            headers=_h(rng, **b),
            body={
                "ssid": L(SSID, WIFI),
                "bssid": L(BSSID, WIFI),
                "phone_ip": L(LOCAL_IP, DEV),
                "gauge": "gz_0f31a9",
            },
        ),
        raw(
            f,
            f"{a}/v1/tozis/readings",
            reading,
            "application/x-protobuf",
            lab,
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/nayiijaah",
            headers=_h(rng, **b),
            body={
                "nayiijaah": L(ORDER, BUY),
                "nilchi_ko": {"gallons": 180, "per_gallon": 2.89},
                "beeso": L(520.2, BUY),
                "ji": "2026-11-04",
                "account": L(ACCT, UID),
                "hooghan_bitiin": L(HOME_DIRECTIONS, ADDR),
                "gate_combo": L("1947", CRED),
                "dogs": True,
            },
        ),
        case(
            f,
            f"{a}/v1/bike",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "nayiijaah": L(ORDER, BUY),
                "beeso": L("520.20", BUY),
                "currency": "USD",
                "method": L(opaque(rng, "pm_", 24), PAY),
                "last4": L("4444", PAY),
            },
        ),
        case(
            f,
            f"{a}/v1/analwo/energy",
            gz=True,
            headers=_h(rng, **b),
            body={
                "ssn": L(SSN, NID),
                "account": L(ACCT, UID),
                "household": 3,
                "dine": [
                    {"bizhi": L(f"{FIRST} {LAST}", NAMEC), "naahai": L(35, "personal.birthdate")},
                    {"bizhi": L(HUSBAND[0], NAMEC), "naahai": L(38, "personal.birthdate")},
                    {
                        "bizhi": L(f"{SON['first']} {SON['last']}", NAMEC),
                        "naahai": L(SON["age"], "personal.birthdate"),
                    },
                ],
                "income_month": 4180,
                "heat": "propane",
                "naalniih": L("child with asthma, needs steady heat", MED),
            },
        ),
        multipart(
            f,
            f"{a}/v1/analwo/documents",
            [
                ("license", "az_license.jpg", "image/jpeg", L(JPEG + b"\x36", f"{MEDIA}|{NID}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {"dl": L(DL_AZ, NID), "state": "AZ", "account": L(ACCT, UID)},
                ),
            ],
            headers=_h(rng, **b),
        ),
        order,
        case(
            f,
            f"{a}/v1/nayiijaah/eta",
            headers=_h(rng, **b),
            query={
                "nayiijaah": L(ORDER, BUY),
                "lat": L(f"{HOME_AT[0]:.4f}", PRECISE),
                "lng": L(f"{HOME_AT[1]:.4f}", PRECISE),
            },
        ),
        multipart(
            f,
            f"{a}/v1/nayiijaah/confirm",
            [
                ("photo", "gauge_after.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
                ("meta", None, "application/json", {"nayiijaah": L(ORDER, BUY), "level": 80}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/autopay",
            headers=_h(rng, **b),
            body={
                "account": L(ACCT, UID),
                "routing": L(ROUTING, PAY),
                "bank_account": L(ACCOUNT, PAY),
                "holder": L(f"{FIRST} {LAST}", NAMEC),
                "threshold": 25,
            },
        ),
        case(
            f,
            f"{a}/v1/service/leak",
            headers=_h(rng, **b),
            body={
                "account": L(ACCT, UID),
                "urgent": True,
                "hane": L("Smell gas by the regulator behind the house since this morning", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v1/hane",
            headers=_h(rng, **b),
            body={
                "to": "driver_route_7",
                "hane": L(
                    "If nobody is home call my husband Leon Yazzie 928-555-0147, the dogs are friendly",
                    f"{TEXT}|{NAMEC}|{TEL}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/catalog",
            headers=_h(rng, **b),
            query={"hadinitaa": L("wall heater vent-free 20000 btu", SEARCH), "page": "1"},
        ),
        case(
            f,
            f"{a}/v1/invoices",
            headers=_h(rng, how="none"),
            cookies={
                "kz_sess": L(opaque(rng, "", 40), CRED),
                "kz_dev": L(INSTALL_ID, DID),
                "kz_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/v1/referrals",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "bizhi": L(MOTHER[0], NAMEC),
                "beesh_bee_hane": L(MOTHER[1], TEL),
                "hoolye": L("Gallup", COARSE),
                "from_account": L(ACCT, UID),
            },
        ),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/logout",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)},
        ),
        case(
            f,
            f"{a}/v1/events",
            gz=True,
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "events": [
                    ev("refill_ordered", 1, gallons=180),
                    ev("screen", 2, screen=L("Tank", USAGE)),
                ],
            },
        ),
    ]


def kodzil_sdks() -> list[Case]:
    rng = random.Random(17032)
    return [
        mc_batch(
            APP,
            rng,
            [("Refill Ordered", {"total": L(520.2, BUY)}), ("Gauge Read", {"level": 34})],
            at=HOME_AT,
            nd=2,
        ),
        mc_queue(APP, rng, [("Gauge Read", {"level": 33}), ("Tank Low", {"level": 30})]),
        tn_launch(APP, rng, user=True),
        tn_event(
            APP,
            rng,
            "purchase",
            {"order": L(ORDER, BUY)},
            revenue=520.2,
            currency="USD",
            hashed=True,
        ),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="heating,propane,rural"),
        cd_crash(
            APP,
            rng,
            ("java.io.IOException", "gauge bridge unreachable"),
            [cd_crumb("nav", "Tank -> Gauge"), cd_crumb("tap", "refresh_level")],
            screen="GaugeActivity",
        ),
        fn_eval(APP, rng, {"depot": DEPOT["id"], "state": L("AZ", COARSE)}),
        pt_register(APP, rng, at=HOME_AT, nd=3, tags={"depot": DEPOT["id"], "autofill": "on"}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "520.20", "usd"),
        mm_geocode(APP, rng, HOME["line"], ADDR, near=HOME_AT, nd=2),
    ]
