"""Reykjavik geothermal-pool and energy-bill app "Laugavarmi" (its API's keys are Icelandic in
ASCII: ``nafn``, ``eftirnafn``, ``simi``, ``heimilisfang``, ``gata``, ``baer``, ``postnumer``,
``faedingardagur``, ``lykilord``, ``kennitala``, ``netfang``). Sign-up with her kennitala and her
flat, a log-in, ``/notandi``, the energy account linked, bills listed by kennitala and fetched by
number in the path, a bill paid, a heat-meter photo, usage, a direct debit from her Icelandic
bank, a smart thermostat joined to the flat's Wi-Fi, an annual pool pass, a gate check-in at the
pool (msgpack), pools near her, the crowd, a swim logged, a guest pass for a friend, a message
about the bill, push, events, a Play subscription and the account by a cookie GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import (
    CITY,
    DOB,
    FIRST,
    LAST,
    LINE1,
    LINE2,
    STATE,
    ZIP,
    App,
    ev,
    opaque,
    play_token,
)
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families77_kit import (
    CUSTOMER,
    FRIEND_IS,
    INVOICE,
    IS_BANK,
    KT,
    KT_DASH,
    METER,
    POOL,
    POOL_CARD,
    RVK_AT,
    RVK_BSSID,
    RVK_SSID,
    fix,
    rvk_address,
)
from eval_families77_sdk import (
    bh_bid,
    hv_crash,
    hv_crumb,
    lt_identify,
    lt_track,
    sf_event,
    sf_session,
)
from eval_families77_svc import fg_eval, gf_card, hn_register, kf_search, sk_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("laugavarmi", "Laugavarmi", "com.example.laugavarmi", "4.2.1",
          "https://api.laugavarmi.example.com")
IID = "X-Taeki-Id"
PW = "Sundlaug-Hiti-58"
GATE_FIX = (64.142903, -21.922187)  # her phone at the pool's gate
AL = {"Accept-Language": L("en-US,en;q=0.9,is;q=0.6", DEV)}


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def laugavarmi() -> list[Case]:
    rng = random.Random(7711)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, netfang=L(EMAIL, MAIL), kennitala=L(KT, NATID),
                                    vidskiptanumer=L(CUSTOMER, UID)))}
    b = {"auth": "bearer"}
    gla, glo = fix(GATE_FIX, 6)
    pdf = case(f, f"{a}/v1/orka/reikningar/{INVOICE}/pdf", headers=_h(rng, **b))
    return [
        case(f, f"{a}/v1/nyskraning", headers=_h(rng, extra=AL), body={
            "nafn": L(FIRST, NAMEC), "eftirnafn": L(LAST, NAMEC), "netfang": L(EMAIL, MAIL),
            "simi": L(PHONE, TEL), "kennitala": L(KT_DASH, NATID),
            "faedingardagur": L("17.05.1991", BIRTH), "lykilord": L(PW, CRED),
            "heimilisfang": rvk_address(), "tungumal": L("en", DEV), "markpostur": False}),
        case(f, f"{a}/v1/innskraning", fmt="form", headers=_h(rng), body={
            "netfang": L(EMAIL.upper(), MAIL), "lykilord": L(PW, CRED),
            "taeki": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/notandi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/orka/tengja", headers=_h(rng, **b), body={
            "kennitala": L(KT, NATID), "vidskiptanumer": L(CUSTOMER, UID), "maelir": METER,
            "heimilisfang": rvk_address(), "rafraen_reikningur": True}),
        case(f, f"{a}/v1/orka/reikningar", headers=_h(rng, **b), query={
            "kennitala": L(KT, NATID), "ar": "2025", "sida": "1"}),
        at_path(pdf, INVOICE, BUY),
        case(f, f"{a}/v1/orka/greidsla", fmt="form", headers=_h(rng, **b), body={
            "reikningur": L(INVOICE, BUY), "upphaed": L("18450", BUY), "gjaldmidill": "ISK",
            "greidslumati": L(opaque(rng, "pm_", 24), PAY), "beidni": opaque(rng, "", 16)}),
        multipart(f, f"{a}/v1/orka/maelaalestur", [
            ("mynd", "maelir.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("gogn", None, "application/json", {"maelir": METER, "stada_m3": 1184.6,
                                                "dags": "2026-01-10"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/orka/notkun", headers=_h(rng, **b), query={
            "timabil": "2025-12", "maelir": METER, "upplausn": "dagur"}),
        case(f, f"{a}/v1/orka/bein-skuldfaersla", fmt="form", headers=_h(rng, **b), body={
            "reikningsnumer": L(IS_BANK, PAY), "kennitala_greidanda": L(KT_DASH, NATID),
            "nafn_greidanda": L(NAME, NAMEC), "hamark": "40000"}),
        case(f, f"{a}/v1/orka/flutningur", headers=_h(rng, **b), body={
            "kennitala": L(KT, NATID), "fradags": "2026-03-15", "lokaaflestur": True,
            "nytt_heimilisfang": {"gata": L(LINE1, ADDR), "ibud": L(LINE2, ADDR),
                                  "baer": L(CITY, COARSE), "fylki": L(STATE, COARSE),
                                  "postnumer": L(ZIP, COARSE), "land": L("US", COARSE)}}),
        case(f, f"{a}/v1/hitastyring/tengja", headers=_h(rng, **b), body={
            "stillir": "HS-TRV-99120447", "ssid": L(RVK_SSID, WIFI), "bssid": L(RVK_BSSID, WIFI),
            "wifi_lykilord": L("Lundi-Hverfis-77", CRED), "herbergi": "stofa", "hiti": 21.5}),
        case(f, f"{a}/v1/laugar/kort", headers=_h(rng, **b), body={
            "kort": L("arskort_fullordnir", BUY), "verd": L(42500, BUY), "gjaldmidill": "ISK",
            "handhafi": {"nafn": L(NAME, NAMEC), "faedingardagur": L(DOB, BIRTH)}}),
        case(f, f"{a}/v1/laugar/innritun", fmt="msgpack", headers=_h(rng, **b), body={
            "kort": L(POOL_CARD, UID), "laug": POOL["id"], "hlid": "inngangur-2",
            "stadsetning": {"lat": gla, "lon": glo, "nakvaemni": 7},
            "laug_punktur": [POOL["lat"], POOL["lon"]], "ts": 1768411200}),
        case(f, f"{a}/v1/laugar/naerri", headers=_h(rng, **b), query={
            "lat": L(f"{RVK_AT[0]:.3f}", PRECISE), "lon": L(f"{RVK_AT[1]:.3f}", PRECISE),
            "radius_km": "5"}),
        case(f, f"{a}/v1/laugar/{POOL['id']}/fjoldi", headers=_h(rng, how="nodash", **b)),
        case(f, f"{a}/v1/laugar/sundferdir", headers=_h(rng, **b), body={
            "laug": POOL["id"], "metrar": L(1200, FIT), "minutur": L(38, FIT),
            "hjartslattur_medal": L(131, FIT), "pottar": ["heitur_40", "kaldur_4"]}),
        case(f, f"{a}/v1/laugar/gestakort", headers=_h(rng, **b), body={
            "gestur": {"nafn": L(FRIEND_IS[0], NAMEC), "simi": L(FRIEND_IS[1], TEL)},
            "gildir": "2026-01-17", "verd": L(1290, BUY), "laug": POOL["id"]}),
        case(f, f"{a}/v1/skilabod", headers=_h(rng, **b), body={
            "efni": "reikningur", "vidskiptanumer": L(CUSTOMER, UID),
            "texti": L("The November bill is double October's. I live alone at Hverfisgata 52, "
                       "íbúð 301 and was at sea for two weeks of it.", f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/tilkynningar/taeki", headers=_h(rng, **b), body={
            "tokn": L(push_token(rng), DID), "taeki": L(INSTALL_ID, DID),
            "gerd": L("Pixel 8", DEV), "styrikerfi": L("Android 14", DEV),
            "tungumal": L("en_US", DEV), "timabelti": L("Atlantic/Reykjavik", DEV)}),
        case(f, f"{a}/v1/atburdir", gz=True, headers=_h(rng, **b), body={
            "notandi": L(USER_ID, UID), "atburdir": [
                ev("pool_checkin", 1, laug=POOL["id"]), ev("bill_paid", 2, upphaed=L(18450, BUY)),
                ev("screen", 3, skjar=L("Reikningar", USAGE))]}),
        case(f, f"{a}/v1/askrift/stadfesta", headers=_h(rng, **b), body={
            "vara": L("laugavarmi_plus_month", BUY), "pontun": L("GPA.3390-1174-2280-51193", BUY),
            "tokn": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/laugar/hitastig", headers=_h(rng, how="upper")),
        case(f, f"{a}/v1/adgangur/stada", headers=_h(rng, how="none"),
             cookies={"lv_seta": L(opaque(rng, "", 44), CRED),
                      "lv_taeki": L(INSTALL_ID.upper(), DID)}),
    ]


def laugavarmi_sdks() -> list[Case]:
    rng = random.Random(7712)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}}
    return [
        lt_track(APP, rng, [("Pool Checked In", {"pool": POOL["id"]}),
                            ("Bill Viewed", {"month": "2025-11"})], at=RVK_AT, nd=2),
        lt_identify(APP, rng, {"email": L(EMAIL, MAIL), "name": L(NAME, NAMEC),
                               "postnumer": L("101", COARSE), "pass": L("arskort", BUY)}),
        sf_session(APP, rng, first=True),
        sf_event(APP, rng, "pool_pass_purchase", {"pass": "arskort"}, revenue=42500.0,
                 currency="ISK", hashed=True),
        bh_bid(APP, rng, banner, at=RVK_AT, nd=3),
        hv_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout"),
                 [hv_crumb("navigation", "Heim -> Reikningar"),
                  hv_crumb("request", "GET", {"path": "/v1/orka/notkun", "status": 504})],
                 screen="BillsActivity"),
        fg_eval(APP, rng, {"postnumer": L("101", COARSE), "plus": True}),
        hn_register(APP, rng, tags={"laug": POOL["id"], "postnumer": L("101", COARSE)}),
        sk_save(APP, rng, {"analytics": True, "ads": False, "personalisation": True}),
        gf_card(APP, rng, postal=L(ZIP, COARSE)),
        kf_search(APP, rng, "Hverfisgata 52", ADDR, near=RVK_AT, nd=3),
    ]
