"""An Izhevsk estate agency's client app "Vylpater" (``vyl pater`` new flat: the family buys a
ground-floor flat in Sarapul for her mother-in-law, who is in a wheelchair since a stroke; the
agency runs the search, viewings, the deposit, the mortgage pre-approval and the deal). Its API
was written by a Russian-speaking developer with Udmurt words for the agency's own things and the
Russian abbreviations real estate apps keep: ``fio`` full name (the abbreviation), ``el_pochta``
e-mail, ``tel``, ``sms_kod`` (loans), ``vordskem`` born, ``kuzpal`` spouse, ``kar`` town,
``komnata`` / ``etazh`` rooms / floor (loans), ``pandus`` ramp, ``dun`` price, ``utchan``
search, ``kyshkyt`` favourite (lit. "dear"), ``prosmotr`` viewing (loan), ``inty`` place,
``sured`` photo, ``malpan`` comment, ``ipoteka`` mortgage, ``uzh_inty`` workplace, ``dokhod``
income (loan), ``vznos`` down payment, ``zadatok`` deposit, ``sobstvennik`` owner (loans),
``anay`` mother, ``snils``, ``inn`` (loans), ``tyron`` payment, ``sdelka`` deal, ``komissiya``,
``ivor`` message, ``kadastr``, ``pereezd`` move, ``uchyrjos`` events. Calls: client sign-up, an
SMS code, ``/mon``, a search (step-free, ground floor), a listing by its ID in the path (a
negative), favourites (msgpack), a viewing booked with a note on her mother-in-law's wheelchair,
a check-in at the viewing, her photos of the flat, the mortgage pre-approval (gzip; her INN and
residence permit), the deposit agreement naming her mother-in-law as owner (SNILS), its payment,
her residence-permit scan, the deal by number in the path, the commission invoice, a message to
the agent, the removal booked, the draft contract by cookie GET
with a base64 JSON filter cookie, push, events and a log-out."""

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
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families274_kit import (
    AGENCY,
    CLIENT,
    DEAL,
    HUSBAND,
    INN,
    IZ_HOME_AT,
    LISTING,
    MIL_HOME_AT,
    MOTHER_IL,
    RESIDENCE,
    RU_ACCOUNT,
    VIEWING_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families274_sdk import (
    bg_bid,
    gl_event,
    gl_launch,
    gl_link,
    ld_batch,
    ld_pixel,
)
from eval_families274_svc import hv_attach, mk_geocode, mk_reverse, pk_sbp
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("vylpater", "Vylpater", "com.example.vylpater", "5.2.0",
          "https://api.vylpater.example.org")
IID = "X-VP-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
MIL = MOTHER_IL


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def vylpater() -> list[Case]:
    rng = random.Random(27421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, klient=L(CLIENT, UID), tel=L(E164, TEL),
                                    agent="ag_0077"))}
    vla, vlo = fix(VIEWING_FIX)
    deal = at_path(case(f, f"{a}/api/sdelka/{DEAL}", headers=_h(rng, **b)), DEAL, BUY)
    lid = LISTING["id"]
    return [
        case(f, f"{a}/api/klient", headers=_h(rng), body={
            "fio": L(f"{FIRST} {LAST}", NAMEC), "el_pochta": L(EMAIL, MAIL), "tel": L(E164, TEL),
            "klient": L(CLIENT, UID), "kuzpal": {"fio": L(HUSBAND[0], NAMEC),
                                                  "tel": L(HUSBAND[1], TEL)},
            "istochnik": "2gis"}),
        case(f, f"{a}/api/pyron/sms", fmt="form", headers=_h(rng), body={
            "tel": L(E164, TEL), "sms_kod": L("5093", CRED)}),
        case(f, f"{a}/api/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/utchan", headers=_h(rng, **b), query={
            "kar": L("Sarapul", COARSE), "komnata": "1-2", "etazh": "1", "pandus": "1",
            "dun_max": "2800000", "q": L("pervy etazh bez stupenek", SEARCH)}),
        case(f, f"{a}/api/obyavleniye/{lid}", headers=_h(rng, **b)),
        case(f, f"{a}/api/kyshkyt", fmt="msgpack", headers=_h(rng, **b), body={
            "klient": L(CLIENT, UID), "obyavleniyejos": [lid, "lst_5539904", "lst_5541377"]}),
        case(f, f"{a}/api/prosmotr", headers=_h(rng, **b), body={
            "obyavleniye": lid, "nunal": "2026-01-10", "dyr": "12:30",
            "kinjos": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "malpan": L("Kaly anayez kolyaskayn, invalidnost II gruppa: stupenkajos ug kule",
                        f"{TEXT}|{SENS}|{MED}")}),
        case(f, f"{a}/api/prosmotr/check_in", headers=_h(rng, **b), body={
            "prosmotr": obj(rng, "pr"), "inty": {"lat": vla, "lng": vlo, "acc": 9},
            "obyavleniye_inty": {"lat": LISTING["lat"], "lng": LISTING["lon"]}}),
        multipart(f, f"{a}/api/prosmotr/sured", [
            ("sured", "vannaya.jpg", "image/jpeg", L(b"\xff\xd8\xff\xe1" + bytes(30), MEDIA)),
            ("meta", None, "application/json", {
                "obyavleniye": lid,
                "malpan": L("Vannaya kytsky, kolyaska ug pyry, dveryez pasyatyny kule",
                            f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/ipoteka/anketa", gz=True, headers=_h(rng, **b), body={
            "fio": L(f"{FIRST} {LAST}", NAMEC), "vordskem": L(DOB, BIRTH), "inn": L(INN, NID),
            "vnzh": L(RESIDENCE, NID), "uzh_inty": "Izhevsk technical university",
            "dokhod": 118000, "vznos": L(900000, BUY), "kredit": L(1750000, BUY),
            "srok_let": 15, "schet": L(RU_ACCOUNT, PAY)}),
        case(f, f"{a}/api/zadatok", headers=_h(rng, **b), body={
            "sdelka": L(DEAL, BUY), "obyavleniye": lid, "zadatok": L(50000, BUY),
            "dun": L(LISTING["price"], BUY),
            "pokupatel": {"fio": L(f"{FIRST} {LAST}", NAMEC), "vnzh": L(RESIDENCE, NID)},
            "sobstvennik": {"fio": L(MIL["name"], NAMEC), "vordskem": L(MIL["dob"], BIRTH),
                            "snils": L(MIL["snils"], NID), "anay": True}}),
        case(f, f"{a}/api/tyron", fmt="form", headers=_h(rng, **b), body={
            "sdelka": L(DEAL, BUY), "summa": L("50000.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "posl4": L("4444", PAY)}),
        multipart(f, f"{a}/api/dokumentjos", [
            ("fail", "vnzh_skan.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"sdelka": L(DEAL, BUY), "tip": "vnzh"})],
            headers=_h(rng, **b)),
        deal,
        case(f, f"{a}/api/komissiya/schet", headers=_h(rng, **b), body={
            "sdelka": L(DEAL, BUY), "komissiya": L(60000, BUY), "agentstvo": AGENCY["id"]}),
        case(f, f"{a}/api/ivor", headers=_h(rng, **b), body={
            "kinly": "ag_0077",
            "ivor": L("20 shorkynnyl MFC Sarapulyn kinpus karom-a? Galina Shklyaeva "
                      "lestnicaja vylti ug tuby, telefonez +79124407731",
                      f"{TEXT}|{NAMEC}|{TEL}|{MED}")}),
        case(f, f"{a}/api/pereezd", headers=_h(rng, **b), body={
            "kytysen": {"adres": L(f"{MIL['line']}, {MIL['town']}", ADDR),
                        "indeks": L(MIL["post"], COARSE)},
            "kytchy": {"adres": L(f"{LISTING['line']}, {LISTING['town']}", ADDR)},
            "nunal": "2026-02-07", "gruzchik": 2, "dun": L(7500, BUY),
            "tel": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/dogovor/chernovik", headers=_h(rng, how="none"), cookies={
            "vp_sess": L(opaque(rng, "", 40), CRED), "vp_dev": L(INSTALL_ID, DID),
            "vp_filter": W({"kar": L("Sarapul", COARSE), "etazh": "1", "pandus": True},
                           "b64json")}),
        case(f, f"{a}/api/ustrojstvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/uchyrjos", gz=True, headers=_h(rng, **b), body={
            "kutis": L(USER_ID, UID), "uchyrjos": [
                ev("prosmotr_bron", 1), ev("zadatok_tyrem", 2, summa=L(50000, BUY)),
                ev("ekran", 3, ekran=L("Sdelka", USAGE))]}),
        case(f, f"{a}/api/potyny", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ustr": L(INSTALL_ID, DID)}),
    ]


def vylpater_sdks() -> list[Case]:
    rng = random.Random(27422)
    link = U("https://vylpater.example.org/l", {"obyavleniye": LISTING["id"], "src": "mail",
                                                "em": L(EMAIL, MAIL)})
    return [
        ld_batch(APP, rng, [("Viewing Booked", {"kar": L("Sarapul", COARSE)}),
                            ("Deposit Paid", {"amount": L(50000, BUY)})],
                 at=VIEWING_FIX, nd=2),
        ld_pixel(APP, rng, "Listing Viewed", {"obyavleniye": LISTING["id"]}),
        gl_launch(APP, rng, first=True),
        gl_link(APP, rng, link),
        gl_event(APP, rng, "lead", {"sdelka": L(DEAL, BUY)}, revenue=50000.0, hashed=True),
        bg_bid(APP, rng, {"native": {"ver": "1.2"}}, at=IZ_HOME_AT, nd=3,
               keywords="realty,flat,sarapul"),
        mk_geocode(APP, rng, "Sarapul, ul. Sovetskaya 12", SEARCH, near=MIL_HOME_AT, nd=3),
        mk_reverse(APP, rng, VIEWING_FIX, PRECISE, nd=5),
        pk_sbp(APP, rng, "50000", AGENCY["phone"]),
        hv_attach(APP, rng, L(PDF, MEDIA), "dogovor_zadatka.pdf", "application/pdf"),
    ]
