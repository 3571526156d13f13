"""A Kituba Bible translation's community-checking app "Ndinga Santu" (``ndinga`` language/voice,
``santu`` holy): she is a volunteer reviewer from her Baptist congregation in Ville Haute (her
religion); drafts of Luke are read aloud, checked verse by verse and discussed at workshops. Its
API's keys are Kituba in ASCII with French church words: ``zina`` first name, ``zina_ya_dikanda``
family name, ``imele`` e-mail, ``telefone`` phone, ``mpovo_ya_kinsweki`` password (lit. "secret
word"), ``kilumbu_ya_kubutuka`` birth date, ``dibundu`` congregation (lit. "gathering"),
``kimvuka_ya_dibundu`` denomination, ``batisimu`` baptism, ``kisalu_ya_dibundu`` church office,
``nimero_ya_mutadi`` reviewer number (``mutadi`` one who looks), ``buku``/``kapu``/``verse``
book/chapter/verse, ``ngindu`` suggestion (lit. "thought"), ``mambu`` remark, ``mpovo`` word,
``kupona`` choose (vote), ``lukutakanu`` meeting/workshop, ``sambu`` prayer, ``dikabu``
offering (lit. "gift"), ``ntalu`` amount, ``mwana`` child, ``mvula`` years (age), ``kalasi``
class, ``sosa`` search, ``nsangu`` message. Registration, an OAuth password grant, ``/mono``,
the chapter to check, a verse suggestion, a recorded reading (audio), a key-term vote, a gzip
glossary proposal, the workshop attendance with her fix, the per-diem to her bank account, a
prayer request, a group message, an offline sync (JSON Lines), msgpack notes, a glossary search,
the son's Sunday-school class, an offering, the volunteer agreement (signature), her reviewer
page by number in the path, the schedule by cookie, push and events. New kind: "bible transl"
matched only another set's list of words it had found nowhere; parish, choir and pilgrimage apps
exist (religion), none about translating or checking scripture."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families246_kit import (
    BANK_ACCOUNT,
    CHURCH,
    CHURCH_FIX,
    HOME_AT,
    REVIEWER,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families246_sdk import cz_crash, cz_crumb, lm_event, ty_batch, ty_identify, ty_pixel
from eval_families246_svc import ck_save, hb_message, my_route, pn_register, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ndingasantu", "Ndinga Santu", "com.example.ndingasantu", "2.2.0",
          "https://api.ndingasantu.example.org")
IID = "X-NS-Aparey"
PW = "Luka15:20-Nzambi"
M4A = b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00M4A isommp42" + bytes(48)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def ndinga_santu() -> list[Case]:
    rng = random.Random(24611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imele=L(EMAIL, MAIL), mutadi=L(REVIEWER, UID),
                                    dibundu=L(CHURCH["name"], SENS)))}
    cla, clo = fix(CHURCH_FIX, 5)
    page = at_path(case(f, f"{a}/v2/batadi/{REVIEWER}", headers=_h(rng, **b)), REVIEWER, UID)
    return [
        case(f, f"{a}/v2/kusonika", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_ya_dikanda": L(LAST, NAMEC),
            "imele": L(EMAIL_MIXED, MAIL), "telefone": L(E164, TEL),
            "mpovo_ya_kinsweki": L(PW, CRED), "kilumbu_ya_kubutuka": L(DOB, BIRTH),
            "dibundu": L(CHURCH["id"], SENS), "kimvuka_ya_dibundu": L("Baptiste", SENS),
            "batisimu": L("2018-04-01", SENS), "kisalu_ya_dibundu": L("diakonese", SENS),
            "ndinga": ["kituba", "francais", "anglais"], "nimero_ya_mutadi": L(REVIEWER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ndingasantu-android"}),
        case(f, f"{a}/v2/mono", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/bisalu/ya-mono", headers=_h(rng, **b), query={
            "mutadi": L(REVIEWER, UID), "buku": "LUK", "kapu": "15"}),
        case(f, f"{a}/v2/verse/LUK.15.20/ngindu", headers=_h(rng, **b), body={
            "verse": "LUK.15.20", "draft": "d_luk_0412", "mutadi": L(REVIEWER, UID),
            "ngindu": L("Sala 'yandi waka mawa' na kisika ya 'yandi kudiwa ngemba', bantu ya "
                        "Matadi ke tuba mpidina", TEXT),
            "mambu": L("Mpovo 'ngemba' kele ngolo mingi sambu na bana", TEXT)}),
        multipart(f, f"{a}/v2/kutanga/audio", [
            ("audio", "luk15_20_tanga.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"verse": "LUK.15.11-32",
                                                "mutadi": L(REVIEWER, UID), "sekonda": 214})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/mpovo/kupona", fmt="form", headers=_h(rng, **b), body={
            "mpovo": "grace", "kupona": "ngemba", "mutadi": L(REVIEWER, UID),
            "mambu": L("Na dibundu na beto bantu ke zaba mbote 'ngemba'", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/glossaire/proposition", gz=True, headers=_h(rng, **b), body={
            "mutadi": L(REVIEWER, UID), "mpovo": [
                {"grec": "splanchnizomai", "kituba": "kuwa mawa", "verse": "LUK.15.20"},
                {"grec": "moschos", "kituba": "mwana ngombe ya mafuta", "verse": "LUK.15.23"}],
            "mambu": L("Beto tala diaka na lukutakanu ya Boma", TEXT)}),
        case(f, f"{a}/v2/lukutakanu/kukota", headers=_h(rng, **b), body={
            "lukutakanu": "lk_luk_0108", "kisika": {"lat": cla, "lng": clo},
            "dibundu": {"id": CHURCH["id"], "lat": CHURCH["lat"], "lng": CHURCH["lon"]},
            "mutadi": L(REVIEWER, UID)}),
        case(f, f"{a}/v2/lukutakanu/per-diem", fmt="form", headers=_h(rng, **b), body={
            "lukutakanu": "lk_luk_0108", "mutadi": L(REVIEWER, UID), "ntalu": "20",
            "devise": "USD", "konti": L(BANK_ACCOUNT, PAY)}),
        case(f, f"{a}/v2/sambu", headers=_h(rng, **b), body={
            "kimvuka": "batadi_luk",
            "mambu": L("Beto sambila mama nzitu na mono Makiese, yandi kele na kimbevo ya "
                       "ntima na lopitalu ya Boma", f"{TEXT}|{SENS}|{MED}|{NAMEC}"),
            "ba_ke_mona": "kimvuka"}),
        case(f, f"{a}/v2/nsangu", headers=_h(rng, **b), body={
            "kimvuka": "batadi_luk", "nsangu_id": obj(rng, "ns"),
            "mambu": L("Lukutakanu ya mposo ke ta yantika na ngunga ya 9, beto kutana na "
                       "dibundu", f"{TEXT}|{SENS}")}),
        lines(f, f"{a}/v2/sync", [
            {"op": "ngindu", "verse": "LUK.15.24", "mutadi": L(REVIEWER, UID),
             "ngindu": L("'Yandi me fwa, yandi me vutuka na luzingu' kele mbote", TEXT)},
            {"op": "tala", "verse": "LUK.15.25", "mutadi": L(REVIEWER, UID), "ok": True},
            {"op": "tala", "verse": "LUK.15.26", "mutadi": L(REVIEWER, UID), "ok": True}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/notes", fmt="msgpack", headers=_h(rng, **b), body={
            "mutadi": L(REVIEWER, UID), "notes": [
                {"verse": "LUK.15.28", "mambu": L("Nkuluntu ya mwana ke ndima ve kukota", TEXT)},
                {"verse": "LUK.15.31", "mambu": L("Tala 'mwana na mono' na kifwaniswa", TEXT)}],
            "version": "draft-7"}),
        case(f, f"{a}/v2/glossaire", headers=_h(rng, **b), query={
            "sosa": L("mawa ngemba", SEARCH), "buku": "LUK"}),
        case(f, f"{a}/v2/kalasi-ya-dimanche/kukotisa", headers=_h(rng, **b), body={
            "mwana": {"zina": L(SON["first"], NAMEC), "zina_ya_dikanda": L(SON["last"], NAMEC),
                      "mvula": L(SON["age"], BIRTH), "kento_bakala": L("bakala", GENDER)},
            "kalasi": L("bana ya 10-12", SENS), "dibundu": L(CHURCH["id"], SENS),
            "mbuti": L(REVIEWER, UID)}),
        case(f, f"{a}/v2/dikabu", fmt="form", headers=_h(rng, **b), body={
            "dikabu": L("kumi", SENS), "ntalu": L("10", BUY), "devise": "USD",
            "dibundu": L(CHURCH["id"], SENS),
            "lufutu": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v2/volontaire/contrat", [
            ("kifwanisu", "signature.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"mutadi": L(REVIEWER, UID),
                                                "zina_ya_mvimba": L(f"{FIRST} {LAST}", NAMEC),
                                                "version": "v3"})], headers=_h(rng, **b)),
        page,
        case(f, f"{a}/v2/ntangu/lukutakanu", headers=_h(rng, how="none"), cookies={
            "ns_session": L(opaque(rng, "", 40), CRED), "ns_aparey": L(INSTALL_ID, DID),
            "ns_req": rid(rng)}),
        case(f, f"{a}/v2/aparey", headers=_h(rng, **b), body=push(push_token(rng), "kg_CD")),
        case(f, f"{a}/v2/mambu-ya-app", gz=True, headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "events": [
                ev("verse_checked", 1, n=6), ev("audio_uploaded", 2),
                ev("ekrani", 3, ekrani=L("Glossaire", USAGE))]}),
    ]


def ndinga_santu_sdks() -> list[Case]:
    rng = random.Random(24612)
    return [
        ty_batch(APP, rng, [("Verse Checked", {"book": "LUK"}),
                            ("Workshop Attended", {"dibundu": L(CHURCH["id"], SENS)})],
                 at=CHURCH_FIX, nd=2),
        ty_identify(APP, rng, {"dibundu": L(CHURCH["name"], SENS),
                               "mutadi": L(REVIEWER, UID), "mbanza": L("Matadi", COARSE)}),
        ty_pixel(APP, rng, "Chapter Opened", {"book": "LUK", "chapter": 15}),
        lm_event(APP, rng, "offering", {"fund": L("kumi", SENS)}, revenue=10.0),
        cz_crash(APP, rng, ("java.io.IOException", "audio encoder stopped"),
                 [cz_crumb("nav", "Verse -> Tanga"), cz_crumb("tap", "record_button")],
                 screen="RecordActivity"),
        pn_register(APP, rng, lang="fr", at=HOME_AT, nd=2,
                    tags={"dibundu": L("Baptiste Kinkanda", SENS), "buku": "LUK"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "10.00"),
        my_route(APP, rng, [(HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="walking"),
        hb_message(APP, rng, L("Audio ya Luka 15 me kota ve, mono me tanga yo mbala zole",
                               TEXT), {"mutadi": L(REVIEWER, UID)}),
    ]

