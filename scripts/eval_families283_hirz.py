"""A log-house carpentry crew's order app "Hirzpert" (``hirz`` log, ``pert`` house: a crew from the
Prionezhsky district that cuts log frames, srub, by hand and assembles them on site; she orders a
4 x 5 m log banya for the Sheltozero house and pays for it in stages, partly on a bank instalment:
the set's MONEY app). Its API is snake_case Veps in ASCII with the Russian contract words every
builder's back end keeps: ``zakazchik`` client, ``nimi``, ``sugunimi``, ``telefon``, ``parol``,
``kod``, ``vnzh``, ``inn``, ``adres``, ``kula``, ``sija`` place, ``zajavk`` request, ``mitad``
dimensions, ``materjal``, ``proekt``, ``smeta`` estimate, ``hind`` price, ``dogovor`` contract,
``podpis`` signature, ``avans`` advance, ``summ`` amount, ``schet`` account, ``rassrochka``
instalment plan, ``ku`` months, ``kuumaks`` monthly payment, ``dohod`` income, ``etap`` stage,
``prijom`` acceptance, ``zamechanijad`` remarks, ``maksand`` payment, ``tomind`` delivery,
``kiuguz`` stove, ``kuzund`` question, ``tekst``, ``ocenk`` rating, ``chek`` receipt. Sign-up,
an SMS code, ``/mina``, the request with the site's point, the catalogue, the estimate, the
contract and its signature, the advance from her rouble account, an instalment application, the
stages, a site photo, a stage accepted on site, a stage payment, the log delivery, a question
(msgpack), a stove added, the invoice by contract in the path, a review, receipts by cookie (a
base64 JSON preferences cookie), push, events and a refresh. Neighbours: set 162's off-plan flat
(construction stages from a developer) and set 265's self-build; a docstring grep found no "log
house", "srub" or "carpent" app: this is a craft crew's order for a log building."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families283_kit import (
    CONTRACT,
    HUSBAND,
    INN,
    MIR_LAST4,
    PZ_HOME_AT,
    RU_ACCOUNT,
    SH_HOUSE,
    SH_HOUSE_AT,
    VNZH,
    YARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families283_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families283_svc import cl_wallet, fn_eval, hs_message, mm_geocode, mm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("hirzpert", "Hirzpert", "com.example.hirzpert", "1.4.7", "https://api.hirzpert.example.com")
IID = "X-Hirz-Device"
PW = "Banja4x5!kuz"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def hirzpert() -> list[Case]:
    rng = random.Random(28341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, dogovor=L(CONTRACT, BUY), telefon=L(E164, TEL)))}
    sla, slo = fix(SH_HOUSE_AT)
    s2la, s2lo = fix(SH_HOUSE_AT, 5)
    st1, st2 = obj(rng, "et"), obj(rng, "et")
    inv = at_path(case(f, f"{a}/api/dogovor/{CONTRACT}/schet", headers=_h(rng, **b)),
                  CONTRACT, BUY)
    return [
        case(f, f"{a}/api/zakazchik", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "parol": L(PW, CRED), "gorod": L("Petrozavodsk", COARSE)}),
        case(f, f"{a}/api/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("304917", CRED)}),
        case(f, f"{a}/api/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/zajavk", headers=_h(rng, **b), body={
            "tip": "banja", "materjal": "kuz", "mitad": {"pit": 5.0, "lev": 4.0},
            "adres": L(SH_HOUSE["line"], ADDR), "kula": L(SH_HOUSE["village"], COARSE),
            "rajon": L(SH_HOUSE["district"], COARSE), "sija": {"lat": sla, "lon": slo},
            "tekst": L("Tahtoin banjan järven polhe, pordhaz vasemba.", TEXT)}),
        case(f, f"{a}/api/proektad", headers=_h(rng, **b), query={
            "tip": "banja", "mitad": "4x5", "lehtpol": "1"}),
        case(f, f"{a}/api/smeta", headers=_h(rng, **b), body={
            "proekt": "pr_banja_45_k", "hind": L(684000, BUY), "valut": "RUB",
            "rivid": [{"nimi": "srub 4x5", "hind": 412000}, {"nimi": "katuz", "hind": 96000},
                      {"nimi": "fundament", "hind": 176000}]}),
        case(f, f"{a}/api/dogovor", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "summ": L(684000, BUY),
            "zakazchik": {"nimi": L(f"{FIRST} {LAST}", NAMEC), "vnzh": L(VNZH, NID),
                          "inn": L(INN, NID), "adres": L(SH_HOUSE["line"], ADDR)},
            "podriadchik": YARD["id"], "srok": "2026-09-30"}),
        multipart(f, f"{a}/api/dogovor/podpis", [
            ("podpis", "podpis.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"dogovor": L(CONTRACT, BUY),
                                                "kenen": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/avans", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "avans": L("205200.00", BUY),
            "schet": L(RU_ACCOUNT, PAY), "bik": "048602673"}),
        case(f, f"{a}/api/rassrochka", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "summ": L(478800, BUY), "ku": 12,
            "kuumaks": L(42650, BUY), "inn": L(INN, NID), "dohod": 96000,
            "radsija": "yazykovaja shkola", "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/etapad", headers=_h(rng, **b), query={"dogovor": L(CONTRACT, BUY)}),
        multipart(f, f"{a}/api/etapad/{st1}/kuvad", [
            ("kuva", "fundament.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "etap": st1, "tekst": L("Fundament om valmiž, no ugol om madalamb", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/etapad/{st2}/prijom", headers=_h(rng, **b), body={
            "etap": st2, "prijom": True,
            "zamechanijad": L("Hirzed om hüväd, sammal pidab lisata kaht' rivid", TEXT),
            "podpis": L(f"{FIRST} {LAST}", NAMEC), "sija": {"lat": s2la, "lon": s2lo}}),
        case(f, f"{a}/api/maksand", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "etap": st2, "summ": L("164000.00", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart_4": L(MIR_LAST4, PAY)}),
        case(f, f"{a}/api/tomind", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "paiv": "2026-07-08", "mashin": "kamaz_lesovoz",
            "adres": L(SH_HOUSE["line"], ADDR),
            "kontakt": {"nimi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "dvor": {"lat": YARD["lat"], "lon": YARD["lon"]}}),
        case(f, f"{a}/api/kuzund", fmt="msgpack", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY),
            "tekst": L("Voit-ik panda lavad lepaspäi, ei pedajaspäi?", TEXT),
            "kavutai": L(USER_ID, UID)}),
        case(f, f"{a}/api/dopolnitelno", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "kiuguz": "kiuguz_drovjanoi_18kvt",
            "hind": L(38500, BUY), "montazh": True}),
        inv,
        case(f, f"{a}/api/otzyv", fmt="form", headers=_h(rng, **b), body={
            "podriadchik": YARD["id"], "ocenk": "5",
            "tekst": L("Brigad radoi hüvin i ajas, banja om läm!", TEXT)}),
        case(f, f"{a}/api/chekad", headers=_h(rng, how="none"), cookies={
            "hp_sess": L(opaque(rng, "", 40), CRED), "hp_dev": L(INSTALL_ID, DID),
            "hp_prefs": W({"dogovor": L(CONTRACT, BUY), "kel": L("ru", DEV)}, "b64json")}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/sobitijad", gz=True, headers=_h(rng, **b), body={
            "kavutai": L(USER_ID, UID), "sobitijad": [
                ev("dogovor_podpisan", 1), ev("maksand", 2, summ=L(164000, BUY)),
                ev("ekran", 3, ekran=L("Etapad", USAGE))]}),
        case(f, f"{a}/api/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def hirzpert_sdks() -> list[Case]:
    rng = random.Random(28342)
    return [
        mc_batch(APP, rng, [("Contract Signed", {"total": L(684000, BUY)}),
                            ("Stage Paid", {"amount": L(164000, BUY)})],
                 at=SH_HOUSE_AT, nd=3, locale="ru_RU"),
        mc_pixel(APP, rng, "Catalogue Viewed", {"tip": "banja"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"dogovor": L(CONTRACT, BUY)}, revenue=684000.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SH_HOUSE_AT, nd=2,
               keywords="banya,log,house"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1312),
        fn_eval(APP, rng, {"rajon": L("Prionezhskii", COARSE), "rassrochka": True}),
        cl_wallet(APP, rng, "20000", L(E164, TEL)),
        mm_route(APP, rng, [(PZ_HOME_AT, PRECISE), (SH_HOUSE_AT, PRECISE)]),
        mm_geocode(APP, rng, "Sheltozero, ul. Pervomaiskaja 9", ADDR),
        hs_message(APP, rng, L(f"Dogovor {CONTRACT}: kuna tuleb srub?", f"{TEXT}|{BUY}"),
                   {"dogovor": L(CONTRACT, BUY)}),
    ]
