"""River-rafting tour app "Agidel Hal" (hal raft: a three-day family float down the Agidel, the
Belaya, from Starosubkhangulovo in the Burzyan hills; its API's keys are Bashkir in Latin letters,
ASCII-folded as a local developer writes them: ``isem`` first name, ``familiya`` surname,
``elektron_pochta`` e-mail, ``karazle_telefon`` mobile number, ``serhuz`` password,
``tyugan_kon`` birth date, ``torgan_yer`` residence (street line), ``qala`` town,
``pochta_indeksy`` post code, ``enes`` sex, ``ir`` husband, ``bala`` child, ``yash`` age,
``auyrlyq`` weight, ``sayahat`` trip, ``hal`` raft, ``bron`` booking, ``hum`` amount in roubles,
``tulau`` payment, ``hak`` price, ``qatnashyusy`` participant, ``ashygys_baylanesh`` emergency
contact, ``haulyq`` health, ``daryu`` medicine, ``uryn`` place, ``kinlek`` / ``ozonloq``
latitude / longitude, ``teuallek`` accuracy, ``baha`` rating, ``fiker`` comment, ``ezlau`` search,
``khabar`` message, ``qorolma`` device, ``tel`` language, ``waqyt_bulkate`` time zone,
``waqigalar`` events): sign-up, log-in, ``/min``, trips, the booking for the three of them, the
payment, the group's registration with the rescue service (her passport and residence permit),
the health form (weights for the life jackets, the son's bee-sting allergy), the checklist by
booking number in the path, the bus transfer, a camp check-in, a protobuf raft beat, an offline
fix queue (msgpack), a river photo, a rating, a search, a message to the instructor, gear hire,
receipts by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    GENDER,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families241_kit import (
    BASE,
    CAMP_FIX,
    HUSBAND,
    MOTHER_IL,
    PASSPORT,
    RESIDENCE,
    SON,
    TRIP,
    TZ,
    UFA_HOME,
    UFA_HOME_AT,
    fix,
    hd,
    obj,
)
from eval_families241_sdk import (
    bt_event,
    bt_launch,
    bt_link,
    is_batch,
    is_queue,
    sc_session,
    tb_bid,
    tb_notice,
)
from eval_families241_svc import tp_card, tp_confirm, um_reverse, um_telemetry
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("agidelhal", "Agidel Hal", "com.example.agidelhal", "3.4.1",
          "https://api.agidelhal.example.com")
IID = "X-Hal-Qorolma"
PW = "Agidel!Burzyan26"
DOB_RU = "17.05.1991"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ba=True, **kw)


def agidelhal() -> list[Case]:
    rng = random.Random(24101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elektron_pochta=L(EMAIL, MAIL),
                                    karazle_telefon=L(E164, TEL)))}
    cla, clo = fix(CAMP_FIX)
    hal = obj(rng, "hal", 6)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, hal), (3, 1781596800),
               (4, [(1, L(CAMP_FIX[0] + 0.004118, PRECISE)), (2, L(CAMP_FIX[1] - 0.006204,
                                                                    PRECISE)), (3, 9.0)]),
               (5, L(38, DEV))], "", lab)
    check = at_path(case(f, f"{a}/api/v1/bron/{TRIP}/cheklist", headers=_h(rng, **b)), TRIP, BUY)
    return [
        case(f, f"{a}/api/v1/terkaleu", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "elektron_pochta": L(EMAIL, MAIL),
            "karazle_telefon": L(E164, TEL), "serhuz": L(PW, CRED),
            "tyugan_kon": L(DOB_RU, BIRTH), "enes": L("qatyn", GENDER),
            "torgan_yer": L(UFA_HOME["line"], ADDR), "qala": L(UFA_HOME["town_ba"], COARSE),
            "pochta_indeksy": L(UFA_HOME["post"], COARSE), "rizalyq": True}),
        case(f, f"{a}/api/v1/ineu", fmt="form", headers=_h(rng), body={
            "elektron_pochta": L(EMAIL_UPPER, MAIL), "serhuz": L(PW, CRED), "hakla": "1"}),
        case(f, f"{a}/api/v1/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/sayahattar", headers=_h(rng, **b), query={
            "yylga": "agidel", "ay": "2026-06", "kon_hany": "3", "balalar": "1"}),
        case(f, f"{a}/api/v1/sayahattar/sy_agd3_0618", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bron", headers=_h(rng, **b), body={
            "sayahat": "sy_agd3_0618", "bron": L(TRIP, BUY), "keshe_hany": 3,
            "hum": L(64500, BUY), "hal": "6-urynly",
            "qatnashyusylar": [
                {"isem": L(f"{FIRST} {LAST}", NAMEC), "tyugan_kon": L(DOB_RU, BIRTH)},
                {"isem": L(HUSBAND[0], NAMEC), "karazle_telefon": L(HUSBAND[1], TEL)},
                {"isem": L(KID, NAMEC), "yash": L(10, BIRTH)}],
            "fiker": L("Ulym tauzar menan yylgany berense tapqyr kura", TEXT)}),
        case(f, f"{a}/api/v1/tulau", fmt="form", headers=_h(rng, **b), body={
            "bron": L(TRIP, BUY), "hum": L("21500.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_songy_dort": L("4444", PAY),
            "aldan_tulau": "1"}),
        case(f, f"{a}/api/v1/mchs/terkau", headers=_h(rng, **b), body={
            "bron": L(TRIP, BUY), "marshrut": "Starosubkhangulovo - Kaga - Kuzhanak",
            "instruktor": "ins_0412", "torkom_hany": 9,
            "qatnashyusy": {"familiya": L(LAST, NAMEC), "isem": L(FIRST, NAMEC),
                            "pasport": L(PASSPORT, NID),
                            "vid_na_zhitelstvo": L(RESIDENCE, NID)},
            "ashygys_baylanesh": {"isem": L(MOTHER_IL[0], NAMEC),
                                  "telefon": L(MOTHER_IL[1], TEL), "kem": "qayna"}}),
        case(f, f"{a}/api/v1/haulyq/anketa", gz=True, headers=_h(rng, **b), body={
            "bron": TRIP, "qatnashyusylar": [
                {"n": 1, "auyrlyq": L(61, FIT), "yoza_bela": True},
                {"n": 2, "auyrlyq": L(88, FIT), "yoza_bela": True},
                {"n": 3, "auyrlyq": L(34, FIT), "yoza_bela": False,
                 "allergiya": L("bal qorto sagyuy", MED),
                 "daryu": L("adrenalin avtoinyektor, ryukzakta", MED)}],
            "jilet_razmery": ["M", "XL", "bala"]}),
        check,
        case(f, f"{a}/api/v1/transfer", headers=_h(rng, **b), body={
            "bron": L(TRIP, BUY), "qaydan": L("Ofo", COARSE), "tuqtalysh": "Yuzhny avtovokzal",
            "waqyt": "2026-06-18T06:30", "urynlar": 3, "hak": L(4500, BUY),
            "baylanesh": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/v1/lager/checkin", headers=_h(rng, **b), body={
            "lager": "lg_kuzhanak_2", "uryn": {"kinlek": cla, "ozonloq": clo, "teuallek": 14},
            "bron": L(TRIP, BUY), "barybyz_da_bynda": True}),
        raw(f, f"{a}/api/v1/hal/{hal}/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/hal/{hal}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "qullanyusy": L(USER_ID, UID),
            "urynlar": [{"kinlek": L(round(CAMP_FIX[0] - 0.0021 * i, 6), PRECISE),
                         "ozonloq": L(round(CAMP_FIX[1] + 0.0034 * i, 6), PRECISE),
                         "t": 1781600400 + 600 * i} for i in range(3)],
            "base": {"kinlek": BASE["lat"], "ozonloq": BASE["lon"]}}),
        multipart(f, f"{a}/api/v1/hurattar", [
            ("hurat", "agidel_tan.jpg", "image/jpeg", L(JPEG + b"\x24", MEDIA)),
            ("meta", None, "application/json", {
                "bron": L(TRIP, BUY),
                "yazyu": L("Tan atqanda Agidel, yylga ostondo toman", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/baha", fmt="form", headers=_h(rng, **b), body={
            "sayahat": "sy_agd3_0618", "baha": "5",
            "fiker": L("Instruktor Rinat bik yaqshy, ulym halda yoqlamany la.", TEXT)}),
        case(f, f"{a}/api/v1/ezlau", headers=_h(rng, **b), query={
            "ezlau": L("balalar menan 3 konlok hal sayahaty iyun", SEARCH), "bit": "1"}),
        case(f, f"{a}/api/v1/khabar", headers=_h(rng, **b), body={
            "kemga": "ins_0412",
            "khabar": L(f"Avtovokzalga 6:20-la kilabez, minen nomer {PHONE}", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/arenda", headers=_h(rng, **b), body={
            "bron": L(TRIP, BUY), "nimalar": [{"atama": "yoqo_qapsygy", "han": 2, "hak": 600},
                                               {"atama": "germomeshok", "han": 1, "hak": 300}],
            "hum": L(1500, BUY)}),
        case(f, f"{a}/api/v1/cheklar", headers=_h(rng, how="none"), cookies={
            "ah_sessiya": L(opaque(rng, "", 40), CRED), "ah_qorolma": L(INSTALL_ID, DID),
            "ah_req": rid(rng)}),
        case(f, f"{a}/api/v1/qorolma", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "qorolma_id": L(INSTALL_ID, DID),
            "tel": L("ba", DEV), "waqyt_bulkate": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/waqigalar", gz=True, headers=_h(rng, **b), body={
            "qullanyusy": L(USER_ID, UID), "waqigalar": [
                ev("bron", 1, sayahat="sy_agd3_0618"), ev("tulau", 2, hum=L(21500, BUY)),
                ev("ekran", 3, ekran=L("MinenSayahattarym", USAGE))]}),
        case(f, f"{a}/api/v1/sygyu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "qorolma": L(INSTALL_ID, DID)}),
    ]


def agidelhal_sdks() -> list[Case]:
    rng = random.Random(24102)
    link = U("https://agidelhal.example.com/b", {"bron": L(TRIP, BUY), "utm": "email",
                                                 "em": L(EMAIL, MAIL)})
    return [
        is_batch(APP, rng, [("Trip Booked", {"trip": "sy_agd3_0618", "total": L(64500, BUY)}),
                            ("Camp Check In", {"camp": "lg_kuzhanak_2"})],
                 at=CAMP_FIX, nd=2, locale="ba_RU"),
        is_queue(APP, rng, [("Raft Beat", {"battery": L(38, DEV)}), ("Photo Taken", {})]),
        bt_launch(APP, rng, first=True),
        bt_link(APP, rng, link),
        bt_event(APP, rng, "purchase", {"bron": L(TRIP, BUY)}, revenue=64500.0, hashed=True),
        tb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=UFA_HOME_AT, nd=3,
               keywords="rafting,river,camping"),
        tb_notice(APP, rng, "win"),
        sc_session(APP, rng, secs=1310),
        tp_card(APP, rng),
        tp_confirm(APP, rng, "21500.00"),
        um_reverse(APP, rng, CAMP_FIX, PRECISE, nd=4),
        um_telemetry(APP, rng, [CAMP_FIX, (CAMP_FIX[0] - 0.0042, CAMP_FIX[1] + 0.0068)], PRECISE),
    ]
