"""Coffee-export cooperative member app "Kafemori" (Dili, the plots in Ermera): its API's keys are
Tetum (``naran`` name, ``apelidu`` family name, ``numeruTelefone`` phone number, ``enderesu``
address, ``munisipiu`` municipality, ``numeruKartaunEleitoral`` electoral card number,
``dataMoris`` birth date, ``liafuanXave`` password, ``laen`` husband; also ``seksu``/``feto``
sex/woman, ``suku`` village, ``todan`` weight, ``saku`` sacks, ``folin`` price, ``osan`` money,
``mensajen`` message, ``buka`` search). Sign-up, log-in with an SMS code, ``/hau``, the member
photo, the family plot's corners, cherry deliveries and their receipts, the payout account,
prices, a message, a training sign-up, the organic questionnaire, an offline harvest log
(msgpack), a leaf-rust photo, supplies, a search, the beneficiary, push, events, news by cookie."""

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
    DIGITS,
    E164,
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
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families129_kit import (
    BANK_ACCT,
    ELECTORAL,
    HOME_LINE,
    HOME_MUN,
    HOME_POSTU,
    HOME_SUKU,
    HUSBAND,
    MEMBRU,
    PASSWORD_KM,
    PLOT,
    WAREHOUSE,
    fix,
    obj,
)
from eval_families129_sdk import (
    bm_bid,
    ct_crash,
    ct_crumb,
    tk_batch,
    tk_identify,
    tl_event,
    tl_launch,
)
from eval_families129_svc import ao_message, bh_register, cj_reverse, fw_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("kafemori", "Kafemori", "com.example.kafemori", "3.6.2",
          "https://api.kafemori.example.com")
IID = "X-Kafemori-Device"
TET = {"Accept-Language": L("tet-TL,tet;q=0.9,en-US;q=0.7", DEV)}


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _plot() -> list[dict[str, L]]:
    return [{"lat": fix(p)[0], "lon": fix(p)[1]} for p in PLOT]


