"""The Taroudant youth centre's parent app "Asaysn" (asays, the ground where ahwash is danced:
Dar Chabab Taroudant, where their son Anir (10) is in the theatre club and the children's ahwash
group). Its API's keys are Tachelhit in Latin letters with French loans for the centre's words:
``assagh`` first name, ``assagh_n_tawja`` family name, ``tilifun`` phone, ``awal_n_uzray``
password, ``tarikh_n_tlalit`` birth date, ``anaw`` sex (``afrukh`` boy), ``lmassar`` the
national pupil code, ``lmdrasa`` school, ``iwi`` my son, ``baba`` / ``inna`` father / mother,
``lkarta`` member card, ``lclub`` club, ``tiyatru`` theatre, ``lmukhayyam`` holiday camp,
``ssht`` health, ``lhsasiya`` allergy, ``tizizwit`` bee, ``ddwa`` medicine, ``tawqi3``
signature, ``ghaybu`` absence, ``lhudur`` attendance, ``amsasa`` the one who picks up,
``iqariden`` amount, ``lxlas`` payment, ``adgar`` place, ``lmsaj`` message, ``tswira`` photo,
``tavidyut`` video, ``asiggl`` search, ``nkki`` me, ``aruku`` device, ``tigawin`` events.
Calls: the parent's log-in, ``/nkki`` with a ``tarwa`` claim, enrolling Anir (his pupil code),
the member card by number in the path, the clubs, enrolment in two clubs, the health form
(gzip), the parental authorisation signed, the holiday camp at Aglou and its payment, a pick-up
authorisation for his aunt, the door check-in with her fix, his card photo, a message to the
theatre coach, an absence note (a fever), his attendance, the play's video, a search, the
timetable, push, and events with a session cookie. Close kinds: the many school apps, set 151's
e-journal, a Matadi youth centre's football club, a contortion school and a kids' acrobatics
group; this one is a public youth centre's theatre and ahwash clubs with a seaside camp."""

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
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
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
from eval_families254_kit import (
    HOME_AT,
    MOTHER_IL,
    SISTER_IL,
    SON,
    YOUTH,
    YOUTH_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families254_sdk import bw_bid, ck_crash, ck_crumb, mg_batch, mg_identify, ta_launch
from eval_families254_svc import ca_save, fl_eval, ht_message, pg_register, pq_card, pq_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("asaysn", "Asaysn", "com.example.asaysn", "2.0.3", "https://api.asaysn.example.org")
IID = "X-Asaysn-Aruku"
PW = "Anir2015!Dar"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(28)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def asaysn() -> list[Case]:
    rng = random.Random(25441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tarwa=[L(SON["card"], UID)],
                                    role="inna"))}
    yla, ylo = fix(YOUTH_FIX, 5)
    card = at_path(case(f, f"{a}/v2/tarwa/{SON['card']}/lkarta", headers=_h(rng, **b)),
                   SON["card"], UID)
    return [
        case(f, f"{a}/v2/kchm", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "awal_n_uzray": L(PW, CRED), "aruku": L(INSTALL_ID,
                                                                                    DID)}),
        case(f, f"{a}/v2/nkki", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/tarwa", headers=_h(rng, **b), body={
            "assagh": L(SON["first"], NAMEC), "assagh_n_tawja": L(SON["last"], NAMEC),
            "tarikh_n_tlalit": L(SON["dob"], BIRTH), "anaw": L(SON["sex"], GENDER),
            "lmassar": L(SON["massar"], UID), "lmdrasa": "Ecole Ibn Soulaymane",
            "inna": {"assagh": L(f"{FIRST} {LAST}", NAMEC), "tilifun": L(E164, TEL)},
            "tamdint": L("Taroudant", COARSE)}),
        card,
        case(f, f"{a}/v2/lclub", headers=_h(rng, **b), query={
            "centre": YOUTH["id"], "lqdd": "8-12"}),
        case(f, f"{a}/v2/lclub/tirra", headers=_h(rng, **b), body={
            "lkarta": L(SON["card"], UID), "lclub": ["tiyatru_tarwa", "ahwash_imzyann"],
            "iqariden": L(150, BUY)}),
        case(f, f"{a}/v2/ssht", gz=True, headers=_h(rng, **b), body={
            "lkarta": L(SON["card"], UID), "assagh": L(KID, NAMEC),
            "tarikh_n_tlalit": L(SON["dob"], BIRTH),
            "lhsasiya": [L("tizizwit", MED)], "ddwa": [L("stylo adrenaline", MED)],
            "dduqqa": L(False, MED), "ddmm": L("O+", MED),
            "tilifun_n_lxatar": {"assagh": L(MOTHER_IL[0], NAMEC), "tilifun": L(MOTHER_IL[1], TEL)},
            "awal": L("Ila tt tkkat tizizwit, ikka ghr tbib", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/tawqi3", [
            ("tawqi3", "tawqi3.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"lkarta": L(SON["card"], UID),
                                                "inna": L(f"{FIRST} {LAST}", NAMEC),
                                                "nnw3": "autorisation_parentale"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lmukhayyam", headers=_h(rng, **b), body={
            "lkarta": L(SON["card"], UID), "lmukhayyam": "aglou_juillet_2026",
            "tlata_ssatn": "M", "iqariden": L(900, BUY), "lqdd": L(10, BIRTH)}),
        case(f, f"{a}/v2/lxlas", fmt="form", headers=_h(rng, **b), body={
            "iqariden": L("900.00", BUY), "tadrimt": "MAD",
            "tarrayt": L(opaque(rng, "pm_", 24), PAY), "lkarta": L(SON["card"], UID)}),
        case(f, f"{a}/v2/amsasa", headers=_h(rng, **b), body={
            "lkarta": L(SON["card"], UID),
            "amsasa": {"assagh": L(SISTER_IL[0], NAMEC), "tilifun": L(SISTER_IL[1], TEL),
                       "tazdart": "tamgharut"}, "ussan": ["sebt"]}),
        case(f, f"{a}/v2/tiflut/kchm", headers=_h(rng, **b), body={
            "lkarta": L(SON["card"], UID), "adgar": {"lat": yla, "lng": ylo},
            "tiflut": {"id": "door_main", "lat": YOUTH["lat"], "lng": YOUTH["lon"]},
            "nnw3": "asiwd"}),
        multipart(f, f"{a}/v2/tarwa/tswira", [
            ("tswira", "anir.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"lkarta": L(SON["card"], UID),
                                                "i": "lkarta"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lmsaj", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "i": "coach_tiyatru",
            "lmsaj": L("Ustad Hamid, Anir ar ittlmad awal nns g tgmmi kullu ass", TEXT)}),
        case(f, f"{a}/v2/ghaybu", headers=_h(rng, **b), body={
            "lkarta": L(SON["card"], UID), "ass": "2026-01-31",
            "awal": L("Anir ur rad d yas ass n sebt, tga t tawla d tagrurt",
                       f"{TEXT}|{MED}|{NAMEC}"),
            "ssbab": L("attan", MED)}),
        case(f, f"{a}/v2/lhudur", headers=_h(rng, **b), query={
            "lkarta": L(SON["card"], UID), "ayyur": "2026-01"}),
        multipart(f, f"{a}/v2/tavidyut", [
            ("tavidyut", "tiyatru_yennayer.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "lclub": "tiyatru_tarwa",
                "awal": L("Iwi g tiyatru n Yennayer 2976", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/asiggl", headers=_h(rng, **b), query={
            "q": L("ahwash tarwa sebt", SEARCH)}),
        case(f, f"{a}/v2/lwqt", headers=_h(rng, **b), query={
            "centre": YOUTH["id"], "imalass": "2026-W06"}),
        case(f, f"{a}/v2/aruku", headers=_h(rng, **b), body=push(push_token(rng), "fr_MA")),
        case(f, f"{a}/v2/tigawin", headers=_h(rng, how="none"), cookies={
            "as_sid": L(opaque(rng, "", 40), CRED), "as_dev": L(INSTALL_ID, DID)}, body={
            "amsqdac": L(USER_ID, UID), "tigawin": [
                ev("club_opened", 1), ev("agdil", 2, agdil=L("Lmukhayyam", USAGE))]}),
    ]


def asaysn_sdks() -> list[Case]:
    rng = random.Random(25442)
    return [
        mg_batch(APP, rng, [("Club Joined", {"n": 2}), ("Camp Paid", {"amount": L(900, BUY)})]),
        mg_identify(APP, rng, {"role": "inna", "tarwa": 1, "tamdint": L("Taroudant", COARSE)}),
        ta_launch(APP, rng),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,theatre,camp"),
        ck_crash(APP, rng, ("java.lang.NullPointerException", "club row"),
                 [ck_crumb("nav", "Tarwa -> Lclub")], user={"id": L(USER_ID, UID)},
                 screen="LclubActivity"),
        fl_eval(APP, rng, {"centre": YOUTH["id"], "tarwa": 1}),
        pg_register(APP, rng, lang="fr", at=HOME_AT, nd=2,
                    tags={"centre": YOUTH["id"], "lclub": "tiyatru_tarwa"}),
        ca_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pq_card(APP, rng),
        pq_confirm(APP, rng, "900.00"),
        ht_message(APP, rng, L(f"Lxlas n lmukhayyam n {KID} ur ibayyn", f"{TEXT}|{NAMEC}"),
                   {"lkarta": L(SON["card"], UID)}),
    ]
