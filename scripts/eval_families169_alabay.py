"""Alabai (Central Asian shepherd dog) breed club app "Alabay Tohum" (she and Serdar keep a male,
Bahadyr, shown at the Ashgabat show; this year a litter is sold). Snake_case Turkmen keys,
diacritics dropped: ``agza`` member, ``agzalyk`` membership, ``ady``, ``familiyasy``,
``e_pocta``, ``telefon``, ``acarsoz``, ``doglan_senesi``, ``salgy``, ``sahar``, ``it`` dog,
``gujuk`` puppy, ``nesil`` pedigree, ``cip`` microchip, ``sanjym`` vaccination, ``sergi`` show,
``klass`` class, ``halka`` ring, ``bal`` score, ``baha`` price, ``satyjy`` seller, ``taze_eye``
new owner, ``sertnama`` contract, ``surat`` photo, ``forum``, ``gozleg`` search, ``sebap``
reason: membership sign-up and fee, a log-in, ``/men``, the dog registered, his vaccinations (the
dog's health: negatives), a show entry and its payment, the ring check-in with her fix, results,
the litter (msgpack), a puppy listing, a message about a buyer, the dog's photo, a search, a
puppy's transfer to its new owner (his passport), a protobuf catalogue scan, a mating contract,
diplomas by cookie GET, a forum post, push, events and an account closure. Pet apps (vets,
foster dogs) exist; a breed club's shows, litters and transfers do not."""

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
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims, rid
from eval_families169_kit import (
    AS_HOME,
    AS_HOME_AT,
    DOG,
    MEMBER,
    RING_FIX,
    SHOW,
    fix,
    hd,
    obj,
    push,
)
from eval_families169_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families169_svc import cl_card, cl_confirm, fn_eval, hs_message, mm_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "alabaytohum",
    "Alabay Tohum",
    "com.example.alabaytohum",
    "5.0.2",
    "https://api.alabaytohum.example.com",
)
IID = "X-AT-Install"
PW = "Bahadyr*2023as"
NID = "personal.national_id"
BUYER = ("Berdi Nurov", "+99362771045", "I-MR 337120")  # a puppy's buyer, typed by her
ENTRY = "GS-26-0311"  # her show entry (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tk=True, **kw)


