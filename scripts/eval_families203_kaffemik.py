"""Kaffemik host app "Kaffemiorfik" (a kaffemik is Greenland's open-house coffee party: guests
drop in through the afternoon for coffee, cake and often suaasat; she hosts one for their son
Malik's 6th birthday and one for their baby Aviaja's baptism). Its API's keys are Kalaallisut:
``nalliuttorsiorneq`` celebration, ``nalliuttoq`` the one celebrated, ``inuuissiorneq`` birthday,
``kuisineq`` baptism, ``oqaluffik`` church, ``qaaqqusineq`` invitation, ``pulaartut`` guests,
``attaveqarfiit`` contacts, ``kaagi`` cake, ``ukiui`` his years, ``piffissaq`` time, ``ulloq``
date, ``najugaq`` address, ``sumiiffik`` place, ``inniminniineq`` order, ``aningaasat`` amount,
``assiliaq`` photo, ``allagaq`` text, ``tunissutissat`` gifts, ``ujarlerneq`` search,
``oqarasuaat`` phone, ``ateq`` name, ``kode`` SMS code): an SMS sign-up and code, ``/uanga``, her
address book uploaded, the birthday created at their flat, invitations to picked guests, the
SMS invitation text, a cake order and its payment, the answers by party ID in the path, a guest
book photo, the baptism kaffemik (church, godmother), a shopping list shared with her husband,
the wish list, a recipe search, the album shared with her sister, the guest list by cookie,
push and events. New: a grep of ``scripts/`` for "kaffe", "open house" and "open-house" found no
coffee-party app (RSVP sites for weddings exist; a kaffemik has no seats, no menu choice and no
gifts registry, it takes an address-book upload and the cake order)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims, rid
from eval_families203_kit import (
    BABY,
    BAKERY,
    BROTHER_IL,
    CHURCH,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    SISTER_US,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families203_sdk import ka_batch, nb_bid, nb_notice, qc_session, tt_launch, tt_link
from eval_families203_svc import ac_save, hi_attach, kp_card, mn_geocode, ts_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kaffemiorfik", "Kaffemiorfik", "com.example.kaffemiorfik", "1.8.0",
          "https://api.kaffemiorfik.example.net")
IID = "X-KM-Atortoq"
CAKE_ORDER = "KG-88120"  # the cake order (financial.purchase)
BOOK = [("Naja Petersen", "+299944127"), ("Kuunnguaq Petersen", "+299556031"),
        ("Pipaluk Lennert", "+299271844"), ("Emily Doe", "+15550148822"),
        ("Ane Kreutzmann", "+299539920")]  # her address book (content.contacts)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, kl=True, **kw)


def kaffemiorfik() -> list[Case]:
    rng = random.Random(20311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, oqarasuaat=L(E164, TEL), ateq=L(f"{FIRST} {LAST}",
                                                                         NAMEC)))}
    hla, hlo = fix(HOME_AT, 5)
    party, baptism = obj(rng, "nt"), obj(rng, "nt")
    son = f"{SON['first']} {SON['last']}"
    return [
        case(f, f"{a}/api/nalunaarsorneq", headers=_h(rng), body={
            "oqarasuaat": L(E164, TEL), "ateq": L(f"{FIRST} {LAST}", NAMEC),
            "emaili": L(EMAIL, MAIL), "oqaatsit": "kl"}),
        case(f, f"{a}/api/nalunaarsorneq/kode", fmt="form", headers=_h(rng), body={
            "oqarasuaat": L(E164, TEL), "kode": L("508133", CRED)}),
        case(f, f"{a}/api/uanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/attaveqarfiit", gz=True, headers=_h(rng, **b), body={
            "attaveqarfiit": [{"ateq": L(n, CONTACTS), "oqarasuaat": L(p, CONTACTS)}
                              for n, p in BOOK], "katillugit": len(BOOK)}),
        case(f, f"{a}/api/nalliuttorsiorneq", headers=_h(rng, **b), body={
            "id": party, "suussusia": "inuuissiorneq",
            "nalliuttoq": {"ateq": L(son, NAMEC), "inunngorfik": L(SON["dob"], BIRTH),
                           "ukiui": L(6, BIRTH)},
            "ulloq": "2026-01-22", "piffissaq": "14:00-18:00",
            "najugaq": L(HOME["line"], ADDR), "illoqarfik": L(HOME["town"], COARSE),
            "sumiiffik": {"lat": hla, "lon": hlo}}),
        case(f, f"{a}/api/nalliuttorsiorneq/{party}/qaaqqusineq", headers=_h(rng, **b), body={
            "pulaartut": [{"ateq": L(MOTHER_IL["name"], NAMEC),
                           "oqarasuaat": L(MOTHER_IL["phone"], TEL)},
                          {"ateq": L(BROTHER_IL[0], NAMEC), "oqarasuaat": L(BROTHER_IL[1], TEL)},
                          {"ateq": L(SISTER_US[0], NAMEC), "oqarasuaat": L(SISTER_US[1], TEL)}],
            "aqqutaa": "sms"}),
        case(f, f"{a}/api/nalliuttorsiorneq/{party}/allagaq", fmt="form", headers=_h(rng, **b),
             body={"allagaq": L("Malik 6-inik ukioqalerpoq! Kaffemik 22/1 nal. 14-18, "
                                "Qinnguata Aqqutaa 17. Tikilluarit!",
                                f"{TEXT}|{NAMEC}|{BIRTH}|{ADDR}")}),
        case(f, f"{a}/api/inniminniineq/kaagi", headers=_h(rng, **b), body={
            "kaagiliorfik": BAKERY["id"], "inniminniineq": L(CAKE_ORDER, BUY),
            "kaagit": [{"suussusia": "lagkage", "amerlassusia": 2, "akia": 345},
                       {"suussusia": "kaagi sukkulaatilik", "amerlassusia": 1, "akia": 260}],
            "aningaasat": L(950, BUY), "tigusinissaa": "2026-01-22T11:00",
            "allagaq_kaagimi": L("Pilluarit Malik 6 ukiut!", f"{TEXT}|{NAMEC}|{BIRTH}"),
            "oqaaseqaat": L("Malik har nøddeallergi - ingen nødder", f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/akiliut", fmt="form", headers=_h(rng, **b), body={
            "inniminniineq": L(CAKE_ORDER, BUY), "aningaasat": L("950.00", BUY),
            "valuta": "DKK", "metode": L(opaque(rng, "pm_", 24), PAY),
            "kingulliit_sisamat": L("4444", PAY)}),
        case(f, f"{a}/api/nalliuttorsiorneq/{party}/akissutit", headers=_h(rng, **b)),
        multipart(f, f"{a}/api/nalliuttorsiorneq/{party}/assiliat", [
            ("assiliaq", "kaffemik_malik.jpg", "image/jpeg", L(JPEG + b"\x6b", MEDIA)),
            ("meta", None, "application/json", {
                "allagaq": L("Aanaa Naja aamma Malik kaagimik nerisut", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/nalliuttorsiorneq", headers=_h(rng, **b), body={
            "id": baptism, "suussusia": L("kuisineq", SENS),
            "oqaluffik": L(CHURCH["name"], SENS), "kuisinerup_ulloa": L("2026-02-15", SENS),
            "nalliuttoq": {"ateq": L(f"{BABY['first']} {BABY['last']}", NAMEC),
                           "inunngorfik": L(BABY["dob"], BIRTH)},
            "gudmor": {"ateq": L(SISTER_US[0], NAMEC), "emaili": L(SISTER_US[2], MAIL)},
            "ulloq": "2026-02-15", "piffissaq": "13:00-17:00",
            "najugaq": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/pisiassat", headers=_h(rng, **b), body={
            "nalliuttorsiorneq": party, "avitseqatigiiffik": {
                "ateq": L(HUSBAND["name"], NAMEC), "oqarasuaat": L(HUSBAND["phone"], TEL)},
            "pisiassat": ["kaffi", "tii", "tuttu neqaa suaasassanut", "kaagit 3"]}),
        case(f, f"{a}/api/nalliuttorsiorneq/{party}/tunissutissat", headers=_h(rng, **b), body={
            "allagaq": L("Malikip kissaatai: LEGO, ski-t, qamutaaraq", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/ujarlerneq", headers=_h(rng, **b), query={
            "ujarlerneq": L("suaasat tuttu 30 inunnut", SEARCH), "suussusia": "opskrift"}),
        case(f, f"{a}/api/albumi/avitseqatigiinneq", headers=_h(rng, **b), body={
            "albumi": obj(rng, "al"), "tigusisoq": {"ateq": L(SISTER_US[0], NAMEC),
                                                   "emaili": L(SISTER_US[2], MAIL)},
            "allagaq": L("Emily, here are the photos from Malik's kaffemik!", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/pulaartut", headers=_h(rng, how="none"), query={"nt": party},
             cookies={"km_sess": L(opaque(rng, "", 40), CRED), "km_atortoq": L(INSTALL_ID, DID),
                      "km_req": rid(rng)}),
        case(f, f"{a}/api/eqqaasitsissutit", fmt="form", headers=_h(rng, **b), body={
            "nalliuttorsiorneq": party, "sms_nal_siusinnerusoq": "2", "emaili": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/atortut", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/pisut", headers=_h(rng, **b), body={
            "atuisoq": L(USER_ID, UID), "pisut": [
                ev("qaaqqusineq_nassiunneqarpoq", 1, amerlassusia=3),
                ev("saqqummersitaq", 2, saqqummersitaq=L("Pulaartut", USAGE))]}),
    ]


def kaffemiorfik_sdks() -> list[Case]:
    rng = random.Random(20312)
    link = U("https://kaffemiorfik.example.net/q", {"nt": "nt_5c0e91aa27", "ref": "sms",
                                                    "ph": L(E164, TEL)})
    return [
        ka_batch(APP, rng, [("Party Created", {"kind": "birthday"}),
                            ("Invites Sent", {"count": 3}),
                            ("Cake Ordered", {"total": L(950, BUY)})], at=HOME_AT, nd=3,
                 locale="kl_GL"),
        tt_launch(APP, rng, first=True),
        tt_link(APP, rng, link),
        nb_bid(APP, rng, {"native": {"ver": "1.2"}}, at=HOME_AT, nd=2,
               keywords="party,cake,birthday"),
        nb_notice(APP, rng, "imp"),
        qc_session(APP, rng, secs=654),
        ts_eval(APP, rng, {"contacts_sync": True, "kind": "birthday"}, hdr=True),
        ac_save(APP, rng, {"analytics": True, "ads": True, "contacts": True}),
        kp_card(APP, rng, email=True),
        mn_geocode(APP, rng, HOME["line"] + ", Nuuk", ADDR, near=HOME_AT, nd=2),
        hi_attach(APP, rng, L(JPEG + b"\x6c", MEDIA), "kaagi_kvittering.jpg", "image/jpeg"),
    ]
