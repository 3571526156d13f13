"""A children's Optimist sailing school's parent app "Żôglëk" (the yacht club on Lake Klasztorné
in Kartuzy; Maja (9) sails an Optimist in its B group, with winter theory and gym in the club
house and a summer camp; its API's keys are Kashubian, ASCII-folded, with English ``email``,
``token``, ``id``: ``zeglorz`` (żéglôrz) sailor, ``dzecko`` child, ``rodzic`` parent, ``miono``,
``nozwesko``, ``pesel``, ``dzen_urodzenio``, ``plec`` (``dzewcza`` girl), ``grupa`` group,
``zdrowie`` health, ``astma`` asthma, ``uczulenia`` allergies, ``plywanie`` swimming, ``woga``
(wôga) weight, ``wzrost`` height, ``zaswiadczenie`` certificate, ``obecnosc`` attendance,
``przeczena`` (przëczëna) reason, ``uwoga`` remark, ``placenk`` payment, ``sema`` amount,
``oboz`` camp, ``zaliczka`` deposit, ``kamizelka`` life jacket, ``dieta`` diet, ``odbior``
pick-up, ``upowaznienie`` authorisation, ``pokrewienstwo`` relation (``starka`` grandmother),
``lest`` (lëst) letter/message, ``tekst``, ``trener`` coach, ``wynajem`` hire, ``jacht`` boat,
``zgoda`` consent, ``podpis`` signature, ``szukoj`` search, ``adresa``, ``gard``,
``kod_pocztowi``): the parent's log-in (OAuth password grant), ``/ja`` with a ``dzece`` claim,
enrolling Maja (PESEL, birth date, sex), her health form (gzip: asthma, a nut allergy, swimming,
weight and height), the sports doctor's certificate (PDF), her photo for the sailor card, her
plan by sailor number in the path, the winter training times, an absence (a fever), the season's
payment, the summer camp deposit (life-jacket size, diet), a pick-up authorisation for her
grandmother, the pick-up check-in at the slipway, a letter to the coach, the theory test
results, a club boat hired, a search, the photo and trip consent, the parent's address, push
and events. Sets 62 and 82 have adults' keelboat log and regatta crew apps, set 66 an adult
regatta race tracker, set 148 a youth canoe building and sailing programme, set 116 an outrigger
club; "sailing school", "optimist" and
"dinghy" matched no file name or docstring: this is a child's dinghy sailing school run by a
club (enrolment, health form, theory, camp, pick-ups)."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families227_kit import (
    COACH,
    DAUGHTER,
    KT_HOME,
    KT_HOME_AT,
    MARINA,
    MARINA_FIX,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families227_sdk import bm_bid, ch_crash, ch_crumb, mg_batch, mg_identify, to_launch
from eval_families227_svc import (
    cr_save,
    fw_eval,
    hg_message,
    mw_route,
    pl_register,
    ps_card,
    ps_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zoglek", "Zoglek", "com.example.zoglek", "5.2.0", "https://api.zoglek.example.org")
IID = "X-Zoglek-Device"
PW = "Optimist!Maja16"
NID, FIT = "personal.national_id", "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
SAILOR = DAUGHTER["sailor"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def zoglek() -> list[Case]:
    rng = random.Random(22731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dzece=[L(SAILOR, UID)],
                                    rola="rodzic"))}
    mla, mlo = fix(MARINA_FIX, 5)
    plan = at_path(case(f, f"{a}/api/zeglorze/{SAILOR}/plan", headers=_h(rng, **b),
                        query={"sezon": "2025/26"}), SAILOR, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "zoglek-rodzic"}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/zapisy/dzecko", headers=_h(rng, **b), body={
            "dzecko": {"miono": L(DAUGHTER["first"], NAMEC), "nozwesko": L(DAUGHTER["last"],
                                                                            NAMEC),
                       "pesel": L(DAUGHTER["pesel"], NID),
                       "dzen_urodzenio": L(DAUGHTER["dob"], BIRTH),
                       "plec": L(DAUGHTER["sex"], GENDER), "zeglorz": L(SAILOR, UID)},
            "rodzic": {"miono_nozwesko": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
                       "email": L(EMAIL, MAIL)},
            "grupa": "optimist-b", "sezon": "2025/26", "sema": L(480, BUY)}),
        case(f, f"{a}/api/zdrowie/dzecko", gz=True, headers=_h(rng, **b), body={
            "zeglorz": L(SAILOR, UID), "astma": L("lekkô, inhalator przë wësyłku", MED),
            "uczulenia": [L("orzechë laskòwé", MED)], "plywanie": L("25 m bez pomocë", FIT),
            "woga": L(31, FIT), "wzrost": L(136, FIT),
            "lekarstwa": [L("salbutamol 100 mcg", MED)]}),
        multipart(f, f"{a}/api/zdrowie/zaswiadczenie", [
            ("plik", "zaswiadczenie_sport.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"zeglorz": L(SAILOR, UID),
                                                "wazne_do": "2026-11-30"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/zeglorze/odjimk", [
            ("odjimk", "maja_karta.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"zeglorz": L(SAILOR, UID), "uzytk": "karta"})],
            headers=_h(rng, **b)),
        plan,
        case(f, f"{a}/api/treningi", headers=_h(rng, **b), query={
            "grupa": "optimist-b", "miesiac": "2025-12", "mol": MARINA["id"]}),
        case(f, f"{a}/api/obecnosc", headers=_h(rng, **b), body={
            "zeglorz": L(SAILOR, UID), "datum": "2025-12-13", "przeczena": L("chòrosc", MED),
            "uwoga": L("Maja has a fever of 38.2 and a cough, she will miss Saturday's gym.",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/placenk", fmt="form", headers=_h(rng, **b), body={
            "zeglorz": L(SAILOR, UID), "sema": L("480.00", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "okres": "2025/26"}),
        case(f, f"{a}/api/oboz/zaliczka", headers=_h(rng, **b), body={
            "zeglorz": L(SAILOR, UID), "turnus": "2026-07-a", "zaliczka": L(300, BUY),
            "kamizelka": L("30-40 kg", FIT), "dieta": L("bez orzechów", MED)}),
        case(f, f"{a}/api/odbior/upowaznienie", headers=_h(rng, **b), body={
            "zeglorz": L(SAILOR, UID),
            "osoba": {"miono_nozwesko": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                      "pokrewienstwo": "starka"}, "dnie": ["sob"]}),
        case(f, f"{a}/api/odbior/meldunek", headers=_h(rng, **b), body={
            "zeglorz": L(SAILOR, UID), "polozenie": {"szerzo": mla, "dlegosc": mlo},
            "slip": {"id": "slip_1", "szerzo": MARINA["lat"], "dlegosc": MARINA["lon"]},
            "rodzaj": "odbior"}),
        case(f, f"{a}/api/lest", headers=_h(rng, **b), body={
            "watk": obj(rng, "wt"), "do": {"miono": L(COACH[0], NAMEC),
                                           "email": L(COACH[1], MAIL)},
            "tekst": L("Can Maja come to the pool session on Saturday after her fever, or "
                       "should she rest?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/teoria/wenik", headers=_h(rng, **b), query={
            "zeglorz": L(SAILOR, UID), "test": "przepisë-1"}),
        case(f, f"{a}/api/sprzet/wynajem", fmt="form", headers=_h(rng, **b), body={
            "zeglorz": L(SAILOR, UID), "jacht": "POL-1187", "sezon": "2026",
            "sema": L("350", BUY)}),
        case(f, f"{a}/api/szukanie", headers=_h(rng, **b), query={
            "szukoj": L("kamizelka 30-40 kg używanô", SEARCH)}),
        case(f, f"{a}/api/zgoda", fmt="form", headers=_h(rng, **b), body={
            "zeglorz": L(SAILOR, UID), "odjimczi": "tak", "wyjazde": "tak",
            "podpis": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/rodzic/adresa", headers=_h(rng, **b), body={
            "adresa": L(KT_HOME["line"], ADDR), "gard": L(KT_HOME["town"], COARSE),
            "kod_pocztowi": L(KT_HOME["post"], COARSE)}),
        case(f, f"{a}/api/urzadzenie", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/wedarzenia", headers=_h(rng, how="none"), cookies={
            "zg_sid": L(opaque(rng, "", 40), CRED), "zg_dev": L(INSTALL_ID, DID)}, body={
            "brekownik": L(USER_ID, UID), "wedarzenia": [
                ev("plan_otwarty", 1), ev("ekran", 2, ekran=L("Treningi", USAGE))]}),
    ]


def zoglek_sdks() -> list[Case]:
    rng = random.Random(22732)
    return [
        mg_batch(APP, rng, [("Season Paid", {"amount": L(480, BUY)}),
                            ("Camp Deposit", {"amount": L(300, BUY)})]),
        mg_identify(APP, rng, {"rola": "rodzic", "dzece": 1, "gard": L("Kartuzy", COARSE)}),
        to_launch(APP, rng),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sailing,kids,camp"),
        ch_crash(APP, rng, ("java.lang.NullPointerException", "plan row"),
                 [ch_crumb("nav", "Zeglorze -> Plan")],
                 user={"id": L(USER_ID, UID)}, screen="PlanActivity"),
        fw_eval(APP, rng, {"klub": MARINA["id"], "dzece": 1}),
        pl_register(APP, rng, tags={"grupa": "optimist-b", "klub": MARINA["id"]}),
        cr_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ps_card(APP, rng),
        ps_confirm(APP, rng, "480.00"),
        mw_route(APP, rng, [(KT_HOME_AT, PRECISE), ((MARINA["lat"], MARINA["lon"]), None)],
                 mode="walking"),
        hg_message(APP, rng, L(f"The season payment for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"zeglorz": L(SAILOR, UID)}),
    ]
