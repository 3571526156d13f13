"""Air-freight parcel app "Kutuma" (``kutuma``: to send) of a fictional cargo agent at the
Mbuji-Mayi airport: she sends sacks of maize flour, dried fish and a mattress to her husband's
sister Mbuyi in Lemba, Kinshasa, who collects them at the N'djili counter with her voter card and
a pick-up code. Tshiluba keys with French and English: ``dina`` name, ``telefone``,
``diyi_dia_musokoko`` password, ``mutumi`` sender, ``mupeta`` receiver (lit. "who gets"),
``bintu`` goods, ``tshintu`` item, ``bujitu`` weight, ``mushinga`` price, ``difuta`` payment,
``bungi`` amount, ``mukanda_wa_bintu`` waybill (lit. "letter of the goods"),
``muaba_wa_kusombela`` address, ``komine`` commune, ``tshimenga`` town,
``kalata_wa_kusungula`` voter card, ``kode_wa_kuangata`` pick-up code (lit. "code to take"),
``lumu`` tracking news, ``dikeba`` search, ``mukenji`` message, ``tshilumbu`` complaint (lit.
"matter"), ``bakidi`` contacts. Parcels ride in other sets' apps (set 140 sends one with a
minibus driver); no earlier set has an air-freight forwarder."""

from __future__ import annotations

import hashlib
import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families195_kit import (
    DEPOT,
    HOME_AT,
    LOCAL_TEL,
    MOTHER_IL,
    NDJILI,
    SHIPPER,
    SISTER_IL,
    WAYBILL,
    fix,
    hd,
    obj,
    push,
)
from eval_families195_sdk import (
    bl_bid,
    bl_notice,
    cm_session,
    ss_batch,
    ss_pixel,
    tb_event,
    tb_launch,
    tb_link,
)
from eval_families195_svc import hl_attach, mk_geocode, pw_card, pw_confirm
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, W, case

APP = App("kutuma", "Kutuma", "com.example.kutuma", "2.2.0", "https://api.kutuma.example.net")
IID = "X-Kutuma-Install"
PW = "Lemba#Colis26"
NID = "personal.national_id"
SIS = SISTER_IL


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def _sha(tel: str) -> str:
    return hashlib.sha256(tel.encode()).hexdigest()


