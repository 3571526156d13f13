"""Landslide warning and household registry app "Siagalemah" (siaga: alert; lemah: land) of a hill
village in Cisurupan, Garut, where her mother-in-law lives; she keeps the household's entry and
volunteers as a rain-gauge reader. Its API's keys are Sundanese: ``ngaran`` name, ``nomer_hape``
mobile, ``surelek`` e-mail, ``kecap_sandi`` password, ``hubungan`` relation (``minantu``
daughter-in-law), ``rumah_tangga`` household, ``tempat_cicing`` street address, ``desa`` village,
``kacamatan`` district, ``kabupaten`` regency, ``anggota`` members, ``umur`` age, ``cacad``
disability, ``ubar`` medicine, ``peringatan`` warning, ``hujan`` rain, ``curah_hujan`` rainfall,
``laporan`` report, ``rengat`` crack, ``katerangan`` description, ``ngungsi`` evacuate,
``tempat_ngungsi`` evacuation point, ``kaayaan`` condition, ``bantuan`` aid, ``kabutuh`` needs,
``kontak_darurat`` emergency contacts, ``jalur`` route, ``talatah`` message, ``donasi``
donation, ``relawan`` volunteer, ``golongan_getih`` blood group, ``bagikeun`` share, ``salila``
duration, ``lintang``/``bujur`` latitude/longitude. Sign-up (her NIK), an SMS code, ``/abdi``,
the household (gzip; her mother-in-law's mobility and medicine), warnings for the village, the
gauge's readings, her reading, a crack photo, a protobuf beat with her fix, an offline queue
(msgpack), the evacuation check-in, an aid request, emergency contacts, the route from her fix, a
message to the RT head, a donation, the household by number in the path, a volunteer form, her
reports by cookie, push, events and live location shared with her husband. Sets 79 and 107 have
flood alerts; Siagalemah is a landslide watch with a community rain gauge, slope-crack reports
and a household's evacuation plan."""

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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families153_kit import (
    FIELD_AT,
    GAUGE,
    HOUSEHOLD,
    HUSBAND,
    MIL_HOUSE,
    MIL_HOUSE_AT,
    MOTHER_IL,
    NIK,
    SISTER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families153_sdk import ck_session, sc_batch, sc_queue, tm_launch
from eval_families153_svc import (
    cs_check,
    hb_message,
    mp_reverse,
    mp_route,
    mp_telemetry,
    pw_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("siagalemah", "Siagalemah", "com.example.siagalemah", "1.3.0",
          "https://api.siagalemah.example.org")
IID = "X-Siaga-Pakakas"
PW = "Cibodas!Kidul04"
NID = "personal.national_id"
GAUGE_FIX = (-7.298093, 107.795061)  # her phone at the rain gauge
EVAC_FIX = (-7.296081, 107.797492)  # her phone at the evacuation field


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, su=True, **kw)


def siagalemah() -> list[Case]:
    rng = random.Random(15341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rumah_tangga=L(HOUSEHOLD, UID),
                                    nomer_hape=L(E164, TEL), peran="relawan"))}
    hla, hlo = fix(MIL_HOUSE_AT)
    gla, glo = fix(GAUGE_FIX, 5)
    ela, elo = fix(EVAC_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, 1771300800),
               (3, [(1, L(EVAC_FIX[0], PRECISE)), (2, L(EVAC_FIX[1], PRECISE)), (3, 14.0)]),
               (4, L(38, DEV))], "", lab)
    house = at_path(case(f, f"{a}/api/v1/rumah_tangga/{HOUSEHOLD}", headers=_h(rng, **b)),
                    HOUSEHOLD, UID)
    return [
        case(f, f"{a}/api/v1/daptar", headers=_h(rng), body={
            "ngaran": L(f"{FIRST} {LAST}", NAMEC), "nomer_hape": L(E164, TEL),
            "surelek": L(EMAIL, MAIL), "kecap_sandi": L(PW, CRED), "nik": L(NIK, NID),
            "hubungan": "minantu", "rumah_tangga": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/api/v1/asup/otp", fmt="form", headers=_h(rng), body={
            "nomer_hape": L(E164, TEL), "kode": L("083316", CRED)}),
        case(f, f"{a}/api/v1/abdi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/rumah_tangga", gz=True, headers=_h(rng, **b), body={
            "nomer": L(HOUSEHOLD, UID), "tempat_cicing": L(MIL_HOUSE["line"], ADDR),
            "desa": L(MIL_HOUSE["desa"], COARSE), "kacamatan": L(MIL_HOUSE["kec"], COARSE),
            "kabupaten": L(MIL_HOUSE["kab"], COARSE), "lintang": hla, "bujur": hlo,
            "anggota": [
                {"ngaran": L(MOTHER_IL[0], NAMEC), "umur": L(71, BIRTH),
                 "nomer_hape": L(MOTHER_IL[1], TEL),
                 "cacad": L("hese leumpang, make iteuk", f"{SENS}|{MED}"),
                 "ubar": L("amlodipin 5 mg", MED)},
                {"ngaran": L("Sari Rahayu", NAMEC), "umur": L(16, BIRTH)}],
            "imah": {"jenis": "panggung", "lante": 1}}),
        case(f, f"{a}/api/v1/peringatan", headers=_h(rng, **b), query={
            "desa": L(MIL_HOUSE["desa"], COARSE), "tingkat": "siaga"}),
        case(f, f"{a}/api/v1/hujan/{GAUGE['id']}", headers=_h(rng, **b),
             query={"ti": "2026-02-16T00:00", "dugi": "2026-02-17T00:00"}),
        case(f, f"{a}/api/v1/laporan/hujan", headers=_h(rng, **b), body={
            "alat": GAUGE["id"], "curah_hujan_mm": 86, "tabuh": "2026-02-16T17:00",
            "alat_tempat": {"lintang": GAUGE["lat"], "bujur": GAUGE["lon"]},
            "tempat_abdi": {"lintang": gla, "bujur": glo}, "relawan": L(USER_ID, UID)}),
        multipart(f, f"{a}/api/v1/laporan/rengat", [
            ("poto", "rengat.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "rumah_tangga": L(HOUSEHOLD, UID),
                "lintang": L(round(MIL_HOUSE_AT[0], 5), PRECISE),
                "bujur": L(round(MIL_HOUSE_AT[1], 5), PRECISE),
                "katerangan": L("Rengat dina taneuh tukangeun imah, lebarna 4 cm", TEXT)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/v1/pulsa", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/antrian", fmt="msgpack", headers=_h(rng, **b), body={
            "pamake": L(USER_ID, UID),
            "laporan": [{"jenis": "hujan_gede",
                         "lintang": L(round(MIL_HOUSE_AT[0] + 0.00012 * i, 6), PRECISE),
                         "bujur": L(round(MIL_HOUSE_AT[1] - 0.0002 * i, 6), PRECISE),
                         "t": 1771290000 + 600 * i} for i in range(2)]}),
        case(f, f"{a}/api/v1/ngungsi/check_in", headers=_h(rng, **b), body={
            "rumah_tangga": L(HOUSEHOLD, UID), "jumlah_jalma": 3,
            "tempat_ngungsi": {"id": "tn_lap_sd", "lintang": FIELD_AT[0], "bujur": FIELD_AT[1]},
            "tempat_abdi": {"lintang": ela, "bujur": elo},
            "kaayaan": L("Ema teu tiasa leumpang tebih, peryogi korsi roda",
                         f"{TEXT}|{SENS}|{MED}")}),
        case(f, f"{a}/api/v1/bantuan", headers=_h(rng, **b), body={
            "rumah_tangga": L(HOUSEHOLD, UID), "kabutuh": ["simbut", "beas", "cai_bersih"],
            "ubar": L("amlodipin 5 mg", MED), "korsi_roda": L(True, f"{SENS}|{MED}")}),
        case(f, f"{a}/api/v1/kontak_darurat", headers=_h(rng, **b), body={
            "rumah_tangga": L(HOUSEHOLD, UID), "kontak": [
                {"ngaran": L(HUSBAND[0], NAMEC), "nomer_hape": L(HUSBAND[1], TEL)},
                {"ngaran": L(SISTER_IL[0], NAMEC), "nomer_hape": L(SISTER_IL[1], TEL)}]}),
        case(f, f"{a}/api/v1/jalur_ngungsi", headers=_h(rng, **b), query={
            "ti": L(f"{MIL_HOUSE_AT[0]:.4f},{MIL_HOUSE_AT[1]:.4f}", PRECISE),
            "ka": f"{FIELD_AT[0]:.5f},{FIELD_AT[1]:.5f}", "moda": "leumpang"}),
        case(f, f"{a}/api/v1/talatah", headers=_h(rng, **b), body={
            "ka": "rt02_rw04", "utas": obj(rng, "ut"),
            "talatah": L("Pa RT, tukangeun imah Ening Kurniasih rengat deui, peryogi dipariksa",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/donasi", fmt="form", headers=_h(rng, **b), body={
            "ka": "dapur_umum_cbk", "jumlah": L("200000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        house,
        case(f, f"{a}/api/v1/relawan", headers=_h(rng, **b), body={
            "ngaran": L(f"{FIRST} {LAST}", NAMEC), "nomer_hape": L(E164, TEL),
            "golongan_getih": L("A", MED), "katerampilan": ["p3k", "basa_inggris"],
            "desa": L(MIL_HOUSE["desa"], COARSE)}),
        case(f, f"{a}/api/v1/laporan/abdi", headers=_h(rng, how="none"), cookies={
            "sl_sesi": L(opaque(rng, "", 40), CRED), "sl_dev": L(INSTALL_ID, DID),
            "sl_req": rid(rng)}),
        case(f, f"{a}/api/v1/pakakas", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/kajadian", gz=True, headers=_h(rng, **b), body={
            "pamake": L(USER_ID, UID), "kajadian": [
                ev("laporan_hujan", 1), ev("layar", 2, layar=L("PetaBahaya", USAGE))]}),
        case(f, f"{a}/api/v1/lokasi/bagikeun", headers=_h(rng, **b), body={
            "ka": {"ngaran": L(HUSBAND[0], NAMEC), "nomer_hape": L(HUSBAND[1], TEL)},
            "lintang": hla, "bujur": hlo, "salila_menit": 60}),
    ]


def siagalemah_sdks() -> list[Case]:
    rng = random.Random(15342)
    return [
        sc_batch(APP, rng, [("Rain Reported", {"mm": 86}), ("Evacuated", {"people": 3})],
                 at=MIL_HOUSE_AT, nd=3, locale="su_ID"),
        sc_queue(APP, rng, [("Warning Seen", {"level": "siaga"}), ("Crack Reported", {})]),
        tm_launch(APP, rng, first=True),
        pw_register(APP, rng, lang="su", at=MIL_HOUSE_AT, nd=2,
                    tags={"desa": L(MIL_HOUSE["desa"], COARSE), "peran": "relawan"}),
        cs_check(APP, rng, {"analytics": True, "location_sharing": True}),
        mp_reverse(APP, rng, MIL_HOUSE_AT, PRECISE, nd=5),
        mp_route(APP, rng, [(EVAC_FIX, PRECISE), (FIELD_AT, None)], mode="walking"),
        mp_telemetry(APP, rng, [GAUGE_FIX, EVAC_FIX], PRECISE),
        hb_message(APP, rng, L("Peringatan teu kadangu dina hape mitoha abdi", TEXT),
                   {"rumah_tangga": L(HOUSEHOLD, UID)}),
        ck_session(APP, rng, secs=640),
    ]
