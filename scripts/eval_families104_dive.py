"""Scuba-diving logbook "Lawodlog" (snake_case API). Not set 85's dive-computer logbook: she has
no dive computer; dives are logged by hand on the boat, stamped by the dive shop's QR and built
around dive sites and marine-life sightings (she dives at Moalboal on weekends). Sign-up with her
certification number, a password grant, ``/me`` with a JWT, the diver medical, her weight for
ballast, a dive logged (gzip JSON: the site, depth profile, her buddy, her fix on surfacing,
notes), the shop's stamp, a photo with its caption, a whale-shark sighting, site search and sites
near her surfacing fix by ``lat,lon`` in the path, a site by ID, a boat-dive booking, a nitrox
card, her gear, a buddy invited, dive insurance, an export, two offline logs (msgpack), push,
events and statistics by a cookie GET."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families104_kit import (
    BANA,
    BUDDY,
    CERT_NO,
    DIVE_BOOKING,
    DIVE_SHOP,
    HOME_AT,
    SITES,
    SURFACE_AT,
    TZ,
    depth_profile,
    mine,
    oid,
)
from eval_families104_sdk import (
    bb_bid,
    bs_crash,
    bs_crumb,
    cn_identify,
    cn_track,
    iq_event,
    iq_session,
)
from eval_families104_svc import mn_search, pc_register, pr_card, pr_confirm
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, case

APP = App("lawodlog", "Lawodlog", "com.example.lawodlog", "5.0.2", "https://api.lawodlog.example.com")
IID = "X-Lawod-Install"
PW = "Thresher&Tide42"
BUDDY_MAIL = "marco.ilagan@example.net"  # her buddy's address, typed by her


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _site(i: int) -> dict[str, Any]:
    s = SITES[i]
    return {"id": s["id"], "name": s["name"], "lat": s["lat"], "lng": s["lon"]}


def lawodlog() -> list[Case]:
    rng = random.Random(10431)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, diver=L(CERT_NO, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    dive = oid(rng, "dv", 10)
    sla, slo = mine(SURFACE_AT, 6)
    seg = f"{SURFACE_AT[0]:.5f},{SURFACE_AT[1]:.5f}"
    near = at_path(case(f, f"{a}/v1/sites/near/{seg}", query={"radius_km": "8"},
                        headers=_h(rng, **b)), seg, PRECISE)
    offline = [{"site": SITES[1]["id"], "date": f"2025-11-{29 + i}", "max_depth_m": 14.2 + i,
                "bottom_min": 51 - 3 * i,
                "surface_fix": {"lat": L(round(9.95211 - 0.0003 * i, 5), PRECISE),
                                "lng": L(round(123.36702 + 0.0002 * i, 5), PRECISE)}}
               for i in range(2)]
    return [
        case(f, f"{a}/v1/users", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "birth_date": L(DOB, BIRTH), "phone": L(NATIONAL, TEL),
            "cert_agency": "ReefStar",
            "cert_no": L(CERT_NO, UID), "cert_level": "Open Water", "units": "metric"}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "lawodlog-android", "scope": "logbook"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/medical", headers=_h(rng, **b), body={
            "asthma": L(True, MED), "ear_surgery": L(False, MED),
            "medications": [L("salbutamol inhaler", MED)], "physician_clearance": L(True, MED),
            "form_version": "2024-1"}),
        case(f, f"{a}/v1/body", headers=_h(rng, **b), body={
            "weight_kg": L(58.5, FIT), "height_cm": L(163, FIT), "wetsuit": "M 3mm",
            "ballast_kg": 4}),
        case(f, f"{a}/v1/dives", gz=True, headers=_h(rng, **b), body={
            "id": dive, "site": _site(0), "shop": DIVE_SHOP["id"], "date": "2025-12-06",
            "entry": "09:12", "max_depth_m": 21.0, "bottom_min": 48, "tank_bar": [200, 60],
            "gas": "EAN32", "water_c": 28.0, "vis_m": 20, "profile": depth_profile(rng, 12),
            "buddy": {"name": L(BUDDY[0], NAMEC), "cert_no": BUDDY[1]},
            "surface_fix": {"lat": sla, "lng": slo}, "hr_avg": L(92, FIT),
            "notes": L("Turtle at the wall, mild current, ears slow to clear", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/dives/{dive}/stamp", fmt="form", headers=_h(rng, **b), body={
            "shop": DIVE_SHOP["id"], "stamp": "PRD|" + opaque(rng, "", 24),
            "instructor": "ins_0912"}),
        multipart(f, f"{a}/v1/dives/{dive}/photos", [
            ("photo", "thresher.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Thresher at the cleaning station!", TEXT),
                "species": "Alopias pelagicus", "depth_m": 18})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sightings", headers=_h(rng, **b), body={
            "species": "Rhincodon typus", "count": 1, "site": SITES[1]["id"],
            "lat": L(f"{SURFACE_AT[0]:.4f}", PRECISE), "lng": L(f"{SURFACE_AT[1]:.4f}", PRECISE),
            "observer": L(USER_ID, UID), "photo": oid(rng, "ph", 8)}),
        case(f, f"{a}/v1/sites/search", headers=_h(rng, **b), query={
            "q": L("Pescador wall", SEARCH), "near": L(f"{HOME_AT[0]:.2f},{HOME_AT[1]:.2f}",
                                                       COARSE)}),
        near,
        case(f, f"{a}/v1/sites/{SITES[0]['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "shop": DIVE_SHOP["id"], "trip": "2 boat dives Pescador", "date": "2025-12-13",
            "divers": 2, "nitrox": True, "rental": {"bcd": "S", "fins": "38"},
            "booking": L(DIVE_BOOKING, BUY), "price": L("3200.00", BUY)}),
        multipart(f, f"{a}/v1/certs", [
            ("card", "ean_card.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("data", None, "application/json", {"cert_no": L(CERT_NO, UID),
                                                "specialty": "Enriched Air",
                                                "issued": "2025-11-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/gear", headers=_h(rng, **b), body={
            "items": [{"kind": "regulator", "serial": "RG7-20044187"},
                      {"kind": "bcd", "serial": "BC3-91120457"}], "service_due": "2026-06"}),
        case(f, f"{a}/v1/buddies", headers=_h(rng, **b), body={
            "name": L(BUDDY[0], NAMEC), "email": L(BUDDY_MAIL, MAIL), "cert_no": BUDDY[1]}),
        case(f, f"{a}/v1/insurance", fmt="form", headers=_h(rng, **b), body={
            "policy_no": L("DVR-PH-7720418", MED), "insurer": "Tidewell Dive Cover",
            "beneficiary": L(BANA[0], NAMEC), "valid_to": "2026-11-30"}),
        case(f, f"{a}/v1/export", fmt="form", headers=_h(rng, **b), body={
            "format": "pdf", "email": L(EMAIL_UPPER, MAIL), "range": "all"}),
        case(f, f"{a}/v1/dives/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "diver": L(USER_ID, UID), "dives": offline}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("dive_logged", 1, depth=21), ev("photo_added", 2),
                ev("screen", 3, screen=L("SiteMap", USAGE))]}),
        case(f, f"{a}/v1/stats", headers=_h(rng, how="none"),
             cookies={"ll_session": L(opaque(rng, "", 40), CRED),
                      "ll_install": L(INSTALL_ID, DID), "ll_trace": rid(rng)}),
    ]


def lawodlog_sdks() -> list[Case]:
    rng = random.Random(10432)
    return [
        cn_track(APP, rng, [("Dive Logged", {"maxDepth": 21.0, "site": SITES[0]["id"]}),
                            ("Photo Added", {"species": "thresher"})], at=SURFACE_AT, nd=3),
        cn_identify(APP, rng, {"certLevel": "Open Water", "dives": 14,
                               "homeCity": L("Cebu City", COARSE)}),
        iq_session(APP, rng, 14),
        iq_event(APP, rng, "booking", {"booking": L(DIVE_BOOKING, BUY)}, revenue=3200.0),
        bb_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F",
               keywords="scuba,travel,cebu"),
        bs_crash(APP, rng, ("java.io.IOException", "photo upload interrupted"),
                 [bs_crumb("navigation", "Dive -> Photos"),
                  bs_crumb("request", "POST /v1/dives/photos", {"status": 0})],
                 meta={"network": {"type": L("wifi", DEV), "localIp": L(LOCAL_IP, DEV)}},
                 ctx="DivePhotosActivity"),
        pc_register(APP, rng, tags={"shop": DIVE_SHOP["id"], "nitrox": "1"}),
        pr_card(APP, rng, email=True),
        pr_confirm(APP, rng, "3200.00"),
        mn_search(APP, rng, "Panagsama Beach", SEARCH, near=SURFACE_AT, nd=3),
    ]
