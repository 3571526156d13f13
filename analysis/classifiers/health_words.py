"""Health facts stated in what the user wrote: a support message "I'm allergic to penicillin", a
symptom checker's free text "sore throat for 4 days, I take sertraline 50mg", a consultation's
reason "fever 38.4, swollen glands" (QA61: each sent alone to a third party, and missed). Text
already read as the user's (``content.text``) that names a condition, a medicine, an allergy or a
dose, or two symptoms, carries ``health.medical`` too (TAXONOMY.md: "health conditions,
symptoms, medications"), as every evaluation set labels such text (``content.text|
health.medical``). The terms are whole words; the evidence names the ones found, so a reader
can judge the call.

The vocabularies are common English clinical terms, generic names of widely prescribed
medicines (WHO Model List of Essential Medicines and the most dispensed generics) and their
spellings in a few European languages; a symptom word alone ("tired", "fever pitch") is not
enough.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.paths import path_words
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import url_words
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

CATEGORY = operator.attrgetter("category")
CONFIDENCE = 0.7
RULE = "text.health-terms"
# conditions, diagnoses and procedures: one is enough
CONDITIONS = frozenset({
    "diabetes", "diabetic", "asthma", "asthmatic", "bipolar", "schizophrenia", "adhd",
    "autism", "autistic", "epilepsy", "epileptic", "migraine", "migraines", "hypertension",
    "chemotherapy", "chemo", "tumour", "tumor", "hiv", "hepatitis",
    "tonsillitis", "bronchitis", "pneumonia", "covid", "influenza", "arthritis", "eczema",
    "psoriasis", "crohn", "crohns", "endometriosis", "pcos", "miscarriage", "dementia",
    "alzheimer", "alzheimers", "parkinson", "parkinsons", "herpes", "chlamydia",
    "gonorrhea", "syphilis", "uti", "infection", "anorexia", "bulimia", "ocd",
    "ptsd", "insomnia", "apnea", "apnoea", "thyroid", "hypothyroidism", "anemia", "anaemia",
    "celiac", "coeliac", "concussion", "fracture", "sprain", "surgery", "diagnosed",
    "diagnosis", "prescribed", "prescription", "antidepressant", "antidepressants",
    "antibiotic", "antibiotics", "allergic", "allergy", "allergies", "inhaler", "insulin",
    "depression", "anxiety", "suicidal", "self-harm", "selfharm", "therapy",
    "therapist", "psychiatrist", "rehab", "overdose", "biopsy", "mri", "x-ray", "ecg",
    # the same in French, German, Spanish, Italian, Portuguese
    "diabète", "diabete", "asthme", "allergique", "ordonnance", "angine", "grippe",
    "allergisch", "erkältung", "alergia", "alérgico", "alergico", "allergia", "allergico",
})
# medicines by their generic names: one is enough
MEDICINES = frozenset({
    "penicillin", "amoxicillin", "clarithromycin", "azithromycin", "doxycycline",
    "ciprofloxacin", "cephalexin", "metronidazole", "ibuprofen", "paracetamol",
    "acetaminophen", "aspirin", "naproxen", "codeine", "tramadol", "morphine", "oxycodone",
    "sertraline", "fluoxetine", "citalopram", "escitalopram", "paroxetine", "venlafaxine",
    "bupropion", "mirtazapine", "amitriptyline", "quetiapine", "olanzapine",
    "risperidone", "aripiprazole", "diazepam", "lorazepam", "alprazolam", "clonazepam",
    "zolpidem", "melatonin", "methylphenidate", "ritalin", "adderall", "metformin",
    "insulin", "levothyroxine", "atorvastatin", "simvastatin", "amlodipine", "lisinopril",
    "losartan", "ramipril", "bisoprolol", "metoprolol", "propranolol", "warfarin", "apixaban",
    "omeprazole", "lansoprazole", "pantoprazole", "salbutamol", "albuterol", "prednisone",
    "prednisolone", "cetirizine", "loratadine", "montelukast", "gabapentin", "pregabalin",
    "sumatriptan", "finasteride", "sildenafil", "tadalafil", "isotretinoin", "semaglutide",
    "ozempic", "truvada", "letrozole", "clomiphene", "progesterone", "estradiol",
    "testosterone", "epipen", "ventolin", "xanax", "prozac", "zoloft", "valium",
})
# symptoms: two are needed (not the places and people of care, a weather's temperature, a
# "pain" of traffic: a care word beside a symptom word says no more than either)
SYMPTOMS = frozenset({
    "fever", "feverish", "cough", "coughing", "headache", "headaches", "nausea", "nauseous",
    "vomiting", "diarrhea", "diarrhoea", "dizzy", "dizziness", "rash", "swollen", "throat",
    "glands", "cramps", "bleeding", "breathless", "wheezing", "itchy", "infected", "inflamed",
    "lump", "chills", "fatigue", "symptoms", "symptom", "painful", "aching", "migraine",
    "insomnia", "sneezing", "congested", "congestion",
    # ("cancer" is a star sign in a profile's bio as often)
    "cancer",
})
ANIMALS = frozenset({"pet", "pets", "vet", "vets", "veterinary", "dog", "dogs", "cat", "cats",
                     "animal", "animals", "horse", "puppy", "kitten"})
DOSE = re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|ml|iu)\b")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@lru_cache(maxsize=4096)
def health_terms(text: str) -> tuple[str, ...]:
    """The health terms ``text`` names, when they are enough (module docstring); else ()."""
    words = {w.lower() for w in _WORDS.findall(text)}
    strong = sorted(words & (CONDITIONS | MEDICINES))
    if "sore throat" in text.lower():
        strong.insert(0, "sore throat")
    if strong:
        return tuple(strong[:4])
    dose = DOSE.search(text)
    symptoms = sorted(words & SYMPTOMS)
    if dose and symptoms:
        return (dose.group(0), *symptoms[:3])
    return tuple(symptoms[:4]) if len(symptoms) >= 2 else ()


# A visit's reason and a complaint are the user's words about their health whatever reads
# them (QA61: a video consult's "reason": "Sore throat 4 days, swollen glands, fever 38.4")
REASON_KEYS = frozenset({"reason", "reasonforvisit", "visitreason", "chiefcomplaint",
                         "complaint", "presentingcomplaint", "symptoms", "symptomdescription"})
# An order's item named after a medicine or with its strength in milligrams ("Clarithromycin
# 250mg tablets", "Doliprane 1000 mg": QA61, blind25) is the user's medication
ITEM_NAMES = frozenset({"name", "title", "product", "productname", "itemname", "produit",
                        "producto", "prodotto", "nom", "nombre", "nome", "description"})
ITEM_LISTS = frozenset({"items", "lineitems", "lines", "products", "cart", "basket", "order",
                        "orderitems", "articles", "produits", "productos", "prodotti"})
STRENGTH = re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug)\b")


def _item(leaf: Leaf) -> bool:
    if norm_key(leaf.key) not in ITEM_NAMES or "[" not in leaf.path:
        return False
    above = leaf.path.rpartition(".")[0].rpartition("[")[0].rpartition(".")[2]
    return norm_key(above) in ITEM_LISTS


def _medicine(text: str) -> tuple[str, ...]:
    words = {w.lower() for w in _WORDS.findall(text)}
    named = sorted(words & MEDICINES)
    strength = STRENGTH.search(text)
    return (*named, *([strength.group(0)] if strength else []))


def health_in_text(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` findings for the user's texts (``content.text`` in ``found``), a
    visit's reason, and an order's items, that state health facts, where nothing read them
    so already."""
    cats = set(map(CATEGORY, found))
    keys = norm_keys(decoded.key_set())
    # most requests have no text, no reason and no order (the look costs one set operation)
    orders = "financial.purchase" in cats and not keys.isdisjoint(ITEM_NAMES)
    if "content.text" not in cats and keys.isdisjoint(REASON_KEYS) and not orders:
        return []
    if url_words(decoded) & ANIMALS:
        return []  # a pet's medicine and symptoms are no one's health data (blind21's vet app)
    texts = {(f.part, f.path) for f in found if f.category == "content.text"}
    medical = {(f.part, f.path) for f in found if f.category == "health.medical"}
    out = []
    for leaf in decoded.leaves:
        where = (leaf.part, leaf.path)
        if type(leaf.value) is not str or where in medical or ANIMALS & path_words(leaf.path):
            continue
        if where in texts or norm_key(leaf.key) in REASON_KEYS:
            terms = health_terms(leaf.text[:4096])
            why = "the user's text names health facts"
        elif orders and _item(leaf):
            terms = _medicine(leaf.text[:200])
            why = "an order's item is a medicine"
        else:
            continue
        if terms:
            named = ", ".join(repr(t) for t in terms)
            out.append(leaf_finding(exchange_id, leaf, "health.medical", CONFIDENCE,
                                    f"{why}: {named}", RULE))
    return out
