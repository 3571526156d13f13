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

import re
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding

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


def health_in_text(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``health.medical`` findings for the user's texts (``content.text`` in ``found``) that
    state health facts, where nothing read them so already."""
    texts = {(f.part, f.path) for f in found if f.category == "content.text"}
    if not texts:
        return []
    medical = {(f.part, f.path) for f in found if f.category == "health.medical"}
    leaves: dict[tuple[str, str], Leaf] = {
        (leaf.part, leaf.path): leaf for leaf in decoded.leaves
        if (leaf.part, leaf.path) in texts and (leaf.part, leaf.path) not in medical}
    out = []
    for leaf in leaves.values():
        terms = health_terms(leaf.text[:4096]) if type(leaf.value) is str else ()
        if terms:
            named = ", ".join(repr(t) for t in terms)
            out.append(leaf_finding(exchange_id, leaf, "health.medical", CONFIDENCE,
                                    f"the user's text names health facts: {named}", RULE))
    return out
