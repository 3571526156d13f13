"""Kitwe kitchen-party organiser "Cilanga" (she co-hosts the kitchen party of her husband's niece
Mutale; its API's keys are Bemba as a Kitwe developer writes them, ASCII, no apostrophes, with
the English API words kept: ``ishina`` name, ``ishina_lyalupwa`` surname, ``foni`` phone,
``inkama`` password (lit. "secret"), ``ubushiku_bwakufyalwa`` birth date, ``apo_wikala``
address, ``itauni`` town, ``jenda`` gender, ``nabwinga`` bride, ``shibwinga`` groom, ``abeni``
guests, ``ukusunga`` booking, ``indalama`` amount, ``ukulipila`` payment, ``ifyabupe`` gifts,
``ubwafwilisho`` contribution, ``ubukombe`` message, ``icikope`` photo, ``ukufwaya`` search,
``incende`` place, ``ifyacitika`` events, ``icibombelo`` device, ``ululimi`` language): sign-up,
log-in, ``/nebo``, the party, halls near her house, the hall booked and paid, the guest list
typed and one imported from her address book, the invitation card, the gift registry, a pledged
contribution by mobile money, the seating plan (msgpack), the check-in at the hall and a
protobuf beat, the co-hosts' chat, a photo, the receipt by booking in the path, points by
cookie, a preferences cookie (base64 JSON), a search, push, events and a log-out."""

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
from eval_families261_kit import (
    HALL,
    HALL_FIX,
    HUSBAND,
    KT_HOME,
    KT_HOME_AT,
    MOTHER_IL,
    NIECE,
    PARTY,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families261_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families261_svc import cl_card, cl_confirm, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("cilanga", "Cilanga", "com.example.cilanga", "3.4.1", "https://api.cilanga.example.com")
IID = "X-Cilanga-Icibombelo"
PW = "Nkana!Parklands25"
DOB_BEM = "17/05/1991"
MEMBER = "CLG-U-30921"  # her organiser account number (id.user)
HALL_BOOKING = "HB-25-07714"  # the hall booked (financial.purchase)
CONTACTS = "content.contacts"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bem=True, **kw)


