"""Memorial-feast app "Yatlama" (Serdar's father Annamyrat died in January; for his fortieth-day
remembrance, ``kyrky``, she organises the feast at the family house in Mary from Ashgabat:
caterers' cauldrons, a mullah's Quran recitation, the sacrifice rams, relatives' contributions).
Snake_case Turkmen keys, diacritics dropped: ``merhum`` the deceased, ``olen_senesi`` date of
death, ``gornus`` kind, ``yatlama`` remembrance, ``myhman`` guest, ``salgy``, ``yer`` place
(``ginlik``/``uzaklyk``), ``molla`` mullah, ``metjit`` mosque, ``niyet`` intention,
``sadaka`` alms, ``asbaz`` cook/caterer, ``menyu``, ``sargyt`` order, ``goyun`` ram,
``hudayyoly`` sacrifice meal, ``cakylyk`` invitation, ``tam`` tent, ``goldaw`` contribution,
``garyndas`` relative, ``surat``, ``yazgy``, ``gozleg``, ``awtobus``: sign-up, an SMS code,
``/men``, the remembrance created (the departed, the house and its point), a mullah's recitation
and alms, the caterer's order and its payment, two rams, guests from her address book, SMS
invitations (a JSON string), a tent, her arrival at the house, a protobuf guest counter, the
departed's photo, the eulogy she wrote, a message to the caterer, a search, relatives'
contributions (msgpack), receipts by cookie GET, a bus for the Ashgabat relatives, push and
events. Funeral contributions (a clan app) and Kurban sacrifice shares (set 137) exist; a
fortieth-day feast's organiser with caterers and a recitation does not."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, rid
from eval_families169_kit import (
    AS_HOME,
    AS_HOME_AT,
    CATERER,
    FATHER_IL,
    FEAST,
    HUSBAND,
    MARY_HOME,
    MARY_HOME_AT,
    MOSQUE,
    MOTHER_IL,
    fix,
    hd,
    push,
)
from eval_families169_sdk import mc_batch, mc_identify, tn_event, tn_launch
from eval_families169_svc import cl_wallet, cy_save, fn_eval, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("yatlama", "Yatlama", "com.example.yatlama", "1.1.9", "https://api.yatlama.example.net")
IID = "X-Yatlama-Enjam"
PW = "Kyrky!Mary2026"
REL = SENS  # religion (personal.sensitive)
EV = "ev_kyrky_0214"  # the remembrance event's ID (a negative; the caterer order FEAST is hers)
BOOK = [
    ("Aman Atayev", "+99365770412"),
    ("Jeren Gurbanova", "+99363118290"),
    ("Maral Atayeva", "+99364402215"),
]  # entries of her address book (content.contacts)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tk=True, **kw)


def yatlama() -> list[Case]:
    rng = random.Random(16951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), yatlama=EV))}
    mla, mlo = fix(MARY_HOME_AT, 5)
    ala, alo = fix(MARY_HOME_AT)
    lab: dict[str, str] = {}
    counter = pb(
        [(1, EV), (2, L(USER_ID, UID)), (3, 1771048800), (4, 184), (5, "derweze-1")], "", lab
    )
    invite = {
        "tekst": L(
            f"{FATHER_IL}-yn kyrkysy 14-nji fewralda, {MARY_HOME['line']}, Mary. "
            "Allah rehmet etsin.",
            f"{TEXT}|{NAMEC}|{ADDR}|{REL}",
        ),
        "alyjylar": [L(p, CONTACTS) for _, p in BOOK],
    }
    return [
        case(
            f,
            f"{a}/v1/hasap",
            headers=_h(rng),
            body={
                "ady": L(FIRST, NAMEC),
                "familiyasy": L(LAST, NAMEC),
                "telefon": L(E164, TEL),
                "e_pocta": L(EMAIL, MAIL),
                "acarsoz": L(PW, CRED),
            },
        ),
        case(
            f,
            f"{a}/v1/kod",
            fmt="form",
            headers=_h(rng),
            body={"telefon": L(E164, TEL), "kod": L("270431", CRED)},
        ),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v1/yatlamalar",
            headers=_h(rng, **b),
            body={
                "yatlama": EV,
                "merhum": {"ady": L(FATHER_IL, NAMEC), "olen_senesi": "2026-01-05"},
                "gornus": L("kyrky", REL),
                "sene": "2026-02-14",
                "salgy": L(MARY_HOME["line"], ADDR),
                "sahar": L(MARY_HOME["town"], COARSE),
                "yer": {"ginlik": mla, "uzaklyk": mlo},
                "myhman_sany": 250,
            },
        ),
        case(
            f,
            f"{a}/v1/molla",
            headers=_h(rng, **b),
            body={
                "yatlama": EV,
                "metjit": MOSQUE["id"],
                "molla": "ml_0093",
                "niyet": L("Gurhan okatmak, hatym", REL),
                "sadaka_mukdar": L(300, BUY),
                "wagt": "2026-02-14T11:00",
            },
        ),
        case(
            f,
            f"{a}/v1/asbazlar/{CATERER['id']}/sargyt",
            headers=_h(rng, **b),
            body={
                "yatlama": EV,
                "sargyt": L(FEAST, BUY),
                "myhman": 250,
                "menyu": [
                    {"nahar": "palaw", "gazan": 4},
                    {"nahar": "dograma", "gazan": 3},
                    {"nahar": "corek", "san": 300},
                ],
                "mukdar": L(9800, BUY),
                "halal": L(True, REL),
            },
        ),
        case(
            f,
            f"{a}/v1/toleg",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "sargyt": L(FEAST, BUY),
                "mukdar": L("4900.00", BUY),
                "bolegi": "1/2",
                "metod": L(opaque(rng, "pm_", 24), PAY),
            },
        ),
        case(
            f,
            f"{a}/v1/goyunlar",
            headers=_h(rng, **b),
            body={
                "sany": 2,
                "agram_kg": 45,
                "hudayyoly": L(True, REL),
                "bahasy": L(3200, BUY),
                "eltip_bermek": L(MARY_HOME["line"], ADDR),
            },
        ),
        case(
            f,
            f"{a}/v1/myhmanlar/import",
            headers=_h(rng, **b),
            body={
                "yatlama": EV,
                "kontaktlar": [{"ady": L(n, CONTACTS), "telefon": L(p, CONTACTS)} for n, p in BOOK],
            },
        ),
        case(
            f,
            f"{a}/v1/cakylyk/sms",
            headers=_h(rng, **b),
            body={"yatlama": EV, "hat": W(invite, "json"), "ugradyjy": L(E164, TEL)},
        ),
        case(
            f,
            f"{a}/v1/tam",
            fmt="form",
            headers=_h(rng, **b),
            body={"yatlama": EV, "olceg": "10x20", "stol": "30", "mukdar": L("1400", BUY)},
        ),
        case(
            f,
            f"{a}/v1/gelis",
            headers=_h(rng, **b),
            body={
                "yatlama": EV,
                "yer": {"ginlik": ala, "uzaklyk": alo, "takyklyk": 7},
                "asbaz": {"ginlik": CATERER["lat"], "uzaklyk": CATERER["lon"]},
            },
        ),
        raw(
            f, f"{a}/v1/myhman/sanawy", counter, "application/x-protobuf", lab, headers=_h(rng, **b)
        ),
        multipart(
            f,
            f"{a}/v1/suratlar",
            [
                ("surat", "kakam.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
                (
                    "maglumat",
                    None,
                    "application/json",
                    {"yazgy": L(f"{FATHER_IL}, 1951-2026", f"{TEXT}|{NAMEC}"), "yatlama": EV},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v1/yatlama_sozi",
            headers=_h(rng, **b),
            body={
                "yatlama": EV,
                "yazgy": L(
                    "Gayynatam Annamyrat aga ak yurekli adamdy, namazyny hic wagt "
                    "galdyrmazdy. Allah jayyny jennetden etsin.",
                    f"{TEXT}|{REL}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v1/habarlar",
            headers=_h(rng, **b),
            body={
                "kime": CATERER["id"],
                "yazgy": L("Gazanlary sagat 6-da getirin, gayynenem Ogulbossan garasar", TEXT),
            },
        ),
        case(
            f,
            f"{a}/v1/gozleg",
            headers=_h(rng, **b),
            query={"q": L("Mary asbaz 250 adam palaw", SEARCH), "sahar": L("Mary", COARSE)},
        ),
        case(
            f,
            f"{a}/v1/goldaw",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "yatlama": EV,
                "garyndaslar": [
                    {"ady": L(HUSBAND[0], NAMEC), "mukdar": L(5000, BUY)},
                    {"ady": L(MOTHER_IL[0], NAMEC), "mukdar": L(2000, BUY)},
                    {"ady": L(BOOK[0][0], NAMEC), "mukdar": L(1000, BUY)},
                ],
            },
        ),
        case(
            f,
            f"{a}/v1/kwitansiyalar",
            headers=_h(rng, how="none"),
            cookies={
                "yt_sessiya": L(opaque(rng, "", 40), CRED),
                "yt_enjam": L(INSTALL_ID, DID),
                "yt_req": rid(rng),
            },
            query={"yatlama": EV},
        ),
        case(
            f,
            f"{a}/v1/awtobus",
            headers=_h(rng, **b),
            body={
                "yatlama": EV,
                "alys_salgy": L(AS_HOME["line"], ADDR),
                "orun": 18,
                "sene": "2026-02-13T22:00",
                "mukdar": L(1800, BUY),
            },
        ),
        case(f, f"{a}/v1/enjam", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v1/wakalar",
            gz=True,
            headers=_h(rng, **b),
            body={
                "ulanyjy": L(USER_ID, UID),
                "wakalar": [ev("sargyt_edildi", 1), ev("ekran", 2, ekran=L("Myhmanlar", USAGE))],
            },
        ),
    ]


def yatlama_sdks() -> list[Case]:
    rng = random.Random(16952)
    return [
        mc_batch(
            APP,
            rng,
            [("Caterer Ordered", {"total": L(9800, BUY)}), ("Invitations Sent", {"count": 3})],
            at=MARY_HOME_AT,
            nd=2,
            locale="tk_TM",
        ),
        mc_identify(
            APP,
            rng,
            {"sahar": L("Mary", COARSE), "din": L("yslam", REL), "yatlama_gornus": L("kyrky", REL)},
        ),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"sargyt": L(FEAST, BUY)}, revenue=9800.0, currency="TMT"),
        fn_eval(APP, rng, {"sahar": L("Mary", COARSE), "events": 1}, hdr=True),
        pt_register(APP, rng, lang="tk", at=MARY_HOME_AT, nd=2, tags={"yatlama": EV}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "4900", L(E164, TEL)),
        mm_route(APP, rng, [(AS_HOME_AT, PRECISE), (MARY_HOME_AT, PRECISE)]),
        hs_message(APP, rng, L("Asbaz sargydynyn ikinji tolegi gorunmeyar", TEXT), {"yatlama": EV}),
    ]
