"""A farm direct-payment claim app "Tarlaqayd" (``tarla`` field, ``qayd`` record: a Dobruja
farmers' advisory firm's app for the yearly per-hectare claim to the paying agency; she took over
as the registered farmer of her husband's family's two fields by Valea Dacilor when her
father-in-law retired; its API's keys are Crimean Tatar, ASCII-folded: ``isim`` first name,
``familiya`` surname, ``e_posta`` e-mail, ``tel_nomeri`` phone, ``gizli_soz`` password (lit.
"secret word"), ``tuvgan_kun`` birth date, ``cnp`` (the Romanian personal code, kept as every
Romanian form has it), ``ciftci_nomeri`` farmer number, ``qasaba`` town, ``koy`` village,
``judet`` county, ``parsel``/``blok`` parcel/block, ``ekin`` crop (``bogday`` wheat, ``arpa``
barley), ``gektar`` hectares, ``sinirlar`` boundary, ``talap`` claim, ``destek_miqdari`` support
amount, ``sahibi`` owner, ``icare`` lease, ``iz`` track, ``hava`` weather, ``cikis`` log-out):
sign-up, an OAuth log-in, ``/menim``, parcels by farmer number in the path, two parcels drawn,
the claim, a geotagged field photo, a field check with her fix, a msgpack walk of a boundary,
field operations (JSON Lines), payments, the IBAN, the lease contract (PDF; her mother-in-law as
owner), the claim signed and its status by claim number in the path, a message to the agency, the
weather at the fields (2 decimals), push, events and a log-out."""

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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families288_kit import (
    AGENCY,
    CLAIM,
    CNP,
    FARMER,
    FIELD_FIX,
    HOME,
    HOME_AT,
    MOTHER_IL,
    PARCELS,
    RO_IBAN,
    fix,
    hd,
    push,
)
from eval_families288_sdk import bz_bid, bz_notice, iz_event, iz_launch, sy_batch, sy_identify
from eval_families288_svc import (
    aq_wallet,
    by_eval,
    cq_register,
    hq_reverse,
    hq_telemetry,
    yd_message,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tarlaqayd", "Tarlaqayd", "com.example.tarlaqayd", "2.2.0",
          "https://api.tarlaqayd.example.net")
IID = "X-Tarla-Device"
PW = "Bogday#Dacilor26"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, ro=True, **kw)


def _ring(pts: list[tuple[float, float]]) -> list[list[L]]:
    return [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in pts]