def cilanga() -> list[Case]:
    rng = random.Random(26101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), umwina=L(MEMBER, UID)))}
    hla, hlo = fix(HALL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, HALL["id"]), (3, 1765634400),
               (4, [(1, L(HALL_FIX[0], PRECISE)), (2, L(HALL_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/v2/ukusunga/{HALL_BOOKING}/risiti", headers=_h(rng, **b)),
                      HALL_BOOKING, BUY)
    return [
        case(f, f"{a}/v2/ukulembesha", headers=_h(rng), body={
            "ishina": L(FIRST, NAMEC), "ishina_lyalupwa": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "foni": L(E164, TEL), "inkama": L(PW, CRED),
            "ubushiku_bwakufyalwa": L(DOB_BEM, BIRTH), "jenda": L("umwanakashi", GENDER),
            "apo_wikala": L(KT_HOME["line"], ADDR), "itauni": L(KT_HOME["town"], COARSE),
            "umwina": L(MEMBER, UID), "ukusumina_amafunde": True}),
        case(f, f"{a}/v2/ukwingila", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "inkama": L(PW, CRED), "ukunjibukisha": "1"}),
        case(f, f"{a}/v2/nebo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/amaphati", headers=_h(rng, **b), body={
            "phati": PARTY, "umusango": "kitchen_party", "ubushiku": "2025-12-13",
            "nabwinga": {"ishina": L(NIECE[0], NAMEC), "foni": L(NIECE[1], TEL)},
            "shibwinga": L("Kelvin Banda", NAMEC), "abeni_bonse": 120,
            "icitenge": "buluu ne golide", "umwina": L(MEMBER, UID)}),
        case(f, f"{a}/v2/incende/ishili_apepi", headers=_h(rng, **b), query={
            "lat": L(f"{KT_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{KT_HOME_AT[1]:.3f}", PRECISE),
            "km": "6", "abeni": "120"}),
        case(f, f"{a}/v2/incende/{HALL['id']}", headers=_h(rng, **b),
             query={"ubushiku": "2025-12-13"}),
        case(f, f"{a}/v2/ukusunga", headers=_h(rng, **b), body={
            "incende": HALL["id"], "ubushiku": "2025-12-13", "ukutendeka": "14:00",
            "ukupwa": "19:00", "ukusunga": L(HALL_BOOKING, BUY), "indalama": L(1800, BUY),
            "ubukombe": L("Tulefwaya ifipuna 120 ne matebulo 12, kabili ne cipuna ca nabwinga",
                          TEXT)}),
        case(f, f"{a}/v2/ukulipila", fmt="form", headers=_h(rng, **b), body={
            "ukusunga": L(HALL_BOOKING, BUY), "indalama": L("900.00", BUY), "ndalama": "ZMW",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v2/amaphati/{PARTY}/abeni", headers=_h(rng, **b), body={
            "abeni": [{"ishina": L(MOTHER_IL[0], NAMEC), "foni": L(MOTHER_IL[1], TEL)},
                      {"ishina": L(SISTER_US[0], NAMEC), "foni": L(SISTER_US[1], TEL)},
                      {"ishina": L("Memory Chanda", NAMEC), "foni": L("+260966552014", TEL)}],
            "ukutuma_sms": True}),
        case(f, f"{a}/v2/amaphati/{PARTY}/abeni/ukufuma_kubuku", gz=True,
             headers=_h(rng, **b), body={"amashina": [
                 {"ishina": L("Agness Mwamba", CONTACTS), "foni": L("+260977300122", CONTACTS)},
                 {"ishina": L("Precious Lungu", CONTACTS), "foni": L("+260955112098", CONTACTS)},
                 {"ishina": L("Ba Loveness", CONTACTS), "foni": L("+260966781250", CONTACTS)}],
                 "ukufuma": "contacts_android"}),
        multipart(f, f"{a}/v2/amaphati/{PARTY}/kadi", [
            ("icikope", "kadi_ya_phati.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "ubukombe": L("Mwaiciwa ku kitchen party ya kwa Mutale, 13 December pa 14:00",
                              TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/amaphati/{PARTY}/ifyabupe", headers=_h(rng, **b), body={
            "ifintu": [{"ishina": "inongo 5 (stainless)", "umutengo": 650},
                       {"ishina": "blender", "umutengo": 890},
                       {"ishina": "amabakuli 12", "umutengo": 240}],
            "ukulanga_abeni": True}),
        case(f, f"{a}/v2/ubwafwilisho", headers=_h(rng, **b), body={
            "phati": PARTY, "indalama": L(500, BUY), "ndalama": "ZMW",
            "mobile_money": {"foni": L(HUSBAND[1], TEL), "umwine": L(HUSBAND[0], NAMEC)},
            "ubukombe": L("Ukufuma kuli ba Bwalya na ine, twapaapata mutusefye bwino!", TEXT)}),
        case(f, f"{a}/v2/ubwafwilisho", headers=_h(rng, **b), query={
            "phati": PARTY, "ibula": "1"}),
        case(f, f"{a}/v2/amaphati/{PARTY}/ifipuna", fmt="msgpack", headers=_h(rng, **b), body={
            "amatebulo": [{"inambala": 1, "abeni": [L(NIECE[0], NAMEC), L(MOTHER_IL[0], NAMEC)]},
                          {"inambala": 2, "abeni": [L("Memory Chanda", NAMEC)]}],
            "umwina": L(MEMBER, UID)}),
        case(f, f"{a}/v2/ukufika", headers=_h(rng, **b), body={
            "phati": PARTY, "incende": {"lat": hla, "lng": hlo, "acc": 7},
            "incende_ya_hall": {"lat": HALL["lat"], "lng": HALL["lon"]},
            "ukufika_id": obj(rng, "ar")}),
        raw(f, f"{a}/v2/ukufika/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/amaphati/{PARTY}/ilyashi", headers=_h(rng, **b), body={
            "ubukombe": L("Bamayo Mwape balefika ne basi ya 06:00 ukufuma ku Kasama, "
                          "nomba umuntu abapoke pa station", TEXT),
            "ku": "co_hosts"}),
        multipart(f, f"{a}/v2/amaphati/{PARTY}/ifikope", [
            ("icikope", "nabwinga_ne_fyabupe.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {
                "ubukombe": L("Mutale ne fyabupe fyakwe fyonse!", TEXT)})],
            headers=_h(rng, **b)),
        receipt,
        case(f, f"{a}/v2/amapointi", headers=_h(rng, how="none"), cookies={
            "clg_sesshoni": L(opaque(rng, "", 40), CRED), "clg_icibombelo": L(INSTALL_ID, DID),
            "clg_req": rid(rng)}),
        case(f, f"{a}/v2/ifyo_natemwa", headers=_h(rng, **b), cookies={
            "clg_prefs": W({"ululimi": L("bem", DEV), "itauni": L("Kitwe", COARSE),
                            "umwina": L(MEMBER, UID)}, "b64json")}),
        case(f, f"{a}/v2/ukufwaya", headers=_h(rng, **b), query={
            "q": L("abapanga keki ya phati mu Kitwe", SEARCH), "ibula": "1"}),
        case(f, f"{a}/v2/icibombelo", headers=_h(rng, **b),
             body=push(push_token(rng), "bem_ZM", keys=("push_token", "icibombelo_id"))),
        case(f, f"{a}/v2/ifyacitika", gz=True, headers=_h(rng, **b), body={
            "umwina": L(USER_ID, UID), "ifyacitika": [
                ev("phati_yapangwa", 1), ev("ukulipila", 2, indalama=L(900, BUY)),
                ev("screen", 3, screen=L("AbeniList", USAGE))]}),
        case(f, f"{a}/v2/ukufuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "icibombelo": L(INSTALL_ID, DID)}),
    ]


def cilanga_sdks() -> list[Case]:
    rng = random.Random(26102)
    return [
        mc_batch(APP, rng, [("Hall Booked", {"hall": HALL["id"], "total": L(1800, BUY)}),
                            ("Guests Imported", {"count": 3})],
                 at=HALL_FIX, nd=2, locale="bem_ZM"),
        mc_identify(APP, rng, {"itauni": L("Kitwe", COARSE), "umwina": L(MEMBER, UID),
                               "role": "co_host"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"ukusunga": L(HALL_BOOKING, BUY)}, revenue=900.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=KT_HOME_AT, nd=3,
               keywords="wedding,kitchen party,gifts"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "contacts picker closed"),
                 [cd_crumb("nav", "Abeni -> Ukufuma kubuku"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v2/ukusunga", "status": 201})],
                 screen="AbeniActivity"),
        pt_register(APP, rng, lang="bem", at=KT_HOME_AT, nd=2,
                    tags={"phati": PARTY, "itauni": L("Kitwe", COARSE)}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "900.00"),
        hs_message(APP, rng, L(f"Ukusunga {HALL_BOOKING} kwalipilwa imiku ibili",
                               f"{TEXT}|{BUY}"), {"umwina": L(MEMBER, UID)}),
    ]