def alabay() -> list[Case]:
    rng = random.Random(16941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, agza=L(MEMBER, UID), telefon=L(E164, TEL)))}
    rla, rlo = fix(RING_FIX)
    lab: dict[str, str] = {}
    scan = pb(
        [(1, DOG["chip"]), (2, L(MEMBER, UID)), (3, "halka-2"), (4, 1774170000), (5, SHOW["id"])],
        "",
        lab,
    )
    return [
        case(
            f,
            f"{a}/api/agzalar",
            headers=_h(rng),
            body={
                "ady": L(FIRST, NAMEC),
                "familiyasy": L(LAST, NAMEC),
                "e_pocta": L(EMAIL, MAIL),
                "telefon": L(E164, TEL),
                "acarsoz": L(PW, CRED),
                "doglan_senesi": L("17.05.1991", BIRTH),
                "salgy": L(AS_HOME["line"], ADDR),
                "sahar": L(AS_HOME["town"], COARSE),
                "agza": L(MEMBER, UID),
                "agzalyk_tolegi": L(150, BUY),
                "pul_birligi": "TMT",
            },
        ),
        case(
            f,
            f"{a}/api/giris",
            fmt="form",
            headers=_h(rng),
            body={"e_pocta": L(EMAIL_UPPER, MAIL), "acarsoz": L(PW, CRED)},
        ),
        case(f, f"{a}/api/men", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/itler",
            headers=_h(rng, **b),
            body={
                "agza": L(MEMBER, UID),
                "it": {
                    "ady": DOG["name"],
                    "cip": DOG["chip"],
                    "nesil": DOG["pedigree"],
                    "doglan": "2023-02-11",
                    "jynsy": "erkek",
                    "renki": "ak-sary",
                },
            },
        ),
        case(
            f,
            f"{a}/api/itler/sanjymlar",
            headers=_h(rng, **b),
            body={
                "cip": DOG["chip"],
                "sanjymlar": [
                    {"ady": "quturma", "sene": "2025-11-02"},
                    {"ady": "DHPPi", "sene": "2025-11-02"},
                ],
                "veterinar": "Asgabat Haywan Klinikasy 2",
            },
        ),
        case(
            f,
            f"{a}/api/sergiler/{SHOW['id']}/yazylys",
            headers=_h(rng, **b),
            body={
                "agza": L(MEMBER, UID),
                "cip": DOG["chip"],
                "klass": "ulular-erkek",
                "gatnasyk": L(ENTRY, BUY),
                "mukdar": L(80, BUY),
            },
        ),
        case(
            f,
            f"{a}/api/toleg",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "gatnasyk": L(ENTRY, BUY),
                "mukdar": L("80.00", BUY),
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "kart_sonky_4": L("4444", PAY),
            },
        ),
        case(
            f,
            f"{a}/api/halka/gelis",
            headers=_h(rng, **b),
            body={
                "gatnasyk": L(ENTRY, BUY),
                "yer": {"ginlik": rla, "uzaklyk": rlo},
                "sergi": {"id": SHOW["id"], "ginlik": SHOW["lat"], "uzaklyk": SHOW["lon"]},
            },
        ),
        case(
            f,
            f"{a}/api/sergiler/{SHOW['id']}/netijeler",
            headers=_h(rng, **b),
            query={"klass": "ulular-erkek", "agza": L(MEMBER, UID)},
        ),
        case(
            f,
            f"{a}/api/gujukler",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "agza": L(MEMBER, UID),
                "ene": "AAK-P-2021-0177",
                "ata": DOG["pedigree"],
                "doglan": "2026-01-20",
                "gujukler": [
                    {"cip": f"79509810093{n:04d}", "jynsy": s}
                    for n, s in ((301, "erkek"), (302, "urkacy"), (303, "erkek"))
                ],
            },
        ),
        case(
            f,
            f"{a}/api/bildirisler",
            headers=_h(rng, **b),
            body={
                "gornus": "gujuk",
                "baha": 3500,
                "sahar": L("Asgabat", COARSE),
                "telefon": L(E164, TEL),
                "yazgy": L("Iki aylyk erkek gujuk, nesil sahadatnamasy bilen. Jan edin.", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/habarlar",
            headers=_h(rng, **b),
            body={
                "kime": "klub_sekretary",
                "yazgy": L(
                    f"Marydan {BUYER[0]} jan etdi, ulgamda onun adyna gecirip bilermi?",
                    f"{TEXT}|{NAMEC}",
                ),
            },
        ),
        multipart(
            f,
            f"{a}/api/suratlar",
            [
                ("surat", "bahadyr_sergi.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
                ("maglumat", None, "application/json", {"cip": DOG["chip"], "albom": "sergi-2026"}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/gozleg",
            headers=_h(rng, **b),
            query={"q": L("alabay erkek it cupurlemek Mary", SEARCH)},
        ),
        case(
            f,
            f"{a}/api/gujukler/gecirmek",
            headers=_h(rng, **b),
            body={
                "cip": "795098100930301",
                "kone_eye": L(MEMBER, UID),
                "taze_eye": {
                    "ady": L(BUYER[0], NAMEC),
                    "telefon": L(BUYER[1], TEL),
                    "pasport": L(BUYER[2], NID),
                },
                "baha": L(3500, BUY),
            },
        ),
        raw(f, f"{a}/api/katalog/skan", scan, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/api/sertnamalar",
            headers=_h(rng, **b),
            body={
                "sertnama": obj(rng, "sn"),
                "erkek_it": DOG["pedigree"],
                "urkacy_it_eyesi": "agza_ak2291",
                "mukdar": L(1200, BUY),
                "gol": L(f"{FIRST} {LAST}", NAMEC),
            },
        ),
        case(
            f,
            f"{a}/api/diplomlar",
            headers=_h(rng, how="none"),
            cookies={
                "at_sessiya": L(opaque(rng, "", 40), CRED),
                "at_enjam": L(INSTALL_ID, DID),
                "at_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/forum/yazgylar",
            headers=_h(rng, **b),
            body={
                "tema": "iymitlendiris",
                "yazgy": L("Bahadyr yazda az iyyar, kim nahili iymit beryar?", TEXT),
            },
        ),
        case(f, f"{a}/api/enjamlar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/api/wakalar",
            gz=True,
            headers=_h(rng, **b),
            body={
                "ulanyjy": L(USER_ID, UID),
                "wakalar": [ev("sergi_yazylys", 1), ev("ekran", 2, ekran=L("Gujuklerim", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/api/hasap/yapmak",
            fmt="form",
            headers=_h(rng, **b),
            body={"acarsoz": L(PW, CRED), "sebap": L("Gujukler satyldy, indi gerek dal", TEXT)},
        ),
    ]


def alabay_sdks() -> list[Case]:
    rng = random.Random(16942)
    return [
        mc_batch(
            APP,
            rng,
            [("Show Entered", {"total": L(80, BUY)}), ("Litter Added", {"puppies": 3})],
            at=RING_FIX,
            nd=2,
            locale="tk_TM",
        ),
        mc_pixel(APP, rng, "Results Opened", {"show": SHOW["id"]}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"gatnasyk": L(ENTRY, BUY)}, revenue=80.0, hashed=True),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=AS_HOME_AT,
            nd=2,
            yob=1991,
            gender="F",
            keywords="dogs,alabai,pet food",
        ),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"club": "aak", "member_years": 2}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "80.00"),
        mm_geocode(APP, rng, "Asgabat Alabay Sergisi", SEARCH, near=AS_HOME_AT, nd=3),
        hs_message(
            APP,
            rng,
            L(f"Show entry {ENTRY} was charged twice", f"{TEXT}|{BUY}"),
            {"agza": L(MEMBER, UID)},
        ),
    ]
