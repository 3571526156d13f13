"""A Bingol furniture and appliance store's instalment app "Taksitxane" (the store sells on
promissory notes, senet, paid monthly; she bought a fridge, a washing machine and a sofa for the
flat; its API's keys are Zazaki, ASCII-folded, with the Turkish trade words a local developer
keeps: ``musteri_no`` customer number, ``name`` first name, ``peyname`` surname, ``namey_pi``
father's name, ``numreya_kimlige`` ID number, ``tarixe_biyayisi`` birth date, ``telefon``
phone, ``sifre`` password, ``adrese_keye`` home address, ``wilayet`` province, ``kefil``
guarantor, ``mal`` goods, ``qimet`` price, ``pesin`` down payment, ``taksit`` instalment,
``asmane`` monthly, ``senet`` note, ``roja_dayisi`` due date, ``mendo`` remaining, ``deyn``
debt, ``pere_dayis`` payment, ``hesabe_banka`` bank account, ``imza`` signature, ``teslim``
delivery, ``qat`` floor, ``garanti`` warranty, ``nuste`` text, ``cigerayis`` search): sign-up
with her residence-permit number and her father's name, a log-in, ``/mi``, the catalogue, the
basket, the credit check consent, the contract with its notes, the guarantor (her
brother-in-law), the signature, a store check-in, the contract by number in the path, the
down payment, an instalment paid, the auto-debit IBAN, delivery and installation, a protobuf
schedule acknowledgement, warranty registration, a message to the store, an offline sync (JSON
Lines), a search, push and events. New kind (a file-name and docstring grep for "promissory" and
"senet" found nothing; "instalment" appears in many sets as a payment option, not as a store's
note book; set 86's furniture app sells for cash)."""

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
    E164,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families290_kit import (
    BROTHER_IL,
    CONTRACT,
    CUSTOMER,
    HOME,
    HOME_AT,
    RESIDENCE,
    STORE,
    STORE_FIX,
    TR_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families290_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families290_svc import (
    cl_card,
    cl_wallet,
    cy_check,
    fn_eval,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("taksitxane", "Taksitxane", "com.example.taksitxane", "3.0.2",
          "https://api.taksitxane.example.net")
IID = "X-Taksit-Cihaz"
PW = "Cewlig#Sofa2026"
NID = "personal.national_id"
SIG = b"\x89PNG\r\n\x1a\n" + bytes(range(28))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, tr=True, **kw)


def taksitxane() -> list[Case]:
    rng = random.Random(29031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, musteri_no=L(CUSTOMER, UID), telefon=L(E164, TEL),
                                    senet=L(CONTRACT, BUY)))}
    sla, slo = fix(STORE_FIX)
    lab: dict[str, str] = {}
    ack = pb([(1, L(CUSTOMER, UID)), (2, L(CONTRACT, BUY)), (3, 1772323200),
              (4, [(1, 3), (2, L(4250, BUY)), (3, "2026-04-05")]), (5, "3.0.2")], "", lab)
    contract = at_path(case(f, f"{a}/v2/senet/{CONTRACT}", headers=_h(rng, **b)), CONTRACT, BUY)
    notes = [{"no": i + 1, "roja_dayisi": f"2026-{i + 4:02d}-05", "miqdar": L(4250, BUY)}
             for i in range(6)]
    return [
        case(f, f"{a}/v2/qeyd", headers=_h(rng), body={
            "name": L(FIRST, NAMEC), "peyname": L(LAST, NAMEC), "namey_pi": L("John Doe", NAMEC),
            "numreya_kimlige": L(RESIDENCE, NID), "tarixe_biyayisi": L(DOB, BIRTH),
            "telefon": L(E164, TEL), "e_poste": L(EMAIL, MAIL), "sifre": L(PW, CRED),
            "adrese_keye": L(f"{HOME['mahalle']} {HOME['line']}", ADDR),
            "suke": L(HOME["town"], COARSE), "wilayet": L(HOME["il"], COARSE),
            "musteri_no": L(CUSTOMER, UID)}),
        case(f, f"{a}/v2/cikewtis", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "sifre": L(PW, CRED)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/katalog", headers=_h(rng, **b), query={
            "dikan": STORE["id"], "kategori": "beyaz_esya", "rez": "qimet_asc"}),
        case(f, f"{a}/v2/sepet", headers=_h(rng, **b), body={
            "musteri_no": L(CUSTOMER, UID),
            "mal": [{"kod": "BZ-NF540", "name": "No-Frost 540 L", "qimet": 21900},
                    {"kod": "CM-9KG", "name": "9 kg 1400 devir", "qimet": 14500},
                    {"kod": "KN-3LU", "name": "Kanepe Pulur 3+1", "qimet": 19100}],
            "yekun": L(55500, BUY)}),
        case(f, f"{a}/v2/risk/izin", fmt="form", headers=_h(rng, **b), body={
            "numreya_kimlige": L(RESIDENCE, NID), "izin": "e", "kanal": "findex_ornek",
            "musteri_no": L(CUSTOMER, UID)}),
        case(f, f"{a}/v2/senet", headers=_h(rng, **b), body={
            "senet": L(CONTRACT, BUY), "yekun": L(55500, BUY), "pesin": L(30000, BUY),
            "taksit": 6, "asmane": L(4250, BUY), "senetan": notes, "dikan": STORE["id"]}),
        case(f, f"{a}/v2/senet/kefil", headers=_h(rng, **b), body={
            "senet": L(CONTRACT, BUY),
            "kefil": {"name": L(BROTHER_IL[0], NAMEC), "telefon": L(BROTHER_IL[1], TEL),
                      "numreya_kimlige": L("21437782046", NID), "nezdiye": "biraye merdi",
                      "suke": L("Bingol", COARSE)}}),
        multipart(f, f"{a}/v2/senet/imza", [
            ("imza", "imza.png", "image/png", L(SIG, MEDIA)),
            ("meta", None, "application/json", {"senet": L(CONTRACT, BUY),
                                                "imzakar": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dikan/check_in", headers=_h(rng, **b), body={
            "dikan": {"id": STORE["id"], "lat": STORE["lat"], "lng": STORE["lon"]},
            "ca": {"lat": sla, "lng": slo, "dorustiye": 14}, "musteri_no": L(CUSTOMER, UID)}),
        contract,
        case(f, f"{a}/v2/pere_dayis/pesin", fmt="form", headers=_h(rng, **b), body={
            "senet": L(CONTRACT, BUY), "miqdar": L("30000.00", BUY), "para": "TRY",
            "kart_token": L(opaque(rng, "tok_", 24), PAY), "kart_peyen4": L("4444", PAY)}),
        case(f, f"{a}/v2/pere_dayis/taksit", fmt="form", headers=_h(rng, **b), body={
            "senet": L(CONTRACT, BUY), "senet_no": "1", "miqdar": L("4250.00", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "mendo": L("21250.00", BUY)}),
        case(f, f"{a}/v2/otomatik", headers=_h(rng, **b), body={
            "hesabe_banka": L(TR_ACCOUNT, PAY), "wayir": L(f"{FIRST} {LAST}", NAMEC),
            "roje": 5, "senet": L(CONTRACT, BUY)}),
        case(f, f"{a}/v2/teslim", headers=_h(rng, **b), body={
            "senet": L(CONTRACT, BUY), "adrese_keye": L(HOME["line"], ADDR),
            "mehle": L(HOME["mahalle"], COARSE), "suke": L(HOME["town"], COARSE),
            "qat": 2, "asansor": False, "roje": "2026-03-10",
            "telefon": L(E164, TEL), "montaj": True}),
        raw(f, f"{a}/v2/senet/plan/ack", ack, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/garanti", headers=_h(rng, **b), body={
            "seri_no": "NF540-2025-118274", "mal": "BZ-NF540", "roja_teslimi": "2026-03-10",
            "musteri_no": L(CUSTOMER, UID)}),
        case(f, f"{a}/v2/mesaj", headers=_h(rng, **b), body={
            "dikan": STORE["id"],
            "nuste": L("Senetê dıyine de rojaya dayisi 15 bikerê, meas 10 de yeno", TEXT)}),
        lines(f, f"{a}/v2/sync", [
            {"op": "view", "senet": L(CONTRACT, BUY), "t": 1772323500},
            {"op": "remind", "senet_no": 2, "roja_dayisi": "2026-05-05", "miqdar": L(4250, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/cigerayis", headers=_h(rng, **b), query={
            "cigerayis": L("bulasix makinesi 6 taksit", SEARCH)}),
        case(f, f"{a}/v2/cihaz", headers=_h(rng, **b), body=push(push_token(rng), "tr_TR")),
        case(f, f"{a}/v2/hedise", headers=_h(rng, **b), body={
            "karber": L(USER_ID, UID), "oturum": rid(rng), "hedise": [
                ev("senet_imza", 1), ev("ekran", 2, ekran=L("SenetPlan", USAGE))],
            "cihaz": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}),
        case(f, f"{a}/v2/oturum/newe", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "cihaz": L(INSTALL_ID, "id.device"),
            "satir": obj(rng, "ln")}),
    ]


def taksitxane_sdks() -> list[Case]:
    rng = random.Random(29032)
    return [
        mc_batch(APP, rng, [("Contract Signed", {"total": L(55500, BUY)}),
                            ("Instalment Paid", {"amount": L(4250, BUY)})],
                 at=STORE_FIX, nd=2, locale="tr_TR"),
        mc_identify(APP, rng, {"musteri_no": L(CUSTOMER, UID), "wilayet": L("Tunceli", COARSE),
                               "taksit": 6}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"senet": L(CONTRACT, BUY)}, revenue=55500.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="furniture,fridge,instalment"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "signature pad detached"),
                 [cd_crumb("nav", "Senet -> Imza"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v2/senet/imza", "status": 500})],
                 screen="ImzaActivity"),
        fn_eval(APP, rng, {"dikan": STORE["id"], "wilayet": L("Bingol", COARSE)}, hdr=True),
        pt_register(APP, rng, tags={"dikan": STORE["id"], "taksit_hatirlat": "on"}, lang="tr"),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_wallet(APP, rng, "4250", L(E164, TEL)),
        hs_message(APP, rng, L(f"Senet {CONTRACT} taksitê dıyine dıreyi ame qeydkerdis",
                               f"{TEXT}|{BUY}"), {"musteri_no": L(CUSTOMER, UID)}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((STORE["lat"], STORE["lon"]), None)]),
    ]
