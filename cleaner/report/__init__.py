"""Showing what changed: every change drawn from the edits, labelled with its rule."""
