"""A home swimming-pool maintenance service's app "Letamo" (weekly technician visits to their Bendor
house, chemicals, a pump controller on the home Wi-Fi; set 239's public pool lap-swim app and set
194's air-conditioning service are other kinds). Its API's keys are Sepedi in ASCII:
``moreki`` customer, ``leina_ka_botlalo`` full name, ``imeile`` e-mail, ``nomoro_ya_mogala``
phone number, ``sephiri`` password, ``aterese_ya_gae`` home address, ``setarata`` street,
``selete`` suburb, ``toropo`` town, ``khoutu_ya_poso`` post code, ``khoutu`` code, ``letamo``
pool, ``bogolo_litara`` volume, ``mohuta`` type, ``ntsa`` dog, ``phakeje`` package, ``peeletso``
booking, ``letsatsi`` day, ``palo_ka_kgwedi`` monthly amount, ``mong_wa_akhaonto`` account
holder, ``nomoro_ya_akhaonto`` account number, ``kgoro`` gate, ``khoutu_ya_kgoro`` gate code,
``mothusi`` technician, ``pompo`` pump, ``dipalo`` readings, ``pego`` report, ``tlhaloso``
description, ``ketelo`` visit, ``dinaledi`` stars, ``maikutlo`` remarks, ``sekoloto`` invoice,
``odara`` order, ``ngongorego`` complaint, ``baeng`` guests, ``nyaka`` search. Sign-up, an SMS
code, ``/nna``, the pool profile with the house's point, packages in her suburb, a weekly plan,
a debit order, the gate code and dog note for the technician, the pump controller joining the
home Wi-Fi, controller readings (gzip), a green-pool photo, a visit rating, the invoice by number
in the path, a chemical order, a complaint, the technician's arrival near her house, a house-sitter
(her sister), preferences in a base64 JSON cookie, a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
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
from eval_families24_kit import claims
from eval_families248_kit import (
    CONTROLLER,
    CUSTOMER,
    HOME,
    HOME_AT,
    INVOICE,
    SISTER_US,
    ZA_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families248_sdk import bm_batch, bn_bid, bn_notice, ct_crash, ct_crumb, tk_launch
from eval_families248_svc import (
    cp_check,
    fp_eval,
    hl_message,
    mt_reverse,
    pn_register,
    pt_card,
    pt_confirm,
)
from eval_payloads import BSSID, EMAIL, LOCAL_IP, NAME, SSID, USER_ID, Case, J, L, W, case

APP = App("letamo", "Letamo", "com.example.letamo", "5.0.3", "https://api.letamo.example.net")
IID = "X-Letamo-Install"
PW = "Bendor$Pool2026"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def letamo() -> list[Case]:
    rng = random.Random(24831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, moreki=L(CUSTOMER, UID), imeile=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT)
    visit = obj(rng, "vs")
    inv = at_path(case(f, f"{a}/api/v1/dikoloto/{INVOICE}", headers=_h(rng, **b)), INVOICE, BUY)
    return [
        case(f, f"{a}/api/v1/bareki", headers=_h(rng), body={
            "leina_ka_botlalo": L(f"{FIRST} {LAST}", NAMEC), "imeile": L(EMAIL, MAIL),
            "nomoro_ya_mogala": L(E164, TEL), "sephiri": L(PW, CRED),
            "aterese_ya_gae": {"setarata": L(HOME["line"], ADDR),
                               "selete": L(HOME["area"], COARSE),
                               "toropo": L(HOME["town"], COARSE),
                               "khoutu_ya_poso": L(HOME["post"], COARSE)},
            "moreki": L(CUSTOMER, UID)}),
        case(f, f"{a}/api/v1/otp", fmt="form", headers=_h(rng), body={
            "nomoro_ya_mogala": L(E164, TEL), "khoutu": L("504118", CRED)}),
        case(f, f"{a}/api/v1/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/letamo", headers=_h(rng, **b), body={
            "moreki": L(CUSTOMER, UID), "bogolo_litara": 48000, "mohuta": "fibreglass",
            "lefelo": {"lat": hla, "lng": hlo}, "ntsa": True, "sekhurumetso": False}),
        case(f, f"{a}/api/v1/diphakeje", headers=_h(rng, **b), query={
            "selete": L(HOME["area"], COARSE), "bogolo": "48000"}),
        case(f, f"{a}/api/v1/peeletso", headers=_h(rng, **b), body={
            "moreki": L(CUSTOMER, UID), "phakeje": "beke_le_beke", "letsatsi": "Labobedi",
            "palo_ka_kgwedi": L(650, BUY), "go_thoma": "2026-02-03"}),
        case(f, f"{a}/api/v1/debit_order", fmt="form", headers=_h(rng, **b), body={
            "mong_wa_akhaonto": L(NAME, NAMEC), "panka": "Example Bank SA",
            "nomoro_ya_akhaonto": L(ZA_ACCOUNT, PAY), "mohuta": "cheque",
            "khoutu_ya_lekala": "250655", "letsatsi_la_go_goga": "1"}),
        case(f, f"{a}/api/v1/kgoro", headers=_h(rng, **b), body={
            "moreki": L(CUSTOMER, UID), "khoutu_ya_kgoro": L("7731#", CRED),
            "ntsa": L("Ntša e tlemilwe ka morago ga ntlo, o se bule kgoro e nnyane", TEXT),
            "mothusi": "tech_0412"}),
        case(f, f"{a}/api/v1/pompo/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "serial": CONTROLLER["serial"], "firmware": CONTROLLER["fw"]}),
        case(f, f"{a}/api/v1/pompo/dipalo", gz=True, headers=_h(rng, **b), body={
            "moreki": L(CUSTOMER, UID), "serial": CONTROLLER["serial"],
            "dipalo": [{"t": 1772400000 + 900 * i, "pH": round(7.4 + 0.05 * i, 2),
                        "orp_mv": 690 - 5 * i, "phiso_c": 26.5, "lebelo_l_min": 210}
                       for i in range(3)]}),
        multipart(f, f"{a}/api/v1/dipego", [
            ("seswantsho", "letamo_le_letala.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "moreki": L(CUSTOMER, UID),
                "tlhaloso": L("Meetse a fetogile a matala morago ga pula ya maabane", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/maeto/{visit}/tiiso", headers=_h(rng, **b), body={
            "dinaledi": 4,
            "maikutlo": L("O lebetše go tswalela kgoro e nnyane ge a tšwa", TEXT)}),
        inv,
        case(f, f"{a}/api/v1/odara", headers=_h(rng, **b), body={
            "moreki": L(CUSTOMER, UID), "dilo": [{"sku": "chl-5kg", "bontsi": 1, "theko": 389},
                                                {"sku": "ph-minus-2l", "bontsi": 1, "theko": 145}],
            "palo": L(534, BUY), "go_romela": "ketelo_ye_e_latelago"}),
        case(f, f"{a}/api/v1/ngongorego", headers=_h(rng, **b), body={
            "moreki": L(CUSTOMER, UID),
            "ngongorego": L("Mothusi ga se a tla ka Labobedi eupša ke lefile R650", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/v1/mothusi/lefelo", headers=_h(rng, **b), query={
            "ketelo": visit, "lat": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "lng": L(f"{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/api/v1/baeng", headers=_h(rng, **b), body={
            "moreki": L(CUSTOMER, UID),
            "moeng": {"leina": L(SISTER_US[0], NAMEC), "mogala": L(SISTER_US[1], TEL)},
            "go_tloga": "2026-04-02", "go_boa": "2026-04-20",
            "tlhaloso": L("Re tla be re le Amerika, kgaetšedi ya ka o tla hlokomela ntlo", TEXT)}),
        case(f, f"{a}/api/v1/dikgetho", headers=_h(rng, **b), cookies={
            "lt_sess": L(opaque(rng, "", 40), CRED),
            "lt_prefs": W({"moreki": L(CUSTOMER, UID), "polelo": L("nso", DEV),
                           "ditsebiso": "sms"}, "b64json")}),
        case(f, f"{a}/api/v1/nyaka", headers=_h(rng, **b), query={
            "q": L("roboto ya go hlwekiša letamo", SEARCH)}),
        case(f, f"{a}/api/v1/sediriswa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/ditiragalo", headers=_h(rng, **b), body={
            "mosomisi": L(USER_ID, UID), "ditiragalo": [
                ev("ketelo_e_tiisitswe", 1), ev("sekirini", 2, sekirini=L("Dipalo", USAGE))]}),
    ]


def letamo_sdks() -> list[Case]:
    rng = random.Random(24832)
    return [
        bm_batch(APP, rng, [("Visit Rated", {"stars": 4}), ("Order Placed", {"total": L(534, BUY)})],
                 at=HOME_AT, nd=2),
        tk_launch(APP, rng),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="pool,garden,home"),
        bn_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "controller offline"),
                 [ct_crumb("nav", "Letamo -> Pompo")], screen="PompoActivity"),
        fp_eval(APP, rng, {"suburb": L(HOME["area"], COARSE), "controller": True}, hdr=True),
        pn_register(APP, rng, tags={"phakeje": "beke_le_beke"}),
        cp_check(APP, rng, {"analytics": True}),
        pt_card(APP, rng),
        pt_confirm(APP, rng, "534.00"),
        mt_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hl_message(APP, rng, L("Pompo ga e bontšhe dipalo go tloga maabane", TEXT),
                   {"moreki": L(CUSTOMER, UID)}),
    ]