def tarlaqayd() -> list[Case]:
    rng = random.Random(28821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ciftci=L(FARMER, UID), cnp=L(CNP, NID)))}
    fla, flo = fix(FIELD_FIX)
    parc = at_path(case(f, f"{a}/api/v2/ciftci/{FARMER}/parseller", headers=_h(rng, **b),
                        query={"yil": "2026"}), FARMER, UID)
    sign = at_path(case(f, f"{a}/api/v2/talap/{CLAIM}/imza", fmt="form", headers=_h(rng, **b),
                        body={"pin": L("40917", CRED), "razi": "1"}), CLAIM, UID)
    state = at_path(case(f, f"{a}/api/v2/talap/{CLAIM}/durum", headers=_h(rng, how="none"),
                         cookies={"tq_sess": L(opaque(rng, "", 40), CRED),
                                  "tq_dev": L(INSTALL_ID, DID)}), CLAIM, UID)
    walk = [(round(PARCELS["bl_2241"][0][0] + 0.00021 * i, 6),
             round(PARCELS["bl_2241"][0][1] + 0.00043 * i, 6)) for i in range(4)]
    return [
        case(f, f"{a}/api/v2/ciftci/qayd", headers=_h(rng), body={
            "isim": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "e_posta": L(EMAIL_MIXED, MAIL),
            "tel_nomeri": L(E164, TEL), "gizli_soz": L(PW, CRED), "tuvgan_kun": L(DOB, BIRTH),
            "cnp": L(CNP, NID), "ciftci_nomeri": L(FARMER, UID),
            "adres": L(HOME["line"], ADDR), "qasaba": L(HOME["town"], COARSE),
            "judet": L(HOME["county"], COARSE), "ciftci_turu": "fizik_sahis"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tarlaqayd-android"}),
        case(f, f"{a}/api/v2/menim", headers=_h(rng, extra=jw)),
        parc,
        case(f, f"{a}/api/v2/parseller/ciz", headers=_h(rng, **b), body={
            "ciftci": L(FARMER, UID), "blok": "bl_2241", "koy": L("Valea Dacilor", COARSE),
            "ekin": "bogday", "gektar": 4.12, "sinirlar": _ring(PARCELS["bl_2241"])}),
        case(f, f"{a}/api/v2/parseller/ciz", headers=_h(rng, **b), body={
            "ciftci": L(FARMER, UID), "blok": "bl_2287", "koy": L("Valea Dacilor", COARSE),
            "ekin": "arpa", "gektar": 2.18, "sinirlar": _ring(PARCELS["bl_2287"])}),
        case(f, f"{a}/api/v2/talap", headers=_h(rng, **b), body={
            "talap": L(CLAIM, UID), "ciftci": L(FARMER, UID), "yil": 2026,
            "parseller": [{"blok": "bl_2241", "ekin": "bogday", "gektar": 4.12},
                          {"blok": "bl_2287", "ekin": "arpa", "gektar": 2.18}],
            "destek_miqdari": L(1890.5, BUY), "genc_ciftci": False,
            "iban": L(RO_IBAN, PAY)}),
        multipart(f, f"{a}/api/v2/parseller/foto", [
            ("foto", "bl_2241_bogday.jpg", "image/jpeg", L(JPEG + b"\x2a", MEDIA)),
            ("meta", None, "application/json", {
                "blok": "bl_2241", "lat": L(FIELD_FIX[0], PRECISE),
                "lon": L(FIELD_FIX[1], PRECISE), "vaqit": "2026-04-22T10:14:03"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/saha/kelis", headers=_h(rng, **b), body={
            "blok": "bl_2241", "yer": {"kenislik": fla, "uzunliq": flo, "aniqliq": 6},
            "agentlik": {"id": AGENCY["id"], "lat": AGENCY["lat"], "lon": AGENCY["lon"]}}),
        case(f, f"{a}/api/v2/parseller/bl_2241/iz", fmt="msgpack", headers=_h(rng, **b), body={
            "ciftci": L(FARMER, UID), "noqtalar": [
                {"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1776852000 + 40 * i}
                for i, (la, lo) in enumerate(walk)]}),
        lines(f, f"{a}/api/v2/isler/sync", [
            {"is": "sepuv", "blok": "bl_2241", "kg_gektar": 210, "by": L(FARMER, UID)},
            {"is": "ogutleme", "blok": "bl_2287", "kg_gektar": 150, "by": L(FARMER, UID)},
            {"is": "ilaclama", "blok": "bl_2241", "litr": 320, "by": L(FARMER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/tolevler", headers=_h(rng, **b), query={
            "ciftci": L(FARMER, UID), "yil": "2025"}),
        case(f, f"{a}/api/v2/hesap/iban", headers=_h(rng, **b), body={
            "sahibi": L(f"{FIRST} {LAST}", NAMEC), "iban": L(RO_IBAN, PAY),
            "banka": "Banca Exemplu Constanta", "ciftci": L(FARMER, UID)}),
        multipart(f, f"{a}/api/v2/vesiqalar", [
            ("dosye", "icare_sozlesmesi.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "tur": "icare", "sahibi": L(MOTHER_IL[0], NAMEC),
                "sahibi_cnp": L("2580312134011", NID), "blok": "bl_2287",
                "icareci": L(FARMER, UID), "muddet_yil": 5})],
            headers=_h(rng, **b)),
        sign,
        state,
        case(f, f"{a}/api/v2/mesaj", headers=_h(rng, **b), body={
            "kime": "centrul_local_medgidia", "talap": L(CLAIM, UID),
            "yazi": L("bl_2287 parselinde 0.3 gektar suv basti, vesiqa kerekmi?", TEXT)}),
        case(f, f"{a}/api/v2/hava", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.2f}", COARSE), "lon": L(f"{FIELD_FIX[1]:.2f}", COARSE),
            "kunler": "5"}),
        case(f, f"{a}/api/v2/cihaz", headers=_h(rng, **b), body=push(push_token(rng), "ro_RO")),
        case(f, f"{a}/api/v2/vaqialar", gz=True, headers=_h(rng, **b), body={
            "qullanici": L(USER_ID, UID), "vaqialar": [
                ev("talap_yiberildi", 1), ev("ekran", 2, ekran=L("ParselHaritasi", USAGE))]}),
        case(f, f"{a}/api/v2/cikis", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "cihaz": L(INSTALL_ID, DID)}),
    ]


def tarlaqayd_sdks() -> list[Case]:
    rng = random.Random(28822)
    return [
        sy_batch(APP, rng, [("Parcel Drawn", {"crop": "wheat"}),
                            ("Claim Submitted", {"hectares": 6.3})],
                 at=FIELD_FIX, nd=3, locale="ro_RO"),
        sy_identify(APP, rng, {"judet": L("Constanta", COARSE), "ciftci": L(FARMER, UID),
                               "gektar": 6.3}),
        iz_launch(APP, rng, first=True),
        iz_event(APP, rng, "claim_submitted", {"talap": L(CLAIM, UID)}, revenue=1890.5,
                 currency="RON"),
        bz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="agri,seeds,tractor"),
        bz_notice(APP, rng, "win"),
        by_eval(APP, rng, {"judet": L("Constanta", COARSE), "role": "farmer"}),
        cq_register(APP, rng, at=FIELD_FIX, nd=2, lang="ro",
                    tags={"judet": L("Constanta", COARSE)}),
        hq_reverse(APP, rng, FIELD_FIX, PRECISE, nd=5),
        hq_telemetry(APP, rng, [FIELD_FIX, walk_end()], PRECISE),
        aq_wallet(APP, rng, "1890.50", L(E164, TEL)),
        yd_message(APP, rng, L(f"Talap {CLAIM} imzalandi ama durum deyismedi", f"{TEXT}|{UID}"),
                   {"ciftci": L(FARMER, UID)}),
    ]


def walk_end() -> tuple[float, float]:
    """Her last fix on the boundary walk of block 2241."""
    return (round(PARCELS["bl_2241"][0][0] + 0.00063, 6),
            round(PARCELS["bl_2241"][0][1] + 0.00129, 6))
