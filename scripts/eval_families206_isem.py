"""An Amazigh association's name and birth-registration helper "Isemnu" (isem inu "my name"):
members look up Amazigh first names and their meaning, prepare the birth declaration for the
civil registry, follow the record and appeal when a registrar refuses a name; it also sells
Yennayer dinner tickets and enrols children in a Tifinagh class. She uses it for their son Yuba
(born 18 November 2025) and their daughter's class. Keys are Central Atlas Tamazight in Latin
letters with loans: ``isem`` name, ``isem_n_twacult`` family name, ``imayl`` e-mail, ``tilifun``
phone, ``awal_uffir`` password, ``ass_n_tlalit`` birth date, ``adeg_n_tlalit`` birthplace,
``arba`` boy, ``tawsit`` sex, ``tazayt`` weight, ``baba`` father, ``yemma`` mother,
``uttun_n_tanttit`` identity number, ``tamagit`` identity (ethnic: ``amazigh``),
``adlis_n_twacult`` family booklet, ``lhala_lmadaniya`` civil status (loan), ``tagharast``
appeal / complaint, ``anamek`` meaning, ``ismawn`` names, ``tamesmunt`` association, ``aggay``
member, ``azal`` amount, ``axelles`` payment, ``tamsirt`` class, ``timlilit`` gathering (event),
``tikkelt`` ticket, ``tabrat`` message, ``anadi`` search, ``aduwar`` village, ``tawlaft`` photo,
``asiggel`` the registry's queue (a coinage), ``adris`` text, ``allal`` device, ``nekk`` me,
``tidyanin`` events, ``tasna`` screen, ``tutlayt_n_uxxam`` home language, ``tanaslit``
nationality, ``adlis``/``adlisn`` document/documents, ``tira`` writing (Tifinagh), ``amsjjel`` registrar,
``sbitar`` hospital and ``lmaktab`` office (loans), ``azen`` send, ``tasghelt`` petition and
``nekk_d`` "I am" (``tamyawast n izerfan imazighen``, my coinage for "Amazigh-rights
activist"), ``amekli`` meal, ``arraw`` children, ``asggas`` year, ``zeg``/``ar`` from/to. Sets with a
newborn (a maternity's follow-up, a baby's vaccination card) exist; none prepares a civil
registration or a contested first name (docstring grep: "birth declaration", "name
registration", "baby name" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    PRECISE,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families206_kit import (
    ASSOC,
    ASSOC_MEMBER,
    DAUGHTER,
    HUSBAND,
    LIVRET,
    REGISTRY,
    RES_CARD,
    SON,
    hd,
    obj,
    push,
)
from eval_families206_sdk import bt_bid, ca_crash, ca_crumb, sz_batch, sz_identify, ta_event
from eval_families206_svc import cg_save, ha_message, pf_register, pm_card, pm_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("isemnu", "Isemnu", "com.example.isemnu", "1.2.5", "https://api.isemnu.example.org")
IID = "X-Isemnu-Allal"
PW = "Yuba&Itto2025"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
ACT = SON["act"].replace("/", "-")  # the birth record number as the API writes it in paths
REG_FIX = (32.937412, -5.667128)  # her phone in the civil registry's queue


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, tz=True, **kw)


def isemnu() -> list[Case]:
    rng = random.Random(20641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imayl=L(EMAIL, MAIL), aggay=L(ASSOC_MEMBER, UID)))}
    draft = obj(rng, "dr")
    lab: dict[str, str] = {}
    queue = pb([(1, L(ASSOC_MEMBER, UID)), (2, "Q-0412"), (3, 1764547200),
                (4, [(1, L(REG_FIX[0], PRECISE)), (2, L(REG_FIX[1], PRECISE))]),
                (5, L(38, DEV))], "", lab)
    record = at_path(case(f, f"{a}/api/v1/lhala/{ACT}", headers=_h(rng, **b)), ACT, NID)
    return [
        case(f, f"{a}/api/v1/aggay", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "isem_n_twacult": L(LAST, NAMEC),
            "imayl": L(EMAIL_MIXED, MAIL), "tilifun": L(E164, TEL), "awal_uffir": L(PW, CRED),
            "ass_n_tlalit": L(DOB, BIRTH), "aduwar": L("Tighza", COARSE),
            "tutlayt_n_uxxam": L("tamazight", SENS), "aggay": L(ASSOC_MEMBER, UID),
            "tamesmunt": ASSOC["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "isemnu-android"}),
        case(f, f"{a}/api/v1/nekk", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/ismawn", headers=_h(rng, **b), query={
            "anadi": L("Yuba", SEARCH), "tawsit": "arba"}),
        case(f, f"{a}/api/v1/ismawn/anamek", headers=_h(rng, **b), query={
            "isem": L("Yuba", SEARCH), "tira": "tifinagh"}),
        case(f, f"{a}/api/v1/tlalit", headers=_h(rng, **b), body={
            "arba": {"isem": L(SON["first"], NAMEC), "isem_n_twacult": L(SON["last"], NAMEC),
                     "ass_n_tlalit": L(SON["dob"], BIRTH), "tawsit": L(SON["sex"], GENDER),
                     "adeg_n_tlalit": L("Khenifra", COARSE), "tazayt_kg": L(SON["kg"], MED),
                     "sbitar": "hp_khenifra"},
            "baba": {"isem": L(HUSBAND[0], NAMEC), "uttun_n_tanttit": L(HUSBAND[2], NID),
                     "tamagit": L("amazigh", SENS)},
            "yemma": {"isem": L(f"{FIRST} {LAST}", NAMEC), "uttun_n_tanttit": L(RES_CARD, NID),
                      "tanaslit": "US"},
            "adlis_n_twacult": L(LIVRET, NID), "lmaktab": REGISTRY["id"], "draft": draft}),
        multipart(f, f"{a}/api/v1/tlalit/{draft}/adlisn", [
            ("avis", "avis_naissance.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("livret", "adlis_n_twacult.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"draft": draft,
                                                "adlis_n_twacult": L(LIVRET, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tlalit/{draft}/azen", fmt="form", headers=_h(rng, **b), body={
            "lmaktab": REGISTRY["id"], "ass": "2025-12-01", "aggay": L(ASSOC_MEMBER, UID)}),
        raw(f, f"{a}/api/v1/asiggel", queue, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        record,
        case(f, f"{a}/api/v1/tagharast", headers=_h(rng, **b), body={
            "draft": draft, "lmaktab": REGISTRY["id"],
            "awal": L(f"Amsjjel ur yqbil isem n memmi {KID}, inna ur illi g lista. Isem amazigh "
                      "ay t yella, nra ad t nsjjel.", f"{TEXT}|{NAMEC}|{SENS}")}),
        case(f, f"{a}/api/v1/tasghelt", fmt="form", headers=_h(rng, **b), body={
            "tasghelt": "pt_ismawn_2025", "isem": L(f"{FIRST} {LAST}", NAMEC),
            "uttun_n_tanttit": L(RES_CARD, NID), "aduwar": L("Tighza", COARSE),
            "tamagit": L("amazigh", SENS), "nekk_d": L("tamyawast n izerfan imazighen", SENS)}),
        case(f, f"{a}/api/v1/axelles", fmt="form", headers=_h(rng, **b), body={
            "azal": L("100", BUY), "tadrimt": "MAD", "aggay": L(ASSOC_MEMBER, UID),
            "metodi": L(opaque(rng, "pm_", 24), PAY), "asggas": "2026"}),
        case(f, f"{a}/api/v1/tamsirt", headers=_h(rng, **b), body={
            "tamsirt": "tifinagh_7_9", "isem": L(DAUGHTER["first"], NAMEC),
            "isem_n_twacult": L(DAUGHTER["last"], NAMEC),
            "ass_n_tlalit": L(DAUGHTER["dob"], BIRTH), "azal": L(60, BUY)}),
        case(f, f"{a}/api/v1/timlilit/yennayer-2976", headers=_h(rng, **b), body={
            "tikkelt": L("YN2976-00231", BUY), "imdanen": 4, "azal": L(320, BUY),
            "amekli": ["seksu", "tagulla"]}),
        case(f, f"{a}/api/v1/tira", headers=_h(rng, **b), query={
            "adris": L(KID, NAMEC), "zeg": "latn", "ar": "tfng"}),
        case(f, f"{a}/api/v1/tabrat", headers=_h(rng, **b), body={
            "i": "avocat_tamesmunt",
            "tabrat": L(f"Uttun n tanttit n Hammou d {HUSBAND[2]}, adlis n twacult {LIVRET}",
                        f"{TEXT}|{NID}|{NAMEC}")}),
        multipart(f, f"{a}/api/v1/tawlaft", [
            ("tawlaft", "yuba_40_ussan.jpg", "image/jpeg", L(JPEG + b"\x53", MEDIA)),
            ("meta", None, "application/json", {"awal": L("Yuba ighra 40 n wussan", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ismawn/inu", headers=_h(rng, how="none"), cookies={
            "is_sesyu": L(opaque(rng, "", 40), CRED), "is_allal": L(INSTALL_ID, DID),
            "is_req": rid(rng)}),
        case(f, f"{a}/api/v1/allalen", headers=_h(rng, **b), body=push(push_token(rng), "tzm_MA")),
        case(f, f"{a}/api/v1/tidyanin", gz=True, headers=_h(rng, **b), body={
            "anessemres": L(USER_ID, UID), "tidyanin": [
                ev("tlalit_tettwazen", 1), ev("tasna", 2, tasna=L("Ismawn", USAGE))]}),
        case(f, f"{a}/api/v1/ffegh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "allal": L(INSTALL_ID, DID)}),
    ]


def isemnu_sdks() -> list[Case]:
    rng = random.Random(20642)
    return [
        sz_batch(APP, rng, [("Name Looked Up", {}), ("Declaration Sent", {})]),
        sz_identify(APP, rng, {"aduwar": L("Tighza", COARSE), "aggay": L(ASSOC_MEMBER, UID),
                               "arraw": 2}),
        ta_event(APP, rng, "membership", {"asggas": "2026"}, revenue=100.0, hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="baby,names,family"),
        ca_crash(APP, rng, ("java.io.IOException", "upload aborted"),
                 [ca_crumb("nav", "Tlalit -> Adlisn"), ca_crumb("tap", "send_button")],
                 screen="UploadActivity"),
        pf_register(APP, rng, lang="tzm", tags={"tamesmunt": ASSOC["id"]}),
        cg_save(APP, rng, {"analytics": True, "marketing": False}),
        pm_card(APP, rng, email=True),
        pm_confirm(APP, rng, "100.00"),
        ha_message(APP, rng, L(f"Lmaktab ur yqbil isem n {KID}, ma ad skregh?",
                               f"{TEXT}|{NAMEC}"), {"aggay": L(ASSOC_MEMBER, UID)}),
    ]
