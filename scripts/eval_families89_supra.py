"""Tbilisi wine-tour and supra-dinner booking app "Supraveli" (its API's keys are Georgian in
Latin letters: saxeli, gvari, elposta, telefoni, paroli, dabadebis_tarighi, piradi_nomeri,
misamarti, kucha, kalaki, sapostho_indeksi; she is on two months of remote work in Tbilisi):
sign-up with her passport, a log-in, ``/me``, her Tbilisi address, a tour search, a tour, a
booking (diet, allergies), a supra dinner for friends, the payment, the booking by reference in
the path, the pickup (msgpack), a check-in at the cellar, tasting notes, wine shipped home, a
photo, a review, a tip, a message to the guide, a waitlist, a referral, push, events and the
bookings by a cookie GET; a Play purchase."""

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
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families89_kit import (
    BOOKING,
    GUESTS,
    GUIDE,
    HALL,
    PASSPORT,
    TB_HOME,
    TB_HOME_AT,
    TOUR_FIX,
    WINERY,
)
from eval_families89_sdk import bz_bid, kv_event, kv_link, sh_crash, sh_crumb, tv_batch, tv_identify
from eval_families89_svc import dk_message, gd_card, gd_confirm, rk_geocode, rk_reverse, zr_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("supraveli", "Supraveli", "com.example.supraveli", "4.2.1",
          "https://api.supraveli.example.com")
IID = "X-Supraveli-Mowyobiloba"
PAROLI = "Saperavi!Mtatsminda7"
NATID = "personal.national_id"
TOUR = "tr_kakheti_qvevri_01"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-US,ka;q=0.8", DEV)
    return h


