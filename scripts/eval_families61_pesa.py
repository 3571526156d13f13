"""Mobile-money and micro-insurance app "Pesaweza" (Nairobi), its API keyed in Swahili and
English: registration (jina, simu, barua_pepe, tarehe_ya_kuzaliwa, jinsia, uraia), the SMS code,
the PIN, KYC (kitambulisho, the KRA PIN, anwani, a selfie), ``/mimi``, a device check (both SIMs,
her fix, her Wi-Fi, a base64 JSON header), sending money, a till, a paybill, airtime, the balance
by her number in the path, the statement, an agent withdrawal, joining the hospital-cash cover
(a beneficiary, conditions), a claim with the discharge form, the policy by number in the path,
a savings goal, contact matching, a complaint, push, events and notices by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
    sha,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families61_kit import (
    AGENT,
    ALIEN_ID,
    FRIEND_KE,
    HOSPITAL,
    KE_CARRIER,
    KE_HOME,
    KE_HOME_AT,
    KE_LOCAL,
    KE_MCC,
    KE_MNC,
    KE_PHONE,
    KRA_PIN,
    MAMA,
    PAYBILL,
    POLICY,
    RECEIPTS,
    TILL,
    fix,
    obj,
)
from eval_families61_sdk import (
    cm_crumb,
    cm_report,
    im_event,
    im_session,
    ob_bid,
    tf_batch,
    tf_identify,
)
from eval_families61_svc import cw_save, fw_eval, pf_register, pt_card
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    NAME,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("pesaweza", "Pesaweza", "com.example.pesaweza", "5.8.2",
          "https://api.pesaweza.example.com")
IID = "X-Pesa-Kifaa"
PIN = "5830"  # her wallet PIN (secret.credential)
KE_SIM = (KE_CARRIER, KE_MCC, KE_MNC)
SW = {"Accept-Language": L("sw-KE,sw;q=0.9,en;q=0.8", DEV)}
KE_WIFI = ("Lenana-7B", "e8:48:b8:3c:91:0d")  # her flat's Wi-Fi in Nairobi (location.wifi)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(SW, **kw.pop("extra", {}))
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def pesaweza() -> list[Case]:
    rng = random.Random(6111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, simu=L(KE_PHONE, TEL), jina=L(NAME, NAMEC),
                                    kyc="kamili"))}
    la, lo = fix(KE_HOME_AT, 4)
    agent_fix = fix((-1.292418, 36.787655), 5)
    ctx = W({"androidId": L(ANDROID_ID, DID), "model": L("Pixel 8", DEV),
             "rooted": L(False, DEV), "simuMcc": L(KE_MCC, CARRIER)}, "b64json")
    book = ["+254722555847", "+254733555120", "+254700555318", "+254711555902"]
    bal = case(f, f"{a}/v1/akaunti/{KE_LOCAL}/salio", query={"sarafu": "KES"},
               headers=_h(rng, **b))
    pol = case(f, f"{a}/v1/bima/sera/{POLICY}", headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/usajili", headers=_h(rng), body={
            "jina_la_kwanza": L(FIRST, NAMEC), "jina_la_mwisho": L(LAST, NAMEC),
            "simu": L(KE_PHONE, TEL), "barua_pepe": L(EMAIL, MAIL),
            "tarehe_ya_kuzaliwa": L("17/05/1991", BIRTH), "jinsia": L("kike", GENDER),
            "uraia": L("IE", SENS), "lugha": L("sw", DEV), "kifaa": L(INSTALL_ID, DID),
            "rufaa": "KARIBU50"}),
        case(f, f"{a}/v1/otp/thibitisha", fmt="form", headers=_h(rng), body={
            "simu": L(KE_LOCAL, TEL), "nambari": L("481207", CRED)}),
        case(f, f"{a}/v1/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L(PIN, CRED), "pin_tena": L(PIN, CRED), "kifaa": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ingia", fmt="form", headers=_h(rng), body={
            "simu": L(KE_PHONE, TEL), "pin": L(PIN, CRED), "kifaa": L(INSTALL_ID, DID)}),
        multipart(f, f"{a}/v1/kyc", [
            ("kitambulisho_mbele", "id_mbele.jpg", "image/jpeg",
             L(JPEG + b"\x11", f"{MEDIA}|{NATID}")),
            ("picha_uso", "uso.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("data", None, "application/json", {
                "kitambulisho": {"aina": "mgeni", "nambari": L(ALIEN_ID, NATID)},
                "kra_pin": L(KRA_PIN, NATID),
                "anwani": {"mtaa": L(KE_HOME["mtaa"], ADDR), "nyumba": L(KE_HOME["nyumba"], ADDR),
                           "mji": L(KE_HOME["mji"], COARSE), "kaunti": L(KE_HOME["kaunti"], COARSE),
                           "posta": L(KE_HOME["posta"], COARSE)},
                "kazi": "mshauri", "chanzo_cha_pesa": "mshahara"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/mimi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kifaa/usalama", headers=_h(rng, extra={"X-Kifaa-Muktadha": ctx}, **b),
             body={"sims": [{"slot": 0, "mcc": L("310", CARRIER), "mnc": L("260", CARRIER),
                             "mtandao": L("Example Mobile", CARRIER)},
                            {"slot": 1, "mcc": L(KE_MCC, CARRIER), "mnc": L(KE_MNC, CARRIER),
                             "mtandao": L(KE_CARRIER, CARRIER)}],
                   "mahali": {"lat": la, "lon": lo, "usahihi": 18},
                   "wifi": {"ssid": L(KE_WIFI[0], WIFI), "bssid": L(KE_WIFI[1], WIFI)},
                   "ip": L(PUBLIC_IP, IPLOC), "vpn": L(False, DEV)}),
        case(f, f"{a}/v1/tuma", headers=_h(rng, **b), body={
            "mpokeaji": {"jina": L(FRIEND_KE[0], NAMEC), "simu": L(FRIEND_KE[1], TEL)},
            "kiasi": L(2500, BUY), "sarafu": "KES", "ada": 33,
            "ujumbe": L("Asante kwa chakula cha jana!", TEXT), "pin": L(PIN, CRED),
            "ombi": rid(rng)}),
        case(f, f"{a}/v1/lipa/till", fmt="form", headers=_h(rng, **b), body={
            "till": TILL[0], "jina_la_duka": TILL[1], "kiasi": L("1840", BUY),
            "pin": L(PIN, CRED)}),
        case(f, f"{a}/v1/lipa/paybill", headers=_h(rng, **b), body={
            "paybill": PAYBILL[0], "akaunti": PAYBILL[1], "kiasi": L(2000, BUY),
            "pin": L(PIN, CRED), "risiti": L(RECEIPTS[0], BUY)}),
        case(f, f"{a}/v1/airtime", fmt="form", headers=_h(rng, **b), body={
            "simu": L(KE_LOCAL, TEL), "kiasi": L("200", BUY), "pin": L(PIN, CRED)}),
        at_path(bal, KE_LOCAL, TEL),
        case(f, f"{a}/v1/toa", headers=_h(rng, **b), body={
            "wakala": AGENT["namba"], "jina_la_wakala": AGENT["jina"],
            "wakala_mahali": [AGENT["lat"], AGENT["lon"]], "kiasi": L(5000, BUY),
            "mahali": {"lat": agent_fix[0], "lon": agent_fix[1]}, "pin": L(PIN, CRED)}),
        case(f, f"{a}/v1/bima/jiunga", headers=_h(rng, **b), body={
            "mpango": L("hospitali_500", BUY), "ada_ya_mwezi": L(350, BUY),
            "tarehe_ya_kuzaliwa": L(DOB, BIRTH),
            "mnufaika": {"jina": L(MAMA[0], NAMEC), "simu": L(MAMA[1], TEL), "uhusiano": "mama"},
            "afya": {"magonjwa_sugu": [L("pumu", MED)], "anavuta_sigara": L(False, MED),
                     "dawa": [L("salbutamol inhaler", MED)]}}),
        multipart(f, f"{a}/v1/bima/madai", [
            ("fomu", "discharge.jpg", "image/jpeg", L(JPEG + b"\x13", f"{MEDIA}|{MED}")),
            ("data", None, "application/json", {
                "sera": L(POLICY, MED), "hospitali": HOSPITAL["id"],
                "jina_la_hospitali": HOSPITAL["jina"], "simu_ya_hospitali": HOSPITAL["simu"],
                "kulazwa": L("2025-11-21", MED), "siku": L(3, MED), "ugonjwa": L("malaria", MED),
                "maelezo": L("Nililazwa siku tatu kwa malaria, nimepata dawa za siku saba.",
                             f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        at_path(pol, POLICY, MED),
        case(f, f"{a}/v1/akiba", headers=_h(rng, **b), body={
            "lengo": L("Tiketi ya kurudi New York", TEXT), "kiasi_lengo": 60000,
            "kila_wiki": 2500, "akiba_id": obj(rng, "ak")}),
        case(f, f"{a}/v1/wawasiliani/linganisha", headers=_h(rng, **b), body={
            "namba": [L(sha("sha256", n), CONTACTS) for n in book], "chumvi": "pw-2025-12"}),
        case(f, f"{a}/v1/malalamiko", fmt="form", headers=_h(rng, **b), body={
            "muamala": L(RECEIPTS[1], BUY), "aina": "namba_isiyo_sahihi",
            "ujumbe": L("Nilituma 1500 kwa 0722555874 badala ya 0722555847, tafadhali rudisha.",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/akaunti/barua-pepe", headers=_h(rng, **b), body={
            "barua_pepe": L(EMAIL_MIXED, MAIL), "thibitisha": True}),
        case(f, f"{a}/v1/vifaa/push", headers=_h(rng, how="upper", **b), body={
            "tokeni": L(push_token(rng), DID), "kifaa": L(INSTALL_ID, DID),
            "modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lugha": L("sw_KE", DEV),
            "saa_za_eneo": L("Africa/Nairobi", DEV)}),
        case(f, f"{a}/v1/matukio", gz=True, headers=_h(rng, **b), body={
            "mtumiaji": L(USER_ID, UID), "matukio": [
                ev("tuma_pesa", 1, kiasi=L(2500, BUY)), ev("bima_dai", 2),
                ev("skrini", 3, jina=L("Salio", USAGE))]}),
        case(f, f"{a}/v1/arifa", headers=_h(rng, how="none"),
             cookies={"pw_sess": L(opaque(rng, "", 44), CRED),
                      "pw_kifaa": L(INSTALL_ID, DID)}),
    ]


def pesaweza_sdks() -> list[Case]:
    rng = random.Random(6112)
    tz, nbi = "Africa/Nairobi", ("KEN", "30", "Nairobi", "00100")
    return [
        tf_batch(APP, rng, [("Money Sent", {"kiasi": L(2500, BUY), "aina": "p2p"}),
                            ("Claim Submitted", {"ugonjwa": L("malaria", MED)})],
                 at=KE_HOME_AT, nd=2, tz=tz, locale="sw-KE", sim=KE_SIM),
        tf_identify(APP, rng, {"jina": L(NAME, NAMEC), "simu": L(KE_PHONE, TEL),
                               "kaunti": L("Nairobi", COARSE), "kyc": "kamili"}),
        im_session(APP, rng, first=True, sim=KE_SIM),
        im_event(APP, rng, "insurance_joined", {"mpango": "hospitali_500"}, revenue=350.0,
                 currency="KES", hashed=True, sim=KE_SIM),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, where=nbi, sim=KE_SIM, lang="sw",
               yob=1991),
        cm_report(APP, rng, ("java.net.SocketTimeoutException", "timeout /v1/tuma"),
                  [cm_crumb("navigation", "Nyumbani -> Tuma"),
                   cm_crumb("request", "POST /v1/tuma", {"status": 504})],
                  screen="TumaActivity", tz=tz, locale="sw_KE"),
        fw_eval(APP, rng, {"kaunti": L("Nairobi", COARSE), "kyc": "kamili"}, get=True),
        pf_register(APP, rng, tz=tz, lang="sw", carrier=KE_CARRIER, at=KE_HOME_AT, nd=3,
                    tags={"bima": "hai"}),
        cw_save(APP, rng, {"takwimu": True, "matangazo": False}, country="KE", region="30",
                lang="sw"),
        pt_card(APP, rng, email=True),
    ]
