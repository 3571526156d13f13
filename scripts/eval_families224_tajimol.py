"""A children's party hall's app "Tajimol" (``tajimol`` play, game; the Salon Infantil Tajimol in
San Cristobal rents its hall with a bouncy castle, sells party packages, cakes, pinatas and a
clown; she books Xunka's sixth birthday). Its API's keys are Tzotzil in ASCII with the Spanish
loans of a Mexican party (``pastel``, ``pinyata`` as Tzotzil spells it, ``dulse``, ``payaso``)
and English: ``sbi`` name, ``apeyido`` surname, ``cel`` mobile (the loan), ``mukul_kop``
password, ``jteklum`` town, ``kin`` fiesta (the booking), ``yol`` her child (a woman's word),
``svokel`` birth (date), ``sjabilal`` her years (age), ``antz_vinik`` sex (``tseb`` girl),
``jayvo_olol`` / ``jayvo_muk`` how many children / adults, ``vulaal`` guests, ``ikel``
invitation (lit. "calling"), ``tsibal`` writing (on the cake), ``alerjia`` allergy, ``veel``
food, ``stojol`` price, ``takin`` amount, ``tojel`` payment, ``lekilal`` rating (lit.
"goodness"), ``yalel`` remark, ``lokol`` photo, ``kakaletik`` days: sign-up, an e-mailed code,
``/me``, the free days, the booking (Xunka's name, birth date, age, sex), the deposit, the cake
(her peanut allergy), the pinata (msgpack), the guest list (other parents' names and phones),
the invitation card with her photo, the invitations sent, the RSVPs, the adults' menu, the
clown, a check-in at the hall, the party album, a review, the balance, the booking by its folio
in the path, the receipt by cookie (base64 JSON), push and events. New: a docstring and
file-name grep found no "party venue", "children's party" or "pinata" (set 162's cinema offers a
birthday party as a side; set 194's XV is a quinceanera)."""

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
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families224_kit import (
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME_AT,
    KID,
    MOTHER_IL,
    PARTY,
    fix,
    hd,
    push,
)
from eval_families224_sdk import (
    bp_bid,
    ck_crash,
    ck_crumb,
    mj_batch,
    mj_pixel,
    th_launch,
    th_link,
)
from eval_families224_svc import fj_eval, mp_route, pj_card, pj_confirm, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("tajimol", "Tajimol", "com.example.tajimol", "1.8.5", "https://api.tajimol.example.com")
IID = "X-Tajimol-Device"
PW = "Xunka14marzo!"
GUESTS = [("Ana Karen Ruiz Vazquez", "+529671422081"), ("Maria Jose Santiz Lopez",
                                                         "+529671390476"),
          ("Diego Alberto Cruz Molina", "+529671501133")]  # other children's parents (typed)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, es=True, **kw)


