"""Night-guard service app "Balami" (``balami``: guards; a fictional guarding company in Kananga
whose guards watch the house's gate at night): the contract (the house, the household), a log-in,
``/meme``, the monthly payment, a panic alarm with her fix and the home Wi-Fi, visitors
announced, the guards' rounds, a protobuf presence beat, a break-in report with a photo, the gate
code, invoices by contract number in the path, a rating, the house left empty while they visit
Kinshasa, the gate camera's Wi-Fi set-up, a queued alarm (msgpack), messages to the control
room. Tshiluba keys with French: ``dina``, ``telefone``, ``diyi_dia_musokoko``,
``muaba_wa_kusombela``, ``kartie``, ``tshimenga``, ``nzubu`` house, ``bena_nzubu`` household,
``bidimu`` age, ``kontra`` contract, ``mushinga`` price, ``difuta`` payment, ``bungi`` amount,
``mulami``/``balami`` guard(s), ``tshibi`` gate (lit. "door"), ``butuku`` night, ``muenyi``
visitor, ``buivi`` theft, ``alarme``, ``kode_wa_tshibi`` gate code, ``lukendu`` journey,
``mukenji``, ``lumu``. Newness: "security guard", "watchman" and "guarding" matched nothing in a
docstring grep of ``scripts/``; sets 14 and 29 have home-alarm apps (a panel, sensors, arming
codes, monitoring), so Balami is made different: a manned guard contract (a guard at the gate each
night, rounds, visitors announced, the guard rated, the empty house while away), with no panel
and a panic button as its only alarm."""

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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families195_kit import (
    CONTRACT,
    DAUGHTER,
    GUARD_BASE,
    HOME,
    HOME_AT,
    HUSBAND,
    LOCAL_TEL,
    SISTER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families195_sdk import bl_bid, bl_notice, cm_crash, cm_crumb, ss_batch, tb_launch
from eval_families195_svc import (
    cs_check,
    fk_eval,
    hl_message,
    mk_reverse,
    pt_register,
    pw_card,
    pw_confirm,
)
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, W, case

APP = App("balami", "Balami", "com.example.balami", "1.1.9", "https://api.balami.example.com")
IID = "X-Balami-Device"
PW = "Tshibi#Malandji42"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def balami() -> list[Case]:
    rng = random.Random(19561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kontra=L(CONTRACT, BUY), telefone=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, L(CONTRACT, BUY)), (3, 1768520000),
               (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE)), (3, 7.0)]),
               (5, L(54, DEV))], "", lab)
    inv = at_path(case(f, f"{a}/api/kontra/{CONTRACT}/factures", headers=_h(rng, **b)),
                  CONTRACT, BUY)
    return [
        case(f, f"{a}/api/kontra", headers=_h(rng), body={
            "dina": L(f"{FIRST} {LAST}", NAMEC), "telefone": L(NATIONAL, TEL),
            "email": L(EMAIL_MIXED, MAIL), "diyi_dia_musokoko": L(PW, CRED),
            "muaba_wa_kusombela": L(HOME["line"], ADDR), "kartie": L(HOME["quartier"], COARSE),
            "tshimenga": L(HOME["town"], COARSE), "gps": {"lat": hla, "lon": hlo},
            "kontra": L(CONTRACT, BUY), "mushinga": L(80, BUY), "devise": "USD",
            "butuku": "18:00-06:00", "balami": 1,
            "bena_nzubu": [{"dina": L(HUSBAND[0], NAMEC), "telefone": L(HUSBAND[1], TEL)},
                           {"dina": L(KID, NAMEC), "bidimu": L(DAUGHTER["age"], BIRTH)}]}),
        case(f, f"{a}/api/kubuela", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "diyi_dia_musokoko": L(PW, CRED), "kulama": "1"}),
        case(f, f"{a}/api/meme", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/difuta", fmt="form", headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "bungi": L("80.00", BUY), "devise": "USD",
            "ngondo": "2026-01", "wallet": L(LOCAL_TEL, TEL),
            "methode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/alarme", headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "muaba": {"lat": hla, "lon": hlo, "acc": 5},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}, "battery": L(31, DEV),
            "mukenji": L("Bantu babidi ku tshibi, luayi lukasa!", TEXT), "alarme": obj(rng, "al")}),
        case(f, f"{a}/api/benyi", headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "muenyi": {"dina": L(SISTER_IL["name"], NAMEC),
                                                  "telefone": L(SISTER_IL["tel"], TEL)},
            "dituku": "2026-02-20", "diba": "19:30", "kode_qr": opaque(rng, "qr_", 12)}),
        case(f, f"{a}/api/balami/rounds", headers=_h(rng, **b), query={
            "kontra": L(CONTRACT, BUY), "butuku": "2026-01-15"}),
        raw(f, f"{a}/api/presence", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/api/buivi", [
            ("tshimfuanyi", "mur.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {
                "kontra": L(CONTRACT, BUY), "diba": "02:10", "mulami": "gd_0412",
                "mukenji": L("Muntu wakabanda tshimanu pa dîba dia 2, mulami wakamuipata",
                             TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/tshibi/kode", fmt="form", headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "kode_wa_tshibi": L("4260", CRED)}),
        inv,
        case(f, f"{a}/api/evaluation", fmt="form", headers=_h(rng, **b), body={
            "mulami": "gd_0412", "ntoto": "5",
            "mukenji": L("Mulami udi ne meji, udi ulama bimpe butuku buonso", TEXT)}),
        case(f, f"{a}/api/lukendu", headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "kufuma": "2026-02-01", "kupingana": "2026-02-14",
            "muaba_wa_lukendu": {"line": L(SISTER_IL["line"], ADDR),
                                 "komine": L(SISTER_IL["commune"], COARSE),
                                 "tshimenga": L(SISTER_IL["town"], COARSE)},
            "telefone_wa_lukendu": L(SISTER_IL["tel"], TEL),
            "mukenji": L("Nzubu udi mushale, kuoku kuena muntu too ne dituku 14", TEXT)}),
        case(f, f"{a}/api/camera/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "camera": "cam_tshibi_01", "wifi_pass": L("Malandji-42-wifi", CRED)}),
        case(f, f"{a}/api/alarme/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "alarmes": [
                {"kind": "test", "lat": L(round(HOME_AT[0], 5), PRECISE),
                 "lon": L(round(HOME_AT[1], 5), PRECISE), "t": 1768521000}]}),
        case(f, f"{a}/api/mikenji", headers=_h(rng, **b), body={
            "kudi": "control_room", "mukenji": L(
                "Didier Kanyinda neafike butuku pa moto, mulami amukangile tshibi",
                f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/appel", fmt="form", headers=_h(rng, **b), body={
            "kontra": L(CONTRACT, BUY), "telefone": L(LOCAL_TEL, TEL), "diba": "08:00-10:00",
            "tshilumbu": "facture"}),
        case(f, f"{a}/api/lumu", headers=_h(rng, **b), query={
            "kontra": L(CONTRACT, BUY), "since": "2026-01-10"}),
        case(f, f"{a}/api/profile/prefs", headers=_h(rng, how="none"), cookies={
            "bl_sesi": L(opaque(rng, "", 40), CRED),
            "bl_prefs": W({"kontra": L(CONTRACT, BUY), "muakulu": L("fr", DEV)}, "b64json"),
            "bl_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/bienzedi", headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "bienzedi": [
                ev("alarm_pressed", 1), ev("screen", 2, screen=L("Benyi", USAGE))]}),
        case(f, f"{a}/api/kupatuka", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def balami_sdks() -> list[Case]:
    rng = random.Random(19562)
    return [
        ss_batch(APP, rng, [("Alarm Pressed", {"test": False}),
                            ("Fee Paid", {"amount": L(80, BUY)})], at=HOME_AT, nd=2),
        tb_launch(APP, rng),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="security,home,kananga"),
        bl_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalArgumentException", "alarm payload"),
                 [cm_crumb("nav", "Home -> Alarme")], screen="AlarmeActivity"),
        fk_eval(APP, rng, {"base": GUARD_BASE["id"], "tshimenga": L("Kananga", COARSE)},
                hdr=True),
        pt_register(APP, rng, at=HOME_AT, nd=3, tags={"kartie": L("Malandji", COARSE)}),
        cs_check(APP, rng, {"analytics": True}),
        pw_card(APP, rng),
        pw_confirm(APP, rng, "80.00"),
        mk_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hl_message(APP, rng, L("Difuta dia ngondo wa kumpala diakadi kabidi", TEXT),
                   {"kontra": L(CONTRACT, BUY)}),
    ]
