"""Language-exchange chat app "Voxamigo" (free tier with ads): the user speaks English and
learns Spanish with partners abroad. Sign-up and Google sign-in, a profile with a voice intro,
partner search, a private note on a partner, messages and corrections, voice notes, a
pronunciation check that uploads voice features, translation, a video call, moments, a report,
an invitation and a VIP subscription."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_B64,
    GENDER,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    VOICE,
    Acc,
    add,
    multipart,
    push_token,
    srflx,
    tok,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, App, ev, latlng, opaque, play_token, pos
from eval_families24_kit import claims, head, others, rid
from eval_families27_kit import f0_track
from eval_families28_kit import PARTNER_NAME, SENTENCE, formants, mfcc
from eval_families28_sdk import (
    orig_launch,
    orig_link,
    plot_batch,
    plot_beacon,
    rook_crash,
    rook_crumb,
    rowan_bid,
    rowan_notice,
)
from eval_families28_svc import ass_save, chime_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, W, case

APP = App("voxamigo", "Voxamigo", "com.example.voxamigo", "8.2.0",
          "https://api.voxamigo.example.net")
IID = "X-Vx-Install"
HANDLE = "jane_learns"  # her public user name (id.user)
GOOGLE_SUB = "108427719035526641182"  # her account ID at the sign-in provider (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _google(rng: random.Random) -> Case:
    """Google-style sign-in: the ID token is a credential, its claims continue."""
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "email_verified": True, "name": L(NAME, NAMEC),
               "aud": "voxamigo-android", "iat": 1765300100, "exp": 1765303700},
              "body", "id_token", acc)
    c = case(APP.fam, f"{APP.api}/api/v2/login/google", headers=_h(rng),
             body={"id_token": idt, "nonce": opaque(rng, "", 16)})
    return add(c, acc)


def voxamigo() -> list[Case]:
    rng = random.Random(2841)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, username=L(HANDLE, UID), vip=False))}
    partner, reported, call = (*others(rng, 2, "vx_"), "call_" + opaque(rng, "", 10))
    lat2, lon2 = pos(2)
    cases = [
        case(f, f"{a}/api/v2/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L("Hablemos-2025", CRED),
            "username": L(HANDLE, UID), "birth_date": L(DOB, BIRTH),
            "gender": L("female", GENDER), "native": ["en"],
            "learning": [{"lang": "es", "level": "B1"}], "country": L("US", COARSE),
            "city": L(CITY, COARSE)}),
        _google(rng),
        case(f, f"{a}/api/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/profile", headers=_h(rng, auth="bearer"), body={
            "bio": L("Product manager in NYC, learning Spanish for a year in Madrid. I can "
                     "help with English idioms!", TEXT),
            "interests": ["cooking", "hiking", "podcasts"], "age": L(34, BIRTH),
            "show_age": False, "timezone": L("America/New_York", DEV)}),
        multipart(f, f"{a}/api/v2/profile/media", [
            ("avatar", "avatar.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("voice_intro", "intro.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"intro_duration_ms": 11800})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/partners/search", headers=_h(rng, auth="bearer"), query={
            "native": "es", "learning": "en", "age_min": "25", "age_max": "40",
            "q": L("Madrid", SEARCH), "near": latlng(2), "page": "1"}),
        case(f, f"{a}/api/v2/users/{partner}/note", headers=_h(rng, auth="bearer"), body={
            "note": L(f"{PARTNER_NAME}: Madrid, teacher, calls on Thursdays after 7",
                      f"{TEXT}|{NAMEC}"), "favourite": True}),
        case(f, f"{a}/api/v2/messages", headers=_h(rng, auth="bearer"), body={
            "to": partner, "client_id": rid(rng), "type": "text",
            "text": L(f"¡Hola {PARTNER_NAME}! ¿Hablamos mañana a las siete?",
                      f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v2/messages/msg_77a1e0/correction", headers=_h(rng, auth="bearer"),
             body={"original": L("Yesterday I have went to the museum", TEXT),
                   "corrected": L("Yesterday I went to the museum", TEXT),
                   "explanation": L("'Have went' mixes two tenses; use the simple past",
                                    TEXT)}),
        multipart(f, f"{a}/api/v2/messages/voice", [
            ("audio", "voice_note.m4a", "audio/mp4", L(M4A + b"\x01", MEDIA)),
            ("meta", None, "application/json", {"to": partner, "duration_ms": 14200,
                                                "waveform": [3, 7, 12, 9, 4, 11, 6, 2]})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/pronunciation/check", gz=True, headers=_h(rng, auth="bearer"),
             body={"lang": "es", "sentence": SENTENCE, "sample_rate": 16000,
                   "recognized": L("Me gustaría reservar una mesa para dos personas esta "
                                   "noche", TEXT),
                   "features": {"mfcc": L(mfcc(rng, 8), VOICE),
                                "f0_hz": L(f0_track(rng, 20), VOICE),
                                "formants_hz": L(formants(rng, 6), VOICE)},
                   "phonemes": [{"p": "r", "score": 61}, {"p": "θ", "score": 88},
                                {"p": "x", "score": 74}],
                   "scores": {"accuracy": 82, "fluency": 74, "completeness": 100}}),
        case(f, f"{a}/api/v2/practice/log", fmt="msgpack", headers=_h(rng, auth="bearer"), body={
            "uid": L(USER_ID, UID), "date": "2025-12-09", "minutes": L(34, USAGE),
            "streak_days": L(41, USAGE), "words_learned": 12, "checks": 6}),
        case(f, f"{a}/api/v2/translate", headers=_h(rng, auth="bearer"), body={
            "text": L("How do you say 'I missed the last train' in Spanish?", TEXT),
            "from": "en", "to": "es"}),
        case(f, f"{a}/api/v2/calls/{call}/ice", headers=_h(rng, auth="bearer"), body={
            "candidate": L(srflx(50112), IPLOC), "sdpMid": "0", "sdpMLineIndex": 0}),
        case(f, f"{a}/api/v2/calls/schedule", headers=_h(rng, auth="bearer"), body={
            "with": partner, "at": "2025-12-11T19:00:00-05:00", "minutes": 30,
            "topic": L("Practice for my job interview in Spanish", TEXT)}),
        multipart(f, f"{a}/api/v2/moments", [
            ("photo", "IMG_20251207.jpg", "image/jpeg", L(JPEG + b"\x04", MEDIA)),
            ("post", None, "application/json", {
                "text": L("Mi primer intento de tortilla española 🥔", TEXT),
                "city": L(CITY, COARSE), "lat": lat2, "lon": lon2, "lang": "es"})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/api/v2/reports", headers=_h(rng, auth="bearer"), body={
            "user": reported, "reason": "harassment",
            "details": L("Asked for my phone number and address in the first message", TEXT)}),
        case(f, f"{a}/api/v2/invitations", headers=_h(rng, auth="bearer"), body={
            "name": L(PEOPLE[4][0], NAMEC), "email": L(PEOPLE[4][2], MAIL),
            "lang": "en"}),
        case(f, f"{a}/api/v2/billing/play/verify", headers=_h(rng, auth="bearer"), body={
            "product_id": L("voxamigo_vip_monthly", BUY),
            "order_id": L("GPA.3327-6120-8845-19024", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, auth="bearer"), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v2/conversations", query={"limit": "30"}, headers=_h(rng, how="none"),
             cookies={"vx_sid": L(opaque(rng, "", 48), CRED), "vx_iid": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/events", fmt="form", headers=_h(rng, auth="bearer"), body={
            "events": W([ev("message_sent", 1, lang="es"), ev("voice_note_sent", 2),
                         ev("screen_view", 3, screen=L("PronunciationCheck", USAGE))], "json"),
            "uid": L(USER_ID, UID)}),
    ]
    return cases


def voxamigo_sdks() -> list[Case]:
    rng = random.Random(2842)
    banner = {"banner": {"w": 320, "h": 50, "pos": 1}, "tag": "chat_list_banner"}
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":1,"title":{"len":80}}]}',
                         "ver": "1.2"}, "tag": "partners_native"}
    return [
        plot_batch(APP, rng, [("Message Sent", {"lang": "es"}),
                              ("Pronunciation Checked", {"score": 82})], adid=True),
        plot_beacon(APP, rng, "Onboarding Step", {"step": "languages", "native": "en",
                                                  "learning": "es"}),
        orig_launch(APP, rng, first=True),
        orig_link(APP, rng, U("voxamigo://verify", {"token": L(opaque(rng, "ev_", 32), CRED),
                                                   "e": L(EMAIL_B64, MAIL),
                                                   "utm_source": "email"})),
        rowan_bid(APP, rng, banner, nd=None, yob=1991, gender="F"),
        rowan_bid(APP, rng, native, nd=3, hem=True),
        rowan_notice(APP, rng, "imp"),
        rowan_notice(APP, rng, "win", ifa=False),
        rook_crash(APP, rng, ("java.lang.IllegalStateException", "MediaRecorder start failed"),
                   [rook_crumb("nav", "Chat -> VoiceNote"), rook_crumb("ui", "hold_to_record")],
                   user={"id": L(USER_ID, UID), "username": L(HANDLE, UID)},
                   screen="ChatActivity"),
        chime_register(APP, rng, tags={"learning": "es", "level": "b1"}),
        ass_save(APP, rng, {"analytics": True, "ads_personalised": True}),
    ]
