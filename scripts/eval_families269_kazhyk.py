"""The son's kazhyk (sheep ankle-bone shooting) section app "Kazhykchy" (Youth Sports School
No. 2, Kyzyl; the school's API keys are Tuvan in ASCII with English and Russian loans, by a
different developer than Karasug's: ``ada_iye`` parent, ``oglu`` the son, ``ady`` name,
``familiyazy`` surname, ``torutken_hun`` birth date (spelt differently from Karasug's),
``torutken_chyl`` birth year, ``er_kys`` sex (``ool`` boy), ``snils`` (loan), ``svidetelstvo``
birth certificate (loan), ``telefon``, ``kod`` code, ``bolgu`` group, ``bashky`` coach,
``beletkel`` training, ``kelgen`` attendance, ``chok`` absence, ``chyldagaan`` reason,
``marylda`` contest, ``har_bolugu`` age group, ``tolevir`` fee payment, ``aksha`` amount,
``kadyk_bolugu`` health group, ``spravka`` medical certificate (loan), ``chuve`` item,
``churuk`` photo, ``medee`` message, ``dileer`` search, ``cher`` place, ``boluushkun`` event):
the parent's log-in by SMS code, ``/men`` with an ``ooldar`` claim, Ertine's enrolment (birth
certificate, SNILS), the sports doctor's certificate (PDF), the schedule by section number in the
path, attendance, a training absence (a cold), the monthly fee, a tournament entry, a set of
bones bought, the pick-up check-in at the hall, a message to the coach, results, a tournament
photo, a photo consent, the parents' carpool, sports accident insurance, a search, notices, push
and events with a session cookie."""

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
from eval_families269_kit import COACH, HALL, HALL_FIX, HUSBAND, SON, fix, hd, push
from eval_families269_sdk import bs_bid, ct_crash, ct_crumb, th_launch, um_batch, um_identify
from eval_families269_svc import ck_save, fk_eval, hk_message, ps_register, py_card, py_confirm
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kazhykchy", "Kazhykchy", "com.example.kazhykchy", "2.3.0",
          "https://api.kazhykchy.example.org")
