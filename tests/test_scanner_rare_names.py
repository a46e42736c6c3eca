"""Rare and international first names that no name list is likely to hold, in natural business positions
(written by hand for this test, not by Faker), and clean look-alikes beside them that must stay clean."""

from __future__ import annotations

import pytest

from course.scanner import scan
from course.scanner.firstnames import is_first_name

# (text, the name that must be found). The first names here are unknown to the scanner's list (checked below),
# so each must be found by its position: a sign-off, a greeting line, a role word, a verb after it, an
# identifier beside it, an address below it, a department in brackets, or a personal e-mail address.
GERMAN = [
    ("Viele Grüße\nIlvy", "Ilvy"),
    ("Danke dir und viele Grüße,\nTamino Ketelsen", "Tamino Ketelsen"),
    ("Hallo Smilla,\nanbei die Liste für Freitag.", "Smilla"),
    ("Moin Jonte,\nkannst du die Rechnung freigeben?", "Jonte"),
    ("Kollegin Ngozi Okafor übernimmt ab Montag die Reklamationen.", "Ngozi Okafor"),
    ("Die neue Teamleiterin Thandiwe Mokoena stellt sich am Dienstag vor.", "Thandiwe Mokoena"),
    ("Unsere Praktikantin Kavya Sharma hat die Auswertung fertig.", "Kavya Sharma"),
    ("Yaro Brandes ist ab heute für den Einkauf zuständig.", "Yaro Brandes"),
    ("Chidi Okonkwo hat die Präsentation überarbeitet.", "Chidi Okonkwo"),
    ("Bitte stimmt euch mit Dawit Tesfaye ab, bevor ihr bestellt.", "Dawit Tesfaye"),
    ("Kannst du Tigist Haile sagen, dass der Termin steht?", "Tigist Haile"),
    ("Die Unterlagen gehen an Farhiya Warsame, sie prüft die Verträge.", "Farhiya Warsame"),
    ("Rückfragen bitte an Kwame Mensah (Vertrieb).", "Kwame Mensah"),
    ("Obinna Eze (Buchhaltung) kümmert sich um die Gutschrift.", "Obinna Eze"),
    ("Thabo Nkosi, Tel. 0171 2345678, ist heute im Homeoffice.", "Thabo Nkosi"),
    ("Die Durchwahl von Sipho Dlamini lautet 030 2345678.", "Sipho Dlamini"),
    ("Überweisung bitte an Zanele Khumalo, IBAN DE89 3704 0044 0532 0130 00.", "Zanele Khumalo"),
    ("Lieferadresse:\nBongani Zulu\nHauptstraße 12\n10115 Berlin", "Bongani Zulu"),
    ("Meron Gebre und Ishaan Mehta teilen sich ab Juni das Büro.", "Meron Gebre"),
    ("Meron Gebre und Ishaan Mehta teilen sich ab Juni das Büro.", "Ishaan Mehta"),
    ("Aarav Patel, geb. 3. März 1990, beginnt am 1. April.", "Aarav Patel"),
    ("Bitte schreib Ayodele kurz an: ayodele.adeyemi@firma.de", "Ayodele"),
    ("Im Anhang die Reisekosten von Folake Balogun für die Messe.", "Folake Balogun"),
    ("Sehr geehrte Frau Nomvula Sithole,\nvielen Dank für Ihre Anfrage.", "Nomvula Sithole"),
]
ENGLISH = [
    ("Kind regards,\nChiamaka", "Chiamaka"),
    ("Best wishes,\nLwazi Ndlovu", "Lwazi Ndlovu"),
    ("Hi Kiri,\nthe invoice is attached.", "Kiri"),
    ("Our new colleague Anahera Ngata starts on Monday.", "Anahera Ngata"),
    ("Tamati Walker has approved the purchase order.", "Tamati Walker"),
    ("Rangi Parata will join the call at 3 pm.", "Rangi Parata"),
    ("Please ask Kalani Akana to update the rota.", "Kalani Akana"),
    ("Can you tell Haruto Sato that the room is booked?", "Haruto Sato"),
    ("The report was reviewed by Esi Owusu before it went out.", "Esi Owusu"),
    ("Questions go to Yaw Boateng (Finance).", "Yaw Boateng"),
    ("Xiadani Flores (Legal) signed off the contract.", "Xiadani Flores"),
    ("Please ring Oluwaseun Adeyemi on 07700 900123 about the delivery.", "Oluwaseun Adeyemi"),
    ("Emergency contact: Sipho Dlamini, tel. +44 20 7946 0958", "Sipho Dlamini"),
    ("SSN: 123-45-6789 (Kwame Mensah)", "Kwame Mensah"),
    ("Delivery address:\nNomvula Sithole\n12 High Street\nLeeds LS1 4AP", "Nomvula Sithole"),
    ("Bongani Zulu's corporate card was blocked this morning.", "Bongani Zulu"),
    ("Thabo Nkosi and Dawit Tesfaye will cover the front desk.", "Thabo Nkosi"),
    ("Thabo Nkosi and Dawit Tesfaye will cover the front desk.", "Dawit Tesfaye"),
    ("As discussed, Obinna Eze was signed off sick until Friday.", "Obinna Eze"),
    ("Our contact at the supplier is Ishaan Mehta.", "Ishaan Mehta"),
    ("Dear Farhiya,\nthank you for the quick reply.", "Farhiya"),
    ("Please refund Aarav Patel to account GB29 NWBK 6016 1331 9268 19.", "Aarav Patel"),
]

