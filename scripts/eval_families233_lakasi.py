"""An on-duty pharmacy app "Lakasigarde" (lakasɩ: medicine; "pharmacie de garde": the weekly
night-and-Sunday rota of Kara's pharmacies; reservations against a photographed prescription,
the health mutual's share; camelCase JSON with Kabiyè words in ASCII: ``hide`` first name,
``digaHide`` surname, ``telefoni`` phone, ``sekreTom`` password, ``luluWiye`` birth date,
``haluAbalu`` sex, ``lakasi`` medicines, ``kudong`` illness (kʊdɔŋ), ``alafiya`` health,
``dokito`` doctor, ``mutuelle`` member number, ``liidiye`` amount, ``tom`` message, ``wiye``
day, ``tetu`` town, ``piye`` child, ``kilo`` weight): sign-up, log-in, ``/me``, the week's rota,
pharmacies near her house (3 decimals), a prescription photo (her malaria), the reservation, a
stock search, the payment, the pick-up with her fix, a protobuf dose log, reminders (gzip), a
question to the pharmacist, her health profile, a mutual refund to her IBAN, the reservation by
number in the path, her son as a dependant and his prescription, a card link (base64 JSON in a
form field), the history by cookie, push and events. New: "de garde", "duty pharmacy" and
"pharmacy rota" matched nothing in a docstring grep (pharmacy apps of earlier sets are
deliveries and refills, none the on-duty rota)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families233_kit import (
    HOME,
    HOME_AT,
    MUTUAL,
    PHARMACY,
    PHARMACY_FIX,
    SON,
    TG_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families233_sdk import ck_session, mk_batch, mk_queue, tp_launch
from eval_families233_svc import cn_card, co_check, ft_eval, hb_attach, md_geocode, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lakasigarde", "Lakasigarde", "com.example.lakasigarde", "3.0.2",
          "https://api.lakasigarde.example.net")
IID = "X-LG-Install"
PW = "Garde*Kozah1991"
RESV = "RSV-KRZ-260119-072"  # her reservation (financial.purchase)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def lakasigarde() -> list[Case]:
    rng = random.Random(23341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mutuelle=L(MUTUAL, MED)))}
    pla, plo = fix(PHARMACY_FIX, 5)
    lab: dict[str, str] = {}
    doses = pb([(1, L(USER_ID, UID)), (2, L("artemether-lumefantrine 20/120", MED)),
                (3, [(1, L(4, MED)), (2, L(6, MED)), (3, 1768820400)]), (4, "3.0.2")], "", lab)
    resv = at_path(case(f, f"{a}/v2/reservations/{RESV}", headers=_h(rng, **b)), RESV, BUY)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "hide": L(FIRST, NAMEC), "digaHide": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "sekreTom": L(PW, CRED), "luluWiye": L(DOB, BIRTH),
            "haluAbalu": L("halu", GENDER), "mutuelle": L(MUTUAL, MED),
            "tetu": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v2/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sekreTom": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/garde", headers=_h(rng, **b), query={
            "tetu": L("Kara", COARSE), "wiye": "2026-01-19", "nuit": "1"}),
        case(f, f"{a}/v2/pharmacies/near", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "garde": "true"}),
        multipart(f, f"{a}/v2/prescriptions", [
            ("photo", "ordonnance.jpg", "image/jpeg", L(JPEG + b"\x5a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "kudong": L("paludisme simple", MED), "dokito": L("Dr. Akouvi Bawena", NAMEC),
                "mutuelle": L(MUTUAL, MED), "wiye": "2026-01-19"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reservations", headers=_h(rng, **b), body={
            "pharmacy": PHARMACY["id"], "reservation": L(RESV, BUY),
            "lakasi": [L("artemether-lumefantrine 20/120 mg x24", MED),
                       L("paracetamol 500 mg", MED)],
            "liidiye": L(4850, BUY), "partMutuelle": L(3395, BUY),
            "prescription": obj(rng, "rx")}),
        case(f, f"{a}/v2/stock/search", headers=_h(rng, **b), query={
            "q": L("salbutamol inhalateur 100", f"{SEARCH}|{MED}"),
            "tetu": L("Kara", COARSE)}),
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "reservation": L(RESV, BUY), "liidiye": L("1455", BUY), "devise": "XOF",
            "paymentMethod": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v2/pickups", headers=_h(rng, **b), body={
            "reservation": L(RESV, BUY), "at": {"lat": pla, "lng": plo, "acc": 10},
            "pharmacy": {"id": PHARMACY["id"], "lat": PHARMACY["lat"],
                         "lng": PHARMACY["lon"]}}),
        raw(f, f"{a}/v2/doses", doses, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/reminders", gz=True, headers=_h(rng, **b), body={
            "reminders": [
                {"lakasi": L("artemether-lumefantrine", MED), "times": ["07:00", "19:00"],
                 "days": 3},
                {"lakasi": L("salbutamol inhaler", MED), "times": [], "asNeeded": True}],
            "user": L(USER_ID, UID)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "pharmacy": PHARMACY["id"], "thread": obj(rng, "th"),
            "tom": L("Can I take the malaria tablets with my salbutamol inhaler? I am not "
                     "pregnant and have no other treatment.", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/alafiya", headers=_h(rng, **b), body={
            "allergies": [L("sulfonamides", MED)], "chronic": [L("asthma", MED)],
            "pregnant": L(False, MED), "kilo": L(64, "health.fitness"),
            "bloodGroup": L("O+", MED)}),
        case(f, f"{a}/v2/mutuelle/refunds", fmt="form", headers=_h(rng, **b), body={
            "mutuelle": L(MUTUAL, MED), "reservation": L(RESV, BUY),
            "liidiye": L("3395", BUY), "iban": L(TG_ACCOUNT, PAY)}),
        resv,
        case(f, f"{a}/v2/dependants", headers=_h(rng, **b), body={
            "hide": L(SON["first"], NAMEC), "digaHide": L(SON["last"], NAMEC),
            "luluWiye": L(SON["dob"], BIRTH), "haluAbalu": L(SON["sex"], GENDER),
            "mutuelle": L(f"{MUTUAL}-02", MED), "relation": "piye"}),
        multipart(f, f"{a}/v2/prescriptions", [
            ("photo", "ordonnance_tchila.jpg", "image/jpeg",
             L(JPEG + b"\x5b", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "piye": L(KID, NAMEC), "kudong": L("otite moyenne aiguë", MED),
                "lakasi": L("amoxicilline 500 mg sirop", MED)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/cards/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"mutuelle": L(MUTUAL, MED), "telefoni": L(E164, TEL),
                       "luluWiye": L(DOB, BIRTH)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v2/history", headers=_h(rng, how="none"), cookies={
            "lg_session": L(opaque(rng, "", 40), CRED), "lg_device": L(INSTALL_ID, DID),
            "lg_req": rid(rng)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("garde_viewed", 1), ev("screen", 2, screen=L("Reservations", USAGE)),
                ev("locale", 3, lang=L("en_TG", DEV))]}),
    ]


def lakasigarde_sdks() -> list[Case]:
    rng = random.Random(23342)
    return [
        mk_batch(APP, rng, [("Reservation Made", {"total": L(4850, BUY)}),
                            ("Prescription Uploaded", {"kind": "photo"})]),
        mk_queue(APP, rng, [("Dose Taken", {"medicine": L("artemether-lumefantrine", MED)}),
                            ("Reminder Snoozed", {"minutes": 15})]),
        tp_launch(APP, rng, user=True),
        ck_session(APP, rng, secs=388),
        ft_eval(APP, rng, {"city": L("Kara", COARSE), "mutuelle": True}, hdr=True),
        pl_register(APP, rng, tags={"pharmacy": PHARMACY["id"], "garde_alerts": True}),
        co_check(APP, rng, {"analytics": True, "health_research": False}),
        md_geocode(APP, rng, "pharmacie de garde Kara", SEARCH, near=HOME_AT, nd=2),
        hb_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ordonnance.pdf", "application/pdf"),
        cn_card(APP, rng),
    ]
