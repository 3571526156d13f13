"""The everyday remainder of the seven apps' own traffic (first-party calls): config and home-feed
GETs, settings, log-outs, searches, token refreshes and heartbeats that real captures are full
of, plus four extra SDK calls. Each app's calls keep its family name."""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    MAIL,
    MED,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
)
from eval_families20_kit import App, opaque
from eval_families24_kit import head, rid
from eval_families107_kit import (
    FIELD_AT,
    KID_ID,
    MG_PHONE,
    PLOT_AT,
    SON,
    TANA_AT,
    VADY,
    fix,
)
from eval_families107_rano import APP as RANO
from eval_families107_sdk import bt_notice, ly_pixel, sf_launch
from eval_families107_svc import mz_geocode
from eval_families107_taxibe import APP as TAXI
from eval_families107_tazo import APP as TAZO
from eval_families107_vanilla import APP as VNK
from eval_families107_vatsy import APP as VATSY
from eval_families107_zaza import APP as ZAZA
from eval_families107_zebu import APP as OMBY
from eval_payloads import EMAIL, INSTALL_ID, Case, L, case


def _b(app: App, rng: random.Random) -> dict[str, object]:
    return head(app, rng, auth="bearer")


def _common(app: App, rng: random.Random) -> list[Case]:
    """Four calls every app makes: config, a token refresh, a heartbeat, a log-out."""
    f, a = app.fam, app.api
    return [
        case(f, f"{a}/config", headers=head(app, rng), query={
            "v": app.ver, "platform": "android", "build": "4411"}),
        case(f, f"{a}/auth/refresh", fmt="form", headers=head(app, rng), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/heartbeat", headers=_b(app, rng), body={
            "t": 1765352000, "net": L("wifi", DEV), "battery": L(61, DEV), "trace": rid(rng)}),
        case(f, f"{a}/auth/logout", headers=_b(app, rng), body={"all_devices": False}),
    ]


def more() -> list[Case]:
    rng = random.Random(10771)
    out: list[Case] = []
    for app in (VATSY, TAZO, TAXI, VNK, OMBY, RANO, ZAZA):
        out += _common(app, rng)
    hla, hlo = fix(TANA_AT, 3)
    out += [
        case(VATSY.fam, f"{VATSY.api}/v1/mpamatsy/search", headers=_b(VATSY, rng),
             query={"q": L("rano Ambatonakanga", SEARCH)}),
        case(VATSY.fam, f"{VATSY.api}/v1/contacts/favoris", headers=_b(VATSY, rng), body={
            "anarana": L(VADY[0], NAMEC), "laharana_finday": L(VADY[1], TEL),
            "sokajy": "fianakaviana"}),
        case(TAZO.fam, f"{TAZO.api}/v1/settings", headers=_b(TAZO, rng), body={
            "share_with_district": L(True, MED), "lang": L("fr", DEV), "units": "metric"}),
        case(TAXI.fam, f"{TAXI.api}/v2/feedback", headers=_b(TAXI, rng), body={
            "text": L("Ajoutez la ligne 194 s'il vous plaît", TEXT), "email": L(EMAIL, MAIL)}),
        case(TAXI.fam, f"{TAXI.api}/v2/lines/147/map", headers=_b(TAXI, rng),
             query={"bbox": "47.49,-18.93,47.56,-18.86", "z": "14"}),
        case(VNK.fam, f"{VNK.api}/v1/weather", headers=_b(VNK, rng), query={
            "lat": L(f"{PLOT_AT[0]:.2f}", COARSE), "lon": L(f"{PLOT_AT[1]:.2f}", COARSE)}),
        case(OMBY.fam, f"{OMBY.api}/v1/saved", headers=_b(OMBY, rng), body={
            "search": L("ombivavy 4 taona", SEARCH), "alert": True}),
        case(RANO.fam, f"{RANO.api}/v1/settings", headers=_b(RANO, rng), body={
            "sms_reminder": True, "phone": L(MG_PHONE, TEL), "lead_min": 30}),
        case(ZAZA.fam, f"{ZAZA.api}/v1/children/{KID_ID}/settings", headers=_b(ZAZA, rng),
             body={"photo_consent": True, "nap": "13:00", "age": L(SON[2], BIRTH)}),
        case(ZAZA.fam, f"{ZAZA.api}/v1/home", headers=_b(ZAZA, rng), query={
            "near": L(f"{hla.value},{hlo.value}", PRECISE)}),
    ]
    return out


def more_sdks() -> list[Case]:
    rng = random.Random(10772)
    return [
        ly_pixel(TAZO, rng, "Kit Scanned", {"ok": True}),
        sf_launch(OMBY, rng, user=True, n=9),
        bt_notice(VATSY, rng, "imp"),
        mz_geocode(RANO, rng, "Ambohidratrimo", COARSE, near=FIELD_AT, nd=2),
    ]

