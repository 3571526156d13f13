"""Kano farm-input credit and crop-insurance app "Gonarmu" (its API's keys are Hausa: ``suna``,
``sunan_mahaifi``, ``lambar_waya``, ``adireshi``, ``titi``, ``gari``, ``ranar_haihuwa``,
``kalmar_sirri``, ``lambar_shaida``, ``imel``). She finances her family's plot near Dawakin Kudu
from New York and on her visits: sign-up, log-in and the SMS code, ``/me``, identity (NIN, BVN,
the ID card and a selfie), the address, the plot and its corners, the input catalogue by the
dealer, the input loan, its status by reference in the path, repayments by mobile money, a crop
insurance quote and policy (her husband the beneficiary), a rainfall-index alert, a flood claim
with photos, the dealer's voucher, an agronomist's chat with a leaf photo, SMS settings, a
referral, a password change, push, events and the loans list by a cookie GET."""

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
    DIGITS,
    E164,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
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
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families88_kit import (
    BVN,
    DEALER,
    FARM_AT,
    FARM_CORNERS,
    HUSBAND,
    KANO_HOME,
    LOAN,
    NIN,
    NUBAN,
    POLICY,
    WALLET,
    fix,
    obj,
)
from eval_families88_sdk import fw_crash, fw_crumb, kd_batch, kd_traits, tb_bid, tl_event, tl_open
from eval_families88_svc import bg_momo, sx_register, tg_eval, tw_search
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("gonarmu", "Gonarmu", "com.example.gonarmu", "2.14.0",
          "https://api.gonarmu.example.com")
