"""A coffee-cup fortune-reading app "Fincan" (she photographs her Turkish-coffee cup and saucer
and a reader sends back a reading; its API's keys are Zazaki, ASCII-folded, with English
``token``/``id``: ``name`` first name, ``nameyo_veng`` nickname, ``e_poste`` e-mail, ``parola``
password, ``tarixe_biyayisi`` birth date, ``burc`` star sign, ``cinsiyet`` sex, ``hale_zewaci``
marital status, ``kar`` work, ``fincan`` cup, ``tabaq`` saucer, ``pers`` question, ``waste``
wish, ``hewn`` dream, ``falci`` reader, ``krediye`` credits, ``qimet`` price, ``hediye`` gift,
``ki_ra`` to whom, ``puan`` rating, ``fikir`` remark, ``deng`` voice, ``cigerayis`` search):
sign-up, a log-in, ``/mi``, her birth data for the star sign, three cup photos, her question,
a dream to be read, a voice question, readers listed, credits bought, a gift of credits to her
sister, the reading by number in the path, a rating, a base64 JSON preferences cookie, a search,
the daily horoscope, an offline queue of reads (JSON Lines), push and events. New kind (a
file-name and docstring grep for "coffee cup", "tasseograph" and "fortune" found only set 216's
feng-shui consultant)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families290_kit import FAL_ACCOUNT, HOME_AT, SISTER_US, hd, obj, push
from eval_families290_sdk import (
    bf_bid,
    bf_notice,
    mc_batch,
    mc_identify,
    mc_pixel,
    tn_event,
    tn_link,
)
from eval_families290_svc import cl_card, cl_confirm, cy_save, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("fincan", "Fincan", "com.example.fincan", "5.6.0", "https://api.fincan.example.com")
IID = "X-Fincan-Cihaz"
PW = "Qehwe&Fal91"
READ = "FR-2026-558120"  # her reading order (financial.purchase: credits spent)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tr=True, **kw)


def fincan() -> list[Case]:
    rng = random.Random(29051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_poste=L(EMAIL, MAIL), karber=L(FAL_ACCOUNT, UID)))}
    reading = at_path(case(f, f"{a}/v3/fal/{READ}", headers=_h(rng, **b)), READ, BUY)
    cup = obj(rng, "cup")
    return [
        case(f, f"{a}/v3/qeyd", headers=_h(rng), body={
            "name": L(FIRST, NAMEC), "nameyo_veng": "MunzurJane", "e_poste": L(EMAIL, MAIL),
            "parola": L(PW, CRED), "tarixe_biyayisi": L("1991-05-17", BIRTH),
            "cinsiyet": L("ceniye", GENDER), "hale_zewaci": "zewicyaye",
            "karber": L(FAL_ACCOUNT, UID)}),
        case(f, f"{a}/v3/cikewtis", fmt="form", headers=_h(rng), body={
            "e_poste": L(EMAIL_UPPER, MAIL), "parola": L(PW, CRED)}),
        case(f, f"{a}/v3/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/burc", headers=_h(rng, **b), body={
            "tarixe_biyayisi": L("17.05.1991", BIRTH), "saeta_biyayisi": L("06:40", BIRTH),
            "suka_biyayisi": "Columbus", "burc": L("ga", BIRTH)}),
        multipart(f, f"{a}/v3/fincan/{cup}/resim", [
            ("fincan_1", "fincan_ver.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("fincan_2", "fincan_pey.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("tabaq", "tabaq.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"fincan": cup, "falci": "fc_0091"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/fal", headers=_h(rng, **b), body={
            "fal": L(READ, BUY), "fincan": cup, "falci": "fc_0091", "krediye": L(45, BUY),
            "pers": L("Kar de newe yew ca ra mi ser yeno? Merdê mı Hidir Aslantepe serra newe de "
                      "Istanbul ra sono?", f"{TEXT}|{NAMEC}"),
            "waste": L("Keye ma Pulur de virazime", TEXT), "kar": "mamoste_ingilizki"}),
        case(f, f"{a}/v3/hewn", headers=_h(rng, **b), body={
            "hewn": L("Hewna mı de ez Munzur de asnaw kena u yew masa zerd gireta", TEXT),
            "falci": "fc_0114", "krediye": L(20, BUY)}),
        multipart(f, f"{a}/v3/pers/deng", [
            ("deng", "pers.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"fal": L(READ, BUY), "derg_s": 18})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/falciyan", headers=_h(rng, **b), query={
            "ziwan": "tr", "puan_min": "4.5", "online": "e"}),
        case(f, f"{a}/v3/krediye/herinayis", fmt="form", headers=_h(rng, **b), body={
            "paket": "krd_200", "krediye": "200", "qimet": L("249.99", BUY), "para": "TRY",
            "metod": L(opaque(rng, "pm_", 24), PAY), "makbuz": opaque(rng, "GPA.", 20)}),
        case(f, f"{a}/v3/hediye", headers=_h(rng, **b), body={
            "ki_ra": {"name": L(SISTER_US[0], NAMEC), "e_poste": L(SISTER_US[2], MAIL)},
            "krediye": L(50, BUY),
            "nuste": L("Emily, fincanê xo qehwe de bisimi u resim bisawe!", TEXT)}),
        reading,
        case(f, f"{a}/v3/puan", fmt="form", headers=_h(rng, **b), body={
            "fal": READ, "puan": "5",
            "fikir": L("Falci raste va, mı kar gırewt!", TEXT)}),
        case(f, f"{a}/v3/tercihan", headers=_h(rng, how="none"), cookies={
            "fc_sid": L(opaque(rng, "", 40), CRED),
            "fc_pref": W({"karber": L(FAL_ACCOUNT, UID), "ziwan": L("tr", DEV),
                          "burc": L("ga", BIRTH)}, "b64json")}),
        case(f, f"{a}/v3/cigerayis", headers=_h(rng, **b), query={
            "cigerayis": L("falci ask fali ucuz", SEARCH)}),
        case(f, f"{a}/v3/burc/roje", headers=_h(rng, **b), query={
            "burc": L("ga", BIRTH), "roje": "2026-03-02"}),
        lines(f, f"{a}/v3/wendis/sync", [
            {"fal": L(READ, BUY), "wend": True, "t": 1772450000},
            {"fal": "FR-2026-549001", "wend": True, "t": 1772450060,
             "karber": L(FAL_ACCOUNT, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v3/cihaz", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "cihaz_id": L(INSTALL_ID, DID),
            "ziwan": L("tr", DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/v3/hedise", gz=True, headers=_h(rng, **b), body={
            "karber": L(USER_ID, UID), "oturum": rid(rng), "hedise": [
                ev("fincan_ame_sawitis", 1), ev("ekran", 2, ekran=L("FalWendis", USAGE))]}),
        case(f, f"{a}/v3/vejiyayis", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "cihaz": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/cihaz/push", headers=_h(rng, **b), body=push(push_token(rng), "tr_TR")),
    ]


def fincan_sdks() -> list[Case]:
    rng = random.Random(29052)
    link = U("https://fincan.example.com/f", {"fal": L(READ, BUY), "src": "push",
                                              "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Cup Uploaded", {"photos": 3}),
                            ("Credits Bought", {"amount": L(249.99, BUY)})],
                 at=HOME_AT, nd=2, locale="tr_TR"),
        mc_identify(APP, rng, {"burc": L("ga", BIRTH), "karber": L(FAL_ACCOUNT, UID),
                               "gender": L("female", GENDER)}),
        mc_pixel(APP, rng, "Horoscope Opened", {"sign": L("taurus", BIRTH)}),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"paket": "krd_200"}, revenue=249.99, hashed=True),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, yob=1991, gender="F",
               keywords="horoscope,fortune,coffee"),
        bf_notice(APP, rng, "win"),
        pt_register(APP, rng, lang="tr", tags={"burc": L("ga", BIRTH), "fal": "kahve"}),
        cy_save(APP, rng, {"analytics": True, "marketing": True, "personalisation": True}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "249.99"),
        hs_message(APP, rng, L(f"Falê mı {READ} hema nêame, krediye sona", f"{TEXT}|{BUY}"),
                   {"karber": L(FAL_ACCOUNT, UID)}),
    ]
