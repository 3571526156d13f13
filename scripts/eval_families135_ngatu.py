"""A women's tapa-making group's app "Kupesi" (a kautaha koka'anga in Havelu, Nuku'alofa: the
women beat and paste ngatu together, in turns, on the hall's long boards); its API's keys are
Tongan: ``hingoa`` name, ``hingoa_famili`` family name, ``fika_telefoni`` phone number,
``tuasila`` address, ``kolo`` village/town, ``motu`` island, ``aho_faelei`` birth date ('aho
fa'ele'i, "day of being born"), ``lea_fufu`` password ("secret word"), ``mali`` spouse,
``fika_pemiti_nofo`` residence-permit number; also ``imeili`` e-mail, ``fika_memipa`` member
number, ``fefine_tangata`` woman/man, ``totongi`` payment, ``paanga`` amount (pa'anga),
``fika_ota`` order number, ``popoaki`` message, ``fakamatala`` remark, ``taa`` picture, ``kumi``
search, ``lea`` language, ``taimi`` time zone, ``feituu`` place (feitu'u), ``uike`` week,
``ngaue`` duty, ``naunau`` device, ``hiapo`` paper-mulberry bark, ``kupesi`` design tablet,
``fakahoko`` delivery. Calls: sign-up, log-in, ``/au``, the group, the beating rota, a claimed
turn, a check-in at the hall, a bark purchase (msgpack), dues, her shares by a cookie GET, a
design-tablet booking, a commissioned ngatu, a photo, a search, a friend invited, a group
message, a delivery of her share, the receipt by order number in the path, a card link (base64
JSON in a form field), a report, push, events and a log-out."""

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
from eval_families135_kit import (
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    NGATU_ORDER,
    PERMIT,
    TAPA_SISTER,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families135_sdk import (
    af_event,
    af_launch,
    bh_bid,
    bh_notice,
    ct_crash,
    ct_crumb,
    ct_session,
    mk_batch,
    mk_traits,
)
from eval_families135_svc import cp_card, hn_message, mt_reverse, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kupesi", "Kupesi", "com.example.kupesi", "2.6.1", "https://api.kupesi.example.org")
IID = "X-Kupesi-Naunau"
PW = "Heilala!Havelu22"
DOB_TO = "17/05/1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, to=True, **kw)


def kupesi() -> list[Case]:
    rng = random.Random(13501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeili=L(EMAIL, MAIL), fika_memipa=L(MEMBER, UID)))}
    xla, xlo = fix(HALL_FIX)
    slot = obj(rng, "ng")
    receipt = at_path(case(f, f"{a}/api/v1/ota/{NGATU_ORDER}/lesiti", headers=_h(rng, **b)),
                      NGATU_ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/lesisita", headers=_h(rng), body={
            "hingoa": L(FIRST, NAMEC), "hingoa_famili": L(LAST, NAMEC), "imeili": L(EMAIL, MAIL),
            "fika_telefoni": L(E164, TEL), "lea_fufu": L(PW, CRED),
            "aho_faelei": L(DOB_TO, BIRTH), "tuasila": L(HOME["line"], ADDR),
            "kolo": L(HOME["area"], COARSE), "motu": L(HOME["island"], COARSE),
            "fika_pemiti_nofo": L(PERMIT, NID), "fefine_tangata": L("fefine", GENDER),
            "mali": {"hingoa": L(HUSBAND[0], NAMEC), "fika_telefoni": L(HUSBAND[1], TEL)},
            "fika_memipa": L(MEMBER, UID), "kautaha": HALL["id"], "loto_lelei": True}),
        case(f, f"{a}/api/v1/hu", fmt="form", headers=_h(rng), body={
            "imeili": L(EMAIL_UPPER, MAIL), "lea_fufu": L(PW, CRED), "manatu": "io"}),
        case(f, f"{a}/api/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kautaha/{HALL['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ngaue", headers=_h(rng, **b), query={
            "fika_memipa": L(MEMBER, UID), "uike": "2025-W50"}),
        case(f, f"{a}/api/v1/ngaue/tali", headers=_h(rng, **b), body={
            "fika_memipa": L(MEMBER, UID), "ngaue": "tutu", "aho": "2025-12-11",
            "papa": 3, "slot": slot}),
        case(f, f"{a}/api/v1/hu_mai", headers=_h(rng, **b), body={
            "kautaha": HALL["id"], "feituu": {"lat": xla, "lon": xlo, "tonu": 8},
            "fale_feituu": {"lat": HALL["lat"], "lon": HALL["lon"]},
            "fika_memipa": L(MEMBER, UID), "slot": slot}),
        case(f, f"{a}/api/v1/hiapo/fakatau", fmt="msgpack", headers=_h(rng, **b), body={
            "hiapo": [{"mei": "'Eua", "kilo": 6, "totongi_kilo": 18},
                      {"mei": "Tongatapu", "kilo": 4, "totongi_kilo": 15}],
            "fika_ota": L("HP-25-3310", BUY), "paanga": L(168, BUY),
            "fika_memipa": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/totongi", fmt="form", headers=_h(rng, **b), body={
            "fakamatala": "totongi mahina", "paanga": L("40", BUY), "pa'anga": "TOP",
            "metoti": L(opaque(rng, "pm_", 24), PAY), "kaati_4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/koloa", headers=_h(rng, how="none"), cookies={
            "kp_sesoni": L(opaque(rng, "", 40), CRED), "kp_naunau": L(INSTALL_ID, DID),
            "kp_req": rid(rng)}),
        case(f, f"{a}/api/v1/kupesi/tohi", headers=_h(rng, **b), body={
            "kupesi": "kps_manulua_07", "aho": "2025-12-13", "fika_memipa": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/ota", headers=_h(rng, **b), body={
            "fika_ota": L(NGATU_ORDER, BUY), "paanga": L(1200, BUY), "langanga": 10,
            "kupesi": "kps_manulua_07",
            "fakamatala": L("Ngatu toka ki he mali 'i Sanuali, lanu kelekele mo e 'uli'uli", TEXT),
            "fika_memipa": L(MEMBER, UID)}),
        multipart(f, f"{a}/api/v1/taa", [
            ("taa", "ngatu_tokoni.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "fika_memipa": L(MEMBER, UID),
                "fakamatala": L("Kuo maau 'a e ngatu 'a e kulupu 'o Havelu", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kumi", headers=_h(rng, **b), query={
            "kumi": L("kupesi manulua mo e sila", SEARCH), "peesi": "1"}),
        case(f, f"{a}/api/v1/kaumea/fakaafe", headers=_h(rng, **b), body={
            "hingoa": L(TAPA_SISTER[0], NAMEC), "fika_telefoni": L(TAPA_SISTER[1], TEL),
            "popoaki": L("Ha'u 'o koka'anga mo kimautolu 'i he Tu'apulelulu", TEXT),
            "kouti": "KUPESI-JD22"}),
        case(f, f"{a}/api/v1/popoaki", headers=_h(rng, **b), body={
            "kulupu": HALL["id"],
            "popoaki": L(f"{TAPA_SISTER[0]} 'e ne 'omai 'a e tou 'apongipongi, telefoni ki ai "
                         f"{TAPA_SISTER[1]}", f"{TEXT}|{NAMEC}|{TEL}"), "client": rid(rng)}),
        case(f, f"{a}/api/v1/fakahoko", fmt="form", headers=_h(rng, **b), body={
            "tuasila": L(HOME["line"], ADDR), "kolo": L(HOME["area"], COARSE),
            "fika_telefoni": L(E164, TEL), "koloa": "ngatu_vahe_3"}),
        receipt,
        case(f, f"{a}/api/v1/kaati/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"fika_memipa": L(MEMBER, UID), "fika_telefoni": L(E164, TEL),
                       "aho_faelei": L(DOB_TO, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/lipooti", headers=_h(rng, **b), body={
            "kautaha": HALL["id"],
            "fakamatala": L("'Oku tulutulu 'a e 'ato 'o e fale 'i he papa hono ua", TEXT),
            "fa'ahinga": "fale"}),
        case(f, f"{a}/api/v1/naunau", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "naunau_id": L(INSTALL_ID, DID),
            "lea": L("to", DEV), "taimi": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/ngaahi_mea", gz=True, headers=_h(rng, **b), body={
            "memipa": L(USER_ID, UID), "mea": [
                ev("hu_mai", 1, kautaha=HALL["id"]), ev("ota_ngatu", 2, langanga=10),
                ev("skulini", 3, skulini=L("NgatuAaku", USAGE))]}),
        case(f, f"{a}/api/v1/hu_ki_tua", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "naunau": L(INSTALL_ID, DID)}),
    ]


