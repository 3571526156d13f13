"""A phone repair shop's app "Ekranmaster" (Aiaaira Street, Sukhum: her Pixel's screen cracked on
the embankment steps). The shop's API mixes Russian repair words and Abkhaz in Latin letters, as a
Sukhum shop's developer writes them (``akhdz`` name, ``atel`` phone, ``kod`` code, ``aadres``
address, ``aqalaq`` city, ``ausbarta`` device, ``serial``, ``defekt`` fault, ``ekran_amadza`` screen
PIN (lit. "screen secret"), ``zaiavka`` repair ticket, ``ahw`` price, ``apara`` amount, ``zalog``
deposit, ``podmennyi`` loaner, ``pasport``, ``kurer`` courier, ``aamta`` time, ``atyp`` place,
``atekst`` text, ``apshaara`` search, ``garantiia`` warranty, ``prilozheniia`` apps, ``batareia``
battery, ``set`` network): an SMS sign-up and code, ``/sara`` with a JWT, the shop's diagnostic
(IMEI, serial, MAC, Android ID, battery, storage, installed apps, the visited network), the repair
ticket with her screen PIN, photos of the crack, the quote accepted, a deposit, a courier pick-up
from her flat, the status by ticket number in the path, the shop's Wi-Fi, a check-in at the counter,
a message, a loaner phone against her passport, the data-wipe consent signature, a warranty claim, a
search, receipts by cookie, push, events and a log-out. "phone repair" occurs only in a list of
words that matched nothing, "screen repair" and "cracked screen" matched nothing; set 200's "remont"
is a flat renovation, set 90's "Trampafon" a phone trade-in."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    APPS,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families278_kit import (
    AB_NET,
    HOME,
    HOME_AT,
    PASSPORT,
    SHOP,
    SHOP_FIX,
    TICKET,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families278_sdk import (
    br_bid,
    cg_crash,
    cg_crumb,
    sa_batch,
    sa_pixel,
    ta_event,
    ta_launch,
)
from eval_families278_svc import (
    ca_card,
    ca_confirm,
    fl_eval,
    hw_attach,
    md_reverse,
    pz_register,
)
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    IMEI,
    INSTALL_ID,
    MAC,
    SERIAL,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("ekranmaster", "Ekranmaster", "com.example.ekranmaster", "5.1.0",
          "https://api.ekranmaster.example.com")
IID = "X-EM-Device"
NID = "personal.national_id"
PKGS = ["com.example.apsyra", "com.example.amadza", "com.example.apsadgjyl",
        "com.example.hairplan", "com.example.maimun", "com.example.apendzhyr"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ekranmaster() -> list[Case]:
    rng = random.Random(27851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, atel=L(E164, TEL), zaiavki=[L(TICKET, BUY)]))}
    sla, slo = fix(SHOP_FIX, 4)
    hla, hlo = fix(HOME_AT)
    status = at_path(case(f, f"{a}/v2/zaiavka/{TICKET}/status", headers=_h(rng, **b)),
                     TICKET, BUY)
    return [
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "atel": L(NATIONAL, TEL), "akhdz": L(FIRST, NAMEC), "strana": "US"}),
        case(f, f"{a}/v2/auth/kod", fmt="form", headers=_h(rng), body={
            "atel": L(E164, TEL), "kod": L("2291", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/sara", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/diagnostika", gz=True, headers=_h(rng, **b), body={
            "ausbarta": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
                         "imei": L(IMEI, HW), "serial": L(SERIAL, HW), "mac": L(MAC, HW),
                         "android_id": L(ANDROID_ID, DID)},
            "batareia": {"zdorovie": L(91, DEV), "tsikly": L(412, DEV)},
            "pamiat_svobodno": L(38211000000, DEV), "tz": L(TZ, DEV),
            "prilozheniia": [L(p, APPS) for p in PKGS],
            "set": {"operator": L("Example Mobile", CARRIER), "plmn": L(AB_NET, CARRIER),
                    "roaming": L(True, DEV)},
            "test_sensor": "touch_fail_zone_4"}),
        case(f, f"{a}/v2/zaiavka", headers=_h(rng, **b), body={
            "zaiavka": L(TICKET, BUY), "akhdz": L(f"{FIRST} {LAST}", NAMEC),
            "atel": L(E164, TEL), "email": L(EMAIL, MAIL),
            "ausbarta": {"model": L("Pixel 8", DEV), "imei": L(IMEI, HW)},
            "defekt": L("Cracked screen, touch dead in the lower left corner", TEXT),
            "ekran_amadza": L("271804", CRED), "rezervnaia_kopiia": False,
            "ahw": L(8900, BUY)}),
        multipart(f, f"{a}/v2/zaiavka/foto", [
            ("photo1", "crack_front.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("photo2", "crack_corner.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"zaiavka": L(TICKET, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/zaiavka/soglasie", fmt="form", headers=_h(rng, **b), body={
            "zaiavka": L(TICKET, BUY), "ahw": L("8900", BUY), "original": "aai",
            "srok": "2"}),
        case(f, f"{a}/v2/ashwara", fmt="form", headers=_h(rng, **b), body={
            "zaiavka": L(TICKET, BUY), "apara": L("3000.00", BUY), "valiuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "bolo_4": L("4444", PAY)}),
        case(f, f"{a}/v2/kurer", headers=_h(rng, **b), body={
            "zaiavka": L(TICKET, BUY), "aadres": L(HOME["line"], ADDR),
            "aqalaq": L(HOME["town"], COARSE), "podezd": "2",
            "atyp": {"lat": hla, "lon": hlo}, "aamta": "2026-02-03T10:00/12:00",
            "atel": L(E164, TEL)}),
        status,
        case(f, f"{a}/v2/wifi", headers=_h(rng, **b), body={
            "ssid": L(SHOP["ssid"], WIFI), "bssid": L(SHOP["bssid"], WIFI),
            "lan_ip": L("10.0.7.41", DEV), "tochka": SHOP["id"]}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "zaiavka": L(TICKET, BUY), "atyp": {"lat": sla, "lon": slo},
            "master": {"id": SHOP["id"], "lat": SHOP["lat"], "lon": SHOP["lon"],
                       "atel": SHOP["phone"]}}),
        case(f, f"{a}/v2/chat", headers=_h(rng, **b), body={
            "zaiavka": L(TICKET, BUY), "thread": obj(rng, "ch"),
            "atekst": L("Can you also change the battery? It dies by noon.", TEXT)}),
        case(f, f"{a}/v2/podmennyi", headers=_h(rng, **b), body={
            "zaiavka": L(TICKET, BUY), "podmennyi": "loaner_07", "zalog": L(3000, BUY),
            "pasport": L(PASSPORT, NID)}),
        multipart(f, f"{a}/v2/soglasie/stiranie", [
            ("podpis", "signature.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"zaiavka": L(TICKET, BUY),
                                                "akhdz": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/garantiia", [
            ("photo", "dead_pixels.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {
                "zaiavka": L(TICKET, BUY),
                "atekst": L("A line of dead pixels appeared a week after the new screen",
                            TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/apshaara", headers=_h(rng, **b), query={
            "apshaara": L("Pixel 8 original screen price", SEARCH)}),
        case(f, f"{a}/v2/cheki", headers=_h(rng, how="none"), cookies={
            "em_sess": L(opaque(rng, "", 40), CRED), "em_dev": L(INSTALL_ID, DID),
            "em_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "yazyk": L("en", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("ticket_created", 1), ev("screen", 2, screen=L("TicketStatus", USAGE))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]



def ekranmaster_sdks() -> list[Case]:
    rng = random.Random(27852)
    return [
        sa_batch(APP, rng, [("Ticket Created", {"price": L(8900, BUY)}),
                            ("Courier Booked", {})], at=SHOP_FIX, nd=3),
        sa_pixel(APP, rng, "Status Viewed", {"step": "in_repair"}),
        ta_launch(APP, rng, first=True),
        ta_event(APP, rng, "purchase", {"zaiavka": L(TICKET, BUY)}, revenue=8900.0,
                 hashed=True),
        br_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="phones,cases,repair"),
        cg_crash(APP, rng, ("java.lang.SecurityException", "packages query"),
                 [cg_crumb("nav", "Diagnostika -> Prilozheniia")], screen="DiagActivity"),
        fl_eval(APP, rng, {"shop": SHOP["id"]}, hdr=True),
        pz_register(APP, rng, tags={"ticket_state": "in_repair"}),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "5900.00"),
        md_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hw_attach(APP, rng, L(JPEG + b"\x14", MEDIA), "receipt.jpg", "image/jpeg"),
    ]
