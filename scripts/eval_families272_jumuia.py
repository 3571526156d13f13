"""A Catholic small Christian community's app "Jumuia Yitu" ("our community"; St. Monica SCC of a
Machakos parish: a dozen Mumbuni households who meet weekly in one another's houses for Bible
sharing, visit the sick and pay a levy to the parish: her religion). Its API's keys are Kamba
in plain Latin letters with the church words Kamba Catholics use: ``isyitwa`` name, ``simu``
phone, ``imeli`` e-mail, ``ndeto_ya_kuvitha`` password, ``mutheenya_wa_kusyawa`` birth date,
``isyitwa_ya_uvatiso`` baptismal name, ``sakramenti`` sacraments, ``kanisa`` church/parish,
``jumuia`` the community, ``namba_ya_memba`` member number, ``muume`` husband, ``mbumbano``
meeting, ``musyi`` house, ``vandu`` place, ``Mbivilia`` Bible, ``isomo`` reading, ``ndeto``
words/reflection, ``mboya`` prayer, ``sadaka`` offering, ``mbesa`` amount, ``kuiva`` to pay,
``lisiti`` receipt, ``muwau`` sick person, ``uwau`` illness, ``kuthokea`` to visit, ``syana``
children, ``wathi`` hymn, ``kura`` vote, ``kumantha`` search: sign-up, an OAuth password grant,
``/niini``, the meeting rota, attendance at a neighbour's house with her fix, the week's
reading, her Bible-sharing reflection, the levy by mobile money, a sick member listed, a visit
planned, a prayer intention, Mwende's first-communion class, an outing photo, her contributions
by member number in the path, hymns (msgpack), a funeral contribution, the leaders' election,
a report by a base64 JSON cookie, a hymn search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families272_kit import (
    DAUGHTER,
    HOME_AT,
    HOST_FIX,
    HUSBAND,
    KE_LINE,
    MOTHER_IL,
    PARISH,
    SCC,
    SCC_MEMBER,
    SCHOOL,
    fix,
    hd,
    mpesa,
    obj,
    push,
)
from eval_families272_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families272_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("jumuia", "Jumuia Yitu", "com.example.jumuiayitu", "1.5.0",
          "https://api.jumuiayitu.example.org")
IID = "X-Jumuia-Device"
PW = "StMonica#Mumbuni7"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kam=True, **kw)


def jumuia() -> list[Case]:
    rng = random.Random(27231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), member=L(SCC_MEMBER, UID),
                                    jumuia=L(SCC["name"], REL)))}
    hla, hlo = fix(HOST_FIX)
    meet = obj(rng, "mb")
    contrib = at_path(case(f, f"{a}/api/memba/{SCC_MEMBER}/michango", headers=_h(rng, **b),
                           query={"mwaka": "2026"}), SCC_MEMBER, UID)
    return [
        case(f, f"{a}/api/memba", headers=_h(rng), body={
            "isyitwa": L(f"{FIRST} {LAST}", NAMEC), "simu": L(E164, TEL),
            "imeli": L(EMAIL_MIXED, MAIL), "ndeto_ya_kuvitha": L(PW, CRED),
            "mutheenya_wa_kusyawa": L(DOB, BIRTH), "isyitwa_ya_uvatiso": L("Monica", REL),
            "sakramenti": [L("baptism", REL), L("confirmation", REL), L("marriage", REL)],
            "kanisa": L(PARISH["id"], REL), "jumuia": L(SCC["id"], REL),
            "muume": L(HUSBAND[0], NAMEC), "namba_ya_memba": L(SCC_MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "jumuia-android"}),
        case(f, f"{a}/api/niini", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/mbumbano", headers=_h(rng, **b), query={
            "jumuia": L(SCC["id"], REL), "mwei": "2026-02"}),
        case(f, f"{a}/api/mbumbano/{meet}/kwoka", headers=_h(rng, **b), body={
            "namba_ya_memba": L(SCC_MEMBER, UID), "vandu": {"lat": hla, "lng": hlo},
            "musyi": "kwa_mama_ndinda", "mboya": L("rosary", REL), "andu": 14}),
        case(f, f"{a}/api/Mbivilia/isomo", headers=_h(rng, **b), query={
            "mutheenya": "2026-02-01", "lugha": "kamba", "jumuia": L(SCC["id"], REL)}),
        case(f, f"{a}/api/isomo/ndeto", headers=_h(rng, **b), body={
            "mbumbano": meet, "isomo": "Mk 4:35-41",
            "ndeto": L("Like the disciples in the boat I was afraid when the rains failed, but "
                       "the Lord calmed our storm", f"{TEXT}|{REL}")}),
        case(f, f"{a}/api/sadaka", fmt="form", headers=_h(rng, **b), body={
            "mbesa": L("200", BUY), "kindu": L("jumuia_levy", REL), "simu": L(KE_LINE, TEL),
            "lisiti": L(mpesa(rng), BUY), "namba_ya_memba": L(SCC_MEMBER, UID)}),
        case(f, f"{a}/api/awau", headers=_h(rng, **b), body={
            "muwau": L("Mutheu Nzioka", NAMEC),
            "uwau": L("Had a stroke, now at home in Kathemboni, cannot walk far", f"{TEXT}|{MED}"),
            "aliyeandika": L(SCC_MEMBER, UID)}),
        case(f, f"{a}/api/kuthokea", fmt="form", headers=_h(rng, **b), body={
            "muwau": obj(rng, "mw"), "mutheenya": "2026-02-04", "andu": "3",
            "namba_ya_memba": L(SCC_MEMBER, UID)}),
        case(f, f"{a}/api/mboya", headers=_h(rng, **b), body={
            "mboya": L(f"Pray for my mother-in-law {MOTHER_IL[0]}, her hip after the fall at "
                       "the shamba", f"{TEXT}|{REL}|{MED}|{NAMEC}"), "kwa": "jumuia"}),
        case(f, f"{a}/api/syana/katekisimu", headers=_h(rng, **b), body={
            "mwana": {"isyitwa": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                      "mutheenya_wa_kusyawa": L(DAUGHTER["dob"], BIRTH),
                      "mwiitu_kana_kavisi": L(DAUGHTER["sex"], GENDER),
                      "uvatiso": L("2016-01-10", REL)},
            "sakramenti": L("first_communion", REL), "sukulu": SCHOOL["name"],
            "musyai": L(SCC_MEMBER, UID)}),
        multipart(f, f"{a}/api/vicha", [
            ("vicha", "pilgrimage.jpg", "image/jpeg", L(JPEG + b"\x4d", MEDIA)),
            ("meta", None, "application/json", {
                "album": "2026-01",
                "ndeto": L("Our jumuia at the Marian shrine, Mwende carried the banner",
                           f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        contrib,
        case(f, f"{a}/api/wathi/favourites", fmt="msgpack", headers=_h(rng, **b), body={
            "namba_ya_memba": L(SCC_MEMBER, UID),
            "wathi": [{"id": "hy_112", "title": "Tuvoyane"}, {"id": "hy_031", "title": "Ave"}],
            "kwaya": L("alto", REL)}),
        case(f, f"{a}/api/harambee/funeral", headers=_h(rng, **b), body={
            "kwa": L("Peter Musyoka Nzioka", NAMEC), "mbesa": L(1000, BUY),
            "simu": L(KE_LINE, TEL), "lisiti": L(mpesa(rng), BUY)}),
        case(f, f"{a}/api/kura", fmt="form", headers=_h(rng, **b), body={
            "election": "el_2026_chair", "candidate": "mb_" + opaque(rng, "", 8),
            "jumuia": L(SCC["id"], REL), "namba_ya_memba": L(SCC_MEMBER, UID)}),
        case(f, f"{a}/api/ripoti", headers=_h(rng, how="none"), cookies={
            "jy_sess": L(opaque(rng, "", 40), CRED),
            "jy_ctx": W({"namba_ya_memba": L(SCC_MEMBER, UID), "jumuia": L(SCC["id"], REL)},
                        "b64json")}),
        case(f, f"{a}/api/kumantha", headers=_h(rng, **b), query={
            "q": L("wathi wa Ekaristi", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "kam_KE")),
        case(f, f"{a}/api/maundu", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "maundu": [
                ev("reflection_posted", 1), ev("screen", 2, screen=L("Mbumbano", USAGE)),
                ev("levy_paid", 3, kindu=L("jumuia_levy", REL))]}),
    ]


def jumuia_sdks() -> list[Case]:
    rng = random.Random(27232)
    return [
        mc_batch(APP, rng, [("Meeting Attended", {"members": 14}),
                            ("Levy Paid", {"amount": L(200, BUY)})],
                 at=HOST_FIX, nd=2, locale="kam_KE"),
        mc_identify(APP, rng, {"parish": L(PARISH["name"], REL),
                               "member": L(SCC_MEMBER, UID), "town": L("Machakos", COARSE)}),
        mc_pixel(APP, rng, "Reading Opened", {"day": "2026-02-01"}),
        tn_event(APP, rng, "levy", {"kindu": L("jumuia_levy", REL)}, revenue=200.0),
        cd_crash(APP, rng, ("java.net.UnknownHostException", "api.jumuiayitu.example.org"),
                 [cd_crumb("nav", "Home -> Sadaka"), cd_crumb("tap", "pay_button")],
                 screen="SadakaActivity"),
        pt_register(APP, rng, lang="kam", at=HOME_AT, nd=2,
                    tags={"jumuia": L("St. Monica SCC", REL), "kwaya": "alto"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "1000.00", "kes"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((PARISH["lat"], PARISH["lon"]), None)],
                 mode="walking"),
        hs_message(APP, rng, L("My levy for January shows unpaid in the jumuia list",
                               f"{TEXT}|{REL}"), {"member": L(SCC_MEMBER, UID)}),
    ]
