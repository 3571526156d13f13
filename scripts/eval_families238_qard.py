"""A qard hasan (interest-free loan) fund's app "Dekhar" (a community fund in Nazran that lends
without interest and takes voluntary sadaqa; she borrows for the flat's roof; its API's keys are
Ingush in Latin letters with the Russian loans local lenders keep: ``tsi`` name, ``familie``
surname, ``dai_tsi`` patronymic (lit. "father's name"), ``telefon`` phone, ``el_pochta``
e-mail, ``kayla_dosh`` password, ``kod`` code, ``vaennai_di`` birth date, ``vnzh`` residence
permit, ``inn`` taxpayer number, ``snils`` pension number (loans), ``adres`` address, ``uram``
street, ``gala`` town, ``indeks`` post code, ``bolkh`` work, ``alapa`` salary, ``dekhar``
loan (lit. "debt"), ``dukhal`` amount, ``butt`` months, ``yukhadalar`` repayment (lit.
"giving back"), ``poruchitel`` guarantor, ``dogovor`` contract, ``schet`` account, ``karta``
card, ``bolo4`` last four, ``khaam`` message, ``dosh`` remark, ``tsamogash`` illness, ``fond``
fund, ``metta`` place): sign-up, an SMS code, ``/so``, the application, her documents (her
residence permit's scan), the guarantor, the calculator, the schedule, the contract by number in
the path, the signature by SMS code, the payout account, a repayment, the history by cookie, a
deferral for illness, a sadaqa, an offline draft queue (JSON Lines), the identity form (base64
JSON), a visit to the office with her fix, push, events and a log-out. Set 172 has a murabaha
appliance shop (a sale on instalments); this is a lending fund (no goods)."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SENS,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families238_kit import (
    COUSIN,
    FUND,
    FUND_FIX,
    HOME,
    INN,
    LOAN,
    RU_ACCOUNT,
    SNILS,
    VNZH,
    fix,
    hd,
    obj,
    push,
)
from eval_families238_sdk import cm_session, mg_batch, mg_queue, tv_event, tv_launch
from eval_families238_svc import ca_wallet, cb_check, fd_eval, hg_attach, mt_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("dekhar", "Dekhar", "com.example.dekhar", "1.9.0", "https://api.dekhar.example.net")
IID = "X-Dekhar-Ustroistvo"
PW = "Qard#Hasan2026"
NID = "personal.national_id"
BORROWER = "ZM-004127"  # her borrower number (id.user)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, ru=True, **kw)


def dekhar() -> list[Case]:
    rng = random.Random(23821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), zaemshchik=L(BORROWER, UID)))}
    fla, flo = fix(FUND_FIX, 4)
    contract = at_path(case(f, f"{a}/v2/dogovor/{LOAN}/pdf", headers=_h(rng, **b)), LOAN, PAY)
    return [
        case(f, f"{a}/v2/registratsi", headers=_h(rng), body={
            "tsi": L(FIRST, NAMEC), "familie": L(LAST, NAMEC), "dai_tsi": "",
            "telefon": L(E164, TEL), "el_pochta": L(EMAIL_MIXED, MAIL), "kayla_dosh": L(PW, CRED),
            "vaennai_di": L("1991-05-17", BIRTH), "zaemshchik": L(BORROWER, UID)}),
        case(f, f"{a}/v2/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("305118", CRED)}),
        case(f, f"{a}/v2/so", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kalkulyator", headers=_h(rng), query={
            "dukhal": "150000", "butt": "12", "fond": FUND["id"]}),
        case(f, f"{a}/v2/zayavka", headers=_h(rng, **b), body={
            "zaemshchik": L(BORROWER, UID), "dekhar": {"dukhal": L(150000, BUY), "butt": 12},
            "dosh": L("The roof of our flat leaks, the repair is 150 000", TEXT),
            "adres": {"uram": L(HOME["line"], ADDR), "gala": L(HOME["town"], COARSE),
                      "indeks": L(HOME["post"], COARSE)},
            "bolkh": "English tutor, private lessons", "alapa": 45000,
            "vnzh": L(VNZH, NID), "inn": L(INN, NID), "snils": L(SNILS, NID)}),
        multipart(f, f"{a}/v2/dokumenty", [
            ("vnzh", "vnzh_p2.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"zaemshchik": L(BORROWER, UID),
                                                "tip": "vnzh", "nomer": L(VNZH, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/poruchitel", headers=_h(rng, **b), body={
            "tsi": L(COUSIN[0], NAMEC), "telefon": L(COUSIN[1], TEL),
            "pasport": L("2608 113094", NID), "rodstvo": "mar_shicha",
            "zaemshchik": L(BORROWER, UID)}),
        case(f, f"{a}/v2/grafik", headers=_h(rng, **b), query={
            "dogovor": L(LOAN, PAY), "format": "json"}),
        contract,
        case(f, f"{a}/v2/podpis", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(LOAN, PAY), "kod": L("771052", CRED), "bart": "1"}),
        case(f, f"{a}/v2/schet", headers=_h(rng, **b), body={
            "poluchatel": L(f"{FIRST} {LAST}", NAMEC), "schet": L(RU_ACCOUNT, PAY),
            "bik": "044525000", "bank": "Example Bank Nazran", "dogovor": L(LOAN, PAY)}),
        case(f, f"{a}/v2/yukhadalar", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(LOAN, PAY), "dukhal": L("12500", BUY), "valyuta": "RUB",
            "karta": L(opaque(rng, "pm_", 24), PAY), "bolo4": L("4444", PAY)}),
        case(f, f"{a}/v2/yukhadalar/istoriya", headers=_h(rng, how="none"), cookies={
            "dk_sess": L(opaque(rng, "", 40), CRED), "dk_ustr": L(INSTALL_ID, DID),
            "dk_req": rid(rng)}),
        case(f, f"{a}/v2/otsrochka", headers=_h(rng, **b), body={
            "dogovor": L(LOAN, PAY), "butt": 1,
            "tsamogash": L("I am in hospital after a nose operation, please move March",
                           f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/sadaqa", fmt="form", headers=_h(rng, **b), body={
            "fond": L("sadaqa", SENS), "dukhal": L("500", BUY),
            "karta": L(opaque(rng, "pm_", 24), PAY), "anonim": "1"}),
        lines(f, f"{a}/v2/chernovik/sync", [
            {"op": "draft", "pole": "bolkh", "znach": "English tutor", "t": 1768200000},
            {"op": "draft", "pole": "telefon", "znach": L(NATIONAL, TEL), "t": 1768200040},
            {"op": "draft", "pole": "dukhal", "znach": L(150000, BUY), "t": 1768200075}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/anketa", fmt="form", headers=_h(rng, **b), body={
            "data": W({"inn": L(INN, NID), "snils": L(SNILS, NID),
                       "vaennai_di": L("17.05.1991", BIRTH), "telefon": L(E164, TEL)}, "b64json"),
            "v": "3"}),
        case(f, f"{a}/v2/vizit", headers=_h(rng, **b), body={
            "zaemshchik": L(BORROWER, UID), "metta": {"lat": fla, "lon": flo},
            "ofis": {"id": FUND["id"], "lat": FUND["lat"], "lon": FUND["lon"]},
            "talon": obj(rng, "tl")}),
        case(f, f"{a}/v2/khaam", headers=_h(rng, **b), body={
            "khaam": L(f"Please send the schedule to my e-mail {EMAIL}", f"{TEXT}|{MAIL}"),
            "dogovor": L(LOAN, PAY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("application_sent", 1), ev("screen", 2, screen=L("Grafik", USAGE))]}),
        case(f, f"{a}/v2/aravala", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "ustroistvo": L(INSTALL_ID, DID)}),
    ]


def dekhar_sdks() -> list[Case]:
    rng = random.Random(23822)
    return [
        mg_batch(APP, rng, [("Application Sent", {"amount": L(150000, BUY)}),
                            ("Repayment Made", {"amount": L(12500, BUY)})], locale="ru_RU"),
        mg_queue(APP, rng, [("Calculator Used", {"months": 12}),
                            ("Schedule Opened", {})]),
        tv_launch(APP, rng, first=True, user=True),
        tv_event(APP, rng, "loan_signed", {"dogovor": L(LOAN, PAY)}, hashed=True),
        cm_session(APP, rng, secs=388),
        fd_eval(APP, rng, {"fond": FUND["id"], "borrower": True}, hdr=True),
        cb_check(APP, rng, {"analytics": True, "marketing": False}),
        ca_wallet(APP, rng, "150000", L(E164, TEL)),
        mt_geocode(APP, rng, "Nazran Qard Hasan Fund office", "behavior.search"),
        hg_attach(APP, rng, L(PDF, f"{MEDIA}"), "spravka_alapa.pdf", "application/pdf"),
    ]
