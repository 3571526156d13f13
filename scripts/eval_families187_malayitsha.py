"""Cross-border goods transporter app "Malayitsha Xpress" (a malayitsha: a road transporter who
carries parcels, groceries and appliances by truck and trailer from Limpopo to families in
Mozambique; the recipient collects at the Maputo drop with a code; its API's keys are Xitsonga:
``vito_hinkwawo`` full name, ``riqingho`` phone, ``imeyili`` e-mail, ``xihundla`` password,
``pasipoto`` passport, ``nomboro_ya_id`` ID number, ``khodi`` code, ``murhumeri`` sender,
``muamukeri`` recipient, ``vaamukeri`` recipients, ``adirese`` address, ``doropa`` town,
``tiko`` country, ``nomboro_ya_bi`` Mozambican identity-card number, ``vuxaka`` relationship,
``ndzhwalo`` consignment (lit. "load"), ``swilo``/``nchumu`` items/item, ``nhlayo`` quantity,
``nkoka`` declared value, ``ntsengo_wa_ku_rhwala`` carriage fee, ``ku_tekiwa`` pick-up,
``fomo_ya_ntsengo`` customs declaration, ``xikongomelo`` purpose, ``landzela`` track,
``ku_fika`` arrival, ``khodi_ya_ku_teka`` collection code, ``rhandza`` rating, ``komente``
remark): sign-up with her passport and ID, an SMS code, ``/mina``, her mother-in-law as a
recipient in Maputo, a consignment (a fridge, maize meal), its photo by waybill in the path, a
pick-up at her yard, the customs declaration (gzip), the payment, tracking by waybill in the
path, a protobuf drop-off beat, the yard drop-off with her fix, the collection code, a saved
list (msgpack), messages, a search, a complaint, statements by cookie, a rating, push, events
and a token refresh. An earlier set's barrel shipping ("Paelo", sea barrels through customs) and a
border small traders' app ("Mpakapass") are the neighbours; here it is an informal road
transporter with recipient collection codes."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, JPEG, multipart, pb, push_token
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families187_kit import (
    ADDR,
    BROTHER_IL,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    HOME,
    HOME_AT,
    MAIL,
    MAPUTO_ADDR,
    MEDIA,
    MOTHER_IL,
    NAMEC,
    NID,
    PASSPORT,
    PAY,
    PRECISE,
    SA_ID,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAYBILL,
    YARD,
    YARD_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families187_sdk import (
    bn_bid,
    ct_crash,
    ct_crumb,
    lz_event,
    lz_launch,
    nm_batch,
    nm_queue,
)
from eval_families187_svc import (
    hp_message,
    mn_geocode,
    ph_confirm,
    ph_wallet,
    pr_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("malayitsha", "Malayitsha Xpress", "com.example.malayitsha", "2.3.0",
          "https://api.malayitsha.example.org")
IID = "X-MX-Install"
PW = "Maputo2Giyani!"
SENDER = "MXC-20417"  # her sender account (id.user)
MIL_BI = "110100123456B"  # her mother-in-law's Mozambican identity card (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def malayitsha() -> list[Case]:
    rng = random.Random(18721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, riqingho=L(E164, TEL), murhumeri=L(SENDER, UID)))}
    yla, ylo = fix(YARD_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(WAYBILL, BUY)), (2, 1767081600),
               (3, [(1, L(YARD_FIX[0], PRECISE)), (2, L(YARD_FIX[1], PRECISE))]),
               (4, L("Pixel 8", DEV))], "", lab)
    photo = at_path(multipart(f, f"{a}/api/ndzhwalo/{WAYBILL}/swifaniso", [
        ("xifaniso", "firiji.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
        ("meta", None, "application/json", {"nchumu": "Firiji 210L"})],
        headers=_h(rng, **b)), WAYBILL, BUY)
    track = at_path(case(f, f"{a}/api/ndzhwalo/{WAYBILL}/landzela", headers=_h(rng, **b)),
                    WAYBILL, BUY)
    return [
        case(f, f"{a}/api/tsarisa", headers=_h(rng), body={
            "vito_hinkwawo": L(f"{FIRST} {LAST}", NAMEC), "riqingho": L(E164, TEL),
            "imeyili": L(EMAIL, MAIL), "xihundla": L(PW, CRED), "pasipoto": L(PASSPORT, NID),
            "nomboro_ya_id": L(SA_ID, NID), "murhumeri": L(SENDER, UID)}),
        case(f, f"{a}/api/nghena/sms", fmt="form", headers=_h(rng), body={
            "riqingho": L(E164, TEL), "khodi": L("305718", CRED)}),
        case(f, f"{a}/api/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/vaamukeri", headers=_h(rng, **b), body={
            "vito": L(MOTHER_IL[0], NAMEC), "riqingho": L(MOTHER_IL[1], TEL),
            "adirese": L(MAPUTO_ADDR["line"], ADDR), "doropa": L(MAPUTO_ADDR["city"], COARSE),
            "tiko": L("MZ", COARSE), "nomboro_ya_bi": L(MIL_BI, NID), "vuxaka": "mamana_nuna"}),
        case(f, f"{a}/api/vaamukeri", headers=_h(rng, **b), query={
            "murhumeri": L(SENDER, UID)}),
        case(f, f"{a}/api/ndzhwalo", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "murhumeri": L(SENDER, UID),
            "muamukeri": {"vito": L(MOTHER_IL[0], NAMEC), "riqingho": L(MOTHER_IL[1], TEL)},
            "swilo": [{"nchumu": "Firiji 210L", "nhlayo": 1},
                      {"nchumu": "Mugayo 12.5kg", "nhlayo": 4},
                      {"nchumu": "Mafurha 5L", "nhlayo": 2}],
            "ntsengo_wa_ku_rhwala": L(1350, BUY), "yadi": YARD["id"]}),
        photo,
        case(f, f"{a}/api/ndzhwalo/ku_tekiwa", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "adirese": L(HOME["line"], ADDR),
            "muti": L(HOME["village"], COARSE),
            "ndhawu": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                       "lng": L(round(HOME_AT[1], 5), PRECISE)}, "siku": "2025-12-29"}),
        case(f, f"{a}/api/ndzhwalo/fomo_ya_ntsengo", gz=True, headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "pasipoto": L(PASSPORT, NID),
            "nomboro_ya_id": L(SA_ID, NID),
            "swilo": [{"nchumu": "Firiji 210L", "nhlayo": 1, "khodi_ya_hs": "8418.21"},
                      {"nchumu": "Mugayo 12.5kg", "nhlayo": 4, "khodi_ya_hs": "1102.20"}],
            "nkoka_hinkwawo": L(6299, BUY), "xikongomelo": "nyiko_ya_ndyangu",
            "muamukeri_bi": L(MIL_BI, NID)}),
        case(f, f"{a}/api/hakelo", fmt="form", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "ntsengo": L("1350.00", BUY), "mali": "ZAR",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        track,
        raw(f, f"{a}/api/riendzo/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ku_fika", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "ndhawu": {"lat": yla, "lng": ylo},
            "yadi": {"id": YARD["id"], "lat": YARD["lat"], "lng": YARD["lon"],
                     "riqingho": YARD["phone"]}, "ku_fika_id": obj(rng, "ar")}),
        case(f, f"{a}/api/khodi_ya_ku_teka", fmt="form", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "muamukeri_riqingho": L(MOTHER_IL[1], TEL),
            "khodi_ya_ku_teka": L("MX-4471-92", CRED)}),
        case(f, f"{a}/api/swilo/vuhlayiso", fmt="msgpack", headers=_h(rng, **b), body={
            "swilo": [{"nchumu": "Swakudya swa Khisimusi", "nhlayo": 1},
                      {"nchumu": "Switulu swa 2", "nhlayo": 2}],
            "xitsundzuxo": L("Ku rhumela swiambalo swa xikolo swa vana va Armando", TEXT),
            "murhumeri": L(SENDER, UID)}),
        case(f, f"{a}/api/rungula", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY),
            "rungula": L("Mamana u ta teka hi Mugqivela, mi nga nyiki munhu un'wana", TEXT)}),
        case(f, f"{a}/api/rungula", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY),
            "rungula": L(f"Loko mamana a nga ri kona, nyikani {BROTHER_IL[0]} "
                         f"{BROTHER_IL[1]}", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/lava", headers=_h(rng, **b), query={
            "lava": L("ntsengo wa ku rhwala firiji ku ya Maputo", SEARCH)}),
        case(f, f"{a}/api/xivilelo", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "muxaka": "ku_onhaka",
            "xivilelo": L("Nyangwa ya firiji yi fike yi pfotlokile", TEXT)}),
        case(f, f"{a}/api/swiviko", headers=_h(rng, how="none"), cookies={
            "mx_sesheni": L(opaque(rng, "", 40), CRED), "mx_xitirhisiwa": L(INSTALL_ID, DID)},
            query={"nhweti": "2025-12"}),
        case(f, f"{a}/api/rhandza", fmt="form", headers=_h(rng, **b), body={
            "waybill": L(WAYBILL, BUY), "tinyeleti": "4",
            "komente": L("Va fikile hi nkarhi, kambe firiji yi onhakile", TEXT)}),
        case(f, f"{a}/api/xitirhisiwa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/swiendlakalo", headers=_h(rng, how="none"), cookies={
            "mx_sesheni": L(opaque(rng, "", 40), CRED)}, body={
            "mutirhisi": L(USER_ID, UID), "swiendlakalo": [
                ev("ndzhwalo_wu_endliwile", 1), ev("xikirini", 2, xikirini=L("Landzela", USAGE))]}),
        case(f, f"{a}/api/sesheni/pfuxeta", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "xitirhisiwa": L(INSTALL_ID, DID)}),
    ]


def malayitsha_sdks() -> list[Case]:
    rng = random.Random(18722)
    return [
        nm_batch(APP, rng, [("Consignment Created", {"fee": L(1350, BUY)}),
                            ("Dropped At Yard", {"yard": YARD["id"]})], at=YARD_FIX, nd=3),
        nm_queue(APP, rng, [("Tracking Opened", {"waybill": L(WAYBILL, BUY)}),
                            ("Code Shared", {})]),
        lz_launch(APP, rng, first=True, user=True),
        lz_event(APP, rng, "purchase", {"waybill": L(WAYBILL, BUY)}, revenue=1350.0,
                 hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="transport,maputo,parcel"),
        ct_crash(APP, rng, ("java.io.IOException", "upload aborted"),
                 [ct_crumb("nav", "Ndzhwalo -> Xifaniso"), ct_crumb("tap", "rhumela")],
                 screen="XifanisoActivity"),
        pr_register(APP, rng, lang="ts",
                    tags={"waybill": L(WAYBILL, BUY), "tiko": L("MZ", COARSE)}),
        ph_confirm(APP, rng, "1350.00"),
        ph_wallet(APP, rng, "1500", L(MOTHER_IL[1], TEL), currency="MZN", provider="mz_wallet"),
        mn_geocode(APP, rng, "Polana Canico A, Maputo", SEARCH, near=HOME_AT, nd=2),
        hp_message(APP, rng, L(f"Waybill {WAYBILL}: firiji yi onhakile", f"{TEXT}|{BUY}"),
                   {"murhumeri": L(SENDER, UID)}),
    ]
