"""A Limboto mosque's Walima and jamaah app "Tolangga" (the Maulid festival of Gorontalo, when each
family carries a tolangga, a tower of kolombengi cakes, to the mosque after the night of dikili;
its API's keys are Gorontalo with Arabic and Indonesian loans: ``tanggulo`` name, ``fam`` family
name, ``surel`` e-mail, ``nomoro_hp`` mobile number, ``sandi`` password, ``dulahu_lahiri`` birth
date, ``alamati`` address, ``kelurahani`` ward, ``lipu`` town, ``agama`` religion, ``tihi``
mosque, ``jamaah`` register number, ``ngalaa`` family, ``walao`` child, ``doi`` amount,
``sadaka`` alms, ``zakati`` zakat, ``dikili`` the night of praise, ``huhuloa`` seats,
``huyula`` shared work, ``loiya`` message, ``dulahu`` day, ``hui`` night, ``tawunu`` year,
``lulahu`` search): registration, log-in, ``/akun``, the Walima schedule, the family's tolangga
pledge, a procession slot, the dikili attendance with her fix, alms, zakat fitrah, the jamaah
history by number in the path, Aisyah's Qur'an class, a tolangga photo, a message to the imam,
the cooking roster, prayer times at her house, a tasbih counter (msgpack), an invitation to her
sister, a receipt by cookie, push, events and a log-out."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families286_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    JAMAAH,
    MOSQUE,
    MOSQUE_FIX,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families286_sdk import (
    bb_bid,
    bb_notice,
    cr_crash,
    cr_crumb,
    hg_batch,
    hg_identify,
    hg_pixel,
    jb_event,
)
from eval_families286_svc import by_card, by_confirm, hw_message, mt_route, ps_register, st_save
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tolangga", "Tolangga", "com.example.tolangga", "2.3.1",
          "https://api.tolangga.example.org")
IID = "X-Tolangga-Perangkat"
PW = "Kolombengi#Limutu7"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tolangga() -> list[Case]:
    rng = random.Random(28611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, surel=L(EMAIL, MAIL), jamaah=L(JAMAAH, UID),
                                    tihi=L(MOSQUE["id"], REL)))}
    mla, mlo = fix(MOSQUE_FIX, 4)
    hist = at_path(case(f, f"{a}/api/v1/jamaah/{JAMAAH}/riwayat", headers=_h(rng, **b),
                        query={"tawunu": "1447"}), JAMAAH, UID)
    count = {"jamaah": L(JAMAAH, UID), "dikili": L("salawat", REL), "hitungan": 99,
             "putaran": 3, "dulahu": "2025-09-03"}
    return [
        case(f, f"{a}/api/v1/daftar", headers=_h(rng), body={
            "tanggulo": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "surel": L(EMAIL, MAIL),
            "nomoro_hp": L(E164, TEL), "sandi": L(PW, CRED), "dulahu_lahiri": L(DOB, BIRTH),
            "alamati": L(HOME["line"], ADDR), "kelurahani": L(HOME["kel"], COARSE),
            "lipu": L(HOME["town"], COARSE), "agama": L("Islam", REL),
            "tihi": L(MOSQUE["id"], REL), "jamaah": L(JAMAAH, UID),
            "ngalaa": [{"tanggulo": L(HUSBAND[0], NAMEC), "nomoro_hp": L(HUSBAND[1], TEL)},
                       {"tanggulo": L(KID, NAMEC), "walao": True}]}),
        case(f, f"{a}/api/v1/masuk", fmt="form", headers=_h(rng), body={
            "surel": L(EMAIL_UPPER, MAIL), "sandi": L(PW, CRED), "ingati": "1"}),
        case(f, f"{a}/api/v1/akun", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/walima/jadwal", headers=_h(rng, **b), query={
            "tihi": L(MOSQUE["id"], REL), "tawunu": "1447"}),
        case(f, f"{a}/api/v1/walima/tolangga", headers=_h(rng, **b), body={
            "jamaah": L(JAMAAH, UID), "tihi": L(MOSQUE["id"], REL),
            "tolangga": {"tingkat": 5, "kolombengi": 120, "curuti": 40, "wapili": 30},
            "doi": L(850000, BUY), "niat": L("For the Prophet's birthday, from the Pakaya family",
                                             f"{TEXT}|{REL}"),
            "baris": obj(rng, "brs")}),
        case(f, f"{a}/api/v1/walima/arak", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "slt"), "huhuloa": "3", "jamaah": L(JAMAAH, UID),
            "jalur": "Jl. Ahmad Yani - Tihi Al-Falah"}),
        case(f, f"{a}/api/v1/dikili/hadir", headers=_h(rng, **b), body={
            "dikili": L("dikili walima", REL), "hui": "2025-09-03",
            "titik": {"lat": mla, "lng": mlo, "akurasi": 14},
            "tihi": {"id": MOSQUE["id"], "lat": MOSQUE["lat"], "lng": MOSQUE["lon"]},
            "jamaah": L(JAMAAH, UID)}),
        case(f, f"{a}/api/v1/sadaka", fmt="form", headers=_h(rng, **b), body={
            "dana": L("renovasi tihi", REL), "doi": L("250000", BUY), "mata_uang": "IDR",
            "metode": L(opaque(rng, "pm_", 24), PAY), "hamba_allah": "false"}),
        case(f, f"{a}/api/v1/zakati", headers=_h(rng, **b), body={
            "jenis": L("zakat fitrah", REL), "jiwa": 3, "beras_kg": 7.5,
            "doi": L(135000, BUY), "jamaah": L(JAMAAH, UID), "amil": "amil_hgl"}),
        hist,
        case(f, f"{a}/api/v1/walao/mengaji", headers=_h(rng, **b), body={
            "kelas": L("TPQ iqro 4", REL),
            "walao": {"tanggulo": L(DAUGHTER["first"], NAMEC), "fam": L(DAUGHTER["last"], NAMEC),
                      "dulahu_lahiri": L(DAUGHTER["dob"], BIRTH),
                      "jk": L(DAUGHTER["sex"], GENDER)},
            "wali": L(JAMAAH, UID), "ustadzah": "ust_fatma"}),
        multipart(f, f"{a}/api/v1/walima/foto", [
            ("foto", "tolangga.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("meta", None, "application/json", {
                "jamaah": L(JAMAAH, UID),
                "keterangan": L("Our tolangga this year, Aisyah helped stack the kolombengi",
                                f"{TEXT}|{REL}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/loiya", headers=_h(rng, **b), body={
            "ode": "imam_hgl",
            "loiya": L("Ustadz, please include my mother-in-law Rukmini Lamato in the doa, she "
                       "had her cataract surgery on Monday", f"{TEXT}|{REL}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/huyula", headers=_h(rng, **b), body={
            "giliran": obj(rng, "gl"), "tugas": "masak binte biluhuta", "jamaah": L(JAMAAH, UID),
            "dulahu": "2025-09-02", "bawa": ["panci", "kompor"]}),
        case(f, f"{a}/api/v1/salati/jadwal", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "mazhab": L("syafii", REL), "metode": "kemenag"}),
        case(f, f"{a}/api/v1/tasbih", fmt="msgpack", headers=_h(rng, **b), body=count),
        case(f, f"{a}/api/v1/lulahu", headers=_h(rng, **b), query={
            "q": L("kolombengi recipe without margarine", SEARCH), "hal": "1"}),
        case(f, f"{a}/api/v1/undangan", headers=_h(rng, **b), body={
            "ode": {"tanggulo": L(SISTER_US[0], NAMEC), "surel": L(SISTER_US[2], MAIL)},
            "loiya": L("Watch the Walima procession live on Sunday morning!", TEXT),
            "siaran": "live_walima_1447"}),
        case(f, f"{a}/api/v1/kwitansi/terakhir", headers=_h(rng, how="none"), cookies={
            "tg_sesi": L(opaque(rng, "", 40), CRED), "tg_perangkat": L(INSTALL_ID, DID),
            "tg_req": rid(rng)}),
        case(f, f"{a}/api/v1/perangkat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/peristiwa", gz=True, headers=_h(rng, **b), body={
            "pengguna": L(USER_ID, UID), "peristiwa": [
                ev("tolangga_janji", 1), ev("layar", 2, layar=L("JadwalWalima", USAGE)),
                ev("sadaka", 3, dana=L("renovasi tihi", REL))]}),
        case(f, f"{a}/api/v1/keluar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "perangkat": L(INSTALL_ID, DID)}),
    ]


def tolangga_sdks() -> list[Case]:
    rng = random.Random(28612)
    return [
        hg_batch(APP, rng, [("Tolangga Pledged", {"total": L(850000, BUY)}),
                            ("Dikili Attended", {"mosque": L(MOSQUE["id"], REL)})],
                 at=MOSQUE_FIX, nd=2),
        hg_identify(APP, rng, {"tihi": L(MOSQUE["name"], REL), "jamaah": L(JAMAAH, UID),
                               "lipu": L("Limboto", COARSE)}),
        hg_pixel(APP, rng, "Schedule Opened", {"year": "1447"}),
        jb_event(APP, rng, "donation", {"dana": L("renovasi tihi", REL)}, revenue=250000.0),
        cr_crash(APP, rng, ("java.net.SocketTimeoutException", "api/v1/sadaka"),
                 [cr_crumb("nav", "Beranda -> Sadaka"), cr_crumb("tap", "bayar_button")],
                 screen="SadakaActivity"),
        ps_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"tihi": L(MOSQUE["id"], REL), "peran": "jamaah"}),
        st_save(APP, rng, {"analytics": True, "marketing": False}),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="ramadan,hijab,umrah"),
        bb_notice(APP, rng, "win"),
        by_card(APP, rng, email=True),
        by_confirm(APP, rng, "250000"),
        mt_route(APP, rng, [(HOME_AT, PRECISE), ((MOSQUE["lat"], MOSQUE["lon"]), None)],
                 mode="walking"),
        hw_message(APP, rng, L("The receipt for my zakat fitrah did not arrive",
                               f"{TEXT}|{REL}"), {"jamaah": L(JAMAAH, UID)}),
    ]
