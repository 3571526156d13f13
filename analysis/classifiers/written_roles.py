"""Text that is in a request but was not written by the user: a chat message's role says whose
it is (OpenAI/Anthropic-style ``messages`` lists: ``system``, ``assistant``, ``tool``), a chat's
agents and bots are no contacts of hers, and a list of reviews shown with their authors holds
other people's words (QA97). TAXONOMY.md ``content.text`` is what *the user* typed.
"""

from __future__ import annotations

import re

from analysis.classifiers.llm_prompts import app_prompts
from analysis.classifiers.structure_base import call_words
from analysis.decoders import Decoded
from analysis.records import Finding

# Roles of a chat message the user did not write (OpenAI/Anthropic-style "messages" lists): an
# app's system prompt or the model's answer is no text the user typed.
NOT_USER_ROLES = frozenset({"system", "assistant", "developer", "tool", "model", "function",
                            "bot"})
# ...and chat participants who are no contacts of the user: the app's agents and bots.
NOT_CONTACT_ROLES = NOT_USER_ROLES | {"agent", "support", "staff", "operator", "moderator",
                                      "admin", "service"}


# ...and the entries of a list of reviews shown with their authors (QA97: other riders' reviews
# of a docking station in an analytics event): theirs, not the user's
SHOWN_REVIEWS = re.compile(r"(?:^|\.)(?:reviews|ratings|testimonials)\[\d+\]$")


def not_written_by_the_user(found: list[Finding], decoded: Decoded) -> list[Finding]:
    roles = {leaf.path.rpartition(".")[0]: leaf.text.lower() for leaf in decoded.leaves
             if leaf.key in ("role", "author", "sender") and type(leaf.value) is str}
    if not roles:
        return app_prompts(found, decoded)
    # (not a call posting the user's own reviews, all by one author: the third and the fourth
    # reviews)
    authors = {a for where, a in roles.items() if SHOWN_REVIEWS.search(where)}
    shown = (not call_words(decoded) & {"reviews", "ratings", "testimonials", "review"}
             or len(authors) > 1)
    return [f for f in app_prompts(found, decoded)
            if (f.category != "content.text"
                or (roles.get(f.path.rpartition(".")[0]) not in NOT_USER_ROLES
                    and not (shown and SHOWN_REVIEWS.search(f.path.rpartition(".")[0])
                             and f.path.rpartition(".")[0] in roles
                             and roles[f.path.rpartition(".")[0]] not in ("me", "self"))))
            and (f.category != "content.contacts"
                 or roles.get(f.path.rpartition(".")[0]) not in NOT_CONTACT_ROLES)]
