"""The commune of Kayes's business-tax app "Lanpo Xaaso" (her bazin-cloth shop's patente, the
sign-board permit and market tickets; its API's keys are Soninke with the loans Kayes traders use:
``lanpo`` tax (from French impot), ``lanpo_nimero`` taxpayer number, ``nif`` tax ID, ``toxo``
first name, ``kabila_toxo`` surname, ``imeeli``, ``telefoni``, ``sirru`` password,
``naysansi_kiye`` birth date, ``kartidantite`` ID card, ``adiresi``, ``debe`` town, ``butiki``
shop, ``butiki_toxo`` shop name, ``kille`` street, ``gagande`` sales, ``xaso`` month,
``patanti`` patente, ``lisansi`` permit, ``enseni`` sign board, ``avi`` tax notice, ``xaalisi``
amount, ``sara`` payment, ``resu`` receipt, ``sikaye`` complaint, ``xibaare`` message,
``kontrolere`` inspector, ``marse`` market, ``aparey`` device): sign-up with her tax ID, an OAuth
password grant, ``/ndi``, the shop's registration, the patente by taxpayer number in the path,
the turnover declaration (gzip), the payment by card and by her husband's wallet, receipts by
cookie, the inspector's visit confirmed with her fix at the counter, the sign board's photo, the
tax certificate (PDF), a complaint, the sign-board permit (msgpack), a Sunday market ticket, a
search, a message to the tax office, push, events, a password change and the tax calendar."""

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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families270_kit import (
    HUSBAND,
    KY_HOME,
    NIF,
    RESIDENCE,
    SHOP,
    SHOP_FIX,
    TAXPAYER,
    TOWNHALL,
    fix,
    hd,
    obj,
    push,
)
from eval_families270_sdk import (
    db_bid,
    db_notice,
    jt_event,
    jt_launch,
    tk_batch,
    tk_pixel,
    wc_crash,
    wc_crumb,
)
from eval_families270_svc import bc_attach, kf_eval, sc_check, xl_card, xl_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lanpoxaaso", "Lanpo Xaaso", "com.example.lanpoxaaso", "3.0.2",
          "https://api.lanpoxaaso.example.net")
IID = "X-LX-Aparey"
PW = "Bazin#Legal2024"
PW2 = "Bazin#Kayes2026"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
AVIS = "AV-2026-KY-118204"  # the tax notice (a bill: financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, fr=True, **kw)


