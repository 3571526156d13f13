"""The words a log line's ``key=value`` pairs are read by (``log_pairs.py``): which categories
are kept, which names say a pair is a health fact, a credential or a short name for a field
named in full, and the words of the line that make a short name mean one thing (a screening's
"chol=", a one-time code's "code="); and ``logged_credential``, a credential's name and shape.
Each set names the session or the review it comes from.
"""

from __future__ import annotations

import re

from analysis.classifiers.health_named import REFERRAL_KEYS

# The categories a log line's pairs are kept for (not the device's own state, the app's usage)
KEPT = frozenset({"contact.email", "contact.phone", "contact.address", "location.precise",
                  "location.coarse", "location.wifi", "location.ip", "location.carrier",
                  "id.hardware", "id.sim", "id.advertising", "personal.national_id",
                  "personal.birthdate", "financial.payment", "health.medical",
                  # a ring's or a watch's readings logged by name (QA99: "hrv_rmssd=42
                  # heart_rate=61"), as the same keys read in JSON; a sexual orientation, an
                  # HIV status or PrEP use, pronouns (QA100: "hiv_status=negative on_prep=true")
                  "health.fitness", "personal.sensitive", "personal.gender"})
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
                          "pressure", "systolic", "diastolic", "smoking", "comorbidities",
                          # a recovery's and a breath test's (QA108: "sober_days=212 bac=…")
                          "sober", "sobriety", "relapse", "bac",
                          # a hearing loss, tinnitus (QA110); insulin, a CGM's blood glucose
                          # (QA109: "bg=56 unit=mg/dL", "insulin=4.5")
                          "hearing", "tinnitus", "audiogram", "insulin",
                          # a person's diabetes (QA114: "diabetica=true"; not a quiz's or a
                          # campaign's "diabetes": the review), a dialysis's Kt/V (below)
                          "diabetic", "dialysis",
                          # a fertility treatment's hormones (QA119: "beta_hcg=", "amh= fsh=")
                          "hcg", "amh", "fsh"})
# ...not a safety classifier's score of the app's or a bot's own text ("bot_self_harm_score=":
# QA98's companion app)
ALLERGY_KEYS = frozenset({"allergy", "allergies"})
SCORED = frozenset({"score", "scores", "bot", "assistant", "classifier", "probability", "prob"})
# (a test's "negative" is a result, not a flag's no)
NOT_SO = frozenset({"false", "0", "no", "none", "null", "n", "off", "[]"})
# ...and the short names a log line writes for what a field names in full (QA96: "KYC submit
# licence=14729583 state=NSW", "Payout bsb=062-000 acct=12345678"), read as the full name
ALIASES = {"licence": "licence_number", "license": "license_number",
           "driverlicence": "driver_licence_number", "driverlicense": "driver_license_number",
           "acct": "account_number", "acctno": "account_number",
           "chol": "total_cholesterol", "bp": "blood_pressure", "smoker": "smoking_status",
           "code": "otp_code",
           # a UK driving licence's number as the DVLA abbreviates it (QA104: "Licence check ok
           # dln=WHITF853146EG9QL")
           "dln": "driving_licence_number",
           # a masked card in a line about a payment (QA108: "Payment ok card=****7719")
           "card": "card_number",
           # a CGM's blood glucose in short, in a line about one (QA109)
           "bg": "blood_glucose",
           # a dialysis's Kt/V in a line about labs (QA113: "Labs rendered K=5.8 ktv=1.31";
           # not a karaoke room's "ktv=3": the third review)
           "ktv": "dialysis_ktv"}
# ...only in a line about identity or a bank (not a software licence's serial, an app's own
# account ID: the review)
KYC_WORDS = frozenset({"kyc", "identity", "verify", "verification", "document", "driver",
                       "driving", "dob", "state", "onboarding", "id", "rental", "hire",
                       "expiry"})
BANK_WORDS = frozenset({"bsb", "sort", "routing", "iban", "payout", "bank", "bic", "withdraw",
                        "withdrawal", "transfer", "deposit"})