def kafemori() -> list[Case]:
    rng = random.Random(12901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, membru=L(MEMBRU, UID), email=L(EMAIL, MAIL)))}
    dlv = obj(rng, "ent", 10)
    at_plot = fix(PLOT[0], 5)
    return [
        case(f, f"{a}/api/v2/rejistu", headers=_h(rng, extra=TET), body={
            "naran": L(FIRST, NAMEC), "apelidu": L(LAST, NAMEC), "numeruTelefone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "liafuanXave": L(PASSWORD_KM, CRED),
            "dataMoris": L(DOB, BIRTH), "seksu": L("feto", GENDER),
            "numeruKartaunEleitoral": L(ELECTORAL, NATID),
            "enderesu": {"liña": L(HOME_LINE, ADDR), "suku": L(HOME_SUKU, COARSE),
                         "postu": L(HOME_POSTU, COARSE), "munisipiu": L(HOME_MUN, COARSE)},
            "laen": {"naran": L(HUSBAND[0], NAMEC), "numeruTelefone": L(HUSBAND[1], TEL)},
            "grupu": "ERM-LTF-3", "aseitaTermu": True}),
        case(f, f"{a}/api/v2/tama", fmt="form", headers=_h(rng, extra=TET), body={
            "numeruTelefone": L(PHONE, TEL), "liafuanXave": L(PASSWORD_KM, CRED),
            "lian": L("tet", DEV)}),
        case(f, f"{a}/api/v2/tama/kodigu", fmt="form", headers=_h(rng), body={
            "numeruTelefone": L(DIGITS, TEL), "kodigu": L("480213", CRED)}),
        case(f, f"{a}/api/v2/membru/hau", headers=_h(rng, extra={**jw, **TET})),
        multipart(f, f"{a}/api/v2/membru/foto", [
            ("foto", "membru.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"membru": L(MEMBRU, UID), "kamera": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/toos", headers=_h(rng, **b), body={
            "membru": L(MEMBRU, UID), "naran": "To'os Hatugau", "poligonu": _plot(),
            "areaHa": 1.4, "aiKafe": 2100, "variedade": "Typica",
            "suku": L("Letefoho", COARSE), "munisipiu": L("Ermera", COARSE)}),
        case(f, f"{a}/api/v2/entrega", headers=_h(rng, **b), body={
            "entrega": dlv, "membru": L(MEMBRU, UID), "armazen": WAREHOUSE["id"],
            "saku": 6, "todan": 312.5, "kualidade": "A", "folinKg": 0.5,
            "osan": L("156.25", BUY), "lori": {"naran": L(HUSBAND[0], NAMEC)}}),
        case(f, f"{a}/api/v2/entrega/{dlv}/resibu", headers=_h(rng, **b),
             query={"formatu": "pdf", "lian": L("tet", DEV)}),
        case(f, f"{a}/api/v2/pagamentu/konta", fmt="form", headers=_h(rng, **b), body={
            "banku": "Banku Lafaek", "numeruKonta": L(BANK_ACCT, PAY),
            "naranKonta": L(NAME, NAMEC), "membru": L(MEMBRU, UID)}),
        case(f, f"{a}/api/v2/folin", headers=_h(rng, **b),
             query={"kualidade": "A", "semana": "2025-W50", "armazen": WAREHOUSE["id"]}),
        case(f, f"{a}/api/v2/mensajen", headers=_h(rng, **b), body={
            "ba": WAREHOUSE["id"], "telefoneArmazen": WAREHOUSE["phone"],
            "mensajen": L("Ha'u nia laen Mateus sei lori saku neen ba Gleno aban dadeer.",
                          f"{TEXT}|{NAMEC}"), "mensajenId": opaque(rng, "msg_", 12)}),
        case(f, f"{a}/api/v2/formasaun/rejistu", fmt="form", headers=_h(rng, **b), body={
            "kursu": "krs_poda_2026", "naran": L(NAME, NAMEC), "numeruTelefone": L(E164, TEL),
            "membru": L(MEMBRU, UID), "ema": "2"}),
        case(f, f"{a}/api/v2/sertifikasaun/organiku", headers=_h(rng, **b), body={
            "membru": L(MEMBRU, UID), "uzaAdubuKimiku": False, "uzaPestisida": False,
            "fatinHakerek": {"lat": at_plot[0], "lon": at_plot[1]}, "inspesaun": "2026-01-20"}),
        case(f, f"{a}/api/v2/sync", fmt="msgpack", headers=_h(rng, how="upper", **b), body={
            "membru": L(MEMBRU, UID), "uid": L(USER_ID, UID), "kolleita": [
                {"data": "2025-12-06", "kg": 48.5, "lat": fix(PLOT[1])[0], "lon": fix(PLOT[1])[1]},
                {"data": "2025-12-07", "kg": 52.0, "lat": fix(PLOT[2])[0], "lon": fix(PLOT[2])[1]}],
            "offline": True, "seq": 14}),
        multipart(f, f"{a}/api/v2/moras-ai/diagnoza", [
            ("foto", "tahan.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("info", None, "application/json", {
                "lat": L(round(PLOT[3][0], 4), PRECISE), "lon": L(round(PLOT[3][1], 4), PRECISE),
                "aiTinan": 6, "sintoma": "ferruzen"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/sasan/enkomenda", headers=_h(rng, **b), body={
            "enkomenda": obj(rng, "enk", 8), "sasan": [{"sku": "SAKU-JUTA-60", "kuantidade": 10},
                                                       {"sku": "SERRA-PODA", "kuantidade": 1}],
            "totál": L("23.50", BUY), "kobraHusi": "pagamentu_kafe"}),
        case(f, f"{a}/api/v2/buka", headers=_h(rng, **b),
             query={"q": L("adubu organiku ba kafe", SEARCH), "pajina": "1"}),
        case(f, f"{a}/api/v2/benefisiariu", headers=_h(rng, **b), body={
            "laen": {"naran": L(HUSBAND[0], NAMEC), "numeruTelefone": L(HUSBAND[2], TEL)},
            "persentajen": 100}),
        case(f, f"{a}/api/v2/tama/refresku", fmt="form", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        at_path(case(f, f"{a}/api/v2/membru/{MEMBRU}/istoria", headers=_h(rng, **b),
                     query={"tinan": "2025"}), MEMBRU, UID),
        case(f, f"{a}/api/v2/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "modelu": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lian": L("tet", DEV)}),
        case(f, f"{a}/api/v2/eventu", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "eventu": [
                ev("entrega_rejista", 1, saku=6), ev("folin_haree", 2),
                ev("ekran", 3, ekran=L("Resibu", USAGE))]}),
        case(f, f"{a}/api/v2/notisia", headers=_h(rng, how="none"),
             cookies={"km_sesaun": L(opaque(rng, "", 40), CRED), "km_lian": "tet"}),
    ]


def kafemori_sdks() -> list[Case]:
    rng = random.Random(12902)
    return [
        tk_batch(APP, rng, [("Delivery Logged", {"sacks": 6, "grade": "A"}),
                            ("Receipt Viewed", {})], locale="tet-TL"),
        tk_identify(APP, rng, {"member": L(MEMBRU, UID), "municipality": L("Ermera", COARSE),
                               "language": L("tet", DEV)}),
        tl_launch(APP, rng, first=True),
        tl_event(APP, rng, "cherry_delivered", {"kg": 312.5}, revenue=156.25),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="coffee,farming"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "sync queue closed"),
                 [ct_crumb("nav", "Home -> Entrega"), ct_crumb("net", "POST /api/v2/sync")],
                 screen="EntregaActivity"),
        fw_eval(APP, rng, {"cooperativeGroup": "ERM-LTF-3"}, hdr=True),
        bh_register(APP, rng, tags={"grupu": "ERM-LTF-3", "lian": "tet"}, lang="tet"),
        cj_reverse(APP, rng, PLOT[0], PRECISE, nd=5),
        ao_message(APP, rng, L("My payout for delivery of 6 sacks has not arrived in my account "
                               f"{BANK_ACCT} yet.", f"{TEXT}|{PAY}"), {"membru": L(MEMBRU, UID)}),
    ]
