"""The words a log line's ``key=value`` pairs are read by (``log_pairs.py``): which names say
a pair is a health fact, a credential or a short name for a field named in full, and the words
of the line that make a short name mean one thing (a screening's "chol=", a one-time code's
"code="). Each set names the session or the review it comes from.
"""

from __future__ import annotations

from analysis.classifiers.health_named import REFERRAL_KEYS

# ...a health fact only under a name that says it is one of the user's own readings (symptoms
# quoted in an error: QA91; not a health article's "diagnosis=", a weather line's
# "condition=rain", a trial list's "condition=": the QA91 review)
HEALTH_PAIRS = frozenset({"symptoms", "symptom", "medication", "medications", "allergies",
                          "allergy", "dose", "prescription",
                          # a screening's answer logged as a flag (QA94: suicidal_ideation=true;
                          # not a filter's "suicidal=false": the session's review)
                          "suicidal", "ideation", "self", "harm",
                          # a cycle's dates as the cycle rules read them (QA99:
                          # "last_period_start=")
                          "period", "cycle", "menstrual", "ovulation",
                          # an HIV status, PrEP use, a viral load (QA100)
                          "hiv", "prep", "viral",
                          # a screening's results (QA102: "chol=212 ldl=138 bp=132/86
                          # a1c=5.8 smoker=false", to a crash SDK abroad)
                          "ldl", "hdl", "cholesterol", "a1c", "hba1c", "glucose", "blood",
                          "pressure", "systolic", "diastolic", "smoking", "comorbidities"})
# ...not a safety classifier's score of the app's or a bot's own text ("bot_self_harm_score=":
# QA98's companion app)
ALLERGY_KEYS = frozenset({"allergy", "allergies"})
NOT_ALLERGIES = frozenset({"forecast", "pollen", "menu", "dish", "item", "recipe", "product"})
SCORED = frozenset({"score", "scores", "bot", "assistant", "classifier", "probability", "prob"})
# (a test's "negative" is a result, not a flag's no)
NOT_SO = frozenset({"false", "0", "no", "none", "null", "n", "off", "[]"})
# ...and the short names a log line writes for what a field names in full (QA96: "KYC submit
# licence=14729583 state=NSW", "Payout bsb=062-000 acct=12345678"), read as the full name
ALIASES = {"licence": "licence_number", "license": "license_number",
           "driverlicence": "driver_licence_number", "driverlicense": "driver_license_number",
           "acct": "account_number", "acctno": "account_number",
           "chol": "total_cholesterol", "bp": "blood_pressure", "smoker": "smoking_status",
           "code": "otp_code"}
# ...only in a line about identity or a bank (not a software licence's serial, an app's own
# account ID: the review)
KYC_WORDS = frozenset({"kyc", "identity", "verify", "verification", "document", "driver",
                       "driving", "dob", "state", "onboarding", "id", "rental", "hire",
                       "expiry"})
BANK_WORDS = frozenset({"bsb", "sort", "routing", "iban", "payout", "bank", "bic", "withdraw",
                        "withdrawal", "transfer", "deposit"})
# ...a screening's in a line about one (not a chord's "chol", a band's "bp", a hotel room's
# "smoker"), a one-time code's in a line about one (not an error's or a country's "code")
SCREENING_WORDS = frozenset({"screening", "screen", "lab", "labs", "panel", "lipid", "lipids",
                             "vitals", "biometric", "biometrics", "checkup", "ldl", "hdl",
                             "a1c", "glucose", "cholesterol", "bmi"})
OTP_WORDS = frozenset({"otp", "verification", "verify", "sms", "mfa", "totp", "passcode",
                       "2fa", "twofa", "login", "signin"})
ALIAS_WORDS = {"licence": KYC_WORDS, "license": KYC_WORDS, "driverlicence": KYC_WORDS,
               "driverlicense": KYC_WORDS, "acct": BANK_WORDS, "acctno": BANK_WORDS,
               "chol": SCREENING_WORDS, "bp": SCREENING_WORDS, "smoker": SCREENING_WORDS,
               "code": OTP_WORDS}
# ...and a diagnosis, a condition or a referral's reason named by a condition's name alone
# ("reason=anxiety", "diagnosis=hypertension": QA101, QA102; not "condition=rain", a
# weather line's, nor an article's "diagnosis=" with a topic: health_named.named_condition)
DIAGNOSED = REFERRAL_KEYS | {"diagnosis", "dx", "condition", "conditions"}
NOT_DIAGNOSES = frozenset({"article", "articles", "trial", "trials", "topic", "topics",
                           "filter", "filters", "search", "searched", "results", "feed",
                           "library", "guide", "guides", "content", "course", "lesson"})
# A credential written into a log line ("password=…", "otp=482913", "token=<a JWT>", "OTP
# received code=482913": QA102's crash SDK), by the names that say so; not a push token, an
# analytics key or a masked value (the key rules' own validators)
CREDENTIAL_WORDS = frozenset({"password", "passwd", "pwd", "passcode", "pin", "otp", "totp",
                              "mfa", "token", "secret", "verification", "sms"})
# ...not in a line about a push registration (its token is the device's push address)
PUSH_WORDS = frozenset({"push", "fcm", "apns", "gcm", "notification", "notifications",
                        "messaging"})
