"""Voting advice application "Bolss" (``bolss`` voice, vote: a Latgalian regional newsroom's quiz
for the October 2026 Saeima election; she cannot vote, her husband can, and they compare
results; its API's keys are Latgalian, ASCII-folded: ``vaicuojums`` question, ``atbilde``
answer (``pikreitu`` agree, ``napikreitu`` disagree), ``svors`` weight, ``temys`` topics,
``partija`` party, ``sakriteiba`` match, ``vacuma_grupa`` age group, ``dzymums`` sex
(``siviete`` woman), ``tauteiba`` ethnicity, ``dzymtuo_voluda`` native language, ``pilsoneiba``
citizenship, ``izgleiteiba`` education, ``nuovods`` municipality, ``kandidats`` candidate,
``iecirknis`` polling station, ``atguodynuojums`` reminder, ``sesija`` session, ``kam`` to whom):
the questions, a session, the answers (protobuf and JSON with a comment), topic weights
(msgpack), the optional demographics (gzip), the result, the comparison with her top party in
the query, sharing with her husband, an account with an e-mail code, ``/muns``, a candidate
search, a question to a candidate, polling stations near their flat, a reminder by SMS, a
newsletter, her result in a base64 JSON cookie, push, events, feedback and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families291_kit import HUSBAND, POLL_STATION, RZ_HOME_AT, hd, obj, push
from eval_families291_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families291_svc import cy_save, fn_eval, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bolss", "Bolss", "com.example.bolss", "1.2.6", "https://api.bolss.example.net")
IID = "X-Bolss-Ireice"
PW = "Saeima2026!rz"
TOP = "Zaļuo Latgola"  # her best-matching party (fictional): personal.sensitive


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, ltg=True, **kw)


def bolss() -> list[Case]:
    rng = random.Random(29121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    sid = obj(rng, "ses", 12)
    jw = {"Authorization": J(claims(rng, e_posts=L(EMAIL, MAIL)))}
    lab: dict[str, str] = {}
    answers = pb([(1, sid), (2, [(7, L(2, SENS)), (12, L(1, SENS)), (19, L(5, SENS)),
                                 (23, L(4, SENS))]), (3, 1777000000), (4, "v1.2.6")], "", lab)
    return [
        case(f, f"{a}/api/2026/vaicuojumi", headers=_h(rng), query={
            "voluda": L("ltg", DEV), "versija": "3", "vieleisonys": "saeima-2026"}),
        case(f, f"{a}/api/2026/sesija", headers=_h(rng), body={
            "ireice": L(INSTALL_ID, DID), "voluda": L("ltg", DEV),
            "nuovods": L("Rezekne", COARSE), "avots": "lr_latgale"}),
        raw(f, f"{a}/api/2026/atbildes/pb", answers, "application/x-protobuf", lab,
            headers=_h(rng)),
        case(f, f"{a}/api/2026/atbildes", headers=_h(rng), body={
            "sesija": sid, "atbildes": [
                {"vaicuojums": "q03", "atbilde": L("pikreitu", SENS), "svors": L(2, SENS)},
                {"vaicuojums": "q08", "atbilde": L("napikreitu", SENS), "svors": L(3, SENS)},
                {"vaicuojums": "q15", "atbilde": L("naziņu", SENS), "svors": L(1, SENS)}],
            "komentars": L("Latgaļu volūdai vajag vaira vītys školuos un radejā",
                           f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/2026/svori", fmt="msgpack", headers=_h(rng), body={
            "sesija": sid, "temys": {"valsts_voluda": L(3, SENS), "aizsardzeiba": L(2, SENS),
                                     "nudukli": L(1, SENS), "lauksaimniceiba": L(3, SENS)}}),
        case(f, f"{a}/api/2026/demografeja", gz=True, headers=_h(rng), body={
            "sesija": sid, "vacuma_grupa": L("35-44", BIRTH), "dzymums": L("siviete", GENDER),
            "tauteiba": L("amerikaniete", SENS), "dzymtuo_voluda": L("anglu", SENS),
            "pilsoneiba": "ASV", "izgleiteiba": "augstuokuo", "nuovods": L("Rezekne", COARSE),
            "var_bolsuot": False}),
        case(f, f"{a}/api/2026/rezultats/{sid}", headers=_h(rng)),
        case(f, f"{a}/api/2026/rezultats/{sid}/saleidzynuot", headers=_h(rng), query={
            "partija": L(TOP, SENS), "ar": "vysys"}),
        case(f, f"{a}/api/2026/daleit", headers=_h(rng), body={
            "sesija": sid, "kam": {"vuords": L(HUSBAND[0], NAMEC), "e_posts": L(HUSBAND[2], MAIL)},
            "vasts": L(f"Jezup, maņ sakrita 81% ar {TOP}, a tev?", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/2026/konts", fmt="form", headers=_h(rng), body={
            "e_posts": L(EMAIL_MIXED, MAIL), "parole": L(PW, CRED), "sesija": sid}),
        case(f, f"{a}/api/2026/ieeja/kods", fmt="form", headers=_h(rng), body={
            "e_posts": L(EMAIL, MAIL), "kods": L("390442", CRED)}),
        case(f, f"{a}/api/2026/muns", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/2026/kandidati", headers=_h(rng, **b), query={
            "q": L("slimneica Rēzeknē", SEARCH), "lapa": "1"}),
        case(f, f"{a}/api/2026/debates/jautuojumi", headers=_h(rng, **b), body={
            "kandidats": "kd_0417", "debates": "db_rz_0925",
            "teksts": L("Kū jius dareisit ar Rēzeknis slimneicu? Daudzim juobrauc uz Daugpili.",
                        TEXT)}),
        case(f, f"{a}/api/2026/iecirkni", headers=_h(rng, **b), query={
            "plotums": L(f"{RZ_HOME_AT[0]:.3f}", PRECISE),
            "garums": L(f"{RZ_HOME_AT[1]:.3f}", PRECISE), "radiuss_km": "3"}),
        case(f, f"{a}/api/2026/iecirkni/{POLL_STATION['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/2026/atguodynuojums", fmt="form", headers=_h(rng, **b), body={
            "tuolrunis": L(E164, TEL), "dina": "2026-10-03", "kanals": "sms"}),
        case(f, f"{a}/api/2026/jaunumi", headers=_h(rng, **b), body={
            "e_posts": L(EMAIL, MAIL), "temys": ["latgola", "ekonomika"], "biezums": "nedelā"}),
        case(f, f"{a}/api/2026/muni_rezultati", headers=_h(rng, how="none"), cookies={
            "bl_sesija": L(opaque(rng, "", 40), CRED),
            "bl_rez": W({"sesija": sid, "top": L(TOP, SENS), "procenti": L(81, SENS)},
                        "b64json")}),
        case(f, f"{a}/api/2026/ireices", headers=_h(rng, **b), body=push(push_token(rng),
                                                                         "ltg_LV")),
        case(f, f"{a}/api/2026/nutykumi", gz=True, headers=_h(rng, **b), body={
            "lituotuojs": L(USER_ID, UID), "nutykumi": [
                ev("tests_pabeigts", 1, vaicuojumi=30),
                ev("partija_skateita", 2, partija=L(TOP, SENS)),
                ev("ekrans", 3, ekrans=L("Saleidzynuojums", USAGE))]}),
        case(f, f"{a}/api/2026/atsauksme", headers=_h(rng, **b), body={
            "teksts": L("Vajadzātu vaira vaicuojumu par lauku ceļim", TEXT),
            "vierteiejums": 4, "piprasejums": rid(rng)}),
        case(f, f"{a}/api/2026/izeja", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def bolss_sdks() -> list[Case]:
    rng = random.Random(29122)
    return [
        mc_batch(APP, rng, [("Quiz Completed", {"top_party": L(TOP, SENS), "match": L(81, SENS)}),
                            ("Result Shared", {"channel": "e-posts"})], user=False,
                 locale="lv_LV"),
        mc_identify(APP, rng, {"nuovods": L("Rezekne", COARSE), "ir_konts": True}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "quiz_complete", {"questions": 30}),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RZ_HOME_AT, nd=2,
               keywords="vieleisonys,saeima,latgola"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "question 31 of 30"),
                 [cd_crumb("nav", "Vaicuojumi -> Rezultats")], user={}, screen="QuizActivity"),
        fn_eval(APP, rng, {"vieleisonys": "saeima-2026", "voluda": L("ltg", DEV)}, hdr=True),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "research": True}),
        pt_register(APP, rng, lang="lv", tags={"atguodynuojums": "2026-10-03",
                                               "partija": L(TOP, SENS)}),
        mm_geocode(APP, rng, "Rēzeknis 5. vydsškola", SEARCH, near=RZ_HOME_AT, nd=3),
    ]
