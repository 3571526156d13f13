"""An event hall's booking app "Mbonohall" (``mbono`` gathering: a fictional event hall in Uyo with
in-house catering and decor; she books it for her father-in-law's seventieth birthday
thanksgiving in February). Its API's keys are Ibibio in ASCII with the English words event apps
keep (``email``, ``token``, ``hall``, ``decor``, ``table``, ``lat``/``lng``): ``enying`` name,
``enying_ekpuk`` surname, ``nomba_fon`` phone, ``iko_mbubik`` password, ``kod`` code, ``mbono``
event, ``ufok_mbono`` hall (lit. "house of gathering"), ``owo`` guests / user, ``ibaat_owo``
number of guests, ``ete_ebe`` father-in-law (lit. "husband's father"), ``isua`` age, ``udia``
food, ``mmin`` drinks, ``okuk`` amount, ``ukpe`` payment, ``akaunt`` account (loan), ``usen``
day, ``ini`` time, ``itie`` place, ``ekpere`` near, ``ndise`` photo, ``nwed`` document, ``iko``
words, ``etop`` message, ``yom`` search, ``ami`` me. Calls: sign-up, an SMS code, ``/ami``,
halls near her (2 decimals), a quote, the booking (the celebrant and his age), the deposit, a
site visit with her fix, a photo of the stage, the guest tables (JSON Lines), decor (msgpack),
the menu with a diabetic uncle's note, the contract signature, the balance by bank transfer, the
booking by number in the path, a message to the hall manager, the vendors' access list
(protobuf), a review, a preferences cookie (base64 JSON), push and events."""

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
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families301_kit import (
    FATHER_IL,
    HALL,
    HALL_BOOKING,
    HALL_FIX,
    HUSBAND,
    MOTHER_IL,
    NG_ACCOUNT,
    SISTER_IL,
    UY_HOME_AT,
    fix,
    hd,
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
from eval_families301_svc import fe_eval, hu_attach, mi_reverse, pe_register, po_wallet
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("mbonohall", "Mbonohall", "com.example.mbonohall", "1.7.4",
          "https://api.mbonohall.example.com")
IID = "X-Mbono-Install"
PW = "Mbono70!Obong"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ibb=True, **kw)


