"""xAPI 1.0.3 learning records: building statements from the store and sending them to an LRS."""
