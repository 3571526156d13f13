"""An orange spot-market app "Alaxox" (Huasteca Nahuatl "orange"): she sells the fruit of her
husband's family's orchard near Chicontepec to juice plants and packing houses that bid on each
lot. Keys in Huasteca Nahuatl with English and Spanish loans: ``tokaitl`` name, ``korreo``
e-mail, ``selular`` mobile, ``rfc``, ``curp``, ``namiktli`` spouse, ``altepetl`` village,
``weyaltepetl`` state (coinage, "big town"), ``alaxoxmili`` orange orchard (``mili`` field),
``tonelada`` tonne (loan), ``patiyotl`` price, ``tlakowketl`` buyer, ``tlanamakaketl`` seller,
``kamion`` truck, ``tlatekipanojkej`` workers (the cutting crew), ``tomin`` money, ``tlaxtlawili``
payment, ``ixkopinali`` photo, ``kampa`` where, ``tlatemoli`` search, ``tlanawatili`` message,
``tonali`` day, ``kuawitl`` trees, ``tlajtoli`` note. Calls: seller sign-up (RFC, CURP, her
husband as owner with his CURP), an SMS code, ``/nejwatl``, the orchard's boundary, a lot posted,
fruit photos, the bids, a bid accepted (the deal), the cutting day with her fix, the truck's
loading (msgpack), the weighbridge ticket by deal number in the path, a CFDI invoice request
(gzip; her RFC), the payout CLABE, payouts, a fruit-fly trap report, a price search, a message to
the buyer, an offline sync (JSON Lines), the statement by seller number in the path, push, events
and a session refresh. Set 135 has a squash grower's export-compliance app (spray diary,
phytosanitary inspection, packhouse grading) and set 122 a sugar-cane weighbridge; Alaxox is a
spot auction of orchard lots among buyers, paid by transfer."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families173_kit import (
    CLABE,
    CURP,
    HUSBAND,
    HUSBAND_CURP,
    ORCHARD_AT,
    ORCHARD_FIX,
    PACKER,
    RFC,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families173_sdk import tm_batch, tm_identify, tm_pixel, tz_event, tz_launch
from eval_families173_svc import ft_eval, hc_message, mp_geocode, pj_wallet, px_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("alaxox", "Alaxox", "com.example.alaxox", "1.9.5", "https://api.alaxox.example.com")
IID = "X-Alaxox-Install"
NID = "personal.national_id"
SELLER = "AX-V-02217"  # her seller account (id.user)
DEAL = "TR-25-11-0931"  # the accepted deal (financial.purchase: her sale)
TRAP_FIX = (20.957233, -98.145012)  # a fly trap on a tree in the orchard (her land: precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def alaxox() -> list[Case]:
    rng = random.Random(17331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tlanamakaketl=L(SELLER, UID), selular=L(E164, TEL)))}
    ola, olo = fix(ORCHARD_FIX)
    tla, tlo = fix(TRAP_FIX, 5)
    lot = obj(rng, "lt")
    ticket = at_path(case(f, f"{a}/api/trato/{DEAL}/boleta", headers=_h(rng, **b)), DEAL, BUY)
    statement = at_path(case(f, f"{a}/api/tlanamakaketl/{SELLER}/estado", headers=_h(rng, **b),
                             query={"desde": "2025-09-01", "asta": "2025-12-31"}), SELLER, UID)
    return [
        case(f, f"{a}/api/tlanamakaketl", headers=_h(rng), body={
            "tokaitl": L(f"{FIRST} {LAST}", NAMEC), "korreo": L(EMAIL, MAIL),
            "selular": L(E164, TEL), "rfc": L(RFC, NID), "curp": L(CURP, NID),
            "tlanamakaketl": L(SELLER, UID),
            "namiktli": {"tokaitl": L(HUSBAND[0], NAMEC), "curp": L(HUSBAND_CURP, NID),
                         "selular": L(HUSBAND[1], TEL)},
            "altepetl": L(VILLAGE["name"], COARSE), "weyaltepetl": L(VILLAGE["region"], COARSE),
            "municipio": L(VILLAGE["muni"], COARSE)}),
        case(f, f"{a}/api/auth/verifika", fmt="form", headers=_h(rng), body={
            "selular": L(E164, TEL), "kodigo": L("774201", CRED)}),
        case(f, f"{a}/api/nejwatl", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/alaxoxmili", headers=_h(rng, **b), body={
            "tlanamakaketl": L(SELLER, UID), "variedad": "valencia", "kuawitl": 640,
            "ektarea": 3.2, "lindero": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in ORCHARD_AT]}),
        case(f, f"{a}/api/lote", headers=_h(rng, **b), body={
            "lote": lot, "tonelada": 18, "patiyotl": 2900, "moneda": "MXN",
            "tonali_korte": "2025-11-20", "kalidad": "jugo", "tlanamakaketl": L(SELLER, UID)}),
        multipart(f, f"{a}/api/lote/ixkopinali", [
            ("ixkopinali", "alaxox_lote.jpg", "image/jpeg", L(JPEG + b"\x44", MEDIA)),
            ("meta", None, "application/json", {"lote": lot, "brix": 10.5})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lote/{lot}/ofertas", headers=_h(rng, **b), query={
            "orden": "patiyotl", "tlanamakaketl": L(SELLER, UID)}),
        case(f, f"{a}/api/trato", headers=_h(rng, **b), body={
            "lote": lot, "oferta": obj(rng, "of"), "tlakowketl": PACKER["id"],
            "trato": L(DEAL, BUY), "patiyotl_tonelada": 3100, "tomin": L(55800, BUY),
            "tlanamakaketl": L(SELLER, UID)}),
        case(f, f"{a}/api/korte", headers=_h(rng, **b), body={
            "trato": L(DEAL, BUY), "tonali": "2025-11-20", "tlatekipanojkej": 9,
            "kampa": {"lat": ola, "lon": olo}, "rejas": 410}),
        case(f, f"{a}/api/kamion", fmt="msgpack", headers=_h(rng, **b), body={
            "trato": L(DEAL, BUY), "placas": "XV-41-227", "chofer": "ch_0219",
            "tonelada": 17.6, "sale": "2025-11-20T15:10", "empacadora": PACKER["id"]}),
        ticket,
        case(f, f"{a}/api/cfdi", gz=True, headers=_h(rng, **b), body={
            "rfc": L(RFC, NID), "regimen": "612", "uso": "G03", "trato": L(DEAL, BUY),
            "tomin": L(55800, BUY), "receptor": {"rfc": "ETC950612AB1", "tokaitl": PACKER["name"]},
            "codigo_postal": L(VILLAGE["post"], COARSE)}),
        case(f, f"{a}/api/tlaxtlawili/kuenta", headers=_h(rng, **b), body={
            "titular": L(f"{FIRST} {LAST}", NAMEC), "clabe": L(CLABE, PAY),
            "tlanamakaketl": L(SELLER, UID)}),
        case(f, f"{a}/api/tlaxtlawili", headers=_h(rng, **b), query={
            "tlanamakaketl": L(SELLER, UID), "estado": "pagado"}),
        multipart(f, f"{a}/api/trampa", [
            ("ixkopinali", "trampa_07.jpg", "image/jpeg", L(JPEG + b"\x45", MEDIA)),
            ("meta", None, "application/json", {
                "trampa": "tp_07", "moskas": 3, "kampa": {"lat": tla, "lon": tlo}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/patiyotl", headers=_h(rng, **b), query={
            "tlatemoli": L("patiyotl alaxox valencia Alamo tonelada", SEARCH)}),
        case(f, f"{a}/api/tlanawatili", headers=_h(rng, **b), body={
            "akin": PACKER["id"], "trato": L(DEAL, BUY),
            "tlanawatili": L("Xitlatsotsona nonamik Aurelio Bautista +527891034417 kema "
                             "ajsis kamion", f"{TEXT}|{NAMEC}|{TEL}")}),
        lines(f, f"{a}/api/sync", [
            {"op": "rejas", "trato": L(DEAL, BUY), "kech": 410, "by": L(SELLER, UID)},
            {"op": "gasto", "tlatekipanojkej": 9, "tomin": L(2700, BUY)}],
            headers=_h(rng, **b)),
        statement,
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/tlachiwali", headers=_h(rng, **b), body={
            "id": L(USER_ID, UID), "tlachiwali": [
                ev("lot_posted", 1), ev("screen", 2, screen=L("Ofertas", USAGE))]}),
        case(f, f"{a}/api/sesion/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def alaxox_sdks() -> list[Case]:
    rng = random.Random(17332)
    return [
        tm_batch(APP, rng, [("Lot Posted", {"tonnes": 18}), ("Bid Accepted", {})],
                 at=ORCHARD_FIX, nd=2),
        tm_identify(APP, rng, {"weyaltepetl": L("Veracruz", COARSE),
                               "tlanamakaketl": L(SELLER, UID)}),
        tm_pixel(APP, rng, "Statement Opened", {"period": "2025-Q4"}),
        tz_launch(APP, rng, user=True),
        tz_event(APP, rng, "deal", {"trato": L(DEAL, BUY)}, revenue=55800.0),
        ft_eval(APP, rng, {"weyaltepetl": L("Veracruz", COARSE), "role": "seller"}),
        px_register(APP, rng, at=ORCHARD_FIX, nd=2, tags={"region": L("Veracruz", COARSE)}),
        pj_wallet(APP, rng, "55800", L(E164, TEL)),
        mp_geocode(APP, rng, "Empacadora Tres Cerros", SEARCH, near=ORCHARD_FIX, nd=3),
        hc_message(APP, rng, L(f"Amo onechtlaxtlawijkej trato {DEAL}", f"{TEXT}|{BUY}"),
                   {"tlanamakaketl": L(SELLER, UID)}),
    ]
