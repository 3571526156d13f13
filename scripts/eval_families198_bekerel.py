"""A radiometric food-testing lab's app "Bekierel" (Minsk; the family's forest mushrooms and
berries from near Motal, her mother-in-law's cow's milk, and her own whole-body count). Its API's
keys are Belarusian in Lacinka, ASCII-folded: ``imia`` first name, ``prozvisca`` surname,
``posta`` e-mail, ``telefon`` phone, ``parol`` password, ``data_naradzennia`` birth date,
``identyfikacyjny_numar`` identification number, ``horad`` city, ``vioska`` village, ``rajon``
district, ``kliient`` client, ``uzor`` sample, ``vid`` kind (``hryby`` mushrooms, ``jahady``
berries, ``malako`` milk), ``miesca_zboru`` place picked, ``syrata`` / ``dauhata`` latitude /
longitude, ``vynik`` result, ``daza`` dose, ``vaha`` weight, ``rost`` height, ``suma`` amount,
``aplata`` payment, ``zakaz`` order, ``acenka`` rating, ``kamientar`` remark, ``posuk`` search,
``paviedamlennie`` message, ``uladalnik`` owner, ``prylada`` device, ``padziei`` events."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families198_kit import (
    FOREST_AT,
    FRIEND,
    GR_HOME_AT,
    LAB,
    LAB_CLIENT,
    LAB_FIX,
    MOTHER_IL,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families198_sdk import (
    bk_bid,
    cn_crash,
    cn_crumb,
    md_batch,
    md_identify,
    tz_event,
    tz_launch,
)
from eval_families198_svc import cz_card, cz_confirm, hm_message, mb_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bekierel", "Bekierel", "com.example.bekierel", "3.4.1",
          "https://api.bekierel.example.org")
IID = "X-Bekierel-Prylada"
PW = "Cezij137!Motal"
DOB_BY = "17.05.1991"
NID = "personal.national_id"
FIT = "health.fitness"
ORDER = "BK-26-11872"  # her testing order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, be=True, **kw)


def bekierel() -> list[Case]:
    rng = random.Random(19811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), kliient=L(LAB_CLIENT, UID)))}
    fla, flo = fix(FOREST_AT)
    lla, llo = fix(LAB_FIX, 5)
    lab: dict[str, str] = {}
    dose = pb([(1, L(LAB_CLIENT, UID)), (2, "DKS-96-40218"), (3, 1768400000),
               (4, [(1, L(GR_HOME_AT[0], PRECISE)), (2, L(GR_HOME_AT[1], PRECISE))]),
               (5, 0.11), (6, L(0.042, MED))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/zakazy/{ORDER}/kvitancyja", headers=_h(rng, **b)),
                      ORDER, BUY)
    s1, s2 = obj(rng, "uz"), obj(rng, "uz")
    return [
        case(f, f"{a}/api/v1/rehistracyja", headers=_h(rng), body={
            "imia": L(FIRST, NAMEC), "prozvisca": L(LAST, NAMEC), "posta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "data_naradzennia": L(DOB_BY, BIRTH),
            "identyfikacyjny_numar": L(RESIDENCE, NID), "horad": L("Hrodna", COARSE),
            "kliient": L(LAB_CLIENT, UID), "zhoda_na_rassylku": False}),
        case(f, f"{a}/api/v1/uvachod", fmt="form", headers=_h(rng), body={
            "posta": L(EMAIL_UPPER, MAIL), "parol": L(PW, CRED), "zapomnic": "1"}),
        case(f, f"{a}/api/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/uzory", headers=_h(rng, **b), body={
            "uzor": s1, "vid": "hryby", "hatunak": "lisicki", "vaha_hram": 500,
            "miesca_zboru": {"syrata": fla, "dauhata": flo},
            "vioska": L("Motal", COARSE), "rajon": L("Ivanauski rajon", COARSE),
            "data_zboru": "2025-09-14", "kliient": L(LAB_CLIENT, UID), "zakaz": L(ORDER, BUY)}),
        case(f, f"{a}/api/v1/uzory", headers=_h(rng, **b), body={
            "uzor": s2, "vid": "malako", "abjom_ml": 1000,
            "uladalnik": {"imia": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            "vioska": L("Motal", COARSE), "kliient": L(LAB_CLIENT, UID), "zakaz": L(ORDER, BUY)}),
        case(f, f"{a}/api/v1/vyniki", headers=_h(rng, **b), query={
            "kliient": L(LAB_CLIENT, UID), "status": "hatova"}),
        case(f, f"{a}/api/v1/uzory/{s1}/vynik", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/aplata", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(ORDER, BUY), "suma": L("38.40", BUY), "valiuta": "BYN",
            "metad": L(opaque(rng, "pm_", 24), PAY), "aposnija_4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/sich/zapis", headers=_h(rng, **b), body={
            "typ": "lichylnik_vyprammienniau", "data": "2026-01-21", "cas": "10:40",
            "pacyjent": {"imia": L(FIRST, NAMEC), "prozvisca": L(LAST, NAMEC),
                         "data_naradzennia": L(DOB_BY, BIRTH), "vaha": L(61, FIT),
                         "rost": L(168, FIT), "ciazarnasc": L(False, MED),
                         "scytapadobnaja": L("hipatyreoz, levatyroksin 50", MED)},
            "kliient": L(LAB_CLIENT, UID)}),
        case(f, f"{a}/api/v1/prybyccio", headers=_h(rng, **b), body={
            "labaratoryja": LAB["id"], "miesca": {"syrata": lla, "dauhata": llo, "dakladnasc": 9},
            "labaratoryja_miesca": {"syrata": LAB["lat"], "dauhata": LAB["lon"]},
            "zakaz": L(ORDER, BUY)}),
        case(f, f"{a}/api/v1/sich/vynik", headers=_h(rng, **b), body={
            "kliient": L(LAB_CLIENT, UID), "cs137_bk_kh": L(11.8, MED), "daza_mzv": L(0.021, MED),
            "vysnova": L("U miezach normy", MED), "pratakol": obj(rng, "pr")}),
        raw(f, f"{a}/api/v1/dazimietr/pakazanni", dose, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/uzory/partyja", fmt="msgpack", headers=_h(rng, **b), body={
            "kliient": L(LAB_CLIENT, UID), "zakaz": L(ORDER, BUY),
            "uzory": [{"vid": "jahady", "hatunak": "carnicy", "vaha_hram": 400,
                       "syrata": L(round(FOREST_AT[0] + 0.0021, 6), PRECISE),
                       "dauhata": L(round(FOREST_AT[1] - 0.0017, 6), PRECISE)},
                      {"vid": "jahady", "hatunak": "zuravin", "vaha_hram": 300,
                       "syrata": L(round(FOREST_AT[0] + 0.0034, 6), PRECISE),
                       "dauhata": L(round(FOREST_AT[1] + 0.0008, 6), PRECISE)}],
            "suma": L(25.6, BUY)}),
        multipart(f, f"{a}/api/v1/uzory/foto", [
            ("foto", "lisicki.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {
                "uzor": s1, "kamientar": L("Sabrali z muzam i dackaj kala bałota", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/balans", headers=_h(rng, how="none"), cookies={
            "bk_sesija": L(opaque(rng, "", 40), CRED), "bk_prylada": L(INSTALL_ID, DID),
            "bk_req": rid(rng)}),
        case(f, f"{a}/api/v1/acenka", fmt="form", headers=_h(rng, **b), body={
            "labaratoryja": LAB["id"], "acenka": "5",
            "kamientar": L("Chutka i zrazumiela, vynik za dva dni", TEXT)}),
        case(f, f"{a}/api/v1/posuk", headers=_h(rng, **b), query={
            "q": L("norma cezija u susanych hrybach", SEARCH), "staronka": "1"}),
        case(f, f"{a}/api/v1/padzialicca", headers=_h(rng, **b), body={
            "atrymalnik": {"imia": L(FRIEND[0], NAMEC), "posta": L(FRIEND[2], MAIL)},
            "paviedamlennie": L("Volha, hliadzi, nasy lisicki cystyja, mozna sušyc",
                                TEXT), "zakaz": L(ORDER, BUY)}),
        receipt,
        case(f, f"{a}/api/v1/karta/pryviazac", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kliient": L(LAB_CLIENT, UID), "telefon": L(NATIONAL, TEL),
                       "data_naradzennia": L(DOB_BY, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/skarha", headers=_h(rng, **b), body={
            "labaratoryja": LAB["id"], "katehoryja": "terminy",
            "paviedamlennie": L("Vynik pa malaku zatrymali na tydzien", TEXT)}),
        case(f, f"{a}/api/v1/prylady", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/padziei", gz=True, headers=_h(rng, **b), body={
            "karystalnik": L(USER_ID, UID), "padziei": [
                ev("uzor_dadadzieny", 1, vid="hryby"), ev("aplata", 2, suma=L(38.4, BUY)),
                ev("ekran", 3, ekran=L("MaeVyniki", USAGE))]}),
        case(f, f"{a}/api/v1/vychad", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "prylada": L(INSTALL_ID, DID),
            "mova": L("be", DEV)}),
    ]


def bekierel_sdks() -> list[Case]:
    rng = random.Random(19812)
    return [
        md_batch(APP, rng, [("Sample Submitted", {"kind": "mushrooms"}),
                            ("Order Paid", {"total": L(38.4, BUY)})],
                 at=LAB_FIX, nd=2, locale="be_BY"),
        md_identify(APP, rng, {"horad": L("Hrodna", COARSE), "kliient": L(LAB_CLIENT, UID),
                               "uzorau": 3}),
        tz_launch(APP, rng, first=True),
        tz_event(APP, rng, "purchase", {"zakaz": L(ORDER, BUY)}, revenue=38.4, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GR_HOME_AT, nd=3,
               keywords="mushrooms,forest,health"),
        cn_crash(APP, rng, ("java.lang.IllegalStateException", "pdf viewer closed"),
                 [cn_crumb("nav", "MaeVyniki -> Pratakol"),
                  cn_crumb("net", "GET", {"url": f"{APP.api}/api/v1/sich/vynik", "status": 200})],
                 screen="PratakolActivity"),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "38.40"),
        mb_reverse(APP, rng, FOREST_AT, PRECISE, nd=5),
        hm_message(APP, rng, L(f"Zakaz {ORDER}: dzie vynik pa malaku?", f"{TEXT}|{BUY}"),
                   {"kliient": L(LAB_CLIENT, UID)}),
    ]
