"""Templates of the pii3 corpus: texts with personal data per category and language, and clean business texts.

A template is a string with {key} slots, optionally prefixed "DE|", "AT|", "CH|", "GB|", "US|" (or several, e.g.
"AT,CH|") to restrict it to markets. Slots are filled by make_corpus.Context: labelled slots (names, numbers,
addresses ...) become labels, the rest is plain text. Written for pii3 from how people write at work, not from
any other corpus of the project."""

from __future__ import annotations

# --- texts with personal data: one list per (category, language) ---------------------------------------------------

PII: dict[tuple[str, str], list[str]] = {}

PII["email", "de"] = [
    "AT|Grüß Gott {sal} {last},\nanbei wie telefonisch besprochen die Unterlagen. "
    "Rückfragen gerne an {email}.\nMit freundlichen Grüßen\n{name2}",
    "Teilnehmerliste Workshop „KI im Büro“\n- {name} ({email})\n- {name2} ({email2})\n- {name3}",
    "Ticket {ticket} – Kunde meldet: Die Mail zum Zurücksetzen des Passworts kommt nicht an. Hinterlegt ist {email}.",
    "CH|Guten Tag\nBitte senden Sie die Offerte direkt an {name}, {email}.\nBesten Dank und freundliche Grüsse",
    "sry hab mich vertippt, die richtge adresse ist {email} (nich die alte mit punkt)",
    "Lebenslauf\n\nPersönliche Daten\nName: {name}\nAnschrift: {addr}\nTelefon: {phone}\nE-Mail: {email}\n"
    "Geburtsdatum: {dob}\n\nBerufserfahrung\n2019–heute  Sachbearbeitung Einkauf, {company}",
    "hey, kannst du mir die unterlagen nochmal schicken? am besten an {email}, die alte adresse geht nicht mehr",
    "Betreff: AW: Zugang Reisekostenportal\n\n{greet} {sal} {last},\nbitte legen Sie den Zugang für {email} an."
    "\nDanke und {bye}\n{name2}",
    "Neue Mitarbeiterin ab 1. des Monats: {name}, {email}, Abteilung {dept}. Laptop ist bestellt.",
    "Name;Abteilung;E-Mail;Durchwahl\n{last};{dept};{email};-{ext}\n{last2};{dept};{email2};-{ext}",
    "CH|Grüezi mitenand\nDie neue Adresse von {sal} {last} lautet ab sofort {email}. Bitte Verteiler anpassen."
    "\nFreundliche Grüsse\n{name2}",
    "AT|Servus {first2}, kannst du der {first} ({email}) bitte den Termin weiterleiten? Danke dir! lg",
    "Kundenanfrage #{ticket}\nAbsender: {email}\nText: Ich warte seit drei Wochen auf meine Lieferung, "
    "Bestellung {order}. Bitte melden Sie sich.",
    "wer hat die mail von {email} bekommen?? ich find sie nicht mehr im postfach",
    "Für die Lohnabrechnung: {sal} {name} hat die private Mailadresse {email} hinterlegt, "
    "die Firmenadresse {email2} wird am Monatsende gelöscht.",
    "Protokoll Teamrunde {date}\nAnwesend: {name}, {name2}, {name3}\nTOP 1: Rückfragen bitte an {email}.",
]

PII["email", "en"] = [
    "GB|Hi {first},\nCould you forward the minutes to {email}? "
    "They're joining the project on Monday.\nThanks,\n{first2}",
    "Workshop sign-up sheet\n- {name} <{email}>\n- {name2} <{email2}>",
    "Ticket {ticket} - customer says the password reset email never arrives. Address on file: {email}.",
    "US|quick q - is {email} the right address for {first}? my email bounced",
    "sorry typo, teh right address is {email} not the old one lol",
    "CURRICULUM VITAE\n{name}\n{addr_ml}\nPhone: {phone}\nEmail: {email}\n\n"
    "EXPERIENCE\n2018-present  Office Manager, {company}",
    "hey can u cc {email} on the thread? she's taking over the account from monday",
    "GB|Dear {sal} {last},\n\nThank you for your letter. We will reply to {email} as requested.\n\n"
    "Yours sincerely\n{name2}\n{company}",
    "US|@channel new contractor starting today: {name} ({email}). pls add to the #ops channel :wave:",
    "first_name,last_name,email,team\n{first},{last},{email},{dept_en}\n{first2},{last2},{email2},{dept_en}",
    "Support ticket {ticket}\nFrom: {email}\nSubject: refund not received\nHi, I returned order {order} two weeks"
    " ago and still nothing.",
    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {weekday_en}, {date_en}\n"
    "Subject: Re: Q3 budget\n\n> Can you send me the updated figures?",
    "Please update the HR system: {name}'s personal email is now {email}.",
    "Minutes, {date_en}\nAttendees: {name}, {name2}, {name3}\nAction: {first2} to email {email} about the venue.",
    "omg i sent it to {email} instead of the shared inbox, can someone recall it",
    "US|Reminder: your appointment confirmation was sent to {email}. Reply STOP to opt out.",
]

