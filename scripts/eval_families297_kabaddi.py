"""The son's kabaddi academy app "Kauddi Club" (the Gandhi Nagar Kauddi Club trains boys and girls
after school on a municipal ground; Kabir, 10, is in its under-12 squad; the user is the parent,
Kabir is a data subject). Its API mixes English with Dogri keys: ``khiladi`` player, ``naa``
name, ``upnaa`` surname, ``janam_tarik`` birth date, ``ling`` sex, ``bhaar`` weight, ``lambai``
height, ``jamaat`` school class, ``sanrakshak`` guardian, ``mobail`` mobile, ``gupt_shabad``
password, ``pata`` address, ``shehar`` town, ``praman`` certificate, ``sehat`` health, ``dama``
asthma, ``chot`` injury, ``lahu_varg`` blood group, ``dakter`` doctor, ``fees``, ``mahina``
month, ``rakam`` amount, ``haazri`` attendance, ``maidan`` ground, ``thaan`` place, ``muqabla``
match/tournament, ``bhaar_varg`` weight class, ``umar`` age, ``safar`` trip, ``ijazat``
permission, ``lejaan_aala`` the person collecting, ``rishta`` relation, ``sneha`` message,
``saman`` kit, ``naap`` size, ``pragati`` progress, ``khoj`` search. Sign-up, an SMS code,
``/mera`` with a ``khiladi`` claim, Kabir enrolled (his Aadhaar, weight, height), his birth
certificate (PDF) by player number in the path, the fitness form (gzip), the fee, the practice
timetable, the drop-off check-in at the ground, progress by player number in the path, the
district under-12 tournament entry, the bus consent, an injury report and its photo, a message
to the coach, a kit order (msgpack), his grandfather authorised to collect him, match videos, his
card photo, a search, push and events with a session cookie."""

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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families297_kit import (
    CLUB,
    FATHER_IL,
    GROUND_FIX,
    HOME,
    HUSBAND,
    SON,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families297_sdk import bt_bid, ct_crash, ct_crumb, mk_batch, mk_identify, tr_launch
from eval_families297_svc import cm_save, cr_card, cr_confirm, fp_eval, hc_message, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kauddi", "Kauddi Club", "com.example.kauddiclub", "2.2.0",
          "https://api.kauddiclub.example.org")
