"""Hand-written name lists for pii6 (issue 14, seventh session): origins and word names that pii2..pii5 did not use.

Written from general knowledge by the pii6 helper; none of these lists was copied from Faker or from an older corpus.
Each first name carries True for a name mostly given to women, False otherwise (for Frau/Herr, Ms/Mr).
"""

from __future__ import annotations

WORLD_FIRST: list[tuple[str, bool]] = [
    # West African (Senegal, Mali, Guinea, Côte d'Ivoire, Cameroon)
    ("Mamadou", False), ("Aminata", True), ("Ousmane", False), ("Fatoumata", True), ("Cheikh", False),
    ("Awa", True), ("Moussa", False), ("Mariama", True), ("Souleymane", False), ("Ndeye", True),
    ("Boubacar", False), ("Kadiatou", True),
    # Ethiopian / Eritrean-Amharic
    ("Abebe", False), ("Tigist", True), ("Dawit", False), ("Meron", True), ("Yonas", False), ("Hirut", True),
    ("Bereket", False), ("Mekdes", True), ("Tewodros", False), ("Selamawit", True),
    # Maghreb
    ("Yassine", False), ("Imane", True), ("Soufiane", False), ("Latifa", True), ("Anouar", False),
    ("Zineb", True), ("Mehdi", False), ("Houda", True), ("Redouane", False),
    # Levantine
    ("Rami", False), ("Rania", True), ("Tarek", False), ("Nour", True), ("Ziad", False), ("Dima", True),
    ("Fadi", False), ("Maysa", True),
    # Georgian and Armenian
    ("Giorgi", False), ("Nino", True), ("Levan", False), ("Tamari", True), ("Irakli", False), ("Ketevan", True),
    ("Narek", False), ("Anahit", True), ("Tigran", False), ("Lusine", True), ("Hayk", False), ("Gayane", True),
    # Baltic and Finnish
    ("Rūta", True), ("Mindaugas", False), ("Ieva", True), ("Kristaps", False), ("Liene", True), ("Aivars", False),
    ("Eglė", True), ("Aino", True), ("Eero", False), ("Tuula", True), ("Juhani", False), ("Päivi", True),
    ("Ilkka", False), ("Satu", True), ("Veikko", False),
    # Basque and Catalan
    ("Iker", False), ("Ainhoa", True), ("Jordi", False), ("Montserrat", True), ("Xabier", False), ("Nerea", True),
    ("Oriol", False), ("Maialen", True), ("Arnau", False), ("Núria", True),
    # Hebrew / Jewish
    ("Noa", True), ("Eitan", False), ("Shira", True), ("Avraham", False), ("Yael", True), ("Uriel", False),
    ("Tova", True), ("Menachem", False),
    # Bengali, Tamil, Nepali
    ("Sourav", False), ("Nusrat", True), ("Tanvir", False), ("Mitali", True), ("Arnab", False), ("Rupa", True),
    ("Senthil", False), ("Kavitha", True), ("Murugan", False), ("Thulasi", True), ("Vignesh", False),
    ("Bikash", False), ("Sushila", True), ("Roshan", False), ("Sabina", True), ("Pemba", False),
    # Indonesian / Malay
    ("Budi", False), ("Siti", True), ("Agus", False), ("Dewi", True), ("Wayan", False), ("Putri", True),
    ("Hafiz", False), ("Nurul", True),
    # Mongolian
    ("Temuulen", False), ("Oyuunaa", True), ("Ganbold", False), ("Saruul", True), ("Enkhjargal", True),
    # Pacific
    ("Sione", False), ("Mele", True), ("Tavita", False), ("Losana", True), ("Manaia", False), ("Kalani", True),
    ("Tevita", False),
    # Latin American
    ("Ximena", True), ("Joaquín", False), ("Guadalupe", True), ("Esteban", False), ("Itzel", True),
    ("Rigoberto", False), ("Yesenia", True), ("Wilmer", False),
    # Caribbean
    ("Shanice", True), ("Delroy", False), ("Tamika", True), ("Winston", False), ("Keisha", True),
    ("Jermaine", False), ("Marcia", True),
    # old-fashioned German and English
    ("Hildegard", True), ("Wilhelm", False), ("Gertrud", True), ("Eberhard", False), ("Irmgard", True),
    ("Gottfried", False), ("Elfriede", True), ("Siegfried", False), ("Adelheid", True), ("Mildred", True),
    ("Cyril", False), ("Ethel", True), ("Reginald", False), ("Doris", True), ("Percival", False), ("Agnes", True),
    ("Bertram", False),
    # modern and trendy
    ("Juna", True), ("Malo", False), ("Nova", True), ("Bodhi", False), ("Everly", True), ("Kairo", False),
    ("Ylvi", True), ("Lio", False), ("Maverick", False), ("Zuri", True),
]  # fmt: skip

