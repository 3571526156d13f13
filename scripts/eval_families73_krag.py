"""Cape Town load-shedding and solar-battery app "Kragstroom" (its API's keys are Afrikaans:
naam, van, telefoon, adres, straat, stad, poskode, geboortedatum, wagwoord, id_nommer, epos):
registration, log-in, ``/me``, the address and passport, her load-shedding block by position and
in the path, the prepaid meter and a token bought for it, pairing the inverter on her Wi-Fi, the
inverter's protobuf heartbeat and a gzip battery log, an outage report with a photo, a
household member, a solar quote, a subscription, feedback, a password change, push, events and
a cookie GET."""

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
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families73_kit import (
    AREA,
    CT_HOME,
    CT_HOME_AT,
    CT_PHONE_LOCAL,
    INVERTER,
    METER,
    PASSPORT,
    STS_TOKEN,
    fix,
    obj,
    soc,
)
from eval_families73_sdk import av_event, av_session, cl_crash, cl_crumb, gm_batch, gm_queue, ob_bid
from eval_families73_svc import as_save, mk_reverse, pm_register, pr_card, sg_eval
from eval_payloads import BSSID, EMAIL, SSID, USER_ID, Case, J, L, case

APP = App("kragstroom", "Kragstroom", "com.example.kragstroom", "5.8.0",
          "https://api.kragstroom.example.com")
AF = "af-ZA,af;q=0.9,en;q=0.8"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid="X-Krag-Toestel", how="plain", **kw)
    h["Accept-Language"] = L(AF, DEV)
    return h


