"""A raw photo's or a video's bytes in a finding's preview are shown as escapes, never as
control characters in the CSV or the HTML (QA116: ten NULs in findings.csv)."""

from __future__ import annotations

from analysis.report.data import preview


def test_control_characters_are_escaped_in_a_preview() -> None:
    raw = "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"
    for shown in (preview(raw, "content.media", False), preview(raw, "content.media", True)):
        assert "\x00" not in shown and shown.isprintable()
    assert preview("Jane Doe", "contact.name", True) == "Jane Doe"
