"""A dacha gardening partnership's members' app "Bakca" (SNT Kama-Bakcasi on the Kama outside
Naberezhnye Chelny; its API's keys are Tatar in Latin letters with some English: ``agza``
member, ``ucastok_nomeri`` plot number, ``xuca`` co-owner, ``isem``, ``familia``,
``elektron_pocta``, ``telefon``, ``kod``, ``inn``, ``adres``, ``sahar``, ``badal`` fee,
``summa``, ``kvitanciya`` receipt, ``tulaw``, ``elektr`` electricity, ``cikler`` boundary,
``telefonnar`` phones allowed to open the gate, ``qunaq`` guest, ``xabar`` message, ``kurse``
neighbour, ``tires`` manure, ``bosatu_urini`` unloading spot, ``watiq`` broken, ``torba`` pipe,
``kondalek`` diary, ``ezlaw`` search, ``wifi``, ``urin`` / ``kinlek`` / ``ozinliq``; unlabelled
``kadastr_nomeri`` cadastral number, ``scetcik`` meter, ``kursatkec`` reading, ``masina_nomeri``
car plate, ``urem`` the partnership's lane, ``saylaw`` vote choice, ``tonna``, ``yasilca``
vegetable, ``tariflar`` tariffs; ``kvitanciyalar`` receipts): joining (her INN, her husband as
co-owner), an e-mail code, ``/min``, the fees by plot number in the path, a receipt by number in
the path, the tariffs, a payment, the electricity reading (gzip), the plot's boundary, the water
schedule, the gate's phone list, a guest pass for her sister, the neighbours' chat, a meeting
vote, manure delivered to the plot, a broken fence photo, a pipe leak with her fix, the garden
diary (msgpack), an offline sync (JSON Lines), the dacha's Wi-Fi for the gate controller, a
search, push, events and a session refresh. Allotment associations appear in sets 104, 135 and
146 as parts of farming apps; no set has a dacha partnership ("dacha" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families171_kit import (
    CADASTRE,
    CAR,
    HOME,
    HUSBAND,
    INN,
    MOTHER_IL,
    PLOT,
    PLOT_AT,
    SISTER_US,
    SNT,
    fix,
    hd,
    push,
    waq,
)
from eval_families171_sdk import is_batch, is_identify, tp_launch
from eval_families171_svc import ft_eval, hc_message, kt_card, kt_confirm, mi_geocode, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bakca", "Bakca", "com.example.bakca", "1.3.7", "https://api.bakca.example.com")
IID = "X-Bakca-Cihaz"
NID = "personal.national_id"
PLOT_FIX = (55.681921, 52.212297)  # her phone on the plot
SSID, BSSID = "Bakca-17-043", "e8:9f:80:3c:71:a2"  # their dacha's router (location.wifi)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tt=True, **kw)


def bakca() -> list[Case]:
    rng = random.Random(17131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ucastok=L(PLOT, UID), elektron_pocta=L(EMAIL, MAIL)))}
    pla, plo = fix(PLOT_FIX)
    fees = at_path(
        case(f, f"{a}/api/ucastoklar/{PLOT}/badallar", headers=_h(rng, **b), query={"yil": "2026"}),
        PLOT,
        UID,
    )
    return [
        case(
            f,
            f"{a}/api/agza",
            headers=_h(rng),
            body={
                "isem": L(FIRST, NAMEC),
                "familia": L(LAST, NAMEC),
                "elektron_pocta": L(EMAIL_MIXED, MAIL),
                "telefon": L(E164, TEL),
                "ucastok_nomeri": L(PLOT, UID),
                "kadastr_nomeri": CADASTRE,
                "inn": L(INN, NID),
                "adres": L(HOME["line"], ADDR),
                "sahar": L(HOME["town"], COARSE),
                "xuca": {"isem": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                "snt": SNT["id"],
            },
        ),
        case(
            f,
            f"{a}/api/keru/kod",
            fmt="form",
            headers=_h(rng),
            body={"elektron_pocta": L(EMAIL, MAIL), "kod": L("204871", CRED)},
        ),
        case(f, f"{a}/api/min", headers=_h(rng, extra=jw)),
        fees,
        case(
            f,
            f"{a}/api/tulaw",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "ucastok_nomeri": L(PLOT, UID),
                "summa": L("6800.00", BUY),
                "valuta": "RUB",
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "kvitanciya": L("KB-2026-0431", BUY),
                "inn": L(INN, NID),
            },
        ),
        at_path(
            case(f, f"{a}/api/kvitanciyalar/KB-2026-0431/pdf", headers=_h(rng, **b)),
            "KB-2026-0431",
            BUY,
        ),
        case(
            f,
            f"{a}/api/elektr/tariflar",
            headers=_h(rng, **b),
            query={"snt": SNT["id"], "yil": "2026"},
        ),
        case(
            f,
            f"{a}/api/elektr",
            gz=True,
            headers=_h(rng, **b),
            body={
                "ucastok_nomeri": L(PLOT, UID),
                "scetcik": "el_88412",
                "kursatkec": [{"tarif": "kon", "kvt": 4821.3}, {"tarif": "ton", "kvt": 1907.8}],
            },
        ),
        case(
            f,
            f"{a}/api/cikler",
            headers=_h(rng, **b),
            body={
                "ucastok_nomeri": L(PLOT, UID),
                "kadastr_nomeri": CADASTRE,
                "sotix": 6,
                "cikler": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PLOT_AT],
            },
        ),
        case(
            f, f"{a}/api/su/raspisanie", headers=_h(rng, **b), query={"urem": "7", "ay": "2026-06"}
        ),
        case(
            f,
            f"{a}/api/qapqa/telefonnar",
            headers=_h(rng, **b),
            body={
                "ucastok_nomeri": L(PLOT, UID),
                "telefonnar": [L(E164, TEL), L(HUSBAND[1], TEL), L(MOTHER_IL[1], TEL)],
                "masina_nomeri": CAR["plate"],
            },
        ),
        case(
            f,
            f"{a}/api/qunaqlar",
            headers=_h(rng, **b),
            body={
                "isem": L(SISTER_US[0], NAMEC),
                "telefon": L(SISTER_US[1], TEL),
                "kon": "2026-07-04",
                "ucastok_nomeri": L(PLOT, UID),
            },
        ),
        case(
            f,
            f"{a}/api/cat/xabarlar",
            headers=_h(rng, **b),
            body={
                "bulma": "urem-7",
                "xabar": L(
                    "Kursiler, sanbe kon su torbasin kem tozatta? Rustem yardam itarga aza.", TEXT
                ),
            },
        ),
        case(
            f,
            f"{a}/api/ciyilis/tawis",
            fmt="form",
            headers=_h(rng, **b),
            body={"ucastok_nomeri": L(PLOT, UID), "masala": "m_2026_yul", "saylaw": "aye"},
        ),
        case(
            f,
            f"{a}/api/zakazlar/tires",
            headers=_h(rng, **b),
            body={
                "ucastok_nomeri": L(PLOT, UID),
                "tonna": 3,
                "summa": L(5400, BUY),
                "bosatu_urini": {
                    "kinlek": L(PLOT_AT[0][0], PRECISE),
                    "ozinliq": L(PLOT_AT[0][1], PRECISE),
                },
                "telefon": L(HUSBAND[1], TEL),
            },
        ),
        multipart(
            f,
            f"{a}/api/watiq",
            [
                ("foto", "kurtme.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "ucastok_nomeri": L(PLOT, UID),
                        "xabar": L("Kurtme watilgan, 17-044 yagindagi qapqa yabilmiy", TEXT),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/torba/tisek",
            headers=_h(rng, **b),
            body={
                "ucastok_nomeri": L(PLOT, UID),
                "urin": {"kinlek": pla, "ozinliq": plo},
                "xabar": L("Su torbasi tisek, yulga su aga", TEXT),
            },
        ),
        case(
            f,
            f"{a}/api/kondalek",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "ucastok_nomeri": L(PLOT, UID),
                "yazmalar": [
                    {"yasilca": "tomat", "sort": "Bychye serdce", "rat": 4},
                    {"yasilca": "kartuf", "sort": "Gala", "rat": 9},
                ],
                "isqarma": L("Kartufni ayning 10ynda utirttiq, Timur yardam itte", TEXT),
            },
        ),
        lines(
            f,
            f"{a}/api/sync",
            [
                {"op": "elektr", "kvt": 4821.3, "ucastok": L(PLOT, UID)},
                {"op": "tulaw", "kvitanciya": L("KB-2026-0431", BUY), "summa": L(6800, BUY)},
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/qapqa/wifi",
            headers=_h(rng, **b),
            body={
                "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
                "kontroller": "gc_17043",
                "ucastok_nomeri": L(PLOT, UID),
            },
        ),
        case(
            f,
            f"{a}/api/ezlaw",
            headers=_h(rng, **b),
            query={"ezlaw": L("tomat orliqlari satiw 7 urem", SEARCH)},
        ),
        case(f, f"{a}/api/cihazlar", headers=_h(rng, **b), body=push(push_token(rng), "tt_RU")),
        case(
            f,
            f"{a}/api/waqigalar",
            headers=_h(rng, **b),
            body={
                "qullanuci": L(USER_ID, UID),
                "waqigalar": [waq("badal_tulandi", 1), waq("ekran", 2, ekran=L("Kondalek", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/api/sessia/yanartu",
            fmt="form",
            headers=_h(rng, how="none"),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "cihaz": L(INSTALL_ID, DID)},
        ),
    ]


def bakca_sdks() -> list[Case]:
    rng = random.Random(17132)
    return [
        is_batch(
            APP,
            rng,
            [("Fee Paid", {"amount": L(6800, BUY)}), ("Diary Saved", {})],
            at=PLOT_FIX,
            nd=2,
            locale="tt_RU",
        ),
        is_identify(
            APP, rng, {"snt": SNT["id"], "ucastok": L(PLOT, UID), "sahar": L(HOME["town"], COARSE)}
        ),
        tp_launch(APP, rng, user=True),
        ft_eval(APP, rng, {"snt": SNT["id"], "rol": "agza"}),
        pk_register(APP, rng, lang="tt", at=PLOT_FIX, nd=2, tags={"urem": "7"}),
        kt_card(APP, rng),
        kt_confirm(APP, rng, "6800.00"),
        mi_geocode(APP, rng, "Kama-Bakcasi 7 urem", SEARCH, near=PLOT_FIX, nd=3),
        hc_message(
            APP, rng, L("Elektr ocen kvitanciya ike tapqir kilde", TEXT), {"ucastok": L(PLOT, UID)}
        ),
    ]
