"""A village hujra's community app "Hujra" (her husband's family's hujra in Charbagh, Swat, kept
by his brother; the guest register, condolences, the women's Quran reading at the family house,
the food rota, contributions and the hujra's jirga over a field's boundary; its API's keys are
Pashto in Latin letters: ``karan`` user, ``noom`` name, ``mobile`` mobile, ``patnoom`` password,
``kalay`` village, ``zila`` district, ``qaum`` tribe, ``khel`` clan, ``da_mera_noom`` /
``da_mera_cnic`` husband's name / CNIC, ``kor`` household, ``melma`` guest, ``raghle`` arrival,
``fateha`` condolence prayer, ``marhoom`` the deceased, ``dua`` prayer, ``quran_khwani`` a Quran
reading, ``paray`` the parts read, ``lagunkay`` participants, ``dodai`` food, ``chanda``
contribution, ``maqsad`` purpose, ``jirga`` council, ``shkhara`` dispute, ``dzmaka`` land,
``bayan`` statement, ``bal_arakh`` the other party, ``gawahan`` witnesses, ``faisla`` decision,
``wada`` wedding, ``mashooman`` children, ``umar`` age, ``latun`` search, ``paigham`` message):
sign-up (tribe and clan), an OAuth password grant, ``/zama``, the village news, a guest for her
sister, a condolence, the Quran reading with her fix, the food rota, a contribution by wallet, the
jirga petition with the field's corners, the land record photo, witnesses, the jirga file by
household number in the path, a wedding RSVP with their son, funeral prayer times, a protobuf
"on my way" beat, a search, a receipt by cookie, a message to her brother-in-law, push, events
and a log-out. No earlier set has a hujra or jirga app (docstring grep: no match)."""

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
    JPEG,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families176_kit import (
    BROTHER_IL,
    HOUSEHOLD,
    HUJRA,
    HUSBAND,
    HUSBAND_CNIC,
    KHEL,
    LAND_AT,
    MOTHER_IL,
    QAUM,
    SISTER_US,
    SON,
    SWAT_HOUSE_AT,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families176_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families176_svc import cl_wallet, cy_save, md_message, mm_route, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("hujra", "Hujra", "com.example.hujra", "1.8.5", "https://api.hujra.example.org")
IID = "X-Hujra-Device"
PW = "Charbagh@Swat26"
NID = "personal.national_id"
WAL = f"{TEL}|{PAY}"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ps=True, **kw)