IID = "X-Kazhyk-Device"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kazhykchy() -> list[Case]:
    rng = random.Random(26911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL),
                                    ooldar=[L(SON["member"], UID)], rol="ada_iye"))}
    hla, hlo = fix(HALL_FIX, 5)
    sched = at_path(case(f, f"{a}/v2/ooldar/{SON['member']}/beletkel", headers=_h(rng, **b),
                         query={"ai": "2026-01"}), SON["member"], UID)
    return [
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("518204", CRED)}),
        case(f, f"{a}/v2/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/ooldar", headers=_h(rng, **b), body={
            "ada_iye": {"ady": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
                        "el_shuudang": L(EMAIL_MIXED, MAIL)},
            "oglu": {"ady": L(SON["first"], NAMEC), "familiyazy": L(SON["last"], NAMEC),
                     "torutken_hun": L(SON["dob"], BIRTH), "er_kys": L("ool", GENDER),
                     "snils": L(SON["snils"], NID), "svidetelstvo": L(SON["cert"], NID),
                     "shkola": "school_9", "klass": "4b"},
            "bolgu": "kazhyk_10_12", "bashky": "tr_oorzhak"}),
        multipart(f, f"{a}/v2/spravka", [
            ("fail", "sport_spravka.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "oglu": L(SON["member"], UID), "kadyk_bolugu": L("II", MED),
                "chogaadyr": L(True, MED), "hun": "2026-01-09"})],
            headers=_h(rng, **b)),
        sched,
        case(f, f"{a}/v2/kelgen", headers=_h(rng, **b), query={
            "oglu": L(SON["member"], UID), "ai": "2026-01"}),
        case(f, f"{a}/v2/chok", headers=_h(rng, **b), body={
            "oglu": L(SON["member"], UID), "hun": "2026-01-15",
            "chyldagaan": L("aaryg", MED),
            "medee": L("Ertine hanlap kaan, bo hun beletkelge kelbes.",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/tolevir", fmt="form", headers=_h(rng, **b), body={
            "oglu": L(SON["member"], UID), "ai": "2026-02", "aksha": L("1800.00", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/marylda/shagaa-kubok/kirer", headers=_h(rng, **b), body={
            "oglu": L(SON["member"], UID), "har_bolugu": "10-12",
            "torutken_chyl": L(2015, BIRTH), "tolevir": L(300, BUY), "komanda": "dush2_a"}),
        case(f, f"{a}/v2/chuve/zakaz", headers=_h(rng, **b), body={
            "chuve": "kazhyk_set_40", "sany": 1, "ortek": L(950, BUY),
            "oglu": L(SON["member"], UID)}),
        case(f, f"{a}/v2/alyr/kirgen", headers=_h(rng, **b), body={
            "oglu": L(SON["member"], UID), "cher": {"lat": hla, "lng": hlo},
            "zal": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]},
            "hevir": "alyr"}),
        case(f, f"{a}/v2/medee", headers=_h(rng, **b), body={
            "kymga": {"ady": L(COACH[0], NAMEC), "telefon": L(COACH[1], TEL)},
            "medee": L("Baiyr Mergenovich, Ertinening kazhyktary ulug bolgan, chaa set "
                       "herek be?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/tungneldar", headers=_h(rng, **b), query={
            "marylda": "shagaa-kubok", "oglu": L(SON["member"], UID)}),
        multipart(f, f"{a}/v2/churuk", [
            ("churuk", "kubok.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "oglu": L(SON["member"], UID),
                "demdeglel": L(f"{KID} ushku cherni aldy!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/chopshool/churuk", fmt="form", headers=_h(rng, **b), body={
            "oglu": L(SON["member"], UID), "chopshool": "iye", "sayt": "chok"}),
        case(f, f"{a}/v2/chorukchu", headers=_h(rng, **b), body={
            "marylda": "shagaa-kubok", "olurar_cher": 2, "telefon": L(E164, TEL),
            "cholaachy": L(HUSBAND[0], NAMEC), "undurer_cher": "DUSH-2 door"}),
        case(f, f"{a}/v2/strahovka", headers=_h(rng, **b), body={
            "oglu": {"ady": L(KID, NAMEC), "torutken_hun": L(SON["dob"], BIRTH)},
            "polis": L("NS-" + opaque(rng, "", 8).upper(), BUY), "aksha": L(1200, BUY),
            "chyl": "2026"}),
        case(f, f"{a}/v2/dileer", headers=_h(rng, **b), query={
            "q": L("kazhyk set ooldarga", SEARCH)}),
        case(f, f"{a}/v2/chaa_medeeler", headers=_h(rng, **b), query={
            "zal": HALL["id"], "bolgu": "kazhyk_10_12", "since": "2026-01-01"}),
        case(f, f"{a}/v2/hereksel", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/boluushkun", headers=_h(rng, how="none"), cookies={
            "kz_sid": L(opaque(rng, "", 40), CRED), "kz_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("schedule_opened", 1), ev("screen", 2, screen=L("Tungneldar", USAGE))]}),
    ]


def kazhykchy_sdks() -> list[Case]:
    rng = random.Random(26912)
    return [
        um_batch(APP, rng, [("Schedule Opened", {"group": "kazhyk_10_12"}),
                            ("Fee Paid", {"amount": L(1800, BUY)})]),
        um_identify(APP, rng, {"rol": "ada_iye", "ooldar": 1, "hooray": L("Kyzyl", COARSE)}),
        th_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sport,kids,kazhyk"),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "results row"),
                 [ct_crumb("nav", "Ooldar -> Tungneldar")],
                 user={"id": L(USER_ID, UID)}, screen="ResultsActivity"),
        fk_eval(APP, rng, {"zal": HALL["id"], "ooldar": 1}),
        ps_register(APP, rng, tags={"zal": HALL["id"], "bolgu": "kazhyk_10_12"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "photos": True}),
        py_card(APP, rng),
        py_confirm(APP, rng, "1800.00"),
        hk_message(APP, rng, L(f"The February fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"oglu": L(SON["member"], UID)}),
    ]
