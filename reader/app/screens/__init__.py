"""Screens of the reader app: the main reading screen and the help screen."""
