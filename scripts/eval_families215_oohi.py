"""An oshana fishing permit and catch log "Oohi" ("fish"; in the flood season the oshanas around
Oshakati fill and families fish them; the regional council issues seasonal permits; its API's
keys are Oshiwambo: ``ongodi`` phone, ``okoodi`` code, ``edhina`` name, ``onomola_yomukanda``
ID number, ``esiku_lyevalo`` birth date, ``egumbo`` home, ``ondoolopa`` town, ``epitikilo``
permit, ``ohi`` fish (``oohi`` fishes), ``omwaalu`` count, ``uulemu`` weight, ``oshana`` the
pan, ``ehala`` place, ``omeya`` water, ``ethano`` photo, ``oshimaliwa`` amount, ``efuto``
payment, ``etumwalaka`` message, ``okukonga`` search, ``aanona`` children, ``iiningwanima``
events): sign-up with her ID and a code by SMS, ``/ngame``, the permit (her ID, her household,
the daughter's age), its fee, the net registered, her fix at the oshana, the water level, a
protobuf catch beat, catches (msgpack queue), a catch photo, the permit by number in the path, a
search, the council's notices, a message to the warden, a drowning-risk alert subscription, push,
events and a log-out. Sets 149, 192 and 195 have fish farms and aquaculture; this is a seasonal
permit for wild fishing in flood pans."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families215_kit import (
    DAUGHTER,
    HOME,
    HUSBAND,
    LANDING,
    NID_HERS,
    OSHANA_FIX,
    PERMIT,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families215_sdk import bf_bid, bf_notice, mc_batch, tn_event, tn_launch
from eval_families215_svc import (
    cl_card,
    cl_confirm,
    mm_geocode,
    mm_reverse,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("oohi", "Oohi", "com.example.oohi", "1.4.7", "https://api.oohi.example.net")
IID = "X-Oohi-Device"
NID = "personal.national_id"
NET = "NET-ON-5521"  # the net's tag (a negative: the council's tag on gear)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ng=True, **kw)


def oohi() -> list[Case]:
    rng = random.Random(21551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ongodi=L(E164, TEL), epitikilo=L(PERMIT, UID)))}
    ola, olo = fix(OSHANA_FIX)
    trip = obj(rng, "tr")
    lab: dict[str, str] = {}
    beat = pb([(1, L(PERMIT, UID)), (2, trip), (3, 1770900000),
               (4, [(1, L(OSHANA_FIX[0], PRECISE)), (2, L(OSHANA_FIX[1], PRECISE))]),
               (5, [(1, "ekake"), (2, 3), (3, 2.4)]), (6, L(37, DEV))], "", lab)
    permit = at_path(case(f, f"{a}/api/epitikilo/{PERMIT}", headers=_h(rng, **b)), PERMIT, UID)
    return [
        case(f, f"{a}/api/ishangitha", headers=_h(rng), body={
            "edhina": L(FIRST, NAMEC), "edhina_lyofamili": L(LAST, NAMEC),
            "ongodi": L(NATIONAL, TEL), "esiku_lyevalo": L(DOB, BIRTH),
            "onomola_yomukanda": L(NID_HERS, NID), "egumbo": L(HOME["line"], ADDR),
            "ondoolopa": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/okoodi", fmt="form", headers=_h(rng), body={
            "ongodi": L(E164, TEL), "okoodi": L("903114", CRED)}),
        case(f, f"{a}/api/ngame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/epitikilo", headers=_h(rng, **b), body={
            "epitikilo": L(PERMIT, UID), "onomola_yomukanda": L(NID_HERS, NID),
            "oshana": "Ekuma-3", "omwaka": 2026,
            "aanegumbo": [{"edhina": L(HUSBAND[0], NAMEC)},
                          {"edhina": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                           "oomvula": L(7, BIRTH)}],
            "imeili": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/efuto", fmt="form", headers=_h(rng, **b), body={
            "epitikilo": L(PERMIT, UID), "oshimaliwa": L("50.00", BUY), "ovaluta": "NAD",
            "okakalata_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/omakwiyu", headers=_h(rng, **b), body={
            "epitikilo": L(PERMIT, UID), "net": NET, "uule_m": 25, "omakende_mm": 76}),
        case(f, f"{a}/api/omalweendo", headers=_h(rng, **b), body={
            "olweendo": trip, "epitikilo": L(PERMIT, UID), "ehala": {"lat": ola, "lon": olo},
            "oshifuta": {"lat": LANDING["lat"], "lon": LANDING["lon"], "id": LANDING["id"]},
            "ethimbo": "2026-02-14T06:10"}),
        case(f, f"{a}/api/omeya", fmt="form", headers=_h(rng, **b), body={
            "oshana": "Ekuma-3", "uule_cm": "74",
            "lat": L(f"{OSHANA_FIX[0]:.4f}", PRECISE), "lon": L(f"{OSHANA_FIX[1]:.4f}", PRECISE)}),
        raw(f, f"{a}/api/omalweendo/{trip}/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/omalweendo/{trip}/oohi", fmt="msgpack", headers=_h(rng, **b), body={
            "epitikilo": L(PERMIT, UID),
            "oohi": [{"ohi": "ekake", "omwaalu": 3, "uulemu_kg": 2.4,
                      "lat": L(round(OSHANA_FIX[0] + 0.0004 * i, 6), PRECISE),
                      "lon": L(round(OSHANA_FIX[1] - 0.0003 * i, 6), PRECISE)}
                     for i in range(2)]}),
        multipart(f, f"{a}/api/omalweendo/{trip}/ethano", [
            ("ethano", "ekake.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"epitikilo": L(PERMIT, UID),
                                                "edhiladhilo": L("Ekake enene lya kwatwa "
                                                                 "kuTangeni", TEXT)})],
            headers=_h(rng, **b)),
        permit,
        case(f, f"{a}/api/okukonga", headers=_h(rng, **b), query={
            "okukonga": L("oshana yi na oohi popepi nOshakati", SEARCH)}),
        case(f, f"{a}/api/omauyelele", headers=_h(rng, **b), query={
            "oshitopolwa": L("Oshana", COARSE), "okuza": "2026-01-01"}),
        case(f, f"{a}/api/omatumwalaka", headers=_h(rng, **b), body={
            "omukeleli": "wd_ekuma", "etumwalaka": L(
                f"Ongame {FIRST} {LAST}, epitikilo {PERMIT}: aantu yamwe otaya longitha omakwiyu "
                "omashona", f"{TEXT}|{NAMEC}|{UID}")}),
        case(f, f"{a}/api/omaipuliko", headers=_h(rng, **b), body={
            "oshana": "Ekuma-3", "uuyelele_womeya": True, "aanona_ye_li_popepi": True,
            "ongodi": L(E164, TEL)}),
        case(f, f"{a}/api/epitikilo/latest", headers=_h(rng, how="none"), cookies={
            "oo_session": L(opaque(rng, "", 40), CRED), "oo_dev": L(INSTALL_ID, DID),
            "oo_req": rid(rng)}),
        case(f, f"{a}/api/oshilongitho", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "oshilongitho_id": L(INSTALL_ID, DID),
            "elaka": L("ng", DEV), "tz": L(TZ, DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/iiningwanima", gz=True, headers=_h(rng, **b), body={
            "omulongithi": L(USER_ID, UID), "iiningwanima": [
                ev("olweendo_lya_tameka", 1), ev("ohi_ya_nyolwa", 2, omwaalu=3),
                ev("screen", 3, screen=L("Oohi", USAGE))]}),
        case(f, f"{a}/api/omupitilo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def oohi_sdks() -> list[Case]:
    rng = random.Random(21552)
    return [
        mc_batch(APP, rng, [("Trip Started", {"pan": "Ekuma-3"}),
                            ("Catch Logged", {"count": 3})], at=OSHANA_FIX, nd=2,
                 locale="ng_NA"),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "permit_paid", {"permit": L(PERMIT, UID)}, revenue=50.0,
                 currency="NAD"),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=OSHANA_FIX, nd=3,
               keywords="fishing,nets,oshana"),
        bf_notice(APP, rng, "win"),
        pt_register(APP, rng, lang="ng", at=OSHANA_FIX, nd=3, tags={"pan": "Ekuma-3"}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "50.00", "nad"),
        mm_reverse(APP, rng, OSHANA_FIX, PRECISE, nd=4),
        mm_geocode(APP, rng, "Ekuma oshana", SEARCH),
        mm_telemetry(APP, rng, [OSHANA_FIX, (OSHANA_FIX[0] + 0.0004, OSHANA_FIX[1] - 0.0003)],
                     PRECISE),
    ]
