"""A saffron house's app "Zzafran Taliwin" (a family saffron house in Taliouine, two hours east of
Taroudant: its shop and its November harvest mornings; she orders saffron for her sister in
Ohio and takes her husband to pick flowers at dawn). Its API's keys are Tachelhit in Latin
letters with the trade's loans: ``assagh`` first name, ``tawja`` family name, ``nnmra`` phone,
``lkud_ssirri`` password ("secret code"), ``l3nwan`` address, ``tamdint`` town, ``lkud_n_lbrid``
post code, ``tamurt`` country, ``zzafran`` saffron, ``lghram`` grams, ``ssumt`` price,
``ttlb`` order, ``lhdiya`` gift, ``amazan`` sender, ``amsigh`` recipient, ``lbrid`` post,
``lqtf`` picking, ``ijddign`` flowers, ``tafsut`` season, ``iqariden`` amount, ``lxlas``
payment, ``tinqqidin`` points, ``itran`` stars, ``awal`` remark, ``lmsaj`` message,
``tswira`` photo, ``asiggl`` search, ``adgar`` place, ``nkki`` me, ``aruku`` device,
``tigawin`` events. Calls: sign-up, an e-mail code, ``/nkki``, the catalogue, a gift order for
her sister, its payment, the parcel to Ohio (msgpack), a harvest morning booked for two, a
check-in in the field with her fix, the picking session queued offline (JSON Lines, her fixes),
a photo of the flowers, the pick-up at the Taliouine stop, a review, a search, the order by
number in the path, the invoice by cookie, her points, saved addresses, push and events. New:
"saffron" matched no docstring (spice and tea shops exist; this one sells the family's own
saffron and books harvest mornings)."""

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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families254_kit import (
    FIELD_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    ORDER,
    SAFFRON,
    fix,
    hd,
    obj,
    push,
)
from eval_families254_sdk import (
    bw_bid,
    bw_notice,
    ck_crash,
    ck_crumb,
    mg_batch,
    mg_identify,
    ta_event,
    ta_launch,
)
from eval_families254_svc import ht_message, mb_reverse, mb_route, pq_card, pq_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zzafran", "Zzafran Taliwin", "com.example.zzafran", "4.0.2",
          "https://api.zzafran.example.net")
