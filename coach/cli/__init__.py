"""The `coach` command line."""
