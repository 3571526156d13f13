"""A dugout-canoe commission app "Dori Daukra" (``dori``: dugout canoe; ``daukra``: maker; canoe
builders on the Wangki at Waspam take orders for dories cut from one trunk; she orders one for her
husband's fishing). Its API's keys are Miskito with Spanish and English loans: ``nina``/
``kiamka`` first/family name, ``imel``, ``telefon``, ``ki`` password, ``kod`` code,
``utla_pliska`` house address, ``tawan`` town, ``kustamar_namba`` customer number, ``dori``
canoe, ``dus`` wood, ``yari`` length (feet), ``bim`` beam, ``daukra`` builder, ``oda`` order,
``prais`` price, ``lalah`` amount, ``lalah_yabanka`` payment, ``lilka`` photo, ``mita_ulbanka``
signature (lit. "hand writing"), ``yabaia_pliska`` delivery place, ``trak`` truck, ``kahbi``
paddle (my recollection of the word), ``pliska`` place, ``bila`` message, ``lukanka`` review,
``plikanka`` search, ``owna`` owner, ``matrikula`` boat registration, ``sedula`` ID number.
Sign-up, an SMS code, ``/me``, builders, a builder's page, the commission (wood, length, beam),
the deposit, the builder's progress photos, her visit to the yard with her fix, her own photo of
the hull, a change request, extras (msgpack), delivery by truck to their house, a protobuf
delivery confirmation with her fix, the signed hand-over, the final transfer (her IBAN), the
order by number in the path, the canoe's registration in her husband's name, a review, a search,
a message to the builder quoting her phone, the invoice by cookie, push and events. Sets 116
(outrigger regatta club), 148 (a youth canoe programme) and 149 (rowing-boat hire) have canoes
and boats; no set commissions a boat from its builder."""

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
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families209_kit import (
    BUILDER,
    HOME,
    HOME_AT,
    HUSBAND,
    NI_ACCOUNT,
    WASPAM_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families209_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families209_svc import cl_wallet, hs_attach, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dori", "Dori Daukra", "com.example.doridaukra", "1.2.5",
          "https://api.doridaukra.example.net")
