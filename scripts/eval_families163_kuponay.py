"""Neighbourhood fair-price shop app "Kuponay" (the household quota card of her mother-in-law's
house in Geza Banda: sugar, oil, flour and lentils each month at the shop the card is registered
with; Tigrinya keys: ``beteseb`` household, ``kard_beteseb`` household card, ``wanaa_beteseb``
head of household, ``abalat`` members, ``menenet_kuxri`` identity-card number, ``menberi``
residence (street line), ``zoba`` region, ``geza`` house, ``kota`` quota, ``sikar`` sugar,
``zeyti`` oil, ``harch`` flour, ``birsen`` lentils, ``dkuan`` shop, ``werhi`` month, ``mqbal``
collection, ``terta`` turn in the queue, ``qbelti`` receipt, ``gzeyawi`` temporary, ``fluy``
special, ``mknyat`` reason, ``hakim`` doctor, ``hmam`` illness, with the set's shared keys):
registering the app on the card (Saba as head with her national ID, herself with her residence
card), an SMS code, ``/ane``, the members by card number in the path, the family added as
temporary members (Filmon's national ID, the children's birth dates), the month's quota, a
reservation, its payment, a turn in the queue for the next sugar delivery, the collection at the
shop with her fix, an offline receipt queue (msgpack), shops near the house, opening hours, a
complaint, a message to the shopkeeper quoting Saba's phone, the address confirmed, a special
allotment (milk powder for the baby, a sugar substitute for Saba's diabetes, the doctor's
letter), the card's photo, the history by cookie, a receipt by number in the path, push, events
and a log-out. Set 139 has a subsidised gas cylinder reserved under a weekly household quota from
street trucks (and set 96 an LPG refill); this is a monthly food-staples ration card at one
registered shop, with the household's members and their identity numbers on the card, no gas."""

from __future__ import annotations

