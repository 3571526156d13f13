"""Village comunidade shareholders' app "Gaunkari" (the Comunidade of Benaulim: the family's share
folio, the yearly ``zonn`` dividend, a plot lease (aforamento) to build on, the general body
meetings; its API's keys are Konkani in Romi script with the Portuguese-era terms Goans use:
``nanv`` first name, ``apelid`` surname, ``mobail`` mobile, ``kod`` code, ``zolm_tarik`` birth
date, ``adhar`` Aadhaar, ``pan`` PAN, ``patto`` address, ``xar`` town, ``ganv`` village,
``taluko`` taluka, ``pin`` PIN code, ``ghov`` husband, ``zonnkar`` shareholder (``folio``),
``vante`` shares, ``zonn`` dividend, ``bank_khatem`` bank account, ``zomin`` land,
``aforamento`` plot lease, ``xim`` boundary, ``vistar`` area, ``hetu`` purpose, ``xet`` site
visit, ``nokxo`` site plan, ``dostavez`` document, ``prokar`` kind, ``kor`` fee, ``rokom`` amount,
``zomat`` general body meeting, ``hazri`` attendance, ``mot`` vote, ``harkot`` objection,
``varsdar`` heir, ``naton`` relation, ``sondes`` message, ``pavti`` receipt, ``yontr`` device):
shareholder sign-up with her and her husband's Aadhaar and PAN, an SMS code, ``/mhaka``, the
shares by folio in the path, the dividend statement, the payout account, an Aadhaar card scan,
the plot lease application (the plot's corners), the site visit with her fix, the site plan
(PDF), the lease fee, meetings, attendance, a vote, an objection, naming the daughter as heir, a
message to the clerk quoting her PAN, receipts by cookie, the Margao address, an offline sync
(JSON Lines), push, events and a refresh. No earlier set has a comunidade or village land
association (a docstring grep for "comunidade", "village land" and "land lease" matched
nothing)."""

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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families165_kit import (
    AADHAAR,
    AADHAAR_HUSBAND,
    BANK,
    COMUNIDADE,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    IN_PHONE,
    MARGAO_AT,
    MARGAO_HOUSE,
    PAN,
    PAN_HUSBAND,
    PLOT_AT,
    UPI,
    ZONNKAR,
    fix,
    hd,
    obj,
    push,
)
from eval_families165_sdk import mc_batch, mc_identify, tn_event, tn_launch
from eval_families165_svc import cl_upi, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "gaunkari", "Gaunkari", "com.example.gaunkari", "3.0.7", "https://api.gaunkari.example.net"
)
IID = "X-Gaunkari-Yontr"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
PLOT_FIX = (15.257102, 73.932120)  # her phone on the plot at the site visit


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, kok=True, **kw)


