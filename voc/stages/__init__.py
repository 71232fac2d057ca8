"""Stages of the nightly run that read pending records from the store and write results back."""
