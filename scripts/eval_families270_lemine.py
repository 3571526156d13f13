"""A hospital's children's surgery ward parent app "Lemineso" (Kayes; Sidi's appendicectomy; its
API's keys are Soninke, ASCII-folded, with French loans as a Kayes developer writes them:
``toxo`` first name, ``kabila_toxo`` surname (clan name), ``telefoni``, ``imeeli``, ``sirru``
password (lit. secret), ``naysansi_kiye`` birth date (loan + ``kiye`` day), ``yugo_yaxare`` sex
(``yugo`` man/boy, ``yaxare`` woman), ``lemine``/``lemunu`` child/children, ``ma``/``baba``
mother/father, ``kartidantite`` ID card, ``adiresi``, ``debe`` town, ``kartiye`` quarter,
``dosiye`` hospital file number, ``maladi`` illness, ``operasiyon`` surgery, ``dawa`` medicine,
``tampe`` temperature, ``eva`` pain score (the French clinical scale), ``kilo`` weight,
``yigande`` food, ``ji`` water, ``xibaare`` message, ``safande`` note, ``wisiti`` visit,
``kiye``/``waxati`` day/time, ``xaalisi`` amount, ``sara`` payment, ``resu`` receipt, ``foto``,
``xarala`` school, ``asirans`` health-insurance number, ``aparey`` device): the parent's sign-up,
a log-in, ``/ndi``, linking Sidi (his birth-certificate number), his file by hospital number in
the path, the admission (fever, pain score, weight), the surgery consent (a signature), the
medicines, a protobuf post-op diary, a wound photo, a message to the surgeon, visitor passes for
her husband and sister-in-law, the deposit, the invoice by cookie, a check-in at the ward, the
meals (msgpack), the discharge summary (gzip), the follow-up appointment, a school absence
certificate, a search, push, events and a token refresh."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families270_kit import (
    DOSSIER,
    HOSPITAL,
    HOSPITAL_FIX,
    HUSBAND,
    KY_HOME,
    KY_HOME_AT,
    RESIDENCE,
    SIL,
    SON,
    SURGEON,
    fix,
    hd,
    obj,
    push,
)
from eval_families270_sdk import (
    jt_event,
    jt_launch,
    tk_batch,
    tk_identify,
    wc_crash,
    wc_crumb,
    wc_session,
)
from eval_families270_svc import (
    bc_message,
    kf_eval,
    km_route,
    sc_save,
    xl_card,
    xl_confirm,
    xp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lemineso", "Lemineso", "com.example.lemineso", "2.4.1",
          "https://api.lemineso.example.org")
IID = "X-Lemineso-Aparey"
PW = "Sidi2017!Kayes"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def lemineso() -> list[Case]:
    rng = random.Random(27011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeeli=L(EMAIL, MAIL), lemunu=[L(DOSSIER, MED)],
                                    role="ma"))}
    hla, hlo = fix(HOSPITAL_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(DOSSIER, MED)), (2, 1769241600),
                (3, [(1, L(37.4, MED)), (2, L(3, MED)), (3, L("paracetamol 250 mg", MED))]),
                (4, L(400, MED)), (5, "2.4.1")], "", lab)
    file_ = at_path(case(f, f"{a}/api/v1/lemunu/{DOSSIER}/dosiye", headers=_h(rng, **b)),
                    DOSSIER, MED)
    return [
        case(f, f"{a}/api/v1/sere", headers=_h(rng), body={
            "toxo": L(FIRST, NAMEC), "kabila_toxo": L(LAST, NAMEC), "telefoni": L(E164, TEL),
            "imeeli": L(EMAIL_MIXED, MAIL), "sirru": L(PW, CRED), "naysansi_kiye": L(DOB, BIRTH),
            "yugo_yaxare": L("yaxare", GENDER), "kartidantite": L(RESIDENCE, NID),
            "adiresi": L(KY_HOME["line"], ADDR), "kartiye": L(KY_HOME["area"], COARSE),
            "debe": L(KY_HOME["town"], COARSE), "xanne": L("fr", DEV)}),
        case(f, f"{a}/api/v1/sere/duguri", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "sirru": L(PW, CRED), "aparey": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/ndi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/lemunu", headers=_h(rng, **b), body={
            "toxo": L(SON["first"], NAMEC), "kabila_toxo": L(SON["last"], NAMEC),
            "naysansi_kiye": L(SON["dob"], BIRTH), "yugo_yaxare": L(SON["sex"], GENDER),
            "acte": L(SON["acte"], NID), "dosiye": L(DOSSIER, MED),
            "ma": L(f"{FIRST} {LAST}", NAMEC),
            "baba": {"toxo": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)}}),
        file_,
        case(f, f"{a}/api/v1/admisiyon", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "hopital": HOSPITAL["id"], "salle": "ped-2",
            "kompe": "12", "maladi": L("apandisiti", MED), "tampe": L(38.9, MED),
            "eva": L(7, MED), "kilo": L(24.5, FIT), "asirans": L("AMO-KY-5520917", MED),
            "allerji": L("ayi", MED), "kiye": "2026-01-22", "waxati": "06:40"}),
        multipart(f, f"{a}/api/v1/operasiyon/yamirandi", [
            ("signature", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("safande", None, "application/json", {
                "dosiye": L(DOSSIER, MED), "operasiyon": L("apandisektomi", MED),
                "anestezi": L("jeneral", MED), "toxo": L(f"{FIRST} {LAST}", NAMEC),
                "lemine_toxo": L(KID, NAMEC), "relasiyon": "ma"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/dawa", headers=_h(rng, **b), query={
            "dosiye": L(DOSSIER, MED), "aktif": "1"}),
        raw(f, f"{a}/api/v1/suivi", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/foto", [
            ("foto", "blesi_kiye3.jpg", "image/jpeg", L(JPEG + b"\x27", f"{MEDIA}|{MED}")),
            ("safande", None, "application/json", {
                "dosiye": L(DOSSIER, MED), "kiye": 3,
                "safande": L("A little red around the stitches, no pus", f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/xibaare", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"),
            "to": {"toxo": L(SURGEON[0], NAMEC), "imeeli": L(SURGEON[1], MAIL)},
            "xibaare": L("Doctor, Sidi vomited twice since this morning and will not eat. Is it "
                         "normal two days after the operation?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/wisiti", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "kiye": "2026-01-24",
            "wisitinu": [{"toxo": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
                         {"toxo": L(SIL[0], NAMEC), "telefoni": L(SIL[1], TEL)}]}),
        case(f, f"{a}/api/v1/sara", fmt="form", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "xaalisi": L("85000", BUY), "devise": "XOF",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "karti_laban": L("4444", PAY),
            "resu": L("RC-26-00741", BUY)}),
        case(f, f"{a}/api/v1/fakiture/laban", headers=_h(rng, how="none"), cookies={
            "lm_sesiyon": L(opaque(rng, "", 40), CRED), "lm_aparey": L(INSTALL_ID, DID),
            "lm_req": rid(rng)}),
        case(f, f"{a}/api/v1/check_in", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "dingira": {"lat": hla, "lon": hlo, "acc": 9},
            "hopital": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lon": HOSPITAL["lon"]},
            "salle": "ped-2"}),
        case(f, f"{a}/api/v1/yigande", fmt="msgpack", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "rejim": L("liquides seulement", MED),
            "yigande": [{"item": "bouillie_mil", "qty": 2}, {"item": "ji_sukaro", "qty": 1}],
            "xaalisi": L(1500, BUY)}),
        case(f, f"{a}/api/v1/sortie", gz=True, headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "lemine_toxo": L(KID, NAMEC),
            "maladi": L("appendicite aigue non compliquee", MED),
            "operasiyon": L("appendicectomie 2026-01-22", MED),
            "dawa": [L("amoxicilline 500 mg x3/j 5j", MED), L("paracetamol 250 mg si eva>3", MED)],
            "kontrol": "2026-02-02", "doxoto": L(SURGEON[0], NAMEC)}),
        case(f, f"{a}/api/v1/randevu", fmt="form", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "kiye": "2026-02-02", "waxati": "09:30",
            "konsultasiyon": L("controle post-operatoire", MED)}),
        case(f, f"{a}/api/v1/seede/xarala", headers=_h(rng, **b), body={
            "lemine_toxo": L(KID, NAMEC), "naysansi_kiye": L(SON["dob"], BIRTH),
            "xarala": "Ecole fondamentale Legal Segou A", "kalasi": "CE2",
            "from": "2026-01-21", "to": "2026-02-04", "sababu": L("operasiyon", MED)}),
        case(f, f"{a}/api/v1/fiiri", headers=_h(rng, **b), query={
            "q": L("pharmacie de garde Kayes ce soir", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/aparey", headers=_h(rng, **b), body=push(push_token(rng), "fr_ML")),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "sere": L(USER_ID, UID), "events": [
                ev("diary_saved", 1, dosiye=L(DOSSIER, MED)),
                ev("screen", 2, screen=L("SuiviOperasiyon", USAGE))]}),
        case(f, f"{a}/api/v1/sere/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID)}),
    ]


def lemineso_sdks() -> list[Case]:
    rng = random.Random(27012)
    return [
        tk_batch(APP, rng, [("Diary Saved", {"day": 2}),
                            ("Deposit Paid", {"amount": L(85000, BUY)})],
                 at=HOSPITAL_FIX, nd=2, locale="fr_ML"),
        tk_identify(APP, rng, {"debe": L("Kayes", COARSE), "lemunu": 1, "role": "ma"}),
        jt_launch(APP, rng, first=True),
        jt_event(APP, rng, "purchase", {"ward": "ped-2"}, revenue=85000.0),
        wc_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [wc_crumb("nav", "Suivi -> Foto"),
                  wc_crumb("net", "POST", {"url": f"{APP.api}/api/v1/suivi", "status": 201})],
                 screen="FotoActivity"),
        wc_session(APP, rng, secs=388),
        kf_eval(APP, rng, {"ward": "ped-2", "lang": L("fr", DEV)}),
        xp_register(APP, rng, lang="fr", tags={"hopital": HOSPITAL["id"]}),
        sc_save(APP, rng, {"analytics": True, "marketing": False}),
        xl_card(APP, rng),
        xl_confirm(APP, rng, "85000"),
        km_route(APP, rng, [(KY_HOME_AT, "location.precise"),
                            ((HOSPITAL["lat"], HOSPITAL["lon"]), None)]),
        bc_message(APP, rng, L(f"The deposit for {KID} was taken twice from my card",
                               f"{TEXT}|{NAMEC}"), {"dosiye": L(DOSSIER, MED)}),
    ]