def supraveli() -> list[Case]:
    rng = random.Random(8911)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, elposta=L(EMAIL, MAIL), saxeli=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(TB_HOME_AT)
    pla, plo = fix(TB_HOME_AT, 5)
    cla, clo = fix(TOUR_FIX)
    status = at_path(case(f, f"{a}/v1/javshnebi/{BOOKING}", headers=_h(rng, **b)), BOOKING, BUY)
    return [
        case(f, f"{a}/v1/registracia", headers=_h(rng), body={
            "saxeli": L(FIRST, NAMEC), "gvari": L(LAST, NAMEC), "elposta": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "paroli": L(PAROLI, CRED),
            "dabadebis_tarighi": L(DOB, BIRTH), "piradi_nomeri": L(PASSPORT, NATID),
            "dokumenti": "pasporti", "ena": L("en", DEV), "siaxleebi": False}),
        case(f, f"{a}/v1/shesvla", fmt="form", headers=_h(rng), body={
            "elposta": L(EMAIL_MIXED, MAIL), "paroli": L(PAROLI, CRED), "damimaxsovre": "1"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/me/misamarti", headers=_h(rng, **b), body={"misamarti": {
            "kucha": L(TB_HOME["kucha"], ADDR), "kalaki": L(TB_HOME["kalaki"], COARSE),
            "sapostho_indeksi": L(TB_HOME["indeksi"], COARSE), "qveyana": L("GE", COARSE),
            "lat": hla, "lon": hlo}, "mtavari": True}),
        case(f, f"{a}/v1/turebi", headers=_h(rng, **b), query={
            "dzebna": L("qvevri kakheti", SEARCH), "tarighi": "2025-12-13",
            "lat": L(f"{TB_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{TB_HOME_AT[1]:.3f}", PRECISE),
            "radiusi": "150", "gverdi": "1"}),
        case(f, f"{a}/v1/turebi/{TOUR}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/javshnebi", headers=_h(rng, **b), body={
            "turi": TOUR, "tarighi": "2025-12-13", "stumrebi": 1, "nomeri": L(BOOKING, BUY),
            "jami": L("145.00", BUY), "valuta": "GEL",
            "ayvana": {"kucha": L(TB_HOME["kucha"], ADDR), "lat": pla, "lon": plo},
            "kveba": L("markhva (Orthodox fast)", SENS), "alergia": [L("walnuts", MED)],
            "shenishvna": L("Please no walnut sauces, I carry an EpiPen", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/supra", headers=_h(rng, **b), body={
            "darbazi": HALL["id"], "darbazis_saxeli": HALL["name"], "tarighi": "2025-12-20T19:30",
            "stumrebi": [{"saxeli": L(n, NAMEC), "telefoni": L(p, TEL)} for n, p in GUESTS],
            "tamada": L(GUESTS[1][0], NAMEC),
            "mizezi": L("Ruth's 40th birthday", f"{TEXT}|{NAMEC}"),
            "sasmeli": L("alcohol-free for me, I'm on methotrexate", f"{TEXT}|{MED}"),
            "avansi": L("120.00", BUY)}),
        case(f, f"{a}/v1/gadakhdebi", fmt="form", headers=_h(rng, **b), body={
            "javshani": L(BOOKING, BUY), "tanxa": L("145.00", BUY), "valuta": "GEL",
            "meTodi": L(opaque(rng, "pm_", 24), PAY), "bolo_otxi": L("4444", PAY)}),
        status,
        case(f, f"{a}/v1/javshnebi/{BOOKING}/ayvana", fmt="msgpack", headers=_h(rng, **b),
             body={"lat": pla, "lon": plo, "sizuste": 9, "ts": 1765612810,
                   "gidi": GUIDE[0], "gidis_telefoni": GUIDE[1]}),
        case(f, f"{a}/v1/javshnebi/{BOOKING}/checkin", headers=_h(rng, **b), body={
            "marani": WINERY["id"], "poz": {"lat": cla, "lon": clo, "acc": 11},
            "maranis_poz": {"lat": WINERY["lat"], "lon": WINERY["lon"]}}),
        case(f, f"{a}/v1/degustacia", headers=_h(rng, **b), body={
            "marani": WINERY["id"], "ghvino": "Saperavi 2019 qvevri", "shefaseba": 5,
            "shenishvna": L("Inky, tannic, sour cherry; buy two for Dad", TEXT)}),
        case(f, f"{a}/v1/shekvetebi", headers=_h(rng, **b), body={
            "marani": WINERY["id"], "maranis_telefoni": WINERY["phone"],
            "botlebi": [{"sku": "SAP-19-Q", "raod": 6}], "jami": L("312.00", BUY),
            "mimghebi": {"saxeli": L(f"{FIRST} {LAST}", NAMEC), "kucha": L(STREET, ADDR),
                         "kalaki": L(CITY, COARSE), "sapostho_indeksi": L(ZIP, COARSE),
                         "qveyana": L("US", COARSE), "telefoni": L(PHONE, TEL)}}),
        multipart(f, f"{a}/v1/fotoebi", [
            ("foto", "supra.jpg", "image/jpeg", L(JPEG + b"\x89", MEDIA)),
            ("info", None, "application/json", {"javshani": L(BOOKING, BUY),
                                                "aghtsera": L("Gaumarjos! First supra", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/shefasebebi", fmt="form", headers=_h(rng, **b), body={
            "turi": TOUR, "qula": "5",
            "teksti": L("Levan was a wonderful guide, the cellar lunch was huge", TEXT)}),
        case(f, f"{a}/v1/javshnebi/{BOOKING}/chai", fmt="form", headers=_h(rng, **b), body={
            "gidi": GUIDE[0], "tanxa": L("30", BUY), "valuta": "GEL"}),
        case(f, f"{a}/v1/shetkobinebebi", headers=_h(rng, **b), body={
            "tema": obj(rng, "thr", 8), "vis": "guide_levan",
            "teksti": L("I'm at the green gate on Kote Abkhazi, 2 minutes", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/molodini", fmt="form", headers=_h(rng, **b), body={
            "turi": "tr_mtskheta_sunset", "telefoni": L(NATIONAL, TEL), "adamianebi": "2"}),
        case(f, f"{a}/v1/mowveva", headers=_h(rng, **b), body={
            "megobris_saxeli": L(PEOPLE[1][0], NAMEC), "megobris_elposta": L(PEOPLE[1][2], MAIL),
            "kodi": "SUPRA-JANE10"}),
        case(f, f"{a}/v1/mowyobilobebi", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "mowyobiloba": L(INSTALL_ID, DID),
            "modeli": L("Pixel 8", DEV), "sistema": L("Android 14", DEV),
            "ena": L("en_US", DEV), "dro": L("Asia/Tbilisi", DEV)}),
        case(f, f"{a}/v1/movlenebi", gz=True, headers=_h(rng, **b), body={
            "momxmarebeli": L(USER_ID, UID), "movlenebi": [
                ev("tour_booked", 1, tour=TOUR), ev("supra_planned", 2, guests=2),
                ev("ekrani", 3, ekrani=L("Javshnebi", USAGE))]}),
        case(f, f"{a}/v1/javshnebi", headers=_h(rng, how="none"),
             cookies={"sv_sesia": L(opaque(rng, "", 40), CRED),
                      "sv_mowyobiloba": L(INSTALL_ID, DID), "sv_req": rid(rng)}),
        case(f, f"{a}/v1/billing/play", headers=_h(rng, **b), body={
            "productId": L("sommelier_pass_month", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3381-2290-5512-44127", BUY)}),
    ]


def supraveli_sdks() -> list[Case]:
    rng = random.Random(8912)
    link = U("https://supraveli.example.com/l/booking", {"ref": L(BOOKING, BUY),
                                                         "utm_source": "email"})
    return [
        tv_batch(APP, rng, [("Tour Booked", {"total": L(145.0, BUY), "region": "Kakheti"}),
                            ("Search", {"q": L("qvevri kakheti", SEARCH)})],
                 at=TB_HOME_AT, nd=2, tz="Asia/Tbilisi", roaming=True),
        tv_identify(APP, rng, {"kalaki": L("Tbilisi", COARSE), "elposta": L(EMAIL, MAIL),
                               "diet": L("markhva", SENS)}),
        kv_event(APP, rng, "booking", {"ref": L(BOOKING, BUY)}, revenue=145.0, currency="GEL",
                 hashed=True),
        kv_link(APP, rng, link),
        bz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TOUR_FIX, nd=3, country="GEO",
               keywords="wine,travel,tbilisi", roaming=True),
        sh_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [sh_crumb("navigation", "Tours -> Booking"),
                  sh_crumb("http", "POST", {"url": f"{APP.api}/v1/javshnebi", "status": 201})],
                 screen="BookingActivity", tz="Asia/Tbilisi"),
        zr_register(APP, rng, tz="Asia/Tbilisi", at=TB_HOME_AT, nd=2,
                    tags={"kalaki": L("Tbilisi", COARSE), "trip": "dec25"}),
        gd_card(APP, rng, email=True),
        gd_confirm(APP, rng, "145.00", "gel"),
        rk_geocode(APP, rng, "Kote Abkhazi St 24, Tbilisi", ADDR, near=TB_HOME_AT, nd=3),
        rk_reverse(APP, rng, (WINERY["lat"], WINERY["lon"]), None),
        dk_message(APP, rng, L("My pickup for SV-2512-40918 has not arrived", f"{TEXT}|{BUY}"),
                   {"booking": L(BOOKING, BUY)}),
    ]
