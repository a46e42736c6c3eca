"""Implementations of the command-line commands, imported only when called."""
