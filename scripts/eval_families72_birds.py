"""Citizen-science bird-song recorder "Chirpatlas": registration with her public handle, a log-in,
``/me``, hotspots nearby, a hotspot's page, a checklist started where she stands, a song recording
(WAV and JSON), its identification, an observation in msgpack, the checklist submitted, a rare-bird
alert, an observer followed, a comment on another's observation, a search, her profile, a photo, a
gzip sync of offline checklists, an export by e-mail, a donation, push, events and the life list
by a cookie GET. Bird species, hotspots and other observers' places are the look-alikes."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import JPEG, PEOPLE, WAV, multipart, push_token
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families72_kit import (
    BIRDER,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HOTSPOT,
    MAIL,
    MEDIA,
    NAMEC,
    OBSERVERS,
    PAY,
    PRECISE,
    REC_AT,
    SEARCH,
    SPECIES,
    TEXT,
    UID,
    USAGE,
    fix,
    home,
    obj,
)
from eval_families72_sdk import (
    gp_crash,
    gp_crumb,
    gp_session,
    lb_link,
    lb_open,
    tf_batch,
    tf_identify,
)
from eval_families72_svc import ab_check, ab_save, cm_upload, mc_geocode
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("chirpatlas", "Chirpatlas", "org.example.chirpatlas", "7.1.3",
          "https://api.chirpatlas.example.org")
IID = "X-Chirp-Install"
PWD = "Veery-Thrush-88"
SECOND = (40.778102, -73.966815)  # her second stop, by the Turtle Pond


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def chirpatlas() -> list[Case]:
    rng = random.Random(7231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    cl, rec, other = obj(rng, "chk"), obj(rng, "rec"), obj(rng, "obs")
    jw = {"Authorization": J(claims(rng, handle=L(BIRDER, UID)))}
    rla, rlo = fix(REC_AT)
    r5a, r5o = fix(REC_AT, 5)
    hla, hlo = home(2)
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "handle": L(BIRDER, UID), "email": L(EMAIL, MAIL), "password": L(PWD, CRED),
            "displayName": L(NAME, NAMEC), "birthYear": L(1991, BIRTH),
            "region": L("US-NY", COARSE), "license": "CC-BY-NC"}),
        case(f, f"{a}/v1/auth", fmt="form", headers=_h(rng), body={
            "username": L(BIRDER, UID), "password": L(PWD, CRED), "grant": "password"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/hotspots/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{REC_AT[0]:.4f},{REC_AT[1]:.4f}", PRECISE), "dist": "2", "fmt": "json"}),
        case(f, f"{a}/v1/hotspots/{HOTSPOT['id']}", headers=_h(rng, **b),
             query={"recent": "14"}),
        case(f, f"{a}/v1/checklists", headers=_h(rng, **b), body={
            "checklistId": cl, "hotspot": HOTSPOT["id"], "protocol": "stationary",
            "start": "2025-12-09T07:02:00-05:00", "observers": 1,
            "at": {"lat": rla, "lng": rlo, "acc": 7},
            "hotspotAt": {"lat": HOTSPOT["lat"], "lng": HOTSPOT["lon"]}}),
        multipart(f, f"{a}/v1/recordings", [
            ("audio", "ramble-0702.wav", "audio/wav", L(WAV + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "recordingId": rec, "checklistId": cl, "lat": r5a, "lng": r5o,
                "mic": L("Pixel 8 built-in", DEV), "gainDb": 12, "sampleRate": 48000,
                "guess": SPECIES[0][1], "recordist": L(BIRDER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/recordings/{rec}/identify", headers=_h(rng, **b), body={
            "clipStartMs": 4200, "clipEndMs": 9800,
            "candidates": [{"species": s[0], "code": s[1], "score": round(0.9 - 0.3 * i, 2)}
                           for i, s in enumerate(SPECIES)]}),
        case(f, f"{a}/v1/checklists/{cl}/observations", fmt="msgpack", headers=_h(rng, **b),
             body={"code": SPECIES[0][1], "count": 2, "breeding": "S",
                   "comment": L("Singing from the hemlocks above the Gill", TEXT),
                   "recording": rec}),
        case(f, f"{a}/v1/checklists/{cl}/submit", headers=_h(rng, **b), body={
            "durationMin": 48, "complete": True,
            "observations": [{"code": s[1], "count": n} for s, n in zip(SPECIES, (2, 5, 1),
                                                                         strict=True)],
            "comments": L("Quiet morning, thrush only at the start", TEXT),
            "nearby": [{"observer": o, "lat": la, "lng": lo} for o, la, lo in OBSERVERS]}),
        case(f, f"{a}/v1/alerts", headers=_h(rng, **b), body={
            "type": "rare", "county": L("US-NY-061", COARSE), "radiusKm": 15,
            "center": {"lat": hla, "lng": hlo}, "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/observers/follow", fmt="form", headers=_h(rng, **b),
             body={"observer": OBSERVERS[0][0], "notify": "1"}),
        case(f, f"{a}/v1/checklists/{cl}/share", headers=_h(rng, **b), body={
            "toName": L(PEOPLE[2][0], NAMEC), "toEmail": L(PEOPLE[2][2], MAIL),
            "note": L("Wood thrush is back at the Gill, come Saturday?", TEXT)}),
        case(f, f"{a}/v1/observations/{other}/comments", headers=_h(rng, **b), body={
            "text": L("Lovely cut! I heard the same bird at seven by the Gill.", TEXT),
            "clientId": rid(rng)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("black-throated blue warbler song", SEARCH), "type": "species"}),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "displayName": L(NAME, NAMEC),
            "bio": L("Weekend birder in Manhattan, mostly the Ramble and Jamaica Bay.", TEXT),
            "homePatch": L("Central Park", COARSE), "showRecordingsMap": True}),
        multipart(f, f"{a}/v1/photos", [
            ("photo", "cardinal.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {
                "code": SPECIES[1][1], "lat": L(round(SECOND[0], 4), PRECISE),
                "lng": L(round(SECOND[1], 4), PRECISE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sync", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "offline": [
                {"id": obj(rng, "chk"), "lat": L(round(SECOND[0], 5), PRECISE),
                 "lng": L(round(SECOND[1], 5), PRECISE), "species": [SPECIES[1][1]]},
                {"id": obj(rng, "chk"), "lat": r5a, "lng": r5o,
                 "species": [SPECIES[2][1]]}]}),
        case(f, f"{a}/v1/export", fmt="form", headers=_h(rng, **b), body={
            "format": "csv", "sendTo": L(EMAIL, MAIL), "year": "2025"}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "amount": L("25.00", BUY), "currency": "USD", "recurring": False,
            "donorName": L(NAME, NAMEC), "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("recording_saved", 1, secs=34), ev("id_accepted", 2),
                ev("screen", 3, screen=L("LifeList", USAGE))]}),
        case(f, f"{a}/v1/lifelist", headers=_h(rng, how="none"),
             cookies={"ca_session": L(opaque(rng, "", 40), CRED),
                      "ca_device": L(INSTALL_ID, DID), "ca_theme": "dark"}),
    ]


def chirpatlas_sdks() -> list[Case]:
    rng = random.Random(7232)
    link = U("https://chirpatlas.example.org/r/invite", {"from": L(BIRDER, UID),
                                                        "utm_source": "share"})
    return [
        tf_batch(APP, rng, [("Recording Saved", {"seconds": 34}),
                            ("Checklist Submitted", {"species": 3})], at=REC_AT, nd=3),
        tf_identify(APP, rng, {"handle": L(BIRDER, UID), "region": L("US-NY", COARSE),
                               "email": L(EMAIL, MAIL)}),
        lb_open(APP, rng, user=True, n=22),
        lb_link(APP, rng, link),
        gp_session(APP, rng),
        gp_crash(APP, rng, ("java.lang.OutOfMemoryError", "spectrogram bitmap"),
                 [gp_crumb("nav", "Checklist -> Record"),
                  gp_crumb("net", "POST", {"url": f"{APP.api}/v1/recordings", "status": 500})],
                 screen="RecordActivity"),
        ab_save(APP, rng, {"analytics": True, "ads": False}),
        ab_check(APP, rng, {"analytics": True, "ads": False}),
        mc_geocode(APP, rng, "Jamaica Bay Wildlife Refuge", SEARCH, near=(LAT, LON), nd=3),
        cm_upload(APP, rng, L(JPEG + b"\x48", MEDIA), "upload-error.jpg", "image/jpeg"),
    ]
