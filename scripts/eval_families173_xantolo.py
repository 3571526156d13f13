"""Xantolo (the Huasteca's All Saints and All Souls) family-altar and comparsa app "Mikailwitl"
(Nahuatl "feast of the dead"; its API's keys are Huasteca Nahuatl in the modern orthography, mixed
with English: ``tokaitl`` given name, ``kaltokaitl`` family name (coinage, "house name"),
``korreo`` e-mail (loan), ``selular`` mobile (loan), ``ichtakatlajtoli`` password (coinage,
"secret word"), ``tlakatilis_tonali`` birth date, ``altepetl`` town, ``tiopan`` church/parish,
``namiktli`` spouse, ``masewali`` Nahua (indigenous) person, ``mijkatsitsij`` the revered dead,
``mikilis_tonali`` date of death, ``tlen_ika_omik`` cause of death, ``kenijki`` relation,
``tlamanali`` offering, ``xochitl`` flower, ``tomin`` money/amount, ``tlaxtlawili`` payment,
``tlakowali`` order, ``ixkopinali`` photo, ``tlajtoli`` words/caption, ``mitotiketl`` dancer,
``misa`` mass (loan), ``kampa`` where, ``tlatemoli`` search, ``tlanawatili`` message,
``tlatlatsojtili`` prayer request, ``tonali`` day, ``chantli`` home): sign-up, log-in,
``/nejwatl`` ("me"), the family's dead for the altar list (names, dates, causes), the offering
list, an altar photo, her husband in the comparsa (mask hire), a mass for the dead, a vigil slot,
a grave visit with her fix, zacahuil ordered for the altar (msgpack), its payment, a search, a
message to the mayordomo, a receipt by cookie GET, a donation to the mayordomia, the village
calendar, a prayer request, sharing the altar with her sister, a dance video, the order by number
in the path, push, events and a log-out. Sets 45, 85, 126 and 156 have funeral, memorial and
cemetery apps; Mikailwitl is a yearly festival's altar and masked-dance app, not a burial one."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families173_kit import (
    CEMETERY,
    CHURCH,
    GRAVE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    SISTER_US,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families173_sdk import (
    bh_bid,
    bh_notice,
    cc_crash,
    cc_crumb,
    tm_batch,
    tm_identify,
    tz_event,
    tz_launch,
)
from eval_families173_svc import hc_message, mp_route, pj_card, pj_confirm, px_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mikailwitl", "Mikailwitl", "com.example.mikailwitl", "3.1.2",
          "https://api.mikailwitl.example.org")
IID = "X-Mikailwitl-Device"
PW = "Xantolo#Tecomate26"
ORDER = "ZH-2511-0388"  # the zacahuil order (financial.purchase)
REL = SENS  # religion (see the set's calls)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def mikailwitl() -> list[Case]:
    rng = random.Random(17311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, korreo=L(EMAIL, MAIL), tiopan=L(CHURCH["name"], REL)))}
    gla, glo = fix(GRAVE_FIX)
    order = at_path(case(f, f"{a}/v1/tlakowali/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/kalaki", headers=_h(rng), body={
            "tokaitl": L(FIRST, NAMEC), "kaltokaitl": L(LAST, NAMEC), "korreo": L(EMAIL, MAIL),
            "selular": L(E164, TEL), "ichtakatlajtoli": L(PW, CRED),
            "tlakatilis_tonali": L(DOB, BIRTH), "altepetl": L(HOME["town"], COARSE),
            "tiopan": L(CHURCH["id"], REL),
            "namiktli": {"tokaitl": L(HUSBAND[0], NAMEC), "selular": L(HUSBAND[1], TEL),
                         "masewali": L(True, SENS)}, "tlajtoli": L("es", DEV)}),
        case(f, f"{a}/v1/kalaki/login", fmt="form", headers=_h(rng), body={
            "korreo": L(EMAIL_UPPER, MAIL), "ichtakatlajtoli": L(PW, CRED), "ma_kilnamiki": "1"}),
        case(f, f"{a}/v1/nejwatl", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/mijkatsitsij", headers=_h(rng, **b), body={"mijkatsitsij": [
            {"tokaitl": L("Juan Bautista Reyes", NAMEC), "kenijki": "ikoltsin",
             "mikilis_tonali": "2019-10-12", "tlen_ika_omik": L("diabetes", MED)},
            {"tokaitl": L("Petra Hernandez Cruz", NAMEC), "kenijki": "iteyij",
             "mikilis_tonali": "2022-02-03", "tlen_ika_omik": L("COVID-19", MED)}],
            "altepetl": L(VILLAGE["name"], COARSE)}),
        case(f, f"{a}/v1/tlamanali", headers=_h(rng, **b), body={
            "tonali": "2025-10-31", "tlamanali": [
                {"tlamantli": "tamali", "kech": 40}, {"tlamantli": "xochitl sempoalxochitl",
                                                       "kech": 12},
                {"tlamantli": "kandela", "kech": 24}], "tomin": L(1850, BUY),
            "tlajtoli": L("Para noteyij Petra, kiyolpakilis pan ichan", f"{TEXT}|{REL}")}),
        multipart(f, f"{a}/v1/tlamanali/ixkopinali", [
            ("ixkopinali", "altar_2025.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
            ("meta", None, "application/json", {
                "tlajtoli": L("Toxantolo ika nomijkatsitsij, nochanpa Huejutla", f"{TEXT}|{REL}"),
                "publiko": False})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/komparsa/mitotiketl", headers=_h(rng, **b), body={
            "komparsa": "kp_tecomate_viejos", "mitotiketl": {
                "tokaitl": L(HUSBAND[0], NAMEC), "selular": L(HUSBAND[1], TEL)},
            "xayakatl": "xk_viejo_07", "tomin": L(350, BUY), "tonali": "2025-11-01"}),
        case(f, f"{a}/v1/misa", headers=_h(rng, **b), body={
            "tiopan": L(CHURCH["id"], REL), "tonali": "2025-11-02T09:00",
            "misa": L("misa de difuntos", REL),
            "mijkatsitsij": [L("Juan Bautista Reyes", NAMEC), L("Petra Hernandez Cruz", NAMEC)],
            "tomin": L(200, BUY)}),
        case(f, f"{a}/v1/velasion/horarios", headers=_h(rng, **b), query={
            "panteon": CEMETERY["id"], "tonali": "2025-11-01"}),
        case(f, f"{a}/v1/velasion/kalaki", fmt="form", headers=_h(rng, **b), body={
            "horario": obj(rng, "vh"), "panteon": CEMETERY["id"], "tlakamej": "4"}),
        case(f, f"{a}/v1/panteon/check_in", headers=_h(rng, **b), body={
            "kampa": {"lat": gla, "lon": glo, "acc": 9},
            "panteon": {"id": CEMETERY["id"], "lat": CEMETERY["lat"], "lon": CEMETERY["lon"]},
            "mikakali": "F-112"}),
        case(f, f"{a}/v1/tlakowali", fmt="msgpack", headers=_h(rng, **b), body={
            "tlakowali": L(ORDER, BUY), "tlamantli": [{"tokaitl": "zakawil", "kech": 1,
                                                       "patiyotl": 1400}],
            "tomin": L(1400, BUY), "chantli": L(HOME["line"], ADDR),
            "kalpoli": L(HOME["area"], COARSE), "tonali": "2025-10-31T18:00"}),
        case(f, f"{a}/v1/tlaxtlawili", fmt="form", headers=_h(rng, **b), body={
            "tlakowali": L(ORDER, BUY), "tomin": L("1400.00", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/v1/tlatemoli", headers=_h(rng, **b), query={
            "tlatemoli": L("xayakatl viejo komparsa renta Huejutla", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v1/tlanawatili", headers=_h(rng, **b), body={
            "akin": "mayordomo_tecomate",
            "tlanawatili": L("Nonamik Aurelio Bautista kinekis kitlamakas kakawatl ipan ilwitl",
                             f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/rekibo/yankuik", headers=_h(rng, how="none"), cookies={
            "mk_sesion": L(opaque(rng, "", 40), CRED), "mk_device": L(INSTALL_ID, DID),
            "mk_req": rid(rng)}),
        case(f, f"{a}/v1/mayordomia/tlapalewili", fmt="form", headers=_h(rng, **b), body={
            "fondo": L("xantolo-tecomate", REL), "tomin": L("300", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/tonalamatl", headers=_h(rng, **b), query={
            "altepetl": L(VILLAGE["name"], COARSE), "xiwitl": "2025"}),
        case(f, f"{a}/v1/tlatlatsojtili", headers=_h(rng, **b), body={
            "tlatlatsojtili": L("Xitlatlatsojtilikan nomonan Cirila Hernandez, kipia diabetes "
                                "wan amo welis walas", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "akin_kitta": "tiopixki"}),
        case(f, f"{a}/v1/tlamanali/maka", headers=_h(rng, **b), body={
            "akin": {"tokaitl": L(SISTER_US[0], NAMEC), "korreo": L(SISTER_US[2], MAIL)},
            "tlanawatili": L("Laura, xikitta toaltar, nimitsilnamiki", TEXT)}),
        multipart(f, f"{a}/v1/komparsa/video", [
            ("video", "mitotilistli.mp4", "video/mp4", L(MP4 + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"komparsa": "kp_tecomate_viejos",
                                                "segundos": 48})], headers=_h(rng, **b)),
        order,
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tlachiwali", gz=True, headers=_h(rng, **b), body={
            "id": L(USER_ID, UID), "tlachiwali": [
                ev("altar_saved", 1), ev("screen", 2, screen=L("Mijkatsitsij", USAGE)),
                ev("payment", 3, tomin=L(1400, BUY))]}),
        case(f, f"{a}/v1/kisa", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def mikailwitl_sdks() -> list[Case]:
    rng = random.Random(17312)
    return [
        tm_batch(APP, rng, [("Altar Saved", {"items": 3}), ("Order Paid", {"total": L(1400, BUY)})],
                 at=HOME_AT, nd=2),
        tm_identify(APP, rng, {"altepetl": L("Huejutla de Reyes", COARSE),
                               "tiopan": L(CHURCH["name"], REL), "komparsa": True}),
        tz_launch(APP, rng, first=True),
        tz_event(APP, rng, "purchase", {"tlakowali": L(ORDER, BUY)}, revenue=1400.0, hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GRAVE_FIX, nd=3,
               keywords="xantolo,altar,flores"),
        bh_notice(APP, rng, "win"),
        cc_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [cc_crumb("nav", "Tlamanali -> Ixkopinali"),
                  cc_crumb("net", "POST", {"url": f"{APP.api}/v1/tlamanali", "status": 201})],
                 screen="IxkopinaliActivity"),
        px_register(APP, rng, lang="es", at=HOME_AT, nd=2,
                    tags={"tiopan": L("san-juan-bautista", REL), "komparsa": "viejos"}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "1400.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((CEMETERY["lat"], CEMETERY["lon"]), None)]),
        hc_message(APP, rng, L(f"Notlakowal {ORDER} amo asik", f"{TEXT}|{BUY}"),
                   {"tiopan": L(CHURCH["id"], REL)}),
    ]