PII["phone", "de"] = [
    "Ticket {ticket}\nKunde: {name}\nRückrufnummer: {phone}\nAnliegen: Lieferung beschädigt, Foto folgt per Mail.",
    "Hallo zusammen, ich bin ab Montag in Elternzeit. Vertretung: {name}, erreichbar unter {phone}.",
    "CH|Grüezi\nRufen Sie mich doch bitte zurück: {phone} (ab 13.30 Uhr).\nEs Grüessli\n{first}",
    "AT|Liebe Kolleginnen und Kollegen, meine neue Durchwahl lautet {phone}. LG {first}",
    "kanst du {first_lc} mal anrufen? nummer is {phone}, sie wartet auf rückruf wegen der rechnug",
    "AT|Grüß Gott, hier die Nummer vom Herrn Magister {last}: {phone}. Er ist ab 9 Uhr im Büro.",
    "ruf mich einfach kurz an, bin unter {phone} erreichbar, aber erst ab 14 uhr",
    "Rückrufbitte: {sal} {last} hat angerufen wegen Vertrag {order}, bitte zurückrufen unter {phone}.",
    "Notfallkontakt für {name}: {name2} ({relation}), Tel. {phone2}",
    "CH|Grüezi {sal} {last}\nWie besprochen erreichen Sie mich diese Woche auf dem Handy: {phone}.\n"
    "Freundliche Grüsse\n{name2}",
    "AT|Servus! Die {first} ist heute im Homeoffice, am besten übers Handy {phone} probieren.",
    "Telefonliste Bereitschaft KW {kw}\n{name} – {phone}\n{name2} – {phone2}",
    "Hallo Team, mein neues Diensthandy hat die Nummer {phone}. Die alte Nummer ist ab Freitag tot.\n{bye}\n{first}",
    "Kunde {name} bittet um Rückruf zwischen 9 und 11 Uhr, Festnetz {phone}, mobil {phone2}.",
    "Anmeldung Sommerfest: {name}, +1 Begleitung, Rückfragen unter {phone}",
    "Name;Telefon;Raum\n{name};{phone};{room}\n{name2};{phone2};{room}",
]

PII["phone", "en"] = [
    "Ticket {ticket}\nCustomer: {name}\nCallback number: {phone}\nIssue: parcel arrived damaged.",
    "GB|Hiya, it's {first} - my landline's down, ring me on {phone} instead x",
    "US|can someone go meet the courier? he's at the front, his number is {phone}",
    "Out of office: I am on leave until {date_en}. For urgent matters contact {name} on {phone}.",
    "pls call {first_lc} back asap, her number is {phone}, she said its urgnet",
    "US|omw, running 10 min late - if u cant find the room call my cell {phone}",
    "text me when ur outside, {phone}",
    "Please call {sal} {last} back on {phone} regarding invoice {order}.",
    "Emergency contact: {name2} ({relation_en}), {phone2}",
    "GB|Dear {sal} {last},\nFurther to our call, you can reach me directly on {phone}.\nKind regards,\n{name2}",
    "US|hey! {first} is out today but said to ping her cell {phone} if anything blows up",
    "On-call rota week {kw}\n{name}: {phone}\n{name2}: {phone2}",
    "Caller: {name}\nNumber: {phone}\nMessage: wants to reschedule Tuesday's viewing",
    "name,phone,site\n{name},{phone},{city_en}\n{name2},{phone2},{city_en}",
    "My new work mobile is {phone} - old one stops working Friday. {bye_en}, {first}",
    "Reminder: {name}, your appointment at {clinic} is confirmed. Questions? Call us or reply. "
    "We have you down as {phone}.",
]

PII["iban", "de"] = [
    "Vorkasse-Rechnung {order}\nBitte überweisen Sie den Betrag an:\n"
    "Empfänger: {name}\nIBAN: {iban}\nVerwendungszweck: {order}",
    "AT|Servus {first2}, für die Hütte bitte {amount} auf {iban} (lautet auf {name}), lg",
    "CH|Grüezi, bitte zahlen Sie das Honorar auf mein Konto {iban}. Freundliche Grüsse, {name}",
    "hab dir die kohle noch nich überwiesen, schick nochmal deine iban? ah egal hab sie: {iban}",
    "Bitte überweisen Sie die Kaution auf mein Konto: {name}, IBAN {iban}.",
    "Neue Bankverbindung für die Gehaltsabrechnung\nMitarbeiter: {name}\nIBAN: {iban}\ngültig ab {date}",
    "hey, kannst du mir die 25 euro fürs geschenk schicken? {iban}, danke!!",
    "AT|{dear_at} {last},\nbitte um Rückerstattung auf folgendes Konto: {iban} (lautend auf {name}).",
    "CH|Grüezi {sal} {last}, die Spesen werden auf Ihr Konto {iban} überwiesen. Freundliche Grüsse, Buchhaltung",
    "Lastschriftmandat\nKontoinhaber: {name}\nAnschrift: {addr}\nIBAN: {iban}",
    "Name;IBAN;Betrag\n{name};{iban};{amount}\n{name2};{iban2};{amount}",
    "Rückerstattung für Ticket {ticket}: Kunde {name} bittet um Gutschrift auf {iban}.",
]

PII["iban", "en"] = [
    "Invoice {order} (freelance)\nPayable to: {name}\nIBAN: {iban}\nTerms: 14 days",
    "GB|Hiya, for the leaving-do kitty send a tenner to {iban} ({first}'s account) ta",
    "US|the contractor in Berlin wants payment to {iban}, name on the account {name} - can finance do a wire?",
    "ok sent it to {iban}, lmk if it doesnt arrive by tmrw",
    "Please pay the deposit into my account: {name}, IBAN {iban}",
    "GB|Dear Accounts,\nPlease update my bank details. New IBAN: {iban}\nMany thanks,\n{name}",
    "can u send me the money for the tickets? {iban} thx",
    "Refund request {ticket}: customer {name} asks for the refund to go to {iban}.",
    "Payee: {name}\nIBAN: {iban}\nReference: {order}",
    "payroll change form\nEmployee: {name}\nNew IBAN: {iban}\nEffective: {date_en}",
    "name,iban,amount\n{name},{iban},{amount}\n{name2},{iban2},{amount}",
    "US|hey, my German landlord wants the rent to {iban} - is that the right format for a wire?",
]

