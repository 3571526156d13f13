"""A kanduli (thanksgiving feast) caterer's app "Kandulian" (Marawi; she orders the kanduli for
her son's "pagtamat", his completion of the Qur'an reading, at her mother-in-law's shelter; its
API's keys are Maranao: ``ngaran``/``apelyido`` name, ``selpon`` mobile, ``sekreto`` password,
``okasyon`` occasion, ``bisita`` guests, ``kambing`` goats, ``sapi`` cattle, ``bogas`` rice,
``kakan`` food, ``arga`` price, ``bayad`` payment, ``paunang_bayad`` deposit, ``darpa_a_kanduli``
feast place, ``tomarima`` receiver, ``imam``, ``sambayang`` prayer, ``agama`` religion,
``puasa`` fast, ``katharo`` remark, ``bitoon`` rating, ``pangilay`` search, ``walay`` house):
sign-up, an SMS code, ``/ako``, the packages, the feast ordered (the venue's address and her
pin), the menu (msgpack), a deposit, the imam's prayer booked, the guest list, the invitation
text, her arrival at the feast with her fix, feast photos, the balance by e-wallet, the receipt by
order number in the path, a review, a search, Ramadan iftar packs, the rider's contact, push,
events and a log-out. "kanduli" matched nothing in the sets' file names and docstrings; caterers
exist (sets 118, 148, 150, 155) for other feasts."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families280_kit import (
    EWALLET,
    FEAST,
    HOME_AT,
    HUSBAND,
    KITCHEN,
    MIL_LINE,
    MOTHER_IL,
    SISTER_US,
    SON,
    TZ,
    VENUE_FIX,
    fix,
    hd,
)
from eval_families280_sdk import (
    ct_session,
    gb_bid,
    ok_batch,
    ok_pixel,
    sm_event,
    sm_launch,
    sm_link,
)
from eval_families280_svc import cp_card, cp_confirm, md_route, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kandulian", "Kandulian", "com.example.kandulian", "2.0.6",
          "https://api.kandulian.example.net")
IID = "X-Kandulian-Gamit"
PW = "Pagtamat@2025"
KID = f"{SON['first']} {SON['last']}"
CUSTOMER = "KND-CU-40518"  # her customer account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mrw=True, **kw)


def kandulian() -> list[Case]:
    rng = random.Random(28061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, customer=L(CUSTOMER, UID), selpon=L(E164, TEL)))}
    vla, vlo = fix(VENUE_FIX)
    receipt = at_path(case(f, f"{a}/api/v2/order/{FEAST}/resibo", headers=_h(rng, **b)),
                      FEAST, BUY)
    return [
        case(f, f"{a}/api/v2/pagrehistro", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(NATIONAL, TEL), "sekreto": L(PW, CRED), "customer": L(CUSTOMER, UID),
            "syudad": L("Iligan City", "location.coarse")}),
        case(f, f"{a}/api/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "selpon": L(E164, TEL), "kodigo": L("884120", CRED)}),
        case(f, f"{a}/api/v2/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/packages", headers=_h(rng, **b), query={
            "kitchen": KITCHEN["id"], "bisita": "120", "halal": "true"}),
        case(f, f"{a}/api/v2/order", headers=_h(rng, **b), body={
            "order": L(FEAST, BUY), "customer": L(CUSTOMER, UID),
            "okasyon": L("pagtamat (Qur'an khatam) o wata ko", f"{TEXT}|{SENS}"),
            "petsa": "2025-12-20", "bisita": 120, "kambing": 2, "sapi": 0,
            "bogas_kaban": 3, "arga": L(68500, BUY), "pirak": "PHP",
            "darpa_a_kanduli": {"walay": L(MIL_LINE, ADDR),
                                "lat": L(round(VENUE_FIX[0], 5), PRECISE),
                                "lng": L(round(VENUE_FIX[1], 5), PRECISE)},
            "kitchen": {"id": KITCHEN["id"], "lat": KITCHEN["lat"], "lng": KITCHEN["lon"]}}),
        case(f, f"{a}/api/v2/order/menu", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(FEAST, BUY), "kakan": [
                {"dish": "piaparan a manok", "trays": 12}, {"dish": "kambing a tiyula itum",
                                                            "trays": 8},
                {"dish": "dodol", "trays": 4}, {"dish": "palapa", "jars": 6}],
            "katharo": L("Ayaw ka pakapasha sa palapa so kakan o manga wata", TEXT)}),
        case(f, f"{a}/api/v2/order/update", headers=_h(rng, **b), body={
            "order": L(FEAST, BUY), "bisita": 140, "kambing": 3, "arga": L(79200, BUY),
            "katharo": L("Miyamakadakel so bisita phoon sa Tugaya", TEXT)}),
        case(f, f"{a}/api/v2/bayad/paunang", fmt="form", headers=_h(rng, **b), body={
            "order": L(FEAST, BUY), "arga": L("20000.00", BUY), "pirak": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ulihan_a_4": L("4444", PAY)}),
        case(f, f"{a}/api/v2/imam", headers=_h(rng, **b), body={
            "order": L(FEAST, BUY), "imam": L("Imam Abdulrahman Sarip", NAMEC),
            "sambayang": L("doa a kanduli ago tilawa", SENS), "agama": L("Islam", SENS),
            "oras": "ba'da Asr"}),
        case(f, f"{a}/api/v2/bisita", headers=_h(rng, **b), body={
            "order": L(FEAST, BUY), "bisita": [
                {"ngaran": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL)},
                {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
                {"ngaran": L(SISTER_US[0], NAMEC), "selpon": L(SISTER_US[1], TEL)}]}),
        case(f, f"{a}/api/v2/invitation", headers=_h(rng, **b), body={
            "order": L(FEAST, BUY), "template": "okir_gold",
            "text": L(f"Pamagogoda kami sa kanduli a kapagtamat o {KID} sa Qur'an, "
                      "Disyembre 20 ba'da Asr.", f"{TEXT}|{SENS}|{NAMEC}")}),
        case(f, f"{a}/api/v2/order/arrive", headers=_h(rng, **b), body={
            "order": L(FEAST, BUY), "lugar": {"lat": vla, "lng": vlo, "acc": 7},
            "oras": "2025-12-20T15:40+08:00"}),
        multipart(f, f"{a}/api/v2/order/photos", [
            ("litrato", "kanduli_1.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "order": L(FEAST, BUY),
                "caption": L("So kanduli a kapagtamat o wata ami", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/bayad/ewallet", headers=_h(rng, **b), body={
            "order": L(FEAST, BUY), "ewallet": L(EWALLET, TEL), "arga": L(48500, BUY),
            "reference": rid(rng)}),
        receipt,
        case(f, f"{a}/api/v2/bitoon", fmt="form", headers=_h(rng, **b), body={
            "kitchen": KITCHEN["id"], "bitoon": "5",
            "katharo": L("Mapia so kambing, kiyalipayan so manga bisita!", TEXT)}),
        case(f, f"{a}/api/v2/pangilay", headers=_h(rng, **b), query={
            "pangilay": L("kanduli 120 bisita kambing Marawi", SEARCH)}),
        case(f, f"{a}/api/v2/iftar/subscribe", headers=_h(rng, **b), body={
            "customer": L(CUSTOMER, UID), "puasa": L("Ramadan 1447", SENS),
            "packs": 30, "arga": L(4500, BUY), "oras_a_kaawid": "17:30"}),
        case(f, f"{a}/api/v2/order/rider", fmt="form", headers=_h(rng, **b), body={
            "order": FEAST, "kontak": L(HUSBAND[1], TEL), "gate": "Shelter Row C"}),
        case(f, f"{a}/api/v2/gamit", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "gamit_id": L(INSTALL_ID, DID),
            "basa": L("mrw", DEV), "oras_zona": L(TZ, DEV), "modelo": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, okasyon=L("pagtamat", SENS)),
                ev("screen", 2, screen=L("Imam", USAGE))]}),
        case(f, f"{a}/api/v2/liyo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID)}),
    ]


def kandulian_sdks() -> list[Case]:
    rng = random.Random(28062)
    link = U("https://kandulian.example.net/o", {"order": L(FEAST, BUY), "ref": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        ok_batch(APP, rng, [("Feast Ordered", {"guests": 120, "total": L(68500, BUY)}),
                            ("Imam Booked", {"occasion": L("pagtamat", SENS)})],
                 at=VENUE_FIX, nd=3),
        ok_pixel(APP, rng, "Packages Viewed", {"guests": 120}),
        sm_launch(APP, rng, first=True),
        sm_link(APP, rng, link),
        sm_event(APP, rng, "purchase", {"order": L(FEAST, BUY)}, revenue=68500.0,
                 currency="PHP", hashed=True),
        gb_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=HOME_AT, nd=2,
               keywords="food,catering,feast"),
        ct_session(APP, rng, secs=964),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "20000.00", "php"),
        md_route(APP, rng, [((KITCHEN["lat"], KITCHEN["lon"]), None), (VENUE_FIX, PRECISE)]),
        pl_register(APP, rng, lang="mrw", at=HOME_AT, nd=2,
                    tags={"ramadan_iftar": L(True, SENS)}),
    ]
