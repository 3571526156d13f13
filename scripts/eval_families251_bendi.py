"""Bendi (horse-cart) ride app "Bendikito" of Bukittinggi (the bendi drivers' association's app:
a rider books a cart from the stand by the market to a house, a landmark or the market). Its
API's keys are Minangkabau as a Bukittinggi developer writes them (ASCII, Minang vowel forms):
``namo_dapan`` first name, ``namo_balakang`` last name, ``talipon`` phone, ``kato_sandi``
password, ``tanggal_lahia`` birth date, ``koto`` town, ``bahaso`` language, ``ambo`` me,
``pangkalan`` stand, ``lintang``/``bujua`` latitude/longitude, ``tampek_jampuik`` pick-up
place, ``alamaik_jampuik`` pick-up address, ``tujuan`` destination, ``naiak`` ride, ``ongkos``
fare, ``bayia`` payment, ``panumpang`` passengers, ``umua`` age, ``kusia`` driver, ``kudo`` horse,
``pasan`` message, ``nilai`` rating, ``kato`` remark, ``cari`` search, ``jadwal`` schedule,
``mintuo`` parent-in-law, ``barang_tatinggal`` lost item, ``antrian`` queue, ``posisi``
position, ``parangkek`` device, ``kajadian`` events: sign-up, an SMS code, log-in, ``/ambo``,
stands near the mother-in-law's house, a fare estimate, a ride booked, a protobuf position beat,
the driver's card, a message to the driver, the payment, a rating, a search, a weekly ride for
her mother-in-law to the market, the receipt by ride code in the path, a msgpack offline queue, a
lost umbrella, a report about a lame horse, push, events, a preferences cookie and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families251_kit import (
    BENDI_STAND,
    JAM_GADANG,
    KUSIA,
    MIL_AT,
    MIL_HOME,
    MOTHER_IL,
    RIDE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families251_sdk import (
    bs_bid,
    bs_notice,
    cm_crash,
    cm_crumb,
    mk_batch,
    mk_identify,
    tg_event,
    tg_launch,
)
from eval_families251_svc import cr_card, cr_confirm, mp_reverse, mp_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("bendikito", "Bendikito", "com.example.bendikito", "1.8.2",
          "https://api.bendikito.example.com")
IID = "X-Bendi-Parangkek"
PW = "JamGadang!2025"
RIDE = "BK-251207-3318"  # her ride booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bendikito() -> list[Case]:
    rng = random.Random(25101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), talipon=L(E164, TEL)))}
    mla, mlo = fix(MIL_AT, 6)
    lab: dict[str, str] = {}
    beat = pb([(1, RIDE), (2, 1765102200),
               (3, [(1, L(RIDE_FIX[0], PRECISE)), (2, L(RIDE_FIX[1], PRECISE)), (3, 9.0)]),
               (4, L(63, DEV))], "", lab)
    struk = at_path(case(f, f"{a}/v1/naiak/{RIDE}/struk", headers=_h(rng, **b)), RIDE, BUY)
    return [
        case(f, f"{a}/v1/daftar", headers=_h(rng), body={
            "namo_dapan": L(FIRST, NAMEC), "namo_balakang": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "talipon": L(E164, TEL), "kato_sandi": L(PW, CRED),
            "tanggal_lahia": L(DOB, BIRTH), "koto": L("Padang", COARSE),
            "bahaso": L("en", DEV), "setuju": True}),
        case(f, f"{a}/v1/daftar/verifikasi", fmt="form", headers=_h(rng), body={
            "talipon": L(E164, TEL), "kode": L("318406", CRED)}),
        case(f, f"{a}/v1/masuak", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kato_sandi": L(PW, CRED), "ingek_ambo": "1"}),
        case(f, f"{a}/v1/ambo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pangkalan/dakek", headers=_h(rng, **b), query={
            "lintang": L(f"{MIL_AT[0]:.3f}", PRECISE), "bujua": L(f"{MIL_AT[1]:.3f}", PRECISE),
            "radius_km": "2"}),
        case(f, f"{a}/v1/ongkos", headers=_h(rng, **b), query={
            "dari": L(f"{MIL_AT[0]:.5f},{MIL_AT[1]:.5f}", PRECISE), "ka": "Pasa Ateh",
            "panumpang": "3"}),
        case(f, f"{a}/v1/naiak", headers=_h(rng, **b), body={
            "pangkalan": BENDI_STAND["id"],
            "tampek_jampuik": {"lintang": mla, "bujua": mlo, "akurasi": 7},
            "alamaik_jampuik": L(MIL_HOME["line"], ADDR), "tujuan": "Pasa Ateh",
            "tujuan_titik": {"lintang": BENDI_STAND["lat"], "bujua": BENDI_STAND["lon"]},
            "panumpang": [{"umua": L(34, BIRTH)}, {"umua": L(8, BIRTH)}, {"jumlah": 1}],
            "naiak": L(RIDE, BUY), "ongkos": L(50000, BUY), "mato_uang": "IDR"}),
        raw(f, f"{a}/v1/naiak/posisi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kusia/{KUSIA['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/pasan", headers=_h(rng, **b), body={
            "naiak": L(RIDE, BUY), "ka": KUSIA["id"],
            "pasan": L("Pak, ambo di muko rumah nan bapaga ijau, ado anak ketek ciek", TEXT)}),
        case(f, f"{a}/v1/bayia", fmt="form", headers=_h(rng, **b), body={
            "naiak": L(RIDE, BUY), "ongkos": L("50000", BUY), "tip": L("10000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "kartu_4_akhia": L("4444", PAY)}),
        case(f, f"{a}/v1/nilai", fmt="form", headers=_h(rng, **b), body={
            "naiak": RIDE, "kusia": KUSIA["id"], "bintang": "5",
            "kato": L("Kudonyo rancak, Pak Udin ramah bana. Anak ambo sanang!", TEXT)}),
        case(f, f"{a}/v1/cari", headers=_h(rng, **b), query={
            "cari": L("bendi ka Panorama Ngarai Sianok sore", SEARCH), "laman": "1"}),
        case(f, f"{a}/v1/jadwal", headers=_h(rng, **b), body={
            "ulang": "tiok_minggu", "hari": "minggu", "jam": "07:00",
            "panumpang_utamo": {"namo": L(MOTHER_IL[0], NAMEC), "talipon": L(MOTHER_IL[1], TEL),
                                "hubungan": "mintuo"},
            "alamaik_jampuik": L(MIL_HOME["line"], ADDR), "tujuan": "Pasa Ateh",
            "ongkos": L(35000, BUY)}),
        struk,
        case(f, f"{a}/v1/antrian", fmt="msgpack", headers=_h(rng, **b), body={
            "pamakai": L(USER_ID, UID), "naiak": RIDE,
            "posisi": [{"lintang": L(round(RIDE_FIX[0] + 0.0004 * i, 6), PRECISE),
                        "bujua": L(round(RIDE_FIX[1] + 0.0003 * i, 6), PRECISE),
                        "wakatu": 1765102260 + 60 * i} for i in range(3)],
            "jam_gadang": {"lintang": JAM_GADANG[0], "bujua": JAM_GADANG[1]}}),
        case(f, f"{a}/v1/barang_tatinggal", headers=_h(rng, **b), body={
            "naiak": L(RIDE, BUY),
            "kato": L("Payuang biru anak ambo tatinggal di bendi, di bawah kurisi", TEXT),
            "hubungi": L(E164, TEL)}),
        case(f, f"{a}/v1/lapor/kudo", headers=_h(rng, **b), body={
            "kusia": KUSIA["id"], "kudo": KUSIA["horse"],
            "kato": L("The horse was limping on the climb to Panorama, please check it", TEXT)}),
        case(f, f"{a}/v1/parangkek", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kajadian", gz=True, headers=_h(rng, **b), body={
            "pamakai": L(USER_ID, UID), "kajadian": [
                ev("naiak_dipasan", 1, ongkos=L(50000, BUY)), ev("bayia", 2),
                ev("layar", 3, layar=L("PetaNaiak", USAGE))]}),
        case(f, f"{a}/v1/promo", headers=_h(rng, how="none"), cookies={
            "bk_sesi": L(opaque(rng, "", 40), CRED), "bk_parangkek": L(INSTALL_ID, DID),
            "bk_pref": W({"bahaso": L("en", DEV), "koto": L("Bukittinggi", COARSE),
                          "kusia_favorit": KUSIA["id"]}, "b64json")}),
        case(f, f"{a}/v1/kaluar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "parangkek": L(INSTALL_ID, DID),
            "req": rid(rng), "naiak_terakhir": obj(rng, "nk")}),
    ]


def bendikito_sdks() -> list[Case]:
    rng = random.Random(25102)
    return [
        mk_batch(APP, rng, [("Ride Booked", {"fare": L(50000, BUY), "stand": BENDI_STAND["id"]}),
                            ("Ride Rated", {"stars": 5})], at=MIL_AT, nd=2),
        mk_identify(APP, rng, {"koto": L("Bukittinggi", COARSE), "rides": 4,
                               "email": L(EMAIL, MAIL)}),
        tg_launch(APP, rng, first=True),
        tg_event(APP, rng, "purchase", {"naiak": L(RIDE, BUY)}, revenue=50000.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RIDE_FIX, nd=3,
               keywords="bukittinggi,wisata,kuliner"),
        bs_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [cm_crumb("nav", "Naiak -> Peta"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/v1/naiak", "status": 201})],
                 screen="PetaActivity"),
        pg_register(APP, rng, at=MIL_AT, nd=2, tags={"koto": L("Bukittinggi", COARSE)}),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "60000"),
        mp_reverse(APP, rng, MIL_AT, PRECISE, nd=5),
        mp_route(APP, rng, [(MIL_AT, PRECISE), (JAM_GADANG, None)], mode="driving"),
    ]
