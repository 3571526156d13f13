"""The kampung's neighbourhood-association (RT) app "Guyubrukun" (RT 04 RW 09, Prenggan,
Kotagede): monthly dues, the night-watch (ronda) roster, letters of introduction for the
village office, guest reports, waste collection. Its API's keys are Javanese: ``jeneng`` name,
``jeneng_kulawarga`` family name, ``nomer_tilpun`` phone number, ``omah`` house (street
address), ``kampung`` neighbourhood, ``tanggal_lair`` birth date, ``tembung_sandhi`` password,
``bojo`` spouse, ``anak`` child, ``nomer_warga`` resident number, ``layang`` letter,
``dhuwit`` money, ``panggonan`` place, ``wekdal`` time, ``basa`` language, ``kertu`` card,
``tamu`` guest, ``pesen`` message, ``sampah`` rubbish, ``iuran`` dues. No earlier set has an
RT/neighbourhood-association app (a file-name and docstring grep for "kampung", "ronda" and
"guyub": "ronda" only inside other words)."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families150_kit import (
    HUSBAND,
    KITAS,
    MIL,
    NIK_HUSBAND,
    PASSPORT,
    RT_HALL_FIX,
    RT_POST,
    SISTER_US,
    SON,
    WARGA,
    YK_HOME,
    YK_HOME_AT,
    fix,
    hd,
    push,
)
from eval_families150_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_launch,
)
from eval_families150_svc import (
    cl_wallet,
    cy_save,
    fn_eval,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))
FIT, NATID = "health.fitness", "personal.national_id"

APP = App("guyubrukun", "Guyubrukun", "com.example.guyubrukun", "3.2.1",
          "https://api.guyubrukun.example.org")
IID = "X-Guyub-Device"
PW = "Prenggan#Soka27"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="jv", **kw)


def guyubrukun() -> list[Case]:
    rng = random.Random(15011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, nomer_warga=L(WARGA, UID), tilpun=L(E164, TEL)))}
    pla, plo = fix(RT_HALL_FIX, 6)
    hla, hlo = fix(YK_HOME_AT, 5)
    letter = "SP-0409-26-0141"
    lab: dict[str, str] = {}
    beat = pb([(1, L(WARGA, UID)), (2, RT_POST["id"]), (3, 1767304800),
               (4, [(1, L(RT_HALL_FIX[0], PRECISE)), (2, L(RT_HALL_FIX[1], PRECISE))]),
               (5, L(41, DEV))], "", lab)
    dues = at_path(case(f, f"{a}/api/warga/{WARGA}/iuran", headers=_h(rng, **b),
                        query={"taun": "2026"}), WARGA, UID)
    return [
        case(f, f"{a}/api/daftar", headers=_h(rng), body={
            "jeneng": L(FIRST, NAMEC), "jeneng_kulawarga": L(LAST, NAMEC),
            "nomer_tilpun": L(E164, TEL), "imel": L(EMAIL, MAIL), "tembung_sandhi": L(PW, CRED),
            "tanggal_lair": L("17-05-1991", BIRTH),
            "omah": L(YK_HOME["line"], ADDR), "kampung": L(YK_HOME["kampung"], COARSE),
            "rt_rw": L(YK_HOME["rt"], COARSE), "kertu": {"jinis": "KITAS",
                                                         "nomer": L(KITAS, NATID)},
            "basa": L("jv", DEV)}),
        case(f, f"{a}/api/mlebu", fmt="form", headers=_h(rng), body={
            "nomer_tilpun": L(NATIONAL, TEL), "tembung_sandhi": L(PW, CRED)}),
        case(f, f"{a}/api/kode", fmt="form", headers=_h(rng), body={
            "nomer_tilpun": L(E164, TEL), "kode": L("518204", CRED)}),
        case(f, f"{a}/api/aku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/kulawarga", headers=_h(rng, **b), body={
            "nomer_warga": L(WARGA, UID),
            "bojo": {"jeneng": L(HUSBAND[0], NAMEC), "nomer_tilpun": L(HUSBAND[1], TEL),
                     "nik": L(NIK_HUSBAND, NATID), "tanggal_lair": L("1985-07-22", BIRTH)},
            "anak": [{"jeneng": L(f"{SON['first']} {SON['last']}", NAMEC),
                      "tanggal_lair": L(SON["dob"], BIRTH), "lanang_wadon": L(SON["sex"], GENDER)}],
            "wong_tuwa": {"jeneng": L(MIL[0], NAMEC), "nomer_tilpun": L(MIL[1], TEL)},
            "cacah_jiwa": 4}),
        dues,
        case(f, f"{a}/api/iuran/bayar", headers=_h(rng, **b), body={
            "nomer_warga": L(WARGA, UID), "sasi": "2026-01", "dhuwit": L(35000, BUY),
            "kanggo": ["kebersihan", "keamanan", "kas"], "cara": "qris",
            "bukti": L("IU-0409-26-0112", BUY)}),
        case(f, f"{a}/api/ronda/jadwal", headers=_h(rng, **b),
             query={"nomer_warga": L(WARGA, UID), "sasi": "2026-01"}),
        case(f, f"{a}/api/ronda/lapor", headers=_h(rng, **b), body={
            "nomer_warga": L(WARGA, UID), "wekdal": "2026-01-09T23:40:00+07:00",
            "panggonan": {"lat": pla, "lon": plo}, "pos": RT_POST["id"],
            "pesen": L("Lampu gang Soka mati, aku ronda karo bojoku Wahyu",
                       f"{TEXT}|{NAMEC}")}),
        raw(f, f"{a}/api/ronda/detak", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/layang", headers=_h(rng, **b), body={
            "jinis_layang": "pengantar_domisili", "nomer_warga": L(WARGA, UID),
            "jeneng": L(f"{FIRST} {LAST}", NAMEC), "tanggal_lair": L(DOB, BIRTH),
            "omah": L(YK_HOME["line"], ADDR), "kertu": L(KITAS, NATID),
            "paspor": L(PASSPORT, NATID), "warganegara": "USA",
            "perlu": L("Perpanjangan KITAS ing kantor imigrasi", TEXT)}),
        multipart(f, f"{a}/api/layang/{letter}/lampiran", [
            ("kitas", "kitas.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"nomer_warga": L(WARGA, UID),
                                                "jinis": "kitas"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/layang/{letter}.pdf", headers=_h(rng, **b)),
        case(f, f"{a}/api/tamu", fmt="form", headers=_h(rng, **b), body={
            "nomer_warga": L(WARGA, UID), "tamu[jeneng]": L(SISTER_US[0], NAMEC),
            "tamu[nomer_tilpun]": L(SISTER_US[1], TEL), "tamu[asal]": L("Ohio, USA", COARSE),
            "tamu[paspor]": "", "wengi": "5", "omah": L(YK_HOME["line"], ADDR)}),
        case(f, f"{a}/api/sampah", fmt="msgpack", headers=_h(rng, **b), body={
            "nomer_warga": L(WARGA, UID), "dina": ["selasa", "setu"], "karung": 2,
            "panggonan": [hla, hlo]}),
        case(f, f"{a}/api/kegiatan/gotong-royong", fmt="form", headers=_h(rng, **b), body={
            "nomer_warga": L(WARGA, UID), "teka": "1", "nggawa": "pacul"}),
        case(f, f"{a}/api/pesen", headers=_h(rng, **b), body={
            "menyang": "pak_rt", "nomer_warga": L(WARGA, UID),
            "pesen": L("Pak RT, mbokku Sri Lestari saka Klaten nginep seminggu, nomere "
                       "+6281328855017", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/kas", headers=_h(rng, how="none"), query={"rt": RT_POST["id"]},
             cookies={"gr_sesi": L(opaque(rng, "", 40), CRED),
                      "gr_piranti": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/api/warta", headers=_h(rng, **b), query={
            "kampung": L(YK_HOME["kampung"], COARSE), "nomer_warga": L(WARGA, UID)}),
        case(f, f"{a}/api/piranti", headers=_h(rng, **b), body=push(push_token(rng), "jv_ID")),
        case(f, f"{a}/api/kedadeyan", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("iuran_dibayar", 1), ev("ronda_lapor", 2),
                ev("screen", 3, screen=L("Ronda", USAGE))]}),
        case(f, f"{a}/api/metu", fmt="form", headers=_h(rng, **b), body={
            "piranti": L(INSTALL_ID, DID), "refresh": L(opaque(rng, "rt_", 32), CRED)}),
    ]


def guyubrukun_sdks() -> list[Case]:
    rng = random.Random(15012)
    return [
        tn_launch(APP, rng, first=True),
        mc_batch(APP, rng, [("Dues Paid", {"amount": L(35000, BUY)}),
                            ("Watch Reported", {"post": RT_POST["id"]})], locale="jv_ID"),
        mc_identify(APP, rng, {"kampung": L(YK_HOME["kampung"], COARSE), "household": 4,
                               "city": L("Yogyakarta", COARSE)}),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "letter draft missing"),
                 [cd_crumb("nav", "Layang -> Lampiran"), cd_crumb("tap", "kirim")],
                 screen="LayangActivity"),
        fn_eval(APP, rng, {"rt": RT_POST["id"], "lang": L("jv", DEV)}, hdr=True),
        pt_register(APP, rng, tags={"rt": RT_POST["id"], "ronda": "yes"}, at=YK_HOME_AT, nd=2,
                    lang="jv"),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "35000", L(E164, TEL)),
        mm_reverse(APP, rng, YK_HOME_AT, PRECISE, 5),
        cd_session(APP, rng, secs=212),
    ]
