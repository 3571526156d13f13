"""Kids' wrestling akhara app "Akhadaguru" (a children's kushti class at a Tulsi ghat akhara; her
son Aarav, 8, trains there three evenings a week; she is the guardian). Its API's keys are
Bhojpuri in Latin letters: ``abhibhavak`` guardian, ``pahalwan`` wrestler (the son's member
number), ``ustad`` coach, ``naanv``/``titil``, ``imel``, ``mobail``, ``kunji``, ``otp``,
``janam_tarikh``, ``ling`` sex (``laika`` boy), ``aadhar``, ``wajan`` weight, ``lambai``
height, ``bimari`` illness, ``sahmati`` consent, ``fees``, ``rakam``, ``upi``, ``haziri``
attendance, ``thaur``, ``dand``/``baithak`` push-ups/squats, ``khoraak`` diet, ``elarji``
allergy, ``chot`` injury, ``dangal`` a bout meet, ``wajan_varg`` weight class, ``umir`` age,
``parinaam`` result, ``anumati`` permission, ``sanesa``, ``khoj``): the guardian's sign-up, an
SMS code, ``/hamaar`` with a ``bachcha`` claim, the son's enrolment (his Aadhaar, weight, height,
asthma), the signed consent, the fee by UPI, his weights by member number in the path, a
weigh-in, a drop-off with her fix, a protobuf training count, the diet plan with his peanut
allergy, an injury report and its photo, a dangal entry, results, a bout video, an absence
message to the coach, a pick-up permission for her husband, a search, the member card by
cookies, push and events. An earlier set's Laamb app is adult wrestling tickets and bets;
this is a children's class (the child's data)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
from eval_families24_kit import claims, rid
from eval_families180_kit import (
    AKHARA,
    AKHARA_FIX,
    HUSBAND,
    PAHALWAN,
    SON,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families180_sdk import bb_bid, ct_crash, ct_crumb, gl_batch, gl_identify, tc_launch
from eval_families180_svc import cg_save, ck_card, ck_confirm, fs_eval, hp_message, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("akhadaguru", "Akhadaguru", "com.example.akhadaguru", "1.3.7",
          "https://api.akhadaguru.example.com")
IID = "X-Akhada-Yantar"
PW = "Aarav@Tulsi2017"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(34)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def akhadaguru() -> list[Case]:
    rng = random.Random(18051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), bachcha=[L(PAHALWAN, UID)],
                                    bhumika="abhibhavak"))}
    ala, alo = fix(AKHARA_FIX, 5)
    lab: dict[str, str] = {}
    count = pb([(1, L(PAHALWAN, UID)), (2, 1765213200),
                (3, [(1, L(40, FIT)), (2, L(60, FIT)), (3, L(45, FIT))]), (4, "2.1")], "", lab)
    weights = at_path(case(f, f"{a}/v1/pahalwan/{PAHALWAN}/wajan", headers=_h(rng, **b),
                           query={"mahina": "3"}), PAHALWAN, UID)
    dangal = "dg_nagpanchami_25"
    return [
        case(f, f"{a}/v1/abhibhavak/judin", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "titil": L(LAST, NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "kunji": L(PW, CRED), "sambandh": "mai"}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("562009", CRED)}),
        case(f, f"{a}/v1/hamaar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pahalwan/namankan", headers=_h(rng, **b), body={
            "naanv": L(SON["first"], NAMEC), "titil": L(SON["last"], NAMEC),
            "janam_tarikh": L(SON["dob"], BIRTH), "ling": L(SON["sex"], GENDER),
            "aadhar": L(SON["aadhaar"], NID), "wajan": L(26.4, FIT), "lambai": L(128, FIT),
            "bimari": L("dama (halka), inhaler rakhela", MED), "pahalwan": L(PAHALWAN, UID),
            "akhara": AKHARA["id"], "fees": L(500, BUY)}),
        multipart(f, f"{a}/v1/sahmati", [
            ("hastakshar", "hastakshar.png", "image/png", L(PNG, MEDIA)),
            ("jankari", None, "application/json", {
                "pahalwan": L(PAHALWAN, UID), "abhibhavak_naanv": L(f"{FIRST} {LAST}", NAMEC),
                "form": "bal_kushti_v3"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/fees/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "pahalwan": L(PAHALWAN, UID), "mahina": "2025-12", "rakam": L("500", BUY),
            "upi": L(UPI, PAY)}),
        weights,
        case(f, f"{a}/v1/wajan", headers=_h(rng, **b), body={
            "pahalwan": L(PAHALWAN, UID), "wajan": L(26.9, FIT), "tarikh": "2025-12-07"}),
        case(f, f"{a}/v1/haziri", headers=_h(rng, **b), body={
            "pahalwan": L(PAHALWAN, UID), "kism": "chhodal",
            "thaur": {"lat": ala, "lng": alo},
            "akhara": {"id": AKHARA["id"], "lat": AKHARA["lat"], "lng": AKHARA["lon"]}}),
        raw(f, f"{a}/v1/abhyas", count, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/khoraak", headers=_h(rng, **b), body={
            "pahalwan": L(PAHALWAN, UID), "nashta": ["doodh", "chana", "kela"],
            "elarji": L("moongphali", MED), "ghiu": False}),
        case(f, f"{a}/v1/chot", headers=_h(rng, **b), body={
            "pahalwan": L(PAHALWAN, UID), "chot": L("baayan kandha me moch", MED),
            "kab": "2025-12-05",
            "tippani": L("Abhyas ke baad kandha sujal ba, doctor barf lagawe ke kahlan",
                         f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/chot/phota", [
            ("phota", "kandha.jpg", "image/jpeg", L(JPEG + b"\x35", f"{MEDIA}|{MED}")),
            ("jankari", None, "application/json", {"pahalwan": L(PAHALWAN, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dangal/entry", headers=_h(rng, **b), body={
            "dangal": dangal, "pahalwan": L(PAHALWAN, UID), "wajan_varg": L("25-28 kg", FIT),
            "umir": L(8, BIRTH), "rakam": L(100, BUY)}),
        case(f, f"{a}/v1/dangal/parinaam", headers=_h(rng, **b), query={
            "dangal": dangal, "varg": "U10"}),
        multipart(f, f"{a}/v1/video", [
            ("video", "dangal_bout.mp4", "video/mp4", L(MP4, MEDIA)),
            ("jankari", None, "application/json", {
                "pahalwan": L(PAHALWAN, UID),
                "tippani": L("Pahila dangal, dhobi pachhad lagawat", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sanesa", headers=_h(rng, **b), body={
            "ke": "ustad_ramdas", "thread": obj(rng, "th"),
            "sanesa": L("Guru ji, Aarav ke kal se bukhar ba, du din na aai",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/pickup/anumati", headers=_h(rng, **b), body={
            "pahalwan": L(PAHALWAN, UID), "naanv": L(HUSBAND["name"], NAMEC),
            "mobail": L(HUSBAND["phone"], TEL), "sambandh": "babuji"}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("langot 8 saal ke size", SEARCH)}),
        case(f, f"{a}/v1/card", headers=_h(rng, how="none"), cookies={
            "ak_sess": L(opaque(rng, "", 40), CRED), "ak_yantar": L(INSTALL_ID, DID),
            "ak_req": rid(rng)}),
        case(f, f"{a}/v1/yantar", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("wajan_dalal", 1), ev("screen", 2, screen=L("Dangal", USAGE))]}),
    ]


def akhadaguru_sdks() -> list[Case]:
    rng = random.Random(18052)
    return [
        gl_batch(APP, rng, [("Weigh In", {"wajan": L(26.9, FIT)}),
                            ("Fee Paid", {"amount": L(500, BUY)})], locale="hi_IN"),
        gl_identify(APP, rng, {"bachcha": 1, "shahar": L("Varanasi", COARSE),
                               "pahalwan": L(PAHALWAN, UID)}),
        tc_launch(APP, rng),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kushti,kids,sports"),
        ct_crash(APP, rng, ("java.lang.IllegalArgumentException", "video too long"),
                 [ct_crumb("nav", "Dangal -> Video")], screen="VideoActivity"),
        fs_eval(APP, rng, {"akhara": AKHARA["id"], "bachcha": 1}),
        pn_register(APP, rng, lang="hi", tags={"akhara": AKHARA["id"]}),
        cg_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ck_card(APP, rng),
        ck_confirm(APP, rng, "500.00"),
        hp_message(APP, rng, L(f"{KID} ke fees do baar kat gail", f"{TEXT}|{NAMEC}"),
                   {"pahalwan": L(PAHALWAN, UID)}),
    ]
