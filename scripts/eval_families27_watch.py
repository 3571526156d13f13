"""Kids' smartwatch locator "Pebblekin", used by a parent: binding her daughter's watch (its
IMEI, SIM and number), the child's profile and photo, the watch's phone book, safe zones, "locate
now" with the parent's position, sharing the child's last position with her grandmother, an SOS
acknowledged, voice messages to the watch, class mode, a lost-watch report, and the parent's
own position for the family map (protobuf)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    GENDER,
    HW,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SIM,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import LINE1, LINE2, App, ev, opaque, play_token, pos
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families27_kit import (
    GRANDMA_AT,
    GRANDMA_LINE,
    KID_AGE,
    KID_DOB,
    KID_FIRST,
    KID_FIX,
    KID_LAST,
    SCHOOL_AT,
    SCHOOL_PHONE,
    WATCH,
    WATCH_BIND,
)
from eval_families27_sdk import (
    atv_event,
    atv_session,
    fl_crash,
    fl_crumb,
    tally_batch,
    tally_identify,
)
from eval_families27_svc import (
    ah_start,
    co_reverse,
    co_route,
    co_telemetry,
    cr_save,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("pebblekin", "Pebblekin", "com.example.pebblekin", "5.6.3",
          "https://api.pebblekin.example.com")
IID = "X-Pk-Device"
IMEI_W = WATCH["imei"]
W_URL = f"https://api.pebblekin.example.com/v1/watches/{IMEI_W}"
GRANDMA = ("Ruth Doe", "+15550172240")  # the child's grandmother (typed by the parent)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _w(path: str, rng: random.Random, body: Any = None, **kw: Any) -> Case:
    """A call on the watch (its IMEI in the URL path, ``id.hardware``)."""
    kw.setdefault("headers", _h(rng, auth="bearer"))
    return at_path(case(APP.fam, f"{W_URL}{path}", body=body, **kw), IMEI_W, HW)


def _kid_fix() -> dict[str, L]:
    return {"lat": L(KID_FIX[0], PRECISE), "lon": L(KID_FIX[1], PRECISE)}


def _family_map(rng: random.Random) -> Case:
    """The parent's own position for the family map, as schema-less protobuf."""
    lab: dict[str, str] = {}
    lat, lon = pos(6, 0.00031, -0.00022)
    data = pb([(1, L(USER_ID, UID)), (2, [(1, lat), (2, lon), (3, 9)]),
               (3, L(71, DEV)), (4, 1765321930), (5, "fg")], "", lab)
    return raw(APP.fam, f"{APP.api}/v1/family/position", data, "application/x-protobuf", lab,
               headers=_h(rng, auth="bearer"))