def kupesi_sdks() -> list[Case]:
    rng = random.Random(13502)
    return [
        mk_batch(APP, rng, [("Hall Check In", {"hall": HALL["id"]}),
                            ("Ngatu Ordered", {"langanga": 10, "total": L(1200, BUY)})],
                 at=HALL_FIX, nd=2, locale="to_TO"),
        mk_traits(APP, rng, {"kolo": L("Havelu", COARSE), "motu": L("Tongatapu", COARSE),
                             "fika_memipa": L(MEMBER, UID), "shares": 3}),
        af_launch(APP, rng, first=True),
        af_event(APP, rng, "purchase", {"order": L(NGATU_ORDER, BUY)}, revenue=1200.0,
                 hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HALL_FIX, nd=3,
               keywords="tapa,crafts,weddings"),
        bh_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "rota adapter out of sync"),
                 [ct_crumb("nav", "NgatuAaku -> Ngaue"),
                  ct_crumb("http", "POST", {"url": f"{APP.api}/api/v1/hu_mai", "status": 201})],
                 screen="NgaueActivity"),
        pk_register(APP, rng, lang="to", at=HOME_AT, nd=2,
                    tags={"kautaha": HALL["id"], "kolo": L("Havelu", COARSE)}),
        ct_session(APP, rng, secs=940),
        cp_card(APP, rng),
        mt_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hn_message(APP, rng, L("'Ikai ke hā 'eku vahe ngatu 'i he NG-25-0442", f"{TEXT}|{BUY}"),
                   {"fika_memipa": L(MEMBER, UID)}),
    ]
