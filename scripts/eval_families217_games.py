"""Arctic sports club app "Pinnguarvik" (``pinnguarvik`` place for games: the son's Inuit-games
club in Iqaluit: one-foot high kick, kneel jump, seal hop, territorial trials). Keys: ``atiq``,
``ilagiit_atiq``, ``email``, ``uqaalautiq``, ``isiqsiut``, ``nunalik``, ``qitunraq`` child,
``qitunrait`` children, ``inuulirvik``, ``angut_arnaq`` (``angut`` boy),
``aanniaqtailiniq_nampa`` health card, ``inuk_nampa`` beneficiary (enrolment) number, ``inuk``
Inuk, ``ilaujuq_nampa`` member number, ``aanniaq`` condition, ``aanniasiutit`` medicines,
``ilagiit`` family (emergency contact), ``pinnguaq`` event (lit. game), ``takiniq`` height,
``uqumaitsuninga`` weight, ``ajjiliuqtaq``, ``titiraq``, ``qinirniq``, ``kiinaujaq``,
``akiliiniq``, ``sumiinniq``, ``ikajuqti`` volunteer, ``uvanga``, ``atuqti``, ``pisimajut``,
``takuvvik``: a parent's sign-up, an OAuth password grant, ``/uvanga`` with a ``qitunrait`` claim,
Tomasi registered (health card, beneficiary number), his medical form (gzip), practices, a
check-in at the gym with her fix, his results, measurements for the uniform, the fee, the trials
sign-up, a photo and a video, a message to the coach, a carpool offer from home, a search, the
member by number in the path, the roster by cookie, a fundraiser, push and events. New kind: no
earlier set has Arctic sports or Inuit games (a docstring grep for "arctic sports", "high kick"
found nothing; children's sports clubs elsewhere are football or swimming)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families217_kit import GYM, GYM_FIX, HOME_AT, HUSBAND, MOTHER_IL, SON, fix, hd, obj, push
from eval_families217_sdk import bn_bid, cp_crash, cp_crumb, km_batch, km_identify, mt_launch
from eval_families217_svc import cs_save, fq_eval, hi_message, kp_card, kp_confirm, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pinnguarvik", "Pinnguarvik", "com.example.pinnguarvik", "1.9.0",
          "https://api.pinnguarvik.example.net")
IID = "X-Pinnguarvik-Install"
PW = "HighKick#Tomasi15"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
MEM = SON["member"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def pinnguarvik() -> list[Case]:
    rng = random.Random(21721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), qitunrait=[L(MEM, UID)],
                                    role="parent"))}
    gla, glo = fix(GYM_FIX, 5)
    hla, hlo = fix(HOME_AT, 4)
    member = at_path(case(f, f"{a}/v1/ilaujut/{MEM}", headers=_h(rng, **b)), MEM, UID)
    return [
        case(f, f"{a}/v1/atiliurniq", headers=_h(rng), body={
            "atiq": L(FIRST, NAMEC), "ilagiit_atiq": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "uqaalautiq": L(E164, TEL), "isiqsiut": L(PW, CRED), "nunalik": L("Iqaluit", COARSE),
            "relation": "anaana"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pinnguarvik-android"}),
        case(f, f"{a}/v1/uvanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/qitunrait", headers=_h(rng, **b), body={"qitunraq": {
            "atiq": L(SON["first"], NAMEC), "ilagiit_atiq": L(SON["last"], NAMEC),
            "inuulirvik": L(SON["dob"], BIRTH), "angut_arnaq": L(SON["sex"], GENDER),
            "aanniaqtailiniq_nampa": L(SON["hc"], NID),
            "inuk_nampa": L(SON["ben"], f"{SENS}|{NID}"), "inuk": L(True, SENS),
            "ilaujuq_nampa": L(MEM, UID)}, "club": GYM["id"]}),
        case(f, f"{a}/v1/qitunrait/{MEM}/medical", gz=True, headers=_h(rng, **b), body={
            "aanniaq": L("asthma (exercise-induced)", MED),
            "aanniasiutit": [L("salbutamol inhaler", MED)], "allergies": [L("none", MED)],
            "ilagiit": {"atiq": L(HUSBAND[0], NAMEC), "uqaalautiq": L(HUSBAND[1], TEL)},
            "second": {"atiq": L(MOTHER_IL[0], NAMEC), "uqaalautiq": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/v1/practices", headers=_h(rng, **b), query={
            "club": GYM["id"], "ilaujuq_nampa": L(MEM, UID), "month": "2026-02"}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "ilaujuq_nampa": L(MEM, UID), "sumiinniq": {"lat": gla, "lon": glo},
            "gym": {"id": GYM["id"], "lat": GYM["lat"], "lon": GYM["lon"]},
            "practice": obj(rng, "pr")}),
        case(f, f"{a}/v1/results", headers=_h(rng, **b), body={
            "ilaujuq_nampa": L(MEM, UID), "results": [
                {"pinnguaq": "one_foot_high_kick", "takiniq": L(1.62, FIT)},
                {"pinnguaq": "kneel_jump", "takiniq": L(0.91, FIT)},
                {"pinnguaq": "seal_hop", "metres": L(18.4, FIT)}], "meet": "mt_feb_local"}),
        case(f, f"{a}/v1/uniform", fmt="form", headers=_h(rng, **b), body={
            "ilaujuq_nampa": L(MEM, UID), "takiniq": L("142", FIT),
            "uqumaitsuninga": L("34", FIT), "size": "YM"}),
        case(f, f"{a}/v1/akiliiniq", fmt="form", headers=_h(rng, **b), body={
            "ilaujuq_nampa": L(MEM, UID), "kiinaujaq": L("120.00", BUY), "season": "2026",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/trials/signup", headers=_h(rng, **b), body={
            "ilaujuq_nampa": L(MEM, UID), "trials": "territorial_2026_rankin",
            "inuulirvik": L(SON["dob"], BIRTH), "consent_by": L(f"{FIRST} {LAST}", NAMEC),
            "travel_ok": True}),
        multipart(f, f"{a}/v1/media/photos", [
            ("ajjiliuqtaq", "kick.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "ilaujuq_nampa": L(MEM, UID),
                "titiraq": L(f"{KID} touching the seal at 162 cm!", f"{TEXT}|{NAMEC}|{FIT}")})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/media/videos", [
            ("video", "kneel_jump.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"ilaujuq_nampa": L(MEM, UID), "coach": "co_17"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/titiraq", headers=_h(rng, **b), body={
            "to": "co_17", "thread": obj(rng, "th"),
            "titiraq": L("Tomasi forgot his inhaler today, please let him rest if he wheezes",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/carpool", headers=_h(rng, **b), body={
            "ikajuqti": L(f"{FIRST} {LAST}", NAMEC), "seats": 3,
            "from": {"lat": hla, "lon": hlo}, "to": GYM["id"], "ulluq": "2026-02-07"}),
        case(f, f"{a}/v1/qinirniq", headers=_h(rng, **b), query={
            "q": L("seal hop technique knuckles", SEARCH)}),
        member,
        case(f, f"{a}/v1/roster", headers=_h(rng, how="none"), cookies={
            "pg_sid": L(opaque(rng, "", 40), CRED), "pg_dev": L(INSTALL_ID, DID),
            "pg_req": rid(rng)}),
        case(f, f"{a}/v1/fundraiser", headers=_h(rng, **b), body={
            "campaign": "bannock_sale_feb", "kiinaujaq": L(25, BUY),
            "titiraq": L("Go Tomasi and team!", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/pisimajut", headers=_h(rng, **b), body={
            "atuqti": L(USER_ID, UID), "pisimajut": [
                ev("results_viewed", 1), ev("takuvvik", 2, takuvvik=L("Practices", USAGE))]}),
        case(f, f"{a}/v1/card", headers=_h(rng, **b), query={
            "ilaujuq_nampa": L(MEM, UID), "format": "qr"}),
        case(f, f"{a}/v1/anniq", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def pinnguarvik_sdks() -> list[Case]:
    rng = random.Random(21722)
    return [
        km_batch(APP, rng, [("Result Posted", {"event": "one_foot_high_kick"}),
                            ("Fee Paid", {"amount": L(120, BUY)})]),
        km_identify(APP, rng, {"role": "parent", "children": 1, "nunalik": L("Iqaluit", COARSE)}),
        mt_launch(APP, rng),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sports,kids"),
        cp_crash(APP, rng, ("java.lang.NullPointerException", "results row"),
                 [cp_crumb("nav", "Child -> Results")], screen="ResultsActivity"),
        fq_eval(APP, rng, {"club": GYM["id"], "children": 1}),
        pg_register(APP, rng, at=HOME_AT, nd=2, tags={"club": GYM["id"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        kp_card(APP, rng),
        kp_confirm(APP, rng, "120.00"),
        hi_message(APP, rng, L(f"The fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"ilaujuq_nampa": L(MEM, UID)}),
    ]