def pebblekin() -> list[Case]:
    rng = random.Random(2761)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone_number=L(E164, TEL), role="guardian"))}
    lat5, lon5 = pos(5)
    cases = [
        case(f, f"{a}/v1/auth/sms/send", headers=_h(rng),
             body={"phone": L(E164, TEL), "channel": "sms"}),
        case(f, f"{a}/v1/auth/sms/verify", headers=_h(rng),
             body={"phone": L(E164, TEL), "code": L("502817", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/watches/bind", headers=_h(rng, auth="bearer"), body={
            "imei": L(IMEI_W, HW), "iccid": L(WATCH["iccid"], SIM),
            "watch_number": L(WATCH["msisdn"], TEL), "bt_mac": L(WATCH["bt"], HW),
            "bind_code": L(WATCH_BIND, CRED), "model": WATCH["model"], "relation": "mother"}),
        _w("/child", rng, {
            "first_name": L(KID_FIRST, NAMEC), "last_name": L(KID_LAST, NAMEC),
            "birthday": L(KID_DOB, BIRTH), "gender": L("girl", GENDER),
            "height_cm": L(134, FIT), "weight_kg": L(29.5, FIT), "grade": "4",
            "school": "PS 59", "school_phone": SCHOOL_PHONE}),
        at_path(multipart(f, f"{W_URL}/child/avatar", [
            ("photo", "nora.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {"crop": [40, 0, 680, 640]})],
            headers=_h(rng, auth="bearer")), IMEI_W, HW),
        _w("/contacts", rng, {"contacts": [
            {"label": "Mom", "phone": L(E164, TEL), "sos": True},
            {"label": "Dad", "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
             "sos": True},
            {"label": "Grandma", "name": L(GRANDMA[0], NAMEC), "phone": L(GRANDMA[1], TEL),
             "sos": False}]}),
        _w("/safezones", rng, {"zones": [
            {"name": "Home", "lat": lat5, "lon": lon5, "radius_m": 150,
             "address": L(f"{LINE1}, {LINE2}", ADDR)},
            {"name": "School", "lat": SCHOOL_AT[0], "lon": SCHOOL_AT[1], "radius_m": 120,
             "schedule": "weekdays 08:00-15:00"},
            {"name": "Grandma's", "lat": L(GRANDMA_AT[0], PRECISE),
             "lon": L(GRANDMA_AT[1], PRECISE), "radius_m": 100,
             "address": L(GRANDMA_LINE, ADDR)}]}),
        _w("/locate", rng, {"requester": {"lat": lat5, "lon": lon5, "acc_m": 12},
                            "mode": "gps", "request_id": rid(rng)}),
        _w("/location/share", rng, {
            "to": {"name": L(GRANDMA[0], NAMEC), "phone": L(GRANDMA[1], TEL)},
            "position": _kid_fix(), "expires_min": 60,
            "message": L("Nora is at the library after school, pick-up at 5", TEXT)}),
        _w("/sos/ack", rng, {"alert_id": "sos_" + opaque(rng, "", 10),
                             "last_fix": _kid_fix(), "ack_by": L(USER_ID, UID),
                             "note": L("Called her, she pressed it by accident", TEXT)}),
        at_path(multipart(f, f"{W_URL}/voice", [
            ("audio", "msg.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"duration_s": 6, "client_id": rid(rng)})],
            headers=_h(rng, auth="bearer")), IMEI_W, HW),
        _w("/settings", rng, {"class_mode": {"days": [1, 2, 3, 4, 5], "from": "08:00",
                                             "to": "15:00"},
                              "reject_unknown_calls": True, "location_interval_min": 10,
                              "step_goal": 8000, "updated_by": L(USER_ID, UID)},
           fmt="msgpack"),
        _w("/rewards", rng, {"hearts": 2,
                             "reason": L("Cleaned her room without being asked", TEXT)}),
        _w("/history", rng, query={"date": "2025-12-09", "tz": L("America/New_York", DEV)},
           headers=_h(rng, how="none"),
           cookies={"pk_sess": L(opaque(rng, "", 48), CRED), "pk_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, auth="bearer"), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "critical_alerts": True}),
        _family_map(rng),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "events": [
                ev("locate_now", 1, result="gps"), ev("zone_created", 2, kind="custom"),
                ev("screen_view", 3, screen=L("ChildMap", USAGE))]}),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, auth="bearer"), body={
            "product_id": L("pebblekin_data_plan_monthly", BUY),
            "order_id": L("GPA.3355-0192-7734-10925", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        _w("/lost", rng, {"imei": L(IMEI_W, HW),
                          "last_known": L(f"{KID_FIX[0]},{KID_FIX[1]}", PRECISE),
                          "description": L("Left on the M15 bus, purple band", TEXT),
                          "contact_phone": L(DASHED, TEL), "contact_email": L(EMAIL, MAIL)},
           fmt="form"),
        _w("/firmware", rng, query={"model": WATCH["model"], "fw": WATCH["fw"],
                                    "serial": L(WATCH["serial"], HW)}),
    ]
    return cases


def pebblekin_sdks() -> list[Case]:
    rng = random.Random(2762)
    parent = [(round(LAT + 0.00012 * i, 5), round(LON - 0.00009 * i, 5)) for i in range(3)]
    return [
        tally_batch(APP, rng, [("Locate Requested", {"mode": "gps"}),
                               ("Safe Zone Created", {"zones": 3})]),
        tally_identify(APP, rng, {"children": 1, "child_age": L(KID_AGE, BIRTH),
                                  "watch_model": WATCH["model"]}),
        atv_session(APP, rng, first=True),
        atv_event(APP, rng, "bnd1kw", callback={"watch": "K4"}),
        fl_crash(APP, rng, ("retrofit2.HttpException", "HTTP 504"),
                 [fl_crumb("nav", "ChildMap -> Locate"),
                  fl_crumb("http", "POST", {"url": f"{APP.api}/v1/watches/{{imei}}/locate",
                                            "status": 504})], screen="ChildMapActivity"),
        co_reverse(APP, rng, KID_FIX, PRECISE),
        co_route(APP, rng, (LAT, LON), PRECISE, KID_FIX, PRECISE, "pedestrian"),
        co_telemetry(APP, rng, parent, PRECISE),
        cr_save(APP, rng, {"analytics": True, "advertising": False}),
        ah_start(APP, rng, L("The map shows my daughter two blocks from where she really is",
                             TEXT), {"imei": L(IMEI_W, HW), "fw": WATCH["fw"]}),
    ]
