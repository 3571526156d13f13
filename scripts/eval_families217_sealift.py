"""Annual sealift pre-order app "Umiarjuaq" (``umiarjuaq`` ship: a fictional freight co-operative
takes households' orders of a year's dry goods, a snowmobile and a freight allowance in spring and
lands them at Iqaluit's beach in August). Its API's keys are Inuktitut in Roman orthography:
``atiq`` first name, ``ilagiit_atiq`` family name, ``uqaalautiq`` phone, ``isiqsiut`` password,
``najugaq`` home (street line), ``illu_nampa`` building number, ``nunalik`` community,
``aippaq`` spouse, ``akauntii`` account, ``uvanga`` me, ``qinirniq`` search, ``piqujaq`` order,
``piqujait`` ordered items, ``akia`` price, ``kiinaujaq`` amount, ``akiliiniq`` payment,
``sumiinniq`` position, ``tigusiji`` the person picking up, ``titiraq`` message, ``ajjiliuqtaq``
photo, ``sikituuq`` snowmobile, ``usiit`` freight, ``uqumaitsuninga`` weight, ``tunijaksaq`` gift,
``atuqti`` user, ``pisimajut`` events, ``takuvvik`` screen, ``anniq`` log-out: sign-up, log-in,
``/uvanga``, a catalogue search, an item, the order, a snowmobile (msgpack), the payment, a freight
allowance, the drop point at the house with her fix, a protobuf status poll, a damaged-goods claim
(photo), invoices by cookie, the order by number in the path, a message quoting her phone, her
husband authorised for pick-up, a phone change, a gift order for her mother-in-law in Pangnirtung,
push, events and a log-out. New kind: no earlier set has a sealift (set 148's field-trip ship
carries passengers and cargo to atolls; set 124 delivers diesel)."""

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
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families217_kit import (
    HOME_AT,
    HUSBAND,
    IQ_HOME,
    MOTHER_IL,
    SEA_ACCT,
    SEA_ORDER,
    SEALIFT,
    fix,
    hd,
    obj,
    push,
)
from eval_families217_sdk import (
    bn_bid,
    bn_notice,
    cp_crash,
    cp_crumb,
    km_batch,
    km_identify,
    mt_event,
    mt_launch,
)
from eval_families217_svc import kp_card, kp_confirm, ms_reverse, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("umiarjuaq", "Umiarjuaq", "com.example.umiarjuaq", "3.4.1",
          "https://api.umiarjuaq.example.com")
IID = "X-Umiarjuaq-Qarasaujaq"
PW = "Sealift!Apex2026"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, iu=True, **kw)


