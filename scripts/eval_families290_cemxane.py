"""An Alevi cem house's community app "Cemxane" (the Dersim cemevi her husband's family belongs to;
its API's keys are Zazaki, ASCII-folded: ``name`` first name, ``peyname`` surname, ``e_poste``
e-mail, ``telefon`` phone, ``parola`` password, ``tarixe_biyayisi`` birth date, ``ocax`` the
holy lineage a family follows, ``talib_no`` member number, ``merde`` husband, ``dewe`` village,
``musayib`` ritual sibling, ``amayis`` attendance, ``lokma`` offering meal, ``niyaz`` offering,
``qurban`` sacrifice, ``roca_xiziri`` the Xizir fast, ``dede`` the ritual leader, ``ziyaret``
visit, ``adres`` address, ``kena`` daughter, ``semah`` the ritual dance, ``jiare`` sacred place,
``bexs`` donation, ``pere`` money, ``miqdar`` amount, ``miriyayi`` the departed, ``nuste`` text,
``cigerayis`` search, ``resim`` photo, ``hedise`` event, ``ziwan`` language): registration with
her lineage, a log-in, ``/mi``, the cem calendar, attendance at a Thursday cem with her fix, a
lokma offering, a sacrifice share, the Xizir fast calendar, a dede's house visit, Zelal's semah
class, a pilgrimage to the Munzur springs, a donation, a commemoration meal for the departed, a
message to the dede, an album photo, the member card by number in the path, a receipt by cookie,
a search, push and events. New kind (a file-name and docstring grep for "alevi", "cemevi", "cem",
"semah", "musahip", "lokma", "xizir", "muharrem" found nothing; set 140's dervish lodge and the
shrine and pilgrimage sets are other faiths' places)."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families290_kit import (
    CEM_FIX,
    CEMXANE,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    TALIB,
    fix,
    hd,
    obj,
    push,
)
from eval_families290_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families290_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cemxane", "Cemxane", "com.example.cemxane", "2.4.1", "https://api.cemxane.example.org")
IID = "X-Cemxane-Cihaz"
PW = "Munzur!Gaxan2025"
REL = SENS
DOB_TR = "17.05.1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tr=True, **kw)


def cemxane() -> list[Case]:
    rng = random.Random(29011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_poste=L(EMAIL, MAIL), talib_no=L(TALIB, UID),
                                    cemxane=L(CEMXANE["name"], REL)))}
    cla, clo = fix(CEM_FIX, 4)
    card = at_path(case(f, f"{a}/v1/talib/{TALIB}/kart", headers=_h(rng, **b)), TALIB, UID)
    kid = f"{DAUGHTER['first']} {DAUGHTER['last']}"
    return [
        case(f, f"{a}/v1/qeyd", headers=_h(rng), body={
            "name": L(FIRST, NAMEC), "peyname": L(LAST, NAMEC), "e_poste": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parola": L(PW, CRED), "tarixe_biyayisi": L(DOB_TR, BIRTH),
            "ocax": L("Kureysan", REL), "cemxane": L(CEMXANE["id"], REL),
            "merde": {"name": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "dewe": L("Pulur", COARSE), "talib_no": L(TALIB, UID), "ziwan": "en"}),
        case(f, f"{a}/v1/cikewtis", fmt="form", headers=_h(rng), body={
            "e_poste": L(EMAIL, MAIL), "parola": L(PW, CRED), "cihaz": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cemi", headers=_h(rng, **b), query={
            "cemxane": L(CEMXANE["id"], REL), "asme": "2026-02"}),
        case(f, f"{a}/v1/amayis", headers=_h(rng, **b), body={
            "cem": L("Persembe cemi", REL), "tarix": "2026-02-05", "ca": {"lat": cla, "lng": clo},
            "cemxane": {"id": CEMXANE["id"], "lat": CEMXANE["lat"], "lng": CEMXANE["lon"]},
            "musayib_ya": L(True, REL), "amayis_id": obj(rng, "am")}),
        case(f, f"{a}/v1/lokma", headers=_h(rng, **b), body={
            "cem": obj(rng, "cm"), "lokma": L("helva u nane sodir", REL), "kes": 40,
            "miqdar": L(1200, BUY), "niyaz": L("Seba wesiya Zelale", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/qurban", fmt="form", headers=_h(rng, **b), body={
            "qurban": L("Gaxan qurbane", REL), "par": "1/7", "miqdar": L("3500", BUY),
            "talib_no": L(TALIB, UID), "pere_dayis": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/roca_xiziri", headers=_h(rng, **b), query={
            "roca": L("xizir", REL), "serre": "2026"}),
        case(f, f"{a}/v1/dede/ziyaret", headers=_h(rng, **b), body={
            "dede": "dd_kureysan_04", "tarix": "2026-02-14",
            "adres": L(f"{HOME['mahalle']} {HOME['line']}", ADDR), "suke": L(HOME["town"], COARSE),
            "sebeb": L("Musayibiye ser qese kerdis", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/semah/ders", headers=_h(rng, **b), body={
            "kena": {"name": L(DAUGHTER["first"], NAMEC), "peyname": L(DAUGHTER["last"], NAMEC),
                     "tarixe_biyayisi": L(DAUGHTER["dob"], BIRTH),
                     "cinsiyet": L(DAUGHTER["sex"], GENDER)},
            "ders": L("semah - domanan", REL), "roje": "sebte", "talib_no": L(TALIB, UID)}),
        case(f, f"{a}/v1/jiare/gerayis", headers=_h(rng, **b), body={
            "jiare": L("Munzur Gozeleri", REL), "tarix": "2026-06-21", "kes": 3,
            "rayiwani": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(kid, NAMEC)],
            "miqdar": L(600, BUY), "otobus": "bus_07"}),
        case(f, f"{a}/v1/bexs", fmt="form", headers=_h(rng, **b), body={
            "fon": L("cemxane-cati", REL), "pere": L("500", BUY), "para_birimi": "TRY",
            "pere_dayis": L(opaque(rng, "pm_", 24), PAY), "nameyo_veng": "ne"}),
        case(f, f"{a}/v1/xeyrat", headers=_h(rng, **b), body={
            "xeyrat": L("hewtiye", REL), "tarix": "2026-02-19",
            "miriyayi": [L("Zeynel Aslantepe", NAMEC), L("Fatma Aslantepe", NAMEC)],
            "weseyi": [L(MOTHER_IL[0], NAMEC)], "lokma_miqdar": L(2000, BUY)}),
        case(f, f"{a}/v1/mesaj", headers=_h(rng, **b), body={
            "dede": "dd_kureysan_04",
            "nuste": L("Dede, musayibe Gulizar Aslantepe (+905427730162) merd, cemo ke yeno "
                       "de dua wazena", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        multipart(f, f"{a}/v1/albume/resim", [
            ("resim", "gaxan_2026.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "albume": "gaxan-2026",
                "nuste": L("Gaxan de Zelal u Hidir reyde semah", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        card,
        case(f, f"{a}/v1/makbuz/peyen", headers=_h(rng, how="none"), cookies={
            "cx_oturum": L(opaque(rng, "", 40), CRED), "cx_cihaz": L(INSTALL_ID, DID),
            "cx_req": rid(rng)}),
        case(f, f"{a}/v1/cigerayis", headers=_h(rng, **b), query={
            "cigerayis": L("semah dersi domanan sebte", SEARCH), "pele": "1"}),
        case(f, f"{a}/v1/muxabbet/lcv", fmt="form", headers=_h(rng, **b), body={
            "muxabbet": obj(rng, "mx"), "kes": "3", "talib_no": L(TALIB, UID),
            "meyman": L(MOTHER_IL[0], NAMEC)}),
        case(f, f"{a}/v1/cihaz", headers=_h(rng, **b), body=push(push_token(rng), "tr_TR")),
        case(f, f"{a}/v1/hedise", gz=True, headers=_h(rng, **b), body={
            "karber": L(USER_ID, UID), "hedise": [
                ev("lokma_dayis", 1, miqdar=L(1200, BUY)),
                ev("ekran", 2, ekran=L("CemTeqwim", USAGE)),
                ev("bexs", 3, fon=L("cemxane-cati", REL))]}),
        case(f, f"{a}/v1/vejiyayis", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "cihaz": L(INSTALL_ID, DID)}),
    ]


def cemxane_sdks() -> list[Case]:
    rng = random.Random(29012)
    return [
        mc_batch(APP, rng, [("Lokma Given", {"amount": L(1200, BUY)}),
                            ("Cem Attended", {"cem": L("Persembe cemi", REL)})],
                 at=CEM_FIX, nd=2, locale="tr_TR"),
        mc_identify(APP, rng, {"ocax": L("Kureysan", REL), "talib_no": L(TALIB, UID),
                               "suke": L("Tunceli", COARSE)}),
        mc_pixel(APP, rng, "Gulbang Opened", {"day": "2026-02-05"}),
        tn_event(APP, rng, "donation", {"fon": L("cemxane-cati", REL)}, revenue=500.0),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/bexs"),
                 [cd_crumb("nav", "Home -> Bexs"), cd_crumb("tap", "bexs_button")],
                 screen="BexsActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2, lang="tr",
                    tags={"cemxane": L("Dersim Cemevi", REL), "semah": "domanan"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "500.00"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((CEMXANE["lat"], CEMXANE["lon"]), None)],
                 mode="walking"),
        hs_message(APP, rng, L("Makbuza bexse ma nêame", f"{TEXT}|{REL}"),
                   {"talib_no": L(TALIB, UID)}),
    ]
