"""A Souss zawiya's app "Lwird" (the litany: the zawiya of Sidi Bou Meghdal (fictional) in the
Taroudant medina; she embraced Islam before her marriage and joined its women's circle). Its
API's keys are Tachelhit with the Arabic religious words Soussis use: ``ism`` first name,
``nnsb`` family name, ``nnmra`` phone, ``awal_n_uzray`` password, ``tarikh_n_tlalit`` birth
date, ``ism_n_lislam`` her Muslim name, ``chhada`` the declaration of faith (its date and
certificate), ``lmadhab`` school of law, ``tariqa`` order, ``lhalqa`` circle, ``lwird``
litany, ``tazallit`` prayer, ``lmusem`` the yearly moussem, ``ssadaqa`` alms, ``zzakat`` alms
tax, ``lziyara`` offering at the shrine, ``ddu3a`` supplication, ``tighri`` lesson,
``tamqddmt`` the women's leader, ``argaz`` husband, ``iwi`` my son, ``imikk`` a little,
``lblasa`` seat, ``iqariden`` amount, ``adgar`` place, ``lmsaj`` message, ``tswira`` photo,
``tamurit`` member, ``nkki`` me, ``aruku`` device, ``tigawin`` events. Calls: registration,
an OAuth password grant, ``/nkki``, the circle's schedule, joining the Thursday dhikr, an
attendance with her fix (4 decimals), prayer times near home (2 decimals), Quran lessons for
new Muslims, alms, zakat al-fitr, moussem seats for the family, a supplication request naming
her father-in-law's illness, an offering (msgpack), a moussem photo, a message to the circle's
leader, the iftar rota, the chhada certificate (PDF), the register entry by number in the path,
a receipt by cookie, push and events. Close kinds: set 165's marabout consultation (a "dhikr"
hit) and the many mosque apps; Lwird is a zawiya's own circle and moussem, with a convert's
certificate."""

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
    JPEG,
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families254_kit import (
    HOME_AT,
    HUSBAND,
    MURIDA,
    SON,
    ZAWIYA,
    ZAWIYA_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families254_sdk import ck_crash, ck_crumb, mg_batch, mg_identify, mg_pixel, ta_event
from eval_families254_svc import ca_save, ht_message, mb_route, pg_register, pq_card, pq_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lwird", "Lwird", "com.example.lwird", "2.3.5", "https://api.lwird.example.net")
IID = "X-Lwird-Device"
PW = "Taroudant@Lwird25"
REL = SENS
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lwird() -> list[Case]:
    rng = random.Random(25421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tamurit=L(MURIDA, UID),
                                    tariqa=L("nasiriya", REL)))}
    zla, zlo = fix(ZAWIYA_FIX, 4)
    reg = at_path(case(f, f"{a}/v1/timuray/{MURIDA}", headers=_h(rng, **b)), MURIDA, UID)
    kid = f"{SON['first']} {SON['last']}"
    return [
        case(f, f"{a}/v1/tirra", headers=_h(rng), body={
            "ism": L(FIRST, NAMEC), "nnsb": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nnmra": L(E164, TEL), "awal_n_uzray": L(PW, CRED), "tarikh_n_tlalit": L(DOB, BIRTH),
            "ism_n_lislam": L("Khadija", REL), "chhada": L("2019-04-12", REL),
            "lmadhab": L("maliki", REL), "tariqa": L("nasiriya", REL),
            "zawiya": L(ZAWIYA["id"], REL), "argaz": L(HUSBAND[0], NAMEC),
            "tamurit": L(MURIDA, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "lwird-android"}),
        case(f, f"{a}/v1/nkki", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lhalqa/lwqt", headers=_h(rng, **b), query={
            "zawiya": L(ZAWIYA["id"], REL), "tawtmin": "1", "imalass": "2026-W05"}),
        case(f, f"{a}/v1/lhalqa/kchm", fmt="form", headers=_h(rng, **b), body={
            "lhalqa": L("dhikr_lkhmis_tawtmin", REL), "tamurit": L(MURIDA, UID),
            "tamqddmt": "mq_zahra"}),
        case(f, f"{a}/v1/lhudur", headers=_h(rng, **b), body={
            "lhalqa": L("dhikr_lkhmis_tawtmin", REL), "ass": "2026-01-29",
            "adgar": {"lat": zla, "lng": zlo},
            "adgar_n_zawiya": {"lat": ZAWIYA["lat"], "lng": ZAWIYA["lon"]},
            "lwird": L("lwird_nnasiri_sbah", REL)}),
        case(f, f"{a}/v1/tazallit/lwqat", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE),
            "lmadhab": L("maliki", REL), "ayyur": "2026-02"}),
        case(f, f"{a}/v1/tighri/lquran", headers=_h(rng, **b), body={
            "tamurit": L(MURIDA, UID), "tasna": L("imslmn_imaynutn", REL),
            "suwar": [L("al-fatiha", REL), L("al-ikhlas", REL)], "tutlayt": "en"}),
        case(f, f"{a}/v1/ssadaqa", fmt="form", headers=_h(rng, **b), body={
            "lmqsd": L("ftur_n_rmdan", REL), "iqariden": L("200", BUY), "tadrimt": "MAD",
            "tarrayt": L(opaque(rng, "pm_", 24), PAY), "bla_ism": "0"}),
        case(f, f"{a}/v1/zzakat", headers=_h(rng, **b), body={
            "nnw3": L("zakat_lfitr", REL), "imdanen": 3, "iqariden": L(75, BUY),
            "tamurit": L(MURIDA, UID)}),
        case(f, f"{a}/v1/lmusem/lblasat", headers=_h(rng, **b), body={
            "lmusem": L("musem_sidi_bou_meghdal_2026", REL), "lblasat": 3,
            "imsafarn": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(kid, NAMEC)],
            "iqariden": L(120, BUY), "asiwd": "Bab Lkhmis"}),
        case(f, f"{a}/v1/ddu3a", headers=_h(rng, **b), body={
            "lmsaj": L("Ddu3a i baba n Brahim, Lhaj Mbark Oubaha, ikka imikk g sbitar s ul",
                       f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "tamqddmt_ghas": True}),
        case(f, f"{a}/v1/lziyara", fmt="msgpack", headers=_h(rng, **b), body={
            "zawiya": L(ZAWIYA["id"], REL),
            "tiwssa": [{"ism": "skkar", "ddrt": 2}, {"ism": "chmma3", "ddrt": 6}],
            "iqariden": L(80, BUY), "niyya": L("i tagant n iwi", f"{TEXT}|{REL}")}),
        multipart(f, f"{a}/v1/tiswirin", [
            ("tswira", "musem_2025.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "album": "musem-2025",
                "awal": L("Lmusem d Anir d Brahim, lhamdu lillah", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lmsaj", headers=_h(rng, **b), body={
            "i": "mq_zahra",
            "lmsaj": L("Lalla Zahra, tzmmr Hajja Fatima Ait Bella (+212667310924) ad d tasi "
                       "lhalqa n lkhmis?", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/rmdan/ftur", headers=_h(rng, **b), query={
            "tamurit": L(MURIDA, UID), "lmqsd": L("ftur_n_rmdan", REL), "ass": "2026-02-20"}),
        multipart(f, f"{a}/v1/chhada", [
            ("chhada", "chhada_2019.pdf", "application/pdf", L(PDF, f"{MEDIA}|{REL}")),
            ("meta", None, "application/json", {"tamurit": L(MURIDA, UID),
                                                "ass": L("2019-04-12", REL)})],
            headers=_h(rng, **b)),
        reg,
        case(f, f"{a}/v1/lwasl/latest", headers=_h(rng, how="none"), cookies={
            "lw_sess": L(opaque(rng, "", 40), CRED), "lw_dev": L(INSTALL_ID, DID),
            "lw_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tigawin", gz=True, headers=_h(rng, **b), body={
            "amsqdac": L(USER_ID, UID), "tigawin": [
                ev("lwird_read", 1, lwird=L("sbah", REL)),
                ev("agdil", 2, agdil=L("Lhalqa", USAGE)),
                ev("ssadaqa", 3, lmqsd=L("ftur_n_rmdan", REL))]}),
        case(f, f"{a}/v1/lhudur/{obj(rng, 'hd')}/tamqddmt", headers=_h(rng, **b)),
    ]


def lwird_sdks() -> list[Case]:
    rng = random.Random(25422)
    return [
        mg_batch(APP, rng, [("Circle Joined", {"circle": L("dhikr_lkhmis", REL)}),
                            ("Alms Given", {"amount": L(200, BUY)})], at=ZAWIYA_FIX, nd=2),
        mg_identify(APP, rng, {"tariqa": L("nasiriya", REL), "tamurit": L(MURIDA, UID),
                               "tamdint": L("Taroudant", COARSE)}),
        mg_pixel(APP, rng, "Wird Opened", {"ass": "2026-01-30"}),
        ta_event(APP, rng, "donation", {"lmqsd": L("ftur_n_rmdan", REL)}, revenue=200.0,
                 currency="MAD"),
        ck_crash(APP, rng, ("java.lang.ArithmeticException", "prayer table"),
                 [ck_crumb("nav", "Home -> Tazallit"), ck_crumb("tap", "next_month")],
                 screen="TazallitActivity"),
        pg_register(APP, rng, lang="ar", at=HOME_AT, nd=2,
                    tags={"tariqa": L("nasiriya", REL), "lhalqa": L("tawtmin", REL)}),
        ca_save(APP, rng, {"analytics": True, "marketing": False}),
        pq_card(APP, rng, email=True),
        pq_confirm(APP, rng, "200"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((ZAWIYA["lat"], ZAWIYA["lon"]), None)],
                 mode="walking"),
        ht_message(APP, rng, L("Lwasl n ssadaqa n ftur ur d ilkim", f"{TEXT}|{REL}"),
                   {"tamurit": L(MURIDA, UID)}),
    ]