IID = "X-Naura-Id"
PW = "Damina-Gero-2291"
HA = {"Accept-Language": L("ha-NG,ha;q=0.9,en;q=0.8", DEV)}


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = dict(HA, **kw.pop("extra", {}))
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def gonarmu() -> list[Case]:
    rng = random.Random(8811)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, lambar_waya=L(E164, TEL), imel=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    fla, flo = fix(FARM_AT)
    corners = [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in FARM_CORNERS]
    claim_at = fix((11.843512, 8.603011))
    lab: dict[str, str] = {}
    sig = pb([(1, L(USER_ID, UID)), (2, L(INSTALL_ID, DID)),
              (3, [(1, L(round(LAT, 6), PRECISE)), (2, L(round(LON, 6), PRECISE))]),
              (4, L(PUBLIC_IP, IPLOC)), (5, L(MCCMNC, CARRIER)), (6, L(SSID, WIFI)),
              (7, L(BSSID, WIFI)), (8, L(False, DEV)), (9, rid(rng))], "", lab)
    return [
        case(f, f"{a}/v2/rajista", headers=_h(rng), body={
            "suna": L(FIRST, NAMEC), "sunan_mahaifi": L(LAST, NAMEC),
            "lambar_waya": L(E164, TEL), "imel": L(EMAIL, MAIL), "kalmar_sirri": L(PW, CRED),
            "ranar_haihuwa": L("17/05/1991", BIRTH), "jinsi": L("mace", GENDER),
            "harshe": L("ha", DEV)}),
        case(f, f"{a}/v2/shiga", fmt="form", headers=_h(rng), body={
            "lambar_waya": L(PHONE, TEL), "kalmar_sirri": L(PW, CRED), "naura": "android"}),
        case(f, f"{a}/v2/shiga/tabbatar", fmt="form", headers=_h(rng), body={
            "lambar_waya": L(DIGITS, TEL), "lambar_tabbatarwa": L("604117", CRED)}),
        case(f, f"{a}/v2/ni", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/shaida", headers=_h(rng, **b), body={
            "lambar_shaida": L(NIN, NATID), "bvn": L(BVN, NATID),
            "ranar_haihuwa": L("1991-05-17", BIRTH),
            "adireshi": L(f"{KANO_HOME['titi']}, {KANO_HOME['unguwa']}, Kano", ADDR),
            "wurin_naura": {"lat": L(f"{LAT:.5f}", PRECISE), "lon": L(f"{LON:.5f}", PRECISE)}}),
        raw(f, f"{a}/v2/tsaro/alama", sig, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/shaida/hotuna", [
            ("katin_shaida", "nin_slip.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NATID}")),
            ("hoton_fuska", "selfie.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("bayani", None, "application/json", {"nau'i": "nin_slip", "kyamara": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/adireshi", headers=_h(rng, **b), body={
            "titi": L(KANO_HOME["titi"], ADDR), "unguwa": L(KANO_HOME["unguwa"], COARSE),
            "gari": L(KANO_HOME["gari"], COARSE), "jiha": L(KANO_HOME["jiha"], COARSE),
            "kasa": L("NG", COARSE)}),
        case(f, f"{a}/v2/gonaki", headers=_h(rng, **b), body={
            "sunan_gona": "Gonar Rafi", "amfanin_gona": "masara", "girman_gona_ha": 2.4,
            "karamar_hukuma": L("Dawakin Kudu", COARSE), "wuri": {"lat": fla, "lon": flo},
            "iyakoki": corners, "ban_ruwa": False}),
        case(f, f"{a}/v2/kayayyaki", headers=_h(rng, **b), query={
            "kusa": L(f"{FARM_AT[0]:.3f},{FARM_AT[1]:.3f}", PRECISE), "amfani": "masara",
            "dila": DEALER["id"]}),
        case(f, f"{a}/v2/lamuni", headers=_h(rng, **b), body={
            "gona": obj(rng, "gn", 8), "dila": {"id": DEALER["id"], "suna": DEALER["suna"],
                                                "waya": DEALER["waya"]},
            "kayayyaki": [{"sku": "npk-15-15-15-50kg", "adadi": 6, "farashi": 38500},
                          {"sku": "urea-50kg", "adadi": 4, "farashi": 41000},
                          {"sku": "iri-masara-sammaz52", "adadi": 2, "farashi": 17500}],
            "jimla": L(430000, BUY), "wata": 6, "kudin_shiga_na_wata": 180000,
            "asusun_banki": L(NUBAN, PAY), "banki": "058"}),
        at_path(case(f, f"{a}/v2/lamuni/{LOAN}", headers=_h(rng, **b)), LOAN, BUY),
        case(f, f"{a}/v2/lamuni/{LOAN}/biya", fmt="form", headers=_h(rng, **b), body={
            "kudi": L("72000", BUY), "hanyar_biya": "momo", "lambar_walat": L(WALLET, PAY),
            "lamuni": L(LOAN, BUY)}),
        case(f, f"{a}/v2/inshora/farashi", headers=_h(rng, **b), query={
            "amfani": "masara", "ha": "2.4", "karamar_hukuma": L("Dawakin Kudu", COARSE),
            "kakar": "2026"}),
        case(f, f"{a}/v2/inshora", headers=_h(rng, **b), body={
            "tsari": L("ruwan_sama_index_plus", BUY), "kudin_inshora": L(21500, BUY),
            "lambar_inshora": L(POLICY, BUY), "gona": obj(rng, "gn", 8),
            "magaji": {"suna": L(HUSBAND[0], NAMEC), "lambar_waya": L(HUSBAND[1], TEL),
                       "dangantaka": "miji"}}),
        case(f, f"{a}/v2/fadakarwa/ruwan-sama", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{FARM_AT[0]:.2f}", COARSE), "lon": L(f"{FARM_AT[1]:.2f}", COARSE),
            "mm_kasa": "15", "ta_sms": "1"}),
        at_path(multipart(f, f"{a}/v2/inshora/{POLICY}/korafi", [
            ("hoto1", "ambaliya_1.jpg", "image/jpeg", L(JPEG + b"\x83", MEDIA)),
            ("hoto2", "ambaliya_2.jpg", "image/jpeg", L(JPEG + b"\x84", MEDIA)),
            ("korafi", None, "application/json", {
                "bayani": L("Ruwa ya mamaye rabin gonar masara tun ranar Litinin", TEXT),
                "wuri": {"lat": claim_at[0], "lon": claim_at[1]}, "kashi_da_ya_lalace": 50})],
            headers=_h(rng, **b)), POLICY, BUY),
        at_path(case(f, f"{a}/v2/takardar-dila/GNM-VC-771204", headers=_h(rng, **b), query={
            "dila": DEALER["id"], "lat": str(DEALER["lat"]), "lon": str(DEALER["lon"])}),
            "GNM-VC-771204", BUY),
        multipart(f, f"{a}/v2/shawara/tambaya", [
            ("hoto", "ganye.jpg", "image/jpeg", L(JPEG + b"\x85", MEDIA)),
            ("tambaya", None, "application/json", {
                "rubutu": L("Ganyen masara na yin rawaya daga gefe, wane taki zan saka?", TEXT),
                "amfani": "masara", "makonni": 5})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/saituna/sms", fmt="form", headers=_h(rng, **b), body={
            "lambar_waya": L(NATIONAL, TEL), "harshe": L("ha", DEV), "farashin_kasuwa": "1"}),
        case(f, f"{a}/v2/gayyata", fmt="form", headers=_h(rng, **b), body={
            "sunan_aboki": L("Hadiza Musa", NAMEC), "lambar_waya": L("+2348055550163", TEL),
            "lambar_gayyata": "JANE-GN5"}),
        case(f, f"{a}/v2/kalmar-sirri", fmt="form", headers=_h(rng, **b), body={
            "tsohuwa": L(PW, CRED), "sabuwa": L("Kaka-Masara-7734", CRED)}),
        case(f, f"{a}/v2/naurori/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "naura": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "yare": L("ha_NG", DEV)}),
        case(f, f"{a}/v2/abubuwa", gz=True, headers=_h(rng, **b), body={
            "mai_amfani": L(USER_ID, UID), "events": [
                ev("loan_applied", 1, total=L(430000, BUY)), ev("policy_bought", 2),
                ev("screen", 3, screen=L("LoanStatus", USAGE))]}),
        case(f, f"{a}/v2/lamuni", headers=_h(rng, how="upper"),
             cookies={"gnm_zaman": L(opaque(rng, "", 40), CRED)}),
    ]


def gonarmu_sdks() -> list[Case]:
    rng = random.Random(8812)
    return [
        kd_batch(APP, rng, [("Loan Applied", {"total": L(430000, BUY), "crop": "maize"}),
                            ("Policy Bought", {"premium": L(21500, BUY)})], at=FARM_AT, nd=2),
        kd_traits(APP, rng, {"city": L("Kano", COARSE), "farmer": True, "crop": "maize",
                             "email": L(EMAIL, MAIL)}),
        tl_open(APP, rng, first=True),
        tl_event(APP, rng, "loan_approved", {"tenor": 6}, revenue=430000.0, hashed=True),
        tb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="fertilizer,maize,loan"),
        fw_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [fw_crumb("nav", "Loan -> Repay"),
                  fw_crumb("net", "POST /v2/lamuni/biya", {"status": 504})],
                 screen="RepayActivity"),
        tg_eval(APP, rng, {"state": L("KN", COARSE), "momoRepay": True}),
        sx_register(APP, rng, tags={"crop": "maize", "lga": L("Dawakin Kudu", COARSE)}),
        bg_momo(APP, rng, WALLET, "72000", L(LOAN, BUY)),
        tw_search(APP, rng, "Albarka Agro Inputs Dawakin Kudu", "behavior.search",
                  near=FARM_AT, nd=3),
    ]
