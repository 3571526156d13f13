"""Home-cleaning app "Arukudo" (``aru`` clean, ``kudo`` home; cleaners booked for their Saransk
flat; snake_case keys, Erzya words with Russian loans: ``lem`` name, ``telefon``, ``parol``
password, ``adres`` address, ``kvartira`` flat, ``etazh`` floor, ``podezd`` entrance, ``osh``
town, ``indeks`` post code, ``komnatat`` rooms, ``arutema`` cleaning, ``zakaz`` order,
``pitne`` price, ``summa`` amount, ``pandoma`` payment, ``klyuch_kod`` key-box code, ``mel``
note, ``syorma`` message, ``kinen`` to whom, ``eykaksh`` child, ``allergiya`` allergy,
``yalga`` friend, ``veshnema`` search, ``tarka`` place): sign-up, log-in, ``/mon``, the flat's
profile (her son's allergy), a quote, the order (the key-box code), the payment, the order by
number in the path, the cleaner's card, a message to the cleaner, a stain photo, extras
(msgpack), her acceptance at home, a review, a tip, a fortnightly subscription (gzip), a promo
code, a friend invited, a search, bonuses by cookie (a base64 JSON cookie), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    PAY,
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
from eval_families277_kit import (
    CLEAN_ORDER,
    SR_HOME,
    SR_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families277_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families277_svc import cl_card, cl_confirm, cy_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("arukudo", "Arukudo", "com.example.arukudo", "4.4.0", "https://api.arukudo.example.com")
IID = "X-Arukudo-Device"
PW = "Chistota!Saransk41"
FRIEND = ("Marina Kudasheva", "+79271550833")  # a colleague she invites (typed: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def aru() -> list[Case]:
    rng = random.Random(27771)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    hla, hlo = fix(SR_HOME_AT, 4)
    home = obj(rng, "kd")
    order = at_path(case(f, f"{a}/v2/zakaz/{CLEAN_ORDER}", headers=_h(rng, **b)),
                    CLEAN_ORDER, BUY)
    return [
        case(f, f"{a}/v2/registr", headers=_h(rng), body={
            "lem": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "promo_soglasie": False}),
        case(f, f"{a}/v2/vkhod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "parol": L(PW, CRED)}),
        case(f, f"{a}/v2/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kudo", headers=_h(rng, **b), body={
            "kudo": home, "adres": L(SR_HOME["line"], ADDR), "osh": L(SR_HOME["town"], COARSE),
            "indeks": L(SR_HOME["post"], COARSE), "etazh": 5, "podezd": 2,
            "ploshchad_m2": 64, "komnatat": 3, "zhivotnye": "kata",
            "eykaksh_allergiya": L("allergiya na khlor, tolko gipoallergennye sredstva",
                                   f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/raschet", headers=_h(rng, **b), body={
            "kudo": home, "arutema": "generalnaya", "komnatat": 3, "sanuzly": 1,
            "pitne": L(6900, BUY)}),
        case(f, f"{a}/v2/zakaz", headers=_h(rng, **b), body={
            "zakaz": L(CLEAN_ORDER, BUY), "kudo": home, "chi": "2026-01-31", "shka": "10:00",
            "summa": L(6900, BUY), "klyuch_kod": L("0731", CRED),
            "mel": L("The key is in the box by the door, the cat hides under the bed", TEXT)}),
        case(f, f"{a}/v2/pandoma", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(CLEAN_ORDER, BUY), "summa": L("6900.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_pe": L("4444", PAY)}),
        order,
        case(f, f"{a}/v2/uborschitsa", headers=_h(rng, **b), query={
            "zakaz": L(CLEAN_ORDER, BUY), "polya": "lem,foto,reyting"}),
        case(f, f"{a}/v2/syorma", headers=_h(rng, **b), body={
            "kinen": "cl_ubor_0772", "tema": obj(rng, "th"),
            "syorma": L("Please keep the balcony door shut, our cat runs out", TEXT)}),
        multipart(f, f"{a}/v2/foto", [
            ("foto", "divan.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {
                "zakaz": L(CLEAN_ORDER, BUY),
                "mel": L("Coffee stain on the sofa, can you take it out?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dop_uslugi", fmt="msgpack", headers=_h(rng, **b), body={
            "zakaz": L(CLEAN_ORDER, BUY),
            "uslugi": [{"kod": "valmat", "kolvo": 4, "pitne": 450},
                       {"kod": "kholodilnik", "kolvo": 1, "pitne": 900}],
            "summa": L(2700, BUY)}),
        case(f, f"{a}/v2/zakaz/prinyat", headers=_h(rng, **b), body={
            "zakaz": L(CLEAN_ORDER, BUY), "tarka": {"lat": hla, "lon": hlo},
            "zamechaniya": False}),
        case(f, f"{a}/v2/otsenka", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(CLEAN_ORDER, BUY), "otsenka": "5",
            "mel": L("The windows shine, thank you Gulnara!", TEXT)}),
        case(f, f"{a}/v2/chayevye", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(CLEAN_ORDER, BUY), "summa": L("500", BUY)}),
        case(f, f"{a}/v2/podpiska", gz=True, headers=_h(rng, **b), body={
            "kudo": home, "kazhdye_nedeli": 2, "den": "sb", "summa": L(4200, BUY),
            "karta_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v2/promokod", fmt="form", headers=_h(rng, **b), body={
            "kod": "ZIMA15", "zakaz": L(CLEAN_ORDER, BUY)}),
        case(f, f"{a}/v2/priglasit", headers=_h(rng, **b), body={
            "yalga": {"lem": L(FRIEND[0], NAMEC), "telefon": L(FRIEND[1], TEL)},
            "syorma": L("Marina, here is 500 roubles off your first cleaning", f"{TEXT}")}),
        case(f, f"{a}/v2/veshnema", headers=_h(rng, **b), query={
            "q": L("generalnaya uborka posle remonta balkona", SEARCH)}),
        case(f, f"{a}/v2/bonusy", headers=_h(rng, how="none"), cookies={
            "ak_sess": L(opaque(rng, "", 40), CRED),
            "ak_prefs": W({"kudo": home, "kel": L("ru", DEV), "osh": L("Saransk", COARSE)},
                          "b64json"), "ak_req": rid(rng)}),
        case(f, f"{a}/v2/ustroystvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L(INSTALL_ID, DID), "events": [
                ev("zakaz_oplachen", 1, summa=L(6900, BUY)),
                ev("ekran", 2, ekran=L("Podpiska", USAGE))]}),
    ]


def aru_sdks() -> list[Case]:
    rng = random.Random(27772)
    link = U("https://arukudo.example.com/invite", {"ref": L(USER_ID, UID), "src": "sms",
                                                      "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Order Paid", {"total": L(6900, BUY)}),
                            ("Subscription Started", {"weeks": 2})], at=SR_HOME_AT, nd=3),
        mc_identify(APP, rng, {"osh": L("Saransk", COARSE), "komnatat": 3, "podpiska": True}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"zakaz": L(CLEAN_ORDER, BUY)}, revenue=6900.0,
                 hashed=True),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F",
               keywords="uborka,dom"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "slot already taken"),
                 [cd_crumb("nav", "Zakaz -> Vremya"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v2/zakaz", "status": 409})],
                 screen="ZakazActivity"),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "6900.00", currency="rub"),
    ]
