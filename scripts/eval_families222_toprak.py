"""Land-share rent app "Toprak Payı" (an agricultural company near Ceadîr-Lunga that leases the
villagers' land shares and pays the yearly rent in lei or in kind: wheat, sunflower seed, sugar,
oil; she and her husband hold the share his father left; its API's keys are Gagauz with the
Russian loans local paperwork keeps: ``adi``/``soyadi`` first name/surname, ``idnp`` personal
code, ``permis`` residence permit, ``telefon``, ``e_pocta``, ``parol``, ``sahip_nomerasi``
landholder number, ``toprak_payi`` land share, ``kadastr_nomerasi`` cadastral number,
``hektar``, ``sinir`` boundary, ``ortak_sahip`` co-owner, ``dogovor`` lease contract,
``arenda`` rent, ``secim`` choice, ``buuday`` wheat, ``aycicek`` sunflower seed, ``seker``
sugar, ``yaa`` oil, ``para`` money, ``hesap`` account, ``vergi`` tax, ``gelir`` income,
``imza`` signature, ``mirasci`` heir, ``vekil`` proxy, ``akrabalik`` kinship, ``teslim``
hand-over, ``ambar`` warehouse, ``yazi`` text, ``aarama`` search): sign-up with her personal
code and permit, an SMS code, ``/ben``, her shares, a share registered with the plot's boundary
and her husband as co-owner, the lease by number in the path, its signature, the 2025 rent
choice, the payout account, the payouts, the rent-income tax form (gzip), the in-kind hand-over
at the warehouse with her fix, an offline sync from the field (JSON Lines), a boundary-stone
photo, an heir named, a message to the agronomist, the contract PDF by cookie, a search, a proxy
for her mother-in-law, push and events."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families222_kit import (
    AGRO,
    CADASTRE,
    DAUGHTER,
    HOLDER,
    HOME,
    HUSBAND,
    IDNP,
    LEASE,
    MD_IBAN,
    MOTHER_IL,
    PLOT_AT,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families222_sdk import iz_event, iz_launch, sy_batch, sy_queue
from eval_families222_svc import (
    bk_eval,
    co_wallet,
    hk_message,
    mb_reverse,
    mb_telemetry,
    pl_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("toprakpay", "Toprak Payi", "com.example.toprakpay", "2.0.7",
          "https://api.toprakpay.example.net")
IID = "X-TP-Device"
NID = "personal.national_id"
HUSBAND_IDNP = "0972303118840"  # typed by her for the co-owner (personal.national_id)
WAREHOUSE_FIX = (46.054688, 28.818655)  # her phone at the company's warehouse
FIELD_FIX = (46.030905, 28.793120)  # her phone on the plot


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, lang="ru", **kw)


def toprakpay() -> list[Case]:
    rng = random.Random(22211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sahip=L(HOLDER, UID), telefon=L(E164, TEL)))}
    wla, wlo = fix(WAREHOUSE_FIX, 5)
    fla, flo = fix(FIELD_FIX)
    contract = at_path(case(f, f"{a}/v1/dogovorlar/{LEASE}", headers=_h(rng, **b)), LEASE, BUY)
    return [
        case(f, f"{a}/v1/kayit", headers=_h(rng), body={
            "adi": L(FIRST, NAMEC), "soyadi": L(LAST, NAMEC), "idnp": L(IDNP, NID),
            "permis": L(RESIDENCE, NID), "telefon": L(E164, TEL), "e_pocta": L(EMAIL, MAIL),
            "parol": L("Buuday#Ceadir2025", CRED), "sahip_nomerasi": L(HOLDER, UID),
            "adres": L(HOME["line"], ADDR), "kasaba": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/sms/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("418370", CRED)}),
        case(f, f"{a}/v1/ben", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/paylar", headers=_h(rng, **b), query={
            "sahip": L(HOLDER, UID), "yil": "2025"}),
        case(f, f"{a}/v1/paylar", headers=_h(rng, **b), body={
            "sahip_nomerasi": L(HOLDER, UID), "kadastr_nomerasi": CADASTRE, "hektar": 1.72,
            "kuu": L("Ceadir-Lunga", COARSE), "rayon": L("Gagauzia", COARSE),
            "sinir": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PLOT_AT],
            "pay_bolum": "1/2",
            "ortak_sahip": {"adi_soyadi": L(HUSBAND[0], NAMEC),
                            "idnp": L(HUSBAND_IDNP, NID), "telefon": L(HUSBAND[1], TEL)}}),
        contract,
        multipart(f, f"{a}/v1/dogovorlar/{obj(rng, 'dg')}/imza", [
            ("imza", "imza.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("form", None, "application/json", {"dogovor": L(LEASE, BUY),
                                                "imzalayan": L(f"{FIRST} {LAST}", NAMEC),
                                                "idnp": L(IDNP, NID), "yil": 2025})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/arenda/secim", headers=_h(rng, **b), body={
            "dogovor": L(LEASE, BUY), "yil": 2025,
            "secim": {"buuday_kg": 600, "aycicek_kg": 400, "seker_kg": 50, "yaa_litra": 20,
                      "para": L(2400, BUY)}, "valyuta": "MDL"}),
        case(f, f"{a}/v1/hesap", headers=_h(rng, **b), body={
            "sahibi": L(f"{FIRST} {LAST}", NAMEC), "iban": L(MD_IBAN, PAY),
            "bank": "Example Bank Moldova", "idnp": L(IDNP, NID),
            "sahip_nomerasi": L(HOLDER, UID)}),
        case(f, f"{a}/v1/plata", headers=_h(rng, **b), query={
            "sahip": L(HOLDER, UID), "yil": "2025"}),
        case(f, f"{a}/v1/vergi", gz=True, headers=_h(rng, **b), body={
            "idnp": L(IDNP, NID), "yil": 2025, "gelir": L(2400, BUY), "vergi": L(288, BUY),
            "dogovor": L(LEASE, BUY), "sahip_nomerasi": L(HOLDER, UID)}),
        case(f, f"{a}/v1/teslim", headers=_h(rng, **b), body={
            "dogovor": L(LEASE, BUY), "ambar": AGRO["id"],
            "er": {"lat": wla, "lng": wlo},
            "ambar_er": {"lat": AGRO["lat"], "lng": AGRO["lon"]},
            "buuday_kg": 600, "aycicek_kg": 400, "masina": "CL AB 412"}),
        lines(f, f"{a}/v1/sync", [
            {"op": "not", "pay": CADASTRE, "yazi": L("Sınır taşı yok olmuş, kuzey tarafta", TEXT),
             "er": {"lat": fla, "lng": flo}, "t": 1764500000},
            {"op": "bakis", "pay": CADASTRE, "ekin": "buuday", "t": 1764500420}],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/foto", [
            ("foto", "sinir_tasi.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "kadastr_nomerasi": CADASTRE,
                "enlem": L(round(FIELD_FIX[0], 5), PRECISE),
                "boylam": L(round(FIELD_FIX[1], 5), PRECISE)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/mirascilar", headers=_h(rng, **b), body={
            "sahip_nomerasi": L(HOLDER, UID), "mirasci": [{
                "adi_soyadi": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                "duuma_gunu": L(DAUGHTER["dob"], BIRTH), "akrabalik": "kiz"}]}),
        case(f, f"{a}/v1/haber", headers=_h(rng, **b), body={
            "kima": "agronom", "tema": "ekin 2026",
            "yazi": L("Gelecek yıl bizim payda aycicek mi ekilecek? Babu rica eder buuday olsun.",
                      TEXT)}),
        case(f, f"{a}/v1/dogovorlar/son/pdf", headers=_h(rng, how="none"), cookies={
            "tp_sesiya": L(opaque(rng, "", 40), CRED), "tp_aparat": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v1/aarama", headers=_h(rng, **b), query={
            "aarama": L("buuday paası 2025 ton", SEARCH)}),
        case(f, f"{a}/v1/vekil", headers=_h(rng, **b), body={
            "dogovor": L(LEASE, BUY), "yil": 2025,
            "vekil": {"adi_soyadi": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                      "akrabalik": "kaynana"}, "teslim": "seker+yaa"}),
        case(f, f"{a}/v1/aparat", headers=_h(rng, **b), body=push(push_token(rng), "ru_MD")),
        case(f, f"{a}/v1/olaylar", headers=_h(rng, how="none"), cookies={
            "tp_sesiya": L(opaque(rng, "", 40), CRED)}, body={
            "kullanici": L(USER_ID, UID), "olaylar": [
                ev("secim_yapildi", 1), ev("ekran", 2, ekran=L("Plata", USAGE))]}),
    ]


def toprakpay_sdks() -> list[Case]:
    rng = random.Random(22212)
    return [
        sy_batch(APP, rng, [("Rent Choice Saved", {"cash": L(2400, BUY)}),
                            ("Contract Opened", {})], at=FIELD_FIX, nd=2, locale="ru_MD"),
        sy_queue(APP, rng, [("Field Note", {"crop": "buuday"}), ("Photo Taken", {})]),
        iz_launch(APP, rng, user=True),
        iz_event(APP, rng, "rent_choice", {"dogovor": L(LEASE, BUY)}, revenue=2400.0),
        bk_eval(APP, rng, {"rayon": L("Gagauzia", COARSE), "role": "landholder"}),
        pl_register(APP, rng, lang="ru", tags={"kuu": L("Ceadir-Lunga", COARSE)}),
        co_wallet(APP, rng, "2400", L(E164, TEL)),
        mb_reverse(APP, rng, FIELD_FIX, PRECISE, nd=5),
        mb_telemetry(APP, rng, [FIELD_FIX, PLOT_AT[1]], PRECISE),
        hk_message(APP, rng, L("2025 arenda parası hesaba gelmedi", f"{TEXT}|{BUY}"),
                   {"sahip_nomerasi": L(HOLDER, UID)}),
    ]
