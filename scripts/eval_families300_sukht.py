"""A fuel-quota card app "Sukhtyar" (the family car's rationed petrol quota, CNG and petrol stations
around Rasht, fill-ups, the technical inspection and traffic fines; its API's keys are Gilaki in
Latin letters with the road's loans: ``nam`` name, ``famil`` surname, ``mobail`` mobile,
``kode_atba`` foreign national's ID, ``kart_sukht`` fuel card, ``sahmie`` quota, ``mashin`` car,
``pelak`` plate, ``malek`` owner, ``jaygah`` station, ``saf`` queue, ``litr`` litres,
``mablagh`` amount, ``sukhtgiri`` fill-up, ``tarikhche`` history, ``moayene`` inspection,
``khalafi`` fine, ``gozaresh`` complaint, ``matn`` text, ``mafghudi`` lost card, ``safar``
trip, ``mabda`` / ``maghsad`` origin / destination, ``arz`` / ``tul`` latitude / longitude,
``jostoju`` search): registration with the car and her card, an SMS code, ``/mi``, the quota
balance, stations near her flat, a station's queue, a fill-up (protobuf, her fix at the pump),
its payment, the history, an inspection booking, a complaint about a pump, a receipt's photo, an
offline fill-up queue (msgpack), a trip to Lahijan for the quota estimate, fines by plate,
a fine paid, a lost-card report, a preferences cookie (base64 JSON), a search, push, events and
a log-out. Sets 21 and 124 have a fuel-price finder and a generator-fuel delivery; this is a
rationed quota card's account."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
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
from eval_families24_kit import claims, rid
from eval_families300_kit import (
    FIDA,
    FUEL_CARD,
    HOME_AT,
    MIL_AT,
    PLATE,
    STATION,
    STATION_FIX,
    VIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families300_sdk import (
    ab_launch,
    bm_bid,
    bm_notice,
    cs_crash,
    cs_crumb,
    mv_batch,
    mv_queue,
)
from eval_families300_svc import (
    fk_eval,
    md_reverse,
    md_telemetry,
    pb_card,
    pb_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("sukhtyar", "Sukhtyar", "com.example.sukhtyar", "4.7.2",
          "https://api.sukhtyar.example.com")
IID = "X-Sukhtyar-Install"
NID = "personal.national_id"
ROAD = [(37.262412, 49.716905), (37.241877, 49.842216)]  # her fixes on the Lahijan road


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fa=True, **kw)


def sukhtyar() -> list[Case]:
    rng = random.Random(30051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kart_sukht=L(FUEL_CARD, UID), mobail=L(E164, TEL)))}
    sla, slo = fix(STATION_FIX)
    lab: dict[str, str] = {}
    fill = pb([(1, L(FUEL_CARD, UID)), (2, STATION["id"]), (3, 1766120000),
               (4, [(1, sla), (2, slo), (3, 6.0)]), (5, 30), (6, L(450000, BUY)),
               (7, "nazel_4")], "", lab)
    card = case(f, f"{a}/v3/kart/{FUEL_CARD}/sahmie", headers=_h(rng, **b))
    card = at_path(card, FUEL_CARD, UID)
    return [
        case(f, f"{a}/v3/sabtenam", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "famil": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "kode_atba": L(FIDA, NID),
            "mashin": {"pelak": PLATE, "vin": VIN, "model": "sedan 1.6", "sukht": "dogane",
                       "malek": L(f"{FIRST} {LAST}", NAMEC)},
            "kart_sukht": L(FUEL_CARD, UID)}),
        case(f, f"{a}/v3/vorud/kod", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "kod": L("803377", CRED)}),
        case(f, f"{a}/v3/mi", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/v3/jaygahha/nazdik", headers=_h(rng, **b), query={
            "arz": L(f"{HOME_AT[0]:.3f}", PRECISE), "tul": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "nu": "cng,benzin", "baz": "1"}),
        case(f, f"{a}/v3/jaygah/{STATION['id']}/saf", headers=_h(rng, **b)),
        raw(f, f"{a}/v3/sukhtgiri", fill, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/pardakht", fmt="form", headers=_h(rng, **b), body={
            "mablagh": L("450000", BUY), "kart_akhar": L("4444", PAY),
            "ravesh": L(opaque(rng, "pm_", 24), PAY), "jaygah": STATION["id"]}),
        case(f, f"{a}/v3/tarikhche", headers=_h(rng, **b), query={
            "kart_sukht": L(FUEL_CARD, UID), "az": "1404/07/01", "ta": "1404/09/30"}),
        case(f, f"{a}/v3/moayene/nobat", headers=_h(rng, **b), body={
            "pelak": PLATE, "markaz": "mk_rsh_02", "ruz": "1404/10/04", "saat": "09:30",
            "mablagh": L(2800000, BUY)}),
        case(f, f"{a}/v3/gozaresh", fmt="form", headers=_h(rng, **b), body={
            "jaygah": STATION["id"], "nazel": "4",
            "matn": L("Nazel 4 kam midahe, 30 litr zadam vali bak por nubu", TEXT)}),
        multipart(f, f"{a}/v3/resid/aks", [
            ("aks", "resid_114.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"kart_sukht": L(FUEL_CARD, UID),
                                                "jaygah": STATION["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/sukhtgiri/saf", fmt="msgpack", headers=_h(rng, **b), body={
            "kart_sukht": L(FUEL_CARD, UID), "aflain": [
                {"jaygah": "st_lhj_031", "litr": 25, "mablagh": L(375000, BUY),
                 "arz": L(f"{MIL_AT[0] + 0.0021:.5f}", PRECISE),
                 "tul": L(f"{MIL_AT[1] - 0.0017:.5f}", PRECISE)},
                {"jaygah": STATION["id"], "litr": 30, "mablagh": L(450000, BUY),
                 "arz": L(f"{STATION_FIX[0]:.5f}", PRECISE),
                 "tul": L(f"{STATION_FIX[1]:.5f}", PRECISE)}]}),
        case(f, f"{a}/v3/safar/takhmin", headers=_h(rng, **b), body={
            "mabda": {"arz": L(round(HOME_AT[0], 4), PRECISE), "tul": L(round(HOME_AT[1], 4),
                                                                        PRECISE)},
            "maghsad": {"arz": L(round(MIL_AT[0], 4), PRECISE), "tul": L(round(MIL_AT[1], 4),
                                                                         PRECISE)},
            "km": 41, "sukht": "benzin"}),
        case(f, f"{a}/v3/khalafi", headers=_h(rng, **b), query={
            "pelak": PLATE, "kode_atba": L(FIDA, NID)}),
        case(f, f"{a}/v3/khalafi/pardakht", headers=_h(rng, **b), body={
            "khalafi": obj(rng, "kh"), "mablagh": L(1500000, BUY),
            "ravesh": L(opaque(rng, "pm_", 24), PAY), "peygiri": rid(rng)}),
        case(f, f"{a}/v3/kart/mafghudi", headers=_h(rng, **b), body={
            "kart_sukht": L(FUEL_CARD, UID),
            "matn": L("Kart-a Lahijan-e jaygah ja benam, mi shuhar farda shene peyda kune",
                      TEXT)}),
        case(f, f"{a}/v3/tanzimat", headers=_h(rng, **b), cookies={
            "sk_sess": L(opaque(rng, "", 40), CRED),
            "sk_pref": W({"kart_sukht": L(FUEL_CARD, UID), "zaban": L("fa", DEV),
                          "sukht": "cng"}, "b64json")}),
        case(f, f"{a}/v3/jostoju", headers=_h(rng, **b), query={
            "q": L("cng 24 saate Lahijan", SEARCH)}),
        case(f, f"{a}/v3/device", headers=_h(rng, **b), body=push(push_token(rng), "fa_IR")),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("sahmie_dide", 1), ev("safhe", 2, safhe=L("JaygahhayeNazdik", USAGE))]}),
        case(f, f"{a}/v3/khoruj", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def sukhtyar_sdks() -> list[Case]:
    rng = random.Random(30052)
    return [
        mv_batch(APP, rng, [("Fill Up", {"litres": 30, "amount": L(450000, BUY)}),
                            ("Quota Viewed", {})], at=STATION_FIX, nd=3, locale="fa_IR"),
        mv_queue(APP, rng, [("Station Opened", {"station": "st_lhj_031"}),
                            ("Fill Up", {"litres": 25})]),
        ab_launch(APP, rng),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="car,fuel,tyres"),
        bm_notice(APP, rng, "win"),
        cs_crash(APP, rng, ("java.lang.IllegalStateException", "nfc card read"),
                 [cs_crumb("nav", "Sahmie -> KartScan"),
                  cs_crumb("net", "GET", {"url": f"{APP.api}/v3/mi", "status": 200})],
                 screen="KartScanActivity"),
        fk_eval(APP, rng, {"city": L("Rasht", COARSE), "fuel": "dual"}),
        ps_register(APP, rng, at=STATION_FIX, nd=2, lang="fa", tags={"fuel": "cng"}),
        md_reverse(APP, rng, STATION_FIX, PRECISE, nd=5),
        md_telemetry(APP, rng, ROAD, PRECISE),
        pb_card(APP, rng),
        pb_confirm(APP, rng, "450000"),
    ]
