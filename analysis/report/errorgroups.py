"""What each row of the report's ``errors`` is, so that counts add up and words are true.

DESIGN.md: ``errors`` lists "what could not be read or decoded, with counts — nothing is dropped
silently". The list also holds rows that are no decode failure, and the report must not count
them as one (QA15 #6):
- ``unreached``: requests recorded that never reached a server (``no-response``: blocked in the
  client, connection failed), a live session's CONNECT to a server the proxy could not reach
  (``connect-failed``: an attempt, no request was sent), and the HAR ``not-sent`` rows of
  entries blocked in the client, which were kept as such requests
  (``analysis.sources.har_unsent.BLOCKED``) — one item, so it is counted once, by its
  ``no-response`` row;
- ``not-sent``: HAR entries that never went over the network and were not imported (``data:``
  URLs, the browser's cache);
- ``not-seen``: connections whose content was not inspected (``not-decrypted``,
  ``not-inspected``, ``tls-failed``): their server and bytes are known, not what they carried;
- ``note``: how something was read or where a server is, nothing lost (``via-proxy``, a HAR
  time without a time zone, ...), and the per-request ``unclassified`` rows, which name the
  requests of a ``classifier-failure`` row again;
- ``undecoded``: everything else — malformed input, bodies no decoder read, parts kept raw,
  bodies cut short, classifier failures.
"""

from __future__ import annotations

from typing import Any

from analysis.sources.har_unsent import BLOCKED

UNDECODED, NOT_SEEN, UNREACHED, NOT_SENT, NOTE = (
    "undecoded", "not-seen", "unreached", "not-sent", "note")
NOT_SEEN_KINDS = frozenset({"not-decrypted", "not-inspected", "tls-failed"})
NOTE_KINDS = frozenset({"via-proxy", "timezone", "missing-timestamp", "encoding",
                        "unclassified"})

LABELS = {
    UNDECODED: "could not be read or decoded",
    NOT_SEEN: "content not inspected (not decrypted, refused or unknown protocol)",
    UNREACHED: "never reached a server: an attempt, not a decode failure",
    NOT_SENT: "never sent over the network: not a decode failure",
    NOTE: "a note: nothing was lost",
}


def group(kind: str, message: str) -> str:
    """The group of one errors row (see the module's docstring)."""
    if kind in ("no-response", "connect-failed"):
        return UNREACHED
    if kind == "not-sent":
        return UNREACHED if f": {BLOCKED}" in message else NOT_SENT
    if kind in NOT_SEEN_KINDS:
        return NOT_SEEN
    if kind in NOTE_KINDS:
        return NOTE
    return UNDECODED


def label(row: dict[str, Any]) -> str:
    if row.get("kind") == "unclassified":
        return "names a request of the classifier-failure row: counted there"
    if row.get("kind") == "not-sent" and row.get("group") == UNREACHED:
        return "kept as a request that never reached a server: counted there"
    return LABELS.get(str(row.get("group")), LABELS[UNDECODED])


def counts(errors: list[dict[str, Any]]) -> dict[str, int]:
    """Items per group, each counted once: a blocked HAR entry by its ``no-response`` row."""
    out = {UNDECODED: 0, NOT_SEEN: 0, UNREACHED: 0, NOT_SENT: 0}
    for e in errors:
        g = e.get("group") or group(str(e.get("kind")), str(e.get("message") or ""))
        if g == NOTE or (e.get("kind") == "not-sent" and g == UNREACHED):
            continue
        out[g] += int(e.get("count") or 0)
    return out


def headline(errors: list[dict[str, Any]]) -> str:
    """One sentence on what was not read, not seen, or never sent — each named as what it is."""
    n = counts(errors)
    parts = [f"{n[UNDECODED]} item(s) could not be read or decoded"]
    if n[NOT_SEEN]:
        parts.append(f"{n[NOT_SEEN]} connection(s) were not inspected (not decrypted, refused "
                     "the proxy's certificate or an unknown protocol)")
    attempts = []
    if n[UNREACHED]:
        attempts.append(f"{n[UNREACHED]} request(s) never reached a server (blocked in the "
                        "client or the connection failed)")
    if n[NOT_SENT]:
        attempts.append(f"{n[NOT_SENT]} HAR "
                        f"{'entry was' if n[NOT_SENT] == 1 else 'entries were'} never sent "
                        "over the network")
    text = "; ".join(parts)
    if attempts:
        text += "; " + " and ".join(attempts) + ": these are not decode failures"
    return text + "."
