"""The words a person's gender is written in, by language, as forms and SDKs send it under a
gender key (``validators_names.gender_value``): each group names the set or the QA session whose
key words brought it. Only ever read under a gender key: "set", "pen" or "er" alone are words of
other things.
"""

from __future__ import annotations

# A person's gender as forms and ad SDKs send it (OpenRTB "M"/"F"/"O"; numeric codes 0-2;
# ISO/IEC 5218 0/1/2/9), not a product's ("unisex", "mens", "kids").
GENDERS = frozenset({"m", "f", "o", "u", "x", "male", "female", "man", "woman", "men", "women",
                     "nonbinary", "non-binary", "non_binary", "nb", "other", "diverse",
                     "agender", "genderqueer", "genderfluid", "trans", "transgender",
                     "intersex", "prefer not to say", "prefer_not_to_say", "unspecified",
                     "0", "1", "2", "9", "boy", "girl", "masculine", "feminine",
                     # a German form's m/w/d (QA53), a Polish one's K/M (QA55)
                     "w", "d", "k", "kobieta", "mezczyzna", "herr",
                     # ...in Portuguese, Spanish, French, German, Italian (QA38)
                     "masculino", "feminino", "femenino", "homem", "mulher", "hombre", "mujer",
                     "homme", "femme", "masculin", "feminin", "féminin", "männlich", "weiblich",
                     "divers", "maschio", "femmina", "uomo", "donna", "outro", "otro", "autre",
                     "maschile", "femminile", "frau", "mann", "nao-binario", "não-binário",
                     "nao binario", "não binário", "no binario", "non binaire", "non-binaire",
                     "vrouw", "vrouwelijk", "mannelijk", "prefiro não informar",
                     "prefiro nao informar", "prefiero no decirlo", "prefiero no decir",
                     # ...as ASCII writes the umlaut (QA43), and in Polish
                     "maennlich", "mannlich", "mężczyzna",
                     # ...and in Greek, as Greeklish and in Greek script (QA70)
                     "gynaika", "andras", "antras", "thyliko", "arseniko", "g", "a",
                     "γυναίκα", "άνδρας", "άντρας", "θηλυκό", "αρσενικό",
                     # ...and in romanised Korean and Arabic (blind39, blind40)
                     "yeoja", "namja", "yeoseong", "namseong", "untha", "dhakar",
                     # ...and in Kazakh and Urdu (QA125)
                     "ayel", "aiel", "äyel", "aurat", "khatoon", "mard",
                     # ...and in Kirundi, Chichewa, Tongan (blind131, blind132, blind133)
                     "gore", "gabo", "mkazi", "mwamuna", "fefine", "tangata",
                     # ...and in Luganda and Aymara (blind135, blind136)
                     "mukazi", "musajja", "warmi", "chacha",
                     # ...and in Albanian and Mongolian (blind137, blind138)
                     "femer", "mashkull", "eme", "er",
                     # ...and in Swahili and Cebuano (blind139, blind140)
                     "mwanamke", "mwanaume", "babaye", "lalaki",
                     # ...and in Maltese and Hausa (blind141, blind142)
                     "mara", "ragel", "mace", "namiji", "kora", "emmaan", "mahila", "purush",
                     "babae", "kali", "kaci", "lanang", "wadon",
                     # ...and in Thai script (QA126)
                     "หญิง", "ชาย",
                     # ...and in Vietnamese without its marks (blind37)
                     "nam", "nu", "nữ", "khac",
                     # ...and in Indonesian and Malay (QA45)
                     "perempuan", "laki-laki", "laki laki", "lelaki", "pria", "wanita",
                     # ...and in Turkish, Czech and Swedish (blind27, blind28)
                     "kadin", "kadın", "erkek", "zena", "žena", "muz", "muž", "kvinna", "manlig",
                     # ...and in romanised Japanese (blind42)
                     "josei", "dansei", "onna", "otoko",
                     # ...and gender identities as a dating app's profile lists them (QA89)
                     "trans woman", "trans man", "transgender woman", "transgender man",
                     "trans female", "trans male", "trans-woman", "trans-man", "trans_woman",
                     "trans_man", "transwoman", "transman", "mtf", "ftm", "cis woman",
                     "cis man", "cisgender woman", "cisgender man", "cis", "cisgender",
                     "two-spirit", "two spirit", "bigender", "demigirl", "demiboy",
                     "gender-fluid", "questioning", "mulher trans",
                     "homem trans", "mujer trans", "hombre trans", "femme trans",
                     "homme trans",
                     # ...and in Hungarian (blind62), Ukrainian in Latin letters and Tagalog
                     # (QA91)
                     "nő", "férfi", "ferfi", "zhinocha", "zhinka", "zhinochyi", "cholovicha",
                     "cholovik", "cholovichyi",
                     # ...and in Amharic, Tamil and Kannada in Latin letters (QA133, QA134,
                     # QA135)
                     "set", "wend", "pen", "aan", "penn", "hennu", "gandu",
                     # ...and in Breton, Sango and West Frisian (QA173, QA174, QA175)
                     "maouez", "gwaz", "wali", "koli", "frou",
                     # ...and in Palauan and Sorani Kurdish (QA176, QA180)
                     "dil", "sechal", "mê", "nêr", "ner", "mêyîne", "nêrîne",
                     # ...and in Kashmiri and Acholi (QA200, QA198), Mingrelian and Georgian
                     # (QA207)
                     "zanaan", "zanan", "dako", "laco", "osuri", "mamakaci"})
