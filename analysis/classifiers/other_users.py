"""Other people's account IDs: a key that names the role of the person it identifies
(``target_user_id``, ``reported_user_id``, ``to_user_id``, ``followee_id``) holds somebody
else's ID: the account followed, reported, messaged or watched (QA61: a short-video
app's share, report and follow calls). TAXONOMY.md's ``id.user`` is the logged-in user's
identifier, so these are not read as it; the user's own ID in the same request still is
(``user_id``, ``sender_id``, ``from_user_id``: the sender of a message is the user).
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.words import key_words
from analysis.records import Finding

RULES = frozenset({"key.user-id", "words.user-id"})
OTHER_ROLES = frozenset({"target", "reported", "recipient", "receiver", "followee",
                         "followed", "following", "blocked", "friend", "peer", "mentioned",
                         "tagged", "opponent", "matched", "teammate",
                         "other", "commenter", "replied"})
# (not "member", "owner", "host", "seller", "parent", "child": the user in a member's, a pet
# owner's, a host's or a seller's app, and a family's members, whom every set labels; nor
# "creator", "author", "streamer", "uploader", "invitee", "referred": the user in a creator's
# dashboard, a publishing or a go-live call, an accepted invitation: QA64; nor "liked" or
# "viewed": "liked_by_user_id" is the user who liked, QA65)
# ...but a key naming the user as such is theirs whatever else it says ("my_partner_user_id"
# stays another's; "self_user_id", "current_user_id", "viewer_id" are the user's)
SELF = frozenset({"self", "me", "my", "current", "viewer", "own", "logged", "login"})


# ...but a participle right before "user" names the user it was done to ("viewed_user_id",
# "liked_user_id", "last_viewed_user_id", "swiped_on_user_id": a dating app's profile views
# and likes, QA89; "liked_by_user_id" is the one who liked; not "invited": the invitee is the
# user accepting, QA64; nor "hidden", an SDK's hashed ID of the user's own: the QA89 review)
DONE_TO = frozenset({"liked", "viewed", "visited", "swiped", "superliked", "favorited",
                     "favourited", "rated", "messaged", "contacted", "muted", "unmatched",
                     "unblocked", "passed", "skipped", "called"})
LEADS = frozenset({"last", "super", "most", "recently", "first"})


@lru_cache(maxsize=4096)
def _others(key: str) -> bool:
    words = key_words(key)
    # "to" only as the key's first word beside a user ("to_user_id", a message's recipient;
    # not "user_id_to_delete", nor "to_account_id" between one's own accounts)
    to_user = len(words) > 1 and words[0] == "to" and "user" in words
    return ((bool(OTHER_ROLES.intersection(words)) or to_user or bool(_done_to(words)))
            and not SELF.intersection(words))


def _done_to(words: tuple[str, ...]) -> str:
    """The participle of a key naming the user something was done to, or ""."""
    at = 0
    while at < len(words) - 1 and words[at] in LEADS:
        at += 1
    if at < len(words) - 1 and words[at] == "super" + words[at + 1]:
        at += 1
    if at >= len(words) - 1 or words[at] not in DONE_TO:
        return ""
    rest = words[at + 1:]
    if rest and rest[0] in ("on", "to"):
        rest = rest[1:]
    return words[at] if rest and rest[0] in ("user", "profile") else ""


def others_ids(found: list[Finding], keys: frozenset[str] = frozenset()) -> list[Finding]:
    """``found`` without the IDs of people in another role than the user's (above); a
    participle's user stays the user's when the request also names who did it
    (``visited_user_id`` beside ``visited_by_user_id``: "who visited me", the QA89 review)."""
    return [f for f in found if f.rule not in RULES
            or not (_others(key := f.path.rpartition(".")[2].partition("[")[0])
                    or _others_object(f.path.rpartition(".")[0]))
            or _by_beside(key, keys)]


@lru_cache(maxsize=4096)
def _others_object(parent: str) -> bool:
    """The user ID sits in an object named for another role ("recipient": {"user_id": …}, a
    DM's "peer": QA98), not the user's own ("sender", "me")."""
    name = parent.rpartition(".")[2].partition("[")[0]
    words = key_words(name) if name else ()
    # (its last word, a role that is never the user's here: not "friend_request", "other_data",
    # a WebRTC "local_peer", a comment's "commenter": the third review)
    return bool(words) and not (SELF | {"local"}).intersection(words) and (
        words[-1] in OBJECT_ROLES
        # ...or a role anywhere before a person's word ("other_user", "reported_user",
        # "recipient_info", "opponent_player": the fourth review)
        or (words[-1] in PERSONS and bool(OTHER_ROLES.intersection(words[:-1]))))


PERSONS = frozenset({"user", "player", "member", "profile", "account", "info", "party"})


OBJECT_ROLES = OTHER_ROLES - {"other", "commenter", "target"}


def _by_beside(key: str, keys: frozenset[str]) -> bool:
    done = _done_to(key_words(key))
    return bool(done) and any(k.startswith(done + "by") for k in keys)
