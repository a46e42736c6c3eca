"""The model layer's words in German and English; `msg(lang, key, **values)` looks them up."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "de": {
        "no_llm": "Das Paket `llm` ist nicht installiert: `pip install llm`.",
        "no_model": "Kein Modell gewählt: wähle eins in den Einstellungen.",
        "needs_key": "Kein API-Schlüssel für {model}: setze einen mit `llm keys set {alias}`{env}.",
        "needs_key_env": " oder über die Umgebungsvariable {var}",
        "unknown_model": "Unbekanntes Modell „{model}“: wähle ein anderes (`llm models` zeigt alle).",
        "timeout": "{model} hat nach {seconds} s nicht geantwortet – versuch es noch einmal oder wähle ein anderes Modell.",
        "network": "{model} ist nicht erreichbar (Netzwerk): {detail}",
        "auth": "{model} hat den API-Schlüssel abgelehnt: {detail}",
        "rate_limit": "{model} meldet zu viele Anfragen oder kein Guthaben: {detail}",
        "failed": "{model} ist fehlgeschlagen: {detail}",
        "empty_prompt": "Der Prompt ist leer – schreib erst etwas.",
        "cancelled": "Abgebrochen.",
        "guard.blocked": "Nicht gesendet: persönliche Daten für ein externes Modell – {where}. Entferne sie oder wähle ein lokales Modell.",
        "guard.local": "Lokales Modell: dein Text bleibt auf diesem Rechner.",
        "guard.local_red": "Lokales Modell: dein Text bleibt auf diesem Rechner (gefunden: {where}).",
        "guard.yellow": "Bitte prüfen, bevor du sendest: {where}.",
        "guard.remote": "Externes Modell: dein Text verlässt diesen Rechner.",
        "guard.line": "{what} (Zeile {line})",
        "judge.no_model": "Kein Modell gewählt – die KI-Bewertung ist nicht gelaufen.",
        "judge.no_verdict": "Der Prüfer (Modell) hat kein klares Urteil abgegeben – zählt als nicht bestanden.",
        "judge.error": "Die KI-Bewertung ist nicht gelaufen: {error}",
        "judge.pass": "Der Prüfer (Modell) sagt: erfüllt – „{criterion}“{score}",
        "judge.fail": "Der Prüfer (Modell) sagt: nicht erfüllt – „{criterion}“{score}",
        "judge.low_score": "Der Prüfer (Modell) sagt: erfüllt, aber Wert {score} unter der Schwelle {threshold} – „{criterion}“",
        "judge.score": " (Wert {score})",
        "label.demo": "Mini-Demomodell, offline",
        "label.local": "lokal",
        "label.remote": "extern",
        "label.default": "Standard",
        "label.no_key": "Schlüssel fehlt",
    },
    "en": {
        "no_llm": "The `llm` package is not installed: `pip install llm`.",
        "no_model": "No model chosen: pick one in the settings.",
        "needs_key": "No API key for {model}: set one with `llm keys set {alias}`{env}.",
        "needs_key_env": " or the {var} environment variable",
        "unknown_model": "Unknown model '{model}': choose another one (`llm models` lists them).",
        "timeout": "No answer from {model} within {seconds} s – try again or choose another model.",
        "network": "Cannot reach {model} (network): {detail}",
        "auth": "{model} refused the API key: {detail}",
        "rate_limit": "{model} reports too many requests or no credit: {detail}",
        "failed": "{model} failed: {detail}",
        "empty_prompt": "The prompt is empty – write something first.",
        "cancelled": "Cancelled.",
        "guard.blocked": "Not sent: personal data for a remote model – {where}. Remove it or choose a local model.",
        "guard.local": "Local model: your text stays on this machine.",
        "guard.local_red": "Local model: your text stays on this machine (found: {where}).",
        "guard.yellow": "Please check before sending: {where}.",
        "guard.remote": "Remote model: your text leaves this machine.",
        "guard.line": "{what} (line {line})",
        "judge.no_model": "No model chosen – the AI judge did not run.",
        "judge.no_verdict": "The judge (model) gave no clear verdict – counts as not passed.",
        "judge.error": "The AI judge did not run: {error}",
        "judge.pass": "The judge (model) says: met – '{criterion}'{score}",
        "judge.fail": "The judge (model) says: not met – '{criterion}'{score}",
        "judge.low_score": "The judge (model) says: met, but score {score} is below the threshold {threshold} – '{criterion}'",
        "judge.score": " (score {score})",
        "label.demo": "tiny demo model, offline",
        "label.local": "local",
        "label.remote": "remote",
        "label.default": "default",
        "label.no_key": "key missing",
    },
}


def msg(lang: str, key: str, /, **values: object) -> str:
    """The text for `key` in `lang` (English, then the key itself, as fallback)."""
    table = MESSAGES.get(lang, MESSAGES["en"])
    text = table.get(key) or MESSAGES["en"].get(key) or key
    return text.format(**values) if values else text


def one_line(text: object, limit: int = 200) -> str:
    """Collapse whitespace to single spaces and cut to `limit` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