# ...a screening's in a line about one (not a chord's "chol", a band's "bp", a hotel room's
# "smoker", nor any app's "screen": the session's review), a one-time code's in a line naming
# one (not an error's, a status's, a promotion's or a country's "code")
SCREENING_WORDS = frozenset({"screening", "lab", "labs", "panel", "lipid", "lipids", "vitals",
                             "biometric", "biometrics", "checkup", "ldl", "hdl", "a1c",
                             # a consultation's questionnaire (QA107: "bp=138/88")
                             "questionnaire", "intake", "consultation"})
OTP_WORDS = frozenset({"otp", "passcode", "totp", "mfa", "2fa", "twofa", "onetime"})
ALIAS_WORDS = {"licence": KYC_WORDS, "license": KYC_WORDS, "driverlicence": KYC_WORDS,
               "driverlicense": KYC_WORDS, "acct": BANK_WORDS, "acctno": BANK_WORDS,
               "chol": SCREENING_WORDS, "bp": SCREENING_WORDS, "smoker": SCREENING_WORDS,
               "code": OTP_WORDS, "dln": KYC_WORDS | {"licence", "license", "dvla", "check"},
               "card": frozenset({"payment", "paid", "pay", "charge", "charged", "checkout",
                                  "purchase", "billing"}),
               "bg": frozenset({"mg", "dl", "mmol", "glucose", "cgm", "hypo", "hyper",
                                "insulin", "diabetes"}),
               "ktv": frozenset({"lab", "labs", "dialysis", "renal", "kidney", "urea",
                                 "clearance", "phos", "potassium"})}
# ...and no health fact in a line about food, a drink, a brew or a lab's stock (a nutrition
# label's "glucose=4.2", a cocktail's "glucose=syrup": the review)
NOT_HEALTH_LINES = frozenset({"forecast", "pollen", "menu", "dish", "item", "recipe",
                              "product", "nutrition", "label", "food", "meal", "drink",
                              "cocktail", "syrup", "brew", "ferment", "fermentation",
                              "reagent", "stock", "fpga", "synth", "verilog", "vhdl",
                              # ...nor an animal's (QA111: "Dog saved name=… med=… dose_mg=16")
                              "dog", "dogs", "cat", "cats", "pet", "pets", "vet", "puppy",
                              "kitten", "horse", "cow", "cattle", "herd", "livestock",
                              # ...nor a mare's, a subtitle's or a price list's (the fifth
                              # review: "Mare cycle fsh=12.1", "Subtitle tracks amh=1")
                              "mare", "heifer", "bull", "subtitle", "subtitles", "tracks",
                              "catalogue", "catalog", "currency"})
# ...and a wallet's number in a line naming the other side of a payment is theirs as often
# ("Send ok to=… gcash=…", "merchant=… gcash=…": the seventh review)
WALLET_RULES = frozenset({"key.mobile-money", "key.gcash", "key.upi-address",
                          "key.account-number"})
OTHER_SIDE = re.compile(r"(?i)\b(?:merchant|to|payee|recipient|receiver|biller)=")
# ...and a French loudspeaker's flag is no pregnancy's ("BT connect enceinte=1": the review)
SPEAKER_LINES = frozenset({"audio", "bt", "bluetooth", "volume", "speaker", "son", "route",
                           "connect", "connected", "haut", "parleur", "device", "sortie"})
# ...and a diagnosis, a condition or a referral's reason named by a condition's name alone
# ("reason=anxiety", "diagnosis=hypertension": QA101, QA102; not "condition=rain", a
# weather line's, nor one in a line about an article, a trial, a pet, a quiz, a directory, a
# donation or a report: health_named.condition_alone, the review)
DIAGNOSED = REFERRAL_KEYS | {"diagnosis", "dx", "condition", "conditions"}
# ...a "condition=" (a filter's or a statistic's key as often) only in a line about care
CONDITION_PAIRS = frozenset({"condition", "conditions"})
CARE_WORDS = frozenset({"referral", "intake", "triage", "eap", "visit", "appointment", "leave",
                        "consult", "therapy", "profile", "onboarding", "patient", "medical",
                        "health", "screening", "diagnosis", "questionnaire", "consultation"})
