"""Silkworm-rearing and cocoon-sale app "Pilechi" (the family house in Mary rears silkworms each
May in a mulberry shed behind the house; the household's grower account is in her name and her
mother-in-law Ogulbossan feeds the worms). Turkmen keys, diacritics dropped: ``ady`` name,
``familiyasy`` surname, ``telefon`` phone, ``e_pocta`` e-mail, ``acarsoz`` password, ``kod``
code, ``rugsatnama`` residence permit, ``salgy`` address, ``sahar`` city, ``welayat`` province,
``ondurici`` grower, ``gayynene`` mother-in-law, ``adamsy`` husband, ``tohum`` eggs,
``guty`` box, ``sargyt`` order, ``ammar`` shed, ``tut`` mulberry, ``iymit`` feed, ``yasy``
instar (lit. age), ``pile`` cocoon, ``agram`` weight, ``tabsyrys`` delivery, ``toleg`` payment,
``hasap`` account, ``mukdar`` amount, ``kesel`` disease, ``surat`` photo, ``habar`` message,
``gozleg`` search, ``ulag`` transport, ``agza`` household member: sign-up, an SMS code,
``/men``, egg boxes ordered, the shed registered with her fix, a feeding log (msgpack), a protobuf
shed-sensor beat, a worm disease report (photos; the worms' disease is a negative), the
delivery slot at the state buying point, deliveries by grower number in the path, the payout
account, the price list, a subsidy application (gzip), a message to the agronomist, a search, a
lorry booked from the house, an offline sync (JSON Lines), the household members, a receipt by
cookie GET, push and events."""

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
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families169_kit import (
    BUYING_POINT,
    GROWER,
    HUSBAND,
    MARY_HOME,
    MOTHER_IL,
    RESIDENCE,
    SHED_AT,
    TM_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families169_sdk import mc_batch, mc_pixel, mc_queue, tn_event, tn_launch
from eval_families169_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pilechi", "Pilechi", "com.example.pilechi", "1.8.0", "https://api.pilechi.example.net")
IID = "X-Pilechi-Enjam"
NID = "personal.national_id"
ORDER = "PS-26-0412"  # her egg-box order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, tk=True, **kw)


def pilechi() -> list[Case]:
    rng = random.Random(16911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ondurici=L(GROWER, UID), telefon=L(E164, TEL)))}
    sla, slo = fix(SHED_AT)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(GROWER, UID)),
            (2, "sn_th_0912"),
            (3, 1778572800),
            (4, [(1, 24.5), (2, 71.0)]),
            (5, [(1, L(round(SHED_AT[0], 4), PRECISE)), (2, L(round(SHED_AT[1], 4), PRECISE))]),
            (6, L(37, DEV)),
        ],
        "",
        lab,
    )
    dels = at_path(
        case(
            f,
            f"{a}/v2/ondurijiler/{GROWER}/tabsyryslar",
            headers=_h(rng, **b),
            query={"mowsum": "2026"},
        ),
        GROWER,
        UID,
    )
    return [
        case(
            f,
            f"{a}/v2/hasaba_alys",
            headers=_h(rng),
            body={
                "ady": L(FIRST, NAMEC),
                "familiyasy": L(LAST, NAMEC),
                "telefon": L(E164, TEL),
                "e_pocta": L(EMAIL_MIXED, MAIL),
                "rugsatnama": L(RESIDENCE, NID),
                "salgy": L(MARY_HOME["line"], ADDR),
                "sahar": L(MARY_HOME["town"], COARSE),
                "welayat": L(MARY_HOME["welayat"], COARSE),
                "ondurici": L(GROWER, UID),
                "gayynene": {"ady": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            },
        ),
        case(
            f,
            f"{a}/v2/kod/barla",
            fmt="form",
            headers=_h(rng),
            body={"telefon": L(E164, TEL), "kod": L("518204", CRED)},
        ),
        case(f, f"{a}/v2/men", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v2/tohum/sargyt",
            headers=_h(rng, **b),
            body={
                "ondurici": L(GROWER, UID),
                "guty": 3,
                "sort": "Mary-1",
                "sargyt": L(ORDER, BUY),
                "mukdar": L(135, BUY),
                "pul_birligi": "TMT",
                "alys_nokady": BUYING_POINT["id"],
            },
        ),
        case(
            f,
            f"{a}/v2/ammar",
            headers=_h(rng, **b),
            body={
                "ondurici": L(GROWER, UID),
                "meydany_m2": 48,
                "tut_agaclary": 60,
                "yer": {"ginlik": sla, "uzaklyk": slo, "takyklyk": 6},
            },
        ),
        case(
            f,
            f"{a}/v2/iymit",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "ondurici": L(GROWER, UID),
                "sene": "2026-05-12",
                "yasy": 4,
                "iymit_kg": 42.5,
                "temperatura": 24.5,
                "cyglylyk": 70,
                "bellik": L("Gayynenem ertir irden iymitlar", TEXT),
            },
        ),
        raw(f, f"{a}/v2/ammar/datcyk", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(
            f,
            f"{a}/v2/kesel",
            [
                ("surat", "gurcuk1.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
                ("surat2", "gurcuk2.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
                (
                    "maglumat",
                    None,
                    "application/json",
                    {
                        "ondurici": L(GROWER, UID),
                        "kesel": "sary kesel?",
                        "yazgy": L("Gurcuklerin bir bolegi saraldy we iymit iymeyar", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/tabsyrys/wagt",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "nokat": BUYING_POINT["id"],
                "sene": "2026-06-02",
                "wagt": "07:00",
                "ondurici": L(GROWER, UID),
                "takmynan_kg": "90",
            },
        ),
        dels,
        case(
            f,
            f"{a}/v2/toleg/hasap",
            headers=_h(rng, **b),
            body={
                "ondurici": L(GROWER, UID),
                "eyesi": L(f"{FIRST} {LAST}", NAMEC),
                "hasap": L(TM_ACCOUNT, PAY),
                "bank": "Example Daykhanbank Mary",
            },
        ),
        case(
            f,
            f"{a}/v2/bahalar",
            headers=_h(rng, **b),
            query={"mowsum": "2026", "nokat": BUYING_POINT["id"]},
        ),
        case(
            f,
            f"{a}/v2/goldaw/arza",
            gz=True,
            headers=_h(rng, **b),
            body={
                "ondurici": L(GROWER, UID),
                "rugsatnama": L(RESIDENCE, NID),
                "salgy": L(MARY_HOME["line"], ADDR),
                "tut_agaclary": 60,
                "kesmek": 20,
                "sorag_edilen": L(600, BUY),
                "arza": obj(rng, "ar"),
            },
        ),
        case(
            f,
            f"{a}/v2/habarlar",
            headers=_h(rng, **b),
            body={
                "kime": "agronom_mary_3",
                "yazgy": L(
                    "Gurcukler dordunji yasda, tut yapragy azaldy, name maslahat berersiniz?", TEXT
                ),
            },
        ),
        case(
            f,
            f"{a}/v2/gozleg",
            headers=_h(rng, **b),
            query={"q": L("pile bahasy 2026 birinji sort", SEARCH)},
        ),
        case(
            f,
            f"{a}/v2/ulag",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "salgy": L(MARY_HOME["line"], ADDR),
                "sene": "2026-06-02",
                "habarlasmak": L(MOTHER_IL[1], TEL),
                "gutular": "9",
                "sargyt": obj(rng, "ul"),
            },
        ),
        lines(
            f,
            f"{a}/v2/sync",
            [
                {"op": "iymit", "sene": "2026-05-13", "kg": 44.0, "by": L(GROWER, UID)},
                {"op": "iymit", "sene": "2026-05-14", "kg": 47.5, "by": L(GROWER, UID)},
                {"op": "toleg", "mukdar": L(3240, BUY), "by": L(GROWER, UID)},
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/agzalar",
            headers=_h(rng, **b),
            body={
                "ondurici": L(GROWER, UID),
                "agzalar": [
                    {
                        "ady": L(MOTHER_IL[0], NAMEC),
                        "doglan_yyly": L(1958, BIRTH),
                        "telefon": L(MOTHER_IL[1], TEL),
                        "wezipe": "iymitleyji",
                    },
                    {"ady": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                ],
            },
        ),
        case(
            f,
            f"{a}/v2/kwitansiya/sonky",
            headers=_h(rng, how="none"),
            cookies={
                "pl_sessiya": L(opaque(rng, "", 40), CRED),
                "pl_enjam": L(INSTALL_ID, DID),
                "pl_req": rid(rng),
            },
        ),
        case(f, f"{a}/v2/enjam", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v2/wakalar",
            headers=_h(rng, **b),
            body={
                "ulanyjy": L(USER_ID, UID),
                "wakalar": [ev("iymit_yazyldy", 1), ev("ekran", 2, ekran=L("Tabsyryslar", USAGE))],
            },
        ),
    ]


def pilechi_sdks() -> list[Case]:
    rng = random.Random(16912)
    return [
        mc_batch(
            APP,
            rng,
            [("Feeding Logged", {"instar": 4}), ("Eggs Ordered", {"total": L(135, BUY)})],
            at=SHED_AT,
            nd=2,
            locale="tk_TM",
        ),
        mc_queue(APP, rng, [("Feeding Logged", {"kg": 44.0}), ("Sync Done", {})]),
        mc_pixel(APP, rng, "Prices Opened", {"season": "2026"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "eggs_ordered", {"sargyt": L(ORDER, BUY)}, revenue=135.0),
        fn_eval(APP, rng, {"welayat": L("Mary", COARSE), "role": "grower"}),
        pt_register(APP, rng, lang="tk", at=SHED_AT, nd=2, tags={"welayat": L("Mary", COARSE)}),
        cl_wallet(APP, rng, "3240", L(E164, TEL)),
        mm_geocode(APP, rng, "Mary pile kabul nokady", SEARCH, near=SHED_AT, nd=3),
        hs_message(
            APP, rng, L("Tabsyrys tolegim entak gelmedi", TEXT), {"ondurici": L(GROWER, UID)}
        ),
    ]
