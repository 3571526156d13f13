"""An auto-loan app "Ayuda Kareta" (a lender's app for car and truck loans; she finances a used
pickup bought at a Tamuning dealer): its API's keys are CHamoru as a local developer writes them
with the English a lender keeps (``ssn``, ``vin``, ``apr``, ``routing``): ``naan`` /
``apiyidu`` first name / surname, ``telefon`` phone, ``kontrasena`` password,
``fecha_mafanagu`` birth date, ``direksion`` street address, ``songsong`` village, ``lisensia``
driver's licence, ``chocho`` work (``kompania`` employer, ``suetdo`` pay), ``asagua`` spouse
(co-applicant), ``kareta`` vehicle (``sakkan`` year), ``presiu`` price, ``enganche`` down
payment, ``prestamu`` loan, ``kantidat`` amount, ``apas`` payment, ``kuenta`` account,
``fitma`` signature, ``dibi`` balance owed, ``mensahi`` message, ``aligao`` search, ``risibu``
receipt: sign-up, an e-mail code, ``/yo``, the credit application (gzip; her SSN, licence,
employer, her husband as co-applicant), pay-stub and licence photos, offers, the offer accepted
and signed, proof of insurance, autopay from her checking account, a one-time payment, the
payoff quote by loan number in the path, statements by cookie, a due-date change (msgpack), a
typhoon hardship request, a message to the loan officer, a document checklist sync (JSON Lines),
a search, push, events and a log-out. No earlier set has a car or auto loan ("auto loan", "car
loan", "home loan" matched no docstring; set 32 has a mortgage, set 181 a credit union)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families226_kit import (
    BANK,
    DEALER,
    HOME,
    HUSBAND,
    LICENCE,
    LOAN,
    PLATE,
    SSN,
    VIN,
    hd,
    obj,
    push,
)
from eval_families226_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families226_svc import cl_card, cl_confirm, cy_save, hs_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ayudakareta", "Ayuda Kareta", "com.example.ayudakareta", "5.0.3",
          "https://api.ayudakareta.example.com")
IID = "X-AK-Device"
PW = "Pickup#Tamuning2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def ayudakareta() -> list[Case]:
    rng = random.Random(22631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), prestamu=[L(LOAN, UID)],
                                    scope="borrower"))}
    payoff = at_path(case(f, f"{a}/v1/prestamu/{LOAN}/payoff", headers=_h(rng, **b),
                          query={"fecha": "2026-02-28"}), LOAN, UID)
    return [
        case(f, f"{a}/v1/usuario", headers=_h(rng), body={
            "naan": L(FIRST, NAMEC), "apiyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kontrasena": L(PW, CRED), "terms": True}),
        case(f, f"{a}/v1/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kodigu": L("944102", CRED)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/aplikasion", gz=True, headers=_h(rng, **b), body={
            "naan": L(FIRST, NAMEC), "apiyidu": L(LAST, NAMEC),
            "fecha_mafanagu": L(DOB, BIRTH), "ssn": L(SSN, NID),
            "lisensia": {"numiru": L(LICENCE, NID), "estadu": "GU"},
            "direksion": L(HOME["line"], ADDR), "songsong": L(HOME["village"], COARSE),
            "zip": L(HOME["zip"], COARSE), "sakkan_gi_direksion": 2,
            "chocho": {"kompania": "Hagatna Government Office", "sakkan": 1.5,
                       "suetdo_mes": 3850},
            "asagua": {"naan": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                       "co_applicant": True},
            "kareta": {"vin": VIN, "sakkan": 2019, "modelu": "Frontier SV", "millas": 48210,
                       "dealer": DEALER["id"]},
            "presiu": L(24500, BUY), "enganche": L(3000, BUY)}),
        multipart(f, f"{a}/v1/dokumento", [
            ("file", "paystub_jan.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"tipu": "paystub", "aplikasion": obj(rng, "apl")})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/dokumento", [
            ("file", "lisensia_front.jpg", "image/jpeg", L(JPEG + b"\x32", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"tipu": "drivers_licence",
                                                "numiru": L(LICENCE, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/offers", headers=_h(rng, **b), query={
            "kantidat": L("21500", BUY), "termino": "60", "tier": "B"}),
        case(f, f"{a}/v1/offers/accept", headers=_h(rng, **b), body={
            "offer": obj(rng, "of"), "apr": 8.49, "termino": 60, "apas_mes": L(441.2, BUY),
            "prestamu": L(LOAN, UID), "fitma": L(f"{FIRST} {LAST}", NAMEC),
            "fitma_ora": "2026-01-22T16:02:11-10:00"}),
        case(f, f"{a}/v1/aseguransa", fmt="form", headers=_h(rng, **b), body={
            "prestamu": L(LOAN, UID), "kompania": "Example Insurance Pacific",
            "poliza": L("EIP-AU-5518820", UID), "vin": VIN, "plate": PLATE}),
        case(f, f"{a}/v1/autopay", headers=_h(rng, **b), body={
            "prestamu": L(LOAN, UID), "kuenta": {"naan": L(f"{FIRST} {LAST}", NAMEC),
                                                 "routing": BANK["routing"],
                                                 "numiru": L(BANK["account"], PAY),
                                                 "tipu": "checking"},
            "haani": 15}),
        case(f, f"{a}/v1/apas", fmt="form", headers=_h(rng, **b), body={
            "prestamu": L(LOAN, UID), "kantidat": L("441.20", BUY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        payoff,
        case(f, f"{a}/v1/statements", headers=_h(rng, how="none"), cookies={
            "ak_sess": L(opaque(rng, "", 40), CRED), "ak_dev": L(INSTALL_ID, DID),
            "ak_loan": L(LOAN, UID)}),
        case(f, f"{a}/v1/prestamu/fecha", fmt="msgpack", headers=_h(rng, **b), body={
            "prestamu": L(LOAN, UID), "haani_antes": 15, "haani_nuebu": 28,
            "rason": L("Ma apasi yo gi fin di mes", TEXT)}),
        case(f, f"{a}/v1/hardship", headers=_h(rng, **b), body={
            "prestamu": L(LOAN, UID), "tipu": "typhoon", "mes": 2,
            "rason": L("Pakyo, esta un simana taya kurente yan ti mañocho yo", TEXT)}),
        case(f, f"{a}/v1/mensahi", headers=_h(rng, **b), body={
            "para": "loan_officer", "hilo": obj(rng, "th"),
            "mensahi": L("Hafa adai, i asagua-hu si Joaquin Manibusan para u fitma lokkue'. "
                         "I telefon-na +16715550142", f"{TEXT}|{NAMEC}|{TEL}")}),
        lines(f, f"{a}/v1/checklist/sync", [
            {"op": "done", "item": "paystub", "prestamu": L(LOAN, UID), "t": 1769120000},
            {"op": "done", "item": "insurance", "prestamu": L(LOAN, UID), "t": 1769120040},
            {"op": "todo", "item": "title_lien", "dealer": DEALER["id"]}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/aligao", headers=_h(rng, **b), query={
            "q": L("refinance yan apas antes", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("offer_accepted", 1), ev("screen", 2, screen=L("Payoff", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ayudakareta_sdks() -> list[Case]:
    rng = random.Random(22632)
    return [
        mc_batch(APP, rng, [("Application Submitted", {"amount": L(21500, BUY)}),
                            ("Offer Accepted", {"term": 60})], adid=True),
        mc_identify(APP, rng, {"songsong": L(HOME["village"], COARSE), "tier": "B",
                               "prestamu": L(LOAN, UID)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "loan_funded", {"prestamu": L(LOAN, UID)}, revenue=21500.0,
                 currency="USD", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="trucks,insurance,finance"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.NumberFormatException", "payoff amount"),
                 [cd_crumb("nav", "Prestamu -> Payoff"),
                  cd_crumb("net", "GET", {"url": f"{APP.api}/v1/offers", "status": 200})],
                 screen="PayoffActivity"),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "441.20", "usd"),
        hs_message(APP, rng, L(f"My payment for {LOAN} posted twice this month",
                               f"{TEXT}|{UID}"), {"prestamu": L(LOAN, UID)}),
    ]