PII["credit-card", "de"] = [
    "Telefonnotiz: {sal} {last} hat die Kreditkartennummer durchgegeben: "
    "{card}, gültig bis {expiry}. Bitte NICHT ins Ticket kopieren!",
    "Export Buchungen\nName;Karte;Betrag\n{name};{card};{amount}\n{name2};{card2};{amount2}",
    "kannst du die bestellung mit meiner kreditkarte machen? {card}, ablauf {expiry}, danke dir!!",
    "Kreditkarte für die Hotelbuchung: {card}, gültig bis {expiry}, Inhaber {name}",
    "hab die karte schon hinterlegt, nummer {card} – prüfzahl schick ich per sms",
    "Ticket {ticket}: Kunde {name} meldet eine doppelte Abbuchung von Karte {card}.",
    "Reisebuchung für {sal} {last}: Zahlung per Firmenkreditkarte {card} (Ablauf {expiry}).",
    "AT|Servus, kannst du bitte die Kursgebühr auf meine Karte {card} buchen? Danke, {first}",
    "CH|Grüezi, die Zahlung mit der Karte {card} ist fehlgeschlagen. Freundliche Grüsse, {name}",
    "Name;Kartennummer;Ablauf\n{name};{card};{expiry}",
    "Die Karte {card} von {name} wurde gesperrt, Ersatzkarte kommt per Post an {addr}.",
]

PII["credit-card", "en"] = [
    "Phone note: {sal} {last} read out the card number {card}, expiry {expiry}. Please do not paste into the CRM!",
    "bookings export\nname,card,amount\n{name},{card},{amount}\n{name2},{card2},{amount2}",
    "urgh the payment failed agian, try {card} insted?",
    "Card for the hotel: {card}, exp {expiry}, name on card {name}",
    "US|ok just use my amex {card} for the offsite dinner, i'll expense it",
    "Ticket {ticket}: {name} says card {card} was charged twice.",
    "GB|Dear {sal} {last}, we were unable to process payment on card {card}. Please update your details.",
    "Booking for {name}\nCard: {card}\nExpiry: {expiry}\nBilling address: {addr}",
    "cardholder,card_number,expiry\n{name},{card},{expiry}",
    "can you book the flights on {card}? thanks! - {first}",
    "Fraud alert: transactions on {card} (holder {name}) flagged on {date_en}.",
]

PII["tax-id", "de"] = [
    "CH|Grüezi {sal} {last}\nIhre neue {taxcue} lautet {taxid}. Bitte bewahren "
    "Sie dieses Schreiben auf.\nFreundliche Grüsse\nAusgleichskasse",
    "Ticket {ticket}: {name} fragt, warum auf der Lohnabrechnung die {taxcue} {taxid} steht.",
    "Personalfragebogen\nFamilienname: {last}\nVorname: {first}\n{taxcue}: {taxid}\nSteuerklasse: 1",
    "hab meine {taxcue} gefunden, is {taxid} – brauchts die personalabteilung nochmal?",
    "Für die Lohnabrechnung brauchen wir noch Ihre {taxcue}: {taxid}",
    "Personalbogen\nName: {name}\nGeburtsdatum: {dob}\n{taxcue}: {taxid}\nKrankenkasse: {insurer}",
    "hey, was ist nochmal meine {taxcue}? ah hab sie: {taxid}",
    "AT|{dear_at} {last},\nbitte geben Sie Ihre {taxcue} ({taxid}) auf allen Formularen an.\n"
    "Mit freundlichen Grüßen\n{name2}",
    "CH|Grüezi {sal} {last}\nFür die Anmeldung bei der Pensionskasse fehlt noch die {taxcue}: {taxid}\n"
    "Freundliche Grüsse",
    "Name;Vorname;{taxcue}\n{last};{first};{taxid}\n{last2};{first2};{taxid2}",
    "Die {taxcue} von {name} ist {taxid}, bitte im Lohnprogramm nachtragen.",
    "Steuerunterlagen {year} für {name}, {taxcue} {taxid}, Finanzamt wurde informiert.",
    "Anbei die Daten des neuen Kollegen: {name}, {taxcue} {taxid}, Eintritt {date}.",
    "{taxid} – das ist die {taxcue} von {first}, bitte vertraulich behandeln",
]

PII["tax-id", "en"] = [
    "GB|Dear {sal} {last},\nYour {taxcue} is {taxid}. Please keep this letter safe.\nYours sincerely",
    "Ticket {ticket}: {name} asks why the payslip shows {taxcue} {taxid}.",
    "New hire paperwork\nLegal name: {name}\n{taxcue}: {taxid}\nStart date: {date_en}",
    "HR asked for my {taxcue} agian?? its {taxid}, pretty sure i sent it already",
    "For payroll we still need your {taxcue}: {taxid}",
    "New starter form\nName: {name}\nDate of birth: {dob}\n{taxcue}: {taxid}",
    "what's my {taxcue} again? oh found it {taxid}",
    "GB|Dear {sal} {last},\nPlease quote your {taxcue} {taxid} in all correspondence with HMRC.\nYours sincerely",
    "US|hey can you send me your {taxcue} for the W-9? just DM it, mine is {taxid}",
    "name,{taxcue},start_date\n{name},{taxid},{date_en}\n{name2},{taxid2},{date_en}",
    "{name}'s {taxcue} is {taxid} - please add it to the payroll record.",
    "Tax documents {year} for {name}, {taxcue} {taxid}, sent to the accountant.",
    "Onboarding checklist for {name}: contract signed, {taxcue} {taxid}, laptop ordered.",
    "{taxid} is {first}'s {taxcue}, please keep it confidential",
]

