"""A landlord's rent ledger app "Bhada Khata" (``bhada`` rent, ``khata`` account book; a
fictional Bilaspur app for small landlords: the family lets three shops in a complex in Vyapar
Vihar that her father-in-law built, and she keeps the books from Raipur since her mother-in-law
handed them over: tenants, leases, rent demands by UPI, receipts with TDS, deposits, repairs).
Its API's keys are Chhattisgarhi in Latin letters with the English a bookkeeping app keeps
(``pan``, ``gstin``, ``tds``, ``ifsc``, ``upi``): ``malik`` owner, ``kirayedar`` tenant,
``dukaan`` shop, ``bhada`` rent, ``amanat`` security deposit, ``anubandh`` lease, ``rasid``
receipt, ``baki`` dues, ``mahina`` month, ``bijli`` electricity, ``marammat`` repair, ``mistri``
workman, ``naanv`` first name, ``upnaanv`` surname, ``mobail`` mobile, ``paasvard`` password
(a loan), ``thikana`` address, ``sahar`` town, ``khata_nambar`` account number, ``rakam``
amount, ``nagad`` cash, ``sandesa`` message, ``photu`` photo, ``jagha`` place, ``saas``
mother-in-law: sign-up with her PAN, log-in, ``/mor``, the property with her mother-in-law as
co-owner, a tenant added, the lease (PDF), dues, a UPI rent demand, a receipt with TDS, the payout
account, the lease by number in the path, a visit to the shops (her fix), a shutter photo, a
repair, meter readings, cash entries (msgpack), an offline ledger sync (JSON Lines), a message to
a tenant, the yearly statement, an export by cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families307_kit import (
    COMPLEX,
    IN_ACCOUNT,
    IN_IFSC,
    LANDLORD,
    LEASE,
    MOTHER_IL,
    PAN,
    RP_HOME,
    SHOP_FIX,
    TENANTS,
    UPI_VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families307_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families307_svc import cl_wallet, fn_eval, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bhadakhata", "Bhada Khata", "com.example.bhadakhata", "4.0.2",
          "https://api.bhadakhata.example.net")
IID = "X-Khata-Install"
PW = "Arpa$Bilaspur26"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def khata() -> list[Case]:
    rng = random.Random(30741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, malik=L(LANDLORD, UID), pan=L(PAN, NID)))}
    sla, slo = fix(SHOP_FIX)
    lease = at_path(case(f, f"{a}/v1/anubandh/{LEASE}", headers=_h(rng, **b)), LEASE, BUY)
    return [
        case(f, f"{a}/v1/malik/signup", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "upnaanv": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "paasvard": L(PW, CRED), "pan": L(PAN, NID),
            "thikana": L(RP_HOME["line"], ADDR), "sahar": L(RP_HOME["town"], COARSE),
            "pin": L(RP_HOME["pin"], COARSE), "malik_id": L(LANDLORD, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "paasvard": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mor", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/sampatti", headers=_h(rng, **b), body={
            "malik_id": L(LANDLORD, UID), "complex": COMPLEX["id"],
            "dukaan": ["S-1", "S-2", "S-4"], "sahar": L("Bilaspur", COARSE),
            "sah_malik": {"naanv": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
                          "rishta": "saas", "hissa_pratishat": 50}}),
        case(f, f"{a}/v1/kirayedar", headers=_h(rng, **b), body={
            "dukaan": "S-2", "naanv": L(TENANTS[0][0], NAMEC), "mobail": L(TENANTS[0][1], TEL),
            "dhandha": "Shri Ram Medical Store", "gstin": "22AAKFS4417M1Z3",
            "bhada": L(18000, BUY), "amanat": L(54000, BUY), "anubandh": L(LEASE, BUY)}),
        multipart(f, f"{a}/v1/anubandh/upload", [
            ("file", "lease_S2_2024.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"anubandh": L(LEASE, BUY), "dukaan": "S-2",
                                                "avadhi_mahina": 33})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bhada/baki", headers=_h(rng, **b), query={
            "malik_id": L(LANDLORD, UID), "mahina": "2026-03"}),
        case(f, f"{a}/v1/bhada/maang", headers=_h(rng, **b), body={
            "kirayedar_mobail": L(TENANTS[1][1], TEL), "dukaan": "S-4",
            "rakam": L(16000, BUY), "upi_id": L(UPI_VPA, PAY), "mahina": "2026-03",
            "maang_id": obj(rng, "dm")}),
        case(f, f"{a}/v1/rasid", fmt="form", headers=_h(rng, **b), body={
            "anubandh": L(LEASE, BUY), "rakam": L("18000", BUY), "tds": L("1800", BUY),
            "pan": L(PAN, NID), "mahina": "2026-02"}),
        case(f, f"{a}/v1/payout/khata", headers=_h(rng, **b), body={
            "khata_dhari": L(f"{FIRST} {LAST}", NAMEC), "khata_nambar": L(IN_ACCOUNT, PAY),
            "ifsc": IN_IFSC, "malik_id": L(LANDLORD, UID)}),
        lease,
        case(f, f"{a}/v1/visit", headers=_h(rng, **b), body={
            "complex": COMPLEX["id"], "jagha": {"lat": sla, "lng": slo, "acc": 7},
            "complex_jagha": {"lat": COMPLEX["lat"], "lng": COMPLEX["lon"]}}),
        multipart(f, f"{a}/v1/marammat/photu", [
            ("photu", "shutter_S1.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {
                "dukaan": "S-1",
                "vivran": L("S-1 ke shutter ke spring tut ge he, khulat nai he", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/marammat", headers=_h(rng, **b), body={
            "dukaan": "S-1", "mistri": "Ramesh Shutter Works", "mistri_mobail": "+919907118230",
            "kharcha": L(3200, BUY), "kaam_id": obj(rng, "mj")}),
        case(f, f"{a}/v1/bijli/reading", gz=True, headers=_h(rng, **b), body={
            "complex": COMPLEX["id"], "reading": [{"meter": "cspdcl_88120431", "unit": 4412},
                                                   {"meter": "cspdcl_88120447", "unit": 2981}]}),
        case(f, f"{a}/v1/nagad", fmt="msgpack", headers=_h(rng, **b), body={
            "malik_id": L(LANDLORD, UID), "entry": [
                {"kirayedar": L(TENANTS[1][0], NAMEC), "nagad": L(16000, BUY), "tithi":
                 "2026-03-05"},
                {"kirayedar": L(TENANTS[0][0], NAMEC), "nagad": L(2000, BUY), "tithi":
                 "2026-03-06"}]}),
        lines(f, f"{a}/v1/sync", [
            {"op": "bhada_mila", "anubandh": L(LEASE, BUY), "rakam": L(18000, BUY)},
            {"op": "kharcha", "kaam": "shutter", "rakam": L(3200, BUY),
             "by": L(LANDLORD, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sandesa", headers=_h(rng, **b), body={
            "paane_wala": L(TENANTS[1][1], TEL),
            "sandesa": L("Farida ji, March ke bhada 16000 abhi baki he, 10 tarikh tak bhej dihav",
                         f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/report/salana", headers=_h(rng, **b), query={
            "fy": "2025-26", "pan": L(PAN, NID), "format": "pdf"}),
        case(f, f"{a}/v1/ledger/export", headers=_h(rng, how="none"), cookies={
            "bk_satr": L(opaque(rng, "", 40), CRED), "bk_req": rid(rng),
            "bk_pasand": W({"malik_id": L(LANDLORD, UID), "bhakha": L("hi", "device.info")},
                           "b64json")}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rent_demand_sent", 1), ev("screen", 2, screen=L("Baki", USAGE))]}),
    ]


def khata_sdks() -> list[Case]:
    rng = random.Random(30742)
    return [
        mc_batch(APP, rng, [("Rent Demanded", {"amount": L(16000, BUY)}),
                            ("Receipt Issued", {})], at=SHOP_FIX, nd=2),
        mc_identify(APP, rng, {"city": L("Bilaspur", COARSE), "properties": 1,
                               "malik_id": L(LANDLORD, UID)}),
        mc_pixel(APP, rng, "Ledger Opened", {"fy": "2025-26"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "subscription", {"plan": "malik_plus"}, revenue=999.0),
        fn_eval(APP, rng, {"city": L("Bilaspur", COARSE), "role": "landlord"}),
        pt_register(APP, rng, at=SHOP_FIX, nd=2, tags={"city": L("Bilaspur", COARSE)}),
        cl_wallet(APP, rng, "999", L(UPI_VPA, PAY)),
        mm_reverse(APP, rng, SHOP_FIX, "location.precise", nd=5),
        hs_message(APP, rng, L(f"Receipt for lease {LEASE} shows the wrong month",
                               f"{TEXT}|{BUY}"), {"malik_id": L(LANDLORD, UID)}),
    ]
