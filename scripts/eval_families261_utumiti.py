"""A Kasama tree nursery's app "Utumiti" (``utumiti`` seedlings: a fictional nursery on the
Chambeshi road selling fruit and shade seedlings, delivering and planting; she orders mangoes,
avocados and masuku for the family's Kasama plot, where her mother-in-law waters them). Keys
Bemba in ASCII: ``ishina`` name, ``ishina_lyalupwa`` surname, ``foni`` phone, ``inkama``
password, ``apo_wikala`` address, ``itauni`` town, ``oda`` order, ``umutengo`` price,
``indalama`` amount, ``ukulipila`` payment, ``ukutwala`` delivery, ``uwakupoka`` receiver,
``ukubyala`` planting, ``imiti`` trees, ``incende`` place, ``icikope`` photo, ``amenshi`` water,
``ubukombe`` message, ``ukufwaya`` search, ``ikodi`` code, ``ifyacitika`` events. Calls:
sign-up, an e-mail code, ``/nebo``, the catalogue, the order, its payment, delivery to the plot
(its point and her mother-in-law as receiver), the planting service at the plot, the planting map
(msgpack: each tree's position), a photo, the nursery visit, the order by number in the path, a
watering log (JSON Lines), a loaned soil probe's readings (protobuf), a message, a search, a
cookie GET, push, events and a refresh."""

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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families261_kit import (
    HUSBAND,
    KS_PLOT,
    KS_PLOT_AT,
    MOTHER_IL,
    NURSERY,
    NURSERY_FIX,
    SEEDLING_ORDER,
    fix,
    hd,
    obj,
    push,
)
from eval_families261_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families261_svc import (
    cl_wallet,
    fn_eval,
    hs_message,
    mm_geocode,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("utumiti", "Utumiti", "com.example.utumiti", "1.1.4", "https://api.utumiti.example.com")
IID = "X-Utumiti-Install"
PW = "Masuku&Kasama9"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bem=True, **kw)


