"""Widgets of the reader app, one module per area of the screen."""
