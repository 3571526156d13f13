"""A cenote cooperative's ticket and swim app "Tsonoot Kaaj" (an ejido cooperative runs a cenote
near Valladolid; maaya t'aan keys in ASCII, apostrophes and accents dropped as local developers
write them: ``yaax_kaaba`` first name, ``tsook_kaaba`` surname, ``kaaba`` name, ``koreo`` e-mail
(loan), ``telefono`` phone (loan), ``taakab_taan`` password (coinage, "hidden word"),
``kiinil_siijil`` birth date, ``xiib_koolel`` sex (coinage, "man-woman"; ``koolel`` woman),
``kaaj`` town, ``luumil`` state, ``boleto`` ticket (loan), ``kaat`` order, ``maaxoob`` who (the
party), ``jaab`` years (age), ``tojol`` price, ``taakin`` money/amount, ``bool`` payment,
``tsook_kantul`` last four, ``toj_oolal`` health, ``yaan_u_paal`` pregnant, ``puksikal`` heart,
``tsaak`` medicine, ``chaleko`` life vest (loan), ``aalil`` weight, ``chowakil`` height, ``suum``
rope (the rappel), ``kuchul`` arrive (check-in), ``tuux_yaan`` where she is, ``oochel`` photo,
``tsiib`` writing/caption, ``saat`` lost, ``tuukul`` opinion (review), ``kaxan`` search,
``tsikbal`` chat/message, ``nuukul`` device, ``beetil`` doings (events, coinage), ``teen`` me,
``jookol`` leave (log-out)). Sign-up, log-in, ``/teen``, tickets for the three of them with her
resident card for the locals' price, the payment, a health waiver, life vests by weight, the
rappel, a check-in, a protobuf turnstile scan, lockers and snacks (msgpack), the palapa's Wi-Fi,
a photo, a lost item, a review, a search, a message about her mother-in-law's wheelchair, the
receipt by order number in the path, a session cookie GET, push, events and a log-out. New kind:
no earlier set has a cenote (swim-lesson apps in sets 113 and 148 are schools, not a
cooperative's entry tickets and waiver)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, EMAIL_UPPER, JPEG, multipart, pb, push_token
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families194_kit import (
    BIRTH,
    BUY,
    CENOTE,
    CENOTE_FIX,
    COARSE,
    CRED,
    DAUGHTER,
    DEV,
    DID,
    FIT,
    GENDER,
    HOME_AT,
    HUSBAND,
    MAIL,
    MED,
    MEDIA,
    MOTHER_IL,
    NAMEC,
    NID,
    PAY,
    PRECISE,
    RESIDENT_CARD,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    fix,
    hd,
    obj,
    push,
)
from eval_families194_sdk import (
    bk_bid,
    bk_notice,
    cc_crash,
    cc_crumb,
    mk_batch,
    mk_identify,
    tu_event,
    tu_launch,
)
from eval_families194_svc import mx_reverse, mx_route, ps_register, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tsonoot", "Tsonoot Kaaj", "com.example.tsonootkaaj", "1.8.2",
          "https://api.tsonootkaaj.example.com")
IID = "X-Nuukul-Id"
PW = "Sacuayum#2026"
ORDER = "TK-260118-0442"  # the family's ticket order (financial.purchase)
SSID, BSSID = "Palapa-Cenote-Libre", "d8:07:b6:3e:11:9a"  # the palapa's Wi-Fi (joined: wifi)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def tsonoot() -> list[Case]:
    rng = random.Random(19411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, koreo=L(EMAIL, MAIL), telefono=L(E164, TEL)))}
    cla, clo = fix(CENOTE_FIX)
    lab: dict[str, str] = {}
    gate = pb([(1, L(ORDER, BUY)), (2, CENOTE["id"]), (3, 1768748400),
               (4, [(1, L(CENOTE_FIX[0], PRECISE)), (2, L(CENOTE_FIX[1], PRECISE))]),
               (5, L(66, DEV)), (6, "torniquete_2")], "", lab)
    receipt = at_path(case(f, f"{a}/v1/kaat/{ORDER}/recibo", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/tsiibtal", headers=_h(rng), body={
            "yaax_kaaba": L(FIRST, NAMEC), "tsook_kaaba": L(LAST, NAMEC),
            "koreo": L(EMAIL, MAIL), "telefono": L(E164, TEL), "taakab_taan": L(PW, CRED),
            "kiinil_siijil": L(DOB, BIRTH), "xiib_koolel": L("koolel", GENDER),
            "kaaj": L("Merida", COARSE), "luumil": L("Yucatan", COARSE), "boletin": False}),
        case(f, f"{a}/v1/ookol", fmt="form", headers=_h(rng), body={
            "koreo": L(EMAIL_UPPER, MAIL), "taakab_taan": L(PW, CRED), "kaajal": "1"}),
        case(f, f"{a}/v1/teen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tsonootoob", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "180", "luumil": "Yucatan"}),
        case(f, f"{a}/v1/tsonootoob/{CENOTE['id']}/kiin", headers=_h(rng, **b),
             query={"kiin": "2026-01-18", "maaxoob": "3"}),
        case(f, f"{a}/v1/boleto", headers=_h(rng, **b), body={
            "tsonoot": CENOTE["id"], "kiin": "2026-01-18", "ora": "10:30", "kaat": L(ORDER, BUY),
            "maaxoob": [{"kaaba": L(f"{FIRST} {LAST}", NAMEC), "jaab": L(34, BIRTH)},
                        {"kaaba": L(HUSBAND[0], NAMEC), "jaab": L(38, BIRTH)},
                        {"kaaba": L(KID, NAMEC), "jaab": L(8, BIRTH)}],
            "u_kaajil_yucatan": {"tarjeta_residente": L(RESIDENT_CARD, NID),
                                 "kaaj": L("Merida", COARSE)},
            "tojol": L(450, BUY), "moneda": "MXN"}),
        case(f, f"{a}/v1/bool", fmt="form", headers=_h(rng, **b), body={
            "kaat": L(ORDER, BUY), "taakin": L("450.00", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "tsook_kantul": L("4444", PAY)}),
        case(f, f"{a}/v1/toj_oolal", headers=_h(rng, **b), body={
            "kaat": ORDER, "yaan_u_paal": L(False, MED), "puksikal": L(False, MED),
            "epilepsia": L(False, MED), "tsaak": [L("salbutamol inhalador", MED)],
            "u_paajtal_u_baab": {"teen": True, "paal": False},
            "firma": L(f"{FIRST} {LAST}", NAMEC), "kiin": "2026-01-18"}),
        case(f, f"{a}/v1/chaleko", headers=_h(rng, **b), body={
            "kaat": L(ORDER, BUY), "chalekoob": [
                {"nojochil": "M", "aalil": L(61, FIT)}, {"nojochil": "L", "aalil": L(82, FIT)},
                {"nojochil": "NINO", "aalil": L(26, FIT)}], "tojol": L(90, BUY)}),
        case(f, f"{a}/v1/suum", headers=_h(rng, **b), body={
            "kaat": L(ORDER, BUY), "maak": L(USER_ID, UID), "aalil": L(61, FIT),
            "chowakil": L(168, FIT), "ora": "11:30", "tojol": L(250, BUY),
            "tsaak": L("asma leve, lleva inhalador", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/kuchul", headers=_h(rng, **b), body={
            "kaat": L(ORDER, BUY), "tuux_yaan": {"lat": cla, "lon": clo, "sizuste": 9},
            "tsonoot": {"id": CENOTE["id"], "lat": CENOTE["lat"], "lon": CENOTE["lon"]},
            "kuchul_id": obj(rng, "ku")}),
        raw(f, f"{a}/v1/torniquete", gate, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/locker", fmt="msgpack", headers=_h(rng, **b), body={
            "kaat": L(ORDER, BUY), "locker": "B-17",
            "janal": [{"baal": "marquesita", "ya": 2, "tojol": 35},
                      {"baal": "agua de chaya", "ya": 3, "tojol": 25}],
            "taakin": L(145, BUY), "maak": L(USER_ID, UID)}),
        case(f, f"{a}/v1/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L("10.4.0.37", DEV),
            "kaat": L(ORDER, BUY), "minutos": 60}),
        multipart(f, f"{a}/v1/oochel", [
            ("oochel", "tsonoot_familia.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"kaat": L(ORDER, BUY), "publico": False,
                                                "tsiib": L("In laaktsil ich tsonoot", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/saat", [
            ("oochel", "lentes.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {
                "kaat": L(ORDER, BUY),
                "tsiib": L("Sa'at in lentes de natacion sak, tu escalera", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tuukul", fmt="form", headers=_h(rng, **b), body={
            "tsonoot": CENOTE["id"], "estrellas": "5",
            "tsiib": L("Ja' jach sak, le aj kanan ja' jach uts yeetel in xchuupal.", TEXT)}),
        case(f, f"{a}/v1/kaxan", headers=_h(rng, **b), query={
            "kaxan": L("tsonoot yaan escalera yeetel sombra", SEARCH), "paginas": "1"}),
        case(f, f"{a}/v1/tsikbal", headers=_h(rng, **b), body={
            "tsonoot": CENOTE["id"], "kaat": ORDER,
            "tsiib": L(f"Ku k'uchul in suegra {MOTHER_IL[0]} yeetel silla de ruedas, "
                       "yaan rampa wa?", f"{TEXT}|{NAMEC}|{MED}|{SENS}")}),
        receipt,
        case(f, f"{a}/v1/in_boletos", headers=_h(rng, how="none"), cookies={
            "tk_sesion": L(opaque(rng, "", 40), CRED), "tk_nuukul": L(INSTALL_ID, DID),
            "tk_req": rid(rng)}),
        case(f, f"{a}/v1/nuukul", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/beetil", gz=True, headers=_h(rng, **b), body={
            "maak": L(USER_ID, UID), "beetil": [
                ev("boleto_manaan", 1, tojol=L(450, BUY)), ev("kuchul", 2),
                ev("pantalla", 3, pantalla=L("InBoletos", USAGE))]}),
        case(f, f"{a}/v1/jookol", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "nuukul": L(INSTALL_ID, DID)}),
    ]


def tsonoot_sdks() -> list[Case]:
    rng = random.Random(19412)
    return [
        mk_batch(APP, rng, [("Tickets Bought", {"cenote": CENOTE["id"], "total": L(450, BUY)}),
                            ("Checked In", {"cenote": CENOTE["id"]})],
                 at=CENOTE_FIX, nd=2, locale="es_MX"),
        mk_identify(APP, rng, {"kaaj": L("Merida", COARSE), "paalal": 1, "residente": True}),
        tu_launch(APP, rng, first=True),
        tu_event(APP, rng, "purchase", {"kaat": L(ORDER, BUY)}, revenue=450.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CENOTE_FIX, nd=3,
               keywords="cenote,swim,valladolid"),
        bk_notice(APP, rng, "win"),
        cc_crash(APP, rng, ("java.lang.IllegalStateException", "qr camera released"),
                 [cc_crumb("nav", "InBoletos -> Torniquete"),
                  cc_crumb("net", "POST", {"url": f"{APP.api}/v1/kuchul", "status": 201})],
                 screen="TorniqueteActivity"),
        ps_register(APP, rng, lang="es", at=HOME_AT, nd=2, tags={"tsonoot": CENOTE["id"]}),
        py_card(APP, rng),
        py_confirm(APP, rng, "450.00"),
        mx_route(APP, rng, [(HOME_AT, PRECISE), ((CENOTE["lat"], CENOTE["lon"]), None)]),
        mx_reverse(APP, rng, CENOTE_FIX, PRECISE, nd=5),
    ]
