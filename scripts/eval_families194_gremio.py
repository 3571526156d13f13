"""A Valladolid fiesta guild's member app "Kiichpam Gremio" (the gremios of the Candelaria fiesta
each walk to the church on their own day with a banner and a ramillete; she joined her
mother-in-law's women's gremio; keys in maaya t'aan ASCII with church words in Spanish:
``gremio``, ``sosio`` member number (loan), ``xiimbal`` walk (the procession), ``kuj_naj``
church (lit. god-house), ``misa``, ``bautizo``, ``promesa`` vow, ``payalchi`` prayer,
``kiimen`` the departed, ``estandarte`` banner, ``ramillete``, ``bool`` dues/payment,
``fondo`` fund, ``janal`` food, ``ookot`` dance (the vaquería), ``laaktsil`` family,
``icham`` husband, ``paal`` child, ``kaaba`` name, ``koreo``, ``telefono``, ``taakab_taan``
password, ``kiinil_siijil`` birth date, ``otoch`` home, ``tuux_yaan`` where she is,
``tsikbal`` message, ``kaxan`` search, ``oochel`` photo, ``tsiib`` text, ``beetil`` events,
``teen`` me). Sign-up (baptism, parish, gremio), a log-in, ``/teen`` with her member number,
the member card, dues to the wax-and-flowers fund, her procession day as banner bearer, a
check-in at the church with her fix, a protobuf procession beat, her vow for her daughter's
recovery, a Mass for her late father-in-law, a prayer request for her mother-in-law's diabetes,
vaquería tickets (msgpack), the ramillete photo, the family registered (the daughter's CURP and
first communion), the novena, a rosary search, a message to the president, dues receipts by
member number in the path, statements by cookie, push, events and a log-out. Parish and fiesta
apps exist (sets 139's preste sponsor with band and dancers, 151's candles and commemorations);
a gremio's membership, dues and procession-day roster is not among them ("gremio" matched
nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, JPEG, multipart, pb, push_token
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families194_kit import (
    ADDR,
    BIRTH,
    BUY,
    CHURCH,
    CHURCH_FIX,
    COARSE,
    CRED,
    DAUGHTER,
    DID,
    HOME,
    HUSBAND,
    LATE_FIL,
    MAIL,
    MED,
    MEDIA,
    MIL_AT,
    MOTHER_IL,
    NAMEC,
    NID,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families194_sdk import bk_bid, cc_crash, cc_crumb, mk_batch, mk_queue, tu_launch, tu_link
from eval_families194_svc import cx_check, mx_route, ps_register, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kiichpam", "Kiichpam Gremio", "com.example.kiichpam", "1.4.0",
          "https://api.kiichpam.example.org")
IID = "X-Gremio-Nuukul"
PW = "Candelaria*Sisal2"
MEMBER = "GSS-VLL-0612"  # her gremio member number (id.user)
GREMIO = "Gremio de Senoras y Senoritas de la Candelaria"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def kiichpam() -> list[Case]:
    rng = random.Random(19451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sosio=L(MEMBER, UID), gremio=L(GREMIO, SENS)))}
    cla, clo = fix(CHURCH_FIX, 4)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, "xiimbal_2026_01_29"), (3, 1769702400),
               (4, [(1, L(20.690512, PRECISE)), (2, L(-88.203377, PRECISE))]),
               (5, [(1, L(20.691208, PRECISE)), (2, L(-88.201940, PRECISE))])], "", lab)
    rcpt = at_path(case(f, f"{a}/v1/sosio/{MEMBER}/recibos", headers=_h(rng, **b),
                        query={"jaab": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/tsiibtal", headers=_h(rng), body={
            "kaaba": L(f"{FIRST} {LAST}", NAMEC), "koreo": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "taakab_taan": L(PW, CRED), "kiinil_siijil": L(DOB, BIRTH),
            "bautizo": {"kiin": L("1991-08-11", SENS), "parroquia": L("St. Mary, Ohio", SENS)},
            "gremio": L(GREMIO, SENS), "parroquia": L("Candelaria, Valladolid", SENS),
            "otoch": L(HOME["line"], ADDR), "kaaj": L(HOME["town"], COARSE),
            "ku_tsaik_u_kaaba": L(MOTHER_IL[0], NAMEC)}),
        case(f, f"{a}/v1/ookol", fmt="form", headers=_h(rng), body={
            "telefono": L(E164, TEL), "taakab_taan": L(PW, CRED)}),
        case(f, f"{a}/v1/teen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/credencial", headers=_h(rng, **b), query={
            "sosio": L(MEMBER, UID), "formato": "qr"}),
        case(f, f"{a}/v1/bool", fmt="form", headers=_h(rng, **b), body={
            "sosio": L(MEMBER, UID), "fondo": L("cera y flores", SENS),
            "taakin": L("300.00", BUY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/xiimbal", headers=_h(rng, **b), body={
            "sosio": L(MEMBER, UID), "kiin": "2026-01-29", "ora": "17:00",
            "estandarte": L(True, SENS), "sale_de": "barrio Sisal", "kuj_naj": CHURCH["id"]}),
        case(f, f"{a}/v1/kuchul", headers=_h(rng, **b), body={
            "sosio": L(MEMBER, UID), "tuux_yaan": {"lat": cla, "lon": clo},
            "kuj_naj": {"id": CHURCH["id"], "lat": CHURCH["lat"], "lon": CHURCH["lon"]}}),
        raw(f, f"{a}/v1/xiimbal/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/promesa", headers=_h(rng, **b), body={
            "sosio": L(MEMBER, UID), "jaab": 3,
            "tsiib": L(f"Tin promesa in xiimbal yeetel le gremio tumen u toj oolal in paal {KID}, "
                       "operada tu apendice", f"{TEXT}|{SENS}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/misa", headers=_h(rng, **b), body={
            "misa": L("difuntos", SENS), "kiimen": [L(LATE_FIL, NAMEC)], "kiin": "2026-02-02",
            "tojol": L(150, BUY), "sosio": L(MEMBER, UID)}),
        case(f, f"{a}/v1/payalchi", headers=_h(rng, **b), body={
            "tsiib": L(f"Payalchi ti' in suegra {MOTHER_IL[0]}, yaan u azucar (diabetes)",
                       f"{TEXT}|{SENS}|{MED}|{NAMEC}"), "publico": False}),
        case(f, f"{a}/v1/ookot/boletos", fmt="msgpack", headers=_h(rng, **b), body={
            "vaqueria": "vq_2026", "ya": 3, "tojol": L(360, BUY), "kaat": L("VQ-88120", BUY),
            "sosio": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/oochel", [
            ("oochel", "ramillete.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"sosio": L(MEMBER, UID),
                                                "tsiib": L("U ramillete k gremio 2026", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/laaktsil", headers=_h(rng, **b), body={
            "sosio": L(MEMBER, UID),
            "icham": {"kaaba": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL)},
            "paal": {"kaaba": L(KID, NAMEC), "kiinil_siijil": L(DAUGHTER["dob"], BIRTH),
                     "curp": L(DAUGHTER["curp"], NID),
                     "primera_comunion": L(False, SENS)}}),
        case(f, f"{a}/v1/novena", headers=_h(rng, **b), query={
            "kuj_naj": CHURCH["id"], "jaab": "2026"}),
        case(f, f"{a}/v1/kaxan", headers=_h(rng, **b), query={
            "kaxan": L("rosario ich maaya t'aan", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/v1/tsikbal", headers=_h(rng, **b), body={
            "ti": "presidenta", "tsiib": L("Ko'ox in yeetel le ramillete, in telefono "
                                           "+1 555 010 0199", f"{TEXT}|{TEL}")}),
        rcpt,
        case(f, f"{a}/v1/estado_cuenta", headers=_h(rng, how="none"), cookies={
            "kg_sess": L(opaque(rng, "", 40), CRED), "kg_dev": L(INSTALL_ID, DID),
            "kg_req": rid(rng)}),
        case(f, f"{a}/v1/nuukul", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/beetil", gz=True, headers=_h(rng, **b), body={
            "maak": L(USER_ID, UID), "beetil": [
                ev("xiimbal_tsiibtaan", 1), ev("pantalla", 2, pantalla=L("Novena", USAGE))]}),
        case(f, f"{a}/v1/jookol", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "xiimbal": obj(rng, "xb")}),
    ]


def kiichpam_sdks() -> list[Case]:
    rng = random.Random(19452)
    link = U("https://kiichpam.example.org/g", {"sosio": L(MEMBER, UID), "ref": "whatsapp",
                                               "koreo": L(EMAIL, MAIL)})
    return [
        mk_batch(APP, rng, [("Procession Joined", {"gremio": L(GREMIO, SENS)}),
                            ("Dues Paid", {"amount": L(300, BUY)})], at=CHURCH_FIX, nd=2),
        mk_queue(APP, rng, [("Procession Beat", {"leg": 2}), ("Arrived Church", {})]),
        tu_launch(APP, rng, first=True),
        tu_link(APP, rng, link),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CHURCH_FIX, nd=3,
               keywords="fiesta,valladolid,vaqueria"),
        cc_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "roster page 3"),
                 [cc_crumb("nav", "Xiimbal -> Lista")], screen="XiimbalActivity"),
        ps_register(APP, rng, lang="es", tags={"gremio": L(GREMIO, SENS)}),
        cx_check(APP, rng, {"analytics": True, "ads": False}),
        py_card(APP, rng),
        py_confirm(APP, rng, "300.00"),
        mx_route(APP, rng, [(MIL_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="walking"),
    ]
