"""Child-sponsorship app "Athorwut" (athor books + wut cattle camp; a Bor charity puts cattle-camp
children through boarding primary school, each with a named sponsor who pays monthly, writes
letters and gets reports). She sponsors her nephew Deng (10), Majok's son, at Makuach; the
sponsor side is the app (not a school e-journal: no grades, homework or gate). Keys are Dinka
ASCII-folded with English: ``raan``, ``rin``, ``rin_wun``, ``email``, ``namba_telefon``,
``wel_thiaan``, ``akool_dhieth``, ``tik_ku_mony`` (``wen`` boy), ``pan_dit``, ``yen``, ``meth``
child, ``namba_meth`` child number, ``wun`` his father, ``run`` age, ``guop`` health (body),
``tuany`` illness, ``wal`` medicine, ``athor`` letter / report, ``thura`` photo, ``thok``
language, ``weu`` amount, ``akool`` day, ``cath`` travel, ``wut`` camp, ``kake`` items, ``jam``
message, ``koor`` search, ``namba_athor`` ID document number. Sign-up, log-in, ``/yen`` with a
``mith`` (children) claim, the nephew linked, his profile by child number in the path, a
monthly pledge, a mobile-money payment, his health form (gzip), a letter with a photo of Achol,
a translation request, reports (path), a signed report acknowledgement (PDF), a school visit, a
gift, his holiday journey to the camp, msgpack wishes, a statement by cookie, a message to the
school about his malaria, a search, push, events and a log-out. A grep of ``scripts/`` found no
child sponsorship (only boarding schools and bursaries seen from the parent's side)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families211_kit import (
    BROTHER_IL,
    CAMP,
    DAUGHTER,
    HUSBAND,
    LOCAL_PHONE,
    NEPHEW,
    PASSPORT,
    SCHOOL,
    SPONSOR,
    hd,
    obj,
    push,
)
from eval_families211_sdk import bw_bid, ct_crash, ct_crumb, ka_batch, ka_identify, ty_launch
from eval_families211_svc import cp_save, cw_wallet, ft_eval, hl_message, pm_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("athorwut", "Athorwut", "com.example.athorwut", "2.2.5",
          "https://api.athorwut.example.org")
IID = "X-Athorwut-Device"
PW = "Deng2015!Makuach"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{NEPHEW['first']} {NEPHEW['last']}"
CHILD = NEPHEW["child"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def athorwut() -> list[Case]:
    rng = random.Random(21141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sponsor=L(SPONSOR, UID),
                                    mith=[L(CHILD, UID)]))}
    profile = at_path(case(f, f"{a}/v1/meth/{CHILD}", headers=_h(rng, **b)), CHILD, UID)
    reports = at_path(case(f, f"{a}/v1/meth/{CHILD}/athor", headers=_h(rng, **b),
                           query={"term": "2025-3"}), CHILD, UID)
    return [
        case(f, f"{a}/v1/raan", headers=_h(rng), body={
            "rin": L(FIRST, NAMEC), "rin_wun": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "namba_telefon": L(E164, TEL), "wel_thiaan": L(PW, CRED),
            "akool_dhieth": L(DOB, BIRTH), "pan_dit": L("Juba", COARSE),
            "sponsor_id": L(SPONSOR, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "wel_thiaan": L(PW, CRED)}),
        case(f, f"{a}/v1/yen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sponsor/link", headers=_h(rng, **b), body={
            "namba_meth": L(CHILD, UID), "meth": {
                "rin": L(NEPHEW["first"], NAMEC), "rin_wun": L(NEPHEW["last"], NAMEC),
                "akool_dhieth": L(NEPHEW["dob"], BIRTH), "tik_ku_mony": L(NEPHEW["sex"], GENDER)},
            "wun": {"rin": L(BROTHER_IL[0], NAMEC), "namba_telefon": L(BROTHER_IL[1], TEL)},
            "relation": "aunt by marriage", "school": SCHOOL["id"]}),
        profile,
        case(f, f"{a}/v1/pledges", headers=_h(rng, **b), body={
            "namba_meth": L(CHILD, UID), "weu": L(45, BUY), "currency": "USD",
            "every": "month", "covers": ["fees", "boarding", "uniform"]}),
        case(f, f"{a}/v1/pay/mobile", fmt="form", headers=_h(rng, **b), body={
            "pledge": obj(rng, "pl"), "weu": L("45.00", BUY), "currency": "USD",
            "wallet": L(LOCAL_PHONE, TEL), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/meth/guop", gz=True, headers=_h(rng, **b), body={
            "namba_meth": L(CHILD, UID), "rin": L(KID, NAMEC),
            "akool_dhieth": L(NEPHEW["dob"], BIRTH), "tik_ku_mony": L(NEPHEW["sex"], GENDER),
            "tuany": [L("malaria 2025-11", MED), L("malaria 2026-01", MED)],
            "wal": L("artemether-lumefantrine", MED), "deworming": L("2025-10-02", MED),
            "nyin": L("normal", MED), "weight_kg": L(29, "health.fitness")}),
        multipart(f, f"{a}/v1/letters", [
            ("thura", "achol_and_us.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "namba_meth": L(CHILD, UID),
                "athor": L("Deng, Achol says hello. Study hard, we come to Bor at Easter.",
                           f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/letters/translate", fmt="form", headers=_h(rng, **b), body={
            "letter": obj(rng, "lt"), "thok": "din", "from": "en"}),
        reports,
        multipart(f, f"{a}/v1/athor/ack", [
            ("athor", "term3_report.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"namba_meth": L(CHILD, UID),
                                                "signed": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/visits", headers=_h(rng, **b), body={
            "school": SCHOOL["id"], "akool": "2026-04-04", "namba_meth": L(CHILD, UID),
            "visitors": [{"rin": L(f"{FIRST} {LAST}", NAMEC), "passport": L(PASSPORT, NID)},
                         {"rin": L(HUSBAND[0], NAMEC)},
                         {"rin": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                          "run": L(7, BIRTH)}]}),
        case(f, f"{a}/v1/gifts", headers=_h(rng, **b), body={
            "namba_meth": L(CHILD, UID), "kake": [{"item": "mattress", "n": 1},
                                                  {"item": "mosquito net", "n": 1}],
            "weu": L(38, BUY), "currency": "USD"}),
        case(f, f"{a}/v1/holiday/cath", headers=_h(rng, **b), body={
            "namba_meth": L(CHILD, UID), "akool": "2026-03-28", "to": L(CAMP["name"], COARSE),
            "escort": {"rin": L(BROTHER_IL[0], NAMEC), "namba_telefon": L(BROTHER_IL[1], TEL)}}),
        case(f, f"{a}/v1/wishes", fmt="msgpack", headers=_h(rng, **b), body={
            "namba_meth": L(CHILD, UID), "wishes": ["football", "english dictionary"],
            "jam": L("He wants to be a vet for the camp's cattle", TEXT)}),
        case(f, f"{a}/v1/statement", headers=_h(rng, how="none"), cookies={
            "aw_session": L(opaque(rng, "", 40), CRED), "aw_device": L(INSTALL_ID, DID),
            "aw_req": rid(rng)}),
        case(f, f"{a}/v1/jam", headers=_h(rng, **b), body={
            "to": "school_" + SCHOOL["id"], "namba_meth": L(CHILD, UID),
            "jam": L("Deng had malaria again last week. Did he finish all the tablets?",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/meth/birthday", headers=_h(rng, **b), body={
            "namba_meth": L(CHILD, UID), "weu": L(10, BUY), "currency": "USD",
            "athor": L("Happy birthday Deng, you are ten now!", f"{TEXT}|{NAMEC}|{BIRTH}")}),
        case(f, f"{a}/v1/koor", headers=_h(rng, **b), query={
            "koor": L("school shoes size 4 Bor", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "raan": L(USER_ID, UID), "events": [
                ev("letter_sent", 1), ev("screen", 2, screen=L("ChildReport", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def athorwut_sdks() -> list[Case]:
    rng = random.Random(21142)
    return [
        ka_batch(APP, rng, [("Pledge Started", {"amount": L(45, BUY)}),
                            ("Letter Sent", {"photo": True})]),
        ka_identify(APP, rng, {"sponsor": L(SPONSOR, UID), "children": 1,
                               "pan_dit": L("Juba", COARSE)}),
        ty_launch(APP, rng),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="education,charity,children"),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "report pdf"),
                 [ct_crumb("nav", "Child -> Reports")], user={"id": L(USER_ID, UID)},
                 screen="ReportActivity"),
        ft_eval(APP, rng, {"school": SCHOOL["id"], "sponsor_tier": "monthly"}),
        pm_register(APP, rng, tags={"school": SCHOOL["id"]}),
        cp_save(APP, rng, {"analytics": True, "marketing": False, "photos_public": False}),
        cw_wallet(APP, rng, "45.00", L(LOCAL_PHONE, TEL), currency="USD"),
        hl_message(APP, rng, L(f"The January payment for {KID} shows as pending",
                               f"{TEXT}|{NAMEC}"), {"namba_meth": L(CHILD, UID)}),
    ]
