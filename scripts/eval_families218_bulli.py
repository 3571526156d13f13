"""Borehole-drilling contractor's client app "Bulli Koom" (a Koudougou driller; she commissions a
borehole with a solar pump in her mother-in-law's courtyard, secteur 4). Its API's keys are Moore
as a Koudougou developer writes them (ASCII, no tone marks) with English and French loans:
``yuure`` first name, ``sondre`` family name, ``portabl`` mobile (fr. portable), ``mdp``
password (fr. mot de passe), ``zaka`` courtyard, ``zak_soaba`` courtyard owner, ``zak_soore``
street line (lit. the courtyard's road), ``sektor`` sector, ``tengkasenga`` town (lit. big
town), ``provens`` province, ``foraz`` borehole (fr. forage), ``zulungu`` depth, ``koom`` water,
``pomp`` pump, ``tuumde`` job / contract (lit. work), ``yaood_sebre`` quote (lit. price paper),
``yaoodo`` price, ``ligdi`` money / amount, ``yaobre`` payment, ``pipi_yaobre`` first instalment,
``resi`` receipt (fr. recu), ``koeega`` message, ``neere`` rating (lit. goodness),
``yamleoogo`` comment (lit. thought), ``daare`` day, ``apare`` device (fr. appareil), ``yela``
events, ``mam`` me: sign-up, log-in, ``/mam``, the courtyard site (her mother-in-law as owner,
the staked spot at 6 decimals), the price list, a quote, the contract with her passport, the
first instalment by mobile money, a courtyard photo, the hydrogeologist's visit, his report, a
site check-in, a protobuf drilling beat, the water test (msgpack), the receipt by contract number
in the path, a message to the foreman, the solar pump, the contract signed as base64 JSON in a
form field, the warranty by cookie, a rating, push, events and a token refresh. No earlier set
has a drilling contractor (a file-name and docstring grep for "drilling", "driller" and "forage"
matched nothing); set 108's borehole is a committee's levy, not the drilling of one."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families218_kit import (
    BORE_AT,
    BORE_JOB,
    DRILLER,
    KDG_YARD,
    KDG_YARD_AT,
    LOCAL_PHONE,
    MOTHER_IL,
    OUA_HOME,
    OUA_HOME_AT,
    PASSPORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families218_sdk import (
    ab_event,
    ab_launch,
    bn_bid,
    bn_notice,
    cg_crash,
    cg_crumb,
    st_batch,
    st_identify,
)
from eval_families218_svc import hw_message, mz_reverse, pm_wallet, py_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bullikoom", "Bulli Koom", "com.example.bullikoom", "2.4.1",
          "https://api.bullikoom.example.com")
IID = "X-Bulli-Apare"
PW = "Koudougou#Koom26"
NID = "personal.national_id"
CLIENT = "BK-C-30418"  # her client account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def bullikoom() -> list[Case]:
    rng = random.Random(21811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kliyan=L(CLIENT, UID)))}
    bla, blo = fix(BORE_AT, 5)
    site = obj(rng, "zk")
    lab: dict[str, str] = {}
    beat = pb([(1, L(BORE_JOB, BUY)), (2, "rig_07"), (3, 1769068800), (4, 42.5), (5, 18.0),
               (6, L(CLIENT, UID))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/tuumde/{BORE_JOB}/resi", headers=_h(rng, **b)),
                      BORE_JOB, BUY)
    return [
        case(f, f"{a}/api/v1/kliyan", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "portabl": L(E164, TEL), "portabl_bf": L(LOCAL_PHONE, TEL), "mdp": L(PW, CRED),
            "zak_soore": L(OUA_HOME["line"], ADDR), "sektor": L(OUA_HOME["sector"], COARSE),
            "tengkasenga": L(OUA_HOME["town"], COARSE), "kliyan": L(CLIENT, UID),
            "newsletter": False}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "mdp": L(PW, CRED), "apare": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/mam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/zaka", headers=_h(rng, **b), body={
            "zaka": site, "kliyan": L(CLIENT, UID),
            "zak_soaba": {"yuure": L("Zenabo", NAMEC), "sondre": L("Kabore", NAMEC),
                          "portabl": L(MOTHER_IL[1], TEL)},
            "zak_soore": L(KDG_YARD["line"], ADDR), "sektor": L(KDG_YARD["sector"], COARSE),
            "tengkasenga": L(KDG_YARD["town"], COARSE),
            "provens": L(KDG_YARD["province"], COARSE),
            "foraz_ziiga": {"lat": L(BORE_AT[0], PRECISE), "lng": L(BORE_AT[1], PRECISE)},
            "bulli_kurga": True, "zaka_neba": 9}),
        case(f, f"{a}/api/v1/foraz/yaoodo", headers=_h(rng, **b), query={
            "tengkasenga": L("Koudougou", COARSE), "zulungu": "70", "pomp": "solar"}),
        case(f, f"{a}/api/v1/yaood_sebre", headers=_h(rng, **b), body={
            "zaka": site, "zulungu": 70, "pomp": "solar_1.1kW", "tank_litr": 3000,
            "yaoodo": L(3450000, BUY), "devise": "XOF", "kliyan": L(CLIENT, UID)}),
        case(f, f"{a}/api/v1/tuumde", headers=_h(rng, **b), body={
            "tuumde": L(BORE_JOB, BUY), "zaka": site, "kliyan": L(CLIENT, UID),
            "pasipoor": L(PASSPORT, NID), "sign_yuure": L(f"{FIRST} {LAST}", NAMEC),
            "ligdi": L(3450000, BUY), "yaobre_tigsgo": [30, 40, 30],
            "sondg_daare": "2026-01-19"}),
        case(f, f"{a}/api/v1/yaobre", fmt="form", headers=_h(rng, **b), body={
            "tuumde": L(BORE_JOB, BUY), "pipi_yaobre": L("1035000", BUY), "devise": "XOF",
            "wallet": L(LOCAL_PHONE, TEL), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/api/v1/zaka/foto", [
            ("foto", "zaka_kdg.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "zaka": site, "tuumde": L(BORE_JOB, BUY),
                "koeega": L("The old dry well is behind the kitchen, please stay 15 m away "
                            "from the latrine", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/geolog/vizit", headers=_h(rng, **b), body={
            "tuumde": L(BORE_JOB, BUY), "daare": "2026-01-14", "wakato": "08:00",
            "kontak": {"yuure": L(MOTHER_IL[0], NAMEC), "portabl": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/v1/geolog/rapor", headers=_h(rng, **b), query={
            "tuumde": L(BORE_JOB, BUY), "format": "pdf"}),
        case(f, f"{a}/api/v1/tuumde/{BORE_JOB}/kolg", headers=_h(rng, **b), body={
            "ziiga": {"lat": bla, "lng": blo, "acc": 6},
            "driller_yard": {"lat": DRILLER["lat"], "lng": DRILLER["lon"]},
            "kind": "sondg_sinsgo"}),
        raw(f, f"{a}/api/v1/rig/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/koom/test", fmt="msgpack", headers=_h(rng, **b), body={
            "tuumde": L(BORE_JOB, BUY), "nitrate": 12.4, "ph": 6.9, "e_coli": 0,
            "debi_m3h": 1.8, "ligdi": L(25000, BUY), "lab": "lab_oneakdg"}),
        receipt,
        case(f, f"{a}/api/v1/koeega", headers=_h(rng, **b), body={
            "reegda": "foreman_kdg", "tuumde": L(BORE_JOB, BUY),
            "koeega": L("Zenabo will be at the courtyard from 7h, call her on +226 76 09 33 17 "
                        "before you bring the rig", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/pomp/solar", headers=_h(rng, **b), body={
            "tuumde": L(BORE_JOB, BUY), "panel": 4, "watt": 1100, "tank_litr": 3000,
            "yaoodo": L(1150000, BUY)}),
        case(f, f"{a}/api/v1/tuumde/sign", fmt="form", headers=_h(rng, **b), body={
            "data": W({"tuumde": L(BORE_JOB, BUY), "pasipoor": L(PASSPORT, NID),
                       "portabl": L(NATIONAL, TEL)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/garanti", headers=_h(rng, how="none"), cookies={
            "bk_sesion": L(opaque(rng, "", 40), CRED), "bk_apare": L(INSTALL_ID, DID),
            "bk_req": rid(rng)}),
        case(f, f"{a}/api/v1/tuumde/{BORE_JOB}/neere", fmt="form", headers=_h(rng, **b), body={
            "neere": "5", "yamleoogo": L("Water at 64 m, clean work, my mother-in-law is very "
                                         "happy", TEXT)}),
        case(f, f"{a}/api/v1/apare", headers=_h(rng, **b), body=push(push_token(rng), "fr_BF")),
        case(f, f"{a}/api/v1/yela", gz=True, headers=_h(rng, **b), body={
            "neda": L(USER_ID, UID), "yela": [
                ev("tuumde_sign", 1), ev("yaobre", 2, ligdi=L(1035000, BUY)),
                ev("ekran", 3, ekran=L("FurazKibare", USAGE))]}),
        case(f, f"{a}/api/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apare": L(INSTALL_ID, DID),
            "lang": L("fr", DEV)}),
    ]


def bullikoom_sdks() -> list[Case]:
    rng = random.Random(21812)
    return [
        st_batch(APP, rng, [("Quote Requested", {"depth_m": 70}),
                            ("Contract Signed", {"total": L(3450000, BUY)})],
                 at=KDG_YARD_AT, nd=2, locale="fr_BF"),
        st_identify(APP, rng, {"tengkasenga": L("Koudougou", COARSE), "kliyan": L(CLIENT, UID)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "purchase", {"tuumde": L(BORE_JOB, BUY)}, revenue=1035000.0,
                 hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=OUA_HOME_AT, nd=3,
               keywords="water,solar,pump"),
        bn_notice(APP, rng, "win"),
        cg_crash(APP, rng, ("java.lang.IllegalStateException", "map tile missing"),
                 [cg_crumb("nav", "Zaka -> ForazZiiga"),
                  cg_crumb("net", "POST", {"url": f"{APP.api}/api/v1/zaka", "status": 201})],
                 screen="ForazZiigaActivity"),
        py_register(APP, rng, lang="fr", at=KDG_YARD_AT, nd=2,
                    tags={"tengkasenga": L("Koudougou", COARSE), "pomp": "solar"}),
        pm_wallet(APP, rng, "1035000", L(LOCAL_PHONE, TEL)),
        mz_reverse(APP, rng, BORE_AT, PRECISE, nd=5),
        hw_message(APP, rng, L(f"The receipt for {BORE_JOB} shows the wrong amount",
                               f"{TEXT}|{BUY}"), {"kliyan": L(CLIENT, UID)}),
    ]
