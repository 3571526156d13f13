"""Short-video social app "Vibblo" (the founding case): phone sign-up, device registration with
the SIM's serial, a region check from the SIM, the IP and Wi-Fi, the feed, watch events
(msgpack), AR effects (per-frame face landmarks and blendshapes, a face-swap embedding; the
effect's template, stickers and the song's beats as look-alikes), a duet with voice effects, a
voice-changer enrolment (speaker vector, prosody), comments with typing rhythm, live rooms (an ICE
candidate, chat frames in a WebSocket-style envelope over the long-poll fallback, gifts), find
friends, DMs, search; uploads go to a storage region abroad."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    FACE,
    GENDER,
    IPLOC,
    JPEG,
    KEYS,
    MEDIA,
    MP4,
    PHONE_SHA256,
    SEARCH,
    SIM,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    Acc,
    add,
    anchors,
    blend,
    canonical_face,
    cuts,
    dwell_flight,
    f32b64,
    flat,
    multipart,
    pb64,
    push_token,
    relay,
    scroll_velocity,
    srflx,
)
from eval_families18_kit import CELL_ID, TAC
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families24_kit import claims, head, others, rid
from eval_families29_kit import others_hash
from eval_families30_kit import voice_vec
from eval_families34_kit import (
    DUET_OF,
    EFFECTS,
    GIFTS,
    IDC,
    LIVE_ROOM,
    SOUND,
    STORAGE,
    UPLOAD,
    beat_grid,
    face_frames,
    obj,
    prosody,
    voice_fx,
)
from eval_families34_sdk import (
    bm_bid,
    bm_notice,
    cl_track,
    cw_crash,
    cw_crumb,
    sw_event,
    sw_session,
)
from eval_families34_svc import ch_register, hb_message, mf_reverse, ol_save, tr_eval
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    GAID,
    ICCID,
    INSTALL_ID,
    LOCAL_IP,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("vibblo", "Vibblo", "com.example.vibblo", "34.2.5", "https://api.vibblo.example.com")
IID = "X-Vb-Install-Id"
VB_DID = "7361204418829370118"  # the app's own server-assigned device ID (id.device)
CAFE_AT = (40.73912, -73.98804)  # a café tagged on a video (a place: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _common() -> dict[str, Any]:
    """The query parameters every feed-side GET carries (device, SIM and locale regions)."""
    return {"device_id": L(VB_DID, DID), "iid": L(INSTALL_ID, DID), "aid": "4412",
            "carrier_region": L("US", CARRIER), "sys_region": L("US", DEV),
            "mcc_mnc": L("310260", CARRIER), "ac": L("wifi", DEV), "app_language": L("en", DEV),
            "timezone_name": L("America/New_York", DEV), "version_code": "340205",
            "_rticket": "1765376118204"}


def _register(rng: random.Random) -> Case:
    """The device registration (gzip JSON): the app's device ID, the Android ID, the
    advertising ID, the SIM (operator, region, serial) and the device."""
    hdr = {"aid": 4412, "openudid": L(ANDROID_ID, DID), "install_id": L(INSTALL_ID, DID),
           "google_aid": L(GAID, "id.advertising"), "device_id": L(VB_DID, DID),
           "sim_region": L("us", CARRIER), "carrier": L("Example Mobile", CARRIER),
           "mcc_mnc": L("310260", CARRIER),
           "sim_serial_number": [{"sim_serial_number": L(ICCID, SIM)}],
           "region": L("US", DEV), "tz_name": L("America/New_York", DEV),
           "tz_offset": L(-18000, DEV), "language": L("en", DEV),
           "resolution": L("2400*1080", DEV), "device_model": L("Pixel 8", DEV),
           "device_brand": L("google", DEV), "os_version": L("14", DEV),
           "access": L("wifi", DEV),
           "app_version": APP.ver, "release_build": "b7d1e02_20251201"}
    return case(APP.fam, f"{APP.api}/service/2/device_register/", gz=True,
                headers=_h(rng, how="none"), body={"magic_tag": "ss_app_log", "header": hdr,
                                                   "_gen_time": 1765376011204})


def _security(rng: random.Random) -> Case:
    """A security report: base64 protobuf in a form field (IDs, the SIM, the LAN address)."""
    acc: Acc = {}
    p = pb64([(1, L(INSTALL_ID, DID)), (2, L(ANDROID_ID, DID)),
              (3, [(1, L("310", CARRIER)), (2, L("260", CARRIER)), (3, L(ICCID, SIM))]),
              (4, L(LOCAL_IP, DEV)), (5, 1765290001), (6, L("Pixel 8", DEV)),
              (7, opaque(rng, "", 16))], "body", "p", acc)
    return add(case(APP.fam, f"{APP.api}/sec/v3/report", fmt="form", headers=_h(rng),
                    body={"p": p, "v": "3", "scene": "launch"}), acc)


def vibblo() -> list[Case]:
    rng = random.Random(3411)
    a, f, up = APP.api, APP.fam, UPLOAD
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, handle=L("jane.doodles", UID), idc=IDC))}
    vids = [f"v_{rng.randrange(10 ** 12, 10 ** 13)}" for _ in range(4)]
    frames = face_frames(rng, 3)
    for fr in frames:
        fr["lm"] = L(fr["lm"], FACE)
    dwell, flight = dwell_flight(rng, 24)
    pv = prosody(rng)
    comment = "this transition is insane how did you do that"
    cases = [
        case(f, f"{a}/passport/mobile/register/", fmt="form", headers=_h(rng), body={
            "mobile": L(PHONE, "contact.phone"), "code": L("408217", CRED),
            "birthday": L(DOB, BIRTH), "type": "3731", "mix_mode": "1"}),
        _register(rng),
        case(f, f"{a}/passport/account/info/v2/", headers=_h(rng, extra=jw)),
        case(f, f"{a}/region/v1/detect", headers=_h(rng, **b), body={
            "client_ip": L(PUBLIC_IP, IPLOC), "local_ip": L(LOCAL_IP, DEV),
            "sim_region": L("US", CARRIER), "mcc_mnc": L("310260", CARRIER),
            "cell": {"lac": L(TAC, CARRIER), "cid": L(CELL_ID, CARRIER)},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "locale_region": L("US", DEV), "idc_hint": IDC}),
        _security(rng),
        case(f, f"{a}/aweme/v2/feed/", headers=_h(rng, **b),
             query={**_common(), "count": "6", "pull_type": "1"}),
        case(f, f"{a}/v1/watch/events", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "items": [
                {"vid": L(v, USAGE), "watch_ms": L(rng.randrange(2100, 31000), USAGE)}
                for v in vids],
            "fling_px_s": scroll_velocity(rng, 5), "session_s": L(1260, USAGE)}),
        case(f, f"{a}/effect/v1/apply", headers=_h(rng, **b), body={
            "effect_id": EFFECTS[0], "effect_ver": "3.2.0", "beauty": {
                "smooth": 0.6, "slim": 0.3, "eye_enlarge": 0.2}, "stickers": anchors(rng, 3),
            "template": canonical_face(106), "fps": 29.7, "face_count": 1,
            "face_box": [188, 402, 544, 860], "sound_id": SOUND["id"],
            "beats_ms": beat_grid(SOUND["bpm"])}),
        case(f, f"{up}/effect/v1/frames", fmt="msgpack", headers=_h(rng, **b), body={
            "effect_id": EFFECTS[1], "frames": frames, "blendshapes": L(blend(rng), FACE),
            "idc": IDC, "bucket_region": STORAGE}),
        multipart(f, f"{up}/effect/v1/faceswap", [
            ("source", "selfie.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {
                "effect_id": EFFECTS[2], "face_vec": L(f32b64(flat(rng, 128, 0.07)), FACE),
                "quality": 0.93, "storage_region": STORAGE})], headers=_h(rng, **b)),
        multipart(f, f"{up}/aweme/v1/create/duet", [
            ("video", "duet_0412.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "duet_from": DUET_OF["video"], "duet_author": DUET_OF["uid"],
                "voice_fx": voice_fx(rng), "beats_ms": beat_grid(), "cuts_ms": cuts(rng, 6),
                "caption": L("duet with my chipmunk voice, I regret nothing", TEXT),
                "hashtags": [L("duet", TEXT), L("voiceeffect", TEXT)],
                "sound_id": SOUND["id"], "visibility": "public", "storage_region": STORAGE})],
            headers=_h(rng, **b)),
        multipart(f, f"{up}/voice/v1/changer/enroll", [
            ("audio", "enroll.wav", "audio/wav", L(WAV, MEDIA)),
            ("meta", None, "application/json", {
                "preset": "my_voice_clone", "speaker_vec": L(voice_vec(rng, 192), VOICE),
                "f0_mean": L(pv["f0_mean"], VOICE), "f0_sd": L(pv["f0_sd"], VOICE),
                "mfcc_mean": L(pv["mfcc_mean"], VOICE), "snr_db": 24.1,
                "pitch_shift": 5, "phrase": "The quick brown fox jumps over the lazy dog"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/comment/v1/publish", headers=_h(rng, **b), body={
            "aweme_id": vids[1], "text": L(comment, TEXT), "reply_id": "0",
            "typing": {"dwell_ms": L(dwell, KEYS), "flight_ms": L(flight, KEYS),
                       "backspaces": L(3, KEYS), "compose_ms": L(9120, KEYS)},
            "channel": "feed"}),
        case(f, f"{a}/webcast/room/create/", headers=_h(rng, **b), body={
            "title": L("late night sketching, come hang", TEXT), "age_restricted": False,
            "geo": {"lat": L(40.74, COARSE), "lng": L(-73.99, COARSE)},
            "city": L("New York", COARSE), "beauty": {"smooth": 0.5}, "push_idc": IDC,
            "cover_uri": f"tos-{IDC}-i-0068/{obj(rng, 'cv', 16)}"}),
        case(f, f"{a}/webcast/room/{LIVE_ROOM}/rtc/candidate", headers=_h(rng, **b), body={
            "candidates": [L(srflx(51877), IPLOC), relay(61044)], "sdpMid": "0"}),
        case(f, f"{a}/webcast/im/poll", headers=_h(rng, **b), body={
            "transport": "long_poll", "room_id": LIVE_ROOM, "cursor": "t-1765376188421",
            "frames": [
                {"op": 5, "seq": 101, "d": {"type": "chat",
                                            "text": L("guess the song for a galaxy gift", TEXT)}},
                {"op": 5, "seq": 102, "d": {"type": "like", "count": 15}},
                {"op": 1, "seq": 103, "d": {"hb": 1765376190}},
                {"op": 5, "seq": 104, "d": {"type": "gift", "gift": GIFTS[0][0],
                                            "count": 5, "coins": L(5, BUY)}}]}),
        case(f, f"{a}/webcast/wallet/recharge/verify", headers=_h(rng, **b), body={
            "product_id": L("coins_700", BUY), "order_id": L("GPA.3377-1042-5518-20931", BUY),
            "purchase_token": L(play_token(rng), BUY), "price_micros": L(9990000, BUY),
            "currency": "USD", "package": APP.pkg}),
        case(f, f"{a}/friends/v1/contacts/upload", headers=_h(rng, **b), body={
            "hashed_mobiles": L(others_hash(rng, 6), CONTACTS),
            "self_mobile": L(PHONE_SHA256, "contact.phone"), "algo": "sha256", "scene": 2}),
        case(f, f"{a}/user/v1/profile/update", headers=_h(rng, **b), body={
            "unique_id": L("jane.doodles", UID), "nickname": L("Jane D.", "contact.name"),
            "signature": L("sketchbook diaries · ink + coffee · nyc", TEXT),
            "gender": L(2, GENDER), "birthday": L(DOB, BIRTH), "show_birthday": False}),
        case(f, f"{a}/im/v1/message/send", headers=_h(rng, **b), body={
            "conversation_id": obj(rng, "cv", 14), "to_uid": others(rng, 1, "u_")[0],
            "content": W({"text": L("can we film part 2 on saturday? free after 3", TEXT),
                          "type": 7}, "json"), "client_msg_id": rid(rng)}),
        case(f, f"{a}/aweme/v1/general/search/", headers=_h(rng, **b), query={
            **_common(), "keyword": L("sketchbook tour", SEARCH), "offset": "0",
            "search_source": "normal_search"}),
        case(f, f"{a}/service/2/app_log/", gz=True, headers=_h(rng, **b), body={
            "header": {"device_id": L(VB_DID, DID), "user_id": L(USER_ID, UID)},
            "event_v3": [ev("video_play", 1, group_id=L(vids[0], USAGE)),
                         ev("effect_apply", 2, effect_id=EFFECTS[0]),
                         ev("enter_live", 3)]}),
        case(f, f"{a}/cloudpush/update_token/", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device_id": L(VB_DID, DID),
            "notice_enabled": True, "system_notify_status": 1}),
        case(f, f"{a}/aweme/v1/notice/count/", headers=_h(rng, how="none"), query=_common(),
             cookies={"sessionid": L(opaque(rng, "", 32), CRED), "install_id": L(INSTALL_ID, DID),
                      "store-idc": IDC, "store-country-code": L("us", COARSE),
                      "tt-target-idc": "useast5"}),
    ]
    return cases


def vibblo_sdks() -> list[Case]:
    rng = random.Random(3412)
    video = {"video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920, "minduration": 5,
                       "maxduration": 30, "placement": 1}, "tagid": "vibblo_feed_native",
             "ext": {"rewarded": 0}}
    return [
        cl_track(APP, rng, [("Video Posted", {"type": "duet", "effect": EFFECTS[0]}),
                            ("Live Started", {"room": LIVE_ROOM})], adid=True),
        sw_session(APP, rng, first=True),
        sw_event(APP, rng, "vb7q2k", {"product": L("coins_700", BUY)}, revenue=9.99,
                 hashed=True, name="purchase"),
        bm_bid(APP, rng, video, nd=None, yob=1991, gender="F",
               keywords="art,drawing,music", cat=["IAB1"]),
        bm_notice(APP, rng, "imp"),
        cw_crash(APP, rng, ("java.lang.IllegalStateException", "GL context lost in effect"),
                 [cw_crumb("nav", "Feed -> Camera"), cw_crumb("tap", "effect_tray"),
                  cw_crumb("log", "effect loaded", {"effect_id": EFFECTS[1]})],
                 keys={"effect_id": EFFECTS[1], "idc": IDC}, screen="CameraActivity"),
        tr_eval(APP, rng, {"storeRegion": L("US", COARSE), "creator": True}, get=True),
        ch_register(APP, rng, tags={"lang": "en", "creator": "1"}),
        ol_save(APP, rng, {"analytics": True, "ads": True, "personalization": True},
                receipt=True),
        mf_reverse(APP, rng, CAFE_AT, None, nd=5),
        hb_message(APP, rng, L("My live got cut off and the gift coins I bought are gone",
                               TEXT), {"plan": "free", "region": IDC}),
    ]
