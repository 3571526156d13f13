"""Traditional-ceremony app "Sefya" (a fictional visitors' app for the Ukusefya pa Ng'wena, the
Bemba people's annual ceremony near Kasama: passes, the family's tribute, the clan registry,
buses, a lost-child wristband). Keys Bemba in ASCII (the apostrophe of ``ng'`` dropped): ``ishina``
name, ``ishina_lyalupwa`` surname, ``foni`` phone, ``inkama`` password, ``umulume`` husband,
``umukowa`` clan, ``umutundu`` people (ethnic group), ``pasipoti`` passport, ``tiketi`` pass,
``abeni`` guests, ``imyaka`` age, ``umutulo`` tribute, ``ukucinda`` dance, ``basi`` bus,
``incende`` place, ``ubukombe`` message, ``icikope`` photo, ``ukufwaya`` search,
``ifyacitika`` events. Calls: sign-up (her passport; her husband, his clan and people), an
OAuth password grant, ``/nebo`` (a clan claim), the programme, passes for the three of them,
the payment, the tribute with a message naming the clan, the clan registry (his and his
mother's clans), a bus seat from Kasama, the check-in at the grounds, a protobuf beat, the
daughter's wristband (msgpack), the children's dance troupe, a photo, a lost-child message, the
pass by number in the path, a search, a cookie GET (session and base64 JSON preferences),
push, events and a log-out."""

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
    GENDER,
    JPEG,
    MAIL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families261_kit import (
    ARENA,
    ARENA_FIX,
    CLAN,
    DAUGHTER,
    GUEST_PASS,
    HUSBAND,
    HUSBAND_NRC,
    KS_PLOT_AT,
    PASSPORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families261_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families261_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("sefya", "Sefya", "com.example.sefya", "2.0.6", "https://api.sefya.example.org")
IID = "X-Sefya-Device"
PW = "Chambeshi#2025"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
MIL_CLAN = "bena Nkalamo"  # her mother-in-law's clan (personal.sensitive)
TICKETS = "SFY-T-88013"  # the family's passes (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bem=True, **kw)


def sefya() -> list[Case]:
    rng = random.Random(26121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tiketi=L(GUEST_PASS, UID),
                                    umukowa_wa_lupwa=L(CLAN, SENS)))}
    ala, alo = fix(ARENA_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(GUEST_PASS, UID)), (2, ARENA["id"]), (3, 1754740800),
               (4, [(1, L(ARENA_FIX[0], PRECISE)), (2, L(ARENA_FIX[1], PRECISE)), (3, 14.0)]),
               (5, L(38, DEV))], "", lab)
    ticket = at_path(case(f, f"{a}/v1/tiketi/{GUEST_PASS}", headers=_h(rng, **b)),
                     GUEST_PASS, UID)
    return [
        case(f, f"{a}/v1/ukulembesha", headers=_h(rng), body={
            "ishina": L(FIRST, NAMEC), "ishina_lyalupwa": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "foni": L(E164, TEL), "inkama": L(PW, CRED),
            "pasipoti": L(PASSPORT, NID), "tiketi": L(GUEST_PASS, UID),
            "umulume": {"ishina": L(HUSBAND[0], NAMEC), "nrc": L(HUSBAND_NRC, NID),
                        "umukowa": L(CLAN, SENS), "umutundu": L("Bemba", SENS)},
            "umweni": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sefya-android"}),
        case(f, f"{a}/v1/nebo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/programu", headers=_h(rng, **b), query={"umwaka": "2025",
                                                                 "ululimi": L("bem", DEV)}),
        case(f, f"{a}/v1/tiketi", headers=_h(rng, **b), body={
            "tiketi": L(TICKETS, BUY), "ubushiku": "2025-08-09",
            "abeni": [{"ishina": L(f"{FIRST} {LAST}", NAMEC), "imyaka_ikulu": True},
                      {"ishina": L(HUSBAND[0], NAMEC), "imyaka_ikulu": True},
                      {"ishina": L(KID, NAMEC), "imyaka": L(8, BIRTH)}],
            "indalama": L(350, BUY), "icipuna": "stand_B"}),
        case(f, f"{a}/v1/ukulipila", fmt="form", headers=_h(rng, **b), body={
            "tiketi": L(TICKETS, BUY), "indalama": L("350.00", BUY), "ndalama": "ZMW",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/umutulo", headers=_h(rng, **b), body={
            "ifintu": [{"ishina": "imbushi", "impendwa": 2}, {"ishina": "ubunga", "kg": 25}],
            "umukowa": L(CLAN, SENS), "ukufuma": L("Kasama", COARSE),
            "ubukombe": L("Ukufuma ku lupwa lwa bena Ng'andu aba ku Kasama, tulepaapaata "
                          "Imfumu", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/umukowa", headers=_h(rng, **b), body={
            "umukowa_wa_lupwa": L(CLAN, SENS), "umukowa_wa_bamayo": L(MIL_CLAN, SENS),
            "umutundu": L("Bemba", SENS), "ukufwaya_bunungwe": True}),
        case(f, f"{a}/v1/basi", headers=_h(rng, **b), body={
            "ukufuma": L("Kasama", COARSE), "ubushiku": "2025-08-09", "ifipuna": 3,
            "indalama": L(180, BUY), "foni": L(HUSBAND[1], TEL), "basi": "bs_ksm_07"}),
        case(f, f"{a}/v1/ukufika", headers=_h(rng, **b), body={
            "tiketi": L(GUEST_PASS, UID), "incende": {"lat": ala, "lng": alo, "acc": 12},
            "incende_ya_cipata": {"lat": ARENA["lat"], "lng": ARENA["lon"]},
            "cipata": "gate_north"}),
        raw(f, f"{a}/v1/ukufika/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/abana/wristband", fmt="msgpack", headers=_h(rng, **b), body={
            "wristband": obj(rng, "wb", 8), "umwana": {
                "ishina": L(KID, NAMEC), "imyaka": L(8, BIRTH), "jenda": L(DAUGHTER["sex"],
                                                                           GENDER)},
            "foni_ya_bamayo": L(E164, TEL), "foni_ya_batata": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/ukucinda/abana", headers=_h(rng, **b), body={
            "umwana": {"ishina": L(DAUGHTER["first"], NAMEC),
                       "ishina_lyalupwa": L(DAUGHTER["last"], NAMEC),
                       "ubushiku_bwakufyalwa": L(DAUGHTER["dob"], BIRTH),
                       "umukowa": L(CLAN, SENS)},
            "icibumba": "troupe_abana_07", "ukusumina_kwa_bafyashi": True}),
        multipart(f, f"{a}/v1/ifikope", [
            ("icikope", "ngwena_2025.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "ubukombe": L("Bwalya na bena Ng'andu bonse pa Ng'wena 2025",
                              f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ilyashi", headers=_h(rng, **b), body={
            "ku": "desk_abana_abalubile",
            "ubukombe": L(f"Umwana wandi {KID} alubile mupepi ne cipata ca ku kuso, ali ne "
                          "wristband ya buluu", f"{TEXT}|{NAMEC}")}),
        ticket,
        case(f, f"{a}/v1/ukufwaya", headers=_h(rng, **b), query={
            "q": L("inshita ya kucinda kwa Chitimukulu", SEARCH)}),
        case(f, f"{a}/v1/ifyacitika/lelo", headers=_h(rng, how="none"), cookies={
            "sf_sess": L(opaque(rng, "", 40), CRED), "sf_dev": L(INSTALL_ID, DID),
            "sf_prefs": W({"ululimi": L("bem", DEV), "umukowa": L(CLAN, SENS)}, "b64json"),
            "sf_req": rid(rng)}),
        case(f, f"{a}/v1/icibombelo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ifyacitika", gz=True, headers=_h(rng, **b), body={
            "umwina": L(USER_ID, UID), "ifyacitika": [
                ev("tiketi_yashitwa", 1), ev("umutulo", 2, umukowa=L(CLAN, SENS)),
                ev("screen", 3, screen=L("Programu", USAGE))]}),
        case(f, f"{a}/v1/ukufuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def sefya_sdks() -> list[Case]:
    rng = random.Random(26122)
    return [
        mc_batch(APP, rng, [("Pass Bought", {"total": L(350, BUY)}),
                            ("Tribute Sent", {"clan": L(CLAN, SENS)})],
                 at=ARENA_FIX, nd=3, locale="bem_ZM"),
        mc_identify(APP, rng, {"umukowa": L(CLAN, SENS), "tiketi": L(GUEST_PASS, UID),
                               "itauni": L("Kitwe", COARSE)}),
        mc_pixel(APP, rng, "Programme Opened", {"umwaka": 2025}),
        tn_event(APP, rng, "purchase", {"tiketi": L(TICKETS, BUY)}, revenue=350.0),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/tiketi"),
                 [cd_crumb("nav", "Programu -> Tiketi"), cd_crumb("tap", "shita_button")],
                 screen="TiketiActivity"),
        pt_register(APP, rng, lang="bem", at=KS_PLOT_AT, nd=2,
                    tags={"umukowa": L(CLAN, SENS), "ceremony": "ngwena_2025"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "350.00"),
        mm_route(APP, rng, [(KS_PLOT_AT, PRECISE), ((ARENA["lat"], ARENA["lon"]), None)]),
        hs_message(APP, rng, L("Tiketi yandi tayaishile pa email, nalilipile kale",
                               TEXT), {"tiketi": L(GUEST_PASS, UID)}),
    ]
