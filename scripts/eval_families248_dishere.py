"""A share-trading app "Dishere" (a local retail brokerage: a tax-free and a trading account, small
monthly buys of fictional listed shares, a minor's account for Naledi; no earlier set has a
share-trading or stock-exchange app: "JSE", "stock exchange", "equities", "stockbroker" and
"share trad" matched nothing, "brokerage" only an account number in set 29). Its API's keys are
Sepedi in ASCII with English finance loans kept (``fica``, ``isin``, ``otp``): ``moreki``
client, ``leina`` name, ``sefane`` surname, ``imeile`` e-mail, ``mogala`` phone, ``sephiri``
password, ``letsatsi_la_matswalo`` birth date, ``nomoro_ya_boitsebiso`` ID number,
``phasepoto`` passport, ``botho`` nationality, ``nomoro_ya_motshelo`` tax number, ``aterese``
address, ``mothalo`` street line, ``selete`` suburb, ``toropo`` town, ``profense`` province,
``khoutu_ya_poso`` post code, ``mosomo`` occupation, ``letseno`` income, ``mothopo_wa_tshelete``
source of funds, ``ditokomane`` documents, ``akhaonto`` account, ``panka`` bank, ``depositi``
deposit, ``palo`` amount, ``dishere`` shares, ``taelo`` order, ``reka``/``rekisa`` buy/sell,
``bontsi`` quantity, ``theko`` price, ``palomoka`` total, ``kgwedi`` month, ``setatamente``
statement, ``go_ntsha`` withdrawal, ``ngwana`` child, ``mpho`` gift, ``molaetsa`` message,
``thuso`` help, ``nyaka`` search. Sign-up, log-in, ``/nna``, FICA (gzip; her SA ID, passport,
tax numbers, address), the ID photo and proof of address, a selfie, the bank account, a deposit,
a share search, a quote, a buy order, a monthly plan (msgpack), the statement by account number in
the path, a withdrawal with an OTP, Naledi's account, a gift voucher, a support ticket,
preferences in a base64 JSON cookie, push, events and a log-out."""

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
from eval_families248_kit import (
    ACCOUNT,
    DAUGHTER,
    HOME,
    HUSBAND,
    PASSPORT,
    SA_ID,
    TAX_REF,
    US_TIN,
    ZA_ACCOUNT,
    hd,
    obj,
    sediriswa,
)
from eval_families248_sdk import (
    bm_batch,
    bm_identify,
    bm_pixel,
    ct_crash,
    ct_crumb,
    tk_event,
    tk_launch,
)
from eval_families248_svc import cp_save, fp_eval, hl_message, pn_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("dishere", "Dishere", "com.example.dishere", "4.7.0", "https://api.dishere.example.net")
IID = "X-Dishere-Device"
PW = "Mabele&Shares91"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def dishere() -> list[Case]:
    rng = random.Random(24861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeile=L(EMAIL, MAIL), moreki=L(ACCOUNT, UID),
                                    fica="verified"))}
    stmt = at_path(case(f, f"{a}/api/v3/dikhaonto/{ACCOUNT}/setatamente", headers=_h(rng, **b),
                        query={"kgwedi": "2026-02", "sebopego": "pdf"}), ACCOUNT, UID)
    return [
        case(f, f"{a}/api/v3/bareki", headers=_h(rng), body={
            "leina": L(FIRST, NAMEC), "sefane": L(LAST, NAMEC), "imeile": L(EMAIL_MIXED, MAIL),
            "mogala": L(E164, TEL), "sephiri": L(PW, CRED), "letsatsi_la_matswalo": L(DOB, BIRTH),
            "mohuta_wa_akhaonto": "tfsa", "khoutu_ya_mogwera": "LESIBA250"}),
        case(f, f"{a}/api/v3/tsena", fmt="form", headers=_h(rng), body={
            "imeile": L(EMAIL, MAIL), "sephiri": L(PW, CRED), "sediriswa": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/fica", gz=True, headers=_h(rng, **b), body={
            "moreki": L(ACCOUNT, UID), "nomoro_ya_boitsebiso": L(SA_ID, NID),
            "phasepoto": L(PASSPORT, NID), "botho": "US", "nomoro_ya_motshelo": L(TAX_REF, NID),
            "us_tin": L(US_TIN, NID), "fatca_us_person": True,
            "aterese": {"mothalo": L(HOME["line"], ADDR), "selete": L(HOME["area"], COARSE),
                        "toropo": L(HOME["town"], COARSE), "profense": L(HOME["province"], COARSE),
                        "khoutu_ya_poso": L(HOME["post"], COARSE)},
            "mosomo": "hydrogeologist", "letseno": "500k-750k",
            "mothopo_wa_tshelete": "moputso"}),
        multipart(f, f"{a}/api/v3/fica/ditokomane", [
            ("boitsebiso", "id_card_front.jpg", "image/jpeg", L(JPEG + b"\x61",
                                                                  f"{MEDIA}|{NID}")),
            ("aterese", "municipal_bill.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"moreki": L(ACCOUNT, UID),
                                                "mohuta": "smart_id_card"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/fica/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"moreki": L(ACCOUNT, UID), "liveness": "passive"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/dipanka", headers=_h(rng, **b), body={
            "mong": L(NAME, NAMEC), "panka": "Example Bank SA",
            "nomoro_ya_akhaonto": L(ZA_ACCOUNT, PAY), "khoutu_ya_lekala": "250655",
            "mohuta": "cheque"}),
        case(f, f"{a}/api/v3/depositi", fmt="form", headers=_h(rng, **b), body={
            "palo": L("5000.00", BUY), "mokgwa": "EFT", "tshupetso": L(ACCOUNT, UID),
            "akhaonto": "tfsa"}),
        case(f, f"{a}/api/v3/dishere", headers=_h(rng, **b), query={
            "nyaka": L("dikhamphani tša meetse", SEARCH), "mmaraka": "main"}),
        case(f, f"{a}/api/v3/dishere/LMPW/theko", headers=_h(rng, **b), query={
            "isin": "ZAE000914417", "nako": "1d"}),
        case(f, f"{a}/api/v3/ditaelo", headers=_h(rng, **b), body={
            "moreki": L(ACCOUNT, UID), "sehere": "LMPW", "taelo": "reka", "bontsi": 12,
            "theko_ya_bogodimo": 41.20, "palomoka": L(494.40, BUY), "akhaonto": "tfsa",
            "idempotency": rid(rng)}),
        case(f, f"{a}/api/v3/ditaelo/kgwedi", fmt="msgpack", headers=_h(rng, **b), body={
            "moreki": L(ACCOUNT, UID), "palo_ka_kgwedi": L(1000, BUY), "letsatsi": 25,
            "dishere": [{"sehere": "LMPW", "karolo": 0.6}, {"sehere": "TOP40X", "karolo": 0.4}]}),
        stmt,
        case(f, f"{a}/api/v3/lenane_la_go_lebelela", headers=_h(rng, **b), query={
            "moreki": L(ACCOUNT, UID), "dishere": "LMPW,TOP40X,LPAGRI"}),
        case(f, f"{a}/api/v3/go_ntsha", headers=_h(rng, **b), body={
            "palo": L(1500, BUY), "akhaonto_ya_panka": L(ZA_ACCOUNT, PAY),
            "otp": L("839201", CRED), "lebaka": "tshenyegelo"}),
        case(f, f"{a}/api/v3/bana/akhaonto", headers=_h(rng, **b), body={
            "motswadi": L(ACCOUNT, UID),
            "ngwana": {"leina": L(DAUGHTER["first"], NAMEC), "sefane": L(DAUGHTER["last"], NAMEC),
                       "letsatsi_la_matswalo": L(DAUGHTER["dob"], BIRTH),
                       "nomoro_ya_boitsebiso": L(DAUGHTER["id"], NID)}}),
        case(f, f"{a}/api/v3/mpho", headers=_h(rng, **b), body={
            "go": {"leina": L(HUSBAND[0], NAMEC), "mogala": L(HUSBAND[1], TEL)},
            "palo": L(250, BUY), "khoutu": opaque(rng, "GV", 8),
            "molaetsa": L("Mpho ya letšatši la matswalo, Lesiba! Thoma ka dishere tša gago.",
                          TEXT)}),
        case(f, f"{a}/api/v3/thuso", headers=_h(rng, **b), body={
            "moreki": L(ACCOUNT, UID), "thread": obj(rng, "tk"),
            "molaetsa": L("Ke rometše R5000 ka EFT ka Mantaga eupša ga e bonagale akhaontong",
                          f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/v3/dikgetho", headers=_h(rng, **b), cookies={
            "ds_sess": L(opaque(rng, "", 40), CRED),
            "ds_prefs": W({"moreki": L(ACCOUNT, UID), "polelo": L("nso", DEV),
                           "ponagalo": "lefsifsi"}, "b64json")}),
        case(f, f"{a}/api/v3/sediriswa", headers=_h(rng, **b), body=sediriswa(push_token(rng))),
        case(f, f"{a}/api/v3/ditiragalo", gz=True, headers=_h(rng, **b), body={
            "mosomisi": L(USER_ID, UID), "ditiragalo": [
                ev("taelo_e_dirilwe", 1, sehere="LMPW"),
                ev("sekirini", 2, sekirini=L("Potefolio", USAGE))]}),
        case(f, f"{a}/api/v3/tswa", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "sediriswa": L(INSTALL_ID, DID)}),
    ]


def dishere_sdks() -> list[Case]:
    rng = random.Random(24862)
    return [
        bm_batch(APP, rng, [("Order Placed", {"symbol": "LMPW", "total": L(494.40, BUY)}),
                            ("Deposit Made", {"amount": L(5000, BUY)})], adid=True),
        bm_identify(APP, rng, {"toropo": L("Polokwane", COARSE), "moreki": L(ACCOUNT, UID),
                               "kotsi": "medium"}),
        bm_pixel(APP, rng, "Statement Opened", {"kgwedi": "2026-02"}),
        tk_launch(APP, rng, user=True),
        tk_event(APP, rng, "first_deposit", {"akhaonto": "tfsa"}, revenue=5000.0, hashed=True),
        fp_eval(APP, rng, {"tier": "tfsa", "province": L("Limpopo", COARSE)}),
        pn_register(APP, rng, tags={"watchlist": "LMPW"}),
        cp_save(APP, rng, {"analytics": True, "marketing": True, "personalisation": False}),
        ct_crash(APP, rng, ("java.lang.ArithmeticException", "quantity rounding"),
                 [ct_crumb("nav", "Sehere -> Reka"), ct_crumb("tap", "tiisa_taelo")],
                 screen="TaeloActivity"),
        hl_message(APP, rng, L("Depositi ya R5000 ga e bonagale", f"{TEXT}|{BUY}"),
                   {"moreki": L(ACCOUNT, UID)}),
    ]
