"""A locksmith's app "Ki Man" (a Congo Cross lock-and-key shop: locks changed, keys cut and smart
locks fitted, booked when they move into the Wilberforce flat; its API's keys are Krio in
camelCase: ``fosNem``/``lasNem`` names, ``imel`` e-mail, ``fonNomba`` phone, ``paswod``
password, ``tong`` town, ``eria`` area, ``adres`` address, ``ples`` place, ``lok`` lock, ``do``
door, ``ki`` key, ``kiKopi`` key copies, ``udatGetKi`` who holds a key, ``wetinApin`` what
happened, ``bukin`` booking, ``prays`` price, ``moni`` amount, ``mobailMoni`` mobile-money
wallet, ``mesej`` message, ``kapshon`` caption, ``kod`` code, ``nemPanKod`` whose code,
``fren`` guest, ``garanti`` warranty, ``rivyu`` review): sign-up, log-in, ``/mi``, the services,
locksmiths near the new flat, a shop, the lock change booked at the new flat with her fix, its
payment by mobile money, the locksmith's arrival confirmed with her fix, a photo of the old
lock, a message naming the landlord, key copies for the family, a smart-lock code for her
husband, the lock on the home Wi-Fi, the lock's log (msgpack) and offline events (JSON Lines),
the warranty, a guest code for her brother, the invoice by booking number in the path, a
review, a receipt by cookie, push and events. No earlier set has a locksmith (a file-name and
docstring grep for "locksmith", "lock change", "keys cut" and "padlock" matched nothing; set
215's welding workshop makes burglar bars, not locks)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families219_kit import (
    BROTHER_US,
    CUR,
    HUSBAND,
    LANDLORD,
    LOCK,
    LOCKSMITH,
    LOCKSMITH_VAN,
    MOTHER_IL,
    NEW_FLAT,
    NEW_FLAT_AT,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families219_sdk import (
    bs_bid,
    bs_notice,
    kk_crash,
    kk_crumb,
    lk_batch,
    lk_pixel,
    tp_launch,
    tp_link,
)
from eval_families219_svc import hb_message, mb_reverse, mb_telemetry, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kiman", "Ki Man", "com.example.kiman", "5.0.2", "https://api.kiman.example.net")
IID = "X-KiMan-Install"
PW = "SpurLoop!3B26"
JOB = "KM-2603-0088"  # the lock-change booking (financial.purchase)
NEW_SSID, NEW_BSSID = "Macauley-Home", "5c:e9:31:0a:7d:42"  # the new flat's Wi-Fi (hers)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kiman() -> list[Case]:
    rng = random.Random(21921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), fon=L(E164, TEL)))}
    hla, hlo = fix(NEW_FLAT_AT)
    ala, alo = fix((NEW_FLAT_AT[0] + 0.000031, NEW_FLAT_AT[1] - 0.000018), 5)
    lock = obj(rng, "lk")
    inv = at_path(case(f, f"{a}/v2/bukin/{JOB}/invoys", headers=_h(rng, **b)), JOB, BUY)
    return [
        case(f, f"{a}/v2/akaunt", headers=_h(rng), body={
            "fosNem": L(FIRST, NAMEC), "lasNem": L(LAST, NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "fonNomba": L(NATIONAL, TEL), "paswod": L(PW, CRED), "tong": L("Freetown", COARSE)}),
        case(f, f"{a}/v2/akaunt/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL, MAIL), "paswod": L(PW, CRED), "divays": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sevis", headers=_h(rng, **b), query={"kain": "lok_chenj", "pej": "1"}),
        case(f, f"{a}/v2/lokman/near", headers=_h(rng, **b), query={
            "lat": L(f"{NEW_FLAT_AT[0]:.3f}", PRECISE), "lon": L(f"{NEW_FLAT_AT[1]:.3f}", PRECISE),
            "km": "4"}),
        case(f, f"{a}/v2/lokman/{LOCKSMITH['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/bukin", headers=_h(rng, **b), body={
            "bukin": L(JOB, BUY), "sevis": "lok_chenj", "de": "2026-03-02", "tem": "11:00",
            "adres": L(NEW_FLAT["line"], ADDR), "eria": L(NEW_FLAT["area"], COARSE),
            "ples": {"lat": hla, "lon": hlo}, "do": 3,
            "wetinApin": L("Wi jus muv na di flat, wi want chenj ol di lok dem", TEXT),
            "prays": L(1350, BUY)}),
        case(f, f"{a}/v2/pe", fmt="form", headers=_h(rng, **b), body={
            "bukin": L(JOB, BUY), "moni": L("1350.00", BUY), "kurensi": CUR,
            "mobailMoni": L(WALLET, TEL), "refrens": rid(rng)}),
        at_path(case(f, f"{a}/v2/bukin/{JOB}/rich", headers=_h(rng, **b), body={
            "ples": {"lat": ala, "lng": alo, "acc": 7},
            "van": {"lat": LOCKSMITH_VAN[0], "lng": LOCKSMITH_VAN[1]}, "i_don_rich": True}),
            JOB, BUY),
        multipart(f, f"{a}/v2/bukin/pikcho", [
            ("pikcho", "old_lok.jpg", "image/jpeg", L(JPEG + b"\x38", MEDIA)),
            ("meta", None, "application/json", {
                "kapshon": L("Di do fo bak, di lok don rost", TEXT), "bukin": L(JOB, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/mesej", headers=_h(rng, **b), body={
            "to": LOCKSMITH["id"], "bukin": L(JOB, BUY),
            "mesej": L(f"Di landlod {LANDLORD[0]} don gri se wi kin chenj di lok dem",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/kiKopi", headers=_h(rng, **b), body={
            "lok": lock, "kwantiti": 4, "prays": L(240, BUY),
            "udatGetKi": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                          L(MOTHER_IL[0], NAMEC)]}),
        case(f, f"{a}/v2/smatLok/kod", fmt="form", headers=_h(rng, **b), body={
            "lok": lock, "kod": L("480126", CRED), "nemPanKod": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v2/smatLok/wifi", headers=_h(rng, **b), body={
            "lok": lock, "ssid": L(NEW_SSID, WIFI), "bssid": L(NEW_BSSID, WIFI),
            "ip": L("192.168.8.41", DEV)}),
        case(f, f"{a}/v2/smatLok/log", fmt="msgpack", headers=_h(rng, **b), body={
            "lok": lock, "yuza": L(USER_ID, UID),
            "log": [{"t": 1772500000 + 3600 * i, "opin": "kod" if i else "ki", "bateri": 97 - i}
                    for i in range(3)]}),
        lines(f, f"{a}/v2/sync/ivent", [
            {"ivent": L("lock_opened", USAGE), "lok": lock, "t": 1772510000 + 60 * i,
             "yuza": L(USER_ID, UID)} for i in range(2)], headers=_h(rng, **b)),
        case(f, f"{a}/v2/garanti", headers=_h(rng, **b), body={
            "model": LOCK["model"], "serial": LOCK["serial"], "nem": L(f"{FIRST} {LAST}", NAMEC),
            "imel": L(EMAIL, MAIL), "adres": L(NEW_FLAT["line"], ADDR),
            "bay_de": "2026-03-02"}),
        case(f, f"{a}/v2/smatLok/fren", headers=_h(rng, **b), body={
            "lok": lock, "fren": {"nem": L(BROTHER_US[0], NAMEC), "imel": L(BROTHER_US[2], MAIL)},
            "from": "2026-04-10", "to": "2026-04-24", "kod": L("731540", CRED)}),
        inv,
        case(f, f"{a}/v2/rivyu", fmt="form", headers=_h(rng, **b), body={
            "lokman": LOCKSMITH["id"], "sta": "5",
            "rivyu": L("Dem kam kwik an dem wok fayn, tenki", TEXT)}),
        case(f, f"{a}/v2/resit", headers=_h(rng, how="none"), cookies={
            "km_seshon": L(opaque(rng, "", 40), CRED), "km_divays": L(INSTALL_ID, DID),
            "km_req": rid(rng)}),
        case(f, f"{a}/v2/divays", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/ivent", headers=_h(rng, **b), body={
            "yuza": L(USER_ID, UID), "sesyon": rid(rng), "ivent_dem": [
                ev("bukin", 1), ev("skrin", 2, skrin=L("SmatLok", USAGE))]}),
    ]


def kiman_sdks() -> list[Case]:
    rng = random.Random(21922)
    link = U("https://kiman.example.net/b", {"bukin": L(JOB, BUY), "ref": "sms",
                                             "em": L(EMAIL, MAIL)})
    return [
        lk_batch(APP, rng, [("Job Booked", {"total": L(1350, BUY)}),
                            ("Smart Lock Paired", {"model": LOCK["model"]})],
                 at=NEW_FLAT_AT, nd=3),
        lk_pixel(APP, rng, "Offer Opened", {"offer": "keys_4for3"}),
        tp_launch(APP, rng, first=True),
        tp_link(APP, rng, link),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=NEW_FLAT_AT, nd=2,
               keywords="home,security,doors"),
        bs_notice(APP, rng, "imp"),
        kk_crash(APP, rng, ("android.bluetooth.BluetoothException", "pairing timeout"),
                 [kk_crumb("nav", "SmatLok -> Pair"), kk_crumb("tap", "pair_button")],
                 screen="PairActivity"),
        pp_register(APP, rng, at=NEW_FLAT_AT, nd=2, tags={"lokman": LOCKSMITH["id"]}),
        mb_reverse(APP, rng, NEW_FLAT_AT, PRECISE, nd=5),
        mb_telemetry(APP, rng, [NEW_FLAT_AT], PRECISE),
        hb_message(APP, rng, L("Di smat lok no de opin wit mi man in kod", TEXT),
                   {"bukin": L(JOB, BUY)}),
    ]
