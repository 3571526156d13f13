"""Tbilisi sulphur-bath booking app "Gogirdi" (its API's keys are Georgian in Latin letters:
``sakheli`` first name, ``gvari`` surname, ``el_posta`` e-mail, ``mobiluri`` mobile number,
``gasaghebi`` password (lit. "key"), ``dabadebis_dghe`` birth date, ``piradobis_nomeri`` ID
document number, ``satskhovrebeli`` residence (street line), ``qalaqi`` city, ``ubani``
district, ``sqesi`` sex, ``meughle`` spouse, ``baratis_nomeri`` loyalty card number,
``javshani`` booking, ``tankha`` amount, ``gadakhda`` payment, ``nomeri`` room, ``ganedi`` /
``grdzedi`` latitude / longitude, ``shefaseba`` rating, ``komentari`` remark, ``dziebna``
search, ``shetkobineba`` message, ``janmrteloba`` health, ``ena`` language,
``saatobrivi_sartkeli`` time zone, ``qulebi`` points): sign-up, log-in, ``/chemi``, the card,
baths near her flat, a private room booked, the payment, a health declaration, a check-in at the
bath house, extras (msgpack), a scrub (kisi) booked for her husband, points by cookie, a review,
a search, the bath's Wi-Fi, a gift voucher, the receipt by booking number in the path, a card
link (base64 JSON in a form field), a complaint, push, events and a log-out."""

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
    EMAIL_UPPER,
    GENDER,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families151_kit import (
    BATH,
    BATH_BOOKING,
    BATH_CARD,
    BATH_FIX,
    HUSBAND,
    RESIDENCE,
    SISTER_US,
    TB_HOME,
    TB_HOME_AT,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families151_sdk import (
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
from eval_families151_svc import cl_card, cl_confirm, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("gogirdi", "Gogirdi", "com.example.gogirdi", "2.9.3", "https://api.gogirdi.example.com")
IID = "X-Gogirdi-Mowyobiloba"
PW = "Abano!Sololaki26"
DOB_KA = "17.05.1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ka=True, **kw)


def gogirdi() -> list[Case]:
    rng = random.Random(15101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_posta=L(EMAIL, MAIL), baratis_nomeri=L(BATH_CARD,
    UID)))}
    bla, blo = fix(BATH_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(BATH_CARD, UID)), (2, BATH["id"]), (3, 1767772800),
               (4, [(1, L(BATH_FIX[0], PRECISE)), (2, L(BATH_FIX[1], PRECISE)), (3, 12.0)]),
               (5, L(71, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v2/javshani/{BATH_BOOKING}/kvitari", headers=_h(rng, **b)),
                      BATH_BOOKING, BUY)
    return [
        case(f, f"{a}/api/v2/registracia", headers=_h(rng), body={
            "sakheli": L(FIRST, NAMEC), "gvari": L(LAST, NAMEC), "el_posta": L(EMAIL, MAIL),
            "mobiluri": L(E164, TEL), "gasaghebi": L(PW, CRED), "dabadebis_dghe": L(DOB_KA, BIRTH),
            "satskhovrebeli": L(TB_HOME["line"], ADDR), "qalaqi": L(TB_HOME["town"], COARSE),
            "ubani": L(TB_HOME["area"], COARSE), "piradobis_nomeri": L(RESIDENCE, NID),
            "sqesi": L("kali", GENDER),
            "meughle": {"sakheli": L(HUSBAND[0], NAMEC), "mobiluri": L(HUSBAND[1], TEL)},
            "baratis_nomeri": L(BATH_CARD, UID), "tankhmoba": True}),
        case(f, f"{a}/api/v2/shesvla", fmt="form", headers=_h(rng), body={
            "el_posta": L(EMAIL_UPPER, MAIL), "gasaghebi": L(PW, CRED), "damimakhsovre": "1"}),
        case(f, f"{a}/api/v2/chemi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/barati", headers=_h(rng, **b), query={
            "baratis_nomeri": L(BATH_CARD, UID), "formati": "qr"}),
        case(f, f"{a}/api/v2/abanoebi/akhlos", headers=_h(rng, **b), query={
            "ganedi": L(f"{TB_HOME_AT[0]:.3f}", PRECISE),
            "grdzedi": L(f"{TB_HOME_AT[1]:.3f}", PRECISE), "km": "5", "ghiaa": "true"}),
        case(f, f"{a}/api/v2/abanoebi/{BATH['id']}/nomrebi", headers=_h(rng, **b),
             query={"tarighi": "2026-01-14", "saati": "19:00"}),
        case(f, f"{a}/api/v2/javshani", headers=_h(rng, **b), body={
            "abano": BATH["id"], "nomeri": "lux-3", "tarighi": "2026-01-14", "saati": "19:00",
            "khangrdzlivoba": 90, "stumrebi": 2, "javshani": L(BATH_BOOKING, BUY),
            "tankha": L(150, BUY), "baratis_nomeri": L(BATH_CARD, UID),
            "komentari": L("Chemi meughlec modis, kisi orivestvis", TEXT)}),
        case(f, f"{a}/api/v2/gadakhda", fmt="form", headers=_h(rng, **b), body={
            "javshani": L(BATH_BOOKING, BUY), "tankha": L("150.00", BUY), "valuta": "GEL",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "bolo_otkhi": L("4444", PAY)}),
        case(f, f"{a}/api/v2/janmrteloba/deklaracia", headers=_h(rng, **b), body={
            "javshani": BATH_BOOKING, "orsuloba": L(False, MED), "gulis_daavadeba": L(False, MED),
            "ckneva": L("dabali", MED), "kanis_daavadeba": L("ekzema khelebze", MED),
            "khelmotsera": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v2/check_in", headers=_h(rng, **b), body={
            "abano": BATH["id"], "adgili": {"ganedi": bla, "grdzedi": blo, "sizuste": 8},
            "abanos_adgili": {"ganedi": BATH["lat"], "grdzedi": BATH["lon"]},
            "baratis_nomeri": L(BATH_CARD, UID), "check_in_id": obj(rng, "ci")}),
        raw(f, f"{a}/api/v2/sesia/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/damatebiti", fmt="msgpack", headers=_h(rng, **b), body={
            "javshani": L(BATH_BOOKING, BUY),
            "servisebi": [{"dasakheleba": "kisi", "raodenoba": 2, "fasi": 30},
                          {"dasakheleba": "masazhi", "raodenoba": 1, "fasi": 60}],
            "tankha": L(120, BUY), "baratis_nomeri": L(BATH_CARD, UID)}),
        case(f, f"{a}/api/v2/qulebi", headers=_h(rng, how="none"), cookies={
            "gg_sesia": L(opaque(rng, "", 40), CRED), "gg_mowyobiloba": L(INSTALL_ID, DID),
            "gg_req": rid(rng)}),
        case(f, f"{a}/api/v2/shefaseba", fmt="form", headers=_h(rng, **b), body={
            "abano": BATH["id"], "shefaseba": "5",
            "komentari": L("Tskali dzalian tskheli iko, kisi sauketeso! Ekzema ar gamimdzafrda.",
                           f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/dziebna", headers=_h(rng, **b), query={
            "dziebna": L("kerdzo nomeri auzit gvian saghamos", SEARCH), "gverdi": "1"}),
        case(f, f"{a}/api/v2/wifi/shesvla", headers=_h(rng, **b), body={
            "ssid": L(BATH["ssid"], WIFI), "bssid": L(BATH["bssid"], WIFI),
            "shida_ip": L("10.20.4.57", DEV), "baratis_nomeri": L(BATH_CARD, UID), "tsuti": 120}),
        case(f, f"{a}/api/v2/sachukari", headers=_h(rng, **b), body={
            "mimghebi": {"sakheli": L(SISTER_US[0], NAMEC), "el_posta": L(SISTER_US[2], MAIL)},
            "shetkobineba": L("Emily, roca chamokhval Tbilisshi, abanoshi tsagiyvan!", TEXT),
            "tankha": L(100, BUY), "vauchers_kodi": opaque(rng, "GV", 8)}),
        receipt,
        case(f, f"{a}/api/v2/barati/dakavshireba", fmt="form", headers=_h(rng, **b), body={
            "data": W({"baratis_nomeri": L(BATH_CARD, UID), "mobiluri": L(NATIONAL, TEL),
                       "dabadebis_dghe": L(DOB_KA, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v2/sachivari", headers=_h(rng, **b), body={
            "abano": BATH["id"], "kategoria": "higiena",
            "shetkobineba": L("Nomershi peshkhakhocebi ar iko da tskali ar gadinda", TEXT)}),
        case(f, f"{a}/api/v2/mowyobiloba", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "mowyobilobis_id": L(INSTALL_ID, DID),
            "ena": L("ka", DEV), "saatobrivi_sartkeli": L(TZ, DEV), "modeli": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v2/movlenebi", gz=True, headers=_h(rng, **b), body={
            "momkhmarebeli": L(USER_ID, UID), "movlenebi": [
                ev("javshani", 1, abano=BATH["id"]), ev("gadakhda", 2, tankha=L(150, BUY)),
                ev("ekrani", 3, ekrani=L("ChemiJavshnebi", USAGE))]}),
        case(f, f"{a}/api/v2/gasvla", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "mowyobiloba": L(INSTALL_ID, DID)}),
    ]


def gogirdi_sdks() -> list[Case]:
    rng = random.Random(15102)
    return [
        mc_batch(APP, rng, [("Room Booked", {"bath": BATH["id"], "total": L(150, BUY)}),
                            ("Checked In", {"bath": BATH["id"]})],
                 at=BATH_FIX, nd=2, locale="ka_GE"),
        mc_identify(APP, rng, {"qalaqi": L("Tbilisi", COARSE), "ubani": L("Vake", COARSE),
                               "baratis_nomeri": L(BATH_CARD, UID), "qulebi": 340}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"javshani": L(BATH_BOOKING, BUY)}, revenue=150.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BATH_FIX, nd=3,
               keywords="spa,sulphur,bath"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "qr scanner closed"),
                 [cd_crumb("nav", "ChemiBarati -> Skaneri"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v2/check_in", "status": 201})],
                 screen="SkaneriActivity"),
        pt_register(APP, rng, lang="ka", at=TB_HOME_AT, nd=2,
                    tags={"sakvarleli_abano": BATH["id"], "ubani": L("Vake", COARSE)}),
        cd_session(APP, rng, secs=845),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "150.00"),
        mm_reverse(APP, rng, TB_HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L(f"Javshani {BATH_BOOKING} orjer chamomechra", f"{TEXT}|{BUY}"),
                   {"baratis_nomeri": L(BATH_CARD, UID)}),
    ]