NOT_DIAGNOSES = frozenset({"article", "articles", "trial", "trials", "topic", "topics",
                           "filter", "filters", "search", "searched", "results", "feed",
                           "library", "guide", "guides", "content", "course", "lesson",
                           "pet", "pets", "dog", "cat", "vet", "plant", "quiz", "flashcard",
                           "flashcards", "deck", "dictionary", "glossary", "recipe", "podcast",
                           "video", "episode", "directory", "clinic", "finder", "stats",
                           "cases", "donation", "cause", "charity", "game", "effect", "report",
                           "reported", "category", "warning", "warnings", "closure",
                           # a horse's, a herd's; an editor's preview, a form's options; a
                           # sales rep's call on a doctor (the third review)
                           "horse", "livestock", "herd", "editor", "preview", "config",
                           "options", "hcp", "rep"})
# A credential written into a log line ("password=…", "otp=482913", "token=<a JWT>", "OTP
# received code=482913": QA102's crash SDK), by the names that say so and in the shape of one
CREDENTIAL_WORDS = frozenset({"password", "passwd", "pwd", "passcode", "pin", "otp", "totp",
                              "mfa", "token", "secret"})
# ...not a measure or a state of one ("access_token_ttl=3599", "password_reset=requested",
# "otp=sent", "password=too_short": the review)
NOT_CREDENTIALS = frozenset({"ttl", "age", "expiry", "expires", "exp", "length", "len",
                             "strength", "count", "attempts", "reset", "changed", "present",
                             "status", "state", "type", "policy", "hint", "min", "max", "set"})
_STATE = re.compile(r"[a-z_]{1,16}|\d+(?:digit|chars?)")
# ...a PIN of digits, not a map's, a board's, a pin code's (India's postcode) or a pinboard's
PIN_PLACES = frozenset({"map", "marker", "board", "repin", "gpio", "address", "city",
                        "postcode", "pincode", "shipping", "delivery", "pinterest"})
# ...a token only as a JWT or a bearer's, or in a line about signing in (not a page cursor, a
# map's public key, a cache key), never a push registration's (the device's push address)
AUTH_WORDS = frozenset({"auth", "login", "signin", "session", "bearer", "refresh", "access",
                        "oauth", "sso"})
PUSH_WORDS = frozenset({"push", "fcm", "apns", "gcm", "notification", "notifications",
                        "messaging"})
_CODE = re.compile(r"\d{4,8}")
NOT_CODES = frozenset({"error", "failed", "failure", "status", "http", "promo", "coupon",
                       "referral", "region", "consent"})


def logged_credential(words: set[str], value: str, around: set[str]) -> bool:
    """Whether a pair named ``words`` (its key's words) with ``value`` in a line of ``around``
    (its words) is a credential written into a log line (above)."""
    v = value.strip()
    if "code" in words and words & {"verification", "sms", "otp", "security", "mfa", "auth"}:
        words = words | {"otp"}  # ("verification_code=", "sms_code=": a one-time code's name)
    if (not CREDENTIAL_WORDS & words or NOT_CREDENTIALS & words or not v
            or v[0] in "[(<*{" or _STATE.fullmatch(v)):
        return False
    if words & {"password", "passwd", "pwd", "secret"}:
        return True
    if words & {"pin", "otp", "totp", "passcode", "mfa"} or "code" in words:
        # (a one-time code or a PIN is digits; "code=" only beside its noun, not an error's)
        return (bool(_CODE.fullmatch(v)) and not (
            "pin" in words and around & PIN_PLACES) and not (
            "otp" not in words and around & NOT_CODES))
    return ((v.startswith("eyJ") and v.count(".") == 2) or bool(around & AUTH_WORDS)) and not (
        around & PUSH_WORDS) and not v.startswith("pk.")


# ...and no fix shared by someone else (a courier's, a driver's, a friend's: the review)
SHARED_FIXES = frozenset({"courier", "rider", "driver", "friend", "partner", "shared",
                          "tracking"})


