"""A pet's records: its birth date, sex, weight, symptoms and diagnoses are no person's
(TAXONOMY's categories are about the user), so a request about a pet does not report them
(blind21's vet-care app: ``POST /v2/pets`` with the dog's ``dob`` and ``sex``, an insurance
claim's ``diagnosis`` beside its ``pet_id``; QA50's ``mascota.fecha_nacimiento``). The key rules
already void such keys under a ``pet`` object (``not_under``); this reads the request as a
whole: its path names a pet, or its keys are a pet's (``pet_id``, ``species``, ``breed``,
``microchip``). What sits under the owner's own object stays (QA50's ``propietario.medicacion``).
"""

from __future__ import annotations

from analysis.classifiers.keys import USER_ROLES
from analysis.classifiers.paths import path_words
from analysis.classifiers.rules import norm_keys
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded
from analysis.records import Detector, Finding

# (not "cat": a category's abbreviation in as many paths)
PET_CALLS = frozenset({"pet", "pets", "dog", "dogs", "puppy", "puppies", "kitten", "kittens",
                       "animal", "animals", "mascota", "mascotas", "vet", "veterinary"})
PET_KEYS = frozenset({"petid", "petids", "dogid", "catid", "animalid", "mascotaid", "idmascota",
                      "species", "breed", "microchip", "microchipnumber", "neutered", "spayed"})
PETS_OWN = frozenset({"health.medical", "health.fitness", "personal.birthdate",
                      "personal.gender"})
OWNERS = USER_ROLES | {"owner", "holder", "policyholder", "profile", "account", "human", "self"}


def pets_not_people(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the pet's own details in a request about a pet (above)."""
    if not any(f.category in PETS_OWN and f.detector != Detector.GROUND_TRUTH for f in found):
        return found
    if not (url_words(decoded) & PET_CALLS or norm_keys(decoded.key_set()) & PET_KEYS):
        return found
    return [f for f in found if f.category not in PETS_OWN
            or f.detector == Detector.GROUND_TRUTH or OWNERS & path_words(f.path)]
