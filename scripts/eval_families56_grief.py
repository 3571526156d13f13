"""Bereavement-support chat "Lanternrest" (her mother died in October): sign-up with a handle,
a log-in, ``/me``, the loss (her mother's name and illness), a faith preference for matching, a
mood check-in, a support group joined, group messages (JSON and msgpack), a direct message, a
memorial photo with its caption, a private journal (gzip), a counsellor booked and a voice
message, the crisis button, an anniversary reminder, a resource search, a report, a sibling
invited, a memorial donation, push, events and the group list by a cookie GET."""

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
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, ZIP, App, ev, opaque
from eval_families24_kit import claims, head, others
from eval_families56_kit import COUNSELLOR, FIT, GROUP_LOSS, MED, MOTHER, obj
from eval_families56_sdk import cm_crash, cm_crumb, lm_event, lm_launch, sw_batch, sw_identify
from eval_families56_svc import bz_register, cp_message, ft_eval, pm_check, pm_save
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("lanternrest", "Lanternrest", "com.example.lanternrest", "1.12.5",
          "https://api.lanternrest.example.org")
IID = "X-LR-Install"
PW = "Tidepool-Evening-8"
HANDLE = "quietwillow91"
PEERS = others(random.Random(5670), 4, "m_")  # other members (negatives)
MTEXT = f"{TEXT}|{NAMEC}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def lanternrest() -> list[Case]:
    rng = random.Random(5671)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID)))}
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "firstName": L(FIRST, NAMEC), "birthYear": L(1991, BIRTH), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "login": L(HANDLE, UID), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/loss", headers=_h(rng, **b), body={
            "relationship": "mother", "name": L(MOTHER["name"], NAMEC),
            "dateOfDeath": MOTHER["died"], "cause": L(MOTHER["cause"], MED),
            "expected": True, "caregiver": True}),
        case(f, f"{a}/v1/matching", fmt="form", headers=_h(rng, **b), body={
            "faith": L("Catholic", SENS), "ageBand": L("30-39", BIRTH), "lossType": "parent",
            "groupSize": "small"}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "phq2": L([2, 2], MED), "selfHarmThoughts": L(False, MED), "sleepHours": L(4, FIT),
            "griefIntensity": 8, "note": L("Bad day, found her handwriting on a recipe card",
                                           TEXT)}),
        case(f, f"{a}/v1/groups/{GROUP_LOSS}/join", headers=_h(rng, **b), body={
            "intro": L("Lost my mom six weeks ago, still can't believe it", TEXT)}),
        case(f, f"{a}/v1/groups/{GROUP_LOSS}/messages", headers=_h(rng, **b), body={
            "clientId": obj(rng, "cm", 10), "author": L(USER_ID, UID),
            "text": L("Does the first holiday get any easier? Thanksgiving was awful", TEXT)}),
        case(f, f"{a}/v1/groups/{GROUP_LOSS}/messages", fmt="msgpack", headers=_h(rng, **b),
             body={"clientId": obj(rng, "cm", 10), "author": L(USER_ID, UID),
                   "text": L("Her birthday would have been Sunday, we're going to Mass at "
                             "St. Brigid's", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/dm/{PEERS[0]}", headers=_h(rng, **b), body={
            "text": L("Thank you for checking on me last night", TEXT),
            "clientId": obj(rng, "cm", 10)}),
        multipart(f, f"{a}/v1/memorials/photos", [
            ("photo", "mom_jones_beach.jpg", "image/jpeg", L(JPEG + b"\x33", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Margaret at Jones Beach, summer 1998", MTEXT),
                "visibility": "group"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/journal", gz=True, headers=_h(rng, **b), body={
            "entryId": obj(rng, "j", 10), "private": True,
            "text": L("Haven't slept more than four hours since the funeral, the doctor gave "
                      "me trazodone", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/counselling/bookings", headers=_h(rng, **b), body={
            "counsellor": COUNSELLOR, "slot": "2025-12-16T18:30", "modality": "video",
            "reason": L("grief counselling, insomnia", MED), "copay": L("25.00", BUY)}),
        multipart(f, f"{a}/v1/counselling/{COUNSELLOR}/voice", [
            ("audio", "note.m4a", "audio/mp4", L(M4A + b"\x34", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/crisis", fmt="form", headers=_h(rng, **b), body={
            "pressed": "1", "lat": L(f"{LAT:.4f}", PRECISE), "lon": L(f"{LON:.4f}", PRECISE),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "kind": "anniversary", "date": MOTHER["died"], "label": L(
                "Mom's first anniversary", TEXT), "notifyDaysBefore": 3}),
        case(f, f"{a}/v1/resources/search", headers=_h(rng, **b), query={
            "q": L("how to write a eulogy", SEARCH), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/reports", headers=_h(rng, **b), body={
            "member": PEERS[2], "message": obj(rng, "msg", 10),
            "text": L("Keeps selling a psychic reading service in the group", TEXT)}),
        case(f, f"{a}/v1/invites", fmt="form", headers=_h(rng, **b), body={
            "name": L("Michael Doe", NAMEC), "email": L("mike.doe@example.net", MAIL),
            "note": L("Mike, this group has really helped me", TEXT)}),
        case(f, f"{a}/v1/donations", headers=_h(rng, **b), body={
            "fund": "pancan_research", "inMemoryOf": L(MOTHER["name"], NAMEC),
            "amount": L("50.00", BUY), "currency": "USD", "anonymous": False}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("group_message_sent", 1), ev("checkin_done", 2, score=4),
                ev("screen", 3, screen=L("GroupChat", USAGE))]}),
        case(f, f"{a}/v1/groups", headers=_h(rng, how="upper"),
             cookies={"lr_session": L(opaque(rng, "", 44), CRED)}),
    ]


def lanternrest_sdks() -> list[Case]:
    rng = random.Random(5672)
    return [
        sw_batch(APP, rng, [("Group Joined", {"type": "parent_loss"}),
                            ("Checkin Completed", {"phq2": L(4, MED)})]),
        sw_identify(APP, rng, {"faith": L("catholic", SENS), "lossType": "parent",
                               "zip": L(ZIP, COARSE)}),
        lm_launch(APP, rng, user=True),
        lm_event(APP, rng, "donation", {"fund": "pancan_research"}, revenue=50.0),
        cm_crash(APP, rng, ("okhttp3.internal.http2.StreamResetException", "stream was reset"),
                 [cm_crumb("nav", "Groups -> GroupChat"),
                  cm_crumb("net", "POST /v1/groups/messages", {"status": 0})],
                 screen="GroupChatActivity"),
        ft_eval(APP, rng, {"counselling": True}, user=False, hdr=True),
        bz_register(APP, rng, tags={"group": GROUP_LOSS}),
        pm_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        pm_check(APP, rng, {"analytics": True, "ads": False}),
        cp_message(APP, rng, L("I want to delete my journal entries before my account", TEXT),
                   {"plan": "free"}),
    ]