# A second batch, written after the rules above were in place and measured once before any change for it
# (10 of 22 found then, 18 now): positions the first batch did not have. The four still missed are marked.
_GAP = pytest.mark.xfail(strict=True, reason="no cue: a lone name, a name after an adverb, a name as a label's value")
SECOND = [
    ("Termin mit Nomvula Sithole am Donnerstag um 10 Uhr bestätigt.", "Nomvula Sithole"),
    pytest.param("Frag mal Lwazi, ob er die Zahlen schon hat.", "Lwazi", marks=_GAP),
    ("Zanele Khumalo aus dem Einkauf fragt nach dem Angebot.", "Zanele Khumalo"),
    pytest.param("Die Schulung leitet diesmal Kwame Asante.", "Kwame Asante", marks=_GAP),
    ("Ich habe Tigist Bekele die Unterlagen geschickt.", "Tigist Bekele"),
    pytest.param("Vertretung während meines Urlaubs: Anahera Ngata", "Anahera Ngata", marks=_GAP),
    ("Gruß\nBongani", "Bongani"),
    ("LG Smilla", "Smilla"),
    ("Danke, Chiamaka!", "Chiamaka"),
    ("Wie mit Obinna Eze besprochen, verschieben wir die Lieferung.", "Obinna Eze"),
    ("Xiadani Ruiz übernimmt ab sofort die Kundenbetreuung.", "Xiadani Ruiz"),
    ("Im Auftrag von Dawit Haile sende ich Ihnen die Rechnung.", "Dawit Haile"),
    ("Thanks, Oluwaseun", "Oluwaseun"),
    ("Spoke to Tamati Ruru this morning about the renewal.", "Tamati Ruru"),
    ("Kalani Kahale is out of office until Monday.", "Kalani Kahale"),
    ("Cheers,\nRangi", "Rangi"),
    ("I've copied in Haruto Tanaka from procurement.", "Haruto Tanaka"),
    ("Meeting with Ishaan Kapoor moved to 2 pm.", "Ishaan Kapoor"),
    ("Folake Adebayo from accounts will send the statement.", "Folake Adebayo"),
    ("On behalf of Esi Mensah, please find the invoice attached.", "Esi Mensah"),
    pytest.param("Cover while I'm away: Aarav Shah", "Aarav Shah", marks=_GAP),
    ("Thabo Molefe, our new account manager, will call you.", "Thabo Molefe"),
]

