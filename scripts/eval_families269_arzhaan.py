"""Healing-spring ("arzhaan") camp app "Karasug" (Arzhaan Kara-Sug in Dzun-Khemchik, a day's
drive from Kyzyl; its API's keys are Tuvan in ASCII, as the camp's developer folds them:
``ady`` name, ``familiya`` surname (loan), ``el_shuudang`` e-mail, ``telefon`` phone,
``chazhyt_sos`` password (lit. "secret word"), ``toruttungen_hunu`` birth date, ``er_kys`` sex
(``heerezhen`` woman), ``churttaar_cheri`` residence (street line), ``hooray`` town, ``kozhuun``
district, ``oms_polis`` health-insurance policy, ``aalchylar`` guests, ``ashak`` husband,
``oglu`` son, ``har`` age, ``bron`` booking (loan), ``ortek`` price, ``aksha`` amount,
``tolevir`` payment, ``kadyk`` health, ``aaryglar`` illnesses, ``emner`` medicines, ``emchi``
doctor, ``han_bazyyshkyny`` blood pressure, ``shirota``/``dolgota`` latitude/longitude
(loans), ``turar_cher`` location, ``unelel`` rating, ``demdeglel`` remark, ``dileeshkin``
search, ``medee`` message, ``hereksel`` device, ``dyl`` language, ``azhyglakchy`` user,
``boluushkunnar`` events): sign-up, log-in, ``/meni``, springs near the Chadan house, a
cabin booked for the three of them, the payment, the health questionnaire, the doctor's
referral (PDF), a check-in at the spring with her fix, a protobuf stay beat, the course of
baths (msgpack), a wallet by cookie, a review, a search, spring water to take home, a
shared car from Chadan, the receipt by stay number in the path, a message to the camp's
doctor, an emergency contact, push, events and a log-out."""

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
    EMAIL_UPPER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families269_kit import (
    CHADAN_AT,
    CHADAN_HOME,
    HUSBAND,
    KZ_HOME,
    MOTHER_IL,
    OMS,
    SON,
    SPRING,
    SPRING_FIX,
    STAY,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families269_sdk import (
    bs_bid,
    bs_notice,
    ct_crash,
    ct_crumb,
    ct_session,
    th_event,
    th_launch,
    um_batch,
    um_identify,
)
from eval_families269_svc import hk_message, mu_reverse, ps_register, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("karasug", "Karasug", "com.example.karasug", "1.8.2", "https://api.karasug.example.com")
IID = "X-Karasug-Hereksel"
PW = "KaraSug!Chadan91"
DOB_RU = "17.05.1991"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tyv=True, **kw)


