"""genai-course: a terminal course that closes the GenAI gap through practice."""

__version__ = "0.1.0"
