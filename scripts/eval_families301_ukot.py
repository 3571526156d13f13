"""A raffia workshop's customer app "Ukotnkpo" (``ukot`` raffia palm, ``nkpo`` things: a fictional
weavers' workshop in Ikot Ekpene, the raffia town, that takes commissions for raffia chairs,
tables, mats and bags and delivers to Uyo; her sister-in-law took her there). Its API's keys are
Ibibio in ASCII as an Uyo developer writes them (no tone marks or subdots, ``ng`` for the velar
nasal) with the English words shops keep (``email``, ``token``, ``id``, ``order``, ``delivery``,
``lat``/``lng``, ``cm``): ``enying`` first name, ``enying_ekpuk`` surname (lit. "lineage name"),
``nomba_fon`` phone (loan), ``iko_mbubik`` password (lit. "secret word"), ``usen_mana`` birth
date (lit. "day of birth"), ``ufok`` house (the street line), ``obio`` town, ``steti`` state
(loan), ``nomba_customer`` customer number, ``nkpo`` items, ``ukot`` raffia, ``ibaat`` quantity,
``okuk`` amount / price (lit. "money"), ``ukpe`` payment, ``iko`` remark (lit. "words"),
``ndise`` photo, ``usen`` day, ``ini`` time, ``itie`` place, ``owo`` people / user, ``andibo``
receiver (lit. "one who receives"), ``eno`` gift, ``etop`` message, ``yom`` search, ``ami`` me.
Calls: sign-up (``ndisin`` to enter a name), a form log-in, ``/ami``, workshops near her (3
decimals), the commission (chairs, a table, bags), its deposit, a visit booked with her
sister-in-law, the check-in at the workshop with her fix, a photo of the veranda, the order by
number in the path, weave options (msgpack), a protobuf cart sync, a message to the weaver, the
delivery to Uyo with her husband receiving, a gift bag for her mother-in-law, a review, a
search, the receipt by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families301_kit import (
    CUSTOMER,
    HUSBAND,
    MOTHER_IL,
    ORDER,
    SISTER_IL,
    UY_HOME,
    UY_HOME_AT,
    VILLAGE,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families301_sdk import (
    af_crash,
    af_crumb,
    ik_event,
    ik_launch,
    nd_batch,
    nd_identify,
    ub_bid,
)
from eval_families301_svc import hu_message, mi_route, pe_register, po_card, po_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ukotnkpo", "Ukotnkpo", "com.example.ukotnkpo", "2.4.1",
          "https://api.ukotnkpo.example.com")
IID = "X-Ukot-Device"
PW = "Ukot!Ikpa2025"
DOB_NG = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ibb=True, **kw)


def ukotnkpo() -> list[Case]:
    rng = random.Random(30101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    nomba_customer=L(CUSTOMER, UID)))}
    wla, wlo = fix(WORKSHOP_FIX)
    lab: dict[str, str] = {}
    cart = pb([(1, L(CUSTOMER, UID)), (2, [(1, "sku_chair_lo"), (2, 4), (3, L(38000, BUY))]),
               (5, [(1, "sku_bag_mkt"), (2, 2), (3, L(9500, BUY))]), (3, 1765301200),
               (4, L("Pixel 8", DEV))], "", lab)
    order = at_path(case(f, f"{a}/v1/order/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/ndisin", headers=_h(rng), body={
            "enying": L(FIRST, NAMEC), "enying_ekpuk": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nomba_fon": L(E164, TEL), "iko_mbubik": L(PW, CRED), "usen_mana": L(DOB_NG, BIRTH),
            "ufok": L(UY_HOME["line"], ADDR), "obio": L(UY_HOME["town"], COARSE),
            "steti": L(UY_HOME["state"], COARSE), "nomba_customer": L(CUSTOMER, UID),
            "newsletter": False}),
        case(f, f"{a}/v1/ndiduk", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "iko_mbubik": L(PW, CRED), "ti_mi": "1"}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/workshops/ekpere", headers=_h(rng, **b), query={
            "lat": L(f"{UY_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{UY_HOME_AT[1]:.3f}", PRECISE),
            "km": "60"}),
        case(f, f"{a}/v1/order", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "order": L(ORDER, BUY),
            "nkpo": [{"sku": "sku_chair_lo", "ibaat": 4, "okuk": 38000},
                     {"sku": "sku_table_c", "ibaat": 1, "okuk": 45000},
                     {"sku": "sku_bag_mkt", "ibaat": 2, "okuk": 9500}],
            "okuk": L(216000, BUY), "colour": "natural+indigo",
            "iko": L("Chairs low for the veranda, the table round, bags with long handles",
                     TEXT), "nomba_customer": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/ukpe", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "okuk": L("108000.00", BUY), "currency": "NGN",
            "method": L(opaque(rng, "pm_", 24), PAY), "card_last4": L("4444", PAY),
            "kind": "deposit"}),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "usen": "2025-12-13", "ini": "11:00",
            "owo": [{"enying": L(f"{FIRST} {LAST}", NAMEC)},
                    {"enying": L(SISTER_IL[0], NAMEC), "nomba_fon": L(SISTER_IL[1], TEL)}],
            "order": L(ORDER, BUY)}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "itie": {"lat": wla, "lng": wlo, "acc": 9},
            "workshop": {"id": WORKSHOP["id"], "lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]}}),
        at_path(multipart(f, f"{a}/v1/order/{ORDER}/ndise", [
            ("ndise", "veranda.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"order": L(ORDER, BUY), "width_cm": 420,
                                                "depth_cm": 260})],
            headers=_h(rng, **b)), ORDER, BUY),
        order,
        case(f, f"{a}/v1/order/options", fmt="msgpack", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "weave": "twill", "dye": "indigo", "cushions": True,
            "okuk": L(12000, BUY), "nomba_customer": L(CUSTOMER, UID)}),
        raw(f, f"{a}/v1/cart/sync", cart, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/etop", headers=_h(rng, **b), body={
            "to": "weaver_ekemini", "order": L(ORDER, BUY),
            "etop": L("Mme Ekemini, please make the second bag a little smaller, sosongo", TEXT)}),
        case(f, f"{a}/v1/delivery", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "ufok": L(UY_HOME["line"], ADDR),
            "obio": L(UY_HOME["town"], COARSE), "postcode": L(UY_HOME["post"], COARSE),
            "andibo": {"enying": L(HUSBAND[0], NAMEC), "nomba_fon": L(HUSBAND[1], TEL)},
            "usen": "2026-01-09", "van": "vn_03"}),
        case(f, f"{a}/v1/eno", headers=_h(rng, **b), body={
            "sku": "sku_bag_mkt", "okuk": L(9500, BUY),
            "andibo": {"enying": L(MOTHER_IL[0], NAMEC), "nomba_fon": L(MOTHER_IL[1], TEL),
                       "idung": L(VILLAGE["idung"], COARSE)},
            "etop": L("Eka, this bag is for the market, from Jane and Aniekan", TEXT)}),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "workshop": WORKSHOP["id"], "stars": "5",
            "iko": L("Beautiful tight weave, the chairs arrived safe in Uyo", TEXT)}),
        case(f, f"{a}/v1/yom", headers=_h(rng, **b), query={
            "yom": L("raffia lampshade indigo", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/risit/latest", headers=_h(rng, how="none"), cookies={
            "uk_session": L(opaque(rng, "", 40), CRED), "uk_device": L(INSTALL_ID, DID),
            "uk_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "events": [
                ev("order_placed", 1, okuk=L(216000, BUY)), ev("screen", 2,
                                                               screen=L("OrderTrack", USAGE))]}),
        case(f, f"{a}/v1/ndiworo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ukotnkpo_sdks() -> list[Case]:
    rng = random.Random(30102)
    return [
        nd_batch(APP, rng, [("Order Placed", {"total": L(216000, BUY)}),
                            ("Visit Checked In", {"workshop": WORKSHOP["id"]})],
                 at=WORKSHOP_FIX, nd=2),
        nd_identify(APP, rng, {"obio": L("Uyo", COARSE), "nomba_customer": L(CUSTOMER, UID),
                               "orders": 2}),
        ik_launch(APP, rng, first=True),
        ik_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=216000.0,
                 hashed=True),
        ub_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=UY_HOME_AT, nd=3,
               keywords="furniture,raffia,decor"),
        af_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [af_crumb("nav", "Order -> Ndise"),
                  af_crumb("net", "POST", {"url": f"{APP.api}/v1/visits", "status": 201})],
                 screen="NdiseActivity"),
        pe_register(APP, rng, lang="en", at=UY_HOME_AT, nd=2,
                    tags={"workshop": WORKSHOP["id"], "obio": L("Uyo", COARSE)}),
        po_card(APP, rng),
        po_confirm(APP, rng, "108000.00"),
        mi_route(APP, rng, [(UY_HOME_AT, PRECISE), ((WORKSHOP["lat"], WORKSHOP["lon"]), None)]),
        hu_message(APP, rng, L(f"Order {ORDER}: the delivery date moved twice", f"{TEXT}|{BUY}"),
                   {"nomba_customer": L(CUSTOMER, UID)}),
    ]
