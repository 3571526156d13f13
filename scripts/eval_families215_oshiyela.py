"""An Ondangwa welding workshop's order app "Oshiyela" ("iron"; its API's keys are Oshiwambo:
``edhina`` first name, ``edhina_lyofamili`` surname, ``imeili`` e-mail, ``ongodi`` phone,
``oshiholekwa`` password (lit. "the hidden thing"), ``onomola_yomukanda`` ID document number,
``egumbo`` home (street line), ``ondoolopa`` town, ``oshitopolwa`` region, ``omukunda`` village,
``eindilo`` order, ``omweelo`` gate, ``ekende`` window, ``otanka`` tank, ``uunene`` size,
``ethano`` photo, ``oshimaliwa`` amount, ``efuto`` payment, ``ehala`` place, ``etumwalaka``
message, ``edhiladhilo`` comment, ``okukonga`` search, ``enyenyeto`` complaint, ``omulongithi``
user, ``iiningwanima`` events): sign-up with her ID, log-in, ``/ngame`` ("me"), burglar bars for
their Oshakati windows and a gate and tank stand for the Outapi homestead (measurements, photos),
a quote, a deposit, the delivery to the homestead (its point), her fix when the welders arrive, a
protobuf job beat, extras (msgpack), the order by number in the path, a search, a review, a
complaint, a message, push, events and a log-out."""

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
    EMAIL_UPPER,
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
from eval_families215_kit import (
    CUSTOMER,
    HOME,
    HOME_AT,
    HOMESTEAD_AT,
    HUSBAND,
    JOB,
    NID_HERS,
    SISTER_IL,
    TZ,
    WORKSHOP,
    fix,
    hd,
    obj,
)
from eval_families215_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families215_svc import cl_card, cl_confirm, hs_message, mm_reverse, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("oshiyela", "Oshiyela", "com.example.oshiyela", "1.8.2",
          "https://api.oshiyela.example.com")
IID = "X-Oshiyela-Oshilongitho"
PW = "Omweelo#Ondangwa7"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ng=True, **kw)


