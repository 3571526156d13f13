"""A family wedding's contributions register "Ohango" ("wedding"; she keeps the book for her
husband's cousin's wedding at the Outapi homestead; its API's keys are Oshiwambo:
``omulongithi`` user, ``oshiholekwa`` password, ``aaihokani`` the couple (lit. "those marrying
each other"), ``ohango`` wedding, ``ekwafo`` contribution, ``omupambele`` relative, ``edhina``
name, ``ongodi`` phone, ``oshimaliwa`` amount, ``eengombe`` cattle, ``aayenda`` guests,
``omagano`` gift, ``ehala`` place, ``ongeleka`` church, ``iilya`` food, ``etumwalaka`` message,
``ethano`` photo, ``omusholondondo`` list, ``okaunda`` account, ``uundjolowele`` health): log-in
(OAuth password grant), ``/ngame``, the wedding (the couple typed), the church service (the
family's congregation), relatives' pledges and contributions (e-wallet, cash), a cattle pledge,
the guest list from her address book, catering with guests' diets, a tent hire, the register by
number in the path, photos, a family message, an offline sync (JSON Lines), the bank deposit,
the statement (PDF), push and events. Earlier sets have wedding planners and gift registries for
the couple or guests; here she is the family's treasurer keeping a contributions book."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families215_kit import (
    COUPLE,
    HOMESTEAD_AT,
    HUSBAND,
    MEMBER,
    NA_ACCOUNT,
    SISTER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families215_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families215_svc import cl_wallet, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ohango", "Ohango", "com.example.ohango", "2.0.5", "https://api.ohango.example.org")
IID = "X-Ohango-Device"
PW = "Eengombe2026!Outapi"
WED = "OHG-2026-0318"  # the wedding's register (a negative: the family event's ID)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))
UNCLE = ("Festus Nangombe", "+264812776104")
AUNT = ("Loide Amukoto", "+264813009152")
COUSIN = ("Jason Shikongo", "+264816631247")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def ohango() -> list[Case]:
    rng = random.Random(21531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), omulongithi=L(MEMBER, UID),
                                    onkalo="omupungi_gwoshimaliwa"))}
    hla, hlo = fix(HOMESTEAD_AT)
    book = at_path(case(f, f"{a}/v1/omusholondondo/{MEMBER}/omakwafo", headers=_h(rng, **b)),
                   MEMBER, UID)
    recs = [{"ekwafo": obj(rng, "kw"), "omupambele": L(AUNT[0], NAMEC),
             "oshimaliwa": L(300, BUY), "omukalo": "cash"},
            {"ekwafo": obj(rng, "kw"), "omupambele": L(COUSIN[0], NAMEC),
             "oshimaliwa": L(500, BUY), "omukalo": "ewallet", "ongodi": L(COUSIN[1], TEL)}]
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "ohango-android"}),
        case(f, f"{a}/v1/ngame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ohango", headers=_h(rng, **b), body={
            "ohango": WED, "aaihokani": [L(COUPLE[0], NAMEC), L(COUPLE[1], NAMEC)],
            "esiku": "2026-04-11", "omukunda": L("Onheleiwa", COARSE),
            "ondoolopa": L("Outapi", COARSE), "ehala": {"lat": hla, "lon": hlo},
            "omupungi": {"edhina": L(f"{FIRST} {LAST}", NAMEC), "omulongithi": L(MEMBER, UID)}}),
        case(f, f"{a}/v1/ohango/{WED}/ongeleka", headers=_h(rng, **b), body={
            "ongeleka": L("ELCIN Outapi Parish", SENS), "omuvalekeli": "Omusita Amutenya",
            "elongekido_lyaaihokani": L("Oshiwike 2 shomakonakono gohango", SENS),
            "ethimbo": "10:00"}),
        case(f, f"{a}/v1/ohango/{WED}/omauvaneko", headers=_h(rng, **b), body={
            "omupambele": {"edhina": L(UNCLE[0], NAMEC), "ongodi": L(UNCLE[1], TEL)},
            "oshimaliwa": L(1000, BUY), "esiku_lyokufuta": "2026-03-31"}),
        case(f, f"{a}/v1/ohango/{WED}/eengombe", headers=_h(rng, **b), body={
            "omupambele": {"edhina": L(HUSBAND[0], NAMEC), "ongodi": L(HUSBAND[1], TEL)},
            "eengombe": 2, "uuyelele": "oongombe mbali dhoshikombo",
            "oshimaliwa_shoshikando": L(14000, BUY)}),
        case(f, f"{a}/v1/ohango/{WED}/omakwafo", headers=_h(rng, **b), body={
            "omupambele": {"edhina": L(SISTER_IL[0], NAMEC), "ongodi": L(SISTER_IL[1], TEL)},
            "oshimaliwa": L("750.00", BUY), "omukalo": "ewallet",
            "okuza_kongodi": L(SISTER_IL[1], TEL), "reference": rid(rng)}),
        case(f, f"{a}/v1/ohango/{WED}/aayenda/import", headers=_h(rng, **b), body={
            "aayenda": [{"edhina": L(n, CONTACTS), "ongodi": L(p, CONTACTS)}
                        for n, p in (UNCLE, AUNT, COUSIN,
                                     ("Martha Iipinge", "+264818830271"))],
            "ezalo": "phonebook"}),
        case(f, f"{a}/v1/ohango/{WED}/iilya", headers=_h(rng, **b), body={
            "aayenda": 240, "oshikombo": 3, "ongombe": 1, "omahangu_kg": 120,
            "aayenda_yonkalo": [
                {"edhina": L("Meekulu Selma Nangombe", NAMEC),
                 "uundjolowele": L("osukila, kaaka li iikulya yi na osukila", f"{TEXT}|{MED}")},
                {"edhina": L(AUNT[0], NAMEC), "uundjolowele": L("Omuadventista, kaaka li onyama yoshingulu",
                                                                 f"{TEXT}|{SENS}")}],
            "oshimaliwa": L(18500, BUY)}),
        case(f, f"{a}/v1/ohango/{WED}/otenda", fmt="form", headers=_h(rng, **b), body={
            "omuvali": "tn_oshk04", "otenda": "10x20", "iipundi": "200",
            "oshimaliwa": L("3200.00", BUY), "omutaambi": L(HUSBAND[1], TEL)}),
        book,
        case(f, f"{a}/v1/omakwafo", headers=_h(rng, **b), query={
            "omulongithi": L(MEMBER, UID), "ohango": WED, "oshikalimo": "ewallet"}),
        multipart(f, f"{a}/v1/ohango/{WED}/omathano", [
            ("ethano", "elongekido.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "omulongithi": L(MEMBER, UID),
                "edhiladhilo": L("Aakiintu yomezimo taya longekidha omahangu", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/omatumwalaka", headers=_h(rng, **b), body={
            "ongundu": "grp_ezimo", "etumwalaka": L(
                f"Omupambele kehe na fute ekwafo kokaunda {NA_ACCOUNT} manga 31 Maalitsa",
                f"{TEXT}|{PAY}")}),
        lines(f, f"{a}/v1/sync", recs, headers=_h(rng, **b)),
        case(f, f"{a}/v1/okaunda/tula", fmt="form", headers=_h(rng, **b), body={
            "okaunda": L(NA_ACCOUNT, PAY), "oshimaliwa": L("6450.00", BUY),
            "oshitaambo": opaque(rng, "slip", 10), "omulongithi": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/okaunda/ehokololo", [
            ("ehokololo", "statement_feb.pdf", "application/pdf", L(PDF, f"{MEDIA}|{PAY}")),
            ("meta", None, "application/json", {"okaunda": L(NA_ACCOUNT, PAY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/oshilongitho", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/iiningwanima", headers=_h(rng, how="none"), cookies={
            "oh_sid": L(opaque(rng, "", 40), CRED), "oh_dev": L(INSTALL_ID, DID)}, body={
            "omulongithi": L(USER_ID, UID), "iiningwanima": [
                ev("ekwafo_lya_nyolwa", 1, oshimaliwa=L(750, BUY)),
                ev("screen", 2, screen=L("Omakwafo", USAGE))]}),
        case(f, f"{a}/v1/omupitilo", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "elaka": L("en", DEV)}),
    ]


def ohango_sdks() -> list[Case]:
    rng = random.Random(21532)
    return [
        mc_batch(APP, rng, [("Contribution Recorded", {"amount": L(750, BUY)}),
                            ("Guests Imported", {"count": 4})]),
        mc_identify(APP, rng, {"role": "treasurer", "town": L("Oshakati", COARSE)}),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, at=HOMESTEAD_AT, nd=2,
               keywords="wedding,tents,catering"),
        cd_crash(APP, rng, ("java.lang.NumberFormatException", "oshimaliwa: '1 000'"),
                 [cd_crumb("nav", "Omakwafo -> Nyola")],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)}, screen="NyolaActivity"),
        fn_eval(APP, rng, {"role": "treasurer", "ewallet": True}),
        pt_register(APP, rng, tags={"ohango": WED, "role": "treasurer"}),
        cl_wallet(APP, rng, "750.00", L(SISTER_IL[1], TEL)),
        mm_geocode(APP, rng, "Onheleiwa Outapi", COARSE, near=HOMESTEAD_AT, nd=2),
        hs_attach(APP, rng, L(JPEG + b"\x42", MEDIA), "slip.jpg", "image/jpeg"),
    ]
