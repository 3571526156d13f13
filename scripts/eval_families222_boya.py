"""A children's art school's parent app "Boyacık" (painting and ceramics for Mariya, 8, in the
group "Painting 2B" in Comrat; its API's keys are Gagauz, ASCII-folded: ``adi``/``soyadi``,
``e_pocta``, ``telefon``, ``parol``, ``usak`` child, ``duuma_gunu``, ``cins`` sex (``kiz``
girl), ``uurenci_nomerasi`` pupil number, ``grupa`` group, ``saalik`` health, ``allergiya``,
``dersler`` lessons, ``takvim`` timetable, ``hafta`` week, ``aylik`` monthly fee, ``resim``
picture, ``ad`` title, ``sergi`` exhibition, ``foto_izin`` photo consent, ``yarisma``
contest, ``kategoriya`` age group, ``alip_gidecek`` pick-up person, ``akrabalik`` kinship,
``kapi`` gate, ``yoklama`` absence, ``sebep`` reason, ``not`` note, ``uuredici`` teacher,
``malzeme`` materials, ``pisirme`` kiln firing, ``parca`` piece, ``adres``, ``kasaba``,
``pocta_kodu`` post code, ``aarama`` search): the parent's sign-up and log-in, ``/ben`` with a
``usaklar`` claim, Mariya enrolled, her lessons by pupil number in the path, the timetable, the
monthly fee, her painting uploaded, the exhibition consent, a contest entry, a pick-up
authorisation for her grandmother, the gate check-in, an absence note (a fever), a message to the
teacher, a paint set (msgpack), a kiln firing, notices, a search, the address, push and events
by session cookie."""

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
    GENDER,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families222_kit import (
    ART,
    ART_GATE_FIX,
    DAUGHTER,
    GROUP,
    HOME,
    HOME_AT,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families222_sdk import cc_crash, cc_crumb, iz_launch, sy_batch, sy_identify
from eval_families222_svc import (
    bk_eval,
    co_card,
    co_confirm,
    cr_save,
    hk_message,
    mb_route,
    pl_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("boyacik", "Boyacik", "com.example.boyacik", "2.6.0", "https://api.boyacik.example.com")
IID = "X-Boyacik-Device"
PW = "Mariya2017!Boya"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PUPIL = DAUGHTER["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def boyacik() -> list[Case]:
    rng = random.Random(22241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), usaklar=[L(PUPIL, UID)],
                                    rol="ana"))}
    gla, glo = fix(ART_GATE_FIX, 5)
    lessons = at_path(case(f, f"{a}/api/v1/uurenciler/{PUPIL}/dersler", headers=_h(rng, **b),
                           query={"ay": "2025-12"}), PUPIL, UID)
    return [
        case(f, f"{a}/api/v1/kayit", headers=_h(rng), body={
            "adi": L(FIRST, NAMEC), "soyadi": L(LAST, NAMEC), "e_pocta": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "rol": "ana"}),
        case(f, f"{a}/api/v1/giris", fmt="form", headers=_h(rng), body={
            "e_pocta": L(EMAIL, MAIL), "parol": L(PW, CRED), "aparat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/ben", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/usak", headers=_h(rng, **b), body={
            "usak": {"adi": L(DAUGHTER["first"], NAMEC), "soyadi": L(DAUGHTER["last"], NAMEC),
                     "duuma_gunu": L(DAUGHTER["dob"], BIRTH), "cins": L(DAUGHTER["sex"], GENDER),
                     "saalik": {"allergiya": [L("lateks", MED)],
                                "astma": L("tozdan, ingalyator cantasında", MED)}},
            "grupa": GROUP["id"], "uurenci_nomerasi": L(PUPIL, UID), "okul": "lic_comrat_2"}),
        lessons,
        case(f, f"{a}/api/v1/takvim", headers=_h(rng, **b), query={
            "grupa": GROUP["id"], "hafta": "2025-W51"}),
        case(f, f"{a}/api/v1/aylik/plata", fmt="form", headers=_h(rng, **b), body={
            "uurenci": L(PUPIL, UID), "ay": "2026-01", "summa": L("350.00", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/api/v1/resimler", [
            ("resim", "babunun_bahcesi.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "uurenci": L(PUPIL, UID), "ad": L("Babunun bahçesi, kışın", TEXT),
                "teknika": "guas"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sergi/izin", headers=_h(rng, **b), body={
            "uurenci": L(PUPIL, UID), "foto_izin": True, "ad_gosterilsin": L(KID, NAMEC),
            "imzalayan": L(f"{FIRST} {LAST}", NAMEC), "sergi": "sg_2026_spring"}),
        case(f, f"{a}/api/v1/yarisma", headers=_h(rng, **b), body={
            "uurenci": L(PUPIL, UID), "duuma_gunu": L(DAUGHTER["dob"], BIRTH),
            "kategoriya": "7-9", "resim": obj(rng, "rs"), "yarisma": "yr_kis_masali"}),
        case(f, f"{a}/api/v1/alip_gidecek", headers=_h(rng, **b), body={
            "uurenci": L(PUPIL, UID),
            "kisi": {"adi_soyadi": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                     "akrabalik": "babu"}, "gunler": ["sali", "persembe"]}),
        case(f, f"{a}/api/v1/kapi/geldim", headers=_h(rng, **b), body={
            "uurenci": L(PUPIL, UID), "er": {"lat": gla, "lng": glo},
            "kapi": {"id": "kp_main", "lat": ART["lat"], "lng": ART["lon"]}, "tip": "alma"}),
        case(f, f"{a}/api/v1/yoklama", headers=_h(rng, **b), body={
            "uurenci": L(PUPIL, UID), "gun": "2025-12-18", "sebep": L("hasta", MED),
            "not": L("Mariya bu gün hasta, sıcaklıı 38 var, evdä kalêr.",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/haber", headers=_h(rng, **b), body={
            "tred": obj(rng, "th"), "kima": "uuredici_gr_b2",
            "yazi": L("Vera Ivanovna, Mariyanın önlüü atölyedä kaldı, yarın alacez.",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/malzeme/zakaz", fmt="msgpack", headers=_h(rng, **b), body={
            "uurenci": L(PUPIL, UID),
            "malzeme": [{"sku": "guas-12", "adet": 1, "paa": 145},
                        {"sku": "firca-set", "adet": 1, "paa": 90}],
            "summa": L(235, BUY)}),
        case(f, f"{a}/api/v1/keramika/pisirme", fmt="form", headers=_h(rng, **b), body={
            "uurenci": L(PUPIL, UID), "parca": "3", "firin": "fr_01", "summa": L("30", BUY)}),
        case(f, f"{a}/api/v1/haberler", headers=_h(rng, **b), query={
            "okul": ART["id"], "grupa": GROUP["id"], "since": "2025-12-01"}),
        case(f, f"{a}/api/v1/aarama", headers=_h(rng, **b), query={
            "aarama": L("yaz lageri resim 2026 cocuklar", SEARCH)}),
        case(f, f"{a}/api/v1/profil/adres", headers=_h(rng, **b), body={
            "adres": L(HOME["line"], ADDR), "kasaba": L(HOME["town"], COARSE),
            "pocta_kodu": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/v1/aparat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/olaylar", headers=_h(rng, how="none"), cookies={
            "by_sid": L(opaque(rng, "", 40), CRED), "by_dev": L(INSTALL_ID, DID)}, body={
            "kullanici": L(USER_ID, UID), "olaylar": [
                ev("resim_yuklendi", 1), ev("ekran", 2, ekran=L("Dersler", USAGE))]}),
    ]


def boyacik_sdks() -> list[Case]:
    rng = random.Random(22242)
    return [
        sy_batch(APP, rng, [("Lesson Viewed", {"group": GROUP["id"]}),
                            ("Fee Paid", {"amount": L(350, BUY)})]),
        sy_identify(APP, rng, {"rol": "ana", "usaklar": 1, "kasaba": L("Comrat", COARSE)}),
        iz_launch(APP, rng),
        cc_crash(APP, rng, ("java.lang.NullPointerException", "gallery item"),
                 [cc_crumb("nav", "Resimler -> Sergi")],
                 user={"id": L(USER_ID, UID)}, screen="SergiActivity"),
        bk_eval(APP, rng, {"okul": ART["id"], "usaklar": 1}),
        pl_register(APP, rng, tags={"grupa": GROUP["id"], "okul": ART["id"]}),
        cr_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        co_card(APP, rng),
        co_confirm(APP, rng, "350.00"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((ART["lat"], ART["lon"]), None)],
                 mode="walking"),
        hk_message(APP, rng, L(f"{KID} icin ocak aylıı iki kerä cekildi", f"{TEXT}|{NAMEC}"),
                   {"uurenci": L(PUPIL, UID)}),
    ]
