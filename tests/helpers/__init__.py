"""Shared test helpers (tests/ is on sys.path): `from helpers.app import make_app`, `from helpers.team import GOOD`."""
