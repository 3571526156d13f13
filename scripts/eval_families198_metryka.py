"""An archive-request app "Metryka" (the Hrodna historical archive's reader service: copies of
parish metrical books, a reading-room seat, a family tree) which she uses to prove her husband's
grandfather's Polish origin for a Karta Polaka application. Keys are Belarusian in Lacinka,
ASCII-folded: ``imia``, ``prozvisca``, ``posta``, ``telefon``, ``parol``, ``adras`` address,
``horad``, ``indeks`` post code, ``identyfikacyjny_numar``, ``chytac`` reader, ``chytacki_bilet``
reader's ticket, ``zapyt`` request, ``meta`` purpose, ``asoba`` person, ``hod_naradzennia`` birth
year, ``parafija`` parish, ``vyznannie`` confession, ``nacyjanalnasc`` nationality (ethnic),
``pachodzannie`` origin, ``zajaunik`` applicant, ``daviaranasc`` power of attorney, ``fond``
archive fonds, ``kopija`` copy, ``dreva`` family tree, ``natatki`` notes, ``kansultacyja``
consultation, ``apisanne`` description."""

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
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families198_kit import (
    ARCHIVE,
    DAUGHTER,
    GR_HOME,
    GR_HOME_AT,
    GRANDFATHER,
    HUSBAND,
    HUSBAND_ID,
    READER,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families198_sdk import md_batch, md_identify, tz_event, tz_launch
from eval_families198_svc import cr_save, cz_card, cz_confirm, fv_eval, hm_message, mb_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("metryka", "Metryka", "com.example.metryka", "1.9.5", "https://api.metryka.example.net")
IID = "X-Metryka-Install"
PW = "Faru1921$Hrodna"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
ARCH_FIX = (53.679388, 23.831102)  # her phone in the reading room


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, be=True, **kw)


