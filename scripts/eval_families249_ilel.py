"""A summer seaside flat rental app "Ilel" (a Bejaia agency's flats let by the week in Tichy; the
family's July week by the sea). Its API's keys are Kabyle, ASCII-folded, with the French words
of renting: ``isem_amezwaru`` first name, ``isem_n_tewacult`` family name, ``imayl`` e-mail,
``tilifun`` phone, ``awal_uffir`` password, ``ass_n_tlalit`` birthday, ``takarda_n_uzddugh``
residence card, ``paspur`` passport, ``tamdint`` town, ``anadi`` search, ``lkra`` rent (the
booking), ``axxam`` flat (lit. "house"), ``seg``/``ar`` from/to, ``inebgawen`` guests,
``leemer`` age, ``azal`` amount, ``rrehn`` deposit, ``axelles`` payment, ``tisura`` keys,
``adeg`` place, ``lplaj`` beach, ``tasiwant`` parasol, ``asizdeg`` cleaning, ``ugur`` problem,
``tawlaft`` photo, ``tamawt`` review, ``itran`` stars, ``timerna`` extras, ``izen`` message,
``ibenk`` device, ``tidyanin`` events: sign-up, log-in, ``/amaghnu``, a search, the listing, the
week booked (her passport and residence card for the police form, her husband and son), the
deposit from her postal account, the key handover at the flat with her fix, the flat's Wi-Fi
joined, a smart key box (protobuf), a parasol on the beach with her fix (3 decimals), extras
(msgpack), a cleaning request, a water-heater photo, a message to the agency quoting her phone,
the booking by number in the path, the check-out with her fix (the flat's meter reading a
negative), a review, the deposit refund, the invoice by cookie, push and events. "vacation
rental", "holiday rental", "seaside", "summer house" and "beach house" matched no docstring; the
nearest kinds (homestays in sets 191 and 232, a houseboat in 210, a beach club's loungers in
140) are other trades."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families249_kit import (
    BEACH_FIX,
    CCP,
    FLAT_FIX,
    HUSBAND,
    PASSPORT,
    RENTAL,
    RENTAL_BOOKING,
    RESIDENCE,
    SON,
    TO_HOME_AT,
    fix,
    hd,
    push,
)
from eval_families249_sdk import (
    as_batch,
    as_queue,
    bt_bid,
    bt_notice,
    cz_session,
    tu_event,
    tu_launch,
)
from eval_families249_svc import mt_reverse, mt_route, mt_telemetry, pz_card, pz_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ilel", "Ilel", "com.example.ilel", "2.2.0", "https://api.ilel-kra.example.com")
IID = "X-Ilel-Ibenk"
PW = "Tichy!Lebher07"
NID = "personal.national_id"
SSID, BSSID = "Dunes-B3-Wifi", "d8:07:b6:3c:19:e2"  # the rented flat's Wi-Fi (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ilel() -> list[Case]:
    rng = random.Random(24951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imayl=L(EMAIL, MAIL), tilifun=L(E164, TEL),
                                    amsagh=L("cl_" + USER_ID[2:], UID)))}
    fla, flo = fix(FLAT_FIX)
    lab: dict[str, str] = {}
    box = pb([(1, L(RENTAL_BOOKING, BUY)), (2, "kb_dunes_b3"),
              (3, [(1, L(FLAT_FIX[0], PRECISE)), (2, L(FLAT_FIX[1], PRECISE)), (3, 7.0)]),
              (4, 1783058400), (5, L(63, DEV))], "", lab)
    lkra = at_path(case(f, f"{a}/v1/lkra/{RENTAL_BOOKING}", headers=_h(rng, **b)),
                   RENTAL_BOOKING, BUY)
    return [
        case(f, f"{a}/v1/ajerred", headers=_h(rng), body={
            "isem_amezwaru": L(FIRST, NAMEC), "isem_n_tewacult": L(LAST, NAMEC),
            "imayl": L(EMAIL, MAIL), "tilifun": L(NATIONAL, TEL), "awal_uffir": L(PW, CRED),
            "ass_n_tlalit": L(DOB, BIRTH), "tamdint": L("Tizi Ouzou", COARSE)}),
        case(f, f"{a}/v1/tuqqna", fmt="form", headers=_h(rng), body={
            "imayl": L(EMAIL_UPPER, MAIL), "awal_uffir": L(PW, CRED),
            "ibenk": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/amaghnu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/anadi", headers=_h(rng, **b), query={
            "q": L("axxam 2 texxamin ɣef yilel Tichy", SEARCH), "seg": "2026-07-04",
            "ar": "2026-07-11", "inebgawen": "3"}),
        case(f, f"{a}/v1/ixxamen/{RENTAL['id']}", headers=_h(rng, **b),
             query={"tutlayt": L("en", DEV)}),
        case(f, f"{a}/v1/lkra", headers=_h(rng, **b), body={
            "axxam": RENTAL["id"], "seg": "2026-07-04", "ar": "2026-07-11",
            "lkra": L(RENTAL_BOOKING, BUY), "azal": L(84000, BUY), "rrehn": L(20000, BUY),
            "inebgawen": [
                {"isem": L(f"{FIRST} {LAST}", NAMEC), "paspur": L(PASSPORT, NID),
                 "takarda_n_uzddugh": L(RESIDENCE, NID)},
                {"isem": L(HUSBAND[0], NAMEC)},
                {"isem": L(f"{SON['first']} {SON['last']}", NAMEC), "leemer": L(7, BIRTH)}],
            "takerrust": True}),
        case(f, f"{a}/v1/axelles/rrehn", fmt="form", headers=_h(rng, **b), body={
            "lkra": L(RENTAL_BOOKING, BUY), "azal": L("20000", BUY), "tadrimt": "DZD",
            "rip": L(CCP["rip"], PAY), "anaw": "virement_ccp"}),
        case(f, f"{a}/v1/tisura/anekcum", headers=_h(rng, **b), body={
            "lkra": L(RENTAL_BOOKING, BUY), "adeg": {"lat": fla, "lng": flo, "tiseddi": 9},
            "axxam_adeg": {"lat": RENTAL["lat"], "lng": RENTAL["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        raw(f, f"{a}/v1/tisura/tabwatt", box, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lplaj/tasiwant", headers=_h(rng, **b), body={
            "lkra": L(RENTAL_BOOKING, BUY), "ass": "2026-07-06", "tasiwant": "P-14",
            "adeg": {"lat": L(round(BEACH_FIX[0], 3), PRECISE),
                     "lng": L(round(BEACH_FIX[1], 3), PRECISE)},
            "azal": L(800, BUY)}),
        case(f, f"{a}/v1/timerna", fmt="msgpack", headers=_h(rng, **b), body={
            "lkra": L(RENTAL_BOOKING, BUY),
            "timerna": [{"id": "ex_boat_carbon", "amdan": 3, "ssuma": 1500},
                         {"id": "ex_towels", "amdan": 3, "ssuma": 300}],
            "azal": L(5400, BUY)}),
        case(f, f"{a}/v1/asizdeg", fmt="form", headers=_h(rng, **b), body={
            "lkra": L(RENTAL_BOOKING, BUY), "ass": "2026-07-08", "asrag": "10:00"}),
        multipart(f, f"{a}/v1/ugur", [
            ("tawlaft", "chauffe_eau.jpg", "image/jpeg", L(JPEG + b"\x0e", MEDIA)),
            ("meta", None, "application/json", {
                "lkra": L(RENTAL_BOOKING, BUY),
                "aglam": L("Ulac aman yeḥman seg yiḍelli, chauffe-eau ur yeddi ara", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/izen", headers=_h(rng, **b), body={
            "i": "agence_ilel_tichy",
            "izen": L("Ad naweḍ ɣef 18:00, ma yella kra, uṭṭun-iw d +1 555 010 0199",
                      f"{TEXT}|{TEL}")}),
        lkra,
        case(f, f"{a}/v1/tufgha", headers=_h(rng, **b), body={
            "lkra": L(RENTAL_BOOKING, BUY), "tisura": "yettwarrent",
            "adeg": {"lat": L(round(FLAT_FIX[0], 5), PRECISE),
                     "lng": L(round(FLAT_FIX[1], 5), PRECISE)},
            "lkuntur_n_trisiti": 18422.6, "asrag": "2026-07-11T10:40"}),
        case(f, f"{a}/v1/tamawt", headers=_h(rng, **b), body={
            "axxam": RENTAL["id"], "itran": 4,
            "tamawt": L("Axxam d azeddig, lplaj qrib, maca aman yeḥman ulac-iten snat n "
                        "tikkal", TEXT)}),
        case(f, f"{a}/v1/rrehn/tughalin", fmt="form", headers=_h(rng, **b), body={
            "lkra": L(RENTAL_BOOKING, BUY), "azal": L("20000", BUY), "rip": L(CCP["rip"], PAY)}),
        case(f, f"{a}/v1/lfatura/taggarut", headers=_h(rng, how="none"), cookies={
            "il_sesyu": L(opaque(rng, "", 40), CRED), "il_ibenk": L(INSTALL_ID, DID),
            "il_req": rid(rng)}),
        case(f, f"{a}/v1/ibenk", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tidyanin", gz=True, headers=_h(rng, **b), body={
            "aseqdac": L(USER_ID, UID), "tidyanin": [
                ev("lkra_yettwaxelles", 1, azal=L(84000, BUY)),
                ev("agdil", 2, agdil=L("Tisura", USAGE)), ev("tasiwant", 3)]}),
    ]


def ilel_sdks() -> list[Case]:
    rng = random.Random(24952)
    return [
        as_batch(APP, rng, [("Booking Made", {"total": L(84000, BUY)}),
                            ("Keys Collected", {"flat": RENTAL["id"]})], at=FLAT_FIX, nd=3),
        as_queue(APP, rng, [("Beach Day", {"parasol": "P-14"}), ("Review Sent", {"stars": 4})]),
        tu_launch(APP, rng, first=True),
        tu_event(APP, rng, "purchase", {"lkra": L(RENTAL_BOOKING, BUY)}, revenue=84000.0,
                 hashed=True),
        bt_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=BEACH_FIX, nd=2,
               keywords="beach,bejaia,summer"),
        bt_notice(APP, rng, "imp"),
        cz_session(APP, rng, secs=1210),
        pz_card(APP, rng),
        pz_confirm(APP, rng, "5400.00"),
        mt_reverse(APP, rng, BEACH_FIX, PRECISE, nd=4),
        mt_route(APP, rng, [(TO_HOME_AT, PRECISE), ((RENTAL["lat"], RENTAL["lon"]), None)]),
        mt_telemetry(APP, rng, [FLAT_FIX, BEACH_FIX], PRECISE),
    ]
