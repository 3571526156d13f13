"""Vanilla growers' cooperative app "Vanilaka" (her plot near Sambava, through her husband's
family): membership, log-in, the plot and its boundary, a pollination log, a harvest with a
photo of the pods, a curing batch, a theft alert, a delivery of green vanilla to the
warehouse (weighed, paid by wallet), the price board, a loan advance, a training sign-up, a
message to the extension officer, push, events (gzip) and statements by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families107_kit import (
    LOT,
    MEMBER_NO,
    MG_PHONE,
    PLOT_AT,
    PLOT_EDGE,
    RESIDENT_CARD,
    VADY,
    WAREHOUSE,
    fix,
    obj,
)
from eval_families107_sdk import ck_session, ly_batch, ly_identify, sf_event, sf_launch
from eval_families107_svc import cv_attach, fr_eval, mz_reverse, pf_register, pv_bank
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vanilaka", "Vanilaka", "mg.example.vanilaka", "1.9.2",
          "https://api.vanilaka.example.org")
IID = "X-Vnk-Device"
PASS = "Lavanila_Sava9"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **{"how": "nodash", **kw})


def vanilaka() -> list[Case]:
    rng = random.Random(10731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, member=L(MEMBER_NO, UID)))}
    plot = obj(rng, "plot", 8)
    pla, plo = fix(PLOT_AT, 6)
    d = at_path(case(f, f"{a}/v1/members/{MEMBER_NO}/statements", headers=_h(rng, **b)),
                MEMBER_NO, UID)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "member_no": L(MEMBER_NO, UID), "first_name": L(FIRST, NAMEC),
            "last_name": L(LAST, NAMEC), "phone": L(MG_PHONE, TEL), "email": L(EMAIL, MAIL),
            "id_card": L(RESIDENT_CARD, NATID), "password": L(PASS, CRED),
            "co_owner": {"name": L(VADY[0], NAMEC), "phone": L(VADY[1], TEL)},
            "district": L("Sambava", COARSE), "region": L("SAVA", COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "member_no": L(MEMBER_NO, UID), "password": L(PASS, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/plots", headers=_h(rng, **b), body={
            "plot": plot, "centroid": {"lat": pla, "lon": plo}, "area_ha": 0.42,
            "boundary": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PLOT_EDGE],
            "vines": 1150, "shade": "gliricidia"}),
        case(f, f"{a}/v1/plots/{plot}/pollination", headers=_h(rng, **b), body={
            "date": "2025-11-02", "flowers": 640, "workers": 2, "rain": False}),
        multipart(f, f"{a}/v1/plots/{plot}/harvest", [
            ("pods", "lavanila.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("data", None, "application/json", {
                "kg_green": 38.4, "maturity": "yellow-tip", "date": "2025-12-10",
                "at": {"lat": pla, "lon": plo}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/curing", headers=_h(rng, **b), body={
            "batch": obj(rng, "cur", 8), "kg": 38.4, "method": "sambava",
            "sweat_days": 12, "moisture_pct": 31}),
        case(f, f"{a}/v1/alerts/theft", headers=_h(rng, **b), body={
            "plot": plot, "lat": pla, "lon": plo,
            "text": L("Nisy nangalatra lavanila teo amin'ny tanimbolinay halina", TEXT),
            "notify": [L(VADY[1], TEL)]}),
        case(f, f"{a}/v1/deliveries", headers=_h(rng, **b), body={
            "lot": L(LOT, BUY), "warehouse": WAREHOUSE["id"], "kg": 38.4,
            "grade": "vert", "price_per_kg": 75000, "total": L(2880000, BUY),
            "member": L(MEMBER_NO, UID), "payout_phone": L(MG_PHONE, TEL)}),
        case(f, f"{a}/v1/warehouses/{WAREHOUSE['id']}", headers=_h(rng, **b),
             query={"fields": "hours,phone,lat,lon"}),
        case(f, f"{a}/v1/prices", headers=_h(rng, **b), query={
            "region": L("SAVA", COARSE), "grade": "vert", "since": "2025-11-01"}),
        case(f, f"{a}/v1/advances", fmt="form", headers=_h(rng, **b), body={
            "amount": L("500000", BUY), "against_lot": L(LOT, BUY), "pin": L("2045", CRED)}),
        case(f, f"{a}/v1/trainings/tr_cur_12/signup", headers=_h(rng, **b), body={
            "attendees": [L(FIRST, NAMEC), L(VADY[0], NAMEC)], "session": "2026-01-09"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "extension", "thread": obj(rng, "th", 8),
            "text": L("Misy aretina mavo ny ravina amin'ny tsipika fahatelo", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("mg", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "member": L(MEMBER_NO, UID), "user": L(USER_ID, UID), "events": [
                ev("delivery_created", 1), ev("screen", 2, screen=L("Prices", USAGE))]}),
        d,
        case(f, f"{a}/v1/notices", headers=_h(rng), cookies={
            "vnk_s": L(opaque(rng, "", 40), CRED), "vnk_m": L(MEMBER_NO, UID),
            "vnk_r": rid(rng)}),
    ]


def vanilaka_sdks() -> list[Case]:
    rng = random.Random(10732)
    return [
        ly_batch(APP, rng, [("Delivery Created", {"kg": 38.4, "total": L(2880000, BUY)}),
                            ("Screen", {"name": L("Prices", USAGE)})], at=PLOT_AT, nd=2),
        ly_identify(APP, rng, {"member": L(MEMBER_NO, UID), "region": L("SAVA", COARSE)}),
        sf_launch(APP, rng, first=True, user=True),
        sf_event(APP, rng, "delivery", {"lot": L(LOT, BUY)}, revenue=2880000.0),
        ck_session(APP, rng, secs=640),
        fr_eval(APP, rng, {"region": L("SAVA", COARSE), "member": L(MEMBER_NO, UID)}),
        pf_register(APP, rng, lang="mg", at=PLOT_AT, nd=2, tags={"crop": "vanilla"}),
        pv_bank(APP, rng),
        mz_reverse(APP, rng, PLOT_AT, PRECISE, nd=5),
        cv_attach(APP, rng, L(JPEG + b"\xa2", MEDIA), "ravina.jpg", "image/jpeg"),
    ]
