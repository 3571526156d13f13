"""A quinoa cooperative's member app "Juphamasi" (Umala, Aroma province; she farms her husband's
family's fields and sells through the cooperative). Its API's keys are Aymara: ``suti`` name,
``wila_suti`` family name, ``jawsana_jakhu`` phone number, ``uta`` house (address), ``marka``
town, ``ayllu`` community, ``suyu`` province/department, ``chimpu_jakhu`` identity card number,
``yuriwi_uru`` birth date, ``imantata_aru`` password ("hidden word"), ``chacha`` husband,
``wawa`` child, ``masi_jakhu`` member number; also ``yapu`` field, ``chiqanaka`` points,
``jupha`` quinoa, ``kasta`` variety, ``aljawi`` sale, ``qullqi`` money/amount, ``manu`` loan,
``qillqa`` text, ``yatiyawi`` notice/message, ``aru`` language, ``uru`` day, ``mara`` year,
``thaqhana`` search (Spanish loans ``correo``, ``kilu``, ``banco`` kept as sent). Calls: sign-up,
a log-in, ``/naya`` (me), her fields, a field's boundary, sowing, prices, a lot delivered
(msgpack), the sacks' photo, the payout, a message, a hail-damage report, the weather, an
offline sync (msgpack), the organic inspection, statements by member number in the path, an
advance, the assembly, the household's workers, a truck pick-up, a variety search, notices by a
cookie GET, push, events and a log-out."""

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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families139_kit import (
    BO_ACCOUNT,
    CARNET,
    COOP,
    DOB_BO,
    EA_HOME,
    FIELD_FIX,
    FIELDS,
    HUSBAND,
    HUSBAND_CI,
    LOT,
    MOTHER_IN_LAW,
    NATID,
    SOCIO,
    SON,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families139_sdk import (
    bc_bid,
    cq_crash,
    cq_crumb,
    mv_batch,
    mv_identify,
    mv_queue,
    tt_event,
    tt_launch,
)
from eval_families139_svc import ch_wallet, mw_reverse, pc_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("juphamasi", "Juphamasi", "com.example.juphamasi", "2.4.1",
          "https://api.juphamasi.example.org")
IID = "X-Jupha-Unaqa"
PW = "Illimani#Jupha26"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="ay", **kw)


