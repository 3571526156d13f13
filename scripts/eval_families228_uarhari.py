"""A children's dance troupe's parent app "Uarhari Sapicha" (``uarhari`` dancer, ``sapicha``
little ones: the Danza de los Viejitos troupe of Paracho's culture house, where her son Tariakuri,
10, dances; the child's data). Keys are P'urhépecha, ASCII-folded, with loans: ``nana`` mother
(the parent), ``uajpa`` child, ``arhikua`` first name, ``apeyidu`` surname (loan), ``telefunu``
phone, ``klabe`` password (loan, "clave"), ``tsipekua_jurhiata`` birth date (a coinage: "life
day"), ``sexu`` sex (``tumbi`` boy), ``uarhari`` dancer (his troupe number), ``uarhakua`` dance,
``ensayu`` rehearsal (loan), ``jorhendari`` teacher, ``maskara`` mask (loan), ``estatura`` /
``kilu`` height / weight (loans), ``pamenchakua`` illness, ``xurhijkua`` medicine, ``alerjia``
allergy, ``tumina`` money, ``intskua`` payment, ``permisu`` permission (loan), ``nana_keri``
grandmother, ``uandakua`` message, ``jurhiata`` day, ``buskari`` search): the parent's sign-up
and log-in, ``/me`` with a dancers claim, the son enrolled (his CURP), his health form (gzip), the
costume sizes (msgpack), the monthly fee, rehearsals by dancer number in the path, the hall
check-in, an absence note, a trip consent for the Palm Sunday stage in Uruapan, a pick-up by his
grandmother, a message to the teacher, a performance video, a mask ordered from a carver, the
calendar, notices, a search, the performance day's offline check-ins (JSON Lines), push and
events. Many sets have children's music, chess or dance schools; no earlier docstring names the
Danza de los Viejitos or a mask-dance troupe ("viejitos" matched nothing, "dance troupe" only a
"none found" list in set 142)."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families228_kit import (
    HALL,
    HALL_FIX,
    MOTHER_IL,
    SON,
    STAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families228_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families228_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("uarhari", "Uarhari Sapicha", "com.example.uarharisapicha", "2.0.7",
          "https://api.uarharisapicha.example.com")
IID = "X-Uarhari-Device"
PW = "Viejitos!2015"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
STAGE_FIX = (19.419862, -102.055512)  # her phone at the stage's side on Palm Sunday


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def uarhari() -> list[Case]:
    rng = random.Random(22861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    uarhariecha=[L(SON["dancer"], UID)], rol="nana"))}
    hla, hlo = fix(HALL_FIX, 5)
    sla, slo = fix(STAGE_FIX)
    reh = at_path(case(f, f"{a}/v2/uarhari/{SON['dancer']}/ensayus", headers=_h(rng, **b),
                       query={"mes": "2026-03"}), SON["dancer"], UID)
    return [
        case(f, f"{a}/v2/nana/registro", headers=_h(rng), body={
            "arhikua": L(FIRST, NAMEC), "apeyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefunu": L(E164, TEL), "klabe": L(PW, CRED), "ireta": L("Paracho", COARSE)}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "klabe": L(PW, CRED), "recordar": "1"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/uajpa/inscripcion", headers=_h(rng, **b), body={
            "uajpa": {"arhikua": L(SON["first"], NAMEC), "apeyidu": L(SON["last"], NAMEC),
                      "tsipekua_jurhiata": L(SON["dob"], BIRTH), "sexu": L(SON["sex"], GENDER),
                      "curp": L(SON["curp"], NID), "uarhari": L(SON["dancer"], UID)},
            "grupu": "viejitos_infantil", "parentesku": "nana"}),
        case(f, f"{a}/v2/uajpa/salud", gz=True, headers=_h(rng, **b), body={
            "uarhari": L(SON["dancer"], UID), "pamenchakua": [L("asma leve", MED)],
            "xurhijkua": [L("salbutamol inhalador", MED)],
            "alerjia": [L("polen de pino", MED)], "tipo_sangre": L("O+", MED),
            "nota": L("Lleva su inhalador en la mochila, usarlo antes de bailar",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/vestuario/tallas", fmt="msgpack", headers=_h(rng, **b), body={
            "uarhari": L(SON["dancer"], UID), "estatura": L(138, FIT), "kilu": L(32, FIT),
            "talla_huarache": "20", "maskara": "sonriente_rosa", "baston": "corto"}),
        case(f, f"{a}/v2/intskua", fmt="form", headers=_h(rng, **b), body={
            "uarhari": L(SON["dancer"], UID), "mes": "2026-03", "tumina": L("250.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        reh,
        case(f, f"{a}/v2/ensayus/checkin", headers=_h(rng, **b), body={
            "uarhari": L(SON["dancer"], UID), "ubicacion": {"lat": hla, "lng": hlo},
            "salon": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]},
            "tipu": "entrega"}),
        case(f, f"{a}/v2/faltas", headers=_h(rng, **b), body={
            "uarhari": L(SON["dancer"], UID), "jurhiata": "2026-03-12",
            "motivu": L("enfermedad", MED),
            "uandakua": L("Tari tiene fiebre y tos desde ayer, no va al ensayo del jueves.",
                          f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/viajes/domingo_ramos/permisu", fmt="form", headers=_h(rng, **b), body={
            "uarhari": L(SON["dancer"], UID), "permisu": "si",
            "telefunu_emergencia": L(E164, TEL), "escenario": STAGE["id"]}),
        case(f, f"{a}/v2/recoger/autoriza", headers=_h(rng, **b), body={
            "uarhari": L(SON["dancer"], UID),
            "persona": {"arhikua": L(MOTHER_IL[0], NAMEC), "telefunu": L(MOTHER_IL[1], TEL),
                        "parentesku": "nana_keri"}, "dias": ["mar", "jue"]}),
        case(f, f"{a}/v2/uandakua", headers=_h(rng, **b), body={
            "hilo": obj(rng, "hl"), "para": "jorhendari_chucho",
            "uandakua": L("Maestro, ¿Tari puede usar la máscara que le talló su abuelo?",
                          f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v2/videos", [
            ("video", "viejitos_ensayo.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"uarhari": L(SON["dancer"], UID),
                                                "grupu": "viejitos_infantil"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/maskaras/pedido", headers=_h(rng, **b), body={
            "tallador": "tl_mask_041", "maskara": "sonriente_rosa", "madera": "colorín",
            "tumina": L(900, BUY), "pedido": L(opaque(rng, "MK", 8), BUY),
            "jurhiata_entrega": "2026-03-25"}),
        case(f, f"{a}/v2/presentaciones", headers=_h(rng, **b), query={
            "grupu": "viejitos_infantil", "desde": "2026-03-01"}),
        case(f, f"{a}/v2/avisos", headers=_h(rng, **b), query={
            "salon": HALL["id"], "desde": "2026-03-01"}),
        case(f, f"{a}/v2/buskari", headers=_h(rng, **b), query={
            "q": L("huaraches de viejito talla 20", SEARCH)}),
        lines(f, f"{a}/v2/presentaciones/checkins", [
            {"uarhari": L(SON["dancer"], UID), "escenario": STAGE["id"], "t": 1774166400,
             "lat": sla, "lng": slo},
            {"uarhari": L(SON["dancer"], UID), "escenario": STAGE["id"], "t": 1774173600,
             "estadu": "entregado", "a": L(MOTHER_IL[0], NAMEC)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dispositivos", headers=_h(rng, **b), body=push(push_token(rng),
                                                                           "es_MX")),
        case(f, f"{a}/v2/eventos", headers=_h(rng, how="none"), cookies={
            "us_sid": L(opaque(rng, "", 40), CRED), "us_dev": L(INSTALL_ID, DID)}, body={
            "kuiripu": L(USER_ID, UID), "eventos": [
                ev("video_subido", 1), ev("pantalla", 2, pantalla=L("Ensayos", USAGE))]}),
    ]


def uarhari_sdks() -> list[Case]:
    rng = random.Random(22862)
    return [
        mc_batch(APP, rng, [("Fee Paid", {"amount": L(250, BUY)}),
                            ("Video Uploaded", {"seconds": 48})], locale="es_MX"),
        mc_identify(APP, rng, {"rol": "nana", "uarhariecha": 1, "ireta": L("Paracho", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="danza,ninos,tradicion"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encode"),
                 [cd_crumb("nav", "Videos -> Subir")], user={"id": L(USER_ID, UID)},
                 screen="VideoActivity"),
        fn_eval(APP, rng, {"grupu": "viejitos_infantil", "hijos": 1}),
        pt_register(APP, rng, lang="es", tags={"grupu": "viejitos_infantil"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "250.00"),
        hs_message(APP, rng, L(f"El pago de marzo de {KID} sale pendiente", f"{TEXT}|{NAMEC}"),
                   {"uarhari": L(SON["dancer"], UID)}),
    ]
