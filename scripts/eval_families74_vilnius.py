"""Vilnius utility-bills and e-government app "Komunalis" (its API's keys are Lithuanian; she
lives in Vilnius on a residence permit): registration with her personal code, a log-in with an
SMS code, ``/as`` with a JWT, her address, a declaration of residence with her permit and a
lease, bills by payer code, meter readings and a meter photo, a payment from her IBAN and its
confirmation, a residence certificate by personal code in the path and one ordered, the tax
office's pre-filled declarations, the waste schedule for her street, a street-light report with a
photo, a resident parking permit, notification settings, a message to the municipality, push,
events and the bill history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import PDF
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
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families74_kit import (
    ASMENS_KODAS,
    CLERK_MAIL,
    IBAN_LT,
    METERS,
    PAYER_CODE,
    PERMIT_NO,
    SUPPLIER,
    TREASURY_IBAN,
    VLN_HOME,
    VLN_HOME_AT,
    fix,
    obj,
)
from eval_families74_sdk import (
    bw_bid,
    cb_batch,
    cb_identify,
    fg_crash,
    fg_crumb,
    rl_session,
)
from eval_families74_svc import as_save, ft_eval, mw_geocode, pb_sepa, po_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("komunalis", "Komunalis", "com.example.komunalis", "2.8.3",
          "https://api.komunalis.example.com")
IID = "X-Komunalis-Irenginys"
LANG = {"Accept-Language": L("lt-LT,lt;q=0.9,en-US;q=0.7", DEV)}
TZ, LOC = "Europe/Vilnius", "lt-LT"
PW = "Gedimino-Bokstas-19"


def _h(rng: random.Random, how: str = "plain", extra: dict[str, Any] | None = None,
       **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, extra={**LANG, **(extra or {})}, **kw)


def _addr() -> dict[str, Any]:
    return {"gatve": L(VLN_HOME["gatve"], ADDR), "miestas": L(VLN_HOME["miestas"], COARSE),
            "pasto_kodas": L(VLN_HOME["pasto_kodas"], COARSE)}


def komunalis() -> list[Case]:
    rng = random.Random(7411)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, asmens_kodas=L(ASMENS_KODAS, NATID),
                                    el_pastas=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    dekl = obj(rng, "dekl", 8)
    sask = obj(rng, "sask", 10)
    mok = obj(rng, "mok", 10)
    hla, hlo = fix(VLN_HOME_AT)
    cert = case(f, f"{a}/v1/pazymos/gyvenamoji-vieta/{ASMENS_KODAS}", headers=_h(rng, **b),
                query={"formatas": "pdf", "kalba": L("lt", DEV)})
    return [
        case(f, f"{a}/v1/registracija", headers=_h(rng), body={
            "vardas": L(FIRST, NAMEC), "pavarde": L(LAST, NAMEC), "el_pastas": L(EMAIL, MAIL),
            "telefonas": L(E164, TEL), "gimimo_data": L(DOB, BIRTH),
            "asmens_kodas": L(ASMENS_KODAS, NATID), "slaptazodis": L(PW, CRED),
            "sutikimas_naujienlaiskiui": False, "taisykles_versija": "2025-09"}),
        case(f, f"{a}/v1/prisijungimas", fmt="form", headers=_h(rng), body={
            "el_pastas": L(EMAIL_UPPER, MAIL), "slaptazodis": L(PW, CRED),
            "irenginys": L("Google Pixel 8", DEV)}),
        case(f, f"{a}/v1/prisijungimas/patvirtinti", fmt="form", headers=_h(rng), body={
            "telefonas": L(PHONE, TEL), "kodas": L("640219", CRED),
            "uzklausa": opaque(rng, "otp_", 12)}),
        case(f, f"{a}/v1/as", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/as/adresas", headers=_h(rng, **b), body={
            **_addr(), "seniunija": L(VLN_HOME["seniunija"], COARSE),
            "koordinates": {"lat": hla, "lng": hlo}, "nuosavybe": "nuoma"}),
        case(f, f"{a}/v1/deklaracijos/gyvenamoji-vieta", headers=_h(rng, **b), body={
            "deklaracija": dekl, "asmens_kodas": L(ASMENS_KODAS, NATID),
            "leidimo_gyventi_nr": L(PERMIT_NO, NATID), "pilietybe": "USA",
            "adresas": {**_addr(), "savivaldybe": L("Vilniaus m. sav.", COARSE)},
            "atvykimo_data": "2025-03-01", "gaveja": CLERK_MAIL}),
        multipart(f, f"{a}/v1/deklaracijos/{dekl}/priedai", [
            ("leidimas", "leidimas.jpg", "image/jpeg", L(JPEG + b"\x74", f"{MEDIA}|{NATID}")),
            ("nuomos_sutartis", "sutartis.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"deklaracija": dekl, "puslapiai": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/saskaitos", headers=_h(rng, **b), query={
            "moketojo_kodas": L(PAYER_CODE, UID), "laikotarpis": "2025-11",
            "tiekejas": SUPPLIER["id"]}),
        case(f, f"{a}/v1/skaitikliai/rodmenys", headers=_h(rng, **b), body={
            "moketojo_kodas": L(PAYER_CODE, UID), "data": "2025-12-01", "rodmenys": [
                {"skaitiklis": METERS["saltas"], "verte": 412.38},
                {"skaitiklis": METERS["karstas"], "verte": 207.91},
                {"skaitiklis": METERS["elektra"], "verte": 8811}]}),
        multipart(f, f"{a}/v1/skaitikliai/{METERS['karstas']}/nuotrauka", [
            ("foto", "skaitiklis.jpg", "image/jpeg", L(JPEG + b"\x75", MEDIA)),
            ("meta", None, "application/json", {"verte": 207.91, "ocr": 0.97})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mokejimai", headers=_h(rng, **b), body={
            "mokejimas": mok, "saskaitos": [sask], "suma": L("48.17", BUY), "valiuta": "EUR",
            "moketojo_iban": L(IBAN_LT, PAY), "moketojas": L(f"{FIRST} {LAST}", NAMEC),
            "gavejas": {"pavadinimas": SUPPLIER["pavadinimas"], "kodas": SUPPLIER["kodas"],
                        "iban": SUPPLIER["iban"]},
            "paskirtis": L(f"Šildymas 2025-11, mokėtojo kodas {PAYER_CODE}", UID)}),
        case(f, f"{a}/v1/mokejimai/{mok}/patvirtinti", fmt="form", headers=_h(rng, **b), body={
            "sca_kodas": L("8812", CRED), "budas": "sms"}),
        at_path(cert, ASMENS_KODAS, NATID),
        case(f, f"{a}/v1/pazymos", headers=_h(rng, **b), body={
            "tipas": "gyvenamosios_vietos", "asmens_kodas": L(ASMENS_KODAS, NATID),
            "pristatymas": {"el_pastas": L(EMAIL_MIXED, MAIL)},
            "mokestis": L("1.45", BUY), "gavejo_iban": TREASURY_IBAN}),
        case(f, f"{a}/v1/vmi/deklaracijos", headers=_h(rng, how="upper", **b), query={
            "asmens_kodas": L(ASMENS_KODAS, NATID), "metai": "2024", "forma": "GPM311"}),
        case(f, f"{a}/v1/atliekos/grafikas", headers=_h(rng, how="none"), query={
            "adresas": L("Pylimo g. 21", ADDR), "miestas": L("Vilnius", COARSE),
            "konteineriai": "misrios,pakuotes"}),
        multipart(f, f"{a}/v1/pranesimai", [
            ("nuotrauka", "sviestuvas.jpg", "image/jpeg", L(JPEG + b"\x76", MEDIA)),
            ("pranesimas", None, "application/json", {
                "kategorija": "gatviu_apsvietimas",
                "tekstas": L("Prie Pylimo g. 21 kiemo neveikia šviestuvas jau savaitę", TEXT),
                "lat": L(54.679201, PRECISE), "lng": L(25.281044, PRECISE),
                "kontaktas": {"el_pastas": L(EMAIL, MAIL)}})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/leidimai/parkavimas", headers=_h(rng, **b), body={
            "valstybinis_nr": "MKA 418", "zona": "melyna", "gyventojo": True,
            "laikotarpis": "2026-01", "suma": L("5.00", BUY),
            "adresas": {"gatve": L(VLN_HOME["gatve"], ADDR)}}),
        case(f, f"{a}/v1/as/pranesimu-nustatymai", fmt="form", headers=_h(rng, **b), body={
            "el_pastas": L(EMAIL, MAIL), "sms": L(E164, TEL), "saskaitos": "1",
            "atliekos": "1", "kalba": L("lt", DEV)}),
        case(f, f"{a}/v1/zinutes", headers=_h(rng, **b), body={
            "gavejas": "savivaldybe", "tema": "Šildymo sąskaita",
            "tekstas": L("Lapkričio šildymo sąskaita dvigubai didesnė, gyvenu viena, "
                         f"{VLN_HOME['gatve']}", f"{TEXT}|{ADDR}"),
            "atsakyti": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/irenginiai/push", headers=_h(rng, **b), body={
            "zetonas": L(push_token(rng), DID), "irenginio_id": L(INSTALL_ID, DID),
            "modelis": L("Pixel 8", DEV), "os": L("Android 14", DEV), "kalba": L("lt", DEV),
            "laiko_juosta": L(TZ, DEV)}),
        case(f, f"{a}/v1/ivykiai", gz=True, headers=_h(rng, **b), body={
            "naudotojas": L(USER_ID, UID), "ivykiai": [
                ev("bill_paid", 1, suma=48.17), ev("meter_submitted", 2),
                ev("screen", 3, screen=L("Saskaitos", USAGE))]}),
        case(f, f"{a}/v1/saskaitos/istorija", headers=_h(rng, how="nodash"),
             cookies={"kmn_sesija": L(opaque(rng, "", 40), CRED), "kmn_kalba": "lt"}),
    ]


def komunalis_sdks() -> list[Case]:
    rng = random.Random(7412)
    return [
        cb_batch(APP, rng, [("Bill Viewed", {"supplier": SUPPLIER["id"]}),
                            ("Bill Paid", {"amount": L(48.17, BUY), "currency": "EUR"})],
                 at=VLN_HOME_AT, nd=2, tz=TZ, locale=LOC),
        cb_identify(APP, rng, {"city": L("Vilnius", COARSE), "language": L("lt", DEV),
                               "plan": "free", "email": L(EMAIL, MAIL)}),
        rl_session(APP, rng, first=True, lang="lt"),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="LTU", region="VL",
               city="Vilnius", utc=120, lang="lt"),
        fg_crash(APP, rng, ("java.lang.IllegalStateException", "meter photo too dark"),
                 [fg_crumb("navigation", "Skaitikliai -> Nuotrauka"),
                  fg_crumb("ui.click", "submit", {"meter": METERS["karstas"]})],
                 screen="MeterPhotoActivity", tz=TZ, locale="lt_LT"),
        ft_eval(APP, rng, {"savivaldybe": L("Vilniaus m. sav.", COARSE), "sepa": True}),
        po_register(APP, rng, tags={"atliekos": "misrios"}, tz=TZ, lang="lt"),
        as_save(APP, rng, {"analytics": True, "ads": False, "personalisation": False},
                country="LT", region="VL", lang="lt"),
        pb_sepa(APP, rng, IBAN_LT),
        mw_geocode(APP, rng, "Pylimo g. 21", ADDR, near=VLN_HOME_AT, nd=3, lang="lt"),
    ]
