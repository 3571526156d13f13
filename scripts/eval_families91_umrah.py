"""Hajj-and-umrah planner "Labbaikgo" (a licensed agency's groups; she and her husband book an
umrah for March and use the app in Makkah): registration with her pilgrim-fund account, a log-in,
``/me``, packages, a booking for two, passport, photo and vaccination uploads, a health
declaration, the visa with her husband as mahram, the payment, rooming in the group, a message to
the group's guide, ritual progress in the Grand Mosque, group tracking (protobuf), prayer times,
a reflection, an SOS, a hotel, zakat al-fitr, push, events and the itinerary by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others, rid
from eval_families37_kit import fix, obj
from eval_families91_kit import (
    AGENCY,
    GROUP_ID,
    GUIDE,
    HARAM_FIX,
    HUSBAND,
    HUSBAND_PASSPORT,
    MAKKAH_HOTEL,
    MY_HOME_AT,
    PASSPORT,
    PILGRIM_NO,
)
from eval_families91_sdk import hb_batch, hb_identify, jm_event, ls_bid, rp_crash, rp_crumb
from eval_families91_svc import (
    bp_confirm,
    iz_save,
    lw_register,
    ps_search,
    st_message,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("labbaikgo", "Labbaikgo", "com.example.labbaikgo", "6.0.3",
          "https://api.labbaikgo.example.com")
IID = "X-Labbaik-Install"
PW = "Zamzam*Subuh2026"
BOOKING = "LBK-UMR-260311-0482"  # her umrah package booking (financial.purchase)
MK = "Asia/Riyadh"
SAFA_FIX = (21.422101, 39.827312)  # her fix by Safa after a round of sa'i


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def labbaikgo() -> list[Case]:
    rng = random.Random(9141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pilgrim=L(PILGRIM_NO, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HARAM_FIX)
    sla, slo = fix(SAFA_FIX, 5)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, [(1, L(21.42239, PRECISE)), (2, L(39.82598, PRECISE))]),
               (3, GROUP_ID), (4, 47), (5, 1773210600)], "", lab)
    g = f"{a}/api/v1/groups/{GROUP_ID}"
    return [
        case(f, f"{a}/api/v1/register", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L(PW, CRED), "dob": L(DOB, BIRTH), "gender": L("F", GENDER),
            "religion": L("Islam", SENS), "pilgrimNo": L(PILGRIM_NO, UID),
            "nationality": "US", "agency": AGENCY["id"]}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/packages", headers=_h(rng, **b), query={
            "type": "umrah", "month": "2026-03", "from": "KUL", "pax": "2"}),
        case(f, f"{a}/api/v1/bookings", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "package": "UMR-MAR26-14D", "agency": AGENCY["id"],
            "group": GROUP_ID, "room": "double", "total": L("17800.00", BUY),
            "travellers": [{"self": True, "pilgrimNo": L(PILGRIM_NO, UID)},
                           {"name": L(HUSBAND[0], NAMEC), "relation": "husband",
                            "phone": L(HUSBAND[1], TEL)}]}),
        multipart(f, f"{a}/api/v1/documents/passport", [
            ("scan", "passport.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NATID}")),
            ("fields", None, "application/json", {
                "number": L(PASSPORT, NATID), "issuingCountry": "USA",
                "expires": "2032-04-30", "surname": L("DOE", NAMEC),
                "givenNames": L("JANE", NAMEC)})], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/documents/photo", [
            ("photo", "visa_photo.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA))],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/documents/vaccination", [
            ("certificate", "menacwy.jpg", "image/jpeg", L(JPEG + b"\xb3", f"{MEDIA}|{MED}")),
            ("fields", None, "application/json", {"vaccine": L("MenACWY", MED),
                                                  "date": L("2026-01-20", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/health-declaration", headers=_h(rng, **b), body={
            "conditions": [L("hypothyroidism after thyroidectomy", MED)],
            "medications": [L("levothyroxine 125 mcg", MED)], "wheelchair": False,
            "pregnant": False, "signed": True}),
        case(f, f"{a}/api/v1/visa", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "passport": L(PASSPORT, NATID),
            "mahram": {"name": L(HUSBAND[0], NAMEC), "passport": L(HUSBAND_PASSPORT, NATID),
                       "relation": "husband"}, "entry": "JED", "visaType": "umrah"}),
        at_path(case(f, f"{a}/api/v1/bookings/{BOOKING}/pay", fmt="form",
                     headers=_h(rng, **b), body={
                         "amount": L("8900.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
                         "instalment": "1/2"}), BOOKING, BUY),
        case(f, f"{g}/rooming", headers=_h(rng, **b), body={
            "roommates": others(rng, 2, "plg_"), "floorPreference": "low",
            "leader": GUIDE[0], "leaderPhone": GUIDE[1]}),
        case(f, f"{g}/messages", headers=_h(rng, **b), body={
            "to": "leader", "text": L("Ustaz, do we put on ihram before boarding at KLIA?",
                                      f"{TEXT}|{SENS}"), "clientId": rid(rng)}),
        case(f, f"{a}/api/v1/rituals/progress", headers=_h(rng, **b), body={
            "rite": L("tawaf", SENS), "rounds": 7, "completed": True,
            "lat": hla, "lng": hlo, "hotel": MAKKAH_HOTEL["id"]}),
        case(f, f"{a}/api/v1/rituals/progress", fmt="form", headers=_h(rng, **b), body={
            "rite": L("sai", SENS), "rounds": "7", "lat": sla, "lng": slo}),
        raw(f, f"{g}/positions", ping, "application/x-protobuf", lab,
            headers=_h(rng, how="upper", **b)),
        case(f, f"{a}/api/v1/prayer-times", headers=_h(rng, **b), query={
            "lat": L("21.42", COARSE), "lng": L("39.83", COARSE), "method": "MWL",
            "madhab": L("shafii", SENS), "date": "2026-03-14"}),
        case(f, f"{a}/api/v1/journal", headers=_h(rng, **b), body={
            "text": L("First tawaf together. I cried at the Multazam.", f"{TEXT}|{SENS}"),
            "private": True}),
        case(f, f"{a}/api/v1/sos", headers=_h(rng, **b), body={
            "group": GROUP_ID, "lat": L(21.42317, PRECISE), "lng": L(39.82671, PRECISE),
            "text": L("Separated from the group at gate 79", TEXT), "leaderPhone": GUIDE[1]}),
        case(f, f"{a}/api/v1/hotels/{MAKKAH_HOTEL['id']}", headers=_h(rng, **b),
             query={"lat": str(MAKKAH_HOTEL["lat"]), "lng": str(MAKKAH_HOTEL["lon"])}),
        case(f, f"{a}/api/v1/donations", headers=_h(rng, **b), body={
            "type": L("zakat al-fitr", SENS), "amount": L("14.00", BUY), "persons": 2,
            "ref": obj(rng, "don", 8)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "lang": L("ms", DEV), "tz": L(MK, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("package_booked", 1), ev("document_uploaded", 2, kind="passport"),
                ev("view", 3, screen=L("Itinerary", USAGE))]}),
        case(f, f"{a}/api/v1/itinerary", headers=_h(rng, how="none"),
             cookies={"lbk_sess": L(opaque(rng, "", 40), CRED), "lbk_grp": GROUP_ID}),
    ]


def labbaikgo_sdks() -> list[Case]:
    rng = random.Random(9142)
    return [
        hb_batch(APP, rng, [("Package Booked", {"price": L(17800, BUY), "pax": 2}),
                            ("Tawaf Logged", {"rite": L("tawaf", SENS)})],
                 at=HARAM_FIX, nd=3, tz=MK, locale="ms_MY"),
        hb_identify(APP, rng, {"pilgrimage": L("umrah", SENS),
                               "city": L("Kuala Lumpur", COARSE), "pax": 2}),
        jm_event(APP, rng, "purchase", {"booking": L(BOOKING, BUY)}, revenue=8900.0,
                 hashed=True),
        ls_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}},
               keywords=L("umrah,halal travel,ihram", SENS)),
        rp_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [rp_crumb("nav", "Rituals -> Tawaf"), rp_crumb("log", "gps fix lost")],
                 screen="RitualActivity", tz=MK),
        lw_register(APP, rng, at=MY_HOME_AT, nd=2, lang="ms", tags={"group": GROUP_ID}),
        iz_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        bp_confirm(APP, rng, "8900.00"),
        ps_search(APP, rng, "hotel near Masjid Nabawi", SEARCH, near=HARAM_FIX, nd=3),
        st_message(APP, rng, L(f"Visa for {BOOKING} still pending after 10 days",
                               f"{TEXT}|{BUY}"), {"group": GROUP_ID}),
    ]
