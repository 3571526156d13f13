"""Lake Tanganyika ndagala traders' market app "Ndagazi" (its API's keys are Kirundi: ``izina``
given name, ``izina_ry_umuryango`` family name, ``telefone`` phone number, ``aderesi`` address,
``karitiye`` quarter, ``komine`` commune, ``intara`` province, ``ikarata_karangamuntu`` identity
card number, ``itariki_y_amavuka`` birth date, ``ijambo_banga`` password, ``umugabo`` husband,
``igitsina`` sex; also ``imeyili`` e-mail, ``nomero_y_umucuruzi`` trader number,
``amafaranga`` amount, ``igiciro`` price, ``ibiro`` kilograms, ``ifi`` fish, ``isoko`` market,
``ubutumwa`` message, ``ururimi`` language, ``ahantu`` place, ``itumizwa`` order,
``umwakira`` receiver, ``isano`` relation). She buys lots of dried ndagala at the Kibenga
landing for her sister-in-law's stall at the market. Set 46's fishing log is an angler's; this
is wholesale fish trade (lots, a landing scale, porters, stall delivery). Calls: sign-up, a form
log-in, ``/jewe`` with a JWT, prices, landings near her, a check-in at the landing, a lot order
(msgpack), its payment by mobile money, the lot's photo, transport to the stall, a check-in at
the stall, the landing scale's weighing (protobuf: a nested lot and a nested fix), the receipt
by order number in the path, a message to the landing's committee, a search, a stall partner,
a price alert, the account by a cookie GET, lake weather, a quality complaint, a card link
(base64 JSON in a form field), push, events and a log-out."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
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
from eval_families136_kit import (
    FISH_ORDER,
    HOME,
    HOME_AT,
    HUSBAND,
    LANDING,
    LANDING_FIX,
    LOCAL_LINE,
    MARKET,
    RES_CARD,
    SISTER_IN_LAW,
    STALL_FIX,
    TRADER,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families136_sdk import (
    bh_bid,
    bh_notice,
    cm_crash,
    cm_crumb,
    mr_batch,
    mr_identify,
    ts_event,
    ts_launch,
)
from eval_families136_svc import hr_message, mk_reverse, pg_wallet, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ndagazi", "Ndagazi", "com.example.ndagazi", "2.6.1",
          "https://api.ndagazi.example.com")
IID = "X-Ndagazi-Igikoresho"
PW = "Tanganyika#Kibenga5"
DOB_RN = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, rn=True, **kw)


def ndagazi() -> list[Case]:
    rng = random.Random(13611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL),
                                    umucuruzi=L(TRADER, UID)))}
    lla, llo = fix(LANDING_FIX)
    sla, slo = fix(STALL_FIX, 5)
    lot = obj(rng, "lot")
    lab: dict[str, str] = {}
    scale = pb([(1, L(TRADER, UID)), (2, "SCL-KIB-007"), (3, 1765346400),
                (4, [(1, 46.2), (2, lot), (3, 3)]),
                (5, [(1, L(LANDING_FIX[0], PRECISE)), (2, L(LANDING_FIX[1], PRECISE))]),
                (6, L("rn", DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/inyemezabuguzi/{FISH_ORDER}", headers=_h(rng, **b)),
                      FISH_ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/kwiyandikisha", headers=_h(rng), body={
            "izina": L(FIRST, NAMEC), "izina_ry_umuryango": L(LAST, NAMEC),
            "imeyili": L(EMAIL, MAIL), "telefone": L(E164, TEL), "ijambo_banga": L(PW, CRED),
            "itariki_y_amavuka": L(DOB_RN, BIRTH), "igitsina": L("gore", GENDER),
            "aderesi": L(HOME["line"], ADDR), "karitiye": L(HOME["area"], COARSE),
            "komine": L(HOME["commune"], COARSE), "intara": L(HOME["province"], COARSE),
            "ikarata_karangamuntu": L(RES_CARD, "personal.national_id"),
            "umugabo": {"izina": L(HUSBAND[0], NAMEC), "telefone": L(HUSBAND[1], TEL)},
            "telefone_ya_mobile_money": L(LOCAL_LINE, TEL),
            "nomero_y_umucuruzi": L(TRADER, UID), "yemeye_amategeko": True}),
        case(f, f"{a}/api/v1/kwinjira", fmt="form", headers=_h(rng), body={
            "imeyili": L(EMAIL_UPPER, MAIL), "ijambo_banga": L(PW, CRED), "nibuka": "1"}),
        case(f, f"{a}/api/v1/jewe", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/ibiciro", headers=_h(rng, **b), query={
            "isoko": MARKET["id"], "ifi": "ndagala", "itariki": "2025-12-10"}),
        case(f, f"{a}/api/v1/inkombe/hafi", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "10"}),
        case(f, f"{a}/api/v1/inkombe/kwinjira", headers=_h(rng, **b), body={
            "inkombe": LANDING["id"], "ahantu": {"lat": lla, "lon": llo, "ukuri_m": 7},
            "inkombe_ahantu": {"lat": LANDING["lat"], "lon": LANDING["lon"]},
            "nomero_y_umucuruzi": L(TRADER, UID), "kwinjira_id": obj(rng, "ck")}),
        case(f, f"{a}/api/v1/itumizwa", fmt="msgpack", headers=_h(rng, **b), body={
            "inkombe": LANDING["id"], "lot": lot, "ubwato": "BT-KIB-0219",
            "ifi": [{"ubwoko": "ndagala yumye", "ibiro": 40, "igiciro": 14500},
                    {"ubwoko": "mukeke", "ibiro": 6, "igiciro": 21000}],
            "itumizwa": L(FISH_ORDER, BUY), "amafaranga": L(706000, BUY),
            "nomero_y_umucuruzi": L(TRADER, UID)}),
        case(f, f"{a}/api/v1/kwishura", fmt="form", headers=_h(rng, **b), body={
            "itumizwa": L(FISH_ORDER, BUY), "amafaranga": L("706000", BUY), "ifaranga": "BIF",
            "uburyo": "mobile_money", "telefone": L(LOCAL_LINE, TEL), "ref": rid(rng)}),
        multipart(f, f"{a}/api/v1/itumizwa/{lot}/ifoto", [
            ("ifoto", "lot_kibenga.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"itumizwa": L(FISH_ORDER, BUY), "ibiro": 46,
                                                "urutonde": "A"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ubwikorezi", headers=_h(rng, **b), body={
            "kuva": LANDING["id"], "gushika": {"isoko": MARKET["id"], "ikibanza": "B-114"},
            "umwakira": {"izina": L(SISTER_IN_LAW[0], NAMEC),
                         "telefone": L(SISTER_IN_LAW[1], TEL)},
            "imifuka": 3, "itumizwa": L(FISH_ORDER, BUY), "amafaranga": L(15000, BUY)}),
        case(f, f"{a}/api/v1/ikibanza/kwinjira", headers=_h(rng, **b), body={
            "isoko": MARKET["id"], "ikibanza": "B-114", "ahantu": {"lat": sla, "lon": slo},
            "isoko_ahantu": {"lat": MARKET["lat"], "lon": MARKET["lon"]}}),
        raw(f, f"{a}/api/v1/umunzani/gupima", scale, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        receipt,
        case(f, f"{a}/api/v1/ubutumwa", headers=_h(rng, **b), body={
            "kuri": "komite_" + LANDING["id"],
            "ubutumwa": L("Ejo nzogaruka saa kumi n'ebyiri, murambikire ibiro 40 vya ndagala",
                          TEXT), "ubutumwa_id": rid(rng)}),
        case(f, f"{a}/api/v1/rondera", headers=_h(rng, **b), query={
            "q": L("mukeke yumye Rumonge", SEARCH), "urupapuro": "1"}),
        case(f, f"{a}/api/v1/abafatanyi", headers=_h(rng, **b), body={
            "izina": L(SISTER_IN_LAW[0], NAMEC), "telefone": L(SISTER_IN_LAW[1], TEL),
            "isano": "muramukazi", "uburenganzira": ["kubona_ibiciro", "kwakira"]}),
        case(f, f"{a}/api/v1/igiciro/kumenyeshwa", fmt="form", headers=_h(rng, **b), body={
            "ifi": "ndagala", "igiciro_ntarengwa": "13000", "sms": L(E164, TEL),
            "ururimi": L("rn", DEV)}),
        case(f, f"{a}/api/v1/konte", headers=_h(rng, how="none"), cookies={
            "ndz_sesiyo": L(opaque(rng, "", 40), CRED), "ndz_igikoresho": L(INSTALL_ID, DID),
            "ndz_req": rid(rng)}),
        case(f, f"{a}/api/v1/ikirere", headers=_h(rng, **b), query={
            "lat": L(f"{LANDING_FIX[0]:.2f}", COARSE), "lon": L(f"{LANDING_FIX[1]:.2f}", COARSE),
            "ikiyaga": "tanganyika"}),
        case(f, f"{a}/api/v1/ibirego", headers=_h(rng, **b), body={
            "itumizwa": L(FISH_ORDER, BUY), "ubwoko": "ubwiza",
            "ubutumwa": L("Ndagala zari zitose kandi zifise umusenyi, ndasaba kugarukirwa",
                          TEXT)}),
        case(f, f"{a}/api/v1/ikarata/huza", fmt="form", headers=_h(rng, **b), body={
            "data": W({"nomero_y_umucuruzi": L(TRADER, UID), "telefone": L(E164, TEL),
                       "itariki_y_amavuka": L(DOB_RN, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/ibikoresho", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "igikoresho_id": L(INSTALL_ID, DID),
            "ururimi": L("rn", DEV), "isaha": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/ivyabaye", gz=True, headers=_h(rng, **b), body={
            "ukoresha": L(USER_ID, UID), "ivyabaye": [
                ev("inkombe_kwinjira", 1, inkombe=LANDING["id"]), ev("itumizwa", 2, ibiro=46),
                ev("urupapuro", 3, izina=L("IbiciroVyUmunsi", USAGE))]}),
        case(f, f"{a}/api/v1/gusohoka", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "igikoresho": L(INSTALL_ID, DID)}),
    ]


def ndagazi_sdks() -> list[Case]:
    rng = random.Random(13612)
    return [
        mr_batch(APP, rng, [("Landing Check In", {"landing": LANDING["id"]}),
                            ("Lot Ordered", {"kg": 46, "total": L(706000, BUY)})],
                 at=LANDING_FIX, nd=2, locale="rn_BI"),
        mr_identify(APP, rng, {"intara": L("Bujumbura Mairie", COARSE),
                               "komine": L("Muha", COARSE), "umucuruzi": L(TRADER, UID)}),
        ts_launch(APP, rng, first=True),
        ts_event(APP, rng, "purchase", {"order": L(FISH_ORDER, BUY)}, revenue=706000.0,
                 hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=LANDING_FIX, nd=3,
               keywords="poisson,ndagala,marche"),
        bh_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "scale not paired"),
                 [cm_crumb("nav", "Ibiciro -> Itumizwa"),
                  cm_crumb("http", "POST", {"url": f"{APP.api}/api/v1/itumizwa",
                                            "status": 201})],
                 screen="ItumizwaActivity"),
        pk_register(APP, rng, lang="rn", at=HOME_AT, nd=2,
                    tags={"isoko": MARKET["id"], "intara": L("Bujumbura Mairie", COARSE)}),
        pg_wallet(APP, rng, "706000", L(LOCAL_LINE, TEL)),
        mk_reverse(APP, rng, LANDING_FIX, PRECISE, nd=5),
        hr_message(APP, rng, L("Amafaranga yavuye kuri telefone ariko itumizwa NDZ-ORD-77120 "
                               "ntirirahinduka", f"{TEXT}|{BUY}"), {"umucuruzi": L(TRADER, UID)}),
    ]
