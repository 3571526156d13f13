"""Sickle-cell pain-crisis diary "Jinikula", kept by her for her daughter Amina (8, HbSS): the
parent's sign-up and log-in, ``/me``, the child's profile (genotype, blood group, baseline Hb,
hospital number), her medicines, a crisis entry (pain score, sites, triggers, temperature, doses
given), the night's pain scores (msgpack), fluids, a day's log (protobuf), a swollen hand's photo,
a hospital admission, a school letter, the emergency plan, a caregiver invited, a weather alert,
a search, reminders, the report shared with her haematologist, an export, a password reset,
push, events and the entries by the child's ID in the path (a cookie GET)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families88_kit import (
    CHILD,
    CHILD_CLINIC,
    CHILD_ID,
    CHILD_MEDS,
    HAEMATOLOGIST,
    HUSBAND,
    KANO_HOME_AT,
    obj,
)
from eval_families88_sdk import fw_crash, fw_crumb, kd_batch, kd_queue, tl_event, tl_open
from eval_families88_svc import sx_register, td_attach, td_message, tg_eval, tw_search, yn_save
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("jinikula", "Jinikula", "com.example.jinikula", "1.8.2",
          "https://api.jinikula.example.org")
IID = "X-Jinikula-Device"
PW = "Kola-Nut-Rain-48"
MT = f"{TEXT}|{MED}"


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def jinikula() -> list[Case]:
    rng = random.Random(8821)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), child=L(CHILD_ID, UID)))}
    b = {"auth": "bearer"}
    entry = obj(rng, "ent", 10)
    lab: dict[str, str] = {}
    day = pb([(1, L(CHILD_ID, UID)), (2, "2025-12-09"), (3, L(6, MED)), (4, L(38.4, MED)),
              (5, L(1450, MED)), (6, entry)], "", lab)
    cases = [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "role": "parent", "country": L("NG", COARSE)}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "jinikula-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/children", headers=_h(rng, **b), body={
            "id": L(CHILD_ID, UID), "firstName": L(CHILD["first"], NAMEC),
            "birthDate": L(CHILD["dob"], BIRTH), "sex": L("female", GENDER),
            "genotype": L(CHILD["genotype"], MED), "bloodGroup": L("O+", MED),
            "baselineHb": L(7.8, MED), "hospitalNo": L("GLC-0092231", MED),
            "weightKg": L(24.5, FIT), "school": "Primary 3"}),
        case(f, f"{a}/v1/children/{CHILD_ID}/medicines", headers=_h(rng, **b), body={
            "items": [{"name": L(n, MED), "dose": L(d, MED)} for n, d in CHILD_MEDS]}),
        case(f, f"{a}/v1/children/{CHILD_ID}/crises", headers=_h(rng, **b), body={
            "entry": entry, "startedAt": "2025-12-08T21:40:00+01:00", "pain": L(7, MED),
            "sites": [L("lower back", MED), L("both knees", MED)],
            "triggers": [L("cold harmattan night", MED), L("missed water at school", MED)],
            "tempC": L(38.4, MED), "given": [{"drug": L("ibuprofen", MED), "mg": L(200, MED)}],
            "notes": L("Woke crying, knees hot and swollen, drank only half her water", MT)}),
        case(f, f"{a}/v1/crises/{entry}/scores", fmt="msgpack", headers=_h(rng, **b), body={
            "child": L(CHILD_ID, UID), "scores": L([[0, 7], [120, 8], [240, 6], [360, 5],
                                                   [480, 4]], MED), "scale": "faces-0-10"}),
        case(f, f"{a}/v1/children/{CHILD_ID}/fluids", fmt="form", headers=_h(rng, **b), body={
            "ml": L("350", MED), "at": "2025-12-09T08:10", "kind": "water"}),
        raw(f, f"{a}/v1/sync/day", day, "application/x-protobuf", lab, headers=_h(rng, **b)),
        at_path(multipart(f, f"{a}/v1/children/{CHILD_ID}/photos", [
            ("photo", "hand.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"entry": entry,
                                                "caption": L("Swollen left hand", MT)})],
            headers=_h(rng, **b)), CHILD_ID, UID),
        case(f, f"{a}/v1/children/{CHILD_ID}/visits", headers=_h(rng, **b), body={
            "clinic": {"id": CHILD_CLINIC["id"], "name": CHILD_CLINIC["name"],
                       "phone": CHILD_CLINIC["phone"]},
            "reason": L("vaso-occlusive crisis", MED), "admitted": L(True, MED),
            "transfusion": L(False, MED), "hb": L(6.9, MED), "nights": L(3, MED)}),
        case(f, f"{a}/v1/letters/school", headers=_h(rng, **b), body={
            "child": L(CHILD_ID, UID), "template": "classroom_needs",
            "text": L("Amina has sickle cell disease; please let her drink water and use the "
                      "toilet freely and keep her out of cold rooms.", f"{MT}|{NAMEC}")}),
        case(f, f"{a}/v1/children/{CHILD_ID}/emergency", headers=_h(rng, **b), body={
            "contacts": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                          "relation": "father"}],
            "hospital": CHILD_CLINIC["id"], "hospitalAt": [CHILD_CLINIC["lat"],
                                                           CHILD_CLINIC["lon"]],
            "plan": L("Give fluids and ibuprofen, go in if pain over 7 or fever over 38.5", MT)}),
        case(f, f"{a}/v1/caregivers", fmt="form", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "role": "viewer",
            "child": L(CHILD_ID, UID)}),
        case(f, f"{a}/v1/alerts/weather", headers=_h(rng, **b), body={
            "lat": L(round(KANO_HOME_AT[0], 2), COARSE), "lon": L(round(KANO_HOME_AT[1], 2),
                                                                   COARSE),
            "coldBelowC": 16, "heatAboveC": 38}),
        case(f, f"{a}/v1/library/search", headers=_h(rng, **b), query={
            "q": L("acute chest syndrome warning signs", f"{SEARCH}|{MED}"), "lang": "en"}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "hydroxyurea": "19:00", "folic": "07:30", "tz": L("Africa/Lagos", DEV)}),
        case(f, f"{a}/v1/children/{CHILD_ID}/share", fmt="form", headers=_h(rng, **b), body={
            "recipientName": L(HAEMATOLOGIST[0], NAMEC),
            "recipientEmail": L(HAEMATOLOGIST[1], MAIL), "months": "3"}),
        case(f, f"{a}/v1/export", headers=_h(rng, **b), query={
            "child": L(CHILD_ID, UID), "from": "2025-09-01", "to": "2025-12-09",
            "format": "pdf"}),
        case(f, f"{a}/v1/password/reset", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL.upper(), MAIL)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_NG", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("crisis_logged", 1, pain=L(7, MED)), ev("fluids_logged", 2),
                ev("screen", 3, screen=L("CrisisTimeline", USAGE))]}),
        at_path(case(f, f"{a}/v1/children/{CHILD_ID}/entries", headers=_h(rng, how="plain"),
                     cookies={"jk_session": L(opaque(rng, "", 40), CRED)}), CHILD_ID, UID),
    ]
    # the child's profile ID in a URL path is hers (``url`` ``path[i]``)
    return [at_path(c, CHILD_ID, UID) if f"/{CHILD_ID}/" in c.exchange.url else c
            for c in cases]


def jinikula_sdks() -> list[Case]:
    rng = random.Random(8822)
    return [
        kd_batch(APP, rng, [("Crisis Logged", {"pain": L(7, MED), "sites": 2}),
                            ("Report Shared", {})], locale="en-NG"),
        kd_queue(APP, rng, [("Fluids Logged", {"ml": L(350, MED)}),
                            ("Reminder Snoozed", {"med": L("hydroxyurea", MED)})]),
        tl_open(APP, rng, user=True, n=37),
        tl_event(APP, rng, "subscribe_family", {"plan": "family_yearly"}, revenue=9500.0),
        fw_crash(APP, rng, ("java.lang.IllegalStateException", "chart range empty"),
                 [fw_crumb("nav", "Child -> Timeline"),
                  fw_crumb("log", "load entries", {"child": L(CHILD_ID, UID)})],
                 screen="TimelineActivity"),
        tg_eval(APP, rng, {"childAge": L(CHILD["age"], BIRTH), "scd": L(True, MED)}),
        sx_register(APP, rng, lang="en", tags={"reminders": "on"}),
        yn_save(APP, rng, {"analytics": True, "marketing": False, "research": False}),
        td_message(APP, rng, L("The hydroxyurea refill reminder shows the old dose of 250 mg",
                               MT), {"plan": "family", "children": 1}),
        td_attach(APP, rng, L(JPEG + b"\x92", f"{MEDIA}|{MED}"), "prescription.jpg",
                  "image/jpeg"),
        tw_search(APP, rng, "sickle cell specialist", f"{SEARCH}|{MED}", near=(LAT, LON), nd=3),
    ]
