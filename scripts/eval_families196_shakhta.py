"""An open-pit coal mine's rotation (vakhta) app "Shakhta Smena" (the Dennel pit near Neryungri;
she is a mine surveyor on fifteen-day rotations from Yakutsk). Keys Sakha with Russian mine
words and English: ``tabel`` personnel number, ``ulehit`` worker, ``dolzhnost`` post, ``smena``
shift, ``grafik`` roster, ``doruobuya_korul`` pre-shift health check, ``khaan_battaaha`` blood
pressure, ``tymyr`` pulse, ``itii`` temperature, ``arygy`` breath alcohol, ``hagalar``
complaints, ``lampa`` lamp, ``samospasatel`` self-rescuer, ``avtobus`` bus, ``ostanovka`` stop,
``obshchezhitie`` dormitory, ``syemka`` survey, ``tochkalar`` points, ``khamnas`` pay,
``listok`` slip, ``kaarta`` card, ``profsoyuz`` union, ``chilien`` member, ``bolnichnay`` sick
leave, ``diagnoz``, ``spetsodezhda`` work clothes (``rost`` height, ``grud`` chest, ``obuv``
shoe), ``aviabilet`` flight, ``chugas_kihi`` next of kin, ``otpusk`` leave, and the shared
``aata``, ``familiyata``, ``telefon``, ``kistelen_tyl``, ``toroobut_kun``, ``er_dakhtar``,
``aadyrys``, ``kuorat``, ``snils``, ``inn``, ``dokumuon``, ``suruk``, ``kordoo``, ``sir``,
``teril``, ``tugennar``, ``min``. A docstring grep found no mine-worker or vakhta app; set 77
has a trawler crew roster (fitness for duty, union dues) and set 54 a cab's pre-shift face check:
here the shift is in a coal pit, the health check a medical kiosk's readings, and the roster,
lamp room, pit bus, survey points, payslip and rotation flights are the mine's. Calls:
registration, an OAuth password grant, ``/min``, the roster, the pre-shift check with her fix,
the kiosk selfie, shift start (protobuf), the lamp, the bus from the dormitory (3 decimals), the
dormitory (its Wi-Fi), survey points (msgpack), the payslip by personnel number in the path, the
salary card, union membership, sick leave, work-clothes sizes, the rotation flight, the next of
kin, a leave request (JSON Lines), a message, a search, push and events by session cookie."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families196_kit import (
    DORM_AT,
    HUSBAND,
    INN,
    KIOSK_FIX,
    MINE,
    MIR,
    RESIDENCE,
    RU_ACCOUNT,
    RU_BIC,
    SNILS,
    TABEL,
    UNION_CARD,
    YK_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families196_sdk import am_batch, am_queue, ct_crash, ct_crumb, ct_session, ts_launch
from eval_families196_svc import cc_check, fs_eval, hk_attach, mo_geocode, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("shakhta", "Shakhta Smena", "com.example.shakhtasmena", "5.3.0",
          "https://api.shakhtasmena.example.com")
IID = "X-Smena-Teril"
PW = "Markshaider!Dennel7"
NID = "personal.national_id"
FIT = "health.fitness"
DORM = {"line": "ul. Karla Marksa 14, komnata 214", "ssid": "Dennel-Obshchezhitie",
        "bssid": "a4:91:b1:0e:77:3c"}  # where she sleeps on rotation (address, Wi-Fi: hers)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def shakhta() -> list[Case]:
    rng = random.Random(19611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tabel=L(TABEL, UID),
                                    uchastok="razrez-2"))}
    kla, klo = fix(KIOSK_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TABEL, UID)), (2, obj(rng, "sm")), (3, 1769990400),
               (4, [(1, L(KIOSK_FIX[0], PRECISE)), (2, L(KIOSK_FIX[1], PRECISE))]),
               (5, L(81, DEV)), (6, "razrez-2")], "", lab)
    slip = at_path(case(f, f"{a}/api/v2/khamnas/{TABEL}/listok", headers=_h(rng, **b),
                        query={"yi": "2026-01"}), TABEL, UID)
    return [
        case(f, f"{a}/api/v2/suruttaryy", headers=_h(rng), body={
            "tabel": L(TABEL, UID), "aata": L(FIRST, NAMEC), "familiyata": L(LAST, NAMEC),
            "telefon": L(E164, TEL), "email": L(EMAIL_MIXED, MAIL),
            "kistelen_tyl": L(PW, CRED), "toroobut_kun": L(DOB, BIRTH),
            "er_dakhtar": L("dakhtar", GENDER), "snils": L(SNILS, NID), "inn": L(INN, NID),
            "dokumuon": {"korung": "vnzh", "nuomer": L(RESIDENCE, NID)},
            "dolzhnost": "markshaider", "aadyrys": L(YK_HOME["line"], ADDR),
            "kuorat": L(YK_HOME["town"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "smena-android"}),
        case(f, f"{a}/api/v2/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/grafik", headers=_h(rng, **b), query={
            "tabel": L(TABEL, UID), "yi": "2026-02", "vakhta": "15x15"}),
        case(f, f"{a}/api/v2/doruobuya_korul", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "kiosk": "mk_razrez2_01", "khaan_battaaha": L("128/84", MED),
            "tymyr": L(76, MED), "itii": L(36.6, MED), "arygy": L(0.0, MED),
            "hagalar": L("bas yaryyta", MED), "sir": {"lat": kla, "lon": klo},
            "kiosk_sire": {"lat": MINE["lat"], "lon": MINE["lon"]}}),
        multipart(f, f"{a}/api/v2/doruobuya_korul/khartyyna", [
            ("khartyyna", "selfie.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"tabel": L(TABEL, UID), "kiosk": "mk_razrez2_01"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/v2/smena/sagalaa", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/lampa", fmt="form", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "lampa": "L-0412", "samospasatel": "SS-3381",
            "smena": "1"}),
        case(f, f"{a}/api/v2/avtobus", headers=_h(rng, **b), query={
            "ostanovka": L(f"{DORM_AT[0]:.3f},{DORM_AT[1]:.3f}", PRECISE), "smena": "1"}),
        case(f, f"{a}/api/v2/obshchezhitie", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "aadyrys": L(DORM["line"], ADDR),
            "kuorat": L("Neryungri", COARSE), "wifi": {"ssid": L(DORM["ssid"], WIFI),
                                                        "bssid": L(DORM["bssid"], WIFI)},
            "kun": "2026-02-01"}),
        case(f, f"{a}/api/v2/syemka", fmt="msgpack", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "ustup": "U-7",
            "tochkalar": [{"n": f"T{i}", "lat": round(56.69310 + 0.0004 * i, 6),
                           "lon": round(124.79877 - 0.0003 * i, 6), "h": 812.4 - 2.1 * i}
                          for i in range(4)],
            "sir": {"lat": L(round(KIOSK_FIX[0] + 0.0015, 6), PRECISE),
                    "lon": L(round(KIOSK_FIX[1] + 0.0061, 6), PRECISE)}}),
        slip,
        case(f, f"{a}/api/v2/khamnas/kaarta", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "kaarta": L(MIR, PAY), "schet": L(RU_ACCOUNT, PAY),
            "bik": RU_BIC, "ylaachchy": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v2/profsoyuz", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "chilien": L(UNION_CARD, SENS),
            "profsoyuz": L("Rosugleprof, Neryungri", SENS), "vznos_protsent": 1,
            "uderzhanie": L(True, SENS)}),
        case(f, f"{a}/api/v2/bolnichnay", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "from": "2026-01-19", "to": "2026-01-26",
            "diagnoz": L("J20.9 ostryi bronkhit", MED), "eln": L("910177534811", MED),
            "suruk": L("Tymnyyga sotollor, byraas bronkhit dieta", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/spetsodezhda", fmt="form", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "rost": L("168", FIT), "grud": L("92", FIT),
            "obuv": L("38", FIT), "kiine": "zimnii"}),
        case(f, f"{a}/api/v2/aviabilet", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "reis": "YK-417", "kun": "2026-02-01",
            "ayannyt": L(f"{FIRST} {LAST}", NAMEC), "dokumuon": L(RESIDENCE, NID),
            "bron": L("AVB-5520917", BUY), "khantan": "Yakutsk", "khanna": "Neryungri"}),
        case(f, f"{a}/api/v2/chugas_kihi", headers=_h(rng, **b), body={
            "tabel": L(TABEL, UID), "aata": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
            "kim": "kergen"}),
        lines(f, f"{a}/api/v2/otpusk/sync", [
            {"op": "otpusk", "tabel": L(TABEL, UID), "from": "2026-03-02", "to": "2026-03-16"},
            {"op": "spravka", "kiine": "2-NDFL", "inn": L(INN, NID)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/suruk", headers=_h(rng, **b), body={
            "kimieke": "dispatcher_r2",
            "suruk": L("Bugun syemka U-7 ustupka, avtobus 15 mun khoitoon", TEXT)}),
        case(f, f"{a}/api/v2/kordoo", headers=_h(rng, **b), query={
            "kordoo": L("otpusk grafiga mart", SEARCH)}),
        case(f, f"{a}/api/v2/teril", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/tugennar", headers=_h(rng, how="none"), cookies={
            "sm_sid": L(opaque(rng, "", 40), CRED), "sm_dev": L(INSTALL_ID, DID)}, body={
            "tuttaachy": L(USER_ID, UID), "tugennar": [
                ev("korul_bytta", 1), ev("ekraan", 2, ekraan=L("Grafik", USAGE))]}),
    ]


def shakhta_sdks() -> list[Case]:
    rng = random.Random(19612)
    return [
        am_batch(APP, rng, [("Health Check Passed", {"kiosk": "mk_razrez2_01"}),
                            ("Shift Started", {"shift": 1})], locale="ru_RU"),
        am_queue(APP, rng, [("Survey Saved", {"points": 4}), ("Lamp Issued", {})]),
        ts_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=640),
        fs_eval(APP, rng, {"mine": MINE["id"], "profsoyuz": L(True, SENS)}, hdr=True),
        pb_register(APP, rng, lang="ru", tags={"razrez": "2", "smena": "1"}),
        cc_check(APP, rng, {"analytics": True, "marketing": False}),
        mo_geocode(APP, rng, "Neryungri avtovokzal", SEARCH, near=DORM_AT, nd=3),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "bolnichnay.pdf", "application/pdf"),
        ct_crash(APP, rng, ("java.net.SocketTimeoutException", "v2/doruobuya_korul"),
                 [ct_crumb("nav", "Grafik -> Korul"), ct_crumb("tap", "kiosk_scan")],
                 screen="KorulActivity"),
    ]
