"""Adapters to other frameworks' workers (each imports its framework only when used)."""
