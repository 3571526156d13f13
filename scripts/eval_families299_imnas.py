"""Agadez camel-market app "Imnas" (camels; buyers and sellers at the livestock market, with an
escrow, "amana", held until the animal is handed over). Its API's keys are Tamasheq in Latin
letters, ASCII-folded as a local developer writes them (``gh`` for the velar fricative, ``ch``
for sh, no schwa letter): ``esem`` first name, ``esem_n_ebba`` family name (lit. "father's
name", the patronymic slot), ``imel`` e-mail (loan), ``portabl`` mobile (French loan),
``awal_n_ekchem`` password (lit. "word of entering"; a coinage), ``ashal_n_tahut`` birth date
(lit. "day of birth"; a coinage), ``karte`` identity card number (loan), ``adres`` street line
(loan), ``kartye`` quarter (loan), ``aghrem`` town, ``sekse`` sex (loan; ``tamet`` woman),
``ales`` husband (lit. man), ``amis`` camel, ``talamt`` she-camel, ``ehere`` herd/livestock,
``essuq`` market, ``azref`` amount (lit. silver, money), ``takfit`` payment (from ``ekf`` give;
a coinage), ``amana`` escrow (Arabic loan), ``amezzenz`` seller, ``asuter`` request/offer,
``awal`` message, ``asiggel`` search, ``edag`` place, ``iwatayen`` age (years), ``foto`` photo,
``aparey`` device (loan), ``ilas`` language (lit. tongue), ``ekchem``/``effegh`` log-in/out, ``nak``
me. Sign-up, log-in, ``/nak``, the day's lots, a lot, a search, an offer, the deal (the seller
typed by her), the escrow paid, a check-in at the market, the vet certificate photo, the family's
brand mark, a truck to In-Gall for her brother-in-law, a protobuf market beat, queued bids
(msgpack), the receipt by deal number in the path, the balance by cookie, a message to the
seller, her payout account, a young camel she sells, push, events and a log-out."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families299_kit import (
    BROTHER_IL,
    DEAL,
    HOME,
    HOME_AT,
    HUSBAND,
    MARKET,
    MARKET_FIX,
    NE_ACCOUNT,
    RESIDENCE,
    SELLER_OTHER,
    TRADER,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families299_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families299_svc import cl_card, cl_confirm, cl_wallet, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("imnas", "Imnas", "com.example.imnas", "3.4.1", "https://api.imnas.example.com")
IID = "X-Imnas-Aparey"
PW = "Talamt#Agadez25"
DOB_FR = "17/05/1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def imnas() -> list[Case]:
    rng = random.Random(29901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), trader=L(TRADER, UID)))}
    mla, mlo = fix(MARKET_FIX, 5)
    lot = obj(rng, "lot")
    lab: dict[str, str] = {}
    beat = pb([(1, L(TRADER, UID)), (2, MARKET["id"]), (3, 1765612800),
               (4, [(1, L(MARKET_FIX[0], PRECISE)), (2, L(MARKET_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/v2/tizzenza/{DEAL}/resi", headers=_h(rng, **b)), DEAL, BUY)
    return [
        case(f, f"{a}/v2/amaris", headers=_h(rng), body={
            "esem": L(FIRST, NAMEC), "esem_n_ebba": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "portabl": L(E164, TEL), "awal_n_ekchem": L(PW, CRED),
            "ashal_n_tahut": L(DOB_FR, BIRTH), "karte": L(RESIDENCE, NID),
            "adres": L(HOME["line"], ADDR), "kartye": L(HOME["area"], COARSE),
            "aghrem": L(HOME["town"], COARSE), "sekse": L("tamet", GENDER),
            "ales": {"esem": L(HUSBAND[0], NAMEC), "portabl": L(HUSBAND[1], TEL)},
            "trader": L(TRADER, UID), "ilas": L("en", DEV), "amana_iqbal": True}),
        case(f, f"{a}/v2/ekchem", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "awal_n_ekchem": L(PW, CRED), "ektu_yi": "1"}),
        case(f, f"{a}/v2/nak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/essuq/{MARKET['id']}/imnas", headers=_h(rng, **b), query={
            "ashal": "2025-12-13", "talamt": "1", "tabadit": "0"}),
        case(f, f"{a}/v2/imnas/{lot}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/asiggel", headers=_h(rng, **b), query={
            "asiggel": L("talamt tazeggaght 5 iwatayen tesse aman", SEARCH), "tasna": "1"}),
        case(f, f"{a}/v2/asuter", headers=_h(rng, **b), body={
            "lot": lot, "azref": L(420000, BUY), "tadrimt": "XOF", "trader": L(TRADER, UID),
            "awal": L("I can pay 420 000 today and the rest when she reaches In-Gall", TEXT)}),
        case(f, f"{a}/v2/tizzenza", headers=_h(rng, **b), body={
            "lot": lot, "tizzenza": L(DEAL, BUY), "azref": L(450000, BUY), "tadrimt": "XOF",
            "amezzenz": {"esem": L(SELLER_OTHER[0], NAMEC), "portabl": L(SELLER_OTHER[1], TEL)},
            "amana": True, "essuq": MARKET["id"], "trader": L(TRADER, UID)}),
        case(f, f"{a}/v2/amana/takfit", fmt="form", headers=_h(rng, **b), body={
            "tizzenza": L(DEAL, BUY), "azref": L("450000", BUY), "tadrimt": "XOF",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart_4": L("4444", PAY)}),
        case(f, f"{a}/v2/essuq/ekchem", headers=_h(rng, **b), body={
            "essuq": MARKET["id"], "edag": {"lat": mla, "lng": mlo, "acc": 7},
            "edag_n_essuq": {"lat": MARKET["lat"], "lng": MARKET["lon"]},
            "trader": L(TRADER, UID), "check_id": obj(rng, "ci")}),
        multipart(f, f"{a}/v2/imnas/{lot}/sertifika", [
            ("foto", "sertifika_veto.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"lot": lot, "veto": "vt_agz_03",
                                                "vaksin": "pasteurellose 2025-11"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ehere/ezzel", headers=_h(rng, **b), body={
            "ezzel": "tifinagh_yaz_left_neck", "imnas": 14, "ulli": 32,
            "ehere_n": L(HUSBAND[0], NAMEC), "trader": L(TRADER, UID)}),
        case(f, f"{a}/v2/kamyo", headers=_h(rng, **b), body={
            "tizzenza": L(DEAL, BUY), "daw": "In-Gall", "ashal": "2025-12-15",
            "imesli": {"esem": L(BROTHER_IL[0], NAMEC), "portabl": L(BROTHER_IL[1], TEL)},
            "azref": L(35000, BUY), "kamyo": "trk_agz_12"}),
        raw(f, f"{a}/v2/essuq/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/asuter/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "trader": L(TRADER, UID),
            "tiwedi": [{"lot": obj(rng, "lot"), "azref": L(380000, BUY), "t": 1765613100},
                       {"lot": lot, "azref": L(420000, BUY), "t": 1765613400}]}),
        receipt,
        case(f, f"{a}/v2/azref/balance", headers=_h(rng, how="none"), cookies={
            "im_tasigilt": L(opaque(rng, "", 40), CRED), "im_aparey": L(INSTALL_ID, DID),
            "im_req": rid(rng)}),
        case(f, f"{a}/v2/awal", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "usr_mano_ib",
            "awal": L(f"Mano, the truck comes Monday. If I am not there call {HUSBAND[0]} on "
                      "+227 96 14 05 22", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/takfit/konte", headers=_h(rng, **b), body={
            "esem_n_konte": L(f"{FIRST} {LAST}", NAMEC), "iban": L(NE_ACCOUNT, PAY),
            "bank": "Example Bank Niger", "trader": L(TRADER, UID)}),
        multipart(f, f"{a}/v2/imnas/azzenz", [
            ("foto", "awara.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {
                "amis": "awara", "iwatayen": 2, "ini": "amellal", "azref_n_essuq": 260000,
                "trader": L(TRADER, UID),
                "awal": L("Young white male, calm, trained to the saddle by my brother-in-law",
                          TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/aparey", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "aparey_id": L(INSTALL_ID, DID),
            "ilas": L("en", DEV), "tz": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("asuter", 1, lot=lot), ev("takfit", 2, azref=L(450000, BUY)),
                ev("tasna", 3, tasna=L("Tizzenza", USAGE))]}),
        case(f, f"{a}/v2/effegh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID)}),
    ]


def imnas_sdks() -> list[Case]:
    rng = random.Random(29902)
    return [
        mc_batch(APP, rng, [("Offer Made", {"lot": "lot_x", "amount": L(420000, BUY)}),
                            ("Deal Closed", {"total": L(450000, BUY)})],
                 at=MARKET_FIX, nd=2),
        mc_identify(APP, rng, {"aghrem": L("Agadez", COARSE), "trader": L(TRADER, UID),
                               "imnas": 14}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"tizzenza": L(DEAL, BUY)}, revenue=450000.0,
                 currency="XOF", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=MARKET_FIX, nd=3,
               keywords="camels,livestock,agadez"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "escrow sheet dismissed"),
                 [cd_crumb("nav", "Lot -> Amana"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v2/amana/takfit", "status": 502})],
                 screen="AmanaActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"essuq": MARKET["id"],
                                                        "aghrem": L("Agadez", COARSE)}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "450000"),
        cl_wallet(APP, rng, "30000", L(SELLER_OTHER[1], TEL)),
        hs_message(APP, rng, L(f"The escrow for {DEAL} is still held, the camel was delivered",
                               f"{TEXT}|{BUY}"), {"trader": L(TRADER, UID)}),
    ]

