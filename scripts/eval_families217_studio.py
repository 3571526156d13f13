"""Tapestry-commission and print-collection app "Titiqtugaq" (``titiqtugaq`` print, drawing: a
fictional weave-and-print studio in Pangnirtung; she commissions a family tapestry and enters the
annual print release ballot as a collector). Keys: ``atiq``, ``ilagiit_atiq``, ``email``,
``uqaalautiq``, ``isiqsiut``, ``najugaq``, ``nunalik``, ``postal_code``, ``katitiriji``
collector, ``sanaugaq`` artwork, ``tapestry``, ``sanaji`` weaver (lit. maker), ``kiinaujaq``,
``akia`` price, ``akiliiniq``, ``niuvirniq`` purchase, ``ulluq``, ``pulaarniq`` visit,
``pulaaqtut`` visitors, ``sumiinniq``, ``ajjiliuqtaq``, ``titiraq``, ``tigusiji`` recipient,
``nuna`` country, ``uvanga``, ``atuqti``, ``pisimajut``, ``takuvvik``: a collector's sign-up,
log-in, ``/uvanga``, the print collection, a ballot entry, the commission with its story, a
reference photo, the deposit, progress, a studio visit, a check-in with her fix, a protobuf
favourites sync, a cart (msgpack), a purchase, a print shipped to her sister in Ohio, the
commission by number in the path, a message to the weaver, invoices by cookie, a certificate, a
review, push and events. Weaving apps in sets 109, 129, 131, 147, 150 and 166 have her as the
maker or seller of cloth; here she is the buyer of a commissioned tapestry and prints."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families217_kit import (
    COLLECTOR,
    COMMISSION,
    HUSBAND,
    IQ_HOME,
    SISTER_US,
    SON,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families217_sdk import (
    bn_bid,
    cp_crash,
    cp_crumb,
    km_batch,
    km_identify,
    mt_event,
    mt_link,
)
from eval_families217_svc import kp_card, kp_confirm, kp_etransfer, ms_geocode, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("titiqtugaq", "Titiqtugaq", "com.example.titiqtugaq", "2.3.0",
          "https://api.titiqtugaq.example.com")
IID = "X-Titiqtugaq-Install"
PW = "Pang!Tapestry88"
FAMILY = f"{HUSBAND[0]} and {SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def titiqtugaq() -> list[Case]:
    rng = random.Random(21741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), katitiriji=L(COLLECTOR, UID)))}
    sla, slo = fix(STUDIO_FIX)
    lab: dict[str, str] = {}
    favs = pb([(1, L(COLLECTOR, UID)), (2, "pr_2025_14"), (3, "pr_2025_22"), (4, 1769000000)],
              "", lab)
    comm = at_path(case(f, f"{a}/v1/commissions/{COMMISSION}", headers=_h(rng, **b)),
                   COMMISSION, BUY)
    return [
        case(f, f"{a}/v1/katitiriji", headers=_h(rng), body={
            "atiq": L(FIRST, NAMEC), "ilagiit_atiq": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "uqaalautiq": L(E164, TEL), "isiqsiut": L(PW, CRED),
            "najugaq": L(IQ_HOME["line"], ADDR), "nunalik": L(IQ_HOME["town"], COARSE),
            "postal_code": L(IQ_HOME["post"], COARSE), "katitiriji": L(COLLECTOR, UID)}),
        case(f, f"{a}/v1/isirniq", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "isiqsiut": L(PW, CRED)}),
        case(f, f"{a}/v1/uvanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/prints", headers=_h(rng, **b), query={
            "collection": "2026", "sort": "artist"}),
        case(f, f"{a}/v1/ballot", headers=_h(rng, **b), body={
            "katitiriji": L(COLLECTOR, UID), "prints": ["pr_2026_03", "pr_2026_11"],
            "akia_max": L(1800, BUY), "entry": obj(rng, "be")}),
        case(f, f"{a}/v1/commissions", headers=_h(rng, **b), body={
            "commission": L(COMMISSION, BUY), "sanaugaq": "tapestry", "size_cm": [90, 120],
            "story": L("Our family on the land in spring: Joanasie, Tomasi and me with the "
                       "qamutiik at our cabin", TEXT),
            "kiinaujaq": L(6400, BUY), "sanaji": "wv_07"}),
        multipart(f, f"{a}/v1/commissions/reference", [
            ("ajjiliuqtaq", "family_cabin.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "commission": L(COMMISSION, BUY),
                "titiraq": L(f"{FAMILY} at the cabin, April", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/akiliiniq/deposit", fmt="form", headers=_h(rng, **b), body={
            "commission": L(COMMISSION, BUY), "kiinaujaq": L("1600.00", BUY),
            "via": "interac", "interac_email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/progress", headers=_h(rng, **b), query={
            "commission": L(COMMISSION, BUY)}),
        case(f, f"{a}/v1/pulaarniq", headers=_h(rng, **b), body={
            "studio": STUDIO["id"], "ulluq": "2026-03-21",
            "pulaaqtut": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "uqaalautiq": L(E164, TEL)}),
        case(f, f"{a}/v1/pulaarniq/checkin", headers=_h(rng, **b), body={
            "studio": {"id": STUDIO["id"], "lat": STUDIO["lat"], "lon": STUDIO["lon"]},
            "sumiinniq": {"lat": sla, "lon": slo}, "visit": obj(rng, "vs")}),
        raw(f, f"{a}/v1/favourites/sync", favs, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/cart", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"print": "pr_2025_14", "akia": 950}, {"print": "pr_2025_22", "akia": 720}],
            "kiinaujaq": L(1670, BUY), "katitiriji": L(COLLECTOR, UID)}),
        case(f, f"{a}/v1/niuvirniq", fmt="form", headers=_h(rng, **b), body={
            "cart": obj(rng, "ct"), "kiinaujaq": L("1670.00", BUY), "currency": "CAD",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/shipping", headers=_h(rng, **b), body={
            "print": "pr_2025_22", "tigusiji": {
                "atiq": L(SISTER_US[0], NAMEC), "uqaalautiq": L(SISTER_US[1], TEL),
                "email": L(SISTER_US[2], MAIL), "najugaq": L("2214 Elm Street", ADDR),
                "nunalik": L("Columbus", COARSE), "state": L("OH", COARSE),
                "postal_code": L("43215", COARSE), "nuna": L("US", COARSE)},
            "declared": L(720, BUY), "gift_note": L("Happy birthday Em! From Pang.", TEXT)}),
        comm,
        case(f, f"{a}/v1/titiraq", headers=_h(rng, **b), body={
            "to": "wv_07", "commission": L(COMMISSION, BUY),
            "titiraq": L("Could the dogs be a little bigger? Qujannamiik!", TEXT)}),
        case(f, f"{a}/v1/invoices", headers=_h(rng, how="none"), cookies={
            "tq_session": L(opaque(rng, "", 40), CRED), "tq_device": L(INSTALL_ID, DID),
            "tq_req": rid(rng)}),
        case(f, f"{a}/v1/certificates", fmt="form", headers=_h(rng, **b), body={
            "commission": L(COMMISSION, BUY), "owner": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "studio": STUDIO["id"], "stars": 5,
            "titiraq": L("The weavers were so welcoming, the tapestry is our treasure", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/pisimajut", headers=_h(rng, **b), body={
            "atuqti": L(USER_ID, UID), "pisimajut": [
                ev("ballot_entered", 1), ev("takuvvik", 2, takuvvik=L("Collection", USAGE))]}),
        case(f, f"{a}/v1/anniq", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def titiqtugaq_sdks() -> list[Case]:
    rng = random.Random(21742)
    return [
        km_batch(APP, rng, [("Commission Started", {"value": L(6400, BUY)}),
                            ("Print Viewed", {"print": "pr_2026_03"})]),
        km_identify(APP, rng, {"katitiriji": L(COLLECTOR, UID), "nunalik": L("Iqaluit", COARSE),
                               "tier": "collector"}),
        mt_event(APP, rng, "purchase", {"cart": "ct"}, revenue=1670.0, currency="CAD",
                 hashed=True),
        mt_link(APP, rng, U("https://titiqtugaq.example.com/c", {
            "commission": L(COMMISSION, BUY), "email": L(EMAIL, MAIL), "utm_source": "mail"})),
        bn_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=STUDIO_FIX, nd=3,
               keywords="art,prints"),
        cp_crash(APP, rng, ("java.io.IOException", "upload reset"),
                 [cp_crumb("nav", "Commission -> Reference")], screen="ReferenceActivity"),
        pg_register(APP, rng, tags={"collector": True}),
        kp_card(APP, rng),
        kp_confirm(APP, rng, "1670.00"),
        kp_etransfer(APP, rng, "1600.00", {"email": "studio@pangweave.example.com"},
                     memo=L(f"{COMMISSION} deposit", f"{TEXT}|{BUY}")),
        ms_geocode(APP, rng, "weave studio Pangnirtung", SEARCH, near=STUDIO_FIX, nd=3),
    ]
