"""A swiftlet-house app "Bolawalet" (her husband's family's three-storey swiftlet house in Soreang,
Parepare; she keeps the accounts and sells the nests). Its API's keys are Buginese, ASCII-folded
as a Parepare developer writes them, with English ``email``, ``id``, ``token``: ``aseng`` name,
``nomoro_hp`` mobile number, ``sandi`` password, ``esso_jaji`` birth date (lit. "day born"),
``onrong_monro`` residence (street line), ``kota`` town, ``kacamatang`` district, ``punna``
owner, ``bola`` house, ``onrong`` place, ``wettu`` time, ``esso`` day, ``sadda`` sound (the lure
calls), ``mangkok`` nests (cups), ``wera_kg`` weight, ``pallalo`` harvester, ``balu`` sale,
``pangelli`` buyer, ``jumella`` amount, ``ellinna`` price, ``rekening`` bank account,
``pappaseng`` message, ``seajing`` relatives, ``akses`` access, ``catatang`` note, ``sappa``
search, ``parewa`` device, ``basa`` language, ``zona_wettu`` time zone, ``ingerrang`` remember):
sign-up with her KITAS, log-in, ``/iyya``, the houses, sensor readings, a visit with her fix, a
protobuf relay of the controller's readings, the lure-sound schedule (msgpack), a harvest with
her brother-in-law, a nest photo, a sale to the buyer, its receipt by sale number in the path, the
payout account with her tax number, payouts, a message to her mother-in-law, access for her
mother-in-law, the alarm PIN, the house's Wi-Fi for the controller, an offline sync (JSON Lines),
a search, push and events."""

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
    JPEG,
    MAIL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families275_kit import (
    BANK_ACCT,
    BROTHER_IL,
    KITAS,
    MKS_HOME,
    MKS_HOME_AT,
    MOTHER_IL,
    NEST_BUYER,
    NPWP,
    WALET_FIX,
    WALET_HOUSE,
    WALET_OWNER,
    fix,
    hd,
    obj,
    push,
)
from eval_families275_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families275_svc import cl_wallet, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bolawalet", "Bolawalet", "com.example.bolawalet", "3.4.1",
          "https://api.bolawalet.example.com")
IID = "X-Bolawalet-Parewa"
PW = "Soreang#Walet2026"
NID = "personal.national_id"
SALE = "BW-JL-260118-03"  # her sale of nests (financial.purchase: her sales)
HOUSE_SSID, HOUSE_BSSID = "BolaWalet7-Ctrl", "e8:48:b8:31:0c:7a"  # the house's Wi-Fi (joined)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bug=True, **kw)


