"""Grand Harbour dghajsa water-taxi booking app "Qaddiefa" (its API's keys are Maltese:
``isem`` first name, ``kunjom`` surname, ``posta_elettronika`` e-mail, ``numru_tat_telefon``
phone number, ``kelma_sigrieta`` password, ``data_tat_twelid`` birth date, ``indirizz``
address, ``lokalita`` locality, ``karta_tal_identita`` identity card number, ``ir_ragel`` the
husband, ``it_tifel`` the son, ``eta`` age; also ``passiggieri`` passengers, ``mnejn`` from,
``fejn`` to, ``prezz`` price, ``hlas`` payment, ``kumment`` comment, ``tfittxija`` search,
``ritratt`` photo, ``ircevuta`` receipt, ``numru_tal_vjagg`` trip number, ``post`` place,
``latitudni``/``lonġitudni`` written ``latitudni``/``longitudni``, ``lingwa`` language,
``zona_tal_hin`` time zone, ``barklor`` boatman, ``hin`` time, ``kodici`` code): sign-up,
log-in with an SMS code, ``/jien``, landings near her, a booking with her family, the payment,
the boat's live position, a pick-up check-in, a trip's receipt by number in the path, a rating, a
search, a season card (base64 JSON in a form field), a lost item report with a photo, a group
booking for her sister's visit, offline trips (msgpack), push, events and a log-out. Set 85 had a
Valletta ferry-and-bus card with Maltese keys; this is a private boatmen's booking app with its
own vocabulary."""

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
    GENDER,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families144_kit import (
    BIRGU_FIX,
    BIRGU_LANDING,
    BOATMAN,
    ERES_CARD,
    HOME,
    HOME_AT,
    HUSBAND,
    LANDING,
    LIFT_FIX,
    SISTER_US,
    SON,
    TRIP,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families144_sdk import (
    bk_bid,
    bk_notice,
    cf_crash,
    cf_crumb,
    sl_batch,
    sl_pixel,
    tg_event,
    tg_launch,
)
from eval_families144_svc import cb_save, cz_card, mg_reverse, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("qaddiefa", "Qaddiefa", "com.example.qaddiefa", "2.9.1",
          "https://api.qaddiefa.example.com")
IID = "X-Qaddiefa-Apparat"
PW = "Dghajsa#Merkanti41"
DOB_MT = "17/05/1991"
NATID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mt=True, **kw)


