"""An Almaty banquet hall's toi (family feast) booking app "Dastarqan" (she books her
father-in-law's sixtieth-birthday jubilee, the ``alpys jas toi``; its API's keys are Kazakh in
Latin letters: ``aty`` name, ``tegi`` family name, ``elposhta`` e-mail, ``telefon_nomiri`` phone
number, ``qupiia_soz`` password, ``tugan_kuni`` birth date, ``jynysy`` sex, ``mekenjai`` address,
``qala`` city, ``audan`` district, ``jsn`` IIN (the individual identification number),
``kuieui`` husband; also ``til`` language, ``toi_turi`` kind of feast, ``zal`` hall, ``kun``
date, ``qonaqtar`` guests, ``qonaq_sany`` guest count, ``tapsyrys`` order, ``soma`` amount,
``tilek`` wish, ``matin`` text, ``orny`` place, ``karta`` card, ``kod`` code, ``syilyq`` gift,
``kimnen`` from whom, ``ustel`` table, ``qurylgy`` device, ``uaqyt_beldeui`` time zone):
sign-up, a log-in, an SMS code, ``/men``, halls near her flat, a hall's menu, the toi booked, the
guest list, the deposit, a cookie GET, the seating plan (msgpack), a tasting at the hall, the
invitation card (a family photo), invitations sent by SMS (bracketed form keys), a search for a
toastmaster (``asaba``), his booking, the gift-money book, a card link (base64 JSON in a form
field), the receipt by order number in the path, a review, a change of the booking, push,
events and a log-out. Weddings are sets 32, 55 and 83's planners; this is a banquet hall's own
app for any toi, billed per guest."""

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
from eval_families137_kit import (
    ALA_HOME,
    ALA_HOME_AT,
    HALL,
    HALL_FIX,
    HUSBAND,
    IIN,
    NATID,
    SISTER_IN_LAW,
    TOI,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families137_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families137_svc import cl_card, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("dastarqan", "Dastarqan", "com.example.dastarqan", "4.1.2",
          "https://api.dastarqan.example.com")
IID = "X-Qurylgy-Id"
PW = "Dastarqan#Almaly41"
DOB_KZ = "17.05.1991"
FIL = ("Serik Seitkali", "+77015550233")  # her father-in-law, whose jubilee it is
GUESTS = [HUSBAND, SISTER_IN_LAW, FIL, ("Bolat Seitkali", "+77015550266"),
          ("Gulnar Abenova", "+77775550931")]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="kk", **kw)


