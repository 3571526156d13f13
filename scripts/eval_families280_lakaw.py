"""Iligan-Marawi van terminal seat-queue app "Lakawan" (its API's keys are Maranao, ASCII as a
local developer types them: ``ngaran`` first name, ``apelyido`` surname, ``selpon`` mobile,
``sekreto`` password, ``kiyambata`` birth date, ``walay`` house (street line), ``barangay``,
``syudad`` city, ``pasahero`` passenger, ``tiket`` ticket, ``ingkodan`` seat, ``arga`` price,
``bayad`` payment, ``lakaw`` trip, ``kaoman`` companions, ``omor`` age, ``padala`` parcel,
``tomarima`` receiver, ``latitud``/``longhitud``, ``bitoon`` rating, ``katharo`` remark,
``pangilay`` search, ``sulat`` message, ``karoma`` spouse, ``gamit`` device, ``basa``
language): sign-up with her ACR I-Card, log-in, ``/ako``, terminals near her house, the queue,
a seat for her and her son, the payment, the checkpoint manifest, a check-in in the queue, a
protobuf trip beat, a parcel for her mother-in-law (msgpack), points by cookie, a rating, a
search, a lost umbrella, the receipt by ticket number in the path, the e-wallet link (base64 JSON
in a form field), a message to the dispatcher, the emergency contact, push, events, log-out."""

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
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families280_kit import (
    ACR,
    CHECKPOINT,
    EWALLET,
    HOME,
    HOME_AT,
    HUSBAND,
    ILG_TERMINAL,
    MIL_LINE,
    MOTHER_IL,
    MRW_TERMINAL,
    PASSENGER,
    SON,
    TERMINAL_FIX,
    TICKET,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families280_sdk import (
    ct_crash,
    ct_crumb,
    gb_bid,
    gb_notice,
    ok_batch,
    ok_identify,
    sm_event,
    sm_launch,
    sm_link,
)
from eval_families280_svc import cp_card, cp_confirm, md_route, md_telemetry, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("lakawan", "Lakawan", "com.example.lakawan", "3.4.1", "https://api.lakawan.example.com")
IID = "X-Lakawan-Gamit"
PW = "Ranao!Pantar2025"
DOB_PH = "05/17/1991"
NID = "personal.national_id"
ROAD_FIX = (8.101845, 124.257312)  # her phone in the van on the national highway


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mrw=True, **kw)


