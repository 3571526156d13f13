"""Orthopaedic workshop app "Egrifit" (a Frankfurt medical-supply workshop's custom insoles for her
plantar fasciitis; a Tigrinya-speaking owner wrote the API: ``egri`` foot, ``skan`` scan,
``nwhat`` length, ``gfhi`` width, ``qumet_qesti`` arch height, ``xeqti_karta`` pressure map,
``mizan`` weight, ``qumet`` height, ``qanza`` pain, ``medhanit`` medicine, ``wastna`` insurance,
``kuxri_wastna`` insurance number, ``tezaz_hakim`` prescription, ``hakim`` doctor, ``qoxera``
appointment, ``chama`` shoe, ``post_kuxri`` post code, ``sport`` sport, ``srah`` job, ``fatura``
invoice, with the set's shared keys): sign-up with her insurance number, log-in, ``/ane``, the
prescription's photo, slots, an appointment, a check-in with her fix, the foot scan (gzip), a
protobuf gait analysis, the order, a SEPA payment, the insurer's cost approval, the order by
number in the path, a pain diary (msgpack), a photo of her worn shoes, a message to the workshop,
a search, the delivery address, a review, her activity profile, invoices by cookie, push, events
and a log-out. Sets with insoles (set 59's MS gait-sensor insole, set 102's podoconiosis foot care)
differ: here a workshop measures and makes passive insoles; no sensor, no foot-care programme."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families163_kit import (
    DE_IBAN,
    FFM_HOME,
    FFM_HOME_AT,
    INSOLE_ORDER,
    KVNR,
    ORTHOPAEDIST,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    mesarhi,
    obj,
)
from eval_families163_sdk import cd_session, mc_batch, mc_identify, tn_event, tn_launch
from eval_families163_svc import cl_card, cl_confirm, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("egrifit", "Egrifit", "com.example.egrifit", "1.9.0", "https://api.egrifit.example.com")
IID = "X-Egrifit-Install"
PW = "Berger212!Schritt"
FIT = "health.fitness"
DX = ("M72.2", "plantar fasciitis, right")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _foot(n: int, w: int, arch: int) -> dict[str, Any]:
    return {"nwhat": L(n, FIT), "gfhi": L(w, FIT), "qumet_qesti": L(arch, FIT)}


def egrifit() -> list[Case]:
    rng = random.Random(16331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyl=L(EMAIL, MAIL), kuxri_wastna=L(KVNR, MED)))}
    wla, wlo = fix(WORKSHOP_FIX, 5)
    grid = [[round(0.1 * ((i * 7 + j * 3) % 11), 1) for j in range(6)] for i in range(8)]
    lab: dict[str, str] = {}
    gait = pb(
        [
            (1, L(USER_ID, UID)),
            (2, obj(rng, "gs")),
            (3, 1768471200),
            (4, [(1, L(112, FIT)), (2, L(0.68, FIT)), (3, L(7.5, MED))]),
            (5, "plate-v3"),
        ],
        "",
        lab,
    )
    order = at_path(
        case(f, f"{a}/api/v1/tezaz/{INSOLE_ORDER}", headers=_h(rng, **b)), INSOLE_ORDER, BUY
    )
    return [
        case(
            f,
            f"{a}/api/v1/temezgeb",
            headers=_h(rng),
            body={
                "sim": L(FIRST, NAMEC),
                "sim_abbo": L(LAST, NAMEC),
                "imeyl": L(EMAIL, MAIL),
                "kuxri_silki": L(E164, TEL),
                "hbue_qal": L(PW, CRED),
                "elet_wldet": L(DOB, BIRTH),
                "xota": L("anesti", GENDER),
                "menberi": L(FFM_HOME["line"], ADDR),
                "ketema": L(FFM_HOME["town"], COARSE),
                "post_kuxri": L(FFM_HOME["post"], COARSE),
                "wastna": {"trae": "Example BKK", "kuxri_wastna": L(KVNR, MED)},
            },
        ),
        case(
            f,
            f"{a}/api/v1/ito",
            fmt="form",
            headers=_h(rng),
            body={"imeyl": L(EMAIL, MAIL), "hbue_qal": L(PW, CRED)},
        ),
        case(f, f"{a}/api/v1/ane", headers=_h(rng, extra=jw)),
        multipart(
            f,
            f"{a}/api/v1/tezaz_hakim",
            [
                ("seali", "rezept.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "hakim": {"sim": L(ORTHOPAEDIST[0], NAMEC), "kuxri_silki": ORTHOPAEDIST[1]},
                        "icd": L(DX[0], MED),
                        "hmam": L(DX[1], MED),
                        "elet": "2026-01-12",
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v1/seat",
            headers=_h(rng, **b),
            query={"dukan": WORKSHOP["id"], "semun": "2026-W03"},
        ),
        case(
            f,
            f"{a}/api/v1/qoxera",
            headers=_h(rng, **b),
            body={
                "seat": obj(rng, "sl"),
                "ayni": "egri_skan",
                "kuxri_wastna": L(KVNR, MED),
                "reyto": L("Tsbah tsbah qanza ab kWrnaE egrey", f"{TEXT}|{MED}"),
            },
        ),
        case(
            f,
            f"{a}/api/v1/ateto",
            headers=_h(rng, **b),
            body={
                "qoxera": obj(rng, "ap"),
                "bota": {"kekros": wla, "kentros": wlo},
                "dukan": {
                    "id": WORKSHOP["id"],
                    "kekros": WORKSHOP["lat"],
                    "kentros": WORKSHOP["lon"],
                },
            },
        ),
        case(
            f,
            f"{a}/api/v1/egri/skan",
            gz=True,
            headers=_h(rng, **b),
            body={
                "skan": obj(rng, "sk"),
                "egri_yemani": _foot(248, 96, 14),
                "egri_xegami": _foot(246, 95, 16),
                "xeqti_karta": L(grid, MED),
                "mizan": L(64, FIT),
                "qumet": L(168, FIT),
                "chama_size": 39,
                "mesarhi_skan": "plate-v3",
            },
        ),
        raw(f, f"{a}/api/v1/egri/gait", gait, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/api/v1/tezaz",
            headers=_h(rng, **b),
            body={
                "tezaz": L(INSOLE_ORDER, BUY),
                "ayni": "sport_daily",
                "material": "EVA-35",
                "meten": L(189, BUY),
                "wastna_kfli": L(120, BUY),
                "nay_ki": L(69, BUY),
                "hmam": L(DX[1], MED),
            },
        ),
        case(
            f,
            f"{a}/api/v1/mkfal",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "tezaz": L(INSOLE_ORDER, BUY),
                "meten": L("69.00", BUY),
                "genzeb": "EUR",
                "iban": L(DE_IBAN, PAY),
                "mandat": L("OWB-SEPA-26-0318", PAY),
                "wanaa_hsab": L(f"{FIRST} {LAST}", NAMEC),
            },
        ),
        case(
            f,
            f"{a}/api/v1/wastna/kfli",
            headers=_h(rng, **b),
            body={
                "kuxri_wastna": L(KVNR, MED),
                "tezaz": L(INSOLE_ORDER, BUY),
                "icd": L(DX[0], MED),
                "hakim": L(ORTHOPAEDIST[0], NAMEC),
                "elet_wldet": L(DOB, BIRTH),
            },
        ),
        order,
        case(
            f,
            f"{a}/api/v1/qanza",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "teteqami": L(USER_ID, UID),
                "mezgeb": [
                    {
                        "elet": "2026-01-20",
                        "qanza": L(6, MED),
                        "medhanit": L("ibuprofen 400", MED),
                        "seat_qom": L(9, FIT),
                    },
                    {"elet": "2026-01-27", "qanza": L(3, MED), "seat_qom": L(8, FIT)},
                ],
            },
        ),
        multipart(
            f,
            f"{a}/api/v1/seali",
            [
                ("seali", "chama.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"tezaz": L(INSOLE_ORDER, BUY), "ayni": "chama_arege"},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v1/melekti",
            headers=_h(rng, **b),
            body={
                "nab": WORKSHOP["id"],
                "text": L(
                    "Qanza ab yemani egrey kab semun nkey ilu, chama nkeyro kbl'e do?",
                    f"{TEXT}|{MED}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/v1/dleya",
            headers=_h(rng, **b),
            query={"q": L("chama gyiyat nqesti dHan", SEARCH)},
        ),
        case(
            f,
            f"{a}/api/v1/menberi",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "sim_mlue": L(f"{FIRST} {LAST}", NAMEC),
                "menberi": L(FFM_HOME["line"], ADDR),
                "post_kuxri": L(FFM_HOME["post"], COARSE),
                "ketema": L(FFM_HOME["town"], COARSE),
            },
        ),
        case(
            f,
            f"{a}/api/v1/reyto",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "dukan": WORKSHOP["id"],
                "dereja": "5",
                "reyto": L("Xbuq srah, ab kltte semun qanza wdu gdif", f"{TEXT}|{MED}"),
            },
        ),
        case(
            f,
            f"{a}/api/v1/sport",
            headers=_h(rng, **b),
            body={
                "sport": L("gyiya 15 km ab semun", FIT),
                "srah": "nurse",
                "seat_qom": L(9, FIT),
                "sgumtat": L(11200, FIT),
            },
        ),
        case(
            f,
            f"{a}/api/v1/fatura",
            headers=_h(rng, how="none"),
            cookies={
                "eg_sesia": L(opaque(rng, "", 40), CRED),
                "eg_mesarhi": L(INSTALL_ID, DID),
                "eg_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/v1/mesarhi", headers=_h(rng, **b), body=mesarhi(APP, push_token(rng))),
        case(
            f,
            f"{a}/api/v1/fxametat",
            gz=True,
            headers=_h(rng, **b),
            body={
                "teteqami": L(USER_ID, UID),
                "fxametat": [ev("skan_done", 1), ev("gexi", 2, gexi=L("QanzaDiary", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/api/v1/wxia",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "mesarhi": L(INSTALL_ID, DID)},
        ),
    ]


def egrifit_sdks() -> list[Case]:
    rng = random.Random(16332)
    return [
        mc_batch(
            APP,
            rng,
            [("Scan Completed", {"plate": "v3"}), ("Order Placed", {"total": L(189, BUY)})],
            locale="ti_DE",
        ),
        mc_identify(
            APP,
            rng,
            {
                "ketema": L("Frankfurt am Main", COARSE),
                "post_kuxri": L("60385", COARSE),
                "wastna": "bkk",
            },
        ),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"tezaz": L(INSOLE_ORDER, BUY)}, revenue=69.0, hashed=True),
        cd_session(APP, rng, secs=388),
        pt_register(APP, rng, lang="ti", tags={"dukan": WORKSHOP["id"]}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "69.00"),
        mm_route(
            APP,
            rng,
            [(FFM_HOME_AT, "location.precise"), ((WORKSHOP["lat"], WORKSHOP["lon"]), None)],
            mode="walking",
        ),
        hs_message(
            APP,
            rng,
            L("Insoles ab egrey xbbti iyom, kqeyyru ydli", f"{TEXT}|{MED}"),
            {"tezaz": L(INSOLE_ORDER, BUY)},
        ),
    ]
