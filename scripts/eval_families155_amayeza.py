"""Traditional healer's consultation app "Amayeza" (a registered igqirha/ixhwele's house in
Ngangelizwe, Mthatha; its API's keys are isiXhosa: ``igama`` first name, ``ifani`` surname,
``imeyile`` e-mail, ``ifowuni`` phone, ``iphasiwedi`` password, ``umhla_wokuzalwa`` birth date,
``inombolo_yesazisi`` ID number, ``isini`` sex (``ibhinqa`` woman), ``isixeko`` city,
``ikhadi`` patient card, ``iimpawu`` symptoms, ``inkcazo`` description, ``amayeza`` medicines,
``iialeji`` allergies, ``uxinzelelo_lwegazi`` blood pressure, ``ukholo`` faith, ``ubhukisho``
booking, ``isixa`` amount, ``intlawulo`` payment, ``indlela`` method, ``ububanzi`` / ``ubude``
latitude / longitude, ``indawo`` place, ``ilali`` village, ``isithili`` district, ``abantu``
people, ``injongo`` purpose, ``umbono`` opinion, ``ukukhangela`` search, ``umyalezo``
message, ``iziganeko`` events, ``umsebenzisi`` user): sign-up with her SA ID number, log-in,
``/mna``, healers near the campus, slots, a consultation booked (sleeplessness, dreams of the
ancestors), her health history (gzip), the payment, a check-in, a protobuf session beat, a
remedy order (msgpack), a receipt by cookie, a review, a search, a message naming her husband,
the receipt by booking number in the path, a card link (base64 JSON in a form field), a
cleansing (isiwasho) at the homestead, a side-effect report, push, events and a log-out. Set 103
has a Chinese-medicine clinic; this is a Xhosa healer (divination, ubulawu, ancestors)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families155_kit import (
    CAMPUS_FIX,
    HEALER,
    HEALER_FIX,
    HOMESTEAD,
    HOMESTEAD_AT,
    HUSBAND,
    MOTHER_IL,
    PATIENT,
    SA_ID,
    fix,
    hd,
    obj,
    push,
)
from eval_families155_sdk import (
    ab_event,
    ab_launch,
    bm_bid,
    cz_crash,
    cz_crumb,
    mq_batch,
    mq_identify,
)
from eval_families155_svc import cr_card, cr_confirm, hn_message, mk_reverse, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("amayeza", "Amayeza", "com.example.amayeza", "1.8.2", "https://api.amayeza.example.org")
IID = "X-Amayeza-Isixhobo"
PW = "Ndlovu#Mthatha91"
NID = "personal.national_id"
BOOKING = "AMZ-BK-20417"  # the consultation booked (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, xh=True, **kw)


def amayeza() -> list[Case]:
    rng = random.Random(15511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyile=L(EMAIL, MAIL), ikhadi=L(PATIENT, UID)))}
    hla, hlo = fix(HEALER_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PATIENT, UID)), (2, HEALER["id"]), (3, 1768212000),
               (4, [(1, L(HEALER_FIX[0], PRECISE)), (2, L(HEALER_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/ubhukisho/{BOOKING}/irisithi", headers=_h(rng, **b)),
                      BOOKING, BUY)
    return [
        case(f, f"{a}/api/v1/bhalisa", headers=_h(rng), body={
            "igama": L(FIRST, NAMEC), "ifani": L(LAST, NAMEC), "imeyile": L(EMAIL, MAIL),
            "ifowuni": L(E164, TEL), "iphasiwedi": L(PW, CRED),
            "umhla_wokuzalwa": L("17/05/1991", "personal.birthdate"),
            "inombolo_yesazisi": L(SA_ID, NID), "isini": L("ibhinqa", GENDER),
            "isixeko": L("Gqeberha", COARSE), "ulwimi": L("xh", DEV), "imigaqo": True}),
        case(f, f"{a}/api/v1/ngena", fmt="form", headers=_h(rng), body={
            "imeyile": L(EMAIL_UPPER, MAIL), "iphasiwedi": L(PW, CRED), "ndikhumbule": "1"}),
        case(f, f"{a}/api/v1/mna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/amagqirha/kufutshane", headers=_h(rng, **b), query={
            "ububanzi": L(f"{CAMPUS_FIX[0]:.3f}", PRECISE),
            "ubude": L(f"{CAMPUS_FIX[1]:.3f}", PRECISE), "km": "15"}),
        case(f, f"{a}/api/v1/amagqirha/{HEALER['id']}/amaxesha", headers=_h(rng, **b),
             query={"umhla": "2026-01-16"}),
        case(f, f"{a}/api/v1/ukubonisana", headers=_h(rng, **b), body={
            "igqirha": HEALER["id"], "umhla": "2026-01-16", "ixesha": "10:30",
            "uhlobo": L("ukuvumisa", SENS), "ubhukisho": L(BOOKING, BUY),
            "isixa": L(350, BUY), "ikhadi": L(PATIENT, UID),
            "iimpawu": [L("ukungalali", MED), L("intloko ebuhlungu", MED)],
            "inkcazo": L("Andilali kakuhle iiveki ezintathu, ndiphupha izinyanya zakwaMgijima",
                         f"{TEXT}|{MED}|{SENS}")}),
        case(f, f"{a}/api/v1/impilo/imbali", gz=True, headers=_h(rng, **b), body={
            "ikhadi": L(PATIENT, UID), "amayeza": [L("amlodipine 5 mg", MED)],
            "iialeji": [L("penicillin", MED)], "uxinzelelo_lwegazi": L("145/92", MED),
            "uyakhulelwa": L(False, MED), "uyatshaya": L(False, MED),
            "ukholo": L("Methodist, ndiyazihlonela izinyanya", SENS)}),
        case(f, f"{a}/api/v1/intlawulo", fmt="form", headers=_h(rng, **b), body={
            "ubhukisho": L(BOOKING, BUY), "isixa": L("350.00", BUY), "imali": "ZAR",
            "indlela": L(opaque(rng, "pm_", 24), PAY), "amanani_okugqibela": L("4444", PAY)}),
        case(f, f"{a}/api/v1/fika", headers=_h(rng, **b), body={
            "igqirha": HEALER["id"], "indawo": {"ububanzi": hla, "ubude": hlo, "ukuchana": 7},
            "indlu": {"ububanzi": HEALER["lat"], "ubude": HEALER["lon"]},
            "ikhadi": L(PATIENT, UID), "fika_id": obj(rng, "fk")}),
        raw(f, f"{a}/api/v1/seshoni/ukubetha", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/amayeza/odola", fmt="msgpack", headers=_h(rng, **b), body={
            "ubhukisho": L(BOOKING, BUY), "ikhadi": L(PATIENT, UID),
            "amayeza": [{"igama": L("ubulawu bokulala", MED), "inani": 1, "ixabiso": 120},
                        {"igama": L("isiwasho sentloko", MED), "inani": 2, "ixabiso": 60}],
            "isixa": L(240, BUY), "ukuhanjiswa": "ukuthatha"}),
        case(f, f"{a}/api/v1/iirisithi/zamva", headers=_h(rng, how="none"), cookies={
            "amz_seshoni": L(opaque(rng, "", 40), CRED), "amz_isixhobo": L(INSTALL_ID, DID),
            "amz_req": rid(rng)}),
        case(f, f"{a}/api/v1/uvavanyo", fmt="form", headers=_h(rng, **b), body={
            "igqirha": HEALER["id"], "iinkwenkwezi": "5",
            "umbono": L("Amayeza akhe andincedile, ndiyalala ngoku. Enkosi Makhosi!",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/khangela", headers=_h(rng, **b), query={
            "ukukhangela": L("ubulawu bokulala Mthatha", SEARCH), "iphepha": "1"}),
        case(f, f"{a}/api/v1/umyalezo", headers=_h(rng, **b), body={
            "kubani": "hl_ngz07_desk",
            "umyalezo": L(f"Makhosi, ndicela ukuza nomyeni wam {HUSBAND['name']} ngoLwesihlanu",
                          f"{TEXT}|{NAMEC}")}),
        receipt,
        case(f, f"{a}/api/v1/ikhadi/dibanisa", fmt="form", headers=_h(rng, **b), body={
            "data": W({"ikhadi": L(PATIENT, UID), "ifowuni": L(NATIONAL, TEL),
                       "inombolo_yesazisi": L(SA_ID, NID)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/isiwasho", headers=_h(rng, **b), body={
            "igqirha": HEALER["id"], "umhla": "2026-02-14",
            "indawo": {"ilali": L(HOMESTEAD["village"], COARSE),
                       "isithili": L(HOMESTEAD["district"], COARSE),
                       "ububanzi": L(round(HOMESTEAD_AT[0], 5), PRECISE),
                       "ubude": L(round(HOMESTEAD_AT[1], 5), PRECISE)},
            "abantu": [L(HUSBAND["name"], NAMEC), L(MOTHER_IL[0], NAMEC)],
            "injongo": L("ukubulela izinyanya", SENS), "isixa": L(900, BUY)}),
        case(f, f"{a}/api/v1/isilumkiso", headers=_h(rng, **b), body={
            "ikhadi": L(PATIENT, UID), "iyeza": L("ubulawu bokulala", MED),
            "iimpawu": L("Isisu sibuhlungu emva kokusela ubulawu", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/isixhobo", headers=_h(rng, **b), body=push(push_token(rng), "xh_ZA")),
        case(f, f"{a}/api/v1/iziganeko", gz=True, headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "iziganeko": [
                ev("ubhukisho", 1, igqirha=HEALER["id"]), ev("intlawulo", 2, isixa=L(350, BUY)),
                ev("iscreen", 3, iscreen=L("UbhukishoLwam", USAGE))]}),
        case(f, f"{a}/api/v1/phuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "isixhobo": L(INSTALL_ID, DID)}),
    ]


def amayeza_sdks() -> list[Case]:
    rng = random.Random(15512)
    return [
        mq_batch(APP, rng, [("Consultation Booked", {"healer": HEALER["id"],
                                                     "total": L(350, BUY)}),
                            ("Checked In", {"healer": HEALER["id"]})],
                 at=HEALER_FIX, nd=2, locale="xh_ZA"),
        mq_identify(APP, rng, {"isixeko": L("Mthatha", COARSE), "ikhadi": L(PATIENT, UID),
                               "ukholo": L("izinyanya", SENS)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "purchase", {"ubhukisho": L(BOOKING, BUY)}, revenue=350.0,
                 currency="ZAR", hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CAMPUS_FIX, nd=3,
               keywords="wellness,herbal,sleep"),
        cz_crash(APP, rng, ("java.lang.IllegalStateException", "slot already taken"),
                 [cz_crumb("nav", "Amagqirha -> Amaxesha"),
                  cz_crumb("net", "POST", {"url": f"{APP.api}/api/v1/ukubonisana", "status": 409})],
                 screen="AmaxeshaActivity"),
        pq_register(APP, rng, lang="xh", tags={"igqirha": HEALER["id"],
                                                "iimpawu": L("ukungalali", MED)}),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "350.00"),
        mk_reverse(APP, rng, HOMESTEAD_AT, PRECISE, nd=5),
        hn_message(APP, rng, L(f"Ubhukisho {BOOKING} luhlawulwe kabini", f"{TEXT}|{BUY}"),
                   {"ikhadi": L(PATIENT, UID)}),
    ]
