"""Guidance cards, their chromadb index, and the user's own ingested documents."""
