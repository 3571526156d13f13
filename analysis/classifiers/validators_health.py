"""Validators of health readings, named by the rule files like the others
(``validators.VALIDATORS``): values in the ranges a body or a meter can give, so that a short key
name (``sgv``, ``bac``) holding a date, a year or a flag is no reading (QA16). Ranges: sensor
glucose 20-600 mg/dL (CGM reporting limits) or 1.1-33.3 mmol/L; insulin doses and insulin on
board 0-100 units with a fraction or under 100; HbA1c 3-20 %; blood or breath alcohol 0-0.5 %
(g/dL), written with a decimal point; blood pressure systolic over diastolic; a heart rate
25-250 beats per minute.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.classifiers.validators_geo import num_value

_BP = re.compile(r"(\d{2,3})\s*/\s*(\d{2,3})(?:\s*mm\s*hg)?", re.IGNORECASE)


def blood_pressure(value: str) -> bool:
    """Systolic over diastolic ("118/76", "120/80 mmHg"): systolic 60-260 and above the
    diastolic, diastolic 30-160."""
    m = _BP.fullmatch(value.strip())
    return m is not None and 60 <= int(m[1]) <= 260 and 30 <= int(m[2]) <= 160 and int(
        m[1]) > int(m[2])


def _reading(value: str, low: float, high: float) -> bool:
    n = num_value(value)
    return n is not None and low <= n <= high and value.strip().lower() not in ("true", "false")


def glucose_value(value: str) -> bool:
    """A glucose reading: 20-600 mg/dL, or 1.1-33.3 mmol/L written with a decimal point."""
    v = value.strip()
    return _reading(v, 20, 600) or ("." in v and _reading(v, 1.1, 33.3))


def insulin_units(value: str) -> bool:
    """Units of insulin (a bolus, a basal rate, insulin on board): above 0 and at most 100."""
    return _reading(value, 0.0, 100) and (num_value(value) or 0) > 0


def lipid_value(value: str) -> bool:
    """A cholesterol or lipid reading: 10-500 mg/dL, or 0.2-15 mmol/L written with a decimal
    point; a number, maybe with its unit (not a hardware language's name, a water test's
    detection limit of 0.001, a flag)."""
    v = value.strip()
    return _reading(v, 10, 500) or ("." in v and _reading(v, 0.2, 15))


def a1c_value(value: str) -> bool:
    """HbA1c in percent (3-20), not a count or a year."""
    return _reading(value, 3, 20)


def bac_value(value: str) -> bool:
    """A blood or breath alcohol concentration: 0-0.5, written with a decimal point (a grade,
    a year or a count of bats is not one)."""
    v = value.strip()
    return "." in v and _reading(v, 0, 0.5)


_MEASURE = re.compile(r"[-+]?\d+(?:[.,]\d+)?(?:\s*[a-zA-Z%/°]{0,6})?(?::\d{2}(?:/\w+)?)?")


_GRAMS = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:g|gm|gr|grams?|mg)\.?")


def fitness_value(value: str) -> bool:
    """A body's or a workout's measure ("72.5", "72.5 kg", "5:30/km", 8400 steps): a number of
    at least 1 (a weight of 0.35 is an experiment's share or a ranking's factor, QA20), maybe
    with its unit; not a flag."""
    v = value.strip()
    if not _MEASURE.fullmatch(v):
        return False
    # (a few grams or milligrams are a pack's, a spice's or a dose's weight, no body's: a baby
    # weighs 400 g and more; QA200's "wazan=5g" of saffron)
    grams = _GRAMS.fullmatch(v.lower())
    if grams is not None and float(grams[1].replace(",", ".")) < 400:
        return False
    n = num_value(v)
    return n is None or n >= 1


# What names an illness, a disorder or a symptom in everyday clinical English: the suffixes of
# medical terms (-itis inflammation, -osis condition, -emia blood, -pathy disease, -algia pain,
# -plasia growth, -oma tumour, -phobia, -uria, -rrhea, -pnea) and the common conditions a
# symptom checker, an intake form or a health app names (WHO ICD-11 chapter titles' words).
# A cancellation's, a fare's, a game's or a sensor's "condition" names none (QA27).
_MEDICAL_SUFFIX = re.compile(r"[a-z]{3,}(?:itis|osis|[ae]?emia|pathy|algia|plasia|oma|phobia|"
                             r"uria|rrh[o]?ea|pn[o]?ea)\b")
_MEDICAL_WORDS = frozenset({
    "asthma", "diabetes", "diabetic", "hypertension", "hypotension", "cancer", "tumor",
    "tumour", "migraine", "migraines", "depression", "depressive", "anxiety", "adhd",
    "autism", "autistic", "bipolar", "schizophrenia", "ptsd", "ocd", "epilepsy", "epileptic",
    "seizure", "seizures", "stroke", "allergy", "allergies", "allergic", "eczema",
    "psoriasis", "copd", "pneumonia", "influenza", "flu", "covid", "infection", "infections",
    "fever", "cough", "coughing", "wheezing", "pain", "injury", "injuries", "fracture",
    "sprain", "obesity", "insomnia", "hiv", "aids", "hepatitis", "thyroid", "hypothyroidism",
    "dementia", "alzheimer", "alzheimers", "parkinson", "parkinsons", "disease", "diseases",
    "disorder", "disorders", "syndrome", "deficiency", "chronic", "acute", "pregnancy",
    "pregnant", "infertility", "pcos", "hernia", "ulcer", "reflux", "gerd", "ibs", "crohn",
    "crohns", "celiac", "coeliac", "kidney", "renal", "liver", "cardiac", "heart", "lung",
    "cholesterol", "glaucoma", "cataract", "exacerbation", "nausea", "vomiting", "dizziness",
    "fatigue", "rash", "headache", "headaches", "concussion", "tinnitus", "sinusitis",
    "angina", "arrhythmia", "palpitations", "shortness", "breath", "chest", "inflammation",
    "inflammatory", "autoimmune", "lupus", "sclerosis", "diagnosed", "diagnosis", "symptoms",
    "symptom", "postpartum", "miscarriage", "menopause", "endometriosis", "incontinence",
    "dysphagia", "vertigo"})


def condition_value(value: str) -> bool:
    """A condition a person has: text naming an illness, a disorder or a symptom."""
    words = re.findall(r"[a-z]+", value.lower())
    return any(w in _MEDICAL_WORDS for w in words) or bool(_MEDICAL_SUFFIX.search(value.lower()))


def heart_rate(value: str) -> bool:
    """Beats per minute a person's heart can have (25-250): not a rate limit's 1000 an hour, a
    survey's 3.4, a closing hour's 17 (QA39)."""
    return _reading(value, 25, 250)


def stage_minutes(value: str) -> bool:
    """A sleep stage's minutes: a whole number a night can hold (0-900), not a stylesheet's
    "rem_min": 1.2 (QA8)."""
    v = value.strip()
    return v.isdigit() and int(v) <= 900


# A body system or a medical specialty as a category's value ("reason_category":
# "gastrointestinal", "condition_category": "cardiovascular", "specialty": "kardiolog": QA91,
# QA92), not a listing's "like_new", a weather's "rain"
BODY_SYSTEMS = frozenset({
    "cardiovascular", "cardiac", "cardiology", "gastrointestinal", "gastroenterology",
    "digestive", "respiratory", "pulmonary", "pulmonology", "dermatological", "dermatology",
    "neurological", "neurology", "musculoskeletal", "orthopedic", "orthopedics", "orthopaedic",
    "orthopaedics", "psychiatric", "psychiatry", "mental_health", "mentalhealth", "oncology",
    "oncological", "endocrine", "endocrinology", "urological", "urology", "gynecological",
    "gynecology", "gynaecology", "obstetrics", "renal", "nephrology", "hepatic", "hepatology",
    "hematology", "haematology", "rheumatology", "ophthalmology", "otolaryngology",
    "sexual_health", "reproductive", "infectious_disease", "allergology", "immunology",
    "kardiolog", "kardiologia", "kardiologie", "dermatolog", "neurolog", "gastroenterolog",
    "psychiatr", "psychiatrie"})


def body_system(value: str) -> bool:
    return value.strip().lower().replace(" ", "_").replace("-", "_") in BODY_SYSTEMS


# A person's genotype as a clinic writes it: a haemoglobin genotype (AA, AS, SS, SC, "HbSS"),
# a variant in HGVS notation ("c.92+5G>C", "p.Glu6Val") or a CFTR variant pair
# ("F508del/G542X"), a hepatitis C genotype ("1a", "3"): not a breeding game's "AaBb", a
# plant's or a cat's coat genotype ("Bb dd")
_HB = re.compile(r"(?:Hb)?(?:AA|AS|SS|SC|AC|CC|SD|SE|SO|S[Bb]eta\+?|S/[Bb]eta)")
_HGVS = re.compile(r"\b[cgp]\.\S*\d|\b[A-Z]\d{2,4}(?:del|ins|dup|[A-Z])\b")
_HCV = re.compile(r"[1-7][a-l]")  # (a bare digit is any count: the second review)


def genotype_value(value: str) -> bool:
    v = value.strip()
    return bool(_HB.fullmatch(v) or _HGVS.search(v) or _HCV.fullmatch(v))


# A diagnosis's code: ICD-10 (WHO 2019, Volume 2 §2.4: a letter but U, two digits, then a dot
# and one to four subcategory characters as ICD-10-CM writes them; "K64.1", "F43.1", "E66.01")
# or an ICD-11 stem code (the ICD-11 Reference Guide §2.9: a chapter character, a letter, a
# digit, a character, a dot and up to two more: "5A11", "6A70.1"), one or several ("K64.1,
# E11.9"), read only under a key naming the code system (not an inland container depot's
# "INTKD6": QA91).
_ICD = (r"(?:[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?"
        r"|[0-9A-HJ-NP-Z][A-HJ-NP-Z]\d[0-9A-HJ-NP-Z](?:\.[0-9A-Z]{1,2})?)")
_ICD_CODES = re.compile(rf"{_ICD}(?:\s*[,;/]\s*{_ICD})*")


def icd_code(value: str) -> bool:
    """One or several ICD-10 or ICD-11 codes ("K64.1", "K64", "6A70.1", "E11.9, I10")."""
    v = value.strip().upper()
    return bool(_ICD_CODES.fullmatch(v))


HEALTH_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "genotype_value": genotype_value, "icd_code": icd_code,
    "body_system": body_system,
    "heart_rate": heart_rate,
    "condition_value": condition_value,
    "fitness_value": fitness_value,
    "blood_pressure": blood_pressure, "glucose_value": glucose_value,
    "insulin_units": insulin_units, "a1c_value": a1c_value, "bac_value": bac_value,
    "lipid_value": lipid_value,
    "stage_minutes": stage_minutes}


_VECTOR_NUMBER = re.compile(r"(?<![\w.])-?\d*\.(\d+)(?![\w.])")
_VECTOR_TAIL = re.compile(r"[\d.,;\s+-]+")


def vector_text(text: str) -> bool:
    """A vector's numbers written as text after its header ("face-template-v3:128-d:.042,…")."""
    tail = text.rpartition(":")[2]
    decimals = _VECTOR_NUMBER.findall(tail)
    return (len(decimals) >= 8 and bool(_VECTOR_TAIL.fullmatch(tail))
            and sum(len(d) >= 3 for d in decimals) * 4 >= len(decimals) * 3)
