"""The home internet provider's account app "Dzaudnet" (a Vladikavkaz fibre-to-the-flat and TV
provider; Ossetian keys: ``nom``, ``myggag``, ``raiguyry_bon``, ``telefon``, ``el_post``,
``susaeg_dzyrd`` password, ``tsaeraenbynat`` address, ``goraet`` town, ``aekhtsa`` amount,
``fidyd`` payment, ``arg`` price, ``bynat`` place (``uaerkh``/``daerg``), ``fystaeg`` message,
``quydy`` remark, ``aguyrd`` search, ``bon`` day, ``syvaellon`` child, ``faeraez`` device,
``faeraeztae`` devices, ``aevzag`` language, ``kukhaevaerd`` signature, ``arkhaiaeg`` user,
``tsautae`` events, with the loans ``dogovor`` contract, ``balans``, ``tarif``, ``router``,
``kanal``, ``master`` technician, ``promokod``, ``schet``): log-in by contract number, ``/mae``,
the online contract (her passport and residence permit), the balance by contract in the path, a
payment, a tariff change, the router's Wi-Fi name and key, a speed test (her public and LAN
addresses), an outage report with her fix, a technician visit, a TV package, parental control
for the son's tablet, traffic, a protobuf router reading, the router's client list (JSON Lines:
her phone's MAC among the household's devices), a support message, a search, a promo code, the
signed contract (PDF), bills by cookie, push and events. New kind: "internet provider" matched
no docstring, "broadband" and "isp" only as a speed-test label elsewhere, "fibre" only alpaca
and abaca fibre."""

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
    HW,
    IPLOC,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families250_kit import (
    CONTRACT,
    HOME,
    HOME_AT,
    HUSBAND,
    PASSPORT,
    ROUTER,
    SON,
    VNZH,
    fix,
    hd,
    push,
)
from eval_families250_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify
from eval_families250_svc import (
    cl_card,
    cl_confirm,
    fn_eval,
    hs_attach,
    hs_message,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, MAC, PUBLIC_IP, USER_ID, Case, J, L, case

APP = App("dzaudnet", "Dzaudnet", "com.example.dzaudnet", "5.12.0",
          "https://lk.dzaudnet.example.ru")
IID = "X-Dzaudnet-Device"
PW = "Terek-2026-net"
WIFI_KEY = "Batraz&Alan-5G!"  # the home Wi-Fi key she sets (secret.credential)
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(60))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dzaudnet() -> list[Case]:
    rng = random.Random(25071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, dogovor=L(CONTRACT, UID), el_post=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    reading = pb([(1, L(CONTRACT, UID)), (2, L(ROUTER["bssid"], WIFI)), (3, -41),
                  (4, L(LOCAL_IP, DEV)), (5, 1771400000)], "", lab)
    bal = at_path(case(f, f"{a}/api/v2/dogovor/{CONTRACT}/balans", headers=_h(rng, **b)),
                  CONTRACT, UID)
    return [
        case(f, f"{a}/api/v2/bakhizyn", fmt="form", headers=_h(rng), body={
            "dogovor": L(CONTRACT, UID), "susaeg_dzyrd": L(PW, CRED),
            "faeraez": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/mae", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/dogovor/online", headers=_h(rng, **b), body={
            "nom": L(FIRST, NAMEC), "myggag": L(LAST, NAMEC), "raiguyry_bon": L(DOB, BIRTH),
            "pasport": L(PASSPORT, NID), "vnzh": L(VNZH, NID),
            "tsaeraenbynat": L(HOME["line"], ADDR), "goraet": L(HOME["town"], COARSE),
            "telefon": L(E164, TEL), "el_post": L(EMAIL, MAIL), "dogovor": L(CONTRACT, UID)}),
        bal,
        case(f, f"{a}/api/v2/fidyd", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, UID), "aekhtsa": L("850.00", BUY), "valuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kartae_kaeron": L("4444", PAY)}),
        case(f, f"{a}/api/v2/tarif", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, UID), "tarif": "fiber_500_tv", "arg": L(1150, BUY),
            "bon": "2026-03-01"}),
        case(f, f"{a}/api/v2/router/wifi", headers=_h(rng, **b), body={
            "ssid": L(ROUTER["ssid"], WIFI), "bssid": L(ROUTER["bssid"], WIFI),
            "susaeg_dzyrd": L(WIFI_KEY, CRED), "kanal": 36, "band": "5GHz"}),
        case(f, f"{a}/api/v2/speedtest", headers=_h(rng, **b), body={
            "ip": L(PUBLIC_IP, IPLOC), "lan_ip": L(LOCAL_IP, DEV), "ssid": L(ROUTER["ssid"], WIFI),
            "down_mbps": 412.7, "up_mbps": 388.1, "ping_ms": 4, "server": "st_vlk_02"}),
        case(f, f"{a}/api/v2/avari", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, UID), "bynat": {"uaerkh": hla, "daerg": hlo},
            "quydy": L("No internet since 7 in the morning, the router shows a red LOS light",
                       TEXT)}),
        case(f, f"{a}/api/v2/master", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, UID), "tsaeraenbynat": L(HOME["line"], ADDR),
            "bon": "2026-02-19", "sakhat": "10-14", "telefon": L(HUSBAND[1], TEL),
            "kaemaen": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/api/v2/tv/paket", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, UID), "paket": "kids_plus",
            "kanaltae": ["Iryston TV", "Multik"], "aekhtsa": L(199, BUY)}),
        case(f, f"{a}/api/v2/syvaellon/kontrol", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, UID), "syvaellon_nom": L(SON["first"], NAMEC),
            "faeraez": "tablet_01", "raestaeg": {"bakhizyn": "15:00", "rakhizyn": "20:30"},
            "filtr": "kids"}),
        case(f, f"{a}/api/v2/trafik", headers=_h(rng, **b), query={
            "dogovor": L(CONTRACT, UID), "maei": "2026-01"}),
        raw(f, f"{a}/api/v2/router/reading", reading, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/v2/router/faeraeztae", [
            {"mac": L(MAC, HW), "nom": L("Pixel 8", DEV), "ip": L(LOCAL_IP, DEV)},
            {"mac": "a8:5e:45:11:0c:93", "nom": "tablet_01", "ip": "192.168.1.31"},
            {"mac": "f0:27:2d:9b:44:10", "nom": "tv_living", "ip": "192.168.1.40"}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/fystaeg", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, UID),
            "fystaeg": L(f"Contract {CONTRACT}: I paid 850 on Monday but the balance is still "
                         "negative", f"{TEXT}|{UID}")}),
        case(f, f"{a}/api/v2/aguyrd", headers=_h(rng, **b), query={
            "q": L("router red light LOS what to do", SEARCH)}),
        case(f, f"{a}/api/v2/promokod", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, UID), "promokod": "DRUG-7Q2K9"}),
        multipart(f, f"{a}/api/v2/dogovor/pdf", [
            ("fail", "dogovor_signed.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"dogovor": L(CONTRACT, UID),
                                                "kukhaevaerd": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/schettae", headers=_h(rng, how="none"), cookies={
            "dn_sesi": L(opaque(rng, "", 40), CRED), "dn_dev": L(INSTALL_ID, DID),
            "dn_req": rid(rng)}),
        case(f, f"{a}/api/v2/faeraez", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/tsautae", headers=_h(rng, **b), body={
            "arkhaiaeg": L(USER_ID, UID), "tsautae": [
                ev("speedtest", 1), ev("ekran", 2, ekran=L("Balans", USAGE))]}),
    ]


def dzaudnet_sdks() -> list[Case]:
    rng = random.Random(25072)
    return [
        mc_batch(APP, rng, [("Balance Viewed", {}), ("Payment Made", {"amount": L(850, BUY)})]),
        mc_identify(APP, rng, {"tarif": "fiber_500_tv", "goraet": L("Vladikavkaz", COARSE),
                               "dogovor": L(CONTRACT, UID)}),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="tv,internet,home"),
        cd_crash(APP, rng, ("java.net.UnknownHostException", "lk.dzaudnet.example.ru"),
                 [cd_crumb("nav", "Balans -> Fidyd")], screen="BalansActivity"),
        fn_eval(APP, rng, {"tarif": "fiber_500_tv", "goraet": L("Vladikavkaz", COARSE)},
                hdr=True),
        pt_register(APP, rng, tags={"tarif": "fiber_500_tv"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "850.00"),
        hs_message(APP, rng, L("The technician did not come on Thursday", TEXT),
                   {"dogovor": L(CONTRACT, UID)}),
        hs_attach(APP, rng, L(b"\x89PNG\r\n\x1a\n" + bytes(40), MEDIA), "router_light.png",
                  "image/png"),
    ]


__all__ = ["APP", "dzaudnet", "dzaudnet_sdks"]
