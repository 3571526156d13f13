"""Church-choir rehearsal app "Harmonyloft" (she sings alto in St George's Anglican choir):
sign-up, log-in, ``/me``, joining the choir by code, her profile (voice part, church), the
rehearsal calendar, attendance check-in at the church, sheet-music downloads, a practice
recording of her part with a pitch contour, a part-balance mix, a prayer request, a message to
the section, lifts to rehearsal from members of her address book, robe sizes, a tithe, a
concert ticket, a search, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families73_kit import CHURCH, CT_HOME_AT, fix, obj
from eval_families73_sdk import av_session, cl_crash, cl_crumb, cl_session, gm_batch, gm_queue
from eval_families73_svc import as_save, mk_route, pm_register, pr_charge, sg_eval
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, case

APP = App("harmonyloft", "Harmonyloft", "com.example.harmonyloft", "4.2.0",
          "https://api.harmonyloft.example.org")
CHOIR_AT = (-33.924918, 18.418642)  # her fix checking in at the church (location.precise)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-HL-Device", how=how, **kw)


def harmonyloft() -> list[Case]:
    rng = random.Random(7341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    choir=L(CHURCH["id"], SENS)))}
    reh = obj(rng, "reh")
    cla, clo = fix(CHOIR_AT, 6)
    pitch = [round(220 + 30 * ((i % 9) / 9), 1) for i in range(32)]
    return [
        case(f, f"{a}/v2/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Magnificat!1991", CRED),
            "displayName": L(NAME, NAMEC), "phone": L(E164, TEL)}),
        case(f, f"{a}/v2/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Magnificat!1991", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/choirs/join", fmt="form", headers=_h(rng, **b), body={
            "code": L("SGC-ALTO-77", CRED), "church": L(CHURCH["name"], SENS)}),
        case(f, f"{a}/v2/me/profile", headers=_h(rng, **b), body={
            "voicePart": "alto", "church": L(CHURCH["name"], SENS),
            "denomination": L("Anglican", SENS), "readsMusic": True,
            "bio": L("Sang in a gospel choir in Brooklyn for six years", TEXT)}),
        case(f, f"{a}/v2/choirs/{CHURCH['id']}/rehearsals", headers=_h(rng, **b),
             query={"from": "2025-12-01", "to": "2025-12-31"}),
        case(f, f"{a}/v2/rehearsals/{reh}/attendance", headers=_h(rng, **b), body={
            "status": "present", "lat": cla, "lng": clo, "acc": 12,
            "churchPoint": [CHURCH["lat"], CHURCH["lon"]]}),
        case(f, f"{a}/v2/scores/download", headers=_h(rng, **b), query={
            "piece": "Rutter - Candlelight Carol", "part": "alto", "format": "pdf"}),
        multipart(f, f"{a}/v2/rehearsals/{reh}/practice", [
            ("audio", "alto_take3.m4a", "audio/mp4", L(M4A + b"\x01", MEDIA)),
            ("analysis", None, "application/json", {
                "pitchHz": pitch, "inTunePct": 87, "tempo": 72, "piece": "Candlelight Carol"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/rehearsals/{reh}/mix", headers=_h(rng, **b), body={
            "soprano": 0.6, "alto": 1.0, "tenor": 0.5, "bass": 0.5, "click": True}),
        case(f, f"{a}/v2/choirs/{CHURCH['id']}/prayers", headers=_h(rng, **b), body={
            "text": L("Please pray for my mother, she starts chemotherapy on Monday",
                      f"{TEXT}|{MED}|{SENS}"), "anonymous": False}),
        case(f, f"{a}/v2/choirs/{CHURCH['id']}/sections/alto/messages", headers=_h(rng, **b),
             body={"text": L("Running late, save me a seat next to Marlene", TEXT),
                   "rehearsal": reh}),
        case(f, f"{a}/v2/lifts", headers=_h(rng, **b), body={
            "rehearsal": reh, "offers": [
                {"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p, _ in PEOPLE[:2]]}),
        case(f, f"{a}/v2/me/robe", headers=_h(rng, **b), body={
            "size": "M", "heightCm": L(168, "health.fitness")}),
        case(f, f"{a}/v2/giving", fmt="form", headers=_h(rng, **b), body={
            "fund": L("St George's tithe", SENS), "amount": L("500.00", BUY),
            "recurring": "monthly", "method": L(opaque(rng, "pm_", 24), "financial.payment")}),
        case(f, f"{a}/v2/concerts/carols-2025/tickets", headers=_h(rng, **b), body={
            "qty": 2, "total": L("240.00", BUY), "order": L("HL-CN-40921", BUY),
            "price": "120.00"}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("Lux aeterna alto part", SEARCH)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "lang": L("en-ZA", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("practice_recorded", 1, minutes=L(14, USAGE)), ev("score_opened", 2),
                ev("screen", 3, screen=L("Rehearsal", USAGE))]}),
        case(f, f"{a}/v2/me/history", headers=_h(rng, how="none"),
             cookies={"hl_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def harmonyloft_sdks() -> list[Case]:
    rng = random.Random(7342)
    return [
        gm_batch(APP, rng, [("Practice Recorded", {"part": "alto"}),
                            ("Checked In", {"church": L(CHURCH["name"], SENS)})],
                 at=CHOIR_AT, nd=2),
        gm_queue(APP, rng, [("Score Opened", {"piece": "Candlelight Carol"}),
                            ("Metronome Used", {"bpm": 72})]),
        av_session(APP, rng, first=True),
        cl_crash(APP, rng, ("java.lang.IllegalStateException", "MediaRecorder stop failed"),
                 [cl_crumb("navigation", "Rehearsal -> Record"), cl_crumb("ui", "stop")],
                 screen="PracticeActivity"),
        cl_session(APP, rng, 1810),
        sg_eval(APP, rng, {"pitch_feedback": True, "voice_part": "alto"}, hdr=True),
        pm_register(APP, rng, tags={"choir": L(CHURCH["id"], SENS), "part": "alto"}),
        as_save(APP, rng, {"analytics": True, "ads": False}),
        pr_charge(APP, rng, "500.00", "Tithe - St George's"),
        mk_route(APP, rng, [(CT_HOME_AT, "location.precise"),
                            ((CHURCH["lat"], CHURCH["lon"]), None)], mode="walk"),
    ]
