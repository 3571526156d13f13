"""Paying-guest landlady app "Kothrimitra" (she lets three rooms of the family's Nagwa house to
BHU students; she is the owner, the app files tenants' police verification and collects rent).
Its API's keys are Bhojpuri in Latin letters: ``malik`` owner (her account), ``naanv``/``titil``,
``imel``, ``mobail``, ``kunji``, ``pan``, ``aadhar``, ``pata`` address, ``mohalla``
neighbourhood, ``pin``, ``makaan`` house, ``kothri`` room, ``bhada`` rent (``bhada_dar`` the
listed rents), ``jama`` deposit, ``suvidha`` amenities, ``kirayedaar`` tenant, ``pita`` father
(``pita_ke_naanv``, ``pita_mobail``), ``sthayi_pata`` permanent address, ``malkin`` landlady,
``police_satyapan`` police verification, ``pahchan`` identity document, ``bijli`` electricity,
``mahina`` month, ``bakaya`` arrears, ``nikas`` move-out, ``wapsi`` refund, ``aay`` income,
``kar`` tax, ``anubandh`` agreement, ``gawah`` witness, ``sanesa`` message, ``shikayat``
complaint, ``khoj`` search): the owner's sign-up, a log-in, ``/hamaar``, the house (her point),
two tenants with their Aadhaar, an Aadhaar card photo, a police verification (gzip), rent
collected by UPI, arrears, the electricity sub-meters (msgpack), messages, a complaint answered,
a move-out refund to a tenant's UPI address, her income by owner number in the path, the tax
summary with her PAN, the tenants' Wi-Fi, a search, the rent agreement (PDF), a dashboard by
cookies, push and events. Earlier sets have tenants paying rent (the renter's side) and a
university hostel; here she is the landlady, and the tenants are the data subjects she types."""

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
    EMAIL_UPPER,
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
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families180_kit import (
    AADHAAR,
    HUSBAND,
    OWNER,
    PAN,
    PG,
    PG_AT,
    TENANTS,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families180_sdk import (
    bb_bid,
    bb_notice,
    ct_crash,
    ct_crumb,
    gl_batch,
    gl_identify,
    tc_event,
    tc_launch,
)
from eval_families180_svc import ck_upi, fs_eval, hp_message, mg_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kothrimitra", "Kothrimitra", "com.example.kothrimitra", "5.0.2",
          "https://api.kothrimitra.example.com")