# ...and a phone or an e-mail in a line that names a provider by name ("Clinic call
# name='Rathmines Paediatric Clinic' tel=+353…": QA95; "Therapist call name='…' phone=…"): the
# provider's, not the user's
PROVIDERS = frozenset({"garage", "mechanic",  # (QA104: not a dealer's test drive's request)
                       "consultant", "lawyer", "attorney", "solicitor", "accountant",  # QA108
                       "clinic", "hospital", "pharmacy", "doctor", "therapist", "dentist",
                       "practice", "surgery", "vet", "office", "restaurant", "hotel", "store",
                       "shop", "salon", "helpline", "hotline", "support", "tutor", "school",
                       "agency"})
CONTACTS = frozenset({"contact.phone", "contact.email"})
# ...or a line about one of them by its first word ("School load tel=… addr='…'": QA97)
CARERS = frozenset({"consultant", "lawyer", "attorney", "solicitor", "accountant",
                    "school", "clinic", "hospital", "pharmacy", "doctor", "therapist",
                    "dentist", "vet", "nursery", "daycare",
                    # a cleaning or a care agency's own office (QA112: "Agency office loaded …")
                    "agency"})
# ...and a branch's card or map by the line's first two words (QA119: "Branch map opened
# branch=… tel=…"; not Branch.io's SDK, a git branch, nor the user's own application, loan or
# ticket at a branch: the fifth review)
BRANCH_VIEWS = frozenset({"list", "map", "details", "hours", "locator", "info", "card"})
NOT_BRANCH_LINES = frozenset({"sdk", "io", "commit", "git", "push", "merge", "switched",
                              "checkout", "identity", "application", "loan", "ticket",
                              "queue", "callback", "pickup", "reservation", "account"})
# ...a line about one by its first word ("School load …", "Pharmacy selected …"; not "Clinic
# booking confirmed phone=…", the user's own contact in her booking: the reviews)
SERVERS_NAMED = frozenset({"rider", "courier", "driver", "shopper", "agent", "picker"})
BOOKED = frozenset({"booking", "booked", "confirmed", "placed", "ordered", "appointment",
                    "visit", "registered",
                    # ...and the user's own application or sign-up with a provider (the review:
                    # "Agency application submitted phone=…")
                    "application", "applied", "signup", "submitted", "registration"})
NAMED_PAIR = re.compile(r"""(?i)\bname=['"]""")
# ...and a line quoting a business or another party by name ("Fleet linked owner='…' addr='…'",
# "Office sync office='…' phone=…": QA105) is about them, its address and phone theirs
PARTY_PAIR = re.compile(r"""(?i)\b(?:owner|office|company|agency|business|fleet|pharmacy|clinic|"""
                        r"""store|shop|garage|dealer|employer|landlord|merchant|firm)=['"]""")
# ...and a seller's, but in a buyer's line only (QA122: "Chat opened vendedor='…' tel=…"; not
# the user's own listing or checkout: "Listing published seller='Jane Doe' tel=…", the eighth
# review)
SELLER_PAIR = re.compile(r"""(?i)\b(?:seller|vendedor|vendedora)=['"]""")
OWN_SALE = frozenset({"listing", "listed", "published", "publish", "sell", "selling", "sold",
                      "checkout", "order", "buyer", "comprador", "my", "own"})
# ...and a GP surgery's or a hospital's line by the place's name (QA115: "Surgery lookup
# practice='Chapel Allerton Surgery'"), not a procedure's or a drill's ("surgery='ACL
# reconstruction'", "practice='Scales in C'"), nor the user's own booking there (the review)
CARE_PLACE_PAIR = re.compile(r"""(?i)\b(?:practice|surgery|hospital)=['"]([^'"]{2,80})['"]""")
CARE_PLACES = frozenset({"surgery", "practice", "medical", "health", "centre", "center",
                         "clinic", "hospital", "infirmary", "vets", "dental", "doctors"})
OWN_VISITS = frozenset({"requested", "request", "login", "claim", "checkin", "check",
                        "prescription", "referral", "patient"})
