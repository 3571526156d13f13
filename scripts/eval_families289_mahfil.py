"""Waz-mahfil events app "Mahfilnama" (the winter season of Islamic lecture gatherings in and
around Sylhet; its API's keys are Sylheti in ASCII as a Sylhet developer writes them: ``nam``
first name, ``fodobi`` surname, ``mubail`` mobile, ``gufon_shobdo`` password (lit. "secret
word"), ``jonmor_tarik`` birth date, ``shoor`` town, ``elaka`` area, ``linga`` sex (``beti``
woman), ``mazhab`` school of law, ``islam_grohon`` the year she took Islam, ``sodossho_nombor``
member number, ``aashon`` seats, ``manush`` people, ``shamiana`` enclosure, ``hajira``
attendance, ``namaz`` prayer, ``chanda`` donation, ``tohbil`` fund, ``foriman`` amount,
``proshno`` question, ``wayez`` speaker, ``dua`` prayer request, ``tasbih``/``zikir`` counts,
``jatri`` passenger, ``uthar_zaga`` boarding place, ``bhara`` fare, ``khobor`` message,
``tukano`` search, ``zontro`` device, ``ghotona`` events, ``okkhangsho``/``droghimangsho``
latitude/longitude): registration, log-in, ``/amar``, mahfils near her flat, the programme,
women's enclosure seats for her, her daughter and her mother-in-law, the attendance with her fix,
a donation, a question to the speaker, a prayer request, the live audio, a search, tasbih counts
(msgpack), a protobuf listening beat, a bus seat for her mother-in-law, a photo, a receipt by
cookie, her donations by member number in the path, push, events, a message to the organisers
and a log-out."""

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
    SENS,
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
from eval_families289_kit import (
    DAUGHTER,
    MAHFIL,
    MAHFIL_FIX,
    MEMBER,
    MOTHER_IL,
    SY_HOME,
    SY_HOME_AT,
    fix,
    hd,
    obj,
)
from eval_families289_sdk import cm_crash, cm_crumb, ms_batch, ms_identify, tk_event, tk_launch
from eval_families289_svc import ch_save, hc_message, mj_route, pg_register, ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mahfilnama", "Mahfilnama", "com.example.mahfilnama", "3.4.1",
          "https://api.mahfilnama.example.com")
IID = "X-Mahfil-Zontro"
PW = "Shahjalal#Upa26"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bn=True, **kw)


