"""One module per pipeline stage; each exports ``detect`` and a ``STAGE`` (see base.py)."""
