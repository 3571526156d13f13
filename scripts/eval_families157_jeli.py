"""Griot-booking app "Jelikan" (``jeli`` griot, ``kan`` voice: families book a jeli to proclaim
a newborn's name and sing the lineage's praises at the naming ceremony; camelCase Bambara API):
sign-up, an OAuth password grant, ``/ne``, griots near her flat (3 decimals), a griot's free
days, the booking for Bakary's naming ceremony (``denkundi``) at their flat, the lineage form
(her husband's ``jamu`` and ``siya``, the ancestors the praise song names, the family's
religion), a deposit by mobile money with a one-time code, her mother-in-law's voice recording
of the family history (M4A), the name to be proclaimed with the imam and the mosque, a message to
the griot, the booking by number in the path, a praise-song search, a family photo, drummers
added (msgpack), the final payment, a review, invitations picked from her address book,
receipts by cookie, her address changed, push, events and a log-out. Keys: ``togo`` first
name, ``jamu`` surname (clan name), ``imeli`` e-mail, ``telefoni`` phone, ``gundo`` password,
``siya`` ethnic group, ``diine`` religion, ``benbaw`` ancestors, ``fasa`` praise song,
``furuke`` husband, ``den`` child, ``bangedon`` birth date, ``ceMuso`` sex, ``seli`` ceremony,
``boloda`` booking (lit. signature), ``songo`` price, ``hake`` amount, ``sarali`` payment,
``misiri`` mosque, ``alimami`` imam, ``cikan`` message, ``kuma`` text, ``nyinini`` search,
``weleli`` invitation, ``sigiyoro`` home, ``kin`` neighbourhood, ``dugu`` town, ``yoro`` place,
``minen`` device, ``kow`` events. Not a naming-ceremony planner: the griot is the service."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import multipart
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families157_kit import (
    BKO_HOME,
    BKO_HOME_AT,
    BOOKING,
    GRIOT,
    HUSBAND,
    MOTHER_IL,
    SISTER_US,
    SON,
    WALLET,
    hd,
    push,
)
from eval_families157_sdk import jm_batch, jm_pixel, sb_bid, sb_notice, st_event, st_launch
from eval_families157_svc import fs_eval, hp_message, mj_geocode, pk_register, ws_card, ws_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jelikan", "Jelikan", "com.example.jelikan", "1.8.2", "https://api.jelikan.example.net")
IID = "X-Jelikan-Device"
PW = "Kouyate#Bko26"
PATRON = "JK-U-55190"  # her customer number (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def jelikan() -> list[Case]:
    rng = random.Random(15711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), patron=L(PATRON, UID),
                                    role="family"))}
    bk = at_path(case(f, f"{a}/v2/boloda/{BOOKING}", headers=_h(rng, **b)), BOOKING, BUY)
    return [
        case(f, f"{a}/v2/tigi/sebenni", headers=_h(rng), body={
            "togo": L(FIRST, NAMEC), "jamu": L(LAST, NAMEC), "imeli": L(EMAIL_MIXED, MAIL),
            "telefoni": L(NATIONAL, TEL), "gundo": L(PW, CRED), "dugu": L("Bamako", COARSE),
            "kin": L(BKO_HOME["area"], COARSE), "patron": L(PATRON, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "jelikan-android"}),
        case(f, f"{a}/v2/ne", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/jeliw/gerefe", headers=_h(rng, **b), query={
            "lat": L(f"{BKO_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{BKO_HOME_AT[1]:.3f}", PRECISE),
            "seli": "denkundi", "km": "10"}),
        case(f, f"{a}/v2/jeliw/{GRIOT['id']}/donw", headers=_h(rng, **b),
             query={"kalo": "2026-01"}),
        case(f, f"{a}/v2/boloda", headers=_h(rng, **b), body={
            "jeli": GRIOT["id"], "seli": L("denkundi", SENS), "don": "2026-01-16T07:00",
            "yoro": {"sigiyoro": L(BKO_HOME["line"], ADDR), "kin": L(BKO_HOME["area"], COARSE)},
            "boloda": L(BOOKING, BUY), "songo": L(150000, BUY), "mogoHake": 120,
            "patron": L(PATRON, UID)}),
        case(f, f"{a}/v2/boloda/{BOOKING}/kabila", headers=_h(rng, **b), body={
            "furuke": {"togo": L("Seydou", NAMEC), "jamu": L("Coulibaly", NAMEC)},
            "siya": L("Bamanan", SENS), "diine": L("silame", SENS),
            "benbaw": [L("Ngolo Coulibaly", NAMEC), L("Daba Coulibaly", NAMEC)],
            "fasaKuma": L("Ngolo ka denw, Segou Masaw bamanan kabila, Allah ka den nin mara",
                          f"{TEXT}|{SENS}|{NAMEC}"),
            "muso": {"togo": L(FIRST, NAMEC), "jamana": "USA"}}),
        case(f, f"{a}/v2/sarali/bila", fmt="form", headers=_h(rng, **b), body={
            "boloda": L(BOOKING, BUY), "hake": L("50000", BUY), "wari": "XOF",
            "telefoni": L(WALLET, TEL), "otp": L("318406", CRED)}),
        multipart(f, f"{a}/v2/boloda/{BOOKING}/maana", [
            ("kan", "nana_diarra_maana.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "kumabaga": L(MOTHER_IL[0], NAMEC), "kan": "bm", "janya_s": 212})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/boloda/{BOOKING}/togo", headers=_h(rng, **b), body={
            "den": {"togo": L(SON["first"], NAMEC), "jamu": L(SON["last"], NAMEC),
                    "bangedon": L(SON["dob"], BIRTH), "ceMuso": L(SON["sex"], GENDER)},
            "togoTigi": L("Bakary Diarra", NAMEC),
            "alimami": L("Imam Oumar Sangaré", NAMEC),
            "misiri": L("Misiri ACI 2000", SENS), "selifana": L("fajr", SENS)}),
        case(f, f"{a}/v2/cikan", headers=_h(rng, **b), body={
            "ka_taa": GRIOT["id"], "boloda": L(BOOKING, BUY),
            "kuma": L("Jeli Mamadou, i se so 6h30, n ce Seydou telefoni ye +22376412209",
                      f"{TEXT}|{TEL}")}),
        bk,
        case(f, f"{a}/v2/boloda/{BOOKING}/video", headers=_h(rng, **b), body={
            "boloda": L(BOOKING, BUY), "songo": L(40000, BUY), "imeli": L(EMAIL, MAIL),
            "whatsapp": L(E164, TEL), "cogoya": "hd"}),
        case(f, f"{a}/v2/fasa/nyinini", headers=_h(rng, **b), query={
            "q": L("Coulibaly fasa Segou Biton", SEARCH), "kan": "bm"}),
        multipart(f, f"{a}/v2/boloda/{BOOKING}/ja", [
            ("ja", "du_ja.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"kuma": L("An ka du ja, Segou 2024", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/boloda/{BOOKING}/dunun", fmt="msgpack", headers=_h(rng, **b), body={
            "boloda": L(BOOKING, BUY),
            "fenw": [{"togo": "dunun", "hake": 2, "songo": 20000},
                     {"togo": "ngoni", "hake": 1, "songo": 25000}],
            "songo": L(65000, BUY)}),
        case(f, f"{a}/v2/sarali/laban", fmt="form", headers=_h(rng, **b), body={
            "boloda": L(BOOKING, BUY), "hake": L("165000", BUY), "wari": "XOF",
            "karti_laban4": L("4444", PAY), "cogoya": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/jateminen", headers=_h(rng, **b), body={
            "jeli": GRIOT["id"], "lamaga": 5,
            "kuma": L("Jeli Mamadou ye Bakary togo da ka nyi, an ka benbaw bee fora", TEXT)}),
        case(f, f"{a}/v2/weleli", headers=_h(rng, **b), body={
            "boloda": L(BOOKING, BUY), "seli": L("denkundi", SENS),
            "mogow": [{"togo": L("Fanta Coulibaly", CONTACTS), "telefoni": L("+22379552014",
                                                                           CONTACTS)},
                      {"togo": L("Oumar Keita", CONTACTS), "telefoni": L("+22365881230",
                                                                        CONTACTS)},
                      {"togo": L(SISTER_US[0], CONTACTS), "telefoni": L(SISTER_US[1],
                                                                        CONTACTS)}]}),
        case(f, f"{a}/v2/sarali/seben", headers=_h(rng, how="none"), cookies={
            "jk_sesi": L(opaque(rng, "", 40), CRED), "jk_minen": L(INSTALL_ID, DID),
            "jk_req": rid(rng)}),
        case(f, f"{a}/v2/ne/sigiyoro", headers=_h(rng, **b), body={
            "sigiyoro": L(BKO_HOME["line"], ADDR), "kin": L(BKO_HOME["area"], COARSE),
            "dugu": L(BKO_HOME["town"], COARSE), "furukeTelefoni": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v2/minen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/kow", headers=_h(rng, **b), body={
            "tigi": L(USER_ID, UID), "kow": [
                ev("boloda_kera", 1, seli=L("denkundi", SENS)),
                ev("ekran", 2, ekran=L("KabilaForm", USAGE))]}),
        case(f, f"{a}/v2/bo", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "minen": L(INSTALL_ID, DID)}),
    ]


def jelikan_sdks() -> list[Case]:
    rng = random.Random(15712)
    return [
        jm_batch(APP, rng, [("Griot Booked", {"total": L(150000, BUY)}),
                            ("Lineage Saved", {"ancestors": 2})], at=BKO_HOME_AT, nd=3),
        jm_pixel(APP, rng, "Praise Played", {"jeli": GRIOT["id"]}),
        st_launch(APP, rng, first=True),
        st_event(APP, rng, "purchase", {"boloda": L(BOOKING, BUY)}, revenue=150000.0,
                 currency="XOF", hashed=True),
        sb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="ceremony,music,bamako"),
        sb_notice(APP, rng, "win"),
        fs_eval(APP, rng, {"seli": L("denkundi", SENS), "dugu": L("Bamako", COARSE)}),
        pk_register(APP, rng, lang="bm", tags={"jeli": GRIOT["id"]}),
        ws_card(APP, rng, email=True),
        ws_confirm(APP, rng, "165000", "xof"),
        mj_geocode(APP, rng, "Misiri ACI 2000 Hamdallaye", f"{SEARCH}|{SENS}",
                   near=BKO_HOME_AT, nd=2),
        hp_message(APP, rng, L(f"Boloda {BOOKING}: jeli ma na waati la", f"{TEXT}|{BUY}"),
                   {"patron": L(PATRON, UID)}),
    ]
