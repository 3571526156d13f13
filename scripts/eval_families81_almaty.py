"""Almaty utilities-and-tax app "Almatolem" (its API's keys are Kazakh in Latin letters; she is on
a year's assignment in Almaty): sign-up with her IIN (``zhsn``), log-in, an SMS code, ``/me``, her
flat's address, utility accounts linked, meter readings (a photo, a form, a smart meter's protobuf),
bills by account in the path, a bill paid, the tax debt by IIN in the query, a tax paid, a
complaint with a photo, a public-service-centre appointment, a gas-leak report with her fix,
payment terminals near her, notifications, push, events and a cookie GET."""

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
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PHONE_NOPLUS,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families81_kit import (
    CSC_AT,
    ESEP,
    KZ_HOME,
    KZ_HOME_AT,
    KZ_PHONE,
    METERS,
    NATID,
    TAX_OFFICE,
    ZHSN,
    fix,
    obj,
)
from eval_families81_sdk import iz_event, iz_open, qs_crash, qs_crumb, sq_batch, sq_identify, zb_bid
from eval_families81_svc import hb_register, kb_geocode, kc_message, kl_save
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("almatolem", "Almatolem", "com.example.almatolem", "4.2.1",
          "https://api.almatolem.example.com")
IID = "X-Almatolem-Device"
PW = "Koktobe!2291"
TZ = "Asia/Almaty"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-KZ,ru;q=0.8,kk;q=0.6", DEV)
    return h


