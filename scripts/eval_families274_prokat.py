"""A medical-equipment rental shop's app "Tazalyk Prokat" (``tazalyk`` health, ``prokat`` rental:
an Izhevsk shop that hires out orthoses, crutches, wheelchairs and anti-bedsore mattresses,
delivers them and takes the social fund's certificates for disabled customers). She broke her
left ankle on the ice in December and hires a walker boot and crutches; she also arranges a
wheelchair and a mattress for her mother-in-law in Sarapul (disability group II after a stroke).
Its API's keys are Udmurt in ASCII with Russian medical loans: ``nim`` first name, ``fam``
surname (the abbreviation), ``pochta`` e-mail, ``tel_nomer`` phone, ``kod`` code,
``ulon_inty`` address, ``kar`` town, ``sosyrmon`` injury, ``pyd`` leg, ``pyd_bydzala`` shoe size,
``sekytlyk`` weight, ``dzhuzhdalyk`` height, ``emchi`` doctor, ``napravlenie`` referral,
``rentgen`` X-ray, ``ortez`` / ``kostyl`` / ``kolyaska`` / ``matras`` (loans), ``dogovor``
contract, ``zalog`` deposit, ``srok`` term, ``dostavka`` delivery, ``berytton`` return,
``anay`` mother (her mother-in-law), ``vordskem_nunal`` birth date, ``snils``,
``invalidnost`` disability group, ``ipra`` rehabilitation programme, ``visyon`` illness,
``dun`` price, ``tyron`` payment, ``ivor`` message, ``utchan`` search, ``uchyrjos`` events.
Calls: sign-up, an e-mail code, ``/mon``, the catalogue by shoe size, her rental request (the
fracture, her doctor's referral, her weight and height), the X-ray (PDF), the contract with her
residence permit, the deposit, the delivery, the mother-in-law's request under her IPRA (SNILS,
disability group, diagnosis), the IPRA scan, the delivery to Sarapul, the contract by number in
the path, an extension (msgpack), a check-in at the counter, the return checklist (JSON Lines), a
message about her doctor's advice, a search, a review, receipts by cookie GET, push and events."""

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
    MAIL,
    MED,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families274_kit import (
    DOCTOR,
    IZ_HOME,
    MOTHER_IL,
    RENTAL,
    RESIDENCE,
    SHOP,
    SHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families274_sdk import cp_crash, cp_crumb, gl_event, gl_launch, ld_batch, ld_queue
from eval_families274_svc import (
    cb_save,
    ft_eval,
    hv_attach,
    mk_geocode,
    pk_card,
    pk_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tazalyk", "Tazalyk Prokat", "com.example.tazalykprokat", "2.2.0",
          "https://api.tazalyk.example.net")
IID = "X-TP-Device"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
MIL = MOTHER_IL
MIL_RENTAL = "TP-S-11307"  # the mother-in-law's social-fund rental (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tazalyk() -> list[Case]:
    rng = random.Random(27441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pochta=L(EMAIL, MAIL), dogovor=L(RENTAL, BUY)))}
    sla, slo = fix(SHOP_FIX, 4)
    contract = at_path(case(f, f"{a}/api/dogovor/{RENTAL}", headers=_h(rng, **b)), RENTAL, BUY)
    boot, crutch = obj(rng, "eq"), obj(rng, "eq")
    return [
        case(f, f"{a}/api/kutis", headers=_h(rng), body={
            "nim": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "pochta": L(EMAIL, MAIL),
            "tel_nomer": L(E164, TEL), "ulon_inty": L(IZ_HOME["line"], ADDR),
            "kar": L(IZ_HOME["town"], COARSE)}),
        case(f, f"{a}/api/kod", fmt="form", headers=_h(rng), body={
            "pochta": L(EMAIL, MAIL), "kod": L("318204", CRED)}),
        case(f, f"{a}/api/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/katalog", headers=_h(rng, **b), query={
            "kategoriya": "ortez", "pyd_bydzala": L("39", FIT), "magazin": SHOP["id"]}),
        case(f, f"{a}/api/zayavka", headers=_h(rng, **b), body={
            "sosyrmon": L("perelom naruzhnoy lodyzhki, gips kuskem 18.12", MED),
            "pyd": L("pallyan", MED), "pyd_bydzala": L(39, FIT), "sekytlyk": L(64, FIT),
            "dzhuzhdalyk": L(168, FIT), "emchi": L(DOCTOR[0], NAMEC),
            "napravlenie": L("RKB1-TR-2025-88114", MED),
            "tovarjos": [{"id": boot, "nim": "ortez-sapog"}, {"id": crutch, "nim": "kostyl 2"}],
            "srok_nedel": 6}),
        multipart(f, f"{a}/api/rentgen", [
            ("fail", "rentgen_lodyzhka.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"napravlenie": L("RKB1-TR-2025-88114", MED),
                                                "nunal": "2025-12-18"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/dogovor", headers=_h(rng, **b), body={
            "dogovor": L(RENTAL, BUY), "fio": L(f"{FIRST} {LAST}", NAMEC),
            "dokument": {"tip": "vnzh", "nomer": L(RESIDENCE, NID)},
            "ulon_inty": L(IZ_HOME["line"], ADDR), "zalog": L(6000, BUY),
            "dun_nedel": L(900, BUY), "tovarjos": [boot, crutch]}),
        case(f, f"{a}/api/tyron", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(RENTAL, BUY), "summa": L("6000.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta4": L("4444", PAY)}),
        case(f, f"{a}/api/dostavka", headers=_h(rng, **b), body={
            "dogovor": L(RENTAL, BUY), "ulon_inty": L(IZ_HOME["line"], ADDR), "podezd": "3",
            "etazh": "5", "lift": True, "nunal": "2025-12-19", "tel_nomer": L(E164, TEL),
            "malpan": L("Mon pydyn ug vetly, podezd dorin viteme", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/anay/zayavka", headers=_h(rng, **b), body={
            "fio": L(MIL["name"], NAMEC), "vordskem_nunal": L(MIL["dob"], BIRTH),
            "snils": L(MIL["snils"], NID), "invalidnost": L(MIL["group"], f"{SENS}|{MED}"),
            "ipra": L(MIL["ipra"], MED),
            "visyon": L("ONMK 2024, pallyan yak gemiparez", MED), "sekytlyk": L(71, FIT),
            "tovarjos": [{"nim": "kolyaska komnatnaya", "shirina": 46},
                         {"nim": L("matras protivoprolezhnevyy", MED)}],
            "dogovor": L(MIL_RENTAL, BUY), "socfond": True}),
        multipart(f, f"{a}/api/anay/ipra", [
            ("fail", "ipra_skan.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}|{SENS}")),
            ("meta", None, "application/json", {"dogovor": L(MIL_RENTAL, BUY),
                                                "snils": L(MIL["snils"], NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/anay/dostavka", headers=_h(rng, **b), body={
            "dogovor": L(MIL_RENTAL, BUY), "ulon_inty": L(MIL["line"], ADDR),
            "kar": L(MIL["town"], COARSE), "indeks": L(MIL["post"], COARSE),
            "tel_nomer": L(MIL["phone"], TEL), "nunal": "2025-12-23",
            "malpan": L("Korka puyn, kryl'co 3 stupenka, kolyaska kyk adyamien vaytony",
                        TEXT)}),
        contract,
        case(f, f"{a}/api/prodlit", fmt="msgpack", headers=_h(rng, **b), body={
            "dogovor": L(RENTAL, BUY), "nedel": 2, "dun": L(1800, BUY),
            "prichina": L("emchi 2 arnya ortez kuriz", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/check_in", headers=_h(rng, **b), body={
            "magazin": SHOP["id"], "inty": {"lat": sla, "lon": slo},
            "magazin_inty": {"lat": SHOP["lat"], "lon": SHOP["lon"]}, "tsel": "berytton"}),
        lines(f, f"{a}/api/berytton/checklist", [
            {"tovar": boot, "sostoyanie": "bur", "kutis": L(USER_ID, UID)},
            {"tovar": crutch, "sostoyanie": "bur", "kutis": L(USER_ID, UID)},
            {"dogovor": L(RENTAL, BUY), "zalog_berytton": L(6000, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ivor", headers=_h(rng, **b), body={
            "kinly": "menedzher",
            "ivor": L("Dr. Olga Kasatkina veraz, ortez 2 arnya ese kule, kostyl'jos berytto",
                      f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/utchan", headers=_h(rng, **b), query={
            "q": L("kolyaska prokat Sarapul socfond", SEARCH), "kar": L("Sarapul", COARSE)}),
        case(f, f"{a}/api/otzyv", fmt="form", headers=_h(rng, **b), body={
            "magazin": SHOP["id"], "ball": "4",
            "tekst": L("Ortez yylon, dostavka Sarapulyn kyk nunal ortchiz.", TEXT)}),
        case(f, f"{a}/api/chekjos", headers=_h(rng, how="none"), cookies={
            "tp_session": L(opaque(rng, "", 40), CRED), "tp_dev": L(INSTALL_ID, DID),
            "tp_req": rid(rng)}),
        case(f, f"{a}/api/ustrojstvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/uchyrjos", gz=True, headers=_h(rng, **b), body={
            "kutis": L(USER_ID, UID), "uchyrjos": [
                ev("zayavka_ystem", 1), ev("ekran", 2, ekran=L("MonDogovorjos", USAGE))]}),
    ]


def tazalyk_sdks() -> list[Case]:
    rng = random.Random(27442)
    return [
        ld_batch(APP, rng, [("Rental Requested", {"category": "ortez"}),
                            ("Deposit Paid", {"amount": L(6000, BUY)})], at=SHOP_FIX, nd=3),
        ld_queue(APP, rng, [("Return Checklist", {"items": 2}), ("Contract Opened", {})]),
        gl_launch(APP, rng, first=True, user=True),
        gl_event(APP, rng, "purchase", {"dogovor": L(RENTAL, BUY)}, revenue=6000.0),
        cp_crash(APP, rng, ("java.lang.NumberFormatException", "shoe size 39,5"),
                 [cp_crumb("nav", "Katalog -> Ortez"), cp_crumb("tap", "size_picker")],
                 screen="KatalogActivity"),
        ft_eval(APP, rng, {"magazin": SHOP["id"], "socfond": True}, hdr=True),
        ps_register(APP, rng, tags={"magazin": SHOP["id"]}),
        cb_save(APP, rng, {"analytics": True, "marketing": False, "health_data": True}),
        pk_card(APP, rng, email=True),
        pk_confirm(APP, rng, "6000.00"),
        mk_geocode(APP, rng, f"{MIL['town']}, {MIL['line']}", f"{ADDR}|{SEARCH}",
                   near=SHOP_FIX, nd=4),
        hv_attach(APP, rng, L(b"\xff\xd8\xff\xe0" + bytes(40), MEDIA), "koleso.jpg",
                  "image/jpeg"),
    ]

