"""The course in a browser (textual-serve): one app process per tab, PIN-protected profiles, the Promptathon board."""
