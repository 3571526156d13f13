"""Blind set twenty, part three: a job board ("Jobnook"), its own API and the SDKs it embeds (see
``eval_families20.py`` for the rules of this set, its conventions and its calls).

First party: sign-up (JSON), an OAuth password grant (form, the e-mail as typed with capitals), a
token refresh, a search near the user, a job's page, saving a job, a résumé upload (multipart: JSON
and a PDF), the profile (headline, place, phone), work history, an application with screening
answers and the voluntary EEO self-identification (gender, race, veteran and disability status),
a message to a recruiter quoting the phone, an interview confirmation, a job alert, push
registration, a salary lookup, company reviews, the app's own event log and its config fetch;
every call carries the app's User-Agent, calls before sign-in the install ID, signed-in calls a
bearer JWT (user ID claim). SDKs: analytics batches, a hit and a people update, MMP install,
event and identity match, two crash reports and a session, remote config, push, consent, address
autocomplete of the user's street, a transit route to an interview and a place-details lookup.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import PDF
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    IPLOC,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, STATE, T0, ZIP, App, ev, opaque, pos
from eval_families20_sdk import (
    ck_event,
    ck_session,
    lf_event,
    lf_identify,
    lf_install,
    mc_batch,
    mc_engage,
    mc_hit,
)
from eval_families20_svc import (
    fp_fetch,
    pl_autocomplete,
    pl_details,
    pl_route,
    pm_save,
    pw_register,
)
from eval_payloads import EMAIL, INSTALL_ID, PUBLIC_IP, USER_ID, Case, J, L, case, rnd_hex, rnd_uuid

JN = App("jobnook", "Jobnook", "com.example.jobnook", "6.3.0", "https://api.jobnook.example.com/v4")
JOB = "jb_88213"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    """The app's headers: its User-Agent, then the install ID before sign-in or a bearer JWT
    (user ID claim) after it."""
    h: dict[str, Any] = {"User-Agent": L(JN.ua, DEV), "X-Request-Id": rnd_uuid(rng)}
    if auth:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "iat": T0, "exp": T0 + 3600,
                                "scope": "seeker", "jti": rnd_hex(rng, 16)})
    else:
        h["X-Install-Id"] = L(INSTALL_ID, DID)
    return h


def jobnook() -> list[Case]:
    rng = random.Random(20011)
    a, f = JN.api, JN.fam
    out = [case(f, f"{a}/auth/signup", headers=_h(rng, False), body={
        "email": L(EMAIL, MAIL), "password": L("Sunflower!2291", CRED),
        "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "phone": L(E164, TEL),
        "marketing_opt_in": False, "terms_version": "2025-06"})]
    out.append(case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng, False), body={
        "grant_type": "password", "username": L(EMAIL_MIXED, MAIL),
        "password": L("Sunflower!2291", CRED), "client_id": "jobnook-android",
        "device_id": L(INSTALL_ID, DID)}))
    out.append(case(f, f"{a}/oauth/refresh", headers=_h(rng, False), body={
        "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device_id": L(INSTALL_ID, DID)}))
    lat, lng = pos(3)
    out.append(case(f, f"{a}/jobs/search", headers=_h(rng), query={
        "q": L("barista", SEARCH), "lat": lat, "lng": lng, "radius_mi": "10",
        "posted_within": "7d", "sort": "relevance", "page": "1"}))
    out.append(case(f, f"{a}/jobs/{JOB}", headers=_h(rng), query={"src": "search", "pos": "3"}))
    out.append(case(f, f"{a}/jobs/{JOB}/save", headers=_h(rng), body={"source": "search"}))
    out.append(multipart(f, f"{a}/profile/resume", [
        ("meta", None, "application/json", {
            "filename": L("Jane_Doe_Resume_2025.pdf", NAMEC), "visibility": "searchable"}),
        ("file", "resume.pdf", "application/pdf", L(PDF + b"/Resume" * 6, MEDIA)),
    ], headers=_h(rng)))
    out.append(case(f, f"{a}/profile", headers=_h(rng), body={
        "headline": L("Barista and shift lead, latte art nerd", TEXT),
        "location": {"city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
        "phone": L(NATIONAL, TEL), "years_experience": 6,
        "desired_pay": {"min": 22, "unit": "hour"}, "open_to": ["full_time", "part_time"],
        "authorized_us": True, "relocate": False}))
    out.append(case(f, f"{a}/profile/experience", headers=_h(rng), body={
        "title": "Shift Lead", "employer": "Ferry Street Cafe", "start": "2021-03", "end": None,
        "description": L("Opened the store, trained six new baristas, ran weekly inventory",
                         TEXT)}))
    out.append(case(f, f"{a}/applications", headers=_h(rng), body={
        "job_id": JOB, "resume_id": "rs_" + rnd_hex(rng, 10),
        "cover_letter": L("I have six years behind the bar and love opening shifts. I would be "
                          "glad to bring that energy to your team.", TEXT),
        "answers": [{"q": "q_start", "a": L("I can start January 5", TEXT)},
                    {"q": "q_weekends", "a": "yes"}, {"q": "q_years", "a": "5+"}],
        "eeo": {"gender": L("Female", GENDER), "race": L("Hispanic or Latino", SENS),
                "veteran": "I am not a protected veteran",
                "disability": L("No, I do not have a disability", SENS)},
        "source": "search"}))
    out.append(case(f, f"{a}/applications", headers=_h(rng), query={"status": "active"}))
    out.append(case(f, f"{a}/messages/threads/th_551/messages", headers=_h(rng), body={
        "text": L(f"Thanks! Tuesday at 10 works. My cell is {NATIONAL}", f"{TEXT}|{TEL}"),
        "client_msg_id": rnd_uuid(rng)}))
    out.append(case(f, f"{a}/interviews/iv_2211/confirm", headers=_h(rng), body={
        "slot": "2025-12-16T10:00:00-05:00", "mode": "in_person", "calendar_sync": True}))
    lat, lng = pos(2)
    out.append(case(f, f"{a}/alerts", headers=_h(rng), body={
        "query": L("barista", SEARCH), "lat": lat, "lng": lng, "radius_mi": 10,
        "frequency": "daily", "email": L(EMAIL, MAIL)}))
    tk = push_token(rng)
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "push_token": L(tk, DID), "install_id": L(INSTALL_ID, DID),
        "platform": L("android", DEV), "os_version": L("14", DEV), "app_version": JN.ver,
        "tz": L("America/New_York", DEV)}))
    out.append(case(f, f"{a}/salaries", headers=_h(rng), query={
        "title": L("shift lead", SEARCH), "zip": L(ZIP, COARSE)}))
    out.append(case(f, f"{a}/companies/co_4471/reviews", headers=_h(rng),
                    query={"page": "2", "sort": "recent"}))
    screens = [("screen_view", "Home"), ("screen_view", "JobSearch"),
               ("job_impression", "JobSearch"), ("screen_view", "JobDetail"),
               ("apply_tap", "JobDetail"), ("screen_view", "Apply")]
    out.append(case(f, f"{a}/t/events", headers=_h(rng), gz=True, body={
        "iid": L(INSTALL_ID, DID), "session": rnd_uuid(rng), "events": [
            {"e": L(e, USAGE), "screen": L(s, USAGE), "job": JOB if i > 1 else None,
             "ts": (T0 + 20 * i) * 1000} for i, (e, s) in enumerate(screens)]}))
    out.append(case(f, f"{a}/config", headers=_h(rng, False), query={
        "platform": L("android", DEV), "app_version": JN.ver, "locale": L("en_US", DEV)}))
    return out


def jobnook_sdks() -> list[Case]:
    rng = random.Random(20012)
    out = [mc_batch(JN, [
        ev("screen_view", 0, screen_name=L("JobSearch", USAGE),
           engagement_time_msec=L(8200, USAGE), session_id="1765300011"),
        ev("search", 1, search_term=L("barista", SEARCH), results=48),
        ev("view_item", 2, item_id=JOB, item_category="Food Service"),
        ev("apply_start", 3, item_id=JOB),
        ev("apply_submit", 4, item_id=JOB, resume_type="uploaded")],
        props={"account_type": "seeker", "profile_complete": "80", "zip": L(ZIP, COARSE)})]
    out.append(mc_hit(JN, rng, "screen_view", "Applications", 12000, 4, uid=True))
    out.append(mc_engage(JN, {"$email": L(EMAIL, MAIL), "$first_name": L(FIRST, NAMEC),
                              "$last_name": L(LAST, NAMEC), "$phone": L(E164, TEL),
                              "$city": L(CITY, COARSE), "plan": "free"}))
    out.append(lf_install(JN, "utm_source=jobads&utm_medium=cpc&utm_campaign=winter_hiring"))
    out.append(lf_event(JN, "application_submitted", extra={"job_category": "food_service"}))
    out.append(lf_identify(JN, md5=True))
    out.append(ck_event(JN, rng, "java.lang.IllegalStateException",
                        "Fragment ApplyFragment not attached to a context.",
                        ["JobSearch", "JobDetail", "Apply"]))
    out.append(ck_event(JN, rng, "retrofit2.HttpException", "HTTP 422 Unprocessable Entity",
                        ["Profile", "EditProfile"], level="error", user={
                            "id": L(USER_ID, UID), "email": L(EMAIL, MAIL),
                            "ip_address": L(PUBLIC_IP, IPLOC)}))
    out.append(ck_session(JN, rng, 412.5))
    out.append(fp_fetch(JN, {"account_type": "seeker", "age_bucket": L("25-34", BIRTH)}))
    out.append(pw_register(JN, push_token(rng), tags={"zip": L(ZIP, COARSE),
                                                      "saved_searches": 2}))
    out.append(pm_save(JN, rnd_uuid(rng), "reject_all", ip=False))
    out.append(pl_autocomplete(JN, rng, "350 Fifth Av", ADDR))
    out.append(pl_route(JN, (40.70621, -74.00912), "TRANSIT"))
    out.append(pl_details(JN, rng))
    return out
