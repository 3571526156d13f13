"""Relocation-agency app "Yasayys" (an Ashgabat agency files foreign residents' yearly residence
registration and visa extension with the migration service; she renews hers, with her husband
and son on file). CamelCase Turkmen keys with some English, diacritics dropped: ``ady``,
``familiyasy``, ``ePocta``, ``telefon``, ``acarsoz``, ``rayatlygy`` citizenship, ``pasport``,
``mohleti`` expiry, ``doglanSenesi``, ``doglanYeri`` birthplace, ``jynsy``, ``wiza`` visa,
``isBeriji`` employer, ``wezipe`` post, ``kepilnama`` certificate, ``netije`` result,
``barlag`` examination, ``salgy``, ``etrap``, ``sahar``, ``jayEyesi`` landlord, ``adamsy``,
``nikaSahadatnamasy`` marriage certificate, ``ogly`` son, ``seHadatnama`` birth certificate,
``isBelgisi`` case number, ``nobat`` appointment slot, ``sapar`` trip, ``eltip`` delivery:
sign-up, a log-in, ``/men``, her passport's data and its MRZ scanned (check digits computed), the
passport scan and photo, the work visa, the HIV test certificate and the medical examination
foreigners need, the address registration (the landlord, the lease), her husband and son on the
file, the fee, the case by number in the path, a slot at the migration service, a check-in at
the agency, a protobuf status poll, an exit-entry notice for a trip home, a message to the
agent, the passport's courier back, documents by cookie GET, push and events. An earlier
immigration-case app was a US one (A-number, receipt notices); this is a foreign resident's
registration in Turkmenistan through an agent, with the health certificate it requires."""

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
    PRECISE,
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
from eval_families169_kit import (
    AGENCY,
    AS_HOME,
    AS_HOME_AT,
    CASE_NO,
    EMPLOYER,
    HUSBAND,
    HUSBAND_PASS,
    PASSPORT,
    RESIDENCE,
    SON,
    VISA,
    fix,
    hd,
    mrz,
    obj,
    push,
)
from eval_families169_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, tn_event, tn_launch
from eval_families169_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("yasayys", "Yasayys", "com.example.yasayys", "2.0.3", "https://api.yasayys.example.com")
IID = "X-Yasayys-Device"
PW = "Rugsat&2026Asg"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
LANDLORD = ("Gulnara Hojayeva", "+99365902217")  # the flat's owner, typed by her: contact.*
AGENCY_FIX = (37.941052, 58.388241)  # her phone at the agency
MARRIAGE = "I-AS 0091377"  # their marriage certificate (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def yasayys() -> list[Case]:
    rng = random.Random(16961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ePocta=L(EMAIL, MAIL), isBelgisi=L(CASE_NO, UID)))}
    ola, olo = fix(AGENCY_FIX, 5)
    m1, m2 = mrz()
    lab: dict[str, str] = {}
    poll = pb([(1, L(CASE_NO, UID)), (2, "dok_0412"), (3, 3), (4, 1772920000)], "", lab)
    status = at_path(case(f, f"{a}/api/v2/isler/{CASE_NO}", headers=_h(rng, **b)), CASE_NO, UID)
    return [
        case(
            f,
            f"{a}/api/v2/hasaba",
            headers=_h(rng),
            body={
                "ady": L(FIRST, NAMEC),
                "familiyasy": L(LAST, NAMEC),
                "ePocta": L(EMAIL_MIXED, MAIL),
                "telefon": L(E164, TEL),
                "acarsoz": L(PW, CRED),
                "rayatlygy": "ABS",
            },
        ),
        case(
            f,
            f"{a}/api/v2/giris",
            fmt="form",
            headers=_h(rng),
            body={"ePocta": L(EMAIL, MAIL), "acarsoz": L(PW, CRED), "enjam": L(INSTALL_ID, DID)},
        ),
        case(f, f"{a}/api/v2/men", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v2/pasport",
            headers=_h(rng, **b),
            body={
                "isBelgisi": L(CASE_NO, UID),
                "pasport": L(PASSPORT, NID),
                "mohleti": "2031-03-14",
                "doglanSenesi": L(DOB, BIRTH),
                "jynsy": L("ayal", GENDER),
                "doglanYeri": L("Columbus, Ohio", COARSE),
                "rugsatnama": L(RESIDENCE, NID),
            },
        ),
        case(
            f,
            f"{a}/api/v2/pasport/mrz",
            headers=_h(rng, **b),
            body={
                "setir1": L(m1, NAMEC),
                "setir2": L(m2, f"{NID}|{BIRTH}|{GENDER}"),
                "ynam": 0.97,
                "skaner": "mlkit-2",
            },
        ),
        multipart(
            f,
            f"{a}/api/v2/resminamalar",
            [
                ("pasport", "pasport.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NID}")),
                ("surat", "3x4.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
                ("maglumat", None, "application/json", {"isBelgisi": L(CASE_NO, UID)}),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v2/wiza",
            headers=_h(rng, **b),
            body={
                "wiza": L(VISA, NID),
                "gornus": "is wizasy",
                "mohleti": "2026-04-30",
                "isBeriji": EMPLOYER,
                "wezipe": "inlis dili mugallymy",
                "isBelgisi": L(CASE_NO, UID),
            },
        ),
        multipart(
            f,
            f"{a}/api/v2/saglyk/kepilnama",
            [
                ("kepilnama", "aiw_kepilnama.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
                (
                    "maglumat",
                    None,
                    "application/json",
                    {
                        "barlag": L("AIW (HIV) test", MED),
                        "netije": L("otrisatel", MED),
                        "sene": "2026-02-20",
                        "isBelgisi": L(CASE_NO, UID),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v2/saglyk/barlag",
            headers=_h(rng, **b),
            body={
                "barlaglar": [L("flyuorografiya", MED), L("AIW", MED), L("gepatit B", MED)],
                "merkez": "lm_as_02",
                "sene": "2026-02-20",
                "mukdar": L(260, BUY),
            },
        ),
        multipart(
            f,
            f"{a}/api/v2/salgy",
            [
                ("sertnama", "kireyne.pdf", "application/pdf", L(PDF + b"\x01", MEDIA)),
                (
                    "maglumat",
                    None,
                    "application/json",
                    {
                        "salgy": L(AS_HOME["line"], ADDR),
                        "etrap": L(AS_HOME["etrap"], COARSE),
                        "sahar": L(AS_HOME["town"], COARSE),
                        "indeks": L(AS_HOME["post"], COARSE),
                        "jayEyesi": {"ady": L(LANDLORD[0], NAMEC), "telefon": L(LANDLORD[1], TEL)},
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v2/masgala",
            headers=_h(rng, **b),
            body={
                "adamsy": {
                    "ady": L(HUSBAND[0], NAMEC),
                    "pasport": L(HUSBAND_PASS, NID),
                    "doglanSenesi": L("1988-09-30", BIRTH),
                },
                "nikaSahadatnamasy": L(MARRIAGE, NID),
                "ogly": {
                    "ady": L(SON["first"], NAMEC),
                    "familiyasy": L(SON["last"], NAMEC),
                    "doglanSenesi": L(SON["dob"], BIRTH),
                    "seHadatnama": L(SON["cert"], NID),
                },
            },
        ),
        case(
            f,
            f"{a}/api/v2/toleg",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "isBelgisi": L(CASE_NO, UID),
                "hyzmat": "yyllyk_hasaba_alys",
                "mukdar": L("1150.00", BUY),
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "kartSonky4": L("4444", PAY),
            },
        ),
        status,
        case(
            f,
            f"{a}/api/v2/nobat",
            fmt="form",
            headers=_h(rng, **b),
            body={"isBelgisi": L(CASE_NO, UID), "nobat": obj(rng, "nb"), "edara": "gdm_as_1"},
        ),
        case(
            f,
            f"{a}/api/v2/gelis",
            headers=_h(rng, **b),
            body={
                "isBelgisi": L(CASE_NO, UID),
                "yer": {"ginlik": ola, "uzaklyk": olo},
                "ofis": {"id": AGENCY["id"], "ginlik": AGENCY["lat"], "uzaklyk": AGENCY["lon"]},
            },
        ),
        raw(
            f,
            f"{a}/api/v2/ydarat/status",
            poll,
            "application/x-protobuf",
            lab,
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v2/sapar",
            headers=_h(rng, **b),
            body={
                "isBelgisi": L(CASE_NO, UID),
                "gidis": "2026-06-20",
                "gaydys": "2026-08-10",
                "bilet": L("TK-7X4Q2M", BUY),
                "yurt": "ABS",
                "ogly_bilen": True,
            },
        ),
        case(
            f,
            f"{a}/api/v2/habarlar",
            headers=_h(rng, **b),
            body={
                "kime": "agent_04",
                "yazgy": L(
                    f"Wizamyn belgisi {VISA}, tazelenen wiza hacan tayyn bolar?", f"{TEXT}|{NID}"
                ),
            },
        ),
        case(
            f,
            f"{a}/api/v2/eltip",
            headers=_h(rng, **b),
            body={
                "alyjy": L(f"{FIRST} {LAST}", NAMEC),
                "salgy": L(AS_HOME["line"], ADDR),
                "telefon": L(E164, TEL),
                "wagt": "15:00-18:00",
                "zat": "pasport",
            },
        ),
        case(
            f,
            f"{a}/api/v2/resminamalar/sanaw",
            headers=_h(rng, how="none"),
            cookies={
                "ys_sessiya": L(opaque(rng, "", 40), CRED),
                "ys_enjam": L(INSTALL_ID, DID),
                "ys_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/v2/enjam", headers=_h(rng, **b), body=push(push_token(rng), "en_TM")),
        case(
            f,
            f"{a}/api/v2/wakalar",
            headers=_h(rng, **b),
            body={
                "ulanyjy": L(USER_ID, UID),
                "wakalar": [
                    ev("resminama_yuklendi", 1),
                    ev("ekran", 2, ekran=L("IsStatus", USAGE)),
                ],
            },
        ),
    ]


def yasayys_sdks() -> list[Case]:
    rng = random.Random(16962)
    return [
        mc_batch(
            APP, rng, [("Documents Uploaded", {"count": 3}), ("Fee Paid", {"total": L(1150, BUY)})]
        ),
        tn_launch(APP, rng, first=True),
        tn_event(
            APP, rng, "purchase", {"hyzmat": "yyllyk_hasaba_alys"}, revenue=1150.0, hashed=True
        ),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, keywords="visa,travel,flights"),
        cd_crash(
            APP,
            rng,
            ("java.lang.OutOfMemoryError", "passport bitmap"),
            [cd_crumb("nav", "Resminamalar -> Pasport")],
            user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
            screen="PasportActivity",
        ),
        fn_eval(APP, rng, {"case_type": "residence", "city": L("Ashgabat", COARSE)}),
        pt_register(APP, rng, tags={"isBelgisi": L(CASE_NO, UID)}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1150.00"),
        mm_reverse(APP, rng, AS_HOME_AT, PRECISE, nd=5),
        hs_attach(APP, rng, L(JPEG + b"\x63", f"{MEDIA}|{NID}"), "pasport.jpg", "image/jpeg"),
    ]