def dastarqan() -> list[Case]:
    rng = random.Random(13701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elposhta=L(EMAIL, MAIL), jsn=L(IIN, NATID)))}
    tla, tlo = fix(HALL_FIX)
    guests = [{"aty": L(n, NAMEC), "telefon_nomiri": L(p, TEL), "qonaq_id": obj(rng, "qn", 8)}
              for n, p in GUESTS[1:]]
    receipt = at_path(case(f, f"{a}/api/v2/tapsyrys/{TOI}/tubirtek", headers=_h(rng, **b)),
                      TOI, BUY)
    guest_list = at_path(case(f, f"{a}/api/v2/toi/{TOI}/qonaqtar", headers=_h(rng, **b), body={
        "qonaqtar": guests, "qonaq_sany": 120, "kuieui_jaq": 70}), TOI, BUY)
    return [
        case(f, f"{a}/api/v2/tirkelu", headers=_h(rng), body={
            "aty": L(FIRST, NAMEC), "tegi": L(LAST, NAMEC), "elposhta": L(EMAIL, MAIL),
            "telefon_nomiri": L(E164, TEL), "qupiia_soz": L(PW, CRED),
            "tugan_kuni": L(DOB_KZ, BIRTH), "jynysy": L("aiel", GENDER),
            "mekenjai": L(ALA_HOME["line"], ADDR), "qala": L(ALA_HOME["city"], COARSE),
            "audan": L(ALA_HOME["area"], COARSE), "jsn": L(IIN, NATID),
            "kuieui": {"aty": L(HUSBAND[0], NAMEC), "telefon_nomiri": L(HUSBAND[1], TEL)},
            "til": L("kk", DEV), "kelisim": True}),
        case(f, f"{a}/api/v2/kiru", fmt="form", headers=_h(rng), body={
            "elposhta": L(EMAIL_UPPER, MAIL), "qupiia_soz": L(PW, CRED), "este_saqta": "1"}),
        case(f, f"{a}/api/v2/sms/rastau", fmt="form", headers=_h(rng), body={
            "telefon_nomiri": L(E164, TEL), "kod": L("480215", CRED)}),
        case(f, f"{a}/api/v2/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/zaldar/jaqyn", headers=_h(rng, **b), query={
            "lat": L(f"{ALA_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{ALA_HOME_AT[1]:.3f}", PRECISE),
            "qonaq_sany": "120", "km": "8"}),
        case(f, f"{a}/api/v2/zaldar/{HALL['id']}/mazir", headers=_h(rng, **b),
             query={"til": "kk", "bet": "1"}),
        case(f, f"{a}/api/v2/toi", headers=_h(rng, **b), body={
            "toi_turi": "alpys_jas", "zal": HALL["id"], "kun": "2026-02-14",
            "qonaq_sany": 120, "tapsyrys": L(TOI, BUY), "soma": L(3600000, BUY),
            "valiuta": "KZT", "kimge": {"aty": L(FIL[0], NAMEC)},
            "tilek": L("Atamyzdyng alpys jasy, dastarqan mol bolsyn, 120 qonaq", TEXT),
            "zal_orny": {"lat": HALL["lat"], "lon": HALL["lon"]}}),
        guest_list,
        case(f, f"{a}/api/v2/aldyn_ala_tolem", fmt="form", headers=_h(rng, **b), body={
            "tapsyrys": L(TOI, BUY), "soma": L("1080000", BUY), "valiuta": "KZT",
            "adis": L(opaque(rng, "pm_", 24), PAY), "karta_songy": L("4444", PAY),
            "tolem_id": rid(rng)}),
        case(f, f"{a}/api/v2/bonus", headers=_h(rng, how="none"), cookies={
            "dq_sessiia": L(opaque(rng, "", 40), CRED), "dq_qurylgy": L(INSTALL_ID, DID),
            "dq_til": "kk"}),
        case(f, f"{a}/api/v2/otyru_tartibi", fmt="msgpack", headers=_h(rng, **b), body={
            "tapsyrys": L(TOI, BUY), "ustel": [
                {"n": 1, "qonaqtar": [L(FIL[0], NAMEC), L(HUSBAND[0], NAMEC)]},
                {"n": 2, "qonaqtar": [L(SISTER_IN_LAW[0], NAMEC), L(GUESTS[4][0], NAMEC)]}],
            "ustel_sany": 12}),
        case(f, f"{a}/api/v2/dam_koru", headers=_h(rng, **b), body={
            "zal": HALL["id"], "orny": {"lat": tla, "lon": tlo, "daldik": 11},
            "tapsyrys": L(TOI, BUY), "tagamdar": ["besbarmaq", "qazy", "baursaq"],
            "kelu_id": obj(rng, "vz")}),
        multipart(f, f"{a}/api/v2/shaqyru", [
            ("suret", "otbasy.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
            ("meta", None, "application/json", {
                "tapsyrys": L(TOI, BUY), "shablon": "oyu_03",
                "matin": L("Qurmetti aghayin! Serik atamyzdyng alpys jasyna shaqyramyz.",
                           f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/shaqyru/jiberu", fmt="form", headers=_h(rng, **b), body={
            "tapsyrys": L(TOI, BUY), "nomirler[0]": L(SISTER_IN_LAW[1], TEL),
            "nomirler[1]": L(GUESTS[3][1], TEL), "nomirler[2]": L(GUESTS[4][1], TEL),
            "arna": "sms"}),
        case(f, f"{a}/api/v2/izdeu", headers=_h(rng, **b), query={
            "q": L("asaba qazaqsha orysha", SEARCH), "qala": L("Almaty", COARSE),
            "bet": "1"}),
        case(f, f"{a}/api/v2/asaba/tapsyrys", headers=_h(rng, **b), body={
            "asaba": "as_0921", "tapsyrys": L(TOI, BUY), "soma": L(250000, BUY),
            "tilek": L("Eki tilde jurgizsin, atamyz orysshany jaqsy koredi", TEXT)}),
        case(f, f"{a}/api/v2/syilyq_kitaby", headers=_h(rng, **b), body={
            "tapsyrys": L(TOI, BUY), "syilyqtar": [
                {"kimnen": L(GUESTS[3][0], NAMEC), "soma": 50000, "turi": "konvert"},
                {"kimnen": L(GUESTS[4][0], NAMEC), "soma": 30000, "turi": "konvert"},
                {"kimnen": L(SISTER_IN_LAW[0], NAMEC), "soma": 0, "turi": "shapan"}]}),
        case(f, f"{a}/api/v2/karta/baylanystyru", fmt="form", headers=_h(rng, **b), body={
            "data": W({"telefon_nomiri": L(E164, TEL), "tugan_kuni": L(DOB_KZ, BIRTH),
                       "jsn": L(IIN, NATID)}, "b64json"), "nusqa": "2"}),
        receipt,
        case(f, f"{a}/api/v2/pikir", fmt="form", headers=_h(rng, **b), body={
            "zal": HALL["id"], "juldyz": "5",
            "matin": L("Besbarmaq ote dämdi, qyzmet jyldam. Rahmet!", TEXT)}),
        case(f, f"{a}/api/v2/toi/ozgertu", headers=_h(rng, **b), body={
            "tapsyrys": L(TOI, BUY), "qonaq_sany": 130, "soma": L(3900000, BUY),
            "baylanys": {"aty": L(HUSBAND[0], NAMEC), "telefon_nomiri": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v2/qurylgy", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "qurylgy_id": L(INSTALL_ID, DID),
            "til": L("kk", DEV), "uaqyt_beldeui": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v2/oqigalar", gz=True, headers=_h(rng, **b), body={
            "paidalanushy": L(USER_ID, UID), "oqigalar": [
                ev("zal_koru", 1, zal=HALL["id"]), ev("toi_brondau", 2, qonaq=120),
                ev("skrin", 3, skrin=L("ToiTizimi", USAGE))]}),
        case(f, f"{a}/api/v2/shygu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "qurylgy": L(INSTALL_ID, DID)}),
    ]


def dastarqan_sdks() -> list[Case]:
    rng = random.Random(13702)
    return [
        mc_batch(APP, rng, [("Hall Viewed", {"hall": HALL["id"]}),
                            ("Toi Booked", {"guests": 120, "total": L(3600000, BUY)})],
                 at=HALL_FIX, nd=2, locale="kk_KZ"),
        mc_identify(APP, rng, {"qala": L("Almaty", COARSE), "audan": L("Almaly", COARSE),
                               "toi": L(TOI, BUY), "guests": 120}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"tapsyrys": L(TOI, BUY)}, revenue=1080000.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}},
               keywords="toi,banquet,besbarmaq"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "seating table 13"),
                 [cd_crumb("nav", "ToiTizimi -> OtyruTartibi"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v2/otyru_tartibi",
                                           "status": 500})],
                 screen="SeatingActivity"),
        pt_register(APP, rng, lang="kk", at=ALA_HOME_AT, nd=2,
                    tags={"zal": HALL["id"], "qala": L("Almaty", COARSE)}),
        cl_card(APP, rng),
        mm_reverse(APP, rng, ALA_HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L(f"Deposit for {TOI} charged twice, please refund one",
                               f"{TEXT}|{BUY}"), {"tapsyrys": L(TOI, BUY)}),
    ]
