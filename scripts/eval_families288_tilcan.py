"""A speech-therapy cabinet's parent app "Tilcan" (``til`` tongue, ``can`` soul: a private
logopedics cabinet in Medgidia where their son Timur (6) has twice-weekly sessions for his ``r``
and ``s`` sounds before he starts school; the user is the parent; its API's keys are Crimean
Tatar, ASCII-folded: ``ebeveyn`` parent, ``ad``/``soyad`` name/surname, ``telefon``, ``parol``,
``bala`` child, ``balanin_adi`` the child's name, ``tuvgan_kuni`` birth date, ``cinsi`` sex
(``erkek`` boy), ``ev_tilleri`` home languages, ``hasta_nomeri`` patient number, ``sikayet``
complaint, ``esitme`` hearing, ``yollama`` referral, ``seans`` session, ``abonement`` pass,
``mesq`` exercise, ``ses`` sound, ``dogru`` correct, ``netice`` result, ``hesabat`` report,
``paylasuv`` sharing, ``qaynana`` mother-in-law): the parent's account, an SMS code, ``/menim``
with a ``balalar`` claim, the child's registration (his personal code, home languages), the
first assessment (gzip), the ENT referral (PDF), sessions, a booking, the pass paid, a check-in at
the cabinet, a voice recording of an exercise, a protobuf exercise score, an offline practice
queue (msgpack), a message to the therapist, progress shared with his grandmother, the progress
report by patient number in the path, the signed report (PDF), a search, a video session, push
and events. Set 48 is an adult's stuttering app; this is a child's articulation therapy at a
cabinet, run by the parent."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families288_kit import (
    CABINET,
    CABINET_FIX,
    HOME_AT,
    MOTHER_IL,
    SON,
    THERAPIST,
    fix,
    hd,
    obj,
    push,
)
from eval_families288_sdk import bz_bid, iz_launch, qc_crash, qc_crumb, sy_batch, sy_queue
from eval_families288_svc import aq_card, aq_confirm, by_eval, cq_register, mv_save, yd_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tilcan", "Tilcan", "com.example.tilcan", "2.0.7", "https://api.tilcan.example.com")
IID = "X-Tilcan-Device"
PW = "Timur2019!ses"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{SON['first']} {SON['last']}"
PN = SON["patient"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def tilcan() -> list[Case]:
    rng = random.Random(28841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), balalar=[L(PN, MED)],
                                    rol="ebeveyn"))}
    cla, clo = fix(CABINET_FIX, 5)
    lab: dict[str, str] = {}
    score = pb([(1, L(PN, MED)), (2, 1774512000),
                (3, [(1, L("r", MED)), (2, L(14, MED)), (3, L(20, MED))]),
                (4, [(1, L("s", MED)), (2, L(17, MED)), (3, L(20, MED))]), (5, "2.0.7")],
               "", lab)
    report = at_path(case(f, f"{a}/api/hastalar/{PN}/hesabat", headers=_h(rng, **b),
                          query={"donem": "2026-Q1"}), PN, MED)
    return [
        case(f, f"{a}/api/hesap", headers=_h(rng), body={
            "ebeveyn": {"ad": L(FIRST, NAMEC), "soyad": L(LAST, NAMEC),
                        "telefon": L(E164, TEL), "email": L(EMAIL_MIXED, MAIL)},
            "parol": L(PW, CRED), "aqrabaliq": "anasi", "til": L("en", DEV)}),
        case(f, f"{a}/api/kiris/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("905611", CRED)}),
        case(f, f"{a}/api/menim", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/balalar", headers=_h(rng, **b), body={
            "balanin_adi": L(SON["first"], NAMEC), "balanin_soyadi": L(SON["last"], NAMEC),
            "tuvgan_kuni": L(SON["dob"], BIRTH), "cinsi": L(SON["sex"], GENDER),
            "cnp": L(SON["cnp"], NID), "hasta_nomeri": L(PN, MED),
            "ev_tilleri": [L("qirimtatar", SENS), L("romen", SENS), L("ingliz", SENS)],
            "bagca": "Gradinita nr. 4"}),
        multipart(f, f"{a}/api/balalar/foto", [
            ("foto", "timur.jpg", "image/jpeg", L(JPEG + b"\x36", MEDIA)),
            ("meta", None, "application/json", {"hasta": L(PN, MED), "istifade": "dosye"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/degerlendirme", gz=True, headers=_h(rng, **b), body={
            "hasta": L(PN, MED),
            "sikayet": L("r sesini y dep aytiy, s sesinde tili tislerinin arasina cigiy",
                         f"{TEXT}|{MED}"),
            "esitme": L("normal", MED), "oturuq_tisleri": L(False, MED),
            "ilk_sozler_yas": L(1.5, MED), "doktor_yollamasi": L(True, MED)}),
        multipart(f, f"{a}/api/yollama", [
            ("dosye", "yollama_ORL.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"hasta": L(PN, MED), "kimden": "ORL"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/seanslar", headers=_h(rng, **b), query={
            "hasta": L(PN, MED), "ay": "2026-03"}),
        case(f, f"{a}/api/seanslar/randevu", fmt="form", headers=_h(rng, **b), body={
            "seans": obj(rng, "sn"), "hasta": L(PN, MED), "oca": "lg_stoica"}),
        case(f, f"{a}/api/tolev", headers=_h(rng, **b), body={
            "abonement": "8_seans", "miqdar": L(640, BUY), "valyuta": "RON",
            "metod": L(opaque(rng, "pm_", 24), PAY), "son_dort": L("4444", PAY),
            "hasta": L(PN, MED)}),
        case(f, f"{a}/api/kelis", headers=_h(rng, **b), body={
            "seans": obj(rng, "sn"), "yer": {"lat": cla, "lng": clo},
            "cabinet": {"id": CABINET["id"], "lat": CABINET["lat"], "lng": CABINET["lon"]}}),
        multipart(f, f"{a}/api/mesqler/ses", [
            ("ses", "r_heceleri.m4a", "audio/mp4", L(M4A, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"hasta": L(PN, MED), "mesq": "ra-ro-ru",
                                                "muddet_s": 42})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/mesqler/netice", score, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mesqler/kuyruk", fmt="msgpack", headers=_h(rng, **b), body={
            "hasta": L(PN, MED), "mesqler": [
                {"mesq": "yilan-sss", "dakika": 8, "yildiz": 3, "t": 1774425600},
                {"mesq": "motor-rrr", "dakika": 6, "yildiz": 2, "t": 1774512000}]}),
        case(f, f"{a}/api/mesaj", headers=_h(rng, **b), body={
            "kime": {"ad": L(THERAPIST[0], NAMEC), "telefon": L(THERAPIST[1], TEL)},
            "yazi": L("Ana-Maria hanim, Timurnin bogazi agriy, bugunki seansqa kelalmaymiz.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/paylasuv", headers=_h(rng, **b), body={
            "hasta": L(PN, MED), "kimge": {"ad": L(MOTHER_IL[0], NAMEC),
                                          "telefon": L(MOTHER_IL[1], TEL),
                                          "aqrabaliq": "qaynana"},
            "izinler": ["seanslar", "mesqler"]}),
        report,
        multipart(f, f"{a}/api/hesabat/imza", [
            ("dosye", "hesabat_2026Q1.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"hasta": L(PN, MED),
                                                "imzalagan": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/qidiruv", headers=_h(rng, **b), query={
            "q": L("r sesi oyunlari 6 yas", SEARCH)}),
        case(f, f"{a}/api/video/oda", headers=_h(rng, **b), body={
            "seans": obj(rng, "sn"), "token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/cihazlar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/vaqialar", headers=_h(rng, how="none"), cookies={
            "tc_sid": L(opaque(rng, "", 40), CRED), "tc_dev": L(INSTALL_ID, DID)}, body={
            "qullanici": L(USER_ID, UID), "vaqialar": [
                ev("mesq_bitti", 1), ev("ekran", 2, ekran=L("SesOyunu", USAGE))]}),
    ]


def tilcan_sdks() -> list[Case]:
    rng = random.Random(28842)
    return [
        sy_batch(APP, rng, [("Exercise Done", {"sound": L("r", MED)}),
                            ("Pass Paid", {"amount": L(640, BUY)})]),
        sy_queue(APP, rng, [("Exercise Done", {"stars": 3}), ("Recording Sent", {})]),
        iz_launch(APP, rng),
        bz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,speech,school"),
        qc_crash(APP, rng, ("java.lang.IllegalStateException", "recorder busy"),
                 [qc_crumb("nav", "Mesqler -> SesYazuv")], screen="RecorderActivity"),
        by_eval(APP, rng, {"cabinet": CABINET["id"], "children": 1}),
        cq_register(APP, rng, at=HOME_AT, nd=2, tags={"cabinet": CABINET["id"]}),
        mv_save(APP, rng, {"analytics": True, "marketing": False}),
        aq_card(APP, rng),
        aq_confirm(APP, rng, "640.00"),
        yd_message(APP, rng, L(f"{KID} icin abonement tolevi eki kere alindi",
                               f"{TEXT}|{NAMEC}"), {"hasta": L(PN, MED)}),
    ]
