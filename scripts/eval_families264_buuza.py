"""A home cooks' frozen-buuza marketplace "Buuzkhan" (families order buuza, the steamed meat
dumplings, by the hundred from home cooks before Sagaalgan, the White Month; she orders three
hundred from a kitchen in Zarechny, part delivered to the grandmother's house in Kyakhta). Its
API's keys are Buryat in Latin letters with English: ``nere`` first name, ``familiya`` surname,
``utahan`` phone, ``nyuusa_uge`` password, ``turehen_uder`` birth date, ``khoto`` city,
``khayag`` street line, ``indeks`` post code, ``urgereg``/``urtarag`` latitude/longitude,
``gal_togoo`` kitchen (lit. "hearth"), ``buuza``, ``myakhan`` meat, ``too`` count, ``sen``
price, ``dun`` total, ``zakhialga`` order, ``tulberi`` payment, ``huulshyn_durben`` last four,
``khurgelte`` delivery, ``khuleen_abagsha`` recipient, ``nemelte`` extras, ``beleg`` gift,
``zakhyaa`` message, ``segnelte`` rating, ``hanamzha`` remark, ``gomdol`` complaint,
``bederelge`` search, ``khadgalhan_khayag`` saved addresses, ``bonus`` points; ``email``,
``token``, ``id`` kept. Calls: sign-up (a birthday for a discount), log-in, ``/minii``, kitchens
near her flat (3 decimals), a menu, the Sagaalgan order, the payment, delivery to Kyakhta with
the grandmother's point, extras (msgpack), the order by number in the path, a gift voucher for
her sister-in-law, a review, a search, saved addresses, a complaint with a photo, the courier's
position, the loyalty card link (base64 JSON in a form field), points by cookie, push, events
and a log-out."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families264_kit import (
    GRANNY,
    GRANNY_AT,
    GRANNY_HOME,
    KITCHEN,
    ORDER,
    SISTER_IL,
    TZ,
    UU_HOME,
    UU_HOME_AT,
    fix,
    hd,
    obj,
)
from eval_families264_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families264_svc import cl_card, cl_confirm, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("buuzkhan", "Buuzkhan", "com.example.buuzkhan", "1.3.5",
          "https://api.buuzkhan.example.com")
IID = "X-Buuzkhan-Device"
PW = "Sagaalgan2026*"
DOB_RU = "17.05.1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bua=True, **kw)


def buuzkhan() -> list[Case]:
    rng = random.Random(26451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), utahan=L(E164, TEL)))}
    gla, glo = fix(GRANNY_AT)
    order = at_path(case(f, f"{a}/v1/zakhialga/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/buridkhel", headers=_h(rng), body={
            "nere": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "utahan": L(E164, TEL),
            "email": L(EMAIL, MAIL), "nyuusa_uge": L(PW, CRED),
            "turehen_uder": L(DOB_RU, BIRTH), "khoto": L(UU_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/orokho", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL_UPPER, MAIL), "nyuusa_uge": L(PW, CRED)}),
        case(f, f"{a}/v1/minii", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/gal_togoo/oiro", headers=_h(rng, **b), query={
            "urgereg": L(f"{UU_HOME_AT[0]:.3f}", PRECISE),
            "urtarag": L(f"{UU_HOME_AT[1]:.3f}", PRECISE), "km": "8"}),
        case(f, f"{a}/v1/gal_togoo/{KITCHEN['id']}/menu", headers=_h(rng, **b),
             query={"uder": "2026-02-14"}),
        case(f, f"{a}/v1/zakhialga", headers=_h(rng, **b), body={
            "gal_togoo": KITCHEN["id"], "zakhialga": L(ORDER, BUY),
            "buuza": [{"torol": "ukherei_bolon_gakhain", "too": 200, "sen": 55},
                      {"torol": "khoniny", "too": 100, "sen": 60}],
            "dun": L(17000, BUY), "belen_bolokho": "2026-02-14",
            "hanamzha": L("The 100 mutton ones for granny without fat pieces please, her doctor "
                          "said no fatty meat after the gallbladder", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/tulberi", fmt="form", headers=_h(rng, **b), body={
            "zakhialga": L(ORDER, BUY), "dun": L("17000.00", BUY), "munge": "RUB",
            "karta_token": L(opaque(rng, "tok_", 24), PAY), "huulshyn_durben": L("4444", PAY)}),
        case(f, f"{a}/v1/khurgelte", headers=_h(rng, **b), body={
            "zakhialga": L(ORDER, BUY), "too": 100,
            "khuleen_abagsha": {"nere": L(GRANNY[0], NAMEC), "utahan": L(GRANNY[1], TEL)},
            "khayag": L(GRANNY_HOME["line"], ADDR), "khoto": L(GRANNY_HOME["town"], COARSE),
            "indeks": L(GRANNY_HOME["post"], COARSE),
            "urgereg": gla, "urtarag": glo, "sen": L(700, BUY)}),
        case(f, f"{a}/v1/zakhialga/{ORDER}/nemelte", fmt="msgpack", headers=_h(rng, **b),
             body={"zakhialga": L(ORDER, BUY),
                   "nemelte": [{"ner": "salamat", "too": 2, "sen": 450},
                               {"ner": "boortsog_1kg", "too": 1, "sen": 600}],
                   "dun": L(1500, BUY)}),
        order,
        case(f, f"{a}/v1/beleg", headers=_h(rng, **b), body={
            "khuleen_abagsha": {"nere": L(SISTER_IL[0], NAMEC),
                                "utahan": L(SISTER_IL[1], TEL)},
            "zakhyaa": L("Sesegma, sagaan hara! Choose your buuza yourself this year", TEXT),
            "dun": L(3000, BUY), "kod": opaque(rng, "GV", 8)}),
        case(f, f"{a}/v1/segnelte", fmt="form", headers=_h(rng, **b), body={
            "gal_togoo": KITCHEN["id"], "od": "5",
            "hanamzha": L("Juicy, thin dough, like Bair's grandmother makes", TEXT)}),
        case(f, f"{a}/v1/bederelge", headers=_h(rng, **b), query={
            "q": L("buuza without pork delivery Kyakhta", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/khadgalhan_khayag", headers=_h(rng, **b), body={
            "khayaguud": [{"ner": "ger", "khayag": L(UU_HOME["line"], ADDR),
                           "khoto": L(UU_HOME["town"], COARSE)},
                          {"ner": "ezhy", "khayag": L(GRANNY_HOME["line"], ADDR),
                           "khoto": L(GRANNY_HOME["town"], COARSE)}]}),
        multipart(f, f"{a}/v1/gomdol", [
            ("zurag", "box.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {
                "zakhialga": L(ORDER, BUY),
                "beshig": L("Twelve buuza in the second box were stuck together, thawed on the "
                            "way", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/khurgelte/{obj(rng, 'dl')}/courier", headers=_h(rng, **b),
             query={"since": "1771052400"}),
        case(f, f"{a}/v1/karta/kholbokho", fmt="form", headers=_h(rng, **b), body={
            "data": W({"utahan": L(NATIONAL, TEL), "turehen_uder": L(DOB_RU, BIRTH),
                       "karta": L("BK-0094-1207", UID)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/bonus", headers=_h(rng, how="none"), cookies={
            "bz_sess": L(opaque(rng, "", 40), CRED), "bz_dev": L(INSTALL_ID, DID),
            "bz_req": rid(rng)}),
        case(f, f"{a}/v1/tukheeremzhe", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "tukheeremzhe_id": L(INSTALL_ID, DID),
            "khelen": L("bua", DEV), "sagai_buhe": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "khereglegshe": L(USER_ID, UID), "events": [
                ev("zakhialga", 1, dun=L(17000, BUY)),
                ev("screen", 2, screen=L("Sagaalgan", USAGE))]}),
        case(f, f"{a}/v1/garalga", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def buuzkhan_sdks() -> list[Case]:
    rng = random.Random(26452)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(17000, BUY), "count": 300}),
                            ("Delivery Added", {"town": L("Kyakhta", COARSE)})],
                 locale="bua_RU"),
        mc_identify(APP, rng, {"khoto": L("Ulan-Ude", COARSE), "orders": 1}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"zakhialga": L(ORDER, BUY)}, revenue=17000.0,
                 currency="RUB", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=UU_HOME_AT, nd=3,
               keywords="food,sagaalgan,buuza"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "cart cleared"),
                 [cd_crumb("nav", "Menu -> Zakhialga"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v1/zakhialga", "status": 409})],
                 screen="ZakhialgaActivity"),
        pt_register(APP, rng, lang="bua", at=UU_HOME_AT, nd=2, tags={"sagaalgan": "2026"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "17000.00", "rub"),
        mm_geocode(APP, rng, "Kyakhta, ul. Lenina 88", ADDR, near=UU_HOME_AT, nd=2),
        hs_message(APP, rng, L(f"Order {ORDER}: the Kyakhta part was not delivered yet",
                               f"{TEXT}|{BUY}"), {"zakhialga": L(ORDER, BUY)}),
    ]
