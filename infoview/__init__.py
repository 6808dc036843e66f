"""InfoView: prepare informational interviews from your research spreadsheets."""

__version__ = "0.1.0"
