"""Generators of reflect-backs: the embedded composer and LLMs through litellm."""