# ...not in a line about another party or a thing the user looks at, nor a pair named so (the
# QA90 review: a store's position, a beacon's MAC, a printer's serial, a DNS answer's or a TURN
# relay's IP, a warehouse's ZIP, a searched city, a pet's birthday)
OTHER_PARTY = frozenset({"store", "stores", "shop", "shops", "restaurant", "restaurants",
                         "warehouse", "venue", "venues", "place", "places", "poi", "pois",
                         "geofence", "geofences", "beacon", "beacons", "printer", "server",
                         "servers", "relay", "dns", "searched", "results", "filter", "filters",
                         "destination", "merchant", "museum", "listing", "listings", "hotel",
                         "hotels", "branch", "pet", "pets", "dog", "cat", "peer", "showroom",
                         "product", "products", "catalog", "catalogue", "article", "articles",
                         "trial", "trials", "station", "stations", "charger", "chargepoint",
                         # a clinic's card, a pharmacy's or an agent's (QA91)
                         "clinic", "clinics", "hospital", "pharmacy", "outlet", "atm", "bank",
                         "hotline", "helpline",
                         # a school's, a nursery's card (QA97: "School load tel=… addr='…'")
                         "school", "schools", "nursery", "daycare", "kindergarten",
                         # a garage's (QA104: "Garage selected name='…' tel=…")
                         "garage", "garages", "mechanic",
                         # another ship's AIS target (QA124; not a vessel, a harbour or a
                         # tent alone, the user's own as often: the nineteenth session's review)
                         "ais", "mmsi"})
# ...and in a pair's own key name, a centre's too ("centre_phone=+63 2 8555 0177": QA113; not in
# a line's words, where a geofence's "centre=" names the user's own fence)
OTHER_PARTY_KEYS = OTHER_PARTY | {"centre", "center", "centres", "centers"}
# ...and a line opening on a pharmacy named in French, Spanish, German, Polish or Turkish
# (QA118: "Pharmacie id=… lat=… lon=…"), as its first word only (not a street's "Calle de la
# Farmacia", an app named so, a search, a delivery, a check-in, a fix: the fifth review)
PHARMACY_OPENERS = frozenset({"pharmacie", "farmacia", "apotheke", "apteka", "eczane",
                              # ...a funeral parlour's, an office's, a customer service's line
                              # (QA128; not a word elsewhere in the user's own: the fifth review)
                              "parlour", "parlor", "kontor", "kundtjanst"})
OWN_AT_PLACE = frozenset({"search", "searched", "delivery", "deliver", "checkin", "check", "fix",
                          "gps", "wifi", "ssid", "order", "ordered", "route", "nav", "suche",
                          "busqueda", "recherche", "szukaj", "arama", "notdienst", "guardia"})
# ...but a place named as the user's own ("Trip end lat=… lon=… place=work": QA117) is hers
OWN_PLACE = re.compile(r"""(?i)\bplace=(['"]?)(?:home|work)\1(?=[\s,;]|$)""")
# ...not in a line about another person's ("Friend arrived friend=… place=work": the review)
SOMEONE_ELSES = frozenset({"member", "friend", "friends", "child", "kid", "partner", "parent",
                           "contact", "shared", "who", "family", "mum", "dad", "mom"})
# ...but a geofence's arrival, entry or exit logs the user's own position, as the line's own
# verb ("Geofence arrival home lat=…"; not a fence registered with "transition=enter", a
# friend's or a courier's arrival: the third review)
FENCES = frozenset({"geofence", "geofences"})
# ...not a fence's own definition ("Geofence enter zone=… center lat=… radius=…", "… config
# loaded": the review)
FENCE_DEFINED = frozenset({"center", "centre", "radius", "config", "loaded", "registered",
                           "polygon", "vertices"})
ARRIVALS = frozenset({"arrival", "arrived", "entered", "exited", "departure", "departed",
                      # ...and the transition as the line's own verb (QA113: "Geofence enter
                      # lat=…"; not "Geofence registered … transition=enter")
                      "enter", "exit", "entering", "exiting"})
# ...an e-mail address by its shape only under a pair's name that points to the user (not a CI
# job's author, a booking's sender, a calendar's organizer: the third review)
USER_MAILS = frozenset({"owner", "user", "account", "login", "username", "customer", "member",
                        "profile", "userid", "me"})
