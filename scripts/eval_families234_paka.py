"""A hire-purchase appliance and outboard store's app "Pakapiki" (``paka piki piki``: pay little
by little; a Waterkant store selling on monthly instalments). Its API's keys are Saramaccan,
ASCII-folded: ``neen`` first name, ``famii_neen`` surname, ``telefon`` phone, ``kibi_woto``
password, ``paidaka`` birth date, ``adeesi`` street line, ``kamian`` town, ``distrikti``
district, ``ID_pampia`` identity document, ``kliyanti`` customer number, ``wooko_kamian``
workplace, ``wooko_moni`` monthly pay, ``boogu`` guarantor, ``banku_nomba`` bank account,
``sani`` item, ``bai`` purchase, ``fosi_paka`` down payment, ``paka_liba`` monthly instalment,
``hii_moni`` total, ``liba`` months, ``tja_go`` delivery, ``suku`` search, ``boskopu`` message,
``sikifi_neen`` signature: sign-up, an OAuth password grant, ``/mi``, a catalogue search, an item,
the cart (msgpack), the credit application (her residence permit, her husband as guarantor, her
bank account), the ID card photo, the contract signature, the order (a chest freezer and a 15 hp
outboard), the down payment, the delivery split between their house and the Atjoni landing, the
delivery tracking, the schedule by contract number in the path, an instalment paid with a linked
card (base64 JSON in a form field), the receipt by cookie, a complaint with a photo, push, events
and a log-out. Instalments occur in many sets inside other apps; no earlier set is a
hire-purchase store (a grep: "hire-purchase", "credit store", "furniture store" matched nothing,
"hire purchase" one mention in set 229)."""

from __future__ import annotations

import random
from typing import Any

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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families234_kit import (
    ATJONI,
    CONTRACT,
    CUSTOMER,
    HUSBAND,
    PBO_HOME,
    PBO_HOME_AT,
    RESIDENCE,
    SR_ACCOUNT,
    STORE,
    hd,
    push,
)
from eval_families234_sdk import (
    bs_bid,
    bs_notice,
    ck_session,
    tk_event,
    tk_launch,
    tp_batch,
    tp_identify,
)
from eval_families234_svc import cp_card, cp_confirm, cu_save, fp_eval, ht_attach, ml_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("pakapiki", "Pakapiki", "com.example.pakapiki", "5.0.2",
          "https://api.pakapiki.example.com")
IID = "X-Pakapiki-Install"
PW = "Frisi2026$Waterkant"
DOB_SR = "17-05-1991"
NID = "personal.national_id"
ORDER = "BP-2026-44107"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, nl=True, **kw)


