"""A car-rental app "Mashen Lo" (picked up at Grozny airport when her sister's flight came in,
returned in Gudermes; its API's keys are Chechen in Latin letters: ``tse`` first name,
``famili`` surname, ``telefon`` phone, ``qayla_dosh`` password, ``vina_de`` birth date,
``prava`` driving licence (Russian slang), ``vnzh`` residence permit, ``mashen`` car, ``bron``
booking, ``shofer`` driver, ``ber_shera`` child's age, ``akhcha`` money, ``depozit`` deposit,
``errig`` total, ``mettig`` place, ``shoralla``/``dokhalla`` latitude/longitude, ``yagorg``
fuel, ``gho`` help, ``yoza`` text, ``tergam`` review, ``surt`` picture, ``duogha`` key,
``lakhar`` search, ``khilamash`` events, ``ghirs`` device, ``san`` my): sign-up with her licence
and residence permit, a log-in, ``/san``, the licence scan, the cars on offer, the booking
(her husband as a second driver, a child seat), the deposit, the pick-up photos, the unlock with
her fix (a digital key), the car's telematics (protobuf and msgpack), a fuel receipt, a roadside
help call, the car's Wi-Fi, the return, the invoice by booking number in the path, a search, a
review, points by cookie, a token refresh, push and events. No earlier set has a car rental
("car rental" matched nothing; sets 42, 45 and 144 are car washes, used cars and a garage)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families172_kit import (
    AIRPORT,
    CAR_TRIP,
    HOME,
    HOME_AT,
    HUSBAND,
    LICENCE,
    RENTAL,
    SISTER_US,
    VNZH,
    fix,
    hd,
    obj,
    push,
)
from eval_families172_sdk import (
    al_event,
    al_launch,
    al_link,
    bs_bid,
    ct_session,
    tk_batch,
    tk_identify,
)
from eval_families172_svc import ap_card, ap_confirm, fk_eval, mt_route, mt_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("mashenlo", "Mashen Lo", "com.example.mashenlo", "7.2.0",
          "https://api.mashenlo.example.com")
IID = "X-Mashen-Ghirs"
PW = "Argun-Road#77"
NID = "personal.national_id"
CAR = {"id": "car_0481", "class": "compact", "ssid": "MashenLo-0481",
       "bssid": "02:1a:7d:44:0e:91"}  # the rental car (its hotspot joined: wifi)
HUSBAND_LICENCE = "0519 661270"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mashenlo() -> list[Case]:
    rng = random.Random(17261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), prava=L(LICENCE, NID)))}
    ala, alo = fix(CAR_TRIP[0])
    rla, rlo = fix(CAR_TRIP[-1], 5)
    lab: dict[str, str] = {}
    tele = pb([(1, L(RENTAL, BUY)), (2, CAR["id"]),
               (3, [(1, L(CAR_TRIP[1][0], PRECISE)), (2, L(CAR_TRIP[1][1], PRECISE)),
                    (3, 92.0)]), (4, 61), (5, 1769180400)], "", lab)
    inv = at_path(case(f, f"{a}/v1/bronash/{RENTAL}/invoice", headers=_h(rng, **b)), RENTAL, BUY)
    return [
        case(f, f"{a}/v1/dayazdar", headers=_h(rng), body={
            "tse": L(FIRST, NAMEC), "famili": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "qayla_dosh": L(PW, CRED), "vina_de": L(DOB, BIRTH),
            "prava": L(LICENCE, NID), "prava_kategoriya": "B", "vnzh": L(VNZH, NID),
            "stazh": 12}),
        case(f, f"{a}/v1/chuvalar", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "qayla_dosh": L(PW, CRED), "ghirs": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/san", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/prava/skan", [
            ("front", "prava_front.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"prava": L(LICENCE, NID), "side": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mashenash", headers=_h(rng, **b), query={
            "mettig": AIRPORT["id"], "from": "2026-01-23T18:00", "to": "2026-01-30T12:00",
            "class": "compact"}),
        case(f, f"{a}/v1/bron", headers=_h(rng, **b), body={
            "bron": L(RENTAL, BUY), "mashen": CAR["id"], "from": AIRPORT["id"],
            "to": "off_gud_01", "errig": L(17500, BUY), "valyuta": "RUB",
            "shofer_2": {"tse": L(HUSBAND[0], NAMEC), "prava": L(HUSBAND_LICENCE, NID)},
            "ber_kresla": True, "ber_shera": L(8, BIRTH), "reys": "SU1282"}),
        case(f, f"{a}/v1/depozit", fmt="form", headers=_h(rng, **b), body={
            "bron": L(RENTAL, BUY), "akhcha": L("15000", BUY),
            "karta_token": L(opaque(rng, "tok_", 24), PAY), "hold": "true"}),
        multipart(f, f"{a}/v1/checkout/surt", [
            ("surt1", "front_bumper.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("surt2", "rear_door.jpg", "image/jpeg", L(JPEG + b"\xb3", MEDIA)),
            ("meta", None, "application/json", {"bron": L(RENTAL, BUY), "probeg": 41822})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mashen/unlock", headers=_h(rng, **b), body={
            "bron": L(RENTAL, BUY), "mashen": CAR["id"],
            "mettig": {"shoralla": ala, "dokhalla": alo},
            "duogha": L(opaque(rng, "dk_", 32), CRED), "ble": True}),
        raw(f, f"{a}/v1/telematics", tele, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/telematics/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "bron": L(RENTAL, BUY),
            "points": [{"shoralla": L(la, PRECISE), "dokhalla": L(lo, PRECISE), "t": 1769180400
                        + 600 * i} for i, (la, lo) in enumerate(CAR_TRIP[1:3])],
            "yagorg": 58}),
        case(f, f"{a}/v1/yagorg", fmt="form", headers=_h(rng, **b), body={
            "bron": L(RENTAL, BUY), "akhcha": L("2450.00", BUY), "litr": "40",
            "azs": "azs_argun_07", "chek": obj(rng, "rc")}),
        case(f, f"{a}/v1/gho", headers=_h(rng, **b), body={
            "bron": L(RENTAL, BUY), "mettig": {"shoralla": L(CAR_TRIP[2][0], PRECISE),
                                               "dokhalla": L(CAR_TRIP[2][1], PRECISE)},
            "yoza": L("Tyre pressure warning near Argun, my sister and daughter are with me",
                      TEXT), "telefon": L(E164, TEL)}),
        case(f, f"{a}/v1/mashen/wifi", headers=_h(rng, **b), body={
            "mashen": CAR["id"], "ssid": L(CAR["ssid"], WIFI), "bssid": L(CAR["bssid"], WIFI),
            "ip": L("192.168.43.102", DEV)}),
        case(f, f"{a}/v1/return", headers=_h(rng, **b), body={
            "bron": L(RENTAL, BUY), "office": "off_gud_01",
            "mettig": {"shoralla": rla, "dokhalla": rlo}, "yagorg_pct": 75, "probeg": 42104}),
        inv,
        case(f, f"{a}/v1/lakhar", headers=_h(rng, **b), query={
            "lakhar": L("drop off Gudermes Sunday", SEARCH), "bron": L(RENTAL, BUY)}),
        case(f, f"{a}/v1/tergam", headers=_h(rng, **b), body={
            "bron": L(RENTAL, BUY), "ball": 5,
            "yoza": L("Clean car, the child seat was already fitted at the airport", TEXT)}),
        case(f, f"{a}/v1/bonus", headers=_h(rng, how="none"), cookies={
            "ml_session": L(opaque(rng, "", 40), CRED), "ml_ghirs": L(INSTALL_ID, DID),
            "ml_req": rid(rng)}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ghirs": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ghirs", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/v1/khilamash", gz=True, headers=_h(rng, **b), body={
            "lelorkho": L(USER_ID, UID), "sesiya": obj(rng, "ss"), "khilamash": [
                ev("unlock", 1, mashen=CAR["id"]), ev("ekran", 2, ekran=L("Trip", USAGE))]}),
    ]


def mashenlo_sdks() -> list[Case]:
    rng = random.Random(17262)
    link = U("https://mashenlo.example.com/b", {"bron": L(RENTAL, BUY), "em": L(EMAIL, MAIL),
                                                "ref": "mail"})
    return [
        tk_batch(APP, rng, [("Car Unlocked", {"car": CAR["id"]}),
                            ("Trip Ended", {"km": 282})], at=CAR_TRIP[1], nd=3),
        tk_identify(APP, rng, {"ghala": L(HOME["town"], COARSE), "drivers": 2,
                               "guest": L(SISTER_US[0], NAMEC)}),
        al_launch(APP, rng, first=True),
        al_link(APP, rng, link),
        al_event(APP, rng, "purchase", {"bron": L(RENTAL, BUY)}, revenue=17500.0, hashed=True),
        bs_bid(APP, rng, {"video": {"w": 320, "h": 480}}, keywords="cars,travel,grozny"),
        ct_session(APP, rng, secs=1420),
        fk_eval(APP, rng, {"office": "off_gud_01", "ble_key": True}),
        ap_card(APP, rng, email=True),
        ap_confirm(APP, rng, "17500.00"),
        mt_route(APP, rng, [((AIRPORT["lat"], AIRPORT["lon"]), None), (HOME_AT, PRECISE)]),
        mt_telemetry(APP, rng, CAR_TRIP[1:3], PRECISE),
    ]
