"""The state repatriation committee's app "Apsadgjyl" (apsadgjyl: homeland) for descendants of the
nineteenth-century exiles (muhajirs) who came back to Abkhazia, and their families: her husband's
family returned from Duzce in 2011; she, an American, is on the family's file. Its API is in Abkhaz
in Latin letters (``akhdz`` name, ``azhwla`` surname, ``atel`` phone, ``azhwamadza`` password,
``aiira_arytskhw`` birth date, ``aiira_atyp`` birthplace, ``amilat`` nationality in the Soviet sense
of ethnic origin, ``adin`` religion, ``ashjtra`` lineage (clan), ``akhytskhyrta`` place of origin,
``ataatswa`` family, ``akhatsa`` husband, ``akhwychy`` child, ``an`` mother, ``faili`` file,
``atwylauawra`` citizenship, ``abyzshwa`` language, ``akurs`` course, ``apara`` amount, ``schet``
account, ``aadres`` address, ``aqalaq`` city, ``atyp`` place, ``atshamta`` message, ``apshaara``
search, ``atsere`` event, ``amsh`` day): sign-up, an e-mail code, ``/sara`` with a JWT, the family
file (lineage, village of origin, members with ethnicity and religion), her citizenship application,
a document scan, the resettlement allowance to her rouble account, the flat allocation, her Abkhaz
course, Astan's Saturday class, the 21 May remembrance attendance with her fix, the ancestors (JSON
Lines), a message to the officer, the archive request by file number in the path, a translation
ordered, a check-in at the office, a search, push, events by a session cookie. "repatria",
"muhajir", "mahajir", "circassian" and "adyghe" matched no earlier docstring; the nearest is set
252's Garifuna heritage council (a membership with culture classes); this is a state resettlement
file with allowance, housing and citizenship."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families278_kit import (
    FAMILY_FILE,
    HOME,
    HUSBAND,
    MOTHER_IL,
    OFFICE,
    OFFICE_FIX,
    PASSPORT,
    RESIDENCE,
    RU_ACCOUNT,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families278_sdk import (
    cg_crash,
    cg_crumb,
    sa_batch,
    sa_identify,
    sa_pixel,
    ta_event,
    ta_launch,
)
from eval_families278_svc import ck_save, fl_eval, hw_message, md_geocode, pz_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("apsadgjyl", "Apsadgjyl", "com.example.apsadgjyl", "2.2.0",
          "https://api.apsadgjyl.example.org")
IID = "X-Apsadgjyl-Device"
PW = "Lykhny1877!Inal"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, ab=True, **kw)


def apsadgjyl() -> list[Case]:
    rng = random.Random(27831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), faili=L(FAMILY_FILE, UID),
                                    rol="chlen_semi"))}
    ola, olo = fix(OFFICE_FIX, 5)
    mla, mlo = fix((43.001318, 41.008472), 4)  # her phone at the remembrance on the embankment
    archive = at_path(case(f, f"{a}/v2/faili/{FAMILY_FILE}/arkhiv", headers=_h(rng, **b),
                           query={"ashyqws": "1877"}), FAMILY_FILE, UID)
    return [
        case(f, f"{a}/v2/registratsia", headers=_h(rng), body={
            "akhdz": L(FIRST, NAMEC), "azhwla": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "atel": L(E164, TEL), "azhwamadza": L(PW, CRED), "aiira_arytskhw": L(DOB, BIRTH),
            "aiira_atyp": L("Portland, Oregon", COARSE), "amilat": L("amerikaa", SENS),
            "akhatsa": {"akhdz": L(HUSBAND[0], NAMEC), "amilat": L("apswa", SENS)},
            "faili": L(FAMILY_FILE, UID)}),
        case(f, f"{a}/v2/email/kod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kod": L("447120", CRED)}),
        case(f, f"{a}/v2/sara", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/faili", headers=_h(rng, **b), body={
            "faili": L(FAMILY_FILE, UID), "ashjtra": L("Ketsba", SENS),
            "akhytskhyrta": L("Lykhny", SENS), "ashyqws_arhynhwra": 2011,
            "tyrqwtwyla_aqalaq": L("Duzce", COARSE),
            "ataatswa": [
                {"akhdz": L(HUSBAND[0], NAMEC), "aiira_arytskhw": L(HUSBAND[2], BIRTH),
                 "amilat": L("apswa", SENS), "adin": L("islam", SENS)},
                {"akhdz": L(KID, NAMEC), "aiira_arytskhw": L(SON["dob"], BIRTH),
                 "amilat": L("apswa", SENS)},
                {"akhdz": L(MOTHER_IL[0], NAMEC), "atel": L(MOTHER_IL[1], TEL),
                 "amilat": L("apswa", SENS), "adin": L("islam", SENS)}]}),
        case(f, f"{a}/v2/atwylauawra", headers=_h(rng, **b), body={
            "vnzh": L(RESIDENCE, NID), "pasport": L(PASSPORT, NID),
            "aadres": L(HOME["line"], ADDR), "aqalaq": L(HOME["town"], COARSE),
            "abyzshwa_aekzamen": "A1", "amilat": L("amerikaa", SENS),
            "akhatsa_faili": L(FAMILY_FILE, UID)}),
        multipart(f, f"{a}/v2/dokumenty", [
            ("scan", "nufus_inal.jpg", "image/jpeg", L(JPEG + b"\x6b", MEDIA)),
            ("meta", None, "application/json", {"faili": L(FAMILY_FILE, UID),
                                                "akhdz": L(HUSBAND[0], NAMEC),
                                                "dokument": "nufus kayit ornegi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/posobie", headers=_h(rng, **b), body={
            "faili": L(FAMILY_FILE, UID), "apara": L(150000, BUY), "valiuta": "RUB",
            "schet": L(RU_ACCOUNT, PAY), "poluchatel": L(f"{FIRST} {LAST}", NAMEC),
            "ataatswa_aphadza": 3}),
        case(f, f"{a}/v2/zhile", headers=_h(rng, **b), query={
            "faili": L(FAMILY_FILE, UID), "aqalaq": L("Sukhum", COARSE)}),
        case(f, f"{a}/v2/akurs", fmt="form", headers=_h(rng, **b), body={
            "akurs": "apswa-A1-vecher", "akharkhwaw": L(USER_ID, UID), "agrupa": "g_07"}),
        case(f, f"{a}/v2/akurs/akhwychy", headers=_h(rng, **b), body={
            "akurs": "apswa-sabat-9-11",
            "akhwychy": {"akhdz": L(SON["first"], NAMEC), "azhwla": L(SON["last"], NAMEC),
                         "aiira_arytskhw": L(SON["dob"], BIRTH)},
            "an": L(f"{FIRST} {LAST}", NAMEC), "atel": L(E164, TEL)}),
        case(f, f"{a}/v2/atsere/attend", headers=_h(rng, **b), body={
            "atsere": L("Amsh agwalashara - muhajirs, 21 May", SENS), "amsh": "2026-05-21",
            "atyp": {"lat": mla, "lon": mlo}, "ataatswa_aphadza": 3}),
        lines(f, f"{a}/v2/ashjtra/ancestors", [
            {"akhdz": L("Mehmet Ketsba", NAMEC), "aiira_ashyqws": 1902,
             "akhytskhyrta": L("Lykhny", SENS)},
            {"akhdz": L("Hasan Ketsba", NAMEC), "aiira_ashyqws": 1871,
             "akhytskhyrta": L("Lykhny", SENS)},
            {"akhdz": L("Zeynep Ketsba", NAMEC), "aiira_ashyqws": 1936,
             "tyrqwtwyla_aqalaq": "Duzce"}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/atshamta", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"),
            "atekst": L("My husband's great-grandfather Hasan left Lykhny in 1877; we need the "
                        "archive certificate for the Abkhaz passport", f"{TEXT}|{SENS}")}),
        archive,
        case(f, f"{a}/v2/perevod", fmt="form", headers=_h(rng, **b), body={
            "dokument": "nufus", "abyzshwa": "tr-ab", "ahw": L("1200", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "atyp": {"lat": ola, "lon": olo},
            "ofis": {"id": OFFICE["id"], "lat": OFFICE["lat"], "lon": OFFICE["lon"]},
            "ochered": obj(rng, "q", 6)}),
        case(f, f"{a}/v2/apshaara", headers=_h(rng, **b), query={
            "apshaara": L("Lykhny archive 1877 exile lists", SEARCH)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng), "ab_GE")),
        case(f, f"{a}/v2/events", headers=_h(rng, how="none"), cookies={
            "ps_sid": L(opaque(rng, "", 40), CRED), "ps_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("file_opened", 1), ev("screen", 2, screen=L("Ancestors", USAGE))]}),
    ]


def apsadgjyl_sdks() -> list[Case]:
    rng = random.Random(27832)
    return [
        sa_batch(APP, rng, [("File Opened", {"members": 3}),
                            ("Allowance Requested", {"amount": L(150000, BUY)})],
                 locale="ab_GE"),
        sa_identify(APP, rng, {"amilat": L("apswa", SENS), "faili": L(FAMILY_FILE, UID),
                               "aqalaq": L("Sukhum", COARSE)}),
        sa_pixel(APP, rng, "News Opened", {"item": "n_2026_014"}),
        ta_launch(APP, rng, first=True),
        ta_event(APP, rng, "application", {"kind": "citizenship"}),
        cg_crash(APP, rng, ("java.lang.NumberFormatException", "ashyqws: 18?7"),
                 [cg_crumb("nav", "Faili -> Ancestors"), cg_crumb("tap", "add_ancestor")],
                 screen="AncestorsActivity"),
        fl_eval(APP, rng, {"file_kind": L("repatriate-tr", SENS), "lang": "ab"}),
        pz_register(APP, rng, lang="ab", tags={"community": L("repatriates-duzce", SENS)}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        md_geocode(APP, rng, "Lykhny", SEARCH),
        hw_message(APP, rng, L("The allowance status is stuck at 'checking' since March", TEXT),
                   {"faili": L(FAMILY_FILE, UID)}),
    ]
