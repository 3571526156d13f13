"""Two-hundred-and-tenth, BLIND labelled set for the classifier evaluation (the lead scores it as
"blind207"): written without reading the classifier code, its rules, the tests, the README or
the evaluation scripts, and never run through a classifier by its author; ``main`` (the
project's decoder path check, which runs no classifier) was run to check the labelled paths.
It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes
in roughly the proportions real captures have (158 first-party calls and 80 SDK calls, 238
exchanges, 1,813 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Bautzen (Budyšin, Upper Lusatia, Saxony) with her Sorbian
husband Měrćin Šołta and their daughter Hanka (8), teaches English at a language school in
Hoyerswerda (Wojerecy), keeps her US SIM (roaming), and his family lives in Crostwitz
(Chrósćicy). Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API whose keys are Upper Sorbian written without
diacritics as a local developer would (mixed with English ``token``, ``id``, ``iban``,
``status``), and the SDKs it embeds:

- ``eval_families210_jejka.py`` "Jejkarnja": Sorbian Easter-egg decorating courses and her stall
  at the Easter egg market (she sells her eggs);
- ``_kriz.py`` "Krizerjo": the Crostwitz Easter riders' mounted procession (her husband rides;
  her religion and his);
- ``_dawk.py`` "Dawkar": an income-tax assistance association preparing the couple's joint
  return (tax IDs, church tax, union dues, medical costs, the child);
- ``_slonco.py`` "Slonco": a tenant's balcony plug-in solar kit (landlord consent, grid
  notification, the inverter on the home Wi-Fi);
- ``_pluwak.py`` "Pluwak": a houseboat week on a flooded lignite pit lake near Hoyerswerda;
- ``_wotpocink.py`` "Wotpocink": an insurer-approved mother-and-child cure clinic (her and
  Hanka's health data, insurance numbers);
- ``_nowawjes.py`` "Nowa wjes": a lignite company's resettlement office, where she is the agent
  of her husband's aunt (the aunt's data, compensation, a grave transfer, Sorbian ethnicity).

Key words (each module's docstring lists its own): ``mjeno`` (first) name, ``swojbne_mjeno``
surname, ``e_mejl``, ``telefon`` / ``mobil``, ``heslo`` password, ``kod`` code,
``datum_narodzenja`` birth date, ``splah`` sex (``holca`` girl), ``adresa`` / ``droha`` street,
``mesto`` town, ``wjes`` village, ``postowe_cislo`` post code, ``serokosc`` / ``dolhosc``
latitude / longitude, ``pozicija`` / ``mestno`` position / place, ``suma`` amount,
``placizna`` price, ``zaplacenje`` payment, ``skazanka`` order, ``rezerwacija`` booking,
``najecenje`` charter, ``pytanje`` search, ``powesc`` message, ``prijimar`` recipient,
``wopisanje`` / ``wopis`` description, ``tekst``, ``zapisk`` note, ``pohodnocenje`` rating,
``wuziwar`` user, ``grat`` device, ``instalacija`` install, ``rec`` language,
``casowe_pasmo`` time zone, ``podawki`` events (``podawk``: ``mjeno``, ``cas``,
``parametry``), ``wobrazowka`` screen, ``dzeco`` / ``dzeci`` child(ren), ``mandzelski``
husband, ``staroba`` age, ``waha`` weight, ``wysokosc`` / ``wyska_cm`` height, ``dawkowe_id``
tax ID, ``dawkowe_cislo`` tax number, ``cislo_zawescenja`` insurance number, ``diagnoza``,
``lekarstwa`` medicines, ``wosada`` parish, ``wery_wuznace`` denomination, ``cyrkwinski_dawk``
church tax, ``zwjazk`` union, ``jechar`` rider, ``kon`` horse, ``clon`` member, ``pad`` case,
``wotskodnjenje`` compensation, ``row`` grave, ``zemrety`` deceased, ``serbska_narodnosc``
Sorbian nationality.

The kinds are new: a file-name and docstring grep of ``scripts/eval_families*.py`` (sets up to
209) for "sorbian", "bautzen", "lusatia", "easter egg", "pisanki", "houseboat",
"resettle", "expropriat", "mother-child", "balcony", "lohnsteuer" matched nothing. Close
ones made different: set 51's "eggs" is egg freezing, set 150 a batik workshop (here egg
decorating and a market stall where she sells); sets 113 and 201 have a procession on foot and
an Easter conference (here mounted riders, horses, costume sizes, route, helpers); set 179 is a
refund agent for departed workers and set 190 a commune office with church tax (here a
members' association's joint return); sets 33 and 84 have rooftop solar owned by the household
(here a tenant's plug-in kit with landlord consent and grid paperwork); sets 149 and 209 have
boat hire with a boatman (here a self-driven houseboat stay); set 137 has a spa resort (here an
insurer-approved cure with the child as co-patient); set 196's open-pit app is a miner's shift
app (here a village's resettlement). The SDKs are ten new vendors, built once and called by
every app with its own events: ``_sdk.py`` (analytics "Licomer", MMP "Sledowar", OpenRTB 2.5 ads
"Bidkral", crash reporting "Padak") and ``_svc.py`` (flags "Chorhojnik", push "Zwonk", consent
"Prizwol", payments "Pjenjezak", maps "Kartownja", support chat "Pomhaj"); their code is set
151's SDK shapes with vendors, hosts, zone (Europe/Berlin), country (DE / DEU, region SN, city
Bautzen) and currency (EUR) changed, and set 151's mobile-money payout replaced by a SEPA payout
(a grep of ``scripts/`` found none of the ten names). ``eval_families210_kit.py`` holds her
places, people, the businesses, and the computed IDs.

Negatives are implicit: request, slot, session, course, line, thread, appointment, procession
and meeting IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the course venue's ID, name, phone and point, the market and stall; the church's ID and
point, the horse's name, UELN and colour, a car's plate, the vet practice; the tax office, the
employer's name, the BIC, tax class, the commute km and work days; the kit's SKU, the inverter's
serial, the meter number, the unit register number, the landlord (a housing cooperative), yield
kWh; the marina's ID, name, point, phone and buoy, the boat, fuel litres; the clinic's ID, name
and point, the insurer's name, the room; the new village's plot and its point, living area, the
removal firm, the cemetery, dates of death.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, PINs, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, village, region, post code and country ``location.coarse``; street
lines and land parcels ``contact.address``; amounts, totals, fees, bookings, charters and orders
``financial.purchase``; card data, last four digits, payment-method IDs, SEPA mandates and IBANs
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too; positions at 2 decimals
``location.coarse``, at 3 or more ``location.precise``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Hanka, Hilža, Emily, Jan) is not ``contact.name``; a
  surname on a doorbell note ("pola Šołta") is; the child's full name always is;
- German tax IDs (hers, her husband's, Hanka's) and her small-business tax number
  ``personal.national_id``; her residence-permit card number too; nationality left unlabelled;
- the health-insurance numbers (hers, Hanka's) and the insurer's cure approval reference
  ``health.medical`` (a medical record number, as set 151's dental chart); diagnoses, medicines,
  allergies, diet for allergy or intolerance, mood, sleep, blood pressure, peak flow, the
  impairment (tremor, wheelchair) ``health.medical``; weights, heights, steps and a rider's
  costume sizes ``health.fitness``;
- religion ``personal.sensitive``: parish, denomination, baptism and confirmation dates,
  confession, offering fund, hymn-book parish, church tax amount (also ``financial.purchase``), a
  Catholic grave rite; union membership (the union's name) ``personal.sensitive``; Sorbian
  ethnicity (``serbska_narodnosc``, a Sorbian costume to preserve, Sorbian-medium schooling)
  ``personal.sensitive``; the aunt's barrier-free house ``personal.sensitive|health.medical``;
- income, withheld tax, benefits, refunds, compensation and the income band
  ``financial.purchase`` (amounts, as set 151's excise revenue);
- maker, rider, member, customer and case numbers ``id.user`` (the rider's and the case's are
  her husband's and his aunt's); charter, orders, bookings ``financial.purchase``;
- the aunt is a data subject: her name, birth date, phone, street, parcel, IBAN labelled; her
  late husband's name and birth date too;
- the home Wi-Fi (protobuf pairing) and the marina's Wi-Fi she joins ``location.wifi``;
- SDKs: Sledowar's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``SN``) and city ``location.coarse``.

Looked at (stated honestly): the brief; TAXONOMY.md; DESIGN.md's path lines (around "dotted
keys"); ``eval_payloads.py``; ``eval_families151.py`` and all its modules (the template); the
signatures, docstrings and bodies of the helpers called (``raw``, ``multipart``, ``pb``,
``jwt`` in ``eval_families6_kit``; constants and ``chain``/``pbu``/``push_token`` in
``eval_families17_kit``; ``App``/``ev``/``opaque`` in ``eval_families20_kit``; ``at_path``,
``sdk_uid`` in ``eval_families21_kit``; ``lines``, ``sdk_uuid`` in ``eval_families22_kit``;
``head``, ``claims``, ``rid``, ``sdk_id`` in ``eval_families24_kit``; ``sjwt`` in
``eval_families18_kit``; ``enc``, ``tok``, ``add``; ``check_ci`` and ``report`` in
``eval_families8_kit``; the first lines of ``listed_once`` in ``eval_families21``); module
docstrings of ``scripts/eval_families*.py`` by keyword grep (and the first lines of sets 51,
150, 179, 190, 187, 174, 146, 184, 207 and 196's matching modules). No classifier, rule, test,
decoder or README was read or run; only this set's ``main`` (five times: the first run stopped on
a KeyError in this set's own code; the later runs exited 0, the last ones after renaming three
business names and editing this docstring) and ``ruff check
--select F`` (its ``--fix`` removed unused imports) ran.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families210_dawk
import eval_families210_jejka
import eval_families210_kriz
import eval_families210_nowawjes
import eval_families210_pluwak
import eval_families210_slonco
import eval_families210_wotpocink
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# ``main``'s check found every labelled path among the decoders' paths; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families210_jejka.jejkarnja(), *eval_families210_jejka.jejkarnja_sdks(),
            *eval_families210_kriz.krizerjo(), *eval_families210_kriz.krizerjo_sdks(),
            *eval_families210_dawk.dawkar(), *eval_families210_dawk.dawkar_sdks(),
            *eval_families210_slonco.slonco(), *eval_families210_slonco.slonco_sdks(),
            *eval_families210_pluwak.pluwak(), *eval_families210_pluwak.pluwak_sdks(),
            *eval_families210_wotpocink.wotpocink(),
            *eval_families210_wotpocink.wotpocink_sdks(),
            *eval_families210_nowawjes.nowawjes(), *eval_families210_nowawjes.nowawjes_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