SHORT_FIRST: list[tuple[str, bool]] = [
    ("Uschi", True), ("Wolle", False), ("Mausi", True), ("Kalle", False), ("Gabi", True), ("Hansi", False),
    ("Sepp", False), ("Resi", True), ("Ferdl", False), ("Röschen", True), ("Bea", True), ("Nicki", True),
    ("Tommy", False), ("Debs", True), ("Gaz", False), ("Baz", False), ("Shaz", True), ("Mo", False),
    ("Kenny", False), ("Abi", True),
]  # fmt: skip

# first names that are also words: the look-alikes ("the ivy on the wall", "Iris-Scanner", "Bernstein/amber")
WORD_FIRST: list[tuple[str, bool]] = [
    ("Ivy", True), ("Holly", True), ("Heather", True), ("Iris", True), ("Jasmin", True), ("Amber", True),
    ("Kai", False), ("Pearl", True), ("Robin", False), ("Ruby", True), ("Hazel", True), ("Olive", True),
    ("Violet", True), ("Chase", False), ("Hunter", False), ("Rosa", True), ("Erika", True), ("Linde", True),
]  # fmt: skip

WORLD_LAST: list[str] = [
    "Diallo", "Traoré", "Ndiaye", "Koné", "Camara", "Diop", "Mbaye", "Sissoko",
    "Tesfaye", "Bekele", "Gebremedhin", "Alemu", "Woldemariam",
    "Benali", "Bouazza", "El Idrissi", "Mansouri", "Benjelloun", "Zerrouki", "Ben Youssef",
    "Khoury", "Nassar", "Haddad", "Saliba", "Abboud", "Abu Saleh",
    "Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Petrosyan", "Hakobyan", "Sargsyan", "Avetisyan",
    "Kazlauskas", "Ozoliņš", "Bērziņš", "Petrauskienė", "Tamm", "Virtanen", "Korhonen", "Mäkinen", "Heikkilä",
    "Etxeberria", "Goikoetxea", "Puig", "Vilanova", "Arrizabalaga", "Casals",
    "Rosenzweig", "Birnbaum", "Mandelbaum", "Friedländer", "Ben-David",
    "Chowdhury", "Banerjee", "Bhattacharya", "Hossain", "Subramaniam", "Ramasamy", "Venkatesan", "Arumugam",
    "Gurung", "Thapa", "Shrestha", "Tamang", "Wijaya", "Santoso", "Kusuma", "Setiawan",
    "Batbayar", "Ganbaatar", "Tuilagi", "Fifita", "Vainikolo", "Aumua",
    "Quispe", "Mamani", "Villalobos", "Cárdenas", "Zúñiga", "Sepúlveda",
    "McKenzie-Brown", "Okonjo-Baptiste",
    "ter Horst", "van Rooyen", "de la Fuente", "del Río", "von Lilienfeld", "zu Ellingen", "D'Souza", "di Marco",
    "ap Rhys", "Pfefferkorn", "Hinterhuber", "Gottschalk", "Ostermeier", "Leberecht", "Bracegirdle", "Featherstonehaugh",
]  # fmt: skip

# surnames that are also words (Stein, Roth, Hill, Moon): look-alikes in clean texts
WORD_LAST: list[str] = [
    "Stein", "Roth", "Lamm", "Specht", "Hirsch", "Mohn", "Sauer", "Keller",
    "Hill", "Marsh", "Moon", "Swift", "Little", "Noble", "Cook", "Best",
]  # fmt: skip