def juphamasi() -> list[Case]:
    rng = random.Random(13911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), masi_jakhu=L(SOCIO, UID)))}
    yapu = obj(rng, "yp")
    corners = [dict(zip(("lat", "lon"), fix(p), strict=True)) for p in FIELDS]
    fla, flo = fix(FIELD_FIX, 5)
    sla, slo = fix(FIELD_FIX, 4)
    photo = at_path(multipart(f, f"{a}/api/v1/aljawi/{LOT}/foto", [
        ("foto", "costalanaka.jpg", "image/jpeg", L(JPEG + b"\x39", MEDIA)),
        ("meta", None, "application/json", {"masi_jakhu": L(SOCIO, UID), "costal": 10})],
        headers=_h(rng, **b)), LOT, BUY)
    stmt = at_path(case(f, f"{a}/api/v1/aljawinaka/{SOCIO}/qillqa", headers=_h(rng, **b),
                        query={"mara": "2026"}), SOCIO, UID)
    lab_sync = {"masi_jakhu": L(SOCIO, UID), "unaqa": L(INSTALL_ID, DID), "qillqanaka": [
        {"kasta": "kasta_real", "lat": L(FIELD_FIX[0], PRECISE), "lon": L(FIELD_FIX[1], PRECISE),
         "uru": 1772100000, "lurawi": "qhulliña"},
        {"kasta": "kasta_real", "lat": L(FIELDS[2][0], PRECISE), "lon": L(FIELDS[2][1], PRECISE),
         "uru": 1772103600, "lurawi": "qhulliña"}]}
    return [
        case(f, f"{a}/api/v1/qillqantana", headers=_h(rng), body={
            "suti": L(FIRST, NAMEC), "wila_suti": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "jawsana_jakhu": L(E164, TEL), "imantata_aru": L(PW, CRED),
            "yuriwi_uru": L(DOB_BO, BIRTH), "chimpu_jakhu": L(CARNET, NATID),
            "uta": L(EA_HOME["line"], ADDR), "marka": L(EA_HOME["town"], COARSE),
            "suyu": L("La Paz", COARSE), "ayllu": L("Ayllu Chacoma, Umala", COARSE),
            "warmi_chacha": L("warmi", GENDER),
            "chacha": {"suti": L(HUSBAND[0], NAMEC), "jawsana_jakhu": L(HUSBAND[1], TEL),
                       "chimpu_jakhu": L(HUSBAND_CI, NATID)},
            "masi_jakhu": L(SOCIO, UID), "kamachi_iyawa": True}),
        case(f, f"{a}/api/v1/mantana", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL_UPPER, MAIL), "imantata_aru": L(PW, CRED), "amtana": "jisa"}),
        case(f, f"{a}/api/v1/naya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/yapunaka", headers=_h(rng, **b), query={
            "masi_jakhu": L(SOCIO, UID), "mara": "2026"}),
        case(f, f"{a}/api/v1/yapu", headers=_h(rng, **b), body={
            "yapu_id": yapu, "yapu_suti": "Ch'alla Pampa", "chiqanaka": corners,
            "hectarea": 1.8, "kasta": "Real blanca", "masi_jakhu": L(SOCIO, UID)}),
        case(f, f"{a}/api/v1/satawi", fmt="form", headers=_h(rng, **b), body={
            "yapu_id": yapu, "uru": "2025-09-22", "kilu_jatha": "12",
            "masi_jakhu": L(SOCIO, UID)}),
        case(f, f"{a}/api/v1/chaninaka", headers=_h(rng, **b), query={
            "kasta": "real_blanca", "store": COOP["id"]}),
        case(f, f"{a}/api/v1/aljawi", fmt="msgpack", headers=_h(rng, **b), body={
            "lot": L(LOT, BUY), "masi_jakhu": L(SOCIO, UID), "kilu": 460, "costal": 10,
            "chanin_kilu": 11.0, "qullqi": L(5060, BUY), "grado": "A", "store": COOP["id"]}),
        photo,
        case(f, f"{a}/api/v1/qullqi/apana", headers=_h(rng, **b), body={
            "lot": L(LOT, BUY), "qullqi": L(5060, BUY), "moneda": "BOB",
            "banco": {"jakhu": L(BO_ACCOUNT, PAY), "katuqiri": L(NAME, NAMEC)},
            "ref": rid(rng)}),
        case(f, f"{a}/api/v1/yatiyawi", headers=_h(rng, **b), body={
            "khitiru": "tesorero", "masi_jakhu": L(SOCIO, UID),
            "qillqa": L("Jilata, qullqix janiw purinkiti, lot LT-2026-0318 jupha aljatax",
                        f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/v1/chhijchhi", headers=_h(rng, **b), body={
            "yapu_id": yapu, "chiqa": {"lat": fla, "lon": flo, "akurasi": 11},
            "chhaqata_por": 40, "qillqa": L("Chhijchhix juphar t'unjatayi, kimsa uru nayra",
                                            TEXT), "masi_jakhu": L(SOCIO, UID)}),
        case(f, f"{a}/api/v1/pacha", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.2f}", COARSE), "lon": L(f"{FIELD_FIX[1]:.2f}", COARSE),
            "uru": "7"}),
        case(f, f"{a}/api/v1/sync", fmt="msgpack", headers=_h(rng, **b), body=lab_sync),
        case(f, f"{a}/api/v1/certificado", headers=_h(rng, **b), body={
            "masi_jakhu": L(SOCIO, UID), "yapu_id": yapu, "inspeccion": "2026-02-14",
            "jan_qulla": True, "inspector": "ins_0412"}),
        stmt,
        case(f, f"{a}/api/v1/manu", fmt="form", headers=_h(rng, **b), body={
            "masi_jakhu": L(SOCIO, UID), "qullqi": L("1500", BUY),
            "chimpu_jakhu": L(CARNET, NATID), "kuna_laykutsa": L("Jatha alasinataki", TEXT),
            "plazo_phaxsi": "6"}),
        case(f, f"{a}/api/v1/tantachawi/tc_2026_03/jutawi", headers=_h(rng, **b), body={
            "masi_jakhu": L(SOCIO, UID), "chiqa": {"lat": sla, "lon": slo},
            "store": {"lat": COOP["lat"], "lon": COOP["lon"]}}),
        case(f, f"{a}/api/v1/wila_masinaka", headers=_h(rng, **b), body={
            "masi_jakhu": L(SOCIO, UID), "wila_masinaka": [
                {"suti": L(HUSBAND[0], NAMEC), "kuna": "chacha", "lurawi": "yapu"},
                {"suti": L(MOTHER_IN_LAW[0], NAMEC), "jawsana_jakhu": L(MOTHER_IN_LAW[1], TEL),
                 "kuna": "taykachi", "lurawi": "qhulliña"},
                {"suti": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "yuriwi_mara": L(2016, BIRTH), "kuna": "wawa", "lurawi": "janiwa"}]}),
        case(f, f"{a}/api/v1/apnaqawi", headers=_h(rng, **b), body={
            "lot": L(LOT, BUY), "chiqa": {"lat": L(round(FIELDS[0][0], 5), PRECISE),
                                          "lon": L(round(FIELDS[0][1], 5), PRECISE)},
            "uru": "2026-03-12", "jawsana_jakhu": L(NATIONAL, TEL), "camion": "cm_0188"}),
        case(f, f"{a}/api/v1/kasta", headers=_h(rng, **b), query={
            "thaqhana": L("jupha wila ch'iyara jatha", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/yatiyawinaka", headers=_h(rng, how="none"), cookies={
            "jm_sesion": L(opaque(rng, "", 40), CRED), "jm_unaqa": L(INSTALL_ID, DID),
            "jm_aru": "ay"}),
        case(f, f"{a}/api/v1/unaqa", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "unaqa_id": L(INSTALL_ID, DID),
            "aru": L("ay", DEV), "pacha_suyu": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/lurawinaka", gz=True, headers=_h(rng, **b), body={
            "apnaqiri": L(USER_ID, UID), "lurawinaka": [
                ev("aljawi_qillqata", 1, kilu=460), ev("chhijchhi_yatiyata", 2),
                ev("uñjana", 3, pantalla=L("YapunakaPantalla", USAGE))]}),
        case(f, f"{a}/api/v1/mistuna", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "unaqa": L(INSTALL_ID, DID)}),
    ]