def qaddiefa() -> list[Case]:
    rng = random.Random(14401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta_elettronika=L(EMAIL, MAIL),
                                    karta=L(ERES_CARD, NATID)))}
    lla, llo = fix(LIFT_FIX)
    bla, blo = fix(BIRGU_FIX, 5)
    son = f"{SON['first']} {SON['last']}"
    receipt = at_path(case(f, f"{a}/v2/vjaggi/{TRIP}/ircevuta", headers=_h(rng, **b)), TRIP, BUY)
    return [
        case(f, f"{a}/v2/irregistra", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "kunjom": L(LAST, NAMEC), "posta_elettronika": L(EMAIL, MAIL),
            "numru_tat_telefon": L(E164, TEL), "kelma_sigrieta": L(PW, CRED),
            "data_tat_twelid": L(DOB_MT, BIRTH), "indirizz": L(HOME["line"], ADDR),
            "lokalita": L(HOME["town"], COARSE), "karta_tal_identita": L(ERES_CARD, NATID),
            "sess": L("mara", GENDER), "lingwa": L("mt", DEV), "taqbel_mal_kundizzjonijiet": True}),
        case(f, f"{a}/v2/dhul", fmt="form", headers=_h(rng), body={
            "posta_elettronika": L(EMAIL_UPPER, MAIL), "kelma_sigrieta": L(PW, CRED)}),
        case(f, f"{a}/v2/dhul/ikkonferma", headers=_h(rng), body={
            "numru_tat_telefon": L(E164, TEL), "kodici": L("604118", CRED),
            "apparat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/jien", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/imbarki/qrib", headers=_h(rng, **b), query={
            "latitudni": L(f"{HOME_AT[0]:.4f}", PRECISE),
            "longitudni": L(f"{HOME_AT[1]:.4f}", PRECISE), "raggio_m": "1500"}),
        case(f, f"{a}/v2/imbarki/{LANDING['id']}/hinijiet", headers=_h(rng, **b)),
        case(f, f"{a}/v2/vjaggi", headers=_h(rng, **b), body={
            "mnejn": LANDING["id"], "fejn": BIRGU_LANDING["id"], "hin": "2026-03-14T10:30:00+01:00",
            "passiggieri": [
                {"isem": L(f"{FIRST} {LAST}", NAMEC), "eta": L(35, BIRTH)},
                {"isem": L(HUSBAND[0], NAMEC), "eta": L(38, BIRTH)},
                {"isem": L(son, NAMEC), "eta": L(8, BIRTH)}],
            "ir_ragel": {"isem": L(HUSBAND[0], NAMEC), "numru_tat_telefon": L(HUSBAND[1], TEL)},
            "numru_tal_vjagg": L(TRIP, BUY), "prezz": L(18.0, BUY), "barklor": BOATMAN["id"]}),
        case(f, f"{a}/v2/hlas", fmt="form", headers=_h(rng, **b), body={
            "numru_tal_vjagg": L(TRIP, BUY), "ammont": L("18.00", BUY), "munita": "EUR",
            "metodu": L(opaque(rng, "pm_", 24), PAY), "l_ahhar_erba": L("4444", PAY)}),
        case(f, f"{a}/v2/vjaggi/{obj(rng, 'trk')}/fejn_hi", headers=_h(rng, **b), query={
            "dghajsa": BOATMAN["id"], "id_req": rid(rng)}),
        case(f, f"{a}/v2/wasalt", headers=_h(rng, **b), body={
            "numru_tal_vjagg": L(TRIP, BUY), "post": {"latitudni": lla, "longitudni": llo,
                                                      "preċiżjoni": 7},
            "imbark": {"latitudni": LANDING["lat"], "longitudni": LANDING["lon"]}}),
        receipt,
        case(f, f"{a}/v2/klassifika", fmt="form", headers=_h(rng, **b), body={
            "barklor": BOATMAN["id"], "stilel": "5",
            "kumment": L("Is-sur kien gentili hafna, it-tifel ħa gost jara l-forti.", TEXT)}),
        case(f, f"{a}/v2/tfittxija", headers=_h(rng, **b), query={
            "q": L("dghajsa lejn Kalkara nhar il-Hadd filgħodu", SEARCH), "pagna": "1"}),
        case(f, f"{a}/v2/karta_staguni", fmt="form", headers=_h(rng, **b), body={
            "data": W({"isem": L(f"{FIRST} {LAST}", NAMEC),
                       "karta_tal_identita": L(ERES_CARD, NATID),
                       "data_tat_twelid": L(DOB_MT, BIRTH), "residenti": True}, "b64json"),
            "v": "3"}),
        multipart(f, f"{a}/v2/oggetti_mitlufa", [
            ("ritratt", "bag.jpg", "image/jpeg", L(JPEG + b"\x44", MEDIA)),
            ("dettalji", None, "application/json", {
                "kumment": L("Insejt il-basket blu ta' ibni bil-flixkun tal-ilma fid-dghajsa",
                             TEXT),
                "numru_tat_telefon": L(E164, TEL), "numru_tal_vjagg": L(TRIP, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/vjaggi/grupp", headers=_h(rng, **b), body={
            "mnejn": BIRGU_LANDING["id"], "fejn": LANDING["id"], "passiggieri_numru": 4,
            "mistieden": {"isem": L(SISTER_US[0], NAMEC), "numru_tat_telefon": L(SISTER_US[1], TEL),
                          "posta_elettronika": L(SISTER_US[2], MAIL)},
            "kumment": L("Oħti ġejja mill-Ohio, tista' tistennewna ħdejn il-lift?", TEXT)}),
        case(f, f"{a}/v2/vjaggi/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "vjaggi": [
                {"numru_tal_vjagg": L("QD-2026-118377", BUY), "prezz": L(8.0, BUY),
                 "barklor": BOATMAN["id"]},
                {"numru_tal_vjagg": L("QD-2026-118391", BUY), "prezz": L(8.0, BUY),
                 "barklor": "bt_0233"}],
            "post": {"latitudni": bla, "longitudni": blo}}),
        case(f, f"{a}/v2/apparat", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "apparat": L(INSTALL_ID, DID),
            "lingwa": L("mt", DEV), "zona_tal_hin": L(TZ, DEV), "mudell": L("Pixel 8", DEV)}),
        case(f, f"{a}/v2/avvenimenti", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "avvenimenti": [
                ev("bbukkja", 1, imbark=LANDING["id"]), ev("hallas", 2, ammont=L(18.0, BUY)),
                ev("skrin", 3, skrin=L("VjaggiTieghi", USAGE))]}),
        case(f, f"{a}/v2/hrug", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/profil", fmt="form", headers=_h(rng, **b), body={
            "isem": L(FIRST, NAMEC), "kunjom": L(LAST, NAMEC), "numru_tat_telefon": L(E164, TEL),
            "it_tifel[isem]": L(SON["first"], NAMEC), "it_tifel[data_tat_twelid]":
                L(SON["dob"], BIRTH), "lingwa": L("mt", DEV)}),
        case(f, f"{a}/v2/vjaggi", headers=_h(rng, **b), query={
            "utent": L(USER_ID, UID), "status": "imhallsa", "pagna": "1"}),
        case(f, f"{a}/v2/kanċellazzjoni", headers=_h(rng, **b), body={
            "numru_tal_vjagg": L("QD-2026-118455", BUY), "raġuni": L(
                "It-tifel ghandu d-deni, ma nistghux niġu llum", f"{TEXT}|health.medical"),
            "rifużjoni": L(12.0, BUY)}),
    ]


def qaddiefa_sdks() -> list[Case]:
    rng = random.Random(14402)
    return [
        sl_batch(APP, rng, [("Trip Booked", {"landing": LANDING["id"], "pax": 3}),
                            ("Trip Paid", {"total": L(18.0, BUY)})],
                 at=LIFT_FIX, nd=2, locale="mt_MT"),
        sl_pixel(APP, rng, "landing_viewed", {"landing": BIRGU_LANDING["id"]}),
        tg_launch(APP, rng, first=True),
        tg_event(APP, rng, "purchase", {"trip": L(TRIP, BUY)}, revenue=18.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=LIFT_FIX, nd=3,
               keywords="harbour,boat,tours"),
        bk_notice(APP, rng, "imp"),
        cf_crash(APP, rng, ("java.lang.NullPointerException", "boat marker null"),
                 [cf_crumb("nav", "Vjaggi -> Mappa"),
                  cf_crumb("net", "GET", {"url": f"{APP.api}/v2/imbarki/qrib", "status": 200})],
                 screen="MappaActivity"),
        pq_register(APP, rng, lang="mt", at=HOME_AT, nd=2,
                    tags={"imbark_preferut": LANDING["id"], "lokalita": L("Valletta", COARSE)}),
        cb_save(APP, rng, {"analytics": True, "ads": False, "location": True}),
        cz_card(APP, rng),
        mg_reverse(APP, rng, BIRGU_FIX, PRECISE, nd=5),
    ]
