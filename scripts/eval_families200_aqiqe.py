"""A newborn's aqiqa and cradle-feast app "Aqiqe" (a mosque community's service: the imam's azan
and naming, the aqiqa sheep, the meat's distribution, the hair-weight sadaqa and the
``boshuk toyi`` cradle feast at a banquet hall; for their daughter Mehriban, born 24 November
2025; the family's religion is what it is for). Uyghur keys in Latin letters: ``bowaq`` baby,
``musulman_ismi`` Muslim name, ``din`` religion, ``mezhep`` school of law, ``mescit`` mosque,
``imam``, ``marasim`` rite, ``qurbanliq`` sacrificial animal, ``qoy`` sheep, ``niyet``
intention, ``gosh_teqsimati`` meat distribution, ``uruq_tughqanlar`` relatives, ``sadiqe``
alms, ``chach_eghirliqi`` hair weight, ``boshuk_toyi`` cradle feast, ``zal`` hall, ``menyu``
menu, ``mehmanlar`` guests, ``teklipname`` invitation, ``dua`` prayer, ``namaz_waqitliri`` prayer
times, ``tughulghan_eghirliq`` / ``tughulghan_boy`` birth weight / length, ``bron`` booking,
with the shared words (``isim``, ``familiye``, ``elxet``, ``yanfon``, ``mexpiy_nomur``, ``eri``,
``tughulghan_kun``, ``jinsi`` (``qiz`` girl), ``summa``, ``buyrutma``, ``uchur``,
``kenglik``/``uzunluq``). Calls: sign-up, log-in, ``/men``, the baby, imams, the azan and naming
booked, the aqiqa sheep ordered and paid, the meat's distribution list, the cradle feast booked,
the guest list (msgpack), the invitation text, the baby's photo, the hair-weight sadaqa, a prayer
request, prayer times near home (2 decimals), a check-in at the mosque, a receipt by cookie, the
order by number in the path, a message to the organiser, sharing with her mother-in-law (base64
JSON in a form field), push and events. Set 137 has a Kurban ait sacrifice share and set 153 a
circumcision feast; "aqiq", "besik" and "boshuk" matched nothing: a birth rite is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
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
from eval_families200_kit import (
    AQIQA,
    BABY,
    BANQUET,
    COUSIN,
    HOME_AT,
    HUSBAND,
    MOSQUE,
    MOSQUE_FIX,
    MOTHER_IL,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families200_sdk import (
    bs_bid,
    cm_crash,
    cm_crumb,
    mr_batch,
    mr_identify,
    td_event,
    td_launch,
)
from eval_families200_svc import cs_check, cy_card, cy_confirm, hc_message, ma_route, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("aqiqe", "Aqiqe", "com.example.aqiqe", "2.2.0", "https://api.aqiqe.example.com")
IID = "X-Aqiqe-Device"
PW = "Mehriban@2511"
REL = SENS
FIT = "health.fitness"
KID = f"{BABY['first']} {BABY['last']}"
FEAST = "BT-25-0772"  # the cradle-feast booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, ug=True, **kw)


def aqiqe() -> list[Case]:
    rng = random.Random(20041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elxet=L(EMAIL, MAIL), mescit=L(MOSQUE["id"], REL)))}
    mla, mlo = fix(MOSQUE_FIX, 4)
    receipt = at_path(case(f, f"{a}/v1/buyrutmilar/{AQIQA}/chek", headers=_h(rng, **b)),
                      AQIQA, BUY)
    return [
        case(f, f"{a}/v1/tizimlitish", headers=_h(rng), body={
            "isim": L(FIRST, NAMEC), "familiye": L(LAST, NAMEC), "elxet": L(EMAIL_MIXED, MAIL),
            "yanfon": L(E164, TEL), "mexpiy_nomur": L(PW, CRED), "din": L("islam", REL),
            "mezhep": L("hanafiy", REL), "mescit": L(MOSQUE["id"], REL),
            "eri": {"isim": L(HUSBAND["name"], NAMEC), "yanfon": L(HUSBAND["phone"], TEL)}}),
        case(f, f"{a}/v1/kirish", fmt="form", headers=_h(rng), body={
            "elxet": L(EMAIL, MAIL), "mexpiy_nomur": L(PW, CRED), "uskune": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bowaq", headers=_h(rng, **b), body={
            "isim": L(BABY["first"], NAMEC), "familiye": L(BABY["last"], NAMEC),
            "musulman_ismi": L("Meryem", f"{REL}|{NAMEC}"),
            "tughulghan_kun": L(BABY["dob"], BIRTH), "jinsi": L(BABY["sex"], GENDER),
            "tughulghan_eghirliq": L(BABY["weight_g"], FIT),
            "tughulghan_boy": L(BABY["length_cm"], FIT)}),
        case(f, f"{a}/v1/imamlar", headers=_h(rng, **b), query={"mescit": MOSQUE["id"]}),
        case(f, f"{a}/v1/marasim/azan", headers=_h(rng, **b), body={
            "marasim": L("azan_we_isim_qoyush", REL), "imam": "im_0217", "mescit": MOSQUE["id"],
            "kun": "2025-12-01", "waqit": "asr_keyin", "bowaq_ismi": L(KID, NAMEC)}),
        case(f, f"{a}/v1/qurbanliq", headers=_h(rng, **b), body={
            "buyrutma": L(AQIQA, BUY), "qoy": 1, "qoy_turi": "edilbay", "baha": L(95000, BUY),
            "soyush_kuni": "2025-12-01",
            "niyet": L("Qizimiz Mehribanning aqiqisi uchun", f"{TEXT}|{REL}|{NAMEC}")}),
        case(f, f"{a}/v1/tolem", fmt="form", headers=_h(rng, **b), body={
            "buyrutma": L(AQIQA, BUY), "summa": L("95000", BUY), "pul_birliki": "KZT",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_axirqi_4": L("4444", PAY)}),
        case(f, f"{a}/v1/gosh_teqsimati", headers=_h(rng, **b), body={
            "buyrutma": L(AQIQA, BUY),
            "uruq_tughqanlar": [L(MOTHER_IL["name"], NAMEC), L(COUSIN[0], NAMEC)],
            "namratlargha": 3, "yetkuzush": "mescit"}),
        case(f, f"{a}/v1/boshuk_toyi", headers=_h(rng, **b), body={
            "zal": BANQUET["id"], "kun": "2025-12-21", "mehman_sani": 60,
            "menyu": ["polu", "laghman", "manta"], "bron": L(FEAST, BUY),
            "summa": L(720000, BUY), "marasim": L("boshuk_toyi", REL)}),
        case(f, f"{a}/v1/mehmanlar", fmt="msgpack", headers=_h(rng, **b), body={
            "bron": L(FEAST, BUY), "mehmanlar": [
                {"isim": L(MOTHER_IL["name"], NAMEC), "yanfon": L(MOTHER_IL["phone"], TEL)},
                {"isim": L(COUSIN[0], NAMEC), "yanfon": L(COUSIN[1], TEL)},
                {"isim": L(SISTER_US[0], NAMEC), "yanfon": L(SISTER_US[1], TEL)}]}),
        case(f, f"{a}/v1/teklipname", headers=_h(rng, **b), body={
            "bron": L(FEAST, BUY), "shablon": "tpl_boshuk_03",
            "tekst": L("Qizimiz Mehriban Sabitova 24-noyabr 2025-yili dunyagha keldi, "
                       "boshuk toyigha teklip qilimiz", f"{TEXT}|{NAMEC}|{BIRTH}")}),
        multipart(f, f"{a}/v1/bowaq/resim", [
            ("resim", "mehriban_7kun.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"albom": "boshuk_toyi", "kun": 7})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sadiqe", fmt="form", headers=_h(rng, **b), body={
            "chach_eghirliqi": "0.9", "kumush_bahasi": "1250", "summa": L("12000", BUY),
            "maqsat": L("aqiqe_sadiqisi", REL), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/dua", headers=_h(rng, **b), body={
            "dua": L("Qizimiz saq-salamet chong bolsun, imam hezretliri dua qilip qoysa",
                     f"{TEXT}|{REL}"), "korunush": "imam"}),
        case(f, f"{a}/v1/namaz_waqitliri", headers=_h(rng, **b), query={
            "kenglik": L(f"{HOME_AT[0]:.2f}", COARSE), "uzunluq": L(f"{HOME_AT[1]:.2f}", COARSE),
            "mezhep": L("hanafiy", REL)}),
        case(f, f"{a}/v1/kirish_belgisi", headers=_h(rng, **b), body={
            "marasim": L("azan_we_isim_qoyush", REL), "orun": {"kenglik": mla, "uzunluq": mlo},
            "mescit": {"kenglik": MOSQUE["lat"], "uzunluq": MOSQUE["lon"]}}),
        case(f, f"{a}/v1/hesab", headers=_h(rng, how="none"), cookies={
            "aq_sessiye": L(opaque(rng, "", 40), CRED), "aq_uskune": L(INSTALL_ID, DID),
            "aq_req": rid(rng)}),
        receipt,
        case(f, f"{a}/v1/uchur", headers=_h(rng, **b), body={
            "tapshuruwalghuchi": "teshkilatchi", "buyrutma": obj(rng, "th"),
            "uchur": L(f"Qoyni {COUSIN[0]} alidu, telefoni {COUSIN[1]}",
                       f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/ortaqlash", fmt="form", headers=_h(rng, **b), body={
            "data": W({"isim": L(MOTHER_IL["name"], NAMEC), "yanfon": L(MOTHER_IL["phone"], TEL),
                       "bron": L(FEAST, BUY)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/uskune", headers=_h(rng, **b), body=push(push_token(rng), "ug_KZ")),
        case(f, f"{a}/v1/hadisiler", headers=_h(rng, **b), body={
            "ishletkuchi": L(USER_ID, UID), "hadisiler": [
                ev("qurbanliq_buyrutma", 1), ev("ekran", 2, ekran=L("BoshukToyi", USAGE))]}),
    ]


def aqiqe_sdks() -> list[Case]:
    rng = random.Random(20042)
    return [
        mr_batch(APP, rng, [("Sheep Ordered", {"total": L(95000, BUY)}),
                            ("Feast Booked", {"guests": 60})], at=MOSQUE_FIX, nd=2,
                 locale="ug_KZ"),
        mr_identify(APP, rng, {"din": L("islam", REL), "balilar": 2,
                               "sheher": L("Almaty", COARSE)}),
        td_launch(APP, rng, first=True, user=True),
        td_event(APP, rng, "purchase", {"buyrutma": L(AQIQA, BUY)}, revenue=95000.0,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="baby,family,celebration"),
        cm_crash(APP, rng, ("java.lang.NullPointerException", "guest row"),
                 [cm_crumb("nav", "Toy -> Mehmanlar")], screen="GuestsActivity"),
        pl_register(APP, rng, lang="ug", tags={"mescit": L(MOSQUE["id"], REL)}),
        cs_check(APP, rng, {"analytics": True, "marketing": False}),
        cy_card(APP, rng, email=True),
        cy_confirm(APP, rng, "95000"),
        ma_route(APP, rng, [(HOME_AT, PRECISE), ((BANQUET["lat"], BANQUET["lon"]), None)]),
        hc_message(APP, rng, L(f"Bron {FEAST} ning chekini ewetip beringlar", f"{TEXT}|{BUY}"),
                   {"bron": L(FEAST, BUY)}),
    ]
