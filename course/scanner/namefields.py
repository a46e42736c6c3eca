"""The labels of form fields that hold a name ("Vorname:", "Kontoinhaberin:", "Policyholder:") and which of them
always hold a person."""

from __future__ import annotations

import re

_G = r"(?:in|/in|\*in|_in|:in)?"  # the feminine and gender-inclusive endings: "Mieterin", "Mieter/in", "Mieter*in"
FIELD = re.compile(  # on the lower-cased text
    rf"(name|vorname|nachname|familienname|full name|first name|last name|surname|given names?|vornamen|kundenname|"
    rf"customer name|ansprechpartner{_G}|ansprechperson|kontaktperson|contact person|contact name|"
    rf"mitarbeiter{_G}|employee|bewerber{_G}|applicant|patient{_G}|inhaber{_G}|kontoinhaber{_G}|"
    rf"account holder|karteninhaber{_G}|cardholder|card holder|empfänger{_G}|recipient|absender{_G}|"
    rf"nehmer{_G}|guest|gast|passenger|passagier{_G}|"
    rf"unterschrift|signed by|verfasser{_G}|author|antragsteller{_G}|requester|requested by|erstellt von|"
    rf"created by|assignee|bearbeiter{_G}|kunde|kundin|customer|client|mieter{_G}|tenant|"
    rf"policyholder|policy holder|insured|claimant|versicherte[rn]?|geschädigte[rn]?|personenschaden|"
    rf"spouse|dependent|dependant|beneficiary|ehepartner{_G}|ehegattin|ehegatte|lebenspartner{_G})[ \t]*:$",
)
COMPOUND_HEADS = ("empfänger", "nehmer")
# Fields that always hold a person; others (Kunde, Empfänger ...) may hold a company.
PERSON_FIELDS = frozenset(
    {
        "name",
        "vorname",
        "nachname",
        "familienname",
        "full name",
        "first name",
        "last name",
        "surname",
        "given name",
        "given names",
        "vornamen",
        "kundenname",
        "customer name",
        "ansprechpartner",
        "ansprechpartnerin",
        "ansprechperson",
        "kontaktperson",
        "contact person",
        "contact name",
        "mitarbeiter",
        "mitarbeiterin",
        "employee",
        "bewerber",
        "bewerberin",
        "applicant",
        "patient",
        "patientin",
        "kontoinhaber",
        "kontoinhaberin",
        "account holder",
        "karteninhaber",
        "karteninhaberin",
        "cardholder",
        "card holder",
        "antragsteller",
        "antragstellerin",
    }
)
