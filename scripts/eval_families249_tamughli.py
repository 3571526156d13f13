"""A vehicle technical-inspection centre's booking app "Tamughli" (lit. "the look"; a private
inspection centre in Oued Aissi, Tizi Ouzou: the family's 2018 Renault Symbol is registered to
her husband, she drives it and books its inspection). Its API's keys are Kabyle, ASCII-folded,
with the garage's French loans: ``isem_d_lqeb`` full name, ``imayl`` e-mail, ``portable`` mobile
number, ``awal_uffir`` password, ``tangalt`` SMS code, ``lpermi`` driving licence, ``takerrust``
car, ``lmatrikul`` plate, ``lmarka`` make, ``lmudil`` model, ``aseggas`` year, ``ikilumitren``
mileage, ``bab_is`` its owner, ``uttun_n_tegnit`` national number, ``lkart_griz`` the
registration card, ``ammas`` centre, ``tizi`` slot (lit. "moment"), ``tamughli`` inspection,
``azal`` amount, ``axelles`` payment, ``adeg`` place, ``lghelta``/``lghaltat`` defect(s),
``tughalin`` the re-inspection (lit. "return"), ``rrapil`` reminder, ``izen`` message, ``ibenk``
device, ``tidyanin`` events: sign-up with her licence, an SMS log-in, ``/amaghnu``, the car with
its owner (her husband's national number), the registration card's photo, slots, the booking,
its payment, the check-in at the centre with her fix, the report by booking number in the path,
an odometer photo, the defects acknowledged, the re-inspection, a reminder, a garage search near
the centre, an offline log (JSON Lines), the documents sync (msgpack), a message, push, events
and a log-out. New: "technical inspection" matched no docstring ("vehicle inspection" and
"roadworthiness" appear in set 144's garage app and 236's moto, which repair or insure; this is
the inspection centre's own booking app)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families249_kit import (
    CAR,
    CT_CENTRE,
    CT_FIX,
    HUSBAND,
    HUSBAND_NIN,
    TO_HOME_AT,
    fix,
    hd,
    push,
)
from eval_families249_sdk import as_batch, as_pixel, cz_crash, cz_crumb, tu_launch
from eval_families249_svc import ca_save, ft_eval, ha_message, mt_geocode, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tamughli", "Tamughli", "com.example.tamughli", "1.1.9",
          "https://api.tamughli.example.com")
IID = "X-Tamughli-Ibenk"
PW = "Symbol2018!Oued"
NID = "personal.national_id"
LICENCE = "15-0021877-DZ"  # her Algerian driving licence (personal.national_id)
REPORT = "CT-OA-2026-009314"  # the inspection booking and report (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def tamughli() -> list[Case]:
    rng = random.Random(24961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, portable=L(E164, TEL), lpermi=L(LICENCE, NID)))}
    cla, clo = fix(CT_FIX, 6)
    rep = at_path(case(f, f"{a}/v1/tamughli/{REPORT}", headers=_h(rng, **b),
                       query={"amasal": "json"}), REPORT, BUY)
    car = {"lmatrikul": CAR["plate"], "vin": CAR["vin"], "lmarka": CAR["make"],
           "lmudil": CAR["model"], "aseggas": CAR["year"]}
    return [
        case(f, f"{a}/v1/ajerred", headers=_h(rng), body={
            "isem_d_lqeb": L(f"{FIRST} {LAST}", NAMEC), "imayl": L(EMAIL, MAIL),
            "portable": L(E164, TEL), "awal_uffir": L(PW, CRED), "lpermi": L(LICENCE, NID)}),
        case(f, f"{a}/v1/tuqqna/sms", fmt="form", headers=_h(rng), body={
            "portable": L(E164, TEL), "tangalt": L("117604", CRED)}),
        case(f, f"{a}/v1/amaghnu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tikerrusin", headers=_h(rng, **b), body={
            "takerrust": car, "ikilumitren": 84210,
            "bab_is": {"isem_d_lqeb": L(HUSBAND[0], NAMEC),
                       "uttun_n_tegnit": L(HUSBAND_NIN, NID), "portable": L(HUSBAND[1], TEL)},
            "amenhar": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/tikerrusin/lkart_griz", [
            ("tawlaft", "carte_grise.jpg", "image/jpeg", L(JPEG + b"\x67", MEDIA)),
            ("meta", None, "application/json", {"lmatrikul": CAR["plate"], "udem": "sdat"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ammas/{CT_CENTRE['id']}/tizi", headers=_h(rng, **b), query={
            "ass": "2026-02-24", "anaw": "VL"}),
        case(f, f"{a}/v1/tamughli", headers=_h(rng, **b), body={
            "ammas": CT_CENTRE["id"], "tizi": "2026-02-24T08:30", "lmatrikul": CAR["plate"],
            "anaw": "periodique", "tamughli": L(REPORT, BUY), "azal": L(2500, BUY)}),
        case(f, f"{a}/v1/axelles", fmt="form", headers=_h(rng, **b), body={
            "tamughli": L(REPORT, BUY), "azal": L("2500.00", BUY), "tadrimt": "DZD",
            "method": L(opaque(rng, "pm_", 24), PAY), "takarda_4": L("7731", PAY)}),
        case(f, f"{a}/v1/tamughli/anekcum", headers=_h(rng, **b), body={
            "tamughli": L(REPORT, BUY), "adeg": {"lat": cla, "lng": clo, "tiseddi": 12},
            "ammas": {"id": CT_CENTRE["id"], "lat": CT_CENTRE["lat"], "lng": CT_CENTRE["lon"]},
            "tawwurt": "piste_2"}),
        rep,
        multipart(f, f"{a}/v1/tamughli/ikilumitren", [
            ("tawlaft", "compteur.jpg", "image/jpeg", L(JPEG + b"\x68", MEDIA)),
            ("meta", None, "application/json", {"tamughli": L(REPORT, BUY),
                                                "ikilumitren": 84236})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/tamughli/lghaltat", headers=_h(rng, **b), body={
            "tamughli": L(REPORT, BUY), "lghaltat": [
                {"tangalt": "1.1.13", "aglam": "disque de frein AV usure", "aswir": "majeure"},
                {"tangalt": "4.1.1", "aglam": "feu de croisement regle", "aswir": "mineure"}],
            "yettwaqbel": True}),
        case(f, f"{a}/v1/tughalin", headers=_h(rng, **b), body={
            "tamughli": L(REPORT, BUY), "tizi": "2026-03-09T09:00",
            "tughalin": L("CT-OA-2026-010277", BUY), "azal": L(800, BUY)}),
        case(f, f"{a}/v1/rrapil", fmt="form", headers=_h(rng, **b), body={
            "lmatrikul": CAR["plate"], "ass": "2027-02-20", "sms": L(E164, TEL),
            "imayl": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/igaragen", headers=_h(rng, **b), query={
            "lat": f"{CT_CENTRE['lat']:.4f}", "lng": f"{CT_CENTRE['lon']:.4f}",
            "anaw": "lfran", "km": "5"}),
        lines(f, f"{a}/v1/amazray", [
            {"tadyant": "qr_scanned", "tamughli": L(REPORT, BUY), "t": 1771921800,
             "ibenk": L(INSTALL_ID, DID)},
            {"tadyant": "lghaltat_yettwaqbel", "tamughli": L(REPORT, BUY), "t": 1771923610,
             "adeg": {"lat": L(round(CT_FIX[0], 4), PRECISE),
                      "lng": L(round(CT_FIX[1], 4), PRECISE)}}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/isemliyen/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "lmatrikul": CAR["plate"], "isemliyen": [
                {"anaw": "lkart_griz", "yella": True},
                {"anaw": "lasurans", "ar": "2026-11-30"},
                {"anaw": "lpermi", "uttun": L(LICENCE, NID)}],
            "ibenk": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/izen", headers=_h(rng, **b), body={
            "ammas": CT_CENTRE["id"], "izen": L(
                "Ad d-aseɣ s tkeṛṛust n wergaz-iw, Idir, nekk ara d-yawin isemliyen", TEXT)}),
        case(f, f"{a}/v1/ibenk", headers=_h(rng, **b), body=push(push_token(rng), "fr_DZ")),
        case(f, f"{a}/v1/tidyanin", gz=True, headers=_h(rng, **b), body={
            "aseqdac": L(USER_ID, UID), "tidyanin": [
                ev("tamughli_tettwaseg", 1), ev("agdil", 2, agdil=L("Lghaltat", USAGE))]}),
        case(f, f"{a}/v1/tufgha", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ibenk": L(INSTALL_ID, DID)}),
    ]


def tamughli_sdks() -> list[Case]:
    rng = random.Random(24962)
    return [
        as_batch(APP, rng, [("Inspection Booked", {"total": L(2500, BUY)}),
                            ("Defects Viewed", {"count": 2})], at=CT_FIX, nd=2),
        as_pixel(APP, rng, "Slots Viewed", {"centre": CT_CENTRE["id"]}),
        tu_launch(APP, rng, first=True, user=True),
        cz_crash(APP, rng, ("java.lang.NullPointerException", "report pdf"),
                 [cz_crumb("nav", "Tamughli -> Rapport"), cz_crumb("tap", "download")],
                 screen="RapportActivity"),
        ft_eval(APP, rng, {"centre": CT_CENTRE["id"], "vehicle": "VL"}),
        pl_register(APP, rng, lang="fr", at=TO_HOME_AT, nd=2,
                    tags={"centre": CT_CENTRE["id"]}),
        ca_save(APP, rng, {"analytics": True, "marketing": True}),
        mt_geocode(APP, rng, "garage freins Oued Aissi", "behavior.search",
                   near=CT_FIX, nd=3),
        ha_message(APP, rng, L("Rapport n tmughli ur d-yeffiɣ ara s PDF", TEXT),
                   {"tamughli": L(REPORT, BUY)}),
    ]