def tajimol() -> list[Case]:
    rng = random.Random(22441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sbi=L(f"{FIRST} {LAST}", NAMEC),
                                    kin=[L(PARTY, BUY)]))}
    hla, hlo = fix(HALL_FIX)
    booking = at_path(case(f, f"{a}/v1/kin/{PARTY}", headers=_h(rng, **b)), PARTY, BUY)
    return [
        case(f, f"{a}/v1/tsakel_sbi", headers=_h(rng), body={
            "sbi": L(FIRST, NAMEC), "apeyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "cel": L(E164, TEL), "mukul_kop": L(PW, CRED),
            "jteklum": L("San Cristobal de las Casas", COARSE), "promociones": False}),
        case(f, f"{a}/v1/ochel/kodigo", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kodigo": L("283644", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/salon/{HALL['id']}/kakaletik", headers=_h(rng, **b),
             query={"u": "2026-03", "jayvo": "40"}),
        case(f, f"{a}/v1/kin", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "salon": HALL["id"], "skakalil": "2026-03-14",
            "ora": "16:00-20:00", "paquete": "tajimol_plus", "jayvo_olol": 25, "jayvo_muk": 15,
            "stojol": L(6900, BUY),
            "yol": {"sbi": L(KID, NAMEC), "svokel": L(DAUGHTER["dob"], BIRTH),
                    "sjabilal": L(6, BIRTH), "antz_vinik": L(DAUGHTER["sex"], GENDER)},
            "tema": "mariposas"}),
        case(f, f"{a}/v1/tojel/anticipo", fmt="form", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "takin": L("2000.00", BUY), "tarjeta_slajeb": L("4444", PAY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/pastel", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "sabor": "chocolate con fresa", "rebanadas": 40,
            "tsibal": L("Felicidades Xunka! 6 jabil", f"{TEXT}|{BIRTH}|{NAMEC}"),
            "alerjia": L("cacahuate", MED), "stojol": L(850, BUY)}),
        case(f, f"{a}/v1/pinyata", fmt="msgpack", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "forma": "mariposa", "dulse": L("sin cacahuate", MED),
            "bolsitas": 25, "stojol": L(620, BUY)}),
        case(f, f"{a}/v1/vulaal", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "vulaal": [
                {"sbi": L(n, NAMEC), "cel": L(p, TEL), "olol": 1} for n, p in GUESTS] + [
                {"sbi": L(MOTHER_IL[0], NAMEC), "cel": L(MOTHER_IL[1], TEL), "olol": 0}]}),
        multipart(f, f"{a}/v1/ikel/tarjeta", [
            ("lokol", "xunka_mariposa.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "kin": L(PARTY, BUY),
                "tsibal": L("Ven a festejar los 6 anos de Xunka! Sabado 14 de marzo, 4 pm",
                            f"{TEXT}|{BIRTH}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ikel/takel", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "kanal": "sms",
            "cel": [L(p, TEL) for _, p in GUESTS]}),
        case(f, f"{a}/v1/ikel/respuestas", headers=_h(rng, **b), query={
            "kin": L(PARTY, BUY)}),
        case(f, f"{a}/v1/veel", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "veel": [{"platillo": "tamales de chipilin", "jayvo": 30},
                                          {"platillo": "agua de jamaica", "litros": 12}],
            "stojol": L(1450, BUY)}),
        case(f, f"{a}/v1/payaso", fmt="form", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "ora": "17:30", "sbi_olol": L(DAUGHTER["first"], NAMEC),
            "stojol": L("900", BUY)}),
        case(f, f"{a}/v1/yulel", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "yav": {"lat": hla, "lon": hlo, "acc": 12},
            "salon": {"lat": HALL["lat"], "lon": HALL["lon"]}}),
        multipart(f, f"{a}/v1/album", [
            ("lokol", "pinyata.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {
                "kin": L(PARTY, BUY),
                "yalel": L("Xunka con su abuela Rosa rompiendo la pinyata", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lekilal", fmt="form", headers=_h(rng, **b), body={
            "salon": HALL["id"], "lekilal": "5",
            "yalel": L("Muy limpio y el payaso hizo reir a todos los ninos", TEXT)}),
        case(f, f"{a}/v1/tojel", headers=_h(rng, **b), body={
            "kin": L(PARTY, BUY), "takin": L(8720, BUY),
            "tarjeta_token": L(opaque(rng, "tok_", 24), PAY), "propina": L(200, BUY)}),
        booking,
        case(f, f"{a}/v1/kin/recibo", headers=_h(rng, how="none"), cookies={
            "tj_sesion": L(opaque(rng, "", 40), CRED), "tj_device": L(INSTALL_ID, DID),
            "tj_kin": W({"kin": L(PARTY, BUY), "sbi": L(f"{FIRST} {LAST}", NAMEC)},
                        "b64json")}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "es_MX")),
        case(f, f"{a}/v1/spasel", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "sesion": rid(rng), "spasel": [
                ev("kin_reservado", 1, stojol=L(6900, BUY)),
                ev("pantalla", 2, pantalla=L("Invitados", USAGE))]}),
    ]


def tajimol_sdks() -> list[Case]:
    rng = random.Random(22442)
    link = U("https://tajimol.example.com/i", {"kin": L(PARTY, BUY), "utm": "sms",
                                               "em": L(EMAIL, MAIL)})
    return [
        mj_batch(APP, rng, [("Party Booked", {"total": L(6900, BUY)}),
                            ("Invitations Sent", {"count": 3})], at=HALL_FIX, nd=3,
                 locale="es_MX"),
        th_launch(APP, rng, first=True),
        th_link(APP, rng, link),
        mj_pixel(APP, rng, "Invitation Opened", {"salon": HALL["id"]}),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="fiestas,infantiles,pasteles"),
        ck_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "guest row 4"),
                 [ck_crumb("nav", "Kin -> Vulaal")], screen="GuestsActivity"),
        fj_eval(APP, rng, {"salon": HALL["id"], "paquete": "tajimol_plus"}),
        ps_register(APP, rng, lang="es", at=HOME_AT, nd=2, tags={"salon": HALL["id"]}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "2000.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)]),
    ]
