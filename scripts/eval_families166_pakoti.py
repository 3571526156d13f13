"""A hair-cutting ceremony planner "Pakoti" (their son Tamatoa's pakoti rauru, a Cook Islands
boy's coming-of-age feast where relatives each cut a lock and give gifts; its API's keys are Cook
Islands Maori with English ``id``/``token``: ``tamaroa`` boy, ``ra_anau`` birth date, ``tau``
age, ``metua`` parents, ``manuiri`` guests, ``puna`` source, ``akaaite`` invitation, ``kai``
food, ``kai_kore`` food to avoid, ``taoanga`` gifts, ``rauru`` hair, ``tapura`` list/order,
``orometua`` pastor, ``are`` hall, ``tapao`` booking, ``moni`` amount, ``tutaki`` payment,
``numero_kaute`` account number, ``tutu`` photo, ``kupu`` word, ``kia`` to): sign-up, an OAuth
password grant, ``/ko_au``, the ceremony created, the hall booked, guests picked from her
address book, a guest she types, SMS invitations, the guest list by booking number in the path,
the umukai order (a diabetic guest), the gift ledger (msgpack), the order of cutters, the boy's
photo, the pastor's blessing, her check-in at the hall, the payment, a deposit to the caterer by
bank transfer, a search, a livestream room for the family in Auckland, the summary by cookie,
push and events. New to the evaluation (no earlier set names a hair-cutting; set 126's
fa'alavelave ledger tracks family obligations across many events, this plans one feast)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families166_kit import (
    CATERER,
    EVENT,
    HOME_AT,
    HUSBAND,
    JOINT_ACCOUNT,
    MOTHER_IL,
    SISTER_IL,
    SON,
    VENUE,
    VENUE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families166_sdk import bv_bid, cm_session, mk_batch, mk_queue, tt_launch, tt_link
from eval_families166_svc import ce_save, ck_card, ck_confirm, fk_eval, mi_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("pakoti", "Pakoti", "com.example.pakoti", "1.9.0", "https://api.pakoti.example.com")
IID = "X-Pakoti-Device"
PW = "Rauru#Tamatoa2026"
KID = f"{SON['first']} {SON['last']}"
BOOK = [("Mata Tuara", "+68254117"), ("Rongo Vainerere", "+68270443"),
        ("Pa Ariki Tangata", "+68255902")]  # address-book entries she picks (content.contacts)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def pakoti() -> list[Case]:
    rng = random.Random(16611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imera=L(EMAIL, MAIL), tapao=L(EVENT, BUY)))}
    vla, vlo = fix(VENUE_FIX, 5)
    guests = at_path(case(f, f"{a}/v1/akaputuanga/{EVENT}/manuiri", headers=_h(rng, **b),
                          query={"akara": "katoa"}), EVENT, BUY)
    return [
        case(f, f"{a}/v1/akapapa", headers=_h(rng), body={
            "ingoa": L(FIRST, NAMEC), "ingoa_openga": L(LAST, NAMEC),
            "imera": L(EMAIL_MIXED, MAIL), "numero_niuniu": L(NATIONAL, TEL),
            "kupu_muna": L(PW, CRED), "oire": L("Tupapa", COARSE)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pakoti-android"}),
        case(f, f"{a}/v1/ko_au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/akaputuanga", headers=_h(rng, **b), body={
            "tamaroa": {"ingoa": L(SON["first"], NAMEC), "ingoa_openga": L(SON["last"], NAMEC),
                        "ra_anau": L(SON["dob"], BIRTH), "tau": L(8, BIRTH)},
            "metua": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "ra": "2026-01-17", "are": VENUE["id"], "tapao": L(EVENT, BUY), "manuiri_tau": 180}),
        case(f, f"{a}/v1/are/tapao", fmt="form", headers=_h(rng, **b), body={
            "are": VENUE["id"], "ra": "2026-01-17", "moni": L("180.00", BUY),
            "tapao": L(EVENT, BUY)}),
        case(f, f"{a}/v1/manuiri", headers=_h(rng, **b), body={
            "tapao": L(EVENT, BUY), "puna": "contacts",
            "manuiri": [{"ingoa": L(n, CONTACTS), "numero_niuniu": L(p, CONTACTS)}
                        for n, p in BOOK]}),
        case(f, f"{a}/v1/manuiri/tono", headers=_h(rng, **b), body={
            "tapao": L(EVENT, BUY), "ingoa": L(SISTER_IL[0], NAMEC),
            "numero_niuniu": L(SISTER_IL[1], TEL), "imera": L(SISTER_IL[2], MAIL),
            "enua": L("Auckland", COARSE)}),
        case(f, f"{a}/v1/akaaite", fmt="form", headers=_h(rng, **b), body={
            "tapao": L(EVENT, BUY), "manuiri": "g_01,g_02,g_03",
            "karere": L("Kia orana! Pakoti rauru o Tamatoa, 17 Tianuare, Tupapa Sports Hall",
                        f"{TEXT}|{NAMEC}")}),
        guests,
        case(f, f"{a}/v1/kai/oti", headers=_h(rng, **b), body={
            "kaikuki": CATERER["id"], "kaikuki_ingoa": CATERER["name"],
            "kaikuki_niuniu": CATERER["phone"], "tapao": L(EVENT, BUY),
            "kai": [{"ingoa": "umukai puaka", "tau": 4}, {"ingoa": "ika mata", "tau": 6},
                    {"ingoa": "poke", "tau": 3}], "moni": L(1450, BUY),
            "kai_kore": L("Kare e tota no Mama Ngapoko, e maki tota", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/taoanga", fmt="msgpack", headers=_h(rng, **b), body={
            "tapao": L(EVENT, BUY),
            "taoanga": [{"ingoa": L(MOTHER_IL[0], NAMEC), "moni": 200, "tu": "moni"},
                        {"ingoa": L(SISTER_IL[0], NAMEC), "moni": 150, "tu": "moni"},
                        {"ingoa": L("Mata Tuara", NAMEC), "moni": 0, "tu": "tivaevae"}]}),
        case(f, f"{a}/v1/rauru/tapura", headers=_h(rng, **b), body={
            "tapao": L(EVENT, BUY), "tamaroa": L(KID, NAMEC),
            "tapura": [{"ingoa": L(HUSBAND[0], NAMEC), "ei": "papa"},
                       {"ingoa": L(MOTHER_IL[0], NAMEC), "ei": "mama ruau"},
                       {"ingoa": L("Rongo Vainerere", NAMEC), "ei": "matua"}]}),
        multipart(f, f"{a}/v1/tutu", [
            ("tutu", "tamatoa_pareu.jpg", "image/jpeg", L(JPEG + b"\x26", MEDIA)),
            ("meta", None, "application/json", {
                "tapao": L(EVENT, BUY), "tamaroa": L(KID, NAMEC),
                "karere": L("Tamatoa i roto i tona pareu, e rauru roa", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/orometua", headers=_h(rng, **b), body={
            "orometua": "or_tupapa_01", "ekalesia": L("Ekalesia Tupapa", SENS),
            "pure": L("pure akameitaki", SENS), "tapao": L(EVENT, BUY)}),
        case(f, f"{a}/v1/akaputuanga/tae", headers=_h(rng, **b), body={
            "tapao": L(EVENT, BUY), "turanga": {"lat": vla, "lng": vlo},
            "are": {"lat": VENUE["lat"], "lng": VENUE["lon"], "niuniu": VENUE["phone"]}}),
        case(f, f"{a}/v1/tutaki", fmt="form", headers=_h(rng, **b), body={
            "tapao": L(EVENT, BUY), "moni": L("1630.00", BUY), "moni_tu": "NZD",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/moni/tuku", headers=_h(rng, **b), body={
            "kia": CATERER["id"], "numero_kaute": L(JOINT_ACCOUNT, PAY),
            "ingoa_kaute": L(f"{FIRST} {LAST} & {HUSBAND[0]}", NAMEC),
            "moni": L(500, BUY), "tumu": L(f"deposit {EVENT}", BUY), "ref": rid(rng)}),
        case(f, f"{a}/v1/kimi", headers=_h(rng, **b), query={
            "kupu": L("ei kiri no te pakoti rauru", SEARCH), "api": "1"}),
        case(f, f"{a}/v1/livestream", headers=_h(rng, **b), body={
            "tapao": L(EVENT, BUY), "room": obj(rng, "ls"),
            "join_token": L(opaque(rng, "ls_", 36), CRED),
            "kia": [L(SISTER_IL[2], MAIL)]}),
        case(f, f"{a}/v1/akaputuanga/summary", headers=_h(rng, how="none"), cookies={
            "pk_session": L(opaque(rng, "", 40), CRED), "pk_device": L(INSTALL_ID, DID),
            "pk_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("guests_imported", 1, n=3), ev("screen", 2, screen=L("Taoanga", USAGE)),
                ev("payment", 3, moni=L(1630, BUY))]}),
    ]


def pakoti_sdks() -> list[Case]:
    rng = random.Random(16612)
    link = U("https://pakoti.example.com/e", {"tapao": L(EVENT, BUY), "src": "sms",
                                             "em": L(EMAIL, MAIL)})
    return [
        mk_batch(APP, rng, [("Event Created", {"guests": 180}),
                            ("Guests Imported", {"count": 3})]),
        mk_queue(APP, rng, [("Gift Logged", {"kind": "moni"}), ("Cutter Added", {})]),
        tt_launch(APP, rng, user=True),
        tt_link(APP, rng, link),
        bv_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=VENUE_FIX, nd=2, yob=1991,
               gender="F", keywords="party,catering,family"),
        cm_session(APP, rng, secs=1288),
        fk_eval(APP, rng, {"guests": 180, "island": L("Rarotonga", COARSE)}, hdr=True),
        ce_save(APP, rng, {"analytics": True, "ads": True}),
        ck_card(APP, rng, email=True),
        ck_confirm(APP, rng, "1630.00"),
        mi_route(APP, rng, [(HOME_AT, PRECISE), ((VENUE["lat"], VENUE["lon"]), None)]),
    ]
