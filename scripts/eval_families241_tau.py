"""A volunteers' app "Tauhaqlau" (tau mountain, haqlau to defend: a citizens' movement that keeps
a camp under Qyzyltau, a limestone shihan near Sterlitamak that a soda works wants to quarry; her
political opinion). Its API's keys are Bashkir in Latin letters, ASCII-folded, with English where
its developers kept it: ``isem`` first name, ``familiya`` surname, ``pochta`` e-mail,
``telefon``, ``serhuz`` password, ``kod`` code, ``qala`` town, ``adres`` street line,
``irekman`` volunteer, ``harakat`` movement, ``utenes`` petition, ``qultamga`` signature,
``yiyin`` rally (gathering), ``naubat`` duty shift, ``lager`` camp, ``igana`` donation, ``fond``
fund, ``murajagat`` appeal, ``sabap`` reason, ``hurat`` photo, ``yazyu`` caption, ``khabar``
message, ``yul`` ride, ``urynlar`` seats, ``uryn`` place, ``kinlek`` / ``ozonloq`` latitude /
longitude, ``hum`` amount, ``yurist`` lawyer, ``horau`` question, ``qorolma`` device,
``waqigalar`` events): sign-up, an e-mail code, ``/min``, the petition signed, news, a camp duty
shift, a camp check-in, a protobuf camp beat, a rally RSVP with her husband, a donation to the
legal fund, an appeal to the republic's head, a photo of quarry trucks with her fix, a camp chat
message, a ride offered from Ufa, the hill's map, a dust reading from a neighbour's sensor, her
shifts by volunteer number in the path, a question to the lawyer, receipts by cookie, a
preferences cookie (base64 JSON), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families241_kit import (
    HUSBAND,
    PROTEST_FIX,
    SHIHAN,
    UFA_HOME,
    UFA_HOME_AT,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families241_sdk import (
    bt_launch,
    is_batch,
    is_identify,
    is_pixel,
    sc_crash,
    sc_crumb,
    tb_bid,
)
from eval_families241_svc import ip_register, rz_save, tp_card, tp_confirm, um_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tauhaqlau", "Tauhaqlau", "com.example.tauhaqlau", "1.9.0",
          "https://api.tauhaqlau.example.net")
IID = "X-TH-Device"
PW = "Qyzyltau*Haqla1"
POL = SENS  # her political opinion (the movement, the petition, the rally, the fund)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ba=True, **kw)


def tauhaqlau() -> list[Case]:
    rng = random.Random(24121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pochta=L(EMAIL, MAIL), irekman=L(VOLUNTEER, UID),
                                    harakat=L("Tauhaqlau", POL)))}
    pla, plo = fix(PROTEST_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, 1765353600),
               (3, [(1, L(PROTEST_FIX[0], PRECISE)), (2, L(PROTEST_FIX[1], PRECISE))]),
               (4, L(64, DEV)), (5, "lager_tonlok")], "", lab)
    shifts = at_path(case(f, f"{a}/api/irekman/{VOLUNTEER}/naubattar", headers=_h(rng, **b),
                          query={"ay": "2025-12"}), VOLUNTEER, UID)
    return [
        case(f, f"{a}/api/irekman/terkaleu", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "pochta": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "serhuz": L(PW, CRED), "qala": L(UFA_HOME["town"], COARSE),
            "irekman": L(VOLUNTEER, UID), "harakat_agzahy": L(True, POL),
            "sabap": L("Qyzyltau karyerga birelmaskha tiyesh, bul bezzen tarikh", f"{TEXT}|{POL}"),
            "yashyrynlyq": True}),
        case(f, f"{a}/api/auth/pochta-kod", fmt="form", headers=_h(rng), body={
            "pochta": L(EMAIL, MAIL), "kod": L("447208", CRED)}),
        case(f, f"{a}/api/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/utenester/qultamga", headers=_h(rng, **b), body={
            "utenes": L("ut_qyzyltau_karyerga_qarshy", POL), "familiya": L(LAST, NAMEC),
            "isem": L(FIRST, NAMEC), "adres": L(UFA_HOME["line"], ADDR),
            "qala": L(UFA_HOME["town"], COARSE), "pochta": L(EMAIL, MAIL),
            "qultamga": L(True, POL), "yashyrynlyq_rizalygy": True}),
        case(f, f"{a}/api/yanylyqtar", headers=_h(rng, **b), query={
            "tau": SHIHAN["id"], "bit": "1", "han": "20"}),
        case(f, f"{a}/api/naubat", headers=_h(rng, **b), body={
            "irekman": L(VOLUNTEER, UID), "kon": "2025-12-13", "waqyt": "18:00-02:00",
            "naubat_tore": L("lager_tonlok_sagy", POL), "lager": "lg_qyzyltau_1"}),
        case(f, f"{a}/api/lager/checkin", headers=_h(rng, **b), body={
            "lager": "lg_qyzyltau_1", "uryn": {"kinlek": pla, "ozonloq": plo, "teuallek": 12},
            "tau_bashy": {"kinlek": SHIHAN["lat"], "ozonloq": SHIHAN["lon"]},
            "irekman": L(VOLUNTEER, UID)}),
        raw(f, f"{a}/api/lager/pulse", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/yiyin/qatnashyu", headers=_h(rng, **b), body={
            "yiyin": L("yn_str_1214", POL), "keshe_hany": 2,
            "kem_menan": L(HUSBAND[0], NAMEC), "plakat_alyp_kilam": L(True, POL)}),
        case(f, f"{a}/api/igana", fmt="form", headers=_h(rng, **b), body={
            "fond": L("yurist_fondy", POL), "hum": L("2000", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "anonim": "0"}),
        case(f, f"{a}/api/murajagat", headers=_h(rng, **b), body={
            "kemga": "respublika_bashlygy", "tulyq_isem": L(f"{FIRST} {LAST}", NAMEC),
            "adres": L(UFA_HOME["line"], ADDR), "pochta": L(EMAIL, MAIL),
            "tekst": L("Hormatle Respublika Bashlygy! Qyzyltau shikhanyn karyerga biryu "
                       "tabigatqa la, xalyqqa la zyyan. Min bul proektqa qarshy.",
                       f"{TEXT}|{POL}")}),
        multipart(f, f"{a}/api/hurattar", [
            ("hurat", "karyer_mashinalary.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "yazyu": L("Karyer mashinalary tau itagenda, 07:40, tuqtatyrga kerak!",
                           f"{TEXT}|{POL}"),
                "uryn": {"kinlek": L(round(PROTEST_FIX[0] + 0.00113, 5), PRECISE),
                         "ozonloq": L(round(PROTEST_FIX[1] - 0.00152, 5), PRECISE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/chat/khabar", headers=_h(rng, **b), body={
            "bulma": "lager_chat", "khabar": L(
                "Bugen kiske naubatqa ike keshe kerak, min 18-ze kilam, termos alyp", TEXT)}),
        case(f, f"{a}/api/yul", headers=_h(rng, **b), body={
            "qaydan": L("Ofo", COARSE), "qayza": "lg_qyzyltau_1", "waqyt": "2025-12-13T15:00",
            "urynlar": 3, "baylanesh": L(E164, TEL), "mashina": "Lada Vesta, aq"}),
        case(f, f"{a}/api/kartalar/{SHIHAN['id']}", headers=_h(rng, **b), query={
            "bbox": "53.560,56.010,53.600,56.070", "qatlam": "karyer_szp"}),
        case(f, f"{a}/api/ekologiya/olsheu", headers=_h(rng, **b), body={
            "datchik": "pm_sns_0442", "pm25": 41, "pm10": 77, "waqyt": "2025-12-13T08:00",
            "datchik_urynlashyu": {"kinlek": 53.59102, "ozonloq": 56.02917},
            "fiker": L("Ahshamga tuzan kurayzy, karyer yulynan", TEXT)}),
        shifts,
        case(f, f"{a}/api/yurist/horau", headers=_h(rng, **b), body={
            "kemga": "yurist_desk", "telefon": L(E164, TEL),
            "horau": L("Yiyindan hung politsiya protokol yazzy, 20.2 statya. Shtraf tularga "
                       "kerakme?", f"{TEXT}|{POL}")}),
        case(f, f"{a}/api/igana/cheklar", headers=_h(rng, how="none"), cookies={
            "th_sessiya": L(opaque(rng, "", 40), CRED), "th_qorolma": L(INSTALL_ID, DID),
            "th_req": rid(rng)}),
        case(f, f"{a}/api/profil/kuylau", headers=_h(rng, **b), cookies={
            "th_prefs": W({"irekman": L(VOLUNTEER, UID), "tel": L("ba", DEV),
                           "qala": L("Ofo", COARSE)}, "b64json")}),
        case(f, f"{a}/api/qorolma", headers=_h(rng, **b), body=push(push_token(rng), "ba_RU")),
        case(f, f"{a}/api/waqigalar", gz=True, headers=_h(rng, **b), body={
            "qullanyusy": L(USER_ID, UID), "waqigalar": [
                ev("utenes_qultamga", 1, utenes=L("ut_qyzyltau_karyerga_qarshy", POL)),
                ev("ekran", 2, ekran=L("LagerNaubattary", USAGE)),
                ev("igana", 3, hum=L(2000, BUY))]}),
    ]


def tauhaqlau_sdks() -> list[Case]:
    rng = random.Random(24122)
    return [
        is_batch(APP, rng, [("Petition Signed", {"petition": L("ut_qyzyltau", POL)}),
                            ("Shift Taken", {"camp": "lg_qyzyltau_1"})],
                 at=PROTEST_FIX, nd=2, locale="ba_RU"),
        is_identify(APP, rng, {"harakat": L("Tauhaqlau", POL), "irekman": L(VOLUNTEER, UID),
                               "qala": L("Ufa", COARSE)}),
        is_pixel(APP, rng, "News Opened", {"item": obj(rng, "nw")}),
        bt_launch(APP, rng, user=True),
        tb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="news,ecology,bashkortostan"),
        sc_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [sc_crumb("nav", "Lager -> Hurat"), sc_crumb("tap", "hurat_tosor")],
                 screen="HuratActivity"),
        ip_register(APP, rng, lang="ba", at=PROTEST_FIX, nd=2,
                    tags={"harakat": L("tauhaqlau", POL), "naubat": "tonlok"}),
        rz_save(APP, rng, {"analytics": True, "marketing": False}),
        tp_card(APP, rng, email=True),
        tp_confirm(APP, rng, "2000.00"),
        um_route(APP, rng, [(UFA_HOME_AT, PRECISE), ((SHIHAN["lat"], SHIHAN["lon"]), None)]),
    ]
