"""Mammoth-ivory finds registry and sale app "Buor Kyyl" (buor kyyl, "earth beast": the mammoth;
the family holds a collecting licence for the Yana lowlands, her husband's brother Nyurgun digs,
she keeps the licence account, registers the finds and sells the tusks to a Yakutsk carving
workshop). Its API's keys are Sakha in Latin letters as a Yakutsk developer types them
(o for ö, u for ü, g for ҕ, ng for ҥ, h for һ, y for ы, kh for х, ch for ч, dy for дь), mixed with
Russian loans and English (``email``, ``token``, ``id``, ``lat``/``lon``): ``aata`` name,
``familiyata`` surname, ``telefon`` phone, ``kistelen_tyl`` password (lit. "secret word"),
``toroobut_kun`` birth date, ``er_dakhtar`` sex (``dakhtar`` woman), ``aadyrys`` street line,
``kuorat`` city, ``snils``, ``inn``, ``dokumuon`` document (``korung`` kind, ``nuomer`` number),
``lisenziya`` licence, ``ubai`` elder brother (here the husband's), ``pasport``, ``bulluu`` a
find, ``tiis`` tusk, ``yiaahyn`` weight, ``uhuna`` length, ``sir`` place, ``orus`` river,
``kytyl`` bank, ``khartyyna`` photo, ``atyy`` sale, ``atyylahaachy`` buyer, ``syana`` price,
``suuma`` amount, ``dogobuor`` contract, ``ilii_battaahyna`` signature, ``schet`` account,
``nalog`` tax, ``dokhuot`` income, ``kordoo`` search, ``suruk`` message, ``teril`` device,
``tugennar`` events, ``min`` "me", ``suruttaryy`` registration, ``kiir`` log-in, ``tagys``
log-out. No earlier set has an ivory, tusk, fossil or palaeontology app (docstring grep).
Calls: registration, log-in, ``/min``, a co-collector added, a find with her fix, a protobuf beat
at the dig, a tusk photo, an offline queue (msgpack), her finds, buyers, a sale, the contract
signed, the payout account, the receipt by contract number in the path, the tax declaration
(gzip), a licence confirmation (base64 JSON in a form field), a search, a message quoting her
brother-in-law's phone, certificates by cookie, push, events and a log-out."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families196_kit import (
    BROTHER_IL,
    BUYER,
    FIND_AT,
    INN,
    LICENCE,
    RESIDENCE,
    RU_ACCOUNT,
    RU_BIC,
    SNILS,
    YK_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families196_sdk import (
    am_batch,
    am_identify,
    ba_bid,
    ba_notice,
    ct_crash,
    ct_crumb,
    ct_session,
    ts_event,
    ts_launch,
)
from eval_families196_svc import hk_message, mo_reverse, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("buorkyyl", "Buor Kyyl", "com.example.buorkyyl", "1.8.2",
          "https://api.buorkyyl.example.org")
IID = "X-Buor-Teril"
PW = "Yana#Tiis2025"
NID = "personal.national_id"
CONTRACT = "DG-2025-0912"  # the sale contract (financial.purchase: her sale)
BRO_PASSPORT = "9816 552107"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sah=True, **kw)


def buorkyyl() -> list[Case]:
    rng = random.Random(19601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lisenziya=L(LICENCE, UID)))}
    f1, f2 = FIND_AT
    la, lo = fix(f1)
    find = obj(rng, "bl")
    lab: dict[str, str] = {}
    beat = pb([(1, L(LICENCE, UID)), (2, find), (3, 1756700000),
               (4, [(1, L(f1[0], PRECISE)), (2, L(f1[1], PRECISE)), (3, 6.0)]),
               (5, L(38, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/atyy/{CONTRACT}/chek", headers=_h(rng, **b)),
                      CONTRACT, BUY)
    return [
        case(f, f"{a}/api/v1/suruttaryy", headers=_h(rng), body={
            "aata": L(FIRST, NAMEC), "familiyata": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kistelen_tyl": L(PW, CRED),
            "toroobut_kun": L(DOB, BIRTH), "er_dakhtar": L("dakhtar", GENDER),
            "aadyrys": L(YK_HOME["line"], ADDR), "kuorat": L(YK_HOME["town"], COARSE),
            "snils": L(SNILS, NID), "inn": L(INN, NID),
            "dokumuon": {"korung": "vid_na_zhitelstvo", "nuomer": L(RESIDENCE, NID)},
            "lisenziya": L(LICENCE, UID), "soglasie": True}),
        case(f, f"{a}/api/v1/kiir", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kistelen_tyl": L(PW, CRED), "umnaa": "1"}),
        case(f, f"{a}/api/v1/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/lisenziya/kyttaachchy", headers=_h(rng, **b), body={
            "lisenziya": L(LICENCE, UID),
            "ubai": {"aata": L(BROTHER_IL[0], NAMEC), "telefon": L(BROTHER_IL[1], TEL),
                     "pasport": L(BRO_PASSPORT, NID)}, "rol": "khostooch"}),
        case(f, f"{a}/api/v1/bulluu", headers=_h(rng, **b), body={
            "bulluu_id": find, "lisenziya": L(LICENCE, UID),
            "tiis": {"korung": "tiis", "yiaahyn": 42.5, "uhuna": 186, "turuk": "2"},
            "sir": {"lat": la, "lon": lo, "sizuste": 6}, "orus": L("Yana", COARSE),
            "kytyl": "hangas", "kem": "2025-08-31T14:12:00+09:00"}),
        raw(f, f"{a}/api/v1/bulluu/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/bulluu/khartyyna", [
            ("khartyyna", "tiis_0831.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "bulluu_id": find, "sir": {"lat": L(f2[0], PRECISE), "lon": L(f2[1], PRECISE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bulluu/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "tuttaachy": L(USER_ID, UID),
            "bulluular": [{"lat": L(round(f2[0] + 0.0009 * i, 6), PRECISE),
                           "lon": L(round(f2[1] - 0.0012 * i, 6), PRECISE),
                           "yiaahyn": 3.1 + i, "kem": 1756710000 + 600 * i} for i in range(3)]}),
        case(f, f"{a}/api/v1/bulluular", headers=_h(rng, **b), query={
            "lisenziya": L(LICENCE, UID), "syl": "2025"}),
        case(f, f"{a}/api/v1/atyylahaachylar", headers=_h(rng, **b), query={
            "kuorat": L("Yakutsk", COARSE), "korung": "tiis"}),
        case(f, f"{a}/api/v1/atyy", headers=_h(rng, **b), body={
            "bulluu_id": find, "atyylahaachy": BUYER["id"], "syana_kg": 38000,
            "suuma": L(1615000, BUY), "dogobuor": L(CONTRACT, BUY), "valyuta": "RUB",
            "atyylahaachy_sire": {"lat": BUYER["lat"], "lon": BUYER["lon"]}}),
        multipart(f, f"{a}/api/v1/dogobuor/ilii", [
            ("ilii_battaahyna", "ilii.png", "image/png",
             L(b"\x89PNG\r\n\x1a\n" + bytes(24), MEDIA)),
            ("meta", None, "application/json", {"dogobuor": L(CONTRACT, BUY),
                                                "aata": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tolobur/schet", headers=_h(rng, **b), body={
            "aata": L(f"{FIRST} {LAST}", NAMEC), "schet": L(RU_ACCOUNT, PAY), "bik": RU_BIC,
            "bank": "Example Bank Yakutia", "inn": L(INN, NID)}),
        receipt,
        case(f, f"{a}/api/v1/nalog", gz=True, headers=_h(rng, **b), body={
            "inn": L(INN, NID), "snils": L(SNILS, NID), "syl": 2025, "dokhuot": L(1615000, BUY),
            "nalog_suuma": L(209950, BUY), "lisenziya": L(LICENCE, UID)}),
        case(f, f"{a}/api/v1/lisenziya/bigerget", fmt="form", headers=_h(rng, **b), body={
            "data": W({"lisenziya": L(LICENCE, UID), "telefon": L(NATIONAL, TEL),
                       "toroobut_kun": L(DOB, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/kordoo", headers=_h(rng, **b), query={
            "kordoo": L("tiis syanata 2025 kg", SEARCH), "siriere": "1"}),
        case(f, f"{a}/api/v1/suruk", headers=_h(rng, **b), body={
            "kimieke": BUYER["id"],
            "suruk": L(f"Tiisteri Nyurgun egelie, kini telefona {BROTHER_IL[1]}",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/sertifikattar", headers=_h(rng, how="none"), cookies={
            "bk_sesiya": L(opaque(rng, "", 40), CRED), "bk_teril": L(INSTALL_ID, DID),
            "bk_req": rid(rng)}),
        case(f, f"{a}/api/v1/teril", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/tugennar", gz=True, headers=_h(rng, **b), body={
            "tuttaachy": L(USER_ID, UID), "tugennar": [
                ev("bulluu_suruttarda", 1, orus=L("Yana", COARSE)),
                ev("atyy", 2, suuma=L(1615000, BUY)),
                ev("ekraan", 3, ekraan=L("MinBulluularym", USAGE))]}),
        case(f, f"{a}/api/v1/tagys", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "teril": L(INSTALL_ID, DID)}),
    ]


def buorkyyl_sdks() -> list[Case]:
    rng = random.Random(19602)
    return [
        am_batch(APP, rng, [("Find Registered", {"weight_kg": 42.5}),
                            ("Sale Signed", {"total": L(1615000, BUY)})], at=FIND_AT[0], nd=2),
        am_identify(APP, rng, {"kuorat": L("Yakutsk", COARSE), "lisenziya": L(LICENCE, UID),
                               "bulluu_akhsaana": 7}),
        ts_launch(APP, rng, first=True),
        ts_event(APP, rng, "sale", {"dogobuor": L(CONTRACT, BUY)}, revenue=1615000.0,
                 hashed=True),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="ivory,carving,yakutia"),
        ba_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [ct_crumb("nav", "Bulluu -> Khartyyna"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/bulluu", "status": 201})],
                 screen="KhartyynaActivity"),
        pb_register(APP, rng, lang="sah", tags={"orus": L("Yana", COARSE), "rol": "lisenziya"}),
        ct_session(APP, rng, secs=1290),
        mo_reverse(APP, rng, FIND_AT[1], PRECISE, nd=4),
        hk_message(APP, rng, L(f"Dogobuor {CONTRACT} tolobura kelbete", f"{TEXT}|{BUY}"),
                   {"lisenziya": L(LICENCE, UID)}),
    ]