def karasug() -> list[Case]:
    rng = random.Random(26901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_shuudang=L(EMAIL, MAIL), bron=L(STAY, BUY)))}
    sla, slo = fix(SPRING_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(STAY, BUY)), (2, SPRING["id"]), (3, 1783051200),
               (4, [(1, L(SPRING_FIX[0], PRECISE)), (2, L(SPRING_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/bron/{STAY}/kvitanciya", headers=_h(rng, **b)),
                      STAY, BUY)
    return [
        case(f, f"{a}/api/v1/bureedkel", headers=_h(rng), body={
            "ady": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "el_shuudang": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "chazhyt_sos": L(PW, CRED),
            "toruttungen_hunu": L(DOB_RU, BIRTH), "er_kys": L("heerezhen", GENDER),
            "churttaar_cheri": L(KZ_HOME["line"], ADDR), "hooray": L(KZ_HOME["town"], COARSE),
            "oms_polis": L(OMS, MED), "chozhulga": True}),
        case(f, f"{a}/api/v1/kirer", fmt="form", headers=_h(rng), body={
            "el_shuudang": L(EMAIL_UPPER, MAIL), "chazhyt_sos": L(PW, CRED), "sagyyr": "1"}),
        case(f, f"{a}/api/v1/meni", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/arzhaannar/chookta", headers=_h(rng, **b), query={
            "shirota": L(f"{CHADAN_AT[0]:.2f}", COARSE),
            "dolgota": L(f"{CHADAN_AT[1]:.2f}", COARSE),
            "km": "80", "kozhuun": L(CHADAN_HOME["district"], COARSE)}),
        case(f, f"{a}/api/v1/arzhaannar/{SPRING['id']}", headers=_h(rng, **b),
             query={"hun": "2026-07-06", "hunner": "7"}),
        case(f, f"{a}/api/v1/bron", headers=_h(rng, **b), body={
            "arzhaan": SPRING["id"], "bazhyng": "og-4", "kirer_hun": "2026-07-06",
            "unner_hun": "2026-07-13", "bron": L(STAY, BUY), "ortek": L(14400, BUY),
            "aalchylar": [{"ady": L(f"{FIRST} {LAST}", NAMEC)},
                          {"ady": L(HUSBAND[0], NAMEC), "ashak": True},
                          {"ady": L(f"{SON['first']} {SON['last']}", NAMEC), "oglu": True,
                           "har": L(10, BIRTH)}],
            "demdeglel": L("Ashakym bile oglum meni bile kelir, ognu suglug cherge chooky", TEXT)}),
        case(f, f"{a}/api/v1/tolevir", fmt="form", headers=_h(rng, **b), body={
            "bron": L(STAY, BUY), "aksha": L("14400.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "soolgu_dort": L("4444", PAY)}),
        case(f, f"{a}/api/v1/kadyk/anketa", gz=True, headers=_h(rng, **b), body={
            "bron": STAY, "oms_polis": L(OMS, MED),
            "aaryglar": [L("hronicheskiy gastrit", MED), L("buurek dashtary", MED)],
            "emner": [L("omeprazol 20 mg", MED)], "han_bazyyshkyny": L("130/85", MED),
            "beremennost": L(False, MED), "churek_aaryy": L(False, MED),
            "podpis": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/api/v1/kadyk/napravlenie", [
            ("fail", "napravlenie_emchi.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"bron": L(STAY, BUY),
                                                "emchi_ady": "Kyzyl polyclinic No. 1"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kirgen", headers=_h(rng, **b), body={
            "arzhaan": SPRING["id"], "turar_cher": {"shirota": sla, "dolgota": slo, "chiktig": 9},
            "arzhaan_cheri": {"shirota": SPRING["lat"], "dolgota": SPRING["lon"]},
            "bron": L(STAY, BUY), "kirgen_id": obj(rng, "ki")}),
        raw(f, f"{a}/api/v1/chorudal/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/chunary/kurs", fmt="msgpack", headers=_h(rng, **b), body={
            "bron": L(STAY, BUY),
            "suglar": [{"sug": "kara-sug", "minut": 15, "hun_sany": 7},
                       {"sug": "ak-sug", "minut": 10, "hun_sany": 5}],
            "emneeshkin": L("izhin aaryynga arzhaan suu ishtiri", MED),
            "azhyglakchy": L(USER_ID, UID)}),
        case(f, f"{a}/api/v1/kashelek", headers=_h(rng, how="none"), cookies={
            "ks_seans": L(opaque(rng, "", 40), CRED), "ks_hereksel": L(INSTALL_ID, DID),
            "ks_req": rid(rng)}),
        case(f, f"{a}/api/v1/unelel", fmt="form", headers=_h(rng, **b), body={
            "arzhaan": SPRING["id"], "unelel": "5",
            "demdeglel": L("Suu tongmaalyg, ijinim aarbas apargan. Og-4 chylyg.",
                           f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/dileeshkin", headers=_h(rng, **b), query={
            "dileeshkin": L("arzhaan izhin aaryynga", f"{SEARCH}|{MED}"), "arynga": "1"}),
        case(f, f"{a}/api/v1/suu/zakaz", headers=_h(rng, **b), body={
            "bron": L(STAY, BUY), "butylka": 12, "litr": 1.5, "ortek": L(600, BUY)}),
        case(f, f"{a}/api/v1/transfer", headers=_h(rng, **b), body={
            "bron": L(STAY, BUY), "undurer_cher": L(CHADAN_HOME["town"], COARSE),
            "olurar_cher": 3, "ortek": L(1500, BUY), "telefon": L(HUSBAND[1], TEL),
            "shak": "2026-07-06T09:00"}),
        receipt,
        case(f, f"{a}/api/v1/emchi/medee", headers=_h(rng, **b), body={
            "kymga": "emchi_ks",
            "medee": L("Ushku hunde izhinim aarat, arzhaan suun ishtirin uduruptar be?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/chagyrga", headers=_h(rng, **b), body={
            "ady": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
            "turgan_cheri": L(CHADAN_HOME["town"], COARSE), "kim": "ashaktyng iezi"}),
        case(f, f"{a}/api/v1/hereksel", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "hereksel_id": L(INSTALL_ID, DID),
            "dyl": L("tyv", DEV), "shak_zona": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/boluushkunnar", gz=True, headers=_h(rng, **b), body={
            "azhyglakchy": L(USER_ID, UID), "boluushkunnar": [
                ev("bron", 1, arzhaan=SPRING["id"]), ev("tolevir", 2, aksha=L(14400, BUY)),
                ev("ekran", 3, ekran=L("MeningBronum", USAGE))]}),
        case(f, f"{a}/api/v1/undurer", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "hereksel": L(INSTALL_ID, DID)}),
    ]


def karasug_sdks() -> list[Case]:
    rng = random.Random(26902)
    return [
        um_batch(APP, rng, [("Cabin Booked", {"spring": SPRING["id"], "total": L(14400, BUY)}),
                            ("Checked In", {"spring": SPRING["id"]})],
                 at=SPRING_FIX, nd=2, locale="tyv_RU"),
        um_identify(APP, rng, {"hooray": L("Kyzyl", COARSE), "bron": L(STAY, BUY),
                               "kurs_hun": 7}),
        th_launch(APP, rng, first=True),
        th_event(APP, rng, "purchase", {"bron": L(STAY, BUY)}, revenue=14400.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SPRING_FIX, nd=3,
               keywords="spa,spring,tuva"),
        bs_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "map tile missing"),
                 [ct_crumb("nav", "MeningBronum -> Kirgen"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/kirgen", "status": 201})],
                 screen="KirgenActivity"),
        ps_register(APP, rng, lang="tyv", at=CHADAN_AT, nd=2,
                    tags={"arzhaan": SPRING["id"], "kozhuun": L("Dzun-Khemchik", COARSE)}),
        ct_session(APP, rng, secs=722),
        py_card(APP, rng),
        py_confirm(APP, rng, "14400.00"),
        mu_reverse(APP, rng, CHADAN_AT, PRECISE, nd=5),
        hk_message(APP, rng, L(f"Bron {STAY} iyi katap tolevir aldyrtkan", f"{TEXT}|{BUY}"),
                   {"bron": L(STAY, BUY)}),
    ]