def mbonohall() -> list[Case]:
    rng = random.Random(30161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL)))}
    vla, vlo = fix(HALL_FIX)
    lab: dict[str, str] = {}
    access = pb([(1, L(HALL_BOOKING, BUY)), (2, "2026-02-14"),
                 (3, [(1, "Caterer: Afang Kitchen"), (2, "+2348029911804")]),
                 (4, [(1, L(HUSBAND[0], "contact.name")), (2, L(HUSBAND[1], TEL))]),
                 (5, L(E164, TEL))], "", lab)
    bk = at_path(case(f, f"{a}/v1/mbono/{HALL_BOOKING}", headers=_h(rng, **b)),
                 HALL_BOOKING, BUY)
    return [
        case(f, f"{a}/v1/ndisin", headers=_h(rng), body={
            "enying": L(FIRST, NAMEC), "enying_ekpuk": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nomba_fon": L(E164, TEL), "iko_mbubik": L(PW, CRED)}),
        case(f, f"{a}/v1/kod", fmt="form", headers=_h(rng), body={
            "nomba_fon": L(E164, TEL), "kod": L("582044", CRED)}),
        case(f, f"{a}/v1/ami", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ufok_mbono/ekpere", headers=_h(rng, **b), query={
            "lat": L(f"{UY_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{UY_HOME_AT[1]:.2f}", COARSE),
            "km": "10"}),
        case(f, f"{a}/v1/quotes", headers=_h(rng, **b), body={
            "hall": HALL["id"], "usen": "2026-02-14", "ibaat_owo": 250,
            "udia_per_head": 6500, "decor": "gold_white", "okuk": L(2375000, BUY)}),
        case(f, f"{a}/v1/mbono", headers=_h(rng, **b), body={
            "hall": HALL["id"], "booking": L(HALL_BOOKING, BUY), "usen": "2026-02-14",
            "ini": "12:00", "mbono": "birthday_thanksgiving",
            "celebrant": {"enying": L(FATHER_IL[0], NAMEC), "isua": L(70, BIRTH)},
            "ete_ebe": True, "okuk": L(2375000, BUY),
            "contact": {"enying": L(HUSBAND[0], NAMEC), "nomba_fon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/ukpe", fmt="form", headers=_h(rng, **b), body={
            "booking": L(HALL_BOOKING, BUY), "okuk": L("1000000.00", BUY), "currency": "NGN",
            "method": L(opaque(rng, "pm_", 24), PAY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/v1/visits/checkin", headers=_h(rng, **b), body={
            "booking": L(HALL_BOOKING, BUY), "itie": {"lat": vla, "lng": vlo},
            "hall": {"lat": HALL["lat"], "lng": HALL["lon"]}}),
        multipart(f, f"{a}/v1/ndise", [
            ("ndise", "stage.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"booking": L(HALL_BOOKING, BUY),
                                                "iko": L("Put the high table here", TEXT)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/tables", [
            {"table": 1, "owo": [L(FATHER_IL[0], NAMEC), L(MOTHER_IL[0], NAMEC)]},
            {"table": 2, "owo": [L(SISTER_IL[0], NAMEC), L("Okon Udofia", NAMEC)]},
            {"table": 3, "owo": [L("Rev. Edet Akpan", NAMEC)], "note": "clergy"}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/decor", fmt="msgpack", headers=_h(rng, **b), body={
            "booking": L(HALL_BOOKING, BUY), "colours": ["gold", "white"], "stage": "arch",
            "balloons": 120, "okuk": L(350000, BUY)}),
        case(f, f"{a}/v1/udia/menu", headers=_h(rng, **b), body={
            "booking": L(HALL_BOOKING, BUY),
            "udia": ["afang_soup", "edikang_ikong", "jollof_rice", "fried_plantain"],
            "mmin": ["palm_wine", "malt", "water"],
            "iko": L("Uncle Okon Udofia is diabetic, please keep sugar-free drinks at table 2",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/contract/sign", [
            ("signature", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28),
                                                           MEDIA)),
            ("form", None, "application/json", {"booking": L(HALL_BOOKING, BUY),
                                                "signed_by": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ukpe/transfer", headers=_h(rng, **b), body={
            "booking": L(HALL_BOOKING, BUY), "okuk": L(1375000, BUY),
            "akaunt": L(NG_ACCOUNT, PAY), "bank": "058", "reference": rid(rng)}),
        bk,
        case(f, f"{a}/v1/etop", headers=_h(rng, **b), body={
            "to": "manager_hl_ibm", "booking": L(HALL_BOOKING, BUY),
            "etop": L("Please let the band set up from 9 am, my husband will be there", TEXT)}),
        raw(f, f"{a}/v1/vendors/access", access, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reviews", fmt="form", headers=_h(rng, **b), body={
            "hall": HALL["id"], "stars": "5",
            "iko": L("Papa was so happy, the afang soup finished first", TEXT)}),
        case(f, f"{a}/v1/yom", headers=_h(rng, **b), query={
            "yom": L("live band highlife Uyo", SEARCH)}),
        case(f, f"{a}/v1/prefs", headers=_h(rng, **b), cookies={
            "mb_sess": L(opaque(rng, "", 40), CRED),
            "mb_prefs": W({"booking": L(HALL_BOOKING, BUY), "lang": L("ibb", DEV)},
                          "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "owo": L(USER_ID, UID), "events": [
                ev("booking_made", 1), ev("screen", 2, screen=L("Tables", USAGE))]}),
    ]


def mbonohall_sdks() -> list[Case]:
    rng = random.Random(30162)
    return [
        nd_batch(APP, rng, [("Hall Booked", {"total": L(2375000, BUY)}),
                            ("Visit Checked In", {})], at=HALL_FIX, nd=3),
        nd_identify(APP, rng, {"obio": L("Uyo", COARSE), "events": 1}),
        ik_launch(APP, rng, first=True),
        ik_event(APP, rng, "purchase", {"booking": L(HALL_BOOKING, BUY)}, revenue=1000000.0,
                 currency="NGN", hashed=True),
        ub_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="events,party,uyo"),
        af_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "table 4"),
                 [af_crumb("nav", "Tables -> Edit")], screen="TablesActivity"),
        fe_eval(APP, rng, {"hall": HALL["id"], "city": L("Uyo", COARSE)}, hdr=True),
        pe_register(APP, rng, at=UY_HOME_AT, nd=2, tags={"hall": HALL["id"]}),
        po_wallet(APP, rng, "375000", L(E164, TEL)),
        mi_reverse(APP, rng, HALL_FIX, PRECISE, nd=5),
        hu_attach(APP, rng, L(PDF, MEDIA), "contract.pdf", "application/pdf"),
    ]
