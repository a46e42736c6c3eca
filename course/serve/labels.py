"""The words of the served course (PIN screen, server lines, board page) in German and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "intro": "Dein Fortschritt liegt auf dem Kursserver. Ein Spitzname genügt; die PIN schützt dein Profil.",
        "pin": "PIN (4 bis 12 Ziffern, nur du kennst sie)",
        "pin.need": "Bitte wähle eine PIN aus 4 bis 12 Ziffern.",
        "pin.title": "PIN für {name}",
        "pin.open": "Öffnen",
        "pin.cancel": "Abbrechen",
        "pin.wrong": "Falsche PIN. Noch {n} Versuch(e), dann ist das Profil eine Minute gesperrt.",
        "pin.locked": "Zu viele falsche PINs: Das Profil ist noch {n} s gesperrt.",
        "pin.none": "Dieses Profil hat keine PIN und lässt sich im Browser nicht öffnen.",
        "served": "genai-course läuft auf {url} – im Browser öffnen. Strg+C beendet den Server.",
        "served_network": "Im Netzwerk: http://{name}:{port} (oder die IP-Adresse dieses Rechners).",
        "served_board": "Das Promptathon-Board: {url}/board (neu laden zum Aktualisieren).",
        "network": "Achtung: Der Kurs ist jetzt im Netzwerk erreichbar ({host}:{port}) – jede:r, die/der diesen Rechner erreicht, kann ihn öffnen; Profile schützt nur ihre PIN.",
        "network_promptathon": "Achtung: Der Promptathon ist jetzt im Netzwerk erreichbar ({host}:{port}) – jede:r, die/der diesen Rechner erreicht, kann als Team mitmachen und das Board sehen.",
        "port_busy": "Kann nicht auf {host}:{port} starten: {why}",
        "board.empty": "Noch keine Ergebnisse. Die Teams erscheinen hier, sobald sie eine Challenge einreichen.",
    },
    "en": {
        "intro": "Your progress is kept on the course server. A nickname is fine; the PIN protects your profile.",
        "pin": "PIN (4 to 12 digits, only you know it)",
        "pin.need": "Please choose a PIN of 4 to 12 digits.",
        "pin.title": "PIN for {name}",
        "pin.open": "Open",
        "pin.cancel": "Cancel",
        "pin.wrong": "Wrong PIN. {n} more tries, then the profile is locked for a minute.",
        "pin.locked": "Too many wrong PINs: the profile is locked for another {n} s.",
        "pin.none": "This profile has no PIN and cannot be opened in the browser.",
        "served": "genai-course is served on {url} – open it in a browser. Ctrl+C stops the server.",
        "served_network": "On the network: http://{name}:{port} (or this computer's IP address).",
        "served_board": "The Promptathon board: {url}/board (reload to refresh).",
        "network": "Warning: the course is now reachable on the network ({host}:{port}) – anyone who can reach this computer can open it; only their PIN protects profiles.",
        "network_promptathon": "Warning: the Promptathon is now reachable on the network ({host}:{port}) – anyone who can reach this computer can join as a team and see the board.",
        "port_busy": "Cannot start on {host}:{port}: {why}",
        "board.empty": "No results yet. Teams appear here as soon as they submit a challenge.",
    },
}


def label(lang: str, key: str, **values: object) -> str:
    """A served-mode text in `lang` (English when unknown)."""
    table = LABELS.get(lang, LABELS["en"])
    return table.get(key, LABELS["en"][key]).format(**values)
