"""A Protestant church youth Bible-quiz league app "Kapas Eis" (``kapas`` words, ``eis`` to ask:
"questions"): the churches of the lagoon field teams of young people who answer questions on a
book of the Bible in matches through the season; she coaches her church's team (her daughter is
on it). Its API's keys are Chuukese with English: ``it`` / ``iten_famili`` name / surname,
``nampaan_fon`` phone, ``kapas_monomon`` password, ``ranin_upwutiw`` birth date,
``imwenfel`` church (lit. "house of worship"), ``iotek`` prayer, ``paipel`` Bible (a loan),
``tiim`` team (a loan), ``ierin`` age, ``pwarata`` answer (a guess at the word, see the entry
module), ``moni`` amount, ``sai`` trip, ``wa`` boat, ``leeni`` place, ``foto`` photo, ``kapas``
message, ``kuta`` search, ``ran`` day: the coach's sign-up with her church and membership number,
an OAuth password grant, ``/ngang``, the team (four young people and their ages), the daughter's
consent, the question sets, her practice answers, the schedule, a match check-in at the hall with
her fix, the score sheet (gzip), a prayer request, an offering for the trip, boat seats to Weno, a
team photo, a message to another coach, a verse search, offline answer drafts (msgpack), the
roster by membership number in the path, preferences in a base64 JSON cookie, push and events.
Parish, fellowship, choir and offering-rally apps exist in earlier sets; no Bible-quiz league
("bible quiz" and "quiz league" matched no docstring; "quiz" only a salt quiz)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families220_kit import (
    CHURCH,
    CHURCH_FIX,
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    MEMBER,
    TEAM_KIDS,
    fix,
    hd,
    obj,
    push,
)
from eval_families220_sdk import cm_crash, cm_crumb, mn_batch, mn_identify, tw_event, tw_launch
from eval_families220_svc import (
    ce_save,
    ct_card,
    ct_confirm,
    fp_eval,
    ha_message,
    ms_route,
    pk_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("kapaseis", "Kapas Eis", "com.example.kapaseis", "1.5.0",
          "https://api.kapaseis.example.com")
IID = "X-KapasEis-Device"
PW = "Matthew5:9nechap"
REL = f"{SENS}"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, chk=True, **kw)


def kapaseis() -> list[Case]:
    rng = random.Random(22071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER, UID),
                                    imwenfel=L(CHURCH["name"], REL), role="coach"))}
    cla, clo = fix(CHURCH_FIX, 4)
    roster = at_path(case(f, f"{a}/v1/members/{MEMBER}/roster", headers=_h(rng, **b)),
                     MEMBER, UID)
    team = [{"it": L(n, NAMEC), "ierin": L(age, BIRTH)} for n, age in TEAM_KIDS]
    return [
        case(f, f"{a}/v1/coaches", headers=_h(rng), body={
            "it": L(FIRST, NAMEC), "iten_famili": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nampaan_fon": L(E164, TEL), "kapas_monomon": L(PW, CRED),
            "ranin_upwutiw": L(DOB, BIRTH), "imwenfel": L(CHURCH["id"], REL),
            "denomination": L("Protestant (Congregational)", REL),
            "member": L(MEMBER, UID), "baptised": L("2019-12-22", REL)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kapaseis-android"}),
        case(f, f"{a}/v1/ngang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tiim", headers=_h(rng, **b), body={
            "tiim": "Nechap Youth A", "imwenfel": L(CHURCH["id"], REL), "coach": L(MEMBER, UID),
            "members": [*team, {"it": L(KID, NAMEC), "ierin": L(13, BIRTH)}]}),
        case(f, f"{a}/v1/consent", fmt="form", headers=_h(rng, **b), body={
            "it": L(KID, NAMEC), "ranin_upwutiw": L(DAUGHTER["dob"], BIRTH),
            "parent": L(f"{FIRST} {LAST}", NAMEC), "photos": "ewer", "travel": "ewer"}),
        case(f, f"{a}/v1/paipel/sets", headers=_h(rng, **b), query={
            "book": "Matthew", "chapters": "5-7", "season": "2026"}),
        case(f, f"{a}/v1/practice/pwarata", headers=_h(rng, **b), body={
            "set": "st_mt5_02", "answers": [
                {"q": "q_0412", "pwarata": L("Blessed are the peacemakers, Matthew 5:9", TEXT)},
                {"q": "q_0418", "pwarata": L("Salt of the earth", TEXT)}],
            "member": L(MEMBER, UID)}),
        case(f, f"{a}/v1/matches", headers=_h(rng, **b), query={
            "tiim": "tm_ncp_a", "from": "2026-03-01"}),
        case(f, f"{a}/v1/matches/mt_0307/checkin", headers=_h(rng, **b), body={
            "leeni": {"lat": cla, "lng": clo}, "hall": {"id": CHURCH["id"],
                                                      "lat": CHURCH["lat"],
                                                      "lng": CHURCH["lon"]},
            "coach": L(MEMBER, UID)}),
        case(f, f"{a}/v1/matches/mt_0307/scores", gz=True, headers=_h(rng, **b), body={
            "quizmaster": "qm_0031", "rounds": [{"tiim": "tm_ncp_a", "points": 140},
                                                {"tiim": "tm_iras_b", "points": 120}],
            "sheet": obj(rng, "sh")}),
        case(f, f"{a}/v1/iotek", headers=_h(rng, **b), body={
            "kapas": L("Please pray for Titus's mother, she is in the hospital in Weno with "
                       "pneumonia", f"{TEXT}|{REL}|{MED}"),
            "visibility": "coaches"}),
        case(f, f"{a}/v1/offering", fmt="form", headers=_h(rng, **b), body={
            "fund": L("youth-quiz-trip", REL), "moni": L("25", BUY), "taala": "USD",
            "method": L(opaque(rng, "pm_", 24), "financial.payment")}),
        case(f, f"{a}/v1/sai/wa", headers=_h(rng, **b), body={
            "match": "mt_0307", "seni": "Tonoas", "ngeni": "Weno", "chommong": 6,
            "moni": L(48, BUY), "contact": L(HUSBAND[1], TEL), "boat": "bt_ncp_02"}),
        multipart(f, f"{a}/v1/tiim/foto", [
            ("foto", "team.jpg", "image/jpeg", L(JPEG + b"\x35", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Nechap Youth A after the Iras match: Kino Rapun, Anelise Sopal, "
                             "Titus Ennes and Marisa Nukuto", f"{TEXT}|{NAMEC}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kapas", headers=_h(rng, **b), body={
            "ngeni": "coach_iras", "thread": obj(rng, "th"),
            "kapas": L("Can we move our match to after the Sunday service?", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/paipel/kuta", headers=_h(rng, **b), query={
            "kuta": L("Matthew 5 peacemakers", SEARCH)}),
        case(f, f"{a}/v1/practice/drafts", fmt="msgpack", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "drafts": [
                {"q": "q_0421", "pwarata": L("Let your light shine", TEXT)}]}),
        roster,
        case(f, f"{a}/v1/prefs", headers=_h(rng, **b), cookies={
            "ke_sess": L(opaque(rng, "", 40), CRED),
            "ke_prefs": W({"member": L(MEMBER, UID), "imwenfel": L(CHURCH["id"], REL),
                           "lang": L("chk", DEV)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "chk_FM")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("practice_done", 1, set="st_mt5_02"),
                ev("screen", 2, screen=L("Matches", USAGE))]}),
    ]


def kapaseis_sdks() -> list[Case]:
    rng = random.Random(22072)
    return [
        mn_batch(APP, rng, [("Practice Done", {"set": "st_mt5_02"}),
                            ("Match Checked In", {"match": "mt_0307"})], at=CHURCH_FIX, nd=2,
                 locale="chk_FM"),
        mn_identify(APP, rng, {"imwenfel": L(CHURCH["name"], REL), "member": L(MEMBER, UID),
                               "fonu": L("Tonoas", COARSE)}),
        tw_launch(APP, rng),
        tw_event(APP, rng, "offering", {"fund": L("youth-quiz-trip", REL)}, revenue=25.0),
        cm_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/matches"),
                 [cm_crumb("nav", "Tiim -> Matches")], screen="MatchesActivity"),
        fp_eval(APP, rng, {"role": "coach", "league": "lagoon-2026"}, hdr=True),
        pk_register(APP, rng, lang="chk", tags={"imwenfel": L("Nechap Protestant", REL),
                                                "role": "coach"}),
        ce_save(APP, rng, {"analytics": True, "marketing": False}),
        ct_card(APP, rng, email=True),
        ct_confirm(APP, rng, "25.00"),
        ms_route(APP, rng, [(HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="walking"),
        ha_message(APP, rng, L("The offering receipt for the quiz trip did not come",
                               f"{TEXT}|{REL}"), {"member": L(MEMBER, UID)}),
    ]
