"""A court-enforcement debts app "Khaestae" (khaestae: debts; it looks up enforcement proceedings
against a person, pays them and checks a travel restriction before a trip abroad; its API's keys
are Ossetian in Latin letters: ``nom`` first name, ``myggag`` surname, ``raiguyry_bon`` birth
date, ``el_post`` e-mail, ``telefon``, ``susaeg_dzyrd`` password (lit. "secret word"),
``goraet`` town, ``qalon`` tax, ``shtraf`` fine (loan), ``khaes`` debt, ``aekhtsa`` money /
amount, ``fidyd`` payment, ``khai`` part / instalment, ``araen`` border, ``balts`` trip,
``quydy`` remark, ``qast`` complaint, ``aguyrd`` search, ``moi`` husband, ``arkhaiaeg`` user,
``tsautae`` events, with the Russian loans ``inn``, ``vnzh``, ``uin``, ``ip`` (proceeding),
``kvitantsi`` receipt, ``schet`` account): sign-up, log-in, ``/mae``, a search by name and birth
date, her debts by INN, a proceeding by number in the path, its payment by UIN, the receipt
photo, the exit-restriction check before the flight to Ohio, her husband's debts looked up, a
property-tax debt, a traffic fine, alerts, a complaint, a no-debt certificate, an instalment
request with her account, a saved-search queue (msgpack), a bank link (base64 JSON in a form),
receipts by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families250_kit import (
    BAILIFFS,
    HOME,
    HUSBAND,
    INN,
    PASSPORT,
    PROCEEDING,
    RU_ACCOUNT,
    UIN,
    VNZH,
    hd,
    obj,
    push,
)
from eval_families250_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families250_svc import cl_card, cl_confirm, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("khaestae", "Khaestae", "com.example.khaestae", "3.4.1",
          "https://api.khaestae.example.ru")
IID = "X-Khaestae-Faeraez"
PW = "Dzaeudzhykhaeu!2026"
NID = "personal.national_id"
DOB_RU = "17.05.1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, os_=True, **kw)


def khaestae() -> list[Case]:
    rng = random.Random(25011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_post=L(EMAIL, MAIL), inn=L(INN, NID)))}
    seg = PROCEEDING.replace("/", "-")  # the API's form of the number in a path
    ip = at_path(case(f, f"{a}/api/v1/ip/{seg}", headers=_h(rng, **b)), seg, BUY)
    return [
        case(f, f"{a}/api/v1/registratsi", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "myggag": L(LAST, NAMEC), "raiguyry_bon": L(DOB_RU, BIRTH),
            "el_post": L(EMAIL, MAIL), "telefon": L(E164, TEL), "susaeg_dzyrd": L(PW, CRED),
            "inn": L(INN, NID), "vnzh": L(VNZH, NID), "goraet": L(HOME["town"], COARSE),
            "razy": True}),
        case(f, f"{a}/api/v1/bakhizyn", fmt="form", headers=_h(rng), body={
            "el_post": L(EMAIL_UPPER, MAIL), "susaeg_dzyrd": L(PW, CRED), "platformae": "android"}),
        case(f, f"{a}/api/v1/mae", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/aguyrd", headers=_h(rng, **b), query={
            "myggag": L(LAST, NAMEC), "nom": L(FIRST, NAMEC), "raiguyry_bon": L(DOB_RU, BIRTH),
            "region": L("Severnaya Osetiya-Alaniya", COARSE), "region_kod": "15"}),
        case(f, f"{a}/api/v1/khaestae", headers=_h(rng, **b), query={
            "inn": L(INN, NID), "status": "active"}),
        ip,
        case(f, f"{a}/api/v1/fidyd", headers=_h(rng, **b), body={
            "ip": L(PROCEEDING, BUY), "uin": L(UIN, BUY), "aekhtsa": L("2500.00", BUY),
            "valuta": "RUB", "metod": L(opaque(rng, "pm_", 24), PAY),
            "kartae_kaeron": L("4444", PAY), "fidyd_id": obj(rng, "fd")}),
        multipart(f, f"{a}/api/v1/kvitantsi", [
            ("kam", "kvitantsi.jpg", "image/jpeg", L(JPEG + b"\x25", MEDIA)),
            ("meta", None, "application/json", {"ip": L(PROCEEDING, BUY),
                                                "aekhtsa": L(2500, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/araen/balts", headers=_h(rng, **b), body={
            "pasport": L(PASSPORT, NID), "balts_bon": "2026-03-02", "reis": "SU1251",
            "aeroport": "OGZ", "myggag": L(LAST, NAMEC), "raiguyry_bon": L(DOB, BIRTH)}),
        case(f, f"{a}/api/v1/aguyrd", headers=_h(rng, **b), query={
            "myggag": L(HUSBAND[0].split()[1], NAMEC), "nom": L(HUSBAND[0].split()[0], NAMEC),
            "raiguyry_bon": L("03.02.1988", BIRTH), "kaemaen": "moi"}),
        case(f, f"{a}/api/v1/qalon", headers=_h(rng, **b), query={
            "inn": L(INN, NID), "khuyz": "transport", "az": "2024"}),
        case(f, f"{a}/api/v1/shtraf", headers=_h(rng, **b), query={
            "sts": "15 52 734118", "nomer": "A417KM15", "inn": L(INN, NID)}),
        case(f, f"{a}/api/v1/fiyppaynaentae", fmt="form", headers=_h(rng, **b), body={
            "telefon": L(NATIONAL, TEL), "el_post": L(EMAIL, MAIL), "sms": "1", "push": "1"}),
        case(f, f"{a}/api/v1/qast", headers=_h(rng, **b), body={
            "ip": L(PROCEEDING, BUY),
            "quydy": L("I paid the fine on 12 January and it still shows as a debt. The receipt is "
                       "attached.", TEXT),
            "aebaelkhaeg": BAILIFFS["id"]}),
        case(f, f"{a}/api/v1/spravka", headers=_h(rng, **b), query={
            "inn": L(INN, NID), "format": "pdf", "aevzag": "ru"}),
        case(f, f"{a}/api/v1/khai", headers=_h(rng, **b), body={
            "ip": L(PROCEEDING, BUY), "aekhtsa": L(18400, BUY), "maeitae": 6,
            "maeiy_fidyd": L(3067, BUY), "schet": L(RU_ACCOUNT, PAY),
            "quydy": L("I cannot pay it all at once, please split it over six months", TEXT)}),
        case(f, f"{a}/api/v1/aguyrd/istori", fmt="msgpack", headers=_h(rng, **b), body={
            "arkhaiaeg": L(USER_ID, UID),
            "aguyrdtae": [L("Bagaev Taimuraz 1988", f"{SEARCH}|{NAMEC}"),
                          L("shtraf GIBDD A417KM15", SEARCH)], "dzaevaeg": obj(rng, "q")}),
        case(f, f"{a}/api/v1/bank/baeeettaen", fmt="form", headers=_h(rng, **b), body={
            "data": W({"schet": L(RU_ACCOUNT, PAY), "nom": L(f"{FIRST} {LAST}", NAMEC),
                       "inn": L(INN, NID)}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v1/kvitantsitae", headers=_h(rng, how="none"), cookies={
            "kh_sesi": L(opaque(rng, "", 40), CRED), "kh_faeraez": L(INSTALL_ID, DID),
            "kh_req": rid(rng)}),
        case(f, f"{a}/api/v1/faeraez", headers=_h(rng, **b), body=push(push_token(rng), "os_RU")),
        case(f, f"{a}/api/v1/tsautae", gz=True, headers=_h(rng, **b), body={
            "arkhaiaeg": L(USER_ID, UID), "tsautae": [
                ev("khaes_agurd", 1), ev("fidyd", 2, aekhtsa=L(2500, BUY)),
                ev("ekran", 3, ekran=L("MaeKhaestae", USAGE))]}),
        case(f, f"{a}/api/v1/rakhizyn", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "faeraez": L(INSTALL_ID, DID),
            "zonae": L("Europe/Moscow", DEV)}),
    ]


def khaestae_sdks() -> list[Case]:
    rng = random.Random(25012)
    return [
        mc_batch(APP, rng, [("Debt Found", {"count": 2}),
                            ("Debt Paid", {"amount": L(2500, BUY)})], locale="os_RU"),
        mc_identify(APP, rng, {"goraet": L("Vladikavkaz", COARSE), "khaestae": 2}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"ip": L(PROCEEDING, BUY)}, revenue=2500.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="debt,loan,credit"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "uin parse"),
                 [cd_crumb("nav", "MaeKhaestae -> Fidyd"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/fidyd", "status": 502})],
                 screen="FidydActivity"),
        pt_register(APP, rng, lang="os", tags={"khaes": "active"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "2500.00"),
        hs_message(APP, rng, L(f"My payment for {PROCEEDING} has not reached the bailiffs",
                               f"{TEXT}|{BUY}"),
                   {"inn": L(INN, NID)}),
    ]


__all__ = ["APP", "khaestae", "khaestae_sdks"]