def umiarjuaq() -> list[Case]:
    rng = random.Random(21701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), akauntii=L(SEA_ACCT, UID)))}
    hla, hlo = fix(HOME_AT)
    lab: dict[str, str] = {}
    poll = pb([(1, L(SEA_ACCT, UID)), (2, L(SEA_ORDER, BUY)), (3, "MV Tuvaq"), (4, 1786000000),
               (5, [(1, SEALIFT["port_lat"]), (2, SEALIFT["port_lon"])])], "", lab)
    order = at_path(case(f, f"{a}/api/v1/piqujait/{SEA_ORDER}", headers=_h(rng, **b)),
                    SEA_ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/atiliurniq", headers=_h(rng), body={
            "atiq": L(FIRST, NAMEC), "ilagiit_atiq": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "uqaalautiq": L(E164, TEL), "isiqsiut": L(PW, CRED),
            "najugaq": L(IQ_HOME["line"], ADDR), "illu_nampa": L(IQ_HOME["bldg"], ADDR),
            "nunalik": L(IQ_HOME["town"], COARSE), "postal_code": L(IQ_HOME["post"], COARSE),
            "aippaq": {"atiq": L(HUSBAND[0], NAMEC), "uqaalautiq": L(HUSBAND[1], TEL)},
            "akauntii": L(SEA_ACCT, UID), "news": True}),
        case(f, f"{a}/api/v1/isirniq", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "isiqsiut": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/v1/uvanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "client_id": "umiarjuaq-android"}),
        case(f, f"{a}/api/v1/ilagiit", headers=_h(rng, **b), body={
            "akauntii": L(SEA_ACCT, UID), "household": 3,
            "aippaq": L(HUSBAND[0], NAMEC), "qitunraq_age": L(10, BIRTH),
            "freight_allowance": True}),
        case(f, f"{a}/api/v1/catalogue", headers=_h(rng, **b), query={
            "qinirniq": L("powdered milk 2.5 kg case", SEARCH), "page": "1", "season": "2026"}),
        case(f, f"{a}/api/v1/catalogue/itm_40117", headers=_h(rng, **b), query={
            "nunalik": "iqaluit"}),
        case(f, f"{a}/api/v1/piqujait", headers=_h(rng, **b), body={
            "akauntii": L(SEA_ACCT, UID), "piqujaq": L(SEA_ORDER, BUY),
            "piqujait": [{"item": "itm_40117", "amount": 6, "akia": 41.9},
                         {"item": "itm_22051", "amount": 10, "akia": 18.5},
                         {"item": "itm_90812", "amount": 2, "akia": 64.0}],
            "kiinaujaq": L(564.4, BUY), "najugaq": L(IQ_HOME["line"], ADDR),
            "nunalik": L(IQ_HOME["town"], COARSE), "line_id": obj(rng, "ln")}),
        case(f, f"{a}/api/v1/piqujait/sikituuq", fmt="msgpack", headers=_h(rng, **b), body={
            "piqujaq": L(SEA_ORDER, BUY), "sikituuq": {"model": "Tundra LE 550", "year": 2026,
                                                      "akia": 13899},
            "qamutiik": True, "kiinaujaq": L(14650, BUY), "akauntii": L(SEA_ACCT, UID)}),
        case(f, f"{a}/api/v1/akiliiniq", fmt="form", headers=_h(rng, **b), body={
            "piqujaq": L(SEA_ORDER, BUY), "kiinaujaq": L("3000.00", BUY), "currency": "CAD",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/usiit/allowance", headers=_h(rng, **b), body={
            "akauntii": L(SEA_ACCT, UID), "usiit": "container_20ft_share",
            "uqumaitsuninga": 1200, "kiinaujaq": L(1850, BUY), "shared_with": "ua_pool_0041"}),
        case(f, f"{a}/api/v1/tuniuqsivik", headers=_h(rng, **b), body={
            "piqujaq": L(SEA_ORDER, BUY), "sumiinniq": {"lat": hla, "lon": hlo, "acc": 6},
            "beach": {"lat": SEALIFT["port_lat"], "lon": SEALIFT["port_lon"]},
            "note": L("Behind the blue house, next to the qamutiik rack", TEXT)}),
        raw(f, f"{a}/api/v1/status", poll, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/claims", [
            ("ajjiliuqtaq", "crushed_box.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("meta", None, "application/json", {
                "piqujaq": L(SEA_ORDER, BUY), "item": "itm_22051",
                "titiraq": L("Two cases of juice crushed, the box was soaked", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/akiliksait", headers=_h(rng, how="none"), cookies={
            "um_session": L(opaque(rng, "", 40), CRED), "um_device": L(INSTALL_ID, DID),
            "um_req": rid(rng)}),
        order,
        case(f, f"{a}/api/v1/titiraq", headers=_h(rng, **b), body={
            "to": SEALIFT["id"], "titiraq": L(f"Please call me at {E164} when the barge lands",
                                               f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/tigusiji", headers=_h(rng, **b), body={
            "piqujaq": L(SEA_ORDER, BUY), "tigusiji": {"atiq": L(HUSBAND[0], NAMEC),
                                                      "uqaalautiq": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/uvanga", headers=_h(rng, **b), body={
            "uqaalautiq": L(NATIONAL, TEL), "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/v1/tunijaksaq", headers=_h(rng, **b), body={
            "akauntii": L(SEA_ACCT, UID), "tigusiji": {"atiq": L(MOTHER_IL[0], NAMEC),
                                                      "uqaalautiq": L(MOTHER_IL[1], TEL),
                                                      "nunalik": L("Pangnirtung", COARSE)},
            "piqujait": [{"item": "itm_77810", "amount": 1, "akia": 329.0}],
            "kiinaujaq": L(329.0, BUY), "titiraq": L("For your new freezer, anaana", TEXT)}),
        case(f, f"{a}/api/v1/qarasaujaq", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/pisimajut", gz=True, headers=_h(rng, **b), body={
            "atuqti": L(USER_ID, UID), "pisimajut": [
                ev("piqujaq_made", 1, kiinaujaq=L(564.4, BUY)),
                ev("takuvvik", 2, takuvvik=L("Catalogue", USAGE))]}),
        case(f, f"{a}/api/v1/anniq", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "qarasaujaq": L(INSTALL_ID, DID)}),
    ]


def umiarjuaq_sdks() -> list[Case]:
    rng = random.Random(21702)
    return [
        km_batch(APP, rng, [("Order Placed", {"total": L(564.4, BUY)}),
                            ("Catalogue Viewed", {"season": "2026"})],
                 at=HOME_AT, nd=2, locale="iu_CA"),
        km_identify(APP, rng, {"nunalik": L("Iqaluit", COARSE), "akauntii": L(SEA_ACCT, UID),
                               "orders": 2}),
        mt_launch(APP, rng, first=True),
        mt_event(APP, rng, "purchase", {"piqujaq": L(SEA_ORDER, BUY)}, revenue=564.4,
                 hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sealift,groceries"),
        bn_notice(APP, rng, "win"),
        cp_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "cart row 3"),
                 [cp_crumb("nav", "Catalogue -> Cart"),
                  cp_crumb("net", "POST", {"url": f"{APP.api}/api/v1/piqujait", "status": 500})],
                 screen="CartActivity"),
        pg_register(APP, rng, lang="iu", tags={"nunalik": L("Iqaluit", COARSE),
                                                "season": "2026"}),
        kp_card(APP, rng, email=True),
        kp_confirm(APP, rng, "3000.00"),
        ms_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
