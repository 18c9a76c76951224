"""Answers from evaluated plans: the wording users see, and the coverage guard."""
