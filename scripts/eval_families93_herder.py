"""Nomadic herder's livestock-count and pasture app "Malchin Devter": she keeps the books of the
herding household she stays with part of the year (its census number is the account; its camps
are her places). Registration by phone, an SMS code, ``/me``, the camps, the herd count (msgpack),
a winter loss report with a photo, pasture at the summer camp, camps nearby (other herders'),
her walk with the flock, an offline sync (protobuf), weather alerts, a vet request, prices,
index insurance and its payout account, a sale listing, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
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
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families93_kit import (
    CENSUS_NO,
    HERD,
    MN_ACCOUNT,
    NEIGHBOURS,
    SOUM_AT,
    SUMMER_CAMP,
    WINTER_CAMP,
    walk,
)
from eval_families93_sdk import ac_crash, ac_crumb, md_launch, tx_batch, tx_queue, zb_bid
from eval_families93_svc import gt_reverse, mp_register, tg_eval, tl_confirm, zv_save
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("malchin", "MalchinDevter", "mn.example.malchindevter", "3.1.7",
          "https://api.malchindevter.example.net")
IID = "Malchin-Device"
SOUM, BAG, AIMAG = "Bayandelger", "3-r bag", "Tov"  # location.coarse


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how="upper", auth=auth, **kw)


def malchin() -> list[Case]:
    rng = random.Random(9331)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, census=L(CENSUS_NO, UID)))}
    wla, wlo = fix(WINTER_CAMP, 6)
    sla, slo = fix(SUMMER_CAMP, 5)
    lab: dict[str, str] = {}
    sync = pb([(1, L(CENSUS_NO, UID)), (2, [(1, L(SUMMER_CAMP[0], PRECISE)),
                                            (2, L(SUMMER_CAMP[1], PRECISE))]),
               (3, HERD["honi"]), (4, HERD["yamaa"]), (5, 1765440000), (6, "sync_77")], "", lab)
    loss = obj(rng, "zud", 8)
    return [
        case(f, f"{a}/v1/register", headers=_h(rng, auth=None), body={
            "utas": L(E164, TEL), "ner": L(NAME, NAMEC), "census": L(CENSUS_NO, UID),
            "aimag": L(AIMAG, COARSE), "soum": L(SOUM, COARSE), "bag": L(BAG, COARSE)}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng, auth=None), body={
            "utas": L(NATIONAL, TEL), "kod": L("5518", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, auth=None, extra=jw)),
        case(f, f"{a}/v1/camps", headers=_h(rng), body={"camps": [
            {"season": "uvuljuu", "lat": wla, "lng": wlo, "shelter": "khashaa", "since": 2012},
            {"season": "zuslan", "lat": sla, "lng": slo, "water": "well"}]}),
        case(f, f"{a}/v1/herd/count", fmt="msgpack", headers=_h(rng), body={
            "census": L(CENSUS_NO, UID), "date": "2025-12-01", "counts": dict(HERD),
            "newborn": {"honi": 0, "yamaa": 0}, "counter": "app"}),
        multipart(f, f"{a}/v1/losses", [
            ("photo", "loss.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("report", None, "application/json", {
                "id": loss, "species": "honi", "dead": 14, "cause": "zud",
                "note": L("Snow crust since the 3rd, the weak ewes did not make it", TEXT),
                "lat": L(round(WINTER_CAMP[0], 4), PRECISE),
                "lng": L(round(WINTER_CAMP[1], 4), PRECISE)})], headers=_h(rng)),
        case(f, f"{a}/v1/pasture/ndvi", headers=_h(rng), query={
            "lat": L(f"{SUMMER_CAMP[0]:.4f}", PRECISE), "lng": L(f"{SUMMER_CAMP[1]:.4f}", PRECISE),
            "radius_km": "5", "from": "2025-06-01"}),
        case(f, f"{a}/v1/camps/nearby", headers=_h(rng), query={
            "near": L(f"{WINTER_CAMP[0]:.5f},{WINTER_CAMP[1]:.5f}", PRECISE), "km": "15"}),
        case(f, f"{a}/v1/water/report", headers=_h(rng), body={
            "by": NEIGHBOURS[0]["id"], "well": {"lat": NEIGHBOURS[0]["camp"][0],
                                               "lng": NEIGHBOURS[0]["camp"][1]},
            "state": "frozen", "confirm": True}),
        case(f, f"{a}/v1/track", headers=_h(rng), body={
            "flock": "honi-1", "fixes": walk(rng, 6, SUMMER_CAMP)}),
        raw(f, f"{a}/v1/sync", sync, "application/x-protobuf", lab, headers=_h(rng)),
        case(f, f"{a}/v1/alerts/subscribe", fmt="form", headers=_h(rng), body={
            "soum": L(SOUM, COARSE), "lat": L(f"{WINTER_CAMP[0]:.2f}", COARSE),
            "lng": L(f"{WINTER_CAMP[1]:.2f}", COARSE), "types": "zud,storm,fire"}),
        case(f, f"{a}/v1/vet/request", headers=_h(rng), body={
            "species": "yamaa", "heads": 6, "signs": "coughing, nasal discharge",
            "callback": L(E164, TEL), "camp": {"lat": L(round(WINTER_CAMP[0], 3), PRECISE),
                                               "lng": L(round(WINTER_CAMP[1], 3), PRECISE)},
            "soumCentre": list(SOUM_AT)}),
        case(f, f"{a}/v1/prices", headers=_h(rng), query={
            "aimag": "Tov", "items": "cashmere,sheep_wool,mutton", "week": "50"}),
        case(f, f"{a}/v1/insurance/policy", headers=_h(rng), body={
            "product": "livestock-index-2026", "heads": sum(HERD.values()),
            "premium": L(184000, BUY), "policy": L("IBLI-26-TOV-33107", BUY),
            "soum": L(SOUM, COARSE)}),
        case(f, f"{a}/v1/insurance/payout-account", fmt="form", headers=_h(rng), body={
            "iban": L(MN_ACCOUNT, PAY), "holder": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/market/listings", headers=_h(rng), body={
            "species": "honi", "heads": 20, "askPerHead": 260000, "pickup": "soum centre",
            "contact": L(E164, TEL)}),
        case(f, f"{a}/v1/neighbours", headers=_h(rng), query={
            "ids": ",".join(n["id"] for n in NEIGHBOURS)}),
        case(f, f"{a}/v1/migration", headers=_h(rng), body={
            "from": {"lat": L(round(WINTER_CAMP[0], 4), PRECISE),
                     "lng": L(round(WINTER_CAMP[1], 4), PRECISE)},
            "to": {"lat": L(round(SUMMER_CAMP[0], 4), PRECISE),
                   "lng": L(round(SUMMER_CAMP[1], 4), PRECISE)},
            "start": "2026-05-20", "heads": sum(HERD.values()), "truck": False}),
        case(f, f"{a}/v1/notes", fmt="form", headers=_h(rng), body={
            "text": L("Borrowed hay from the neighbours at the well, return 2 bales", TEXT),
            "user": L(USER_ID, UID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "offlineMaps": True, "storageFreeMb": L(11873, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng), body={
            "uid": L(USER_ID, UID), "events": [
                ev("herd_counted", 1, species=5), ev("loss_reported", 2),
                ev("screen", 3, screen=L("Pasture", USAGE))]}),
        case(f, f"{a}/v1/herd/history", headers=_h(rng, auth=None),
             cookies={"md_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def malchin_sdks() -> list[Case]:
    rng = random.Random(9332)
    return [
        tx_batch(APP, rng, [("Herd Counted", {"total": sum(HERD.values())}),
                            ("Screen Viewed", {"screen": L("HerdCount", USAGE)})],
                 fmt="msgpack"),
        tx_queue(APP, rng, [("Offline Count", {"species": "honi"}),
                            ("Track Saved", {"fixes": 6})]),
        md_launch(APP, rng, n=14, user=True),
        zb_bid(APP, rng, {"native": {"ver": "1.2"}}, at=WINTER_CAMP, nd=3),
        ac_crash(APP, rng, ("android.database.sqlite.SQLiteFullException", "disk full"),
                 [ac_crumb("nav", "Herd -> Sync")], screen="SyncActivity"),
        tg_eval(APP, rng, {"soum": L(SOUM, COARSE), "offlineFirst": True}),
        mp_register(APP, rng, at=WINTER_CAMP, nd=1, tags={"soum": L(SOUM, COARSE)}),
        zv_save(APP, rng, {"analytics": True, "ads": True}),
        tl_confirm(APP, rng, "184000"),
        gt_reverse(APP, rng, SUMMER_CAMP, PRECISE, nd=4),
        gt_reverse(APP, rng, NEIGHBOURS[1]["camp"], None, nd=4),
    ]