def kutuma() -> list[Case]:
    rng = random.Random(19511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mutumi=L(SHIPPER, UID), email=L(EMAIL, MAIL)))}
    dla, dlo = fix((-6.121187, 23.569102), 5)  # her phone at the counter
    track = at_path(case(f, f"{a}/v2/colis/{WAYBILL}", headers=_h(rng, **b)), WAYBILL, BUY)
    return [
        case(f, f"{a}/v2/konte", headers=_h(rng), body={
            "dina": L(f"{FIRST} {LAST}", NAMEC), "telefone": L(PHONE, TEL),
            "email": L(EMAIL_MIXED, MAIL), "diyi_dia_musokoko": L(PW, CRED),
            "tshimenga": L("Kananga", COARSE), "mutumi": L(SHIPPER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kutuma-android"}),
        case(f, f"{a}/v2/meme", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/mishinga", headers=_h(rng, **b), query={
            "kufuma": "MJM", "kuya": "FIH", "bujitu": "38", "devise": "USD"}),
        case(f, f"{a}/v2/bakidi/import", headers=_h(rng, **b), body={
            "mutumi": L(SHIPPER, UID), "bakidi": [L(_sha(SIS["tel"]), CONTACTS),
                                                  L(_sha(MOTHER_IL[1]), CONTACTS),
                                                  L(_sha("+243825550417"), CONTACTS)]}),
        case(f, f"{a}/v2/colis", headers=_h(rng, **b), body={
            "mutumi": {"dina": L(f"{FIRST} {LAST}", NAMEC), "telefone": L(LOCAL_TEL, TEL),
                       "id": L(SHIPPER, UID)},
            "mupeta": {"dina": L(SIS["name"], NAMEC), "telefone": L(SIS["tel"], TEL),
                       "email": L(SIS["mail"], MAIL),
                       "muaba_wa_kusombela": L(SIS["line"], ADDR),
                       "komine": L(SIS["commune"], COARSE), "tshimenga": L(SIS["town"], COARSE),
                       "kalata_wa_kusungula": L(SIS["vc"], NID)},
            "bintu": [{"tshintu": "bukula bua mataba", "bujitu": 25},
                      {"tshintu": "ntshi mioma", "bujitu": 8},
                      {"tshintu": "matelas", "bujitu": 5}],
            "mukanda_wa_bintu": L(WAYBILL, BUY), "mushinga": L(62.5, BUY), "devise": "USD",
            "depot": DEPOT["id"], "kuya": NDJILI["id"]}),
        multipart(f, f"{a}/v2/colis/{WAYBILL}/tshimfuanyi", [
            ("tshimfuanyi", "bintu.jpg", "image/jpeg", L(JPEG + b"\x6b", MEDIA)),
            ("meta", None, "application/json", {"mukanda_wa_bintu": L(WAYBILL, BUY),
                                                "bipeshi": 3})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/difuta", fmt="form", headers=_h(rng, **b), body={
            "mukanda_wa_bintu": L(WAYBILL, BUY), "bungi": L("62.50", BUY), "devise": "USD",
            "wallet": L(LOCAL_TEL, TEL), "methode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/konte/wallet", fmt="form", headers=_h(rng, **b), body={
            "data": W({"mutumi": L(SHIPPER, UID), "wallet": L(LOCAL_TEL, TEL),
                       "dina": L(f"{FIRST} {LAST}", NAMEC)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v2/assurance", headers=_h(rng, **b), body={
            "mukanda_wa_bintu": L(WAYBILL, BUY), "valeur": 120, "prime": L(3.6, BUY)}),
        case(f, f"{a}/v2/depot/checkin", headers=_h(rng, **b), body={
            "muaba": {"lat": dla, "lon": dlo}, "depot": {"id": DEPOT["id"], "lat": DEPOT["lat"],
                                                         "lon": DEPOT["lon"]},
            "mukanda_wa_bintu": L(WAYBILL, BUY), "guichet": "G2"}),
        track,
        case(f, f"{a}/v2/lumu", headers=_h(rng, **b), query={
            "mukanda_wa_bintu": L(WAYBILL, BUY), "since": "2026-01-12T06:00"}),
        case(f, f"{a}/v2/mupeta/kode", headers=_h(rng, **b), body={
            "mukanda_wa_bintu": L(WAYBILL, BUY), "telefone": L(SIS["tel"], TEL),
            "kode_wa_kuangata": L("4471", CRED), "canal": "sms"}),
        case(f, f"{a}/v2/mikenji", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "mukenji": L(
                "Mbuyi Kanyinda neaye kuangata bintu dituku dia lumingu, telefone wende "
                "+243895550622", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/dikeba", headers=_h(rng, **b), query={
            "dikeba": L("ndeke wa Kinshasa dia lumingu", SEARCH)}),
        multipart(f, f"{a}/v2/tshilumbu", [
            ("tshimfuanyi", "sac.jpg", "image/jpeg", L(JPEG + b"\x6c", MEDIA)),
            ("meta", None, "application/json", {
                "mukanda_wa_bintu": L(WAYBILL, BUY),
                "mukenji": L("Sac wa bukula wakatuluka, bakajimija kilo isatu", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/scans/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "mutumi": L(SHIPPER, UID), "scans": [
                {"piece": f"{WAYBILL}-{i}", "kg": kg, "at": 1768200000 + 60 * i}
                for i, kg in enumerate((25, 8, 5), 1)]}),
        case(f, f"{a}/v2/factures", headers=_h(rng, how="none"), cookies={
            "kt_sesi": L(opaque(rng, "", 40), CRED), "kt_device": L(INSTALL_ID, DID),
            "kt_req": rid(rng)}),
        case(f, f"{a}/v2/evaluation", fmt="form", headers=_h(rng, **b), body={
            "mukanda_wa_bintu": L(WAYBILL, BUY), "ntoto": "4",
            "mukenji": L("Bakafika lukasa, kadi sac umue wakatuluka", TEXT)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/bienzedi", gz=True, headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "bienzedi": [
                ev("colis_created", 1), ev("paid", 2, bungi=L(62.5, BUY)),
                ev("screen", 3, screen=L("Lumu", USAGE))]}),
    ]


def kutuma_sdks() -> list[Case]:
    rng = random.Random(19512)
    link = U("https://kutuma.example.net/t", {"wb": L(WAYBILL, BUY), "src": "sms",
                                              "em": L(EMAIL, MAIL)})
    return [
        ss_batch(APP, rng, [("Parcel Created", {"kg": 38}),
                            ("Parcel Paid", {"total": L(62.5, BUY)})]),
        ss_pixel(APP, rng, "Tracking Opened", {"day": "2026-01-13"}),
        tb_launch(APP, rng, first=True),
        tb_link(APP, rng, link),
        tb_event(APP, rng, "purchase", {"wb": L(WAYBILL, BUY)}, revenue=62.5, currency="USD",
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="travel,kinshasa,cargo"),
        bl_notice(APP, rng, "imp"),
        cm_session(APP, rng, secs=388),
        pw_card(APP, rng, email=True),
        pw_confirm(APP, rng, "62.50"),
        mk_geocode(APP, rng, f"{SIS['line']}, {SIS['commune']}, Kinshasa", ADDR,
                   near=HOME_AT, nd=3),
        hl_attach(APP, rng, L(JPEG + b"\x6d", MEDIA), "resi.jpg", "image/jpeg"),
    ]

