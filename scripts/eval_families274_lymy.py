"""The city's towed-car app "Lymykar" (``lymy`` snow, ``kar`` town: when the roads are cleared of
snow at night, cars left on the cleared side are towed to a special parking lot; the app finds
the car, computes the tow and the hourly storage fee, takes the payment, issues the exit pass,
takes complaints and warns of the next clearing on a street). Her car was towed from a side
street near the centre. Its API's keys are Udmurt in ASCII with the Russian loans such services
use: ``nim`` first name, ``vyzhynim`` surname, ``el_adres`` e-mail, ``telefon``, ``pyron_kyl``
password (lit. "entry word"), ``prava`` driving licence (the colloquial loan), ``mashina`` car,
``gos_nomer`` plate, ``sts`` registration certificate, ``marka`` make, ``tuse`` colour,
``kulem_inty`` where it stood, ``uram`` street, ``raion`` district, ``evakuaciya`` tow,
``shtrafstoyanka`` lot, ``vozyon_dun`` storage fee, ``evak_dun`` tow fee, ``chasjos`` hours,
``tyron`` payment, ``doverennost`` power of attorney, ``kinly`` to whom, ``sured`` photo,
``zhaloba`` complaint, ``inty`` place, ``lymy_grafik`` clearing schedule, ``ivor`` message,
``utchan`` search, ``uchyrjos`` events. Calls: sign-up with her licence, a log-in, ``/mon``, the
car added, where she had left it (her fix and the street), the tow
by number in the path, the fee, the payment, a power of attorney for her husband (his licence), a
damage photo, a complaint, a check-in at the lot, a protobuf exit pass, the clearing schedule for
her street, clearing alerts near home, a search, a message naming her husband, an offline queue
(JSON Lines), the receipt by cookie GET (base64 JSON car cookie), push and events."""

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
    DIGITS,
    E164,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families274_kit import (
    HUSBAND,
    IMPOUND,
    IMPOUND_FIX,
    IZ_HOME,
    IZ_HOME_AT,
    LICENCE,
    PARKED_AT,
    PLATE,
    TOW,
    VIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families274_sdk import (
    bg_bid,
    cp_session,
    gl_event,
    gl_launch,
    ld_batch,
)
from eval_families274_svc import (
    ft_eval,
    mk_reverse,
    mk_route,
    pk_card,
    pk_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("lymykar", "Lymykar", "com.example.lymykar", "1.3.9", "https://api.lymykar.example.org")
IID = "X-Lymykar-Device"
PW = "Granta-K418!"
NID = "personal.national_id"
STS = "18 73 402915"  # the car's registration certificate (unlabelled, as the plate)
ILYA_LICENCE = "18 19 660342"  # her husband's licence (another person's: personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def lymykar() -> list[Case]:
    rng = random.Random(27451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_adres=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    pla, plo = fix(PARKED_AT)
    ila, ilo = fix(IMPOUND_FIX)
    lab: dict[str, str] = {}
    gate = pb([(1, L(TOW, BUY)), (2, PLATE), (3, 1766031600), (4, L(INSTALL_ID, DID)),
               (5, L(23, DEV))], "", lab)
    tow = at_path(case(f, f"{a}/v1/evakuaciya/{TOW}", headers=_h(rng, **b)), TOW, BUY)
    return [
        case(f, f"{a}/v1/registraciya", headers=_h(rng), body={
            "nim": L(FIRST, NAMEC), "vyzhynim": L(LAST, NAMEC), "el_adres": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "pyron_kyl": L(PW, CRED), "prava": L(LICENCE, NID)}),
        case(f, f"{a}/v1/pyron", fmt="form", headers=_h(rng), body={
            "telefon": L(DIGITS, TEL), "pyron_kyl": L(PW, CRED)}),
        case(f, f"{a}/v1/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mashinajos", headers=_h(rng, **b), body={
            "gos_nomer": PLATE, "vin": VIN, "sts": STS, "marka": "Lada Granta", "tuse": "shed",
            "kozyain": {"fio": L(f"{FIRST} {LAST}", NAMEC), "prava": L(LICENCE, NID)}}),
        case(f, f"{a}/v1/kulem_inty", headers=_h(rng, **b), body={
            "gos_nomer": PLATE, "inty": {"lat": pla, "lon": plo},
            "uram": L("ul. Udmurtskaya 255 dorin", PRECISE), "kuldiz": "2025-12-17T21:40"}),
        tow,
        case(f, f"{a}/v1/raschet", headers=_h(rng, **b), body={
            "evakuaciya": L(TOW, BUY), "chasjos": 19, "vozyon_dun": L(760, BUY),
            "evak_dun": L(3300, BUY), "itogo": L(4060, BUY),
            "shtrafstoyanka": IMPOUND["id"]}),
        case(f, f"{a}/v1/tyron", fmt="form", headers=_h(rng, **b), body={
            "evakuaciya": L(TOW, BUY), "summa": L("4060.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_berpum": L("4444", PAY)}),
        case(f, f"{a}/v1/doverennost", headers=_h(rng, **b), body={
            "evakuaciya": L(TOW, BUY), "gos_nomer": PLATE,
            "kinly": {"fio": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                      "prava": L(ILYA_LICENCE, NID)}, "srok": "2025-12-20"}),
        multipart(f, f"{a}/v1/sured/povrezhdenie", [
            ("sured", "bamper.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
            ("meta", None, "application/json", {
                "evakuaciya": L(TOW, BUY),
                "malpan": L("Azlo bamper chogem, evakuaciya azlo ug val", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/zhaloba", headers=_h(rng, **b), body={
            "evakuaciya": TOW,
            "tekst": L("Uramyn lymy mistyon sariys znak ug val, mashina uyyn 3 chasyn "
                       "kuskemyn.", TEXT)}),
        case(f, f"{a}/v1/check_in", headers=_h(rng, **b), body={
            "shtrafstoyanka": IMPOUND["id"], "inty": {"lat": ila, "lon": ilo, "acc": 7},
            "stoyanka_inty": {"lat": IMPOUND["lat"], "lon": IMPOUND["lon"]},
            "check_in": obj(rng, "ci")}),
        raw(f, f"{a}/v1/vyezd", gate, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/lymy_grafik", headers=_h(rng, **b), query={
            "raion": L(IZ_HOME["area"], COARSE), "uram": L("ul. Pushkinskaya", COARSE),
            "arnya": "2025-W52"}),
        case(f, f"{a}/v1/uvedomleniyajos", headers=_h(rng, **b), body={
            "gos_nomer": PLATE, "radius_m": 500,
            "inty": {"lat": L(round(IZ_HOME_AT[0], 3), PRECISE),
                     "lon": L(round(IZ_HOME_AT[1], 3), PRECISE)},
            "raion": L(IZ_HOME["area"], COARSE)}),
        case(f, f"{a}/v1/utchan", headers=_h(rng, **b), query={
            "q": L("shtrafstoyanka Avtozavodskaya rezhim", SEARCH)}),
        case(f, f"{a}/v1/ivor", headers=_h(rng, **b), body={
            "kinly": "operator",
            "ivor": L("Mashinaez kartelen Ilya Shklyaev basht'oz, doverennost ystemyn",
                      f"{TEXT}|{NAMEC}")}),
        lines(f, f"{a}/v1/offline", [
            {"uchyr": L("karta_ushtem", USAGE), "kutis": L(USER_ID, UID), "t": 1766030100},
            {"uchyr": L("vorota_qr", USAGE), "kutis": L(USER_ID, UID), "t": 1766031580,
             "evakuaciya": L(TOW, BUY)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/chek", headers=_h(rng, how="none"), cookies={
            "lk_sess": L(opaque(rng, "", 40), CRED),
            "lk_mashina": W({"gos_nomer": PLATE, "evakuaciya": L(TOW, BUY)}, "b64json")}),
        case(f, f"{a}/v1/ustrojstvo", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/v1/uchyrjos", headers=_h(rng, **b), body={
            "kutis": L(USER_ID, UID), "uchyrjos": [
                ev("tyron_ortchem", 1, summa=L(4060, BUY)),
                ev("ekran", 2, ekran=L("Shtrafstoyanka", USAGE))]}),
    ]


def lymykar_sdks() -> list[Case]:
    rng = random.Random(27452)
    return [
        ld_batch(APP, rng, [("Car Found", {}), ("Fee Paid", {"amount": L(4060, BUY)})],
                 at=IMPOUND_FIX, nd=3, locale="ru_RU"),
        gl_launch(APP, rng, first=True),
        gl_event(APP, rng, "purchase", {"evakuaciya": L(TOW, BUY)}, revenue=4060.0,
                 hashed=True),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="auto,winter tyres,parts"),
        cp_session(APP, rng, secs=602),
        ft_eval(APP, rng, {"raion": L(IZ_HOME["area"], COARSE)}),
        ps_register(APP, rng, lang="ru", at=IZ_HOME_AT, nd=2,
                    tags={"raion": L(IZ_HOME["area"], COARSE)}),
        pk_card(APP, rng),
        pk_confirm(APP, rng, "4060.00"),
        mk_route(APP, rng, [(PARKED_AT, PRECISE), ((IMPOUND["lat"], IMPOUND["lon"]), None)]),
        mk_reverse(APP, rng, PARKED_AT, PRECISE, nd=5),
    ]
