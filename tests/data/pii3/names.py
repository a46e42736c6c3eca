"""Internationally common first and last names in DACH, UK and US offices, written for pii3 from general knowledge
(not taken from Faker or any name list the scanner uses). Gender: f, m, or u (either)."""

from __future__ import annotations

_FIRST = """
Turkish: Mehmet m, Ayşe f, Emre m, Elif f, Zeynep f, Mustafa m, Burak m, Selin f, Hüseyin m, Fatma f, Cem m, Deniz u,
 Kerem m, Büşra f, Oğuz m, Gülsen f, Tuğba f, Serkan m, Hakan m, Esra f, Murat m, Merve f, Yusuf m, Ebru f
Arabic: Mohammed m, Ahmad m, Fatima f, Layla f, Omar m, Youssef m, Khalid m, Amira f, Rania f, Karim m, Samir m, Nour u,
 Hassan m, Mariam f, Tariq m, Salma f, Bilal m, Yasmin f, Hamza m, Aisha f, Mahmoud m, Dalia f, Rami m, Hiba f
Polish: Piotr m, Agnieszka f, Krzysztof m, Małgorzata f, Wojciech m, Katarzyna f, Grzegorz m, Magdalena f, Tomasz m,
 Joanna f, Łukasz m, Dorota f, Paweł m, Zofia f, Michał m, Beata f, Jarosław m, Ewelina f
Italian: Giuseppe m, Francesca f, Alessandro m, Chiara f, Matteo m, Giulia f, Lorenzo m, Federica f, Davide m,
 Alessia f, Salvatore m, Martina f, Vincenzo m, Rosaria f
Indian: Priya f, Rahul m, Ananya f, Arjun m, Deepika f, Vikram m, Sanjay m, Lakshmi f, Aditya m, Kavya f, Rohan m,
 Sunita f, Nikhil m, Pooja f, Ravi m, Meera f, Harpreet u, Gurpreet u, Anil m, Divya f
Vietnamese: Thanh u, Linh f, Minh u, Huong f, Tuan m, Trang f, Duc m, Mai f, Quang m, Thu f, Hoa f, Long m, Phuong f
Nigerian: Chinedu m, Ngozi f, Oluwaseun u, Adaeze f, Emeka m, Funmilayo f, Tunde m, Chiamaka f, Obinna m, Yetunde f,
 Ifeoma f, Babajide m, Kelechi u, Temitope u, Olumide m, Nneka f
Greek: Dimitrios m, Eleni f, Georgios m, Konstantina f, Nikolaos m, Vasiliki f, Panagiotis m, Despina f
Ukrainian and Russian: Olena f, Dmytro m, Svetlana f, Sergei m, Natalia f, Oleksandr m, Irina f, Andriy m, Yulia f,
 Mykola m, Tetiana f, Bohdan m
Balkan: Dragan m, Milica f, Jelena f, Nikola m, Ivana f, Goran m, Emina f, Senad m, Mirela f, Ljubica f, Edin m, Amela f
Spanish and Portuguese: Alejandro m, Lucía f, Joaquín m, Inês f, João m, Beatriz f, Rodrigo m, Gonçalo m, Ximena f,
 Guadalupe f, Santiago m
Chinese: Wei u, Jing f, Xiaoming m, Hui f, Xin u, Yan f, Jun m, Mei f, Haoran m
Persian and Afghan: Reza m, Shirin f, Dariush m, Parisa f, Navid m, Leila f, Arash m, Mina f, Farid m, Soraya f,
 Zahra f
Ghanaian and Kenyan: Kwame m, Abena f, Kofi m, Akosua f, Wanjiru f, Otieno m
Kurdish and Tamil: Rojda f, Berivan f, Dilan u, Karthik m, Tharani f, Suresh m
"""

_LAST = """
Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Al-Hassan Haddad Khalil Mansour El-Amrani Benali Nasser
Saleh Kowalski Nowak Wiśniewska Wójcik Lewandowski Zieliński Kamińska Szymański Rossi Russo Esposito Bianchi Romano
Colombo Ricci De~Luca Patel Sharma Gupta Iyer Reddy Nair Singh Krishnan Chatterjee Nguyen Tran Le Pham Hoang Vu Okafor
Adeyemi Okonkwo Balogun Eze Obi Nwosu Adebayo Papadopoulos Georgiou Kovalenko Shevchenko Ivanova Petrov Jovanović
Petrović Hodžić Kovačević García Fernández Silva Pereira Wang Zhang Chen Liu Hosseini Ahmadi Karimi Mensah Owusu
Kariuki Aslan Kurt Rahimi Mahmoud Iqbal Chaudhry Begum Ali Hussain
"""


def _parse_first() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in _FIRST.strip().splitlines():
        body = line.split(":", 1)[1] if ":" in line else line
        for item in body.split(","):
            item = item.strip()
            if item:
                name, gender = item.rsplit(" ", 1)
                out.append((name, gender))
    return out


INTERNATIONAL_FIRST: list[tuple[str, str]] = _parse_first()
INTERNATIONAL_LAST: list[str] = [n.replace("~", " ") for n in _LAST.split()]
