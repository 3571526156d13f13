"""A home sample-collection laboratory's app "Qorannoo" (Adama; a phlebotomist draws blood at
home, results come back in the app): its API's keys are Afaan Oromo in Qubee (``maqaa``,
``maqaa_abbaa``, ``imeelii``, ``bilbila``, ``jecha_iccitii``, ``guyyaa_dhalootaa``, ``saala``,
``fayda``, ``qorannoowwan`` tests, ``ajaja`` order, ``hanga``, ``sababa`` reason, ``doktora``
doctor, ``soomii`` fasting, ``teessoo``, ``ganda``, ``magaalaa``, ``yeroo`` time slot,
``qajeelfama`` directions, ``kaffaltii``, ``qoricha`` medicines, ``ulfa`` pregnancy,
``dhukkuba_yeroo_dheeraa`` chronic illness, ``alarjii`` allergy, ``fuudhamuu`` collected,
``bu'aa`` -> ``buaa`` result, ``qooddachuu``, ``inshuraansii`` insurance, ``yaadachiisa``
reminder, ``madaallii``, ``ergaa``): sign-up with her Fayda number, a log-in, ``/ana``, a test
search, the order (TSH, ferritin, H. pylori, HIV: ``health.medical``), the home visit at her
house (its pin), the payment, the health questionnaire (gzip), the ID check at the draw, the
collection confirmed (msgpack), results by order number in the path, results shared with her
doctor, an earlier result uploaded (PDF), a message, her employer's insurance, history by
cookie, a re-test reminder, a review, the Jimma address for a later draw, push, events and a
log-out. Not a clinic's booking app (sets with dental and hospital apps): a lab that comes to
the door (a docstring grep: "phlebotom", "home sample" nothing; "lab test" a BP diary and a
fertility app)."""

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
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families160_kit import (
    ET_LINE,
    ET_LOCAL,
    FIN,
    HOME,
    HOME_AT,
    LAB,
    LAB_ORDER,
    fix,
    hd,
    obj,
    push,
)
from eval_families160_sdk import cg_crash, cg_crumb, md_batch, md_identify, th_event, th_launch
from eval_families160_svc import cq_card, cq_confirm, cw_save, hg_message, mb_reverse, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("qorannoo", "Qorannoo", "com.example.qorannoo", "5.0.3",
          "https://api.qorannoo.example.com")
