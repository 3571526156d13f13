"""A charcoal delivery app "Tiya Makala" (``tiya`` fire, ``makala`` charcoal; a Mvuzi depot whose
riders bring sacks of Mayombe charcoal up the hill to the houses of Matadi). Its API's keys are
Kituba in ASCII with a few French words: ``zina`` name, ``nsinga`` phone, ``kinsweki`` password,
``adresi`` address, ``kartie`` quarter, ``mbanza`` town, ``saki`` sack, ``komande`` order,
``ntalu`` amount/price, ``lufutu`` payment, ``nimero_ya_mobile_money`` wallet number,
``kisika`` place, ``kunata`` delivery (lit. "to carry"), ``mbala`` times, ``mposo`` week,
``mambu`` remark, ``nota`` rating, ``foto`` photo, ``sosa`` search, ``mbeki`` (cook)stove,
``ndinga`` language, ``zone_ya_ntangu`` time zone. Sign-up, an SMS code, ``/mono``, depots near
the house (3 decimals), the price list, an order delivered to her door (her fix), its payment by
mobile money, the rider's position, the order by number in the path, a saved cart (msgpack), a
weekly subscription, a cookstove, a complaint about wet charcoal with a photo, a rating, a
search, a delivery note for her husband, receipts by cookie, push and events. New kind:
"charcoal" matched only two docstrings (keys of a cookstove and a farm app), "charcoal deliver"
nothing; cooking-gas refills exist (sets 96, 139 and a later gas set), charcoal by the sack
carried by a rider does not."""

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
    JPEG,
    MEDIA,
    NAMEC,
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
from eval_families246_kit import (
    DEPOT,
    DRIVER_AT,
    HOME,
    HOME_AT,
    HUSBAND,
    LOCAL_PHONE,
    fix,
    hd,
    push,
)
from eval_families246_sdk import bm_bid, cz_session, lm_event, lm_launch, ty_batch, ty_pixel
from eval_families246_svc import fm_eval, hb_message, my_route, my_telemetry, pn_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tiyamakala", "Tiya Makala", "com.example.tiyamakala", "1.1.9",
          "https://api.tiyamakala.example.net")
