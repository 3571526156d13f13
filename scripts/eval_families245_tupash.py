"""A self-employed person's professional-income tax app "Tupash" ("income"; she is registered as
self-employed and tutors English at home and online: each payment gets a receipt, the tax is
paid monthly). Its API's keys are Chuvash in Latin letters, ASCII-folded, with the tax words a
developer keeps in Russian or English (``inn``, ``vnzh``, ``chek``, ``spravka``, ``bank``,
``email``, ``token``): ``yat``/``khushamat``, ``telefon``, ``parol``, ``respublika``, ``es``
work (``es_tesse`` kind of work), ``tupash`` income, ``summa``, ``pakhu`` service,
``tuyanakan`` buyer, ``kilent_tesshe`` buyer kind, ``kampani`` company, ``kun``, ``pasni``
annulled (``săltav`` reason as ``saltav``), ``naluk`` tax, ``tulev``, ``karta_vessi``,
``schet`` account, ``vyran`` place, ``kilentsem`` clients, ``syru``, ``pallasem`` bonus,
``pulamsem``: sign-up with her INN and residence permit, a log-in by INN, ``/manan``, receipts to
a person, to a language school and to a named parent, a receipt sent by SMS, an annulment, the
receipt list, a receipt by number in the path, the month's tax and its payment, her bank linked,
an income certificate, an offline receipt queue (JSON Lines), her client list, the region by
position, the tax bonus, push, events and a log-out. Set 184's berry picker issues a
self-employed receipt inside a buying point's app; "professional income" and "npd" matched no
docstring: this is the tax app itself."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families245_kit import (
    HOME_AT,
    INN,
    RU_ACCOUNT,
    STUDENT_PARENTS,
    TAX_OFFICE,
    VNZH,
    hd,
    obj,
    push,
)
from eval_families245_sdk import cy_crash, cy_crumb, ta_launch, ts_batch, ts_identify, ts_pixel
from eval_families245_svc import (
    cu_check,
    fs_eval,
    hk_attach,
    pu_card,
    pu_confirm,
    pu_wallet,
    py_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tupash", "Tupash", "com.example.tupash", "7.1.3", "https://api.tupash.example.net")
IID = "X-Tupash-Install"
PW = "Tupash#Inn2124"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))
CHEK = ["2004k7rq9m", "2004k8t1xa", "2004k9b3zc", "2004kaf0hd"]  # her receipts (purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tupash() -> list[Case]:
    rng = random.Random(24571)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, inn=L(INN, NID), email=L(EMAIL, MAIL)))}
    one = at_path(case(f, f"{a}/api/v1/chek/{CHEK[1]}/qr", headers=_h(rng, **b)), CHEK[1], BUY)
    p1, p2 = STUDENT_PARENTS
    return [
        case(f, f"{a}/api/v1/registratsi", headers=_h(rng), body={
            "inn": L(INN, NID), "vnzh": L(VNZH, NID), "yat": L(FIRST, NAMEC),
            "khushamat": L(LAST, NAMEC), "telefon": L(E164, TEL), "email": L(EMAIL, MAIL),
            "parol": L(PW, CRED), "respublika": L("Chuvashia", COARSE),
            "es_tesse": "repetitor: akalchan chelkhi"}),
        case(f, f"{a}/api/v1/kerni", fmt="form", headers=_h(rng), body={
            "inn": L(INN, NID), "parol": L(PW, CRED), "khater": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/manan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/chek", headers=_h(rng, **b), body={
            "chek": L(CHEK[0], BUY), "pakhu": "Akalchan chelkhi uroke (60 min)",
            "summa": L(1200, BUY), "kun": "2025-12-08T18:00", "kilent_tesshe": "fiz"}),
        case(f, f"{a}/api/v1/chek", headers=_h(rng, **b), body={
            "chek": L(CHEK[1], BUY), "pakhu": "Kurs: Business English, noyabr",
            "summa": L(9600, BUY), "kun": "2025-12-01T10:00", "kilent_tesshe": "yur",
            "kampani": {"inn": "2128045531", "yat": "Lingva Plyus LLC"}}),
        case(f, f"{a}/api/v1/chek", headers=_h(rng, **b), body={
            "chek": L(CHEK[2], BUY), "pakhu": "Akalchan chelkhi, 4 urok",
            "summa": L(4800, BUY), "kun": "2025-12-09T17:30", "kilent_tesshe": "fiz",
            "tuyanakan": {"yat": L(p1[0], NAMEC)}}),
        at_path(case(f, f"{a}/api/v1/chek/{CHEK[2]}/sms", fmt="form", headers=_h(rng, **b),
                     body={"telefon": L(p1[1], TEL), "chelkhe": "ru"}), CHEK[2], BUY),
        case(f, f"{a}/api/v1/chek/pasni", fmt="form", headers=_h(rng, **b), body={
            "chek": L(CHEK[3], BUY), "saltav": "vozvrat", "summa": L("1200", BUY)}),
        case(f, f"{a}/api/v1/chek/list", headers=_h(rng, **b), query={
            "uyakh": "2025-12", "limit": "50"}),
        one,
        case(f, f"{a}/api/v1/naluk", headers=_h(rng, **b), query={"uyakh": "2025-11"}),
        case(f, f"{a}/api/v1/naluk/tulev", fmt="form", headers=_h(rng, **b), body={
            "uyakh": "2025-11", "naluk": L("912.00", BUY), "karta_vessi": L("4444", PAY),
            "mel": L(opaque(rng, "pm_", 24), PAY), "uin": rid(rng)}),
        case(f, f"{a}/api/v1/bank", headers=_h(rng, **b), body={
            "bank": "bank_partner_12", "schet": L(RU_ACCOUNT, PAY), "bik": "049706609",
            "kileshu": True}),
        case(f, f"{a}/api/v1/spravka", headers=_h(rng, **b), body={
            "tesh": "tupash_2025", "sul": "2025", "valli": L("vnzh ulashtarma", TEXT),
            "vnzh": L(VNZH, NID)}),
        lines(f, f"{a}/api/v1/chek/sync", [
            {"chek": L("2004kb71pe", BUY), "summa": L(1200, BUY), "kun": "2025-12-10T19:00",
             "offline": True},
            {"chek": L("2004kc02qm", BUY), "summa": L(1500, BUY), "kun": "2025-12-11T16:00",
             "offline": True}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kilentsem", headers=_h(rng, **b), body={
            "kilentsem": [{"yat": L(p1[0], NAMEC), "telefon": L(p1[1], TEL)},
                          {"yat": L(p2[0], NAMEC), "telefon": L(p2[1], TEL),
                           "syru": L("Khere Alisa, 7 klass, vyrsarnikun", TEXT)}]}),
        case(f, f"{a}/api/v1/respublika/tereslev", headers=_h(rng, **b), body={
            "vyran": {"lat": L(round(HOME_AT[0], 3), PRECISE),
                      "lon": L(round(HOME_AT[1], 3), PRECISE)},
            "ifns": {"id": TAX_OFFICE["id"], "lat": TAX_OFFICE["lat"],
                     "lon": TAX_OFFICE["lon"]}}),
        case(f, f"{a}/api/v1/pallasem", headers=_h(rng, how="none"), cookies={
            "tp_sess": L(opaque(rng, "", 40), CRED), "tp_dev": L(INSTALL_ID, DID),
            "tp_req": rid(rng)}),
        case(f, f"{a}/api/v1/khater", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/v1/pulamsem", gz=True, headers=_h(rng, **b), body={
            "usa_kurakan": L(USER_ID, UID), "pulamsem": [
                ev("receipt_created", 1, summa=L(1200, BUY)),
                ev("screen", 2, screen=L("Naluk", USAGE))]}),
        case(f, f"{a}/api/v1/tukhni", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "khater": L(INSTALL_ID, DID),
            "sesi": obj(rng, "se")}),
    ]


def tupash_sdks() -> list[Case]:
    rng = random.Random(24572)
    return [
        ts_batch(APP, rng, [("Receipt Created", {"amount": L(1200, BUY)}),
                            ("Tax Paid", {"amount": L(912, BUY)})]),
        ts_identify(APP, rng, {"respublika": L("Chuvashia", COARSE), "rezhim": "npd"}),
        ts_pixel(APP, rng, "Certificate Opened", {"year": "2025"}),
        ta_launch(APP, rng, user=True),
        cy_crash(APP, rng, ("retrofit2.HttpException", "HTTP 502 chek"),
                 [cy_crumb("nav", "Chek -> Sync")], screen="ReceiptActivity"),
        fs_eval(APP, rng, {"region": L("Chuvashia", COARSE), "regime": "npd"}, hdr=True),
        py_register(APP, rng, lang="ru", tags={"rezhim": "npd"}),
        cu_check(APP, rng, {"analytics": True}),
        pu_card(APP, rng),
        pu_confirm(APP, rng, "912.00"),
        pu_wallet(APP, rng, "4800", L(E164, TEL)),
        hk_attach(APP, rng, L(PDF, MEDIA), "spravka_2025.pdf", "application/pdf"),
    ]
