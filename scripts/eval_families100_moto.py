"""Kigali motorcycle-taxi wallet and fare app "Motogenda" (its API's personal keys are Kinyarwanda:
``izina`` first name, ``izina_ry_umuryango`` family name, ``nimero_ya_telefoni`` phone,
``aderesi`` address, ``umujyi`` city, ``nimero_y_indangamuntu`` ID number,
``itariki_y_amavuko`` birth date, ``ijambo_ry_ibanga`` password, ``umugabo`` husband). Not a
ride-hailing app like sets 49, 58 and 60: she hails a moto in the street, scans the driver's
meter, and the metered fare is paid from a wallet she tops up by mobile money. Sign-up, the SMS
code, a log-in, ``/njye`` with a JWT, the profile (address, residence card, her husband), the
wallet linked to her local line and topped up, motos nearby, a trip from the meter's QR, its
trace (msgpack) and heartbeat (protobuf), the end and the fare paid with her PIN, a tip, a rating
in Kinyarwanda, a fare dispute with a photo of the meter, a place search, home saved, the trip
shared with her husband, an SOS, push, events and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    IPLOC,
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
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families100_kit import (
    DRIVER,
    HOME_RW,
    HOME_RW_AT,
    LOCAL,
    LOCAL_NAT,
    MARKET_AT,
    NET_MCCMNC,
    NID_RW,
    OFFICE_RW_AT,
    WALLET_PIN,
    fix,
    leg,
    obj,
)
from eval_families100_sdk import (
    bc_bid,
    bc_win,
    fs_crash,
    fs_crumb,
    fs_sessions,
    sl_event,
    sl_session,
    ty_batch,
)
from eval_families100_svc import cw_register, gh_reverse, pm_momo, sw_eval
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    W,
    case,
)

APP = App("motogenda", "Motogenda", "com.example.motogenda", "3.9.2",
          "https://api.motogenda.example.com")
IID = "X-Motogenda-Device"
PW = "Umusozi#2291"
MOMO = f"{TEL}|{PAY}"  # her local line as the wallet's mobile-money account


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def motogenda() -> list[Case]:
    rng = random.Random(10011)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, telefoni=L(E164, TEL), izina=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    trip = obj(rng, "urg", 10)
    pla, plo = fix(HOME_RW_AT)
    dla, dlo = fix(OFFICE_RW_AT)
    sos_at = fix((-1.949702, 30.088315))
    ctx = {"Accept-Language": L("rw-RW,rw;q=0.9,en-US;q=0.8", DEV),
           "X-Mg-Context": W({"lat": L(round(HOME_RW_AT[0], 4), PRECISE),
                              "lng": L(round(HOME_RW_AT[1], 4), PRECISE),
                              "net": L(NET_MCCMNC, CARRIER), "bat": L(64, DEV)}, "b64json")}
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, [(1, L(-1.950418, PRECISE)),
                                                     (2, L(30.094027, PRECISE))]),
               (4, 31.5), (5, DRIVER["meter"]), (6, 1765690215)], "", lab)
    return [
        case(f, f"{a}/v1/konti/kwiyandikisha", headers=_h(rng, lang=True), body={
            "izina": L(FIRST, NAMEC), "izina_ry_umuryango": L(LAST, NAMEC),
            "nimero_ya_telefoni": L(E164, TEL), "imeli": L(EMAIL, MAIL),
            "itariki_y_amavuko": L("17/05/1991", BIRTH),
            "igitsina": L("gore", GENDER), "ijambo_ry_ibanga": L(PW, CRED),
            "ururimi": L("rw", DEV), "amategeko": True}),
        case(f, f"{a}/v1/konti/kwemeza", fmt="form", headers=_h(rng), body={
            "nimero_ya_telefoni": L(PHONE, TEL), "kode": L("482913", CRED)}),
        case(f, f"{a}/v1/konti/kwinjira", fmt="form", headers=_h(rng), body={
            "nimero_ya_telefoni": L(E164, TEL), "ijambo_ry_ibanga": L(PW, CRED),
            "grant": "password"}),
        case(f, f"{a}/v1/njye", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/njye/umwirondoro", headers=_h(rng, **b), body={
            "aderesi": L(HOME_RW["street"], ADDR), "umurenge": L(HOME_RW["sector"], COARSE),
            "akarere": L(HOME_RW["district"], COARSE), "umujyi": L(HOME_RW["city"], COARSE),
            "nimero_y_indangamuntu": L(NID_RW, NATID),
            "umugabo": {"izina": L(PARTNER[0], NAMEC),
                        "nimero_ya_telefoni": L(PARTNER[1], TEL)}}),
        case(f, f"{a}/v1/wallet/link", fmt="form", headers=_h(rng, **b), body={
            "msisdn": L(LOCAL, MOMO), "provider": "momo", "izina_kuri_konti": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/wallet/topup", headers=_h(rng, **b), body={
            "amafaranga": L("5000", BUY), "msisdn": L(LOCAL_NAT, MOMO), "reference": rid(rng),
            "balance_before": 310, "device_check": {
                "ip": L(PUBLIC_IP, IPLOC), "lan_ip": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI),
                "bssid": L(BSSID, WIFI), "rooted": L(False, DEV), "emulator": L(False, DEV),
                "sim_country": L("us", CARRIER), "network": L(NET_MCCMNC, CARRIER),
                "roaming": L(True, DEV)}}),
        case(f, f"{a}/v1/motos/hafi", headers=_h(rng, **b, extra=ctx), query={
            "lat": L(f"{HOME_RW_AT[0]:.4f}", PRECISE), "lng": L(f"{HOME_RW_AT[1]:.4f}", PRECISE),
            "radius": "600"}),
        case(f, f"{a}/v1/ingendo", headers=_h(rng, **b), body={
            "qr": f"mg://meter/{DRIVER['meter']}", "umumotari": DRIVER["id"],
            "plaque": DRIVER["plate"], "urugendo": trip,
            "aho_uri": {"lat": pla, "lng": plo, "acc": 6},
            "aho_ugiye": {"izina": "Office", "lat": dla, "lng": dlo}}),
        case(f, f"{a}/v1/ingendo/{trip}/inzira", fmt="msgpack", headers=_h(rng, **b), body={
            "points": leg(rng, 6, HOME_RW_AT, OFFICE_RW_AT), "meter": DRIVER["meter"],
            "seq": 2}),
        raw(f, f"{a}/v1/ingendo/{trip}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ingendo/{trip}/soza", headers=_h(rng, **b), body={
            "aho_asoreje": {"lat": dla, "lng": dlo}, "km": 6.2, "iminota": 19,
            "igiciro": L("1200", BUY), "meter_reading": "1200"}),
        case(f, f"{a}/v1/ingendo/{trip}/kwishyura", fmt="form", headers=_h(rng, **b), body={
            "amafaranga": L("1200", BUY), "uburyo": "wallet", "pin": L(WALLET_PIN, CRED)}),
        case(f, f"{a}/v1/ingendo/{trip}/ishimwe", fmt="form", headers=_h(rng, **b), body={
            "amafaranga": L("200", BUY), "umumotari": DRIVER["id"]}),
        case(f, f"{a}/v1/ingendo/{trip}/amanota", headers=_h(rng, **b), body={
            "inyenyeri": 5, "igitekerezo": L("Yatwaye neza, murakoze cyane", TEXT),
            "umumotari": DRIVER["id"], "ingofero": DRIVER["helmet"]}),
        multipart(f, f"{a}/v1/ingendo/{trip}/ikirego", [
            ("ifoto", "meter.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("ikirego", None, "application/json", {
                "urugendo": trip, "ubwoko": "fare",
                "ubutumwa": L("The meter showed 900 but the app charged 1200", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ahantu/shakisha", headers=_h(rng, **b), query={
            "q": L("Kimironko market", SEARCH), "near": L("-1.954,30.113", PRECISE)}),
        case(f, f"{a}/v1/ahantu", headers=_h(rng, **b), body={
            "izina": "Home", "aderesi": L(HOME_RW["street"], ADDR),
            "lat": L(round(HOME_RW_AT[0], 5), PRECISE), "lng": L(round(HOME_RW_AT[1], 5), PRECISE),
            "icon": "house"}),
        case(f, f"{a}/v1/ingendo/{trip}/sangiza", headers=_h(rng, **b), body={
            "kuri": {"izina": L(PARTNER[0], NAMEC), "nimero_ya_telefoni": L(PARTNER[1], TEL)},
            "channel": "sms", "expires_min": 60,
            "link": U("https://motogenda.example.com/t", {"u": L(USER_ID, UID), "t": trip})}),
        case(f, f"{a}/v1/sos", headers=_h(rng, **b), body={
            "urugendo": trip, "lat": sos_at[0], "lng": sos_at[1], "battery": L(23, DEV),
            "hamagara": L(PARTNER[1], TEL),
            "landmark": {"izina": "Kimironko market", "lat": MARKET_AT[0], "lng": MARKET_AT[1]}}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("rw_RW", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, how="upper", **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("trip_end", 1, km=6.2), ev("wallet_topup", 2, amount=L(5000, BUY)),
                ev("screen", 3, screen=L("Amateka", USAGE))]}),
        case(f, f"{a}/v1/ingendo/amateka", headers=_h(rng, how="none"),
             query={"page": "1"},
             cookies={"mg_sess": L(opaque(rng, "", 40), CRED), "mg_lang": L("rw", DEV)}),
    ]


def motogenda_sdks() -> list[Case]:
    rng = random.Random(10012)
    return [
        ty_batch(APP, rng, [("Trip Completed", {"fare": L(1200, BUY), "km": 6.2}),
                            ("Wallet Topped Up", {"amount": L(5000, BUY)})],
                 at=OFFICE_RW_AT, nd=4),
        sl_session(APP, rng, first=True),
        sl_event(APP, rng, "tp7k2q", {"trip": "moto", "fare": L("1200", BUY)}, revenue="1200"),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_RW_AT, nd=3, yob=1991,
               gender="F"),
        bc_win(APP, rng),
        fs_crash(APP, rng, ("java.net.SocketTimeoutException", "meter sync timeout"),
                 [fs_crumb("navigation", "Home -> ScanMeter"),
                  fs_crumb("user", "scan", {"meter": DRIVER["meter"]})],
                 screen="ScanMeterActivity"),
        fs_sessions(APP, rng, [412, 1290]),
        sw_eval(APP, rng, {"city": L("kigali", COARSE), "walletTopupMomo": True}),
        cw_register(APP, rng, at=HOME_RW_AT, nd=2, lang="rw", tags={"rider": "wallet"}),
        pm_momo(APP, rng, "5000", rid(rng), "Motogenda wallet"),
        gh_reverse(APP, rng, OFFICE_RW_AT, PRECISE, nd=5),
    ]