def lakawan() -> list[Case]:
    rng = random.Random(28011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pasahero=L(PASSENGER, UID)))}
    tla, tlo = fix(TERMINAL_FIX)
    lab: dict[str, str] = {}
    van = obj(rng, "van")
    beat = pb([(1, L(PASSENGER, UID)), (2, van), (3, 1765340400),
               (4, [(1, L(round(ROAD_FIX[0], 5), PRECISE)), (2, L(round(ROAD_FIX[1], 5), PRECISE)),
                    (3, 62.0)]), (5, L(48, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/tiket/{TICKET}/resibo", headers=_h(rng, **b)),
                      TICKET, BUY)
    kid = f"{SON['first']} {SON['last']}"
    return [
        case(f, f"{a}/api/v1/pagrehistro", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "sekreto": L(PW, CRED), "kiyambata": L(DOB_PH, BIRTH),
            "walay": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "syudad": L(HOME["town"], COARSE),
            "ID": {"klase": "ACR I-Card", "numero": L(ACR, NID)},
            "pasahero": L(PASSENGER, UID), "kasogot_sa_kondisyon": True}),
        case(f, f"{a}/api/v1/sold", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sekreto": L(PW, CRED), "tanodan_ako": "1"}),
        case(f, f"{a}/api/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/terminal/marani", headers=_h(rng, **b), query={
            "latitud": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "longhitud": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "10"}),
        case(f, f"{a}/api/v1/ruta/ILG-MRW/pila", headers=_h(rng, **b), query={
            "terminal": ILG_TERMINAL["id"], "petsa": "2025-12-10", "oras": "06:00"}),
        case(f, f"{a}/api/v1/tiket", headers=_h(rng, **b), body={
            "ruta": "ILG-MRW", "terminal": ILG_TERMINAL["id"], "bay": ILG_TERMINAL["bay"],
            "tiket": L(TICKET, BUY), "ingkodan": ["3A", "3B"], "arga": L(300, BUY),
            "pasahero": L(PASSENGER, UID),
            "kaoman": [{"ngaran": L(kid, NAMEC), "omor": L(9, BIRTH), "estudyante": True}],
            "bagahe": 2}),
        case(f, f"{a}/api/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "arga": L("300.00", BUY), "pirak": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ulihan_a_4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/manifesto", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "checkpoint": CHECKPOINT["id"], "plaka": "MAA-4418",
            "pasahero": [{"ngaran": L(f"{FIRST} {LAST}", NAMEC), "ID": L(ACR, NID),
                          "omor": L(34, BIRTH)},
                         {"ngaran": L(kid, NAMEC), "omor": L(9, BIRTH)}],
            "dorowan": L("Marawi City", COARSE),
            "katuyuan": L("Makatalingoma sa ina o karoma ko", TEXT)}),
        case(f, f"{a}/api/v1/pila/sold", headers=_h(rng, **b), body={
            "tiket": L(TICKET, BUY), "lugar": {"latitud": tla, "longhitud": tlo, "katepatan": 9},
            "terminal": {"latitud": ILG_TERMINAL["lat"], "longhitud": ILG_TERMINAL["lon"]},
            "numero_sa_pila": 14}),
        raw(f, f"{a}/api/v1/lakaw/{van}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/padala", fmt="msgpack", headers=_h(rng, **b), body={
            "pasahero": L(PASSENGER, UID),
            "tomarima": {"ngaran": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL),
                         "walay": L(MIL_LINE, ADDR)},
            "laman": "bogas 25kg", "kabugat_kg": 25, "arga": L(80, BUY),
            "terminal_a_kaawid": MRW_TERMINAL["id"]}),
        case(f, f"{a}/api/v1/lakaw/history", headers=_h(rng, **b), query={
            "pasahero": L(PASSENGER, UID), "bulan": "2025-11"}),
        case(f, f"{a}/api/v1/puntos", headers=_h(rng, how="none"), cookies={
            "lk_sesyon": L(opaque(rng, "", 40), CRED), "lk_gamit": L(INSTALL_ID, DID),
            "lk_req": rid(rng)}),
        case(f, f"{a}/api/v1/bitoon", fmt="form", headers=_h(rng, **b), body={
            "tiket": TICKET, "drayber": "drv_0417", "bitoon": "4",
            "katharo": L("Mapipia so drayber, ogaid na da kiyabaloy so aircon sa Pantar.", TEXT)}),
        case(f, f"{a}/api/v1/pangilay", headers=_h(rng, **b), query={
            "pangilay": L("van pagtalingoma Marawi alas 6 kapita", SEARCH), "pahina": "1"}),
        multipart(f, f"{a}/api/v1/miyadadag", [
            ("litrato", "payong.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("meta", None, "application/json", {
                "tiket": L(TICKET, BUY),
                "sulat": L("Miyadadag so payong ko a maya sa ingkodan 3B", TEXT)})],
            headers=_h(rng, **b)),
        receipt,
        case(f, f"{a}/api/v1/pitaka/ikonekta", fmt="form", headers=_h(rng, **b), body={
            "data": W({"pasahero": L(PASSENGER, UID), "ewallet": L(EWALLET, TEL),
                       "kiyambata": L(DOB_PH, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/sulat", headers=_h(rng, **b), body={
            "to": "dispatch_mrw",
            "sulat": L(f"Si {HUSBAND[0]} i kowa ko padala sa Bangolo, {HUSBAND[1]} so selpon "
                       "iyan", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/emergency", headers=_h(rng, **b), body={
            "karoma": {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
            "pasahero": L(PASSENGER, UID)}),
        case(f, f"{a}/api/v1/gamit", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "gamit_id": L(INSTALL_ID, DID),
            "basa": L("mrw", DEV), "oras_zona": L(TZ, DEV), "modelo": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/mga_kapangyari", gz=True, headers=_h(rng, **b), body={
            "taw": L(USER_ID, UID), "kapangyari": [
                ev("tiket_biniling", 1, ruta="ILG-MRW"), ev("bayad", 2, arga=L(300, BUY)),
                ev("screen", 3, screen=L("PilaLive", USAGE))]}),
        case(f, f"{a}/api/v1/liyo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID)}),
    ]


def lakawan_sdks() -> list[Case]:
    rng = random.Random(28012)
    mrw = (MRW_TERMINAL["lat"], MRW_TERMINAL["lon"])
    return [
        ok_batch(APP, rng, [("Seat Booked", {"route": "ILG-MRW", "total": L(300, BUY)}),
                            ("Queue Joined", {"terminal": ILG_TERMINAL["id"]})],
                 at=TERMINAL_FIX, nd=2, locale="mrw_PH"),
        ok_identify(APP, rng, {"syudad": L("Iligan City", COARSE),
                               "pasahero": L(PASSENGER, UID), "puntos": 120}),
        sm_launch(APP, rng, first=True),
        sm_link(APP, rng, U("https://lakawan.example.com/t", {"tiket": L(TICKET, BUY),
                                                              "ref": "sms",
                                                              "selpon": L(E164, TEL)})),
        sm_event(APP, rng, "purchase", {"tiket": L(TICKET, BUY)}, revenue=300.0, currency="PHP",
                 hashed=True),
        gb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TERMINAL_FIX, nd=3,
               keywords="travel,van,marawi"),
        gb_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "queue socket closed"),
                 [ct_crumb("nav", "Pila -> PilaLive"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/pila/sold", "status": 201})],
                 screen="PilaLiveActivity"),
        pl_register(APP, rng, lang="mrw", at=HOME_AT, nd=2,
                    tags={"ruta": "ILG-MRW", "syudad": L("Iligan City", COARSE)}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "300.00"),
        md_route(APP, rng, [(TERMINAL_FIX, PRECISE), ((CHECKPOINT["lat"], CHECKPOINT["lon"]), None),
                            (mrw, None)]),
        md_telemetry(APP, rng, [ROAD_FIX, (8.0721, 124.2649)], PRECISE),
    ]
