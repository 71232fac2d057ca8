"""Tests of voc.classify."""