import random
from typing import Any

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
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families163_kit import (
    ASM_HOME,
    ASM_HOME_AT,
    BABY,
    HOUSEHOLD,
    HUSBAND,
    HUSBAND_NID,
    MOTHER_IL,
    RESIDENCE,
    SHOP,
    SHOP_FIX,
    SON,
    fix,
    hd,
    mesarhi,
    obj,
)
from eval_families163_sdk import cd_crash, cd_crumb, mc_batch, tn_launch
from eval_families163_svc import cy_check, fn_eval, hs_attach, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kuponay", "Kuponay", "com.example.kuponay", "1.3.5", "https://api.kuponay.example.org")
IID = "X-Kuponay-Device"
NID = "personal.national_id"
ORDER = "KP-2512-3307"  # the month's reservation (financial.purchase)
RECEIPT = "QB-0045-88120"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kuponay() -> list[Case]:
    rng = random.Random(16321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(
                rng,
                kard_beteseb=L(HOUSEHOLD, UID),
                kuxri_silki=L(E164, TEL),
                menenet_kuxri=L(RESIDENCE, NID),
            )
        )
    }
    sla, slo = fix(SHOP_FIX)
    members = at_path(
        case(f, f"{a}/api/beteseb/{HOUSEHOLD}/abalat", headers=_h(rng, **b)), HOUSEHOLD, UID
    )
    rcpt = at_path(case(f, f"{a}/api/kota/qbelti/{RECEIPT}", headers=_h(rng, **b)), RECEIPT, BUY)
    return [
        case(
            f,
            f"{a}/api/kard/mzgab",
            headers=_h(rng),
            body={
                "kard_beteseb": L(HOUSEHOLD, UID),
                "wanaa_beteseb": {
                    "sim_mlue": L(MOTHER_IL[0], NAMEC),
                    "menenet_kuxri": L(MOTHER_IL[2], NID),
                    "kuxri_silki": L(MOTHER_IL[1], TEL),
                },
                "teteqami": {
                    "sim_mlue": L(f"{FIRST} {LAST}", NAMEC),
                    "kuxri_silki": L(E164, TEL),
                    "imeyl": L(EMAIL, MAIL),
                    "menenet_kuxri": L(RESIDENCE, NID),
                    "zmd": "mrAti wedi",
                },
                "menberi": L(ASM_HOME["line"], ADDR),
                "kebabi": L(ASM_HOME["area"], COARSE),
                "zoba": L(ASM_HOME["zoba"], COARSE),
                "ketema": L(ASM_HOME["town"], COARSE),
                "dkuan": SHOP["id"],
            },
        ),
        case(
            f,
            f"{a}/api/auth/sms",
            fmt="form",
            headers=_h(rng),
            body={"kuxri_silki": L(E164, TEL), "kod": L("508316", CRED)},
        ),
        case(f, f"{a}/api/ane", headers=_h(rng, extra=jw)),
        members,
        case(
            f,
            f"{a}/api/beteseb/abalat",
            headers=_h(rng, **b),
            body={
                "kard_beteseb": L(HOUSEHOLD, UID),
                "gzeyawi": True,
                "kab": "2025-12-05",
                "ktdi": "2026-01-25",
                "abalat": [
                    {
                        "sim_mlue": L(HUSBAND[0], NAMEC),
                        "menenet_kuxri": L(HUSBAND_NID, NID),
                        "elet_wldet": L("1987-03-14", BIRTH),
                        "xota": L("tebaetay", GENDER),
                    },
                    {
                        "sim_mlue": L(f"{SON['first']} {SON['last']}", NAMEC),
                        "elet_wldet": L(SON["dob"], BIRTH),
                        "xota": L(SON["sex"], GENDER),
                    },
                    {
                        "sim_mlue": L(f"{BABY['first']} {BABY['last']}", NAMEC),
                        "elet_wldet": L(BABY["dob"], BIRTH),
                        "xota": L("gual", GENDER),
                    },
                ],
            },
        ),
        case(
            f,
            f"{a}/api/kota",
            headers=_h(rng, **b),
            query={"kard_beteseb": L(HOUSEHOLD, UID), "werhi": "2025-12"},
        ),
        case(
            f,
            f"{a}/api/tezaz",
            headers=_h(rng, **b),
            body={
                "kard_beteseb": L(HOUSEHOLD, UID),
                "tezaz": L(ORDER, BUY),
                "dkuan": SHOP["id"],
                "nebreta": [
                    {"ayni": "sikar", "kg": 6},
                    {"ayni": "zeyti", "litre": 3},
                    {"ayni": "harch", "kg": 10},
                    {"ayni": "birsen", "kg": 2},
                ],
                "meten": L(412, BUY),
            },
        ),
        case(
            f,
            f"{a}/api/mkfal",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "tezaz": L(ORDER, BUY),
                "meten": L("412.00", BUY),
                "genzeb": "ERN",
                "metod": "cash_ab_dkuan",
                "qbelti": L(RECEIPT, BUY),
            },
        ),
        case(
            f,
            f"{a}/api/sikar/terta",
            headers=_h(rng, **b),
            body={
                "kard_beteseb": L(HOUSEHOLD, UID),
                "ayni": "sikar",
                "terta": 37,
                "sms_nab": L(E164, TEL),
            },
        ),
        case(
            f,
            f"{a}/api/mqbal",
            headers=_h(rng, **b),
            body={
                "tezaz": L(ORDER, BUY),
                "bota": {"kekros": sla, "kentros": slo, "xuxet": 7},
                "dkuan": {"id": SHOP["id"], "kekros": SHOP["lat"], "kentros": SHOP["lon"]},
                "qr": obj(rng, "qr"),
            },
        ),
        case(
            f,
            f"{a}/api/offline/qbeltat",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "kard_beteseb": L(HOUSEHOLD, UID),
                "qbeltat": [
                    {"tezaz": L(ORDER, BUY), "meten": L(412, BUY), "t": 1766210400},
                    {"tezaz": L("KP-2512-3391", BUY), "meten": L(95, BUY), "t": 1766469600},
                ],
            },
        ),
        case(
            f,
            f"{a}/api/dkuanat/hjji",
            headers=_h(rng, **b),
            query={
                "kekros": L(f"{ASM_HOME_AT[0]:.3f}", PRECISE),
                "kentros": L(f"{ASM_HOME_AT[1]:.3f}", PRECISE),
                "ayni": "sikar",
            },
        ),
        case(f, f"{a}/api/dkuan/{SHOP['id']}/seat", headers=_h(rng, **b)),
        case(
            f,
            f"{a}/api/qreta",
            headers=_h(rng, **b),
            body={
                "dkuan": SHOP["id"],
                "ayni": "sikar",
                "melekti": L(
                    "Sikar ab dkuan 7 ntkilte semunat aytewesedn, zeytiwn hxir neyru", TEXT
                ),
            },
        ),
        case(
            f,
            f"{a}/api/melekti",
            headers=_h(rng, **b),
            body={
                "nab": "dkuan_gb07",
                "text": L(
                    "Adey Saba Woldemichael sikar kitewesed iya; kuxra +2917214836",
                    f"{TEXT}|{NAMEC}|{TEL}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/beteseb/menberi",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "menberi": L(ASM_HOME["line"], ADDR),
                "kebabi": L(ASM_HOME["area"], COARSE),
                "zoba": L(ASM_HOME["zoba"], COARSE),
                "geza": L("14", ADDR),
            },
        ),
        multipart(
            f,
            f"{a}/api/kota/fluy",
            [
                ("wereqet", "wereqet_hakim.jpg", "image/jpeg", L(JPEG + b"\x27", f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "kard_beteseb": L(HOUSEHOLD, UID),
                        "mknyat": L("xba tsaba nhxan; shkor hmam adey Saba", f"{TEXT}|{MED}"),
                        "hxan_awrhi": L(2, BIRTH),
                        "hmam": L("diabetes type 2", MED),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        multipart(
            f,
            f"{a}/api/kard/seali",
            [
                ("seali", "kard_beteseb.jpg", "image/jpeg", L(JPEG + b"\x28", f"{MEDIA}|{NID}")),
                ("meta", None, "application/json", {"kard_beteseb": L(HOUSEHOLD, UID)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/tarik",
            headers=_h(rng, how="none"),
            cookies={
                "kp_sesia": L(opaque(rng, "", 40), CRED),
                "kp_mesarhi": L(INSTALL_ID, DID),
                "kp_req": rid(rng),
            },
        ),
        rcpt,
        case(f, f"{a}/api/mesarhi", headers=_h(rng, **b), body=mesarhi(APP, push_token(rng))),
        case(
            f,
            f"{a}/api/fxametat",
            headers=_h(rng, **b),
            body={
                "teteqami": L(USER_ID, UID),
                "fxametat": [ev("kota_reserved", 1), ev("gexi", 2, gexi=L("SikarTerta", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/api/wxia",
            fmt="form",
            headers=_h(rng, **b),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "mesarhi": L(INSTALL_ID, DID)},
        ),
    ]


def kuponay_sdks() -> list[Case]:
    rng = random.Random(16322)
    return [
        mc_batch(
            APP,
            rng,
            [("Quota Reserved", {"total": L(412, BUY)}), ("Sugar Queue Joined", {"turn": 37})],
            locale="ti_ER",
        ),
        tn_launch(APP, rng, user=True),
        cd_crash(
            APP,
            rng,
            ("java.lang.NumberFormatException", "kg: 6,0"),
            [cd_crumb("nav", "Kota -> Tezaz"), cd_crumb("tap", "reserve_button")],
            screen="TezazActivity",
        ),
        fn_eval(APP, rng, {"dkuan": SHOP["id"], "zoba": L("Maekel", COARSE)}, hdr=True),
        pt_register(APP, rng, lang="ti", at=ASM_HOME_AT, nd=2, tags={"dkuan": SHOP["id"]}),
        cy_check(APP, rng, {"analytics": True}),
        mm_geocode(APP, rng, "Dkuan Geza Banda 7", SEARCH, near=ASM_HOME_AT, nd=2),
        hs_message(
            APP,
            rng,
            L("Sikar terta 37 kab slus ayteqeyyerin", TEXT),
            {"kard_beteseb": L(HOUSEHOLD, UID)},
        ),
        hs_attach(APP, rng, L(JPEG + b"\x29", f"{MEDIA}|{MED}"), "wereqet_hakim.jpg", "image/jpeg"),
    ]
