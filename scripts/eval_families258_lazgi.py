"""A children's folk-dance studio's parent app "Lazgi Bala" (Aysuluw, 10, dances Karakalpak and
Khorezm (lazgi) dances at the palace of culture's studio; the child's data; its API's keys are
Karakalpak in Latin letters, camelCase, ASCII-folded: ``ati``, ``familiyasi``, ``elPochta``,
``telefon``, ``parol``, ``qarindasligi`` relation (``anasi`` mother), ``balaninAti`` the
child's first name, ``tuwilganSane``, ``jinisi`` (``qiz`` girl), ``pinfl``, ``guwaliknama``
birth certificate, ``oqiwshiNomeri`` pupil number, ``topar`` group, ``densawliq`` health
(``allergiya``, ``jaraqat`` injury, ``densawliqTopari`` health group), ``boyi`` height,
``belOlshemi`` waist, ``ayaqKiyimOlshemi`` shoe size, ``kostyum`` costume, ``summa``,
``tolem``, ``orin``, ``kenlik`` / ``uzinliq``, ``kelmewSebebi`` absence reason, ``eskertpe``
note, ``video``, ``bilet`` ticket, ``miymanlar`` guests, ``sapar`` trip, ``kelisim`` consent,
``shaqiriw`` emergency contact, ``xabar``, ``ustaz`` teacher, ``izlew``, ``paydalaniwshi``,
``waqiyalar``): the parent's sign-up and log-in, ``/men`` with a ``oqiwshilar`` claim, the
enrolment with her PINFL and birth certificate, the medical certificate (PDF), the health form,
the timetable by pupil number in the path, the monthly fee, the costume's measurements, a
drop-off check-in, an absence, a rehearsal video, concert tickets, a Khiva festival trip
consent naming the grandmother, a message to the teacher, the studio card photo, a search,
notices, the diploma by cookie, push and events. Dance schools and a dance ensemble studio
exist; a folk-dance (lazgi) children's studio is new ("lazgi", "folk danc" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    NATIONAL,
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
from eval_families258_kit import (
    DAUGHTER,
    HUSBAND,
    MOTHER_IL,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families258_sdk import bq_bid, cj_crash, cj_crumb, es_batch, es_identify, tq_launch
from eval_families258_svc import cb_card, cb_confirm, ft_eval, hj_message, jy_save, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lazgibala", "Lazgi Bala", "com.example.lazgibala", "1.3.7",
          "https://api.lazgibala.example.com")
IID = "X-LB-Device"
PW = "Aysuluw2015!"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(40)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def lazgibala() -> list[Case]:
    rng = random.Random(25831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    pupil = DAUGHTER["pupil"]
    jw = {"Authorization": J(claims(rng, elPochta=L(EMAIL, MAIL),
                                    oqiwshilar=[L(pupil, UID)], rol="ata-ana"))}
    sla, slo = fix(STUDIO_FIX, 5)
    table = at_path(case(f, f"{a}/v1/oqiwshilar/{pupil}/kesteler", headers=_h(rng, **b),
                         query={"ay": "2026-02"}), pupil, UID)
    return [
        case(f, f"{a}/v1/ata-ana/dizim", headers=_h(rng), body={
            "ati": L(FIRST, NAMEC), "familiyasi": L(LAST, NAMEC), "elPochta": L(EMAIL_MIXED, MAIL),
            "telefon": L(NATIONAL, TEL), "parol": L(PW, CRED), "qarindasligi": "anasi"}),
        case(f, f"{a}/v1/kiriw", fmt="form", headers=_h(rng), body={
            "elPochta": L(EMAIL, MAIL), "parol": L(PW, CRED), "qurilma": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/oqiwshilar", headers=_h(rng, **b), body={
            "balaninAti": L(DAUGHTER["first"], NAMEC), "familiyasi": L(DAUGHTER["last"], NAMEC),
            "tuwilganSane": L(DAUGHTER["dob"], BIRTH), "jinisi": L(DAUGHTER["sex"], GENDER),
            "pinfl": L(DAUGHTER["pinfl"], NID), "guwaliknama": L(DAUGHTER["cert"], NID),
            "oqiwshiNomeri": L(pupil, UID), "topar": "kishi_lazgi_4", "studiya": STUDIO["id"]}),
        multipart(f, f"{a}/v1/oqiwshilar/spravka", [
            ("fayl", "med_spravka.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"oqiwshiNomeri": L(pupil, UID),
                                                "densawliqTopari": L("1-topar", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/oqiwshilar/densawliq", gz=True, headers=_h(rng, **b), body={
            "oqiwshiNomeri": L(pupil, UID), "allergiya": [L("shan", MED)],
            "jaraqat": L("on tobiq buralgan, 2025-yil sentyabr", MED), "astma": L(False, MED),
            "eskertpe": L("Uzaq sekirgende tobigi awiradi", f"{TEXT}|{MED}")}),
        table,
        case(f, f"{a}/v1/tolem/ayliq", fmt="form", headers=_h(rng, **b), body={
            "oqiwshiNomeri": L(pupil, UID), "ay": "2026-02", "summa": L("180000", BUY),
            "tolemUsili": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/kostyum/buyirtpa", headers=_h(rng, **b), body={
            "oqiwshiNomeri": L(pupil, UID), "kostyum": "xorezm_lazgi_qizil",
            "boyi": L(138, FIT), "belOlshemi": L(58, FIT), "ayaqKiyimOlshemi": L(33, FIT),
            "baha": L(420000, BUY), "buyirtpa": L("KS-2026-0311", BUY)}),
        case(f, f"{a}/v1/keliw", headers=_h(rng, **b), body={
            "oqiwshiNomeri": L(pupil, UID), "orin": {"kenlik": sla, "uzinliq": slo},
            "studiya": {"id": STUDIO["id"], "kenlik": STUDIO["lat"], "uzinliq": STUDIO["lon"]},
            "tur": "alip_keldi"}),
        case(f, f"{a}/v1/kelmewler", headers=_h(rng, **b), body={
            "oqiwshiNomeri": L(pupil, UID), "sane": "2026-02-17",
            "kelmewSebebi": L("nawqas", MED),
            "eskertpe": L(f"{KID} bugin qiziwi 38 gradus, repetitsiyaga kelmeydi.",
                          f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/video", [
            ("video", "repetitsiya.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"oqiwshiNomeri": L(pupil, UID),
                                                "biy": "lazgi"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/konsert/biletler", headers=_h(rng, **b), body={
            "konsert": "kn_nawriz_2026", "bilet_sani": 3, "summa": L(90000, BUY),
            "miymanlar": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC)]}),
        case(f, f"{a}/v1/saparlar/xiywa/kelisim", fmt="form", headers=_h(rng, **b), body={
            "oqiwshiNomeri": L(pupil, UID), "kelisim": "awa",
            "shaqiriw_ati": L(MOTHER_IL[0], NAMEC), "shaqiriw_telefon": L(MOTHER_IL[1], TEL),
            "qala": L("Xiywa", COARSE)}),
        case(f, f"{a}/v1/saparlar/xiywa/avtobus", headers=_h(rng, **b), query={
            "sapar": "sp_xiywa_0322", "oqiwshiNomeri": L(pupil, UID)}),
        case(f, f"{a}/v1/xabarlar", headers=_h(rng, **b), body={
            "tema": obj(rng, "tm"), "ustaz": "us_sanem",
            "xabar": L("Sanem apa, Aysuluw jana kostyumdi konsertten aldin kiyip koriwi kerek "
                       "pe?", f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/oqiwshilar/suwret", [
            ("suwret", "aysuluw_karta.jpg", "image/jpeg", L(JPEG + b"\x6c", MEDIA)),
            ("meta", None, "application/json", {"oqiwshiNomeri": L(pupil, UID),
                                                "maqset": "studiya_kartasi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/izlew", headers=_h(rng, **b), query={
            "izlew": L("lazgi kostyum ijaraga", SEARCH)}),
        case(f, f"{a}/v1/xabarnamalar", headers=_h(rng, **b), query={
            "studiya": STUDIO["id"], "topar": "kishi_lazgi_4", "bastap": "2026-02-01"}),
        case(f, f"{a}/v1/diplomlar/songi", headers=_h(rng, how="none"), cookies={
            "lb_sid": L(opaque(rng, "", 40), CRED), "lb_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/qurilmalar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/waqiyalar", headers=_h(rng, how="none"), cookies={
            "lb_sid": L(opaque(rng, "", 40), CRED), "lb_dev": L(INSTALL_ID, DID)}, body={
            "paydalaniwshi": L(USER_ID, UID), "waqiyalar": [
                ev("keste_ashildi", 1), ev("ekran", 2, ekran=L("Kostyum", USAGE))]}),
    ]


def lazgibala_sdks() -> list[Case]:
    rng = random.Random(25832)
    return [
        es_batch(APP, rng, [("Timetable Opened", {"month": "2026-02"}),
                            ("Fee Paid", {"amount": L(180000, BUY)})]),
        es_identify(APP, rng, {"role": "parent", "children": 1, "city": L("Nukus", COARSE)}),
        tq_launch(APP, rng),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="dance,kids,costume"),
        cj_crash(APP, rng, ("java.lang.NullPointerException", "timetable row"),
                 [cj_crumb("nav", "Oqiwshilar -> Keste")],
                 user={"id": L(USER_ID, UID)}, screen="KesteActivity"),
        ft_eval(APP, rng, {"studio": STUDIO["id"], "children": 1}),
        pq_register(APP, rng, tags={"studiya": STUDIO["id"], "topar": "kishi_lazgi_4"}),
        jy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cb_card(APP, rng),
        cb_confirm(APP, rng, "180000"),
        hj_message(APP, rng, L(f"{KID} ushin fevral tolemi tolenbegen bolip turipti",
                               f"{TEXT}|{NAMEC}"), {"oqiwshiNomeri": L(DAUGHTER["pupil"], UID)}),
    ]
