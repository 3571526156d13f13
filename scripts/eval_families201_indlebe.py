"""Paediatric ear, nose and throat clinic app "Indlebe" (indlebe: ear; Thabani's snoring, ear
infections and an adenotonsillectomy in Bulawayo: the child's data; its API's keys are
isiNdebele: ``umzali`` parent, ``umntwana`` / ``abantwana`` child(ren), ``ibizo`` /
``isibongo``, ``imeyili``, ``ucingo``, ``iphasiwedi``, ``ikhodi`` code, ``inombolo_yesitupa``
ID number, ``usuku_lokuzalwa``, ``ubulili`` (``umfana`` boy), ``inombolo_yefayela`` file
number, ``inombolo_yemedical_aid`` medical-aid number, ``imibuzo`` questionnaire, ``ukuhona``
snoring, ``ukuphefumula`` breathing, ``izifo_zendlebe`` ear infections, ``ialeji`` allergies,
``imithi`` medicines, ``isisindo`` weight, ``ubude`` height, ``ukuzwa`` hearing, ``izikhathi``
slots, ``ukubhuka`` booking, ``uhlobo`` kind, ``imbadalo`` payment, ``ukufika`` check-in,
``imvume`` consent, ``ukuhlinzwa`` operation, ``ukululama`` recovery, ``umlayezo`` message,
``incwadi`` letter, ``isizatho`` reason, ``isicelo`` claim, ``ikhodi_yesifo`` diagnosis code,
``ukwabelana`` sharing, ``ukudinga`` search, ``izehlakalo`` events).

Calls: the parent's sign-up (her ID number), an SMS code, ``/mina`` with Thabani's file in a
claim, Thabani registered (his ID number, file and medical-aid numbers), the questionnaire
(gzip), a school hearing-screen PDF, slots, the booking, the payment, the check-in (5 decimals),
the consent signature, a protobuf recovery diary, a message to the nurse, a video room, the
medicines, a school sick note, the invoices by file number in the path, a medical-aid claim,
sharing with her husband, a search, push and events with a session cookie. No earlier set has
an ENT clinic for a child's tonsils or adenoids (a docstring grep for "tonsil", "adenoid" and
"sleep apnoea" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    GENDER,
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
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families201_kit import (
    ENT,
    ENT_FIX,
    FILE_NO,
    HOME_AT,
    HUSBAND,
    MEDAID,
    MY_ID,
    SON,
    ZW_MOBILE,
    fix,
    hd,
    idivayisi,
    obj,
)
from eval_families201_sdk import ab_launch, cs_session, sg_batch, sg_queue
from eval_families201_svc import cm_check, fm_eval, hu_attach, mp_geocode, pi_card, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("indlebe", "Indlebe", "com.example.indlebe", "2.2.5", "https://api.indlebe.example.com")
IID = "X-Indlebe-Device"
PW = "Thabani2018#Ent"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
SON_MEDAID = MEDAID[:-2] + "02"  # Thabani as her dependant (id.user)
ME = f"{FIRST} {LAST}"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def indlebe() -> list[Case]:
    rng = random.Random(20141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), abantwana=[L(FILE_NO, MED)],
                                    role="umzali"))}
    ela, elo = fix(ENT_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE_NO, MED)), (2, 1775520000),
                (3, [(1, L(3, MED)), (2, L(37.9, MED)), (3, L("paracetamol 250 mg", MED))]),
                (4, "2.2.5")], "", lab)
    inv = at_path(case(f, f"{a}/v1/abantwana/{FILE_NO}/ama-invoice", headers=_h(rng, **b)),
                  FILE_NO, MED)
    return [
        case(f, f"{a}/v1/abazali", headers=_h(rng), body={
            "ibizo": L(FIRST, NAMEC), "isibongo": L(LAST, NAMEC), "imeyili": L(EMAIL, MAIL),
            "ucingo": L(ZW_MOBILE, TEL), "iphasiwedi": L(PW, CRED),
            "inombolo_yesitupa": L(MY_ID, NID), "ulimi": "en"}),
        case(f, f"{a}/v1/ukungena/sms", fmt="form", headers=_h(rng), body={
            "ucingo": L(ZW_MOBILE, TEL), "ikhodi": L("918204", CRED)}),
        case(f, f"{a}/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/abantwana", headers=_h(rng, **b), body={
            "ibizo": L(SON["first"], NAMEC), "isibongo": L(SON["last"], NAMEC),
            "usuku_lokuzalwa": L(SON["dob"], BIRTH), "ubulili": L(SON["sex"], GENDER),
            "inombolo_yesitupa": L(SON["id"], NID), "inombolo_yefayela": L(FILE_NO, MED),
            "inombolo_yemedical_aid": L(SON_MEDAID, UID), "ubudlelwane": "umama"}),
        case(f, f"{a}/v1/imibuzo", gz=True, headers=_h(rng, **b), body={
            "inombolo_yefayela": L(FILE_NO, MED), "ukuhona": L(True, MED),
            "ukuphefumula": L("uyama ukuphefumula okwesikhatshana ebusuku", MED),
            "izifo_zendlebe": L(5, MED), "ialeji": [L("penicillin", MED)],
            "imithi": [L("cetirizine 5 mg", MED)], "isisindo": L(23.5, FIT),
            "ubude": L(122, FIT), "isikolo": "grade 2"}),
        multipart(f, f"{a}/v1/ukuzwa", [
            ("umbiko", "hearing_screen.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"inombolo_yefayela": L(FILE_NO, MED),
                                                "indlebe": L("left, mild loss", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/izikhathi", headers=_h(rng, **b), query={
            "udokotela": "dr_0214", "usuku": "2026-04-14"}),
        case(f, f"{a}/v1/ukubhuka", headers=_h(rng, **b), body={
            "inombolo_yefayela": L(FILE_NO, MED), "isikhathi": "2026-04-14T09:30",
            "uhlobo": L("tonsils and adenoids review", MED), "udokotela": "dr_0214",
            "ukubhuka": obj(rng, "bk")}),
        case(f, f"{a}/v1/imbadalo", fmt="form", headers=_h(rng, **b), body={
            "inani": L("85.00", BUY), "imali": "USD", "indlela": L(opaque(rng, "pm_", 24), PAY),
            "okwamane_okucina": L("4444", PAY), "inombolo_yemedical_aid": L(MEDAID, UID)}),
        case(f, f"{a}/v1/ukufika", headers=_h(rng, **b), body={
            "lat": ela, "lng": elo, "ikliniki": {"id": ENT["id"], "lat": ENT["lat"],
                                                 "lng": ENT["lon"]}}),
        multipart(f, f"{a}/v1/imvume", [
            ("isiginesha", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28),
                                                            MEDIA)),
            ("meta", None, "application/json", {
                "inombolo_yefayela": L(FILE_NO, MED), "umzali": L(ME, NAMEC),
                "ukuhlinzwa": L("adenotonsillectomy", MED)})], headers=_h(rng, **b)),
        raw(f, f"{a}/v1/ukululama", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/umlayezo", headers=_h(rng, **b), body={
            "kuya": "nurse_desk",
            "umbhalo": L("UThabani uphuma igazi elincane emlonyeni kusukela izolo ntambama",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/ividiyo", headers=_h(rng, **b), body={
            "ukubhuka": obj(rng, "bk"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/imithi", headers=_h(rng, **b), query={
            "inombolo_yefayela": L(FILE_NO, MED), "ezisebenzayo": "true"}),
        case(f, f"{a}/v1/isikolo/incwadi", headers=_h(rng, **b), body={
            "umntwana": L(KID, NAMEC), "isikolo": "Hillside Junior School", "izinsuku": 10,
            "isizatho": L("recovering from tonsil surgery", MED)}),
        inv,
        case(f, f"{a}/v1/medical_aid/isicelo", headers=_h(rng, **b), body={
            "inombolo_yemedical_aid": L(MEDAID, UID), "umncedisi": L(SON_MEDAID, UID),
            "inani": L(420, BUY), "ikhodi_yesifo": L("J35.3", MED)}),
        case(f, f"{a}/v1/ukwabelana", headers=_h(rng, **b), body={
            "inombolo_yefayela": L(FILE_NO, MED),
            "kubani": {"ibizo_eliphelele": L(HUSBAND["name"], NAMEC),
                       "ucingo": L(HUSBAND["phone"], TEL)}, "okubonwayo": ["izikhathi"]}),
        case(f, f"{a}/v1/ukudinga", headers=_h(rng, **b), query={
            "q": L("ukudla okuthambileyo emva kokuhlinzwa amathonsela", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/idivayisi", headers=_h(rng, **b),
             body=idivayisi(push_token(rng), "en_ZW")),
        case(f, f"{a}/v1/izehlakalo", headers=_h(rng, how="none"), cookies={
            "ib_sid": L(opaque(rng, "", 40), CRED), "ib_dev": L(INSTALL_ID, DID)}, body={
            "umsebenzisi": L(USER_ID, UID), "izehlakalo": [
                ev("ukubhuka", 1), ev("isikrini", 2, isikrini=L("Ukululama", USAGE))]}),
    ]


def indlebe_sdks() -> list[Case]:
    rng = random.Random(20142)
    return [
        sg_batch(APP, rng, [("Booking Made", {"kind": L("ENT review", MED)}),
                            ("Deposit Paid", {"amount": L(85, BUY)})]),
        sg_queue(APP, rng, [("Diary Entry", {"pain": L(3, MED)}), ("Photo Skipped", {})]),
        ab_launch(APP, rng, first=True, user=True),
        cs_session(APP, rng, secs=604),
        fm_eval(APP, rng, {"ikliniki": ENT["id"], "uhlelo": "paeds"}, hdr=True),
        pk_register(APP, rng, tags={"ikliniki": ENT["id"]}),
        cm_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Suburbs Children's ENT Centre", SEARCH, near=HOME_AT, nd=2),
        hu_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "referral_letter.pdf", "application/pdf"),
        pi_card(APP, rng),
    ]
