"""A church's family-history app "Tohihohoko" (tohi hohoko, "genealogy book": her husband's
family's tree kept through their church's family-history centre in Nuku'alofa; her religion).
Unlike set 13's genetic-ancestry app and set 125's memorial dedications, it is a congregation's
record-keeping: the tree's people with their births, old photos and a recorded family story, a
search of parish registers, temple ordinances reserved for the dead, her church calling, her
tithing and the centre's appointments. Calls: sign-up, a log-in, ``/me`` (a ``ward`` claim),
her husband, their son and the husband's grandparents added, the pedigree by her person ID in
the path, an ordinance reservation, a centre appointment and check-in, a photo memory, an audio
memory, a record search, an indexing batch, her calling, a donation and its statement by a
cookie GET, a message to the consultant, a cousin invited, an offline sync (msgpack), push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families135_kit import (
    ANCESTORS,
    CENTRE,
    CENTRE_FIX,
    HUSBAND,
    RECORD,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families135_sdk import af_event, ct_crash, ct_crumb, mk_batch, mk_pixel, mk_traits
from eval_families135_svc import ch_save, cp_card, cp_confirm, hn_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tohihohoko", "Tohihohoko", "com.example.tohihohoko", "4.1.2",
          "https://api.tohihohoko.example.org")
IID = "X-TH-Device"
PW = "Kolovai#1921fam"
WARD = "Havelu Second Ward"
MEMBERSHIP = "MBR-0048-2201-7"  # her church membership record number (id.user)
DONATION = "DN-2025-77120"  # a donation receipt (financial.purchase)
COUSIN = ("Ana Lolohea", "ana.lolohea@example.net")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "upper", **kw})


def tohihohoko() -> list[Case]:
    rng = random.Random(13521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, person=L(RECORD, UID), ward=L(WARD, SENS)))}
    cla, clo = fix(CENTRE_FIX, 4)
    ped = at_path(case(f, f"{a}/v3/tree/persons/{RECORD}/pedigree", headers=_h(rng, **b),
                       query={"generations": "4"}), RECORD, UID)
    gp = [obj(rng, "p", 8) for _ in ANCESTORS]
    return [
        case(f, f"{a}/v3/accounts", headers=_h(rng), body={
            "givenName": L(FIRST, NAMEC), "surname": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED), "birthDate": L(DOB, BIRTH),
            "gender": L("female", GENDER), "memberNumber": L(MEMBERSHIP, UID),
            "ward": L(WARD, SENS), "country": L("TO", COARSE)}),
        case(f, f"{a}/v3/auth/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "keep": "1"}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/tree/persons", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "birthDate": L("1987-02-11", BIRTH),
            "birthPlace": "Kolovai, Tongatapu", "sex": L("male", GENDER), "living": True,
            "relation": {"to": L(RECORD, UID), "kind": "spouse"}}),
        case(f, f"{a}/v3/tree/persons", headers=_h(rng, **b), body={
            "name": L(f"{SON['first']} {SON['last']}", NAMEC),
            "birthDate": L(SON["dob"], BIRTH), "sex": L("male", GENDER), "living": True,
            "relation": {"to": L(RECORD, UID), "kind": "child"}}),
        case(f, f"{a}/v3/tree/persons/batch", headers=_h(rng, **b), body={
            "persons": [{"id": pid, "name": L(n, NAMEC), "birthYear": L(by, BIRTH),
                         "deathYear": dy, "living": False}
                        for pid, (n, by, dy) in zip(gp, ANCESTORS, strict=True)],
            "source": "oral history"}),
        ped,
        case(f, f"{a}/v3/ordinances/reserve", headers=_h(rng, **b), body={
            "person": gp[0], "ordinance": L("baptism for the dead", SENS),
            "temple": "tmpl_nku", "proxy": L(HUSBAND[0], NAMEC), "date": "2026-01-17"}),
        case(f, f"{a}/v3/centres/{CENTRE['id']}/appointments", fmt="form",
             headers=_h(rng, **b), body={
                 "slot": "2025-12-16T10:00+13:00",
                 "purpose": L("Help reading the old Kolovai parish registers", TEXT)}),
        case(f, f"{a}/v3/centres/{CENTRE['id']}/checkin", headers=_h(rng, **b), body={
            "at": {"lat": cla, "lon": clo}, "centreAt": {"lat": CENTRE["lat"],
                                                          "lon": CENTRE["lon"]},
            "member": L(MEMBERSHIP, UID)}),
        multipart(f, f"{a}/v3/memories/photos", [
            ("photo", "grandparents_1967.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L(f"{ANCESTORS[0][0]} and {ANCESTORS[1][0]} in Kolovai, 1967",
                             f"{TEXT}|{NAMEC}"), "tag": gp})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/memories/audio", [
            ("audio", "aunty_story.m4a", "audio/mp4", L(M4A + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "title": L("How the family came from Kolovai to Havelu", TEXT),
                "narrator": L("Aunty Seini Taufa", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/records/search", headers=_h(rng, **b), query={
            "q": L("Lolohea Kolovai 1921", SEARCH), "collection": "to-parish", "page": "1"}),
        case(f, f"{a}/v3/indexing/batches/{obj(rng, 'ib', 8)}/submit", headers=_h(rng, **b),
             body={"fields": 212, "minutes": 95, "quality": "reviewed"}),
        case(f, f"{a}/v3/callings", headers=_h(rng, **b), body={
            "calling": L("Relief Society secretary", SENS), "ward": L(WARD, SENS),
            "member": L(MEMBERSHIP, UID), "since": "2025-03"}),
        case(f, f"{a}/v3/donations", headers=_h(rng, **b), body={
            "lines": [{"fund": L("Tithing", SENS), "amount": L(150, BUY)},
                      {"fund": L("Fast offering", SENS), "amount": L(20, BUY)}],
            "currency": "TOP", "method": L(opaque(rng, "pm_", 24), PAY),
            "receipt": L(DONATION, BUY), "member": L(MEMBERSHIP, UID)}),
        case(f, f"{a}/v3/donations/statement", headers=_h(rng, how="none"), query={
            "year": "2025"}, cookies={"th_sid": L(opaque(rng, "", 40), CRED),
                                      "th_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/messages", headers=_h(rng, **b), body={
            "to": "consultant", "text": L("Two Salote Loloheas are merged wrongly, one died 2003",
                                          f"{TEXT}|{NAMEC}"), "clientRef": rid(rng)}),
        case(f, f"{a}/v3/invitations", headers=_h(rng, **b), body={
            "name": L(COUSIN[0], NAMEC), "email": L(COUSIN[1], MAIL),
            "message": L("Please add your side, Ana, you know the Lapaha names", f"{TEXT}|{NAMEC}"),
            "role": "contributor"}),
        case(f, f"{a}/v3/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "person": L(RECORD, UID), "device": L(INSTALL_ID, DID), "edits": [
                {"op": "link", "a": gp[0], "b": gp[1], "t": 1765288801},
                {"op": "source", "p": gp[1], "src": "FHL-1402339", "t": 1765288950}]}),
        case(f, f"{a}/v3/temples/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{CENTRE_FIX[0]:.2f}", COARSE), "lon": L(f"{CENTRE_FIX[1]:.2f}", COARSE)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng), "to_TO")),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("person_added", 1), ev("ordinance_reserved", 2),
                ev("screen", 3, screen=L("Pedigree", USAGE))]}),
    ]


def tohihohoko_sdks() -> list[Case]:
    rng = random.Random(13522)
    return [
        mk_batch(APP, rng, [("Ordinance Reserved", {"ordinance": L("baptism", SENS)}),
                            ("Memory Added", {"kind": "audio"})]),
        mk_traits(APP, rng, {"ward": L(WARD, SENS), "person": L(RECORD, UID),
                             "treeSize": 41}),
        mk_pixel(APP, rng, "Pedigree Opened", {"gen": 4}),
        af_event(APP, rng, "donation", {"fund": L("tithing", SENS)}, revenue=170.0),
        ct_crash(APP, rng, ("java.lang.OutOfMemoryError", "pedigree bitmap"),
                 [ct_crumb("nav", "Tree -> Pedigree"), ct_crumb("ui", "zoom_out")],
                 screen="PedigreeActivity"),
        pk_register(APP, rng, lang="to", tags={"ward": L(WARD, SENS), "indexer": "yes"}),
        ch_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "170"),
        hn_message(APP, rng, L("My donation receipt DN-2025-77120 has the wrong ward",
                               f"{TEXT}|{BUY}|{SENS}"), {"member": L(MEMBERSHIP, UID)}),
    ]