def lanpoxaaso() -> list[Case]:
    rng = random.Random(27031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lanpo_nimero=L(TAXPAYER, UID), nif=L(NIF, NID),
                                    imeeli=L(EMAIL, MAIL)))}
    sla, slo = fix(SHOP_FIX)
    patente = at_path(case(f, f"{a}/api/lanpo/{TAXPAYER}/patanti", headers=_h(rng, **b),
                           query={"year": "2026"}), TAXPAYER, UID)
    sales = [L(v, BUY) for v in (980000, 1120000, 1450000, 1210000, 990000, 860000, 910000,
                                 1030000, 1380000, 1270000, 1190000, 1610000)]
    return [
        case(f, f"{a}/api/sere", headers=_h(rng), body={
            "toxo": L(FIRST, NAMEC), "kabila_toxo": L(LAST, NAMEC), "imeeli": L(EMAIL_MIXED, MAIL),
            "telefoni": L(E164, TEL), "sirru": L(PW, CRED), "naysansi_kiye": L(DOB, BIRTH),
            "kartidantite": L(RESIDENCE, NID), "nif": L(NIF, NID),
            "adiresi": L(KY_HOME["line"], ADDR), "kartiye": L(KY_HOME["area"], COARSE),
            "debe": L(KY_HOME["town"], COARSE)}),
        case(f, f"{a}/api/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lanpo-android"}),
        case(f, f"{a}/api/ndi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/butiki", headers=_h(rng, **b), body={
            "lanpo_nimero": L(TAXPAYER, UID), "butiki": SHOP["id"], "butiki_toxo": SHOP["name"],
            "rccm": SHOP["rccm"], "kille": "Marche Grand, box 41", "aktivite": "bazin_tissus",
            "lat": SHOP["lat"], "lon": SHOP["lon"], "patron": L(f"{FIRST} {LAST}", NAMEC),
            "telefoni": L(E164, TEL)}),
        patente,
        case(f, f"{a}/api/gagande/deklarasiyon", gz=True, headers=_h(rng, **b), body={
            "lanpo_nimero": L(TAXPAYER, UID), "nif": L(NIF, NID), "year": 2025,
            "xaso_gagande": sales, "gagande": L(14000000, BUY),
            "toxo": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/sara", fmt="form", headers=_h(rng, **b), body={
            "lanpo_nimero": L(TAXPAYER, UID), "avi": L(AVIS, BUY), "xaalisi": L("61500", BUY),
            "devise": "XOF", "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/sara/wallet", headers=_h(rng, **b), body={
            "avi": L(AVIS, BUY), "xaalisi": L(15000, BUY),
            "telefoni_wallet": L(HUSBAND[1], TEL), "wallet_toxo": L(HUSBAND[0], NAMEC),
            "sababu": "enseni"}),
        case(f, f"{a}/api/resu/laban", headers=_h(rng, how="none"), cookies={
            "lx_sesiyon": L(opaque(rng, "", 40), CRED), "lx_aparey": L(INSTALL_ID, DID),
            "lx_req": rid(rng)}),
        case(f, f"{a}/api/kontrol/{obj(rng, 'ktr')}/check_in", headers=_h(rng, **b), body={
            "butiki": SHOP["id"], "dingira": {"lat": sla, "lon": slo, "acc": 7},
            "butiki_dingira": {"lat": SHOP["lat"], "lon": SHOP["lon"]},
            "kontrolere": "ag_ky_031"}),
        multipart(f, f"{a}/api/butiki/enseni/foto", [
            ("foto", "enseni.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {"butiki": SHOP["id"], "metere": 2.5})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/kayiti", [
            ("kayiti", "attestation_nif.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"nif": L(NIF, NID), "kind": "attestation"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sikaye", headers=_h(rng, **b), body={
            "lanpo_nimero": L(TAXPAYER, UID),
            "sikaye": L("The patente counts two shops but I only have one counter at Marche "
                        "Grand", TEXT)}),
        case(f, f"{a}/api/lisansi/enseni", fmt="msgpack", headers=_h(rng, **b), body={
            "butiki": SHOP["id"], "metere": 2.5, "xaalisi": L(15000, BUY),
            "lanpo_nimero": L(TAXPAYER, UID), "kiye": "2026-02-01"}),
        case(f, f"{a}/api/marse/tike", fmt="form", headers=_h(rng, **b), body={
            "marse": "marche_dimanche", "plasi": "D-17", "kiye": "2026-02-08",
            "xaalisi": L("500", BUY), "lanpo_nimero": L(TAXPAYER, UID)}),
        case(f, f"{a}/api/fiiri", headers=_h(rng, **b), query={
            "q": L("penalite retard patente", SEARCH)}),
        case(f, f"{a}/api/xibaare", headers=_h(rng, **b), body={
            "to": TOWNHALL["id"],
            "xibaare": L("My husband Hamedy Bathily (+223 76 41 82 05) will bring the lease on "
                         "Monday", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/aparey", headers=_h(rng, **b), body=push(push_token(rng), "fr_ML")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "sere": L(USER_ID, UID), "events": [
                ev("tax_paid", 1, xaalisi=L(61500, BUY)),
                ev("screen", 2, screen=L("Patanti", USAGE))]}),
        case(f, f"{a}/api/sere/sirru", fmt="form", headers=_h(rng, **b), body={
            "sirru_kore": L(PW, CRED), "sirru_kuttu": L(PW2, CRED)}),
        case(f, f"{a}/api/lanpo/kalandiriye", headers=_h(rng, **b), query={
            "lanpo_nimero": L(TAXPAYER, UID), "year": "2026"}),
    ]


def lanpoxaaso_sdks() -> list[Case]:
    rng = random.Random(27032)
    return [
        tk_batch(APP, rng, [("Tax Paid", {"amount": L(61500, BUY)}),
                            ("Notice Viewed", {"year": 2026})], at=SHOP_FIX, nd=2,
                 locale="fr_ML"),
        tk_pixel(APP, rng, "Calendar Opened", {"year": 2026}),
        jt_launch(APP, rng),
        jt_event(APP, rng, "tax_paid", {"avi": L(AVIS, BUY)}, revenue=61500.0, hashed=True),
        db_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="commerce,tissus,kayes"),
        db_notice(APP, rng, "win"),
        wc_crash(APP, rng, ("java.lang.NumberFormatException", "gagande: '1 450 000'"),
                 [wc_crumb("nav", "Deklarasiyon -> Xaso"), wc_crumb("tap", "save")],
                 screen="DeklarasiyonActivity"),
        kf_eval(APP, rng, {"commune": "kayes", "segment": "commerce"}, hdr=True),
        sc_check(APP, rng, {"analytics": True, "marketing": False}),
        xl_card(APP, rng, email=True),
        xl_confirm(APP, rng, "61500"),
        bc_attach(APP, rng, L(PDF, MEDIA), "avis_2026.pdf", "application/pdf"),
    ]
