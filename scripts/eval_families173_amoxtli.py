"""A bilingual (Nahuatl-Spanish) children's reading club app "Amoxtli" (Huasteca Nahuatl
"book"), run by the daughter's bilingual primary school library: the parent links her child, the
child reads aloud and is recorded, borrows books, answers quizzes. Keys in Huasteca Nahuatl with
English: ``amoxtli`` book, ``tlapowali`` reading, ``momachtijketl`` pupil, ``tlamachtijketl``
teacher, ``kaltlamachtiloyan`` school, ``tlajtoli`` language/words, ``nawatlajtoli`` Nahuatl
speech, ``konetl`` child, ``tokaitl`` name, ``kaltokaitl`` family name, ``tlakatilis_tonali``
birth date, ``tlakasiwa`` sex, ``tlajtlanili`` question, ``tlananquilili`` answer,
``tlachiyalistli`` eyesight, ``tlakakilistli`` listening/recording, ``tlaixkopinali`` drawing,
``tlatemoli`` search, ``tlanawatili`` message, ``tomin`` money, ``tlaxtlawili`` payment,
``chantli`` home, ``kampa`` where, ``tonali`` day, ``minutos`` minutes (loan). Calls: the
parent's log-in (OAuth password grant), ``/nejwatl`` with a ``momachtijketl`` claim, linking the
daughter (her CURP, a Nahuatl-speaking child), the book shelf, the reading log by reader number in
the path, two read-aloud recordings, a quiz, a loan, badges, a message to the teacher, a reading
session (protobuf), a drawing, an eyesight and reading-support note, the parent's consent, the
gate pick-up with her fix, a search, the grandmother's story recorded for the community archive,
the club fee, the home address, push and events with a session cookie. Set 32 has a phonics app
for a speech-delayed child; Amoxtli is a school library's bilingual club (loans, a community
story archive, Nahuatl as the home language)."""

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
    DID,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families173_kit import (
    DAUGHTER,
    GATE_FIX,
    HOME,
    MOTHER_IL,
    SCHOOL,
    fix,
    hd,
    obj,
    push,
)
from eval_families173_sdk import bh_bid, cc_crash, cc_crumb, tm_batch, tm_identify, tz_launch
from eval_families173_svc import cx_save, ft_eval, hc_message, pj_card, pj_confirm, px_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("amoxtli", "Amoxtli", "com.example.amoxtli", "5.2.1", "https://api.amoxtli.example.org")
IID = "X-Amoxtli-Device"
PW = "Xochitl2017!Amox"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
RD = DAUGHTER["reader"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def amoxtli() -> list[Case]:
    rng = random.Random(17351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, korreo=L(EMAIL, MAIL), momachtijketl=[L(RD, UID)],
                                    rol="tata_nana"))}
    gla, glo = fix(GATE_FIX, 5)
    lab: dict[str, str] = {}
    sess = pb([(1, L(RD, UID)), (2, "bk_tlakuatsin"), (3, L(1260, USAGE)), (4, 1762790000),
               (5, [(1, 14), (2, 3)])], "", lab)
    log = at_path(case(f, f"{a}/v3/momachtijketl/{RD}/tlapowali", headers=_h(rng, **b),
                       query={"metstli": "2025-11"}), RD, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "amoxtli-tata"}),
        case(f, f"{a}/v3/nejwatl", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/konetl", headers=_h(rng, **b), body={
            "tokaitl": L(DAUGHTER["first"], NAMEC), "kaltokaitl": L(DAUGHTER["last"], NAMEC),
            "curp": L(DAUGHTER["curp"], NID), "tlakatilis_tonali": L(DAUGHTER["dob"], BIRTH),
            "tlakasiwa": L(DAUGHTER["sex"], GENDER), "grado": "3", "grupo": "B",
            "kaltlamachtiloyan": SCHOOL["id"], "nawatlajtoli": L("kaltlajtoli", SENS),
            "momachtijketl": L(RD, UID)}),
        case(f, f"{a}/v3/amoxtli", headers=_h(rng, **b), query={
            "grado": "3", "tlajtoli": "nawatl", "pagina": "1"}),
        log,
        multipart(f, f"{a}/v3/tlapowali/audio", [
            ("audio", "tlapowali_01.m4a", "audio/mp4", L(M4A + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"momachtijketl": L(RD, UID),
                                                "amoxtli": "bk_tlakuatsin", "segundos": 92})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/tlapowali/audio", [
            ("audio", "tlapowali_02.m4a", "audio/mp4", L(M4A + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"momachtijketl": L(RD, UID),
                                                "amoxtli": "bk_mistontli", "segundos": 75})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/tlajtlanili", fmt="form", headers=_h(rng, **b), body={
            "momachtijketl": L(RD, UID), "amoxtli": "bk_tlakuatsin", "tlajtlanili": "q3",
            "tlananquilili": L("Tlakuatsin kiwalikak tletl para masewalmej", TEXT)}),
        case(f, f"{a}/v3/prestamo", headers=_h(rng, **b), body={
            "momachtijketl": L(RD, UID), "amoxtli": "bk_mistontli", "asta": "2025-11-24"}),
        case(f, f"{a}/v3/insignias", headers=_h(rng, **b), query={"momachtijketl": L(RD, UID)}),
        case(f, f"{a}/v3/tlanawatili", headers=_h(rng, **b), body={
            "akin": "tch_3b_maestra", "hilo": obj(rng, "th"),
            "tlanawatili": L(f"Maestra, {KID} amo welis yas lunes, kipia kokolistli ika ixtololo",
                             f"{TEXT}|{NAMEC}|{MED}")}),
        raw(f, f"{a}/v3/sesion", sess, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/tlaixkopinali", [
            ("tlaixkopinali", "mistontli.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {"momachtijketl": L(RD, UID),
                                                "amoxtli": "bk_mistontli"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/apoyo", headers=_h(rng, **b), body={
            "momachtijketl": L(RD, UID), "tlachiyalistli": L("lentes, miopia leve", MED),
            "apoyo_lectura": L("evaluacion de dislexia pendiente", MED)}),
        case(f, f"{a}/v3/konsentimiento", fmt="form", headers=_h(rng, **b), body={
            "momachtijketl": L(RD, UID), "grabasion": "kena", "publiko": "amo",
            "tata_nana": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v3/puerta/check_in", headers=_h(rng, **b), body={
            "momachtijketl": L(RD, UID), "kampa": {"lat": gla, "lon": glo},
            "puerta": {"id": "pt_norte", "lat": SCHOOL["lat"], "lon": SCHOOL["lon"]},
            "tipo": "recoger"}),
        case(f, f"{a}/v3/tlatemoli", headers=_h(rng, **b), query={
            "q": L("amoxtli nawatl mistontli konemej", SEARCH)}),
        multipart(f, f"{a}/v3/archivo/kamanali", [
            ("audio", "kamanali_cirila.m4a", "audio/mp4", L(M4A + b"\x13", MEDIA)),
            ("meta", None, "application/json", {
                "akin_kijtoj": L(MOTHER_IL[0], NAMEC), "tlajtoli": "nawatl",
                "tema": "Chikomexochitl", "momachtijketl": L(RD, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/tlaxtlawili", fmt="form", headers=_h(rng, **b), body={
            "momachtijketl": L(RD, UID), "tomin": L("120.00", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/chantli", headers=_h(rng, **b), body={
            "chantli": L(HOME["line"], ADDR), "kalpoli": L(HOME["area"], COARSE),
            "altepetl": L(HOME["town"], COARSE), "cp": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/tlachiwali", headers=_h(rng, how="none"), cookies={
            "ax_sid": L(opaque(rng, "", 40), CRED), "ax_dev": L(INSTALL_ID, DID)}, body={
            "id": L(USER_ID, UID), "tlachiwali": [
                ev("audio_uploaded", 1), ev("screen", 2, screen=L("Amoxkali", USAGE))]}),
    ]


def amoxtli_sdks() -> list[Case]:
    rng = random.Random(17352)
    return [
        tm_batch(APP, rng, [("Reading Recorded", {"seconds": 92}),
                            ("Fee Paid", {"amount": L(120, BUY)})]),
        tm_identify(APP, rng, {"rol": "tata_nana", "konemej": 1,
                               "altepetl": L("Huejutla de Reyes", COARSE)}),
        tz_launch(APP, rng),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="libros,ninos,lectura"),
        cc_crash(APP, rng, ("java.lang.NullPointerException", "recorder state"),
                 [cc_crumb("nav", "Amoxkali -> Tlapowali")],
                 user={"id": L(USER_ID, UID)}, screen="RecorderActivity"),
        ft_eval(APP, rng, {"kaltlamachtiloyan": SCHOOL["id"], "konemej": 1}),
        px_register(APP, rng, tags={"kaltlamachtiloyan": SCHOOL["id"], "grado": "3"}),
        cx_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "120.00"),
        hc_message(APP, rng, L(f"Amo nesi itlaxtlawil {KID}", f"{TEXT}|{NAMEC}"),
                   {"momachtijketl": L(RD, UID)}),
    ]
