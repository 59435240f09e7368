"""The recipe that builds boilerfilter's shipped model from the development data."""
