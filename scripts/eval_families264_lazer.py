"""A laser-tag arena's app "Lazerbaatar" (an arena on the third floor of a mall in Ulan-Ude; the
son's tenth birthday party on 20 December with ten classmates). Its API mixes Buryat in Latin
letters with English: ``nere``, ``obog``, ``utahan``, ``nyuusa_uge``, ``turehen_uder``, ``bayar``
celebration (the party), ``ukhibuun`` child, ``nahan`` age, ``ailshad`` guests, ``urilga``
invitation, ``ekhe_esegyn_utahan`` a parent's phone, ``kholboonuud`` contacts, ``zal`` hall,
``naadan`` game, ``komanda`` team, ``tort`` cake (loan), ``bichig`` inscription, ``allergi``,
``zubshool`` consent, ``garai_uzeg`` signature, ``tulberi``, ``dun``, ``ireen``,
``urgereg``/``urtarag``, ``zurag`` photo, ``zakhyaa``, ``segnelte``, ``hanamzha``, ``bederelge``;
``email``, ``token``, ``id``, ``bonus`` kept. Calls: registration, an OAuth password grant, ``/bi``,
free slots, the party booked (the son's name and birth date), the guests (classmates' names and
their parents' phones), invitations by SMS to a list of numbers, contacts picked from her address
book, the waiver signed, the cake (his name and age on it, a peanut allergy), the deposit, the
arrival with her fix (5-decimal strings), teams (msgpack), the party's photos by booking number in
the path, a photo uploaded, a message to the admin, a review, a search, bonus points by a base64
JSON cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families264_kit import (
    ARENA,
    ARENA_FIX,
    PARTY,
    SISTER_IL,
    SON,
    hd,
    obj,
    push,
)
from eval_families264_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families264_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    hs_message,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lazerbaatar", "Lazerbaatar", "com.example.lazerbaatar", "4.6.3",
          "https://api.lazerbaatar.example.com")
IID = "X-LB-Install"
PW = "Baatar!Party1220"
KID = f"{SON['first']} {SON['last']}"
GUESTS = [("Tamir Dorzhiev", "+79246310277"), ("Sayana Badmaeva", "+79025518830"),
          ("Misha Kuznetsov", "+79140066211")]  # classmates typed with a parent's phone


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lazerbaatar() -> list[Case]:
    rng = random.Random(26471)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL)))}
    photos = at_path(case(f, f"{a}/api/v1/bayar/{PARTY}/zurag", headers=_h(rng, **b)),
                     PARTY, BUY)
    return [
        case(f, f"{a}/api/v1/registration", headers=_h(rng), body={
            "nere": L(FIRST, NAMEC), "obog": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "utahan": L(E164, TEL), "nyuusa_uge": L(PW, CRED), "turehen_uder": L(DOB, BIRTH),
            "marketing": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(E164, TEL), "password": L(PW, CRED),
            "client_id": "lazerbaatar-android"}),
        case(f, f"{a}/api/v1/bi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/zal/slots", headers=_h(rng, **b), query={
            "arena": ARENA["id"], "uder": "2025-12-20", "khun": "11"}),
        case(f, f"{a}/api/v1/bayar", headers=_h(rng, **b), body={
            "arena": ARENA["id"], "zal": "zal_b", "uder": "2025-12-20", "sag": "15:00",
            "bayar": L(PARTY, BUY), "paket": "birthday_max", "ailshad_too": 10,
            "dun": L(14500, BUY),
            "ukhibuun": {"nere": L(KID, NAMEC), "turehen_uder": L(SON["dob"], BIRTH),
                         "nahan": L(10, BIRTH)}}),
        case(f, f"{a}/api/v1/bayar/{PARTY}/ailshad", headers=_h(rng, **b), body={
            "ailshad": [{"nere": L(n, NAMEC), "ekhe_esegyn_utahan": L(p, TEL)}
                        for n, p in GUESTS]}),
        case(f, f"{a}/api/v1/urilga/sms", headers=_h(rng, **b), body={
            "bayar": L(PARTY, BUY), "utahanuud": [L(p, TEL) for _, p in GUESTS],
            "beshig": L("Aldar turns 10! Laser tag on 20 Dec at 15:00, 3rd floor. Jane, "
                        "Aldar's mum", f"{TEXT}|{BIRTH}|{NAMEC}")}),
        case(f, f"{a}/api/v1/kholboonuud/match", headers=_h(rng, **b), body={
            "kholboonuud": [{"nere": L("Oyuna (Tamir's mum)", CONTACTS),
                             "utahan": L(GUESTS[0][1], CONTACTS)},
                            {"nere": L("Svetlana Kuznetsova", CONTACTS),
                             "utahan": L(GUESTS[2][1], CONTACTS)},
                            {"nere": L("Sesegma", CONTACTS), "utahan": L(SISTER_IL[1], CONTACTS)}],
            "hash": "sha1"}),
        multipart(f, f"{a}/api/v1/zubshool", [
            ("garai_uzeg", "signature.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {
                "bayar": L(PARTY, BUY), "asaragsha": L(f"{FIRST} {LAST}", NAMEC),
                "ukhibuun": L(KID, NAMEC), "form": "waiver_v4"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tort", headers=_h(rng, **b), body={
            "bayar": L(PARTY, BUY), "tort": "chocolate_2kg",
            "bichig": L("Aldar 10!", f"{TEXT}|{NAMEC}|{BIRTH}"),
            "allergi": L("peanuts", MED), "dun": L(2600, BUY)}),
        case(f, f"{a}/api/v1/tulberi", fmt="form", headers=_h(rng, **b), body={
            "bayar": L(PARTY, BUY), "dun": L("5000.00", BUY), "munge": "RUB",
            "arga": L(opaque(rng, "pm_", 24), PAY), "huulshyn_durben": L("4444", PAY)}),
        case(f, f"{a}/api/v1/ireen", fmt="form", headers=_h(rng, **b), body={
            "bayar": L(PARTY, BUY), "urgereg": L(f"{ARENA_FIX[0]:.5f}", PRECISE),
            "urtarag": L(f"{ARENA_FIX[1]:.5f}", PRECISE), "arena": ARENA["id"]}),
        case(f, f"{a}/api/v1/naadan/komanda", fmt="msgpack", headers=_h(rng, **b), body={
            "naadan": obj(rng, "ng"), "bayar": L(PARTY, BUY),
            "komanda": [{"ner": "Ulaan", "gishuud": ["Aldar", "Tamir", "Misha", "Bato", "Dima"]},
                        {"ner": "Khukhe", "gishuud": ["Sayana", "Arina", "Zorigto", "Lena",
                                                     "Ayur"]}],
            "minut": 20}),
        photos,
        multipart(f, f"{a}/api/v1/album", [
            ("zurag", "party.jpg", "image/jpeg", L(JPEG + b"\x20", MEDIA)),
            ("meta", None, "application/json", {"bayar": L(PARTY, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/zakhyaa", headers=_h(rng, **b), body={
            "khen": "admin_ar_mall_3",
            "beshig": L(f"My sister-in-law {SISTER_IL[0]} brings the cake at 14:30, her number is "
                        f"{SISTER_IL[1]}. Please keep it in the fridge.",
                        f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/segnelte", fmt="form", headers=_h(rng, **b), body={
            "arena": ARENA["id"], "od": "5",
            "hanamzha": L("The kids screamed with joy, the host was great", TEXT)}),
        case(f, f"{a}/api/v1/bederelge", headers=_h(rng, **b), query={
            "q": L("birthday package 10 kids pizza", SEARCH)}),
        case(f, f"{a}/api/v1/bonus", headers=_h(rng, how="none"), cookies={
            "lb_sess": L(opaque(rng, "", 40), CRED),
            "lb_prefs": W({"user": L(USER_ID, UID), "khelen": L("en", DEV),
                           "arena": ARENA["id"]}, "b64json")}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "device": L(INSTALL_ID, DID), "events": [
                ev("party_booked", 1, dun=L(14500, BUY)),
                ev("screen", 2, screen=L("Bayar", USAGE))]}),
    ]


def lazerbaatar_sdks() -> list[Case]:
    rng = random.Random(26472)
    return [
        mc_batch(APP, rng, [("Party Booked", {"total": L(14500, BUY), "guests": 10}),
                            ("Checked In", {"arena": ARENA["id"]})], at=ARENA_FIX, nd=2),
        mc_identify(APP, rng, {"city": L("Ulan-Ude", COARSE), "kids": 1,
                               "child_age": L(10, BIRTH)}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"bayar": L(PARTY, BUY)}, revenue=14500.0,
                 currency="RUB", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ARENA_FIX, nd=3,
               keywords="kids,party,games"),
        cd_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "team list"),
                 [cd_crumb("nav", "Bayar -> Komanda"), cd_crumb("tap", "shuffle")],
                 screen="KomandaActivity"),
        pt_register(APP, rng, at=ARENA_FIX, nd=2, tags={"arena": ARENA["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "5000.00", "rub"),
        hs_message(APP, rng, L(f"Party {PARTY}: can we add two more kids?", f"{TEXT}|{BUY}"),
                   {"bayar": L(PARTY, BUY)}),
    ]
