"""Old Goa Exposition veneration-pass app "Dorxon" (a shrine's app for the decennial Exposition of
the saint's relics: timed queue passes, wax ex-votos, Mass intentions; its API's keys are Konkani
in Romi script: ``nanv`` first name, ``apelid`` surname, ``mobail`` mobile, ``gupit_utor``
password (lit. "secret word"), ``zolm_tarik`` birth date, ``ling`` sex (``stri`` woman), ``xar``
town, ``igorz`` church/parish, ``dhorm`` religion, ``yatri`` pilgrim, ``vell`` time slot, ``dis``
day, ``sangati`` companions, ``chakachi_khurxi`` wheelchair, ``karonn`` reason, ``rang`` queue,
``jaga`` place, ``bhett`` offering, ``menn`` wax (ex-voto), ``ang`` body part, ``promes`` vow,
``missa`` Mass, ``hetu`` intention, ``dan`` donation, ``fond`` fund, ``rokom`` amount, ``mol``
price, ``magnnem`` prayer, ``sondes`` message, ``sod`` search, ``pavti`` receipt, ``yontr``
device, ``vaparpi`` user, ``ghoddnneo`` events, ``bhas`` language): registration, log-in,
``/mhaka``, slots, a family pass, wheelchair assistance for her mother-in-law, the queue check-in
with her fix, a protobuf queue beat, wax ex-votos (msgpack), a Mass intention, a donation, the
novena calendar, a prayer request, shuttle seats, a photo, a lost-child message, the pass by
pilgrim number in the path, receipts by cookie, a search, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families165_kit import (
    BASILICA,
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    IN_PHONE,
    MOTHER_IL,
    PILGRIM,
    QUEUE_FIX,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families165_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families165_svc import (
    cl_card,
    cy_save,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dorxon", "Dorxon", "com.example.dorxon", "1.4.2", "https://api.dorxon.example.org")
IID = "X-Dorxon-Yontr"
PW = "Saibinn@Goa2026"
REL = SENS
PARISH = "St. Sebastian Chapel, Fontainhas"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kok=True, **kw)


def dorxon() -> list[Case]:
    rng = random.Random(16501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, email=L(EMAIL, MAIL), yatri=L(PILGRIM, UID), igorz=L(PARISH, REL))
        )
    }
    qla, qlo = fix(QUEUE_FIX)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(PILGRIM, UID)),
            (2, BASILICA["id"]),
            (3, 1767857400),
            (4, [(1, L(QUEUE_FIX[0], PRECISE)), (2, L(QUEUE_FIX[1], PRECISE)), (3, 9.0)]),
            (5, L(63, DEV)),
        ],
        "",
        lab,
    )
    pas = at_path(case(f, f"{a}/api/v1/yatri/{PILGRIM}/pass", headers=_h(rng, **b)), PILGRIM, UID)
    kid = f"{DAUGHTER['first']} {DAUGHTER['last']}"
    return [
        case(
            f,
            f"{a}/api/v1/nondonni",
            headers=_h(rng),
            body={
                "nanv": L(FIRST, NAMEC),
                "apelid": L(LAST, NAMEC),
                "email": L(EMAIL_MIXED, MAIL),
                "mobail": L(IN_PHONE, TEL),
                "gupit_utor": L(PW, CRED),
                "zolm_tarik": L(DOB, BIRTH),
                "ling": L("stri", GENDER),
                "xar": L("Panaji", COARSE),
                "igorz": L(PARISH, REL),
                "dhorm": L("Katolik", REL),
                "khobro_zai": False,
            },
        ),
        case(
            f,
            f"{a}/api/v1/bhitor",
            fmt="form",
            headers=_h(rng),
            body={"email": L(EMAIL_UPPER, MAIL), "gupit_utor": L(PW, CRED), "ugddas_dovor": "1"},
        ),
        case(f, f"{a}/api/v1/mhaka", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v1/vell",
            headers=_h(rng, **b),
            query={"dis": "2026-01-08", "jaga": BASILICA["id"], "yatri": L(PILGRIM, UID)},
        ),
        case(
            f,
            f"{a}/api/v1/pass",
            headers=_h(rng, **b),
            body={
                "vell": obj(rng, "vl"),
                "yatri": L(PILGRIM, UID),
                "dis": "2026-01-08",
                "sangati": [
                    {"nanv": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
                    {"nanv": L(MOTHER_IL[0], NAMEC), "chakachi_khurxi": L(True, f"{MED}|{SENS}")},
                    {"nanv": L(kid, NAMEC), "voy": L(8, BIRTH)},
                ],
                "pass_id": obj(rng, "ps"),
            },
        ),
        case(
            f,
            f"{a}/api/v1/modot",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "chakachi_khurxi": L("ho", f"{MED}|{SENS}"),
                "yatri": L(PILGRIM, UID),
                "karonn": L(
                    "Melwyn-achi avoi choloupak sokna, tichea ghuddeank sandevat",
                    f"{TEXT}|{MED}|{SENS}",
                ),
                "vell": obj(rng, "vl"),
            },
        ),
        case(
            f,
            f"{a}/api/v1/rang/check_in",
            headers=_h(rng, **b),
            body={
                "pass_id": obj(rng, "ps"),
                "jaga": {"lat": qla, "lon": qlo, "nemkai": 7},
                "basilica": {"lat": BASILICA["lat"], "lon": BASILICA["lon"]},
                "dar": "gate_3",
            },
        ),
        raw(f, f"{a}/api/v1/rang/pulse", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(
            f,
            f"{a}/api/v1/bhett/menn",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "yatri": L(PILGRIM, UID),
                "menn": [
                    {"ang": L("pai", f"{MED}|{REL}"), "sonkhea": 2, "mol": 40},
                    {"ang": L("dhompachem kalliz", f"{MED}|{REL}"), "sonkhea": 1, "mol": 60},
                ],
                "promes": L(
                    "Avoichea paiank boreponn ieum, ani dhuvechea dhompak", f"{TEXT}|{REL}|{MED}"
                ),
                "rokom": L(140, BUY),
            },
        ),
        case(
            f,
            f"{a}/api/v1/missa/hetu",
            headers=_h(rng, **b),
            body={
                "missa": L("Konknni missa 07:30", REL),
                "dis": "2026-01-10",
                "hetu": L(f"{MOTHER_IL[0]} hichea bholaiki khatir", f"{TEXT}|{REL}|{NAMEC}"),
                "rokom": L(200, BUY),
                "yatri": L(PILGRIM, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v1/dan",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "fond": L("basilica-restoration", REL),
                "rokom": L("500", BUY),
                "valut": "INR",
                "upi": L(UPI, PAY),
                "nanv_lipoun": "false",
            },
        ),
        case(
            f,
            f"{a}/api/v1/novena",
            headers=_h(rng, **b),
            query={"igorz": L(BASILICA["id"], REL), "bhas": L("kok", DEV), "voros": "2026"},
        ),
        case(
            f,
            f"{a}/api/v1/magnnem",
            headers=_h(rng, **b),
            body={
                "magnnem": L(
                    "Amchi dhuv Alisha-k dhompachi piddi (asthma) asa, tika boreponn di",
                    f"{TEXT}|{REL}|{MED}|{NAMEC}",
                ),
                "dakhoi": "padri",
            },
        ),
        case(
            f,
            f"{a}/api/v1/bus/jage",
            headers=_h(rng, **b),
            body={
                "bus": "bs_pjm_0700",
                "jage": 3,
                "suru": "Panaji Kadamba stand",
                "prayannkar": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(kid, NAMEC)],
                "rokom": L(90, BUY),
            },
        ),
        multipart(
            f,
            f"{a}/api/v1/foto",
            [
                ("foto", "bom_jesus.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "album": "exposition-2026",
                        "mothali": L("Saibachea dorxonak kuttumba sovem", f"{TEXT}|{REL}"),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v1/sondes",
            headers=_h(rng, **b),
            body={
                "kaunter": "volunteer_desk",
                "sondes": L(
                    "Mhoji dhuv haddlea, ti 8 vorsanchi, nilo fatok; mhojo nomor +91 90114 28837",
                    f"{TEXT}|{BIRTH}|{TEL}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/v1/pass/vantt",
            headers=_h(rng, **b),
            body={
                "pass_id": obj(rng, "ps"),
                "rit": "sms",
                "konnak": {"nanv": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
                "sondes": L("Gate 3 zoll rakh, ami 7:15 ietanv", TEXT),
            },
        ),
        pas,
        case(
            f,
            f"{a}/api/v1/pavti",
            headers=_h(rng, how="none"),
            cookies={
                "dx_sesion": L(opaque(rng, "", 40), CRED),
                "dx_yontr": L(INSTALL_ID, DID),
                "dx_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/v1/sod",
            headers=_h(rng, **b),
            query={"sod": L("konknni missa vellam chakachi khurxi", SEARCH), "pan": "1"},
        ),
        case(f, f"{a}/api/v1/yontr", headers=_h(rng, **b), body=push(push_token(rng), "kok_IN")),
        case(
            f,
            f"{a}/api/v1/ghoddnneo",
            gz=True,
            headers=_h(rng, **b),
            body={
                "vaparpi": L(USER_ID, UID),
                "ghoddnneo": [
                    ev("pass_ghetlo", 1, vell="07:30"),
                    ev("dan", 2, rokom=L(500, BUY)),
                    ev("screen", 3, screen=L("MhojePass", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/v1/bhair",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "yontr": L(INSTALL_ID, DID)},
        ),
    ]


def dorxon_sdks() -> list[Case]:
    rng = random.Random(16502)
    return [
        mc_batch(
            APP,
            rng,
            [("Pass Booked", {"party": 4}), ("Queue Joined", {"gate": "gate_3"})],
            at=QUEUE_FIX,
            nd=2,
            locale="kok_IN",
        ),
        mc_identify(
            APP,
            rng,
            {"igorz": L(PARISH, REL), "xar": L("Panaji", COARSE), "yatri": L(PILGRIM, UID)},
        ),
        tn_launch(APP, rng, first=True),
        tn_event(
            APP,
            rng,
            "donation",
            {"fond": L("basilica-restoration", REL)},
            revenue=500.0,
            currency="INR",
            hashed=True,
        ),
        bf_bid(
            APP,
            rng,
            {"banner": {"w": 320, "h": 50}},
            at=QUEUE_FIX,
            nd=3,
            keywords="pilgrimage,old goa,hotels",
        ),
        cd_crash(
            APP,
            rng,
            ("java.lang.IllegalStateException", "pass qr not rendered"),
            [
                cd_crumb("nav", "MhojePass -> Rang"),
                cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/rang/check_in", "status": 201}),
            ],
            screen="RangActivity",
        ),
        pt_register(APP, rng, lang="kok", at=HOME_AT, nd=2, tags={"igorz": L(PARISH, REL)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((BASILICA["lat"], BASILICA["lon"]), None)]),
        hs_message(
            APP, rng, L("Mhojo pass QR ugtto zaina, rangent asa", TEXT), {"yatri": L(PILGRIM, UID)}
        ),
    ]