PII["address", "de"] = [
    "Einladung zur Weihnachtsfeier bei {first} zu Hause: {addr}, ab 19 Uhr",
    "AT|Servus, die Adresse für die Lieferung ist\n{addr_ml}\nbitte bei {last} läuten",
    "Reisekostenabrechnung\nName: {name}\nPrivatanschrift: {addr}\nFahrt: Wohnung – Büro, 23 km",
    "Postanschrift für den Vertrag:\n{sal} {name}\n{addr_post}",
    "ich wohn jetz in {addr}, klingel is kaputt also einfach anrufen",
    "Bitte schicken Sie die Unterlagen an:\n{name}\n{addr_post}",
    "neue adresse ab dem 1.: {addr}, falls ihr mir was schicken wollt",
    "Lieferanschrift\n{name}\nc/o {name2}\n{addr_ml}",
    "AT|{dear_at} {last},\nwir bestätigen Ihre neue Wohnadresse {addr}.\nMit freundlichen Grüßen",
    "CH|Grüezi {sal} {last}\nDas Paket geht an {addr}. Freundliche Grüsse",
    "Name;Straße und Ort\n{name};{addr}\n{name2};{addr2}",
    "Umzugsmeldung: {name} wohnt ab sofort in {addr}.",
    "Rechnungsempfänger:\n{sal} {name}\n{addr_post}\n\nRechnung Nr. {order}",
    "Ticket {ticket}: Retoure wurde abgeholt bei {name}, {addr}.",
    "Bewerbung\n{name}\n{addr_ml}\n{phone}\n{email}",
]

PII["address", "en"] = [
    "Xmas drinks at {first}'s place: {addr}, from 7pm",
    "Expense claim\nName: {name}\nHome address: {addr}\nMileage: home - office, 14 miles",
    "US|Return label for {name}:\n{addr_ml}",
    "GB|Dear {sal} {last},\nPlease find enclosed your new keys. They were sent to:\n{name}\n{addr_ml}\nYours sincerely",
    "US|moved!! new place is {addr}, housewarming on sat, bring snacks",
    "Please send the documents to:\n{name}\n{addr_post}",
    "new address from the 1st: {addr}, in case anyone sends post",
    "Delivery address\n{name}\nc/o {name2}\n{addr_ml}",
    "GB|Dear {sal} {last},\nWe confirm your change of address to {addr}.\nYours sincerely",
    "US|hey where should we ship the swag box? - {addr} works, thx!",
    'name,address\n{name},"{addr}"\n{name2},"{addr2}"',
    "Change of address: {name} has moved to {addr}.",
    "Bill to:\n{name}\n{addr_post}\n\nInvoice {order}",
    "Ticket {ticket}: courier collected the return from {name}, {addr}.",
    "{name}\n{addr_ml}\n{phone} | {email}\n\nCURRICULUM VITAE",
]

PII["date-of-birth", "de"] = [
    "Ticket {ticket}: Zur Verifizierung hat der Kunde sein Geburtsdatum genannt: {dob}. Name: {name}.",
    "AT|Servus, die Personalabteilung braucht noch dein Geburtsdatum – ist das {dob}? lg {first2}",
    "Bewerberin {name}, geboren {dob}, Gehaltsvorstellung 52k",
    "Terminerinnerung Praxis\nPatient: {name}, geb. {dob}\nTermin: {date}, {time} Uhr\n"
    "Bitte Versichertenkarte mitbringen.",
    "Personalbogen\nName: {name}\nGeburtsdatum: {dob}\nStaatsangehörigkeit: {nation}",
    "Lebenslauf\n{name}, geb. {dob} in {city}",
    "hey, {first_lc} hat bald geburtstag (geboren am {dob}) – wer organisiert den kuchen?",
    "Anmeldung Betriebsarzt: {sal} {last}, geboren am {dob}, Termin am {date}",
    "AT|{dear_at} {last},\nfür den Antrag benötigen wir Ihr Geburtsdatum ({dob}) und eine Ausweiskopie.",
    "CH|Grüezi, anbei die Angaben: {name}, Geburtsdatum {dob}. Freundliche Grüsse",
    "Name;Geburtsdatum;Eintritt\n{name};{dob};{date}\n{name2};{dob2};{date}",
    "Teilnehmerliste Erste-Hilfe-Kurs\n1. {name} (*{dob})\n2. {name2} (*{dob2})",
]

