"""blinadesk: blinatumomab treatment tracking for B-cell ALL wards."""

__version__ = "0.1.0"
