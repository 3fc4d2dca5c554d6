"""Scorers: how well a reply listens, per Rosenthal element, and which horsemen it shows."""
