"""Tea-estate leaf-weighing app "Dalupotha" (dalu: tea leaves; potha: book) of a fictional
estate company in the hills near Hatton; she is the plucker (for the season she works on the
estate and lives in its lines). Activation with her worker number and NIC, a PIN log-in, ``/me``
with a JWT, the morning muster with a selfie and its face template, weigh-ins at the shed (JSON,
an offline msgpack batch), her plucking round's trace (gzip JSON) and a protobuf heartbeat, a
leaf-quality photo, the wage slip, her wage account, a salary advance, sick leave, an injury with
a photo, union dues, the provident fund with her nominee, a line-room repair, an offline
attendance queue (JSON Lines), push, events, a question and the notices by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families22_kit import lines
from eval_families110_kit import (
    ADDR,
    BIRTH,
    CRED,
    DEV,
    DID,
    DOB,
    E164,
    EPF_NO,
    ESTATE,
    FACE,
    FIELD_AT,
    GENDER,
    HUSBAND,
    HUSBAND_NIC,
    JPEG,
    LINE_ROOM,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    NIC,
    PAY,
    PLUCK_PIN,
    PLUCKER_NO,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    TZ,
    UID,
    UNION,
    USAGE,
    WAGE_ACCT,
    App,
    claims,
    ev,
    face,
    fix,
    lk_head,
    multipart,
    obj,
    opaque,
    pb,
    push_token,
    raw,
    rid,
    trip,
)
from eval_families110_sdk import ch_crash, ch_crumb, ch_session, sk_beacon, sk_queue
from eval_families110_svc import ck_message, cw_save, pk_register, sm_telemetry, tp_eval
from eval_payloads import ANDROID_ID, LOCAL_IP, NAME, USER_ID, Case, J, L, case

APP = App("dalupotha", "Dalupotha", "com.example.dalupotha", "2.8.1",
          "https://api.dalupotha.example.net")
IID = "X-Dalu-Device"
MUSTER_FIX = (6.897236, 80.597684)  # her phone at the muster shed
FIELD_END = (6.900412, 80.603918)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return lk_head(APP, rng, IID, how, lang=False, **kw)


def dalupotha() -> list[Case]:
    rng = random.Random(11011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    w = L(PLUCKER_NO, UID)
    mla, mlo = fix(MUSTER_FIX)
    fla, flo = fix(FIELD_AT, 5)
    jw = {"Authorization": J(claims(rng, worker=L(PLUCKER_NO, UID), estate=ESTATE["id"]))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(PLUCKER_NO, UID)), (2, [(1, L(FIELD_AT[0], PRECISE)),
                                            (2, L(FIELD_AT[1], PRECISE))]),
               (3, ESTATE["field"]), (4, 9.8), (5, L(LOCAL_IP, DEV))], "", lab)
    att = [{"worker_no": L(PLUCKER_NO, UID), "date": f"2025-12-0{i + 5}", "status": "present",
            "shed": ESTATE["shed"], "lat": L(round(MUSTER_FIX[0] + i * 1e-5, 6), PRECISE),
            "lon": L(round(MUSTER_FIX[1] - i * 1e-5, 6), PRECISE)} for i in range(3)]
    return [
        case(f, f"{a}/api/v2/workers/activate", headers=_h(rng), body={
            "worker_no": w, "nic": L(NIC, NATID), "full_name": L(NAME, NAMEC),
            "mobile": L(E164, TEL), "pin": L(PLUCK_PIN, CRED),
            "estate": ESTATE["id"], "division": ESTATE["division"],
            "date_of_birth": L(DOB, BIRTH), "gender": L("female", GENDER),
            "language": L("si", DEV)}),
        case(f, f"{a}/api/v2/auth/pin", fmt="form", headers=_h(rng), body={
            "worker_no": w, "pin": L(PLUCK_PIN, CRED), "device_id": L(ANDROID_ID, DID)}),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/muster", headers=_h(rng, **b), query={
            "worker": w, "date": "2025-12-09", "division": ESTATE["division"]}),
        multipart(f, f"{a}/api/v2/muster/checkin", [
            ("selfie", "muster.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("data", None, "application/json", {
                "worker_no": w, "face_template": L(face(rng), FACE), "liveness": 0.97,
                "lat": mla, "lon": mlo, "shed": ESTATE["shed"],
                "shed_lat": ESTATE["shed_at"][0], "shed_lon": ESTATE["shed_at"][1]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/weighings", headers=_h(rng, **b), body={
            "weighing_id": obj(rng, "wgh"), "worker_no": w, "scale": ESTATE["scale"],
            "round": 2, "gross_kg": 14.6, "tare_kg": 1.2, "net_kg": 13.4,
            "field": ESTATE["field"], "kangani": ESTATE["kangani"],
            "phone_fix": {"lat": L(round(MUSTER_FIX[0], 5), PRECISE),
                          "lon": L(round(MUSTER_FIX[1], 5), PRECISE)}}),
        case(f, f"{a}/api/v2/weighings/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "worker_no": w, "device": L(ANDROID_ID, DID), "scale": ESTATE["scale"],
            "rows": [{"round": r, "net_kg": kg, "ts": 1765250000 + 7200 * r}
                     for r, kg in ((1, 11.9), (3, 8.6), (4, 6.2))]}),
        case(f, f"{a}/api/v2/plucking/track", gz=True, headers=_h(rng, **b), body={
            "worker_no": w, "field": ESTATE["field"],
            "fixes": trip(rng, 10, FIELD_AT, FIELD_END, t0=1765253000, kmh=(0.3, 2.5))}),
        raw(f, f"{a}/api/v2/plucking/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/leaf-quality", [
            ("photo", "basket.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("data", None, "application/json", {"round": 2, "flush": "two leaves and a bud",
                                                "coarse_pct": 12, "field": ESTATE["field"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/wages/slip", headers=_h(rng, **b), query={
            "worker": w, "month": "2025-11"}),
        case(f, f"{a}/api/v2/wages/bank", headers=_h(rng, **b), body={
            "bank_code": "7278", "branch": "Hatton", "account_no": L(WAGE_ACCT, PAY),
            "holder": L(NAME, NAMEC), "nic": L(NIC, NATID)}),
        case(f, f"{a}/api/v2/advance", fmt="form", headers=_h(rng, **b), body={
            "worker_no": w, "amount": "3000", "instalments": "2",
            "reason": L("For Sanduni's tuition fees this month", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v2/leave", headers=_h(rng, **b), body={
            "worker_no": w, "from": "2025-12-10", "to": "2025-12-12", "type": "sick",
            "reason": L("Fever and body aches, the dispensary thinks it may be dengue",
                        f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v2/injuries", [
            ("photo", "shin.jpg", "image/jpeg", L(JPEG + b"\x73", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "worker_no": w, "body_part": L("left shin", MED),
                "kind": L("leech bite, infected", MED), "field": ESTATE["field"],
                "lat": fla, "lon": flo})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/union", headers=_h(rng, **b), body={
            "worker_no": w, "union": L(UNION[0], SENS), "member_no": L(UNION[1], SENS),
            "dues_deduction": True, "monthly_dues": "150.00"}),
        case(f, f"{a}/api/v2/epf", headers=_h(rng, **b), body={
            "worker_no": w, "epf_no": L(EPF_NO, NATID), "nic": L(NIC, NATID),
            "nominee": {"name": L(HUSBAND[0], NAMEC), "relationship": "husband",
                        "nic": L(HUSBAND_NIC, NATID), "share_pct": 100}}),
        case(f, f"{a}/api/v2/housing/requests", headers=_h(rng, **b), body={
            "worker_no": w, "line_room": L(LINE_ROOM, ADDR), "category": "roof",
            "issue": L("The roof leaks over the kitchen when it rains", TEXT)}),
        lines(f, f"{a}/api/v2/sync/attendance", att, headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device_id": L(ANDROID_ID, DID),
            "locale": L("si_LK", DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "worker_no": w, "events": [
                ev("weighing_confirmed", 1, round=2), ev("slip_opened", 2),
                ev("screen", 3, screen=L("WeighingHistory", USAGE))]}),
        case(f, f"{a}/api/v2/help", fmt="form", headers=_h(rng, **b), body={
            "worker_no": w, "question": L("Why was my third round on the 6th weighed at only "
                                          "4 kg?", TEXT)}),
        case(f, f"{a}/api/v2/notices", headers=_h(rng, how="nodash"), cookies={
            "dalu_session": L(opaque(rng, "", 36), CRED), "dalu_worker": L(PLUCKER_NO, UID),
            "dalu_req": rid(rng)}),
    ]


def dalupotha_sdks() -> list[Case]:
    rng = random.Random(11012)
    return [
        sk_queue(APP, rng, [("Weighing Confirmed", {"round": 2}),
                            ("Slip Opened", {"month": "2025-11"}),
                            ("Muster Checked In", {"division": "UD"})]),
        sk_beacon(APP, rng, "Activation Started", {"estate": ESTATE["id"]}),
        ch_crash(APP, rng, ("java.io.IOException", "scale bluetooth read timed out"),
                 [ch_crumb("nav", "Muster -> Weighing"),
                  ch_crumb("log", "scale", {"scale": ESTATE["scale"]})],
                 screen="WeighingActivity"),
        ch_session(APP, rng, secs=1210),
        tp_eval(APP, rng, {"division": "UD", "faceMuster": True}, hdr=True),
        pk_register(APP, rng, tags={"estate": ESTATE["id"], "lang": "si"}, at=FIELD_AT, nd=2,
                    lang="si"),
        cw_save(APP, rng, {"analytics": True, "crash": True}, user=True, region="Central"),
        sm_telemetry(APP, rng, [(FIELD_AT[0], FIELD_AT[1]), (6.899012, 80.602811)], PRECISE),
        ck_message(APP, rng, L("The scale at shed 2 shows a different weight from my slip",
                               TEXT), {"worker": L(PLUCKER_NO, UID), "division": "UD"}),
    ]

