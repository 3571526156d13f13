"""A subdivision's block-rosary app "Rosaryo sa Kaingod" (``kaingod`` neighbour: in October and
May the image of the Virgin is carried from house to house in Villa Consolacion, one household
hosting each night, the neighbours praying the rosary there; keys Hiligaynon with the OAuth and
English words kept: ``panimalay`` household, ``pangulo`` head, ``katapo`` member, ``ginaistaran``
address, ``petsa_abiabi`` hosting night, ``pangamuyo`` prayer, ``intensyon`` intention,
``misteryo`` mysteries, ``manugpanguna`` prayer leader, ``tambong`` attendance, ``hatag``
contribution, ``kapilya`` chapel, ``pista`` fiesta, ``relihiyon`` religion, ``bunyag`` baptism,
``selpon`` mobile, ``sulat`` message, ``litrato`` photo): the household's registration (her
religion, her husband, the daughter's baptism), an OAuth password grant, ``/ako``, the hosting
calendar, taking a night, attendance at a neighbour's house with her fix, the route of the image
with her house's point, intentions (one for her mother-in-law's diabetes), the leader rota, the
snack list, a contribution to the chapel fiesta, a novena search, a photo of the altar, the
group's chat, the household by number in the path, a receipt by cookie GET, push and events.
New: a docstring grep for "block rosary" and "prayer group" found nothing; the rosary appears as
an activity in set 183's chapel (Flores de Mayo) and a search in set 194's fiesta guild; this is
neighbours' house-to-house rota, not a chapel's or parish's app."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families242_kit import (
    CHAPEL,
    DAUGHTER,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    MOTHER_IL,
    NEIGHBOUR_AT,
    fix,
    hd,
    push,
)
from eval_families242_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_queue, tn_event
from eval_families242_svc import cl_wallet, cy_check, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kaingod", "Rosaryo sa Kaingod", "com.example.kaingod", "1.3.5",
          "https://api.kaingod.example.net")
IID = "X-Kaingod-Device"
PW = "Candelaria@Jaro2"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hil=True, **kw)


def kaingod() -> list[Case]:
    rng = random.Random(24221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), panimalay=L(HOUSEHOLD, UID),
                                    grupo=L("block-rosary-vc", REL)))}
    nla, nlo = fix(NEIGHBOUR_AT, 4)
    hh = at_path(case(f, f"{a}/v1/panimalay/{HOUSEHOLD}", headers=_h(rng, **b)), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v1/panimalay", headers=_h(rng), body={
            "panimalay": L(HOUSEHOLD, UID), "pangulo": L(f"{FIRST} {LAST}", NAMEC),
            "email": L(EMAIL, MAIL), "selpon": L(E164, TEL), "password": L(PW, CRED),
            "ginaistaran": L(HOME["line"], "contact.address"),
            "barangay": L(HOME["brgy"], COARSE), "relihiyon": L("Katoliko Romano", REL),
            "katapo": [{"ngalan": L(HUSBAND[0], NAMEC), "relasyon": "bana"},
                       {"ngalan": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                        "relasyon": "anak", "bunyag": L("2017-01-15", REL),
                        "kompirmasyon": L(False, REL)}],
            "kapilya": CHAPEL["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kaingod-android"}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kalendaryo", headers=_h(rng, **b), query={
            "bulan": "2026-05", "grupo": L("block-rosary-vc", REL)}),
        case(f, f"{a}/v1/abiabi", headers=_h(rng, **b), body={
            "panimalay": L(HOUSEHOLD, UID), "petsa_abiabi": "2026-05-14",
            "oras": "19:00", "altar": "sala", "pamaagi": L("rosaryo kag litanya", REL)}),
        case(f, f"{a}/v1/tambong", headers=_h(rng, **b), body={
            "gab-i": "2026-05-09", "lugar": {"lat": nla, "lng": nlo},
            "misteryo": L("Glorious", REL), "kadamuon_tawo": 3,
            "panimalay": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/ruta", headers=_h(rng, **b), body={
            "imahen": "img_birhen_01", "ruta": [
                {"panimalay": "VC-BR-0212", "gab-i": "2026-05-13"},
                {"panimalay": L(HOUSEHOLD, UID), "gab-i": "2026-05-14",
                 "lat": L(HOME_AT[0], PRECISE), "lng": L(HOME_AT[1], PRECISE)}],
            "kapilya": {"lat": CHAPEL["lat"], "lng": CHAPEL["lon"]}}),
        case(f, f"{a}/v1/intensyon", headers=_h(rng, **b), body={
            "gab-i": "2026-05-14",
            "intensyon": L(f"Para sa akon ugangan nga si {MOTHER_IL[0]}, nga magbalik ang "
                           "kusog niya halin sa diabetes", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "ipakita": "grupo"}),
        case(f, f"{a}/v1/manugpanguna/rota", headers=_h(rng, **b), query={
            "panimalay": L(HOUSEHOLD, UID), "bulan": "2026-05"}),
        case(f, f"{a}/v1/pagkaon", fmt="form", headers=_h(rng, **b), body={
            "gab-i": "2026-05-14", "dala": "biko kag tsokolate", "para_sa": "20",
            "panimalay": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/hatag", fmt="form", headers=_h(rng, **b), body={
            "pondo": L("pista-kapilya", REL), "kantidad": L("300", BUY), "kwarta": "PHP",
            "pamaagi": L(opaque(rng, "pm_", 24), PAY), "wala_ngalan": "false"}),
        case(f, f"{a}/v1/pangita", headers=_h(rng, **b), query={
            "q": L("nobena sa Birhen sang Candelaria Hiligaynon", f"{SEARCH}|{REL}")}),
        multipart(f, f"{a}/v1/litrato", [
            ("litrato", "altar.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "gab-i": "2026-05-14",
                "caption": L("Ang altar namon para sa Birhen, salamat sa mga kaingod", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "kwarto": "vc-block-3",
            "sulat": L("Ma-late kami sang 15 minutos, si Ramon ang magdala sang lamesa", TEXT)}),
        case(f, f"{a}/v1/sulat", headers=_h(rng, **b), body={
            "para_kay": "chp_vc_coord",
            "sulat": L("Puwede bala si Nay Teresita (+639285550177) mag-upod sa rosaryo sa "
                       "Sabado?", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/hulam/lingkuranan", fmt="form", headers=_h(rng, **b), body={
            "panimalay": L(HOUSEHOLD, UID), "kadamuon": "20", "petsa": "2026-05-14",
            "hatdan": L(HOME["line"], "contact.address"), "selpon": L(NATIONAL, TEL)}),
        case(f, f"{a}/v1/tambong/lista", headers=_h(rng, **b), body={
            "gab-i": "2026-05-14", "panimalay": L(HOUSEHOLD, UID),
            "nagtambong": [L("Nene Villanueva", NAMEC), L("Dodong Villanueva", NAMEC),
                           L("Marites Sorongon", NAMEC)],
            "kadamuon": 11, "misteryo": L("Sorrowful", REL)}),
        hh,
        case(f, f"{a}/v1/resibo/pinakaulihi", headers=_h(rng, how="none"), cookies={
            "kg_sesyon": L(opaque(rng, "", 40), CRED), "kg_device": L(INSTALL_ID, DID),
            "kg_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "hil_PH")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("night_taken", 1), ev("screen", 2, screen=L("Kalendaryo", USAGE)),
                ev("contribution", 3, pondo=L("pista-kapilya", REL))]}),
    ]


def kaingod_sdks() -> list[Case]:
    rng = random.Random(24222)
    return [
        mc_batch(APP, rng, [("Night Taken", {"month": "2026-05"}),
                            ("Rosary Attended", {"mystery": L("Glorious", REL)})],
                 at=NEIGHBOUR_AT, nd=2, locale="hil_PH"),
        mc_identify(APP, rng, {"grupo": L("block-rosary-vc", REL),
                               "panimalay": L(HOUSEHOLD, UID), "barangay": L("Tabuc Suba",
                                                                              COARSE)}),
        mc_queue(APP, rng, [("Prayer Opened", {"mystery": L("Joyful", REL)}),
                            ("Song Played", {"song": "Ave Maria"})]),
        tn_event(APP, rng, "contribution", {"pondo": L("pista-kapilya", REL)}, revenue=300.0,
                 currency="PHP"),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/hatag"),
                 [cd_crumb("nav", "Home -> Hatag"), cd_crumb("tap", "hatag_button")],
                 screen="HatagActivity"),
        pt_register(APP, rng, lang="hil", at=HOME_AT, nd=2,
                    tags={"grupo": L("block-rosary-vc", REL), "block": "3"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "300", L(E164, TEL)),
        mm_route(APP, rng, [(HOME_AT, PRECISE), (NEIGHBOUR_AT, PRECISE)], mode="walking"),
        hs_message(APP, rng, L("Wala nagguwa ang amon gab-i sa kalendaryo sang rosaryo",
                               f"{TEXT}|{REL}"), {"panimalay": L(HOUSEHOLD, UID)}),
    ]
