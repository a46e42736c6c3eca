"""The learner's progress store on SQLite; never imports textual or course."""
