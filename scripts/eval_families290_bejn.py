"""A children's growth clinic's parent app "Berzbejn" (Bingol; Zelal, 8, is treated with daily
growth-hormone injections for short stature; its API's keys are Zazaki, ASCII-folded, with
English ``id``/``token`` and Turkish clinic loans: ``maye`` mother, ``kena`` daughter, ``name``
first name, ``peyname`` surname, ``numreya_kimlige`` ID number, ``tarixe_biyayisi`` birth date,
``cinsiyet`` sex, ``numreya_newesi`` patient number, ``berzi`` height, ``girani`` weight,
``berziya_maye``/``berziya_pi`` the parents' heights, ``emre_estiye`` bone age, ``teshis``
diagnosis, ``derman`` medicine, ``doz`` dose, ``derzi`` injection, ``ca_derzi`` injection site,
``randevu`` appointment, ``rapor`` report, ``katki`` co-payment, ``newesxane`` hospital,
``mekteb`` school, ``nuste`` text, ``resim`` photo): the parent's sign-up, an SMS code,
``/mi``, linking Zelal by her national ID number, the parents' heights, the growth chart by
patient number in the path, a home height and weight, the wrist X-ray for bone age, the lab
results seen, the treatment plan, an appointment, a check-in at the clinic, a protobuf injection
log, an offline queue of doses (msgpack), a bruise photo, a message to the doctor, a pen refill
order with its co-payment, a video consult, a letter for the school, push and events. New kind
(a file-name and docstring grep for "growth hormone", "somatropin", "short stature", "growth
clinic" found nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families290_kit import (
    CLINIC,
    CLINIC_FIX,
    DAUGHTER,
    DOCTOR,
    HOME_AT,
    HUSBAND,
    fix,
    hd,
    obj,
    push,
)
from eval_families290_sdk import cd_session, mc_batch, mc_queue, tn_event, tn_launch
from eval_families290_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("berzbejn", "Berzbejn", "com.example.berzbejn", "1.3.5",
          "https://api.berzbejn.example.org")
IID = "X-BB-Cihaz"
NID = "personal.national_id"
FIT = "health.fitness"
PAT = DAUGHTER["patient"]
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def berzbejn() -> list[Case]:
    rng = random.Random(29041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_poste=L(EMAIL, MAIL), doman=[L(PAT, MED)],
                                    rol="maye"))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    log = pb([(1, L(PAT, MED)), (2, 1772400000),
              (3, [(1, L("somatropin", MED)), (2, L(0.9, MED)), (3, L("ran-cep", MED))]),
              (4, "pen_lot_GH2291")], "", lab)
    chart = at_path(case(f, f"{a}/api/v1/newes/{PAT}/berzi", headers=_h(rng, **b),
                         query={"grafik": "who", "asme": "24"}), PAT, MED)
    return [
        case(f, f"{a}/api/v1/maye/qeyd", headers=_h(rng), body={
            "name": L(FIRST, NAMEC), "peyname": L(LAST, NAMEC), "e_poste": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "nezdiye": "maye", "ziwan": "en", "izin_kvkk": True}),
        case(f, f"{a}/api/v1/sms/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("550317", CRED)}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kena/gire", headers=_h(rng, **b), body={
            "numreya_kimlige": L(DAUGHTER["tc"], NID),
            "tarixe_biyayisi": L(DAUGHTER["dob"], BIRTH),
            "name": L(DAUGHTER["first"], NAMEC), "peyname": L(DAUGHTER["last"], NAMEC),
            "cinsiyet": L(DAUGHTER["sex"], GENDER), "numreya_newesi": L(PAT, MED)}),
        case(f, f"{a}/api/v1/eyleti", headers=_h(rng, **b), body={
            "numreya_newesi": L(PAT, MED), "berziya_maye": L(166, FIT),
            "berziya_pi": L(171, FIT), "pi": L(HUSBAND[0], NAMEC)}),
        chart,
        case(f, f"{a}/api/v1/keye/olcum", headers=_h(rng, **b), body={
            "numreya_newesi": L(PAT, MED), "tarix": "2026-02-28", "berzi": L(119.4, FIT),
            "girani": L(21.8, FIT), "ki_peyma": "maye"}),
        multipart(f, f"{a}/api/v1/rontgen", [
            ("resim", "dest_cep.jpg", "image/jpeg", L(JPEG + b"\x64", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"numreya_newesi": L(PAT, MED),
                                                "cins": L("emre estiye (dest)", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tahlil", headers=_h(rng, **b), query={
            "numreya_newesi": L(PAT, MED), "test": L("IGF-1", MED)}),
        case(f, f"{a}/api/v1/plan/qebul", headers=_h(rng, **b), body={
            "numreya_newesi": L(PAT, MED), "teshis": L("GH kemiye (izole)", MED),
            "emre_estiye": L("6.5", MED), "derman": L("somatropin 5 mg qelem", MED),
            "doz": L("0.9 mg/roje", MED), "qebul": True}),
        case(f, f"{a}/api/v1/randevu", fmt="form", headers=_h(rng, **b), body={
            "numreya_newesi": L(PAT, MED), "slot": obj(rng, "sl"), "doktor": "dr_endo_02",
            "sebeb": L("kontrol - 3 asmi", MED)}),
        case(f, f"{a}/api/v1/check_in", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "ca": {"lat": cla, "lng": clo},
            "newesxane": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/api/v1/derzi/log", log, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/derzi/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "numreya_newesi": L(PAT, MED),
            "derzi": [{"t": 1772486400 + 86400 * i, "doz": L(0.9, MED),
                       "ca_derzi": L(site, MED)} for i, site in
                      enumerate(["ran-cep", "ran-rast", "pizi"])]}),
        multipart(f, f"{a}/api/v1/resim/ca_derzi", [
            ("resim", "moraye.jpg", "image/jpeg", L(JPEG + b"\x65", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"numreya_newesi": L(PAT, MED),
                                                "nuste": L("ranê cepi de morbiyayis", f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mesaj", headers=_h(rng, **b), body={
            "ki_ra": {"name": L(DOCTOR[0], NAMEC), "e_poste": L(DOCTOR[1], MAIL)},
            "nuste": L("Zelal sodir serê xo dejeno, derzi ra pey. Doz kemi bikerime?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/qelem/siparis", fmt="form", headers=_h(rng, **b), body={
            "numreya_newesi": L(PAT, MED), "derman": L("somatropin 5 mg", MED), "tike": "4",
            "katki": L("180.00", BUY), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/video/oda", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v1/mekteb/nuste", headers=_h(rng, **b), body={
            "numreya_newesi": L(PAT, MED), "mekteb": "Tunceli Cumhuriyet Ilkokulu",
            "sinif": "3-B", "kena": L(KID, NAMEC),
            "nuste": L("Zelal roje 15:00 de derzi nêkena, la spor dersi ra xelesa",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/cihaz", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/hedise", gz=True, headers=_h(rng, **b), body={
            "karber": L(USER_ID, UID), "oturum": rid(rng), "hedise": [
                ev("derzi_qeyd", 1), ev("ekran", 2, ekran=L("BerziGrafik", USAGE))]}),
    ]


def berzbejn_sdks() -> list[Case]:
    rng = random.Random(29042)
    return [
        mc_batch(APP, rng, [("Dose Logged", {"dose": L(0.9, MED)}),
                            ("Chart Viewed", {"months": 24})]),
        mc_queue(APP, rng, [("Height Entered", {"height": L(119.4, FIT)}),
                            ("Reminder Set", {"at": "20:30"})]),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "refill_ordered", {"pens": 4}, revenue=180.0, hashed=True),
        cd_session(APP, rng, secs=276),
        fn_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("growth-hormone", MED)}, hdr=True),
        pt_register(APP, rng, tags={"clinic": CLINIC["id"], "derzi_saete": "20:30"}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "Cewlig Cocuk Buyume Klinigi", "behavior.search",
                   near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "igf1_sonuc.pdf", "application/pdf"),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "180.00"),
    ]