def gaunkari() -> list[Case]:
    rng = random.Random(16511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, folio=L(ZONNKAR, UID), mobail=L(IN_PHONE, TEL)))}
    pla, plo = fix(PLOT_FIX)
    afo = obj(rng, "af")
    shares = at_path(
        case(f, f"{a}/api/zonnkar/{ZONNKAR}/vante", headers=_h(rng, **b)), ZONNKAR, UID
    )
    return [
        case(
            f,
            f"{a}/api/zonnkar/nondonni",
            headers=_h(rng),
            body={
                "nanv": L(FIRST, NAMEC),
                "apelid": L(LAST, NAMEC),
                "email": L(EMAIL, MAIL),
                "mobail": L(IN_PHONE, TEL),
                "zolm_tarik": L(DOB, BIRTH),
                "adhar": L(AADHAAR, NID),
                "pan": L(PAN, NID),
                "patto": L(HOME["line"], ADDR),
                "xar": L(HOME["town"], COARSE),
                "pin": L(HOME["pin"], COARSE),
                "ganv": L("Benaulim", COARSE),
                "folio": L(ZONNKAR, UID),
                "ghov": {
                    "nanv": L(HUSBAND[0], NAMEC),
                    "mobail": L(HUSBAND[1], TEL),
                    "adhar": L(AADHAAR_HUSBAND, NID),
                    "pan": L(PAN_HUSBAND, NID),
                },
                "comunidade": COMUNIDADE["id"],
            },
        ),
        case(
            f,
            f"{a}/api/otp/tapas",
            fmt="form",
            headers=_h(rng),
            body={"mobail": L(IN_PHONE, TEL), "kod": L("508214", CRED)},
        ),
        case(f, f"{a}/api/mhaka", headers=_h(rng, extra=jw)),
        shares,
        case(
            f,
            f"{a}/api/zonn",
            headers=_h(rng, **b),
            query={"folio": L(ZONNKAR, UID), "voros": "2025"},
        ),
        case(
            f,
            f"{a}/api/zonn/bank",
            headers=_h(rng, **b),
            body={
                "folio": L(ZONNKAR, UID),
                "khatedar": L(f"{FIRST} {LAST}", NAMEC),
                "bank_khatem": L(BANK["account"], PAY),
                "ifsc": BANK["ifsc"],
                "pan": L(PAN, NID),
                "upi": L(UPI, PAY),
            },
        ),
        multipart(
            f,
            f"{a}/api/dostavez",
            [
                ("dostavez", "adhar_front.jpg", "image/jpeg", L(JPEG + b"\x15", f"{MEDIA}|{NID}")),
                ("meta", None, "application/json", {"prokar": "adhar", "folio": L(ZONNKAR, UID)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/aforamento",
            headers=_h(rng, **b),
            body={
                "aforamento": afo,
                "folio": L(ZONNKAR, UID),
                "ganv": L("Benaulim", COARSE),
                "xim": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in PLOT_AT],
                "vistar": 320,
                "hetu": L("ghor bandpak", TEXT),
                "survey_no": "112/4",
            },
        ),
        case(
            f,
            f"{a}/api/aforamento/{afo}/xet",
            headers=_h(rng, **b),
            body={
                "jaga": {"lat": pla, "lon": plo, "nemkai": 6},
                "comunidade": {"lat": COMUNIDADE["lat"], "lon": COMUNIDADE["lon"]},
                "dis": "2026-01-22",
            },
        ),
        multipart(
            f,
            f"{a}/api/aforamento/{afo}/nokxo",
            [
                ("nokxo", "site_plan.pdf", "application/pdf", L(PDF, MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {"architect": "ar_0931", "folio": L(ZONNKAR, UID)},
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/kor",
            fmt="form",
            headers=_h(rng, **b),
            body={"aforamento": afo, "rokom": L("12500", BUY), "valut": "INR", "upi": L(UPI, PAY)},
        ),
        case(
            f,
            f"{a}/api/zomat",
            headers=_h(rng, **b),
            query={"comunidade": COMUNIDADE["id"], "voros": "2026"},
        ),
        case(
            f,
            f"{a}/api/zomat/hazri",
            headers=_h(rng, **b),
            body={
                "zomat": "zm_2026_01",
                "folio": L(ZONNKAR, UID),
                "jaga": {
                    "lat": L(round(COMUNIDADE["lat"] + 0.000021, 6), PRECISE),
                    "lon": L(round(COMUNIDADE["lon"] - 0.000034, 6), PRECISE),
                },
            },
        ),
        case(
            f,
            f"{a}/api/zomat/mot",
            fmt="form",
            headers=_h(rng, **b),
            body={"zomat": "zm_2026_01", "prostav": "pr_04", "mot": "na", "folio": L(ZONNKAR, UID)},
        ),
        case(
            f,
            f"{a}/api/harkot",
            headers=_h(rng, **b),
            body={
                "folio": L(ZONNKAR, UID),
                "prostav": "pr_04",
                "harkot": L(
                    "Khazan zomnir hotel naka; ganvchem xet ani mollam samballun dovrat", TEXT
                ),
            },
        ),
        case(
            f,
            f"{a}/api/varsdar",
            headers=_h(rng, **b),
            body={
                "folio": L(ZONNKAR, UID),
                "naton": "dhuv",
                "nanv": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                "zolm_tarik": L(DAUGHTER["dob"], BIRTH),
                "adhar": L(DAUGHTER["aadhaar"], NID),
            },
        ),
        case(
            f,
            f"{a}/api/sondes",
            headers=_h(rng, **b),
            body={
                "kaunter": "escrivao",
                "sondes": L(f"Mhojo PAN {PAN}, 2025 zonn ajun pavlam na", f"{TEXT}|{NID}"),
            },
        ),
        case(
            f,
            f"{a}/api/zonn/pdf",
            headers=_h(rng, **b),
            query={"folio": L(ZONNKAR, UID), "pan": L(PAN, NID), "voros": "2025"},
        ),
        case(
            f,
            f"{a}/api/pavti",
            headers=_h(rng, how="none"),
            cookies={
                "gk_sesion": L(opaque(rng, "", 40), CRED),
                "gk_yontr": L(INSTALL_ID, DID),
                "gk_req": rid(rng),
            },
        ),
        case(
            f,
            f"{a}/api/patto",
            headers=_h(rng, **b),
            body={
                "patto": L(MARGAO_HOUSE["line"], ADDR),
                "xar": L(MARGAO_HOUSE["town"], COARSE),
                "taluko": L(MARGAO_HOUSE["taluka"], COARSE),
                "pin": L(MARGAO_HOUSE["pin"], COARSE),
                "folio": L(ZONNKAR, UID),
            },
        ),
        lines(
            f,
            f"{a}/api/sync",
            [
                {"op": "notice_read", "notice": "nt_0112", "folio": L(ZONNKAR, UID)},
                {"op": "zonn_seen", "voros": 2025, "rokom": L(4820, BUY)},
            ],
            headers=_h(rng, **b),
        ),
        case(f, f"{a}/api/yontr", headers=_h(rng, **b), body=push(push_token(rng), "kok_IN")),
        case(
            f,
            f"{a}/api/ghoddnneo",
            headers=_h(rng, **b),
            body={
                "vaparpi": L(USER_ID, UID),
                "ghoddnneo": [ev("zonn_dekhlo", 1), ev("screen", 2, screen=L("Aforamento", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/api/session/refresh",
            fmt="form",
            headers=_h(rng, how="none"),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "yontr": L(INSTALL_ID, DID)},
        ),
    ]


def gaunkari_sdks() -> list[Case]:
    rng = random.Random(16512)
    return [
        mc_batch(
            APP,
            rng,
            [("Lease Applied", {"area": 320}), ("Dividend Viewed", {})],
            at=PLOT_FIX,
            nd=2,
            locale="kok_IN",
        ),
        mc_identify(APP, rng, {"ganv": L("Benaulim", COARSE), "folio": L(ZONNKAR, UID)}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "lease_fee", {"kor": "aforamento"}, revenue=12500.0, currency="INR"),
        fn_eval(APP, rng, {"ganv": L("Benaulim", COARSE), "role": "zonnkar"}),
        pt_register(APP, rng, at=MARGAO_AT, nd=2, lang="kok", tags={"ganv": L("Benaulim", COARSE)}),
        cl_upi(APP, rng, "12500.00"),
        cl_upi(APP, rng, "4820.00", payout=True),
        mm_geocode(APP, rng, "Benaulim comunidade office", SEARCH, near=HOME_AT, nd=3),
        hs_message(
            APP,
            rng,
            L("OTP ieunk na, mhojo nomor badlunk zai", TEXT),
            {"folio": L(ZONNKAR, UID), "mobail": L(E164, TEL)},
        ),
    ]