def pakapiki() -> list[Case]:
    rng = random.Random(23421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kliyanti=L(CUSTOMER, UID),
                                    kontrakt=L(CONTRACT, BUY)))}
    sched = at_path(case(f, f"{a}/api/kontrakt/{CONTRACT}/paka_liba", headers=_h(rng, **b)),
                    CONTRACT, BUY)
    return [
        case(f, f"{a}/api/kliyanti", headers=_h(rng), body={
            "neen": L(FIRST, NAMEC), "famii_neen": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(NATIONAL, TEL), "kibi_woto": L(PW, CRED), "paidaka": L(DOB_SR, BIRTH),
            "adeesi": L(PBO_HOME["line"], ADDR), "kamian": L(PBO_HOME["town"], COARSE),
            "distrikti": L(PBO_HOME["district"], COARSE), "kliyanti": L(CUSTOMER, UID),
            "nieuwsbrief": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "pakapiki-android"}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/sani/suku", headers=_h(rng, **b), query={
            "suku": L("diipi fiisi 300 liter", SEARCH), "paka_liba": "true", "side": "1"}),
        case(f, f"{a}/api/sani/fz-300-ch", headers=_h(rng, **b), query={"winkel": STORE["id"]}),
        case(f, f"{a}/api/kaaki", fmt="msgpack", headers=_h(rng, **b), body={
            "kliyanti": L(CUSTOMER, UID), "sani": [
                {"sku": "fz-300-ch", "n": 1, "peisi": 14999.0},
                {"sku": "ob-15hp-2t", "n": 1, "peisi": 48500.0}],
            "hii_moni": L(63499.0, BUY), "liba": 18}),
        case(f, f"{a}/api/kredit/aksi", headers=_h(rng, **b), body={
            "kliyanti": L(CUSTOMER, UID), "ID_pampia": {"fasi": "verblijfsvergunning",
                                                        "nomba": L(RESIDENCE, NID)},
            "wooko_kamian": "Example Language School Paramaribo", "wooko_moni": 18500,
            "banku_nomba": L(SR_ACCOUNT, PAY), "banku": "Example Bank Suriname",
            "boogu": {"neen": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                      "fa_a_de": "manu"},
            "wosu": L(PBO_HOME["line"], ADDR)}),
        multipart(f, f"{a}/api/kredit/ID_foto", [
            ("foto", "verblijf_voorkant.jpg", "image/jpeg", L(JPEG + b"\x5e", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"kliyanti": L(CUSTOMER, UID), "kanti": "front"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/kontrakt/sikifi", [
            ("sikifi", "sikifi.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"kontrakt": L(CONTRACT, BUY),
                                                "sikifi_neen": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/bai", headers=_h(rng, **b), body={
            "kliyanti": L(CUSTOMER, UID), "kontrakt": L(CONTRACT, BUY), "bai": L(ORDER, BUY),
            "sani": [{"sku": "fz-300-ch", "peisi": 14999.0}, {"sku": "ob-15hp-2t",
                                                              "peisi": 48500.0}],
            "hii_moni": L(63499, BUY), "fosi_paka": L(6350, BUY), "paka_liba": L(3175, BUY),
            "liba": 18, "winkel": STORE["id"]}),
        case(f, f"{a}/api/paka/fosi", fmt="form", headers=_h(rng, **b), body={
            "bai": L(ORDER, BUY), "moni": L("6350.00", BUY), "munt": "SRD",
            "paka": L(opaque(rng, "pm_", 24), PAY), "kaati_kaba": L("4444", PAY)}),
        case(f, f"{a}/api/tja_go", headers=_h(rng, **b), body={
            "bai": L(ORDER, BUY),
            "go_a": [{"sku": "fz-300-ch", "adeesi": L(PBO_HOME["line"], ADDR),
                      "kamian": L(PBO_HOME["area"], COARSE)},
                     {"sku": "ob-15hp-2t", "kamian": L("Atjoni", COARSE),
                      "tei_sembe": {"neen": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                      "landing": {"lat": ATJONI["lat"], "lng": ATJONI["lon"]}}],
            "daka": "2026-01-22"}),
        case(f, f"{a}/api/tja_go/{ORDER}/pe", headers=_h(rng, **b)),
        sched,
        case(f, f"{a}/api/paka/liba", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kliyanti": L(CUSTOMER, UID), "kontrakt": L(CONTRACT, BUY),
                       "moni": L("3175.00", BUY), "kaati_kaba": L("4444", PAY),
                       "telefon": L(E164, TEL)}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/kwitansi/latest", headers=_h(rng, how="none"), cookies={
            "pp_sesi": L(opaque(rng, "", 40), CRED), "pp_apaati": L(INSTALL_ID, DID),
            "pp_req": rid(rng)}),
        multipart(f, f"{a}/api/bosikopu/klaki", [
            ("foto", "fiisi_deuk.jpg", "image/jpeg", L(JPEG + b"\x5f", MEDIA)),
            ("meta", None, "application/json", {
                "bai": L(ORDER, BUY),
                "boskopu": L("Di diipi fiisi kon ku wan gaan deuk a sei, mi ke wan oto.",
                             TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/winkel/pe", headers=_h(rng, **b), query={
            "winkel": STORE["id"], "kamian": L("Paramaribo", COARSE)}),
        case(f, f"{a}/api/kredit/limiti", headers=_h(rng, **b), query={
            "kliyanti": L(CUSTOMER, UID), "kontrakt": L(CONTRACT, BUY)}),
        case(f, f"{a}/api/apaati", headers=_h(rng, **b), body=push(push_token(rng), "nl_SR")),
        case(f, f"{a}/api/sani_di_pasa", gz=True, headers=_h(rng, **b), body={
            "sembe": L(USER_ID, UID), "sani": [
                ev("credit_applied", 1), ev("skiin", 2, skiin=L("PakaLiba", USAGE)),
                ev("instalment_paid", 3, moni=L(3175, BUY))]}),
        case(f, f"{a}/api/go_a_doo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apaati": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/apaati/info", headers=_h(rng, **b), body={
            "modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tongo": L("nl-SR", DEV), "net": L("wifi", DEV)}),
    ]


def pakapiki_sdks() -> list[Case]:
    rng = random.Random(23422)
    return [
        tp_batch(APP, rng, [("Credit Applied", {"months": 18}),
                            ("Order Placed", {"total": L(63499, BUY)})], locale="nl_SR"),
        tp_identify(APP, rng, {"kamian": L("Paramaribo", COARSE),
                               "kliyanti": L(CUSTOMER, UID), "kredit": "approved"}),
        tk_launch(APP, rng, first=True, user=True),
        tk_event(APP, rng, "purchase", {"bai": L(ORDER, BUY)}, revenue=6350.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="appliances,outboard,credit"),
        bs_notice(APP, rng, "win"),
        ck_session(APP, rng, secs=688),
        fp_eval(APP, rng, {"store": STORE["id"], "credit": "approved"}, hdr=True),
        cu_save(APP, rng, {"analytics": True, "marketing": True}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "6350.00"),
        ml_route(APP, rng, [(PBO_HOME_AT, PRECISE), ((STORE["lat"], STORE["lon"]), None)]),
        ht_attach(APP, rng, L(JPEG + b"\x60", MEDIA), "deuk2.jpg", "image/jpeg"),
    ]
