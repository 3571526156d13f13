"""Artisanal-diamond seller app "Dyama Kasai" of a fictional licensed buying house (comptoir) in
Mbuji-Mayi: she keeps the account of her husband's family's pit at Tshibombo, where his brother
Kalonji leads the diggers, and sells their parcels of rough stones. Its API's keys are Tshiluba
(Ciluba) as a Kasai developer types them, with English ``id``/``token``/``email`` and French
shop words: ``dina`` first name, ``dina_dia_diku`` family name, ``telefone`` phone,
``diyi_dia_musokoko`` password (lit. "secret word"), ``dituku_dia_kuledibua`` birth date,
``muaba_wa_kusombela`` address (lit. "place to live"), ``kartie`` quartier, ``tshimenga`` town,
``kalata_wa_kusomba`` residence card, ``kalata_wa_kusungula`` voter card (lit. "card for
choosing"), ``mulume`` husband, ``mupanyi`` seller, ``musumbi`` buyer, ``dibue``/``mabue``
stone(s), ``bujitu`` weight, ``mushinga`` price, ``difuta`` payment, ``bungi`` amount,
``tshitupa`` share, ``bena_mudimu`` workers, ``muaba`` place, ``mikalu`` boundaries,
``mukenji`` message, ``dikeba`` search, ``lumu`` news, ``kode`` code. Sets 110 and 176 have gem
buyers (an auction, an emerald market); here she sells rough stones from the family's own pit."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families195_kit import (
    BROTHER_IL,
    COMPTOIR,
    HOME,
    HUSBAND,
    LOCAL_TEL,
    PIT_AT,
    PIT_FIX,
    RESIDENCE,
    SELLER,
    fix,
    hd,
    obj,
)
from eval_families195_sdk import (
    bl_bid,
    cm_crash,
    cm_crumb,
    ss_batch,
    ss_identify,
    tb_event,
    tb_launch,
)
from eval_families195_svc import hl_message, mk_reverse, pt_register, pw_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("dyama", "Dyama Kasai", "com.example.dyamakasai", "3.4.1",
          "https://api.dyama.example.com")
IID = "X-Dyama-Device"
PW = "Tshibombo!2026"
DOB_FR = "17/05/1991"
NID = "personal.national_id"
SALE = "VT-26-01187"  # the sale of a parcel (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lua=True, **kw)


def dyama() -> list[Case]:
    rng = random.Random(19501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mupanyi=L(SELLER, UID), telefone=L(E164, TEL)))}
    pla, plo = fix(PIT_FIX)
    cla, clo = fix((-6.136884, 23.598377), 5)  # her phone at the buying house
    lot = obj(rng, "lot")
    lab: dict[str, str] = {}
    beat = pb([(1, L(SELLER, UID)), (2, "pit_tshb_04"), (3, 1768291200),
               (4, [(1, L(PIT_FIX[0], PRECISE)), (2, L(PIT_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    lots = at_path(case(f, f"{a}/api/v1/bapanyi/{SELLER}/mabue", headers=_h(rng, **b),
                        query={"ngondo": "2026-01"}), SELLER, UID)
    return [
        case(f, f"{a}/api/v1/bapanyi", headers=_h(rng), body={
            "dina": L(FIRST, NAMEC), "dina_dia_diku": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefone": L(E164, TEL), "diyi_dia_musokoko": L(PW, CRED),
            "dituku_dia_kuledibua": L(DOB_FR, "personal.birthdate"),
            "kalata_wa_kusomba": L(RESIDENCE, NID),
            "muaba_wa_kusombela": L(HOME["line"], ADDR), "kartie": L(HOME["quartier"], COARSE),
            "tshimenga": L(HOME["town"], COARSE),
            "mulume": {"dina": L(HUSBAND[0], NAMEC), "telefone": L(HUSBAND[1], TEL),
                       "kalata_wa_kusungula": L(HUSBAND[2], NID)},
            "mupanyi": L(SELLER, UID), "comptoir": COMPTOIR["id"]}),
        case(f, f"{a}/api/v1/kubuela", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "diyi_dia_musokoko": L(PW, CRED), "kulama": "1"}),
        case(f, f"{a}/api/v1/kode", fmt="form", headers=_h(rng), body={
            "telefone": L(E164, TEL), "kode": L("508317", CRED)}),
        case(f, f"{a}/api/v1/meme", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/muaba", headers=_h(rng, **b), body={
            "dina_dia_muaba": "Tshibombo 4", "mupanyi": L(SELLER, UID),
            "mikalu": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PIT_AT],
            "mukalenga_wa_mudimu": {"dina": L(BROTHER_IL[0], NAMEC),
                                    "telefone": L(BROTHER_IL[1], TEL),
                                    "kalata_wa_kusungula": L(BROTHER_IL[2], NID)},
            "bena_mudimu": 9, "bule_bua_dina": 14}),
        case(f, f"{a}/api/v1/mabue/dimanya", fmt="msgpack", headers=_h(rng, **b), body={
            "lot": lot, "mabue": 6, "bujitu": 3.42, "langi": "blanc-jaune", "muaba": "pit_tshb_04",
            "muaba_wa_kupeta": {"lat": pla, "lon": plo}, "mupanyi": L(SELLER, UID)}),
        multipart(f, f"{a}/api/v1/mabue/tshimfuanyi", [
            ("tshimfuanyi", "lot_0112.jpg", "image/jpeg", L(JPEG + b"\x5d", MEDIA)),
            ("meta", None, "application/json", {"lot": lot, "mupanyi": L(SELLER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mushinga", headers=_h(rng, **b), query={
            "bujitu_min": "0.5", "bujitu_max": "1.0", "devise": "USD"}),
        case(f, f"{a}/api/v1/dikebulula", headers=_h(rng, **b), body={
            "lot": lot, "comptoir": COMPTOIR["id"], "dituku": "2026-01-14", "diba": "10:30",
            "mupanyi": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/comptoir/checkin", headers=_h(rng, **b), body={
            "muaba": {"lat": cla, "lon": clo, "acc": 12},
            "comptoir": {"id": COMPTOIR["id"], "lat": COMPTOIR["lat"], "lon": COMPTOIR["lon"]},
            "checkin_id": obj(rng, "ci")}),
        case(f, f"{a}/api/v1/dipana", headers=_h(rng, **b), body={
            "lot": lot, "vente": L(SALE, BUY), "mushinga": L(1840, BUY), "devise": "USD",
            "musumbi": COMPTOIR["id"], "certificat": "CEEC-KE-26-004417",
            "bitupa": [{"dina": L(BROTHER_IL[0], NAMEC), "telefone": L(BROTHER_IL[1], TEL),
                        "pourcent": 40},
                       {"dina": L(f"{FIRST} {LAST}", NAMEC), "pourcent": 35}]}),
        case(f, f"{a}/api/v1/difuta", fmt="form", headers=_h(rng, **b), body={
            "vente": L(SALE, BUY), "bungi": L("644.00", BUY), "devise": "USD",
            "wallet": L(LOCAL_TEL, TEL), "methode": L(opaque(rng, "pm_", 24), PAY)}),
        lots,
        lines(f, f"{a}/api/v1/muaba/journal", [
            {"mupanyi": L(SELLER, UID), "dituku": "2026-01-12", "bena_mudimu": 9,
             "gravier_m3": 4.5},
            {"mupanyi": L(SELLER, UID), "dituku": "2026-01-13", "bena_mudimu": 8,
             "gravier_m3": 3.0, "mukenji": L("Mvula mikole, mudimu wakimana ku midi", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/certificat/CEEC-KE-26-004417", headers=_h(rng, how="none"),
             cookies={"dy_sesi": L(opaque(rng, "", 40), CRED), "dy_device": L(INSTALL_ID, DID),
                      "dy_req": rid(rng)}),
        case(f, f"{a}/api/v1/dikeba", headers=_h(rng, **b), query={
            "dikeba": L("mushinga wa mabue a carat 1 blanc", SEARCH), "dibeji": "1"}),
        case(f, f"{a}/api/v1/mikenji", headers=_h(rng, **b), body={
            "kudi": "buyer_desk", "mukenji": L(
                "Kalonji Kanyinda neakuile ne lot udi mu sac, telefone wende +243855550148",
                f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/diponya", headers=_h(rng, **b), body={
            "muaba": "pit_tshb_04", "dituku": "2026-01-09",
            "muntu": {"dina": L(BROTHER_IL[0], NAMEC), "bidimu": L(36, "personal.birthdate")},
            "disama": L("dikasa dia bobo diabulika, lopitalu wa Bonzola", MED),
            "mukenji": L("Buloba buakumbuka pa mukalenga wa mudimu; bakamuambula ku Bonzola",
                         f"{TEXT}|{MED}")}),
        raw(f, f"{a}/api/v1/muaba/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/konte/banki", headers=_h(rng, **b), body={
            "dina": L(f"{FIRST} {LAST}", NAMEC), "rib": L("00015060412300456780166", PAY),
            "banki": "Example Bank Kasai", "mupanyi": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/lumu", headers=_h(rng, how="none"), cookies={
            "dy_sesi": L(opaque(rng, "", 40), CRED),
            "dy_prefs": W({"mupanyi": L(SELLER, UID), "muakulu": L("lua", DEV)}, "b64json")}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "muakulu": L("lua", DEV), "tz": L("Africa/Lubumbashi", DEV),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/bienzedi", gz=True, headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "bienzedi": [
                ev("lot_declared", 1, mabue=6), ev("sale_accepted", 2, mushinga=L(1840, BUY)),
                ev("screen", 3, screen=L("MabueAnyi", USAGE))]}),
        case(f, f"{a}/api/v1/kupatuka", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def dyama_sdks() -> list[Case]:
    rng = random.Random(19502)
    return [
        ss_batch(APP, rng, [("Lot Declared", {"stones": 6}),
                            ("Sale Accepted", {"total": L(1840, BUY)})],
                 at=PIT_FIX, nd=2, locale="lua_CD"),
        ss_identify(APP, rng, {"tshimenga": L("Kananga", COARSE), "mupanyi": L(SELLER, UID),
                               "bilots": 14}),
        tb_launch(APP, rng, first=True),
        tb_event(APP, rng, "sale", {"vente": L(SALE, BUY)}, revenue=1840.0, currency="USD",
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="mining,tools,generator"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [cm_crumb("nav", "Mabue -> Tshimfuanyi"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/api/v1/dipana", "status": 201})],
                 screen="TshimfuanyiActivity"),
        pt_register(APP, rng, lang="lua", tags={"comptoir": COMPTOIR["id"],
                                                 "tshimenga": L("Mbuji-Mayi", COARSE)}),
        pw_wallet(APP, rng, "644", L(LOCAL_TEL, TEL), currency="USD", bank=True),
        mk_reverse(APP, rng, PIT_FIX, PRECISE, nd=5),
        hl_message(APP, rng, L(f"Difuta dia vente {SALE} kadiena kufika", f"{TEXT}|{BUY}"),
                   {"mupanyi": L(SELLER, UID)}),
    ]
