"""Her husband's clan association's app "Kika Kyaffe" ("our clan"; Kampala members of a Ganda
clan; its API's keys are Luganda: ``erinnya`` name, ``erinnya_ly_ekika`` clan name used as a
surname, ``essimu`` phone, ``imeeri`` e-mail, ``endagiriro`` address, ``ekitundu`` area,
``ekibuga`` town, ``endagamuntu`` identity card number, ``olunaku_lw_okuzaalibwa`` birth date,
``ekigambo_ky_ekyama`` password ("secret word"), ``omwami`` husband, ``abaana`` children,
``abalongo`` twins, ``ekika`` clan, ``omuziro`` totem, ``essiga``/``omutuba`` the clan's lineage
branches, ``ennamba_ya_kaadi`` membership card number; also ``ssente`` money, ``olumbe``
funeral, ``obubaka`` message, ``okunoonya`` search, ``ekifo`` place, ``olulimi`` language,
``essaawa`` time zone, ``ekifaananyi`` picture): registration, a log-in, ``/nze``, the card, the
twins entered as clan children, their naming ceremony (``okwalula abalongo``), a funeral
contribution (msgpack) and its mobile-money payment, a check-in at the mourning home, a
meeting's RSVP, a search, a message to the clan group, a photo, the family tree, the membership
letter by card number in the path, the yearly dues (base64 JSON in a form field), food for the
last funeral rites, a gate scan (protobuf), news by a cookie GET, push, events and a log-out."""

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
    SENS,
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
from eval_families138_kit import (
    ALIEN_ID,
    CLAN,
    CLAN_NO,
    FUNERAL_AT,
    HUSBAND,
    HUSBAND_NIN,
    KLA_HOME,
    KLA_HOME_AT,
    LINEAGE,
    TWINS,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families138_sdk import (
    bm_bid,
    cs_crash,
    cs_crumb,
    sn_batch,
    sn_identify,
    ta_event,
    ta_launch,
)
from eval_families138_svc import cj_wallet, hm_message, mk_route, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

NATID = "personal.national_id"
APP = App("kikakyaffe", "Kika Kyaffe", "com.example.kikakyaffe", "2.4.1",
          "https://api.kikakyaffe.example.org")
IID = "X-Kika-Ekyuma"
PW = "Envubu#Muyenga27"
DOB_LG = "17/05/1991"
CLAN_NAME = "Envubu"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    if kw.get("auth"):
        kw.setdefault("how", "none")  # signed in: the bearer alone
    return hd(APP, rng, IID, lg=True, **kw)


def _clan() -> dict[str, Any]:
    return {"ekika": L(CLAN_NAME, SENS), "omuziro": L("envubu", SENS),
            "essiga": L(LINEAGE["essiga"], SENS), "omutuba": L(LINEAGE["omutuba"], SENS)}


def kikakyaffe() -> list[Case]:
    rng = random.Random(13811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeeri=L(EMAIL, MAIL), kaadi=L(CLAN_NO, UID)))}
    fla, flo = fix(FUNERAL_AT, 5)
    olumbe = obj(rng, "olm")
    letter = at_path(case(f, f"{a}/v1/kaadi/{CLAN_NO}/ebbaluwa", headers=_h(rng, **b),
                          query={"fomati": "pdf"}), CLAN_NO, UID)
    lab: dict[str, str] = {}
    gla, glo = fix(FUNERAL_AT, 6)
    scan = pb([(1, L(USER_ID, UID)), (2, L(CLAN_NO, UID)), (3, [(1, gla), (2, glo)]),
               (4, CLAN["id"]), (5, 1768377600)], "", lab)
    return [
        case(f, f"{a}/v1/okwewandiisa", headers=_h(rng), body={
            "erinnya": L(FIRST, NAMEC), "erinnya_ly_ekika": L(LAST, NAMEC),
            "imeeri": L(EMAIL, MAIL), "essimu": L(E164, TEL), "ekigambo_ky_ekyama": L(PW, CRED),
            "olunaku_lw_okuzaalibwa": L(DOB_LG, BIRTH), "omukazi_oba_omusajja": L("mukazi",
                                                                                   GENDER),
            "endagiriro": L(KLA_HOME["line"], ADDR), "ekitundu": L(KLA_HOME["area"], COARSE),
            "ekibuga": L(KLA_HOME["town"], COARSE), "endagamuntu": L(ALIEN_ID, NATID),
            "omwami": {"erinnya": L(HUSBAND[0], NAMEC), "essimu": L(HUSBAND[1], TEL),
                       "endagamuntu": L(HUSBAND_NIN, NATID)},
            **_clan(), "ennamba_ya_kaadi": L(CLAN_NO, UID), "akkiriza_amateeka": True}),
        case(f, f"{a}/v1/okuyingira", fmt="form", headers=_h(rng), body={
            "imeeri": L(EMAIL_UPPER, MAIL), "ekigambo_ky_ekyama": L(PW, CRED),
            "nzijukira": "yee"}),
        case(f, f"{a}/v1/nze", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kaadi", headers=_h(rng, **b), query={
            "ennamba_ya_kaadi": L(CLAN_NO, UID), "fomati": "qr"}),
        case(f, f"{a}/v1/abaana", headers=_h(rng, **b), body={
            "ennamba_ya_kaadi": L(CLAN_NO, UID), "abalongo": True, "abaana": [
                {"erinnya": L(t["first"], NAMEC), "erinnya_ery_okubatizibwa": L(t["middle"],
                                                                                 NAMEC),
                 "erinnya_ly_ekika": L(t["last"], NAMEC),
                 "olunaku_lw_okuzaalibwa": L(t["dob"], BIRTH), "ekikula": L(t["sex"], GENDER)}
                for t in TWINS], "ekika": L(CLAN_NAME, SENS)}),
        case(f, f"{a}/v1/okwalula", headers=_h(rng, **b), body={
            "abalongo": [L(TWINS[0]["first"], NAMEC), L(TWINS[1]["first"], NAMEC)],
            "olunaku": "2026-02-07", "ekifo": L(KLA_HOME["line"], ADDR),
            "ekitundu": L(KLA_HOME["area"], COARSE), "omukulu_w_ekika": "Jjajja Kayiira",
            "ssente": L(150000, BUY), "abagenyi": 60, "ennamba": obj(rng, "okw")}),
        case(f, f"{a}/v1/olumbe/{olumbe}/okuwaayo", fmt="msgpack", headers=_h(rng, **b), body={
            "olumbe": olumbe, "ssente": L(50000, BUY), "ennamba_ya_kaadi": L(CLAN_NO, UID),
            "ebintu": [{"kintu": "sukaali", "kilo": 10}, {"kintu": "sabbuuni", "bbokisi": 1}],
            "receipt": L("KK-RC-25-40912", BUY)}),
        case(f, f"{a}/v1/okusasula", fmt="form", headers=_h(rng, **b), body={
            "receipt": L("KK-RC-25-40912", BUY), "ssente": L("50000", BUY), "sente_za": "UGX",
            "essimu_ya_mobile_money": L(E164, TEL), "omukutu": "mobile_money",
            "idempotency": rid(rng)}),
        case(f, f"{a}/v1/olumbe/{olumbe}/okutuuka", headers=_h(rng, **b), body={
            "ekifo": {"lat": fla, "lon": flo, "obutuufu": 11}, "ennamba_ya_kaadi": L(CLAN_NO,
                                                                                      UID),
            "abantu": 3}),
        case(f, f"{a}/v1/olukiiko/okuddamu", fmt="form", headers=_h(rng, **b), body={
            "olukiiko": "lk_2026_01", "ajja": "yee", "abanaagenda": "2",
            "ennamba_ya_kaadi": L(CLAN_NO, UID)}),
        case(f, f"{a}/v1/okunoonya", headers=_h(rng, **b), query={
            "okunoonya": L("bazzukulu ba Kayiira e Mpigi", SEARCH), "olupapula": "1"}),
        case(f, f"{a}/v1/obubaka", headers=_h(rng, **b), body={
            "ekibiina": "abakazi_b_envubu_kla",
            "obubaka": L("Abalongo bange Babirye ne Nakato bajja okwalulwa nga 7 February, "
                         "mwebale nnyo", f"{TEXT}|{NAMEC}|{SENS}")}),
        multipart(f, f"{a}/v1/ebifaananyi", [
            ("ekifaananyi", "okwalula.jpg", "image/jpeg", L(JPEG + b"\x38", MEDIA)),
            ("data", None, "application/json", {
                "ennamba_ya_kaadi": L(CLAN_NO, UID),
                "ebigambo": L("Ffe ne abalongo ku Butaka", TEXT), "album": "al_2026"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ezadde", headers=_h(rng, **b), body={
            "ennamba_ya_kaadi": L(CLAN_NO, UID), **_clan(),
            "kitaawe_w_omwami": L("Yowana Ssekandi", NAMEC),
            "nnyina_w_omwami": L("Teopista Nalubega", NAMEC),
            "omwami": L(HUSBAND[0], NAMEC), "abaana": [L(TWINS[0]["first"], NAMEC),
                                                       L(TWINS[1]["first"], NAMEC)]}),
        letter,
        case(f, f"{a}/v1/omusolo", fmt="form", headers=_h(rng, **b), body={
            "data": W({"ennamba_ya_kaadi": L(CLAN_NO, UID), "ssente": L(20000, BUY),
                       "essimu": L(E164, TEL), "omwaka": 2026}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/okwabya_olumbe/ebiriibwa", headers=_h(rng, **b), body={
            "olumbe": olumbe, "ebiriibwa": [{"kintu": "matooke", "enkota": 4},
                                             {"kintu": "nnyama", "kilo": 5}],
            "ssente": L(180000, BUY), "omuntu_atwala": {"erinnya": L(HUSBAND[0], NAMEC),
                                                         "essimu": L(HUSBAND[1], TEL)}}),
        raw(f, f"{a}/v1/wankaaki/scan", scan, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/amawulire", headers=_h(rng, how="none"), cookies={
            "kk_sesiyo": L(opaque(rng, "", 40), CRED), "kk_ekyuma": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        case(f, f"{a}/v1/ekyuma", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "ekyuma_id": L(INSTALL_ID, DID),
            "olulimi": L("lg", DEV), "essaawa": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/ebibaddewo", gz=True, headers=_h(rng, **b), body={
            "omukozesa": L(USER_ID, UID), "ebibaddewo": [
                ev("okuwaayo", 1, olumbe=olumbe), ev("okwalula_booked", 2, abagenyi=60),
                ev("olupapula", 3, olupapula=L("KaadiYange", USAGE))]}),
        case(f, f"{a}/v1/okufuluma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ekyuma": L(INSTALL_ID, DID)}),
    ]


def kikakyaffe_sdks() -> list[Case]:
    rng = random.Random(13812)
    home2 = (round(KLA_HOME_AT[0], 2), round(KLA_HOME_AT[1], 2))
    return [
        sn_batch(APP, rng, [("Contribution Sent", {"amount": L(50000, BUY)}),
                            ("Naming Ceremony Booked", {"guests": 60})],
                 at=KLA_HOME_AT, nd=2, locale="lg_UG"),
        sn_identify(APP, rng, {"ekika": L(CLAN_NAME, SENS), "ekibuga": L("Kampala", COARSE),
                               "ennamba_ya_kaadi": L(CLAN_NO, UID), "twins": True}),
        ta_launch(APP, rng, first=True),
        ta_event(APP, rng, "contribution", {"receipt": L("KK-RC-25-40912", BUY)},
                 revenue=50000.0, currency="UGX", hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="family,events,kampala"),
        cs_crash(APP, rng, ("java.lang.NullPointerException", "olumbe.photo was null"),
                 [cs_crumb("nav", "Amawulire -> Olumbe"),
                  cs_crumb("net", "POST", {"url": f"{APP.api}/v1/olumbe", "status": 200})],
                 screen="OlumbeActivity"),
        pn_register(APP, rng, lang="lg", at=home2, nd=2,
                    tags={"ekika": L(CLAN_NAME, SENS), "ekibuga": L("Kampala", COARSE)}),
        cj_wallet(APP, rng, "50000", L(E164, TEL)),
        mk_route(APP, rng, [(KLA_HOME_AT, PRECISE), ((CLAN["lat"], CLAN["lon"]), None)]),
        hm_message(APP, rng, L("Receipt KK-RC-25-40912 tekiraga mu kaadi yange",
                               f"{TEXT}|{BUY}"), {"ennamba_ya_kaadi": L(CLAN_NO, UID)}),
    ]
