"""A live-band booking marketplace "Kasekopoku" (Paramaribo: kaseko, kawina and brass bands for
parties; she books a kaseko band for Anil's fortieth birthday party in their yard). Its API's
keys are Sranan Tongo, ASCII-folded, with English ``email``, ``token``, ``id``, ``status`` and
the trade's loans (``band``, ``setlist``, ``geluid`` sound, ``vergunning`` permit, ``borg``
deposit): ``nen`` name, ``telefon`` phone, ``pasiwortu`` password, ``kode`` code, ``poku`` music,
``poku_grupu`` band, ``fesa`` party, ``friyari`` birthday, ``gasi`` guests, ``dei`` day,
``yuru`` hour, ``adresi`` street line, ``birti`` neighbourhood, ``presi`` place, ``reserveri``
booking, ``moni`` amount, ``fosi_paiman`` deposit (lit. "first payment"), ``a_tra_pisi`` the
balance, ``paiman`` payment, ``fooi`` tip, ``punti`` rating, ``denki`` review (lit. "thought"),
``boskopu`` message, ``suku`` search, ``ondroskrifi`` signature, ``den_sani`` events. Calls:
sign-up, an e-mail code, ``/mi``, a band search, bands near her house (3 decimals), a band's
page, the quote request (the party at her address, the birthday man, the guests), the booking,
its deposit, the signed contract, the setlist wishes, the noise permit's PDF, a message to the
band leader, the booking by number in the path, the balance, a tip, a review, push, events and a
log-out. No earlier set books a band (a docstring grep for "kaseko" and "band booking" matched
nothing; set 139 contracts a brass band inside a fiesta sponsor's app)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
from eval_families24_kit import claims, rid
from eval_families256_kit import (
    BAND,
    BROTHER_IL,
    GIG,
    HUSBAND,
    MOTHER_IL,
    PB_HOME,
    PB_HOME_AT,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families256_sdk import (
    bk_bid,
    bk_notice,
    ck_session,
    tk_event,
    tk_launch,
    tk_link,
    tt_batch,
    tt_queue,
)
from eval_families256_svc import cp_card, cp_confirm, mk_geocode, mk_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kasekopoku", "Kasekopoku", "com.example.kasekopoku", "4.1.0",
          "https://api.kasekopoku.example.com")
IID = "X-KP-Device"
PW = "Kawina$Fesa40"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kasekopoku() -> list[Case]:
    rng = random.Random(25661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    hla, hlo = fix(PB_HOME_AT, 5)
    gig = at_path(case(f, f"{a}/v1/reserveri/{GIG}", headers=_h(rng, **b)), GIG, BUY)
    return [
        case(f, f"{a}/v1/skrifi", headers=_h(rng), body={
            "nen": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "pasiwortu": L(PW, CRED),
            "foto": L("Paramaribo", COARSE)}),
        case(f, f"{a}/v1/auth/email_kode", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kode": L("804316", CRED)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/poku_grupu/suku", headers=_h(rng, **b), query={
            "suku": L("kaseko band friyari fesa 40", SEARCH), "dei": "2026-03-21"}),
        case(f, f"{a}/v1/poku_grupu/dyaso", headers=_h(rng, **b), query={
            "lat": L(f"{PB_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{PB_HOME_AT[1]:.3f}", PRECISE),
            "km": "10", "sortu": "kaseko"}),
        case(f, f"{a}/v1/poku_grupu/{BAND['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/offerte", headers=_h(rng, **b), body={
            "poku_grupu": BAND["id"], "fesa": "friyari",
            "friyari_man": L(HUSBAND[0], NAMEC), "dei": "2026-03-21", "yuru": "20:00-01:00",
            "gasi": 80, "adresi": L(PB_HOME["line"], ADDR), "birti": L(PB_HOME["area"], COARSE),
            "presi": {"lat": hla, "lng": hlo}, "geluid": True}),
        case(f, f"{a}/v1/reserveri", headers=_h(rng, **b), body={
            "offerte": obj(rng, "of"), "reserveri": L(GIG, BUY), "moni": L(12500, BUY),
            "valuta": "SRD", "kontakt": {"nen": L(f"{FIRST} {LAST}", NAMEC),
                                         "telefon": L(E164, TEL)}}),
        case(f, f"{a}/v1/paiman/borg", fmt="form", headers=_h(rng, **b), body={
            "reserveri": L(GIG, BUY), "fosi_paiman": L("5000.00", BUY), "valuta": "SRD",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "kaart_laatste4": L("4444", PAY)}),
        multipart(f, f"{a}/v1/kontrakt/ondroskrifi", [
            ("ondroskrifi", "handtekening.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("meta", None, "application/json", {"reserveri": L(GIG, BUY),
                                                "nen": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/setlist", headers=_h(rng, **b), body={
            "reserveri": L(GIG, BUY),
            "winsi": L("Anil lobi owru kaseko, prei 'Mi na yu bigi dyari' leki a bigin", TEXT),
            "no_prei": ["sl_0092"]}),
        multipart(f, f"{a}/v1/vergunning", [
            ("vergunning", "geluidsvergunning.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"reserveri": L(GIG, BUY),
                                                "adresi": L(PB_HOME["line"], ADDR)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/boskopu", headers=_h(rng, **b), body={
            "gi": "bl_0731", "draad": obj(rng, "dr"),
            "boskopu": L("Kon 18:30 fu seti a geluid. A presi na Pijnboomstraat 14, beri mi "
                         "na +1 555 010 0199", f"{TEXT}|{ADDR}|{TEL}")}),
        case(f, f"{a}/v1/fesa/kari_gasi", headers=_h(rng, **b), body={
            "reserveri": L(GIG, BUY), "gasi": [
                {"nen": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
                {"nen": L(BROTHER_IL[0], NAMEC), "telefon": L(BROTHER_IL[1], TEL)},
                {"nen": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)}],
            "boskopu": L("Kon fesa Anil en 40 yari nanga wi!", TEXT)}),
        gig,
        case(f, f"{a}/v1/paiman/rest", fmt="form", headers=_h(rng, **b), body={
            "reserveri": L(GIG, BUY), "a_tra_pisi": L("7500.00", BUY), "valuta": "SRD",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/fooi", fmt="form", headers=_h(rng, **b), body={
            "reserveri": L(GIG, BUY), "fooi": L("1000", BUY)}),
        case(f, f"{a}/v1/denki", headers=_h(rng, **b), body={
            "poku_grupu": BAND["id"], "punti": 5,
            "denki": L("Den prei te mamanten, ala sma dansi! Anil ben breiti.", TEXT)}),
        case(f, f"{a}/v1/masyin", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/den_sani", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "den_sani": [
                ev("offerte", 1), ev("skrin", 2, skrin=L("Reserveri", USAGE))]}),
        case(f, f"{a}/v1/komoto", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masyin": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def kasekopoku_sdks() -> list[Case]:
    rng = random.Random(25662)
    link = U("https://kasekopoku.example.com/r", {"reserveri": L(GIG, BUY), "ref": "mail",
                                                  "em": L(EMAIL, MAIL)})
    return [
        tt_batch(APP, rng, [("Quote Requested", {"guests": 80}),
                            ("Booked", {"total": L(12500, BUY)})], at=PB_HOME_AT, nd=3),
        tt_queue(APP, rng, [("Band Viewed", {"band": BAND["id"]}), ("Setlist Saved", {})]),
        tk_launch(APP, rng, first=True),
        tk_link(APP, rng, link),
        tk_event(APP, rng, "purchase", {"reserveri": L(GIG, BUY)}, revenue=12500.0,
                 currency="SRD", hashed=True),
        bk_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=PB_HOME_AT, nd=2,
               keywords="party,music,kaseko"),
        bk_notice(APP, rng, "imp"),
        ck_session(APP, rng, secs=1210),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "5000.00"),
        mk_geocode(APP, rng, "Pijnboomstraat 14 Zorg en Hoop", "contact.address", near=None),
        mk_route(APP, rng, [((BAND["lat"], BAND["lon"]), None), (PB_HOME_AT, PRECISE)]),
    ]
