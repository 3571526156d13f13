"""A public-service-centre e-queue and application tracker "Nowet" (nowet: a turn in a queue; an
Almaty developer's app in front of the district centres: she renews her residence permit, files
her son's ID card and registers the newborn and their address). Uyghur keys in Latin letters:
``iin`` individual identification number, ``pasport_nomuri`` passport number,
``turalghu_ijazet`` residence permit, ``xizmet`` service, ``merkez`` centre, ``bilet`` queue
ticket, ``iltimas`` application, ``iltimas_nomuri`` application number, ``hojjet`` document,
``halet`` status, ``heq`` fee, ``oghli`` son, ``qizi`` daughter, ``ata_anisi`` parent,
``tughulghan_orun`` birthplace, ``oy_igisi`` landlord, ``ijare_kelishimi`` lease, ``imza``
signature, ``achquch_paroli`` signing-key password, ``sertifikat`` certificate, ``kod`` code,
with the shared words (``isim``, ``familiye``, ``elxet``, ``yanfon``, ``mexpiy_nomur``,
``tughulghan_kun``, ``jinsi``, ``adres``, ``sheher``, ``nahiye``, ``pochta_indeksi``,
``kenglik``/``uzunluq``, ``pikir``, ``izdesh``, ``uchur``). Calls: sign-up with her IIN, an SMS
code, ``/men``, the services, centres near her (2 decimals), a queue ticket, the application,
passport and permit scans, the state fee, the status by application number in the path, a
check-in at the centre, a protobuf queue beat, the son's ID card, the newborn's birth
registration, the address registration with the landlord, a signing, notifications by cookie,
a rating, a search, a message to the operator, preferences (base64 JSON cookie), push and events.
Sets 154 (a civil registry), 169 (an agency filing a residence registration) and 14 (a US
immigration case) are other kinds: this is the queue and the tracker of a state service centre
("e-queue" and "public service cent" matched nothing)."""

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
    GENDER,
    JPEG,
    MAIL,
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
from eval_families24_kit import claims
from eval_families200_kit import (
    APPLICATION,
    BABY,
    CENTRE,
    CENTRE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    IIN,
    PASSPORT,
    RESIDENCE,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families200_sdk import mr_batch, mr_pixel, td_launch
from eval_families200_svc import (
    cs_save,
    cy_card,
    cy_confirm,
    fd_eval,
    hc_attach,
    ma_geocode,
    pl_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("nowet", "Nowet", "com.example.nowet", "5.0.2", "https://api.nowet.example.org")
IID = "X-Nowet-Install"
PW = "Nowet$Almaly2025"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
LANDLORD = ("Qurban Tokhtiev", "720314301233")  # the flat's owner (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def nowet() -> list[Case]:
    rng = random.Random(20031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, iin=L(IIN, NID), yanfon=L(E164, TEL)))}
    cla, clo = fix(CENTRE_FIX, 5)
    ticket = "C-047"
    lab: dict[str, str] = {}
    beat = pb([(1, L(APPLICATION, UID)), (2, ticket), (3, 6), (4, 1765526400),
               (5, [(1, L(CENTRE_FIX[0], PRECISE)), (2, L(CENTRE_FIX[1], PRECISE))])], "", lab)
    status = at_path(case(f, f"{a}/v1/iltimaslar/{APPLICATION}/halet", headers=_h(rng, **b)),
                     APPLICATION, UID)
    return [
        case(f, f"{a}/v1/tizimlitish", headers=_h(rng), body={
            "isim": L(FIRST, NAMEC), "familiye": L(LAST, NAMEC), "iin": L(IIN, NID),
            "yanfon": L(E164, TEL), "elxet": L(EMAIL, MAIL), "mexpiy_nomur": L(PW, CRED),
            "tughulghan_kun": L(DOB, BIRTH), "jinsi": L("ayal", GENDER)}),
        case(f, f"{a}/v1/kirish/sms", fmt="form", headers=_h(rng), body={
            "yanfon": L(E164, TEL), "kod": L("305518", CRED)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/xizmetler", headers=_h(rng, **b), query={"til": "ug", "bet": "1"}),
        case(f, f"{a}/v1/merkezler/yeqin", headers=_h(rng, **b), query={
            "kenglik": L(f"{HOME_AT[0]:.2f}", COARSE), "uzunluq": L(f"{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/v1/nowet/bilet", headers=_h(rng, **b), body={
            "merkez": CENTRE["id"], "xizmet": "svc_0412", "kun": "2025-12-12", "waqit": "10:40",
            "iin": L(IIN, NID), "bilet": ticket}),
        case(f, f"{a}/v1/iltimas", headers=_h(rng, **b), body={
            "iltimas_nomuri": L(APPLICATION, UID), "iin": L(IIN, NID),
            "pasport_nomuri": L(PASSPORT, NID), "turalghu_ijazet": L(RESIDENCE, NID),
            "adres": L(HOME["line"], ADDR), "sheher": L(HOME["town"], COARSE),
            "nahiye": L(HOME["area"], COARSE),
            "eri": {"isim": L(HUSBAND["name"], NAMEC), "iin": L(HUSBAND["iin"], NID)}}),
        multipart(f, f"{a}/v1/iltimas/hojjetler", [
            ("pasport", "passport.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{NID}")),
            ("ijazet", "permit.jpg", "image/jpeg", L(JPEG + b"\x32", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"iltimas_nomuri": L(APPLICATION, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tolem", fmt="form", headers=_h(rng, **b), body={
            "iltimas_nomuri": L(APPLICATION, UID), "heq": L("7384", BUY), "pul_birliki": "KZT",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_axirqi_4": L("4444", PAY)}),
        status,
        case(f, f"{a}/v1/kirish_belgisi", headers=_h(rng, **b), body={
            "bilet": ticket, "orun": {"kenglik": cla, "uzunluq": clo},
            "merkez": {"id": CENTRE["id"], "kenglik": CENTRE["lat"], "uzunluq": CENTRE["lon"]}}),
        raw(f, f"{a}/v1/nowet/pulsi", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/oghli/kimlik", headers=_h(rng, **b), body={
            "oghli": {"isim": L(SON["first"], NAMEC), "familiye": L(SON["last"], NAMEC),
                      "iin": L(SON["iin"], NID), "tughulghan_kun": L(SON["dob"], BIRTH),
                      "jinsi": L(SON["sex"], GENDER)},
            "ata_anisi": {"iin": L(IIN, NID), "munasiwet": "anisi"}, "merkez": CENTRE["id"]}),
        case(f, f"{a}/v1/qizi/tughulush", headers=_h(rng, **b), body={
            "qizi": {"isim": L(BABY["first"], NAMEC), "familiye": L(BABY["last"], NAMEC),
                     "tughulghan_kun": L(BABY["dob"], BIRTH), "jinsi": L(BABY["sex"], GENDER),
                     "tughulghan_orun": L("Almaty", COARSE)},
            "anisi_iin": L(IIN, NID), "atisi_iin": L(HUSBAND["iin"], NID),
            "perzent_nomuri": 2}),
        case(f, f"{a}/v1/adres/qeyd", headers=_h(rng, **b), body={
            "adres": L(HOME["line"], ADDR), "pochta_indeksi": L(HOME["post"], COARSE),
            "oy_igisi": {"isim": L(LANDLORD[0], NAMEC), "iin": L(LANDLORD[1], NID)},
            "ijare_kelishimi": "lease_2025_0031", "turghuchilar": 4}),
        case(f, f"{a}/v1/imza", fmt="form", headers=_h(rng, **b), body={
            "iltimas_nomuri": L(APPLICATION, UID), "iin": L(IIN, NID),
            "achquch_paroli": L("Eds!91Almaty", CRED), "sertifikat": obj(rng, "crt", 16),
            "hojjet_hash": opaque(rng, "", 64)}),
        case(f, f"{a}/v1/uqturushlar", headers=_h(rng, how="none"), cookies={
            "nw_sid": L(opaque(rng, "", 40), CRED), "nw_dev": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v1/bahalash", fmt="form", headers=_h(rng, **b), body={
            "merkez": CENTRE["id"], "bahalash": "4",
            "pikir": L("Nowet tez keldi, emma operator ruschila sozleshti", TEXT)}),
        case(f, f"{a}/v1/izdesh", headers=_h(rng, **b), query={
            "soz": L("chet'ellik turalghu ijazitini uzartish", SEARCH)}),
        case(f, f"{a}/v1/uchur", headers=_h(rng, **b), body={
            "tapshuruwalghuchi": "operator",
            "uchur": L(f"Turalghu ijazitimning nomuri {RESIDENCE}, halet ozgermidi",
                       f"{TEXT}|{NID}")}),
        case(f, f"{a}/v1/tengshek", headers=_h(rng, **b), cookies={
            "nw_pref": W({"til": L("ug", DEV), "iin": L(IIN, NID), "qarangghu": True},
                         "b64json")}),
        case(f, f"{a}/v1/uskune", headers=_h(rng, **b), body=push(push_token(rng), "ug_KZ")),
        case(f, f"{a}/v1/hadisiler", gz=True, headers=_h(rng, **b), body={
            "ishletkuchi": L(USER_ID, UID), "hadisiler": [
                ev("bilet_elindi", 1), ev("ekran", 2, ekran=L("IltimasHaliti", USAGE))]}),
    ]


def nowet_sdks() -> list[Case]:
    rng = random.Random(20032)
    return [
        mr_batch(APP, rng, [("Ticket Taken", {"centre": CENTRE["id"]}),
                            ("Fee Paid", {"amount": L(7384, BUY)})], at=CENTRE_FIX, nd=2),
        mr_pixel(APP, rng, "Status Opened", {"screen": "halet"}),
        td_launch(APP, rng, user=True),
        fd_eval(APP, rng, {"sheher": L("Almaty", COARSE), "til": L("ug", DEV)}, hdr=True),
        pl_register(APP, rng, lang="ug", tags={"merkez": CENTRE["id"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        cy_card(APP, rng, email=True),
        cy_confirm(APP, rng, "7384"),
        ma_geocode(APP, rng, "Almaly District Public Service Centre", SEARCH, near=HOME_AT,
                   nd=3),
        hc_attach(APP, rng, L(PDF, f"{MEDIA}|{NID}"), "residence_permit_scan.pdf",
                  "application/pdf"),
    ]
