"""A raki distillery's booking app "Kazanxhiu" (a village kazan in Petrele, south of Tirana; she
brings her husband's family's grape pomace each autumn). Its API's keys are Albanian: ``emer``
first name, ``mbiemer`` family name, ``postel`` e-mail, ``nr_cel`` mobile number,
``fjalekalim`` password, ``dt_lindje`` birth date (``17.05.1991``), ``gjinia`` sex,
``nr_personal`` personal number, ``adresa_banimit`` home address, ``lagjja`` neighbourhood,
``bashkia`` municipality, ``qarku`` county, ``bashkeshorti`` husband, ``nr_kartele`` customer
card number, ``vendndodhja`` location with ``gjeresi``/``gjatesi`` latitude/longitude,
``rezervim`` booking, ``shuma`` amount, ``monedha`` currency, ``metoda`` payment method,
``shifrat_fundit`` last digits, ``koment`` comment, ``kerko`` search text, ``mesazh`` message,
``marresi`` recipient, ``pajisja`` device, ``gjuha`` language, ``zona_kohore`` time zone,
``perdorues`` user, ``ngjarje`` events; negatives ``fruti`` fruit,
``sasia_kg`` kilograms, ``litra`` litres, ``graduat`` alcohol degrees, ``shishe`` bottles,
``kazani`` the kazan's ID. Calls: sign-up, a log-in, ``/une``, the card, kazans
near her flat, the kazan's slots, a booking, the excise declaration, the payment, her check-in
at the kazan, the still's readings (msgpack), points by a cookie GET, a review, a search, a
friend invited, a profile photo, the bottles delivered, the invoice by booking number in the
path, a card link (base64 JSON in a form field), a complaint, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families140_kit import (
    FRIEND,
    HOME,
    HOME_AT,
    HUSBAND,
    KARTELA,
    KAZAN,
    KAZAN_BOOKING,
    KAZAN_FIX,
    NID_AL,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families140_sdk import (
    bb_bid,
    bb_notice,
    cx_crash,
    cx_crumb,
    mk_batch,
    td_event,
    td_launch,
)
from eval_families140_svc import ck_card, hp_message, md_reverse, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kazanxhiu", "Kazanxhiu", "com.example.kazanxhiu", "2.4.1",
          "https://api.kazanxhiu.example.com")
IID = "X-Kazan-Pajisja"
PW = "Rrushi!Petrele91"
DOB_AL = "17.05.1991"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sq=True, **kw)


def kazanxhiu() -> list[Case]:
    rng = random.Random(14001)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, postel=L(EMAIL, MAIL), nr_kartele=L(KARTELA, UID)))}
    kla, klo = fix(KAZAN_FIX, 6)
    invoice = at_path(case(f, f"{a}/api/v1/fatura/{KAZAN_BOOKING}", headers=_h(rng, **b),
                           query={"formati": "pdf"}), KAZAN_BOOKING, BUY)
    slot = obj(rng, "slot")
    return [
        case(f, f"{a}/api/v1/regjistrim", headers=_h(rng), body={
            "emer": L(FIRST, NAMEC), "mbiemer": L(LAST, NAMEC), "postel": L(EMAIL, MAIL),
            "nr_cel": L(E164, TEL), "fjalekalim": L(PW, CRED), "dt_lindje": L(DOB_AL, BIRTH),
            "gjinia": L("femer", GENDER), "nr_personal": L(NID_AL, NID),
            "adresa_banimit": L(HOME["line"], ADDR), "lagjja": L(HOME["area"], COARSE),
            "bashkia": L(HOME["town"], COARSE), "qarku": L(HOME["county"], COARSE),
            "bashkeshorti": {"emer": L(HUSBAND[0], NAMEC), "nr_cel": L(HUSBAND[1], TEL)},
            "nr_kartele": L(KARTELA, UID), "pranoj_kushtet": True}),
        case(f, f"{a}/api/v1/hyrje", fmt="form", headers=_h(rng), body={
            "postel": L(EMAIL_MIXED, MAIL), "fjalekalim": L(PW, CRED), "me_mbaj_mend": "po"}),
        case(f, f"{a}/api/v1/une", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kartela", headers=_h(rng, **b), query={
            "nr_kartele": L(KARTELA, UID), "formati": "qr"}),
        case(f, f"{a}/api/v1/kazane/afer", headers=_h(rng, **b), query={
            "gjeresi": L(f"{HOME_AT[0]:.3f}", PRECISE), "gjatesi": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "30", "hapur": "true"}),
        case(f, f"{a}/api/v1/kazane/{KAZAN['id']}/orari", headers=_h(rng, **b),
             query={"data": "2025-11-08"}),
        case(f, f"{a}/api/v1/rezervime", headers=_h(rng, **b), body={
            "kazani": KAZAN["id"], "slot": slot, "data": "2025-11-08", "ora": "07:00",
            "fruti": "rrush", "sasia_kg": 180, "rezervim": L(KAZAN_BOOKING, BUY),
            "shuma": L(4500, BUY), "nr_kartele": L(KARTELA, UID)}),
        case(f, f"{a}/api/v1/akciza/deklarata", fmt="form", headers=_h(rng, **b), body={
            "nr_personal": L(NID_AL, NID), "emer_mbiemer": L(f"{FIRST} {LAST}", NAMEC),
            "adresa_banimit": L(HOME["line"], ADDR), "litra": "40", "perdorim": "familjar",
            "rezervim": L(KAZAN_BOOKING, BUY), "licenca_kazanit": KAZAN["licence"]}),
        case(f, f"{a}/api/v1/pagesa", fmt="form", headers=_h(rng, **b), body={
            "rezervim": L(KAZAN_BOOKING, BUY), "shuma": L("4500", BUY), "monedha": "ALL",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "shifrat_fundit": L("4444", PAY)}),
        case(f, f"{a}/api/v1/mberritje", headers=_h(rng, **b), body={
            "kazani": KAZAN["id"], "vendndodhja": {"gjeresi": kla, "gjatesi": klo, "sakt_m": 7},
            "kazani_vend": {"gjeresi": KAZAN["lat"], "gjatesi": KAZAN["lon"]},
            "nr_kartele": L(KARTELA, UID), "mberritja_id": obj(rng, "mb")}),
        case(f, f"{a}/api/v1/distilim/leximet", fmt="msgpack", headers=_h(rng, **b), body={
            "rezervim": L(KAZAN_BOOKING, BUY), "nr_kartele": L(KARTELA, UID),
            "leximet": [{"t": 1762585200, "graduat": 62, "litra": 4.5},
                        {"t": 1762588800, "graduat": 48, "litra": 21.0},
                        {"t": 1762592400, "graduat": 41, "litra": 38.5}]}),
        case(f, f"{a}/api/v1/pikete", headers=_h(rng, how="none"), cookies={
            "kz_sesioni": L(opaque(rng, "", 40), CRED), "kz_pajisja": L(INSTALL_ID, DID),
            "kz_req": rid(rng)}),
        case(f, f"{a}/api/v1/vleresim", fmt="form", headers=_h(rng, **b), body={
            "kazani": KAZAN["id"], "yje": "5",
            "koment": L("Rakia doli e paster, xhaxhi Petrit na priti me kafe. Faleminderit!",
                        TEXT)}),
        case(f, f"{a}/api/v1/kerko", headers=_h(rng, **b), query={
            "kerko": L("kazan me dru afer Petreles", SEARCH), "faqe": "1"}),
        case(f, f"{a}/api/v1/miq/fto", headers=_h(rng, **b), body={
            "emer": L(FRIEND[0], NAMEC), "nr_cel": L(FRIEND[1], TEL),
            "mesazh": L("Eja me ne te shtunen ne kazan, sjell kumbullat", TEXT),
            "kodi": "KZ-JD-17"}),
        multipart(f, f"{a}/api/v1/profili/foto", [
            ("foto", "profili.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"nr_kartele": L(KARTELA, UID),
                                                 "prerje": "katror"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/dorezim", headers=_h(rng, **b), body={
            "rezervim": L(KAZAN_BOOKING, BUY), "shishe": 20,
            "adresa_dorezimit": L(HOME["line"], ADDR), "lagjja": L(HOME["area"], COARSE),
            "marresi": {"emer": L(HUSBAND[0], NAMEC), "nr_cel": L(HUSBAND[1], TEL)},
            "shuma_transporti": L(600, BUY)}),
        invoice,
        case(f, f"{a}/api/v1/kartela/lidh", fmt="form", headers=_h(rng, **b), body={
            "te_dhena": W({"nr_kartele": L(KARTELA, UID), "nr_cel": L(E164, TEL),
                           "dt_lindje": L(DOB_AL, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/ankese", headers=_h(rng, **b), body={
            "rezervim": L(KAZAN_BOOKING, BUY), "lloji": "cilesia",
            "mesazh": L("Dy bidona u kthyen gjysme bosh, ju lutem kontrolloni peshoren", TEXT)}),
        case(f, f"{a}/api/v1/pajisje", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "pajisja": L(INSTALL_ID, DID),
            "gjuha": L("sq", DEV), "zona_kohore": L(TZ, DEV), "modeli": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/ngjarje", gz=True, headers=_h(rng, **b), body={
            "perdorues": L(USER_ID, UID), "ngjarje": [
                ev("rezervim_krijuar", 1, kazani=KAZAN["id"]), ev("pagese_ok", 2),
                ev("ekran", 3, ekrani=L("KartelaIme", USAGE))]}),
        case(f, f"{a}/api/v1/dalje", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "pajisja": L(INSTALL_ID, DID)}),
    ]


def kazanxhiu_sdks() -> list[Case]:
    rng = random.Random(14002)
    return [
        mk_batch(APP, rng, [("Booking Made", {"kazan": KAZAN["id"], "kg": 180}),
                            ("Payment Done", {"total": L(4500, BUY)})],
                 at=KAZAN_FIX, nd=2, locale="sq_AL"),
        td_launch(APP, rng, first=True),
        td_event(APP, rng, "purchase", {"rezervim": L(KAZAN_BOOKING, BUY)}, revenue=4500.0,
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=KAZAN_FIX, nd=3,
               keywords="raki,rrush,fshat"),
        bb_notice(APP, rng, "win"),
        cx_crash(APP, rng, ("java.lang.IllegalStateException", "qr scanner closed"),
                 [cx_crumb("nav", "KartelaIme -> Skano"),
                  cx_crumb("net", "POST", {"url": f"{APP.api}/api/v1/mberritje", "status": 201})],
                 screen="SkanoActivity"),
        pl_register(APP, rng, lang="sq", at=HOME_AT, nd=2,
                    tags={"kazani_im": KAZAN["id"], "bashkia": L("Tirana", COARSE)}),
        ck_card(APP, rng),
        md_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hp_message(APP, rng, L("Nuk me erdhen piketet per rezervimin RZ-2511-0388",
                               f"{TEXT}|{BUY}"), {"nr_kartele": L(KARTELA, UID)}),
    ]
