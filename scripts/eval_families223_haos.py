"""A Nama traditional authority's clan register and descendants' registry "Haoskhanis" (``!haos``
clan/community + ``#khanis`` book; the Berseba authority's app, fictional). Its API's keys are
Khoekhoegowab, ASCII-folded as its developer writes them (click letters dropped, no
diacritics), with English ``email``, ``id``, ``token``, ``lat``/``lon`` and Afrikaans loans:
``ons`` name, ``familie_ons`` surname, ``selfoon`` mobile, ``nui_mis`` password (a coinage:
"hidden word"), ``goa_tses`` birth date (``!goa tses``), ``id_nommer`` ID number, ``oms``
house (street line), ``dorob`` town, ``streek`` region, ``geslag`` sex (``taras`` woman),
``haos`` clan, ``haos_no`` household register number, ``aob`` husband, ``goas`` daughter,
``gus`` mother, ``kaikhoen`` elders/ancestors, ``goan_goan`` descendants (children's
children), ``gaob`` chief, ``raad`` council, ``mari`` amount, ``mari_gui`` payment, ``khanis``
letter/message, ``mis`` remark (word), ``soek`` search, ``khais`` place, ``kurib`` year,
``tses`` day, ``toestel`` device, ``gowab`` language, ``aeb_sone`` time zone, ``xun`` events:
registration (she as a member's wife), a form log-in, ``/ti`` (mine), the household (her
husband's and daughter's clan), the daughter's entry, the ancestors killed in 1904-1908 (the
descendants' registry), the register entry by number in the path, the council meeting with her
fix, her answers to the reparations consultation, the yearly levy, a letter for her
mother-in-law, grazing rights, a document photo, the calendar, the commemoration at Shark
Island, a search, a card link (base64 JSON in a form field), an offline sync from the village
(msgpack), a receipt by cookie, push, events and a log-out."""

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
    NATIONAL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families223_kit import (
    CLAN,
    DAUGHTER,
    HAOS_NO,
    HUSBAND,
    KH_HOME,
    KH_HOME_AT,
    MOTHER_IL,
    PERMIT,
    TA,
    TA_FIX,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families223_sdk import (
    cn_crash,
    cn_crumb,
    mk_batch,
    mk_identify,
    tg_event,
    tg_launch,
)
from eval_families223_svc import (
    ca_card,
    ca_confirm,
    cb_save,
    hw_message,
    mg_route,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("haoskhanis", "Haoskhanis", "com.example.haoskhanis", "1.8.2",
          "https://api.haoskhanis.example.org")
IID = "X-Haos-Toestel"
PW = "Brukkaros#1904k"
DOB_NA = "17/05/1991"
NID = "personal.national_id"
HUSBAND_ID = "85061200233"  # his Namibian ID number (personal.national_id)
MIL_HOUSE = (-25.996214, 17.772903)  # her mother-in-law's house in Berseba (her family's)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, naq=True, **kw)


def haoskhanis() -> list[Case]:
    rng = random.Random(22301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), haos_no=L(HAOS_NO, UID)))}
    tla, tlo = fix(TA_FIX, 5)
    sla, slo = fix(MIL_HOUSE, 4)
    kid = f"{DAUGHTER['first']} {DAUGHTER['last']}"
    entry = at_path(case(f, f"{a}/api/v1/haos/{HAOS_NO}", headers=_h(rng, **b)), HAOS_NO, UID)
    return [
        case(f, f"{a}/api/v1/registrasie", headers=_h(rng), body={
            "ons": L(FIRST, NAMEC), "familie_ons": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selfoon": L(E164, TEL), "nui_mis": L(PW, CRED), "goa_tses": L(DOB_NA, BIRTH),
            "id_nommer": L(PERMIT, NID), "geslag": L("taras", GENDER),
            "oms": L(KH_HOME["line"], ADDR), "dorob": L(KH_HOME["town"], COARSE),
            "streek": L(KH_HOME["region"], COARSE),
            "aob": {"ons": L(HUSBAND[0], NAMEC), "selfoon": L(HUSBAND[1], TEL),
                    "haos": L(CLAN, SENS)},
            "haos_no": L(HAOS_NO, UID), "rol": "aob_taras", "gowab": L("naq", DEV)}),
        case(f, f"{a}/api/v1/intre", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "nui_mis": L(PW, CRED), "onthou": "1"}),
        case(f, f"{a}/api/v1/ti", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/huishouding", headers=_h(rng, **b), body={
            "haos_no": L(HAOS_NO, UID), "lede": [
                {"ons": L(HUSBAND[0], NAMEC), "id_nommer": L(HUSBAND_ID, NID),
                 "haos": L(CLAN, SENS), "volk": L("Nama", SENS)},
                {"ons": L(f"{FIRST} {LAST}", NAMEC), "rol": "aob_taras",
                 "herkoms": L("American", SENS)},
                {"ons": L(kid, NAMEC), "goa_tses": L(DAUGHTER["dob"], BIRTH),
                 "haos": L(CLAN, SENS)}],
            "dorob": L(KH_HOME["town"], COARSE)}),
        case(f, f"{a}/api/v1/goan/registreer", headers=_h(rng, **b), body={
            "goas": {"ons": L(DAUGHTER["first"], NAMEC), "familie_ons": L(DAUGHTER["last"], NAMEC),
                     "goa_tses": L(DAUGHTER["dob"], BIRTH), "geslag": L(DAUGHTER["sex"], GENDER),
                     "id_nommer": L(DAUGHTER["idno"], NID), "haos": L(CLAN, SENS)},
            "gub": L(HUSBAND[0], NAMEC), "haos_no": L(HAOS_NO, UID)}),
        case(f, f"{a}/api/v1/kaikhoen", headers=_h(rng, **b), body={
            "haos_no": L(HAOS_NO, UID), "goan_goan": L(True, SENS),
            "kaikhoen": [
                {"ons": L("Jonas Goagoseb", NAMEC), "kurib": 1905,
                 "khais": L("Shark Island, Luderitz", SENS)},
                {"ons": L("Sofia Goagoses", NAMEC), "kurib": 1906,
                 "khais": L("Shark Island, Luderitz", SENS)}],
            "mis": L("Hendrik se ouma se ouers, ons weet net hulle name uit die kerkboek",
                     f"{TEXT}|{SENS}")}),
        entry,
        case(f, f"{a}/api/v1/raad/byeenkoms", headers=_h(rng, **b), body={
            "byeenkoms": obj(rng, "mt"), "tipe": L("reparations consultation", SENS),
            "khais": {"lat": tla, "lon": tlo},
            "kantoor": {"id": TA["id"], "lat": TA["lat"], "lon": TA["lon"]},
            "haos_no": L(HAOS_NO, UID)}),
        case(f, f"{a}/api/v1/konsultasie", headers=_h(rng, **b), body={
            "vorm": "rp_2026_03", "haos_no": L(HAOS_NO, UID),
            "verklaring": L("reject", SENS), "onderhandel": L("communities_direct", SENS),
            "mis": L("Die verskoning moet direk na die Nama en Ovaherero leiers kom, nie deur "
                     "die regering nie.", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/v1/heffing", fmt="form", headers=_h(rng, **b), body={
            "haos_no": L(HAOS_NO, UID), "mari": L("120.00", BUY), "valuta": "NAD",
            "kurib": "2026", "mari_gui": L(opaque(rng, "pm_", 24), PAY),
            "laaste_vier": L("4444", PAY)}),
        case(f, f"{a}/api/v1/khanis", headers=_h(rng, **b), body={
            "aan": "sekretaris_gaob",
            "khanis": L(f"My skoonma {MOTHER_IL[0]} ({MOTHER_IL[1]}) vra 'n afskrif van haar "
                        "weidingsbrief.", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/weiding", headers=_h(rng, **b), query={
            "haos_no": L(HAOS_NO, UID), "dorob": L("Berseba", COARSE), "kurib": "2026"}),
        multipart(f, f"{a}/api/v1/dokumente", [
            ("foto", "kerkboek_1903.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("meta", None, "application/json", {
                "haos_no": L(HAOS_NO, UID), "soort": "kerkboek",
                "mis": L("Doopregister 1903, Jonas Goagoseb", f"{TEXT}|{NAMEC}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kalender", headers=_h(rng, **b), query={
            "dorob": L("Berseba", COARSE), "khab": "2026-08"}),
        case(f, f"{a}/api/v1/herdenking/rsvp", headers=_h(rng, **b), body={
            "herdenking": L("Shark Island commemoration", SENS), "tses": "2026-09-06",
            "gaste": 3, "bus": True, "mari": L(150, BUY), "haos_no": L(HAOS_NO, UID)}),
        case(f, f"{a}/api/v1/soek", headers=_h(rng, **b), query={
            "soek": L("Goagoseb kaikhoen 1905", SEARCH), "blad": "1"}),
        case(f, f"{a}/api/v1/kaart/koppel", fmt="form", headers=_h(rng, **b), body={
            "data": W({"haos_no": L(HAOS_NO, UID), "selfoon": L(NATIONAL, TEL),
                       "goa_tses": L(DOB_NA, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/sinc", fmt="msgpack", headers=_h(rng, **b), body={
            "haos_no": L(HAOS_NO, UID), "vanlyn": True,
            "khais": {"lat": sla, "lon": slo},
            "tellings": [{"soort": "piri", "getal": 34}, {"soort": "gun", "getal": 18}],
            "gemaak": 1772301120}),
        case(f, f"{a}/api/v1/kwitansie/laaste", headers=_h(rng, how="none"), cookies={
            "hk_sessie": L(opaque(rng, "", 40), CRED), "hk_toestel": L(INSTALL_ID, DID),
            "hk_req": rid(rng)}),
        case(f, f"{a}/api/v1/toestel", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "toestel_id": L(INSTALL_ID, DID),
            "gowab": L("naq", DEV), "aeb_sone": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/xun", gz=True, headers=_h(rng, **b), body={
            "khoe_id": L(USER_ID, UID), "xun": [
                ev("huishouding_gestoor", 1), ev("heffing", 2, mari=L(120, BUY)),
                ev("skerm", 3, skerm=L("Kaikhoen", USAGE))]}),
        case(f, f"{a}/api/v1/uitgaan", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "toestel": L(INSTALL_ID, DID)}),
    ]


def haoskhanis_sdks() -> list[Case]:
    rng = random.Random(22302)
    return [
        mk_batch(APP, rng, [("Household Saved", {"members": 3}),
                            ("Levy Paid", {"amount": L(120, BUY)})], at=TA_FIX, nd=2),
        mk_identify(APP, rng, {"dorob": L("Keetmanshoop", COARSE), "haos": L(CLAN, SENS),
                               "haos_no": L(HAOS_NO, UID)}),
        tg_launch(APP, rng, first=True),
        tg_event(APP, rng, "levy_paid", {"haos_no": L(HAOS_NO, UID)}, revenue=120.0,
                 hashed=True),
        cn_crash(APP, rng, ("java.lang.IllegalStateException", "register form detached"),
                 [cn_crumb("nav", "Huishouding -> Kaikhoen"),
                  cn_crumb("net", "POST", {"url": f"{APP.api}/api/v1/kaikhoen", "status": 500})],
                 screen="KaikhoenActivity"),
        ps_register(APP, rng, lang="naq", at=KH_HOME_AT, nd=2,
                    tags={"haos": L(CLAN, SENS), "dorob": L("Berseba", COARSE)}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "120.00"),
        mg_route(APP, rng, [(KH_HOME_AT, PRECISE), ((TA["lat"], TA["lon"]), None)]),
        hw_message(APP, rng, L("My levy receipt for 2026 does not show in the app", TEXT),
                   {"haos_no": L(HAOS_NO, UID)}),
    ]
