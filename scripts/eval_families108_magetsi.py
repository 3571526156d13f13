"""Harare prepaid-electricity token app "Magetsi Yangu" (its API's keys are Shona: ``zita``,
``zita_remhuri``, ``nhamba_yerunhare``, ``kero``, ``guta``, ``nhamba_yechitupa``,
``zuva_rekuberekwa``, ``pasiwedhi``, ``murume``, ``nhamba_yemita``, ``mari``...). Unlike set 73's
load-shedding app, where one meter and one token are a feature, this is a token vendor: the
registration, the SMS code, a log-in, ``/ini`` with a JWT, her meter added and looked up in the
path, her mother-in-law's meter in Murehwa, a quote (no purchase), token purchases by mobile
money for both meters (the token sent to the mother-in-law by SMS), the token by purchase
reference in the path, a resend, the token's acceptance, daily units (msgpack), a fault report
with a photo of the meter's display, vendors near her, an arrears plan, a password change,
notices, push, events, feedback and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_UPPER, JPEG, multipart, push_token
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families108_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    CITY_ZW,
    COARSE,
    CRED,
    DEV,
    DID,
    HOME_LINE,
    HOME_ZW_AT,
    HUSBAND,
    IPLOC,
    LOCAL_NAT,
    LOCAL_NO,
    MAIL,
    MEDIA,
    METER,
    MIL,
    MIL_METER,
    NAMEC,
    NATID,
    PRECISE,
    STS,
    SUBURB,
    TEL,
    TEXT,
    UID,
    USAGE,
    ZW_ID,
    fix,
    obj,
    readings,
)
from eval_families108_sdk import at_event, at_session, bn_bid, cm_crash, cm_crumb, ms_batch
from eval_families108_svc import md_reverse, pj_register, pm_wallet, ta_eval
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

WIFI = "location.wifi"

APP = App("magetsi", "MagetsiYangu", "com.example.magetsiyangu", "3.4.2",
          "https://api.magetsiyangu.example.com")
IID = "X-Magetsi-Device"
PW, PW2 = "Jacaranda!2291", "Msasa#Harare25"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def magetsi() -> list[Case]:
    rng = random.Random(10801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nhamba=L(LOCAL_NO, TEL), zita=L(NAME, NAMEC)))}
    ref, ref2 = "MGY-2512-40917", "MGY-2512-40988"
    hla, hlo = fix(HOME_ZW_AT, 5)
    look = at_path(case(f, f"{a}/v1/mamita/{METER}/tsvaga", headers=_h(rng, **b),
                        query={"mhando": "prepaid"}), METER, UID)
    token = at_path(case(f, f"{a}/v1/kutenga/{ref}/token", headers=_h(rng, **b),
                         query={"fomati": "sts"}), ref, BUY)
    return [
        case(f, f"{a}/v1/vanhu/nyoresa", headers=_h(rng), body={
            "zita": L(FIRST, NAMEC), "zita_remhuri": L(LAST, NAMEC),
            "nhamba_yerunhare": L(LOCAL_NO, TEL), "email": L(EMAIL, MAIL),
            "kero": L(HOME_LINE, ADDR), "nzvimbo": L(SUBURB, COARSE), "guta": L(CITY_ZW, COARSE),
            "nhamba_yechitupa": L(ZW_ID, NATID), "zuva_rekuberekwa": L(DOB, BIRTH),
            "pasiwedhi": L(PW, CRED), "murume": L(HUSBAND[0], NAMEC), "mutauro": L("sn", DEV),
            "bvuma_mitemo": True}),
        case(f, f"{a}/v1/vanhu/otp", fmt="form", headers=_h(rng), body={
            "nhamba_yerunhare": L(LOCAL_NAT, TEL), "kodhi": L("418207", CRED)}),
        case(f, f"{a}/v1/auth/pinda", fmt="form", headers=_h(rng), body={
            "nhamba_yerunhare": L(LOCAL_NO, TEL), "pasiwedhi": L(PW, CRED),
            "device_id": L(ANDROID_ID, DID)}),
        case(f, f"{a}/v1/vanhu/ini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mamita", headers=_h(rng, **b), body={
            "nhamba_yemita": L(METER, UID), "zita_remita": "Imba", "kero": L(HOME_LINE, ADDR),
            "guta": L(CITY_ZW, COARSE), "mhando": "prepaid"}),
        look,
        case(f, f"{a}/v1/mamita", headers=_h(rng, **b), body={
            "nhamba_yemita": MIL_METER, "zita_remita": "Kumusha kwaambuya",
            "muridzi": L(MIL[0], NAMEC), "nhamba_yerunhare": L(MIL[1], TEL),
            "guta": L("Murehwa", COARSE), "mhando": "prepaid"}),
        case(f, f"{a}/v1/kutenga/quote", headers=_h(rng, **b), body={
            "nhamba_yemita": L(METER, UID), "mari": "20.00", "mari_yemhando": "USD"}),
        case(f, f"{a}/v1/kutenga", headers=_h(rng, **b), body={
            "nhamba_yemita": L(METER, UID), "mari": L("20.00", BUY), "mari_yemhando": "USD",
            "nzira": "mobile_money", "wallet": L(LOCAL_NO, TEL),
            "metadata": W({"meter": L(METER, UID), "source": "home_tab"}, "json"),
            "risk": {"ip": L(PUBLIC_IP, IPLOC), "lanIp": L(LOCAL_IP, DEV),
                     "rooted": L(False, DEV)}, "idempotency": opaque(rng, "", 24)}),
        token,
        case(f, f"{a}/v1/tokens/resend", fmt="form", headers=_h(rng, **b), body={
            "ref": L(ref, BUY), "nhamba_yerunhare": L(LOCAL_NAT, TEL), "nzira": "sms"}),
        case(f, f"{a}/v1/kutenga", headers=_h(rng, **b), body={
            "nhamba_yemita": MIL_METER, "mari": L("10.00", BUY), "mari_yemhando": "USD",
            "nzira": "mobile_money", "wallet": L(LOCAL_NO, TEL),
            "tumira_sms_ku": L(MIL[1], TEL), "idempotency": opaque(rng, "", 24)}),
        case(f, f"{a}/v1/mamita/{obj(rng, 'mt', 8)}/isa", headers=_h(rng, **b), body={
            "token": L(STS, BUY), "ref": L(ref2, BUY), "mhinduro": "accepted",
            "units_dzasara": 214.6}),
        case(f, f"{a}/v1/mamita/ciu/pair", headers=_h(rng, **b), body={
            "nhamba_yemita": L(METER, UID), "ciu_serial": "CIU-77-204418",
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "wifi_pasiwedhi": L(
                "MoyoHome#5G", CRED), "ciu_fw": "1.8.2"}),
        case(f, f"{a}/v1/kushandisa", fmt="msgpack", headers=_h(rng, **b), body={
            "nhamba_yemita": L(METER, UID), "kubva": "2025-12-03",
            "units": readings(rng, 7), "mhando": "daily"}),
        multipart(f, f"{a}/v1/zvichemo", [
            ("mufananidzo", "mita.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("data", None, "application/json", {
                "nhamba_yemita": L(METER, UID), "chikonzero": "display_error",
                "tsananguro": L("Mita iri kuratidza Error 30 kubva nezuro manheru", TEXT),
                "lat": hla, "lon": hlo})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/nzvimbo/vendors", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_ZW_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_ZW_AT[1]:.3f}", PRECISE),
            "radius_km": "3"}),
        case(f, f"{a}/v1/arrears/plan", headers=_h(rng, **b), body={
            "nhamba_yemita": L(METER, UID), "chikwereti": L("42.17", BUY), "mwedzi": 6,
            "chikamu": 0.25}),
        case(f, f"{a}/v1/vanhu/pasiwedhi", fmt="form", headers=_h(rng, **b), body={
            "yekare": L(PW, CRED), "itsva": L(PW2, CRED)}),
        case(f, f"{a}/v1/zviziviso", fmt="form", headers=_h(rng, **b), body={
            "sms": "1", "email": L(EMAIL_UPPER, MAIL), "mutauro": L("sn", DEV),
            "units_dzasara_pasi": "30"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV),
            "sim_country": L("us", CARRIER), "network_country": L("zw", CARRIER)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "mushandisi": L(USER_ID, UID), "events": [
                ev("token_bought", 1, amount=L(20.0, BUY)), ev("meter_added", 2),
                ev("screen", 3, screen=L("TokenReceipt", USAGE))]}),
        case(f, f"{a}/v1/mhinduro", headers=_h(rng, **b), body={
            "nyeredzi": 4, "tsananguro": L("Token yakasvika nokukurumidza, ndatenda", TEXT)}),
        case(f, f"{a}/v1/kutenga/nhoroondo", headers=_h(rng, how="none"),
             cookies={"mg_sess": L(opaque(rng, "", 40), CRED), "mg_mita": L(METER, UID)}),
    ]


def magetsi_sdks() -> list[Case]:
    rng = random.Random(10802)
    return [
        ms_batch(APP, rng, [("Token Bought", {"amount": L(20.0, BUY), "currency": "USD"}),
                            ("Meter Added", {"meters": 2})]),
        at_session(APP, rng, first=True),
        at_event(APP, rng, "token_purchase", {"meter_type": "prepaid"}, revenue=20.0,
                 hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        cm_crash(APP, rng, ("java.net.SocketTimeoutException", "ciu pairing timeout"),
                 [cm_crumb("Meter -> Pair"), cm_crumb("POST /v1/mamita/ciu/pair", "request",
                                                      {"status": 504})], screen="PairActivity",
                 meta={"wifi": {"ssid": L(SSID, WIFI), "band": "5GHz"}}),
        ta_eval(APP, rng, {"city": L("harare", COARSE), "arrearsPlan": True}),
        pj_register(APP, rng, at=HOME_ZW_AT, nd=2, tags={"meters": "2", "lang": "sn"}),
        pm_wallet(APP, rng, "20.00", LOCAL_NO, ref=L("MGY-2512-40917", BUY)),
        md_reverse(APP, rng, HOME_ZW_AT, PRECISE, nd=5),
        ms_batch(APP, rng, [("Token Resent", {}), ("Screen Viewed", {
            "screen": L("History", USAGE)})], at=HOME_ZW_AT, nd=3),
    ]
