"""A Lake Limboto water-hyacinth volunteers' app "Huyula Bulalo" (``huyula`` the Gorontalo way of
working together, ``bulalo`` lake: Saturday boat shifts that pull the hyacinth choking the
lake; its API's keys are Gorontalo with Indonesian words: ``tanggulo`` name, ``fam`` family name,
``surel`` e-mail, ``hp`` mobile number, ``sandi`` password, ``dulahu_lahiri`` birth date,
``lipu`` town, ``relawan`` volunteer number, ``golongan_darah`` blood group, ``berat`` weight,
``darurat`` emergency contact, ``giliran`` shift, ``perahu`` boat, ``huhuloa`` seat, ``titik``
point, ``luasi`` area, ``jam`` hours, ``doi`` amount, ``loiya`` message, ``lulahu`` search):
sign-up, log-in, ``/saya``, her safety card (blood group, weight for the life jacket, her
husband as emergency contact), shifts, joining one, a check-in at the jetty with her fix, a
hyacinth patch reported with her fix and a photo, a protobuf boat beat, an offline queue of
patch fixes (msgpack), hours logged, the certificate by volunteer number in the path, a
donation, the team chat, the lake's gauge, a ride offered from her house, a search, push,
events and a log-out. New to the evaluation: "hyacinth", "lake clean" and "volunteer clean"
matched nothing; the lake and flood apps of sets 107, 153 and 215 are warnings and levels."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families286_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    JETTY,
    PATCH_FIX,
    VOLUNTEER,
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
    hg_pixel,
    hg_queue,
    jb_launch,
    jb_link,
)
from eval_families286_svc import (
    by_card,
    by_confirm,
    mt_reverse,
    mt_route,
    mt_telemetry,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("huyula", "Huyula Bulalo", "com.example.huyulabulalo", "1.4.0",
          "https://api.huyulabulalo.example.org")
IID = "X-HB-Device"
PW = "Eceng!Gondok26"
JETTY_FIX = (0.598712, 122.973081)  # her phone at the jetty


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def huyula() -> list[Case]:
    rng = random.Random(28671)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, surel=L(EMAIL, MAIL), relawan=L(VOLUNTEER, UID)))}
    jla, jlo = fix(JETTY_FIX, 5)
    pla, plo = fix(PATCH_FIX)
    shift = obj(rng, "gl")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, shift), (3, 1771650000),
               (4, [(1, L(PATCH_FIX[0], PRECISE)), (2, L(PATCH_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(52, DEV))], "", lab)
    cert = at_path(case(f, f"{a}/v1/relawan/{VOLUNTEER}/sertifikat", headers=_h(rng, **b),
                        query={"tawunu": "2026"}), VOLUNTEER, UID)
    return [
        case(f, f"{a}/v1/daftar", headers=_h(rng), body={
            "tanggulo": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "surel": L(EMAIL_MIXED, MAIL),
            "hp": L(E164, TEL), "sandi": L(PW, CRED), "dulahu_lahiri": L(DOB, BIRTH),
            "lipu": L(HOME["town"], COARSE), "relawan": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v1/masuk", fmt="form", headers=_h(rng), body={
            "surel": L(EMAIL, MAIL), "sandi": L(PW, CRED), "perangkat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/saya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/keselamatan", headers=_h(rng, **b), body={
            "relawan": L(VOLUNTEER, UID), "golongan_darah": L("O+", MED),
            "berat": L(61, FIT), "bisa_berenang": True,
            "darurat": {"tanggulo": L(HUSBAND[0], NAMEC), "hp": L(HUSBAND[1], TEL)},
            "catatan": L("Mild asthma, inhaler in my bag", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/giliran", headers=_h(rng, **b), query={
            "dermaga": JETTY["id"], "dulahu": "2026-02-21"}),
        case(f, f"{a}/v1/giliran/ikut", fmt="form", headers=_h(rng, **b), body={
            "giliran": shift, "perahu": "prh_07", "huhuloa": "1",
            "relawan": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "giliran": shift, "titik": {"lat": jla, "lng": jlo, "akurasi": 12},
            "dermaga": {"id": JETTY["id"], "lat": JETTY["lat"], "lng": JETTY["lon"]}}),
        multipart(f, f"{a}/v1/laporan/eceng", [
            ("foto", "eceng.jpg", "image/jpeg", L(JPEG + b"\x2e", MEDIA)),
            ("meta", None, "application/json", {
                "titik": {"lat": pla, "lng": plo}, "luasi_m2": 1800, "giliran": shift,
                "loiya": L("Thick mat near the fish cages, boat can't pass", TEXT)})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v1/perahu/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/laporan/antrian", fmt="msgpack", headers=_h(rng, **b), body={
            "relawan": L(VOLUNTEER, UID),
            "titik": [{"lat": L(round(PATCH_FIX[0] - 0.0012 * i, 6), PRECISE),
                       "lng": L(round(PATCH_FIX[1] + 0.0009 * i, 6), PRECISE),
                       "t": 1771650300 + 600 * i} for i in range(3)]}),
        case(f, f"{a}/v1/jam", headers=_h(rng, **b), body={
            "relawan": L(VOLUNTEER, UID), "giliran": shift, "jam": 4, "ton_angkut": 1.3}),
        cert,
        case(f, f"{a}/v1/donasi", fmt="form", headers=_h(rng, **b), body={
            "doi": L("200000", BUY), "untuk": "bahan_bakar_perahu",
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/obrolan", headers=_h(rng, **b), body={
            "regu": "regu_iluta_3",
            "loiya": L("Who can bring extra gloves on Saturday? I have two spare rakes.", TEXT)}),
        case(f, f"{a}/v1/bulalo/muka_air", headers=_h(rng, **b), query={
            "stasiun": "pos_iluta", "hari": "7"}),
        case(f, f"{a}/v1/tumpangan", headers=_h(rng, **b), body={
            "giliran": shift, "kursi": 2, "berangkat": "06:30",
            "jemput": {"lat": L(round(HOME_AT[0], 3), PRECISE),
                       "lng": L(round(HOME_AT[1], 3), PRECISE)}}),
        case(f, f"{a}/v1/lulahu", headers=_h(rng, **b), query={
            "q": L("jadwal huyula sabtu perahu", SEARCH)}),
        case(f, f"{a}/v1/perangkat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/peristiwa", gz=True, headers=_h(rng, **b), body={
            "pengguna": L(USER_ID, UID), "peristiwa": [
                ev("eceng_dilaporkan", 1), ev("layar", 2, layar=L("PetaBulalo", USAGE))]}),
        case(f, f"{a}/v1/keluar", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "perangkat": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def huyula_sdks() -> list[Case]:
    rng = random.Random(28672)
    link = U("https://huyulabulalo.example.org/j", {"relawan": L(VOLUNTEER, UID),
                                                    "src": "wa", "shift": "sat"})
    return [
        hg_batch(APP, rng, [("Patch Reported", {"area": 1800}), ("Shift Joined", {})],
                 at=PATCH_FIX, nd=3),
        hg_queue(APP, rng, [("Boat Beat", {"battery": 52}), ("Hours Logged", {"hours": 4})]),
        hg_pixel(APP, rng, "Gauge Opened", {"station": "pos_iluta"}),
        jb_launch(APP, rng, first=True),
        jb_link(APP, rng, link),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PATCH_FIX, nd=2,
               keywords="lake,volunteer,environment"),
        bb_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo decode"),
                 [cr_crumb("nav", "Peta -> Laporan"), cr_crumb("tap", "kamera")],
                 screen="LaporanActivity"),
        ps_register(APP, rng, lang="id", at=HOME_AT, nd=2, tags={"regu": "regu_iluta_3"}),
        mt_reverse(APP, rng, PATCH_FIX, PRECISE, nd=4),
        mt_route(APP, rng, [(HOME_AT, PRECISE), ((JETTY["lat"], JETTY["lon"]), None)]),
        mt_telemetry(APP, rng, [PATCH_FIX, JETTY_FIX], PRECISE),
        by_card(APP, rng),
        by_confirm(APP, rng, "200000"),
    ]
