"""Small, deterministic language tools shared by the composer and the rules scorer."""