def _tree(i: int) -> tuple[float, float]:
    return (round(KS_PLOT_AT[0] + 0.00009 * (i % 3), 6),
            round(KS_PLOT_AT[1] + 0.00011 * (i // 3), 6))


def utumiti() -> list[Case]:
    rng = random.Random(26161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    pla, plo = fix(KS_PLOT_AT, 5)
    nla, nlo = fix(NURSERY_FIX)
    lab: dict[str, str] = {}
    probe = pb([(1, "probe_SM-0417"), (2, [(1, L(KS_PLOT_AT[0], PRECISE)),
                                           (2, L(KS_PLOT_AT[1], PRECISE))]),
                (3, [(1, 23.4), (2, 31.0), (3, 6.2)]), (4, 1766050200)], "", lab)
    order = at_path(case(f, f"{a}/v1/oda/{SEEDLING_ORDER}", headers=_h(rng, **b)),
                    SEEDLING_ORDER, BUY)
    return [
        case(f, f"{a}/v1/ukulembesha", headers=_h(rng), body={
            "ishina": L(FIRST, NAMEC), "ishina_lyalupwa": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "foni": L(E164, TEL), "inkama": L(PW, CRED),
            "apo_wikala": L(KS_PLOT["line"], ADDR), "itauni": L(KS_PLOT["town"], COARSE)}),
        case(f, f"{a}/v1/ikodi", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "ikodi": L("284017", CRED)}),
        case(f, f"{a}/v1/nebo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/imiti", headers=_h(rng, **b), query={
            "umusango": "ifisabo", "nursery": NURSERY["id"]}),
        case(f, f"{a}/v1/oda", headers=_h(rng, **b), body={
            "oda": L(SEEDLING_ORDER, BUY), "nursery": NURSERY["id"],
            "imiti": [{"ishina": "mango (grafted)", "impendwa": 10, "umutengo": 45},
                      {"ishina": "avocado Hass", "impendwa": 6, "umutengo": 60},
                      {"ishina": "masuku", "impendwa": 4, "umutengo": 35}],
            "indalama": L(950, BUY),
            "ubukombe": L("Imiti ya mango ibe iyakalamba, tulebyala mu December", TEXT)}),
        case(f, f"{a}/v1/ukulipila", fmt="form", headers=_h(rng, **b), body={
            "oda": L(SEEDLING_ORDER, BUY), "indalama": L("950.00", BUY), "ndalama": "ZMW",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/ukutwala", headers=_h(rng, **b), body={
            "oda": L(SEEDLING_ORDER, BUY), "apo_wikala": L(KS_PLOT["line"], ADDR),
            "itauni": L(KS_PLOT["town"], COARSE), "incende": {"lat": pla, "lng": plo},
            "uwakupoka": {"ishina": L(MOTHER_IL[0], NAMEC), "foni": L(MOTHER_IL[1], TEL)},
            "indalama": L(120, BUY)}),
        case(f, f"{a}/v1/ukubyala", fmt="form", headers=_h(rng, **b), body={
            "oda": L(SEEDLING_ORDER, BUY), "ubushiku": "2025-12-20", "ababomfi": "2",
            "lat": L(f"{KS_PLOT_AT[0]:.5f}", PRECISE), "lng": L(f"{KS_PLOT_AT[1]:.5f}", PRECISE),
            "indalama": L("200", BUY)}),
        case(f, f"{a}/v1/ukubyala/mapu", fmt="msgpack", headers=_h(rng, **b), body={
            "oda": L(SEEDLING_ORDER, BUY),
            "imiti": [{"umusango": kind, "lat": L(_tree(i)[0], PRECISE),
                       "lng": L(_tree(i)[1], PRECISE)}
                      for i, kind in enumerate(["mango", "mango", "avocado", "masuku"])]}),
        multipart(f, f"{a}/v1/ifikope", [
            ("icikope", "imiti_pa_plot.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "oda": L(SEEDLING_ORDER, BUY),
                "ubukombe": L("Umuti umo uwa avocado walepona amabula", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ukutandala", headers=_h(rng, **b), body={
            "nursery": {"id": NURSERY["id"], "lat": NURSERY["lat"], "lng": NURSERY["lon"]},
            "incende": {"lat": nla, "lng": nlo}, "visit": obj(rng, "vs")}),
        order,
        lines(f, f"{a}/v1/amenshi", [
            {"ubushiku": "2025-12-22", "litres": 80, "uwatapa": L(USER_ID, UID)},
            {"ubushiku": "2025-12-24", "litres": 60, "uwatapa": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ukwibukisha", headers=_h(rng, **b), body={
            "oda": L(SEEDLING_ORDER, BUY), "sms_ku": {"ishina": L(MOTHER_IL[0], NAMEC),
                                                      "foni": L(MOTHER_IL[1], TEL)},
            "inshiku": ["mon", "thu"], "inshita": "06:30"}),
        raw(f, f"{a}/v1/probe/readings", probe, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ilyashi", headers=_h(rng, **b), body={
            "ku": NURSERY["id"],
            "ubukombe": L("Mwandi, pa kutwala mwitile bamayo pa foni, ine ndi ku Kitwe", TEXT)}),
        case(f, f"{a}/v1/ukufwaya", headers=_h(rng, **b), query={
            "q": L("umuti wa masuku uukula bwangu", SEARCH)}),
        case(f, f"{a}/v1/oda/ishilya", headers=_h(rng, how="none"), cookies={
            "ut_sess": L(opaque(rng, "", 40), CRED), "ut_dev": L(INSTALL_ID, DID),
            "ut_req": rid(rng)}),
        case(f, f"{a}/v1/icibombelo", headers=_h(rng, **b), body=push(push_token(rng), "bem_ZM")),
        case(f, f"{a}/v1/ifyacitika", gz=True, headers=_h(rng, **b), body={
            "umwina": L(USER_ID, UID), "ifyacitika": [
                ev("oda", 1, indalama=L(950, BUY)), ev("screen", 2, screen=L("Mapu", USAGE))]}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def utumiti_sdks() -> list[Case]:
    rng = random.Random(26162)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(950, BUY)}),
                            ("Planting Booked", {})], at=KS_PLOT_AT, nd=2, locale="bem_ZM"),
        mc_identify(APP, rng, {"itauni": L("Kasama", COARSE), "orders": 1}),
        mc_pixel(APP, rng, "Catalogue Opened", {"umusango": "ifisabo"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"oda": L(SEEDLING_ORDER, BUY)}, revenue=950.0),
        fn_eval(APP, rng, {"itauni": L("Kasama", COARSE), "season": "rains"}),
        pt_register(APP, rng, lang="bem", at=KS_PLOT_AT, nd=3,
                    tags={"nursery": NURSERY["id"]}),
        cl_wallet(APP, rng, "950", L(HUSBAND[1], TEL)),
        mm_reverse(APP, rng, KS_PLOT_AT, PRECISE, nd=4),
        mm_geocode(APP, rng, "Chambeshi Road Tree Nursery", SEARCH, near=KS_PLOT_AT, nd=3),
        hs_message(APP, rng, L(f"Oda {SEEDLING_ORDER} taifikile, nalilipile kale",
                               f"{TEXT}|{BUY}"), {"oda": L(SEEDLING_ORDER, BUY)}),
    ]
