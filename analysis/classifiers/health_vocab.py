"""The vocabularies health facts are read with (``rules/health_words.toml``, which names their
sources and what is left out): conditions, words that name a health matter as often as
something else, phrases, medicines, symptoms, and the words of a person and of care around
them; read by ``health_words.py`` (texts), ``health_named.py`` (keys and products) and
``ad_keywords.py`` (targeting words).
"""

from __future__ import annotations

import re

from analysis.classifiers.rules import load_toml

_VOCAB = load_toml("health_words.toml")  # (the vocabularies, their sources and exclusions)
# conditions, diagnoses and procedures: one is enough
CONDITIONS = frozenset(_VOCAB["conditions"])
# words that name a health matter as often as something else ("retail therapy", "tropical
# depression", "covid" in the news, a virus scan's "infection": QA64): a health fact only beside
# another health term or in the user's own words about themselves
AMBIGUOUS = frozenset(_VOCAB["ambiguous"])
PHRASES = tuple(_VOCAB["phrases"])
FIRST_PERSON = frozenset(_VOCAB["first_person"])  # the user writing about themselves
PERSONAL = frozenset(_VOCAB["personal"])  # someone's
CARE = frozenset(_VOCAB["care"])  # words of care that say a note is about health
MEDICINES = frozenset(_VOCAB["medicines"])  # one is enough
# mental-health conditions read in a user's tags, ad keywords and a referral's reason
MENTAL = frozenset({"anxiety", "depression", "depressive", "panic", "insomnia", "ptsd", "ocd",
                    "bipolar", "selfharm", "suicidal"})
INN_STEMS = tuple(_VOCAB["inn_stems"])  # (WHO's INN stems: a medicine's name by its ending)
SYMPTOMS = frozenset(_VOCAB["symptoms"])  # two are needed
# a word and its plural or its adjective are one symptom ("symptom ... symptoms")
SAME = {"feverish": "fever", "coughing": "cough", "headaches": "headache",
        "nauseous": "nausea", "nauseated": "nausea", "dizziness": "dizzy",
        "symptoms": "symptom", "bloating": "bloated", "cramping": "cramps",
        "crampy": "cramps", "itching": "itchy", "fainting": "fainted", "vomited": "vomiting",
        "rashes": "rash", "constipated": "constipation"}
ANIMALS = frozenset({"pet", "pets", "vet", "vets", "veterinary", "dog", "dogs", "cat", "cats",
                     "animal", "animals", "horse", "puppy", "kitten"})
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