# Clean business texts that look like the ones above: sign-offs by a team, greetings to everyone, role words
# before a noun, departments in brackets, function mailboxes, and common words that are also names.
CLEAN = [
    "Viele Grüße\nIhr Vertriebsteam",
    "Viele Grüße\nBuchhaltung",
    "Hallo zusammen,\nanbei die Liste für Freitag.",
    "Hallo Welt, hallo Team Vertrieb!",
    "Wir suchen eine neue Kollegin für den Vertrieb.",
    "Die neue Teamleitung stellt sich am Dienstag vor.",
    "Neue Preise ab Mai (Vertrieb).",
    "Das Team Nord (Buchhaltung) kümmert sich um die Gutschrift.",
    "Rückfragen bitte an vertrieb@firma.de, der Vertrieb antwortet schnell.",
    "Die Unterlagen gehen an die Rechtsabteilung, sie prüft die Verträge.",
    "Das ist mein Ernst.",
    "Bitte stimmt euch mit dem Einkauf ab, bevor ihr bestellt.",
    "Bitte gebt der Kollegin Bescheid, wenn die Ware da ist.",
    "Die Kollegin Vertrieb Nord meldet sich.",
    "Unsere Zentrale erreichen Sie unter 0800 1234567.",
    "Kind regards,\nThe Support Team",
    "Hi all,\nthe invoice is attached.",
    "Customer Service will join the call at 3 pm.",
    "Grant access to the shared drive before Monday.",
    "Mark the invoice as paid once the transfer shows up.",
    "Will the pallets arrive before Wednesday?",
    "A rose for every visitor at reception.",
    "Questions go to the help desk (Finance).",
    "Quality Control has approved the batch.",
    "Annual Report was reviewed before it went out.",
    "Please send the form to hr.team@example.com by Friday.",
    "Termin mit dem Steuerberater am Donnerstag um 10 Uhr bestätigt.",
    "Frag mal Buchhaltung, ob die Zahlen schon da sind.",
    "Gruß\nIhr Team Einkauf",
    "Danke, Vertrieb!",
    "Die Schulung leitet diesmal Externe Beratung GmbH.",
    "Vertretung während meines Urlaubs: Teamleitung Vertrieb",
    "Wie mit Kunde besprochen, verschieben wir die Lieferung.",
    "Wünscht Referenzen aus der Logistik.",
    "Drei Jahre sind die Regel.",
    "Zwei Erinnerungen hat er schon ignoriert.",
    "Spoke to Customer Service this morning about the renewal.",
    "Cheers,\nThe Finance Team",
    "Meeting with Head Office moved to 2 pm.",
    "On behalf of Acme Logistics Ltd, please find the invoice attached.",
    "Cover while I'm away: Front Desk",
    "Thanks, everyone!",
    "Access to Linden Road will be closed from 3 March.",
    "Improve Murat's prompt so that the ad speaks to everyone.",
    "Firma: Muster Bau GmbH, E-Mail: info@example.com",
]


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text).findings if f.category == "name"]


def test_the_first_names_of_this_file_are_unknown_to_the_name_list() -> None:
    """Otherwise the tests below would show the list, not the positions."""
    second = [p.values if hasattr(p, "values") else p for p in SECOND]
    firsts = {name.split()[0] for _, name in GERMAN + ENGLISH + second}
    assert not {n for n in firsts if is_first_name(n)}


@pytest.mark.parametrize(("text", "name"), GERMAN, ids=[n for _, n in GERMAN])
def test_rare_german_first_names_are_found_by_their_position(text: str, name: str) -> None:
    assert name in _names(text), (text, scan(text).findings)


@pytest.mark.parametrize(("text", "name"), ENGLISH, ids=[n for _, n in ENGLISH])
def test_rare_english_first_names_are_found_by_their_position(text: str, name: str) -> None:
    assert name in _names(text), (text, scan(text).findings)


@pytest.mark.parametrize(("text", "name"), SECOND)
def test_a_second_batch_of_rare_names_is_found_by_their_position(text: str, name: str) -> None:
    assert name in _names(text), (text, scan(text).findings)


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_of_those_positions_hold_no_name(text: str) -> None:
    assert _names(text) == [], scan(text).findings
