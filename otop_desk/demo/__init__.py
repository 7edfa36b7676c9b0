"""Realistic Thai demo data for demonstrations, training and performance tests.

``generate.py`` runs the steps; ``core.py`` (scale knobs, bulk writer, shared helpers),
``registry.py`` (officer, groups, products, members), ``activity.py`` (visits, problems,
trainings) and ``books.py`` (cash books, costing, fairs, exports) make the records, and
``names.py`` holds the Thai words they are made of.
"""

from otop_desk.demo.generate import SCALES, DemoCancelled, DemoRefused, DemoScale, generate_demo

__all__ = ["SCALES", "DemoCancelled", "DemoRefused", "DemoScale", "generate_demo"]
