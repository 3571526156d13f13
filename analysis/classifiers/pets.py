"""A pet's and an animal's records: their birth date, sex, weight, symptoms and diagnoses are
no person's (TAXONOMY's categories are about the user), so they are not reported (blind21's
vet-care app: ``POST /v2/pets`` with the dog's ``dob`` and ``sex``, an insurance claim's
``diagnosis`` beside its ``pet_id``; QA50's ``mascota.fecha_nacimiento``; blind12's hunting
harvest reports). The key rules already void such keys under a ``pet`` object (``not_under``);
this reads what they cannot see:

- a field beside a pet's own keys in one object (``pet_id``, ``breed``, ``microchip``), or
  beside an animal's ``species`` for its sex, birth and weight only (a snake bite's symptoms
  beside the snake's species are the user's, QA51);
- any field of a request whose path names a pet, but in a person's object (an owner's, a pet
  insurance quote's applicant: QA50, QA51).

A person's own record with a pet's trait in it stays (an identify call's ``traits.breed``).
"""

from __future__ import annotations

from analysis.classifiers.paths import path_words
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded
from analysis.decoders.form import object_path
from analysis.records import Detector, Finding

# (not "cat": a category's abbreviation in as many paths; not "vet": a veteran's, QA51)
PET_CALLS = frozenset({"pet", "pets", "dog", "dogs", "puppy", "puppies", "kitten", "kittens",
                       "cats", "animal", "animals", "animales", "mascota", "mascotas",
                       "veterinary", "horse", "horses", "equine", "hund", "hunde", "zwierzeta",
                       "animais", "cani", "chiens", "perros", "gatos", "katzen"})
PET_KEYS = frozenset({"petid", "petids", "dogid", "catid", "animalid", "mascotaid", "idmascota",
                      "horseid", "breed", "raza", "microchip", "microchipnumber", "neutered",
                      "spayed"})
ANIMAL_KEYS = frozenset({"species", "especie", "speciescode", "speciesid", "taxon", "taxonid",
                         "scientificname"})
PETS_OWN = frozenset({"health.medical", "health.fitness", "personal.birthdate",
                      "personal.gender"})
ANIMALS_OWN = frozenset({"health.fitness", "personal.birthdate", "personal.gender"})
PEOPLE = frozenset({"owner", "applicant", "insured", "policyholder", "holder", "human",
                    "guardian", "parent", "user", "customer", "member", "profile", "me",
                    "traits", "account", "person", "identity", "rider",
                    "sitter", "sitters", "walker", "walkers", "trainer", "student", "adopter",
                    "properties"})  # (not "patient": a vet's patient is the pet, QA54)
# a call about a person in a pet's business (a pet sitter's own profile, QA52; a user's pets
# are still the pets: /users/me/pets, QA54)
PET_PEOPLE = frozenset({"sitter", "sitters", "walker", "walkers", "groomer", "groomers",
                        "trainer", "trainers", "rider", "riders", "owner", "owners"})
# a PET scan is no pet (QA52: /imaging/pet-ct/results)
SCANS = frozenset({"ct", "scan", "scans", "imaging", "radiology", "mri", "tracer", "nuclear"})


def pets_not_people(found: list[Finding], decoded: Decoded) -> list[Finding]:
    """``found`` without the pet's or the animal's own details (above)."""
    if not any(f.category in PETS_OWN and f.detector != Detector.GROUND_TRUTH for f in found):
        return found
    words = url_words(decoded)  # (cached per path)
    # ...and a call about a person in a pet's business is the person's (a pet sitter's own
    # profile, a riding lesson's rider: QA52)
    called = bool(words & PET_CALLS) and not words & (PET_PEOPLE | SCANS)
    if not called and not norm_keys(decoded.key_set()) & (PET_KEYS | ANIMAL_KEYS):
        return found
    theirs: dict[str, frozenset[str]] = {}  # object path -> the categories that are the pet's
    for leaf in decoded.leaves:
        name = norm_key(leaf.key)
        where = object_path(leaf.path)  # (a form's "dog[breed]" is in the object "dog")
        if (leaf.part == "body" and (name in PET_KEYS or name in ANIMAL_KEYS)
                and not PEOPLE & _words(where)):
            theirs[where] = theirs.get(where, frozenset()) | (
                PETS_OWN if name in PET_KEYS else ANIMALS_OWN)
    return [f for f in found if f.category not in PETS_OWN
            or f.detector == Detector.GROUND_TRUTH
            or (f.category not in theirs.get(object_path(f.path), frozenset())
                and not (called and not PEOPLE & path_words(f.path)))]


def _words(where: str) -> set[str]:
    """The words of an object's own name (an Amplitude event's ``user_properties``: QA52)."""
    return set(key_words(where.rpartition(".")[2].partition("[")[0]))