PII["date-of-birth", "en"] = [
    "Ticket {ticket}: caller verified with date of birth {dob}, name {name}.",
    "Candidate: {name}, DOB {dob}, notice period 1 month",
    "US|hbd {first}!! 🎂 (HR says the system has your DOB as {dob}, lmk if wrong lol)",
    "GB|Appointment reminder\nPatient: {name}\nDate of birth: {dob}\n"
    "Please arrive 10 minutes early for your blood test.",
    "New starter\nName: {name}\nDate of birth: {dob}",
    "CV\n{name}\nDOB: {dob}\n{city_en}",
    "lol {first_lc} told everyone they were born in 1999 but the passport says {dob}",
    "Patient: {name}, DOB {dob}. Appointment confirmed for {date_en} at 10:40.",
    "GB|Dear {sal} {last},\nTo verify your identity please confirm your date of birth ({dob}).",
    "US|reminder for the insurance form: {name}, born {dob}, need it by EOD",
    "name,dob,start\n{name},{dob},{date_en}\n{name2},{dob2},{date_en}",
    "First aid course attendees\n1. {name} (born {dob})\n2. {name2} (born {dob2})",
]

PII["name", "de"] = [
    "Die Stelle in der Buchhaltung übernimmt ab {date} {name}, bis dahin bitte an {sal2} {last2} wenden.",
    "Geburtstagsliste {month}: {name}, {name2}, {name3}",
    "Kurze Info: {first} und {first2} tauschen nächste Woche die Schicht.",
    "kannst du {first_lc} bescheit sagen das das meeting verschoben is? ich erreich sie nich",
    "CH|Grüezi {sal} {last}\nIch bin bis Freitag abwesend. In dringenden Fällen wenden Sie sich an {name2}.\n"
    "Freundliche Grüsse\n{name3}",
    "hey {first_lc}, hast du kurz zeit? der drucker im 2. stock spinnt wieder",
    "{greet} {sal} {last},\nvielen Dank für Ihre Rückmeldung. Wir melden uns nächste Woche.\n{bye}\n{name2}",
    "Protokoll der Abteilungsrunde vom {date}\nTeilnehmende: {name}, {name2}, {name3}\nEntschuldigt: {name4}\n"
    "TOP 1: Urlaubsplanung – {first2} sammelt die Wünsche.",
    "AT|{dear_at} {last},\ndanke für das nette Gespräch. Ich melde mich bis Ende der Woche.\n"
    "Mit freundlichen Grüßen\n{name2}",
    "CH|Grüezi {sal} {last}\nBesten Dank für Ihre Offerte. Wir besprechen sie intern und melden uns.\n"
    "Freundliche Grüsse\n{name2}",
    "Übergabe: {name} übernimmt ab Montag die Kunden von {name2}.",
    "-----Ursprüngliche Nachricht-----\nVon: {name}\nGesendet: {weekday}, {date}\nAn: {name2}\nBetreff: Urlaub\n\n"
    "Passt das so für dich?",
    "[{time}] {first_lc}: wer macht heute die spätschicht?\n[{time}] {first2_lc}: ich, wie immer 🙄",
    "Glückwunsch an {name} zum 10-jährigen Dienstjubiläum!",
    "Bewerbungsgespräch mit {sal} {last} am {date} um {time} Uhr, Raum {room}.",
]

PII["name", "en"] = [
    "Holiday cover for {name}: {name2} (mornings), {name3} (afternoons)",
    "Birthdays this month: {name}, {name2}, {name3}",
    "Quick heads-up: {first} and {first2} are swapping shifts next week.",
    "GB|Dear {sal} {last},\nI am writing on behalf of {name2} about the tenancy.\nYours sincerely\n{name3}",
    "can u tell {first_lc} the meeting got moved? cant reach her, prob in teh other building",
    "US|lol {first} just replied-all to the whole company again 😂",
    "hey {first_lc} can u look at the deck before 3? thx",
    "GB|Dear {sal} {last},\n\nThank you for your letter of {date_en}. We will respond in due course.\n\n"
    "Yours sincerely\n\n{name2}",
    "Meeting minutes {date_en}\nAttendees: {name}, {name2}, {name3}\nApologies: {name4}\nAction: {first2} to "
    "circulate the draft.",
    "US|shoutout to {name} for closing the Q3 deal 🎉",
    "Handover: {name} is taking over {name2}'s accounts from Monday.",
    "On {weekday_en}, {date_en}, {name} wrote:\n> Works for me, see you then.",
    "[{time}] {first_lc}: who's on the late shift?\n[{time}] {first2_lc}: me, as usual",
    "Congratulations to {name} on ten years with {company}!",
    "Interview with {sal} {last} on {date_en} at {time}, room {room}.",
    "GB|Hi {first}, {first2} mentioned you might have the keys to the meeting room? Cheers",
]

PII["secret", "de"] = [
    "Für das Schulungskonto: Benutzername schulung03, Kennwort {secret}",
    "AT|Servus, des WLAN-Passwort im Besprechungsraum is {secret}, lg",
    "CH|Grüezi, der Zugang zur Buchhaltungssoftware: Passwort {secret}. Bitte vertraulich behandeln.",
    "sry falscher chat!! das passwort war {secret}, bitte ignorieren und löschen",
    "hier das neue wlan-passwort fürs büro: {secret} (bitte nicht weitergeben)",
    "Zugang Testsystem\nBenutzer: admin\nPasswort: {secret}",
    "Kannst du mal schauen, warum der Build fehlschlägt? Ich hab den Token {secret} in die config gepackt.",
    "export OPENAI_API_KEY={secret}",
    "Ticket {ticket}: Kunde hat versehentlich sein Passwort im Chat geschickt: {secret}",
    "CH|Grüezi {first}, das Initialpasswort lautet {secret}. Bitte beim ersten Login ändern.",
    "AT|Servus, der API-Key für das Wetter-Widget ist {secret}, lg",
    "DB_URL=postgres://app:{secret}@db.intern:5432/crm",
]