IID = "X-KM-Yantar"
PW = "Nagwa#Kothri2025"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
T1, T2 = TENANTS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kothrimitra() -> list[Case]:
    rng = random.Random(18041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, malik=L(OWNER, UID), imel=L(EMAIL, MAIL)))}
    pla, plo = fix(PG_AT)
    house = obj(rng, "mk")
    t1, t2 = obj(rng, "kd"), obj(rng, "kd")
    aay = at_path(case(f, f"{a}/v1/malik/{OWNER}/aay", headers=_h(rng, **b),
                       query={"varsh": "2025-26"}), OWNER, UID)
    return [
        case(f, f"{a}/v1/malik/judin", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "titil": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "kunji": L(PW, CRED), "pan": L(PAN, NID),
            "pata": L(PG["line"], ADDR), "mohalla": L(PG["mohalla"], COARSE),
            "pin": L(PG["pin"], COARSE), "malik": L(OWNER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "kunji": L(PW, CRED)}),
        case(f, f"{a}/v1/hamaar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/makaan", headers=_h(rng, **b), body={
            "makaan": house, "pata": L(PG["line"], ADDR), "thaur": {"lat": pla, "lng": plo},
            "kothri": 3, "bhada_dar": {"K1": 5500, "K2": 6500, "K3": 6500},
            "suvidha": ["wifi", "RO", "inverter"], "malik": L(OWNER, UID)}),
        case(f, f"{a}/v1/kirayedaar", headers=_h(rng, **b), body={
            "kirayedaar": t1, "naanv": L(T1["name"], NAMEC), "mobail": L(T1["phone"], TEL),
            "aadhar": L(T1["aadhaar"], NID), "pita_mobail": L(T1["father"], TEL),
            "college": "BHU", "kothri": T1["room"], "jama": L(6500, BUY),
            "bhada": L(6500, BUY)}),
        multipart(f, f"{a}/v1/kirayedaar/pahchan", [
            ("aadhar_phota", "ankit_aadhar.jpg", "image/jpeg",
             L(JPEG + b"\x61", f"{MEDIA}|{NID}")),
            ("jankari", None, "application/json", {"kirayedaar": t1, "kism": "aadhar"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/police_satyapan", gz=True, headers=_h(rng, **b), body={
            "kirayedaar": {"naanv": L(T2["name"], NAMEC),
                           "pita_ke_naanv": L("Ramakant Mishra", NAMEC),
                           "janam_tarikh": L("2004-02-11", BIRTH),
                           "aadhar": L(T2["aadhaar"], NID), "mobail": L(T2["phone"], TEL),
                           "sthayi_pata": L("Gram Belthara, Ballia", ADDR)},
            "malkin": {"naanv": L(f"{FIRST} {LAST}", NAMEC), "aadhar": L(AADHAAR, NID),
                       "mobail": L(E164, TEL)},
            "thana": "Lanka", "makaan": house}),
        case(f, f"{a}/v1/bhada/mang", headers=_h(rng, **b), body={
            "kirayedaar": t2, "mahina": "2025-12", "rakam": L(6500, BUY),
            "upi": L(UPI, PAY), "yaad_dilaw": True}),
        case(f, f"{a}/v1/bhada/bakaya", headers=_h(rng, **b), query={
            "makaan": house, "mahina": "2025-12"}),
        case(f, f"{a}/v1/bijli/reading", fmt="msgpack", headers=_h(rng, **b), body={
            "makaan": house, "mahina": "2025-12",
            "meter": [{"kothri": "K2", "unit": 142}, {"kothri": "K3", "unit": 118}],
            "rakam": [L(1136, BUY), L(944, BUY)]}),
        case(f, f"{a}/v1/sanesa", headers=_h(rng, **b), body={
            "ke": t1, "sanesa": L("Ankit, RO ke filter kal badlaai, 10 baje ghare rahiha",
                                  TEXT)}),
        case(f, f"{a}/v1/shikayat/jawab", headers=_h(rng, **b), body={
            "shikayat": obj(rng, "sk"), "sthiti": "hal",
            "jawab": L("Inverter ke battery badal dihal gail ba", TEXT)}),
        case(f, f"{a}/v1/nikas", headers=_h(rng, **b), body={
            "kirayedaar": t2, "tarikh": "2026-01-31", "jama_wapsi": L(5200, BUY),
            "katauti": L(1300, BUY), "kirayedaar_upi": L("saurabh.m04@okexample", PAY)}),
        aay,
        case(f, f"{a}/v1/aay/kar", headers=_h(rng, **b), body={
            "pan": L(PAN, NID), "varsh": "2025-26", "kul_bhada": L(186000, BUY),
            "manak_katauti": L(55800, BUY)}),
        case(f, f"{a}/v1/makaan/wifi", headers=_h(rng, **b), body={
            "makaan": house, "ssid": L("Nagwa-PG-5G", WIFI), "bssid": L("5c:e9:31:07:b2:4e", WIFI),
            "router_ip": L("192.168.0.1", DEV)}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("plumber Lanka sasta", SEARCH)}),
        multipart(f, f"{a}/v1/anubandh", [
            ("anubandh", "kiraya_anubandh_K2.pdf", "application/pdf", L(PDF, MEDIA)),
            ("jankari", None, "application/json", {
                "kirayedaar": t1, "estamp": "UP-ES-8841207", "bhada": L(6500, BUY),
                "gawah": L(HUSBAND["name"], NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/dashboard", headers=_h(rng, how="none"), cookies={
            "km_sess": L(opaque(rng, "", 40), CRED), "km_yantar": L(INSTALL_ID, DID),
            "km_prefs": W({"malik": L(OWNER, UID), "bhasa": L("hi", DEV)}, "b64json")}),
        case(f, f"{a}/v1/yantar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatna", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("bhada_mila", 1, rakam=L(6500, BUY)),
                ev("screen", 2, screen=L("Kirayedaar", USAGE))]}),
    ]


def kothrimitra_sdks() -> list[Case]:
    rng = random.Random(18042)
    return [
        gl_batch(APP, rng, [("Rent Received", {"total": L(6500, BUY)}),
                            ("Tenant Added", {"rooms": 3})], at=PG_AT, nd=2),
        gl_identify(APP, rng, {"shahar": L("Varanasi", COARSE), "malik": L(OWNER, UID),
                               "makaan": 1}),
        tc_launch(APP, rng, user=True),
        tc_event(APP, rng, "rent_collected", {"mahina": "2025-12"}, revenue=6500.0),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="rent,pg,varanasi"),
        bb_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "tenant row"),
                 [ct_crumb("nav", "Makaan -> Kirayedaar")], screen="TenantActivity"),
        fs_eval(APP, rng, {"shahar": L("Varanasi", COARSE), "rooms": 3}, hdr=True),
        ck_upi(APP, rng, "6500", payout=True),
        mg_geocode(APP, rng, "Nagwa Lanka Varanasi", SEARCH, near=PG_AT, nd=2),
        hp_message(APP, rng, L("Police verification for Saurabh is stuck on pending", TEXT),
                   {"malik": L(OWNER, UID)}),
    ]