IID = "X-Zzafran-Aruku"
PW = "Taliwin-Tafsut26"
SISTER_US = ("Emily Doe", "+15550148822", "emily.doe@example.net",
             "221 Maple Ave", "Columbus", "43215")  # her sister in Ohio (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def zzafran() -> list[Case]:
    rng = random.Random(25461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nnmra=L(E164, TEL)))}
    fla, flo = fix(FIELD_FIX)
    lqtf = obj(rng, "lq")
    byid = at_path(case(f, f"{a}/api/v4/ttlb/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/v4/tirra", headers=_h(rng), body={
            "assagh": L(FIRST, NAMEC), "tawja": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nnmra": L(E164, TEL), "lkud_ssirri": L(PW, CRED),
            "tamdint": L(HOME["town"], COARSE), "tamurt": L("MA", COARSE)}),
        case(f, f"{a}/api/v4/kchm/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "lkud": L("377120", CRED)}),
        case(f, f"{a}/api/v4/nkki", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v4/zzafran", headers=_h(rng), query={
            "taggayt": "all", "tadrimt": "MAD", "tasna": "1"}),
        case(f, f"{a}/api/v4/ttlb", headers=_h(rng, **b), body={
            "ttlb": L(ORDER, BUY),
            "tiwssa": [{"sku": "zf_coupe_5g", "ddrt": 2, "ssumt": 160},
                       {"sku": "zf_tea_box", "ddrt": 1, "ssumt": 95}],
            "iqariden": L(415, BUY), "tadrimt": "MAD",
            "lhdiya": {"amsigh": L(SISTER_US[0], NAMEC),
                       "awal": L("Emily, zzafran n Taliwin, f lqahwa n tifawt!", TEXT)}}),
        case(f, f"{a}/api/v4/lxlas", fmt="form", headers=_h(rng, **b), body={
            "ttlb": L(ORDER, BUY), "iqariden": L("415.00", BUY),
            "tarrayt": L(opaque(rng, "pm_", 24), PAY), "ukan_4": L("4444", PAY)}),
        case(f, f"{a}/api/v4/lbrid", fmt="msgpack", headers=_h(rng, **b), body={
            "ttlb": L(ORDER, BUY),
            "amazan": {"assagh": L(f"{FIRST} {LAST}", NAMEC), "nnmra": L(E164, TEL)},
            "amsigh": {"assagh": L(SISTER_US[0], NAMEC), "nnmra": L(SISTER_US[1], TEL),
                       "email": L(SISTER_US[2], MAIL), "l3nwan": L(SISTER_US[3], ADDR),
                       "tamdint": L(SISTER_US[4], COARSE),
                       "lkud_n_lbrid": L(SISTER_US[5], COARSE), "tamurt": L("US", COARSE)},
            "lkilu": 0.3, "ssumt_n_lbrid": L(180, BUY)}),
        case(f, f"{a}/api/v4/lqtf", headers=_h(rng, **b), body={
            "lqtf": lqtf, "ass": "2026-11-04", "tasa3t": "06:00",
            "imdanen": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "iqariden": L(300, BUY), "nnmra": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/v4/lqtf/{lqtf}/kchm", headers=_h(rng, **b), body={
            "adgar": {"lat": fla, "lng": flo, "tizdi": 7},
            "tigmmi_n_zzafran": {"lat": SAFFRON["lat"], "lng": SAFFRON["lon"]}}),
        lines(f, f"{a}/api/v4/lqtf/{lqtf}/sync", [
            {"t": 1793768400 + 600 * i, "lat": L(round(FIELD_FIX[0] + 0.00021 * i, 6), PRECISE),
             "lng": L(round(FIELD_FIX[1] - 0.00017 * i, 6), PRECISE), "ijddign": 120 + 35 * i}
            for i in range(3)], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v4/tiswirin", [
            ("tswira", "ijddign.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {
                "lqtf": lqtf, "awal": L("Ijddign n zzafran g tifawt, nkki d Brahim", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v4/asiwd", fmt="form", headers=_h(rng, **b), body={
            "lqtf": lqtf, "adgar": L("Taliouine, mahatta n ttubis", COARSE),
            "nnmra": L(E164, TEL), "imdanen": "2"}),
        case(f, f"{a}/api/v4/itran", headers=_h(rng, **b), body={
            "sku": "zf_coupe_5g", "itran": 5,
            "awal": L("Zzafran ifulki bahra, ar ittfugh lkhir i ugurs", TEXT)}),
        case(f, f"{a}/api/v4/asiggl", headers=_h(rng, **b), query={
            "q": L("zzafran coupe 1 lhdiya", SEARCH), "tasna": "1"}),
        byid,
        case(f, f"{a}/api/v4/lfatura/latest", headers=_h(rng, how="none"), cookies={
            "zf_sess": L(opaque(rng, "", 40), CRED), "zf_dev": L(INSTALL_ID, DID),
            "zf_req": rid(rng)}),
        case(f, f"{a}/api/v4/tinqqidin", headers=_h(rng, **b), query={
            "amsqdac": L(USER_ID, UID)}),
        case(f, f"{a}/api/v4/l3nawin", headers=_h(rng, **b), body={
            "l3nwan": L(HOME["line"], ADDR), "tamdint": L(HOME["town"], COARSE),
            "lkud_n_lbrid": L(HOME["post"], COARSE), "tamurt": L("MA", COARSE),
            "lat": L(round(HOME_AT[0], 4), PRECISE), "lng": L(round(HOME_AT[1], 4), PRECISE)}),
        case(f, f"{a}/api/v4/lhdiya/card", fmt="form", headers=_h(rng, **b), body={
            "ttlb": L(ORDER, BUY), "amsigh": L(SISTER_US[0], NAMEC),
            "awal": L("Tanmmirt a ultma, s tayri zg Taroudant", TEXT)}),
        case(f, f"{a}/api/v4/aruku", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v4/tigawin", gz=True, headers=_h(rng, **b), body={
            "amsqdac": L(USER_ID, UID), "tigawin": [
                ev("ttlb_placed", 1, iqariden=L(415, BUY)),
                ev("agdil", 2, agdil=L("Lqtf", USAGE))]}),
    ]


def zzafran_sdks() -> list[Case]:
    rng = random.Random(25462)
    return [
        mg_batch(APP, rng, [("Order Placed", {"total": L(415, BUY)}),
                            ("Harvest Booked", {"n": 2})], at=FIELD_FIX, nd=2),
        mg_identify(APP, rng, {"tamdint": L("Taroudant", COARSE), "gifts": 1}),
        ta_launch(APP, rng, first=True),
        ta_event(APP, rng, "purchase", {"ttlb": L(ORDER, BUY)}, revenue=415.0, hashed=True),
        bw_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=FIELD_FIX, nd=3,
               keywords="saffron,spices,gifts"),
        bw_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.io.IOException", "sync queue full"),
                 [ck_crumb("nav", "Lqtf -> Sync")], screen="LqtfActivity"),
        pq_card(APP, rng, email=True),
        pq_confirm(APP, rng, "415.00"),
        mb_reverse(APP, rng, FIELD_FIX, PRECISE, nd=4),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((SAFFRON["lat"], SAFFRON["lon"]), None)]),
        ht_message(APP, rng, L(f"Ttlb {ORDER} ur ta ilkim Ohio", f"{TEXT}|{BUY}"),
                   {"ttlb": L(ORDER, BUY)}),
    ]