def juphamasi_sdks() -> list[Case]:
    rng = random.Random(13912)
    return [
        mv_batch(APP, rng, [("Lot Delivered", {"kg": 460, "amount": L(5060, BUY)}),
                            ("Hail Reported", {"loss_pct": 40})],
                 at=FIELD_FIX, nd=2, locale="ay_BO"),
        mv_identify(APP, rng, {"ayllu": L("Chacoma", COARSE), "suyu": L("Aroma", COARSE),
                               "masi_jakhu": L(SOCIO, UID), "hectarea": 1.8}),
        mv_queue(APP, rng, [("Harvest Logged", {"variety": "real"}),
                            ("Field Mapped", {"corners": 4})]),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "sale", {"lot": L(LOT, BUY)}, revenue=5060.0, currency="BOB"),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="quinua,agro,clima"),
        cq_crash(APP, rng, ("java.lang.IllegalArgumentException", "polygon has < 3 points"),
                 [cq_crumb("nav", "Yapunaka -> Chiqanaka"), cq_crumb("tap", "gps_point")],
                 screen="YapuMapActivity"),
        pc_register(APP, rng, lang="ay", at=FIELD_FIX, nd=2,
                    tags={"store": COOP["id"], "ayllu": L("Chacoma", COARSE)}),
        ch_wallet(APP, rng, "5060", L(E164, TEL)),
        mw_reverse(APP, rng, FIELD_FIX, PRECISE, nd=5),
    ]
