"""The neighbourhood Rongali Bihu committee's app "Bihutoli" (the Survey-Beltola Bihu Xonmilon,
Guwahati: members, the children's Bihu dance contest, husori visits, the feast). Keys are
Assamese in Latin letters mixed with English the way a Guwahati developer writes them:
``xodoxyo`` member, ``xodoxyo_nombor`` membership number, ``maasul`` fee, ``bhugtan`` payment,
``porimaan`` amount, ``elaka`` locality, ``ghor`` home, ``thikona`` address, ``sontan`` child,
``jonmo_tarikh`` birth date, ``boyox`` age, ``linga`` sex, ``bidyaloy`` school, ``xreni`` class,
``obhibhawok`` guardian, ``xommoti`` consent, ``sohi`` signature, ``protijugita`` contest,
``bibhag`` category, ``saaj`` costume, ``ukhota`` height, ``kokal`` waist, ``swasthya`` health,
``hapani`` asthma, ``joruri`` emergency, ``onuxilon`` practice, ``upasthiti`` attendance,
``husori`` the carol troupe, ``amontron`` invitation, ``bhoj`` feast, ``bontoon`` share,
``xewa`` volunteer duty, ``kaam`` task, ``barta`` message, ``obhijog`` complaint, ``fol``
result, ``poriyal`` family, ``swami`` husband, ``jiyori`` daughter, ``jonmo_bosor`` birth year,
``okhyangxo`` / ``dragimangxo`` latitude / longitude): an OAuth password grant, joining the
committee, ``/moi`` with the child's entry, the fee by UPI, Junali's contest entry (her Aadhaar),
the parent's consent, her photo, the costume sizes, her health form, practice attendance with
her mother's fix, a practice video, a husori invitation to their flat, the feast share
(msgpack), raffle tickets, a volunteer shift, a group message, a search, the result by entry
number in the path, a complaint, the family, a receipt by cookie, push and events. Junali is a
data subject: her name, birth date, age, sex, Aadhaar, entry number, height, waist, health,
photo and video are labelled."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families24_kit import claims, rid
from eval_families191_kit import (
    BIHU_FIELD,
    DAUGHTER,
    ENTRY,
    FIELD_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    IN_PHONE,
    MEMBER,
    VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families191_sdk import cr_session, lm_batch, lm_queue, ts_launch, ts_link
from eval_families191_svc import (
    cx_check,
    fm_eval,
    mb_reverse,
    pk_register,
    py_card,
    py_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("bihutoli", "Bihutoli", "com.example.bihutoli", "2.0.6",
          "https://api.bihutoli.example.net")
IID = "X-Bihutoli-Device"
PW = "Pepa#Gogona2026"
NID, FIT = "personal.national_id", "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
VPAL = f"{PAY}|{TEL}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def bihutoli() -> list[Case]:
    rng = random.Random(19111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), xodoxyo=L(MEMBER, UID),
                                    sontan=[L(ENTRY, UID)], role="obhibhawok"))}
    fla, flo = fix(FIELD_FIX, 5)
    result = at_path(case(f, f"{a}/v1/protijugita/{ENTRY}/fol", headers=_h(rng, **b)),
                     ENTRY, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "bihutoli-android"}),
        case(f, f"{a}/v1/xodoxyo", headers=_h(rng, **b), body={
            "naam": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(IN_PHONE, TEL), "thikona": L(HOME["line"], ADDR),
            "elaka": L(HOME["area"], COARSE), "pin": L(HOME["pin"], COARSE),
            "xodoxyo_nombor": L(MEMBER, UID), "maasul": L(500, BUY), "bosor": "2026"}),
        case(f, f"{a}/v1/moi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/maasul/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "xodoxyo_nombor": L(MEMBER, UID), "porimaan": L("500", BUY), "mudra": "INR",
            "upi": L(VPA, VPAL), "roxid": L("RBS-R-26-1184", BUY)}),
        case(f, f"{a}/v1/protijugita/naam_lekha", headers=_h(rng, **b), body={
            "sontan": {"naam": L(DAUGHTER["first"], NAMEC), "upadhi": L(DAUGHTER["last"], NAMEC),
                       "jonmo_tarikh": L(DAUGHTER["dob"], BIRTH), "boyox": L(8, BIRTH),
                       "linga": L(DAUGHTER["sex"], GENDER),
                       "aadhaar": L(DAUGHTER["aadhaar"].replace(" ", ""), NID),
                       "bidyaloy": "Saraighat English School", "xreni": "3"},
            "obhibhawok": {"naam": L(f"{FIRST} {LAST}", NAMEC), "phone": L(IN_PHONE, TEL)},
            "bibhag": "xishu bihu naas (6-10)", "entry": L(ENTRY, UID), "maasul": L(100, BUY)}),
        case(f, f"{a}/v1/protijugita/xommoti", fmt="form", headers=_h(rng, **b), body={
            "entry": L(ENTRY, UID), "xommoti": "haa", "chobi_xommoti": "haa",
            "sohi": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/protijugita/chobi", [
            ("chobi", "junali_bihu.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("meta", None, "application/json", {"entry": L(ENTRY, UID), "use": "poster"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/saaj", headers=_h(rng, **b), body={
            "entry": L(ENTRY, UID), "ukhota": L(DAUGHTER["height"], FIT),
            "kokal": L(54, FIT), "mekhela_rong": "muga", "gamosa": 1,
            "porimaan": L(850, BUY)}),
        case(f, f"{a}/v1/swasthya", gz=True, headers=_h(rng, **b), body={
            "entry": L(ENTRY, UID), "hapani": L(True, MED), "inhaler": L("salbutamol", MED),
            "allergy": [L("dust mite", MED)], "tejor_got": L("B+", MED),
            "joruri": {"naam": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "tika": {"dpt_booster": L("2022-11-30", MED)},
            "montobyo": L("Beli dolot naasile hapani uthe, inhaler loi thakibo", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/onuxilon/upasthiti", headers=_h(rng, **b), body={
            "entry": L(ENTRY, UID), "tarikh": "2026-04-04", "ahil": "16:40",
            "sthan": {"okhyangxo": fla, "dragimangxo": flo},
            "pothar": {"id": BIHU_FIELD["id"], "okhyangxo": BIHU_FIELD["lat"],
                       "dragimangxo": BIHU_FIELD["lon"]}}),
        multipart(f, f"{a}/v1/onuxilon/video", [
            ("video", "practice_0404.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"entry": L(ENTRY, UID),
                                                "guru": "gr_bihu_07", "dairgho": 48})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/husori/amontron", headers=_h(rng, **b), body={
            "thikona": L(HOME["line"], ADDR),
            "ghor": {"okhyangxo": L(HOME_AT[0], PRECISE), "dragimangxo": L(HOME_AT[1], PRECISE)},
            "tarikh": "2026-04-16", "xomoy": "19:30", "phone": L(IN_PHONE, TEL),
            "daan": L(1001, BUY), "xodoxyo_nombor": L(MEMBER, UID)}),
        case(f, f"{a}/v1/bhoj/bontoon", fmt="msgpack", headers=_h(rng, **b), body={
            "xodoxyo_nombor": L(MEMBER, UID),
            "bostu": [{"naam": "til pitha", "poriman": 30}, {"naam": "larou", "poriman": 20}],
            "porimaan": L(300, BUY)}),
        case(f, f"{a}/v1/lottery/tiket", fmt="form", headers=_h(rng, **b), body={
            "xodoxyo_nombor": L(MEMBER, UID), "poriman": "5", "porimaan": L("250", BUY),
            "tiket_nombor": "L-0412,L-0413,L-0414,L-0415,L-0416"}),
        case(f, f"{a}/v1/xewa", headers=_h(rng, **b), body={
            "xodoxyo_nombor": L(MEMBER, UID), "din": "2026-04-15", "xomoy": "09-13",
            "kaam": "mancha xojowa", "xewa_id": obj(rng, "xw")}),
        case(f, f"{a}/v1/barta", headers=_h(rng, **b), body={
            "kotha": "bihu-2026-xodoxyo",
            "barta": L("Husori dolok 16 tarikhe amar ghorole matibo pariboneki? Pitha "
                       "thakibo!", TEXT)}),
        case(f, f"{a}/v1/sondhan", headers=_h(rng, **b), query={
            "q": L("xishu bihu naas onuxilon xomoy", SEARCH)}),
        result,
        case(f, f"{a}/v1/obhijog", headers=_h(rng, **b), body={
            "bibhag": "xobdo",
            "barta": L("Raati 12 bojar pisot mike bondho nohoi, xishu xobot xuwa nopai", TEXT),
            "xodoxyo_nombor": L(MEMBER, UID)}),
        case(f, f"{a}/v1/xodoxyo/poriyal", headers=_h(rng, **b), body={
            "xodoxyo_nombor": L(MEMBER, UID), "swami": {
                "naam": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)},
            "jiyori": {"naam": L(KID, NAMEC), "jonmo_bosor": L(2017, BIRTH)}}),
        case(f, f"{a}/v1/roxid", headers=_h(rng, how="none"), cookies={
            "bt_sesion": L(opaque(rng, "", 40), CRED), "bt_yontro": L(INSTALL_ID, DID),
            "bt_req": rid(rng)}),
        case(f, f"{a}/v1/yontro", headers=_h(rng, **b), body=push(push_token(rng), "as_IN")),
        case(f, f"{a}/v1/ghotona", headers=_h(rng, how="none"), cookies={
            "bt_sesion": L(opaque(rng, "", 40), CRED), "bt_yontro": L(INSTALL_ID, DID)}, body={
            "byabohari": L(USER_ID, UID), "ghotona": [
                ev("entry_done", 1), ev("porda", 2, porda=L("Protijugita", USAGE))]}),
    ]


def bihutoli_sdks() -> list[Case]:
    rng = random.Random(19112)
    link = U("https://bihutoli.example.net/e", {"entry": L(ENTRY, UID), "src": "whatsapp",
                                                "em": L(EMAIL, MAIL)})
    return [
        lm_batch(APP, rng, [("Entry Submitted", {"category": "xishu bihu naas"}),
                            ("Fee Paid", {"amount": L(500, BUY)})], at=FIELD_FIX, nd=3),
        lm_queue(APP, rng, [("Video Uploaded", {"secs": 48}), ("Practice Marked", {})]),
        ts_launch(APP, rng, first=True),
        ts_link(APP, rng, link),
        cr_session(APP, rng, secs=640),
        fm_eval(APP, rng, {"committee": "rbs_survey", "children": 1}),
        pk_register(APP, rng, lang="as", at=HOME_AT, nd=2, tags={"entry": L(ENTRY, UID)}),
        cx_check(APP, rng, {"analytics": True, "photos_public": False}),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "850.00"),
        mb_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
