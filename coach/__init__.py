"""A reflective-listening coach for couples."""

__version__ = "0.1.0"
