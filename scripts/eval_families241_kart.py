"""An indoor karting track's app "Yarysh" (yarysh race: a track on Ufa's northern edge; she races
on a racer card and books junior heats for Arslan). Its API's keys are Bashkir in Latin letters,
snake_case, ASCII-folded, with Russian loans where the sport uses them (``zaezd`` heat,
``abonement`` season pass, ``shlem`` helmet): ``isem`` first name, ``familiya`` surname,
``el_pochta`` e-mail, ``kesa_telefony`` mobile (lit. "pocket phone"), ``serhuz`` password,
``tyugan_kon`` birth date, ``auyrlyq`` weight, ``buy`` height, ``yorotoso_tanyqlygy`` driving
licence, ``uyynsy_kartahy`` racer card, ``uyynsylar`` drivers, ``bala`` child, ``yash`` age,
``bron`` booking, ``hum`` amount, ``tulau`` payment, ``songy_dort`` last four, ``tiklem``
waiver, ``haulyq`` health, ``qultamga`` signature, ``uryn`` place, ``kinlek`` / ``ozonloq``
latitude / longitude, ``natizhalar`` results, ``tunarak`` lap, ``khabar`` message, ``ezlau``
search, ``qunaqtar`` guests, ``laqap`` nickname, ``qorolma`` device, ``waqigalar`` events):
sign-up (her weight, height and licence), a log-in, ``/min``, heats, a booking for her and her
son, the payment, the safety briefing, the waiver (health declaration, signature), a check-in, the
track's Wi-Fi, a protobuf live-timing subscription, her results by racer card in the path, a
season pass, a video clip, a message to the desk, a search, the son's birthday party, a
nickname, receipts by cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families241_kit import (
    LICENCE,
    RACER,
    SON,
    TRACK,
    TRACK_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families241_sdk import bt_event, bt_launch, is_batch, is_queue, sc_session, tb_bid
from eval_families241_svc import ip_register, rz_check, tp_card, tp_confirm, um_reverse, yf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("yarysh", "Yarysh", "com.example.yarysh", "3.0.2", "https://api.yarysh.example.com")
IID = "X-Yarysh-Device"
PW = "Kart#Ofo1991"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
BOOKING = "YK-44817"  # a heat booking (financial.purchase)
SSID, BSSID = "Yarysh-Guest", "d8:07:b6:3c:52:e1"  # the track's Wi-Fi (joined: wifi)
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(40)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def yarysh() -> list[Case]:
    rng = random.Random(24161)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pochta=L(EMAIL, MAIL),
                                    uyynsy_kartahy=L(RACER, UID)))}
    tla, tlo = fix(TRACK_FIX, 4)
    lab: dict[str, str] = {}
    live = pb([(1, L(RACER, UID)), (2, "zd_1227_1900"), (3, "kart_14"), (4, L(71, DEV))],
              "", lab)
    res = at_path(case(f, f"{a}/api/v2/natizhalar/{RACER}", headers=_h(rng, **b),
                       query={"ay": "2025-12"}), RACER, UID)
    return [
        case(f, f"{a}/api/v2/terkaleu", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "el_pochta": L(EMAIL, MAIL),
            "kesa_telefony": L(E164, TEL), "serhuz": L(PW, CRED), "tyugan_kon": L(DOB, BIRTH),
            "auyrlyq": L(61, FIT), "buy": L(167, FIT),
            "yorotoso_tanyqlygy": L(LICENCE, NID), "uyynsy_kartahy": L(RACER, UID)}),
        case(f, f"{a}/api/v2/ineu", fmt="form", headers=_h(rng), body={
            "el_pochta": L(EMAIL_UPPER, MAIL), "serhuz": L(PW, CRED)}),
        case(f, f"{a}/api/v2/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/zaezdar", headers=_h(rng, **b), query={
            "kon": "2025-12-27", "tore": "balalar_olkandar", "trassa": TRACK["id"]}),
        case(f, f"{a}/api/v2/bron", headers=_h(rng, **b), body={
            "zaezd": "zd_1227_1900", "bron": L(BOOKING, BUY), "hum": L(3400, BUY),
            "uyynsylar": [{"isem": L(f"{FIRST} {LAST}", NAMEC), "auyrlyq": L(61, FIT)},
                          {"isem": L(KID, NAMEC), "yash": L(10, BIRTH), "buy": L(142, FIT),
                           "shlem": "S"}]}),
        case(f, f"{a}/api/v2/tulau", fmt="form", headers=_h(rng, **b), body={
            "bron": L(BOOKING, BUY), "hum": L("3400.00", BUY), "songy_dort": L("4444", PAY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v2/instruktazh", headers=_h(rng, **b), body={
            "uyynsy_kartahy": L(RACER, UID), "video": "brief_v4", "qaralgan_s": 312,
            "test": [1, 3, 2, 2, 4], "bron": L(BOOKING, BUY)}),
        multipart(f, f"{a}/api/v2/tiklem", [
            ("qultamga", "qultamga.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(24), MEDIA)),
            ("meta", None, "application/json", {
                "tulyq_isem": L(f"{FIRST} {LAST}", NAMEC), "bala": L(KID, NAMEC),
                "bala_tyugan_kon": L(SON["dob"], BIRTH),
                "haulyq": L("yorak auyryuy yuq, epilepsiya yuq, auyrly tugel", MED),
                "forma": "tiklem_2025"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/checkin", headers=_h(rng, **b), body={
            "bron": L(BOOKING, BUY), "uryn": {"kinlek": tla, "ozonloq": tlo},
            "trassa": {"id": TRACK["id"], "kinlek": TRACK["lat"], "ozonloq": TRACK["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        raw(f, f"{a}/api/v2/live/subscribe", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        res,
        case(f, f"{a}/api/v2/abonement", headers=_h(rng, **b), body={
            "uyynsy_kartahy": L(RACER, UID), "abonement": L("YK-AB-0311", BUY),
            "zaezd_hany": 10, "hum": L(12900, BUY), "srok": "2026-03-31"}),
        multipart(f, f"{a}/api/v2/video", [
            ("video", "arslan_tunarak.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"bron": L(BOOKING, BUY),
                                                "dauamlylyq_s": 14})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/khabar", headers=_h(rng, **b), body={
            "kemga": "resepshn",
            "khabar": L("Ulym 10 yashta, buyy 142 sm, balalar kartyna etame?",
                        f"{TEXT}|{FIT}")}),
        case(f, f"{a}/api/v2/ezlau", headers=_h(rng, **b), query={
            "q": L("balalar karty 8 yashtan", SEARCH)}),
        case(f, f"{a}/api/v2/bayram", headers=_h(rng, **b), body={
            "bala": L(KID, NAMEC), "tyugan_kon": L(SON["dob"], BIRTH), "qunaqtar": 8,
            "kon": "2026-10-10", "paket": "kichik_uyynsy", "hum": L(18500, BUY),
            "bron": L("YK-B-2210", BUY)}),
        case(f, f"{a}/api/v2/reyting/laqap", fmt="form", headers=_h(rng, **b), body={
            "laqap": L("jane_yarysh", UID), "uyynsy_kartahy": L(RACER, UID)}),
        case(f, f"{a}/api/v2/cheklar", headers=_h(rng, how="none"), cookies={
            "yr_sid": L(opaque(rng, "", 40), CRED), "yr_dev": L(INSTALL_ID, DID),
            "yr_req": rid(rng)}),
        case(f, f"{a}/api/v2/qorolma", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/waqigalar", headers=_h(rng, **b), body={
            "qullanyusy": L(USER_ID, UID), "sessiya": obj(rng, "ss"), "waqigalar": [
                ev("bron", 1), ev("ekran", 2, ekran=L("Natizhalar", USAGE))]}),
    ]


def yarysh_sdks() -> list[Case]:
    rng = random.Random(24162)
    return [
        is_batch(APP, rng, [("Heat Booked", {"total": L(3400, BUY)}),
                            ("Checked In", {"track": TRACK["id"]})], at=TRACK_FIX, nd=2),
        is_queue(APP, rng, [("Live Opened", {"heat": "zd_1227_1900"}),
                            ("Results Viewed", {})]),
        bt_launch(APP, rng, user=True),
        bt_event(APP, rng, "purchase", {"bron": L(BOOKING, BUY)}, revenue=3400.0, hashed=True),
        tb_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=TRACK_FIX, nd=3,
               keywords="karting,racing,family"),
        sc_session(APP, rng, secs=602),
        yf_eval(APP, rng, {"trassa": TRACK["id"], "abonement": True}),
        ip_register(APP, rng, tags={"trassa": TRACK["id"]}),
        rz_check(APP, rng, {"analytics": True, "marketing": True}),
        tp_card(APP, rng),
        tp_confirm(APP, rng, "3400.00"),
        um_reverse(APP, rng, TRACK_FIX, PRECISE, nd=3),
    ]
