"""The app's screens, one per file, each with its styles in a .tcss file of the same name."""