def mahfilnama() -> list[Case]:
    rng = random.Random(28901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    sodossho=L(MEMBER, UID), mazhab=L("hanafi", SENS)))}
    mla, mlo = fix(MAHFIL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, MAHFIL["id"]), (3, 1769108400), (4, L(2710, USAGE)),
               (5, L(63, DEV))], "", lab)
    history = at_path(case(f, f"{a}/api/v1/sodossho/{MEMBER}/chanda", headers=_h(rng, **b),
                           query={"bochor": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/nibondhon", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "fodobi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mubail": L(E164, TEL), "gufon_shobdo": L(PW, CRED), "jonmor_tarik": L(DOB, BIRTH),
            "shoor": L(SY_HOME["town"], COARSE), "elaka": L(SY_HOME["area"], COARSE),
            "linga": L("beti", GENDER), "mazhab": L("hanafi", SENS),
            "islam_grohon": L(2019, SENS), "sodossho_nombor": L(MEMBER, UID),
            "khobor_chai": True}),
        case(f, f"{a}/api/v1/dhukun", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "gufon_shobdo": L(PW, CRED), "mone_rakho": "1"}),
        case(f, f"{a}/api/v1/amar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/mahfil/kachakachi", headers=_h(rng, **b), query={
            "okkhangsho": L(f"{SY_HOME_AT[0]:.3f}", PRECISE),
            "droghimangsho": L(f"{SY_HOME_AT[1]:.3f}", PRECISE), "km": "8",
            "mohila_shamiana": "true"}),
        case(f, f"{a}/api/v1/mahfil/{MAHFIL['id']}/shuchi", headers=_h(rng, **b),
             query={"rait": "2026-01-22"}),
        case(f, f"{a}/api/v1/aashon", headers=_h(rng, **b), body={
            "mahfil": MAHFIL["id"], "rait": "2026-01-22", "shamiana": "mohila", "aashon": 3,
            "manush": [L(f"{FIRST} {LAST}", NAMEC), L(KID, NAMEC), L(MOTHER_IL[0], NAMEC)],
            "sodossho_nombor": L(MEMBER, UID), "bukin": obj(rng, "as")}),
        case(f, f"{a}/api/v1/hajira", headers=_h(rng, **b), body={
            "mahfil": MAHFIL["id"], "zaga": {"okkhangsho": mla, "droghimangsho": mlo,
                                             "nikhut": 9},
            "mahfil_zaga": {"okkhangsho": MAHFIL["lat"], "droghimangsho": MAHFIL["lon"]},
            "namaz": L("esha jamaat", SENS), "hajira_id": obj(rng, "hz")}),
        case(f, f"{a}/api/v1/chanda", fmt="form", headers=_h(rng, **b), body={
            "mahfil": MAHFIL["id"], "tohbil": L("madrasa lillah boarding", SENS),
            "foriman": L("500", BUY), "mudra": "BDT", "method": L(opaque(rng, "pm_", 24), PAY),
            "gopon_rakho": "1"}),
        case(f, f"{a}/api/v1/proshno", headers=_h(rng, **b), body={
            "mahfil": MAHFIL["id"], "wayez": "wz_0041",
            "proshno": L("Amar hori Rokeya Begum-or diabetes ase, tain Ramzanor roza rakhta "
                         "parba ni?", f"{TEXT}|{SENS}|{MED}|{NAMEC}"),
            "nam_gopon": True}),
        case(f, f"{a}/api/v1/dua", headers=_h(rng, **b), body={
            "dua": L("Amar furi-r porikkhar lagi dua xorba, ar amar girar bish zeno bala oi zay",
                     f"{TEXT}|{SENS}|{MED}"), "dekhbo": "imam"}),
        case(f, f"{a}/api/v1/live/{MAHFIL['id']}/audio", headers=_h(rng, how="none"), query={
            "sodossho": L(MEMBER, UID), "t": L(opaque(rng, "lv_", 32), CRED), "mane": "64k"}),
        case(f, f"{a}/api/v1/tukano", headers=_h(rng, **b), query={
            "q": L("mohilader lagi waz Moulvibazar shukrobar", SEARCH), "fata": "1"}),
        case(f, f"{a}/api/v1/tasbih", fmt="msgpack", headers=_h(rng, **b), body={
            "sodossho": L(MEMBER, UID), "din": "2026-01-22",
            "ginti": [{"zikir": L("subhanallah", SENS), "bar": 33},
                      {"zikir": L("alhamdulillah", SENS), "bar": 33}],
            "zontro": L(INSTALL_ID, DID)}),
        raw(f, f"{a}/api/v1/live/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bus/aashon", headers=_h(rng, **b), body={
            "mahfil": MAHFIL["id"], "bus": "bs_rjn_02",
            "jatri": {"nam": L(MOTHER_IL[0], NAMEC), "mubail": L(MOTHER_IL[1], TEL)},
            "uthar_zaga": L("Rajnagar bus stand", COARSE), "bhara": L(120, BUY)}),
        multipart(f, f"{a}/api/v1/fotu", [
            ("fotu", "mahfil_rait.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {
                "mahfil": MAHFIL["id"],
                "likha": L("Hori ar furi-re loiya prothom bar mahfil-o gelam", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/roshid/shesh", headers=_h(rng, how="none"), cookies={
            "mn_session": L(opaque(rng, "", 40), CRED), "mn_zontro": L(INSTALL_ID, DID),
            "mn_req": rid(rng)}),
        history,
        case(f, f"{a}/api/v1/zontro", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "zontro_id": L(INSTALL_ID, DID),
            "basha": L("bn", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/ghotona", gz=True, headers=_h(rng, **b), body={
            "bebohari": L(USER_ID, UID), "ghotona": [
                ev("aashon_nilam", 1, mahfil=MAHFIL["id"]), ev("chanda", 2, foriman=L(500, BUY)),
                ev("screen", 3, screen=L("LiveAudio", USAGE))]}),
        case(f, f"{a}/api/v1/khobor", headers=_h(rng, **b), body={
            "mahfil": MAHFIL["id"], "projonto": "ayojok",
            "khobor": L("Mohila shamiana-t fankha nai, bachchain-or lagi fani lagbo", TEXT)}),
        case(f, f"{a}/api/v1/baire", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "zontro": L(INSTALL_ID, DID)}),
    ]


def mahfilnama_sdks() -> list[Case]:
    rng = random.Random(28902)
    return [
        ms_batch(APP, rng, [("Seats Booked", {"seats": 3}),
                            ("Attended", {"prayer": L("esha jamaat", SENS)})],
                 at=MAHFIL_FIX, nd=2, locale="bn_BD"),
        ms_identify(APP, rng, {"shoor": L("Sylhet", COARSE), "mazhab": L("hanafi", SENS),
                               "sodossho_nombor": L(MEMBER, UID)}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "donation", {"tohbil": L("madrasa lillah boarding", SENS)},
                 revenue=500.0, hashed=True),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "audio focus lost"),
                 [cm_crumb("nav", "Mahfil -> LiveAudio"),
                  cm_crumb("net", "GET", {"url": f"{APP.api}/api/v1/live", "status": 200})],
                 screen="LiveAudioActivity"),
        pg_register(APP, rng, lang="bn", at=SY_HOME_AT, nd=2,
                    tags={"elaka": L("Upashahar", COARSE), "mohila": "1"}),
        ch_save(APP, rng, {"analytics": True, "marketing": False}),
        ps_card(APP, rng, email=True),
        ps_confirm(APP, rng, "500.00"),
        mj_route(APP, rng, [(SY_HOME_AT, PRECISE), ((MAHFIL["lat"], MAHFIL["lon"]), None)],
                 mode="walking"),
        hc_message(APP, rng, L("Amar chanda-r roshid aise na, madrasa tohbil-or 500 taka",
                               f"{TEXT}|{SENS}|{BUY}"), {"sodossho": L(MEMBER, UID)}),
    ]