IID = "X-Tiya-Aparey"
PW = "Makala#Mvuzi44"
ORDER = "TM-26-004117"  # her charcoal order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def makala() -> list[Case]:
    rng = random.Random(24651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nsinga=L(LOCAL_PHONE, TEL)))}
    hla, hlo = fix(HOME_AT)
    status = at_path(case(f, f"{a}/v1/komande/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/kusonika", headers=_h(rng), body={
            "zina": L(f"{FIRST} {LAST}", NAMEC), "nsinga": L(LOCAL_PHONE, TEL),
            "kinsweki": L(PW, CRED), "adresi": L(HOME["line"], ADDR),
            "kartie": L(HOME["area"], COARSE), "mbanza": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/kukota/sms", fmt="form", headers=_h(rng), body={
            "nsinga": L(LOCAL_PHONE, TEL), "code": L("731160", CRED)}),
        case(f, f"{a}/v1/mono", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/depo/penepene", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "4"}),
        case(f, f"{a}/v1/depo/{DEPOT['id']}/ntalu", headers=_h(rng, **b), query={
            "saki": "all", "devise": "CDF"}),
        case(f, f"{a}/v1/komande", headers=_h(rng, **b), body={
            "depo": DEPOT["id"], "komande": L(ORDER, BUY),
            "saki": [{"mutindu": "makala ya nene", "mbala": 2, "ntalu": 45000},
                     {"mutindu": "makala ya fioti", "mbala": 1, "ntalu": 18000}],
            "ntalu": L(108000, BUY), "devise": "CDF", "kunata": "nzo",
            "adresi": L(HOME["line"], ADDR),
            "kisika": {"lat": hla, "lon": hlo},
            "mambu": L("Kuma na porte ya mbisi, bula nsinga ntete", TEXT)}),
        case(f, f"{a}/v1/lufutu", fmt="form", headers=_h(rng, **b), body={
            "komande": L(ORDER, BUY), "ntalu": L("108000", BUY), "devise": "CDF",
            "nimero_ya_mobile_money": L(LOCAL_PHONE, TEL), "reference": rid(rng)}),
        case(f, f"{a}/v1/komande/{ORDER}/rider", headers=_h(rng, **b), query={
            "since": "1768380000", "last": f"{DRIVER_AT[0]:.5f},{DRIVER_AT[1]:.5f}"}),
        status,
        case(f, f"{a}/v1/panier", fmt="msgpack", headers=_h(rng, **b), body={
            "depo": DEPOT["id"], "saki": [{"mutindu": "makala ya nene", "mbala": 3}],
            "ntalu": L(135000, BUY), "muntu": L(USER_ID, UID)}),
        case(f, f"{a}/v1/abonnement", headers=_h(rng, **b), body={
            "depo": DEPOT["id"], "mposo_yonso": True, "kilumbu": "sabado",
            "saki": 2, "ntalu_ya_mposo": L(90000, BUY), "adresi": L(HOME["line"], ADDR)}),
        case(f, f"{a}/v1/mbeki", headers=_h(rng, **b), body={
            "produit": "mbeki_ya_ecologique_m2", "ntalu": L(25, BUY), "devise": "USD",
            "komande": L("TM-26-004181", BUY)}),
        multipart(f, f"{a}/v1/plainte", [
            ("foto", "makala_masa.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {
                "komande": L(ORDER, BUY),
                "mambu": L("Saki ya zole kele na masa, makala ke pela ve", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nota", fmt="form", headers=_h(rng, **b), body={
            "komande": L(ORDER, BUY), "nota": "3", "rider": "rd_0931",
            "mambu": L("Rider me kuma mbote kansi makala ya mvula", TEXT)}),
        case(f, f"{a}/v1/sosa", headers=_h(rng, **b), query={
            "sosa": L("makala ya Mayombe saki ya nene", SEARCH)}),
        case(f, f"{a}/v1/komande/{ORDER}/note", headers=_h(rng, **b), body={
            "mambu": L("Bakala na mono Luzolo ta baka saki, nsinga na yandi +243812004417",
                       f"{TEXT}|{NAMEC}|{TEL}"),
            "kuzwa": {"zina": L(HUSBAND[0], NAMEC), "nsinga": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/resi", headers=_h(rng, how="none"), cookies={
            "tm_session": L(opaque(rng, "", 40), CRED), "tm_aparey": L(INSTALL_ID, DID),
            "tm_req": rid(rng)}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/mambu", headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "events": [
                ev("order_placed", 1, ntalu=L(108000, BUY)),
                ev("ekrani", 2, ekrani=L("Suivi", USAGE))]}),
    ]


def makala_sdks() -> list[Case]:
    rng = random.Random(24652)
    return [
        ty_batch(APP, rng, [("Order Placed", {"total": L(108000, BUY)}),
                            ("Rider Tracked", {})], at=HOME_AT, nd=3),
        ty_pixel(APP, rng, "Price List Viewed", {"depot": DEPOT["id"]}),
        lm_launch(APP, rng, user=True),
        lm_event(APP, rng, "purchase", {"komande": L(ORDER, BUY)}, revenue=38.0,
                 currency="USD"),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="charcoal,cooking,stove"),
        cz_session(APP, rng, secs=211),
        fm_eval(APP, rng, {"depo": DEPOT["id"], "mbanza": L("Matadi", COARSE)}),
        pn_register(APP, rng, lang="fr", at=HOME_AT, nd=2, tags={"depo": DEPOT["id"]}),
        my_route(APP, rng, [((DEPOT["lat"], DEPOT["lon"]), None), (HOME_AT, PRECISE)]),
        my_telemetry(APP, rng, [HOME_AT, (HOME_AT[0] + 0.000412, HOME_AT[1] - 0.000307)],
                     PRECISE),
        hb_message(APP, rng, L(f"Komande {ORDER} me kuma ve, mono me futa dezia",
                               f"{TEXT}|{BUY}"), {"nsinga": L(E164, TEL)}),
    ]
