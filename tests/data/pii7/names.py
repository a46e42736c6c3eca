"""pii7's own hand-written names (issue 14, eighth session): origins and word names pii5 and pii6 did not use.

(name, female) pairs for first names; surnames as strings. Roots: Congolese, Rwandan, Ugandan, Zimbabwean (Shona),
Zulu/Xhosa, Malagasy, Cape Verdean/Angolan, Sámi, Icelandic, Faroese, Frisian, Sorbian, Romani, Sardinian, Maltese,
Luxembourgish, Romansh/Ladin, Slovak, Slovenian, Bulgarian, Macedonian, Welsh, Scottish Gaelic, Cornish, Breton,
Maori, Native American, Quebecois, Uzbek, Kazakh, Tajik, Afghan (Pashto/Dari), Burmese, Khmer, Lao, Hmong, Tibetan,
Jamaican, and old-fashioned and modern German and English names.
"""

from __future__ import annotations


def _pairs(female: str, male: str) -> list[tuple[str, bool]]:
    return [(n, True) for n in female.split()] + [(n, False) for n in male.split()]


WORLD_FIRST: list[tuple[str, bool]] = _pairs(
    # women
    "Mbali Nokuthula Thandeka Zanele Lindiwe Ayanda Nomvula Rudo Tendai Chipo Nyasha Fadzai Mukamana Uwase Ineza "
    "Nakato Achieng Kirabo Voahangy Hanitra Fanja Djeneba Lueji Kiala Mwamba Elin Máret Ánne Sunna Guðrún Sigrún "
    "Hrefna Bryndís Ragnheiður Turið Rannvá Sólja Tjalda Eelke Wiebke Hiske Swaantje Hanźa Hanka Mónika Lilla "
    "Zuzana Ľubica Tjaša Špela Urška Nevena Boyana Yordanka Biljana Efrosina Ilenia Bonaria Giuannica Marija Pawlina "
    "Rita-Marie Fernande Ghislaine Solange Rhiannon Ffion Eluned Catrin Seren Morwenna Demelza Ealasaid Mòrag "
    "Catrìona Aroha Mereana Ngaio Wikitoria Winona Takoda Aiyana Dilnoza Gulnara Aigerim Madina Zarina Mursal "
    "Palwasha Nilofar Thiri Ei Sopheap Sreyneang Bouasone Pa Pema Dolkar Sharelle Shaneika Latoya Hedwig Irmtraud "
    "Waltraud Walburga Liselotte Ottilie Luzie Malu Smilla Thea-Sophie Nele Wilma",
    # men
    "Sipho Themba Bongani Lwazi Sizwe Tafadzwa Tinashe Farai Kudzai Mugisha Kato Okello Rivo Andry Tiago-Djalma "
    "Dário Nkosi Jóhannes Þórir Hrafn Sigurður Eyvindur Rógvi Sjúrður Bárður Jaap Sietse Tjeerd Hajo Měrćin Jurij Béla "
    "Miroslav Ľuboš Matej Rok Žiga Boyko Stoyan Goce Zoran Efisio Gavino Salvatore Mikiel Ġużeppi Gilles Romain "
    "Duri Gion Ladina-Men Rhodri Emyr Iolo Gwilym Tomos Peder Tristan-Loïc Ruairidh Calum Hamish Tamati Wiremu "
    "Rawiri Tane Dakota Chayton Elan Jean-Guy Réjean Gaétan Timur Bakhtiyar Nurlan Yerlan Farrukh Rustam Ahmadshah "
    "Mirwais Zalmai Habibullah Aung Kyaw Thura Sokha Vannak Khamphone Souksavanh Tou Vang Tenzin Dorje Lobsang "
    "Errol Desmond Leroy Everton Ewald Gotthold Reinhold Wigbert Friedhelm Kunibert Lasse Mats Fiete Jaron",
)
"""First names of the origins above (the module docstring), about two-thirds from the world and the rest German or
English, old-fashioned and modern."""

SHORT_FIRST: list[tuple[str, bool]] = _pairs(
    "Bine Moni Babsi Hanni Lotti Mandy Trudi Nessa Trish Gill Bev Kez Viv",
    "Hias Jockl Wastl Schorsch Ede Kalli Hotte Rab Jock Taff Stu Bazza Dazza Gazza Gustl",
)
"""Short forms and nicknames: Bavarian (Wastl, Schorsch), Berlin (Ede, Hotte), Saxon (Mandy), Scottish (Rab, Jock),
Welsh (Taff) and Australian (Bazza, Dazza) ones."""