def metryka() -> list[Case]:
    rng = random.Random(19831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), chytac=L(READER, UID)))}
    ala, alo = fix(ARCH_FIX, 5)
    req = obj(rng, "zp")
    lab: dict[str, str] = {}
    tree = pb([(1, L(READER, UID)),
               (2, [(1, L(GRANDFATHER[0], NAMEC)), (2, L(1921, BIRTH)), (3, L("paliak", SENS))]),
               (4, [(1, L(HUSBAND[0], NAMEC)), (2, L(1988, BIRTH))]), (3, 1768500000)], "", lab)
    hist = at_path(case(f, f"{a}/api/chytacy/{READER}/historyja", headers=_h(rng, **b)),
                   READER, UID)
    return [
        case(f, f"{a}/api/rehistracyja", headers=_h(rng), body={
            "imia": L(FIRST, NAMEC), "prozvisca": L(LAST, NAMEC), "posta": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED),
            "identyfikacyjny_numar": L(RESIDENCE, NID), "adras": L(GR_HOME["line"], ADDR),
            "horad": L(GR_HOME["town"], COARSE), "indeks": L(GR_HOME["post"], COARSE),
            "chytacki_bilet": L(READER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "metryka-android"}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/zapyty", headers=_h(rng, **b), body={
            "zapyt": req, "meta": L("karta_paliaka", SENS),
            "asoba": {"imia": L(GRANDFATHER[0], NAMEC), "hod_naradzennia": L(1921, BIRTH),
                      "parafija": L("Hrodna, kasciol Faru", SENS),
                      "vyznannie": L("rymska-katalickaje", SENS),
                      "nacyjanalnasc": L("paliak", SENS)},
            "suviaz": "dzied", "zajaunik": {"imia": L(HUSBAND[0], NAMEC),
                                           "identyfikacyjny_numar": L(HUSBAND_ID, NID)},
            "suma": L(32, BUY)}),
        multipart(f, f"{a}/api/zapyty/{req}/daviaranasc", [
            ("skan", "daviaranasc.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"zapyt": req,
                                                "ad": L(HUSBAND[0], NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/fondy/posuk", headers=_h(rng, **b), query={
            "q": L("metryki chryscennia kasciol Faru 1921", SEARCH), "fond": "f1"}),
        case(f, f"{a}/api/fondy/f1/vopis/3", headers=_h(rng, **b), query={"staronka": "2"}),
        case(f, f"{a}/api/aplata", fmt="form", headers=_h(rng, **b), body={
            "zapyt": req, "suma": L("32.00", BUY), "valiuta": "BYN",
            "metad": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/chytalnaja/bron", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "chytac": L(READER, UID), "data": "2026-01-27"}),
        case(f, f"{a}/api/chytalnaja/prybyccio", headers=_h(rng, **b), body={
            "miesca": {"syrata": ala, "dauhata": alo},
            "archiu": {"id": ARCHIVE["id"], "syrata": ARCHIVE["lat"], "dauhata": ARCHIVE["lon"]},
            "chytac": L(READER, UID)}),
        multipart(f, f"{a}/api/kopii", [
            ("foto", "metryka_1921_s41.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("meta", None, "application/json", {
                "fond": "f1", "sprava": "1921-41",
                "apisanne": L("Metryka chryscennia Jazepa Kavalchuka, kasciol Faru, 1921",
                              f"{TEXT}|{SENS}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/dreva", headers=_h(rng, **b), body={
            "chytac": L(READER, UID), "asoby": [
                {"imia": L(GRANDFATHER[0], NAMEC), "hod_naradzennia": L(1921, BIRTH),
                 "nacyjanalnasc": L("paliak", SENS), "vyznannie": L("katalik", SENS)},
                {"imia": L(HUSBAND[0], NAMEC), "data_naradzennia": L("1988-03-14", BIRTH)},
                {"imia": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "data_naradzennia": L(DAUGHTER["dob"], BIRTH)}]}),
        raw(f, f"{a}/api/dreva/sync", tree, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/zapyty/{req}/status", headers=_h(rng, **b)),
        case(f, f"{a}/api/paviedamlenni", headers=_h(rng, **b), body={
            "zapyt": req, "tekst": L("Spadarynia archivistka, u metrycy 1921 hoda prozvisca "
                                     "zapisana jak Kowalczyk, ci mozna dadac daviedku?",
                                     f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/karta_paliaka/kansultacyja", headers=_h(rng, **b), body={
            "zajaunik": {"imia": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "pachodzannie": L("polskaje pa dziedu", SENS), "data": "2026-02-10",
            "kansultacyja": obj(rng, "ks")}),
        hist,
        case(f, f"{a}/api/natatki", fmt="msgpack", headers=_h(rng, **b), body={
            "chytac": L(READER, UID), "natatka": L(
                "Pradzied Antoni taksama katalik, sukac u knihach 1890-ch", f"{TEXT}|{SENS}"),
            "fond": "f1"}),
        case(f, f"{a}/api/zakazy", headers=_h(rng, how="none"), cookies={
            "mt_sesija": L(opaque(rng, "", 40), CRED), "mt_prylada": L(INSTALL_ID, DID),
            "mt_req": rid(rng)}),
        case(f, f"{a}/api/profil/adras", headers=_h(rng, **b), body={
            "adras": L(GR_HOME["line"], ADDR), "horad": L(GR_HOME["town"], COARSE),
            "rajon": L(GR_HOME["area"], COARSE), "indeks": L(GR_HOME["post"], COARSE)}),
        case(f, f"{a}/api/prylady", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/padziei", headers=_h(rng, **b), body={
            "karystalnik": L(USER_ID, UID), "padziei": [
                ev("zapyt_adpraulen", 1), ev("ekran", 2, ekran=L("Dreva", USAGE))]}),
        case(f, f"{a}/api/sesija/abnavic", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "prylada": L(INSTALL_ID, DID)}),
    ]


def metryka_sdks() -> list[Case]:
    rng = random.Random(19832)
    return [
        md_batch(APP, rng, [("Request Sent", {"purpose": L("karta_paliaka", SENS)}),
                            ("Copy Uploaded", {})], at=GR_HOME_AT, nd=2),
        md_identify(APP, rng, {"horad": L("Hrodna", COARSE), "chytac": L(READER, UID)}),
        tz_launch(APP, rng, user=True),
        tz_event(APP, rng, "purchase", {"zapyt": "paid"}, revenue=32.0),
        fv_eval(APP, rng, {"horad": L("Hrodna", COARSE), "role": "chytac"}),
        cr_save(APP, rng, {"analytics": True, "marketing": False}),
        cz_card(APP, rng, email=True),
        cz_confirm(APP, rng, "32.00"),
        mb_geocode(APP, rng, "vulica Azheshka 37 Hrodna archiu", SEARCH, near=GR_HOME_AT, nd=3),
        hm_message(APP, rng, L("Aplata za zapyt prajsla dvojcy", TEXT), {"chytac": L(READER, UID)}),
    ]
