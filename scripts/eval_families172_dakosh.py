"""A murabaha (interest-free instalment) home-appliance shop "Dakosh" (Grozny showroom, delivery
to Gudermes; its API's keys are Chechen in Latin letters: ``tse`` first name, ``famili``
surname, ``telefon`` phone, ``qayla_dosh`` password, ``vina_de`` birth date, ``adres`` address,
``ghala`` city, ``tovar`` item, ``korzina`` cart (Russian loans), ``dakosh`` instalments (lit.
"parts"), ``butt_dakosh`` monthly part, ``errig`` total, ``dukhalla`` quantity, ``makh`` price,
``akhcha`` money, ``bolkhan_mettig`` workplace, ``yal`` wage, ``tesh`` guarantor (lit. "witness"),
``kontrakt`` contract, ``kuyg`` signature (lit. "hand"), ``dostavka`` delivery, ``kkhachin_khan``
delivery time, ``tergam`` review, ``jaloba`` complaint, ``lakhar`` search, ``khaam`` message,
``lelorkho`` user, ``ghirs`` device): sign-up
(her residence permit, INN and SNILS), an OAuth password grant, ``/san``, a search, the cart, the
murabaha application (gzip; her husband as guarantor with his passport), document scans, the
contract signed by SMS code, the first instalment, the auto-debit account, the schedule by
contract number in the path, delivery and installation, the warranty (msgpack), a review, a
complaint, an early repayment, points by cookie, an offline browse log (JSON Lines), a support
message, push and events. Instalment plans appear in earlier sets as a payment option; no set has
a murabaha shop ("murabaha" and "islamic financ" matched nothing)."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families172_kit import (
    BIK,
    CONTRACT,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_PASSPORT,
    INN,
    RU_ACCOUNT,
    SHOWROOM,
    SNILS,
    VNZH,
    fix,
    hd,
    obj,
    push,
)
from eval_families172_sdk import (
    al_event,
    al_launch,
    bs_bid,
    bs_notice,
    ct_crash,
    ct_crumb,
    tk_batch,
    tk_identify,
)
from eval_families172_svc import ap_card, ap_confirm, ap_wallet, hg_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dakosh", "Dakosh", "com.example.dakosh", "5.4.1", "https://api.dakosh.example.com")
IID = "X-Dakosh-Ghirs"
PW = "Kholodilnik#2026"
NID = "personal.national_id"
DOB_RU = "17.05.1991"
FRIDGE = {"id": "tv_lg_fr_451", "name": "Fridge 451 L no-frost", "makh": 68990}
WASHER = {"id": "tv_wm_8kg_12", "name": "Washer 8 kg inverter", "makh": 41490}


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def dakosh() -> list[Case]:
    rng = random.Random(17231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kontrakt=L(CONTRACT, BUY)))}
    hla, hlo = fix(HOME_AT, 5)
    sched = at_path(case(f, f"{a}/api/kontraktash/{CONTRACT}/grafik", headers=_h(rng, **b)),
                    CONTRACT, BUY)
    total = FRIDGE["makh"] + WASHER["makh"]
    return [
        case(f, f"{a}/api/dayazdar", headers=_h(rng), body={
            "tse": L(FIRST, NAMEC), "famili": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "qayla_dosh": L(PW, CRED), "vina_de": L(DOB_RU, BIRTH),
            "vnzh": L(VNZH, NID), "inn": L(INN, NID), "snils": L(SNILS, NID),
            "adres": L(HOME["line"], ADDR), "ghala": L(HOME["town"], COARSE),
            "indeks": L(HOME["post"], COARSE), "grazhdanstvo": "USA"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dakosh-android"}),
        case(f, f"{a}/api/san", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/lakhar", headers=_h(rng, **b), query={
            "lakhar": L("kholodilnik no frost 450 l", SEARCH), "dakosh": "12", "gverd": "1"}),
        case(f, f"{a}/api/tovar/{FRIDGE['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/korzina", headers=_h(rng, **b), body={
            "tovarash": [{"tovar": FRIDGE["id"], "makh": FRIDGE["makh"], "dukhalla": 1},
                         {"tovar": WASHER["id"], "makh": WASHER["makh"], "dukhalla": 1}],
            "errig": L(total, BUY), "showroom": SHOWROOM["id"]}),
        case(f, f"{a}/api/murabaha/zayavka", gz=True, headers=_h(rng, **b), body={
            "kontrakt": L(CONTRACT, BUY), "errig": L(total, BUY), "nacenka": L(16458, BUY),
            "dakosh": 12, "butt_dakosh": L(10573, BUY), "pervyy_vznos": L(20000, BUY),
            "inn": L(INN, NID), "snils": L(SNILS, NID), "bolkhan_mettig": "Gudermes school No. 4",
            "yal": 48000, "tesh": {"tse": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                                   "pasport": L(HUSBAND_PASSPORT, NID), "gergara": "mar"},
            "shariat_reza": True}),
        multipart(f, f"{a}/api/dokumentash", [
            ("vnzh", "vnzh_page2.jpg", "image/jpeg", L(JPEG + b"\x83", f"{MEDIA}|{NID}")),
            ("selfie", "selfie_doc.jpg", "image/jpeg", L(JPEG + b"\x84", MEDIA)),
            ("meta", None, "application/json", {"kontrakt": L(CONTRACT, BUY),
                                                "vnzh": L(VNZH, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kontrakt/kuyg", fmt="form", headers=_h(rng, **b), body={
            "kontrakt": L(CONTRACT, BUY), "kod": L("552901", CRED), "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/makh_bar/pervyy", fmt="form", headers=_h(rng, **b), body={
            "kontrakt": L(CONTRACT, BUY), "akhcha": L("20000.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_4": L("4444", PAY)}),
        case(f, f"{a}/api/avtoplatezh", headers=_h(rng, **b), body={
            "kontrakt": L(CONTRACT, BUY), "schet": L(RU_ACCOUNT, PAY), "bik": BIK,
            "bank": "Example Bank Yug", "vladelets": L(f"{FIRST} {LAST}", NAMEC), "de": 15}),
        sched,
        case(f, f"{a}/api/dostavka", headers=_h(rng, **b), body={
            "kontrakt": L(CONTRACT, BUY), "adres": L(HOME["line"], ADDR),
            "ghala": L(HOME["town"], COARSE), "mettig": {"shoralla": hla, "dokhalla": hlo},
            "kkhachin_khan": "2026-01-21 10-14", "etazh": 1,
            "receiver": {"tse": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/ustanovka", fmt="form", headers=_h(rng, **b), body={
            "kontrakt": L(CONTRACT, BUY), "tovar": WASHER["id"], "adres": L(HOME["line"], ADDR),
            "khan": "2026-01-21T15:00", "akhcha": L("1500", BUY)}),
        case(f, f"{a}/api/garantiya", fmt="msgpack", headers=_h(rng, **b), body={
            "kontrakt": L(CONTRACT, BUY), "tovar": FRIDGE["id"], "serial": "LGF451-2511-88302",
            "vladelets": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/tergam", headers=_h(rng, **b), body={
            "tovar": FRIDGE["id"], "ball": 5,
            "yoza": L("Delivered to Gudermes on time, no hidden interest, the installer was kind",
                      TEXT)}),
        case(f, f"{a}/api/jaloba", headers=_h(rng, **b), body={
            "kontrakt": L(CONTRACT, BUY), "kep": "delivery",
            "yoza": L("The washer door was scratched, my husband signed before checking", TEXT)}),
        case(f, f"{a}/api/dosrochno", fmt="form", headers=_h(rng, **b), body={
            "kontrakt": L(CONTRACT, BUY), "akhcha": L("31719.00", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/bonus", headers=_h(rng, how="none"), cookies={
            "dk_session": L(opaque(rng, "", 40), CRED), "dk_ghirs": L(INSTALL_ID, DID),
            "dk_ab": "b"}),
        lines(f, f"{a}/api/sync/browse", [
            {"op": L("view", USAGE), "tovar": FRIDGE["id"], "lelorkho": L(USER_ID, UID)},
            {"op": L("favourite", USAGE), "tovar": WASHER["id"], "lelorkho": L(USER_ID, UID)},
            {"op": L("calc", USAGE), "dakosh": 12, "makh": WASHER["makh"]}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/gho/khaam", headers=_h(rng, **b), body={
            "chat": obj(rng, "ch"),
            "yoza": L(f"My INN is {INN}, but the contract shows another one", f"{TEXT}|{NID}")}),
        case(f, f"{a}/api/ghirs", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/khilamash", gz=True, headers=_h(rng, **b), body={
            "lelorkho": L(USER_ID, UID), "khilamash": [
                ev("murabaha_approved", 1, errig=L(total, BUY)),
                ev("ekran", 2, ekran=L("Grafik", USAGE))]}),
    ]


def dakosh_sdks() -> list[Case]:
    rng = random.Random(17232)
    return [
        tk_batch(APP, rng, [("Application Sent", {"total": L(110480, BUY)}),
                            ("Contract Signed", {"months": 12})], adid=True),
        tk_identify(APP, rng, {"ghala": L("Gudermes", COARSE), "kontrakt": L(CONTRACT, BUY),
                               "segment": "murabaha"}),
        al_launch(APP, rng, first=True),
        al_event(APP, rng, "purchase", {"kontrakt": L(CONTRACT, BUY)}, revenue=110480.0,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="appliances,fridge,instalments"),
        bs_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.NumberFormatException", "schedule row"),
                 [ct_crumb("nav", "Kontrakt -> Grafik"),
                  ct_crumb("net", "GET", {"url": f"{APP.api}/api/san", "status": 200})],
                 screen="GrafikActivity"),
        ap_card(APP, rng, email=True),
        ap_confirm(APP, rng, "20000.00"),
        ap_wallet(APP, rng, "1500", L(E164, TEL)),
        hg_message(APP, rng, L(f"Instalment 2 of contract {CONTRACT} was taken twice",
                               f"{TEXT}|{BUY}"), {"kontrakt": L(CONTRACT, BUY)}),
    ]
