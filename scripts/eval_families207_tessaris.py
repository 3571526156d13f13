"""A mosaic school's evening-course app "Tessaris" (the Spilimbergo school's adult course; she
drives there from Udine on Tuesdays). Its API's keys are Friulian: ``non`` / ``cognon`` first
name / surname, ``pueste_eletroniche`` e-mail, ``telefonin`` mobile, ``peraule_claf`` password,
``date_di_nassite`` birth date, ``codic_fiscal`` tax code, ``indiric`` street line, ``citat``
city, ``pais`` town, ``codic_postal`` post code, ``ses`` sex (``femine``), ``numar_student``
student number, ``cors`` course, ``iscrizion`` enrolment, ``lezion`` lesson, ``presince``
attendance, ``posizion`` / ``latitudin`` / ``longjitudin`` position, ``scuele`` school,
``tessaris`` tesserae, ``ordin`` order, ``impuart`` amount, ``valute`` currency, ``paiament``
payment, ``metodi`` method, ``ultimis_cuatri`` last four, ``vore`` work (artwork), ``titul``
title, ``didascalie`` caption, ``feride`` cut, ``det`` finger, ``antitetaniche`` tetanus shot,
``comission`` commission, ``destinatari`` recipient, ``ricercje`` search, ``messac`` message,
``mostre`` exhibition, ``presit`` price, ``passac`` lift, ``partence`` departure, ``puescj``
seats, ``intestatari`` holder, ``fature`` invoice, ``utent`` user, ``aveniments`` events,
``schermi`` screen, ``dispositif`` device: sign-up, log-in, ``/jo``, courses, enrolment and its
payment, the student record by number in the path, attendance with her fix, a tesserae kit
(msgpack), a photo of her panel, a cut finger reported, a house-number mosaic commissioned for
the grandmother's house, a search, a message to the teacher, the calendar by cookie, the
end-of-year exhibition, a protobuf lesson beat, a lift offered to classmates, a refund IBAN,
an invoice by number in the path, a certificate request (base64 JSON in a form field), push,
events and a log-out."""

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
    GENDER,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families207_kit import (
    CF_JANE,
    GRANNY,
    HOME,
    HOME_AT,
    IBAN,
    MOSAIC,
    MOSAIC_FIX,
    STUDENT,
    fix,
    hd,
    obj,
    push,
)
from eval_families207_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    tn_event,
    tn_launch,
)
from eval_families207_svc import cl_card, cl_confirm, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tessaris", "Tessaris", "com.example.tessaris", "2.4.1",
          "https://api.tessaris.example.org")
IID = "X-Tessaris-Dispositif"
PW = "Smalt!Spilimberc26"
DOB_IT = "17/05/1991"
NID = "personal.national_id"
INVOICE = "TS-FT-2026-0211"  # the course's invoice (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fur=True, **kw)


