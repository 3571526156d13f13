"""Touring mobile-theatre ticket app "Mancharath" (``mancha`` stage, ``rath`` chariot: the
season's travelling troupes play in tents in each town from August to April; she takes her
mother-in-law to a play in Jorhat). Keys are Assamese in Latin letters with English ones:
``naam`` name, ``gupt_xobdo`` password, ``xohor`` town, ``rasik`` fan (her fan-club account),
``prodorxon`` show, ``ocholot`` nearby, ``durotwo`` distance, ``dol`` troupe, ``natok`` play,
``asan`` seats, ``xari`` row, ``tiket`` ticket / booking, ``mut`` total, ``bhugtan`` payment,
``porimaan`` amount, ``uphar`` gift, ``prapok`` recipient, ``probex`` entry, ``jolpan``
snacks, ``protikriya`` review, ``mulyankon`` rating, ``montobyo`` remark, ``sondhan`` search,
``onusoron`` follow, ``shilpi`` actor, ``ghuraai`` refund, ``karon`` reason, ``gari`` vehicle,
``heruwa`` lost, ``barta`` message, ``okhyangxo`` / ``dragimangxo`` latitude / longitude): a
sign-up, an OAuth password grant, ``/moi``, shows near her (2 decimals), a troupe's plays, a
seat map, four seats booked, the payment by UPI, the booking by number in the path, a gift
ticket for her mother-in-law, the gate entry with her fix, snacks (msgpack), a review, a search,
following an actor, a refund after a rained-off show, parking, a lost item, a message to the
organisers (her mother-in-law's wheelchair), a receipt by cookie, push, events (gzip) and a
log-out. A docstring grep for "theatre" found an earlier children's Konkani tiatr workshop and
show-ticket app; this is an adult's ticketing for touring tent theatre, with no workshop."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    MAIL,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families191_kit import (
    HOME,
    HOME_AT,
    IN_PHONE,
    MOTHER_IL,
    PANDAL,
    PANDAL_FIX,
    PLATE,
    TICKET,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families191_sdk import (
    bj_bid,
    bj_notice,
    cr_crash,
    cr_crumb,
    lm_batch,
    lm_identify,
    lm_pixel,
    ts_event,
    ts_launch,
)
from eval_families191_svc import cx_save, hg_message, pk_register, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mancharath", "Mancharath", "com.example.mancharath", "4.0.3",
          "https://api.mancharath.example.com")
IID = "X-Mancharath-Device"
PW = "Natok#Jorhat2025"
FAN = "RSK-0061842"  # her fan-club account (id.user)
SHOW = "pr_nil_jrt_0214"
VPAL = f"{PAY}|{TEL}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, asm=True, **kw)


def mancharath() -> list[Case]:
    rng = random.Random(19151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), rasik=L(FAN, UID)))}
    pla, plo = fix(PANDAL_FIX)
    booking = at_path(case(f, f"{a}/v2/tiket/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v2/auth/signup", headers=_h(rng), body={
            "naam": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phone": L(IN_PHONE, TEL), "gupt_xobdo": L(PW, CRED),
            "xohor": L(HOME["town"], COARSE), "rasik": L(FAN, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "mancharath-android"}),
        case(f, f"{a}/v2/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/prodorxon/ocholot", headers=_h(rng, **b), query={
            "okhyangxo": L(f"{HOME_AT[0]:.2f}", COARSE),
            "dragimangxo": L(f"{HOME_AT[1]:.2f}", COARSE), "durotwo": "40"}),
        case(f, f"{a}/v2/dol/dl_nilanjana/natok", headers=_h(rng, **b),
             query={"season": "2025-26"}),
        case(f, f"{a}/v2/prodorxon/{SHOW}/asan", headers=_h(rng, **b)),
        case(f, f"{a}/v2/tiket", headers=_h(rng, **b), body={
            "prodorxon": SHOW, "pandal": PANDAL["id"], "xari": "C",
            "asan": ["C-11", "C-12", "C-13", "C-14"], "tiket": L(TICKET, BUY),
            "mut": L(1600, BUY), "rasik": L(FAN, UID), "lock": obj(rng, "lk")}),
        case(f, f"{a}/v2/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "porimaan": L("1600.00", BUY), "mudra": "INR",
            "upi": L(VPA, VPAL)}),
        booking,
        case(f, f"{a}/v2/uphar", headers=_h(rng, **b), body={
            "prapok": {"naam": L(MOTHER_IL[0], NAMEC), "mobile": L(MOTHER_IL[1], TEL)},
            "barta": L("Ma, xonibare Nilanjanar notun natok, apunak loi jam", TEXT),
            "tiket": L(TICKET, BUY), "asan": "C-11"}),
        case(f, f"{a}/v2/probex", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "sthan": {"okhyangxo": pla, "dragimangxo": plo},
            "pandal": {"id": PANDAL["id"], "okhyangxo": PANDAL["lat"],
                       "dragimangxo": PANDAL["lon"]}, "gate": "g2"}),
        case(f, f"{a}/v2/jolpan", fmt="msgpack", headers=_h(rng, **b), body={
            "asan": "C-12", "bostu": [{"naam": "ghugni", "poriman": 2, "dam": 40},
                                      {"naam": "sah", "poriman": 4, "dam": 15}],
            "porimaan": L(140, BUY), "tiket": L(TICKET, BUY)}),
        case(f, f"{a}/v2/protikriya", fmt="form", headers=_h(rng, **b), body={
            "natok": "nt_bhaiti", "mulyankon": "4",
            "montobyo": L("Dwitiyo ankot xobdo bhal nasil, kintu abhinoy asadharan", TEXT)}),
        case(f, f"{a}/v2/sondhan", headers=_h(rng, **b), query={
            "q": L("Nilanjana theatre Jorhat February", SEARCH)}),
        case(f, f"{a}/v2/onusoron", fmt="form", headers=_h(rng, **b), body={
            "shilpi": "sp_0412", "rasik": L(FAN, UID)}),
        case(f, f"{a}/v2/ghuraai", headers=_h(rng, **b), body={
            "tiket": L("MR-25-J-39877", BUY), "porimaan": L(800, BUY),
            "karon": L("Borokhunot pandal tupale, prodorxon bondho hol", TEXT),
            "upi": L(VPA, VPAL)}),
        case(f, f"{a}/v2/parking", headers=_h(rng, **b), body={
            "gari": PLATE, "tiket": L(TICKET, BUY), "porimaan": L(50, BUY)}),
        case(f, f"{a}/v2/heruwa", headers=_h(rng, **b), body={
            "barta": L("C xarit eta kola chador heral, paile +917002418536 ot phone koribo",
                       f"{TEXT}|{TEL}"), "prodorxon": SHOW}),
        case(f, f"{a}/v2/barta", headers=_h(rng, **b), body={
            "prapok": "ayojok_jorhat",
            "barta": L("Mor xahu huilchairot thake, pandalot ramp ase ne?",
                       f"{TEXT}|personal.sensitive")}),
        case(f, f"{a}/v2/roxid", headers=_h(rng, how="none"), cookies={
            "mr_sesion": L(opaque(rng, "", 40), CRED), "mr_yontro": L(INSTALL_ID, DID),
            "mr_req": rid(rng)}),
        case(f, f"{a}/v2/yontro", headers=_h(rng, **b), body=push(push_token(rng), "as_IN")),
        case(f, f"{a}/v2/ghotona", gz=True, headers=_h(rng, **b), body={
            "byabohari": L(USER_ID, UID), "ghotona": [
                ev("tiket_kinilu", 1, porimaan=L(1600, BUY)),
                ev("porda", 2, porda=L("AsanMap", USAGE))]}),
        case(f, f"{a}/v2/bahir", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yontro": L(INSTALL_ID, DID)}),
    ]


def mancharath_sdks() -> list[Case]:
    rng = random.Random(19152)
    return [
        lm_batch(APP, rng, [("Seats Held", {"count": 4}),
                            ("Tickets Bought", {"total": L(1600, BUY)})],
                 at=PANDAL_FIX, nd=2, locale="as_IN"),
        lm_identify(APP, rng, {"xohor": L("Guwahati", COARSE), "rasik": L(FAN, UID),
                               "favourite_troupe": "dl_nilanjana"}),
        lm_pixel(APP, rng, "Schedule Opened", {"season": "2025-26"}),
        ts_launch(APP, rng, user=True),
        ts_event(APP, rng, "purchase", {"tiket": L(TICKET, BUY)}, revenue=1600.0,
                 currency="INR", hashed=True),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3, yob=1991,
               gender="F", keywords="theatre,assamese,drama"),
        bj_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "seat map row C"),
                 [cr_crumb("nav", "Prodorxon -> AsanMap"), cr_crumb("tap", "seat_C14")],
                 screen="AsanMapActivity"),
        pk_register(APP, rng, lang="as", tags={"xohor": L("Guwahati", COARSE)}),
        cx_save(APP, rng, {"analytics": True, "marketing": True}),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "1600.00"),
        hg_message(APP, rng, L(f"Tiket {TICKET} mor email-ot ahi pua nai", f"{TEXT}|{BUY}"),
                   {"rasik": L(FAN, UID)}),
    ]