PII["secret", "en"] = [
    "Training account: username training03, password {secret}",
    "GB|Hi all, the meeting-room wifi password is {secret}",
    "US|lol who put `STRIPE_KEY={secret}` in the readme",
    "oops wrong channel, that was my password {secret} - pls delete",
    "here's the guest wifi password: {secret} (don't share pls)",
    "Test environment\nUser: admin\nPassword: {secret}",
    "US|the deploy keeps failing, I put the token {secret} in the env file - can u check?",
    "export OPENAI_API_KEY={secret}",
    "Ticket {ticket}: customer accidentally pasted their password in chat: {secret}",
    "GB|Hi {first}, your temporary password is {secret}. Please change it at first login.",
    'api_key: "{secret}"',
    "DATABASE_URL=postgres://app:{secret}@db.internal:5432/crm",
]

PII["health", "de"] = [
    "Arbeitsplatzanpassung für {name}: wegen {dx} wird ein höhenverstellbarer Tisch bestellt.",
    "CH|Grüezi, {sal} {last} ist nach der Behandlung ({dx}) ab {date} wieder zu 50 % arbeitsfähig.",
    "hey, {first_lc} ist {cond} – bitte noch nich rumerzählen!!",
    "{krankenstandmeldung} an die Personalabteilung: {name} fällt wegen {dx} voraussichtlich zwei Wochen aus.",
    "{sal} {last} ist seit {weekday} {sick}, die {au} liegt vor.",
    "{sicknote}: {name}, {sick} bis einschließlich {date}.",
    "hey, {first_lc} ist wieder {sick}, diesmal {dx} – kannst du die termine übernehmen?",
    "Vertraulich an HR: {name} hat uns informiert, dass {pron} {cond} ist. Bitte Arbeitsplatz prüfen.",
    "AT|{dear_at} {last},\nwir wünschen gute Besserung nach Ihrer {operation} wegen {dx}.\nMit freundlichen Grüßen",
    "AT|Servus, die {first} ist {krankenstand} wegen {dx}, kommt frühestens nächste Woche.",
    "CH|Grüezi, {sal} {last} ist bis {date} {sick}. Freundliche Grüsse",
    "Terminerinnerung: {sal} {name}, Ihr Termin in der {clinic_de} ({dx}, Kontrolle) ist am {date} um {time} Uhr.",
    "BEM-Gespräch mit {name} am {date}: Rückkehr nach {dx}, stufenweise Wiedereingliederung.",
    "Info fürs Team: {first} ist {cond}, deshalb keine Dienstreisen bis auf Weiteres.",
]

PII["health", "en"] = [
    "Workstation assessment for {name}: needs a sit-stand desk because of {dx_en}.",
    "US|heads up {first} is {cond_en}, pls don't tell anyone yet",
    "Absence log\nName: {name}\nReason: {dx_en}\nDays: 5",
    "GB|Dear {sal} {last},\nFollowing your {fitnote} for {dx_en}, we have arranged a phased return.\nKind regards",
    "{sal} {last} has been {sick_en} since {weekday_en}, {fitnote} received.",
    "Sickness absence: {name}, {sick_en} until {date_en}.",
    "ugh {first_lc} is {sick_en} again, {dx_en} this time - can someone cover the 2pm?",
    "Confidential to HR: {name} told us {pron_en} is {cond_en}. Please arrange an assessment.",
    "GB|Dear {sal} {last},\nWe hope you are recovering well after your treatment for {dx_en}.\nKind regards",
    "US|fyi {first} is {sick_en} today - {dx_en} flare-up. I'll take the client call",
    "Appointment reminder: {name}, your follow-up for {dx_en} at {clinic} is on {date_en} at {time}.",
    "Return-to-work meeting with {name} on {date_en}: phased return after {dx_en}.",
    "Team update: {first} is {cond_en}, so no travel for now.",
    "Occupational health referral\nEmployee: {name}\nReason: {dx_en}",
]

# --- frames around a text with personal data (other people, other labels) -----------------------------------------

FRAMES: dict[str, list[str]] = {
    "de": [
        "-----Ursprüngliche Nachricht-----\nVon: {name9} <{email9}>\nGesendet: {weekday}, {date} {time}\n"
        "Betreff: WG: {subject}\n\n{body}",
        "{body}\n\n{bye}\n{name9}\n{role} | {company}\nTel. {phone9}",
        "Ticket #{ticket} | Priorität: {prio}\nBearbeiter: {name9}\n---\n{body}",
        "{body}\n\n--\n{name9}\n{company}\nMobil: {phone9}",
        "> {body}\n\nAm {date} um {time} schrieb {name9} <{email9}>:",
    ],
    "en": [
        "---------- Forwarded message ---------\nFrom: {name9} <{email9}>\nDate: {weekday_en}, {date_en}\n"
        "Subject: Fwd: {subject_en}\n\n{body}",
        "{body}\n\n{bye_en}\n{name9}\n{role_en} | {company}\nM: {phone9}",
        "Ticket #{ticket} | Priority: {prio_en}\nAssignee: {name9}\n---\n{body}",
        "{body}\n\n--\n{name9}\n{company}",
        "> {body}\n\nOn {weekday_en}, {date_en} at {time}, {name9} <{email9}> wrote:",
    ],
}

