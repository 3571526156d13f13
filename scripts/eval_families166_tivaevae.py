"""A church women's tivaevae (appliqué quilt) circle app "Vainetini" (the women's fellowship of
Ekalesia Tupapa sews tivaevae together, for gifts at weddings, hair-cuttings and funerals; its
API's keys are Cook Islands Maori without macrons: ``ingoa`` first name, ``ingoa_openga``
surname, ``imera`` e-mail, ``numero_niuniu`` phone number, ``kupu_muna`` password, ``ra_anau``
birth date, ``ngutuare`` house (street line), ``oire`` district/village, ``enua`` island,
``ekalesia`` congregation, ``numero_mema`` member number, ``tane`` husband, ``tauira`` pattern,
``tuitui`` sewing, ``akaputuanga`` gathering, ``turanga`` position, ``moni`` amount,
``tutaki`` payment, ``karere`` message, ``kimi`` search, ``pure`` prayer, ``akairo`` signature,
``tikaanga`` permission, ``metua_vaine`` mother(-in-law), ``kakau`` cloth, ``akamaara``
remember me): joining the circle, log-in, ``/ko_au``, patterns, a tivaevae commissioned for her
son's hair-cutting, the sewing-bee attendance with her fix, dues, a photo of her block, the
circle's chat, cloth ordered (msgpack), the schedule, a prayer request, the Uapou offering, the
exhibition entry, the order by number in the path, delivery to her mother-in-law on Aitutaki, a
photo permission, the account by cookie, push, events and a token refresh. New to the
evaluation: no earlier set has a quilt or tivaevae (weaving, kente, batik and sewing apps are
other crafts and are sold, not gifted)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families166_kit import (
    HALL,
    HALL_FIX,
    HOME,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families166_sdk import (
    bv_bid,
    cm_crash,
    cm_crumb,
    mk_batch,
    mk_identify,
    tt_event,
    tt_launch,
)
from eval_families166_svc import ck_card, ck_confirm, hm_message, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vainetini", "Vainetini", "com.example.vainetini", "3.4.1",
          "https://api.vainetini.example.org")
IID = "X-Vainetini-Matini"
PW = "Tiare!Tupapa1991"
REL = SENS  # the congregation, its services and offerings: religion
ORDER = "TV-26-0031"  # the commissioned tivaevae (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mi=True, **kw)


def vainetini() -> list[Case]:
    rng = random.Random(16601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imera=L(EMAIL, MAIL), numero_mema=L(MEMBER, UID),
                                    ekalesia=L("Ekalesia Tupapa", REL)))}
    hla, hlo = fix(HALL_FIX)
    track = at_path(case(f, f"{a}/api/tivaevae/{ORDER}/tupuanga", headers=_h(rng, **b)),
                    ORDER, BUY)
    return [
        case(f, f"{a}/api/akapapa", headers=_h(rng), body={
            "ingoa": L(FIRST, NAMEC), "ingoa_openga": L(LAST, NAMEC), "imera": L(EMAIL, MAIL),
            "numero_niuniu": L(E164, TEL), "kupu_muna": L(PW, CRED), "ra_anau": L(DOB, BIRTH),
            "ngutuare": L(HOME["line"], ADDR), "oire": L(HOME["area"], COARSE),
            "enua": L(HOME["island"], COARSE), "ekalesia": L("Ekalesia Tupapa", REL),
            "numero_mema": L(MEMBER, UID),
            "tane": {"ingoa": L(HUSBAND[0], NAMEC), "numero_niuniu": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/tomo", fmt="form", headers=_h(rng), body={
            "imera": L(EMAIL_UPPER, MAIL), "kupu_muna": L(PW, CRED), "akamaara": "1"}),
        case(f, f"{a}/api/ko_au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/tauira", headers=_h(rng, **b), query={
            "tu": "tataura", "kimi": L("tiare maori ura", SEARCH), "api": "1"}),
        case(f, f"{a}/api/tivaevae/oti", headers=_h(rng, **b), body={
            "tauira": "tiare_taina_04", "tu": "tataura", "ngaio": "king", "tapao": L(ORDER, BUY),
            "moni": L(650, BUY), "numero_mema": L(MEMBER, UID),
            "no": {"ingoa": L(f"{SON['first']} {SON['last']}", NAMEC)},
            "karere": L("No te pakoti rauru o Tamatoa i Tianuare, e tiare ura e te kerekere",
                        f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/akaputuanga/tae", headers=_h(rng, **b), body={
            "akaputuanga": obj(rng, "ak"), "turanga": {"lat": hla, "lng": hlo, "acc": 9},
            "are": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]},
            "pure_arataki": L(True, REL), "numero_mema": L(MEMBER, UID)}),
        case(f, f"{a}/api/moni/tutaki", fmt="form", headers=_h(rng, **b), body={
            "numero_mema": L(MEMBER, UID), "moni": L("20.00", BUY), "marama": "2026-01",
            "metodi": L(opaque(rng, "pm_", 24), "financial.payment"),
            "openga_e_a": L("4444", PAY)}),
        multipart(f, f"{a}/api/tuitui/tutu", [
            ("tutu", "poraka_3.jpg", "image/jpeg", L(JPEG + b"\x16", MEDIA)),
            ("meta", None, "application/json", {
                "numero_mema": L(MEMBER, UID), "tauira": "tiare_taina_04",
                "karere": L("Kua oti taku poraka toru, ka tuitui au i te tataura apopo", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/karere", headers=_h(rng, **b), body={
            "ruma": "vainetini-tupapa", "tuatau": 1765312000,
            "karere": L("Kia orana e te au mama, ka tae mai au a te Paraparau ma te kakau ura",
                        TEXT)}),
        case(f, f"{a}/api/kakau/oti", fmt="msgpack", headers=_h(rng, **b), body={
            "numero_mema": L(MEMBER, UID),
            "kakau": [{"ingoa": "kakau ura", "mita": 6, "moni": 9.5},
                      {"ingoa": "kakau kerekere", "mita": 4, "moni": 9.5},
                      {"ingoa": "uaua", "mita": 0, "moni": 12}],
            "moni": L(107, BUY), "tapao": L("KK-55102", BUY)}),
        case(f, f"{a}/api/akaputuanga", headers=_h(rng, **b), query={
            "oire": L(HOME["area"], COARSE), "marama": "2026-01", "are": HALL["id"]}),
        case(f, f"{a}/api/pure/tono", headers=_h(rng, **b), body={
            "karere": L("E pure no toku metua vaine Ngapoko, ka tapu'ia tona mata kaui i "
                        "Peperuare", f"{TEXT}|{REL}|{MED}"),
            "akara": "orometua"}),
        case(f, f"{a}/api/ekalesia/atinga", fmt="form", headers=_h(rng, **b), body={
            "ekalesia": L("Ekalesia Tupapa", REL), "tumu": L("Uapou 2026", REL),
            "moni": L("150", BUY), "metodi": L(opaque(rng, "pm_", 24), PAY),
            "numero_mema": L(MEMBER, UID)}),
        case(f, f"{a}/api/tivaevae/akaari", headers=_h(rng, **b), body={
            "ingoa_tivaevae": "Tiare o Tupapa", "tauira": "tiare_taina_04", "tu": "tataura",
            "tuitui_e": [L(f"{FIRST} {LAST}", NAMEC), L(MOTHER_IL[0], NAMEC)],
            "akaari": "ex_tiare_2026", "numero_mema": L(MEMBER, UID)}),
        track,
        case(f, f"{a}/api/akaputuanga/{obj(rng, 'ak')}/rsvp", fmt="form", headers=_h(rng, **b),
             body={"tae": "ae", "numero_mema": L(MEMBER, UID), "kai": "1"}),
        case(f, f"{a}/api/tivaevae/{ORDER}/tuku", headers=_h(rng, **b), body={
            "kia": {"ingoa": L(MOTHER_IL[0], NAMEC), "numero_niuniu": L(MOTHER_IL[1], TEL),
                    "ngutuare": L("Ara Tapu, Arutanga", ADDR), "enua": L("Aitutaki", COARSE)},
            "rererangi": "AIT-cargo", "moni": L(35, BUY)}),
        case(f, f"{a}/api/tikaanga/tutu", fmt="form", headers=_h(rng, **b), body={
            "tutu": "poraka_3", "nupepa": "ekalesia_newsletter", "tikaanga": "ae",
            "akairo": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/kimi", headers=_h(rng, **b), query={
            "kupu": L("tivaevae manu no te pakoti rauru", SEARCH)}),
        case(f, f"{a}/api/kaute", headers=_h(rng, how="none"), cookies={
            "vt_sesi": L(opaque(rng, "", 40), CRED), "vt_matini": L(INSTALL_ID, DID),
            "vt_req": rid(rng)}),
        case(f, f"{a}/api/matini", headers=_h(rng, **b), body=push(push_token(rng), "rar_CK")),
        case(f, f"{a}/api/tupuanga", gz=True, headers=_h(rng, **b), body={
            "tangata": L(USER_ID, UID), "tupuanga": [
                ev("tivaevae_oti", 1, tauira="tiare_taina_04"),
                ev("akaputuanga_tae", 2, are=HALL["id"]),
                ev("akaari", 3, akaari=L("Akaputuanga", USAGE))]}),
        case(f, f"{a}/api/tomo/akaou", fmt="form", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "matini": L(INSTALL_ID, DID)}),
    ]


def vainetini_sdks() -> list[Case]:
    rng = random.Random(16602)
    return [
        mk_batch(APP, rng, [("Tivaevae Ordered", {"total": L(650, BUY)}),
                            ("Bee Attended", {"hall": HALL["id"]})],
                 at=HALL_FIX, nd=2, locale="rar_CK"),
        mk_identify(APP, rng, {"oire": L("Tupapa", COARSE), "numero_mema": L(MEMBER, UID),
                               "ekalesia": L("Ekalesia Tupapa", REL)}),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "purchase", {"tapao": L(ORDER, BUY)}, revenue=650.0, hashed=True),
        bv_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="quilt,sewing,fabric"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [cm_crumb("nav", "Tuitui -> Tutu"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/api/tuitui/tutu", "status": 500})],
                 screen="TutuActivity"),
        pp_register(APP, rng, lang="rar", tags={"ekalesia": L("Tupapa", REL), "pupu": "tataura"}),
        ck_card(APP, rng),
        ck_confirm(APP, rng, "650.00"),
        hm_message(APP, rng, L(f"Kare au i kite i te tupuanga o {ORDER}", f"{TEXT}|{BUY}"),
                   {"numero_mema": L(MEMBER, UID)}),
    ]
