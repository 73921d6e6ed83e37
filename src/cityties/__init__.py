"""cityties: the world's sister-city, friendship-city and twin-town partnerships, as cited data."""

__version__ = "0.1.0"
