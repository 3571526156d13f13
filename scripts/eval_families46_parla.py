"""Live-translation glasses app "Parlaview" (snake_case API): sign-up, a refresh-token grant,
``/me``, pairing the glasses and sharing the phone's hotspot details, a voice enrolment (speaker
vector) so her own speech is told from others', her face registered so it is not blurred in her
captures, a firmware check by the glasses' serial in the path, a conversation started, streamed
speech (protobuf: an audio chunk and her fix), translated segments in Madrid, a camera frame with
the bystanders' faces blurred (boxes only), a saved phrase, sharing a conversation, offline packs
near her, captions settings, usage (a form), glasses telemetry, a Play subscription, feedback,
push, events and the history by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import OGG
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    FACE,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    f32b64,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families46_kit import BUDDY, GLASSES, MADRID_FIX, MARKET_AT, fix, obj, vec
from eval_families46_sdk import ar_event, ar_session, bh_bid, cp_crash, cp_crumb, cs_batch, cs_queue
from eval_families46_svc import cr_save, ft_eval, pm_register, tf_reverse
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("parlaview", "Parlaview", "com.example.parlaview", "1.19.2",
          "https://api.parlaview.example.com")
IID = "X-PV-Install"
PW = "Orchard^Lumen61"
TZ = "Europe/Madrid"


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def parlaview() -> list[Case]:
    rng = random.Random(4651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer", "lang": True}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    conv = obj(rng, "cv", 10)
    mla, mlo = fix(MADRID_FIX, 6)
    lab: dict[str, str] = {}
    chunk = pb([(1, conv), (2, 17), (3, L(OGG + b"\x11", MEDIA)), (4, "es-ES"),
                (5, [(1, L(round(MADRID_FIX[0], 6), PRECISE)),
                     (2, L(round(MADRID_FIX[1], 6), PRECISE))]), (6, L(USER_ID, UID))], "", lab)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "speaks": ["en"], "learning": ["es"]}),
        case(f, f"{a}/v1/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "client_id": "parlaview-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/glasses/pair", headers=_h(rng, **b), body={
            "serial": GLASSES["serial"], "ble_addr": GLASSES["ble"], "model": GLASSES["model"],
            "fw": GLASSES["fw"], "pairing_code": L("084417", CRED), "owner": L(USER_ID, UID)}),
        case(f, f"{a}/v1/glasses/network", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "passphrase": L("Tern$Harbor22", CRED),
            "phone_ip": L(LOCAL_IP, DEV), "serial": GLASSES["serial"], "band": "5GHz"}),
        multipart(f, f"{a}/v1/voice/enrol", [
            ("sample", "enrol.wav", "audio/wav", L(WAV + b"\x12", MEDIA)),
            ("profile", None, "application/json", {
                "speaker_vec": L(vec(rng, 192), VOICE), "phrase": "parla, listen",
                "snr_db": 24.1})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/privacy/owner-face", [
            ("selfie", "owner.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("template", None, "application/json", {
                "vec": L(f32b64(vec(rng, 256)), FACE), "purpose": "do_not_blur_owner"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/glasses/{GLASSES['serial']}/firmware", headers=_h(rng, **b),
             query={"current": GLASSES["fw"], "channel": "stable"}),
        case(f, f"{a}/v1/conversations", headers=_h(rng, **b), body={
            "conversation": conv, "mode": "face_to_face", "src": "es", "dst": "en",
            "city": L("Madrid", COARSE), "country": L("ES", COARSE), "auto_detect": True}),
        raw(f, f"{a}/v1/stream/{conv}/audio", chunk, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/conversations/{conv}/segments", headers=_h(rng, **b), body={
            "src": "es", "dst": "en", "lat": mla, "lng": mlo, "segments": [
                {"speaker": "other", "t": 0,
                 "src_text": L("¿Cuántos quiere? Son a tres euros el kilo", TEXT),
                 "dst_text": L("How many do you want? They are three euros a kilo", TEXT)},
                {"speaker": "self", "t": 4200,
                 "src_text": L("Two kilos please, and do you take cards?", TEXT),
                 "dst_text": L("Dos kilos, por favor, ¿acepta tarjeta?", TEXT)}]}),
        multipart(f, f"{a}/v1/vision/frame", [
            ("frame", "frame_0931.jpg", "image/jpeg", L(JPEG + b"\x14", MEDIA)),
            ("meta", None, "application/json", {
                "conversation": conv, "blurred_faces": 3,
                "boxes": [[102, 88, 60, 60], [410, 120, 52, 52], [690, 95, 48, 48]],
                "ocr": "Frutas Hermanos Gil - 3,00 €/kg", "place_hint": list(MARKET_AT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/phrasebook", headers=_h(rng, **b), body={
            "src": "en", "dst": "es",
            "text": L("I am allergic to tree nuts, please check the sauce", f"{TEXT}|{MED}"),
            "pinned": True}),
        case(f, f"{a}/v1/conversations/{conv}/share", headers=_h(rng, **b), body={
            "to_name": L(BUDDY[0], NAMEC), "to_email": L(BUDDY[1], MAIL),
            "include_audio": False, "expires_days": 7}),
        case(f, f"{a}/v1/offline-packs", headers=_h(rng, **b), query={
            "langs": "es,ca", "near": L("40.41,-3.71", COARSE), "wifi_only": "1"}),
        case(f, f"{a}/v1/settings/captions", headers=_h(rng, **b), body={
            "font_scale": 1.3, "position": "lower", "hard_of_hearing": L(True, MED),
            "speaker_labels": True}),
        case(f, f"{a}/v1/usage", fmt="form", headers=_h(rng, **b), body={
            "minutes_translated": L("46", USAGE), "conversations": L("5", USAGE),
            "day": "2025-12-09"}),
        case(f, f"{a}/v1/glasses/telemetry", gz=True, headers=_h(rng, **b), body={
            "serial": GLASSES["serial"], "battery": 38, "temp_c": 36.1, "display_nits": 900,
            "phone": {"battery": L(61, DEV), "model": L("Pixel 8", DEV),
                      "tz": L(TZ, DEV)}, "dropped_frames": 4}),
        case(f, f"{a}/v1/subscriptions/play", headers=_h(rng, **b), body={
            "product_id": L("parlaview_travel_month", BUY), "token": L(play_token(rng), BUY),
            "order_id": L("GPA.3355-0192-7731-40028", BUY)}),
        case(f, f"{a}/v1/feedback", headers=_h(rng, **b), body={
            "conversation": conv, "rating": 2,
            "text": L("The pharmacist's Spanish was mistranslated: 'comprimidos' came out as "
                      "'compressed'", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("conversation_started", 1, pair="es-en"), ev("frame_captured", 2),
                ev("screen", 3, screen=L("LiveTranslate", USAGE))]}),
        case(f, f"{a}/v1/history", query={"limit": "20"}, headers=_h(rng, how="none"),
             cookies={"pv_sess": L(opaque(rng, "", 40), CRED), "pv_iid": L(INSTALL_ID, DID)}),
    ]


def parlaview_sdks() -> list[Case]:
    rng = random.Random(4652)
    return [
        cs_batch(APP, rng, [("Conversation Started", {"pair": "es-en"}),
                            ("Frame Captured", {"faces_blurred": 3})], at=MADRID_FIX, nd=2,
                 tz=TZ),
        cs_queue(APP, rng, [("Phrase Pinned", {}), ("Glasses Connected", {"fw": GLASSES["fw"]})]),
        ar_session(APP, rng, first=True),
        ar_event(APP, rng, "subscribe", {"sku": "travel_month"}, revenue=9.99, currency="EUR",
                 hashed=True),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, country="ESP", region="MD",
               city="Madrid", zip_=None, gdpr=True),
        cp_crash(APP, rng, ("java.io.IOException", "glasses audio socket closed"),
                 [cp_crumb("navigation", "Home -> LiveTranslate"),
                  cp_crumb("log", "ble mtu 247")], screen="LiveTranslateActivity", tz=TZ),
        ft_eval(APP, rng, {"region": L("ES", COARSE), "ownerFaceExempt": True}, hdr=True),
        pm_register(APP, rng, tz=TZ, tags={"trip": "madrid"}),
        cr_save(APP, rng, {"analytics": True, "ads": False}, country="ES", region="MD"),
        tf_reverse(APP, rng, MADRID_FIX, PRECISE, nd=4),
    ]