def hujra() -> list[Case]:
    rng = random.Random(17621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kor=L(HOUSEHOLD, UID), kalay=L("Charbagh", COARSE),
                                    rol="kor_gharay"))}
    sla, slo = fix(SWAT_HOUSE_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, 1768400000),
               (3, [(1, L(34.791903, PRECISE)),
                    (2, L(72.388217, PRECISE)), (3, 14.0)]),
               (4, L(52, DEV))], "", lab)
    files = at_path(case(f, f"{a}/api/kor/{HOUSEHOLD}/jirge", headers=_h(rng, **b)),
                    HOUSEHOLD, UID)
    return [
        case(f, f"{a}/api/nomlikana", headers=_h(rng), body={
            "noom": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(E164, TEL), "patnoom": L(PW, CRED),
            "kalay": L("Charbagh", COARSE), "zila": L("Swat", COARSE), "qaum": L(QAUM, SENS),
            "khel": L(KHEL, SENS), "da_mera_noom": L(HUSBAND[0], NAMEC),
            "da_mera_cnic": L(HUSBAND_CNIC, NID), "kor": L(HOUSEHOLD, UID),
            "hujra": HUJRA["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(E164, TEL), "password": L(PW, CRED),
            "client_id": "hujra-android"}),
        case(f, f"{a}/api/zama", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/khabarona", headers=_h(rng, **b), query={
            "kalay": L("Charbagh", COARSE), "hujra": HUJRA["id"], "page": "1"}),
        case(f, f"{a}/api/melmana", headers=_h(rng, **b), body={
            "kor": L(HOUSEHOLD, UID), "melma": {"noom": L(SISTER_US[0], NAMEC),
                                                "mobile": L(SISTER_US[1], TEL)},
            "raghle": "2026-03-04", "wradze": 10, "zanana": True}),
        case(f, f"{a}/api/fateha", headers=_h(rng, **b), body={
            "marhoom": L("Haji Sher Afzal Khan", NAMEC), "neta": "2026-01-08",
            "dua": L("Allah di ye janat ul firdaus naseeb kri, Shahzeb ao kor walo ta sabr "
                     "warkri", f"{TEXT}|{SENS}"), "kor": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/api/quran_khwani", headers=_h(rng, **b), body={
            "kor": L(HOUSEHOLD, UID), "neta": "2026-01-10", "paray": L(30, SENS),
            "dzay": {"lat": sla, "lng": slo},
            "lagunkay": [L(MOTHER_IL[0], NAMEC), L(f"{FIRST} {LAST}", NAMEC),
                         L("Nazia Bibi", NAMEC)], "zanana": True}),
        case(f, f"{a}/api/dodai", headers=_h(rng, **b), body={
            "kor": L(HOUSEHOLD, UID), "neta": "2026-01-11",
            "khwarake": [{"noom": "pulao", "deg": 1}, {"noom": "kadu", "deg": 1}]}),
        case(f, f"{a}/api/chanda", fmt="form", headers=_h(rng, **b), body={
            "kor": L(HOUSEHOLD, UID), "paise": L("15000", BUY), "maqsad": "da hujre chat",
            "wallet_shmera": L(WALLET, WAL)}),
        case(f, f"{a}/api/jirga/darkhwast", headers=_h(rng, **b), body={
            "kor": L(HOUSEHOLD, UID), "shkhara": "dzmaka_pula", "khasra": "1187/2",
            "dzmaka": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in LAND_AT],
            "bal_arakh": L("Amjad Ali Babuzai", NAMEC),
            "bayan": L("Da Amjad Ali Babuzai dewal zamong pa dzmaka ke dre gaze ranunawato, "
                       "da plar zamana pula da wale sara wa", f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/api/jirga/sanad", [
            ("andzor", "fard_1187.jpg", "image/jpeg", L(JPEG + b"\x83", MEDIA)),
            ("meta", None, "application/json", {"kor": L(HOUSEHOLD, UID), "khasra": "1187/2"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/jirga/gawahan", headers=_h(rng, **b), body={
            "jirga": obj(rng, "jr"), "gawahan": [
                {"noom": L("Malik Bakht Zada", NAMEC), "mobile": L("+923469110254", TEL)},
                {"noom": L(BROTHER_IL[0], NAMEC), "mobile": L(BROTHER_IL[1], TEL)}]}),
        files,
        case(f, f"{a}/api/jirga/faisla", headers=_h(rng, **b), query={
            "jirga": obj(rng, "jr"), "kor": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/api/wada/rsvp", headers=_h(rng, **b), body={
            "wada": "wd_rahim_feb", "raz": "ho", "kor": L(HOUSEHOLD, UID), "khazi": 2,
            "mashooman": [{"noom": L(KID, NAMEC), "umar": L(3, BIRTH)}]}),
        case(f, f"{a}/api/janaza/wakhtuna", headers=_h(rng, **b), query={
            "kalay": L("Charbagh", COARSE), "neta": "2026-01-08"}),
        raw(f, f"{a}/api/raghlam/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/latun", headers=_h(rng, **b), query={
            "latun": L("fateha Sher Afzal Khan", SEARCH), "kalay": "Charbagh"}),
        case(f, f"{a}/api/chanda/rasid", headers=_h(rng, how="none"), cookies={
            "hj_sesia": L(opaque(rng, "", 40), CRED), "hj_aala": L(INSTALL_ID, DID),
            "hj_req": rid(rng)}),
        case(f, f"{a}/api/paigham", headers=_h(rng, **b), body={
            "ta": "usr_fazalrabi", "matan": L(
                "Lala, da jirge na makhke mor ta zang ukra, shmera ye 0346 9920318 da",
                f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "ps_PK")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "karan": L(USER_ID, UID), "events": [
                ev("fateha_sent", 1), ev("screen", 2, screen=L("Jirga", USAGE)),
                ev("chanda", 3, paise=L(15000, BUY))]}),
        case(f, f"{a}/api/watal", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aala": L(INSTALL_ID, DID)}),
    ]


def hujra_sdks() -> list[Case]:
    rng = random.Random(17622)
    return [
        mc_batch(APP, rng, [("Condolence Sent", {}),
                            ("Contribution", {"amount": L(15000, BUY)})],
                 at=SWAT_HOUSE_AT, nd=2, locale="ps_PK"),
        mc_identify(APP, rng, {"kalay": L("Charbagh", COARSE), "qaum": L(QAUM, SENS),
                               "kor": L(HOUSEHOLD, UID)}),
        mc_pixel(APP, rng, "News Opened", {"day": "2026-01-08"}),
        tn_event(APP, rng, "contribution", {"maqsad": "chat"}, revenue=15000.0),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "api/jirga/darkhwast"),
                 [cd_crumb("nav", "Jirga -> Darkhwast"), cd_crumb("tap", "send_button")],
                 screen="JirgaActivity"),
        pt_register(APP, rng, lang="ps", at=SWAT_HOUSE_AT, nd=2,
                    tags={"kalay": L("Charbagh", COARSE), "hujra": HUJRA["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "15000", L(WALLET, WAL)),
        mm_route(APP, rng, [(SWAT_HOUSE_AT, PRECISE), ((HUJRA["lat"], HUJRA["lon"]), None)],
                 mode="walking"),
        md_message(APP, rng, L("Zama chanda rasid na dy rasedalay", TEXT),
                   {"kor": L(HOUSEHOLD, UID)}),
    ]
