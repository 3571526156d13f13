"""A neighbourhood (mahalla) committee's residents' app "Mahalle" (their Jayxun mahalla in Nukus;
its API's keys are Karakalpak in Latin letters, snake_case, ASCII-folded: ``xojalik``
household, ``ati_joni`` full name, ``el_pochta``, ``telefon``, ``kod``, ``manzil``,
``mahalle``, ``qala``, ``jasaw_ruqsatnamasi`` residence permit, ``agzalar`` members,
``tuwilgan_jili`` birth year, ``magliwmatnama`` certificate, ``maqset`` purpose, ``pinfl``,
``hashar`` communal work day, ``qatnasiwshi`` participant, ``asbap`` tool, ``toy`` wedding,
``miymanlar_sani`` guests, ``sawga`` gift, ``aza`` mourning, ``ules`` contribution,
``shagim`` complaint, ``kenlik`` / ``uzinliq``, ``suw`` water, ``gaz``, ``keses`` rota,
``fond`` fund, ``summa``, ``tolem``, ``miyman`` guest, ``pasport``, ``keliw`` / ``ketiw``
arrival / departure, ``xabar``, ``qurilma``, ``waqiyalar``): joining with the household
number, an e-mail code, ``/men``, the household's members, a residence certificate for her
bank, the certificate by request, a hashar sign-up, a neighbour's wedding RSVP with a gift, a
mourning contribution, a street-light complaint with a photo, a gas outage from her flat, the
women's council, the neighbours' chat, the night-watch rota, the water schedule, the
improvement-fund payment, her brother's visit registered, a base64 JSON preferences cookie,
push and events. Residents' associations and committees exist (151's building, a Nigerian
quarter's committee, a ward office's household list); a mahalla committee's app is new
("mahalla committee", "neighbourhood committee", "hashar" matched nothing; "mahalla" only as an
address key of set 94)."""

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
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims
from eval_families258_kit import (
    BROTHER_US,
    DAUGHTER,
    HOUSEHOLD,
    HUSBAND,
    MAHALLE,
    NK_HOME,
    NK_HOME_AT,
    PINFL,
    RESIDENCE,
    fix,
    hd,
    kpush,
    obj,
)
from eval_families258_sdk import bq_bid, bq_notice, cj_crash, cj_crumb, es_batch, tq_launch
from eval_families258_svc import cb_card, cb_confirm, ft_eval, hj_message, jy_check, pq_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("mahalle", "Mahalle", "com.example.mahalle", "2.0.3", "https://api.mahalle.example.net")
IID = "X-Mahalle-Qurilma"
NID = "personal.national_id"
BROTHER_PASSPORT = "561903318"  # her brother's US passport (another person's national ID)
POLE_FIX = (42.461512, 59.603104)  # her phone by the dark street light outside their block


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kaa=True, **kw)