IID = "X-Qorannoo-Device"
PW = "Dhiiga#Adama77"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
DOCTOR = ("Dr. Hawi Bekele", "hawi.bekele@clinic.example.org")  # typed by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def qorannoo() -> list[Case]:
    rng = random.Random(16041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeelii=L(EMAIL, MAIL), bilbila=L(ET_LINE, TEL)))}
    hla, hlo = fix(HOME_AT)
    res = at_path(case(f, f"{a}/v2/buaa/{LAB_ORDER}", headers=_h(rng, **b)), LAB_ORDER, BUY)
    return [
        case(f, f"{a}/v2/galmee", headers=_h(rng), body={
            "maqaa": L(FIRST, NAMEC), "maqaa_abbaa": L(LAST, NAMEC),
            "imeelii": L(EMAIL_MIXED, MAIL), "bilbila": L(ET_LOCAL, TEL),
            "jecha_iccitii": L(PW, CRED), "guyyaa_dhalootaa": L(DOB, BIRTH),
            "saala": L("dubartii", GENDER), "fayda": L(FIN, NID)}),
        case(f, f"{a}/v2/seeni", fmt="form", headers=_h(rng), body={
            "imeelii": L(EMAIL, MAIL), "jecha_iccitii": L(PW, CRED)}),
        case(f, f"{a}/v2/ana", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/qorannoowwan", headers=_h(rng, **b), query={
            "barbaadi": L("thyroid TSH", SEARCH), "laab": LAB["id"]}),
        case(f, f"{a}/v2/ajaja", headers=_h(rng, **b), body={
            "ajaja": L(LAB_ORDER, BUY), "laab": LAB["id"],
            "qorannoowwan": [L("TSH", MED), L("Ferritin", MED), L("H. pylori antigen", MED),
                             L("HIV 1/2 antibody", MED)],
            "hanga": L(2350, BUY),
            "sababa": L("Dadhabbii fi rifeensi harca'uu ji'a sadii", f"{TEXT}|{MED}"),
            "doktora": {"maqaa": L(DOCTOR[0], NAMEC)}, "soomii": L(True, MED)}),
        case(f, f"{a}/v2/beellama/mana", headers=_h(rng, **b), body={
            "ajaja": L(LAB_ORDER, BUY), "teessoo": L(HOME["line"], ADDR),
            "ganda": L(HOME["area"], COARSE), "magaalaa": L(HOME["town"], COARSE),
            "lat": hla, "lon": hlo, "yeroo": "2025-12-11T07:30",
            "qajeelfama": L("Karra magaala'aa cuqulisaa; saree hin qabnu", TEXT)}),
        case(f, f"{a}/v2/kaffaltii", fmt="form", headers=_h(rng, **b), body={
            "ajaja": L(LAB_ORDER, BUY), "hanga": L("2350.00", BUY), "maallaqa": "ETB",
            "mala": L(opaque(rng, "pm_", 24), PAY), "dhuma_afur": L("4444", PAY)}),
        case(f, f"{a}/v2/fayyaa/gaaffii", gz=True, headers=_h(rng, **b), body={
            "ajaja": L(LAB_ORDER, BUY), "qoricha": [L("ferrous sulfate 325 mg", MED)],
            "ulfa": L("lakki", MED), "harma_hoosisuu": L(True, MED),
            "dhukkuba_yeroo_dheeraa": L("hin qabu", MED), "alarjii": [L("penicillin", MED)],
            "dhiiga_dhiigsuu": L(False, MED)}),
        case(f, f"{a}/v2/eenyummaa", fmt="form", headers=_h(rng, **b), body={
            "ajaja": L(LAB_ORDER, BUY), "fayda": L(FIN, NID),
            "guyyaa_dhalootaa": L(DOB, BIRTH)}),
        case(f, f"{a}/v2/fuudhamuu", fmt="msgpack", headers=_h(rng, **b), body={
            "ajaja": L(LAB_ORDER, BUY),
            "tuubota": [{"barcode": "QT-88120451", "gosa": "EDTA"},
                        {"barcode": "QT-88120452", "gosa": "SST"}],
            "ogeessa": "phl_0117", "yeroo": 1765427400}),
        res,
        case(f, f"{a}/v2/buaa/qooddachuu", headers=_h(rng, **b), body={
            "ajaja": L(LAB_ORDER, BUY), "maqaa": L(DOCTOR[0], NAMEC),
            "imeelii": L(DOCTOR[1], MAIL), "guyyaa_dhumaa": "2026-01-31"}),
        multipart(f, f"{a}/v2/buaa/durii", [
            ("faayilii", "tsh_2024.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("odeeffannoo", None, "application/json", {"qorannoo": L("TSH", MED),
                                                       "bara": 2024})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/ergaa", headers=_h(rng, **b), body={
            "gara": "support", "ajaja": L(LAB_ORDER, BUY),
            "barreeffama": L("Bu'aan HIV fi TSH koo yoom ba'a? Harki koo dhiiteera",
                             f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/inshuraansii", headers=_h(rng, **b), body={
            "lakkoofsa_inshuraansii": L("EIC-4471-0932-01", MED), "dhaabbata": "emp_0912",
            "maqaa_hojjetaa": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/seenaa", headers=_h(rng, how="none"), cookies={
            "qr_sesii": L(opaque(rng, "", 40), CRED), "qr_meeshaa": L(INSTALL_ID, DID),
            "qr_req": rid(rng)}),
        case(f, f"{a}/v2/yaadachiisa", headers=_h(rng, **b), body={
            "qorannoo": L("TSH", MED), "guyyaa": "2026-03-10", "karaa": "sms",
            "bilbila": L(ET_LINE, TEL)}),
        case(f, f"{a}/v2/madaallii", fmt="form", headers=_h(rng, **b), body={
            "ajaja": L(LAB_ORDER, BUY), "urjii": "4",
            "yaada": L("Ogeessi yeroon dhufe, garuu bu'aan guyyaa sadii fudhate", TEXT)}),
        case(f, f"{a}/v2/teessoo", headers=_h(rng, **b), body={
            "teessoo": L("Ganda Hirmaataa, Mana Lakk. 402", ADDR),
            "magaalaa": L("Jimmaa", COARSE), "moggaasa": "mana_soddaa", "id": obj(rng, "ad")}),
        case(f, f"{a}/v2/meeshaa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/taateewwan", gz=True, headers=_h(rng, **b), body={
            "fayyadamaa": L(USER_ID, UID), "taateewwan": [
                ev("ajaja_kaffalame", 1, hanga=L(2350, BUY)),
                ev("fuula", 2, fuula=L("Buaa", USAGE))]}),
        case(f, f"{a}/v2/bai", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "meeshaa": L(INSTALL_ID, DID)}),
    ]


def qorannoo_sdks() -> list[Case]:
    rng = random.Random(16042)
    return [
        md_batch(APP, rng, [("Order Placed", {"tests": 4, "total": L(2350, BUY)}),
                            ("Results Viewed", {"order_type": "home"})], at=HOME_AT, nd=2),
        md_identify(APP, rng, {"magaalaa": L("Adama", COARSE), "ajajawwan": 1}),
        th_launch(APP, rng, first=True),
        th_event(APP, rng, "purchase", {"ajaja": L(LAB_ORDER, BUY)}, revenue=2350.0,
                 hashed=True),
        cg_crash(APP, rng, ("java.io.IOException", "pdf render"),
                 [cg_crumb("nav", "Ajaja -> Buaa")], screen="BuaaActivity"),
        ps_register(APP, rng, tags={"lab": LAB["id"]}),
        cw_save(APP, rng, {"analytics": True, "marketing": False, "research": False}),
        cq_card(APP, rng, email=True),
        cq_confirm(APP, rng, "2350.00"),
        mb_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hg_message(APP, rng, L(f"Bu'aan ajaja {LAB_ORDER} hin dhufne", f"{TEXT}|{BUY}"),
                   {"ajaja": L(LAB_ORDER, BUY)}),
    ]