IID = "X-Dori-Install"
PW = "Wangki*Dori77"
NID = "personal.national_id"
CUSTOMER = "DD-C-0392"  # her customer number (id.user)
ORDER = "DD-26-0118"  # the canoe's order (financial.purchase)
YARD_FIX = (14.741068, -83.969144)  # her phone at the builder's yard in Waspam
RIGO = f"{HUSBAND['first']} {HUSBAND['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def dori() -> list[Case]:
    rng = random.Random(20921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kustamar_namba=L(CUSTOMER, UID),
                                    telefon=L(E164, TEL)))}
    yla, ylo = fix(YARD_FIX, 5)
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    conf = pb([(1, L(ORDER, BUY)), (2, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)),
                                        (3, 9.0)]), (3, 1769011200), (4, L(77, DEV))], "", lab)
    order = at_path(case(f, f"{a}/v1/oda/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/kustamar", headers=_h(rng), body={
            "nina": L(FIRST, NAMEC), "kiamka": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(NATIONAL, TEL), "ki": L(PW, CRED), "tawan": L("Bilwi", COARSE),
            "utla_pliska": L(HOME["line"], ADDR), "kustamar_namba": L(CUSTOMER, UID)}),
        case(f, f"{a}/v1/auth/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("508317", CRED)}),
        case(f, f"{a}/v1/yang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/daukra", headers=_h(rng, **b), query={
            "tawan": "Waspam", "dus": "santa maría"}),
        case(f, f"{a}/v1/daukra/{BUILDER['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/oda", headers=_h(rng, **b), body={
            "daukra": BUILDER["id"], "oda": L(ORDER, BUY), "dori": {
                "dus": "santa maría", "yari": 28, "bim": 3.5, "motor_braket": True},
            "prais": L(38000, BUY), "moneda": "NIO", "kustamar_namba": L(CUSTOMER, UID),
            "bila": L("Rigo inska alkaia dori kum, kabu ra sip", TEXT)}),
        case(f, f"{a}/v1/oda/{ORDER}/depositu", fmt="form", headers=_h(rng, **b), body={
            "lalah": L("12000.00", BUY), "moneda": "NIO",
            "lalah_yabanka": L(opaque(rng, "pm_", 24), PAY), "kard_las4": L("4444", PAY)}),
        case(f, f"{a}/v1/daukra/{BUILDER['id']}/lilka", headers=_h(rng, **b), query={
            "oda": L(ORDER, BUY), "since": "2026-01-02"}),
        case(f, f"{a}/v1/visita", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "pliska": {"lat": yla, "lng": ylo, "acc": 7},
            "daukra_pliska": {"lat": BUILDER["lat"], "lng": BUILDER["lon"]}}),
        multipart(f, f"{a}/v1/oda/{ORDER}/lilka", [
            ("lilka", "hull.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"oda": L(ORDER, BUY), "step": "hull"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/oda/{ORDER}/change", headers=_h(rng, **b), body={
            "bila": L("Dori ba yari 30 pies daukbia, bim ba baku", TEXT),
            "prais_new": L(41000, BUY)}),
        case(f, f"{a}/v1/oda/{ORDER}/extra", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"nina": "kahbi", "pis": 3, "prais": 600},
                      {"nina": "motor braket", "pis": 1, "prais": 1500}],
            "lalah": L(3300, BUY), "oda": L(ORDER, BUY)}),
        case(f, f"{a}/v1/oda/{ORDER}/trak", headers=_h(rng, **b), body={
            "yabaia_pliska": L(HOME["line"], ADDR), "tawan": L("Bilwi", COARSE),
            "pliska": {"lat": hla, "lng": hlo}, "alkra": {"nina": L(RIGO, NAMEC),
                                                          "telefon": L(HUSBAND["phone"], TEL)},
            "trak_prais": L(2500, BUY), "yu": "2026-01-21"}),
        raw(f, f"{a}/v1/oda/{ORDER}/kaikan", conf, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/oda/{ORDER}/mita_ulbanka", [
            ("mita_ulbanka", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"nina_sut": L(f"{FIRST} {LAST}", NAMEC),
                                                "oda": L(ORDER, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/oda/{ORDER}/final", fmt="form", headers=_h(rng, **b), body={
            "lalah": L("34800.00", BUY), "iban": L(NI_ACCOUNT, PAY), "ref": rid(rng)}),
        order,
        case(f, f"{a}/v1/matrikula", headers=_h(rng, **b), body={
            "oda": L(ORDER, BUY), "owna": {"nina_sut": L(RIGO, NAMEC),
                                           "sedula": L(HUSBAND["ced"], NID)},
            "yari": 30, "motor": "15 HP", "tawan": L("Bilwi", COARSE)}),
        case(f, f"{a}/v1/lukanka", headers=_h(rng, **b), body={
            "daukra": BUILDER["id"], "sta": 5,
            "lukanka": L("Dori pain pali, santa maría dus ba karna", TEXT)}),
        case(f, f"{a}/v1/plikanka", headers=_h(rng, **b), query={
            "q": L("dori santa maria 30 pies Waspam", SEARCH)}),
        case(f, f"{a}/v1/bila", headers=_h(rng, **b), body={
            "to": BUILDER["id"], "thread": obj(rng, "th"),
            "bila": L("Trak balras kaka, yang telefon +1 555 010 0199 ra kol muns",
                      f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/invois/last", headers=_h(rng, how="none"), cookies={
            "dd_sesion": L(opaque(rng, "", 40), CRED), "dd_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/dukia", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ivent", gz=True, headers=_h(rng, **b), body={
            "upla": L(USER_ID, UID), "ivent": [
                ev("order_placed", 1, oda=L(ORDER, BUY)),
                ev("screen", 2, screen=L("Progress", USAGE))]}),
    ]


def dori_sdks() -> list[Case]:
    rng = random.Random(20922)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(38000, BUY)}),
                            ("Yard Visited", {"builder": BUILDER["id"]})], at=YARD_FIX, nd=3),
        mc_queue(APP, rng, [("Photo Viewed", {"step": "hull"}), ("Chat Opened", {})]),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"oda": L(ORDER, BUY)}, revenue=38000.0, currency="NIO",
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=YARD_FIX, nd=2,
               keywords="boats,fishing,outboard"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=388),
        cl_wallet(APP, rng, "12000", L(E164, TEL)),
        mm_route(APP, rng, [((BUILDER["lat"], BUILDER["lon"]), None), (HOME_AT, PRECISE)]),
        mm_telemetry(APP, rng, [YARD_FIX, WASPAM_AT], PRECISE),
        hs_attach(APP, rng, L(JPEG + b"\xa7", MEDIA), "crack.jpg", "image/jpeg"),
    ]
