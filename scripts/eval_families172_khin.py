"""A water park's app "Khin Dune" (Grozny; a Saturday with Amina; its API's keys are Chechen in
Latin letters: ``tse`` first name, ``famili`` surname, ``telefon`` phone, ``qayla_dosh``
password, ``vina_de`` birth date, ``bilet`` ticket (a Russian loan), ``ber`` child,
``lakkhalla`` height, ``mogushalla`` health, ``liicha_khou`` can swim, ``brasleta`` wristband,
``shkaf`` locker, ``akhcha`` money, ``makh_bar`` payment, ``mettig`` place,
``shoralla``/``dokhalla`` latitude/longitude, ``yaay`` food, ``errig`` total, ``dakar`` lost,
``surt`` picture, ``yoza`` text, ``tergam`` review, ``sovghat`` gift, ``dalar`` recipient,
``zudarin_sesiya`` women's session, ``lakhar`` search, ``khilamash`` events, ``ghirs`` device,
``san`` my): sign-up, a password log-in, ``/san``, the day's tickets, a family ticket with
Amina's height for the slides, its payment, the wristband linked and topped up, the gate check-in
with her fix, a protobuf wristband tap, a locker with its PIN, Amina's health note, the cafe
order, a photo for the family contest, a lost item, the ticket by number in the path, a season
pass with her photo, a gift certificate for her sister, a search, a review, points by cookie, push
and events. No earlier set has a water park ("aquapark" and "water park" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families172_kit import (
    DAUGHTER,
    HOME_AT,
    PARK,
    PARK_FIX,
    SISTER_US,
    WRISTBAND,
    fix,
    hd,
    push,
)
from eval_families172_sdk import (
    al_event,
    al_launch,
    bs_bid,
    bs_notice,
    ct_crash,
    ct_crumb,
    tk_batch,
    tk_queue,
)
from eval_families172_svc import ap_card, ap_confirm, mt_reverse, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khindune", "Khin Dune", "com.example.khindune", "4.1.3",
          "https://api.khindune.example.org")
IID = "X-KD-Device"
PW = "Volna~Grozny24"
FIT = "health.fitness"
TICKET = "KD-260124-5521"  # her family ticket (financial.purchase)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def khindune() -> list[Case]:
    rng = random.Random(17251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), brasleta=L(WRISTBAND, UID)))}
    pla, plo = fix(PARK_FIX)
    lab: dict[str, str] = {}
    tap = pb([(1, L(WRISTBAND, UID)), (2, "kiosk_wave_02"), (3, L(350, BUY)), (4, 1769248800),
              (5, [(1, L(PARK_FIX[0], PRECISE)), (2, L(PARK_FIX[1], PRECISE))])], "", lab)
    tick = at_path(case(f, f"{a}/api/v1/bilet/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/api/v1/dayazdar", headers=_h(rng), body={
            "tse": L(FIRST, NAMEC), "famili": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "qayla_dosh": L(PW, CRED), "vina_de": L(DOB, BIRTH),
            "ghala": L("Gudermes", COARSE), "news": False}),
        case(f, f"{a}/api/v1/chuvalar", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "qayla_dosh": L(PW, CRED)}),
        case(f, f"{a}/api/v1/san", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/biletash", headers=_h(rng, **b), query={
            "de": "2026-01-24", "park": PARK["id"]}),
        case(f, f"{a}/api/v1/bilet", headers=_h(rng, **b), body={
            "bilet": L(TICKET, BUY), "de": "2026-01-24", "zudarin_sesiya": True,
            "nakh": [{"tse": L(f"{FIRST} {LAST}", NAMEC), "kep": "adult"},
                     {"tse": L(KID, NAMEC), "vina_de": L(DAUGHTER["dob"], BIRTH),
                      "lakkhalla": L(128, FIT), "kep": "child"}],
            "errig": L(3400, BUY)}),
        case(f, f"{a}/api/v1/makh_bar", fmt="form", headers=_h(rng, **b), body={
            "bilet": L(TICKET, BUY), "akhcha": L("3400.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/brasleta", headers=_h(rng, **b), body={
            "brasleta": L(WRISTBAND, UID), "bilet": L(TICKET, BUY), "akhcha": L(2000, BUY),
            "karta_4": L("4444", PAY), "limit_ber": 500}),
        case(f, f"{a}/api/v1/checkin", headers=_h(rng, **b), body={
            "bilet": L(TICKET, BUY), "turniket": "gate_3",
            "mettig": {"shoralla": pla, "dokhalla": plo, "sizuste": 6},
            "park": {"shoralla": PARK["lat"], "dokhalla": PARK["lon"]}}),
        raw(f, f"{a}/api/v1/brasleta/tap", tap, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/shkaf", fmt="form", headers=_h(rng, **b), body={
            "brasleta": L(WRISTBAND, UID), "shkaf": "L-214", "pin": L("5082", CRED)}),
        case(f, f"{a}/api/v1/ber/mogushalla", headers=_h(rng, **b), body={
            "ber": {"tse": L(KID, NAMEC), "lakkhalla": L(128, FIT)},
            "mogushalla": L("bronchial asthma, inhaler in locker L-214", MED),
            "liicha_khou": False, "rukavy": True}),
        case(f, f"{a}/api/v1/kafe/zakaz", headers=_h(rng, **b), body={
            "yaay": [{"sku": "lavash_chicken", "dukhalla": 2, "makh": 320},
                     {"sku": "juice_apple", "dukhalla": 2, "makh": 120}],
            "errig": L(880, BUY), "brasleta": L(WRISTBAND, UID),
            "yoza": L("No sesame in the child's wrap please, she is allergic",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v1/konkurs/surt", [
            ("surt", "family_splash.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "konkurs": "family_jan", "yoza": L("Our first wave pool day", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/dakar", headers=_h(rng, **b), body={
            "kep": "goggles", "zona": "wave_pool",
            "yoza": L("Pink child goggles left on the bench by the wave pool", TEXT),
            "telefon": L(E164, TEL)}),
        tick,
        multipart(f, f"{a}/api/v1/abonement", [
            ("surt", "pass_photo.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {
                "tse": L(f"{FIRST} {LAST}", NAMEC), "vina_de": L(DOB, BIRTH),
                "kep": "women_season", "akhcha": L(14500, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sovghat", headers=_h(rng, **b), body={
            "dalar": {"tse": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "akhcha": L(5000, BUY), "kod": opaque(rng, "GC", 8),
            "yoza": L("Emily, for your visit in the summer, the slides are waiting!", TEXT)}),
        case(f, f"{a}/api/v1/lakhar", headers=_h(rng, **b), query={
            "lakhar": L("women only hours saturday", SEARCH)}),
        case(f, f"{a}/api/v1/tergam", fmt="form", headers=_h(rng, **b), body={
            "park": PARK["id"], "ball": "4",
            "yoza": L("Clean water, but the lockers are too few on Saturdays", TEXT)}),
        case(f, f"{a}/api/v1/bonus", headers=_h(rng, how="none"), cookies={
            "kd_session": L(opaque(rng, "", 40), CRED), "kd_device": L(INSTALL_ID, DID),
            "kd_req": rid(rng)}),
        case(f, f"{a}/api/v1/ghirs", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/khilamash", gz=True, headers=_h(rng, **b), body={
            "lelorkho": L(USER_ID, UID), "khilamash": [
                ev("bilet", 1, errig=L(3400, BUY)), ev("tap", 2, shkaf="L-214"),
                ev("ekran", 3, ekran=L("ParkMap", USAGE))]}),
    ]


def khindune_sdks() -> list[Case]:
    rng = random.Random(17252)
    return [
        tk_batch(APP, rng, [("Ticket Bought", {"total": L(3400, BUY)}),
                            ("Gate Passed", {"gate": "gate_3"})], at=PARK_FIX, nd=3),
        tk_queue(APP, rng, [("Wristband Tap", {"kiosk": "kiosk_wave_02"}),
                            ("Locker Opened", {})]),
        al_launch(APP, rng, first=True),
        al_event(APP, rng, "purchase", {"bilet": L(TICKET, BUY)}, revenue=3400.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PARK_FIX, nd=2,
               keywords="waterpark,family,kids"),
        bs_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("android.nfc.TagLostException", "wristband read"),
                 [ct_crumb("nav", "Brasleta -> Link"), ct_crumb("tap", "nfc_scan")],
                 screen="BraceletActivity"),
        ps_register(APP, rng, at=HOME_AT, nd=2, tags={"park": PARK["id"], "kids": 1}),
        ap_card(APP, rng),
        ap_confirm(APP, rng, "3400.00"),
        mt_reverse(APP, rng, PARK_FIX, PRECISE, nd=4),
        mt_reverse(APP, rng, (PARK["lat"], PARK["lon"]), None, nd=5),
    ]
