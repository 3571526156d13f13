"""Country-food air-cargo app "Niqituinnaq" (``niqituinnaq`` country food, lit. "real food": a
fictional cargo booking service for frozen game and fish flown between communities; her
brother-in-law ships caribou, Arctic char and maktaaq from Igloolik to her in Iqaluit, she pays as
consignee and claims the harvesters' subsidy). Keys: ``atiq``, ``ilagiit_atiq``, ``email``,
``uqaalautiq``, ``isiqsiut``, ``kuudi``, ``najugaq``, ``nunalik``, ``akauntii``, ``tunisiji``
shipper (lit. giver), ``tigusiji`` consignee (lit. receiver), ``anguniaqti`` hunter,
``inuk_nampa`` beneficiary number, ``puuq`` box, ``uqumaitsuninga`` weight, ``tuktu`` caribou,
``iqaluppik`` Arctic char, ``maktaaq`` whale skin, ``avikkut`` shares, ``kiinaujaq``,
``akiliiniq``, ``sumiinniq``, ``ajjiliuqtaq``, ``titiraq``, ``qinirniq``, ``ilagiit`` family
(contacts), ``uvanga``, ``atuqti``, ``pisimajut``, ``takuvvik``, ``anniq``: sign-up, an SMS log-in,
``/uvanga``, rates, the booking, the subsidy declaration (the hunter's beneficiary number), the
payment, tracking (query and protobuf), the pick-up code, a pick-up at the shed with her fix, a
thawed-box claim (photo), the shares for the family (msgpack), a message, the waybill in the path,
receipts by cookie, family invited from her address book, a phone change, a search, push, events
and a log-out. Set 203's freezer-locker app stores game meat in Nuuk; this one books its flight
between communities (no earlier set has air cargo: a docstring grep found none)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
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
    SENS,
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
from eval_families24_kit import claims
from eval_families217_kit import (
    BROTHER_IL,
    CARGO_FIX,
    CARGO_IGL,
    CARGO_IQA,
    HOME_AT,
    HUSBAND,
    IQ_HOME,
    MOTHER_IL,
    SHIPPER_ACCT,
    SISTER_US,
    WAYBILL,
    fix,
    hd,
    obj,
    push,
)
from eval_families217_sdk import (
    bn_bid,
    bn_notice,
    cp_session,
    km_batch,
    km_queue,
    mt_event,
    mt_launch,
)
from eval_families217_svc import cs_check, fq_eval, kp_etransfer, ms_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("niqituinnaq", "Niqituinnaq", "com.example.niqituinnaq", "1.6.4",
          "https://api.niqituinnaq.example.net")
IID = "X-Niqi-Device"
PW = "Tuktu&Char2026"
NID = "personal.national_id"
HUNTER_BEN = "NTI-0217-11904"  # her brother-in-law's beneficiary number (another person's)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, iu=True, **kw)


def niqituinnaq() -> list[Case]:
    rng = random.Random(21751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, uqaalautiq=L(E164, TEL),
                                    akauntii=L(SHIPPER_ACCT, UID)))}
    cla, clo = fix(CARGO_FIX, 5)
    lab: dict[str, str] = {}
    track = pb([(1, L(SHIPPER_ACCT, UID)), (2, L(WAYBILL, BUY)), (3, "arrived_yfb"),
                (4, 1768800000), (5, CARGO_IQA["id"])], "", lab)
    wb = at_path(case(f, f"{a}/v1/waybills/{WAYBILL}", headers=_h(rng, **b)), WAYBILL, BUY)
    book = [{"puuq": 1, "uqumaitsuninga": 22.5, "tuktu": True},
            {"puuq": 2, "uqumaitsuninga": 14.0, "iqaluppik": True},
            {"puuq": 3, "uqumaitsuninga": 9.5, "maktaaq": True}]
    return [
        case(f, f"{a}/v1/atiliurniq", headers=_h(rng), body={
            "atiq": L(FIRST, NAMEC), "ilagiit_atiq": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "uqaalautiq": L(E164, TEL), "isiqsiut": L(PW, CRED),
            "najugaq": L(IQ_HOME["line"], ADDR), "nunalik": L(IQ_HOME["town"], COARSE),
            "akauntii": L(SHIPPER_ACCT, UID)}),
        case(f, f"{a}/v1/isirniq/sms", fmt="form", headers=_h(rng), body={
            "uqaalautiq": L(E164, TEL), "kuudi": L("119305", CRED)}),
        case(f, f"{a}/v1/uvanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/rates", headers=_h(rng, **b), query={
            "from": "YGT", "to": "YFB", "kg": "46", "frozen": "true"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "from": CARGO_IGL["id"], "to": CARGO_IQA["id"],
            "tunisiji": {"atiq": L(BROTHER_IL[0], NAMEC), "uqaalautiq": L(BROTHER_IL[1], TEL),
                         "nunalik": L("Igloolik", COARSE)},
            "tigusiji": {"atiq": L(f"{FIRST} {LAST}", NAMEC), "uqaalautiq": L(E164, TEL),
                         "akauntii": L(SHIPPER_ACCT, UID)},
            "puuqs": book, "kiinaujaq": L(187.6, BUY), "payer": "tigusiji"}),
        case(f, f"{a}/v1/subsidy", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "anguniaqti": L(BROTHER_IL[0], NAMEC),
            "inuk_nampa": L(HUNTER_BEN, f"{SENS}|{NID}"), "harvest_area": "IG-07",
            "species": ["tuktu", "iqaluppik", "qilalugaq"], "personal_use": True}),
        case(f, f"{a}/v1/akiliiniq", fmt="form", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "kiinaujaq": L("112.56", BUY), "currency": "CAD",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/tracking", headers=_h(rng, **b), query={"waybill": L(WAYBILL, BUY)}),
        raw(f, f"{a}/v1/tracking/poll", track, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pickup/code", fmt="form", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "pickup_code": L("5821", CRED)}),
        case(f, f"{a}/v1/pickup", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "sumiinniq": {"lat": cla, "lon": clo},
            "shed": {"id": CARGO_IQA["id"], "lat": CARGO_IQA["lat"], "lon": CARGO_IQA["lon"]},
            "picked_by": L(HUSBAND[0], NAMEC)}),
        multipart(f, f"{a}/v1/claims", [
            ("ajjiliuqtaq", "box3.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "waybill": L(WAYBILL, BUY), "puuq": 3,
                "titiraq": L("Box 3 arrived thawed, the maktaaq smells off", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/avikkut", fmt="msgpack", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "avikkut": [
                {"atiq": L(MOTHER_IL[0], NAMEC), "uqaalautiq": L(MOTHER_IL[1], TEL), "kg": 6},
                {"atiq": L(HUSBAND[0], NAMEC), "kg": 10}]}),
        case(f, f"{a}/v1/titiraq", headers=_h(rng, **b), body={
            "to": CARGO_IQA["id"], "thread": obj(rng, "th"),
            "titiraq": L("Please keep box 1 in the freezer until 5, I am still at school",
                         TEXT)}),
        wb,
        case(f, f"{a}/v1/receipts", headers=_h(rng, how="none"), cookies={
            "nq_sid": L(opaque(rng, "", 40), CRED), "nq_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ilagiit/invite", headers=_h(rng, **b), body={"ilagiit": [
            {"atiq": L(HUSBAND[0], CONTACTS), "uqaalautiq": L(HUSBAND[1], CONTACTS)},
            {"atiq": L(BROTHER_IL[0], CONTACTS), "uqaalautiq": L(BROTHER_IL[1], CONTACTS)},
            {"atiq": L(SISTER_US[0], CONTACTS), "uqaalautiq": L(SISTER_US[1], CONTACTS)}],
            "source": "address_book"}),
        case(f, f"{a}/v1/uvanga", headers=_h(rng, **b), body={
            "uqaalautiq": L(NATIONAL, TEL), "inuulirvik": L("1991", BIRTH),
            "angut_arnaq": L("arnaq", GENDER)}),
        case(f, f"{a}/v1/qinirniq", headers=_h(rng, **b), query={
            "q": L("insulated cooler box 40 L", SEARCH)}),
        case(f, f"{a}/v1/qarasaujaq", headers=_h(rng, **b), body=push(push_token(rng),
                                                                        lang="iu_CA")),
        case(f, f"{a}/v1/pisimajut", gz=True, headers=_h(rng, **b), body={
            "atuqti": L(USER_ID, UID), "pisimajut": [
                ev("booking_made", 1, kiinaujaq=L(187.6, BUY)),
                ev("takuvvik", 2, takuvvik=L("Tracking", USAGE))]}),
        case(f, f"{a}/v1/anniq", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "qarasaujaq": L(INSTALL_ID, DID)}),
    ]


def niqituinnaq_sdks() -> list[Case]:
    rng = random.Random(21752)
    return [
        km_batch(APP, rng, [("Booking Made", {"kg": 46}), ("Tracking Opened", {})],
                 at=HOME_AT, nd=2, locale="iu_CA"),
        km_queue(APP, rng, [("Claim Started", {"box": 3}), ("Photo Added", {})]),
        mt_launch(APP, rng, first=True),
        mt_event(APP, rng, "purchase", {"waybill": L(WAYBILL, BUY)}, revenue=112.56,
                 currency="CAD", hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2, yob=1991,
               gender="F"),
        bn_notice(APP, rng, "imp"),
        cp_session(APP, rng, secs=301),
        fq_eval(APP, rng, {"route": "YGT-YFB", "frozen": True}),
        pg_register(APP, rng, lang="iu", tags={"route": "YGT-YFB"}),
        cs_check(APP, rng, {"analytics": True, "ads": False}),
        kp_etransfer(APP, rng, "75.00", {"phone": L(BROTHER_IL[1], TEL)},
                     memo=L("For the caribou and the gas, qujannamiik", TEXT)),
        ms_route(APP, rng, [((CARGO_IQA["lat"], CARGO_IQA["lon"]), None), (HOME_AT, PRECISE)]),
    ]
