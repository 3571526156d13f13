"""A Baikal holiday base's app "Dalai Amaralta" (dalai "sea", as Buryats call Baikal, amaralta
"rest": a turbaza of wooden cabins on the sandy shore at Goryachinsk; the family's July week,
booked in winter). Its API's keys are Buryat in Latin letters with Russian loans: ``nere``,
``obog``, ``utahan``, ``nyuusa_uge``, ``turehen_uder``, ``khoto``, ``pasport`` (loan),
``amaralta`` stay, ``baishan`` cabin, ``ailshad`` guests, ``nahan`` age, ``ekhilkhe`` /
``duuhakha`` start / end, ``dun`` sum, ``urid_tulberi`` prepayment, ``karta_token``, ``banya``
(loan), ``ongoso`` boat, ``yaaraltai_khun`` emergency contact, ``ireen`` arrival,
``urgereg``/``urtarag``, ``zagahan`` fish (smoked omul), ``unaa`` transfer, ``zakhyaa``
message, ``segnelte`` rating, ``hanamzha`` remark, ``geegdehen_zuil`` lost item,
``bederelge`` search, ``mashina`` car; ``email``, ``token``, ``id``, ``wifi`` kept. Calls:
sign-up, log-in, ``/me``, cabins free in July, the stay (her passport, the family), the
prepayment, a banya slot, a boat with an emergency contact, the arrival (the base's Wi-Fi
joined), a protobuf beat, smoked omul ordered (msgpack), the stay by number in the path, the
transfer from the station, a message to the admin (the son's allergy), a review, a lost item with
a photo, an offline sync of activity bookings (JSON Lines), a search, the invoice by cookie,
push, events and a session refresh."""

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
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families264_kit import (
    BASE,
    BASE_FIX,
    HUSBAND,
    NID,
    SISTER_IL,
    SON,
    STAY,
    UU_HOME_AT,
    fix,
    hd,
    push,
)
from eval_families264_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families264_svc import cl_card, cl_confirm, mm_reverse, mm_route, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("dalai", "Dalai Amaralta", "com.example.dalaiamaralta", "2.2.0",
          "https://api.dalai-amaralta.example.net")
