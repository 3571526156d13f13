"""Kids' coding robot "Botling" (mostly look-alikes): the parent's account, the robot's pairing
(its serial, Bluetooth address and firmware), programs (block JSON), the robot's own sensor log
(msgpack), line-follow calibration, a mission's score, the classroom join, the child's profile,
a drawing the robot traced, the robot's LAN discovery, the firmware check, a store order, push
and analytics; a child-directed ad request without the advertising ID."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    MAIL,
    MEDIA,
    NAMEC,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families25_kit import PNG
from eval_families54_kit import CLASS_JOIN, KID, ROBOT, obj, robot_log
from eval_families54_sdk import bt_bid, cq_crash, cq_crumb, qm_batch, qm_pixel, tb_open
from eval_families54_svc import pf_save, pw_register, sh_flags
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("robot", "Botling", "com.example.botling", "6.0.1", "https://api.botling.example.com")
KIDID = "kid_7e31c0a9"  # her son's profile ID (id.user)


def _h(rng: random.Random, auth: str | None = "bearer", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-Botling-Install", how="plain", auth=auth, **kw)


def botling() -> list[Case]:
    rng = random.Random(5441)
    a, f = APP.api, APP.fam
    prog = obj(rng, "prg", 10)
    peers = others(rng, 3, "kid_")
    lab: dict[str, str] = {}
    tel = pb([(1, ROBOT["serial"]), (2, 3712), (3, 87), (4, [(1, 12.5), (2, -4.0)]),
              (5, ROBOT["fw"]), (6, 1765311800)], "", lab)
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=L([KIDID], UID)))}
    return [
        case(f, f"{a}/v3/parents/login", fmt="form", headers=_h(rng, None), body={
            "email": L(EMAIL, MAIL), "password": L("Gears&Sprockets9", CRED)}),
        case(f, f"{a}/v3/parents/me", headers=_h(rng, None, extra=jw)),
        case(f, f"{a}/v3/kids", headers=_h(rng), body={
            "id": L(KIDID, UID), "nickname": L(KID[0], NAMEC), "birthYear": L(KID[1], BIRTH),
            "avatar": "robot_blue", "readingLevel": "early"}),
        case(f, f"{a}/v3/robots/pair", headers=_h(rng), body={
            "serial": ROBOT["serial"], "ble": ROBOT["ble"], "name": ROBOT["name"],
            "fw": ROBOT["fw"], "battery": 74, "rssi": -49, "hw": "R2"}),
        case(f, f"{a}/v3/robots/{ROBOT['serial']}/calibrate", headers=_h(rng), body={
            "lineSensor": [412, 398, 405, 388, 420], "white": 980, "black": 140,
            "wheelTrim": -2, "gyroBias": [0.012, -0.004, 0.009]}),
        case(f, f"{a}/v3/robots/{ROBOT['serial']}/log", fmt="msgpack", headers=_h(rng), body={
            "serial": ROBOT["serial"], "rows": robot_log(rng, 16), "hz": 20, "run": prog}),
        raw(f, f"{a}/v3/robots/telemetry", tel, "application/x-protobuf", lab,
            headers=_h(rng)),
        case(f, f"{a}/v3/programs", headers=_h(rng), body={
            "id": prog, "kid": L(KIDID, UID), "title": "Square dance",
            "blocks": [{"op": "repeat", "n": 4, "do": [{"op": "forward", "cm": 20},
                                                       {"op": "turn", "deg": 90}]},
                       {"op": "led", "rgb": [0, 120, 255]}, {"op": "beep", "hz": 880}],
            "lang": "blocks", "robotFw": ROBOT["fw"]}),
        case(f, f"{a}/v3/programs/{prog}/run", fmt="form", headers=_h(rng), body={
            "robot": ROBOT["serial"], "ms": "18320", "bumps": "2", "result": "done"}),
        case(f, f"{a}/v3/missions/m_07/score", headers=_h(rng), body={
            "kid": L(KIDID, UID), "stars": 3, "attempts": 4, "secs": 212,
            "hintsUsed": 1, "leaderboard": peers}),
        case(f, f"{a}/v3/classrooms/join", fmt="form", headers=_h(rng), body={
            "code": L(CLASS_JOIN, CRED), "kid": L(KIDID, UID), "displayName": "Theo D."}),
        multipart(f, f"{a}/v3/drawings", [
            ("image", "spiral.png", "image/png", L(PNG + b"\x51", MEDIA)),
            ("path", None, "application/json", {
                "kid": L(KIDID, UID), "robotPath": [[0, 0], [20, 0], [20, 20], [0, 20]],
                "scale": 0.5})], headers=_h(rng)),
        case(f, f"{a}/v3/discovery", headers=_h(rng), body={
            "robotIp": "192.168.1.87", "robotMac": ROBOT["ble"], "port": 7080,
            "mdns": "botling-9a21.local"}),
        case(f, f"{a}/v3/firmware/latest", headers=_h(rng), query={
            "hw": "R2", "current": ROBOT["fw"], "serial": ROBOT["serial"]}),
        case(f, f"{a}/v3/gallery", headers=_h(rng), query={
            "classroom": "cls_44m2", "sort": "new", "page": "2", "cursor": opaque(rng, "", 12)}),
        case(f, f"{a}/v3/chat/canned", headers=_h(rng), body={
            "from": L(KIDID, UID), "to": peers[0], "phraseId": "great_job"}),
        case(f, f"{a}/v3/parents/limits", fmt="form", headers=_h(rng), body={
            "kid": L(KIDID, UID), "dailyMin": "45", "bedtime": "19:30", "pin": L("4417", CRED)}),
        case(f, f"{a}/v3/store/orders", headers=_h(rng), body={
            "items": [{"sku": L("btl-sensor-pack", BUY), "qty": 1}],
            "total": L("24.99", BUY), "promo": "HOLIDAY10"}),
        case(f, f"{a}/v3/support", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "robot": ROBOT["serial"],
            "text": L("The left wheel squeaks and Theo's program drifts right",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/devices", headers=_h(rng), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng), body={
            "parent": L(USER_ID, UID), "events": [
                ev("program_run", 1, blocks=6), ev("mission_done", 2, stars=3),
                ev("screen", 3, screen=L("Editor", USAGE))]}),
        at_path(case(f, f"{a}/v3/kids/{KIDID}/progress", headers=_h(rng, None),
                     cookies={"btl_s": L(opaque(rng, "", 36), CRED)}), KIDID, UID),
    ]


def botling_sdks() -> list[Case]:
    rng = random.Random(5442)
    return [
        qm_batch(APP, rng, [("Program Run", {"blocks": 6, "robot_fw": ROBOT["fw"]}),
                            ("Mission Done", {"stars": 3})]),
        qm_pixel(APP, rng, "Store Viewed", {"tab": "sensors"}),
        tb_open(APP, rng, opens=9),
        bt_bid(APP, rng, {"banner": {"w": 728, "h": 90}}, coppa=True,
               keywords="kids,robots,stem"),
        cq_crash(APP, rng, ("java.util.concurrent.TimeoutException", "robot ack"),
                 [cq_crumb("nav", "Editor -> Run"),
                  cq_crumb("log", "ble", {"robot": ROBOT["ble"], "serial": ROBOT["serial"]})],
                 screen="RunActivity"),
        sh_flags(APP, rng, {"kidAge": L(8, BIRTH), "classroom": True}),
        pw_register(APP, rng, tags={"role": "parent", "robots": 1}),
        pf_save(APP, rng, {"analytics": True, "ads": False}),
    ]


__all__ = ["botling", "botling_sdks"]
