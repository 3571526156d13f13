"""A children's drawing-and-painting workshop's parent app "Zanka Suura" (children's pictures:
Saturday classes at an art centre on the Plateau where Seyni, 8, draws and paints). Its API's keys
are Zarma, ASCII-folded, with French loans: ``hay_koy`` parent (lit. the one who gave birth),
``ize``/``izo`` child, ``izey`` children, ``maa`` first name, ``baaba_maa`` surname, ``hay_zaari``
birth date, ``hay_tira`` birth certificate, ``jinsi`` sex (``aru`` boy), ``izo_nimero`` his member
number, ``telefon`` phone, ``cawyan`` class (lit. learning), ``cawandikaw`` teacher, ``goray``
place in a class, ``handu`` month, ``nooru`` amount, ``banayan`` payment, ``gaa_baani`` health,
``alerji`` allergies, ``asma`` asthma, ``safari`` medicine, ``sabaabu`` reason, ``boro`` person,
``kaa`` arrival (lit. come), ``nongu`` place, ``suura`` picture, ``cebeyan`` exhibition (lit.
showing), ``jinay`` supplies, ``sanni`` message, ``ceeci`` search, ``hantum_koy`` signer, ``ay``
me. Calls: the parent's log-in (an OAuth password grant), ``/ay`` with an ``izey`` claim, enrolling
Seyni with his birth certificate, his pictures by member number in the path, the parent's address
(``adiresi``, ``komin`` commune), the classes, a Saturday place booked, the monthly fee, the health
form (gzip), an absence, a pick-up authorisation for his aunt, the check-in at the centre's gate, a
painting's photo, his photo for the member card, a message to the teacher, the end-of-term
exhibition consent, supplies, a search, the signed consent (PDF), push and events with a session
cookie. Children's judo (140), wrestling (180), scouts (156), a canoe programme (148) and a holiday
camp (157) exist; "drawing class" and "art class" matched nothing in a docstring grep."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families231_kit import (
    CENTRE,
    CENTRE_FIX,
    GROUP,
    NY_HOME,
    SISTER_IL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families231_sdk import bg_bid, cf_crash, cf_crumb, mk_batch, mk_identify, td_launch
from eval_families231_svc import co_card, co_confirm, cs_save, fb_eval, hb_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zankasuura", "Zanka Suura", "com.example.zankasuura", "2.2.5",
          "https://api.zankasuura.example.org")
IID = "X-ZS-Device"
PW = "Seyni2017!Plateau"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
CARD = "ZS-M-0148"  # Seyni's member number at the workshop (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def zankasuura() -> list[Case]:
    rng = random.Random(23141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), izey=[L(CARD, UID)],
                                    role="hay_koy"))}
    cla, clo = fix(CENTRE_FIX, 5)
    pics = at_path(case(f, f"{a}/v1/izey/{CARD}/suurey", headers=_h(rng, **b),
                        query={"handu": "2026-02"}), CARD, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "zankasuura-android"}),
        case(f, f"{a}/v1/ay", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/izey", headers=_h(rng, **b), body={
            "maa": L(SON["first"], NAMEC), "baaba_maa": L(SON["last"], NAMEC),
            "hay_zaari": L(SON["dob"], BIRTH), "jinsi": L(SON["sex"], GENDER),
            "hay_tira": L(SON["birthcert"], NID), "izo_nimero": L(CARD, UID),
            "hay_koy": {"maa": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
                        "dumi": "nya"}}),
        pics,
        case(f, f"{a}/v1/hay_koy/adiresi", headers=_h(rng, **b), body={
            "adiresi": L(NY_HOME["line"], ADDR), "kartiye": L(NY_HOME["area"], COARSE),
            "komin": L(NY_HOME["commune"], COARSE), "kwaara": L(NY_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/cawyan", headers=_h(rng, **b), query={
            "cawyan": GROUP["id"], "handu": "2026-02"}),
        case(f, f"{a}/v1/goray", headers=_h(rng, **b), body={
            "izo": L(CARD, UID), "cawyan": GROUP["id"], "zaari": GROUP["day"],
            "alwaati": GROUP["slot"], "nooru": L(15000, BUY)}),
        case(f, f"{a}/v1/banayan", fmt="form", headers=_h(rng, **b), body={
            "izo": L(CARD, UID), "handu": "2026-03", "nooru": L("15000", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/gaa_baani", gz=True, headers=_h(rng, **b), body={
            "izo": L(CARD, UID), "maa": L(SON["first"], NAMEC),
            "baaba_maa": L(SON["last"], NAMEC), "hay_zaari": L(SON["dob"], BIRTH),
            "alerji": [L("latex", MED)], "asma": L(True, MED),
            "safari": L("salbutamol inhaler before effort", MED),
            "lokotoro_telefon": "+22720731877"}),
        case(f, f"{a}/v1/absence", headers=_h(rng, **b), body={
            "izo": L(CARD, UID), "zaari": "2026-02-21", "sabaabu": L("malaria", MED),
            "sanni": L("Seyni has malaria since Thursday and will miss Saturday's class",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/fatta_yarda", headers=_h(rng, **b), body={
            "izo": L(CARD, UID),
            "boro": {"maa": L(SISTER_IL[0], NAMEC), "telefon": L(SISTER_IL[1], TEL),
                     "dumi": "haawa"}, "zaarey": ["samedi"]}),
        case(f, f"{a}/v1/kaa", headers=_h(rng, **b), body={
            "izo": L(CARD, UID), "ay_nongu": {"lat": cla, "lng": clo},
            "centre": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"]},
            "dumi": "fatta"}),
        multipart(f, f"{a}/v1/suura", [
            ("suura", "banga.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"izo": L(CARD, UID),
                                                "maa_suura": L("The hippo in the river", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/izey/suura", [
            ("suura", "seyni_karti.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {"izo": L(CARD, UID), "dumi": "karti"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sanni", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "cw_0031",
            "sanni": L("Madame Rakia, Seyni would like to join the clay group, is there a place?",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/cebeyan", fmt="form", headers=_h(rng, **b), body={
            "izo": L(CARD, UID), "suura": obj(rng, "sr"), "yarda": "1",
            "maa_cebe": L(f"{SON['first']} H.", NAMEC)}),
        case(f, f"{a}/v1/jinay", headers=_h(rng, **b), body={
            "izo": L(CARD, UID), "jinayey": [{"jinay": "crayons 24", "neera": 2500},
                                             {"jinay": "gouache 6", "neera": 3500}],
            "nooru": L(6000, BUY)}),
        case(f, f"{a}/v1/ceeci", headers=_h(rng, **b), query={
            "ceeci": L("atelier poterie enfants vacances de Paques", SEARCH)}),
        multipart(f, f"{a}/v1/tira/yarda", [
            ("tira", "yarda_cebeyan.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"izo": L(CARD, UID),
                                                "hantum_koy": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "zs_sid": L(opaque(rng, "", 40), CRED), "zs_dev": L(INSTALL_ID, DID)}, body={
            "boro": L(USER_ID, UID), "events": [
                ev("suura_opened", 1), ev("ekran", 2, ekran=L("Cawyan", USAGE))]}),
    ]


def zankasuura_sdks() -> list[Case]:
    rng = random.Random(23142)
    return [
        mk_batch(APP, rng, [("Class Booked", {"group": GROUP["id"]}),
                            ("Fee Paid", {"amount": L(15000, BUY)})]),
        mk_identify(APP, rng, {"role": "hay_koy", "izey": 1, "kwaara": L("Niamey", COARSE)}),
        td_launch(APP, rng),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,art,drawing"),
        cf_crash(APP, rng, ("java.lang.NullPointerException", "suura thumbnail"),
                 [cf_crumb("nav", "Izey -> Suurey")],
                 user={"id": L(USER_ID, UID)}, screen="SuureyActivity"),
        fb_eval(APP, rng, {"centre": CENTRE["id"], "izey": 1}),
        pk_register(APP, rng, tags={"centre": CENTRE["id"], "cawyan": GROUP["id"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        co_card(APP, rng),
        co_confirm(APP, rng, "15000"),
        hb_message(APP, rng, L(f"The March fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"izo": L(CARD, UID)}),
    ]