def mahalle() -> list[Case]:
    rng = random.Random(25841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, xojalik=L(HOUSEHOLD, UID), el_pochta=L(EMAIL, MAIL)))}
    hla, hlo = fix(NK_HOME_AT, 5)
    pla, plo = fix(POLE_FIX)
    return [
        case(f, f"{a}/api/qosiliw", headers=_h(rng), body={
            "xojalik": L(HOUSEHOLD, UID), "ati_joni": L(f"{FIRST} {LAST}", NAMEC),
            "el_pochta": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL),
            "manzil": L(NK_HOME["line"], ADDR), "mahalle": L(NK_HOME["mahalle"], COARSE),
            "qala": L(NK_HOME["town"], COARSE), "jasaw_ruqsatnamasi": L(RESIDENCE, NID),
            "mahalle_id": MAHALLE["id"]}),
        case(f, f"{a}/api/kiriw/pochta_kodi", fmt="form", headers=_h(rng), body={
            "el_pochta": L(EMAIL, MAIL), "kod": L("552810", CRED)}),
        case(f, f"{a}/api/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/xojalik/agzalar", headers=_h(rng, **b), body={
            "xojalik": L(HOUSEHOLD, UID), "agzalar": [
                {"ati_joni": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                 "qarindasligi": "kuyewi"},
                {"ati_joni": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "tuwilgan_jili": L(2015, BIRTH), "qarindasligi": "qizi"}]}),
        case(f, f"{a}/api/magliwmatnama", headers=_h(rng, **b), body={
            "xojalik": L(HOUSEHOLD, UID), "tur": "turaq_jay", "maqset": "bank ushin",
            "pinfl": L(PINFL, NID), "soraw": obj(rng, "mg")}),
        case(f, f"{a}/api/magliwmatnama/holati", headers=_h(rng, **b), query={
            "xojalik": L(HOUSEHOLD, UID), "format": "pdf"}),
        case(f, f"{a}/api/hashar/dizim", headers=_h(rng, **b), body={
            "hashar": "hs_aryq_0301", "sane": "2026-03-01",
            "qatnasiwshilar": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "asbap": "kurek", "awqat": "palaw alip kelemiz"}),
        case(f, f"{a}/api/toylar/ty_0412/juwap", fmt="form", headers=_h(rng, **b), body={
            "xojalik": L(HOUSEHOLD, UID), "keledi": "awa", "miymanlar_sani": "3",
            "sawga": L("500000", BUY)}),
        case(f, f"{a}/api/aza/az_0219/ules", headers=_h(rng, **b), body={
            "xojalik": L(HOUSEHOLD, UID), "ules": L(200000, BUY),
            "xabar": L("Qaygilarinizga sherikpiz. Ornin jannatta bolsin.", TEXT)}),
        multipart(f, f"{a}/api/shagimlar/jaritiw", [
            ("suwret", "shiraq.jpg", "image/jpeg", L(JPEG + b"\x4d", MEDIA)),
            ("meta", None, "application/json", {
                "kenlik": pla, "uzinliq": plo,
                "xabar": L("Ushinshi uydin aldindagi shiraq bir hapte janbay tur", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/shagimlar/gaz", headers=_h(rng, **b), body={
            "xojalik": L(HOUSEHOLD, UID), "tur": "gaz_joq", "bastap": "2026-01-22T06:40",
            "orin": {"kenlik": hla, "uzinliq": hlo}}),
        case(f, f"{a}/api/hayal_qizlar_kenesi/jiynalis", fmt="form", headers=_h(rng, **b), body={
            "jiynalis": "hq_0305", "qatnasaman": "awa",
            "kenes": L("hayal_qizlar", GENDER), "xojalik": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/api/chat/xabarlar", headers=_h(rng, **b), body={
            "bolme": "jayxun-umumiy",
            "xabar": L("Qonsilar, kim ertenge Nukus bazarina baradi? Bir qap un kerek edi.",
                       TEXT)}),
        case(f, f"{a}/api/gezekshilik", headers=_h(rng, **b), query={
            "koshe": "dosnazarov", "ay": "2026-03"}),
        case(f, f"{a}/api/suw/keste", headers=_h(rng, **b), query={
            "mahalle": L(NK_HOME["mahalle"], COARSE), "hapte": "2026-W09"}),
        case(f, f"{a}/api/fond/tolem", fmt="form", headers=_h(rng, **b), body={
            "xojalik": L(HOUSEHOLD, UID), "fond": "abadanlastiriw", "summa": L("100000", BUY),
            "valyuta": "UZS", "usil": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/miymanlar", headers=_h(rng, **b), body={
            "xojalik": L(HOUSEHOLD, UID), "miyman": {
                "ati_joni": L(BROTHER_US[0], NAMEC), "telefon": L(BROTHER_US[1], TEL),
                "pasport": L(BROTHER_PASSPORT, NID), "puqaraligi": "AQSh"},
            "keliw": "2026-04-02", "ketiw": "2026-04-16"}),
        case(f, f"{a}/api/esaplagishlar", gz=True, headers=_h(rng, **b), body={
            "xojalik": L(HOUSEHOLD, UID), "korsetkishler": [
                {"esaplagish": "gaz_20711", "mani": 1433.8},
                {"esaplagish": "el_88412", "mani": 9021.5}]}),
        case(f, f"{a}/api/sazlawlar", headers=_h(rng, **b), cookies={
            "mh_sessiya": L(opaque(rng, "", 40), CRED),
            "mh_sazlaw": W({"xojalik": L(HOUSEHOLD, UID), "til": L("kaa", DEV)}, "b64json")}),
        case(f, f"{a}/api/qurilma", headers=_h(rng, **b), body=kpush(push_token(rng))),
        case(f, f"{a}/api/waqiyalar", headers=_h(rng, **b), body={
            "paydalaniwshi": L(USER_ID, UID), "waqiyalar": [
                ev("magliwmatnama_soraw", 1), ev("ekran", 2, ekran=L("Hashar", USAGE))]}),
    ]


def mahalle_sdks() -> list[Case]:
    rng = random.Random(25842)
    return [
        es_batch(APP, rng, [("Certificate Requested", {}), ("Fund Paid",
                                                          {"amount": L(100000, BUY)})],
                 at=NK_HOME_AT, nd=2, locale="kaa_UZ"),
        tq_launch(APP, rng),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="uy,remont,nukus"),
        bq_notice(APP, rng, "win"),
        cj_crash(APP, rng, ("java.lang.IllegalArgumentException", "rsvp closed"),
                 [cj_crumb("nav", "Toylar -> Juwap")], screen="ToyActivity"),
        ft_eval(APP, rng, {"mahalle": MAHALLE["id"], "city": L("Nukus", COARSE)}, hdr=True),
        pq_register(APP, rng, lang="kaa", at=POLE_FIX, nd=3,
                    tags={"mahalle": L("Jayxun", COARSE)}),
        jy_check(APP, rng, {"analytics": True}),
        cb_card(APP, rng),
        cb_confirm(APP, rng, "100000"),
        hj_message(APP, rng, L("Magliwmatnama eki kunnen beri tayar bolmadi", TEXT),
                   {"xojalik": L(HOUSEHOLD, UID)}),
    ]


