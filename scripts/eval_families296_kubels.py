"""A mobile wood-fired hot-tub (kubilas) rental app "Kubėls" (a Plungė firm trails the tub to
the customer's yard for a weekend, firewood included; its API's keys are Samogitian in Latin
letters, ASCII-folded: ``vards``, ``pavarde``, ``el_pasts``, ``telefuons``, ``slaptazuodis``,
``kubels`` tub, ``ozsakyms`` order, ``atvezems`` delivery, ``adresos``, ``kaims`` village,
``seniunije`` eldership, ``vieta`` place, ``malkas`` firewood, ``ozstats`` deposit, ``soma``,
``kaina`` price, ``priedai`` extras, ``pratesims`` extension, ``grazinims`` return,
``kuontakts`` contact, ``ivertenims`` rating, ``skunds`` complaint, ``dokuments`` document):
sign-up, a log-in, ``/mona``, the catalogue, a tub's calendar, the order delivered to the
homestead, the deposit, her residence permit photographed for the deposit, the order by number in
the path, tracking, where to put it (a pin and a photo), extras (msgpack), the tub controller's
protobuf beat (its readings negatives), an extension, the return with her husband as contact, a
review, a complaint, the deposit refund to her IBAN, the invoice by cookie, push, events and a
log-out. No earlier set has a hot-tub rental ("hot tub", "jacuzzi", "kubil" matched nothing)."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families296_kit import (
    HOME_AT,
    HOMESTEAD,
    HOMESTEAD_AT,
    HUSBAND,
    IBAN,
    PERMIT,
    TUB_ORDER,
    TUBYARD,
    fix,
    hd,
    push,
)
from eval_families296_sdk import (
    bl_bid,
    bl_notice,
    ck_session,
    tm_event,
    tm_launch,
    tm_link,
    tt_batch,
)
from eval_families296_svc import cz_card, cz_confirm, hp_message, mv_reverse, mv_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kubels", "Kubels", "com.example.kubels", "1.9.4", "https://api.kubels.example.com")
IID = "X-Kubels-Install"
PW = "Kubilas*Sateikiai7"
NID = "personal.national_id"
TUB = "kb_6vietu_03"  # the tub (a negative)
PIN_AT = (55.932301, 21.884122)  # the spot in the homestead's yard she pins (precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kubels() -> list[Case]:
    rng = random.Random(29631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pasts=L(EMAIL, MAIL), telefuons=L(NATIONAL, TEL)))}
    pla, plo = fix(PIN_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TUB_ORDER, BUY)), (2, "KBC-7731-0932"), (3, 1784278800),
               (4, [(1, 38.5), (2, 41.0), (3, 7)]), (5, L(81, DEV))], "", lab)
    order = at_path(case(f, f"{a}/v1/ozsakymai/{TUB_ORDER}", headers=_h(rng, **b)),
                    TUB_ORDER, BUY)
    return [
        case(f, f"{a}/v1/registracije", headers=_h(rng), body={
            "vards": L(FIRST, NAMEC), "pavarde": L(LAST, NAMEC), "el_pasts": L(EMAIL, MAIL),
            "telefuons": L(NATIONAL, TEL), "slaptazuodis": L(PW, CRED), "salis": "US"}),
        case(f, f"{a}/v1/prisijongims", headers=_h(rng), body={
            "el_pasts": L(EMAIL, MAIL), "slaptazuodis": L(PW, CRED),
            "irenginys": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mona", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kubelai", headers=_h(rng, **b), query={
            "nu": "2026-07-17", "lig": "2026-07-19", "vietu": "6"}),
        case(f, f"{a}/v1/kubelai/{TUB}/kalendorius", headers=_h(rng, **b),
             query={"menou": "2026-07"}),
        case(f, f"{a}/v1/ozsakymai", headers=_h(rng, **b), body={
            "kubels": TUB, "nu": "2026-07-17", "lig": "2026-07-19",
            "atvezems": {"adresos": L(HOMESTEAD["line"], ADDR),
                         "kaims": L(HOMESTEAD["village"], COARSE),
                         "seniunije": L(HOMESTEAD["eldership"], COARSE),
                         "vieta": {"lat": pla, "lng": plo}},
            "malkas": 2, "ozsakyms": L(TUB_ORDER, BUY), "soma": L(180, BUY),
            "kuomentars": L("Gravel road, the dog at the gate is friendly", TEXT)}),
        case(f, f"{a}/v1/ozstats", fmt="form", headers=_h(rng, **b), body={
            "ozsakyms": L(TUB_ORDER, BUY), "soma": L("50.00", BUY), "valiota": "EUR",
            "muokejima_buods": L(opaque(rng, "pm_", 24), PAY), "kuorteles_galas": L("4444", PAY)}),
        multipart(f, f"{a}/v1/dokuments", [
            ("fuotuo", "leidimas.jpg", "image/jpeg", L(JPEG + b"\x17", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"ozsakyms": L(TUB_ORDER, BUY),
                                                "tips": "leidims_gyventi",
                                                "numers": L(PERMIT, NID)})],
            headers=_h(rng, **b)),
        order,
        case(f, f"{a}/v1/atvezems/sekims", headers=_h(rng, **b), query={
            "ozsakyms": L(TUB_ORDER, BUY)}),
        multipart(f, f"{a}/v1/ozsakymai/vieta", [
            ("fuotuo", "kiemas.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("meta", None, "application/json", {
                "ozsakyms": L(TUB_ORDER, BUY), "lat": L(PIN_AT[0], PRECISE),
                "lng": L(PIN_AT[1], PRECISE),
                "tekstas": L("Put it behind the sauna on the flat grass, not by the well",
                             TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/priedai", fmt="msgpack", headers=_h(rng, **b), body={
            "ozsakyms": L(TUB_ORDER, BUY),
            "priedai": [{"kuods": "led", "keikis": 1, "kaina": 10},
                        {"kuods": "chalats", "keikis": 3, "kaina": 5},
                        {"kuods": "zuoleles", "keikis": 1, "kaina": 4}],
            "soma": L(29, BUY)}),
        raw(f, f"{a}/v1/kubelai/{TUB}/pulss", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pratesims", fmt="form", headers=_h(rng, **b), body={
            "ozsakyms": L(TUB_ORDER, BUY), "papildomas_naktis": "1", "soma": L("60", BUY)}),
        case(f, f"{a}/v1/grazinims", headers=_h(rng, **b), body={
            "ozsakyms": L(TUB_ORDER, BUY), "laiks": "2026-07-20T10:00",
            "kuontakts": {"vards": L(HUSBAND[0], NAMEC), "telefuons": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/ivertenimai", fmt="form", headers=_h(rng, **b), body={
            "ozsakyms": L(TUB_ORDER, BUY), "zvaigzdes": "5",
            "tekstas": L("Hot in two hours, the kids loved it, great weekend at the farm",
                         TEXT)}),
        case(f, f"{a}/v1/skundai", headers=_h(rng, **b), body={
            "ozsakyms": L(TUB_ORDER, BUY), "kategorije": "malkas",
            "tekstas": L("Half of the firewood was wet and the filter was missing", TEXT)}),
        case(f, f"{a}/v1/ozstats/grazinims", headers=_h(rng, **b), body={
            "ozsakyms": L(TUB_ORDER, BUY), "saskaita": L(IBAN, PAY),
            "gavejs": L(f"{FIRST} {LAST}", NAMEC), "soma": L(50, BUY)}),
        case(f, f"{a}/v1/saskaitos/paskotine", headers=_h(rng, how="none"), cookies={
            "kb_sesije": L(opaque(rng, "", 40), CRED), "kb_irenginys": L(INSTALL_ID, DID),
            "kb_req": rid(rng)}),
        case(f, f"{a}/v1/irenginei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ivyke", gz=True, headers=_h(rng, **b), body={
            "vartuotuos": L(USER_ID, UID), "ivyke": [
                ev("ozsakyms", 1, soma=L(180, BUY)), ev("ekrans", 2,
                                                        ekrans=L("Sekims", USAGE))]}),
        case(f, f"{a}/v1/atsijongims", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kubels_sdks() -> list[Case]:
    rng = random.Random(29632)
    link = U("https://kubels.example.com/o", {"ozsakyms": L(TUB_ORDER, BUY), "src": "sms",
                                              "em": L(EMAIL, MAIL)})
    return [
        tt_batch(APP, rng, [("Tub Ordered", {"total": L(180, BUY)}),
                            ("Spot Pinned", {})], at=HOMESTEAD_AT, nd=3),
        tm_launch(APP, rng, first=True),
        tm_link(APP, rng, link),
        tm_event(APP, rng, "purchase", {"ozsakyms": L(TUB_ORDER, BUY)}, revenue=180.0,
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HOME_AT, nd=2,
               keywords="leisure,summer,garden"),
        bl_notice(APP, rng, "imp"),
        ck_session(APP, rng, secs=274),
        cz_card(APP, rng, email=True),
        cz_confirm(APP, rng, "50.00"),
        mv_reverse(APP, rng, PIN_AT, PRECISE, nd=5),
        mv_route(APP, rng, [((TUBYARD["lat"], TUBYARD["lon"]), None), (HOMESTEAD_AT, PRECISE)]),
        hp_message(APP, rng, L(f"Can the driver call before arriving? Order {TUB_ORDER}",
                               f"{TEXT}|{BUY}"), {"ozsakyms": L(TUB_ORDER, BUY)}),
    ]