CLEAN_FRAMES: dict[str, list[str]] = {
    "de": [
        "-----Ursprüngliche Nachricht-----\nVon: Team {dept}\nGesendet: {weekday}, {date} {time}\n"
        "Betreff: WG: {subject}\n\n{body}",
        "{body}\n\n{bye}\nIhr Team {dept}\n{company}\nZentrale: {switchboard}",
        "Ticket #{ticket} | Priorität: {prio}\nKategorie: {dept}\n---\n{body}",
        "{body}\n\n--\n{company} · Servicehotline {hotline} · {ustid}",
    ],
    "en": [
        "---------- Forwarded message ---------\nFrom: {dept_en} team\nDate: {weekday_en}, {date_en}\nSubject: Fwd: "
        "{subject_en}\n\n{body}",
        "{body}\n\n{bye_en}\nThe {dept_en} team\n{company}\nSwitchboard: {switchboard}",
        "Ticket #{ticket} | Priority: {prio_en}\nQueue: {dept_en}\n---\n{body}",
        "{body}\n\n--\n{company} | customer service {hotline}",
    ],
}

# --- clean business texts, full of look-alikes ---------------------------------------------------------------------

CLEAN: dict[str, list[str]] = {
    "de": [
        "Bei Krankheit bitte bis 9 Uhr die Teamleitung informieren; die AU muss ab dem vierten Tag vorliegen.",
        "Die Schulung „Datenschutz kompakt“ findet am {bracket_date} statt, Anmeldung über das Intranet.",
        "Neue Ticketnummern beginnen ab {month} mit {ticket}; alte Tickets bleiben erreichbar.",
        "Passwortrichtlinie: mindestens 12 Zeichen, das Feld password_confirm muss übereinstimmen.",
        "AT|Grüß Gott, unsere Servicehotline {hotline} ist Montag bis "
        "Freitag erreichbar. Freundliche Grüße, Ihr Kundenservice",
        "CH|Merci vielmal für die Bestellung {order}. Die Lieferung erfolgt ab Lager Frauenfeld in 3–5 Arbeitstagen.",
        "Bitte Rechnungen nur noch als PDF an die Buchhaltung; die Bestellnummer ({order}) steht oben rechts.",
        "Das ist mein Ernst: die Abrechnung für {month} muss bis Freitag raus.",
        "Im Ernst, wer hat den Kühlschrank im 3. OG so hinterlassen?",
        "Nach dem Serverausfall war das Ops-Team schnell wieder Herr der Lage.",
        "frank und frei gesagt: das neue ticketsystem ist langsamer als das alte",
        "Bei Fragen zur Rechnung erreichen Sie unsere kostenlose Hotline unter {hotline} (Mo–Fr 8–18 Uhr).",
        "Zentrale: {switchboard} – bitte verlangen Sie die Abteilung {dept}.",
        "Die Servicenummer {hotline} ist am Feiertag {bracket_date} nicht besetzt.",
        "Bestellung {order} vom {bracket_date} ist unterwegs, Sendungsnummer {tracking}.",
        "Art.-Nr. {article}, EAN {ean}, Menge 12, Einzelpreis {amount}",
        "Produktcode {pcode} ersetzt ab {month} den alten Code {pcode2}.",
        "Im Formular heißt das Feld `{varname}`; es bleibt leer, bis der Nutzer es ausfüllt.",
        "Die Variable {varname} wird aus der Umgebung gelesen, der Wert steht im Tresor, nicht im Repo.",
        "Passwort: ******** (siehe Passwortmanager, Eintrag „{dept}-Testsystem“)",
        "Ticket {ticket}: Drucker im Raum {room} zieht kein Papier ein. Status: in Bearbeitung.",
        "Protokoll Jour fixe {bracket_date}\nTeilnehmende: Leitung {dept}, Controlling, IT-Support, Betriebsrat\n"
        "TOP 1: Budget {year} – Freigabe bis {month}.",
        "Artikel;Bezeichnung;Preis\n{article};Toner schwarz;{amount}\n{article2};Papier A4, 500 Blatt;{amount2}",
        "Rechnung {order}\n{company}\nUSt-IdNr. {ustid}\nNetto {amount}, zzgl. 19 % USt.\nZahlbar innerhalb 14 Tagen.",
        "Unsere Filiale in {city} ist vom {bracket_date} bis {bracket_date2} wegen Inventur geschlossen.",
        "Der Standort {city} zieht in die {street_only} um; Details folgen.",
        "Krankmeldungen sind ab dem dritten Tag mit AU-Bescheinigung vorzulegen (Betriebsvereinbarung {year}).",
        "Die Grippeimpfung durch den Betriebsarzt findet am {bracket_date} im Raum {room} statt.",
        "Die Praxis ist zwischen den Jahren geschlossen. Ärztlicher Bereitschaftsdienst: 116 117.",
        "Stellenanzeige: Wir suchen eine Sachbearbeitung Buchhaltung (m/w/d) in {city}. Bewerbung bis {bracket_date}.",
        "hey team, die zentrale ist heute nur bis 15 uhr besetzt, danach bitte {hotline}",
        "Der Koch der Kantine empfiehlt heute Linsensuppe, dazu Rosenkohl.",
        "Die Rose am Empfang braucht Wasser, und der Winter steht vor der Tür.",
        "{company} liefert ab {month} die Bürostühle, Ansprechpartner ist der Einkauf.",
        "Der Wolf im Märchen, die Mark Brandenburg und der Graf von Monte Christo: unser Quiz für die Weihnachtsfeier.",
        "AT|Servus miteinand, die Heizung im 2. Stock ist im Jänner wieder repariert. Schönes Wochenende!",
        "AT|Sehr geehrte Damen und Herren,\nbitte beachten Sie die neuen Öffnungszeiten ab {month}.\n"
        "Mit freundlichen Grüßen\nIhr Kundenservice",
        "CH|Grüezi mitenand\nDie Offerte {order} ist bis {bracket_date} gültig.\nFreundliche Grüsse\nVerkauf",
        "CH|Die Hotline {hotline} ist über Auffahrt {bracket_date} nicht bedient.",
        "Version {version} behebt den Fehler im Feld password_field (leere Eingabe wurde nicht abgewiesen).",
        'Konfiguration: API_KEY_NAME="OPENAI_API_KEY" – der Schlüssel selbst kommt aus dem Secret-Store.',
        "Kostenstelle {costcenter}, Projekt {project}, Budget {amount}",
        "Die Vorlage „Brief_{year}_v{version}.docx“ liegt im Teamordner.",
        "IBAN-Feld im Formular: bitte nur Großbuchstaben und Ziffern, z. B. Format DE + 20 Ziffern.",
        "Kartenzahlung ist ab {amount} möglich, Visa und Mastercard werden akzeptiert.",
        "Der Postfach-Server wird am {bracket_date} zwischen 22 und 23 Uhr neu gestartet.",
        "Die Fahrt zum Messestand in {city} dauert ca. 3 Stunden, Treffpunkt Hauptbahnhof, Gleis 7.",
    ],
    "en": [
        "Sick leave policy: tell your line manager before 9am; a fit note is needed after 7 days.",
        "Data protection training on {bracket_date}; sign up on the intranet.",
        "Password policy: at least 12 characters; password_confirm must match.",
        "GB|Thank you for your order {order}. It will be dispatched from our Daventry warehouse within 3 working days.",
        "US|reminder: all hands friday 2pm in the big room, pizza after 🍕",
        "Bill run for {month_en} starts on {bracket_date}; credit notes go out the week after.",
        "Will you send the deck before the 3pm review?",
        "Mark the invoice {order} as paid once the transfer clears.",
        "The grant application for the {city_en} site is due on {bracket_date}.",
        "Prices rose by 3% in Q{quarter}, mostly freight.",
        "To be frank, the new ticketing tool is slower than the old one.",
        "For billing questions call our free helpline on {hotline} (Mon-Fri 8am-6pm).",
        "Switchboard: {switchboard} - ask for {dept_en}.",
        "Our customer service line {hotline} is closed on the bank holiday {bracket_date}.",
        "Order {order} {bracket_date} has shipped, tracking {tracking}.",
        "SKU {article}, EAN {ean}, qty 12, unit price {amount}",
        "Product code {pcode} replaces {pcode2} from {month_en}.",
        "The form field `{varname}` stays empty until the user fills it in.",
        "{varname} is read from the environment; the value lives in the vault, never in the repo.",
        "Password: ******** (see the password manager, entry '{dept_en} staging')",
        "Ticket {ticket}: printer in room {room} won't feed paper. Status: in progress.",
        "Minutes - weekly sync {bracket_date}\nAttendees: Head of {dept_en}, Finance, IT support, Facilities\n"
        "1. Budget {year}: sign-off by {month_en}.",
        "sku,description,price\n{article},Black toner,{amount}\n{article2},A4 paper 500 sheets,{amount2}",
        "Invoice {order}\n{company}\nVAT reg. {vatno}\nNet {amount}, plus VAT.\nPayment due within 30 days.",
        "Our {city_en} branch is closed for stocktaking from {bracket_date} to {bracket_date2}.",
        "The {city_en} office is moving to a new building on {street_only_en}; details to follow.",
        "Sickness absence must be reported before 9am on the first day (policy {year}).",
        "Flu jabs for staff will be offered on {bracket_date} in room {room}.",
        "The surgery is closed on public holidays. For urgent medical help call NHS 111.",
        "Job ad: we are hiring an accounts assistant in {city_en}. Apply by {bracket_date}.",
        "US|hey @channel the front desk closes at 3 today, after that use the toll-free line {hotline}",
        "The rose garden outside reception needs watering, and winter is coming.",
        "{company} will supply the office chairs from {month_en}; contact procurement.",
        "Quiz night: the Rose Bowl, the Grant Park concerts and the Mark II prototype.",
        "GB|Dear Sir or Madam,\nPlease note our new opening hours from {month_en}.\n"
        "Yours faithfully\nCustomer Services",
        "GB|The switchboard on {switchboard} is staffed 9-5; out of hours call {hotline}.",
        "US|ok so the 1-800 number is on the website, no need to give out personal cells",
        "Version {version} fixes the bug in password_field (empty input was accepted).",
        'Config: API_KEY_NAME="OPENAI_API_KEY" - the key itself comes from the secret store.',
        "Cost centre {costcenter}, project {project}, budget {amount}",
        "The template 'Letter_{year}_v{version}.docx' is in the shared drive.",
        "IBAN field on the form: capitals and digits only, e.g. GB + 20 characters.",
        "We accept Visa and Mastercard for orders over {amount}.",
        "The mail server restarts on {bracket_date} between 10 and 11pm.",
        "Drive to the trade fair in {city_en} is about 3 hours; meet at the station, platform 7.",
        "Hope the new process works; Faith in the tooling is low after May's outage.",
    ],
}
