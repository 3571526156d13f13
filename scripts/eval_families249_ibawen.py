"""A G6PD-deficiency (favism) family app "Ibawen" (lit. "fava beans"; run by the paediatric
haematology unit in Tizi Ouzou with a parents' association: the child's card, what he must not
eat or take, episodes, appointments and results; their son Aksil was diagnosed at three after a
haemolysis at his grandmother's in the bean season; she was screened as a carrier). Its API's
keys are Kabyle, ASCII-folded, with the French medical words parents use: ``isem`` first name,
``isem_n_twacult`` family name, ``imayl`` e-mail, ``tilifun`` phone, ``tangalt_tuffirt``
password (lit. "secret code"), ``ass_n_tlalit`` birthday, ``assagh`` relationship (``yemma``
mother), ``agrud`` child, ``tawsit`` sex (``aqcic`` boy), ``uttun_n_tegnit`` national number,
``afaylu`` hospital file, ``tazayt`` weight, ``agraw_n_idammen`` blood group, ``lehlak`` the
condition, ``aswir`` level (the enzyme activity), ``asafar`` medicine, ``tagulla`` food,
``tedyant`` episode, ``ibezdan`` urine, ``awragh`` jaundice (lit. "yellow"), ``tawla`` fever,
``ayen_yecca`` what he ate, ``tamlilit`` appointment, ``amejjay`` doctor, ``igmad`` results,
``asekyed`` screening (lit. "check"), ``tabrat`` letter, ``aghurbaz`` school, ``anelmad`` pupil,
``izen`` message, ``adeg`` place, ``tidyanin`` events: the parent's sign-up, an SMS code,
``/amaghnu``, Aksil's record (his national number, file, weight, blood group, enzyme level), his
emergency card by file number in the path, a medicine check (a search), a food barcode, an
episode report (dark urine, jaundice, the beans), a protobuf symptom diary beat, an offline
diary (msgpack), his medicines, a clinic appointment, a check-in at the unit with her fix, his
blood counts, a private lab's result photo, her own carrier screening, the family history
(gzip), the school letter with the list of foods and medicines, a message to the haematologist,
sharing with her husband, push and events by session cookie. New: "g6pd", "favism", "fava"
matched no docstring."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families249_kit import (
    DOCTOR,
    HUSBAND,
    SCHOOL,
    SON,
    TO_HOME_AT,
    UNIT,
    UNIT_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families249_sdk import as_batch, as_pixel, as_queue, cz_session, tu_launch
from eval_families249_svc import ca_check, ft_eval, ha_attach, mt_geocode, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ibawen", "Ibawen", "com.example.ibawen", "3.0.6", "https://api.ibawen.example.net")
IID = "X-Ibawen-Ibenk"
PW = "Aksil2018*Tizi"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ibawen() -> list[Case]:
    rng = random.Random(24931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imayl=L(EMAIL, MAIL), arrac=[L(SON["file"], MED)],
                                    assagh="yemma"))}
    ula, ulo = fix(UNIT_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SON["file"], MED)), (2, 1768380000),
               (3, [(1, L(2, MED)), (2, L(37.9, MED)), (3, L(0, MED))]),
               (4, "3.0.6")], "", lab)
    card = at_path(case(f, f"{a}/v1/arrac/{SON['file']}/takarda", headers=_h(rng, **b),
                        query={"amasal": "pdf", "tutlayt": L("fr", DEV)}), SON["file"], MED)
    return [
        case(f, f"{a}/v1/ajerred", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "isem_n_twacult": L(LAST, NAMEC), "imayl": L(EMAIL, MAIL),
            "tilifun": L(E164, TEL), "tangalt_tuffirt": L(PW, CRED), "assagh": "yemma",
            "tutlayt": L("en", DEV)}),
        case(f, f"{a}/v1/tuqqna/sms", fmt="form", headers=_h(rng), body={
            "tilifun": L(E164, TEL), "tangalt": L("390574", CRED)}),
        case(f, f"{a}/v1/amaghnu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/arrac", headers=_h(rng, **b), body={
            "agrud": {"isem": L(SON["first"], NAMEC), "isem_n_twacult": L(SON["last"], NAMEC),
                      "ass_n_tlalit": L(SON["dob"], BIRTH), "tawsit": L(SON["sex"], GENDER),
                      "uttun_n_tegnit": L(SON["nin"], NID), "afaylu": L(SON["file"], MED),
                      "tazayt": L(22.5, FIT), "agraw_n_idammen": L("O+", MED)},
            "lehlak": L("deficit en G6PD", MED), "aswir": L("1.2 U/g Hb", MED),
            "anaw": L("classe III", MED), "amejjay": UNIT["id"]}),
        card,
        case(f, f"{a}/v1/asafar/asekyed", headers=_h(rng, **b), query={
            "asafar": L("Doliprane sirop", f"{SEARCH}|{MED}"), "afaylu": L(SON["file"], MED)}),
        case(f, f"{a}/v1/tagulla/barcode", headers=_h(rng, **b), query={
            "ean": "6130234001127", "tasuta": "5"}),
        case(f, f"{a}/v1/tedyant", headers=_h(rng, **b), body={
            "afaylu": L(SON["file"], MED), "azemz": "2026-04-18",
            "ibezdan": L("aberkan am latay", MED), "awragh": L(True, MED),
            "tawla": L(38.4, MED), "ayen_yecca": L(
                "Yecca ibawen yettwasben ɣer yemma-s n baba-s deg taddart, ur nezri ara",
                f"{TEXT}|{MED}"),
            "asafar": [L("acide folique", MED)]}),
        raw(f, f"{a}/v1/tedyant/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/adlis_n_wass", fmt="msgpack", headers=_h(rng, **b), body={
            "afaylu": L(SON["file"], MED), "tira": [
                {"ass": "2026-04-19", "ibezdan": L(2, MED), "tawla": L(37.6, MED)},
                {"ass": "2026-04-20", "ibezdan": L(1, MED), "tawla": L(36.9, MED)}],
            "ibenk": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/isafaren", headers=_h(rng, **b), body={
            "afaylu": L(SON["file"], MED), "isafaren": [
                {"isem": L("acide folique 5 mg", MED), "tikkal": "1/ass"},
                {"isem": L("paracetamol 250 mg", MED), "tikkal": "ma yella tawla"}],
            "lalirji": L("ulac", MED)}),
        case(f, f"{a}/v1/tamlilit", headers=_h(rng, **b), body={
            "afaylu": L(SON["file"], MED), "azemz": "2026-04-21T09:30", "amejjay": "dr_oukaci",
            "ssebba": L("akken ad yettwaskyed NFS deffir n tedyant", MED),
            "tamlilit": obj(rng, "tml")}),
        case(f, f"{a}/v1/tamlilit/anekcum", headers=_h(rng, **b), body={
            "tamlilit": obj(rng, "tml"), "adeg": {"lat": ula, "lng": ulo, "tiseddi": 10},
            "tazeqqa": {"id": UNIT["id"], "lat": UNIT["lat"], "lng": UNIT["lon"]}}),
        case(f, f"{a}/v1/igmad", headers=_h(rng, **b), query={
            "afaylu": L(SON["file"], MED), "anaw": "NFS", "seg": "2026-01-01"}),
        multipart(f, f"{a}/v1/igmad/tawlaft", [
            ("tawlaft", "nfs_labo.jpg", "image/jpeg", L(JPEG + b"\x5a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "afaylu": L(SON["file"], MED), "labo": "Laboratoire Ssaḥa (Tizi Ouzou)",
                "hemoglobine": L(9.8, MED), "reticulocytes": L("4.1 %", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/asekyed/yemma", headers=_h(rng, **b), body={
            "assagh": "yemma", "isem": L(f"{FIRST} {LAST}", NAMEC),
            "agmud": L("heterozygote (porteuse)", MED), "aswir": L("5.6 U/g Hb", MED),
            "azemz": "2021-11-08"}),
        case(f, f"{a}/v1/tawacult", gz=True, headers=_h(rng, **b), body={
            "afaylu": L(SON["file"], MED), "amezruy": [
                {"assagh": "xali-s", "lehlak": L("favisme", MED)},
                {"assagh": "baba-s", "lehlak": L("ulac", MED)}]}),
        multipart(f, f"{a}/v1/tabrat/aghurbaz", [
            ("tabrat", "tabrat_aghurbaz.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "aghurbaz": SCHOOL["id"], "lqism": SCHOOL["class"],
                "anelmad": {"isem": L(KID, NAMEC), "uttun": L(SON["pupil"], UID)},
                "tagulla_yettwagedlen": [L("ibawen", MED), L("lhenni", MED)],
                "asafar_yettwagedlen": [L("aspirine", MED), L("sulfamides", MED)]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/izen", headers=_h(rng, **b), body={
            "i": {"isem": L(DOCTOR[0], NAMEC), "imayl": L(DOCTOR[1], MAIL)},
            "izen": L("Tabibt, Aksil yettɛeyyu ass-a, udem-is d awraɣ cwiṭ, ad d-nas azekka?",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/beddu", headers=_h(rng, **b), body={
            "afaylu": L(SON["file"], MED), "i": {"isem": L(HUSBAND[0], NAMEC),
                                                 "tilifun": L(HUSBAND[1], TEL)},
            "izerfan": ["takarda", "tamlilit", "igmad"]}),
        case(f, f"{a}/v1/ibenk", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tidyanin", headers=_h(rng, how="none"), cookies={
            "ib_sid": L(opaque(rng, "", 40), CRED), "ib_dev": L(INSTALL_ID, DID)}, body={
            "aseqdac": L(USER_ID, UID), "tidyanin": [
                ev("takarda_teldi", 1), ev("agdil", 2, agdil=L("Tedyant", USAGE))]}),
    ]


def ibawen_sdks() -> list[Case]:
    rng = random.Random(24932)
    return [
        as_batch(APP, rng, [("Episode Logged", {"jaundice": L(True, MED)}),
                            ("Card Opened", {})]),
        as_queue(APP, rng, [("Diary Entry", {"urine": L(2, MED)}),
                            ("Medicine Checked", {"safe": False})]),
        as_pixel(APP, rng, "Food Scanned", {"safe": True}),
        tu_launch(APP, rng, first=True, user=True),
        cz_session(APP, rng, secs=388),
        ft_eval(APP, rng, {"unit": UNIT["id"], "program": L("g6pd", MED)}, hdr=True),
        pl_register(APP, rng, tags={"unit": UNIT["id"], "reminders": True}),
        ca_check(APP, rng, {"analytics": True, "research": False}),
        mt_geocode(APP, rng, "pharmacie de garde Tizi Ouzou", SEARCH, near=TO_HOME_AT, nd=2),
        ha_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "compte_rendu_hemato.pdf",
                  "application/pdf"),
    ]
