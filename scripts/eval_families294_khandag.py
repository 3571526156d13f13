"""A cleft lip and palate programme's parent app "Khandag" (``khandag`` smile; a charity
programme whose surgeons come to the Gwadar district hospital for outreach camps and whose
speech therapists work by video; their son Balach, 4, had his lip repaired at 6 months and his
palate at 14 months and now has speech therapy; its API's keys are Balochi, ASCII-folded:
``nam`` name, ``logi_nam`` surname, ``mobail`` mobile, ``ramz`` password, ``chuk`` child,
``pedaishi_roch`` birth date, ``jins`` sex (``bachh`` boy), ``b_form`` the child's registration
number, ``mareez_numbar`` patient number, ``rishta`` relation (``mat`` mother), ``nadrahi``
condition, ``darman`` medicine, ``daktar`` doctor, ``wazn``/``burzi`` weight/height, ``gosh``
ear, ``gap`` remark, ``kolo`` message, ``awaz`` recording, ``aks`` photo, ``dastkhat``
signature, ``kharch`` travel expense, ``zar`` amount, ``arz``/``tool`` latitude/longitude): the
parent's sign-up, an OAuth password grant, ``/mani`` with a ``chuk`` claim, linking Balach by his
B-form, his history (gzip), pre- and post-operative photos, a speech session booked, a speech
recording (M4A), a protobuf practice diary, a hearing test (PDF), a travel grant for the Karachi
surgery, the camp check-in with her fix, a message to the therapist, the bone-graft consent
signature, his growth, medicines, his record by patient number in the path, sharing with her
husband, feeding advice, push and events by a session cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families294_kit import (
    CAMP,
    CAMP_FIX,
    GW_HOME_AT,
    HUSBAND,
    PK_ACCOUNT,
    SON,
    THERAPIST,
    fix,
    hd,
    obj,
    push,
)
from eval_families294_sdk import ca_crash, ca_crumb, km_batch, km_identify, mt_launch
from eval_families294_svc import (
    co_save,
    fp_eval,
    hb_attach,
    hb_message,
    mb_route,
    pd_card,
    pd_confirm,
    pj_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khandag", "Khandag", "com.example.khandag", "2.2.5", "https://api.khandag.example.org")
IID = "X-Khandag-Device"
PW = "Balach2021!Gwd"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
PT = SON["patient"]  # his programme patient number (a medical record number: health.medical)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def khandag() -> list[Case]:
    rng = random.Random(29421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chuk=[L(PT, MED)],
                                    rishta="mat"))}
    cla, clo = fix(CAMP_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(PT, MED)), (2, 1757030400),
                (3, [(1, L("p b t d", MED)), (2, L(18, MED)), (3, L("nasal air on s", MED))]),
                (4, "2.2.5")], "", lab)
    record = at_path(case(f, f"{a}/v1/mareez/{PT}", headers=_h(rng, **b)), PT, MED)
    return [
        case(f, f"{a}/v1/walid", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "logi_nam": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "ramz": L(PW, CRED), "rishta": "mat",
            "zuban": "en", "shahr": L("Gwadar", "location.coarse")}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "khandag-parent"}),
        case(f, f"{a}/v1/mani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/chuk/link", headers=_h(rng, **b), body={
            "chuk": {"nam": L(SON["first"], NAMEC), "logi_nam": L(SON["last"], NAMEC),
                     "pedaishi_roch": L(SON["dob"], BIRTH), "jins": L("bachh", GENDER),
                     "b_form": L(SON["bform"], NID)},
            "mareez_numbar": L(PT, MED), "pith": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/mareez/tarikh", gz=True, headers=_h(rng, **b), body={
            "mareez_numbar": L(PT, MED),
            "nadrahi": L("unilateral cleft lip and palate, left", MED),
            "operation": [{"kism": L("lip repair", MED), "roch": L("2022-05-16", MED)},
                          {"kism": L("palate repair", MED), "roch": L("2023-01-23", MED)}],
            "gosh": L("glue ear, grommets 2023", MED), "fistula": L(False, MED),
            "dant": L("missing lateral incisor", MED), "wazn": L(15.2, FIT),
            "burzi": L(101, FIT)}),
        multipart(f, f"{a}/v1/mareez/aks", [
            ("aks", "balach_6m_postop.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mareez_numbar": L(PT, MED),
                                                "marhala": L("post-op lip", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/speech/slots", headers=_h(rng, **b), query={
            "mareez_numbar": L(PT, MED), "hapta": "2025-W37"}),
        case(f, f"{a}/v1/speech/book", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "therapist": "th_srind", "kism": L("speech therapy", MED),
            "mareez_numbar": L(PT, MED)}),
        multipart(f, f"{a}/v1/speech/awaz", [
            ("awaz", "balach_words_w37.m4a", "audio/mp4", L(M4A + b"\x19", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mareez_numbar": L(PT, MED),
                                                "lafz": ["pap", "bab", "tap"],
                                                "sanya": 42})], headers=_h(rng, **b)),
        raw(f, f"{a}/v1/speech/diary", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/gosh/test", [
            ("report", "audiogram_2025.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mareez_numbar": L(PT, MED),
                                                "natija": L("mild loss, right", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kharch", headers=_h(rng, **b), body={
            "mareez_numbar": L(PT, MED), "safar": "Gwadar-Karachi", "bandag": 2,
            "zar": L(18500, BUY), "iban": L(PK_ACCOUNT, PAY),
            "rasid": L("KH-TR-25-0081", BUY)}),
        case(f, f"{a}/v1/camp/checkin", headers=_h(rng, **b), body={
            "camp": CAMP["id"], "jagah": {"arz": cla, "tool": clo},
            "camp_jagah": {"arz": CAMP["lat"], "tool": CAMP["lon"]},
            "mareez_numbar": L(PT, MED), "token": obj(rng, "q")}),
        case(f, f"{a}/v1/kolo", headers=_h(rng, **b), body={
            "pa": {"nam": L(THERAPIST[0], NAMEC), "email": L(THERAPIST[1], MAIL)},
            "kolo": L("Balach still says 'ta' for 'ka' and air comes through his nose on 's'. "
                      "Should we practise more blowing games?", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/razamandi", [
            ("dastkhat", "dastkhat.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {
                "mareez_numbar": L(PT, MED), "operation": L("alveolar bone graft", MED),
                "dastkhat_nam": L(f"{FIRST} {LAST}", NAMEC), "rishta": "mat"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mareez/nashonuma", fmt="form", headers=_h(rng, **b), body={
            "mareez_numbar": L(PT, MED), "roch": "2025-09-06", "wazn": L("15.4", FIT),
            "burzi": L("101.5", FIT)}),
        case(f, f"{a}/v1/darman", headers=_h(rng, **b), query={
            "mareez_numbar": L(PT, MED), "active": "true"}),
        record,
        case(f, f"{a}/v1/share", headers=_h(rng, **b), body={
            "mareez_numbar": L(PT, MED), "gon": {"nam": L(HUSBAND[0], NAMEC),
                                                 "mobail": L(HUSBAND[1], TEL)},
            "scope": ["appointments", "speech"]}),
        case(f, f"{a}/v1/khurak", headers=_h(rng, **b), body={
            "mareez_numbar": L(PT, MED),
            "sawal": L("He chokes a little on rice, is that from the palate?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "kh_sid": L(opaque(rng, "", 40), CRED), "kh_dev": L(INSTALL_ID, DID)}, body={
            "bandag": L(USER_ID, UID), "events": [
                ev("practice_done", 1), ev("screen", 2, screen=L("SpeechGames", USAGE))]}),
    ]


def khandag_sdks() -> list[Case]:
    rng = random.Random(29422)
    return [
        km_batch(APP, rng, [("Practice Done", {"minutes": L(18, MED)}),
                            ("Recording Sent", {"words": 3})]),
        km_identify(APP, rng, {"role": "parent", "children": 1,
                               "shahr": L("Gwadar", "location.coarse")}),
        mt_launch(APP, rng),
        ca_crash(APP, rng, ("java.io.IOException", "recorder busy"),
                 [ca_crumb("nav", "SpeechGames -> Record")],
                 user={"id": L(USER_ID, UID)}, screen="RecordActivity"),
        fp_eval(APP, rng, {"programme": L("cleft speech", MED), "children": 1}),
        pj_register(APP, rng, tags={"camp": CAMP["id"]}),
        mb_route(APP, rng, [(GW_HOME_AT, PRECISE), ((CAMP["lat"], CAMP["lon"]), None)]),
        co_save(APP, rng, {"analytics": True, "research": False}),
        pd_card(APP, rng, email=True),
        pd_confirm(APP, rng, "2500"),
        hb_message(APP, rng, L(f"The travel grant for {KID} shows rejected",
                               f"{TEXT}|{NAMEC}"), {"mareez_numbar": L(PT, MED)}),
        hb_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "discharge_karachi.pdf",
                  "application/pdf"),
    ]