IID = "X-DA-Device"
PW = "Omul&Baikal2026"
PASSPORT = "584120976"  # her US passport (personal.national_id)
SSID, BSSID = "BaigalDalai-Guest", "e8:48:b8:3c:71:a4"  # the base's Wi-Fi (joined: wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dalai() -> list[Case]:
    rng = random.Random(26461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), ailshan=L("gst_" + USER_ID[2:],
                                                                         UID)))}
    bla, blo = fix(BASE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, L(STAY, BUY)), (3, 1783900800),
               (4, [(1, L(BASE_FIX[0], PRECISE)), (2, L(BASE_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(88, DEV))], "", lab)
    stay = at_path(case(f, f"{a}/api/amaralta/{STAY}", headers=_h(rng, **b)), STAY, BUY)
    return [
        case(f, f"{a}/api/signup", headers=_h(rng), body={
            "nere": L(FIRST, NAMEC), "obog": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "utahan": L(NATIONAL, TEL), "nyuusa_uge": L(PW, CRED),
            "turehen_uder": L(DOB, BIRTH), "khoto": L("Ulan-Ude", COARSE)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "nyuusa_uge": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/baishangud", headers=_h(rng, **b), query={
            "ekhilkhe": "2026-07-11", "duuhakha": "2026-07-18", "ailshad": "3",
            "baaza": BASE["id"]}),
        case(f, f"{a}/api/amaralta", headers=_h(rng, **b), body={
            "baaza": BASE["id"], "baishan": "cabin_7_shore", "ekhilkhe": "2026-07-11",
            "duuhakha": "2026-07-18", "amaralta": L(STAY, BUY), "dun": L(63000, BUY),
            "ailshad": [{"nere": L(f"{FIRST} {LAST}", NAMEC), "pasport": L(PASSPORT, NID)},
                        {"nere": L(HUSBAND[0], NAMEC)},
                        {"nere": L(f"{SON['first']} {SON['last']}", NAMEC),
                         "nahan": L(10, BIRTH)}],
            "mashina": "O 412 KM 03", "khool": "breakfast"}),
        case(f, f"{a}/api/urid_tulberi", fmt="form", headers=_h(rng, **b), body={
            "amaralta": L(STAY, BUY), "dun": L("20000", BUY), "munge": "RUB",
            "karta_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/banya", headers=_h(rng, **b), body={
            "amaralta": L(STAY, BUY), "uder": "2026-07-14", "sag": "19:00", "khun": 3,
            "dun": L(2500, BUY), "veniki": 2}),
        case(f, f"{a}/api/ongoso", headers=_h(rng, **b), body={
            "amaralta": L(STAY, BUY), "ongoso": "boat_03", "sag": 2, "khun": 3,
            "dun": L(3000, BUY),
            "yaaraltai_khun": {"nere": L(SISTER_IL[0], NAMEC), "utahan": L(SISTER_IL[1], TEL)}}),
        case(f, f"{a}/api/ireen", headers=_h(rng, **b), body={
            "amaralta": L(STAY, BUY), "gazar": {"urgereg": bla, "urtarag": blo, "nariin": 9},
            "baaza": {"urgereg": BASE["lat"], "urtarag": BASE["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        raw(f, f"{a}/api/pulse", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/zagahan", fmt="msgpack", headers=_h(rng, **b), body={
            "amaralta": L(STAY, BUY),
            "zakhialga": [{"zagahan": "omul_hot_smoked", "too": 6, "sen": 350},
                          {"zagahan": "omul_cold_smoked", "too": 4, "sen": 380}],
            "dun": L(3620, BUY), "abakha_sag": "2026-07-17T17:00"}),
        stay,
        case(f, f"{a}/api/unaa", headers=_h(rng, **b), body={
            "amaralta": L(STAY, BUY), "gazarhaa": L("Ulan-Ude railway station", COARSE),
            "uder": "2026-07-11", "suudal": 3, "dun": L(4500, BUY),
            "utahan": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/zakhyaa", headers=_h(rng, **b), body={
            "khen": "admin_tb_goryach",
            "beshig": L("We arrive around 23:00. Our son has a peanut allergy, please no nuts "
                        "in his breakfast.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/segnelte", headers=_h(rng, **b), body={
            "baaza": BASE["id"], "od": 5,
            "hanamzha": L("Warm sand, cold water, the banya saved us. Omul was the best.", TEXT)}),
        multipart(f, f"{a}/api/geegdehen_zuil", [
            ("zurag", "sunglasses.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "amaralta": L(STAY, BUY),
                "beshig": L("Black sunglasses left in cabin 7, by the window", TEXT)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/sync", [
            {"op": "banya", "amaralta": L(STAY, BUY), "dun": L(2500, BUY), "ts": 1784031000},
            {"op": "ongoso", "amaralta": L(STAY, BUY), "dun": L(3000, BUY), "ts": 1784032000},
            {"op": "screen", "khereglegshe": L(USER_ID, UID), "screen": L("Activities", USAGE)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/bederelge", headers=_h(rng, **b), query={
            "q": L("cabin with banya sandy beach Goryachinsk", SEARCH)}),
        case(f, f"{a}/api/invoices/latest", headers=_h(rng, how="none"), cookies={
            "da_session": L(opaque(rng, "", 40), CRED), "da_device": L(INSTALL_ID, DID),
            "da_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("stay_booked", 1, dun=L(63000, BUY)),
                ev("screen", 2, screen=L("MiniiAmaralta", USAGE))]}),
        case(f, f"{a}/api/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def dalai_sdks() -> list[Case]:
    rng = random.Random(26462)
    link = U("https://dalai-amaralta.example.net/s", {"stay": L(STAY, BUY), "ref": "mail",
                                                      "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Stay Booked", {"total": L(63000, BUY)}),
                            ("Banya Booked", {"hour": 19})], at=BASE_FIX, nd=3),
        mc_queue(APP, rng, [("Boat Booked", {"hours": 2}), ("Omul Ordered", {"count": 10})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"stay": L(STAY, BUY)}, revenue=63000.0, currency="RUB",
                 hashed=True),
        bf_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=BASE_FIX, nd=2,
               keywords="baikal,beach,summer"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1904),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "20000", "rub"),
        mm_reverse(APP, rng, BASE_FIX, PRECISE, nd=4),
        mm_route(APP, rng, [(UU_HOME_AT, PRECISE), ((BASE["lat"], BASE["lon"]), None)]),
        mm_telemetry(APP, rng, [BASE_FIX, (52.987412, 108.281055)], PRECISE),
    ]
