"""KS demands dataset: Prefect flows that turn Norwegian texts about KS's meetings
with the government into validated meetings, statements and demands tables."""

__version__ = "0.1.0"