def almatolem() -> list[Case]:
    rng = random.Random(8111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, zhsn=L(ZHSN, NATID), telefon=L(E164, TEL)))}
    la, lo = fix(KZ_HOME_AT, 6)
    lab: dict[str, str] = {}
    meter = pb([(1, L(USER_ID, UID)), (2, METERS["su"]), (3, 41873), (4, 1765300000),
                (5, [(1, L(43.238412, PRECISE)), (2, L(76.912655, PRECISE))])], "", lab)
    bills = at_path(case(f, f"{a}/v1/esep/{ESEP['elektr']}/tolemder", headers=_h(rng, **b),
                         query={"ai": "2025-11"}), ESEP["elektr"], UID)
    return [
        case(f, f"{a}/v1/tirkelu", headers=_h(rng), body={
            "aty": L(FIRST, NAMEC), "tegi": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "poshta": L(EMAIL, MAIL), "qupiya_soz": L(PW, CRED),
            "tugan_kuni": L("17.05.1991", BIRTH), "zhsn": L(ZHSN, NATID),
            "azamattyq": "US", "til": L("en", DEV)}),
        case(f, f"{a}/v1/kiru", fmt="form", headers=_h(rng), body={
            "telefon": L(PHONE_NOPLUS, TEL), "qupiya_soz": L(PW, CRED), "client": "android"}),
        case(f, f"{a}/v1/kiru/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("418207", CRED), "sessiya": rid(rng)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mekenzhai", headers=_h(rng, **b), body={
            "mekenzhai": L(KZ_HOME["mekenzhai"], ADDR), "kala": L(KZ_HOME["kala"], COARSE),
            "poshta_indeksi": L(KZ_HOME["poshta_indeksi"], COARSE),
            "audan": L(KZ_HOME["audan"], COARSE), "lat": la, "lon": lo, "negizgi": True}),
        case(f, f"{a}/v1/esep", headers=_h(rng, **b), body={
            "qyzmet": "elektr", "esep_shot": L(ESEP["elektr"], UID),
            "esepteuish": METERS["elektr"], "zhsn": L(ZHSN, NATID)}),
        case(f, f"{a}/v1/esep", headers=_h(rng, **b), body={
            "qyzmet": "su", "esep_shot": L(ESEP["su"], UID), "esepteuish": METERS["su"]}),
        multipart(f, f"{a}/v1/korsetkish", [
            ("suret", "meter.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("derek", None, "application/json", {
                "esep_shot": L(ESEP["elektr"], UID), "korsetkish": 18233.4,
                "esepteuish": METERS["elektr"], "uaqyt": "2025-12-09T19:02:00+05:00"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/korsetkish/su", fmt="form", headers=_h(rng, **b), body={
            "esep_shot": L(ESEP["su"], UID), "suyq": "41.873", "ystyq": "19.220",
            "esepteuish": METERS["su"]}),
        case(f, f"{a}/v1/smart/su/wifi", headers=_h(rng, **b), body={
            "esepteuish": METERS["su"], "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "wifi_qupiya_soz": L("Samal-2-Tau!", CRED), "telefon_ip": L(LOCAL_IP, DEV)}),
        raw(f, f"{a}/v1/smart/su", meter, "application/x-protobuf", lab, headers=_h(rng, **b)),
        bills,
        case(f, f"{a}/v1/tolem", headers=_h(rng, **b), body={
            "esep_shot": L(ESEP["elektr"], UID), "soma": L("14820.00", BUY), "valyuta": "KZT",
            "karta": L(opaque(rng, "pm_", 24), PAY), "tolem_id": obj(rng, "tl", 10),
            "chek_poshta": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/salyq/qaryz", headers=_h(rng, **b),
             query={"zhsn": L(ZHSN, NATID), "zhyl": "2025", "organ": TAX_OFFICE}),
        case(f, f"{a}/v1/salyq/tolem", fmt="form", headers=_h(rng, **b), body={
            "zhsn": L(ZHSN, NATID), "salyq_kodi": "104402", "organ": TAX_OFFICE,
            "soma": L("3200.00", BUY), "knp": "911", "karta": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/shagym", [
            ("suret", "leak.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("shagym", None, "application/json", {
                "taqyryp": "su_agyp_tur",
                "matin": L("Water leaking from the ceiling of flat 17 at Abai 52 since Monday",
                           f"{TEXT}|{ADDR}"),
                "mekenzhai": L(KZ_HOME["mekenzhai"], ADDR), "lat": la, "lon": lo})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/con/zhazylu", headers=_h(rng, **b), body={
            "zhsn": L(ZHSN, NATID), "ortalyq": {"id": "con_ala_14", "lat": CSC_AT[0],
                                                 "lon": CSC_AT[1], "telefon": KZ_PHONE},
            "qyzmet": "tirkeu_mekenzhai", "uaqyt": "2025-12-15T10:40", "aty": L(FIRST, NAMEC)}),
        case(f, f"{a}/v1/gaz/apat", headers=_h(rng, **b), body={
            "lat": L(43.238431, PRECISE), "lon": L(76.912702, PRECISE), "dal": 9.0,
            "matin": L("Smell of gas in the stairwell", TEXT), "telefon": L(E164, TEL),
            "zhedel": KZ_PHONE}),
        case(f, f"{a}/v1/terminaldar", headers=_h(rng, **b), query={
            "lat": L(f"{KZ_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{KZ_HOME_AT[1]:.3f}", PRECISE),
            "radius": "800"}),
        case(f, f"{a}/v1/habarlamalar", fmt="form", headers=_h(rng, **b), body={
            "poshta": L(EMAIL, MAIL), "sms": L(E164, TEL), "til": L("en", DEV),
            "eske_salu": "1"}),
        case(f, f"{a}/v1/qurylgy", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "ornatu": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "til": L("en_KZ", DEV),
            "waqyt_beldeui": L(TZ, DEV)}),
        case(f, f"{a}/v1/oqigalar", gz=True, headers=_h(rng, **b), body={
            "paidalanushy": L(USER_ID, UID), "oqigalar": [
                ev("bill_paid", 1, service="elektr"), ev("reading_sent", 2),
                ev("screen", 3, screen=L("TaxDebt", USAGE))]}),
        case(f, f"{a}/v1/tolemder/tarikh", headers=_h(rng, how="upper"),
             cookies={"at_sessiya": L(opaque(rng, "", 40), CRED), "til": "en"}),
    ]


def almatolem_sdks() -> list[Case]:
    rng = random.Random(8112)
    return [
        sq_batch(APP, rng, [("Bill Paid", {"service": "elektr", "amount": L(14820, BUY)}),
                            ("Tax Debt Viewed", {})], at=KZ_HOME_AT, nd=2, tz=TZ,
                 locale="en_KZ"),
        sq_identify(APP, rng, {"city": L("Almaty", COARSE), "district": L("Bostandyq", COARSE),
                               "resident": False}),
        iz_open(APP, rng, first=True),
        iz_event(APP, rng, "tax_paid", {"kind": "property"}, revenue=3200.0, currency="KZT"),
        zb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="KAZ", region="ALA",
               city="Almaty"),
        qs_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [qs_crumb("nav", "Bills -> MeterPhoto")], screen="MeterPhotoActivity", tz=TZ),
        hb_register(APP, rng, tags={"services": "elektr,su"}, tz=TZ),
        kl_save(APP, rng, {"analytics": True, "ads": False}, country="KZ", region="ALA"),
        kb_geocode(APP, rng, "Abai dangyly 52", ADDR, near=KZ_HOME_AT, nd=3),
        kc_message(APP, rng, L("My electricity account EL-0471129934 shows a double charge",
                               f"{TEXT}|{UID}"), {"service": "elektr"}),
    ]
