"""A lift club between Oshakati and Ondangwa, app "Ondjila" ("road"; six members share a
driver's car to work every weekday and pay monthly; its API's keys are Oshiwambo: ``ongodi``
phone, ``okoodi`` code, ``edhina`` name, ``imeili`` e-mail, ``egumbo`` home, ``omuhingi``
driver, ``ohauto`` car, ``oshipundi`` seat, ``ehala_lyokukuthwa`` pick-up point, ``ehala``
place, ``olweendo`` trip, ``ethimbo`` time, ``omwedhi`` month, ``oshimaliwa`` amount,
``efuto`` payment, ``iilonga`` work (her workplace), ``etumwalaka`` message, ``okukonga``
search, ``ondjila`` route, ``iiningwanima`` events, ``uundjolowele`` health): sign-up by
SMS code, ``/ngame``, joining a club (her pick-up by her gate, her workplace), the seat, the
monthly fee by e-wallet to the driver, live trips with her fixes, a protobuf trip beat, an
absence, a late message, the driver's rating, a lost item, a search, the trip history by member
number in the path, her emergency contact, a sick day, the club chat, push, events and a
log-out. Taxi and ride-hailing sets exist (100, 104, 107...); a lift club is a fixed group with a
monthly contribution, not on-demand rides."""

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
    MED,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families215_kit import (
    DRIVER,
    DROP,
    HOME,
    HOME_AT,
    HUSBAND,
    PICKUP_AT,
    RIDER,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families215_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_launch,
)
from eval_families215_svc import (
    cl_wallet,
    cy_save,
    fn_eval,
    hs_message,
    mm_geocode,
    mm_route,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ondjila", "Ondjila", "com.example.ondjila", "2.7.0", "https://api.ondjila.example.net")
IID = "X-Ondjila-Device"
CLUB = "lc_oshk_ond_06"  # the club (a negative)
ROUTE_MID = (-17.84712, 15.84388)  # a point on the B1 between the towns (chart: negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def ondjila() -> list[Case]:
    rng = random.Random(21571)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ongodi=L(E164, TEL), omulongithi=L(RIDER, UID),
                                    club=CLUB))}
    pla, plo = fix(PICKUP_AT)
    trip = obj(rng, "tp")
    lab: dict[str, str] = {}
    beat = pb([(1, L(RIDER, UID)), (2, trip), (3, 1771225200),
               (4, [(1, L(PICKUP_AT[0], PRECISE)), (2, L(PICKUP_AT[1], PRECISE)), (3, 6.0)]),
               (5, L(81, DEV))], "", lab)
    hist = at_path(case(f, f"{a}/v2/aayambidhi/{RIDER}/omalweendo", headers=_h(rng, **b),
                        query={"omwedhi": "2026-02"}), RIDER, UID)
    return [
        case(f, f"{a}/v2/ishangitha", headers=_h(rng), body={
            "ongodi": L(NATIONAL, TEL), "edhina": L(FIRST, NAMEC),
            "edhina_lyofamili": L(LAST, NAMEC), "imeili": L(EMAIL, MAIL)}),
        case(f, f"{a}/v2/okoodi", fmt="form", headers=_h(rng), body={
            "ongodi": L(E164, TEL), "okoodi": L("260417", CRED),
            "oshilongitho": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ngame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/omakuti", headers=_h(rng, **b), query={
            "okuza": L(HOME["area"], COARSE), "okuya": L("Ondangwa", COARSE),
            "ethimbo": "06:30"}),
        case(f, f"{a}/v2/omakuti/{CLUB}/iyambidha", headers=_h(rng, **b), body={
            "omulongithi": L(RIDER, UID), "egumbo": L(HOME["line"], ADDR),
            "ehala_lyokukuthwa": {"lat": pla, "lon": plo},
            "iilonga": {"edhina": L("Ondangwa Primary School", COARSE),
                        "lat": DROP["lat"], "lon": DROP["lon"]},
            "omasiku": ["mo", "tu", "we", "th", "fr"]}),
        case(f, f"{a}/v2/omakuti/{CLUB}/oshipundi", fmt="form", headers=_h(rng, **b), body={
            "oshipundi": "2", "omulongithi": L(RIDER, UID)}),
        case(f, f"{a}/v2/efuto", headers=_h(rng, **b), body={
            "omwedhi": "2026-03", "oshimaliwa": L("900.00", BUY),
            "omuhingi": {"edhina": L(DRIVER[0], NAMEC), "ongodi": L(DRIVER[1], TEL)},
            "ongodi_yandje": L(E164, TEL), "okoodi_yewallet": L("8824", CRED),
            "reference": rid(rng)}),
        case(f, f"{a}/v2/omalweendo/{trip}/onda_londa", headers=_h(rng, **b), body={
            "ehala": {"lat": pla, "lon": plo, "uuyelele": 5}, "ethimbo": "2026-02-16T06:34"}),
        raw(f, f"{a}/v2/omalweendo/{trip}/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/omalweendo/{trip}/nda_fika", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{DROP['lat'] + 0.00031:.5f}", PRECISE),
            "lon": L(f"{DROP['lon'] - 0.00022:.5f}", PRECISE), "omulongithi": L(RIDER, UID)}),
        case(f, f"{a}/v2/kaandi_po", headers=_h(rng, **b), body={
            "omulongithi": L(RIDER, UID), "esiku": "2026-02-18",
            "etumwalaka": L("Onda kwatwa kuukolokosha, itandi yi kiilonga nena",
                            f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/omatumwalaka", headers=_h(rng, **b), body={
            "okuya": "omuhingi", "etumwalaka": L("Efraim, tegelela ominute 5, ondi li pegumbo",
                                                  TEXT)}),
        case(f, f"{a}/v2/omuhingi/uuwanawa", fmt="form", headers=_h(rng, **b), body={
            "omuhingi": "drv_0932", "uuwanawa": "5",
            "edhiladhilo": L("Ohi hingi nawa, ihaa lata", TEXT)}),
        case(f, f"{a}/v2/iinima_ya_kana", headers=_h(rng, **b), body={
            "olweendo": trip, "oshinima": L("Ekutu lyokanona lyoshilangala shiitiligane", TEXT),
            "ongodi": L(E164, TEL)}),
        case(f, f"{a}/v2/okukonga", headers=_h(rng, **b), query={
            "okukonga": L("lift club Oshakati Ongwediva ongulohe", SEARCH)}),
        hist,
        case(f, f"{a}/v2/omuntu_gwoshiponga", headers=_h(rng, **b), body={
            "edhina": L(HUSBAND[0], NAMEC), "ongodi": L(HUSBAND[1], TEL),
            "uundjolowele": L("Ondi na asthma, inhaler oyi li mondjato", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/ongundu/{CLUB}", headers=_h(rng, **b), body={
            "etumwalaka": L(f"Ngele itandi ya, dhengeleni {HUSBAND[1]}", f"{TEXT}|{TEL}"),
            "client_ref": rid(rng)}),
        case(f, f"{a}/v2/omafuto", headers=_h(rng, how="none"), cookies={
            "oj_session": L(opaque(rng, "", 40), CRED),
            "oj_prefs": W({"omulongithi": L(RIDER, UID), "elaka": L("en", DEV),
                           "tz": L(TZ, DEV)}, "b64json")}),
        case(f, f"{a}/v2/oshilongitho", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "oshilongitho_id": L(INSTALL_ID, DID),
            "elaka": L("en", DEV), "oshikalimo": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/iiningwanima", gz=True, headers=_h(rng, **b), body={
            "omulongithi": L(USER_ID, UID), "iiningwanima": [
                ev("olweendo_lya_tameka", 1), ev("efuto", 2, oshimaliwa=L(900, BUY)),
                ev("screen", 3, screen=L("OlweendoNdaNena", USAGE))]}),
        case(f, f"{a}/v2/omupitilo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def ondjila_sdks() -> list[Case]:
    rng = random.Random(21572)
    return [
        mc_batch(APP, rng, [("Trip Started", {"club": CLUB}),
                            ("Fee Paid", {"amount": L(900, BUY)})], at=PICKUP_AT, nd=3),
        mc_identify(APP, rng, {"town": L("Oshakati", COARSE), "works_in": L("Ondangwa", COARSE),
                               "member": L(RIDER, UID)}),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PICKUP_AT, nd=2,
               keywords="commute,transport"),
        cd_crash(APP, rng, ("java.lang.SecurityException", "location permission revoked"),
                 [cd_crumb("nav", "Olweendo -> Live")], screen="LiveTripActivity"),
        cd_session(APP, rng, secs=2810),
        fn_eval(APP, rng, {"club": CLUB, "live": True}, hdr=True),
        pt_register(APP, rng, at=HOME_AT, nd=3, tags={"club": CLUB}),
        cy_save(APP, rng, {"analytics": True, "location": True, "ads": False}),
        cl_wallet(APP, rng, "900.00", L(DRIVER[1], TEL)),
        mm_geocode(APP, rng, "Ondangwa Primary School", SEARCH, near=PICKUP_AT, nd=4),
        mm_route(APP, rng, [(PICKUP_AT, PRECISE), (ROUTE_MID, None),
                            ((DROP["lat"], DROP["lon"]), None)]),
        mm_telemetry(APP, rng, [PICKUP_AT, HOME_AT], PRECISE),
        hs_message(APP, rng, L("I paid March but it shows unpaid", TEXT), {"club": CLUB}),
    ]
