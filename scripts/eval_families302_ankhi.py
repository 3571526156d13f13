"""A charitable eye camp's app "Ankhi Jyot" (a fictional trust's three-day camp on the inter college
ground in Srinagar Garhwal: tokens, screening, glasses made on the spot and sent to the
villages, cataract referrals to the base hospital with a free bus). She goes for her own eyes
(short sight getting worse, dry and itchy eyes in the pine-smoke season, headaches) and refers
her mother-in-law's cataract. Its API's keys are Garhwali, ASCII-folded, snake case: ``naun``,
``thar``, ``umar`` age, ``ling`` sex (``janani`` woman), ``phon``, ``gaun``/``sahar``,
``pin``, ``panjikaran`` registration, ``aankhi`` eyes, ``nazar`` sight, ``dur_ki``/``paas_ki``
far/near, ``chasmu`` glasses, ``nambar`` power, ``dain``/``bain`` right/left, ``khujli``
itching, ``paani_aand`` watering, ``kapal_pida`` headache, ``shugar`` diabetes, ``dawai``
medicine, ``motiyabind`` cataract, ``sasu`` mother-in-law, ``bus_seat``, ``rai`` feedback,
``sandesu`` message, ``thikanu`` address: registration (her Aadhaar, the camp registration
number: a patient record), an OTP log-in, ``/mi``, the day's token, the questionnaire (gzip),
the check-in at the camp, her old prescription (photo), a protobuf self-test of her sight,
glasses ordered with her powers, the frame paid, delivery to the house, her mother-in-law's
cataract referral and bus seats, a message to the optometrist, drop reminders (msgpack), the
follow-up, the registration by number in the path, a search, feedback, push and events. Eye
clinics exist in earlier sets (glaucoma, LASIK); a screening camp with on-the-spot glasses and
village referrals does not ("eye camp" matched no docstring)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    NAMEC,
    PAY,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families302_kit import (
    AADHAAR,
    BANK,
    CAMP,
    CAMP_FIX,
    EYE_REG,
    HOME,
    HOME_AT,
    MOTHER_IL,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families302_sdk import cr_session, mb_batch, mb_queue, tk_launch
from eval_families302_svc import (
    cb_card,
    cb_confirm,
    cs_check,
    fm_eval,
    hj_attach,
    md_geocode,
    pj_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ankhijyot", "Ankhi Jyot", "com.example.ankhijyot", "2.0.1",
          "https://api.ankhijyot.example.org")
IID = "X-AJ-Device"
NID = "personal.national_id"
AGE = 34


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ankhijyot() -> list[Case]:
    rng = random.Random(30241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phon=L(E164, TEL), panjikaran=L(EYE_REG, MED)))}
    cla, clo = fix(CAMP_FIX, 5)
    lab: dict[str, str] = {}
    test = pb([(1, L(EYE_REG, MED)), (2, 1769500800),
               (3, [(1, L("6/18", MED)), (2, L("6/24", MED)), (3, L("N8", MED))]),
               (4, "sv2.1")], "", lab)
    reg = at_path(case(f, f"{a}/api/v2/panjikaran/{EYE_REG}", headers=_h(rng, **b)),
                  EYE_REG, MED)
    return [
        case(f, f"{a}/api/v2/panjikaran", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "umar": L(AGE, BIRTH),
            "jalam_tithi": L(DOB, BIRTH), "ling": L("janani", GENDER), "phon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "sahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "aadhaar": L(AADHAAR, NID),
            "panjikaran": L(EYE_REG, MED), "shivir": CAMP["id"]}),
        case(f, f"{a}/api/v2/otp", fmt="form", headers=_h(rng), body={
            "phon": L(E164, TEL), "otp": L("703164", CRED)}),
        case(f, f"{a}/api/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/token", headers=_h(rng, **b), body={
            "shivir": CAMP["id"], "din": "2026-01-27", "panjikaran": L(EYE_REG, MED),
            "token_nambar": 118, "paali": "subh"}),
        case(f, f"{a}/api/v2/prashnawali", gz=True, headers=_h(rng, **b), body={
            "panjikaran": L(EYE_REG, MED), "chasmu_pehnda": L(True, MED),
            "dur_ki_nazar_kamjor": L(True, MED), "khujli": L(True, MED),
            "paani_aand": L(True, MED), "kapal_pida": L("hafta ma 2-3 bar", MED),
            "shugar": L(False, MED), "bp": L(False, MED),
            "dawai": [L("carboxymethylcellulose drops", MED)],
            "pichhli_jaanch": "2023-06"}),
        case(f, f"{a}/api/v2/pahunch", headers=_h(rng, **b), body={
            "token": obj(rng, "tk"), "mero_thau": {"lat": cla, "lng": clo},
            "shivir": {"id": CAMP["id"], "lat": CAMP["lat"], "lng": CAMP["lon"]}}),
        multipart(f, f"{a}/api/v2/purani_parchi", [
            ("photo", "old_rx_2023.jpg", "image/jpeg", L(JPEG + b"\x6a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"panjikaran": L(EYE_REG, MED),
                                                "saal": 2023})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/v2/nazar/svayam", test, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/chasmu/order", headers=_h(rng, **b), body={
            "panjikaran": L(EYE_REG, MED), "frame": "fr_tm_221",
            "nambar": {"dain": {"sph": L(-2.25, MED), "cyl": L(-0.5, MED), "axis": L(180, MED)},
                       "bain": {"sph": L(-2.75, MED), "cyl": L(-0.25, MED),
                                "axis": L(170, MED)}},
            "lens": L("anti-glare", MED), "daam": L(650, BUY), "order": L("CH-11872", BUY)}),
        case(f, f"{a}/api/v2/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "order": L("CH-11872", BUY), "rakam": L("650", BUY), "mudra": "INR",
            "upi": L(BANK["upi"], PAY)}),
        case(f, f"{a}/api/v2/chasmu/pahuchau", headers=_h(rng, **b), body={
            "order": L("CH-11872", BUY), "naun": L(f"{FIRST} {LAST}", NAMEC),
            "thikanu": L(HOME["line"], ADDR), "sahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "phon": L(E164, TEL)}),
        case(f, f"{a}/api/v2/refer", headers=_h(rng, **b), body={
            "mariz": {"naun": L(MOTHER_IL[0], NAMEC), "umar": L(68, BIRTH),
                      "phon": L(MOTHER_IL[1], TEL), "gaun": L(VILLAGE["name"], COARSE)},
            "rishta": "sasu", "motiyabind": L("dain aankhi, pakyun", MED),
            "shugar": L(True, MED), "aspatal": "base_srn"}),
        case(f, f"{a}/api/v2/bus_seat", fmt="form", headers=_h(rng, **b), body={
            "bus": "bs_cmp_03", "seats": "2", "mariz": L(MOTHER_IL[0], NAMEC),
            "saathi": L(f"{FIRST} {LAST}", NAMEC), "stop": L(VILLAGE["name"], COARSE)}),
        case(f, f"{a}/api/v2/sandesu", headers=_h(rng, **b), body={
            "ko": "opt_srn_04",
            "sandesu": L("Naya chasmu pehni ki kapal pida kam ch, par bain aankhi ma abhi bhi "
                         "khujli ch. Drops din ma kitna bar?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/dawai/yaad", fmt="msgpack", headers=_h(rng, **b), body={
            "panjikaran": L(EYE_REG, MED), "yaad": [
                {"dawai": L("carboxymethylcellulose 0.5%", MED), "bagat": "08:00"},
                {"dawai": L("olopatadine 0.1%", MED), "bagat": "20:00"}]}),
        case(f, f"{a}/api/v2/followup", headers=_h(rng, **b), body={
            "panjikaran": L(EYE_REG, MED), "tarikh": "2026-03-10", "karan": L("dry eye", MED),
            "slot": obj(rng, "sl")}),
        reg,
        case(f, f"{a}/api/v2/khoj", headers=_h(rng, **b), query={
            "q": L("sukhi aankhi ki dawai", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/v2/rai", fmt="form", headers=_h(rng, **b), body={
            "shivir": CAMP["id"], "tara": "5",
            "rai": L("Bhot bhalu intjam, sasu ji ku bus bhi mili", TEXT)}),
        case(f, f"{a}/api/v2/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/ghatna", headers=_h(rng, how="none"), cookies={
            "aj_sesan": L(opaque(rng, "", 40), CRED), "aj_device": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "req": rid(rng), "ghatna": [
                ev("token_liyun", 1), ev("screen", 2, screen=L("MeroChasmu", USAGE))]}),
    ]


def ankhijyot_sdks() -> list[Case]:
    rng = random.Random(30242)
    return [
        mb_batch(APP, rng, [("Token Taken", {"camp": CAMP["id"]}),
                            ("Glasses Ordered", {"total": L(650, BUY)})], at=CAMP_FIX, nd=2),
        mb_queue(APP, rng, [("Drops Taken", {"drug": L("olopatadine", MED)}),
                            ("Sight Test", {"score": L("6/18", MED)})]),
        tk_launch(APP, rng, first=True, user=True),
        cr_session(APP, rng, secs=274),
        fm_eval(APP, rng, {"camp": CAMP["id"], "program": L("cataract_referral", MED)},
                hdr=True),
        pj_register(APP, rng, tags={"camp": CAMP["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        cb_card(APP, rng, email=True),
        cb_confirm(APP, rng, "650.00"),
        md_geocode(APP, rng, "GIC ground Srinagar Garhwal", SEARCH, near=HOME_AT, nd=2),
        hj_attach(APP, rng, L(JPEG + b"\x6b", f"{MEDIA}|{MED}"), "rx_2026.jpg", "image/jpeg"),
    ]
