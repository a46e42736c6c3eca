"""The Promptathon: challenge packs, a timed team run, scoring, results files and the board (no UI)."""