def bolawalet() -> list[Case]:
    rng = random.Random(27511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), punna=L(WALET_OWNER, UID)))}
    wla, wlo = fix(WALET_FIX)
    hid = WALET_HOUSE["id"]
    lab: dict[str, str] = {}
    relay = pb([(1, L(WALET_OWNER, UID)), (2, hid), (3, 1768531200),
                (4, [(1, 28.4), (2, 86.5), (3, 41.0)]), (5, L(62, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/balu/{SALE}/kuitansi", headers=_h(rng, **b)),
                      SALE, BUY)
    return [
        case(f, f"{a}/api/v1/mattama", headers=_h(rng), body={
            "aseng": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "nomoro_hp": L(E164, TEL), "sandi": L(PW, CRED), "esso_jaji": L("17-05-1991", BIRTH),
            "onrong_monro": L(MKS_HOME["line"], ADDR), "kota": L(MKS_HOME["town"], COARSE),
            "kacamatang": L(MKS_HOME["kec"], COARSE), "kitas": L(KITAS, NID),
            "punna": L(WALET_OWNER, UID), "bola": hid, "setuju": True}),
        case(f, f"{a}/api/v1/tama", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sandi": L(PW, CRED), "ingerrang": "1"}),
        case(f, f"{a}/api/v1/iyya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/bola", headers=_h(rng, **b), query={
            "punna": L(WALET_OWNER, UID), "aktif": "1"}),
        case(f, f"{a}/api/v1/bola/{hid}/sensor", headers=_h(rng, **b), query={
            "jam": "24", "lante": "3"}),
        case(f, f"{a}/api/v1/bola/{hid}/lettu", headers=_h(rng, **b), body={
            "bola": hid, "onrong": {"lat": wla, "lng": wlo, "akurasi": 9},
            "wettu": "2026-01-16T06:40:00+08:00", "id_kunjungan": obj(rng, "kj")}),
        raw(f, f"{a}/api/v1/bola/{hid}/relay", relay, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bola/{hid}/sadda", fmt="msgpack", headers=_h(rng, **b), body={
            "punna": L(WALET_OWNER, UID),
            "sadda": [{"kaset": "inap_v3", "mula": "17:00", "lesu": "06:00", "volume": 70},
                      {"kaset": "panggil_v2", "mula": "15:30", "lesu": "17:00", "volume": 55}],
            "lante": [1, 2, 3]}),
        case(f, f"{a}/api/v1/panen", headers=_h(rng, **b), body={
            "bola": hid, "esso": "2026-01-10", "mangkok": 412, "wera_kg": 3.4,
            "kualitas": {"A": 260, "B": 118, "C": 34},
            "pallalo": {"aseng": L(BROTHER_IL[0], NAMEC), "nomoro_hp": L(BROTHER_IL[1], TEL)},
            "punna": L(WALET_OWNER, UID)}),
        multipart(f, f"{a}/api/v1/panen/gambara", [
            ("gambara", "mangkok_a.jpg", "image/jpeg", L(JPEG + b"\x75", MEDIA)),
            ("meta", None, "application/json", {
                "bola": hid, "catatang": L("Mangkok A maputi, de' naengka bulu", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/balu", headers=_h(rng, **b), body={
            "balu": L(SALE, BUY), "pangelli": NEST_BUYER["id"], "wera_kg": 3.4,
            "ellinna_per_kg": 14500000, "jumella": L(49300000, BUY), "kualitas": "A/B",
            "punna": L(WALET_OWNER, UID)}),
        receipt,
        case(f, f"{a}/api/v1/rekening", headers=_h(rng, **b), body={
            "aseng_punna_rekening": L(f"{FIRST} {LAST}", NAMEC), "rekening": L(BANK_ACCT, PAY),
            "bank": "Bank Example Sulselbar", "npwp": L(NPWP, NID),
            "punna": L(WALET_OWNER, UID)}),
        case(f, f"{a}/api/v1/pabbayara", headers=_h(rng, **b), query={
            "punna": L(WALET_OWNER, UID), "taung": "2026"}),
        case(f, f"{a}/api/v1/pappaseng", headers=_h(rng, **b), body={
            "lao_ri": "usr_ind0q2", "bola": hid,
            "pappaseng": L("Indo', panen esso Sabtu. Syamsul lao ri Soreang jam enneng.", TEXT)}),
        case(f, f"{a}/api/v1/seajing", headers=_h(rng, **b), body={
            "aseng": L(MOTHER_IL[0], NAMEC), "nomoro_hp": L(MOTHER_IL[1], TEL),
            "akses": "baca", "bola": hid}),
        case(f, f"{a}/api/v1/bola/{hid}/alarm", fmt="form", headers=_h(rng, **b), body={
            "pin_alarm": L("4417", CRED), "punna": L(WALET_OWNER, UID)}),
        case(f, f"{a}/api/v1/bola/{hid}/wifi", headers=_h(rng, **b), body={
            "ssid": L(HOUSE_SSID, WIFI), "bssid": L(HOUSE_BSSID, WIFI),
            "ip_lokal": L("192.168.8.101", DEV), "kontroler": "ctl_s7_01"}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "catatang", "bola": hid,
             "teks": L("Lante 2 maccoppo sadda, perlu ganti speaker", TEXT),
             "punna": L(WALET_OWNER, UID)},
            {"op": "onrong", "lat": L(round(WALET_FIX[0], 5), PRECISE),
             "lng": L(round(WALET_FIX[1], 5), PRECISE), "wettu": 1768545600}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sappa", headers=_h(rng, **b), query={
            "sappa": L("harga sarang walet Parepare Januari", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/parewa", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/api/v1/kajadiang", gz=True, headers=_h(rng, how="none"), cookies={
            "bw_sesi": L(opaque(rng, "", 40), CRED), "bw_parewa": L(INSTALL_ID, DID),
            "bw_req": rid(rng)}, body={
            "user": L(USER_ID, UID), "kajadiang": [
                ev("panen_dicatat", 1, bola=hid), ev("screen", 2, screen=L("Sensor", USAGE)),
                ev("balu", 3, jumella=L(49300000, BUY))]}),
    ]


def bolawalet_sdks() -> list[Case]:
    rng = random.Random(27512)
    return [
        mc_batch(APP, rng, [("Harvest Logged", {"nests": 412}),
                            ("Sale Created", {"total": L(49300000, BUY)})],
                 at=WALET_FIX, nd=2, locale="id_ID"),
        mc_identify(APP, rng, {"kota": L("Parepare", COARSE), "punna": L(WALET_OWNER, UID),
                               "bola": 1}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "sale", {"balu": L(SALE, BUY)}, revenue=49300000.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="walet,sarang,parepare"),
        cd_crash(APP, rng, ("java.io.IOException", "controller socket closed"),
                 [cd_crumb("nav", "Bola -> Sensor"),
                  cd_crumb("net", "GET", {"url": f"{APP.api}/api/v1/bola/{WALET_HOUSE['id']}"
                                                 "/sensor", "status": 504})],
                 screen="SensorActivity"),
        pt_register(APP, rng, lang="id", tags={"bola": WALET_HOUSE["id"],
                                               "kota": L("Parepare", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "49300000", L(E164, TEL)),
        mm_route(APP, rng, [(MKS_HOME_AT, PRECISE), (WALET_FIX, PRECISE)]),
        hs_message(APP, rng, L(f"Pabbayara balu {SALE} de'pa natama ri rekeningku",
                               f"{TEXT}|{BUY}"), {"punna": L(WALET_OWNER, UID)}),
    ]