def kragstroom() -> list[Case]:
    rng = random.Random(7301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, epos=L(EMAIL, MAIL), naam=L(FIRST, NAMEC)))}
    hla, hlo = fix(CT_HOME_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, INVERTER["serial"]),
               (3, [(1, L(CT_HOME_AT[0], PRECISE)), (2, L(CT_HOME_AT[1], PRECISE))]),
               (4, 81), (5, 2310), (6, INVERTER["fw"])], "", lab)
    area_seg = "tamboerskloof-7"
    sched = at_path(case(f, f"{a}/v2/skedule/{area_seg}", headers=_h(rng, **b),
                         query={"dae": "7"}), area_seg, COARSE)
    return [
        case(f, f"{a}/v2/registreer", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "van": L(LAST, NAMEC), "epos": L(EMAIL, MAIL),
            "telefoon": L(E164, TEL), "wagwoord": L("Tafelberg!2291", CRED),
            "geboortedatum": L(DOB, BIRTH), "bemarking": False, "taal": L("af", DEV)}),
        case(f, f"{a}/v2/teken-in", fmt="form", headers=_h(rng), body={
            "epos": L(EMAIL_UPPER, MAIL), "wagwoord": L("Tafelberg!2291", CRED),
            "onthou": "1"}),
        case(f, f"{a}/v2/ek", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ek/adres", headers=_h(rng, **b), body={
            "adres": {"straat": L(CT_HOME["straat"], ADDR),
                      "voorstad": L(CT_HOME["voorstad"], COARSE),
                      "stad": L(CT_HOME["stad"], COARSE),
                      "poskode": L(CT_HOME["poskode"], COARSE), "land": L("ZA", COARSE)},
            "id_nommer": L(PASSPORT, NATID), "id_tipe": "paspoort",
            "telefoon": L(CT_PHONE_LOCAL, TEL)}),
        case(f, f"{a}/v2/gebiede/soek", headers=_h(rng, **b), query={
            "lat": L(f"{CT_HOME_AT[0]:.4f}", PRECISE), "lon": L(f"{CT_HOME_AT[1]:.4f}", PRECISE)}),
        sched,
        case(f, f"{a}/v2/ek/gebiede", headers=_h(rng, **b), body={
            "gebiede": [{"naam": L(AREA, COARSE), "tuis": True},
                        {"naam": "Foreshore (15)", "tuis": False}],
            "kennisgewing_minute": 30}),
        case(f, f"{a}/v2/meters", headers=_h(rng, **b), body={
            "meter_nommer": L(METER, UID), "munisipaliteit": "Stad Kaapstad",
            "tarief": "Lifeline", "bynaam": "Woonstel"}),
        case(f, f"{a}/v2/krag/koop", fmt="form", headers=_h(rng, **b), body={
            "meter_nommer": L(METER, UID), "bedrag": L("350.00", BUY),
            "betaalmetode": L(opaque(rng, "pm_", 24), PAY), "versoek": obj(rng, "req")}),
        case(f, f"{a}/v2/krag/kwitansie", headers=_h(rng, **b), query={
            "token": L(STS_TOKEN, BUY), "kwh": "118.4", "meter": L(METER, UID)}),
        case(f, f"{a}/v2/omsetter/koppel", headers=_h(rng, **b), body={
            "reeksnommer": INVERTER["serial"], "model": INVERTER["model"],
            "firmware": INVERTER["fw"], "dongle_ip": INVERTER["lan"],
            "dongle_mac": INVERTER["mac"], "wifi": {"ssid": L(SSID, WIFI),
                                                   "bssid": L(BSSID, WIFI),
                                                   "wagwoord": L("kloof-net-4471", CRED)}}),
        raw(f, f"{a}/v2/omsetter/hartklop", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/battery/log", gz=True, headers=_h(rng, **b), body={
            "reeksnommer": INVERTER["serial"], "rye": soc(rng, 12),
            "perseel": {"lat": hla, "lon": hlo}}),
        multipart(f, f"{a}/v2/onderbrekings", [
            ("foto", "transformator.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("verslag", None, "application/json", {
                "teks": L("Kragonderbreking sedert 14:00 buite die skedule, straatligte ook af",
                          TEXT), "lat": fix(CT_HOME_AT)[0], "lon": fix(CT_HOME_AT)[1],
                "verwysing": obj(rng, "ob")})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/huishouding/lede", headers=_h(rng, **b), body={
            "naam": L(PARTNER[0], NAMEC), "telefoon": L(PARTNER[1], TEL),
            "rol": "lid", "kennisgewings": True}),
        case(f, f"{a}/v2/sonkrag/kwotasie", fmt="form", headers=_h(rng, **b), body={
            "naam": L(f"{FIRST} {LAST}", NAMEC), "telefoon": L(NATIONAL, TEL),
            "straat": L(CT_HOME["straat"], ADDR), "poskode": L(CT_HOME["poskode"], COARSE),
            "maandelikse_rekening": "1450", "dak": "plat"}),
        case(f, f"{a}/v2/intekening/verifieer", headers=_h(rng, **b), body={
            "produk": L("krag_plus_jaarliks", BUY),
            "bestelling": L("GPA.3390-1182-5531-20418", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/terugvoer", headers=_h(rng, **b), body={
            "teks": L("Die app het my nie gewaarsku voor stadium 4 nie", TEXT), "gradering": 3,
            "weergawe": APP.ver}),
        case(f, f"{a}/v2/ek/wagwoord", headers=_h(rng, **b), body={
            "ou_wagwoord": L("Tafelberg!2291", CRED), "nuwe_wagwoord": L("Leeukop#7710", CRED)}),
        case(f, f"{a}/v2/toestelle", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "taal": L("af_ZA", DEV),
            "tydsone": L("Africa/Johannesburg", DEV)}),
        case(f, f"{a}/v2/gebeure", gz=True, headers=_h(rng, **b), body={
            "gebruiker": L(USER_ID, UID), "gebeure": [
                ev("skedule_bekyk", 1, gebied=L(AREA, COARSE)), ev("krag_gekoop", 2,
                                                                  bedrag=L(350.0, BUY)),
                ev("skerm", 3, skerm=L("BatteryDashboard", USAGE))]}),
        case(f, f"{a}/v2/geskiedenis", headers=_h(rng), query={"bladsy": "2"},
             cookies={"krag_sessie": L(opaque(rng, "", 44), CRED), "taal": "af"}),
    ]


def kragstroom_sdks() -> list[Case]:
    rng = random.Random(7302)
    return [
        gm_batch(APP, rng, [("Schedule Viewed", {"stage": 4}),
                            ("Token Bought", {"amount": L(350.0, BUY)})],
                 at=CT_HOME_AT, nd=2, locale="af_ZA"),
        gm_queue(APP, rng, [("Battery Low Alert", {"soc": 21}),
                            ("App Opened Offline", {"minutes_offline": 118})]),
        av_session(APP, rng, first=True),
        av_event(APP, rng, "af_purchase", {"product": "token"}, revenue=350.0, hashed=True),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        cl_crash(APP, rng, ("java.net.SocketTimeoutException", "inverter dongle timeout"),
                 [cl_crumb("navigation", "Home -> Battery"),
                  cl_crumb("http", "GET", {"url": f"http://{INVERTER['lan']}/status"})],
                 screen="BatteryActivity"),
        sg_eval(APP, rng, {"area_stage_alerts": True, "suburb": L("Tamboerskloof", COARSE)}),
        pm_register(APP, rng, at=CT_HOME_AT, nd=2, lang="af",
                    tags={"area": L(AREA, COARSE), "plan": "plus"}),
        as_save(APP, rng, {"analytics": True, "ads": False, "marketing": False}),
        pr_card(APP, rng),
        mk_reverse(APP, rng, CT_HOME_AT, PRECISE, nd=5),
    ]
