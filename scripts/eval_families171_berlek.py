"""A truck plant's trade-union committee app "Berlek" (she is a member through her job as a
technical translator; its API's keys are Tatar in Latin letters with some English: ``agza``
member, ``agzalek_kartasi`` membership card, ``oyesma`` organisation (the union), ``badal``
dues, ``tabel_nomeri`` employee number, ``cex`` department, ``vazifa`` job title, ``isem``,
``familia``, ``tugan_kon``, ``elektron_pocta``, ``telefon``, ``snils``, ``kod`` code, ``bala``
child, ``yayge_lager`` summer camp, ``smena`` camp session, ``ata_ana_olese`` parent's share,
``sanatori_yullamasi`` sanatorium voucher, ``diagnoz``, ``tabib_yullamasi`` doctor's referral,
``yoklelek`` pregnancy, ``atna`` week, ``kotelgan_kon`` due date, ``xatin_qiz_konsultaciyase``
antenatal clinic, ``bank_scoty`` bank account, ``matdi_yardam`` material aid, ``sabap`` reason,
``soraw`` question, ``bulek`` gift, ``yas`` age, ``urin`` / ``kinlek`` / ``ozinliq`` place,
``ezlaw`` search, ``summa``, ``tamasa`` show; unlabelled ``bik`` the bank's code, ``lager`` the
camp, ``cirat`` queue ticket, ``byulleten`` ballot, ``yil`` year, ``xezmat_xaqi`` payslip,
``kollektiv_kilesu`` collective agreement): joining with her SNILS and union card, an SMS code,
``/min``, the dues, the payslip by employee number in the path, the collective agreement, a
summer-camp voucher for Timur, a sanatorium voucher for her back, the maternity top-up (her
pregnancy), New Year gifts for the children, material aid after a flood, a question to the union
lawyer, a ballot, a pool pass with her photo, her check-in at the union office, theatre tickets,
a search, the dues receipt by cookie, push and events. Sets 13, 110, 124 and 125 have union
members' apps (campaigns, a union card, dues); Berlek is a plant committee's perks desk
(vouchers, camp, gifts, maternity and material aid)."""

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
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families171_kit import (
    OFFICE_FIX,
    PLANT,
    RU_ACCOUNT,
    RU_BIC,
    SNILS,
    SON,
    TABEL,
    UNION_CARD,
    fix,
    hd,
    obj,
    push,
    waq,
)
from eval_families171_sdk import ck_session, is_batch, is_queue, tp_launch
from eval_families171_svc import (
    cn_check,
    ft_eval,
    hc_attach,
    kt_wallet,
    mi_geocode,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("berlek", "Berlek", "com.example.berlek", "1.9.3", "https://api.berlek.example.net")
IID = "X-Berlek-Install"
NID = "personal.national_id"
UNION = "CTW berencel profsoyuz oyesmasi"  # the plant's primary union organisation (SENS)
PREG = f"{MED}|{SENS}"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def berlek() -> list[Case]:
    rng = random.Random(17121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, tabel_nomeri=L(TABEL, UID), agzalek_kartasi=L(UNION_CARD, SENS))
        )
    }
    ola, olo = fix(OFFICE_FIX, 5)
    kid = {
        "isem": L(SON["first"], NAMEC),
        "familia": L(SON["last"], NAMEC),
        "tugan_kon": L(SON["dob"], BIRTH),
    }
    return [
        case(
            f,
            f"{a}/v2/agza/terkalu",
            headers=_h(rng),
            body={
                "isem": L(FIRST, NAMEC),
                "familia": L(LAST, NAMEC),
                "tugan_kon": L(DOB, BIRTH),
                "cenes": L("xatin-qiz", GENDER),
                "elektron_pocta": L(EMAIL, MAIL),
                "telefon": L(E164, TEL),
                "snils": L(SNILS, NID),
                "tabel_nomeri": L(TABEL, UID),
                "cex": "texnik tarcema bulege",
                "vazifa": "texnik tarcemace",
                "agzalek_kartasi": L(UNION_CARD, SENS),
                "oyesma": L(UNION, SENS),
                "badal_procenti": L("1%", SENS),
            },
        ),
        case(
            f,
            f"{a}/v2/keru/sms",
            fmt="form",
            headers=_h(rng),
            body={"telefon": L(E164, TEL), "kod": L("550712", CRED)},
        ),
        case(f, f"{a}/v2/min", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/v2/badallar",
            headers=_h(rng, **b),
            query={"tabel_nomeri": L(TABEL, UID), "yil": "2025"},
        ),
        at_path(case(f, f"{a}/v2/xezmat_xaqi/{TABEL}/2026-01", headers=_h(rng, **b)), TABEL, UID),
        case(
            f,
            f"{a}/v2/kollektiv_kilesu",
            headers=_h(rng, **b),
            query={"oyesma": PLANT["id"], "yil": "2026", "format": "pdf"},
        ),
        case(
            f,
            f"{a}/v2/yayge_lager/gariza",
            headers=_h(rng, **b),
            body={
                "bala": {**kid, "snils": L(SON["snils"], NID)},
                "lager": "lg_kama_yoldyzy",
                "smena": 2,
                "ata_ana_olese": L(8400, BUY),
                "tabel_nomeri": L(TABEL, UID),
                "salamatlek": L("astma, ingalyator belan", MED),
            },
        ),
        case(
            f,
            f"{a}/v2/sanatori_yullamasi",
            headers=_h(rng, **b),
            body={
                "tabel_nomeri": L(TABEL, UID),
                "sanatori": "sn_bakirovo",
                "kon": "2026-03-10",
                "konnar": 12,
                "diagnoz": L("osteoxondroz, bil awirtu", MED),
                "tabib_yullamasi": L("070/u-2026-0118", MED),
                "summa": L(9600, BUY),
            },
        ),
        case(
            f,
            f"{a}/v2/yoklelek/tulaw",
            headers=_h(rng, **b),
            body={
                "tabel_nomeri": L(TABEL, UID),
                "yoklelek": L(True, PREG),
                "atna": L(22, PREG),
                "kotelgan_kon": L("2026-05-30", PREG),
                "xatin_qiz_konsultaciyase": L("12 atnaga qadar terkalgan", PREG),
                "bank_scoty": L(RU_ACCOUNT, PAY),
                "bik": RU_BIC,
                "snils": L(SNILS, NID),
            },
        ),
        case(
            f,
            f"{a}/v2/bulekler/yana_yil",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "tabel_nomeri": L(TABEL, UID),
                "bala_isem": L(f"{SON['first']} {SON['last']}", NAMEC),
                "bala_yas": L("9", BIRTH),
                "bulek": "tatli_12",
            },
        ),
        multipart(
            f,
            f"{a}/v2/matdi_yardam",
            [
                ("foto", "su_basu.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "tabel_nomeri": L(TABEL, UID),
                        "sabap": L("fatirni ostan su basti", TEXT),
                        "soralgan_summa": L(15000, BUY),
                        "bank_scoty": L(RU_ACCOUNT, PAY),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/yurist/soraw",
            headers=_h(rng, **b),
            body={
                "tema": obj(rng, "q"),
                "soraw": L(
                    "Min 22 atnalik yokle, dekretqa qadar kontraktimni ozarga mommkinme?",
                    f"{TEXT}|{PREG}",
                ),
            },
        ),
        case(
            f,
            f"{a}/v2/byulleten/b_kd2026/tawis",
            fmt="form",
            headers=_h(rng, **b),
            body={"tabel_nomeri": L(TABEL, UID), "byulleten": "b_kd2026", "nonce": rid(rng)},
        ),
        multipart(
            f,
            f"{a}/v2/bassein/propusk",
            [
                ("foto", "yoz.jpg", "image/jpeg", L(JPEG + b"\x38", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"tabel_nomeri": L(TABEL, UID), "abonement": "ab_12"},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/v2/ofis/kilu",
            headers=_h(rng, **b),
            body={
                "urin": {"kinlek": ola, "ozinliq": olo},
                "cirat": obj(rng, "qu"),
                "ofis": {"id": PLANT["id"], "kinlek": PLANT["lat"], "ozinliq": PLANT["lon"]},
            },
        ),
        case(
            f,
            f"{a}/v2/biletlar",
            headers=_h(rng, **b),
            body={
                "tamasa": "tm_kamal_0214",
                "biletlar": 2,
                "taslama": "50%",
                "summa": L(1200, BUY),
                "tabel_nomeri": L(TABEL, UID),
            },
        ),
        case(
            f,
            f"{a}/v2/ezlaw",
            headers=_h(rng, **b),
            query={"q": L("yokle xatin-qizlar ocen yoga", f"{SEARCH}|{PREG}")},
        ),
        case(
            f,
            f"{a}/v2/badallar/cek",
            headers=_h(rng, how="none"),
            cookies={
                "bk_session": L(opaque(rng, "", 40), CRED),
                "bk_device": L(INSTALL_ID, DID),
                "bk_req": rid(rng),
            },
        ),
        case(f, f"{a}/v2/cihazlar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(
            f,
            f"{a}/v2/waqigalar",
            gz=True,
            headers=_h(rng, **b),
            body={
                "qullanuci": L(USER_ID, UID),
                "waqigalar": [
                    waq("lager_gariza", 1),
                    waq("ekran", 2, ekran=L("Yullamalar", USAGE)),
                    waq("badal_karaldi", 3, oyesma=L(UNION, SENS)),
                ],
            },
        ),
    ]


def berlek_sdks() -> list[Case]:
    rng = random.Random(17122)
    return [
        is_batch(
            APP,
            rng,
            [
                ("Voucher Applied", {"kind": "summer_camp"}),
                ("Aid Requested", {"amount": L(15000, BUY)}),
            ],
        ),
        is_queue(
            APP,
            rng,
            [("Dues Viewed", {"year": 2025}), ("Union Card Shown", {"card": L(UNION_CARD, SENS)})],
        ),
        tp_launch(APP, rng, first=True, user=True),
        ck_session(APP, rng, secs=388),
        ft_eval(APP, rng, {"oyesma": L(UNION, SENS), "cex": "tarcema"}, hdr=True),
        pk_register(
            APP, rng, tags={"agza": L(True, SENS), "sahar": L("Naberezhnye Chelny", COARSE)}
        ),
        cn_check(APP, rng, {"analytics": True, "research": False}),
        mi_geocode(APP, rng, "Bakirovo sanatori", SEARCH, near=OFFICE_FIX, nd=2),
        kt_wallet(APP, rng, "15000", L(E164, TEL)),
        hc_attach(APP, rng, L(PDF, f"{MEDIA}|{PREG}"), "yoklelek_belesmasi.pdf", "application/pdf"),
    ]
