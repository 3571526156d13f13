"""A children's table-tennis academy app "Spinshala" (Anahita trains four evenings a week at a
Pal academy and plays the district ranking events; the user is the parent, the child's data is
labelled). Its API's keys are Gujarati in Latin letters, camelCase, with the sport's English
words kept (``batch``, ``coach``, ``rating``, ``racket``): ``vali`` guardian, ``sambandh``
relation, ``khelaadi`` player, ``khelaadiNo`` player number, ``naam`` name, ``atak`` surname,
``janmTarikh`` birth date, ``ling`` sex (``dikri`` girl), ``umar`` age, ``shala`` school,
``dhoran`` standard, ``unchai`` height, ``vajan`` weight, ``hajri`` attendance, ``fi`` fee,
``rakam`` amount, ``spardha`` tournament, ``shreni`` category, ``jodidar`` doubles partner,
``ija`` injury, ``dava`` medicine, ``abhyas`` practice, ``minit`` minutes, ``lai_janar`` who
collects, ``sandesh`` message, ``mobile``, ``guptShabd`` password, ``sthal``/``aksh``/``rekh``
place and coordinates. Sign-up, an OAuth password grant, ``/maru`` with a ``khelaadi`` claim,
Anahita's registration with her Aadhaar, the fitness test, the fee by UPI, batches, a hall
check-in with her fix, the district tournament entry with a birth-certificate photo, a match
video, an injury report, a message to the coach, an equipment order (msgpack), results by
player number in the path, a pick-up authorisation, a home-practice log (JSON Lines), a summer
camp, preferences by base64 JSON cookie, push and events with a session cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
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
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families262_kit import (
    ACADEMY,
    COACH,
    DAUGHTER,
    HALL_FIX,
    HUSBAND,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families262_sdk import bk_bid, cf_crash, cf_crumb, md_batch, md_identify, tt_launch
from eval_families262_svc import cs_save, fj_eval, ht_message, pc_card, pc_confirm, pu_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("spinshala", "Spinshala", "com.example.spinshala", "4.6.0",
          "https://api.spinshala.example.org")
IID = "X-Spin-Device"
PW = "Topspin!Pal2025"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PNO = DAUGHTER["player"]
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(60)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def spinshala() -> list[Case]:
    rng = random.Random(26261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), khelaadi=[L(PNO, UID)],
                                    role="vali"))}
    hla, hlo = fix(HALL_FIX)
    results = at_path(case(f, f"{a}/v1/khelaadi/{PNO}/parinam", headers=_h(rng, **b),
                           query={"season": "2025-26"}), PNO, UID)
    return [
        case(f, f"{a}/v1/vali", headers=_h(rng), body={
            "naam": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "guptShabd": L(PW, CRED), "sambandh": "mata"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "spinshala-vali"}),
        case(f, f"{a}/v1/maru", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/khelaadi", headers=_h(rng, **b), body={
            "naam": L(DAUGHTER["first"], NAMEC), "atak": L(DAUGHTER["last"], NAMEC),
            "janmTarikh": L(DAUGHTER["dob"], BIRTH), "ling": L(DAUGHTER["sex"], GENDER),
            "aadhaar": L(DAUGHTER["aadhaar"], NID), "khelaadiNo": L(PNO, UID),
            "shala": "Adajan Vidyamandir", "dhoran": "5", "haath": "right"}),
        case(f, f"{a}/v1/fitness/test", headers=_h(rng, **b), body={
            "khelaadiNo": L(PNO, UID), "unchai": L(139, FIT), "vajan": L(31.5, FIT),
            "sprint10m": L(2.41, FIT), "shuttleRun": L(12.8, FIT), "tarikh": "2025-11-02"}),
        case(f, f"{a}/v1/fi/chukavani", fmt="form", headers=_h(rng, **b), body={
            "khelaadiNo": L(PNO, UID), "mahino": "2025-12", "rakam": L("2800.00", BUY),
            "upiId": L(VPA, PAY), "utr": "529804417720"}),
        case(f, f"{a}/v1/batch", headers=_h(rng, **b), query={
            "academy": ACADEMY["id"], "shreni": "U11", "divas": "mon,tue,thu,fri"}),
        case(f, f"{a}/v1/hajri", headers=_h(rng, **b), body={
            "khelaadiNo": L(PNO, UID), "batch": "u11_evening", "prakar": "drop",
            "sthal": {"aksh": hla, "rekh": hlo},
            "hall": {"id": ACADEMY["id"], "aksh": ACADEMY["lat"], "rekh": ACADEMY["lon"]}}),
        case(f, f"{a}/v1/spardha/pravesh", headers=_h(rng, **b), body={
            "spardha": "surat_dist_rank_3", "shreni": L("U11 girls", f"{BIRTH}|{GENDER}"),
            "khelaadiNo": L(PNO, UID), "janmTarikh": L(DAUGHTER["dob"], BIRTH),
            "jodidar": L("Mahi Desai", NAMEC), "fi": L(600, BUY)}),
        multipart(f, f"{a}/v1/spardha/umar_purava", [
            ("photo", "janm_pramanpatra.jpg", "image/jpeg", L(JPEG + b"\x76", MEDIA)),
            ("meta", None, "application/json", {"khelaadiNo": L(PNO, UID),
                                                "prakar": "birth_certificate"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/video", [
            ("video", "match_r16.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "khelaadiNo": L(PNO, UID),
                "sandesh": L("Backhand flick par dhyan aapjo", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ija", headers=_h(rng, **b), body={
            "khelaadiNo": L(PNO, UID), "ija": L("right wrist strain", MED),
            "dava": L("ice, crepe bandage", MED), "aaram_divas": L(5, MED),
            "sandesh": L(f"{KID} na kanda ma soje che, aa athvadiyu aaram karshe",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/sandesh", headers=_h(rng, **b), body={
            "kone": {"naam": L(COACH[0], NAMEC), "mobile": L(COACH[1], TEL)},
            "thread": obj(rng, "th"),
            "sandesh": L("Sir, shanivare extra session rakhi shakay? Spardha pehla service "
                         "sudharvi che.", TEXT)}),
        case(f, f"{a}/v1/saman/order", fmt="msgpack", headers=_h(rng, **b), body={
            "khelaadiNo": L(PNO, UID),
            "vastu": [{"sku": "blade_allround_fl", "kimat": 3200},
                      {"sku": "rubber_tensor_red", "kimat": 2600},
                      {"sku": "shoes_tt_34", "kimat": 2900}],
            "kul": L(8700, BUY), "order": obj(rng, "od")}),
        results,
        case(f, f"{a}/v1/lai_janar", headers=_h(rng, **b), body={
            "khelaadiNo": L(PNO, UID),
            "vyakti": {"naam": L(HUSBAND[0], NAMEC), "mobile": L(HUSBAND[1], TEL),
                       "sambandh": "pita"}, "divas": ["tue", "fri"]}),
        lines(f, f"{a}/v1/abhyas/log", [
            {"khelaadiNo": L(PNO, UID), "tarikh": "2025-12-06", "minit": L(45, FIT),
             "drill": "multiball_fh"},
            {"khelaadiNo": L(PNO, UID), "tarikh": "2025-12-07", "minit": L(30, FIT),
             "drill": "serve_practice"}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/camp/nondhani", headers=_h(rng, **b), body={
            "camp": "winter_2025", "khelaadiNo": L(PNO, UID), "tshirt": "S",
            "allergy": L("dust", MED), "fi": L(4500, BUY)}),
        case(f, f"{a}/v1/pasand", headers=_h(rng, **b), cookies={
            "ss_pref": W({"khelaadiNo": L(PNO, UID), "bhasha": L("gu", DEV),
                          "suchana": "whatsapp"}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "ss_sid": L(opaque(rng, "", 40), CRED), "ss_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("results_opened", 1), ev("screen", 2, screen=L("Batch", USAGE))]}),
    ]


def spinshala_sdks() -> list[Case]:
    rng = random.Random(26262)
    return [
        md_batch(APP, rng, [("Fee Paid", {"rakam": L(2800, BUY)}),
                            ("Tournament Entered", {"shreni": "U11"})]),
        md_identify(APP, rng, {"role": "vali", "children": 1, "shaher": L("Surat", COARSE)}),
        tt_launch(APP, rng),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sports,kids,table tennis"),
        cf_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "draw round 3"),
                 [cf_crumb("nav", "Spardha -> Draw")], user={"id": L(USER_ID, UID)},
                 screen="DrawActivity"),
        fj_eval(APP, rng, {"academy": ACADEMY["id"], "children": 1}),
        pu_register(APP, rng, tags={"academy": ACADEMY["id"], "batch": "u11_evening"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pc_card(APP, rng),
        pc_confirm(APP, rng, "8700.00", "inr"),
        ht_message(APP, rng, L(f"{KID} ni December fi be vaar kapai", f"{TEXT}|{NAMEC}|{BUY}"),
                   {"khelaadiNo": L(PNO, UID)}),
    ]
