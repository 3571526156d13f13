"""What a user says to a language model, in the request formats chat apps send it: Anthropic's
content blocks (``messages[i].content[j].text``), Gemini's parts (``contents[i].parts[j].text``),
OpenAI's Responses ``input`` and its completions ``prompt`` (QA87: an AI companion app sending
the user's words to a US model vendor). OpenAI's chat ``messages[i].content`` strings are a key
rule's (``context.user-text``). Only a user's turn (its ``role`` "user", or none), and only in a
request that names its ``model``; the app's own ``instructions`` or ``system`` prompt beside them
is no user's text (``app_prompts``), nor are the model's answers.
"""

from __future__ import annotations

import re

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.validators import validate
from analysis.decoders import Decoded
from analysis.records import Finding

RULE = "context.model-prompt"
_BLOCK = re.compile(r"(messages|contents)\[(\d+)\]\.(?:content|parts)\[\d+\]\.text")
_INPUT = re.compile(r"(input|prompt)(?:\[(\d+)\](?:\.content(?:\[\d+\]\.text)?)?)?")
USER_ROLES = frozenset({"user", "human", ""})
TURNS = ("messages[", "contents[", "input", "prompt")
_TURNS_AT_START = tuple("\n" + t for t in TURNS)  # (in ``Decoded.paths_text``)
APP_PROMPTS = frozenset({"instructions", "system", "systemprompt", "system_prompt",
                         "systeminstruction", "preamble"})


# a language model's name (not a phone's, a car's or an embedding model's: the QA87 review)
LANGUAGE_MODEL = re.compile(r"(?i)(gpt|claude|gemini|llama|mistral|mixtral|command|qwen|deepseek|"
                            r"gemma|sonnet|haiku|opus|grok|o[134]|instruct|chat|davinci)")


def _model_call(decoded: Decoded) -> bool:
    paths = decoded.paths_text()
    if not any(t in paths for t in _TURNS_AT_START):
        return False
    named = [leaf.text for leaf in decoded.leaves if leaf.path == "model" and leaf.part == "body"]
    named += [seg for seg in decoded.url_segments() if "model" in seg or ":" in seg]
    return any(LANGUAGE_MODEL.search(t) and "embed" not in t.lower() for t in named)


def llm_prompts(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """content.text findings for the user's turns sent to a model (above)."""
    if not _model_call(decoded):
        return []
    roles = {leaf.path.rpartition(".")[0]: leaf.text.lower() for leaf in decoded.leaves
             if leaf.key == "role" and type(leaf.value) is str}
    have = {(f.part, f.path) for f in found if f.category == "content.text"}
    out = []
    for leaf in decoded.leaves:
        if leaf.part != "body" or type(leaf.value) is not str or (leaf.part, leaf.path) in have:
            continue
        if m := _BLOCK.fullmatch(leaf.path):
            turn = f"{m.group(1)}[{m.group(2)}]"
        elif (m := _INPUT.fullmatch(leaf.path)) is not None:
            turn = f"{m.group(1)}[{m.group(2)}]" if m.group(2) else ""
        else:
            continue
        if roles.get(turn, "") in USER_ROLES and validate("prose", leaf.text):
            out.append(leaf_finding(exchange_id, leaf, "content.text", 0.7,
                                    f"'{leaf.path}' is a user's turn sent to a language model",
                                    RULE))
    return out


def app_prompts(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the app's own instructions to a model, read as a user's text."""
    if not any(f.path.lower() in APP_PROMPTS for f in found) or not _model_call(decoded):
        return found
    return [f for f in found
            if f.category != "content.text" or f.path.lower() not in APP_PROMPTS]
