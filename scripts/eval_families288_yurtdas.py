"""A Crimean Tatar community union's member app "Yurtdaslar" (``yurtdas`` compatriot: a
fictional union of Dobruja's Crimean Tatars with branches in each town; it elects its council at
a yearly congress (``qurultay``) and campaigns for the language in schools; its API's keys are
Crimean Tatar, ASCII-folded: ``adi`` first name, ``soyadi`` surname, ``elektron_posta`` e-mail,
``telefon_nomeri`` phone, ``sifre`` password, ``tuvgan_tarih`` birth date, ``vesiqa_nomeri``
document number, ``milleti`` nationality, ``dini`` religion, ``ana_tili`` native language,
``azaliq_nomeri`` membership number, ``sube`` branch, ``qocasi`` her husband, ``aidat`` dues,
``saylav`` election, ``namzet`` candidate, ``rey`` vote, ``imza`` signature, ``talap`` demand,
``bilet`` ticket, ``kisiler`` people, ``bagis`` donation, ``fond`` fund, ``gonullu`` volunteer,
``beceriler`` skills, ``kurs`` course, ``yazi`` text): membership with her nationality, religion
and her husband, a log-in, an SMS code, ``/menim``, the dues, the congress's delegate candidates
and her vote, a signature for the language petition, festival tickets for the three of them, the
congress check-in with her fix, a donation to the Crimea solidarity fund, volunteering, an album
photo, a message to the branch, the member card by number in the path, a news page, a search, the
adults' Crimean Tatar course, a receipt by cookie (base64 JSON preferences), push and events.
Set 163's Eritrean association is a hall with a Saturday school and set 228 a festival's
delegations; this one is a minority union's membership with an internal election and a petition
(political opinion and ethnic origin both)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families24_kit import claims
from eval_families288_kit import (
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    RESIDENCE,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families288_sdk import iz_event, qc_crash, qc_crumb, sy_batch, sy_identify
from eval_families288_svc import (
    aq_card,
    aq_confirm,
    cq_register,
    hq_route,
    mv_save,
    yd_message,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("yurtdaslar", "Yurtdaslar", "com.example.yurtdaslar", "1.9.5",
          "https://api.yurtdaslar.example.org")
IID = "X-YD-Cihaz"
PW = "Qaytarma*2026"
DOB_CT = "17.05.1991"
NID = "personal.national_id"
BRANCH = "sb_medgidia"  # her branch of the union (membership: personal.sensitive)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def yurtdaslar() -> list[Case]:
    rng = random.Random(28831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), aza=L(MEMBER, UID),
                                    sube=L(BRANCH, SENS)))}
    hla, hlo = fix(HALL_FIX, 4)
    card = at_path(case(f, f"{a}/api/azalar/{MEMBER}/kart", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/api/azalar", headers=_h(rng), body={
            "adi": L(FIRST, NAMEC), "soyadi": L(LAST, NAMEC), "elektron_posta": L(EMAIL, MAIL),
            "telefon_nomeri": L(E164, TEL), "sifre": L(PW, CRED),
            "tuvgan_tarih": L(DOB_CT, BIRTH), "vesiqa_nomeri": L(RESIDENCE, NID),
            "milleti": L("amerikan", SENS), "dini": L("musulman", SENS),
            "ana_tili": L("ingliz", SENS), "sube": L(BRANCH, SENS),
            "azaliq_turu": L("aile azasi", SENS),
            "qocasi": {"adi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "adres": L(HOME["line"], ADDR), "seer": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/auth/kiris", fmt="form", headers=_h(rng), body={
            "elektron_posta": L(EMAIL_MIXED, MAIL), "sifre": L(PW, CRED)}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon_nomeri": L(E164, TEL), "kod": L("318402", CRED)}),
        case(f, f"{a}/api/menim", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/azalar/aile", headers=_h(rng, **b), body={
            "aza": L(MEMBER, UID), "azalar": [
                {"adi": L(HUSBAND[0], NAMEC), "aqrabaliq": "qocasi",
                 "milleti": L("qirimtatar", SENS)},
                {"adi": L(KID, NAMEC), "aqrabaliq": "oglu", "tuvgan_tarih": L(SON["dob"], BIRTH),
                 "milleti": L("qirimtatar", SENS)}]}),
        case(f, f"{a}/api/aidat/tolev", fmt="form", headers=_h(rng, **b), body={
            "aza": L(MEMBER, UID), "yil": "2026", "miqdar": L("60", BUY), "valyuta": "RON",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/qurultay/namzetler", headers=_h(rng, **b), query={
            "sube": L(BRANCH, SENS), "saylav": "delegat-2026"}),
        case(f, f"{a}/api/qurultay/rey", headers=_h(rng, **b), body={
            "aza": L(MEMBER, UID), "saylav": L("delegat-2026", SENS),
            "reyler": [L("nz_0417", SENS), L("nz_0422", SENS), L("nz_0431", SENS)],
            "bulleten": obj(rng, "bl")}),
        case(f, f"{a}/api/imza/talap", headers=_h(rng, **b), body={
            "talap": L("mekteplerde-qirimtatar-tili-saatleri", SENS),
            "adi_soyadi": L(f"{FIRST} {LAST}", NAMEC), "seer": L(HOME["town"], COARSE),
            "elektron_posta": L(EMAIL, MAIL),
            "fikir": L("Oglum Timur mektepte ana tilini ogrensin istiyim.",
                       f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/vaqialar/bilet", headers=_h(rng, **b), body={
            "vaqia": L("Hidirellez 2026 Medgidia", SENS), "kisiler": [
                L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "miqdar": L(75, BUY), "bilet": obj(rng, "tk")}),
        case(f, f"{a}/api/qurultay/kelis", headers=_h(rng, **b), body={
            "aza": L(MEMBER, UID), "yer": {"lat": hla, "lng": hlo},
            "salon": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/api/bagis", fmt="form", headers=_h(rng, **b), body={
            "fond": L("qirim-dayanisma", SENS), "miqdar": L("100", BUY), "valyuta": "RON",
            "metod": L(opaque(rng, "pm_", 24), PAY), "adsiz": "false"}),
        case(f, f"{a}/api/gonullu", headers=_h(rng, **b), body={
            "aza": L(MEMBER, UID), "beceriler": ["ingliz tili", "fotograf"],
            "musait": ["cumaertesi"], "telefon": L(NATIONAL, TEL),
            "yazi": L("Yaz lagerinde balalarga ingliz tilini ogretebilirim", TEXT)}),
        multipart(f, f"{a}/api/albom/foto", [
            ("foto", "qaytarma.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
            ("meta", None, "application/json", {
                "albom": "hidirellez-2026",
                "imza": L("Qaytarma oyunu, Timur ilk kere oynadi", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/mesaj", headers=_h(rng, **b), body={
            "kime": "sube_katibi",
            "yazi": L("Server ile ekimiz de qurultayga kelemiz; Timur icin de yer bar mi?",
                      TEXT)}),
        card,
        case(f, f"{a}/api/haberler", headers=_h(rng, **b), query={
            "kategoriya": "qurultay", "sayfa": "1"}),
        case(f, f"{a}/api/qidiruv", headers=_h(rng, **b), query={
            "q": L("qirimtatar tili kursu buyukler icin", SEARCH)}),
        case(f, f"{a}/api/kurslar/yazil", headers=_h(rng, **b), body={
            "aza": L(MEMBER, UID), "kurs": "A1-aksam", "miqdar": L(120, BUY)}),
        case(f, f"{a}/api/aidat/kvitansiya", headers=_h(rng, how="none"), cookies={
            "yd_oturum": L(opaque(rng, "", 40), CRED),
            "yd_prefs": W({"aza": L(MEMBER, UID), "til": L("en", DEV),
                           "sube": L(BRANCH, SENS)}, "b64json")}),
        case(f, f"{a}/api/cihazlar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/vaqialar", gz=True, headers=_h(rng, **b), body={
            "qullanici": L(USER_ID, UID), "vaqialar": [
                ev("rey_berildi", 1), ev("ekran", 2, ekran=L("Qurultay", USAGE)),
                ev("bagis", 3, fond=L("qirim-dayanisma", SENS))]}),
    ]


def yurtdaslar_sdks() -> list[Case]:
    rng = random.Random(28832)
    return [
        sy_batch(APP, rng, [("Vote Cast", {"election": L("delegat-2026", SENS)}),
                            ("Dues Paid", {"amount": L(60, BUY)})], at=HALL_FIX, nd=2),
        sy_identify(APP, rng, {"seer": L("Medgidia", COARSE), "aza": L(MEMBER, UID),
                               "sube": L(BRANCH, SENS)}),
        iz_event(APP, rng, "donation", {"fond": L("qirim-dayanisma", SENS)}, revenue=100.0,
                 currency="RON", hashed=True),
        qc_crash(APP, rng, ("java.lang.IllegalStateException", "ballot already cast"),
                 [qc_crumb("nav", "Qurultay -> Rey"), qc_crumb("tap", "rey_ber")],
                 screen="ReyActivity"),
        cq_register(APP, rng, at=HOME_AT, nd=2, tags={"sube": L(BRANCH, SENS),
                                                      "til": "en"}),
        mv_save(APP, rng, {"analytics": True, "marketing": False}),
        aq_card(APP, rng, email=True),
        aq_confirm(APP, rng, "100.00"),
        hq_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)]),
        yd_message(APP, rng, L("Aidat kvitansiyam kelmedi", TEXT), {"aza": L(MEMBER, UID)}),
    ]
