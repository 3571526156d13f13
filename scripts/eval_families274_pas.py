"""A fur atelier's app "Paskorka" (``pas`` fur coat, ``korka`` house: an Izhevsk furrier who keeps
customers' coats in a cold vault over the summer, cleans and repairs them, sews hats to measure
and sends a courier). Its API's keys are Udmurt in camelCase, ASCII-folded, with Russian loans:
``nim`` first name, ``vyzhyNim`` surname, ``pochtaAdres`` e-mail, ``telefonNomer`` phone,
``pyronKyl`` password (lit. "entry word"), ``ulonInty`` address (street line), ``kar`` town,
``klientKart`` client card, ``pas`` fur coat, ``shuba`` / ``dublyonka`` (loans), ``vozyon``
storage, ``mistyon`` cleaning, ``tupaton`` repair, ``dzhuzhdalyk`` length, ``yyrKotyr`` head
round, ``shapka`` hat (loan), ``dun`` price, ``tyron`` payment, ``kurer`` courier, ``domofon``,
``sured`` photo, ``malpan`` note, ``allergiya``, ``berytton`` return, ``inty`` place, ``utchan``
search, ``ivor`` message, ``otzyv`` review (loan), ``sertifikat`` gift voucher, ``kinly`` to whom,
``uchyrjos`` events. Calls: sign-up, a log-in, ``/mon``, her mink coat and her
husband's sheepskin into summer storage, the courier with the intercom code, the payment, a photo
of the worn cuff, cleaning without naphthalene (her allergy), a repair quote, a hat to her head
measurement, the order by number in the path, the return in autumn (msgpack), a check-in at the
counter, a search, a message naming her husband, a review, a voucher for her mother-in-law, a
receipt by cookie GET, bonus points in a base64 JSON cookie, push and events. The coats' declared
values are not labelled (a valuation of her things, not a purchase)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families274_kit import (
    ATELIER,
    ATELIER_FIX,
    FUR_ORDER,
    HUSBAND,
    IZ_HOME,
    IZ_HOME_AT,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families274_sdk import bg_bid, gl_event, gl_launch, ld_batch, ld_identify
from eval_families274_svc import (
    hv_message,
    mk_route,
    pk_card,
    pk_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("paskorka", "Paskorka", "com.example.paskorka", "1.9.5",
          "https://api.paskorka.example.com")
IID = "X-Paskorka-Device"
PW = "Norka!Izh2025"
CARD = "PK-CL-08841"  # her client card (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def paskorka() -> list[Case]:
    rng = random.Random(27431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pochtaAdres=L(EMAIL, MAIL), klientKart=L(CARD, UID)))}
    ala, alo = fix(ATELIER_FIX, 5)
    coat, sheep = obj(rng, "it"), obj(rng, "it")
    order = at_path(case(f, f"{a}/v1/vozyon/{FUR_ORDER}", headers=_h(rng, **b)), FUR_ORDER, BUY)
    return [
        case(f, f"{a}/v1/kutis", headers=_h(rng), body={
            "nim": L(FIRST, NAMEC), "vyzhyNim": L(LAST, NAMEC), "pochtaAdres": L(EMAIL_MIXED,
            MAIL),
            "telefonNomer": L(E164, TEL), "pyronKyl": L(PW, CRED),
            "ulonInty": L(IZ_HOME["line"], ADDR), "kar": L(IZ_HOME["town"], COARSE),
            "klientKart": L(CARD, UID)}),
        case(f, f"{a}/v1/pyron", fmt="form", headers=_h(rng), body={
            "telefonNomer": L(E164, TEL), "pyronKyl": L(PW, CRED), "tador": "true"}),
        case(f, f"{a}/v1/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vozyon", headers=_h(rng, **b), body={
            "zakaz": L(FUR_ORDER, BUY), "tolezjos": 6, "klientKart": L(CARD, UID),
            "pasjos": [{"id": coat, "tip": "shuba norka", "dzhuzhdalyk": 110, "tuse": "gord-kureg",
                        "ocenka": 180000},
                       {"id": sheep, "tip": "dublyonka", "kin": L(HUSBAND[0], NAMEC),
                        "ocenka": 42000}],
            "dun": L(7800, BUY)}),
        case(f, f"{a}/v1/kurer", headers=_h(rng, **b), body={
            "zakaz": L(FUR_ORDER, BUY), "ulonInty": L(IZ_HOME["line"], ADDR),
            "kar": L(IZ_HOME["town"], COARSE), "podezd": "3", "domofon": L("37K2609", CRED),
            "nunal": "2026-04-18", "dyr": "10-14", "telefonNomer": L(E164, TEL)}),
        case(f, f"{a}/v1/tyron", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(FUR_ORDER, BUY), "summa": L("7800.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kartaBerpum": L("4444", PAY)}),
        multipart(f, f"{a}/v1/sured", [
            ("sured", "shuba_manzhet.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {
                "pas": coat,
                "malpan": L("Palez kinez kulem, kryuchok kesyaskem", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mistyon", headers=_h(rng, **b), body={
            "zakaz": FUR_ORDER, "pas": coat, "rezhim": "sukhoy",
            "allergiya": L("naftalinly allergiya, zynyosty ug kule", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/tupaton", headers=_h(rng, **b), body={
            "pas": coat, "malpan": L("Manzhet vosstanovit, kryuchok vyl", TEXT),
            "dun": L(3200, BUY)}),
        case(f, f"{a}/v1/shapka", headers=_h(rng, **b), body={
            "kinly": "ach'im", "yyrKotyr": L(56, "health.fitness"), "pas": "norka",
            "tuse": "gord-kureg", "dun": L(14500, BUY), "klientKart": L(CARD, UID)}),
        order,
        case(f, f"{a}/v1/vozyon/{FUR_ORDER}/berytton", fmt="msgpack", headers=_h(rng, **b),
             body={"ulonInty": L(IZ_HOME["line"], ADDR), "nunal": "2026-10-10",
                   "telefonNomer": L(E164, TEL), "pasjos": [coat, sheep]}),
        case(f, f"{a}/v1/check_in", headers=_h(rng, **b), body={
            "atelye": ATELIER["id"], "inty": {"lat": ala, "lon": alo},
            "atelyeInty": {"lat": ATELIER["lat"], "lon": ATELIER["lon"]},
            "klientKart": L(CARD, UID)}),
        case(f, f"{a}/v1/utchan", headers=_h(rng, **b), query={
            "q": L("norka shuba gozhyn vozyon dun", SEARCH), "bam": "1"}),
        case(f, f"{a}/v1/ivor", headers=_h(rng, **b), body={
            "kinly": "priyomka",
            "ivor": L("Dublyonkaez kartelen Ilya Shklyaevlen, +79120184417 shuez, solen "
                      "mylkyd potoz asluz basht'yny", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/otzyv", fmt="form", headers=_h(rng, **b), body={
            "atelye": ATELIER["id"], "ball": "5",
            "tekst": L("Shuba vyl kadyes, kurer dyraz lyktiz.", TEXT)}),
        case(f, f"{a}/v1/sertifikat", headers=_h(rng, **b), body={
            "kinly": {"nim": L(MOTHER_IL["name"], NAMEC), "telefonNomer": L(MOTHER_IL["phone"],
                                                                             TEL)},
            "ivor": L("Anay, tynyd vuzhshuba tupatyny, Tol Babai nunalen!", TEXT),
            "dun": L(5000, BUY), "kod": opaque(rng, "SRT", 8)}),
        case(f, f"{a}/v1/chek/berpum", headers=_h(rng, how="none"), cookies={
            "pk_sessiya": L(opaque(rng, "", 40), CRED), "pk_ustr": L(INSTALL_ID, DID),
            "pk_req": rid(rng)}),
        case(f, f"{a}/v1/bonusjos", headers=_h(rng, **b), cookies={
            "pk_bonus": W({"klientKart": L(CARD, UID), "ball": 780, "uroven": "zarni"},
                          "b64json")}),
        case(f, f"{a}/v1/ustrojstvo", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/v1/uchyrjos", headers=_h(rng, **b), body={
            "kutis": L(USER_ID, UID), "uchyrjos": [
                ev("vozyon_zakaz", 1), ev("ekran", 2, ekran=L("MonPasjos", USAGE))]}),
    ]


def paskorka_sdks() -> list[Case]:
    rng = random.Random(27432)
    return [
        ld_batch(APP, rng, [("Storage Ordered", {"total": L(7800, BUY)}),
                            ("Courier Booked", {})], at=ATELIER_FIX, nd=2, locale="ru_RU"),
        ld_identify(APP, rng, {"kar": L("Izhevsk", COARSE), "klientKart": L(CARD, UID),
                               "uroven": "zarni"}),
        gl_launch(APP, rng),
        gl_event(APP, rng, "purchase", {"zakaz": L(FUR_ORDER, BUY)}, revenue=7800.0),
        bg_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=IZ_HOME_AT, nd=2, yob=1991,
               keywords="fur,winter,coat"),
        ps_register(APP, rng, lang="ru", at=IZ_HOME_AT, nd=3, tags={"uroven": "zarni"}),
        pk_card(APP, rng),
        pk_confirm(APP, rng, "7800.00"),
        mk_route(APP, rng, [(IZ_HOME_AT, PRECISE), ((ATELIER["lat"], ATELIER["lon"]), None)],
                 mode="walking"),
        hv_message(APP, rng, L(f"Zakaz {FUR_ORDER}: kurer ug lyktem", f"{TEXT}|{BUY}"),
                   {"klientKart": L(CARD, UID)}),
    ]
