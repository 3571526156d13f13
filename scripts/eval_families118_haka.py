"""Kapa haka competition entry app "Tuhaka": she enters her son Nikau (11) with his rōpū for the
regional rangatahi competition (the child's data). The parent's sign-up and log-in, ``/me``, the
child's profile and photo, competitions, the entry and its fee, his medical form, a practice video,
the photo and filming consent, his schedule by his ID in the path, pick-up people, costume sizes,
the bus from the rental, a message to the tutor, whānau tickets, results by his ID in the query,
check-in at the venue, push, events and a cookie GET with the child's ID."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import MP4
from eval_families17_kit import DASHED, JPEG, multipart, push_token
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families118_kit import (
    ADDR,
    BIRTH,
    BUY,
    COMP,
    CRED,
    DEV,
    DID,
    ENTRY,
    FIT,
    GENDER,
    HUSBAND,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PASSWORD,
    PAY,
    PRECISE,
    ROOPU,
    SENS,
    SON,
    SON_DOCTOR,
    TEL,
    TEPUKE,
    TEXT,
    UID,
    USAGE,
    obj,
)
from eval_families118_sdk import (
    aw_event,
    aw_session,
    bp_bid,
    fk_crash,
    fk_crumb,
    tk_batch,
    tk_identify,
)
from eval_families118_svc import ft_eval, pk_card, pk_confirm, pt_subscribe, tp_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("tuhaka", "Tuhaka", "com.example.tuhaka", "4.0.3", "https://api.tuhaka.example.com")
IID = "X-Tuhaka-Device"
KID = L(SON["id"], UID)
VENUE_FIX = (-37.704287, 176.172431)  # her phone at the venue's door


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def tuhaka() -> list[Case]:
    rng = random.Random(11821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tamaiti=KID))}
    en = f"{a}/api/entries/{ENTRY}"
    return [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "mobile": L(PHONE, TEL),
            "password": L(PASSWORD, CRED), "relationship": "mother"}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PASSWORD, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/children", headers=_h(rng, **b), body={
            "first_name": L(SON["first"], NAMEC), "last_name": L(SON["last"], NAMEC),
            "dob": L(SON["dob"], BIRTH), "gender": L("tane", GENDER), "school_year": 7,
            "iwi": [L("Te Arawa", SENS), L("Ngati Awa", SENS)], "roopu": ROOPU["id"]}),
        multipart(f, f"{a}/api/children/{SON['id']}/photo", [
            ("photo", "nikau.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"purpose": "entry_id_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/competitions/{COMP['id']}/items", headers=_h(rng, **b)),
        case(f, f"{a}/api/competitions", headers=_h(rng, **b), query={"season": "2026",
                                                                      "grade": "rangatahi"}),
        case(f, f"{a}/api/entries", headers=_h(rng, **b), body={
            "competition": COMP["id"], "roopu": ROOPU["id"], "child": KID,
            "division": "Rangatahi 10-13", "role": "kaitaki", "fee": L("35.00", BUY),
            "age_on_day": L(11, BIRTH)}),
        at_path(case(f, f"{en}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("35.00", BUY), "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
            ENTRY, BUY),
        case(f, f"{en}/medical", headers=_h(rng, **b), body={
            "child": KID, "allergies": [L("bee stings", MED), L("peanuts", MED)],
            "nhi": L("ZAC5361", MED),
            "notes": L("Nikau has asthma and carries a blue inhaler", f"{TEXT}|{MED}"),
            "gp": {"name": L(SON_DOCTOR[0], NAMEC), "phone": L(SON_DOCTOR[1], TEL)}}),
        multipart(f, f"{en}/videos", [
            ("video", "practice_haka.mp4", "video/mp4", L(MP4 + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"item": "haka", "lengthS": 214})],
            headers=_h(rng, **b)),
        case(f, f"{en}/consent", headers=_h(rng, **b), body={
            "photo": True, "filming": True, "livestream": False,
            "signed_by": L(NAME, NAMEC), "signed_at": "2025-12-09T20:41:00+13:00"}),
        at_path(case(f, f"{a}/api/children/{SON['id']}/schedule", headers=_h(rng, **b)),
                SON["id"], UID),
        case(f, f"{a}/api/children/{SON['id']}/pickup", headers=_h(rng, **b), body={
            "people": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                        "relation": "father"},
                       {"name": L(NAME, NAMEC), "phone": L(DASHED, TEL), "relation": "mother"}]}),
        case(f, f"{a}/api/uniform", headers=_h(rng, **b), body={
            "child": KID, "height_cm": L(148, FIT), "chest_cm": L(72, FIT),
            "waist_cm": L(63, FIT), "piupiu_length_cm": 48, "colour": "red-black"}),
        case(f, f"{a}/api/transport", headers=_h(rng, **b), body={
            "child": KID, "bus": "TP-2", "pickup": {"line": L(TEPUKE["line"], ADDR),
                                                    "town": L(TEPUKE["town"], "location.coarse")},
            "return": True}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": ROOPU["tutor"], "thread": obj(rng, "msg", 8),
            "text": L("Nikau will be late to Thursday practice, he has the dentist",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/tickets", headers=_h(rng, **b), body={
            "competition": COMP["id"], "adult": 2, "child": 1, "total": L("45.00", BUY),
            "venue": COMP["venue"]}),
        case(f, f"{a}/api/results", headers=_h(rng, **b), query={
            "competition": COMP["id"], "child": KID}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "entry": L(ENTRY, BUY), "lat": L(round(VENUE_FIX[0], 5), PRECISE),
            "lon": L(round(VENUE_FIX[1], 5), PRECISE), "venue_lat": COMP["lat"],
            "venue_lon": COMP["lon"]}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "device": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("en-NZ", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("entry_submitted", 1, division="rangatahi"), ev("video_uploaded", 2),
                ev("screen", 3, screen=L("ResultsScreen", USAGE))]}),
        case(f, f"{a}/api/schedule", headers=_h(rng, how="upper"),
             cookies={"th_sess": L(opaque(rng, "", 40), CRED), "th_child": KID}),
    ]


def tuhaka_sdks() -> list[Case]:
    rng = random.Random(11822)
    return [
        tk_batch(APP, rng, [("Entry Submitted", {"child_age": L(11, BIRTH)}),
                            ("Video Uploaded", {"seconds": 214})]),
        tk_identify(APP, rng, {"children": 1, "child_age": L(11, BIRTH),
                               "town": L("Te Puke", "location.coarse")}),
        aw_session(APP, rng, first=True),
        aw_event(APP, rng, "k3x9w2", {"division": "rangatahi"}, revenue=35.0),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        fk_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [fk_crumb("navigation", "Entry -> Videos"),
                  fk_crumb("http", "POST /api/entries/videos", {"status": 0})],
                 screen="VideoUploadActivity"),
        ft_eval(APP, rng, {"child_age": L(11, BIRTH), "livestream": False}),
        pt_subscribe(APP, rng, tags={"roopu": ROOPU["id"], "child_age": L(11, BIRTH)}),
        pk_card(APP, rng),
        pk_confirm(APP, rng, "35.00"),
        tp_message(APP, rng, L("The entry fee was charged twice for Nikau", f"{TEXT}|{NAMEC}"),
                   {"entry": L(ENTRY, BUY)}),
    ]
