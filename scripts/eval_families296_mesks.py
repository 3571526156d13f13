"""A private forest owners' cooperative app "Mėškvaldis" (she and her husband own a 6.4 ha
woodlot near Šateikiai, inherited from his grandfather; the cooperative gets the felling permit,
auctions the timber to sawmills and pays the owners; its API's keys are Samogitian in Latin
letters, ASCII-folded: ``narys`` member number, ``vards``, ``pavarde``, ``asmens_kuods``,
``el_pasts``, ``telefuons``, ``slaptazuodis``, ``adresos``, ``miests``, ``bendrasavininks``
co-owner, ``sklyps`` plot, ``kadastra_numers`` cadastral number, ``kvartals`` compartment,
``ribos`` boundary, ``kertims`` felling, ``leidims`` permit, ``pasiulyms`` bid, ``pirkejs``
buyer, ``sutartis`` contract, ``turis`` volume, ``rusis`` species, ``ismuokejims`` payout,
``pajamas`` income, ``muokestis`` tax, ``sodinokai`` seedlings, ``vartu_kuods`` barrier code):
membership with the joint account, a log-in, ``/mona``, the plot and its boundary, the felling
application (an ownership certificate PDF), the auction, the bids, accepting one, the contract
signed with a PIN, the barrier code for the timber lorries, a site visit with her fix and a
photo, stacks measured offline (JSON Lines), a protobuf site beat, the payout, the income
declaration (gzip), seedlings for replanting (msgpack), her husband's consent with his personal
code, a message to the forester, documents by cookie, push and events. No earlier set has a
woodlot owner selling timber ("woodlot", "forest owner", "stumpage" matched nothing; "timber"
only as a word for firewood and a lorry permit in a road association, set 284)."""

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
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families296_kit import (
    AK,
    FELLING,
    HOME,
    HOMESTEAD,
    HUSBAND,
    IBAN_JOINT,
    OWNER,
    WOODLOT,
    WOODLOT_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families296_sdk import tm_event, tm_launch, tt_batch, tt_identify, tt_pixel
from eval_families296_svc import cz_wallet, fr_eval, hp_attach, mv_reverse, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("meskvaldis", "Meskvaldis", "com.example.meskvaldis", "3.2.0",
          "https://api.meskvaldis.example.com")
IID = "X-MV-Irenginys"
PW = "Egle&Pusis2026"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
SITE_FIX = (55.941702, 21.864455)  # her phone in the woodlot
HUSBAND_AK = "38803120552"  # her husband's personal code (personal.national_id)
CONTRACT = "PS-2026-0412"  # the timber sale contract (financial.purchase: her sale)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def meskvaldis() -> list[Case]:
    rng = random.Random(29651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, narys=L(OWNER, UID), el_pasts=L(EMAIL, MAIL)))}
    sla, slo = fix(SITE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(OWNER, UID)), (2, WOODLOT["compartment"]), (3, 1772956800),
               (4, [(1, L(SITE_FIX[0], PRECISE)), (2, L(SITE_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(52, DEV))], "", lab)
    auction = obj(rng, "auk")
    return [
        case(f, f"{a}/v1/nariai", headers=_h(rng), body={
            "vards": L(FIRST, NAMEC), "pavarde": L(LAST, NAMEC), "asmens_kuods": L(AK, NID),
            "el_pasts": L(EMAIL, MAIL), "telefuons": L(E164, TEL), "slaptazuodis": L(PW, CRED),
            "adresos": L(HOME["line"], ADDR), "miests": L(HOME["town"], COARSE),
            "narys": L(OWNER, UID), "saskaita": L(IBAN_JOINT, PAY),
            "bendrasavininks": {"vards": L(HUSBAND[0], NAMEC), "telefuons": L(HUSBAND[1], TEL),
                                "dalis": 0.5}}),
        case(f, f"{a}/v1/prisijongims", fmt="form", headers=_h(rng), body={
            "el_pasts": L(EMAIL, MAIL), "slaptazuodis": L(PW, CRED)}),
        case(f, f"{a}/v1/mona", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sklypai", headers=_h(rng, **b), body={
            "narys": L(OWNER, UID), "kadastra_numers": WOODLOT["cadastre"],
            "kvartals": WOODLOT["compartment"], "plots_ha": WOODLOT["ha"],
            "kaims": L(HOMESTEAD["village"], COARSE), "savivaldybe": L(HOMESTEAD["muni"], COARSE),
            "ribos": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in WOODLOT_AT]}),
        multipart(f, f"{a}/v1/kertims/prasyms", [
            ("nuosavybe", "nuosavybes_liudijimas.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "narys": L(OWNER, UID), "kadastra_numers": WOODLOT["cadastre"],
                "kertima_rusis": "plynasis", "plots_ha": 1.1,
                "medies": [{"rusis": "egle", "turis_m3": 240}, {"rusis": "berzs",
                                                                "turis_m3": 70}]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/leidimai/{FELLING}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/aukcionai", headers=_h(rng, **b), query={
            "narys": L(OWNER, UID), "busena": "aktyvus"}),
        case(f, f"{a}/v1/aukcionai/{auction}/pasiulymai", headers=_h(rng, **b),
             query={"rikioti": "kaina"}),
        case(f, f"{a}/v1/aukcionai/{auction}/priimti", headers=_h(rng, **b), body={
            "pasiulyms": obj(rng, "ps"), "pirkejs": "pk_lentpjuve_0931", "kaina_uz_m3": 48,
            "turis_m3": 310, "es_vesa": L(14880, BUY), "narys": L(OWNER, UID)}),
        case(f, f"{a}/v1/sutartys/pasirasyti", fmt="form", headers=_h(rng, **b), body={
            "sutartis": L(CONTRACT, BUY), "pin": L("40517", CRED), "narys": L(OWNER, UID)}),
        case(f, f"{a}/v1/sklypai/vartai", fmt="form", headers=_h(rng, **b), body={
            "kvartals": WOODLOT["compartment"], "vartu_kuods": L("1957", CRED),
            "galiuoja_lig": "2026-03-31"}),
        multipart(f, f"{a}/v1/apziura", [
            ("fuotuo", "kirtaviete.jpg", "image/jpeg",
             L(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(50), MEDIA)),
            ("meta", None, "application/json", {
                "narys": L(OWNER, UID), "lat": sla, "lng": slo,
                "tekstas": L("The lorry broke the ditch by the road, who repairs it?", TEXT)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/rietuves/sinchronizacije", [
            {"rietuve": "r1", "rusis": "egle", "turis_m3": 38.4, "lat": L(55.941488, PRECISE),
             "lng": L(21.863972, PRECISE), "narys": L(OWNER, UID)},
            {"rietuve": "r2", "rusis": "berzs", "turis_m3": 12.1, "lat": L(55.941011, PRECISE),
             "lng": L(21.865230, PRECISE), "narys": L(OWNER, UID)}], headers=_h(rng, **b)),
        raw(f, f"{a}/v1/apziura/pulss", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ismuokejimai", headers=_h(rng, **b), query={
            "narys": L(OWNER, UID), "sutartis": L(CONTRACT, BUY)}),
        case(f, f"{a}/v1/deklaracije", gz=True, headers=_h(rng, **b), body={
            "asmens_kuods": L(AK, NID), "meta": "2026", "pajamas": L(7440, BUY),
            "muokestis": L(1116, BUY), "dalis": 0.5, "narys": L(OWNER, UID)}),
        case(f, f"{a}/v1/sodinokai", fmt="msgpack", headers=_h(rng, **b), body={
            "narys": L(OWNER, UID), "rusis": "egle", "keikis": 2000, "kaina_vnt": 0.32,
            "soma": L(640, BUY), "atvezems": {"adresos": L(HOMESTEAD["line"], ADDR)}}),
        case(f, f"{a}/v1/bendrasavininka_sutikims", headers=_h(rng, **b), body={
            "sutartis": L(CONTRACT, BUY),
            "bendrasavininks": {"vards": L(HUSBAND[0], NAMEC),
                                "asmens_kuods": L(HUSBAND_AK, NID)},
            "sotink": True}),
        case(f, f"{a}/v1/zenutes", headers=_h(rng, **b), body={
            "kam": "girininks_plunge",
            "zenute": L("The forest road past Kuliai is blocked by a fallen spruce, the lorry "
                        "cannot pass", TEXT)}),
        case(f, f"{a}/v1/dokumentai", headers=_h(rng, how="none"), cookies={
            "mv_sesije": L(opaque(rng, "", 40), CRED), "mv_irenginys": L(INSTALL_ID, DID),
            "mv_req": rid(rng)}),
        case(f, f"{a}/v1/irenginei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ivyke", gz=True, headers=_h(rng, **b), body={
            "vartuotuos": L(USER_ID, UID), "ivyke": [
                ev("pasiulyms_priimts", 1, soma=L(14880, BUY)),
                ev("ekrans", 2, ekrans=L("Aukcionai", USAGE))]}),
    ]


def meskvaldis_sdks() -> list[Case]:
    rng = random.Random(29652)
    return [
        tt_batch(APP, rng, [("Bid Accepted", {"total": L(14880, BUY)}),
                            ("Contract Signed", {})], at=SITE_FIX, nd=2),
        tt_identify(APP, rng, {"savivaldybe": L("Plungės r. sav.", COARSE),
                               "narys": L(OWNER, UID)}),
        tt_pixel(APP, rng, "Auction Opened", {"lots": 1}),
        tm_launch(APP, rng, user=True),
        tm_event(APP, rng, "bid_accepted", {"sutartis": L(CONTRACT, BUY)}, revenue=14880.0),
        fr_eval(APP, rng, {"regionas": L("Telšių apskritis", COARSE), "role": "savininks"}),
        pp_register(APP, rng, tags={"savivaldybe": L("Plungės r. sav.", COARSE)}),
        cz_wallet(APP, rng, "7440", L(E164, TEL)),
        mv_reverse(APP, rng, WOODLOT_AT[0], PRECISE, nd=4),
        hp_attach(APP, rng, L(PDF, MEDIA), "nuosavybes_liudijimas.pdf", "application/pdf"),
    ]