def oshiyela() -> list[Case]:
    rng = random.Random(21511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeili=L(EMAIL, MAIL), omulongithi=L(CUSTOMER, UID)))}
    hla, hlo = fix(HOMESTEAD_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CUSTOMER, UID)), (2, JOB), (3, 1771200000),
               (4, [(1, L(HOMESTEAD_AT[0], PRECISE)), (2, L(HOMESTEAD_AT[1], PRECISE))]),
               (5, L(63, DEV))], "", lab)
    order = at_path(case(f, f"{a}/v1/omaindilo/{JOB}", headers=_h(rng, **b)), JOB, BUY)
    return [
        case(f, f"{a}/v1/iishangitho", headers=_h(rng), body={
            "edhina": L(FIRST, NAMEC), "edhina_lyofamili": L(LAST, NAMEC),
            "imeili": L(EMAIL, MAIL), "ongodi": L(E164, TEL), "oshiholekwa": L(PW, CRED),
            "onomola_yomukanda": L(NID_HERS, NID), "egumbo": L(HOME["line"], ADDR),
            "ondoolopa": L(HOME["town"], COARSE), "oshitopolwa": L(HOME["region"], COARSE),
            "omulongithi": L(CUSTOMER, UID), "ekwatathano": True}),
        case(f, f"{a}/v1/omwiingilo", fmt="form", headers=_h(rng), body={
            "imeili": L(EMAIL_UPPER, MAIL), "oshiholekwa": L(PW, CRED), "dhimbulukwa": "1"}),
        case(f, f"{a}/v1/ngame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/iilonga", headers=_h(rng, **b), query={
            "oshikalimo": "omweelo", "ondoolopa": L("Ondangwa", COARSE)}),
        case(f, f"{a}/v1/omaindilo", headers=_h(rng, **b), body={
            "omulongithi": L(CUSTOMER, UID), "eindilo": L(JOB, BUY), "ostola": WORKSHOP["id"],
            "iinima": [{"oshikalimo": "uumbalo_womakende", "ekende": 4,
                        "uunene": {"uule_cm": 120, "uunene_cm": 90}},
                       {"oshikalimo": "omweelo", "uunene": {"uule_cm": 380, "uunene_cm": 180}},
                       {"oshikalimo": "oshipundi_shotanka", "otanka_l": 5000}],
            "egumbo": L(HOME["line"], ADDR), "ondoolopa": L(HOME["town"], COARSE),
            "edhiladhilo": L("Omweelo ngu otagu ka ya kegumbo lyameekulu kOutapi", TEXT)}),
        multipart(f, f"{a}/v1/omaindilo/{JOB}/omathano", [
            ("ethano", "ekende_lyopombanda.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"eindilo": L(JOB, BUY),
                                                "edhiladhilo": L("Ekende lyokokitchen", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/omaindilo/{JOB}/ondando", headers=_h(rng, **b), query={
            "iinima": "3", "okutula": "eeh"}),
        case(f, f"{a}/v1/efuto", fmt="form", headers=_h(rng, **b), body={
            "eindilo": L(JOB, BUY), "oshimaliwa": L("4800.00", BUY), "ovaluta": "NAD",
            "omukalo": L(opaque(rng, "pm_", 24), PAY), "uuhatu_wahugunina": L("4444", PAY)}),
        case(f, f"{a}/v1/omaindilo/{JOB}/okutula", headers=_h(rng, **b), body={
            "omukunda": L("Onheleiwa", COARSE), "ondoolopa": L("Outapi", COARSE),
            "oshitopolwa": L("Omusati", COARSE),
            "ehala": {"lat": hla, "lon": hlo},
            "ostola": {"lat": WORKSHOP["lat"], "lon": WORKSHOP["lon"]},
            "omutaambi": {"edhina": L(SISTER_IL[0], NAMEC), "ongodi": L(SISTER_IL[1], TEL)},
            "esiku": "2026-02-21"}),
        case(f, f"{a}/v1/omaindilo/{JOB}/yeya", headers=_h(rng, **b), body={
            "ehala": {"lat": L(f"{HOMESTEAD_AT[0]:.5f}", PRECISE),
                      "lon": L(f"{HOMESTEAD_AT[1]:.5f}", PRECISE), "uuyelele": 9},
            "omulongithi": L(CUSTOMER, UID), "okudhimbulukwa": obj(rng, "ar")}),
        raw(f, f"{a}/v1/iilonga/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/omaindilo/{JOB}/iigwedhelwa", fmt="msgpack", headers=_h(rng, **b),
             body={"eindilo": L(JOB, BUY),
                   "iinima": [{"edhina": "opeinda_oshitokolwa", "omwaalu": 2, "ondando": 350},
                              {"edhina": "okalimba", "omwaalu": 1, "ondando": 180}],
                   "oshimaliwa": L(880, BUY), "omulongithi": L(CUSTOMER, UID)}),
        order,
        case(f, f"{a}/v1/okukonga", headers=_h(rng, **b), query={
            "okukonga": L("omweelo gwoshiyela 4m wi na okalimba", SEARCH), "epandja": "1"}),
        case(f, f"{a}/v1/omaindilo/{JOB}/uuwanawa", fmt="form", headers=_h(rng, **b), body={
            "omweelo_ostola": WORKSHOP["id"], "uuwanawa": "4",
            "edhiladhilo": L("Iilonga iiwanawa, ashike ya lata esiku limwe.", TEXT)}),
        case(f, f"{a}/v1/enyenyeto", headers=_h(rng, **b), body={
            "eindilo": L(JOB, BUY), "oshikalimo": "oopenda",
            "etumwalaka": L(f"Omweelo kagu na opeinda, omusamane gwandje {HUSBAND[0]} ota "
                            f"vulu okukala po {HUSBAND[1]}", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/omatumwalaka", headers=_h(rng, **b), body={
            "ostola": WORKSHOP["id"], "ongodi_yostola": WORKSHOP["phone"],
            "etumwalaka": L("Otamu vulu okweetha omakende ngele?", TEXT)}),
        case(f, f"{a}/v1/omaindilo", headers=_h(rng, how="none"), cookies={
            "oy_session": L(opaque(rng, "", 40), CRED), "oy_dev": L(INSTALL_ID, DID),
            "oy_req": rid(rng)}),
        case(f, f"{a}/v1/okakalata", fmt="form", headers=_h(rng, **b), body={
            "data": W({"omulongithi": L(CUSTOMER, UID), "ongodi": L(NATIONAL, TEL),
                       "egumbo": L(HOME["line"], ADDR)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/oshilongitho", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "oshilongitho_id": L(INSTALL_ID, DID),
            "elaka": L("ng", DEV), "tz": L(TZ, DEV), "oshikalimo": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/iiningwanima", gz=True, headers=_h(rng, **b), body={
            "omulongithi": L(USER_ID, UID), "iiningwanima": [
                ev("eindilo_lyatumwa", 1, ostola=WORKSHOP["id"]),
                ev("efuto", 2, oshimaliwa=L(4800, BUY)),
                ev("screen", 3, screen=L("OmaindiloGandje", USAGE))]}),
        case(f, f"{a}/v1/ehala_lyiilonga", headers=_h(rng, **b), body={
            "eindilo": L(JOB, BUY), "ehala_lyegumbo": {"lat": L(round(HOME_AT[0], 4), PRECISE),
                                                       "lon": L(round(HOME_AT[1], 4), PRECISE)},
            "omeya": "eeh", "omulilo": "aawe"}),
        case(f, f"{a}/v1/omupitilo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "oshilongitho": L(INSTALL_ID, DID)}),
    ]


def oshiyela_sdks() -> list[Case]:
    rng = random.Random(21512)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(4800, BUY)}),
                            ("Delivery Booked", {"town": L("Outapi", COARSE)})],
                 at=HOME_AT, nd=2, locale="ng_NA"),
        mc_identify(APP, rng, {"ondoolopa": L("Oshakati", COARSE),
                               "omulongithi": L(CUSTOMER, UID), "omaindilo": 1}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"eindilo": L(JOB, BUY)}, revenue=4800.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="welding,gates,security"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalArgumentException", "uunene < 0"),
                 [cd_crumb("nav", "Eindilo -> Uunene"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v1/omaindilo", "status": 201})],
                 screen="UuneneActivity"),
        pt_register(APP, rng, lang="ng", tags={"ostola": WORKSHOP["id"]}),
        cd_session(APP, rng, secs=612),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "4800.00"),
        mm_reverse(APP, rng, HOMESTEAD_AT, PRECISE, nd=5),
        mm_route(APP, rng, [((WORKSHOP["lat"], WORKSHOP["lon"]), None),
                            (HOMESTEAD_AT, PRECISE)]),
        hs_message(APP, rng, L(f"Eindilo {JOB} inali ya natango", f"{TEXT}|{BUY}"),
                   {"omulongithi": L(CUSTOMER, UID)}),
    ]