WORD_FIRST: list[tuple[str, bool]] = _pairs(
    "Grace Autumn Sky Sunny Patience Mercy Melody Daisy Heide Traute Sandy",
    "Bill Jack Storm River Dusty Drew",
)
"""First names that are also words ("the bill", "a car jack", "grace period", "Heide", "traute Zweisamkeit")."""

WORLD_LAST: list[str] = [
    "Mokoena",
    "Dlamini",
    "Khumalo",
    "Ndlovu",
    "Mahlangu",
    "Zulu-Mthembu",
    "Chigumba",
    "Moyo-Sibanda",
    "Mutasa",
    "Nsengiyimana",
    "Uwimana",
    "Kalonji",
    "Lukaku-Mbala",
    "Tshibangu",
    "Mukendi",
    "Okot",
    "Ssempala",
    "Rakotomalala",
    "Andrianarivo",
    "Tavares da Graça",
    "Monteiro-Lopes",
    "Gaup",
    "Sara-Eira",
    "Magga",
    "Jónsdóttir",
    "Sigurðsson",
    "Þorvaldsdóttir",
    "Hansen á Ryggi",
    "Joensen í Dali",
    "Poulsen við Á",
    "Hoekstra",
    "Wijnstra",
    "de Boer-Dijkstra",
    "Feddersen",
    "Boysen",
    "Nommensen",
    "Krawc",
    "Šołta",
    "Wjelan",
    "Nowak-Krawc",
    "Reinhardt-Lagrene",
    "Franz-Weiß",
    "Lafertin",
    "Pisu",
    "Murgia",
    "Sanna",
    "Melis",
    "Deiana",
    "Camilleri",
    "Borg",
    "Vella",
    "Zammit",
    "Schmit",
    "Wagner-Reuter",
    "Kieffer",
    "Caviezel",
    "Cadonau",
    "Pitschen",
    "Kováčová",
    "Horváthová",
    "Dvořák-Szabó",
    "Novak",
    "Kranjc",
    "Zupančič",
    "Vidmar",
    "Petrova",
    "Dimitrova",
    "Georgiev",
    "Trajkovski",
    "Stojanovska",
    "ap Gwilym",
    "ab Owain",
    "Pritchard",
    "Gruffydd",
    "Llewellyn-Rees",
    "MacLeòid",
    "NicDhòmhnaill",
    "MacAulay",
    "Pengelly",
    "Trevithick",
    "Le Gall",
    "Kerjean",
    "Te Whare",
    "Ngata",
    "Paraone",
    "Whitehorse",
    "Two Bears",
    "Running Deer",
    "Tremblay",
    "Gagnon",
    "Bouchard-Côté",
    "Lévesque",
    "Ouellet",
    "Karimova",
    "Nazarbayeva",
    "Serikbayev",
    "Rakhimov",
    "Yusupova",
    "Stanekzai",
    "Popalzai",
    "Wardak",
    "Hotak",
    "Nazari",
    "Thein",
    "Htun",
    "Win-Myint",
    "Chhim",
    "Sokhom",
    "Phommachanh",
    "Vongsa",
    "Xiong",
    "Yang-Lor",
    "Tsering",
    "Lhamo",
    "Gyatso",
    "McFarlane-Brown",
    "Grant-Mullings",
    "Campbell-Lindo",
    "Braithwaite",
    "Oeltjen",
    "Brinkhaus",
    "von Trotha",
    "Edle von Fels",
    "Rübsamen",
    "Quandt-Heider",
    "Iwersen",
    "Piepenbrink",
    "Ottmüller",
]  # fmt: skip
"""Surnames of the same roots: particles (á, í, við, ap, ab, von, Edle von, Le), double-barrelled and diacritics."""

WORD_LAST: list[str] = (
    "Fink Adler Storch Kranich Busch Graf Kessel Schnee Rauch Fröhlich Field Wood Bell Hardy Rice Day".split()
)
"""Surnames that are also words ("der Fink", "Busch", "Schnee", "the field", "a bell", "rice")."""
