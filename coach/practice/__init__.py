"""Practice mode: scenarios, the partner's voice, sessions and progress."""
