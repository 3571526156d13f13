"""Dinka Bible-revision checking app "Lamwel" (lam prayer + wel words; a parish-based revision
team checks a new Thuɔŋjäŋ revision of Mark with the congregation: passages read aloud and
recorded, comprehension answers, proposed wordings, key terms, questions to the consultant). She
is a volunteer checker at her Juba parish (her religion). Keys are Dinka ASCII-folded with
English: ``raan``, ``rin``, ``rin_wun``, ``email``, ``namba_telefon``, ``wel_thiaan``, ``yen``,
``luak`` congregation (lit. byre, the word for church), ``rin_baptith`` baptismal name,
``ruon_baptith`` baptism year, ``athor_nhialic`` Bible, ``kuen`` reading, ``rol`` voice
recording, ``wel`` wording, ``got`` written note, ``thiec`` question, ``lam`` prayer request,
``diet`` hymn, ``weu`` offering amount, ``te`` place, ``akool`` day, ``koc`` people, ``jam``
message, ``koor`` search, ``thok`` language. Sign-up, an OAuth password grant, ``/yen``,
passages, a check with her wording and the community's answers, her reading recorded, a
protobuf reading beat, session attendance with her fix, her tasks by checker number in the path,
a key-term proposal, a question, a prayer request, an offering, a hymn search, msgpack session
notes, a gzip batch of checks, stats by cookie, push, events and a log-out. Many sets have
church apps (candles, tithes, hymns, sermons); none a scripture-translation checking team."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families13_kit import M4A
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families211_kit import (
    CHECKER,
    CHURCH,
    CHURCH_FIX,
    JUBA_HOME_AT,
    LOCAL_PHONE,
    fix,
    hd,
    obj,
    push,
)
from eval_families211_sdk import ct_crash, ct_crumb, ka_batch, ka_identify, ka_pixel, ty_event
from eval_families211_svc import cp_save, cw_card, cw_confirm, mn_route, pm_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lamwel", "Lamwel", "com.example.lamwel", "1.3.9", "https://api.lamwel.example.net")
IID = "X-Lamwel-Device"
PW = "Mark5:34-Juba"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, din=True, **kw)


def lamwel() -> list[Case]:
    rng = random.Random(21151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), checker=L(CHECKER, UID),
                                    luak=L(CHURCH["id"], REL)))}
    cla, clo = fix(CHURCH_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CHECKER, UID)), (2, "MRK.5.25-34"), (3, 41250), (4, 1769100000)], "", lab)
    tasks = at_path(case(f, f"{a}/v1/checkers/{CHECKER}/tasks", headers=_h(rng, **b)),
                    CHECKER, UID)
    return [
        case(f, f"{a}/v1/raan", headers=_h(rng), body={
            "rin": L(FIRST, NAMEC), "rin_wun": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "namba_telefon": L(LOCAL_PHONE, TEL), "wel_thiaan": L(PW, CRED),
            "luak": L(CHURCH["id"], REL), "denomination": L("Episcopal", REL),
            "rin_baptith": L("Rebecca", REL), "ruon_baptith": L(2021, REL),
            "checker_id": L(CHECKER, UID), "pan_dit": L("Juba", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lamwel-android"}),
        case(f, f"{a}/v1/yen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/passages", headers=_h(rng, **b), query={
            "book": "MRK", "chapter": "5", "draft": "rev2026"}),
        case(f, f"{a}/v1/checks", headers=_h(rng, **b), body={
            "verse": "MRK.5.34", "checker_id": L(CHECKER, UID),
            "wel": L("Nyan, gamdu aci yi kony. Lor ke dor, yi cop ke tuanydu.", TEXT),
            "answers": [L("She was healed because she believed", TEXT),
                        L("Jesus called her daughter", TEXT)],
            "koc": 9, "flag": "natural"}),
        multipart(f, f"{a}/v1/readings", [
            ("rol", "mrk5_25-34.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"verse": "MRK.5.25-34",
                                                "checker_id": L(CHECKER, UID)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/readings/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sessions/attend", headers=_h(rng, **b), body={
            "session": obj(rng, "ss"), "luak": L(CHURCH["id"], REL),
            "te": {"lat": cla, "lng": clo}, "hall": {"lat": CHURCH["lat"],
                                                     "lng": CHURCH["lon"]}}),
        tasks,
        case(f, f"{a}/v1/terms", headers=_h(rng, **b), body={
            "term": "grace", "wel": L("dheeng de Nhialic", TEXT),
            "got": L("Older people in Bor say 'dheeng' for honour, not for a free gift.", TEXT)}),
        case(f, f"{a}/v1/thiec", headers=_h(rng, **b), body={
            "to": "consultant_mrk", "verse": "MRK.5.29",
            "thiec": L("Should 'riem' be 'riem ke guop' here so women understand it is the "
                       "bleeding sickness?", TEXT)}),
        case(f, f"{a}/v1/lam", headers=_h(rng, **b), body={
            "lam": L("Pray for my brother-in-law Majok, the guinea worm wound on his ankle.",
                     f"{TEXT}|{REL}|{MED}"), "visibility": "team"}),
        case(f, f"{a}/v1/offering", fmt="form", headers=_h(rng, **b), body={
            "fund": L("translation", REL), "weu": L("20", BUY), "currency": "USD",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/diet", headers=_h(rng, **b), query={
            "koor": L("diet Nhialic ee dit", SEARCH), "thok": "din"}),
        case(f, f"{a}/v1/sessions/notes", fmt="msgpack", headers=_h(rng, **b), body={
            "session": obj(rng, "ss"), "checker_id": L(CHECKER, UID), "koc": 11,
            "got": L("Two youths read 'cop' as 'run away'. Keep the older word.", TEXT)}),
        case(f, f"{a}/v1/checks/batch", gz=True, headers=_h(rng, **b), body={
            "checker_id": L(CHECKER, UID), "checks": [
                {"verse": "MRK.5.30", "flag": "ok"},
                {"verse": "MRK.5.31", "flag": "unclear",
                 "wel": L("Ci raan ye guop yan gut?", TEXT)}]}),
        case(f, f"{a}/v1/sessions/upcoming", headers=_h(rng, **b), query={
            "lat": L(f"{JUBA_HOME_AT[0]:.2f}", COARSE), "lng": L(f"{JUBA_HOME_AT[1]:.2f}",
                                                                 COARSE), "km": "5"}),
        case(f, f"{a}/v1/raan/edit", headers=_h(rng, **b), body={
            "namba_telefon": L(E164, TEL), "luak": L(CHURCH["id"], REL),
            "thok": ["din", "en"], "checker_id": L(CHECKER, UID)}),
        case(f, f"{a}/v1/stats", headers=_h(rng, how="none"), cookies={
            "lw_session": L(opaque(rng, "", 40), CRED), "lw_device": L(INSTALL_ID, DID),
            "lw_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "din_SS")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "raan": L(USER_ID, UID), "events": [
                ev("reading_recorded", 1), ev("screen", 2, screen=L("Passage", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "phone": L(E164, TEL)}),
    ]


def lamwel_sdks() -> list[Case]:
    rng = random.Random(21152)
    return [
        ka_batch(APP, rng, [("Reading Recorded", {"verse": "MRK.5.34"}),
                            ("Session Attended", {"luak": L(CHURCH["id"], REL)})],
                 at=CHURCH_FIX, nd=2, locale="din_SS"),
        ka_identify(APP, rng, {"luak": L(CHURCH["name"], REL), "checker": L(CHECKER, UID),
                               "pan_dit": L("Juba", COARSE)}),
        ka_pixel(APP, rng, "Glossary Opened", {"term": "grace"}),
        ty_event(APP, rng, "offering", {"fund": L("translation", REL)}, revenue=20.0,
                 currency="USD"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [ct_crumb("nav", "Passage -> Record"), ct_crumb("tap", "record_button")],
                 screen="RecordActivity"),
        pm_register(APP, rng, lang="din", tags={"luak": L(CHURCH["id"], REL),
                                                "team": "mark"}),
        cp_save(APP, rng, {"analytics": True, "recordings_research": True}),
        cw_card(APP, rng),
        cw_confirm(APP, rng, "20.00", "usd"),
        mn_route(APP, rng, [(JUBA_HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="walking"),
    ]
