"""Prefect flows that run voc: orchestration only; the work is in voc."""