IID = "X-Kauddi-Device"
PW = "Raider#Kabir10"
NID, FIT = "personal.national_id", "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
KID = f"{SON['first']} {SON['last']}"
PLAYER = SON["player"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kauddi() -> list[Case]:
    rng = random.Random(29721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), khiladi=[L(PLAYER, UID)],
                                    role="sanrakshak"))}
    gla, glo = fix(GROUND_FIX, 5)
    cert = at_path(multipart(f, f"{a}/v2/khiladi/{PLAYER}/praman", [
        ("praman", "janam_praman.pdf", "application/pdf", L(PDF, MEDIA)),
        ("meta", None, "application/json", {"kism": "janam praman patar", "jaari": "JMC"})],
        headers=_h(rng, auth="bearer")), PLAYER, UID)
    progress = at_path(case(f, f"{a}/v2/khiladi/{PLAYER}/pragati", headers=_h(rng, **b),
                            query={"mahina": "2026-01"}), PLAYER, UID)
    return [
        case(f, f"{a}/v2/sanrakshak/register", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "upnaa": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "gupt_shabad": L(PW, CRED), "pata": L(HOME["line"], ADDR),
            "shehar": L(HOME["town"], COARSE), "rishta": "maa"}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("508316", CRED)}),
        case(f, f"{a}/v2/mera", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/khiladi", headers=_h(rng, **b), body={
            "naa": L(SON["first"], NAMEC), "upnaa": L(SON["last"], NAMEC),
            "janam_tarik": L(SON["dob"], BIRTH), "ling": L(SON["sex"], GENDER),
            "aadhaar": L(SON["aadhaar"], NID), "jamaat": "5", "bhaar": L(34.5, FIT),
            "lambai": L(141, FIT), "khiladi_nambar": L(PLAYER, UID), "club": CLUB["id"]}),
        cert,
        case(f, f"{a}/v2/sehat", gz=True, headers=_h(rng, **b), body={
            "khiladi": L(PLAYER, UID), "dama": L(False, MED), "allergy": [L("dhool", MED)],
            "chot_itihas": L("khabbe gode ch moch, August 2025", MED),
            "lahu_varg": L("B+", MED),
            "dakter": {"naa": L("Dr. Anil Gupta", NAMEC), "mobail": L("+919419177420", TEL)},
            "fit_hai": L(True, MED)}),
        case(f, f"{a}/v2/fees", fmt="form", headers=_h(rng, **b), body={
            "khiladi": L(PLAYER, UID), "mahina": "2026-01", "rakam": L("1200", BUY),
            "tarika": "upi", "upi_id": L(UPI, PAY)}),
        case(f, f"{a}/v2/abhyas/samay", headers=_h(rng, **b), query={
            "club": CLUB["id"], "varg": "U-12", "hafta": "2026-W03"}),
        case(f, f"{a}/v2/haazri", headers=_h(rng, **b), body={
            "khiladi": L(PLAYER, UID), "thaan": {"lat": gla, "lng": glo},
            "maidan": {"id": CLUB["id"], "lat": CLUB["lat"], "lng": CLUB["lon"]},
            "kism": "chhodna", "haazri_id": obj(rng, "hz")}),
        progress,
        case(f, f"{a}/v2/muqabla/entry", headers=_h(rng, **b), body={
            "muqabla": "tr_kathua_u12_26", "khiladi": L(PLAYER, UID),
            "bhaar_varg": L("35 kg", FIT), "umar": L(10, BIRTH), "fees": L(300, BUY),
            "teem": "Gandhi Nagar U-12 B"}),
        case(f, f"{a}/v2/safar/ijazat", fmt="form", headers=_h(rng, **b), body={
            "muqabla": "tr_kathua_u12_26", "khiladi": L(PLAYER, UID), "ijazat": "haan",
            "emergency_naa": L(HUSBAND[0], NAMEC), "emergency_mobail": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v2/chot", headers=_h(rng, **b), body={
            "khiladi": L(PLAYER, UID), "kism": L("sajje gitte ch moch", MED),
            "sneha": L("Kabir fell during raid practice, his right ankle is swollen, we put ice "
                       "and he is resting.", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v2/chot/tasveer", [
            ("tasveer", "ankle.jpg", "image/jpeg", L(JPEG + b"\x4b", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"khiladi": L(PLAYER, UID), "din": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sneha", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "coach_gn01",
            "text": L("Coach ji, Kabir will miss Saturday practice, his exams start Monday.",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/saman", fmt="msgpack", headers=_h(rng, **b), body={
            "khiladi": L(PLAYER, UID),
            "saman": [{"sku": "kc_jersey_u12", "naap": L("M (28)", FIT), "qty": 2, "rate": 350},
                      {"sku": "kc_knee_pad", "naap": L("S", FIT), "qty": 1, "rate": 250}],
            "kul": L(950, BUY)}),
        case(f, f"{a}/v2/lejaan-aala", headers=_h(rng, **b), body={
            "khiladi": L(PLAYER, UID),
            "lejaan_aala": {"naa": L(FATHER_IL[0], NAMEC), "mobail": L(FATHER_IL[1], TEL),
                            "rishta": "dada"}, "din": ["mangal", "shukar"]}),
        case(f, f"{a}/v2/videos", headers=_h(rng, **b), query={
            "khiladi": L(PLAYER, UID), "muqabla": "tr_kathua_u12_26"}),
        multipart(f, f"{a}/v2/khiladi/photo", [
            ("photo", "kabir_card.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {"khiladi": L(PLAYER, UID), "use": "id_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/khoj", headers=_h(rng, **b), query={
            "q": L("kabaddi shoes size 4 Jammu", SEARCH)}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, how="none"), cookies={
            "kc_sid": L(opaque(rng, "", 40), CRED), "kc_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("fee_paid", 1), ev("screen", 2, screen=L("Pragati", USAGE))]}),
    ]


def kauddi_sdks() -> list[Case]:
    rng = random.Random(29722)
    return [
        mk_batch(APP, rng, [("Fee Paid", {"amount": L(1200, BUY)}),
                            ("Tournament Entered", {"fee": L(300, BUY)})]),
        mk_identify(APP, rng, {"role": "parent", "children": 1, "city": L("Jammu", COARSE)}),
        tr_launch(APP, rng),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,sports,kabaddi"),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "progress chart"),
                 [ct_crumb("nav", "Khiladi -> Pragati")],
                 user={"id": L(USER_ID, UID)}, screen="PragatiActivity"),
        fp_eval(APP, rng, {"club": CLUB["id"], "children": 1}),
        pg_register(APP, rng, tags={"club": CLUB["id"], "team": "U-12 B"}),
        cm_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "1200.00"),
        hc_message(APP, rng, L(f"The January fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"khiladi": L(PLAYER, UID)}),
    ]
