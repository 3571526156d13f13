"""A Maranao royal house's lineage and title registry "Pusaka Salsila" (her husband's family
descends from a royal house of the Bayabao principality; the registry keeps the ``salsila``
(genealogy), the ``bantog`` (royal titles) and the ``kalilang`` (enthronement feasts); its API's
keys are Maranao: ``ngaran``/``apelyido`` name, ``selpon`` mobile, ``sekreto`` password,
``kiyambata`` birth date, ``bangsa`` lineage / descent, ``pangampong`` principality, ``agama``
religion, ``karoma`` spouse, ``wata`` child, ``ama`` father, ``lokes`` ancestors (lit. "the
elders"), ``miyatay`` departed, ``bantog`` title, ``sulat`` message, ``pangilay`` search,
``arga`` fee, ``bayad`` payment, ``kapeg`` certificate, ``walay`` house, ``basa`` language):
registration as an in-married member (her own faith: a convert), log-in, ``/ako``, the family
tree, the son entered in the salsila, ancestors, the husband's title petition, an enthronement
RSVP, an old genealogy scan, dues, a message to the council secretary, an ancestor search, her
member card by number in the path, a lineage certificate (gzip), offline tree edits (JSON
Lines), preferences by cookie (base64 JSON), push, events and a log-out. A grep of the sets'
file names and docstrings: "salsila" nothing; "genealog" sets 135, 159, 198, 205, 212 (other
peoples' family trees), "sultan" sets 135, 200, 211, 236 in passing; a royal-title registry of a
Maranao house is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
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
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families280_kit import (
    COUNCIL,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    SON,
    hd,
    obj,
    push,
)
from eval_families280_sdk import ok_batch, ok_identify, ok_queue, sm_event, sm_launch
from eval_families280_svc import cg_check, fi_eval, hp_message, md_geocode, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("pusaka", "Pusaka Salsila", "com.example.pusakasalsila", "1.1.4",
          "https://api.pusaka.example.org")
IID = "X-Pusaka-Device"
PW = "Bayabao*Salsila7"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
ANCESTORS = ["Datu Macaorao Dimalotang", "Bai Sittie Ainon Dimalotang",
             "Sultan a Gaus Dimalotang"]  # departed ancestors (contact.name)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mrw=True, **kw)


def pusaka() -> list[Case]:
    rng = random.Random(28071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(MEMBER, UID),
                                    pangampong=L("Bayabao", SENS)))}
    card = at_path(case(f, f"{a}/v1/members/{MEMBER}/card", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v1/members", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selpon": L(E164, TEL), "sekreto": L(PW, CRED), "kiyambata": L(DOB, BIRTH),
            "member": L(MEMBER, UID), "relasyon": "karoma",
            "karoma": {"ngaran": L(HUSBAND[0], NAMEC), "bangsa": L("Meranaw", SENS)},
            "agama": L("Islam (balik-Islam 2014)", SENS), "bangsa": L("American", SENS)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sekreto": L(PW, CRED), "tanodan": "1"}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/salsila/tree", headers=_h(rng, **b), query={
            "member": L(MEMBER, UID), "generations": "5"}),
        case(f, f"{a}/v1/salsila/entries", headers=_h(rng, **b), body={
            "wata": {"ngaran": L(SON["first"], NAMEC), "apelyido": L(SON["last"], NAMEC),
                     "kiyambata": L(SON["dob"], BIRTH), "mama_ataw_babay": L(SON["sex"], GENDER),
                     "philsys": L(SON["psn"], NID)},
            "ama": L(HUSBAND[0], NAMEC), "ina": L(f"{FIRST} {LAST}", NAMEC),
            "bangsa": L("Meranaw, taritib a Dimalotang", SENS),
            "pangampong": L("Bayabao", SENS), "agama": L("Islam", SENS),
            "entered_by": L(MEMBER, UID)}),
        case(f, f"{a}/v1/salsila/ancestors", headers=_h(rng, **b), body={
            "lokes": [L(n, NAMEC) for n in ANCESTORS], "miyatay": True,
            "bangsa": L("Bayabao royal house", SENS), "source": "oral, 2025-11"}),
        case(f, f"{a}/v1/bantog/petition", headers=_h(rng, **b), body={
            "tagapetisyon": L(MEMBER, UID), "para_kiran": L(HUSBAND[0], NAMEC),
            "bantog": L("Datu a Romapunut", SENS), "pangampong": L("Bayabao", SENS),
            "arga": L(5000, BUY)}),
        case(f, f"{a}/v1/kalilang/rsvp", fmt="form", headers=_h(rng, **b), body={
            "kalilang": "kl_2026_01_bayabao", "member": L(MEMBER, UID), "bisita": "3",
            "sulat": L("Makaoma kami a tolo, pagtoonan iyan so lima a kambing", TEXT)}),
        multipart(f, f"{a}/v1/salsila/scans", [
            ("scan", "salsila_old_page3.jpg", "image/jpeg", L(JPEG + b"\x73", f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"member": L(MEMBER, UID), "page": 3,
                                                "script": "Jawi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dues", fmt="form", headers=_h(rng, **b), body={
            "member": L(MEMBER, UID), "taon": "2026", "arga": L("600.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "secretary_bayabao",
            "sulat": L(f"Assalamu alaikum. Ini-sold ko si {KID} sa salsila; so ina o karoma ko "
                       f"a si {MOTHER_IL[0]} i makapamaratiyaya ko.",
                       f"{TEXT}|{SENS}|{NAMEC}")}),
        case(f, f"{a}/v1/pangilay", headers=_h(rng, **b), query={
            "pangilay": L("Sultan a Gaus Dimalotang Bayabao", f"{SEARCH}|{SENS}|{NAMEC}")}),
        card,
        case(f, f"{a}/v1/kalilang/upcoming", headers=_h(rng, **b), query={
            "pangampong": L("Bayabao", SENS), "member": L(MEMBER, UID), "taon": "2026"}),
        multipart(f, f"{a}/v1/bantog/photo", [
            ("photo", "amanoding_tubaw.jpg", "image/jpeg", L(JPEG + b"\x74", MEDIA)),
            ("meta", None, "application/json", {"para_kiran": L(HUSBAND[0], NAMEC),
                                                "petition": obj(rng, "pt")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/certificates", gz=True, headers=_h(rng, **b), body={
            "kapeg": "lineage", "wata": L(KID, NAMEC), "philsys": L(SON["psn"], NID),
            "bangsa": L("Meranaw", SENS), "pangampong": L("Bayabao", SENS),
            "arga": L(300, BUY), "council": COUNCIL["id"]}),
        lines(f, f"{a}/v1/salsila/sync", [
            {"op": "link", "child": L(KID, NAMEC), "parent": L(HUSBAND[0], NAMEC),
             "edit": obj(rng, "ed")},
            {"op": "note", "edit": obj(rng, "ed"),
             "sulat": L("So lokes a Sultan a Gaus na miyatay sa 1931", f"{TEXT}|{SENS}")}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prefs", headers=_h(rng, how="none"), cookies={
            "ps_sesyon": L(opaque(rng, "", 40), CRED),
            "ps_prefs": W({"member": L(MEMBER, UID), "basa": L("mrw", DEV),
                           "pangampong": L("Bayabao", SENS)}, "b64json"), "ps_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "mrw_PH")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("entry_added", 1), ev("screen", 2, screen=L("Salsila", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def pusaka_sdks() -> list[Case]:
    rng = random.Random(28072)
    return [
        ok_batch(APP, rng, [("Entry Added", {"generation": 5}),
                            ("Dues Paid", {"amount": L(600, BUY)})], locale="mrw_PH"),
        ok_identify(APP, rng, {"pangampong": L("Bayabao", SENS), "member": L(MEMBER, UID)}),
        ok_queue(APP, rng, [("Tree Edited", {"n": 2}), ("Scan Uploaded", {"page": 3})]),
        sm_launch(APP, rng),
        sm_event(APP, rng, "petition", {"kind": L("bantog", SENS)}, revenue=5000.0,
                 currency="PHP"),
        fi_eval(APP, rng, {"council": COUNCIL["id"], "pangampong": L("Bayabao", SENS)},
                hdr=True),
        pl_register(APP, rng, lang="mrw", tags={"pangampong": L("Bayabao", SENS)}),
        cg_check(APP, rng, {"analytics": True}),
        md_geocode(APP, rng, "Bayabao lineage hall Marawi", SEARCH),
        hp_message(APP, rng, L("The lineage certificate for my son is still pending",
                               f"{TEXT}|{SENS}"), {"member": L(MEMBER, UID)}),
    ]
