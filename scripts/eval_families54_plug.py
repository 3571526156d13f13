"""Smart hearing-protection earplugs for musicians "Decibelle": sign-up, pairing both plugs,
the attenuation profile, a gig's sound-exposure log (gzip JSON per minute) and its daily dose,
an in-app hearing check (audiogram), a tinnitus note, the venue check-in, a monitor mix with her
voice memo, firmware, warranty registration, a band invite, push and analytics."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    PRECISE,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families17_kit import NATIONAL as TEL_NAT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families54_kit import GIG_FIX, PLUGS, VENUE, dose, fix, obj
from eval_families54_sdk import bt_bid, cq_crash, cq_crumb, qm_batch, qm_pixel, tb_open
from eval_families54_svc import ab_attach, cv_charge, pf_save, pw_register, rm_search, sh_flags
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, case

APP = App("plug", "Decibelle", "com.example.decibelle", "2.8.4",
          "https://api.decibelle.example.net")


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    kw.setdefault("lang", True)
    return head(APP, rng, iid="X-Decibelle-Install", how="upper", auth=auth, **kw)


def decibelle() -> list[Case]:
    rng = random.Random(5421)
    a, f = APP.api, APP.fam
    gla, glo = fix(GIG_FIX, 5)
    gig = obj(rng, "gig", 8)
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(FIRST, NAMEC)))}
    return [
        case(f, f"{a}/api/users", headers=_h(rng, None), body={
            "email": L(EMAIL, MAIL), "password": L("Bridge+Chorus77", CRED),
            "name": L(f"{FIRST} {LAST}", NAMEC), "birthYear": L(1991, BIRTH),
            "instrument": "bass", "genre": "indie"}),
        case(f, f"{a}/api/sessions", fmt="form", headers=_h(rng, None), body={
            "email": L(EMAIL, MAIL), "password": L("Bridge+Chorus77", CRED)}),
        case(f, f"{a}/api/users/me", headers=_h(rng, None, extra=jw)),
        case(f, f"{a}/api/plugs/pair", headers=_h(rng), body={
            "left": PLUGS["left"], "right": PLUGS["right"], "firmware": PLUGS["fw"],
            "batteryL": 88, "batteryR": 91, "phoneBt": "on"}),
        case(f, f"{a}/api/profiles", headers=_h(rng), body={
            "name": "Loud stage", "attenuationDb": 25, "eq": [0, -2, -4, -6, -4, -2],
            "ambientPassThrough": True, "limiterDb": 85}),
        case(f, f"{a}/api/venues/checkin", headers=_h(rng), body={
            "venue": VENUE["id"], "venueName": VENUE["name"],
            "venuePos": [VENUE["lat"], VENUE["lon"]], "lat": gla, "lng": glo,
            "gig": gig, "role": "performer"}),
        case(f, f"{a}/api/exposure/{gig}", gz=True, headers=_h(rng), body={
            "userId": L(USER_ID, UID), "plugs": [PLUGS["left"]["serial"],
                                                 PLUGS["right"]["serial"]],
            "minutes": L(dose(rng, 12), MED), "peakDbA": L(108.4, MED),
            "startedAt": "2025-12-09T21:00:00-05:00"}),
        case(f, f"{a}/api/exposure/daily", fmt="form", headers=_h(rng), body={
            "date": "2025-12-09", "dosePercent": L("64", MED), "unprotectedMin": L("12", MED),
            "avgEarDbA": L("79.6", MED)}),
        case(f, f"{a}/api/hearing/tests", headers=_h(rng), body={
            "freqs": [500, 1000, 2000, 4000, 6000, 8000],
            "left": L([10, 10, 15, 30, 35, 25], MED), "right": L([10, 15, 15, 25, 40, 30], MED),
            "notch4k": L(True, MED), "headphones": "Decibelle buds", "quietRoomDb": 31}),
        case(f, f"{a}/api/hearing/journal", headers=_h(rng), body={
            "tinnitus": L(True, MED), "loudness": L(4, MED),
            "note": L("Ringing in my left ear for an hour after soundcheck",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/mixes", [
            ("memo", "mix_note.m4a", "audio/mp4", L(M4A + b"\x41", MEDIA)),
            ("mix", None, "application/json", {
                "gig": gig, "vocals": -3, "kick": 2, "bass": 0, "click": True,
                "title": L("More kick, less guitar in my wedge", TEXT)})], headers=_h(rng)),
        case(f, f"{a}/api/plugs/firmware", headers=_h(rng), query={
            "serial": PLUGS["left"]["serial"], "current": PLUGS["fw"], "channel": "stable"}),
        case(f, f"{a}/api/warranty", fmt="form", headers=_h(rng), body={
            "serialLeft": PLUGS["left"]["serial"], "serialRight": PLUGS["right"]["serial"],
            "purchaseDate": "2025-11-28", "retailer": "Sam Ash Online",
            "orderNo": L("SA-40918833", BUY), "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/bands/invite", headers=_h(rng), body={
            "band": "bnd_22f1", "name": L(PEOPLE[3][0], NAMEC),
            "email": L(PEOPLE[3][2], MAIL), "role": "drums"}),
        case(f, f"{a}/api/bands/bnd_22f1/setlist", headers=_h(rng), body={
            "songs": ["Tin Roof", "Low Tide", "Harbor Lights"], "bpm": [124, 98, 140]}),
        case(f, f"{a}/api/local/bridge", headers=_h(rng), body={
            "phoneLan": L(LOCAL_IP, DEV), "mixerLan": "192.168.1.60", "mixerPort": 51325,
            "desk": "X32-Rack"}),
        case(f, f"{a}/api/venues/search", headers=_h(rng), query={
            "q": L("bowery hall", "behavior.search"), "near": L("40.72,-73.99", COARSE)}),
        case(f, f"{a}/api/push", headers=_h(rng), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/store/checkout", headers=_h(rng), body={
            "sku": L("db-filter-kit-m", BUY), "qty": 1, "total": L("29.00", BUY),
            "shipTo": "saved:home"}),
        case(f, f"{a}/api/telemetry", gz=True, headers=_h(rng), body={
            "uid": L(USER_ID, UID), "events": [
                ev("profile_switch", 1, to="Loud stage"), ev("gig_end", 2, minutes=78),
                ev("screen", 3, screen=L("ExposureToday", USAGE))]}),
        case(f, f"{a}/api/gigs", headers=_h(rng), body={
            "id": gig, "venue": VENUE["id"], "date": "2025-12-09", "setMinutes": 78,
            "note": L("Monitors way too hot tonight, ears hurt by the encore",
                      f"{TEXT}|{MED}"), "lat": L(round(GIG_FIX[0], 4), PRECISE),
            "lng": L(round(GIG_FIX[1], 4), PRECISE)}),
        case(f, f"{a}/api/users/me/settings", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "weeklyReport": "1", "shareDoseWithBand": "0",
            "phone": L(TEL_NAT, "contact.phone")}),
        case(f, f"{a}/api/gigs", headers=_h(rng, None),
             cookies={"db_sid": L(opaque(rng, "", 32), CRED), "db_theme": "dark"}),
    ]


def decibelle_sdks() -> list[Case]:
    rng = random.Random(5422)
    return [
        qm_batch(APP, rng, [("Gig Ended", {"minutes": 78}), ("Profile Switched", {})],
                 at=GIG_FIX, nd=3),
        qm_pixel(APP, rng, "Onboarding Viewed", {"step": 2}),
        tb_open(APP, rng, user=True, opens=14),
        bt_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=GIG_FIX, nd=4, yob=1991),
        cq_crash(APP, rng, ("android.bluetooth.BluetoothException", "GATT 133"),
                 [cq_crumb("tap", "pair_left"), cq_crumb("log", "bonding",
                                                       {"ble": PLUGS["left"]["ble"]})],
                 screen="PairActivity"),
        sh_flags(APP, rng, {"plugs": 2, "pro": False}),
        pw_register(APP, rng, at=GIG_FIX, nd=2, tags={"instrument": "bass"}),
        pf_save(APP, rng, {"analytics": True, "ads": True}),
        cv_charge(APP, rng, "29.00"),
        rm_search(APP, rng, "Bowery Hall", "behavior.search", near=GIG_FIX, nd=3),
        ab_attach(APP, rng, L(M4A + b"\x42", MEDIA), "crackle.m4a", "audio/mp4"),
    ]


__all__ = ["decibelle", "decibelle_sdks"]