def tessaris() -> list[Case]:
    rng = random.Random(20711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pueste_eletroniche=L(EMAIL, MAIL),
                                    numar_student=L(STUDENT, UID)))}
    mla, mlo = fix(MOSAIC_FIX)
    lesson = obj(rng, "lz")
    lab: dict[str, str] = {}
    beat = pb([(1, L(STUDENT, UID)), (2, lesson), (3, 1771959600),
               (4, [(1, L(MOSAIC_FIX[0], PRECISE)), (2, L(MOSAIC_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    book = at_path(case(f, f"{a}/api/v1/students/{STUDENT}/libret", headers=_h(rng, **b)),
                   STUDENT, UID)
    inv = at_path(case(f, f"{a}/api/v1/fatures/{INVOICE}", headers=_h(rng, **b),
                       query={"formât": "pdf"}), INVOICE, BUY)
    return [
        case(f, f"{a}/api/v1/regjistrazion", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "cognon": L(LAST, NAMEC),
            "pueste_eletroniche": L(EMAIL, MAIL), "telefonin": L(E164, TEL),
            "peraule_claf": L(PW, CRED), "date_di_nassite": L(DOB_IT, BIRTH),
            "codic_fiscal": L(CF_JANE, NID), "indiric": L(HOME["line"], ADDR),
            "citat": L(HOME["town"], COARSE), "codic_postal": L(HOME["post"], COARSE),
            "ses": L("femine", GENDER), "privacy": True, "newsletter": False}),
        case(f, f"{a}/api/v1/jentrade", fmt="form", headers=_h(rng), body={
            "pueste_eletroniche": L(EMAIL_UPPER, MAIL), "peraule_claf": L(PW, CRED),
            "visiti_di_me": "1"}),
        case(f, f"{a}/api/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/cors", headers=_h(rng, **b), query={
            "scuele": MOSAIC["id"], "an": "2026", "livel": "base"}),
        case(f, f"{a}/api/v1/iscrizion", headers=_h(rng, **b), body={
            "cors": "cr_sera_b26", "numar_student": L(STUDENT, UID), "impuart": L(480, BUY),
            "ratis": 2, "esperience": "nissune", "zornade": "martars"}),
        case(f, f"{a}/api/v1/paiament", fmt="form", headers=_h(rng, **b), body={
            "impuart": L("240.00", BUY), "valute": "EUR",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "ultimis_cuatri": L("4444", PAY),
            "rate": "1"}),
        book,
        case(f, f"{a}/api/v1/presince", headers=_h(rng, **b), body={
            "lezion": lesson, "posizion": {"latitudin": mla, "longjitudin": mlo, "precision": 7},
            "scuele": {"latitudin": MOSAIC["lat"], "longjitudin": MOSAIC["lon"]}}),
        case(f, f"{a}/api/v1/kit/ordin", fmt="msgpack", headers=_h(rng, **b), body={
            "numar_student": L(STUDENT, UID),
            "tessaris": [{"tip": "smalt venezian", "colôr": "blu cobalt", "kg": 0.5, "presit": 18},
                         {"tip": "marmul", "colôr": "blanc Carrara", "kg": 1, "presit": 9}],
            "impuart": L(27, BUY), "ritir": "scuele"}),
        multipart(f, f"{a}/api/v1/voris/foto", [
            ("foto", "gjal.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "numar_student": L(STUDENT, UID), "titul": L("Il gjal di none Rina", TEXT),
                "didascalie": L("Il gno prin mosaic, tecniche direte", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ferides", headers=_h(rng, **b), body={
            "lezion": lesson, "det": L("indis di çampe", MED),
            "descrizion": L("Mi soi taiade cul martielut, e à sanganât un pôc, disinfetade",
                            f"{TEXT}|{MED}"),
            "antitetaniche": L("2019-03", MED), "firme": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/comissions", headers=_h(rng, **b), body={
            "tip": "numar civic", "misure_cm": [30, 20],
            "destinatari": {"non_complet": L(GRANNY["name"], NAMEC),
                            "indiric": L(GRANNY["line"], ADDR),
                            "pais": L(GRANNY["town"], COARSE),
                            "codic_postal": L(GRANNY["post"], COARSE)},
            "note": L("Numar 14 cun un gjal, colôrs de Cjargne", TEXT), "impuart": L(180, BUY)}),
        case(f, f"{a}/api/v1/ricercje", headers=_h(rng, **b), query={
            "ricercje": L("smalts d'aur venezians", SEARCH), "pagjine": "1"}),
        case(f, f"{a}/api/v1/messacs", headers=_h(rng, **b), body={
            "a": "ins_livio", "fil": obj(rng, "fl"),
            "messac": L("Mestri, martars o rivi in ritart, se o tardi clamaimi al +1 555 010 0199",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/calendari", headers=_h(rng, how="none"), cookies={
            "ts_session": L(opaque(rng, "", 40), CRED), "ts_dispositif": L(INSTALL_ID, DID),
            "ts_req": rid(rng)}),
        case(f, f"{a}/api/v1/mostre/iscrizion", fmt="form", headers=_h(rng, **b), body={
            "vore": obj(rng, "vr"), "titul": L("Il gjal di none Rina", TEXT), "presit": "350",
            "numar_student": L(STUDENT, UID)}),
        raw(f, f"{a}/api/v1/lezions/{lesson}/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/passacs", headers=_h(rng, **b), body={
            "partence": {"latitudin": L(round(HOME_AT[0], 3), PRECISE),
                         "longjitudin": L(round(HOME_AT[1], 3), PRECISE)},
            "rivade": MOSAIC["id"], "ore": "17:40", "puescj": 2, "telefonin": L(E164, TEL)}),
        case(f, f"{a}/api/v1/profil/bancje", headers=_h(rng, **b), body={
            "iban": L(IBAN, PAY), "intestatari": L(f"{FIRST} {LAST}", NAMEC),
            "motif": "rimbors lezion anulade"}),
        inv,
        case(f, f"{a}/api/v1/certificat", fmt="form", headers=_h(rng, **b), body={
            "data": W({"numar_student": L(STUDENT, UID), "codic_fiscal": L(CF_JANE, NID),
                       "date_di_nassite": L(DOB_IT, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/dispositif", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/aveniments", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "aveniments": [
                ev("iscrizion", 1, cors="cr_sera_b26"), ev("paiament", 2, impuart=L(240, BUY)),
                ev("schermi", 3, schermi=L("MesVoris", USAGE))]}),
        case(f, f"{a}/api/v1/jessude", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "dispositif": L(INSTALL_ID, DID)}),
    ]


def tessaris_sdks() -> list[Case]:
    rng = random.Random(20712)
    return [
        mc_batch(APP, rng, [("Course Enrolled", {"total": L(480, BUY)}),
                            ("Lesson Attended", {"school": MOSAIC["id"]})],
                 at=MOSAIC_FIX, nd=2),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"cors": "cr_sera_b26"}, revenue=480.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="mosaic,art,course"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [cd_crumb("nav", "MesVoris -> Foto"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/voris/foto", "status": 0})],
                 screen="FotoActivity"),
        pt_register(APP, rng, lang="fur", at=HOME_AT, nd=2, tags={"cors": "cr_sera_b26"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "240.00"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((MOSAIC["lat"], MOSAIC["lon"]), None)]),
        hs_message(APP, rng, L(f"La fature {INVOICE} e à il codiç fiscâl sbaliât",
                               f"{TEXT}|{BUY}"), {"numar_student": L(STUDENT, UID)}),
    ]
