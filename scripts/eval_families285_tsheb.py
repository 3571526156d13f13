"""A private sleeper-carriage app "Tsheb Hmo" (``tsheb hmo``: the night vehicle; a company's own
cabins coupled to the overnight Lao Cai - Hanoi train, sold with a minibus from Sa Pa to the
station). She books a four-berth cabin for the family's trip to Hanoi (the US embassy's
passport service for the baby). Its API's keys are Hmong (RPA): ``npe`` / ``xeem`` name /
surname, ``xov_tooj`` phone, ``lo_zais`` password, ``hnub_yug`` birth date, ``teb_chaws``
country, ``tsheb_ciav_hlau`` train, ``nres`` station, ``hnub_mus`` departure date, ``chav``
cabin, ``txaj`` berth, ``neeg_caij`` passengers, ``hnub_nyoog`` age, ``pib`` ticket, ``teem``
booking, ``tag_nrho`` total, ``them_nyiaj`` payment, ``tsheb_thauj`` minibus transfer,
``chaw_tos`` pick-up place, ``zaub_mov`` food, ``lus`` message, ``poob`` lost, ``ntsuas``
rating, ``duab`` photo. Calls: sign-up with her passport, a log-in, ``/kuv``, the timetable, the
cabins free, the booking (her passport, her husband's ID card, the children), the payment, the
minibus from their house, her check-in at Lao Cai station, the e-ticket by booking number in the
path, food on board (msgpack), a berth request, the live train position (protobuf), a lost item
with its photo, a review, the invoice by cookie, push, events and a refresh. Train and bus
ticket offices exist (sets 93, 115, 160) and set 87 an overnight bus with sleeper berths; a
docstring grep found no "night train", "overnight train" or private carriage: this is an
operator's own cabins on someone else's train, sold with the road transfer."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families285_kit import (
    BABY,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_CCCD,
    PASSPORT,
    SON,
    STATION,
    STATION_FIX,
    TRAIN_BOOKING,
    fix,
    hd,
    obj,
    push,
)
from eval_families285_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families285_svc import cl_card, cl_confirm, mm_geocode, mm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("tshebhmo", "Tsheb Hmo", "com.example.tshebhmo", "5.4.1",
          "https://api.tshebhmo.example.com")
IID = "X-TH-Device"
PW = "Hanoi#Tsheb2026"
NID = "personal.national_id"
TRAIN_AT = (22.08815, 104.21733)  # the train's own GPS (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tshebhmo() -> list[Case]:
    rng = random.Random(28561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), xov_tooj=L(E164, TEL)))}
    sla, slo = fix(STATION_FIX)
    lab: dict[str, str] = {}
    live = pb([(1, L(TRAIN_BOOKING, BUY)), (2, "SP3"), (3, 1768686000),
               (4, [(1, TRAIN_AT[0]), (2, TRAIN_AT[1]), (3, 62.0)]), (5, L(48, DEV))], "", lab)
    ticket = at_path(case(f, f"{a}/v2/teem/{TRAIN_BOOKING}/pib", headers=_h(rng, **b)),
                     TRAIN_BOOKING, BUY)
    return [
        case(f, f"{a}/v2/sau_npe", headers=_h(rng), body={
            "npe": L(FIRST, NAMEC), "xeem": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "xov_tooj": L(NATIONAL, TEL), "lo_zais": L(PW, CRED), "hnub_yug": L(DOB, BIRTH),
            "teb_chaws": "US", "passport": L(PASSPORT, NID)}),
        case(f, f"{a}/v2/nkag", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "lo_zais": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/kuv", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sijhawm", headers=_h(rng, **b), query={
            "ntawm": STATION["code"], "mus": "HAN", "hnub_mus": "2026-02-03"}),
        case(f, f"{a}/v2/chav", headers=_h(rng, **b), query={
            "tsheb_ciav_hlau": "SP3", "hnub_mus": "2026-02-03", "txaj": "4"}),
        case(f, f"{a}/v2/teem", headers=_h(rng, **b), body={
            "tsheb_ciav_hlau": "SP3", "hnub_mus": "2026-02-03", "chav": "C2-07",
            "teem": L(TRAIN_BOOKING, BUY), "tag_nrho": L(3600000, BUY),
            "neeg_caij": [
                {"npe": L(f"{FIRST} {LAST}", NAMEC), "passport": L(PASSPORT, NID)},
                {"npe": L(HUSBAND[1], NAMEC), "cccd": L(HUSBAND_CCCD, NID)},
                {"npe": L(SON["vn"], NAMEC), "hnub_nyoog": L(7, BIRTH)},
                {"npe": L(BABY["vn"], NAMEC), "hnub_yug": L(BABY["dob"], BIRTH)}]}),
        case(f, f"{a}/v2/them_nyiaj", fmt="form", headers=_h(rng, **b), body={
            "teem": L(TRAIN_BOOKING, BUY), "tag_nrho": L("3600000", BUY), "currency": "VND",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v2/tsheb_thauj", headers=_h(rng, **b), body={
            "teem": L(TRAIN_BOOKING, BUY), "chaw_tos": L(HOME["line"], ADDR),
            "zos": L(HOME["area"], COARSE), "teev": "19:30", "neeg": 4,
            "nqi": L(400000, BUY), "xov_tooj_tiv_tauj": L(HUSBAND[2], TEL)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "teem": L(TRAIN_BOOKING, BUY), "qhov_chaw": {"lat": sla, "lng": slo, "acc": 12},
            "nres": {"code": STATION["code"], "lat": STATION["lat"], "lng": STATION["lon"]}}),
        case(f, f"{a}/v2/teem/hloov", headers=_h(rng, **b), body={
            "teem": L(TRAIN_BOOKING, BUY), "hnub_mus_tshiab": "2026-02-04",
            "nqi_hloov": L(150000, BUY), "vim": L("Tus me nyuam mos tseem ua npaws",
                                                   "content.text|health.medical")}),
        case(f, f"{a}/v2/nres/nrhiav", headers=_h(rng, **b), query={
            "q": L("ga Ha Noi Tran Quy Cap", "behavior.search")}),
        ticket,
        case(f, f"{a}/v2/zaub_mov", fmt="msgpack", headers=_h(rng, **b), body={
            "teem": L(TRAIN_BOOKING, BUY),
            "khoom": [{"npe": "pho_bo", "tus": 2, "nqi": 60000},
                      {"npe": "mis_nyuj", "tus": 1, "nqi": 25000}],
            "tag_nrho": L(145000, BUY)}),
        case(f, f"{a}/v2/txaj/thov", headers=_h(rng, **b), body={
            "teem": L(TRAIN_BOOKING, BUY),
            "lus": L("Thov muab ob lub txaj hauv qab rau kuv thiab kuv tus me nyuam mos", TEXT)}),
        raw(f, f"{a}/v2/live", live, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/poob", [
            ("duab", "hnab_menyuam.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {
                "teem": L(TRAIN_BOOKING, BUY), "chav": "C2-07",
                "lus": L("Lub hnab xiav ntawm tus me nyuam poob hauv chav C2-07", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ntsuas", fmt="form", headers=_h(rng, **b), body={
            "review": obj(rng, "rv"), "ntsuas": "4",
            "lus": L("Chav huv si, tab sis txaj nqaim rau niam thiab me nyuam mos", TEXT)}),
        case(f, f"{a}/v2/invoices/latest", headers=_h(rng, how="none"), cookies={
            "th_session": L(opaque(rng, "", 40), CRED), "th_device": L(INSTALL_ID, DID),
            "th_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("cabin_booked", 1, tag_nrho=L(3600000, BUY)),
                ev("screen", 2, screen=L("PibQR", USAGE))]}),
        case(f, f"{a}/v2/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tshebhmo_sdks() -> list[Case]:
    rng = random.Random(28562)
    link = U("https://tshebhmo.example.com/t", {"teem": L(TRAIN_BOOKING, BUY), "ref": "sms",
                                                "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Cabin Booked", {"total": L(3600000, BUY)}),
                            ("Checked In", {"station": STATION["code"]})],
                 at=STATION_FIX, nd=3),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"teem": L(TRAIN_BOOKING, BUY)}, revenue=3600000.0,
                 currency="VND", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="train,hanoi,travel"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "qr bitmap"),
                 [cd_crumb("nav", "Teem -> PibQR")], screen="PibActivity"),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "3600000", "vnd"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((STATION["lat"], STATION["lon"]), None)]),
        mm_geocode(APP, rng, "Ga Lao Cai", "behavior.search", near=HOME_AT, nd=3),
    ]
