"""A Saamaka community's land-rights mapping and lo register app "Goonkaati" (``goon`` land,
``kaati`` map/card; the Tutubuka villagers map their customary land for a collective title claim
and keep a register of the households by lo, the matrilineal clan). Its API's keys are
Saramaccan, ASCII-folded as a Paramaribo developer writes them (``nëën`` -> ``neen``): ``neen``
first name, ``famii_neen`` surname, ``telefon`` phone, ``kibi_woto`` password (lit. "hidden
word"), ``paidaka`` birth date, ``lo`` clan, ``lo_nomba`` register number, ``konde`` village,
``manu`` husband, ``mii`` child, ``kabiten`` headman, ``kuutu`` council meeting, ``goon`` land,
``matu`` forest, ``pe_a_de`` where she is, ``sikifi_neen`` signature (lit. "write the name"),
``boskopu`` message, ``suku`` search, ``moni`` amount, ``paka`` payment, ``daka`` day, ``wosu``
household: sign-up, log-in, ``/mi``, the household in the lo register, a village search, the
boundary walk (her fixes), a protobuf walk beat, an offline waypoint queue (msgpack), the farm
plots (gzip), a sacred tree's photo, an elder's testimony (audio), the council attendance with
her fix, the petition signed, a donation to the legal fund, a message to the coordinator, the
register card by number in the path, interview notes synced (JSON Lines), a preferences cookie
(base64 JSON), push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families234_kit import (
    BOUNDARY,
    CREEK_MOUTH,
    HUSBAND,
    KUUTU,
    LO,
    LO_NO,
    MOTHER_IL,
    RESIDENCE,
    SON,
    VILLAGE,
    VILLAGE_FIX,
    fix,
    hd,
    obj,
)
from eval_families234_sdk import (
    ck_crash,
    ck_crumb,
    ck_session,
    tk_launch,
    tp_batch,
    tp_identify,
    tp_queue,
)
from eval_families234_svc import cu_save, fp_eval, ht_message, ml_reverse, ml_telemetry, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("goonkaati", "Goonkaati", "com.example.goonkaati", "1.8.0",
          "https://api.goonkaati.example.org")
IID = "X-Goonkaati-Apaati"
PW = "Tutubuka#Lio2026"
DOB_SR = "17-05-1991"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def goonkaati() -> list[Case]:
    rng = random.Random(23401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lo_nomba=L(LO_NO, UID),
                                    lo=L(LO, SENS), konde=L(VILLAGE["name"], COARSE)))}
    kla, klo = fix(VILLAGE_FIX, 4)
    walk = obj(rng, "wk")
    lab: dict[str, str] = {}
    beat = pb([(1, L(LO_NO, UID)), (2, walk), (3, 1768474800),
               (4, [(1, L(BOUNDARY[1][0], PRECISE)), (2, L(BOUNDARY[1][1], PRECISE)), (3, 9.0)]),
               (5, L(62, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/v1/lo/{LO_NO}/kaati", headers=_h(rng, **b)), LO_NO, UID)
    return [
        case(f, f"{a}/api/v1/sembe", headers=_h(rng), body={
            "neen": L(FIRST, NAMEC), "famii_neen": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "kibi_woto": L(PW, CRED), "paidaka": L(DOB_SR, BIRTH),
            "konde": L(VILLAGE["name"], COARSE), "distrikti": L(VILLAGE["district"], COARSE),
            "lo": L(LO, SENS), "fasi": L("mujee fu Saamaka manu", SENS),
            "manu": {"neen": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "lo_nomba": L(LO_NO, UID), "akoodi": True}),
        case(f, f"{a}/api/v1/go_dendu", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kibi_woto": L(PW, CRED), "hoi_mi": "1"}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/lo/wosu", headers=_h(rng, **b), body={
            "lo": L(LO, SENS), "lo_nomba": L(LO_NO, UID), "konde": L(VILLAGE["name"], COARSE),
            "wosu_sembe": [
                {"neen": L(HUSBAND[0], NAMEC), "lo": L(LO, SENS), "paidaka": L("1986", BIRTH)},
                {"neen": L(KID, NAMEC), "lo": L(LO, SENS), "paidaka": L(SON["dob"], BIRTH)},
                {"neen": L(MOTHER_IL[0], NAMEC), "lo": L(LO, SENS),
                 "kamian": L(VILLAGE["name"], COARSE)}],
            "mama_fu_wosu": L(MOTHER_IL[0], NAMEC)}),
        case(f, f"{a}/api/v1/konde", headers=_h(rng, **b), query={
            "suku": L("Tutubuka goon ku Gaansa kiiki", SEARCH), "lio": "Boven-Suriname"}),
        case(f, f"{a}/api/v1/goon/waka", headers=_h(rng, **b), body={
            "waka": walk, "konde": VILLAGE["name"], "daka": "2026-01-15",
            "pasi": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in BOUNDARY],
            "maaka": {"neen": "Gaansa kiiki mofu", "lat": CREEK_MOUTH[0], "lng": CREEK_MOUTH[1]},
            "kabiten_de": True, "sembe_nomba": 7}),
        raw(f, f"{a}/api/v1/goon/waka/{walk}/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/goon/waka/{walk}/kiboi", fmt="msgpack", headers=_h(rng, **b), body={
            "lo_nomba": L(LO_NO, UID),
            "pe_a_de": [{"lat": L(round(BOUNDARY[2][0] + 0.0009 * i, 6), PRECISE),
                         "lng": L(round(BOUNDARY[2][1] - 0.0007 * i, 6), PRECISE),
                         "t": 1768476000 + 240 * i} for i in range(3)],
            "maaka": {"lat": CREEK_MOUTH[0], "lng": CREEK_MOUTH[1]}}),
        case(f, f"{a}/api/v1/goon/kostgrond", gz=True, headers=_h(rng, **b), body={
            "lo_nomba": L(LO_NO, UID), "gooni": [
                {"neen": "kostgrond fu Ma Ajoeba", "kasaba": True, "ha": 0.8,
                 "pe": [[L(4.276611, PRECISE), L(-55.446102, PRECISE)],
                        [L(4.277083, PRECISE), L(-55.445379, PRECISE)],
                        [L(4.276219, PRECISE), L(-55.444917, PRECISE)]]}]}),
        multipart(f, f"{a}/api/v1/goon/foto", [
            ("foto", "kankantii.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("meta", None, "application/json", {
                "waka": walk,
                "woto": L("Di gaan kankantii pe u ta begi den gaansembe fu Matjau lo",
                          f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/goon/tori", [
            ("tori", "gaansembe_tori.m4a", "audio/mp4", L(M4A + b"\x11", MEDIA)),
            ("meta", None, "application/json", {
                "taki_sembe": L("Gaansembe Amoisi Dongo", NAMEC), "juu": "00:14:32",
                "konde": VILLAGE["name"]})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kuutu/{KUUTU['id']}/de", headers=_h(rng, **b), body={
            "pe_a_de": {"lat": kla, "lng": klo, "sizu": 14},
            "kuutu_wosu": {"lat": KUUTU["lat"], "lng": KUUTU["lon"]},
            "lo": L(LO, SENS), "kuutu_fasi": L("goon kuutu ku gaama sembe", SENS)}),
        case(f, f"{a}/api/v1/pampia/tjusi", headers=_h(rng, **b), body={
            "pampia": "pt_goon_2026_01",
            "tjusi": L("u ta ke di lanti da u goon pampia fu hii di lo", SENS),
            "sikifi_neen": L(f"{FIRST} {LAST}", NAMEC), "ID_nomba": L(RESIDENCE, NID),
            "lo": L(LO, SENS)}),
        case(f, f"{a}/api/v1/moni/lei_wakti", fmt="form", headers=_h(rng, **b), body={
            "moni": L("250", BUY), "munt": "SRD", "fanda": L("goon-kuutu-fanda", SENS),
            "paka": L(opaque(rng, "pm_", 24), PAY), "sondi_neen": "false"}),
        case(f, f"{a}/api/v1/boskopu", headers=_h(rng, **b), body={
            "go_a": "kood_gk_02", "kuutu": KUUTU["id"],
            "boskopu": L("Mi manu Kodjo Adjaiso o tja di GPS baka a kuutu, mi telefon ta "
                         "+1 555 010 0199", f"{TEXT}|{NAMEC}|{TEL}")}),
        card,
        lines(f, f"{a}/api/v1/tori/sync", [
            {"op": "woto", "waka": walk, "lo_nomba": L(LO_NO, UID),
             "woto": L("Ma Ajoeba taki di goon fu Gaansa kiiki da fu Matjau fu gaan ten",
                       f"{TEXT}|{SENS}")},
            {"op": "foto", "waka": walk, "n": 3, "lo_nomba": L(LO_NO, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mi/sitaa", headers=_h(rng, **b), cookies={
            "gk_sesi": L(opaque(rng, "", 40), CRED),
            "gk_sitaa": W({"lo_nomba": L(LO_NO, UID), "tongo": L("srm", DEV),
                           "konde": L(VILLAGE["name"], COARSE)}, "b64json")}),
        case(f, f"{a}/api/v1/kuutu/woto", headers=_h(rng, **b), query={
            "lo": L(LO, SENS), "konde": L(VILLAGE["name"], COARSE), "liba": "2026-02"}),
        case(f, f"{a}/api/v1/lo/suku", headers=_h(rng, **b), query={
            "suku": L("Adjaiso Matjau Tutubuka", f"{SEARCH}|{NAMEC}|{SENS}"), "side": "1"}),
        case(f, f"{a}/api/v1/apaati", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "apaati_id": L(INSTALL_ID, DID),
            "tongo": L("srm", DEV), "ten_kamian": L("America/Paramaribo", DEV),
            "modeli": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/sani_di_pasa", gz=True, headers=_h(rng, **b), body={
            "sembe": L(USER_ID, UID), "sani": [
                ev("waka_kaba", 1, pe=7), ev("skiin", 2, skiin=L("GoonKaati", USAGE)),
                ev("pampia_tjusi", 3, pampia="pt_goon_2026_01")]}),
        case(f, f"{a}/api/v1/go_a_doo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apaati": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def goonkaati_sdks() -> list[Case]:
    rng = random.Random(23402)
    return [
        tp_batch(APP, rng, [("Boundary Walk Saved", {"points": 7}),
                            ("Petition Signed", {"petition": "pt_goon_2026_01"})],
                 at=VILLAGE_FIX, nd=2),
        tp_identify(APP, rng, {"konde": L(VILLAGE["name"], COARSE), "lo": L(LO, SENS),
                               "lo_nomba": L(LO_NO, UID)}),
        tp_queue(APP, rng, [("Waypoint Saved", {"n": 3}), ("Photo Saved", {"n": 1})]),
        tk_launch(APP, rng, first=True),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "gps provider lost"),
                 [ck_crumb("nav", "GoonKaati -> Waka"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/api/v1/goon/waka", "status": 0})],
                 screen="WakaActivity"),
        ck_session(APP, rng, secs=3120),
        fp_eval(APP, rng, {"konde": VILLAGE["name"], "offline_maps": True}),
        pa_register(APP, rng, lang="srm", tags={"lo": L(LO, SENS), "konde": L("Tutubuka", COARSE)}),
        cu_save(APP, rng, {"analytics": True, "marketing": False}),
        ml_reverse(APP, rng, BOUNDARY[0], PRECISE, nd=5),
        ml_telemetry(APP, rng, [BOUNDARY[2], BOUNDARY[3]], PRECISE),
        ht_message(APP, rng, L("Di kaati an ta loai sondi internet a konde", TEXT),
                   {"lo_nomba": L(LO_NO, UID)}),
    ]
