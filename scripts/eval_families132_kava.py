"""Port Vila kava-bar loyalty app "Malokpoen" (its API's keys are Bislama: ``nem`` name,
``famili_nem`` family name, ``namba_fon`` phone number, ``adres`` address, ``aelan`` island,
``aedentiti_namba`` identity card number, ``deit_blong_bon`` birth date, ``pasword`` password,
``hasban`` husband; also ``imel``, ``taon`` town, ``kad_namba`` card number, ``poen`` points,
``sel`` shells of kava, ``mane`` amount, ``toktok`` remark): sign-up, log-in, ``/mi``, the card,
nakamals nearby, a check-in at the bar, a shell order (msgpack), the payment, points by a cookie
GET, a review, a search, a friend invited, a profile photo, a reward, the bar's free Wi-Fi, a
safe ride home, the receipt by order number in the path, a card link (base64 JSON in a form
field), a report, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

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
    GENDER,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families132_kit import (
    FELLOW_SISTER,
    HUSBAND,
    KAD,
    MALOK_ORDER,
    NAKAMAL,
    NAKAMAL_FIX,
    NATIONAL_ID,
    TZ,
    VILA_HOME,
    VILA_HOME_AT,
    fix,
    hd,
    obj,
)
from eval_families132_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families132_svc import cl_card, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("malokpoen", "Malokpoen", "com.example.malokpoen", "3.2.7",
          "https://api.malokpoen.example.com")
IID = "X-Malok-Divaes"
PW = "Malok!Tassiriki7"
DOB_BI = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bi=True, **kw)


def malokpoen() -> list[Case]:
    rng = random.Random(13201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), kad_namba=L(KAD, UID)))}
    bla, blo = fix(NAKAMAL_FIX)
    hla, hlo = fix(VILA_HOME_AT, 5)
    receipt = at_path(case(f, f"{a}/api/v1/oda/{MALOK_ORDER}/risit", headers=_h(rng, **b)),
                      MALOK_ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/rejista", headers=_h(rng), body={
            "nem": L(FIRST, NAMEC), "famili_nem": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "namba_fon": L(E164, TEL), "pasword": L(PW, CRED), "deit_blong_bon": L(DOB_BI, BIRTH),
            "adres": L(VILA_HOME["line"], ADDR), "taon": L(VILA_HOME["town"], COARSE),
            "aelan": L(VILA_HOME["island"], COARSE), "aedentiti_namba": L(NATIONAL_ID,
                                                                           "personal.national_id"),
            "woman_o_man": L("woman", GENDER),
            "hasban": {"nem": L(HUSBAND[0], NAMEC), "namba_fon": L(HUSBAND[1], TEL)},
            "kad_namba": L(KAD, UID), "agri_long_rul": True}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "pasword": L(PW, CRED), "tingbaot": "yes"}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kad", headers=_h(rng, **b), query={
            "kad_namba": L(KAD, UID), "fomat": "qr"}),
        case(f, f"{a}/api/v1/nakamal/klosap", headers=_h(rng, **b), query={
            "lat": L(f"{VILA_HOME_AT[0]:.3f}", PRECISE),
            "lon": L(f"{VILA_HOME_AT[1]:.3f}", PRECISE), "km": "3", "open_naoia": "true"}),
        case(f, f"{a}/api/v1/nakamal/{NAKAMAL['id']}/menu", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/chek_in", headers=_h(rng, **b), body={
            "nakamal": NAKAMAL["id"], "ples": {"lat": bla, "lon": blo, "akurasi": 9},
            "nakamal_ples": {"lat": NAKAMAL["lat"], "lon": NAKAMAL["lon"]},
            "kad_namba": L(KAD, UID), "chek_in_id": obj(rng, "ci")}),
        case(f, f"{a}/api/v1/oda", fmt="msgpack", headers=_h(rng, **b), body={
            "nakamal": NAKAMAL["id"], "sel": [{"kava": "Pentecost strong", "namba": 2},
                                              {"kava": "Tanna", "namba": 1}],
            "oda_namba": L(MALOK_ORDER, BUY), "mane": L(450, BUY), "kad_namba": L(KAD, UID)}),
        case(f, f"{a}/api/v1/pem", fmt="form", headers=_h(rng, **b), body={
            "oda_namba": L(MALOK_ORDER, BUY), "mane": L("450", BUY), "karensi": "VUV",
            "metod": L(opaque(rng, "pm_", 24), PAY), "las_fo": L("4444", PAY)}),
        case(f, f"{a}/api/v1/poen", headers=_h(rng, how="none"), cookies={
            "mp_sesen": L(opaque(rng, "", 40), CRED), "mp_divaes": L(INSTALL_ID, DID),
            "mp_req": rid(rng)}),
        case(f, f"{a}/api/v1/rivyu", fmt="form", headers=_h(rng, **b), body={
            "nakamal": NAKAMAL["id"], "sta": "5",
            "toktok": L("Kava i strong tumas, mi slip gud! Sevis i kwik.", TEXT)}),
        case(f, f"{a}/api/v1/sajem", headers=_h(rng, **b), query={
            "q": L("nakamal wetem laet blong solar", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/fren/invaet", headers=_h(rng, **b), body={
            "nem": L(FELLOW_SISTER[0], NAMEC), "namba_fon": L(FELLOW_SISTER[1], TEL),
            "mesej": L("Kam dring wetem mi long Wota nakamal tunaet", TEXT),
            "kod": "MALOK-JD41"}),
        multipart(f, f"{a}/api/v1/profael/foto", [
            ("foto", "profael.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"kad_namba": L(KAD, UID), "kat": "sqr"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/rewod/yusum", headers=_h(rng, **b), body={
            "rewod": "rw_free_shell", "kad_namba": L(KAD, UID), "poen": 1200,
            "nakamal": NAKAMAL["id"]}),
        case(f, f"{a}/api/v1/wifi/login", headers=_h(rng, **b), body={
            "ssid": L(NAKAMAL["ssid"], WIFI), "bssid": L(NAKAMAL["bssid"], WIFI),
            "ip_insaed": L("172.16.4.23", DEV), "kad_namba": L(KAD, UID), "minit": 120}),
        case(f, f"{a}/api/v1/sef_rod", headers=_h(rng, **b), body={
            "stat": {"lat": bla, "lon": blo}, "go_long": {"lat": hla, "lon": hlo},
            "adres": L(VILA_HOME["line"], ADDR), "pasenja": 1,
            "singaot_hasban": {"namba_fon": L(HUSBAND[1], TEL)}}),
        receipt,
        case(f, f"{a}/api/v1/kad/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kad_namba": L(KAD, UID), "namba_fon": L(E164, TEL),
                       "deit_blong_bon": L(DOB_BI, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/ripot", headers=_h(rng, **b), body={
            "nakamal": NAKAMAL["id"],
            "toktok": L("Wan man i stap mekem trabol long ples blong ol woman", TEXT),
            "kaen": "sefti"}),
        case(f, f"{a}/api/v1/divaes", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "divaes_id": L(INSTALL_ID, DID),
            "lanwis": L("bi", DEV), "taem_son": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/ivent", gz=True, headers=_h(rng, **b), body={
            "yusa": L(USER_ID, UID), "ivent": [
                ev("chek_in", 1, nakamal=NAKAMAL["id"]), ev("oda_sel", 2, namba=3),
                ev("skrin", 3, skrin=L("KadBlongMi", USAGE))]}),
        case(f, f"{a}/api/v1/logaot", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "divaes": L(INSTALL_ID, DID)}),
    ]


def malokpoen_sdks() -> list[Case]:
    rng = random.Random(13202)
    return [
        mc_batch(APP, rng, [("Check In", {"nakamal": NAKAMAL["id"]}),
                            ("Order Shells", {"shells": 3, "total": L(450, BUY)})],
                 at=NAKAMAL_FIX, nd=2, locale="bi_VU"),
        mc_identify(APP, rng, {"aelan": L("Efate", COARSE), "taon": L("Port Vila", COARSE),
                               "kad_namba": L(KAD, UID), "poen": 1200}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"oda": L(MALOK_ORDER, BUY)}, revenue=450.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=NAKAMAL_FIX, nd=3,
               keywords="kava,nakamal,music"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "qr camera closed"),
                 [cd_crumb("nav", "KadBlongMi -> Skena"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/chek_in", "status": 201})],
                 screen="SkenaActivity"),
        pt_register(APP, rng, lang="bi", at=VILA_HOME_AT, nd=2,
                    tags={"nakamal_blong_mi": NAKAMAL["id"], "aelan": L("Efate", COARSE)}),
        cd_session(APP, rng, secs=1260),
        cl_card(APP, rng),
        mm_reverse(APP, rng, VILA_HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L("Mi no kasem poen blong oda OD-25120944", f"{TEXT}|{BUY}"),
                   {"kad_namba": L(KAD, UID)}),
    ]
