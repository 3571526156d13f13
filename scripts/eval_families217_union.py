"""Teachers' association app "Ilisaijiit" (``ilisaijiit`` teachers: a fictional territorial
teachers' union, its Iqaluit local; she teaches Grade 3 and is a member). Keys: ``atiq``,
``ilagiit_atiq``, ``email``, ``uqaalautiq``, ``isiqsiut``, ``inuulirvik``, ``sin_nampa`` Social
Insurance Number, ``ilinniarvik`` school, ``katujjiqatigiit`` association (the union),
``ilaujuq`` member, ``ilaujuq_nampa`` membership number, ``akiliutit`` dues, ``aippaq``,
``qitunraq``, ``kiinaujaqarvik`` bank, ``ilinniarniq`` learning (the PD fund),
``naammagittaittuq`` grievance (lit. "not satisfied"), ``niruarniq`` vote, ``illu`` house (staff
housing), ``najugaq``, ``nunalik``, ``postal_code``, ``sumiinniq``, ``ajjiliuqtaq``, ``titiraq``,
``uvanga``, ``atuqti``, ``pisimajut``, ``takuvvik``, ``anniq``: joining (her SIN), log-in,
``/uvanga`` with her local, dues, the benefits plan (SIN, husband and son as beneficiaries, her
account), a PD-fund claim and its receipt, a grievance about mould in her staff unit with a photo,
the ratification vote, the AGM check-in with her fix, a protobuf card beat, a picket survey
(msgpack), the member by number in the path, a message to the steward, the housing list, the
dues tax receipt, documents by cookie, an address change, push, events and a log-out. Union apps
exist in sets 110, 125, 174, 187 and 192 (plantation, factory and civil-service unions); this one
is a teachers' association built around northern teaching (PD fund for an Inuktitut course, staff
housing, a ratification vote)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families217_kit import (
    CA_ACCOUNT,
    HUSBAND,
    IQ_HOME,
    MEMBER,
    SCHOOL,
    SIN,
    SIN_DASHED,
    SON,
    UNION,
    fix,
    hd,
    obj,
    push,
)
from eval_families217_sdk import cp_crash, cp_crumb, cp_session, km_batch, km_identify, mt_launch
from eval_families217_svc import cs_save, fq_eval, hi_message, ms_geocode, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ilisaijiit", "Ilisaijiit", "com.example.ilisaijiit", "4.0.3",
          "https://api.ilisaijiit.example.org")
IID = "X-Ilisaijiit-Install"
PW = "Grade3!Qulliq"
NID = "personal.national_id"
LOCAL = "Iqaluit Local 3"
AGM_FIX = (63.745902, -68.519288)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ilisaijiit() -> list[Case]:
    rng = random.Random(21761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ilaujuq=L(MEMBER, UID),
                                    local=L(LOCAL, SENS)))}
    ala, alo = fix(AGM_FIX)
    lab: dict[str, str] = {}
    card = pb([(1, L(MEMBER, UID)), (2, L(LOCAL, SENS)), (3, 1767225600), (4, "2026")], "", lab)
    mem = at_path(case(f, f"{a}/v2/ilaujut/{MEMBER}/card", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v2/ilaujuq", headers=_h(rng), body={
            "atiq": L(FIRST, NAMEC), "ilagiit_atiq": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "uqaalautiq": L(E164, TEL), "isiqsiut": L(PW, CRED), "inuulirvik": L(DOB, BIRTH),
            "sin_nampa": L(SIN, NID), "ilinniarvik": SCHOOL["name"], "grade": "3",
            "katujjiqatigiit": L(LOCAL, SENS), "ilaujuq_nampa": L(MEMBER, UID)}),
        case(f, f"{a}/v2/isirniq", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "isiqsiut": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/uvanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/akiliutit", headers=_h(rng, **b), query={
            "ilaujuq_nampa": L(MEMBER, UID), "year": "2026"}),
        case(f, f"{a}/v2/benefits/enrol", headers=_h(rng, **b), body={
            "sin_nampa": L(SIN_DASHED, NID), "plan": "family",
            "aippaq": {"atiq": L(HUSBAND[0], NAMEC), "inuulirvik": L("1987-11-02", BIRTH)},
            "qitunraq": {"atiq": L(f"{SON['first']} {SON['last']}", NAMEC),
                         "inuulirvik": L(SON["dob"], BIRTH)},
            "kiinaujaqarvik": L(CA_ACCOUNT, PAY)}),
        case(f, f"{a}/v2/ilinniarniq/claims", headers=_h(rng, **b), body={
            "ilaujuq_nampa": L(MEMBER, UID), "course": "Inuktitut level 2 (evening)",
            "kiinaujaq": L(480, BUY), "claim": obj(rng, "pd")}),
        case(f, f"{a}/v2/benefits/claims", headers=_h(rng, **b), body={
            "sin_nampa": L(SIN, NID), "service": L("physiotherapy, right knee (post-ACL)", MED),
            "sessions": 6, "kiinaujaq": L(540, BUY), "kiinaujaqarvik": L(CA_ACCOUNT, PAY)}),
        multipart(f, f"{a}/v2/ilinniarniq/receipts", [
            ("receipt", "tuition.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"claim": obj(rng, "pd"),
                                                "kiinaujaq": L(480, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/naammagittaittuq", headers=_h(rng, **b), body={
            "ilaujuq_nampa": L(MEMBER, UID), "kind": "staff_housing",
            "titiraq": L("Black mould in the bathroom of my staff unit since October; my asthma "
                         "is worse and maintenance has not come", f"{TEXT}|{MED}"),
            "steward": L("Leetia Nowdlak", NAMEC), "katujjiqatigiit": L(LOCAL, SENS)}),
        multipart(f, f"{a}/v2/naammagittaittuq/photos", [
            ("ajjiliuqtaq", "mould.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"case": obj(rng, "gr")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/niruarniq", fmt="form", headers=_h(rng, **b), body={
            "ballot": obj(rng, "bl"), "question": "ratify_2026", "niruarniq": L("yes", SENS),
            "ilaujuq_nampa": L(MEMBER, UID)}),
        case(f, f"{a}/v2/meetings/checkin", headers=_h(rng, **b), body={
            "meeting": "agm_2026", "sumiinniq": {"lat": ala, "lon": alo},
            "hall": {"lat": UNION["lat"], "lon": UNION["lon"]}, "ilaujuq_nampa": L(MEMBER, UID)}),
        raw(f, f"{a}/v2/card/beat", card, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/surveys/picket", fmt="msgpack", headers=_h(rng, **b), body={
            "survey": "job_action_readiness", "would_picket": L(True, SENS),
            "can_host_meeting": False, "ilaujuq_nampa": L(MEMBER, UID)}),
        mem,
        case(f, f"{a}/v2/titiraq", headers=_h(rng, **b), body={
            "to": "stw_leetia", "thread": obj(rng, "th"),
            "titiraq": L("Can you come with me to the meeting with the principal on Tuesday?",
                         TEXT)}),
        case(f, f"{a}/v2/illu/waitlist", headers=_h(rng, **b), body={
            "ilaujuq_nampa": L(MEMBER, UID), "household": 3, "qitunraq_age": L(10, BIRTH),
            "illu": "2br", "current": L(IQ_HOME["line"], ADDR)}),
        case(f, f"{a}/v2/tax/receipt", headers=_h(rng, **b), query={
            "ilaujuq_nampa": L(MEMBER, UID), "year": "2025"}),
        case(f, f"{a}/v2/documents", headers=_h(rng, how="none"), cookies={
            "il_session": L(opaque(rng, "", 40), CRED), "il_device": L(INSTALL_ID, DID),
            "il_req": rid(rng)}),
        case(f, f"{a}/v2/uvanga/najugaq", headers=_h(rng, **b), body={
            "najugaq": L(IQ_HOME["line"], ADDR), "nunalik": L(IQ_HOME["town"], COARSE),
            "postal_code": L(IQ_HOME["post"], COARSE)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/pisimajut", headers=_h(rng, **b), body={
            "atuqti": L(USER_ID, UID), "pisimajut": [
                ev("vote_cast", 1), ev("takuvvik", 2, takuvvik=L("Grievances", USAGE))]}),
        case(f, f"{a}/v2/anniq", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def ilisaijiit_sdks() -> list[Case]:
    rng = random.Random(21762)
    return [
        km_batch(APP, rng, [("Vote Cast", {"question": "ratify_2026"}),
                            ("Claim Submitted", {"amount": L(480, BUY)})]),
        km_identify(APP, rng, {"local": L(LOCAL, SENS), "nunalik": L("Iqaluit", COARSE),
                               "ilaujuq_nampa": L(MEMBER, UID)}),
        mt_launch(APP, rng, user=True),
        cp_crash(APP, rng, ("java.lang.IllegalArgumentException", "ballot closed"),
                 [cp_crumb("nav", "Home -> Vote")], screen="VoteActivity"),
        cp_session(APP, rng, secs=190),
        fq_eval(APP, rng, {"local": L(LOCAL, SENS), "role": "member"}, hdr=True),
        pg_register(APP, rng, tags={"local": L(LOCAL, SENS), "grade": "3"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        hi_message(APP, rng, L("My dues were taken twice in January", f"{TEXT}|{SENS}"),
                   {"ilaujuq_nampa": L(MEMBER, UID)}),
        ms_geocode(APP, rng, "union hall Iqaluit", SEARCH, near=AGM_FIX, nd=2),
    ]
