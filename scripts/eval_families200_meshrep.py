"""A Uyghur meshrep club's app "Meshrepchi" (the Almaly branch of a cultural centre's monthly
meshrep: a gathering with muqam music, dances, poems, a potluck and the ``yigit beshi`` who keeps
order; she joins with her Uyghur husband). Its API's keys are Uyghur in Latin letters
(ASCII-folded Uyghur Latin Yeziqi): ``isim`` first name, ``familiye`` surname, ``elxet`` e-mail,
``yanfon`` mobile, ``mexpiy_nomur`` password, ``tughulghan_kun`` birth date, ``jinsi`` sex
(``ayal`` woman), ``eri`` her husband, ``milliti`` ethnicity, ``ezaliq_nomuri`` membership
number, ``sheher`` city, ``nahiye`` district, ``adres`` street line, ``kenglik`` / ``uzunluq``
latitude / longitude, ``meshrep``, ``mehman_sani`` guest count, ``bilet`` ticket, ``summa``
amount, ``tolem`` payment, ``karta_axirqi_4`` card's last four, ``naxsha`` song, ``saz``
instrument, ``orunlighuchi`` performer, ``sheir`` poem, ``sahibxana`` host home, ``iane``
donation, ``tamaq`` dish, ``izahat`` note, ``bahalash`` rating, ``pikir`` comment, ``izdesh``
search, ``uchur`` message, ``tapshuruwalghuchi`` recipient, ``til`` language, ``hadisiler``
events. Calls: sign-up, log-in, ``/men``, meshreps near home, one meshrep, a seat booked, its
payment, a check-in at the hall, a protobuf stage beat, a muqam recording, a poem, hosting the
next meshrep at home, a donation to the Uyghur-language school fund, a potluck (msgpack), points
by cookie, a review, a search, a message to the yigit beshi, the card by member number in the
path, a gift ticket, a card link (base64 JSON in a form field), push, events and a log-out."""

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
    M4A,
    MAIL,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families200_kit import (
    COUSIN,
    HALL,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    SISTER_US,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families200_sdk import (
    bs_bid,
    bs_notice,
    cm_crash,
    cm_crumb,
    cm_session,
    mr_batch,
    mr_identify,
    td_event,
    td_launch,
)
from eval_families200_svc import cy_card, cy_confirm, hc_message, ma_reverse, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("meshrepchi", "Meshrepchi", "com.example.meshrepchi", "3.4.1",
          "https://api.meshrepchi.example.org")
IID = "X-Meshrep-Uskune"
PW = "Muqam!Almaly25"
DOB_KZ = "17.05.1991"
MESHREP = "mr_2025_12_almaly"  # the gathering's ID (a negative)
TICKET = "BLT-25-3318"  # her seat booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ug=True, **kw)


def meshrepchi() -> list[Case]:
    rng = random.Random(20011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elxet=L(EMAIL, MAIL), ezaliq_nomuri=L(MEMBER, UID)))}
    hla, hlo = fix(HALL_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, MESHREP), (3, 1765555200),
               (4, [(1, L(HALL_FIX[0], PRECISE)), (2, L(HALL_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/v1/ezalar/{MEMBER}/kartochka", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/tizimlitish", headers=_h(rng), body={
            "isim": L(FIRST, NAMEC), "familiye": L(LAST, NAMEC), "elxet": L(EMAIL, MAIL),
            "yanfon": L(E164, TEL), "mexpiy_nomur": L(PW, CRED),
            "tughulghan_kun": L(DOB_KZ, BIRTH), "jinsi": L("ayal", GENDER),
            "sheher": L(HOME["town"], COARSE), "nahiye": L(HOME["area"], COARSE),
            "eri": {"isim": L(HUSBAND["name"], NAMEC), "yanfon": L(HUSBAND["phone"], TEL),
                    "milliti": L("uyghur", SENS)},
            "ezaliq_nomuri": L(MEMBER, UID), "xewerlerge_qoshulush": True}),
        case(f, f"{a}/api/v1/kirish", fmt="form", headers=_h(rng), body={
            "elxet": L(EMAIL_UPPER, MAIL), "mexpiy_nomur": L(PW, CRED), "esde_tut": "1"}),
        case(f, f"{a}/api/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/meshrepler/yeqin", headers=_h(rng, **b), query={
            "kenglik": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "uzunluq": L(f"{HOME_AT[1]:.3f}", PRECISE), "km": "10", "til": "ug"}),
        case(f, f"{a}/api/v1/meshrepler/{MESHREP}", headers=_h(rng, **b),
             query={"korunush": "toluq"}),
        case(f, f"{a}/api/v1/qatnishish", headers=_h(rng, **b), body={
            "meshrep": MESHREP, "zal": HALL["id"], "mehman_sani": 2, "bilet": L(TICKET, BUY),
            "summa": L(8000, BUY), "ezaliq_nomuri": L(MEMBER, UID),
            "hemrah": {"isim": L(HUSBAND["name"], NAMEC)},
            "izahat": L("Erim rawap chalidu, sehnige yeqin orun bolsa", TEXT)}),
        case(f, f"{a}/api/v1/tolem", fmt="form", headers=_h(rng, **b), body={
            "bilet": L(TICKET, BUY), "summa": L("8000", BUY), "pul_birliki": "KZT",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_axirqi_4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/kirish_belgisi", headers=_h(rng, **b), body={
            "meshrep": MESHREP, "orun": {"kenglik": hla, "uzunluq": hlo, "eniqliq": 7},
            "zal_orni": {"kenglik": HALL["lat"], "uzunluq": HALL["lon"]},
            "ezaliq_nomuri": L(MEMBER, UID), "belge_id": obj(rng, "ci")}),
        raw(f, f"{a}/api/v1/sehne/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/naxsha/yollash", [
            ("awaz", "chebiyat_muqami.m4a", "audio/mp4", L(M4A + b"\x12", "content.media")),
            ("meta", None, "application/json", {
                "naxsha": "Chebiyat muqami", "saz": "rawap", "meshrep": MESHREP,
                "orunlighuchi": L(HUSBAND["name"], NAMEC), "uzunluqi_sekunt": 412})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sheir", headers=_h(rng, **b), body={
            "meshrep": MESHREP, "mawzu": "Ili deryasi",
            "sheir": L("Ili boyida tal chiqti, qaynimning baghida alma pishti", TEXT),
            "aptori": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/sahibxana", headers=_h(rng, **b), body={
            "kun": "2026-02-14", "mehman_sani": 24, "adres": L(HOME["line"], ADDR),
            "sheher": L(HOME["town"], COARSE), "nahiye": L(HOME["area"], COARSE),
            "orun": {"kenglik": L(round(HOME_AT[0], 5), PRECISE),
                     "uzunluq": L(round(HOME_AT[1], 5), PRECISE)},
            "alaqe": L(HUSBAND["phone"], TEL)}),
        case(f, f"{a}/api/v1/iane", fmt="form", headers=_h(rng, **b), body={
            "fond": L("uyghur_til_mektipi", SENS), "summa": L("15000", BUY),
            "pul_birliki": "KZT", "metod": L(opaque(rng, "pm_", 24), PAY), "namsiz": "false"}),
        case(f, f"{a}/api/v1/tamaq", fmt="msgpack", headers=_h(rng, **b), body={
            "meshrep": MESHREP, "ezaliq_nomuri": L(MEMBER, UID),
            "tamaqlar": [{"tamaq": "polu", "sani": 1}, {"tamaq": "samsa", "sani": 30}],
            "izahat": L("Polu men, samsa qeynanam Rizwangul hede ekelidu", TEXT)}),
        case(f, f"{a}/api/v1/ballar", headers=_h(rng, how="none"), cookies={
            "mr_sessiye": L(opaque(rng, "", 40), CRED), "mr_uskune": L(INSTALL_ID, DID),
            "mr_req": rid(rng)}),
        case(f, f"{a}/api/v1/bahalash", fmt="form", headers=_h(rng, **b), body={
            "meshrep": MESHREP, "bahalash": "5",
            "pikir": L("Yigit beshi bek qiziq idi, dolan usuli esimde qaldi!", TEXT)}),
        case(f, f"{a}/api/v1/izdesh", headers=_h(rng, **b), query={
            "izdesh": L("balilar usul kursi shenbe", SEARCH), "bet": "1"}),
        case(f, f"{a}/api/v1/uchur", headers=_h(rng, **b), body={
            "tapshuruwalghuchi": "yigit_beshi_almaly",
            "uchur": L(f"Hormetlik yigit beshi, {COUSIN[0]} Chonjidin kelidu, telefoni "
                       f"{COUSIN[1]}", f"{TEXT}|{NAMEC}|{TEL}")}),
        card,
        case(f, f"{a}/api/v1/sowgha", headers=_h(rng, **b), body={
            "tapshuruwalghuchi": {"isim": L(SISTER_US[0], NAMEC),
                                  "elxet": L(SISTER_US[2], MAIL)},
            "uchur": L("Emily, Almatigha kelseng meshrepke billa barimiz!", TEXT),
            "summa": L(8000, BUY), "sowgha_kodi": opaque(rng, "GF", 8)}),
        case(f, f"{a}/api/v1/kartochka/baghlash", fmt="form", headers=_h(rng, **b), body={
            "data": W({"ezaliq_nomuri": L(MEMBER, UID), "yanfon": L(NATIONAL, TEL),
                       "tughulghan_kun": L(DOB_KZ, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/uskune", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "uskune_id": L(INSTALL_ID, DID),
            "til": L("ug", DEV), "waqit_rayoni": L(TZ, DEV), "modeli": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/hadisiler", gz=True, headers=_h(rng, **b), body={
            "ishletkuchi": L(USER_ID, UID), "hadisiler": [
                ev("bilet_elindi", 1, meshrep=MESHREP), ev("tolem", 2, summa=L(8000, BUY)),
                ev("ekran", 3, ekran=L("MeningBiletlirim", USAGE))]}),
        case(f, f"{a}/api/v1/chiqish", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "uskune": L(INSTALL_ID, DID)}),
    ]


def meshrepchi_sdks() -> list[Case]:
    rng = random.Random(20012)
    return [
        mr_batch(APP, rng, [("Ticket Booked", {"meshrep": MESHREP, "total": L(8000, BUY)}),
                            ("Checked In", {"hall": HALL["id"]})],
                 at=HALL_FIX, nd=2, locale="ug_KZ"),
        mr_identify(APP, rng, {"sheher": L("Almaty", COARSE), "nahiye": L("Almaly", COARSE),
                               "ezaliq_nomuri": L(MEMBER, UID), "ballar": 120}),
        td_launch(APP, rng, first=True),
        td_event(APP, rng, "purchase", {"bilet": L(TICKET, BUY)}, revenue=8000.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HALL_FIX, nd=3,
               keywords="music,concert,culture"),
        bs_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "audio recorder busy"),
                 [cm_crumb("nav", "Meshrep -> Naxsha"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/api/v1/naxsha/yollash",
                                           "status": 500})], screen="RecorderActivity"),
        pl_register(APP, rng, lang="ug", at=HOME_AT, nd=2,
                    tags={"sheher": L("Almaty", COARSE), "sahibxana": True}),
        cm_session(APP, rng, secs=1310),
        cy_card(APP, rng),
        cy_confirm(APP, rng, "8000"),
        ma_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hc_message(APP, rng, L(f"Bilet {TICKET} ikki qetim tolendi", f"{TEXT}|{BUY}"),
                   {"ezaliq_nomuri": L(MEMBER, UID)}),
    ]
